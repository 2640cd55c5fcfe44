"""The noun after a verb of saying that is its object or complement, not its subject.

A verb before its subject (VSO) is followed by the subject; the cue reader takes the first noun
phrase after the verb as that subject. Arabic shows in three ways that the subject was stated
before the verb, so that the noun after it is the object and the subject is dropped or fronted:

- a pronoun that carries the subject right before the verb ("لكنه نفى أي تدخل"، "فهي تصف
  الرئيس بالعنصرية"، "إلا أنه وصف الوزير"): a verb after its subject agrees with it, and the
  noun after such a verb is what it acts on;
- قد with no conjunction of its own, after a noun phrase ("أن السيناتور جون ماكين قد أبلغ البيت
  الأبيض أنه …"): قد goes on with the subject named before it; only كان may stand before it and
  leave the subject to follow;
- a relative pronoun right before the verb, which agrees with it and has no pronoun taking it
  up later in its clause ("في الأوساط الأمريكية التي وصفت موقف ترامب بالضعف"): the relative is
  the subject, the noun after the verb its object.

And a noun that names a thing, a quality or a matter (سبب، موقف، أداء، رأس، سياسة) heads a phrase
that can be an object or an adverbial, never a speaker: "وأرجع سبب تدهور العلاقات إلى …".
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article, is_stop
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import AUXILIARIES, CLAUSE_OPENERS, RELATIVE_IS_FEMININE, RELATIVES

# Nouns of a thing, a quality or a matter: the head of what a verb acts on or of an adverbial
# ("على رأس أولوياته"), never of one who speaks. Each in the singular, and the plural where news
# uses it (أسباب، مواقف، سياسات).
ABSTRACT_HEADS = frozenset(
    normalize(word)
    for word in (
        "سبب",
        "أسباب",
        "موقف",
        "مواقف",
        "أداء",
        "رأس",
        "سياسة",
        "سياسات",
        "دور",
        "وضع",
        "أوضاع",
        "حجم",
        "مستوى",
        "طبيعة",
        "طريقة",
        "أسلوب",
        "مصير",
        "حقيقة",
        "سلوك",
        "تصرفات",
        "فكرة",
        "مسألة",
    )
)

# A pronoun that carries the subject before its verb, alone (هو، وهي) or on a particle (لكنه،
# إنها، بأنه), with the gender it shows: True feminine, False masculine.
_SUBJECT_PRONOUNS = {
    **{base + "ه": False for base in ("لكن", "ان", "بان")},
    **{base + "ها": True for base in ("لكن", "ان", "بان")},
    "هو": False,
    "هي": True,
}
QAD = "قد"
_THAT_WORDS = ("ان", "بان")


def abstract_head(view: DocView, k: int) -> bool:
    """Whether word k is a noun of a thing or matter (:data:`ABSTRACT_HEADS`), bare or with the
    article, and no name an earlier stage found."""
    if not view.is_word(k) or view.mention_label(k) is not None:
        return False
    key = view.bare[k]
    return key in ABSTRACT_HEADS or (has_article(view, k) and key[2:] in ABSTRACT_HEADS)


def _subject_pronoun(view: DocView, k: int) -> bool | None:
    """The gender of the subject pronoun at word k (لكنه، وإنها، فهو), None when it is none."""
    if k < 0 or not view.is_word(k):
        return None
    return _SUBJECT_PRONOUNS.get(view.bare[k])


def pronoun_before_verb(view: DocView, frame: Frame) -> bool:
    """A verb right after a pronoun of its own gender that carries its subject (or after such a
    pronoun and قد): "لكنه نفى أي تدخل"، "فهي تصف الرئيس الأمريكي بالعنصرية". The pronoun is the
    subject, so the noun after the verb is its object. A pronoun of the other gender is the
    pronoun of the matter ("إنه قالت الوزيرة") or another noun's, and decides nothing."""
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or frame.feminine is None:
        return False
    if view.keys[frame.cue] != view.bare[frame.cue]:
        return False  # "لكنه وأكد": a conjunction on the verb opens a clause of its own
    before = frame.cue - 1
    qad = before >= 0 and view.keys[before] == QAD
    if qad:
        before -= 1
    if _subject_pronoun(view, before) != frame.feminine:
        return False
    if view.bare[before].startswith(_THAT_WORDS):
        # "أنه قد كشف تقرير علمي"، "أنه أكد مصدر": after أنّ the masculine pronoun may be the
        # pronoun of the matter, with the subject after the verb; not before قد or a source.
        phrase = frame.speaker
        return not (qad or (phrase is not None and phrase.kind == "anonymous"))
    return True


