"""Readings of a verb of saying that report no one's words, for :func:`frames.verb_frame` to
drop the frame.

The passive (وُصف بـ، اُعتبر، ما وُصف بـ), the impersonal (يُتوقع أن، يُعتقد أن), a belief held
by no one named (أعتقد، من يعتقدون), a relative clause with no subject of its own, and a verb
with a direct object, which makes it another verb (أقرّ البرلمان القانون "passed"). Kept
together because they ask the same thing of a frame already found: is this a report at all.
"""

from __future__ import annotations

from qawl.extractors.quotes.clauses import Trigger, bi_complement
from qawl.extractors.quotes.issuers import SPEECH_NOUNS
from qawl.extractors.quotes.lexicon import Cue, lemma_key
from qawl.extractors.quotes.noun_patterns import event_noun
from qawl.extractors.quotes.objects import stance_noun, strong_object
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.predicates import CONSIDERING
from qawl.extractors.quotes.speakers import whole_subject
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    CLAUSE_OPENERS,
    INDEPENDENT_PRONOUNS,
    MAIN_CLAUSE_OPENERS,
    NO_CONJUNCTION_AFTER,
    PRONOUN_SUBJECTS,
    RELATIVES,
    SUBORDINATE_OPENERS,
    SUBORDINATORS,
    TITLE_ADJECTIVES,
)


def perfect_of_lemma(view: DocView, i: int, cue: Cue) -> bool:
    """Whether the cue at i is its lemma's bare perfect, third person masculine (أكد، أوضح)."""
    # Not a cue that also spells a common word (بين "between"): there the relative's noun is
    # still what the clause is about.
    return cue.kind == "verb" and "near" not in cue.frames and view.bare[i] == lemma_key(cue.lemma)


# The perfect of كان in the first person (with its و/ف): "كنا/كنت نعتقد" "we/I used to think".
_PAST_KAN = frozenset({"كنا", "كنت", "وكنا", "وكنت", "فكنا", "فكنت"})

# Before كنا/كنت they make the belief a condition or a concession, no stated view: "سواء كنا
# نعتقد أن …" "whether we think", "وإن كنت أعتقد أن …" "even though I think", "لو كنا".
_CONDITIONAL_BEFORE_KAN = frozenset({"سواء", "ان", "وان", "لو", "ولو", "اذا", "واذا"})


def unowned_belief(view: DocView, i: int, trigger: Trigger, speaker: SpeakerPhrase | None) -> bool:
    """A belief held by no one named: the impersonal passive (يُعتقد أن, the bare imperfect with
    أنّ right after it and no subject before it: at a clause's start, after a relative or حيث),
    a relative من "those who" ("عدد من يعتقدون أن …"), or the speaker's own or a generic
    belief (أعتقد، نعتقد، تعتقدون، قد تعتقد "you may think"), which report no one's words."""
    key = view.bare[i]
    before = view.bare[i - 1] if i > 0 and view.is_word(i - 1) else ""
    # أعتقد is written with its hamza, the perfect اعتقد "he believed" without one.
    first_person = view.tokens[i].text.lstrip("وف")[:1] == "أ" or key.startswith("ن")
    before2 = view.bare[i - 2] if i > 1 and view.is_word(i - 2) else ""
    if first_person and before in _PAST_KAN and before2 not in _CONDITIONAL_BEFORE_KAN:
        # "كنا نعتقد أن هذا الزمن انتهى"، "كنت أعتقد أن …": a belief the speaker held and states
        # as past, a report of their own earlier view (nested in their quote), not a hedge.
        return False
    if before in ("من", "قد") or first_person or (key.startswith("ت") and key.endswith("ون")):
        return True
    return (
        trigger.kind == "that"
        and trigger.index == i + 2
        and key == "يعتقد"
        and _opens_clause(view, i, speaker)
    )


