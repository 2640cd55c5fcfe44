"""The lists after the tagger built without the held-out news slice, and known names stored as the
gold writes them (fifteenth session, issue 21). The BIO samples are our own sentences."""

from __future__ import annotations

import collections
from pathlib import Path

from ner_helpers import ROOT, training_script

from qawl.extractors.ner_known import apply_known_names, read_known_names

DATA = ROOT / "qawl" / "extractors" / "data"
Sentence = tuple[list[str], list[tuple[int, int, str]]]


def _sentence(text: str, name: str, label: str) -> Sentence:
    words = text.split()
    start = words.index(name.split()[0])
    return words, [(start, start + len(name.split()), label)]


# Our own sentences: the gold writes بورصة لندن and وثائق بنما whole (the first letter belongs to
# the word) and وسامر العلي with the conjunction و (the name is سامر العلي).
SAMPLE = [
    _sentence("ارتفع مؤشر بورصة لندن صباح اليوم", "بورصة لندن", "ORG"),
    _sentence("وتراجعت أسهم بورصة لندن مع الإغلاق", "بورصة لندن", "ORG"),
    _sentence("كشفت وثائق بنما أسماء شركات كثيرة", "وثائق بنما", "MISC"),
    _sentence("حضر الاجتماع مدير المصنع وسامر العلي مساء أمس", "وسامر العلي", "PER"),
]
# Word counts as in the news: a word with a proclitic is rarer than its stem, a cut word is no word.
NEWS = collections.Counter({"بورصه": 169, "وثائق": 428, "سامر": 50, "وسامر": 2, "ثائق": 0, "ورصه": 0})


def _listed(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str]]:
    return sorted((name, label) for name, label, _, _ in rows)


def test_a_name_whose_first_letter_looks_like_a_proclitic_is_stored_whole() -> None:
    build = training_script("build_known_names")
    rows = build.train_entries(SAMPLE, [], NEWS)
    listed = _listed(rows)
    assert ("بورصة لندن", "ORG") in listed and ("وثائق بنما", "MISC") in listed
    names = {name for name, _ in listed}
    assert not names & {"ورصه لندن", "ورصة لندن", "ثائق بنما"}, listed
    # A real proclitic still comes off: the stem is the name, the clitic form is not listed too.
    assert ("سامر العلي", "PER") in listed
    assert "وسامر العلي" not in names


def test_the_proclitic_reading_is_chosen_by_how_often_each_word_occurs() -> None:
    build = training_script("build_known_names")
    assert build.name_reading("بورصه", NEWS) == "بورصه"
    assert build.name_reading("وسامر", NEWS) == "سامر"
    # باب "door" against اب (آب "August" normalised): the stem is not twice as frequent.
    assert build.name_reading("باب", collections.Counter({"باب": 639, "اب": 858})) == "باب"
    # A stem the gold also writes as the name wins unless it is much rarer (بالمنستير, المنستير).
    counts = collections.Counter({"بالمنستير": 283, "المنستير": 473})
    assert build.name_reading("بالمنستير", counts) == "بالمنستير"
    assert build.name_reading("بالمنستير", counts, lambda stem: stem == "المنستير") == "المنستير"


def test_a_name_stored_whole_matches_with_a_proclitic_at_run_time(tmp_path: Path) -> None:
    path = tmp_path / "known.tsv"
    path.write_text("بورصة لندن\tORG\ttrain\tORG:2\n", encoding="utf-8")
    names = read_known_names(path)
    for text, span in (("أغلقت بورصة لندن مرتفعة", (1, 3)), ("وارتفعت أسهم لبورصة لندن أمس", (2, 4))):
        words = text.split()
        assert apply_known_names(words, [], names) == [(*span, "ORG")], text


def test_the_bundled_known_names_hold_no_name_with_its_first_letter_cut() -> None:
    listed = read_known_names(DATA / "known_names.tsv").by_key
    for cut, whole in (
        (("ورصه", "لندن"), ("بورصه", "لندن")),
        (("اراك", "اوباما"), ("باراك", "اوباما")),
        (("ؤاد", "السنيوره"), ("فؤاد", "السنيوره")),
    ):
        assert cut not in listed and whole in listed, whole


def test_the_news_gold_is_read_up_to_the_held_out_slice(tmp_path: Path) -> None:
    build = training_script("build_known_names")
    prepare = training_script("prepare_ner_data")
    # The lists and the tagger hold out the same news sentences (3,201-4,000).
    assert build.NEWS_SENTENCES == prepare.NEWS_TRAIN == 3200
    bio = tmp_path / "news.bio"
    bio.write_text(
        "\n\n".join(f"جملة\tO\nرقم\tO\n{i}\tO" for i in range(5)) + "\n",
        encoding="utf-8",
    )
    assert len(build.news_gold(bio, 3)) == 3 and len(build.news_gold(bio, 0)) == 5
    note = build.news_note(bio, limit=3)
    assert "first 3 of 5" in note and "4-5 are held out" in note


def test_every_bundled_list_built_from_the_news_gold_says_it_held_out_the_slice() -> None:
    files = (
        "known_names.tsv",
        "given_names.txt",
        "lead_words.tsv",
        "name_tail_words.tsv",
        "quoted_name_markers.tsv",
    )
    for name in files:
        header = [
            line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.startswith("#")
        ]
        text = " ".join(header)
        assert "ner_news.bio: its first 3,200 of 4,000" in text, name
        assert "3,201-4,000 are held out" in text, name
