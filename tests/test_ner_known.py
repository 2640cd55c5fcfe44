"""Known names after the tagger (qawl.extractors.ner_known): behaviour, and the list against its data."""

from __future__ import annotations

import pytest
from conftest import ROOT, SHARED, shared_path
from ner_helpers import gold_removed, tagged, training_script

from qawl.arabic import normalize, tokenize
from qawl.extractors.ner_known import (
    KNOWN_NAMES_FILE,
    KnownName,
    KnownNames,
    apply_known_names,
    first_word_readings,
    known_names,
)
from qawl.extractors.ner_spans import apply_span_rules
from qawl.gazetteers.entries import read_file


def _words(text: str) -> list[str]:
    return text.split()


def _texts(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(" ".join(words[first:last]), label) for first, last, label in spans]


def _build_script():
    """training/build_known_names.py, which derives the list."""
    return training_script("build_known_names")


# ----------------------------------------------------------------------------- behaviour


def test_an_untagged_known_name_becomes_a_mention() -> None:
    words = _words("وفاز الأهلي على الزمالك في القاهرة")
    assert _texts(words, apply_known_names(words, [])) == [
        ("الأهلي", "ORG"),
        ("الزمالك", "ORG"),
        ("القاهرة", "LOC"),
    ]


def test_a_known_name_may_carry_proclitics() -> None:
    words = _words("وقع للأهلي لاعب انتقل من بالأهلي والزمالك")
    found = _texts(words, apply_known_names(words, []))
    assert found == [("للأهلي", "ORG"), ("بالأهلي", "ORG"), ("والزمالك", "ORG")]


def test_look_alikes_of_known_names_are_left_alone() -> None:
    cases = [
        "وجده مستلقيا على الأرض",  # و + جده only for names of four letters or more: he found him
        "الجمعية الأهلية للتنمية",  # another word that starts like الأهلي
        "قال الزملاء إن",  # no listed word at all
    ]
    for text in cases:
        words = _words(text)
        assert apply_known_names(words, []) == [], text


def test_tagged_parts_of_a_known_name_join_into_it() -> None:
    words = _words("فاز ريال مدريد أمس")
    assert _texts(words, apply_known_names(words, [(2, 3, "LOC")])) == [("ريال مدريد", "ORG")]
    words = _words("وتعاقد بريال مدريد")
    assert _texts(words, apply_known_names(words, [(1, 2, "ORG"), (2, 3, "LOC")])) == [("بريال مدريد", "ORG")]


def test_a_mention_reaching_outside_a_known_name_is_kept() -> None:
    cases = [
        ("زار مدريد أمس", [(1, 2, "LOC")]),  # the city alone stays a LOC
        ("جامعة القاهرة الأهلية", [(0, 3, "ORG")]),  # the tagger saw a longer name
        ("مدرب ريال مدريد كارلو", [(2, 4, "PER")]),  # a mention crossing the name's end
    ]
    for text, spans in cases:
        words = _words(text)
        assert apply_known_names(words, spans) == spans, text


def test_a_name_the_training_data_gives_one_label_is_relabelled() -> None:
    words = _words("وصل الوفد إلى باكو أمس")
    assert _texts(words, apply_known_names(words, [(3, 4, "PER")])) == [("باكو", "LOC")]
    assert _texts(words, apply_known_names(words, [(3, 4, "ORG")])) == [("باكو", "LOC")]


def test_a_gazetteer_place_relabels_only_a_person() -> None:
    # يريفان and تويوتا are GeoNames cities the training data never mentions.
    words = _words("عاد إلى يريفان")
    assert _texts(words, apply_known_names(words, [(2, 3, "PER")])) == [("يريفان", "LOC")]
    assert _texts(words, apply_known_names(words, [])) == [("يريفان", "LOC")]
    words = _words("أعلنت تويوتا عن أرباحها")  # the company: a team or firm may bear a place's name
    assert apply_known_names(words, [(1, 2, "ORG")]) == [(1, 2, "ORG")]


def test_a_bare_clitic_needs_a_long_stem_but_the_article_always_reads() -> None:
    assert ("جده", False) in first_word_readings("وجده")
    assert ("بروكسل", True) in first_word_readings("ببروكسل")
    assert ("الاهلي", True) in first_word_readings("للأهلي")
    names = KnownNames([KnownName(("جده",), "LOC", "train"), KnownName(("مدينه", "جده"), "LOC", "train")])
    words = _words("زار وجده ثم ومدينة جدة")
    assert _texts(words, apply_known_names(words, [], names)) == [("ومدينة جدة", "LOC")]