def _opens_clause(view: DocView, i: int, speaker: SpeakerPhrase | None) -> bool:
    """Whether the verb at i has no subject before it: it opens the sentence, carries its own
    و/ف, or follows a relative, a clause opener, كما, a subordinator or (with no subject after
    it) a comma."""
    key = view.bare[i]
    before = view.bare[i - 1] if i > 0 and view.is_word(i - 1) else ""
    return (
        not before
        or view.keys[i] != key
        or before in RELATIVES
        or before in MAIN_CLAUSE_OPENERS
        or before == "كما"
        or before in SUBORDINATORS
        or before in SUBORDINATE_OPENERS
        or (speaker is None and view.is_comma(i - 1))
    )


# Estimating verbs whose bare masculine imperfect before أنّ is, in news, the impersonal
# passive (يُتوقع أن، يُرجح أن، يُفترض أن "it is expected/likely/supposed that").
_IMPERSONAL_ESTIMATES = frozenset({"توقع", "رجح", "افترض"})


def impersonal_estimate(
    view: DocView, i: int, cue: Cue, trigger: Trigger, speaker: SpeakerPhrase | None
) -> bool:
    """The impersonal passive of an estimating verb: "ويتوقع أن ينخفض النمو"، "كما يرجح أن
    تساعد": the bare masculine imperfect with أنّ right after it and no subject before or after
    it ("ويتوقع الخبراء أن" has one; "يتوقعون أن" is no passive)."""
    if fact_as_subject(view, i, cue, speaker) or evidence_points(view, i, cue, speaker):
        return True  # "مما يؤكد أن …"، "وكل المؤشرات تشير إلى …": what a fact shows
    key = view.bare[i]
    return (
        speaker is None
        and cue.kind == "verb"
        and cue.lemma in _IMPERSONAL_ESTIMATES
        and not cue.object_suffix
        and key[:1] == "ي"
        and not key.endswith(("ون", "ان"))
        and trigger.kind == "that"
        and trigger.index == i + 2
        and _opens_clause(view, i, speaker)
    )


# Verbs of saying that also tell what a fact shows or calls for, with the fact as subject:
# "مما يؤكد أن …" ("which confirms that"), "وهذا يشير إلى …", "ما يرجح أن …", "ما يدعونا إلى …".
_SHOWING = frozenset(
    {"أشار", "أكد", "رجح", "دعا", "نوه", "كشف", "أفاد", "أوضح", "بين", "عكس", "أظهر", "أثبت", "دل", "عنى"}
)
# ما "which" and the singular demonstratives, which stand as the subject of the verb after them.
_FACT_WORDS = frozenset({"ما", "مما", "هذا", "هذه", "ذلك", "تلك"})
_DEMONSTRATIVE_FACTS = frozenset({"هذا", "هذه", "ذلك", "تلك"})
# Words before ما that make it the object of a relay ("حسب ما يفيد", "according to what it says").
_RELAY_HEADS = frozenset({"حسب", "بحسب", "وفق", "ووفق", "وفقا", "ووفقا", "طبقا", "على"})
# Words before a demonstrative that make it one clause with the verb ("كل ذلك يرجح"، "فإن ذلك يشير").
_FACT_LEADS = frozenset({"كل", "وكل", "ان", "فان", "لان", "بان"})


def _singular_imperfect(view: DocView, i: int, cue: Cue) -> bool:
    """The bare third person singular imperfect (يشير، تؤكد), with no و/ف on it."""
    key = view.bare[i]
    return (
        cue.kind == "verb"
        and view.keys[i] == key
        and key[:1] in "يت"
        and not key.endswith(("ون", "ان", "وا"))
    )


