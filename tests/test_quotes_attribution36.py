"""Attribution round 36: a country's nisba before a name, and an outlet in ل right after the verb.

- "وقال المصري محمد صلاح": a definite nisba of a country before a name of two words without the
  article describes the person the name then gives; the subject is the name.
- "وأضاف لبي بي سي": ل + an outlet the document writes alone, right after the verb, is whom the
  source spoke to; the subject is dropped (or a title or anonymous source follows).
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def test_country_nisba_before_a_name(pipeline: Pipeline) -> None:
    text = "وقال الهولندي رونالد كومان مدرب المنتخب بعد اللقاء إن لاعبيه قدموا مباراة كبيرة."
    assert speakers_and_names(pipeline, text)[0][1] == "رونالد كومان"


def test_country_nisba_before_a_name_feminine_verb(pipeline: Pipeline) -> None:
    text = "وأكد المصري محمد صلاح عقب التدريب أن الفريق جاهز للقاء الحاسم."
    assert speakers_and_names(pipeline, text)[0][1] == "محمد صلاح"


def test_given_name_in_ya_look_alike(pipeline: Pipeline) -> None:
    # الهاشمي is no country's nisba but a given name: the name is not cut after it.
    text = "وقال الهاشمي علية في تصريح إن الإصلاحات ضرورية."
    assert speakers_and_names(pipeline, text)[0][1].startswith("الهاشمي")


def test_country_nisba_alone_look_alike(pipeline: Pipeline) -> None:
    # A nisba with no name after it is the speaker itself (a family name, or the description).
    text = "وقال المصري إن الفريق يستحق الفوز."
    assert speakers_and_names(pipeline, text)[0][1] == "المصري"


def test_outlet_after_the_verb_is_the_addressee(pipeline: Pipeline) -> None:
    text = (
        "وقال الباحث سامر حداد في مقابلة مع بي بي سي إن النتائج مقلقة. "
        'وأضاف لبي بي سي: "لا يمكن تجاهل هذه الأرقام".'
    )
    assert speakers_and_names(pipeline, text)[1] == (None, "سامر حداد")


def test_name_in_lam_look_alike(pipeline: Pipeline) -> None:
    # لطيفة is a name whose rest (طيفة) the document never writes alone.
    text = "وقالت لطيفة بن عمر إن الجمعية ستواصل نشاطها."
    assert speakers_and_names(pipeline, text)[0][1] == "لطيفة بن عمر"
