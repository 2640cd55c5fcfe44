"""The fast scan: the one-byte code, the byte and str views agreeing, the variant prefilter."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qawl.arabic import skeleton
from qawl.document import Document
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers import GazetteerIndex, bytemap, load_index
from qawl.gazetteers.entries import Entry
from qawl.gazetteers.text import GAP_RE, NOT_SINGLE_SPACE_PATTERN, WORD_RE, clitic_readings, fast_normalize
from qawl.gazetteers.variant_words import variant_word_finder
from qawl.gazetteers.view import NormalizedText

# A letter outside the one-byte code: a text holding it is scanned as str. (A separator
# outside the code, such as ✓, is read in the code through a stand-in.)
OUTSIDE = "ж"


@pytest.fixture(scope="module")
def index() -> GazetteerIndex:
    return load_index()


def found(index: GazetteerIndex, text: str, include_common: bool = False) -> list[tuple]:
    return [(text[m.start : m.end], m.entry_ids, m.prefix) for m in index.scan(text, include_common)]


def test_byte_code_keeps_words_letters_and_offsets() -> None:
    for byte, char in enumerate(bytemap.ALPHABET):
        is_word = bool(WORD_RE.fullmatch(char))
        assert (bytemap.SPACED[byte] != bytemap.SPACE) == is_word, hex(ord(char))
    text = "قالَ الرئيسُ «بوتين»، في موسكو: 3.5% ـ"
    encoded = bytemap.encode(text)
    assert encoded is not None and len(encoded) == len(text)
    assert bytemap.decode(encoded) == text
    assert bytemap.encode(f"بوتين {OUTSIDE}") is None


def test_byte_view_is_the_normalised_text_split_into_words() -> None:
    text = "وقالَ وَبُوتِينُ، إنّ «الأمم المتحدة» ـ"
    view = NormalizedText(text)
    assert view.is_bytes
    assert view.norm == fast_normalize(text)
    assert [view.as_str(w) for w in view.words if w] == WORD_RE.findall(fast_normalize(text))
    fallback = NormalizedText(text + OUTSIDE)
    assert not fallback.is_bytes
    assert fallback.norm == fast_normalize(text + OUTSIDE)


@pytest.mark.parametrize(
    "text",
    [
        "وقال وباشينيان إن الرئيس رجب طيب أردوغان زار بالقاهرة ثم للأمم المتحدة",
        "زار وَبُوتِينُ مُوسْكُو، ثم الولايات المتحدة و#كوريا_الجنوبية",
        "ارتفعت الأسهم السعودية ووصل الوفد إلى السعودية",
        "الولايات، المتحدة والولايات\nالمتحدة في مصر",  # never across a comma or a line
        "عقد مجلس الأمن الدولي جلسة في إسكالديس - إنجورداني",
        "استهدف جاسوساً روسياً سابقاً في روسيا",
        "دعم مالي لدولة مالي",
    ],
)
def test_byte_and_str_scans_agree(index: GazetteerIndex, text: str) -> None:
    as_bytes = found(index, text, include_common=True)
    as_str = found(index, text + " " + OUTSIDE, include_common=True)
    assert as_bytes == as_str
    assert as_bytes  # each sentence names something


@pytest.mark.parametrize(
    "text",
    [
        "⬛ قال ماكرون → في باريس 😀 إن الأمم✓المتحدة و✓بوتين",
        "بوتينُ😀 وموسكو⬛، مجلس→الأمن مجلس الأمن ✓",
    ],
)
def test_separators_outside_the_code_read_as_in_the_str_view(
    index: GazetteerIndex, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = NormalizedText(text)
    assert view.is_bytes  # the separators outside the code are written as the stand-in
    coded = found(index, text, include_common=True)
    assert coded  # each text names something
    monkeypatch.setattr("qawl.gazetteers.view._with_stand_ins", lambda text: None)
    as_str = NormalizedText(text)
    assert not as_str.is_bytes
    assert [as_str.as_str(w) for w in as_str.words] == [view.as_str(w) for w in view.words]
    assert found(index, text, include_common=True) == coded


def test_view_finds_whole_words_by_offset() -> None:
    view = NormalizedText("التقى بوتين  بوتين، وبوتين في موسكو")
    assert view.exact  # nothing deleted: offsets are the original's
    putin = view.spaced[6:11]
    moscow = view.spaced[-5:]
    # whole words only, not inside وبوتين; form by form
    assert view.occurrences({putin: "p", moscow: "m"}) == [(6, "p"), (13, "p"), (30, "m")]
    assert view.as_str(view.next_word(11)) == "بوتين"
    assert view.word_before(13) == "بوتين"  # two spaces are only blanks
    assert view.word_before(20) is None  # a comma separates them
    assert view.words_after(5, 3) == [(6, 11), (13, 18), (20, 26)]
    assert view.next_word(len(view.spaced)) is None
    assert not NormalizedText("التقى بوتينُ").exact


def test_every_occurrence_is_found_with_offsets_in_the_original(index: GazetteerIndex) -> None:
    plain = "التقى بوتين بوتين، وبوتين في موسكو ثم في موسكو"
    marked = "التقى بوتينُ بوتين، وبوتين في موسكو ثم في موسكو"  # a damma shifts the offsets
    for text in (plain, marked, plain + " " + OUTSIDE):
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
def test_byte_and_str_scans_agree_on_any_text(text: str) -> None:
    index = GazetteerIndex(
        {
            "a": Entry("a", "LOC", "الامم المتحدة"),
            "b": Entry("b", "PER", "بتا", ("جود رحا",)),
            "c": Entry("c", "LOC", "القاهرة"),
            "d": Entry("d", "ORG", "عين-دار", ("نور",)),
        }
    )
    assert found(index, text, True) == found(index, text + " " + OUTSIDE, True)


def test_variant_prefilter_finds_words_with_the_skeleton_under_any_reading() -> None:
    key = skeleton("ميركل")
    text = "قالت ميركيل ووميركل لميركيل وبميركل الملكي ماركل"
    for view in (NormalizedText(text), NormalizedText(text + " " + OUTSIDE)):
        finder = variant_word_finder(key, view.is_bytes)
        words = {view.as_str(m.group()[1:]) for m in finder.finditer(view.padded)}
        assert {"ميركيل", "لميركيل", "وبميركل"} <= words
        assert not words & {"قالت", "الملكي"}  # (ماركل shares the skeleton: checked later)


def test_variant_prefilter_misses_no_word_that_shares_a_skeleton() -> None:
    targets = ["باشينيان", "ميركل", "شويغو", "اردوغان", "لافروف"]
    words = ["باشنيان", "وباشنيان", "ميركيل", "لميركيل", "شويجو", "بشويقو", "أردوجان", "لافروڤ"]
    for word in words:
        normal = fast_normalize(word)
        keys = {skeleton(stem) for _, stem in clitic_readings(normal)}
        for target in targets:
            key = skeleton(target)
            if key not in keys:
                continue
            for as_bytes in (True, False):
                view = NormalizedText(f"قال {normal} ذلك" + ("" if as_bytes else " " + OUTSIDE))
                matched = [
                    m.group()[1:] for m in variant_word_finder(key, view.is_bytes).finditer(view.padded)
                ]
                assert [view.as_str(m) for m in matched] == [normal], (word, target)


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
    assert re.search("علي", NormalizedText(text).norm)


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
    # readings must find the same names, in the byte and the str views.
    for variant in (text, text + " " + OUTSIDE):
        names = [variant[m.start : m.end] for m in index.scan(variant) if len(m.key) > 1]
        assert names == ([name] if name else [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\u00a0-\u2010\u2011\u2013_#,.\n\u060c", min_size=1, max_size=5))
def test_every_gap_but_one_space_is_flagged(gap: str) -> None:
    # Multi-word names are read as whole phrases only where nothing in the stretch matches
    # NOT_SINGLE_SPACE_PATTERN; every other gap that may still join two words of a name
    # must be flagged, or a name written with it would be missed.
    if GAP_RE.fullmatch(gap) and gap != " ":
        assert re.search(NOT_SINGLE_SPACE_PATTERN, gap)