def fact_as_subject(view: DocView, i: int, cue: Cue, speaker: SpeakerPhrase | None) -> bool:
    """ "مما يؤكد أن …"، "وهو ما يرجح أن …"، "وهذا يشير إلى أن …"، "كل ذلك يرجح أن …"، "ما يدعونا
    إلى …": right before the imperfect, ما "which" or a demonstrative is its subject, a fact the
    writer just told, and the verb says what the fact shows (يؤكد "confirms", يشير "indicates"),
    no one's words. With ما as the object the verb takes a pronoun for it (ما يؤكده الخبراء) or
    names its subject (حسب ما يفيد مصدر), and after حسب/وفق ما is what a source says."""
    if speaker is not None or i < 1 or cue.lemma not in _SHOWING or not _singular_imperfect(view, i, cue):
        return False
    if cue.object_suffix and not view.bare[i].endswith("نا"):
        return False  # "ما يؤكده": ما is the object; "ما يدعونا" "which calls on us" keeps ما the subject
    before = view.bare[i - 1] if view.is_word(i - 1) else ""
    stem = before[1:] if before[:1] in "وف" and before[1:] in _FACT_WORDS else before
    if stem not in _FACT_WORDS:
        return False
    lead = view.bare[i - 2] if i >= 2 and view.is_word(i - 2) else ""
    if stem in ("ما", "مما"):
        return lead not in _RELAY_HEADS
    # A demonstrative opens the clause (its own و، after a stop or a comma, كل ذلك، فإن ذلك); after
    # another word it ends a phrase ("بعد ذلك يؤكد الوزير", "ومع ذلك يشير التقرير").
    return stem in _DEMONSTRATIVE_FACTS and (stem != before or not lead or lead in _FACT_LEADS)


# Words before تشير/يشير that are no subject of it but open the clause or stand for a person.
_NOT_EVIDENCE = frozenset(
    {"لا", "لم", "لن", "قد", "سوف", "انما", "ولكنه", "ولكنها", "فانه", "فانها", "وانه", "وانها", "ايضا"}
)


# The complementizers and a clause's start, where the subject before يشير begins.
_THAT_FORMS = frozenset(
    {"ان", "بان", "لان", "فان", "انه", "انها", "بانه", "بانها", "لكن", "ولكن", "بينما", "فيما"}
)


_SUBJECT_WINDOW = 10
_SOURCE_CLASSES = ("document", "media", "anonymous", "institution", "title")


def evidence_points(view: DocView, i: int, cue: Cue, speaker: SpeakerPhrase | None) -> bool:
    """ "وكل المؤشرات الاقتصادية تشير إلى …"، "طرح الأغنية خلال ساعات يشير إلى …"، "لقطات … كانت
    تشير إلى …": يشير/تشير with no و right after a noun phrase that yields no source is the
    verb's "indicates": figures, signs or footage show something, no one says it. A speaker
    read after the verb, a pronoun or particle before it (لكنها تشير، فهو يشير), or a source, a
    statement or a share of a group in the phrase before it (مصادر تشير، دراسة تشير، "رويترز"
    تشير، في تغريدة تشير، 80% من الدول تشير) keeps the report."""
    if (
        speaker is not None
        or cue.lemma != _POINTING
        or cue.object_suffix
        or not _singular_imperfect(view, i, cue)
    ):
        return False
    k = i - 1
    if k >= 1 and view.bare[k] in ("كان", "كانت") and view.is_word(k - 1):
        k -= 1  # "لقطات … كانت تشير": the subject stands before كان
    if k < 0 or not view.is_word(k) or view.mention_label(k) is not None:
        return False
    before = view.bare[k]
    if before in _NOT_EVIDENCE or before in CLAUSE_OPENERS or before in MAIN_CLAUSE_OPENERS:
        return False
    if before in INDEPENDENT_PRONOUNS or before in PRONOUN_SUBJECTS or before in NO_CONJUNCTION_AFTER:
        return False
    if before in SUBORDINATORS or before in SUBORDINATE_OPENERS or view.title_state(before) is not None:
        return False
    if _source_noun(view, before) or view.words.is_a("time", before) or view.words.is_a("stop", before):
        return False
    # The rest of the subject back to its clause's start: a source or a statement named in it
    # ("معلومات من مصادر مطلعة تشير"، "التقارير التي وردت من عائلات … تشير"، "في تغريدة تشير")
    # is what points, and so reports.
    for m in range(k, max(-1, k - 1 - _SUBJECT_WINDOW), -1):
        key = view.bare[m]
        if m < k and (not view.is_word(m) or key in _THAT_FORMS or key in SUBORDINATE_OPENERS):
            break
        if view.cues[m] is not None or view.mention_label(m) is not None or _source_noun(view, key):
            return False
        if key == "من" and m > 0 and _share(view.tokens[m - 1].text):
            return False  # "80% من الدول تشير إلى أن …": a share of a group, who report
    return True


