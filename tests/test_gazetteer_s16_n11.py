"""A full name that opens with another given name is a relative of the famous bearer of the family
name, not that person (sixteenth session, n11): ميلانيا ترامب is not Donald Trump. The sentences
are our own; the first two tests fail without the rule (the relative joins the famous entity)."""

from __future__ import annotations

import pytest
from gazetteer_helpers import linked

from qawl.extractors.gazetteer import GazetteerLinker, person_first_words
from qawl.extractors.ner_spans import given_names

TRUMP = "person:donald-trump"
HARIRI = "person:saad-hariri"


@pytest.fixture(scope="module")
def linker() -> GazetteerLinker:
    return GazetteerLinker.load()


def test_a_wife_is_not_her_husband(linker: GazetteerLinker) -> None:
    text = (
        "قال الرئيس دونالد ترامب إن الاقتصاد قوي. وزارت ميلانيا ترامب مدرسة في المدينة. "
        "وأضاف ترامب أنه متفائل."
    )
    found = {t: (kb, e) for t, kb, e in linked(linker, text, "دونالد ترامب", "ميلانيا ترامب", "ترامب")}
    assert found["دونالد ترامب"][0] == TRUMP
    assert found["ترامب"] == found["دونالد ترامب"]  # a bare family name still joins
    assert found["ميلانيا ترامب"][0] is None
    assert found["ميلانيا ترامب"][1] != found["دونالد ترامب"][1]


def test_a_given_name_only_the_wider_list_has(linker: GazetteerLinker) -> None:
    # نادر is a given name of the NER gold, not of the span rules' list.
    assert "نادر" in person_first_words() and "نادر" not in given_names()
    text = (
        "التقى سعد الحريري وفدا من رجال الأعمال. وقال الحريري إن اللقاء مثمر، وحضره نادر الحريري مدير مكتبه."
    )
    found = linked(linker, text, "سعد الحريري", "نادر الحريري", "الحريري")
    assert [(t, kb) for t, kb, _ in found] == [
        ("سعد الحريري", HARIRI),
        ("الحريري", HARIRI),
        ("نادر الحريري", None),
    ]
    assert found[0][2] != found[2][2]


def test_the_same_person_and_junk_spans_still_join(linker: GazetteerLinker) -> None:
    # The given name the entity has: the same person, with a title in the span.
    text = "قال دونالد ترامب إن الاقتصاد قوي. وكان المرشح دونالد ترامب قد وعد بذلك."
    found = linked(linker, text, "المرشح دونالد ترامب", "دونالد ترامب")
    assert len({e for _, _, e in found}) == 1
    # A span the tagger ran over a noun (a lawyer of Trump's) is no full name: kept as before.
    text = "قال الرئيس دونالد ترامب إن الاقتصاد قوي. وأكد ترامب ذلك. وقال محامي ترامب إن القضية انتهت."
    found = linked(linker, text, "دونالد ترامب", "محامي ترامب", "ترامب")
    assert len({e for _, _, e in found}) == 1
    # The family name alone after the relative's full name stays with whom it did before.
    text = "وزارت ميلانيا ترامب مدرسة في المدينة. وقالت ترامب إن التعليم أولوية."
    found = linked(linker, text, "ميلانيا ترامب", "ترامب")
    assert found[0][2] == found[1][2]