def subject_before_qad(view: DocView, frame: Frame) -> bool:
    """A perfect right after قد with no conjunction, which a noun phrase, not كان, stands before:
    "أن السيناتور جون ماكين قد أبلغ البيت الأبيض"، "وكانت الهيئة، التي …، قد أعلنت تبني …". قد
    goes on with the subject named before it; the noun after the verb is its object."""
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb":
        return False
    qad = frame.cue - 1
    if qad < 1 or view.keys[qad] != QAD:
        return False
    before = qad - 1
    if view.is_comma(before):
        return before > 0 and view.is_word(before - 1)  # "X، الذي …، قد أعلن"
    if not view.is_word(before) or view.bare[before] in AUXILIARIES or view.keys[before] in CLAUSE_OPENERS:
        return False  # "وكان قد أعلن الوزير": the subject follows
    return not (is_stop(view, before) or view.words.is_a("time", view.bare[before]))


def object_after_cue(view: DocView, frame: Frame) -> bool:
    """Whether the phrase the cue reader took as the subject after the verb is the verb's object
    or complement: after a subject pronoun or a subject before قد, or headed by a noun of a thing
    (:func:`abstract_head`: "وأرجع سبب تدهور العلاقات"، "ووصفت سياسة الرئيس بأنها")."""
    phrase = frame.speaker
    if phrase is None or phrase.start <= frame.cue or phrase.pair is not None:
        return False
    if abstract_head(view, phrase.start) and phrase.title is None:
        return True
    if phrase.start != frame.cue + 1:
        return False
    return (
        pronoun_before_verb(view, frame)
        or subject_before_qad(view, frame)
        or masculine_body_after_feminine(view, frame)
    )


_RESUMPTIVE = {True: "ها", False: "ه"}
# Words a pronoun that takes the relative up may be written on: a preposition (لها، عنه، عليها)
# or the complementizer (إنها، بأنه).
_RESUMING = ("ل", "ب", "عن", "من", "في", "علي", "الي", "مع", "لدي", "عند", "ان", "بان")
_RESUMING_WORDS = {gender: frozenset(w + suffix for w in _RESUMING) for gender, suffix in _RESUMPTIVE.items()}
MAX_RELATIVE_CLAUSE = 12  # words of a relative clause searched for a pronoun that takes it up
MIN_GOVERNED_NOUN = 4  # ل/ب and a noun of three letters at least: لبرنامج، بقرار
MAX_DEFINITE_ANTECEDENT = 4  # a definite noun and its adjectives: "الأوساط السياسية الأمريكية"


def relative_gender(view: DocView, frame: Frame) -> bool | None:
    """The gender of a singular relative pronoun right before a finite verb cue with no object
    pronoun, which agrees with it (التي وصفت، الذي يؤكد): the relative is the verb's subject.
    None when there is none or it does not agree, or when a pronoun on a preposition, or on the
    complementizer, takes the relative up in its clause ("التي أنكرت عائلة خاشقجي أي صفة لها"،
    "التي قالت الحكومة إنها"): the relative is then the object, the subject named after the verb."""
    found = view.cues[frame.cue]
    relative = frame.cue - 1
    if found is None or found.kind != "verb" or found.object_suffix or relative < 0:
        return None
    gender = RELATIVE_IS_FEMININE.get(view.keys[relative])
    if gender is None or frame.feminine != gender:
        return None
    _, last = view.sentence_range(frame.cue)
    for k in range(frame.cue + 1, min(last, frame.cue + 1 + MAX_RELATIVE_CLAUSE)):
        if view.is_comma(k):
            break
        if not view.is_word(k):
            continue
        if view.bare[k] in _RESUMING_WORDS[gender]:
            return None
    return gender


