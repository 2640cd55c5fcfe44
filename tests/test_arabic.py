"""The Arabic text core: normalisation, tokens with offsets, sentences, proclitics, skeletons."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from qawl.arabic import (
    _CLOSERS,
    _DELETED_RE,
    _UNIFIED_ONLY_RE,
    SENTENCE_END,
    Sentence,
    Token,
    _inside_a_word,
    after_a_title_abbreviation,
    normalize,
    normalize_with_offsets,
    proclitic_splits,
    skeleton,
    split_sentences,
    strip_proclitics,
    tokenize,
    unify_letters,
)

INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\u2066\u2067\u2068\u2069"
ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةؤئ")
        + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670")
        + list(" \n.،؛؟!«»“”\"'():/-…0123456789٠١٢٣abc")
        + ["\u200f", "\u200e", "\u200b", "\ufeff"]
    ),
    max_size=200,
)


def test_normalize_folds_alef_yeh_teh_marbuta_and_diacritics() -> None:
    assert normalize("إردوغان") == normalize("أردوغان") == "اردوغان"
    assert normalize("مُصطفى") == "مصطفي"
    assert normalize("الرئاسة") == "الرئاسه"
    assert normalize("قـــال") == "قال"
    assert normalize("ی ک") == "ي ك"


def _normalize_plainly(text: str) -> str:
    """:func:`normalize` without its quick paths: NFKC, delete marks, unify, to a fixed point."""
    previous = None
    while previous != text:
        previous = text
        text = unify_letters(_DELETED_RE.sub("", unicodedata.normalize("NFKC", text)))
    return text


def test_normalize_quick_paths_give_the_plain_key() -> None:
    # Every pair of the characters the quick paths take (a letter, mark or digit composes with
    # at most its neighbour), each letter with two marks after it, and real words.
    quick = [c for c in map(chr, range(0x10000)) if _UNIFIED_ONLY_RE.fullmatch(c)]
    marks = [c for c in quick if unicodedata.combining(c) or c == "\u0640"]
    assert len(quick) > 100 and len(marks) >= 9
    texts = [a + b for a in quick for b in quick] + [a + b + c for a in quick for b in marks for c in marks]
    texts += ["الرئاسة", "إردوغان", "مُصطفى", "قـــال", "أكّدَ", "مؤتمرٌ", "ا\u0654علن", "آية", "2020"]
    assert [normalize(t) for t in texts] == [_normalize_plainly(t) for t in texts]


@given(ARABIC_TEXT)
def test_normalize_of_arabic_text_is_the_plain_key(text: str) -> None:
    for word in [text, *text.split()]:
        assert normalize(word) == _normalize_plainly(word)


@given(st.text(max_size=200) | ARABIC_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_normalize_with_offsets_deletes_marks_and_maps_spans_back() -> None:
    text = "قالَ الرئيسُ بوتينُ ـ في مُوسْكُو"
    normal, offsets = normalize_with_offsets(text)
    assert normal == normalize(text) == "قال الرئيس بوتين  في موسكو"
    assert not offsets.exact
    putin = normal.index("بوتين")
    # A span that ends on a letter covers the marks written on it; the start is the letter's.
    assert text[slice(*offsets.original_span(putin, putin + 5))] == "بوتينُ"
    moscow = normal.index("موسكو")
    assert text[slice(*offsets.original_span(moscow, moscow + 5))] == "مُوسْكُو"


def test_normalize_with_offsets_keeps_offsets_where_nothing_is_deleted() -> None:
    text = "وزار أردوغان إيران…\u00a0اليوم"
    normal, offsets = normalize_with_offsets(text)
    assert offsets.exact and offsets.original_span(5, 12) == (5, 12)
    # Letters are unified; compatibility characters that carry no letter stay as written.
    assert normal == "وزار اردوغان ايران…\u00a0اليوم"


def test_normalize_with_offsets_reads_presentation_forms_cluster_by_cluster() -> None:
    text = "قال ﻻريجاني: الأمم المتحدة"  # a lam-alef ligature, which only NFKC unfolds
    normal, offsets = normalize_with_offsets(text)
    assert normal == normalize(text) == "قال لاريجاني: الامم المتحده"
    larijani = normal.index("لاريجاني")
    assert text[slice(*offsets.original_span(larijani, larijani + 8))] == "ﻻريجاني"
    assert text[slice(*offsets.original_span(larijani + 1, larijani + 3))] == "ﻻر"  # inside the ligature


# Letters, spaces and punctuation, tashkeel, tatweel, a bidi mark, a combining hamza and
# a presentation-form ligature (the last two take the cluster-by-cluster path).
_MARKS = ("\u064b", "\u064e", "\u0651", "\u0640", "\u200f", "\u0654", "ﻻ")
TEXT_WITH_MARKS = st.text(
    alphabet=st.sampled_from([*"ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ،.\n", *_MARKS]), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(TEXT_WITH_MARKS)
def test_normalize_with_offsets_matches_normalize_and_maps_back(text: str) -> None:
    normal, offsets = normalize_with_offsets(text)
    assert normal.split() == normalize(text).split()
    for word in re.finditer(r"\w+", normal):
        start, end = offsets.original_span(word.start(), word.end())
        assert 0 <= start < end <= len(text)
        assert word.group() in normalize(text[start:end])


def test_tokenize_keeps_clitics_and_splits_arabic_punctuation() -> None:
    text = "وقال باشينيان، «إن الوضع خطير»؟"
    assert [t.text for t in tokenize(text)] == ["وقال", "باشينيان", "،", "«", "إن", "الوضع", "خطير", "»", "؟"]


def test_tokenize_keeps_numbers_whole() -> None:
    tokens = [t.text for t in tokenize("ارتفع 3.5 بالمئة في 2020/10/9 و ١٢٫٥ مليون، أي 1,000 دولار.")]
    assert "3.5" in tokens
    assert "2020/10/9" in tokens
    assert "١٢٫٥" in tokens
    assert "1,000" in tokens
    assert tokens[-1] == "."


def test_tokenize_keeps_diacritics_and_tatweel_inside_words() -> None:
    assert [t.text for t in tokenize("مؤكداً أنّ الـرئيس")] == ["مؤكداً", "أنّ", "الـرئيس"]


@given(ARABIC_TEXT | st.text(max_size=200))
def test_token_offsets_index_the_original_text_and_never_overlap(text: str) -> None:
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.start >= previous_end
        assert token.end > token.start
        previous_end = token.end
    # Nothing but whitespace and invisible marks is left out.
    covered = set()
    for token in tokens:
        covered.update(range(token.start, token.end))
    for i, char in enumerate(text):
        if i not in covered:
            assert char.isspace() or char in INVISIBLE


def test_sentences_split_at_terminal_marks_and_newlines_not_in_numbers() -> None:
    text = "ارتفع المؤشر 3.5 نقطة. هل ينتهي الصراع؟ قال الوزير: «لا»!\nعنوان بلا نقطة\nوقال آخر…"
    tokens = tokenize(text)
    sentences = [text[s.start : s.end] for s in split_sentences(text, tokens)]
    assert sentences == [
        "ارتفع المؤشر 3.5 نقطة.",
        "هل ينتهي الصراع؟",
        "قال الوزير: «لا»!",
        "عنوان بلا نقطة",
        "وقال آخر…",
    ]


def test_closing_quote_after_full_stop_stays_in_the_sentence() -> None:
    text = "قال: «انتهى الأمر.» ثم غادر."
    sentences = [text[s.start : s.end] for s in split_sentences(text, tokenize(text))]
    assert sentences == ["قال: «انتهى الأمر.»", "ثم غادر."]


@given(ARABIC_TEXT)
def test_sentences_partition_the_tokens(text: str) -> None:
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    expected_first = 0
    for sentence in sentences:
        assert sentence.first_token == expected_first
        assert sentence.last_token > sentence.first_token
        assert sentence.start == tokens[sentence.first_token].start
        assert sentence.end == tokens[sentence.last_token - 1].end
        expected_first = sentence.last_token
    assert expected_first == len(tokens)


def _split_sentences_plainly(text: str, tokens: list[Token]) -> list[Sentence]:
    """:func:`split_sentences` token by token: the loop its quick version replaces."""
    sentences: list[Sentence] = []
    begin, i, n = 0, 0, len(tokens)
    while i < n:
        boundary_after = False
        if (
            tokens[i].text in SENTENCE_END
            and not _inside_a_word(text, tokens, i)
            and not after_a_title_abbreviation(text, tokens, i)
        ):
            while i + 1 < n and tokens[i + 1].text in SENTENCE_END:
                i += 1
            while (
                i + 1 < n
                and tokens[i + 1].text in _CLOSERS
                and "\n" not in text[tokens[i].end : tokens[i + 1].start]
            ):
                i += 1
            boundary_after = True
        elif i + 1 < n and "\n" in text[tokens[i].end : tokens[i + 1].start]:
            boundary_after = True
        if boundary_after or i == n - 1:
            sentences.append(Sentence(tokens[begin].start, tokens[i].end, begin, i + 1))
            begin = i + 1
        i += 1
    return sentences


# Terminal marks, closers, line breaks and words, dense enough to reach every case of the loop.
_SENTENCE_PIECES = st.lists(
    st.sampled_from(
        ["ا", "ب", " ", ".", "؟", "!", "…", "«", "»", "”", ")", "\n", "\u200b", "ب.ج", "3.5", "د", "د."]
    ),
    max_size=30,
)


@settings(max_examples=500)
@given(ARABIC_TEXT | _SENTENCE_PIECES.map("".join))
def test_sentences_split_as_token_by_token(text: str) -> None:
    tokens = tokenize(text)
    assert split_sentences(text, tokens) == _split_sentences_plainly(text, tokens)


def test_sentences_of_real_news_split_as_token_by_token() -> None:
    news = Path(__file__).resolve().parent / "fixtures" / "news_sample.jsonl"
    texts = [orjson.loads(line)["text"] for line in news.read_bytes().splitlines()]
    texts += ["العربية.نت: قال. «نعم.»\n\nثم… «لا»!\n)", "أ.ف.ب\n\n", "\n.", ".\n"]
    for text in texts:
        tokens = tokenize(text)
        assert split_sentences(text, tokens) == _split_sentences_plainly(text, tokens)


def test_proclitics_are_stripped_stacked() -> None:
    assert ("و", "باشينيان") in proclitic_splits(normalize("وباشينيان"))
    assert strip_proclitics(normalize("وباشينيان")) == "وباشينيان"  # و may be a first letter
    assert strip_proclitics(normalize("والرئيس")) == "رئيس"
    assert ("ب", "القاهره") in proclitic_splits(normalize("بالقاهرة"))
    assert strip_proclitics(normalize("بالقاهرة")) == "قاهره"
    assert ("ل", "الامم") in proclitic_splits(normalize("للأمم"))
    assert ("و", "ارمينيا") in proclitic_splits(normalize("وأرمينيا"))
    assert ("فل", "الرئيس") in proclitic_splits(normalize("فللرئيس"))


def test_proclitic_guards_keep_short_words() -> None:
    # و + ل is not a word to strip down to one letter; بال would leave only ل.
    assert all(len(stem) >= 2 for _, stem in proclitic_splits("وله"))
    assert strip_proclitics("بال") == "بال"
    assert proclitic_splits("ولي")[0] == ("", "ولي")


def test_skeleton_folds_long_vowels_and_consonant_classes() -> None:
    assert skeleton(normalize("باشينيان")) == skeleton(normalize("باشنيان"))
    assert skeleton(normalize("غوتيريش")) == skeleton(normalize("جوتيريش"))
    assert skeleton(normalize("ڤلاديمير")) == skeleton(normalize("فلاديمير"))
    assert skeleton(normalize("روحاني")) != skeleton(normalize("بوتين"))


def _sentence_texts(text: str) -> list[str]:
    """The text of each sentence :func:`split_sentences` finds, from its first token to its last."""
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    return [text[tokens[s.first_token].start : tokens[s.last_token - 1].end] for s in sentences]


def test_a_period_inside_a_web_address_or_abbreviation_ends_no_sentence() -> None:
    text = 'قالت لـ"العربية.نت" إن موقع gov.sa تعطل (أ.ف.ب). انتهى الاجتماع في إيران.وقالت الوزارة ذلك.'
    assert _sentence_texts(text) == [
        'قالت لـ"العربية.نت" إن موقع gov.sa تعطل (أ.ف.ب).',
        "انتهى الاجتماع في إيران.",
        "وقالت الوزارة ذلك.",
    ]


def test_the_period_of_a_title_abbreviation_ends_no_sentence() -> None:
    # د. (دكتور) before a name, spaced or glued; a one-letter word at a line's end still ends it.
    text = "وقال د. سامي يوسف، أستاذ الاقتصاد، إن الأسعار سترتفع. وأكد د.هالة نور ذلك. نقص فيتامين د.\nوانتهى"
    assert _sentence_texts(text) == [
        "وقال د. سامي يوسف، أستاذ الاقتصاد، إن الأسعار سترتفع.",
        "وأكد د.هالة نور ذلك.",
        "نقص فيتامين د.",
        "وانتهى",
    ]