def _share(text: str) -> bool:
    return text in ("%", "٪") or any(ch.isdigit() for ch in text)


def _source_noun(view: DocView, key: str) -> bool:
    """A noun that heads a source (مصادر، دراسة، التقارير، صحيفة، وزارة، الوزير), also in the
    sound feminine plural (دراسات)."""
    body = key[2:] if key.startswith("ال") else key
    if body[:1] in "وفب" and body[1:3] == "ال":
        body = body[3:]
    forms = (key, body, body[:-2] + "ه" if body.endswith("ات") else body)
    if any(form in SPEECH_NOUNS for form in forms):
        return True  # "في تغريدة تشير إلى أن …"، "حديث الوزير يشير": the statement points
    return view.title_state(key) is not None or any(
        view.words.is_a(c, form) for form in forms for c in _SOURCE_CLASSES
    )


def impersonal_after_noun(view: DocView, i: int, cue: Cue) -> bool:
    """An estimating verb in the masculine imperfect right after an indefinite common noun, with
    أن after it ("رقم يتوقع أن يرتفع"): a clause describing the noun, where the verb is the
    impersonal passive (يُتوقع "is expected"); a person or a source before it would be its
    subject (خبير يتوقع، مصدر يرجح) and is left to the other rules."""
    if i == 0 or cue.lemma not in _ESTIMATING or cue.object_suffix or not view.bare[i].startswith("ي"):
        return False
    if view.keys[i] != view.bare[i] or not view.is_word(i - 1) or view.mention_label(i - 1) is not None:
        return False
    before = view.bare[i - 1]
    if has_article(view, i - 1) or view.cues[i - 1] is not None or view.title_state(before) is not None:
        return False
    if any(
        view.words.is_a(c, before) for c in ("stop", "time", "institution", "media", "anonymous", "document")
    ):
        return False
    return before not in PRONOUN_SUBJECTS and before not in RELATIVES and before not in CLAUSE_OPENERS


def agreeing_imperfect(view: DocView, i: int, cue: Cue) -> bool:
    """An imperfect that agrees with a plural or a named antecedent ("الذين يدعون بأن"،
    "سلمى التي تؤكد أنها"): the relative's noun is its subject. The impersonal passive
    (يُتوقع أن) has no plural. The feminine also agrees with things ("الرسوم التي تشير إلى")
    and with estimating verbs in the passive ("التي تُرجَّح أن تجرى"), so it counts only after a
    proper name: no article, no ending of a common noun (ة، ات)."""
    key = view.bare[i]
    if (key[:1] == "ي" and key.endswith("ون")) or key.endswith("وا"):
        return True  # "الذين يدعون بأن"، "المقاولون الذين أقروا أن"
    if key[:1] != "ت" or cue.lemma in _ESTIMATING or i < 2:
        return False
    if view.is_comma(i - 2) and i >= 3 and view.is_word(i - 3) and cue.lemma != _POINTING:
        # "وهو ما تنفيه السلطات السعودية، التي تؤكد أنه …": a relative set off by a comma
        # describes the noun named before it, its subject; the impersonal passive is masculine.
        return True
    if not view.is_word(i - 2):
        return False
    text = view.tokens[i - 2].text
    return not (has_article(view, i - 2) or text.endswith(("ة", "ات"))) and view.cues[i - 2] is None


# تشير "points to" agrees with things as well ("الأرقام، التي تشير إلى …").
_POINTING = "أشار"
# Verbs of estimating, whose passive says what is expected, with no one saying it.
_ESTIMATING = frozenset({"توقع", "رجح", "قدر", "اعتقد", "ظن", "افترض", "خمن"})


