"""Nouns that a body declares or offers though they name no event (a truce, mourning, a reward)
as the nominal object of a verb of announcing. Every sentence here is written for the test."""

from __future__ import annotations

from qawl.pipeline import Pipeline
from tests.quote_helpers import kinds_and_contents, nominal_quote_with, speaker_text


def test_truce_after_a_definite_subject() -> None:
    quote = nominal_quote_with("وأعلنت الحركة هدنة لمدة ثلاثة أيام.", "هدنة")
    assert quote.content.text.startswith("هدنة لمدة")
    assert speaker_text(quote) == "الحركة"


def test_definite_mourning_after_a_definite_subject() -> None:
    quote = nominal_quote_with("وأعلنت البلدية الحداد ثلاثة أيام.", "الحداد")
    assert quote.content.text.startswith("الحداد")
    assert speaker_text(quote) == "البلدية"


def test_reward_after_a_subject_with_its_adjective() -> None:
    quote = nominal_quote_with("وأعلنت الشرطة المحلية مكافأة مالية لمن يدلي بمعلومات عن المفقود.", "مكافأة")
    assert quote.content.text.startswith("مكافأة مالية")
    assert speaker_text(quote) == "الشرطة المحلية"


def test_accusative_mourning_after_a_named_country(pipeline: Pipeline) -> None:
    found = kinds_and_contents(pipeline, "وأعلنت روسيا حدادا رسميا على الضحايا.")
    assert found == [("nominal", "حدادا رسميا على الضحايا")]
