"""Fifteenth session, n8: the name-tail list is shipped empty (it cost F1 on dev and on the held-out
news slice with the tagger ft2), and its build script takes its thresholds as options."""

from __future__ import annotations

import collections

from ner_helpers import training_script

from qawl.extractors.ner_name_tails import grow_name_tails, name_tails


def test_a_nisba_or_an_agency_word_after_a_name_stays_out() -> None:
    # Own sentences: a paper's nisba and a news agency's apposition are not part of the name.
    words = ["ذكرت", "صحيفة", "دي", "تسايت", "الألمانية", "أن"]
    assert grow_name_tails(words, [(2, 4, "ORG")]) == [(2, 4, "ORG")]
    words = ["نقلت", "وكالة", "رويترز", "للأنباء", "عن", "مسؤول"]
    assert grow_name_tails(words, [(2, 3, "ORG")]) == [(2, 3, "ORG")]
    assert name_tails() == {}


def test_the_build_thresholds_are_options() -> None:
    build = training_script("build_name_tails")
    inside = collections.defaultdict(
        collections.Counter, {"ORG": collections.Counter({"المتحده": 12, "الالمانيه": 3})}
    )
    after = collections.defaultdict(collections.Counter, {"ORG": collections.Counter({"الالمانيه": 0})})
    words = [word for word, *_ in build.select(inside, after)]
    assert words == ["المتحده", "الالمانيه"]
    assert [word for word, *_ in build.select(inside, after, min_count=5)] == ["المتحده"]
    after["ORG"]["المتحده"] = 1
    assert [word for word, *_ in build.select(inside, after, min_count=5, min_share=0.95)] == []
