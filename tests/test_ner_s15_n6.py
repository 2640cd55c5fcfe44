"""The lists after the tagger re-chosen with the news-tuned tagger (ft2) in the loop (fifteenth
session, issue 21): a mention that is a training name as it stands keeps its lead word, and five
common nouns that ft2 takes alone for names join the not-names list. Sentences are our own."""

from __future__ import annotations

import pytest
from ner_helpers import tagged

from qawl.extractors.ner_filter import is_never_a_name
from qawl.extractors.ner_lead_words import is_known_whole, trim_lead_words

Span = tuple[int, int, str]


def _trim(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[a:b]), label) for a, b, label in trim_lead_words(words, spans)]


def test_a_training_name_that_opens_with_a_lead_word_stays_whole() -> None:
    # ساحل (coast) is a LOC lead word (ساحل طرابلس → طرابلس), but ساحل العاج is the country's name:
    # the training gold has it whole, so it keeps its first word, with a proclitic too.
    assert _trim("سافر الوفد إلى ساحل العاج أمس", [(3, 5, "LOC")]) == [("ساحل العاج", "LOC")]
    assert _trim("فاز منتخب وساحل العاج أمس", [(2, 4, "LOC")]) == [("وساحل العاج", "LOC")]
    assert is_known_whole(["ساحل", "العاج"], "LOC")


def test_a_lead_word_before_a_name_that_is_not_listed_whole_still_comes_off() -> None:
    # The same lead word before another place, a training name under another label, and a longer
    # mention that only starts with a training name are trimmed as before.
    assert _trim("غرق القارب قبالة ساحل طرابلس ليلا", [(3, 5, "LOC")]) == [("طرابلس", "LOC")]
    assert _trim("تقع البلدة في ولاية الجلفة", [(3, 5, "LOC")]) == [("الجلفة", "LOC")]
    assert not is_known_whole(["ساحل", "العاج"], "ORG")
    assert _trim("سافر إلى ساحل العاج الغربي", [(2, 5, "LOC")]) == [("العاج الغربي", "LOC")]


def test_common_nouns_ft2_takes_alone_for_names_are_never_names_alone() -> None:
    for word in ("ميل", "البحر", "المطار", "أهل", "القبائل"):
        assert is_never_a_name(word), word
    # Look-alikes the list does not hold: a country, a club, a city, plural or other words.
    for name in ("البحرين", "الأهلي", "ميلان", "المطارات", "أهلي", "قبائل"):
        assert not is_never_a_name(name), name


@pytest.mark.slow
def test_the_bundled_tagger_keeps_the_country_whole(tagger) -> None:
    # ft2 alone tags only العاج; the known-names rule joins ساحل العاج, and the lead-word rule, which
    # runs last, no longer cuts it back.
    text = "سافر الوفد إلى ساحل العاج أمس."
    assert ("العاج", "LOC") in tagged(tagger, text, rules=False)
    assert tagged(tagger, text, rules=True) == [("ساحل العاج", "LOC")]
