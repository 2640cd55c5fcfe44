"""What a verb of considering has already taken before quote marks.

اعتبر takes an object and a predicate ("اعتبر الاتفاق خطوة مهمة") or, in the passive and with its
subject first ("تونس تعتبر نموذجا" "Tunisia is considered a model"), the predicate alone: an
indefinite noun in the accusative. Once that predicate stands after the verb its complement is
complete, and quotation marks further on hold someone's words of another clause, not what was
considered: 'أن تونس تعتبر اليوم نموذجا يمكن نقله إلى ليبيا "هو نموذج …"'.
"""

from __future__ import annotations

from qawl.arabic import FATHATAN
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.noun_patterns import purpose_accusative
from qawl.extractors.quotes.predicates import CONSIDERING
from qawl.extractors.quotes.stops import accusative_participle, has_article
from qawl.extractors.quotes.view import DocView

# Indefinite accusatives of time and manner ("أيضا"، "مجددا"): adverbs, no predicate.
_ADVERBS = frozenset(
    {"ايضا", "مجددا", "مؤخرا", "سابقا", "لاحقا", "حاليا", "دائما", "احيانا", "غالبا", "فعلا", "جدا",
     "مثلا", "خصوصا", "تحديدا", "تقريبا", "تماما", "اطلاقا", "ابدا", "كذلك", "هكذا", "غدا", "صراحه",
     "بدوره", "مسبقا", "قطعا", "اساسا", "عموما", "ضمنا"}
)  # fmt: skip
MIN_STEM = 3  # letters of a noun less its accusative alif (نموذج، شريك، مثال)


def predicate_before_marks(view: DocView, cue_index: int, cue: Cue, mark: int) -> bool:
    """Whether a verb of considering has its predicate, an indefinite accusative noun, between
    it and the quote marks at ``mark``: the marks are then no content of it."""
    if cue.lemma not in CONSIDERING or cue.kind != "verb":
        return False
    return any(_predicate(view, k) for k in range(cue_index + 1, mark))


def _predicate(view: DocView, k: int) -> bool:
    """Word k is an indefinite noun in the accusative: tanwin written, or an alif the document
    shows is no part of the word (the noun written elsewhere without it: نموذجا … نموذج)."""
    if not view.is_word(k) or view.cues[k] is not None or view.mention_label(k) is not None:
        return False
    key, text = view.bare[k], view.tokens[k].text
    if (
        has_article(view, k)
        or key in _ADVERBS
        or view.words.is_a("stop", key)
        or view.words.is_a("time", key)
        or not key.endswith("ا")
        or key.endswith(("اا", "يا", "ها", "نا"))  # a nisba adverb (رسميا), a pronoun (اعتبرها)
        or len(key) - 1 < MIN_STEM
        or accusative_participle(text)  # a participle of state (مضيفا)
        or purpose_accusative(view, k)  # an accusative of purpose (ردا على)
    ):
        return False
    stem = key[:-1]
    return FATHATAN in text or view.count(stem) > 0 or view.count("ال" + stem) > 0
