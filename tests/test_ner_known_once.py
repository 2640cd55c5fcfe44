"""Known names of several words that the gold training data tags once (qawl.extractors.ner_known,
data/known_names.tsv as training/build_known_names.py derives it)."""

from __future__ import annotations

from ner_helpers import training_script

from qawl.extractors.ner_known import apply_known_names, known_names


def _words(text: str) -> list[str]:
    return text.split()


def _texts(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(" ".join(words[a:b]), label) for a, b, label in spans]


def _build_script():
    """training/build_known_names.py, which derives the list."""
    return training_script("build_known_names")


def test_a_name_of_several_words_tagged_once_in_training_is_known() -> None:
    # Both occur once in train_base, each as one gold entity.
    words = _words("وتغلب أم صلال على الخريطيات")
    assert _texts(words, apply_known_names(words, [])) == [("أم صلال", "ORG")]
    words = _words("وقال أبو مصعب الزرقاوي في تسجيل")
    assert _texts(words, apply_known_names(words, [])) == [("أبو مصعب الزرقاوي", "PER")]
    # The tagger's piece of it joins the whole, as for names seen more often.
    assert _texts(words, apply_known_names(words, [(3, 4, "PER")])) == [("أبو مصعب الزرقاوي", "PER")]


def test_look_alikes_of_names_tagged_once_stay_untagged() -> None:
    # A word of the name alone, and a one-word name the gold data tags only once (بينية, LOC in a
    # place name there, "through ball" in match reports): one-word names need two gold uses.
    for text in ("وقالت أم الطفل إنها", "ومرر كرة بينية إلى المهاجم", "وقال أبو مصعب إنه"):
        words = text.split()
        assert apply_known_names(words, []) == [], text


def test_names_tagged_once_need_several_words_and_no_joined_pair() -> None:
    build = _build_script()
    assert build.min_count(("بينيه",)) == build.MIN_COUNT > build.min_count(("ام", "صلال"))
    gold_words = {"البرتغال", "انكلترا"}
    assert build.joins_two_names(("انكلترا", "والبرتغال"), gold_words)
    assert not build.joins_two_names(("ستيوارت", "وايت"), gold_words)
    listed = known_names().by_key
    assert ("ام", "صلال") in listed and ("انكلترا", "والبرتغال") not in listed