def test_apply_span_rules_ends_with_known_names() -> None:
    words = _words("وقال طلعت زكريا إن الأهلي فاز")
    spans = apply_span_rules(words, [(2, 3, "PER")])
    assert _texts(words, spans) == [("طلعت زكريا", "PER"), ("الأهلي", "ORG")]


# ----------------------------------------------------------------------------- the list


def test_the_list_says_how_it_was_derived_and_holds_both_sources() -> None:
    header = KNOWN_NAMES_FILE.read_text(encoding="utf-8").split("\n\n")[0]
    assert "Derived from" in header and "train_base.bio" in header and "No dev or test data" in header
    assert "Also derived from WikiFANE Gold" in header
    sources = {name.source for name in known_names().by_key.values()}
    labels = {name.label for name in known_names().by_key.values()}
    assert sources == {"train", "gazetteer"} and labels <= {"PER", "LOC", "ORG", "MISC"}
    assert len(known_names()) > 2000


def test_gazetteer_entries_are_places_of_the_bundled_gazetteer() -> None:
    places = set()
    gazetteer = ROOT / "qawl" / "gazetteers" / "data" / "default.tsv"
    for entry in read_file(gazetteer).entries:
        if entry.id.split(":")[0] in ("country", "region", "city"):
            places |= {tuple(normalize(t.text) for t in tokenize(name)) for name in entry.names}
    listed = [name for name in known_names().by_key.values() if name.source == "gazetteer"]
    assert all(name.label == "LOC" and name.key in places for name in listed)


def test_every_train_name_meets_its_criterion_in_the_training_data() -> None:
    """Re-derived from ../shared: one label in >= 75% of >= 2 occurrences (>= 1 for a name of several
    words) of train_base, else of the news gold, else of WikiFANE Gold (the first source that has the
    name decides); the gazetteer places never occur in train_base and are LOC wherever the news gold
    or WikiFANE has them; an ORG name only WikiFANE has does not open with an ordinary word of train_base
    + the news gold. Also the rule, run on the gold spans of the three sources, changes few gold
    entities (measured: 75 of train_base's 9,889, 53 of the news gold's 10,285, 270 of WikiFANE's
    33,106: 398 of 53,280)."""
    shared_path("data", "ner", "anercorp_camel", "train.txt")
    shared_path("data", "ner", "wikifane", "wikifane_gold.4class.harmonized.bio")
    build = _build_script()
    assert build.WIKIFANE, "the test reads the list as built with WikiFANE as a source"
    base, news, wikifane = build.train_base(SHARED), build.news_gold(build.NEWS), build.wikifane(SHARED)
    names = known_names()
    counts = build.decided_counts(base, [news, wikifane], set(names.by_key))
    earlier = build.decided_counts(base, [news], set(names.by_key))
    in_base = build.occurrences(base, set(names.by_key))
    uses = build.word_uses_in(base + news)
    for name in names.by_key.values():
        seen = counts.get(name.key, {})
        if name.source == "gazetteer":
            assert not in_base.get(name.key) and set(seen) <= {"LOC"}, name
        else:
            total = sum(seen.values())
            assert (
                seen[name.label] >= build.min_count(name.key) and seen[name.label] >= build.MIN_SHARE * total
            ), name
            if name.label == "ORG" and len(name.key) > 1 and not sum(earlier.get(name.key, {}).values()):
                assert not build.ordinary_head(name.key[0], uses), name
    changed, gold_entities = gold_removed(
        lambda tokens, spans: apply_known_names(tokens, spans, names), base + news + wikifane
    )
    assert gold_entities > 50000 and changed <= 0.01 * gold_entities, (changed, gold_entities)


# ----------------------------------------------------------------------------- with the tagger


@pytest.mark.slow
def test_the_tagger_output_gets_known_names_it_missed(tagger) -> None:
    # Names the bundled tagger leaves out in these sentences (checked with the rules off; the
    # news-tuned tagger finds و-names in a list such as تشكيلة الأهلي والزمالك, v1 did not).
    cases = {
        "للأهلي رأي آخر في الصفقة.": ("للأهلي", "ORG"),
        "الأهلي والزمالك في النهائي.": ("والزمالك", "ORG"),
        "وأنقرة تعارض الاتفاق بشدة.": ("وأنقرة", "LOC"),
        "مدرب بالأهلي سابقا.": ("بالأهلي", "ORG"),
    }
    for text, mention in cases.items():
        assert mention not in tagged(tagger, text, rules=False), text
        assert mention in tagged(tagger, text, rules=True), text
    # Its look-alike: a verb with و, not و + Jeddah, stays untagged.
    assert tagged(tagger, "وجده مستلقيا على الأرض أمس.", rules=True) == []
