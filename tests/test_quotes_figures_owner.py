"""Figures and data in construct with a body ("أرقام الوزارة"، "بيانات الهيئة") say nothing by
themselves: the body whose figures they are is the source."""

from __future__ import annotations

from quote_helpers import quote_fields_with_cue


def _speaker(text: str, cue: str) -> str | None:
    found = quote_fields_with_cue(text, cue)
    assert len(found) == 1, found
    return found[0][3]


def test_the_body_whose_figures_they_are_is_the_source() -> None:
    text = "وكشفت بيانات وزارة الزراعة أن إنتاج القمح تراجع بنسبة كبيرة هذا العام."
    speaker = _speaker(text, "وكشفت") or ""
    assert speaker.startswith("وزارة"), speaker


def test_figures_of_a_thing_stay_as_they_are() -> None:
    # Look-alike: the genitive names what is counted (tourism), no body that speaks.
    text = "وكشفت إحصاءات السياحة أن عدد الزوار تراجع في الصيف."
    assert _speaker(text, "وكشفت") == "إحصاءات السياحة"
