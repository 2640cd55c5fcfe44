"""Indefinite plurals of voices, calls, protests and writings, the subject of the verb right after.

An indefinite noun takes its relative clause without الذي/التي: the verb right after it describes
it, and the noun is that verb's subject ("وتعالت أصوات تطالب بإقالة الحكومة"، "وخرجت مظاهرات
تندد بالقرار"، "وسط شعارات تدين الحرب"). A plural of things takes a feminine singular verb
(تطالب، دعت); a phrase after the verb is then its object ("دعوات تطالب الحكومة بالاستقالة").
Unnamed persons (مصادر، مسؤولون) are the word class ``anonymous`` and read the same way.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView

# Plurals of what speaks without a person: voices and calls, the protests that voice them, the
# slogans and banners they carry, and short writings (tweets, articles, petitions).
VOICE_PLURALS = frozenset(
    normalize(word)
    for word in (
        "أصوات",
        "دعوات",
        "مطالبات",
        "نداءات",
        "مناشدات",
        "مظاهرات",
        "تظاهرات",
        "احتجاجات",
        "مسيرات",
        "هتافات",
        "شعارات",
        "لافتات",
        "تغريدات",
        "مقالات",
        "عرائض",
        "أنباء",
        "شائعات",
        "تسريبات",
        "وثائق",
        "دراسات",
        "أبحاث",
        "تحذيرات",
        "توقعات",
        "تقديرات",
        "إحصاءات",
        "إحصائيات",
    )
)


def voice_plural_before(view: DocView, cue: int, first: int) -> bool:
    """Whether the word right before the verb at ``cue`` (not before ``first``, the sentence's
    first token) is an indefinite plural of :data:`VOICE_PLURALS` with no preposition on it,
    and the verb is the feminine singular such a plural takes: an imperfect in تـ or a perfect
    in ـت, with no conjunction on it (وتطالب opens a clause of its own)."""
    noun = cue - 1
    if noun < first or not view.is_word(noun):
        return False
    key = view.bare[noun]
    if key not in VOICE_PLURALS and not (key[:1] in "وف" and key[1:] in VOICE_PLURALS):
        return False
    if has_article(view, noun):
        return False
    verb = view.keys[cue]
    if verb != view.bare[cue] or len(verb) < 3:
        return False
    return verb[:1] == "ت" or verb.endswith("ت")
