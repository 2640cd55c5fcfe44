"""The scan: the normalised view, names across gaps and separators, the variant prefilter."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qawl.arabic import normalize_with_offsets, skeleton
from qawl.document import Document
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers import GazetteerIndex, load_index
from qawl.gazetteers.entries import Entry
from qawl.gazetteers.text import GAP_RE, NOT_SINGLE_SPACE_PATTERN, WORD_RE, clitic_readings, key_text
from qawl.gazetteers.variant_words import variant_word_finder
from qawl.gazetteers.view import NormalizedText


@pytest.fixture(scope="module")
def index() -> GazetteerIndex:
    return load_index()


def found(index: GazetteerIndex, text: str, include_common: bool = False) -> list[tuple]:
    return [(text[m.start : m.end], m.entry_ids, m.prefix) for m in index.scan(text, include_common)]


def test_view_is_the_normalised_text_split_into_words() -> None:
    text = "وقالَ وَبُوتِينُ، إنّ «الأمم المتحدة» ـ"
    view = NormalizedText(text)
    assert view.normal == normalize_with_offsets(text)[0] == "وقال وبوتين، ان «الامم المتحده» "
    assert view.words == WORD_RE.findall(view.normal) == ["وقال", "وبوتين", "ان", "الامم", "المتحده"]
    assert len(view.spaced) == len(view.normal)  # words sit at the same offsets in both


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "وقال وباشينيان إن الرئيس رجب طيب أردوغان زار بالقاهرة ثم للأمم المتحدة",
            [
                ("باشينيان", ("person:nikol-pashinyan",), 1),
                ("رجب طيب أردوغان", ("person:recep-tayyip-erdogan",), 0),
                ("القاهرة", ("city:360630",), 1),
                ("للأمم المتحدة", ("org:un",), 0),  # ل + ال elided: the span keeps the word
            ],
        ),
        (
            "زار وَبُوتِينُ مُوسْكُو، ثم الولايات المتحدة و#كوريا_الجنوبية",
            [
                ("بُوتِينُ", ("person:vladimir-putin",), 1),
                ("مُوسْكُو", ("city:524901",), 0),
                ("الولايات المتحدة", ("country:US",), 0),
                ("كوريا_الجنوبية", ("country:KR",), 0),
            ],
        ),
        # After a definite word, ال…ة is an adjective (Saudi stocks), elsewhere the place.
        ("ارتفعت الأسهم السعودية ووصل الوفد إلى السعودية", [("السعودية", ("country:SA",), 0)]),
        # Never across a comma or a line.
        ("الولايات، المتحدة والولايات\nالمتحدة في مصر", [("مصر", ("country:EG",), 0)]),
        (
            "عقد مجلس الأمن الدولي جلسة في إسكالديس - إنجورداني",
            [("مجلس الأمن الدولي", ("org:un-security-council",), 0)],
        ),
        # Nunation marks an adjective or a noun, not a name.
        ("استهدف جاسوساً روسياً سابقاً في روسيا", [("روسيا", ("country:RU",), 0)]),
        (
            "دعم مالي لدولة مالي",
            [("مالي", ("country:ML",), 0), ("دولة", ("city:1272691",), 1), ("مالي", ("country:ML",), 0)],
        ),
    ],
)
def test_scan_finds_names_with_clitics_marks_and_gaps(index: GazetteerIndex, text: str, names: list) -> None:
    assert found(index, text, include_common=True) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "⬛ قال ماكرون → في باريس 😀 إن الأمم✓المتحدة و✓بوتين",
            [
                ("ماكرون", ("person:emmanuel-macron",), 0),
                ("باريس", ("city:2988507",), 0),
                ("بوتين", ("person:vladimir-putin",), 0),
            ],
        ),
        (
            "بوتينُ😀 وموسكو⬛، مجلس→الأمن مجلس الأمن ✓",
            [
                ("بوتينُ", ("person:vladimir-putin",), 0),
                ("موسكو", ("city:524901",), 1),
                ("مجلس الأمن", ("org:un-security-council",), 0),
            ],
        ),
    ],
)
def test_symbols_separate_words_and_never_join_a_name(index: GazetteerIndex, text: str, names: list) -> None:
    assert found(index, text, include_common=True) == names
    assert NormalizedText(text).words == WORD_RE.findall(normalize_with_offsets(text)[0])


def test_view_finds_whole_words_by_offset() -> None:
    view = NormalizedText("التقى بوتين  بوتين، وبوتين في موسكو")
    assert view.exact  # nothing deleted: offsets are the original's
    # whole words only, not inside وبوتين; form by form
    assert view.occurrences(["بوتين", "موسكو"]) == [(6, "بوتين"), (13, "بوتين"), (30, "موسكو")]
    assert view.next_word(11) == "بوتين"
    assert view.word_before(13) == "بوتين"  # two spaces are only blanks
    assert view.word_before(20) is None  # a comma separates them
    assert view.words_after(5, 3) == [(6, 11), (13, 18), (20, 26)]
    assert view.next_word(len(view.spaced)) is None
    assert not NormalizedText("التقى بوتينُ").exact


def test_every_occurrence_is_found_with_offsets_in_the_original(index: GazetteerIndex) -> None:
    plain = "التقى بوتين بوتين، وبوتين في موسكو ثم في موسكو"
    marked = "التقى بوتينُ بوتين، وبوتين في موسكو ثم في موسكو"  # a damma shifts the offsets
    for text in (plain, marked):
        matches = index.scan(text)
        assert [text[m.start : m.end] for m in matches] == [
            "بوتين" if text != marked else "بوتينُ",
            "بوتين",
            "بوتين",
            "موسكو",
            "موسكو",
        ]
        # وبوتين: the span leaves the proclitic out, the token starts with it.
        assert [m.start - m.token_start for m in matches] == [0, 0, 1, 0, 0]


# Words of the names below, clitics, letters, marks and separators, in any order.
_WORDS = ["الأمم", "المتحدة", "المتحده", "بتا", "جود", "رحا", "القاهرة", "عين", "دار", "نور"]
_PIECES = [*_WORDS, *_WORDS, *" ، . - # _ \n", "و", "ب", "لل", *"اتدرم", "\u064e", "\u0651", "\u0640"]
arabic_text = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_names_read_the_same_with_one_space_or_two(text: str) -> None:
    # One space between the words of a name is read as a whole phrase, two spaces word by
    # word (:func:`qawl.gazetteers.index._phrase_at`): both readings find the same names.
    index = GazetteerIndex(
        {
            "a": Entry("a", "LOC", "الامم المتحدة"),
            "b": Entry("b", "PER", "بتا", ("جود رحا",)),
            "c": Entry("c", "LOC", "القاهرة"),
            "d": Entry("d", "ORG", "عين-دار", ("نور",)),
        }
    )
    wide = text.replace(" ", "  ")
    assert [(m.key, m.entry_ids, m.prefix) for m in index.scan(text, True)] == [
        (m.key, m.entry_ids, m.prefix) for m in index.scan(wide, True)
    ]


def test_variant_prefilter_finds_words_with_the_skeleton_under_any_reading() -> None:
    key = skeleton("ميركل")
    view = NormalizedText("قالت ميركيل ووميركل لميركيل وبميركل الملكي ماركل")
    words = {m.group()[1:] for m in variant_word_finder(key).finditer(view.padded)}
    assert {"ميركيل", "لميركيل", "وبميركل"} <= words
    assert not words & {"قالت", "الملكي"}  # (ماركل shares the skeleton: checked later)


def test_variant_prefilter_misses_no_word_that_shares_a_skeleton() -> None:
    targets = ["باشينيان", "ميركل", "شويغو", "اردوغان", "لافروف"]
    words = ["باشنيان", "وباشنيان", "ميركيل", "لميركيل", "شويجو", "بشويقو", "أردوجان", "لافروڤ"]
    for word in words:
        normal = key_text(word)
        keys = {skeleton(stem) for _, stem in clitic_readings(normal)}
        for target in targets:
            key = skeleton(target)
            if key not in keys:
                continue
            view = NormalizedText(f"قال {normal} ذلك")
            matched = [m.group()[1:] for m in variant_word_finder(key).finditer(view.padded)]
            assert matched == [normal], (word, target)


def test_variant_score_does_not_depend_on_set_order() -> None:
    # نتيانياهو is a variant of two names of one entry (نتنياهو 87.5, نتانياهو 94.1): the
    # closer one gives the score on every run.
    linker = GazetteerLinker.load()
    doc = Document("d", "قال رئيس الوزراء بنيامين نتنياهو إن نتيانياهو سيزور")
    linker.process([doc])
    variant = next(m for m in doc.mentions if m.text == "نتيانياهو")
    assert variant.score == pytest.approx(round(0.81 * 94.11764705882352 / 100, 3))
    assert variant.entity == doc.mentions[0].entity


def test_words_that_only_start_long_names_cost_nothing_elsewhere(index: GazetteerIndex) -> None:
    # علي starts names (علي عبد الله صالح …) and is also the preposition على: without one of
    # the names' second words in the text, none of its occurrences is read.
    text = "وقع الاتفاق على الحدود وعلى الطاولة " * 20
    assert found(index, text) == []
    assert re.search("علي", NormalizedText(text).normal)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قال مجلس الأمن الدولي أمس", "مجلس الأمن الدولي"),
        ("قال مجلس الأمن  الدولي أمس", "مجلس الأمن  الدولي"),  # two spaces: still one name
        ("قال مجلس-الأمن الدولي أمس", "مجلس-الأمن الدولي"),
        ("قال مجلسُ الأمنِ الدوليُّ أمس", "مجلسُ الأمنِ الدوليُّ"),
        ("قال مجلس الأمن. الدولي أمس", "مجلس الأمن"),  # a full stop ends the name
        ("قال مجلس الأمنية أمس", None),  # the second word goes on: not الأمن
        ("قال مجلس، الأمن أمس", None),
    ],
)
def test_multi_word_names_across_gaps(index: GazetteerIndex, text: str, name: str | None) -> None:
    # One space between words is read as a whole phrase, any other gap word by word; both
    # readings must find the same names.
    names = [text[m.start : m.end] for m in index.scan(text) if len(m.key) > 1]
    assert names == ([name] if name else [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\u00a0-\u2010\u2011\u2013_#,.\n\u060c", min_size=1, max_size=5))
def test_every_gap_but_one_space_is_flagged(gap: str) -> None:
    # Multi-word names are read as whole phrases only where nothing in the stretch matches
    # NOT_SINGLE_SPACE_PATTERN; every other gap that may still join two words of a name
    # must be flagged, or a name written with it would be missed.
    if GAP_RE.fullmatch(gap) and gap != " ":
        assert re.search(NOT_SINGLE_SPACE_PATTERN, gap)


def test_a_longer_name_takes_the_words_a_shorter_one_would_start() -> None:
    index = GazetteerIndex(
        {
            "cairo": Entry("cairo", "LOC", "القاهرة"),
            "new-cairo": Entry("new-cairo", "LOC", "القاهرة الجديدة"),
            "press": Entry("press", "ORG", "الجديدة للنشر"),
            "publishing": Entry("publishing", "MISC", "النشر"),
            "putin": Entry("putin", "PER", "بوتين"),
        }
    )
    # الجديدة starts الجديدة للنشر, but after القاهرة the longer name read first takes it, and
    # للنشر after that name is read afresh (the second time, from what the first one kept).
    for _ in range(2):
        assert found(index, "افتتح معرض القاهرة الجديدة للنشر، وقال بوتين", True) == [
            ("القاهرة الجديدة", ("new-cairo",), 0),
            ("للنشر", ("publishing",), 0),  # ل + ال elided: the span keeps the word
            ("بوتين", ("putin",), 0),
        ]
    assert found(index, "الجديدة للنشر - القاهرة الجديدة  للنشر وبوتين", True) == [
        ("الجديدة للنشر", ("press",), 0),
        ("القاهرة الجديدة", ("new-cairo",), 0),
        ("للنشر", ("publishing",), 0),
        ("بوتين", ("putin",), 1),
    ]
