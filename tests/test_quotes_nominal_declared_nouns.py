"""Nouns that a body declares or offers though they name no event (a truce, mourning, a reward)
as the nominal object of a verb of announcing. Every sentence here is written for the test."""

from __future__ import annotations

from qawl.document import Quote
from qawl.pipeline import Pipeline
from tests.quote_helpers import kinds_and_contents, quote_with, quotes_of


def _nominal(text: str, fragment: str) -> Quote:
    quote = quote_with(quotes_of(text), fragment)
    assert quote.kind == "nominal"
    return quote


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


def test_truce_after_a_definite_subject() -> None:
    quote = _nominal("وأعلنت الحركة هدنة لمدة ثلاثة أيام.", "هدنة")
    assert quote.content.text.startswith("هدنة لمدة")
    assert _speaker(quote) == "الحركة"


def test_definite_mourning_after_a_definite_subject() -> None:
    quote = _nominal("وأعلنت البلدية الحداد ثلاثة أيام.", "الحداد")
    assert quote.content.text.startswith("الحداد")
    assert _speaker(quote) == "البلدية"


def test_reward_after_a_subject_with_its_adjective() -> None:
    quote = _nominal("وأعلنت الشرطة المحلية مكافأة مالية لمن يدلي بمعلومات عن المفقود.", "مكافأة")
    assert quote.content.text.startswith("مكافأة مالية")
    assert _speaker(quote) == "الشرطة المحلية"


def test_accusative_mourning_after_a_named_country(pipeline: Pipeline) -> None:
    found = kinds_and_contents(pipeline, "وأعلنت روسيا حدادا رسميا على الضحايا.")
    assert found == [("nominal", "حدادا رسميا على الضحايا")]