# Verbs whose ب-complement always follows an object (وصف X بـ، اتهم X بـ): with بـ right after
# the bare verb there is no object, so the verb is the passive (وُصف بالعنيف، اُتهم بأنه …).
_OBJECT_BEFORE_BI = frozenset({"وصف", "اتهم"})


def passive_before_bi(view: DocView, i: int, cue: Cue) -> bool:
    if cue.kind != "verb" or cue.lemma not in _OBJECT_BEFORE_BI or cue.object_suffix:
        return False
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    # بالعنيف، بأنه، بـ "…": the ب-phrase itself; a word that only begins with ب (بريطانية)
    # may be the object.
    key = view.bare[nxt]
    return key == "ب" or (key.startswith(("بال", "بان")) and bi_complement(view, nxt))


def _defective_feminine_perfect(key: str, cue: Cue) -> bool:
    """Whether ``key`` is the feminine perfect of a verb whose last root letter is weak (نفى ->
    نفت، ادّعى -> ادّعت، اشتكى -> اشتكت): the weak letter drops before ت, so the word no longer
    begins with the lemma, yet it opens with ن/ا as an imperfect would, and is no imperfect."""
    stem = lemma_key(cue.lemma)
    return stem[-1:] in ("ي", "ا") and key.startswith(stem[:-1] + "ت")


def passive_reading(view: DocView, i: int, cue: Cue, trigger: Trigger, has_subject: bool) -> bool:
    """ "موقفه الذي اعتُبر شديد الليونة": after a relative, an unvowelled bare perfect may be
    the passive, the relative's noun its subject and the word after it a predicate; so may an
    imperfect without a subject before it. Only an event noun there ("الذي أعلن انسحابه")
    shows the active verb and its object."""
    if event_noun(view, trigger.index) or stance_noun(view, trigger.index, view.sentence_range(i)[1]):
        return False
    if cue.object_suffix and cue.lemma in CONSIDERING:
        return False  # "تعتبرها": a passive takes no object pronoun
    if trigger.index > i + 1 and cue.lemma not in CONSIDERING and strong_object(view, trigger.index):
        return False  # "وينفي الوزير هذه الاتهامات": a passive of a one-object verb has no object left
    key = view.bare[i]
    # "يعتبر أمرا خطيرا"، "إذ يعتبر السوق السعودي الأكبر": an unvowelled imperfect is as often
    # the passive (يُعتبر), its subject then right after it and a predicate after that.
    if (
        not has_subject
        and cue.kind == "verb"
        and key[:1] in "يتان"
        and not key.startswith(lemma_key(cue.lemma))
        and not _defective_feminine_perfect(key, cue)
        and not _subject_then_object(view, i, cue, trigger)
    ):
        return True
    if (
        cue.lemma in CONSIDERING
        and cue.kind == "verb"
        and key[:1] in "يت"
        and trigger.index == i + 1
        and _considered_predicate(view, i + 1)
    ):
        # "المتجر الذي يعتبر أكبر مركز …"، "اللغتان تعتبران شبه رسميتين": the active verb's
        # object comes before its predicate, so a superlative, أحد or شبه right after the
        # verb is the predicate of the passive يُعتبر.
        return True
    return trigger.index == i + 1 and i > 0 and view.bare[i - 1] in RELATIVES and key == lemma_key(cue.lemma)


def _subject_then_object(view: DocView, i: int, cue: Cue, trigger: Trigger) -> bool:
    """ "وينفي اللاعب الاتهامات": a noun phrase right after the imperfect and a second noun after
    it. The passive of a verb with one object has its subject and nothing more, so two noun
    phrases show the active verb, its subject and its object. A verb of considering takes two
    (يُعتبر السوق الأكبر: the passive's subject and predicate) and is left out."""
    if cue.lemma in CONSIDERING or trigger.kind != "obj" or trigger.index < i + 2:
        return False
    if any(not view.is_word(k) for k in range(i + 1, trigger.index + 1)):
        return False
    return whole_subject(view, i + 1, trigger.index) is not None


