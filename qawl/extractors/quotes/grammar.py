"""Grammar checks by word form: agreement in gender and number, the passive, and participles
used as adjectives, which tell a cue's subject from its object and a cue from a word that only
looks like one.

Without a parser, Arabic morphology is the surest clue: a verb agrees with its subject (a
feminine verb before a masculine plural is not its subject), a participle that agrees with the
indefinite noun before it describes that noun, and a perfect verb with damma on its first
radical is passive and has no speaker of its own.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.document import Span
from qawl.extractors.quotes.clauses import is_complementizer
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.lexicon import Cue, lemma_key
from qawl.extractors.quotes.noun_patterns import accused_participle, copula_predicate
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.stops import has_article, is_title_word
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import INTERROGATIVES, MASCULINE_PLACES, POSSESSIVE_ENDINGS, PREDICATE_WORDS

PLACE_LABELS = frozenset({"LOC", "GPE"})


def is_passive(surface: str) -> bool:
    """A perfect verb written with damma on its first radical is passive, so it has no speaker
    of its own: "ما وُصف بأنه هجوم". Imperfect prefixes (يُؤكد) take damma in the active."""
    damma = "\u064f"
    body = surface
    if len(body) > 3 and body[0] in "وف" and body[1] != damma:
        body = body[1:]  # attached conjunction
    if len(body) > 2 and body[1] == damma and body[0] not in "يتن":
        return True
    # Forms VII, VIII and X open with a hamzat al-wasl; their passive puts damma on the letter
    # after it or on the infixed ت ("اتُّهم"، "اعتُبرت"، "استُخدم"), where the active has fatha.
    return body[:1] in "اأإ" and len(body) > 3 and _first_vowel(body, 1, 2) == damma


def passive_imperfect(surface: str, lemma: str) -> bool:
    """An imperfect written with damma on its prefix is passive when the verb is of a form whose
    active prefix takes fatha (V-X, whose perfect opens with ت or a hamzat al-wasl): "يُعتقد أن"،
    "ويُتهم الجيش بـ"، "يُتوقع تحسن". Forms II-IV (يُؤكد، يُحذر) take damma in the active."""
    damma = "\u064f"
    body = surface
    if len(body) > 3 and body[0] in "وف" and body[1] != damma:
        body = body[1:]
    if len(body) > 3 and body[0] == "س" and body[1] != damma:
        body = body[1:]  # the future سـ
    # The lemma as the lexicon writes it: أ of form IV (أعلن) is no hamzat al-wasl, and تابع
    # (form III, a root ت) takes damma in the active as well.
    opens_with_fatha = lemma[:1] == "ا" or (lemma[:1] == "ت" and lemma[1:2] != "ا")
    return len(body) > 3 and body[0] in "يتن" and body[1] == damma and opens_with_fatha


def _first_vowel(body: str, start: int, letters: int) -> str | None:
    """The first short vowel (fatha, damma, kasra) on the ``letters`` letters from ``start``,
    reading past shadda and sukun; None when they carry none."""
    seen = 0
    for ch in body[start:]:
        if ch in "\u064e\u064f\u0650":
            return ch
        if ch in "\u0651\u0652":
            continue
        seen += 1
        if seen > letters:
            return None
    return None


def participle_as_adjective(view: DocView, i: int, cue: Cue) -> bool:
    """A participle that describes a noun rather than a speaker: "فصيلة مهددة بالانقراض"
    (it agrees with the indefinite feminine noun before it), "غير معلنة", "كانت معلنة", and
    the predicate of a copula (:func:`noun_patterns.copula_predicate`), and the passive "accused"
    (:func:`noun_patterns.accused_participle`)."""
    if accused_participle(view, i, cue):
        return True
    if i == 0 or not view.is_word(i - 1):
        return False
    before = view.bare[i - 1]
    if before in PREDICATE_WORDS or copula_predicate(view, i):
        return True
    # A feminine noun (…ة) or a non-human plural (…ات) takes a feminine adjective.
    feminine_noun = view.tokens[i - 1].text.endswith(("ة", "ات")) and not before.startswith("ال")
    return bool(cue.feminine) and feminine_noun


def plural_cue(view: DocView, cue: int) -> bool:
    """A verb or participle in the plural or dual: قالوا، يقولون، مؤكدين، قالا.

    Remembered for the document (:attr:`DocView.answers`): the answer depends on the view and
    the token alone."""
    known = view.answers["plural_cue"]
    found = known.get(cue)
    if found is None:
        found = known[cue] = _plural_cue(view, cue)
    return found  # type: ignore[return-value]


def _plural_cue(view: DocView, cue: int) -> bool:
    """:func:`plural_cue`, read anew."""
    key = view.bare[cue]
    if key.endswith(("وا", "ون")):
        return True
    found = view.cues[cue]
    if found is None:
        return False  # every test below reads the word's cue
    kind = found.kind
    # The dual ends in ا (ـا، ـتا): the lemma's key is read only then, and from lemma_key's
    # cache, not normalised anew at every plural test of a cue.
    if kind == "verb" and key[-1:] == "ا":
        lemma = lemma_key(found.lemma)
        if key in (lemma + "ا", lemma + "تا") and not _participle_of_state(view, cue, lemma):
            return True  # the dual, "وبيّنا"، "وأكدتا": two speakers go on together
    if kind == "noun" and found.object_suffix:
        return key.endswith(("هم", "هما"))  # the possessor of "تصريحاتهم"
    if kind == "verb" and found.object_suffix and suffixed_plural(view, cue):
        return True  # suffixed_plural's own first tests, asked here first
    return kind == "participle" and key.endswith("ين")


# Object pronouns a verb of saying takes: "وصفوها"، "يعتبرونه"، "حذروهم".
_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "كم", "ك")


def suffixed_plural(view: DocView, cue: int) -> bool:
    """A plural verb of saying with an object pronoun: "وصفوها"، "يعتبرونه" (:func:`plural_cue`)."""
    found = view.cues[cue]
    if found is None or found.kind != "verb" or not found.object_suffix:
        return False
    return _plural_before_object(view.keys[cue], lemma_key(found.lemma))


def _plural_before_object(key: str, lemma: str) -> bool:
    """Whether a verb with an object pronoun is plural: the perfect drops the alif of ـوا before
    the pronoun ("وصفوها"، "اعتبروه"), the imperfect keeps ـون ("يعتبرونه"، "يتهمونها"). The
    stem before the ending must close on the lemma's last letter, so that a root و or ن stays
    singular ("نوّه"، "يدعوها"، "يعاونه")."""
    suffix = next((s for s in _OBJECT_SUFFIXES if key.endswith(s)), "")
    stem = key[: len(key) - len(suffix)] if suffix else ""
    if not stem or not lemma:
        return False
    if stem.endswith("ون") and stem[:1] in "يت":
        body = stem[:-2]
    elif stem.endswith("و") and stem[:1] not in "يتنس":
        body = stem[:-1]
    else:
        return False
    return len(body) >= 3 and body.endswith(lemma[-1])


def feminine_head(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the phrase's head (its title's first word, else its first word) is in ة."""
    head = phrase.title[0] if phrase.title is not None else phrase.first
    return view.tokens[head].text.endswith("ة")


