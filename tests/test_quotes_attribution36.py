"""Attribution round 36: a country's nisba before a name, and an outlet in ل right after the verb.

- "وقال المصري محمد صلاح": a definite nisba of a country before a name of two words without the
  article describes the person the name then gives; the subject is the name.
- "وأضاف لبي بي سي": ل + an outlet the document writes alone, right after the verb, is whom the
  source spoke to; the subject is dropped (or a title or anonymous source follows).
"""

from __future__ import annotations

import pytest

from qawl.document import Document
from qawl.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(PipelineOptions(ner=False))


def _speakers(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(id="t", text=text)
    pipeline.process([doc])
    return [
        ((q.get("speaker") or {}).get("text"), q.get("speaker_name"))
        for q in doc.to_record().get("quotes") or []
    ]


def test_country_nisba_before_a_name(pipeline: Pipeline) -> None:
    text = "وقال الهولندي رونالد كومان مدرب المنتخب بعد اللقاء إن لاعبيه قدموا مباراة كبيرة."
    assert _speakers(pipeline, text)[0][1] == "رونالد كومان"


def test_country_nisba_before_a_name_feminine_verb(pipeline: Pipeline) -> None:
    text = "وأكد المصري محمد صلاح عقب التدريب أن الفريق جاهز للقاء الحاسم."
    assert _speakers(pipeline, text)[0][1] == "محمد صلاح"


def test_given_name_in_ya_look_alike(pipeline: Pipeline) -> None:
    # الهاشمي is no country's nisba but a given name: the name is not cut after it.
    text = "وقال الهاشمي علية في تصريح إن الإصلاحات ضرورية."
    assert _speakers(pipeline, text)[0][1].startswith("الهاشمي")


def test_country_nisba_alone_look_alike(pipeline: Pipeline) -> None:
    # A nisba with no name after it is the speaker itself (a family name, or the description).
    text = "وقال المصري إن الفريق يستحق الفوز."
    assert _speakers(pipeline, text)[0][1] == "المصري"


def test_outlet_after_the_verb_is_the_addressee(pipeline: Pipeline) -> None:
    text = (
        "وقال الباحث سامر حداد في مقابلة مع بي بي سي إن النتائج مقلقة. "
        'وأضاف لبي بي سي: "لا يمكن تجاهل هذه الأرقام".'
    )
    assert _speakers(pipeline, text)[1] == (None, "سامر حداد")


def test_name_in_lam_look_alike(pipeline: Pipeline) -> None:
    # لطيفة is a name whose rest (طيفة) the document never writes alone.
    text = "وقالت لطيفة بن عمر إن الجمعية ستواصل نشاطها."
    assert _speakers(pipeline, text)[0][1] == "لطيفة بن عمر"
