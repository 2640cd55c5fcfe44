"""Nouns of persons in the plural: the broken plurals news makes the subject of a report, and
such a plural owned by someone ("أطباؤها"، "أنصاره"، "زملاؤه").

A noun with a possessive pronoun right after a verb of saying is its subject when it names
persons: "ويحذر أطباؤها من أن …" (her doctors warn), "وقال أنصاره إن …". The hamza a broken
plural in اء ends in is written on و in the nominative before the pronoun (أطباؤها), on ي in the
genitive (أطبائها): both are the plural أطباء.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import POSSESSIVE_ENDINGS, possessed_stem

# Broken plurals of nouns of persons that news makes the subject of a report (النشطاء، الخبراء،
# الأطباء، شهود عيان): unlike a sound plural (المحتجون) their form shows no plural ending, so
# they are listed, normalised (ة as ه, hamzated alifs bare).
BROKEN_PERSON_PLURALS = frozenset(
    normalize(word)
    for word in (
        "نشطاء",
        "خبراء",
        "أطباء",
        "علماء",
        "زعماء",
        "وزراء",
        "سفراء",
        "رؤساء",
        "نواب",
        "طلاب",
        "عمال",
        "قادة",
        "سكان",
        "أهالي",
        "شهود",
        "أعضاء",
        "زملاء",
        "شركاء",
        "فقهاء",
        "نقاد",
        "قضاة",
        "جنود",
        "ضباط",
        "أنصار",
        "أقارب",
        "أصدقاء",
        "أساتذة",
        "مدراء",
        "محامون",
        "حقوقيون",
        "ساسة",
        "مشايخ",
        "رهبان",
        "تجار",
        "صحفيون",
        "أئمة",
        "دعاة",
        "مزارعون",
        "أبناء",
        "وجهاء",
        "أعيان",
        "شيوخ",
        "رجال",
        "نساء",
    )
)


def _owned_stem(key: str) -> tuple[str, str] | None:
    """(the plural, its hamza's carrier or "") of a key with a possessive pronoun, or None."""
    stem = possessed_stem(key, 3)
    if stem is None:
        return None
    if stem[-1:] in _CARRIED_HAMZAS:
        return stem[:-1] + _HAMZA, stem[-1]
    return stem, ""


def owned_person_plural(view: DocView, k: int) -> bool:
    """Whether word k is a broken plural of persons with a possessive pronoun (أطباؤها، أنصاره،
    أبناؤه), not a name the earlier stages found."""
    key = view.keys[k]
    if not key.endswith(POSSESSIVE_ENDINGS) or not view.is_word(k):
        return False
    owned = _owned_stem(key)
    return owned is not None and owned[0] in BROKEN_PERSON_PLURALS and view.mention_label(k) is None


def owned_plural_object(view: DocView, cue: int, phrase: SpeakerPhrase | None, object_first: bool) -> bool:
    """Whether the lone owned plural ``phrase`` read as the subject of the verb at ``cue``, one
    that takes an object first (``object_first``: حذّر، دعا، اتهم), is that object: "ويحذر أنصاره
    من التهاون" (he warns his supporters). Only the hamza on و shows the nominative ("ويحذر
    أطباؤها من أن …": her doctors warn); without it the noun after such a verb is what the verb
    acts on, and the subject is dropped."""
    if not object_first or phrase is None or phrase.kind != "description":
        return False
    lone = phrase.first == cue + 1 and phrase.last == phrase.first + 1
    if not lone or not owned_person_plural(view, phrase.first):
        return False
    owned = _owned_stem(view.keys[phrase.first])
    return owned is not None and owned[1] != _NOMINATIVE_HAMZA


_NOMINATIVE_HAMZA = "ؤ"


_HAMZA = normalize("ء")
# The hamza of a plural in اء before a pronoun: on و (nominative), on ي (genitive).
_CARRIED_HAMZAS = ("ؤ", "ئ")