def speaker_gender(view: DocView, phrase: SpeakerPhrase, verb_gender: bool | None) -> bool | None:
    """The speaker's gender for later agreement: a relative pronoun right after the name says
    it outright ("تشوي، التي كانت …"), else the verb's form, else a title in ة (المتحدثة)."""
    stated = apposition_gender(view, phrase)
    if stated is not None:
        return stated
    if verb_gender is not None:
        return verb_gender
    if phrase.title is not None and view.tokens[phrase.title[0]].text.endswith("ة"):
        return True
    if phrase.title is not None and phrase.pair is None and _masculine_title(view, phrase):
        return False  # "محاميها"، "المحامي": a woman's title takes ة (المحامية), a man's does not
    return None


def _masculine_title(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a titled phrase names one man: a person's title that takes no ة and no plural
    ending (محامي، المتحدث، الوزير), and no word of the phrase in ة, which may be a feminine
    nisba after a masculine title ("رئيس الوزراء البريطانية") or a body the title heads."""
    if phrase.title is None:
        return False
    head = phrase.title[0]
    if not view.is_word(head) or not is_title_word(view, head):
        return False
    if view.bare[head].endswith(("ات", "ون", "ين", "ان")):
        return False  # a plural or a dual
    start, end = min(phrase.title[0], phrase.first), max(phrase.title[1], phrase.last)
    return not any(view.tokens[k].text.endswith(("ة", "ات")) for k in range(start, end))


# Words right after a name (and its commas) that refer back to it and show its gender.
GENDERED_REFERENCES = {"التي": True, "الذي": False, "وهي": True, "وهو": False, "هي": True, "هو": False}


def apposition_gender(view: DocView, phrase: SpeakerPhrase) -> bool | None:
    """The gender a relative or a pronoun of identity right after a phrase gives it: "تشوي، التي
    كانت …"، "جان ميشيل كليمنت، وهو عضو …". It outweighs a verb's ت, which may be a root letter
    (صوّت، ثبّت) rather than the feminine ending."""
    k = phrase.last
    while k < len(view.tokens) and view.is_comma(k):
        k += 1
    if k < len(view.tokens) and view.is_word(k):
        return GENDERED_REFERENCES.get(view.bare[k])
    return None


def disagrees(view: DocView, frame: Frame) -> bool:
    """A masculine verb before a definite feminine noun or ات plural: the noun is its object,
    not its subject ("ووصف الرسالة بأنها …"، "ووصف العقوبات بأنها …": the subject is dropped)."""
    phrase = frame.speaker
    if frame.feminine is None or phrase is None or phrase.title is not None or phrase.kind != "name":
        return False
    head = view.bare[phrase.first]
    if not head.startswith("ال"):
        return False
    if frame.feminine:
        # A feminine verb before a masculine sound plural: "ووصفت المحتجين بأنهم …".
        return head.endswith(("ين", "ون")) and not head.endswith(("يين", "يون"))
    # Feminine nouns in ة and plurals in ات (العقوبات، السلطات) take a feminine verb.
    return view.tokens[phrase.first].text.endswith(("ة", "ات"))


def possessed_object(view: DocView, frame: Frame) -> bool:
    """A lone noun carrying a possessive pronoun right after a verb that takes an object first
    (حذر، اتهم، دعا، وصف): "وحذر حلفاءه من …" — the pronoun points back to the dropped subject,
    so the noun is what the verb acts on, not who speaks."""
    phrase = frame.speaker
    if phrase is None or phrase.title is not None or phrase.kind != "name":
        return False
    if phrase.last - phrase.first != 1 or phrase.first != frame.cue + 1 or has_article(view, phrase.first):
        return False
    surface = view.tokens[phrase.first].text
    return len(view.bare[phrase.first]) >= 5 and surface.endswith(POSSESSIVE_ENDINGS)


# "any": a quantifier that takes the noun before it as its owner in construct (إصدار أية بطاقة).
_ANY = frozenset({"اي", "ايه"})


def quantified_object(view: DocView, frame: Frame) -> bool:
    """An indefinite noun right after the verb followed by أي/أية is in construct with it ("نفى
    إصدار أية بطاقة"، "نفى وجود أي خلاف"): a proper name is never in construct, so the noun is
    the verb's object and the subject is dropped; the speaker goes on from the one before. A body
    or title word before أي heads a name in spelled-out letters ("شركة أي سي إم") and speaks."""
    phrase = frame.speaker
    if phrase is None or phrase.title is not None or phrase.kind != "name" or phrase.first != frame.cue + 1:
        return False
    cue = view.cues[frame.cue]
    if cue is None or cue.kind != "verb":
        return False  # "ووفقا لشركة آي أتش أس": a source phrase's genitive is its source
    nxt = phrase.first + 1
    key = view.bare[phrase.first]
    if any(view.words.is_a(kind, key) for kind in ("institution", "media", "anonymous")):
        return False  # "أعلنت شركة أي سي إم": a body named in spelled-out letters
    return (
        view.title_state(key) is None
        and not has_article(view, phrase.first)
        and nxt < len(view.tokens)
        and view.is_word(nxt)
        and view.keys[nxt] in _ANY
        and view.mention_label(phrase.first) is None  # "ونفت روسيا أي تدخل": a name is the subject
    )


# Places written with the article whose names are masculine (أعلن العراق، قال الكرملين); the
# other places with the article speak with a feminine verb, as the bare ones do (أعلنت الجزائر).
_MASCULINE_DEFINITE_PLACES = frozenset(
    normalize(word)
    for word in (
        "العراق",
        "الأردن",
        "المغرب",
        "السودان",
        "اليمن",
        "الصومال",
        "الخليج",
        "الفاتيكان",
        "الكرملين",
        "البنتاغون",
        "الإليزيه",
        "الكونغرس",
    )
)


def place_after_masculine(view: DocView, frame: Frame, span: Span) -> bool:
    """A city or country after a masculine verb is its object, not its subject: a place
    speaks with a feminine verb (طالبت كييف), so in "وطالب كييف بفتح تحقيق" the subject is
    dropped and كييف is the one asked. For names with the article see
    :func:`definite_place_after_masculine`."""
    phrase = frame.speaker
    if frame.feminine is not False or phrase is None or phrase.title is not None:
        return False
    if phrase.last - phrase.first != 1 or has_article(view, phrase.first):
        return False
    if view.bare[phrase.first] in MASCULINE_PLACES:
        return False
    return _place_mention(view, span)


def definite_place_after_masculine(view: DocView, frame: Frame, span: Span) -> bool:
    """A place written with the article right after a masculine verb, as in "ودعا الجزائر إلى
    …": it too speaks with a feminine verb (دعت الجزائر), so it is the verb's object, unless its
    name is one of the masculine ones (أعلن العراق، قال الكرملين). The caller makes sure the
    word is no family name the document gives in full (الشبلي for كمال الشبلي)."""
    phrase = frame.speaker
    if frame.feminine is not False or phrase is None or phrase.title is not None:
        return False
    if (
        phrase.last - phrase.first != 1
        or phrase.first != frame.cue + 1
        or not has_article(view, phrase.first)
    ):
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or view.bare[phrase.first] in _MASCULINE_DEFINITE_PLACES:
        return False
    return _place_mention(view, span)


def _place_mention(view: DocView, span: Span) -> bool:
    return any(
        m.label in PLACE_LABELS and m.start <= span.start and m.end >= span.end for m in view.doc.mentions
    )


def pronoun_subject_verb(view: DocView, frame: Frame) -> bool:
    """A verb that carries its subject as a plural or dual ending (لفتوا، أكدوا، يقولون، قالا)
    before a noun: a verb placed before its subject stays singular ("أشار الباحثون"), so the
    noun after the suffixed verb is its object ("لكنهم لفتوا الانتباه إلى أن …") and the
    subject is the group named before."""
    phrase = frame.speaker
    found = view.cues[frame.cue]
    if phrase is None or found is None or found.kind != "verb" or phrase.start <= frame.cue:
        return False
    if phrase.kind != "name" or phrase.title is not None:
        return False  # a title or unnamed source is a subject even where agreement slips
    if sound_plural(view, phrase.first, after_verb=True):
        return False  # "أكدوا المحتجون": the nominative ـون marks a subject, agreement slipping
    return plural_cue(view, frame.cue)


# Letters of a sound plural's stem at least: الباحثين (باحث), not البحرين or الحسين.
MIN_PLURAL_STEM = 4


PARTICIPLE_SHAPE = 4  # فاعل: طالب، قائل


def _participle_of_state(view: DocView, cue: int, lemma: str) -> bool:
    """Whether a dual-looking "فاعلا" is the accusative participle of state of a three-letter
    root, written without its tanween: "وقال منير «…» طالبا من المحكمة …" ("requesting"). A
    perfect in the form فاعل (طالب، نادى) and the active participle of فعل share the letters;
    right after a comma or a closing quotation mark, with no conjunction, the word is the
    participle, which has one speaker. So it is right after the singular subject of a verb of
    saying in its clause ("وقال المسؤول طالبا عدم نشر اسمه إن …"): a dual verb there would
    need a dual subject (الوزيران، كلاهما، اللذان), not one that its clause's verb shows singular."""
    if len(lemma) != PARTICIPLE_SHAPE or lemma[1] != "ا" or view.tokens[cue].text[:1] in "وف":
        return False
    if cue <= 0:
        return False
    return not view.is_word(cue - 1) or _after_singular_subject(view, cue)


MAX_STATE_SUBJECT = 4  # words of the subject between the verb of saying and its participle of state
_DUAL_SUBJECT_ENDINGS = ("ان", "ين", "هما", "تا")  # الوزيران، الطرفين، كلاهما، ممثلتا


def _after_singular_subject(view: DocView, cue: int) -> bool:
    """Whether the words right before the cue are the subject of a singular verb of saying that
    opens their clause: "وقال المسؤول طالبا …"، "وأضاف الوزير سامي الحداد مطالبا …". No word
    of dual or plural form, relative or complementizer stands between (a new clause opens at
    "إن البلدين طالبا" or "اللذان طالبا")."""
    first = view.sentence_range(cue)[0]
    for k in range(cue - 1, max(first, cue - 1 - MAX_STATE_SUBJECT) - 1, -1):
        if not view.is_word(k):
            return False
        found = view.cues[k]
        if found is not None:
            key = view.bare[k]
            return found.kind == "verb" and k < cue - 1 and not key.endswith(("ا", "وا", "ون"))
        bare = view.bare[k]
        if bare in SEVERAL_RELATIVES or bare.endswith(_DUAL_SUBJECT_ENDINGS) or is_complementizer(view, k):
            return False
    return False


def sound_plural(view: DocView, i: int, after_verb: bool = False) -> bool:
    """A definite common noun in the sound masculine plural (الباحثون، المحتجين): a group, which
    later verbs in the plural (أشاروا، مؤكدين) continue. A name the earlier stages found
    (الكرملين) is none; nor is a word in ـين right after its verb, where a plural subject
    would be nominative (ـون): "وقال الكرملين"."""
    if not has_article(view, i) or view.mention_label(i) is not None:
        return False
    body = view.bare[i][2:]
    endings = ("ون",) if after_verb else ("ون", "ين")
    return body.endswith(endings) and len(body) - 2 >= MIN_PLURAL_STEM


MIN_CONSTRUCT_STEM = 4  # مسؤول، ممثل، محام: a participle's stem before the ـو of the construct


def construct_plural(view: DocView, i: int) -> bool:
    """A sound masculine plural in the construct, nominative (مسؤولو العمران، ممثلو الادعاء،
    مشجعو الفريق): the ن of ـون falls before the noun it is annexed to, which is definite. A
    group, which later plural verbs (أشاروا، مشيرين) continue, like "المسؤولون". The form is a
    participle of the derived verbs, م and a consonant (مُفعِّل، مُستفعِل); a name the earlier
    stages found, or one in ما/مو (ماركو، موسكو، مورينيو) or of the form فاعل (باولو), is none."""
    if i + 1 >= len(view.tokens) or has_article(view, i) or view.mention_label(i) is not None:
        return False
    key = view.bare[i]
    stem = key[:-1]
    if not key.endswith("و") or len(stem) < MIN_CONSTRUCT_STEM or stem.endswith(("و", "ا")):
        return False
    if stem[0] != "م" or stem[1] in "او" or not view.is_word(i + 1) or view.mention_label(i + 1) is not None:
        return False
    return has_article(view, i + 1) and not view.words.is_a("stop", view.bare[i + 1])


MIN_DUAL_WORD = 5  # مصدران، محاميان; not a short word that merely ends in ان


def definite_dual(view: DocView, i: int) -> bool:
    """A definite common noun in the nominative dual (الزوجان، الشرطيان، الطرفان): two people,
    whom later verbs in the dual or plural (وأكدا، وطلبا) continue. A name the earlier stages
    found (السودان) is none, nor a body or an outlet (البرلمان) or a title word that ends in ان."""
    if not has_article(view, i) or view.mention_label(i) is not None:
        return False
    body = view.bare[i][2:]
    if not body.endswith("ان") or len(body) < MIN_DUAL_WORD:
        return False
    return not any(view.words.is_a(kind, body) for kind in ("institution", "media", "title", "stop", "time"))


def names_several(view: DocView, phrase: SpeakerPhrase) -> bool:
    """A description of two or more sources: an indefinite dual head ("مسؤولان في الوزارة"،
    "محاميان") or two indefinite descriptions joined by و ("محاميان ومصدر قضائي"، "ناشط
    ومحام"). Later verbs in the plural or dual (وأضافوا، وأضافا) continue it. A name is none
    (عدنان، سلمان end in ان), nor a body whose name joins definite words ("وزارة الفلاحة
    والموارد المائية")."""
    first = phrase.first
    if phrase.kind == "name" or phrase.name is not None or not view.is_word(first):
        return False
    if has_article(view, first) or view.mention_label(first) is not None:
        return False
    head = view.bare[first]
    if head.endswith("ان") and len(head) >= MIN_DUAL_WORD:
        return True
    return any(
        view.is_word(k)
        and view.keys[k] != view.bare[k]
        and view.bare[k][:1] == "و"
        and not view.bare[k][1:].startswith("ال")
        and view.mention_label(k) is None
        for k in range(first + 1, phrase.last)
    )


# Nouns of number or part before من: "عدد من الأهالي"، "مجموعة من النواب"، "بعض".
PARTITIVE_HEADS = frozenset({"عدد", "مجموعه", "جمله", "بعض", "العديد", "عديد", "اغلب", "معظم", "غالبيه"})


def partitive_group(view: DocView, phrase: SpeakerPhrase) -> bool:
    """A source that is a number or a part of a group ("عدد من أهالي القرية"، "بعض النواب"): a
    group, which later verbs and participles in the plural (داعين، وطالبوا) continue."""
    first = phrase.start
    if not view.is_word(first) or view.bare[first] not in PARTITIVE_HEADS:
        return False
    nxt = first + 1
    return view.bare[first] == "بعض" or (nxt < phrase.last and view.bare[nxt] == "من")


def nominative_name(view: DocView, phrase: SpeakerPhrase, name: str) -> str:
    """A description in the sound plural named in the nominative, the form a subject takes:
    "إلا أن الباحثين أشاروا" (the noun of أنّ is accusative) is said by "الباحثون". Only a
    phrase of definite words that stands for itself changes, and not right after a verb,
    where a word in ـين is no plural subject ("وقال الكرملين")."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if not words or not sound_plural(view, words[0]) or name != view.text_of(phrase.first, phrase.last):
        return name
    before = words[0] - 1
    if before >= 0 and view.is_word(before) and view.cues[before] is not None:
        return name
    if not all(has_article(view, k) for k in words):
        return name
    parts = name.split()
    if len(parts) != len(words):
        return name
    return " ".join(
        part[:-2] + "ون" if part.endswith("ين") and sound_plural(view, k) else part
        for part, k in zip(parts, words, strict=True)
    )


# Relative pronouns that show two or more: a relative agrees with its antecedent in number.
SEVERAL_RELATIVES = frozenset(
    {"اللذان", "اللتان", "اللذين", "اللتين", "الذين", "اللواتي", "اللاتي", "اللائي"}
)
DUAL_PLURAL_ENDINGS = ("ين", "ان", "ون", "ات")


def several_by_relative(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Names joined by و that a dual or plural relative describes ("كاثرين وأليكس بوفير، اللذان
    سافرا …"، "أحمد وسعيد، الذين …") are two or more: the relative agrees with its antecedent
    in number, so later verbs in the dual or plural (وأضافا، وتابعوا) go on with them. Without
    the conjunction ("أحد الأشخاص الذين") or when the phrase ends in a definite dual or plural
    ("والد الطفلين، اللذين"), the relative may describe a genitive instead, and the phrase's
    number stays unknown."""
    at = phrase.last
    if at < len(view.tokens) and view.is_comma(at):
        at += 1
    if at >= len(view.tokens) or view.bare[at] not in SEVERAL_RELATIVES:
        return False
    if not any(view.bare[k][:1] == "و" for k in range(phrase.first + 1, phrase.last)):
        # With no conjunction, the relative may describe a genitive ("أحد الأشخاص الذين").
        return False
    last = phrase.last - 1
    return not (has_article(view, last) and view.bare[last].endswith(DUAL_PLURAL_ENDINGS))


# Perfect verbs of going on and beginning (أفعال الشروع والاستمرار), like the sisters of كان:
# their predicate is an imperfect verb, and their subject is that verb's subject too.
GOING_ON_VERBS = frozenset(
    conjunction + verb
    for conjunction in ("", "و", "ف")
    for verb in ("مضي", "راح", "اخذ", "ظل", "بدا", "عاد", "استمر", "واصل", "طفق", "شرع", "انبري")
)


def going_on_verb(view: DocView, first: int, last: int, cue: int) -> bool:
    """Whether the one word ``first``…``last`` right before an imperfect cue is a verb of going
    on ("ومضى يقول"، "وراح يؤكد"): the verb is no name, and the subject of both is dropped."""
    if last != cue or last - first != 1 or view.bare[cue][:1] not in ("ي", "ت"):
        return False
    return view.bare[first] in GOING_ON_VERBS


# Interrogatives open an indirect question, the object of the verb before them ("يبين كيف …"،
# "وتساءل لماذا …"): never its subject.
# Clitic prepositions written on a noun: the noun is their complement ("لمتابعيه"، "بزملائها").
_CLITIC_PREPOSITIONS = ("لل", "ل", "ب")
# Nouns without ة that name a woman and carry her pronoun as subjects (وقالت أمها).
_FEMININE_WITHOUT_TA = frozenset(normalize(word) for word in ("أم", "بنت", "أخت", "زوج"))
# Letters of a noun's stem at least, without the pronoun: حديث، موقف.
_MIN_STEM = 3


def not_a_subject(view: DocView, frame: Frame) -> bool:
    """A word right after the verb whose form shows that it is not the verb's subject, so the
    subject is dropped and goes on from the speaker before:
    - an interrogative, which opens the question the verb reports ("واستغرب كيف أن …");
    - a noun with a preposition written on it and a possessive pronoun, the verb's complement
      ("وأوضح لمتابعيه أن …"، "أكدت لجمهورها"): a subject is never governed by a preposition;
    - after a feminine verb, a masculine noun (no ة) carrying the feminine pronoun: the verb
      does not agree with it, and the pronoun points back to the dropped subject whose verb it
      is ("وتابعت حديثها"، "وجددت موقفها")."""
    phrase = frame.speaker
    if phrase is None or phrase.title is not None or phrase.kind != "name" or phrase.first != frame.cue + 1:
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb":
        return False
    key = view.bare[phrase.first]
    if key in INTERROGATIVES:
        return True
    if phrase.last - phrase.first != 1 or _known_name(view, phrase.first):
        return False
    surface = view.tokens[phrase.first].text
    ending = next((end for end in ("هما", "هم", "ها", "ه") if surface.endswith(end)), None)
    if ending is None:
        return False
    stem = key[: len(key) - len(ending)]
    if _preposition_on(view, key, stem):
        return True
    return (
        frame.feminine is True
        and ending == "ها"
        and len(stem) >= _MIN_STEM
        and not stem.endswith(("ت", "ة", "و", "ي"))
        and stem not in _FEMININE_WITHOUT_TA
        and not _broken_plural_shape(stem)
        and not _speaker_word(view, stem)
    )


def _broken_plural_shape(stem: str) -> bool:
    """The shapes of the common broken plurals, which take a feminine verb when they name
    things (تفاصيل، مصادر، أوساط): ا as the third letter (مفاعل، تفاعيل، فواعل) or أفعال."""
    return (len(stem) >= 4 and stem[2] == "ا") or (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا")


def _preposition_on(view: DocView, key: str, stem: str) -> bool:
    """لـ or بـ written on a noun that carries a pronoun ("لمتابعيه"، "بزملائه"), when the word
    without it is no word of a speaker (لاعبيه keeps its ل)."""
    for prep in _CLITIC_PREPOSITIONS:
        if not stem.startswith(prep) or len(stem) - len(prep) < _MIN_STEM:
            continue
        if prep == "ب" and key.endswith("يه"):
            return False  # French and German names in ـيه after ب (بيكيه، بوفيه)
        return not _speaker_word(view, stem)
    return False


def _speaker_word(view: DocView, stem: str) -> bool:
    """Whether the stem is a title or the head of a body, a source or a job (وزيرها، مصادرها)."""
    if view.title_state(stem) is not None:
        return True
    return any(
        view.words.is_a(kind, stem) for kind in ("institution", "media", "anonymous", "document", "epithet")
    )


def _known_name(view: DocView, i: int) -> bool:
    """Whether a name an earlier stage found (gazetteer or NER) covers the word (بيونسيه)."""
    return view.mention_label(i) is not None


def subject_before_object_body(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """A definite title right after a verb that takes an object first (اتهم، دعا، طالب، وصف),
    followed by a body's noun: "واتهم الوزير حزب النهضة بـ …"، "وطالبت المعارضة الحكومة بـ …".
    A definite noun takes no genitive and a name never opens with a body's head word, so the
    body is the verb's object and the title alone is its subject. Gives that title, or None."""
    phrase = frame.speaker
    if not frame.object_first or phrase is None or phrase.title is None or phrase.pair is not None:
        return None
    first, end = phrase.title
    if first != frame.cue + 1 or not has_article(view, first):
        return None
    if phrase.name is not None and phrase.name[0] == end:
        body = end  # "الوزير حزب النهضة": title, then the body read as its name
    elif phrase.name is None and end - first >= 2 and phrase.last == end and has_article(view, first + 1):
        body = first + 1  # "المعارضة الحكومة": the body read as part of the title
    else:
        return None
    if not view.is_word(body) or not _body_head(view, body):
        return None
    return SpeakerPhrase(first, body, "title", (first, body))


def _body_head(view: DocView, i: int) -> bool:
    """Whether word i heads the name of a body or an outlet (حزب، الحكومة، وزارة، صحيفة)."""
    key = view.bare[i]
    keys = (key, key[2:]) if has_article(view, i) else (key,)
    return any(view.words.is_a(kind, k) for kind in ("institution", "media") for k in keys)


def noun_in_construct(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is one indefinite common noun followed by a definite noun it
    does not take in: "سياسة الحكومة"، "تفشي الأمية"، "تراجع الصادرات". A noun without the article
    before a definite one is in construct with it (its genitive), so the phrase is the first half
    of a noun phrase about a thing, the parser having stopped before the genitive; a person's
    name and its family name the parser reads whole ("سامي الحسيني")."""
    if phrase.title is not None or phrase.kind != "name" or phrase.pair is not None:
        return False
    first = phrase.first
    if phrase.last != first + 1 or has_article(view, first) or first + 1 >= len(view):
        return False
    genitive = first + 1
    if not view.is_word(genitive) or not has_article(view, genitive) or _known_name(view, first):
        return False
    if _known_name(view, genitive) or view.words.is_a("time", view.bare[genitive][2:]):
        return False  # "حكومة نتنياهو"، "مملكة البحرين": a body named by its head; "نشطاء الأربعاء"
    if view.bare[genitive].endswith("ي"):
        return False  # "نادية الجندي": a family name in ي (a nisba) after a given name
    return not _people_noun(view.bare[first])


def _people_noun(key: str) -> bool:
    """Whether a noun's form shows that it may name people, who can speak: a plural (sound, in
    ات, or broken: رجال، أنصار، نشطاء، عشرات), a participle in مـ that names a doer (معد، مراقب، محلل),
    a number or a quantifier ("عشرات النساء"، "بعض المسؤولين"), or a title or source word."""
    return (
        key.endswith(("ات", "ون", "ين", "اء"))
        or (len(key) == _FIAL and key[2] == "ا")
        or (len(key) == _AFAL and key[0] == "ا" and key[3] == "ا")
        or key.startswith("م")
        or key in _GROUP_QUANTIFIERS
    )


_FIAL = 4  # فعال: رجال، طلاب، شباب (not the verbal nouns تراجع، سياسة)
_AFAL = 5  # أفعال: أنصار، أطباء
# Nouns of number and part that head a group of people in construct ("عدد المحتجين").
_GROUP_QUANTIFIERS = frozenset({"بعض", "عدد", "كل", "جميع", "معظم", "اغلب", "غالبيه", "اكثر", "احد", "كثير"})


def object_after_verb(view: DocView, frame: Frame) -> bool:
    """A noun in construct (noun_in_construct) right after a verb that takes its object first
    (وصف، اتهم، انتقد، علل): "ووصفت سياسة الرئيس بأنها …"، "وعلل تفشي الأمية بأسباب". Such a verb
    puts its subject, then its object, then its content; a thing in construct right after it is the
    object of a verb whose subject is dropped. The caller also asks that nothing marks the noun as
    a source (no title, body, source word or name written again) and that the dropped subject has
    an antecedent."""
    phrase = frame.speaker
    if not frame.object_first or phrase is None or phrase.first != frame.cue + 1:
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or found.object_suffix:
        return False  # "وتتهمه عشرات النساء": the object is the pronoun, the noun is the subject
    return noun_in_construct(view, phrase) and not _speaker_word(view, view.bare[phrase.first])