def definite_antecedent(view: DocView, relative: int) -> SpeakerPhrase | None:
    """The definite noun phrase right before a relative pronoun (a comma between allowed): "في
    الأوساط الأمريكية التي"، "توفد العشيرة، التي". A relative after a definite noun takes that
    noun up; the phrase is the noun and its adjectives, all with the article, back to the word
    before them (a preposition, a verb, a word without the article)."""
    end = relative
    if end > 0 and view.is_comma(end - 1):
        end -= 1
    start = end
    while start > 0 and end - start < MAX_DEFINITE_ANTECEDENT:
        k = start - 1
        if not view.is_word(k) or not has_article(view, k) or view.keys[k] != view.bare[k]:
            break
        if view.cues[k] is not None or view.bare[k] in RELATIVES:
            break
        start = k
    if start == end or any(view.words.is_a("time", view.bare[k][2:]) for k in range(start, end)):
        return None  # "في نفس الوقت الذي أكد الجيش": "at the time when", no antecedent
    if start > 0 and view.is_word(start - 1):
        key = view.bare[start - 1]
        if key in RELATIVES:
            return None
        if key[:1] in "لب" and len(key) >= MIN_GOVERNED_NOUN and not has_article(view, start - 1):
            return None  # "لبرنامج الحملة الانتخابية الذي": the definite words are a genitive
    return SpeakerPhrase(start, end, "name", None, (start, end))


# Masculine singular heads of bodies and sources, with no ة: a feminine verb right before one
# ("وطالبت مجلس حقوق الإنسان بالتدخل") does not agree with it, so it is the verb's object.
MASCULINE_BODY_HEADS = frozenset(
    normalize(word)
    for word in (
        "مجلس",
        "مكتب",
        "مركز",
        "مرصد",
        "معهد",
        "جهاز",
        "جيش",
        "حزب",
        "اتحاد",
        "برلمان",
        "تحالف",
        "ائتلاف",
        "تنظيم",
        "بنك",
        "صندوق",
        "نادي",
        "منتدى",
        "موقع",
        "مصدر",
        "مسؤول",
        "تقرير",
    )
)


def masculine_body_after_feminine(view: DocView, frame: Frame) -> bool:
    """A feminine verb right before a masculine body or source noun (no ة), bare or with the
    article: "وطالبت مجلس حقوق الإنسان بالتدخل"، "ودعت المكتب إلى". A verb before its subject
    agrees with it in gender, so the noun is the object and the subject is dropped. Titles are
    left out: a woman's post may be written in the masculine (قالت وزير الخارجية)."""
    phrase = frame.speaker
    found = view.cues[frame.cue]
    if frame.feminine is not True or found is None or found.kind != "verb" or phrase is None:
        return False
    k = frame.cue + 1
    if phrase.start != k or phrase.title is not None or view.mention_label(k) is not None:
        return False
    key = view.bare[k]
    if view.keys[k] != key:
        return False
    return key in MASCULINE_BODY_HEADS or (has_article(view, k) and key[2:] in MASCULINE_BODY_HEADS)


MAX_QAD_SUBJECT = 24  # tokens from قد back to the auxiliary or complementizer that opens its clause
_QAD_OPENERS = frozenset({"ان"}) | AUXILIARIES


