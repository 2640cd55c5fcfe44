"""أي/أية "any" right after a name opens the verb's object: a name never ends in "any", so the
speaker span stops before it ("وتنفي موسكو أي ضلوع" names موسكو, not "موسكو أي"). The letter أي
of a name spelled out in letters follows no name of its own. Sentences written for these tests."""

from __future__ import annotations

from qawl.pipeline import Pipeline
from tests.quote_helpers import cues_and_speakers


def test_any_after_a_place_name_is_no_part_of_the_speaker(pipeline: Pipeline) -> None:
    text = "وأعلنت الحكومة طرد دبلوماسيين. وتنفي موسكو أي ضلوع في الهجوم."
    assert ("وتنفي", "موسكو") in cues_and_speakers(pipeline, text)


def test_feminine_any_after_a_person_name_is_no_part_of_the_speaker(pipeline: Pipeline) -> None:
    # Guard (passes before the change too): the feminine أية after a full name.
    text = "ونفى دونالد ترامب أية علاقة له بالشركة."
    assert cues_and_speakers(pipeline, text) == [("ونفى", "دونالد ترامب")]
