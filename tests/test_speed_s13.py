"""Speed round s13/sp15: the quote stage reads the known-names list's one-word places without
normalising the whole list (segments.one_word_places); the set must be the one that
read_known_names gives."""

from __future__ import annotations

from pathlib import Path

from qawl.extractors.ner_known import known_names, read_known_names
from qawl.extractors.quotes.segments import _one_word_places, country_nisba, one_word_places


def _places_of(names_by_key: dict) -> frozenset[str]:  # type: ignore[type-arg]
    listed = names_by_key.values()
    return frozenset(name.key[0] for name in listed if name.label == "LOC" and len(name.key) == 1)


def test_one_word_places_are_those_of_known_names() -> None:
    assert _one_word_places() == _places_of(known_names().by_key)


def test_one_word_places_follow_the_list_line_by_line(tmp_path: Path) -> None:
    # A list of my own: comments and blank lines, a key given twice (the last line's label
    # holds), two spellings of one key (أ/ا), multi-word names whose first word is a place.
    path = tmp_path / "names.tsv"
    path.write_text(
        "# name\tlabel\tsource\tevidence\n"
        "\n"
        "مصر\tLOC\tgazetteer\t-\n"
        "الأردن\tLOC\tgazetteer\t-\n"
        "الاردن\tORG\ttrain\t3\n"
        "حلب\tORG\ttrain\t2\n"
        "حلب\tLOC\ttrain\t5\n"
        "تونس العاصمة\tLOC\tgazetteer\t-\n"
        "ليبيا\tPER\ttrain\t1\n",
        encoding="utf-8",
    )
    expected = _places_of(read_known_names(path).by_key)
    assert one_word_places(path) == expected == frozenset({"مصر", "حلب"})


def test_country_nisba_reads_the_places() -> None:
    assert country_nisba("الالماني")
    assert country_nisba("المصري")
    assert not country_nisba("الهاشمي")