def subject_of_qad(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The subject named before قد and its verb (:func:`subject_before_qad`), between the word
    that opens its clause (كان/كانت, أنّ/إنّ) and the first comma or قد: "كان X رئيس شركة نيو،
    قد أبلغ"، "وكانت الهيئة، التي تضم …، قد أعلنت"، "أن السيناتور جون ماكين قد أبلغ". A phrase
    set off by commas after the subject describes it. كان agrees with the verb."""
    if not subject_before_qad(view, frame):
        return None
    qad = frame.cue - 1
    first, _ = view.sentence_range(frame.cue)
    opener = None
    for k in range(qad - 1, max(first - 1, qad - 1 - MAX_QAD_SUBJECT), -1):
        if view.is_word(k) and view.cues[k] is not None:
            return None
        if view.is_word(k) and view.bare[k] in _QAD_OPENERS:
            opener = k
            break
    if opener is None:
        return None
    aux = view.bare[opener]
    if aux in AUXILIARIES and (aux.endswith("ت") != frame.feminine or aux.endswith("وا")):
        return None
    stop = next((k for k in range(opener + 1, qad) if view.is_comma(k)), qad)
    if stop == opener + 1:
        return None
    # "لي هونغ تشين رئيس شركة نيو": a name and its post after it; the name alone is read.
    for end in range(stop, opener + 1, -1):
        phrase = parse_speaker(view, opener + 1, end)
        if phrase is not None and phrase.start == opener + 1:
            return None if phrase.kind == "anonymous" else phrase
    return None


_SPEAKER_CLASSES = ("institution", "media", "anonymous", "document")
_SPEAKER_LABELS = ("PER", "ORG")


def named_source(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a phrase reads as one that speaks: a title, an unnamed source, a person or body an
    earlier stage found, a body, outlet or source word at its head, or a plural in ـون, the
    subject's case ("يحذر خبراء اقتصاديون")."""
    if phrase.title is not None or phrase.kind in ("title", "anonymous"):
        return True
    first = phrase.start
    label = view.mention_label(first)
    if label is not None and label[0] in _SPEAKER_LABELS:
        return True
    key = view.bare[first]
    stem = key[2:] if has_article(view, first) else key
    if view.title_state(stem) is not None or any(view.words.is_a(kind, stem) for kind in _SPEAKER_CLASSES):
        return True
    return key.endswith("ون")


def resumed_in_clause(view: DocView, frame: Frame, feminine: bool) -> bool:
    """Whether a word of the relative clause after the cue carries the pronoun of the relative's
    gender, written ـها or ـه (not ـة): "البنود التي اقترحت لجنة القوانين تشديدها"، "الأسعار التي
    تتهم الحكومة المعارضة بالسعي إلى رفعها". That pronoun takes the antecedent up, so the
    antecedent is no subject and the noun after the verb is."""
    ending = _RESUMPTIVE[feminine]
    _, last = view.sentence_range(frame.cue)
    for k in range(frame.cue + 1, min(last, frame.cue + 1 + MAX_RELATIVE_CLAUSE)):
        if view.is_comma(k):
            return False
        text = view.tokens[k].text
        if view.is_word(k) and text.endswith(ending) and not (ending == "ه" and text.endswith("ها")):
            return True
    return False


def before_abstract_object(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The phrase cut before a bare noun of a thing that follows a definite word inside it: "مدير
    سابق للمخابرات المركزية الأمريكية أداء ترامب" → "مدير سابق للمخابرات المركزية الأمريكية". A
    definite word closes the subject's noun phrase, and a noun of a thing without the article
    after it opens the verb's object (أداء ترامب). None when there is no such noun; inside a name
    with the article (هيئة الحقيقة، رفيع المستوى) the noun is definite and stays."""
    if phrase.pair is not None:
        return None
    for k in range(phrase.start + 1, phrase.last):
        if not view.is_word(k) or has_article(view, k) or view.keys[k] != view.bare[k]:
            continue
        if view.bare[k] not in ABSTRACT_HEADS or not has_article(view, k - 1):
            continue
        title = phrase.title
        if title is not None:
            title = (title[0], min(title[1], k))
        name = phrase.name
        if name is not None:
            name = (name[0], min(name[1], k)) if name[0] < k else None
        first = phrase.first if phrase.first < k else phrase.start
        return SpeakerPhrase(first, min(phrase.last, k), phrase.kind, title, name)
    return None
