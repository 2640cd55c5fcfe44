"""The not-names list applied after the tagger: data checks and behaviour on sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path
from ner_helpers import tagged

from qawl.arabic import normalize
from qawl.evaluation.ner_eval import bio_spans, read_bio
from qawl.extractors.ner_filter import NOT_NAMES_FILE, is_never_a_name, not_names, read_word_list

AQMAR_DEV = ("Damascus", "Atom", "Raul_Gonzales", "Linux", "Imam_Hussein_Shrine", "Nuclear_Power")
AQMAR_DEV += ("Real_Madrid", "Solaris")


def test_the_list_reads_words_and_skips_comments(tmp_path: Path) -> None:
    listed = tmp_path / "words.txt"
    listed.write_text("# colloquial\nوين\n\n  هيك  \nأين\n", encoding="utf-8")
    assert read_word_list(listed) == frozenset({"وين", "هيك", "اين"})


def test_listed_words_match_in_any_spelling_and_names_do_not() -> None:
    assert is_never_a_name("مايبدو") and is_never_a_name("وين") and is_never_a_name("هيك")
    assert is_never_a_name("إين") is is_never_a_name("أين") is True  # alef forms normalise alike
    for name in ("علي", "باريس", "ماكرون", "شو", "لي", "كان"):  # names, or names too (Shaw, Lee, Cannes)
        assert not is_never_a_name(name), name


def test_the_bundled_list_holds_only_normalised_single_words() -> None:
    words = not_names()
    assert len(words) >= 100
    assert all(word == normalize(word) and " " not in word for word in words)
    assert "مايبدو" in NOT_NAMES_FILE.read_text(encoding="utf-8").split()


def test_no_listed_word_is_a_one_word_gold_entity_in_the_training_data() -> None:
    ner = shared_path("data", "ner")
    files = [
        ner / "anercorp_camel" / "train.txt",
        ner / "wikifane" / "wikifane_gold.4class.harmonized.bio",
        *(ner / "aqmar" / f"{name}.txt" for name in AQMAR_DEV),
    ]
    words = not_names()
    clashes = []
    for path in files:
        for sentence in read_bio(path):
            for first, last, label in bio_spans(sentence.tags):
                token = sentence.tokens[first]
                if last - first == 1 and normalize(token) in words:
                    clashes.append((path.name, token, label))
    assert clashes == []


@pytest.mark.slow
def test_colloquial_words_are_not_tagged_as_names(tagger) -> None:
    text = "مين قال هيك؟ وين كنت امبارح؟ يعني بس هيك، خلاص يلا نروح."
    kept = tagged(tagger, text, rules=True)
    assert not any(is_never_a_name(mention) for mention, _ in kept), kept


def test_words_the_tagger_takes_alone_for_names_are_listed() -> None:
    # Added in the twelfth session from the tagger's own one-word false names on gold text:
    # "in the region" after a reporter, a numeral, verbs, an adverb, a language.
    for word in ("بالجهة", "عشر", "تأسس", "تأسيس", "ولد", "يكن", "وأخيرا", "بالإنجليزية", "الرومان"):
        assert is_never_a_name(word), word
    for name in ("عشرة", "جهة", "أميرة", "وليد"):  # look-alikes that the list does not hold
        assert not is_never_a_name(name), name


@pytest.mark.slow
def test_a_region_word_after_a_reporter_is_no_organisation(tagger) -> None:
    # v1 read "بالجهة" (in the region) after a radio's name as an organisation; the news-tuned
    # tagger bundled since the fourteenth session no longer does, so only the output is checked
    # here (the list itself: the test above; the filter on the bundled tagger: مايبدو in test_ner).
    text = 'وأكد مصدر أمني لمراسل " راديو صفاقس " بالجهة أن التحقيق متواصل .'
    assert tagged(tagger, text, rules=True) == [("راديو صفاقس", "ORG")]


@pytest.mark.slow
def test_the_filter_leaves_real_names_and_longertagged(tagger) -> None:
    text = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا لن تتراجع، وزار علي حسن عمان."
    with_filter = tagged(tagger, text, rules=True)
    assert with_filter == tagged(tagger, text, rules=False)
    assert ("إيمانويل ماكرون", "PER") in with_filter and ("باريس", "LOC") in with_filter
