"""Quote round a138 (names).

- A capital that speaks is its country only where the document makes the country speak at least
  as often as the capital: a document that writes "أعلنت موسكو" twice and "أكدت روسيا" once names
  the government by its capital, and keeps it as written.
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def test_capital_that_speaks_more_often_than_its_country_keeps_its_name(pipeline: Pipeline) -> None:
    text = (
        "وأعلنت موسكو أنها سترد على العقوبات الجديدة بإجراءات مماثلة. "
        "وأكدت روسيا أن الحوار مع الاتحاد الأوروبي ما زال ممكنا. "
        "وأعلنت موسكو لاحقا أنها ستطرد عشرة دبلوماسيين."
    )
    assert speakers_and_names(pipeline, text) == [
        ("موسكو", "موسكو"),
        ("روسيا", "روسيا"),
        ("موسكو", "موسكو"),
    ]


def test_capital_that_speaks_as_often_as_its_country_is_the_country(pipeline: Pipeline) -> None:
    text = (
        "وأعلنت موسكو أنها سترد على العقوبات الجديدة بإجراءات مماثلة. "
        "وأكدت روسيا أن الحوار مع الاتحاد الأوروبي ما زال ممكنا. "
        "وقالت روسيا لاحقا إنها ستطرد عشرة دبلوماسيين."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["روسيا", "روسيا", "روسيا"]