MAX_QUOTED_SUBJECT = 3


def passive_before_quoted_name(view: DocView, i: int, cue: Cue, trigger: Trigger) -> bool:
    """ "ويعتبر "ماثيو" أول إعصار كبير": right after an imperfect of considering, a short quoted
    name and then a predicate opener (أول، أكبر، أحد) make the passive يُعتبر, the name its subject
    and no words said."""
    if cue.lemma not in CONSIDERING or cue.kind != "verb" or view.bare[i][:1] not in "يت":
        return False
    if trigger.kind != "quote" or trigger.index != i + 1:
        return False
    close = view.open_close.get(i + 1)
    return (
        close is not None
        and close - i - 1 <= MAX_QUOTED_SUBJECT + 1
        and _considered_predicate(view, close + 1)
    )


MAX_MARKED_PREDICATE = 4


def passive_before_marked_predicate(view: DocView, i: int, cue: Cue) -> bool:
    """ "الإجراءات التي تعتبر "موجعة لتونس"": an imperfect of considering right after a relative
    (with its و) and right before a few quoted words is the passive "which is considered": the
    relative's noun is its subject and the marks hold the predicate, the writer's or the source's
    word for it, not a quote of the noun. A clause in the marks (أنّ/إنّ) is reported content."""
    if cue.lemma not in CONSIDERING or cue.kind != "verb" or cue.object_suffix:
        return False
    if view.bare[i][:1] not in "يت" or i < 1:
        return False
    before = view.bare[i - 1]
    if before not in RELATIVES and not (before[:1] == "و" and before[1:] in RELATIVES):
        return False
    opening = i + 1
    close = view.open_close.get(opening) if opening < len(view) and view.is_mark(opening) else None
    if close is None or close - opening - 1 > MAX_MARKED_PREDICATE or close == opening + 1:
        return False
    return not view.bare[opening + 1].startswith(("ان", "لان"))


# Words that open a predicate of judgement and never an object: superlatives, أحد، شبه، بمثابة.
_PREDICATE_OPENERS = frozenset(
    {"اكبر", "اهم", "ابرز", "اول", "اقدم", "افضل", "اكثر", "اخطر", "اقوي", "اقل", "اعلي", "اسوا", "احسن",
     "اشهر", "اضخم", "اطول", "احد", "احدي", "شبه", "بمثابه"}
)  # fmt: skip


def _considered_predicate(view: DocView, k: int) -> bool:
    return k < len(view) and view.is_word(k) and view.bare[k] in _PREDICATE_OPENERS


# More elatives and ordinals that open a predicate ("تعتبر ثاني أكبر …"، "الذي يعتبر الأقدم"); آخر
# is left out: after a noun it is "another" ("ويعتبر مسؤول آخر أن …").
_MORE_PREDICATE_OPENERS = frozenset(
    {"اسرع", "اقدس", "ادق", "اقرب", "اجمل", "اغلي", "اصغر", "اعرق", "افقر", "اغني", "اوسع",
     "ثاني", "ثالث", "رابع", "واحد", "واحده", "واحدا"}
)  # fmt: skip
MAX_PASSIVE_SUBJECT = 4


def considered_predicate_word(key: str) -> bool:
    """Whether a bare word without its article is a superlative, an ordinal or أحد/واحد, the
    words that open a predicate of judgement (أفضل، ثاني، أحد)."""
    return key in _PREDICATE_OPENERS or key in _MORE_PREDICATE_OPENERS


def _passive_predicate(view: DocView, k: int, after_subject: bool) -> bool:
    """A word that opens the predicate of يُعتبر: a superlative, with its article too (الأبرز),
    an ordinal, أحد/واحدة, شبه، بمثابة, من ("تعتبر من أجمل …"), or after the subject a pronoun of
    separation (هي ثاني …). The active verb's object would stand first."""
    if k >= len(view) or not view.is_word(k):
        return False
    key = view.bare[k]
    body = key[2:] if key.startswith("ال") else key
    return considered_predicate_word(body) or key == "من" or (after_subject and key in ("هو", "هي"))


