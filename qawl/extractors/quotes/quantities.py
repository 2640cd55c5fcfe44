"""Approximators before a counted group of speakers ("قال حوالي ثلاثة أرباع المهنيين").

حوالي، نحو، قرابة and زهاء ("about", "nearly") qualify the number that follows them: they say how
exact the count is, not who speaks. The group a speaker's name stands for starts at the number.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.counted import APPROXIMATORS, NUMBER_WORDS

# Fractions, and the numbers above ten a group is counted in, with the article or without it
# (normalised): "ثلاثة أرباع"، "النصف"، "ثلثي"، "عشرات"، "آلاف".
_QUANTITY_WORDS = frozenset(
    normalize(article + word)
    for word in (
        "نصف", "ثلث", "ثلثا", "ثلثي", "ربع", "أرباع", "خمس", "أخماس", "عشر", "أعشار",
        "عشرات", "مئات", "مئة", "مائة", "آلاف", "ألف", "ألفا", "ألفي", "مليون", "ملايين",
        "عشرين", "عشرون", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين",
    )
    for article in ("", "ال")
)  # fmt: skip


def quantity_word(word: str) -> bool:
    """Whether a normalised word counts a group: digits (74٪ too), a number word or a fraction."""
    return word[:1].isdigit() or word in NUMBER_WORDS or word in _QUANTITY_WORDS


def without_approximator(name: str) -> str:
    """The name of a counted group without the approximator it opens with: "حوالي ثلاثة أرباع"
    → "ثلاثة أرباع". A name that is the approximator alone, or whose next word counts nothing
    ("نحو الحكومة"), is returned as it is."""
    words = name.split()
    if len(words) < 2 or normalize(words[0]) not in APPROXIMATORS:
        return name
    return " ".join(words[1:]) if quantity_word(normalize(words[1])) else name
