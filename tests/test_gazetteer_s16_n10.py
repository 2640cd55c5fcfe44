"""A family name the document gave earlier with a fuller name (sixteenth session, n10): the
mention is that person, not the gazetteer's famous bearer of the surname. The sentences are our
own; the first test fails without the rule (بن علي linked to the former president)."""

from __future__ import annotations

import pytest
from gazetteer_helpers import linked

from qawl.extractors.gazetteer import GazetteerLinker

BEN_ALI = "person:zine-el-abidine-ben-ali"


@pytest.fixture(scope="module")
def linker() -> GazetteerLinker:
    return GazetteerLinker.load()


def test_a_family_name_goes_to_the_full_name_given_before(linker: GazetteerLinker) -> None:
    text = "قال المهندس سليم بن علي إن الأشغال ستنتهي قريبا. وأوضح بن علي أن الكلفة مرتفعة."
    found = linked(linker, text, "سليم بن علي", "بن علي")
    assert [(t, kb) for t, kb, _ in found] == [("سليم بن علي", None), ("بن علي", None)]
    assert found[0][2] == found[1][2]  # one entity


def test_a_lone_famous_surname_still_links_to_its_bearer(linker: GazetteerLinker) -> None:
    text = "وقال بن علي في خطاب بثه التلفزيون إن البلاد آمنة."
    assert linked(linker, text, "بن علي") == [("بن علي", BEN_ALI, "e1")]
    # The full name of the famous bearer keeps the link for the surname after it.
    text = "أكد زين العابدين بن علي أن البلاد آمنة. وأضاف بن علي أن الأمن مستتب."
    found = linked(linker, text, "زين العابدين بن علي", "بن علي")
    assert [kb for _, kb, _ in found] == [BEN_ALI, BEN_ALI]


def test_look_alikes_of_a_full_name_change_nothing(linker: GazetteerLinker) -> None:
    # A verb tagged with the name is no given name: not a fuller name.
    text = "وأشاد بن علي بالجيش. ثم قال بن علي إن البلاد آمنة."
    found = linked(linker, text, "وأشاد بن علي", "بن علي")
    assert found[-1][:2] == ("بن علي", BEN_ALI)
    # The story used the surname alone for the famous bearer before it gave another's full name:
    # the surname after it stays ambiguous, so it keeps its link.
    text = "وقال بن علي إن البلاد آمنة. ورد عليه المعارض سليم بن علي. وأضاف بن علي أن الأمن مستتب."
    found = linked(linker, text, "سليم بن علي", "بن علي")
    assert [kb for t, kb, _ in found if t == "بن علي"] == [BEN_ALI, BEN_ALI]