def passive_of_considering(view: DocView, i: int, cue: Cue, trigger: Trigger) -> bool:
    """ "وتعتبر الجزيرة واحدة من أجمل المناطق"، "السدود التي تعتبر الأكبر": an imperfect of
    considering with no object pronoun whose first word, or the first word after one noun phrase
    when the verb opens its clause, opens a predicate of judgement is the passive يُعتبر: the
    thing described is its subject and no one is reported. The active verb has a subject and
    an object before the predicate ("ويعتبر الخبراء الاتفاق أفضل حل"): a second definite noun
    that is no adjective ends the scan, and so does a masculine verb before a feminine noun."""
    if cue.lemma not in CONSIDERING or cue.kind != "verb" or cue.object_suffix:
        return False
    if trigger.kind == "that" and not any(view.is_comma(k) for k in range(i + 1, trigger.index)):
        return False  # "ويعتبر أحد الخبراء أن …"، "يعتبر من جهته أن …": a clause is reported
    key = view.bare[i]
    stem = key[1:] if key[:1] in "وف" and key[1:2] in "يت" else key
    if stem[:1] not in "يت":
        return False
    if _passive_predicate(view, i + 1, False):
        return True
    # With a subject after it, the verb must open its clause (و/ف on it, a sentence start, a
    # comma or a particle before it): after a noun or a relative the noun is its subject.
    opens = stem != key or i == 0 or not view.is_word(i - 1) or view.is_comma(i - 1)
    if not opens and view.bare[i - 1] not in ("كما", "فيما", "حيث", "اذ", "بينما", "فقد", "وقد"):
        return False
    previous_definite = False
    for k in range(i + 1, min(len(view), i + 2 + MAX_PASSIVE_SUBJECT)):
        if k > i + 1 and _passive_predicate(view, k, True):
            return True
        if not view.is_word(k) or view.words.is_a("stop", view.bare[k]):
            return False
        definite = has_article(view, k)
        if previous_definite and (not definite or not _modifier(view.bare[k])):
            return False  # "ويعتبر الخبراء الاتفاق …"، "الوزير مبادرة …": subject and object
        if k == i + 1 and stem[:1] == "ي" and view.bare[k].endswith("ه") and not definite:
            return False  # "كما يعتبر مبادرة السلام أحد …": a feminine object, the subject dropped
        previous_definite = definite
    return False


def direct_object_before(view: DocView, cue_index: int, trigger: int, cue: Cue) -> bool:
    """Whether a verb that reports with بـ (أقرّ بـ "admitted") took a direct object first,
    which makes it another verb: "أقرّ البرلمان القانون بأغلبية" ("passed"). After a definite
    subject, a second definite noun that is no adjective and no title is the object."""
    if "dobj" in cue.frames or not view.bare[trigger].startswith("ب") or view.bare[trigger].startswith("بان"):
        return False
    previous_definite = False
    for k in range(cue_index + 1, trigger):
        if not view.is_word(k):
            return False
        definite = has_article(view, k)
        key = view.bare[k]
        if (
            definite
            and previous_definite
            and not _modifier(key)
            and view.title_state(key) is None
            and view.title_state(view.bare[k - 1]) is None
        ):
            return True
        previous_definite = definite
    return False


def _modifier(key: str) -> bool:
    """A definite word that reads as an adjective by its pattern: relational (الأوروبي),
    participle (المتحدة), أفعل (الأبيض), فاعل (السابق) or فعيل (الجديد)."""
    body = key[2:] if key.startswith("ال") else key
    return (
        key.endswith(("ي", "يه", "يين", "يون"))
        or key.startswith(("الم", "الت"))
        or key in TITLE_ADJECTIVES
        or (len(body) == 4 and (body[0] == "ا" or body[1] == "ا" or body[2] == "ي"))
    )
