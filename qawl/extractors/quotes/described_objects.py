"""The one noun phrase between وصف/اتهم and the ب of their second complement is their object.

وصف X بـ Y "described X as Y" and اتهم X بـ Y "accused X of Y" take an object before ب: a
describer or accuser needs someone to describe or accuse. So when a single noun phrase stands
between the verb and ب ("واتهمت واشنطن بمحاولة تقويض …"، "وتتهم إسرائيل بإثارة …"، "كما وصفت
تصريحات الرئيس بأنها …"، "وخامنئي يصف ترامب وماكرون وماي بـ"المجرمين""), that phrase is the
object, and the subject is dropped (the speaker before goes on) or stands before the verb. A
subject and an object read as one phrase ("ووصف الدبلوماسي المؤتمر بأنه") are left alone, as are
verbs like دعا، طالب، حث whose object may be left out ("دعا الوزير إلى الحوار").
"""

from __future__ import annotations

from qawl.extractors.quotes.noun_patterns import verbal_noun
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView

# Lemmas of the verbs that take an object before ب: describe, accuse, brand.
OBJECT_BEFORE_BI = frozenset({"وصف", "اتهم", "نعت", "وصم"})
BI_WORD = "ب"  # بـ written apart: "بـ"المجرمين""
# ب on what the object is described as or accused of: أن and its pronouns, or the article.
BI_THAT = "بان"
BI_ARTICLE = "بال"
# Words in ب that open no complement: a quantifier (بعضهم is an object), a reflexive (بنفسه).
NOT_COMPLEMENTS = ("بعض", "بنفس", "بذات")
MIN_BI_NOUN = 5  # ب and a noun of four letters or more where the content starts: بمحاولة، بدعم+ها
AND = "و"
MAX_CONSTRUCT_WORDS = 3  # head, genitive, adjective
COMMON_HEAD_ENDINGS = ("ة", "ات")  # a noun of a thing or a group: ميليشيات، أجهزة، حكومة
NISBA_ENDINGS = ("ي", "ية", "يين", "يون")
# Participles that take a ب-phrase of their own: interested in, concerned with, charged with.
BI_PARTICIPLES = ("مهتم", "معني", "مختص", "متخصص", "مكلف", "متهم", "مشتبه", "مولع", "ملتزم", "مرتبط")


def _governs_bi(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the phrase ends in a word whose own complement takes ب: a participle of interest
    or charge ("المهتمين بالشأن"، "المعني بـ"), or a title, whose ب-phrase names its seat
    ("مفوض حقوق الإنسان بالأمم المتحدة")."""
    if phrase.kind == "title" or phrase.title is not None:
        return True
    key = view.bare[phrase.last - 1]
    stem = key[2:] if has_article(view, phrase.last - 1) else key
    return stem.startswith(BI_PARTICIPLES)


def _bi_complement(view: DocView, k: int, content_start: int) -> bool:
    """Whether token k opens the ب complement: بأن/بأنه، or, where the content starts at it,
    بال + noun, ب + a verbal noun or a longer noun (بمحاولة، بتدبير) or بـ apart. Not a place or a name that
    starts with ب (باليمن، باسيل، بعضهم), nor the ب-phrase of a title or a participle that the
    content does not start with ("مفوض حقوق الإنسان بالأمم المتحدة"، "المهتمين بالشأن")."""
    if k >= len(view) or not view.is_word(k) or view.mention_label(k) is not None:
        return False
    key = view.keys[k]
    if key.startswith(NOT_COMPLEMENTS):
        return False  # "ووصفت فريلاند بنفسها"، "ووصفت جراح بعضهم": a reflexive or a quantifier
    if key.startswith(BI_THAT):
        return True
    if view.tokens[k].start != content_start:
        return False
    if key == BI_WORD or key.startswith(BI_ARTICLE):
        return True
    return key[:1] == BI_WORD and (len(key) >= MIN_BI_NOUN or verbal_noun(view, k, proclitic=1))


def _one_noun_phrase(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the phrase can only be one noun phrase, not a subject and an object read as one
    ("تركيا فاركاس"، "حكومة إثيوبيا الاجتماع"، "هنيدي النادي"): one word; single words joined by
    و ("ترامب وماكرون وماي"); or a common noun in construct (an indefinite head in ة or ات, a
    definite genitive, at most one nisba adjective: "ميليشيات الحوثي"، "أجهزة المخابرات
    البريطانية")."""
    words = range(phrase.first, phrase.last)
    if len(words) == 1 or all(view.keys[k][:1] == AND for k in words[1:]):
        return True
    if len(words) > MAX_CONSTRUCT_WORDS or has_article(view, phrase.first):
        return False
    if not view.tokens[phrase.first].text.endswith(COMMON_HEAD_ENDINGS):
        return False
    if not all(has_article(view, k) for k in words[1:]):
        return False
    return len(words) == 2 or view.tokens[phrase.last - 1].text.endswith(NISBA_ENDINGS)


def described_object(view: DocView, cue: int, phrase: SpeakerPhrase | None, content_start: int) -> bool:
    """Whether the phrase read as the subject of وصف/اتهم fills the words from the verb to the ب
    of its complement: the verb's object. Not after a verb that carries its object as a pronoun
    ("تتهمها أنقرة بـ"): the phrase after it is the subject."""
    found = view.cues[cue]
    if phrase is None or found is None or found.kind != "verb" or found.lemma not in OBJECT_BEFORE_BI:
        return False
    if found.object_suffix or phrase.pair is not None or phrase.start != cue + 1:
        return False
    k = phrase.last
    if k >= len(view) or (not view.keys[k].startswith(BI_THAT) and _governs_bi(view, phrase)):
        return False
    if not _bi_complement(view, k, content_start):
        return False
    return _one_noun_phrase(view, phrase)
