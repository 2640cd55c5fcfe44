"""Persons grown to their gazetteer names after the tagger (qawl.extractors.ner_gazetteer_names)."""

from __future__ import annotations

import pytest
from ner_helpers import tagged

from qawl.extractors.ner_gazetteer_names import (
    gazetteer_person_names,
    grow_to_gazetteer_names,
    person_names_from,
)


def _grown(text: str, mention: str, label: str = "PER") -> list[tuple[str, str]]:
    """The mentions after the rule, when the tagger found ``mention`` (words of ``text``) alone."""
    words = text.split()
    parts = mention.split()
    first = next(i for i in range(len(words)) if words[i : i + len(parts)] == parts)
    spans = grow_to_gazetteer_names(words, [(first, first + len(parts), label)])
    return [(" ".join(words[a:b]), found) for a, b, found in spans]


def test_the_bundled_gazetteer_gives_full_person_names() -> None:
    names = gazetteer_person_names()
    assert ("الهام", "علييف") in names.names  # normalised (qawl.arabic.normalize)
    assert ("دونالد", "ترمب") in names.names  # an alias as well as the canonical name
    assert all(len(name) > 1 for name in names.names)
    assert not any(name[0] == "الملك" for name in names.names)  # titles are left out


def test_a_person_cut_short_grows_to_the_full_name_written_around_it() -> None:
    assert _grown("والرئيس الأذربيجاني إلهام علييف في باكو", "علييف") == [("إلهام علييف", "PER")]
    assert _grown("وطالب دونالد ترمب بتمديد الاتفاق", "دونالد") == [("دونالد ترمب", "PER")]
    assert _grown("رئيس الجمهورية الباجي قائد السبسي أمس", "قائد السبسي") == [("الباجي قائد السبسي", "PER")]
    # A proclitic on the name's first word, whether the tagger took it in or not.
    assert _grown("كيليان مبابي وأنطوان غريزمان هدفين", "غريزمان") == [("وأنطوان غريزمان", "PER")]
    assert _grown("مع وإلهام علييف", "وإلهام") == [("وإلهام علييف", "PER")]


def test_look_alikes_of_gazetteer_names_stay_as_tagged() -> None:
    # Another given name before the family name, or none: not the gazetteer's person.
    assert _grown("والرئيس الأذربيجاني حيدر علييف في باكو", "علييف") == [("علييف", "PER")]
    assert _grown("وقال علييف إن المحادثات مستمرة", "علييف") == [("علييف", "PER")]
    # A conjunction inside the name makes two people, not one.
    assert _grown("إلهام وعلييف", "وعلييف") == [("وعلييف", "PER")]
    # The title before a name is no part of it (ANERcorp tags it O).
    assert _grown("وأعلن الملك سلمان أمس", "سلمان") == [("سلمان", "PER")]
    # Only persons grow; a place that is part of a person's name stays a place.
    assert _grown("والرئيس الأذربيجاني إلهام علييف في باكو", "علييف", "LOC") == [("علييف", "LOC")]


def test_a_gazetteer_name_never_swallows_another_mention() -> None:
    words = ["التقى", "إلهام", "علييف"]
    spans = [(1, 2, "LOC"), (2, 3, "PER")]
    assert grow_to_gazetteer_names(words, spans) == spans


def test_the_longest_full_name_wins() -> None:
    names = person_names_from(["عمر البشير", "عمر حسن البشير"])
    words = ["الرئيس", "عمر", "حسن", "البشير"]
    assert grow_to_gazetteer_names(words, [(3, 4, "PER")], names) == [(1, 4, "PER")]
    assert grow_to_gazetteer_names(["الرئيس", "عمر", "البشير"], [(2, 3, "PER")], names) == [(1, 3, "PER")]


@pytest.mark.slow
def test_the_bundled_tagger_gets_full_names_from_the_gazetteer(tagger) -> None:
    cases = {
        # (v1 tagged ترمب alone in "وطالب دونالد ترمب"; the news-tuned tagger gets it whole.)
        "وطالب الباجي قائد السبسي بتمديد الاتفاق ثلاث سنوات.": ("الباجي قائد السبسي", "PER"),
        "والتقى الرئيس الكوري الجنوبي مون جاي إن بنظيره أمس.": ("مون جاي إن", "PER"),
    }
    for text, mention in cases.items():
        assert mention not in tagged(tagger, text, rules=False), text
        assert mention in tagged(tagger, text, rules=True), text
    # Its look-alike: a name the gazetteer does not know keeps the tagger's span.
    text = "والتقى الرئيس الكوري الجنوبي مون جاي بنظيره أمس."
    assert tagged(tagger, text, rules=True) == tagged(tagger, text, rules=False)
