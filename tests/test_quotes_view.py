"""The per-document features the quote rules read (DocView) and the fast paths behind them give
the same answers as the plain per-token look-ups they replace."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qawl.arabic import _DELETED_RE, normalize, tokenize, unify_letters
from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes import attributor as attributor_module
from qawl.extractors.quotes.lexicon import SpeakerWords, load_cues, load_speaker_words
from qawl.extractors.quotes.names import (
    _TOKEN_WORDS_TEXT_RE,
    document_words,
    name_words,
    seatless_starts,
)
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView, WordFeatures, strip_conjunction, token_keys

NEWS = Path(__file__).resolve().parent / "fixtures" / "news_sample.jsonl"
TEXTS = [orjson.loads(line)["text"] for line in NEWS.read_bytes().splitlines()]
DETERMINISM = NEWS.with_name("determinism_sample.jsonl")

# Arabic letters, hamza seats, diacritics, tatweel, presentation forms, invisible marks, Latin.
_CHARS = st.sampled_from(
    [
        *"قالرئيسةأإآٱىیکوفبل",
        *("\u0654", "\u0655", "\u064e", "\u0651", "\u0640", "\ufefb", "\u200c"),
        *'aZ_1٣ ،."«»\n',
    ]
)


def _view(text: str) -> DocView:
    attributor = QuoteAttributor()
    return DocView(Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary)


@given(st.lists(st.text(_CHARS, min_size=1, max_size=8), max_size=12))
def test_token_keys_are_each_token_normalised(texts: list[str]) -> None:
    assert token_keys(texts) == [normalize(t) for t in texts]


def test_token_keys_of_real_tokens() -> None:
    # ا + hamza above composes to أ, then unifies to ا; the tatweel and the fatha go.
    texts = ["وقال", "الرئيس", "ا\u0654علن", "قـــال", "قَالَ", "ﻻ"]
    assert (
        token_keys(texts) == [normalize(t) for t in texts] == ["وقال", "الرئيس", "اعلن", "قال", "قال", "لا"]
    )


def test_view_features_match_the_tokens() -> None:
    text = TEXTS[0]
    view = _view(text)
    tokens = tokenize(text)
    n = len(tokens)
    assert [view.is_word(i) for i in range(-2, n + 2)] == [
        False,
        False,
        *(t.is_word for t in tokens),
        False,
        False,
    ]
    assert [view.is_comma(i) for i in range(n)] == [t.text in {"،", ",", "؛", ";"} for t in tokens]
    assert any(view.is_mark(i) for i in range(n)) and not view.is_mark(n)
    assert view.keys == [normalize(t.text) for t in tokens]
    assert view.bare == [strip_conjunction(k, view.vocabulary) for k in view.keys]
    assert view.cues == [view.lexicon.lookup(t.text) for t in tokens]
    assert [view.title_state(k) for k in view.bare] == [view.words.title_state(k) for k in view.bare]


def test_lookup_all_and_a_given_key_read_as_lookup() -> None:
    words = [t.text for text in TEXTS for t in tokenize(text)] + ["وقالت", "سيعلن", "هنا", "تابعة"]
    fresh = load_cues.__wrapped__()  # a lexicon with an empty cache: nothing read from before
    expected = [fresh.lookup(w) for w in words]
    assert load_cues.__wrapped__().lookup_all(words, [normalize(w) for w in words]) == expected
    other = load_cues.__wrapped__()
    assert [other.lookup(w, normalize(w)) for w in words] == expected
    assert fresh.lookup("قالت").lemma == "قال"


def _unfiltered(words: SpeakerWords) -> SpeakerWords:
    plain = SpeakerWords(words.classes)
    plain.__dict__["title_openings"] = None  # title_state without its quick rejection
    return plain


def test_title_state_quick_rejection_changes_no_answer() -> None:
    words = load_speaker_words()
    assert words.title_openings is not None  # the bundled titles qualify for the quick test
    plain = _unfiltered(words)
    keys = {normalize(t.text) for text in TEXTS for t in tokenize(text)}
    for title in words._titles:
        for prefix in ("", "ال", "و", "لل", "ل"):
            for suffix in ("", "ه", "ها", "هم", "هما", "ته", "تها"):
                keys.update({prefix + title + suffix, prefix + title[:-1] + suffix})
    keys |= {k[1:] for k in keys} | {"ال" + k for k in keys}
    assert sum(plain.title_state(k) is not None for k in keys) > 500
    assert [words.title_state(k) for k in sorted(keys)] == [plain.title_state(k) for k in sorted(keys)]
    assert words.title_state("محاميتها") == "definite" and words.title_state("رئيس") == "indefinite"


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*"رئيسةالوزير", "ال", "ته", "ها"]), max_size=8).map("".join))
def test_title_state_quick_rejection_on_any_key(key: str) -> None:
    words = load_speaker_words()
    assert words.title_state(key) == _unfiltered(words).title_state(key)


def test_title_state_without_quick_rejection_for_short_titles() -> None:
    words = SpeakerWords({"title": frozenset({"ال", "وزير"})})
    assert words.title_openings is None
    assert words.title_state("الوزير") == "definite"


_OLD_NON_WORD = re.compile(r"[^\w\s]|_")


@given(st.text(st.sampled_from(list("قال الرئيس_#@«»،.\u00a0\u2003\t1٣a")), max_size=30))
def test_name_words_split_as_before(text: str) -> None:
    assert name_words(text) == tuple(_OLD_NON_WORD.sub(" ", normalize(text)).split())


def test_name_words_of_a_hashtag_name() -> None:
    assert name_words("«نيكول_باشينيان»، #الرئيس") == ("نيكول", "باشينيان", "الرئيس")


# ---------------------------------------------------------------------- tokens and keys at C speed

_WORD = r"\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
_TOKEN_RE = re.compile(rf"\d+(?:[.,/:٫٬\-]\d+)+(?![{_WORD}])|[{_WORD}]+|\S")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _plain_tokens(text: str) -> list[tuple[int, int, str]]:
    """Tokens the plain way: one match at a time, invisible marks alone dropped."""
    return [
        (m.start(), m.end(), m.group())
        for m in _TOKEN_RE.finditer(text)
        if not _INVISIBLE.fullmatch(m.group())
    ]


_TEXT_CHARS = st.sampled_from(
    [
        *"قال الرئيس",
        *"3.5/2020,1",
        *'«»“”"،.:؟!\n\t',
        "\u00a0",
        "\u200b",
        "\u200c",
        "\u200f",
        "\u064e",
        "\u0640",
        "_",
    ]
)


@settings(max_examples=300)
@given(st.text(_TEXT_CHARS, max_size=40))
def test_tokenize_finds_the_tokens_one_match_at_a_time_would(text: str) -> None:
    assert [tuple(t) for t in tokenize(text)] == _plain_tokens(text)


def test_tokenize_real_text_and_token_fields() -> None:
    for text in TEXTS:
        assert [tuple(t) for t in tokenize(text)] == _plain_tokens(text)
    token = tokenize("  قال، 3.5")[2]
    assert (token.start, token.end, token.text, token.is_word) == (7, 10, "3.5", True)


_KEY_CHARS = st.sampled_from(
    [*"قالرئيسوبتثجحخدذرزسشصضطظعغفكمنهءؤئأإآىة", "\u0654", "\u064e", "ﻻ", "a", "Z", "1", "٣"]
)


@settings(max_examples=500)
@given(st.text(_KEY_CHARS, max_size=10))
def test_normalize_of_a_key_written_as_is_is_itself(text: str) -> None:
    slow = text
    previous = None
    while previous != slow:  # normalize without its shortcut
        previous = slow
        slow = unicodedata.normalize("NFKC", slow)
        slow = unify_letters(_DELETED_RE.sub("", slow))
    assert normalize(text) == slow


def _plain_view_features(view: DocView) -> dict[str, object]:
    tokens = view.tokens
    words = [i for i, t in enumerate(tokens) if t.is_word]
    return {
        "keys": [normalize(t.text) for t in tokens],
        "bare": [strip_conjunction(normalize(t.text), view.vocabulary) for t in tokens],
        "cues": [view.lexicon.lookup(t.text) for t in tokens],
        "cue_candidates": [
            i
            for i in words
            if view.cues[i] is not None
            or view.bare[i]
            in {"بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا", "حسبما", "بحسبما", "وفقما", "علي"}
            | {"كما", "ذلك", "هذا", "هو", "وذلك", "وهذا", "وهو"}  # كما قال X، ذلك ما أكده X
        ],
        "title_tokens": [i for i in words if view.words.title_state(view.bare[i]) is not None],
        # has_article as it read the surface before the flag: ال on the bare key and on the
        # surface once a dropped و/ف is left out.
        "article": [
            view.bare[i].startswith("ال")
            and (t.text[1:] if view.keys[i] != view.bare[i] else t.text)[:2] == "ال"
            for i, t in enumerate(tokens)
        ],
    }


def test_features_remembered_across_documents_read_as_fresh() -> None:
    attributor = QuoteAttributor()
    small = WordFeatures(attributor.lexicon, attributor.words, attributor.vocabulary, limit=50)
    for features in (attributor.features, small, None):
        for text in TEXTS + TEXTS[:2]:  # the small table turns over many times
            view = DocView(
                Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary, features
            )
            plain = _plain_view_features(view)
            assert view.keys == plain["keys"]
            assert view.bare == plain["bare"]
            assert view.cues == plain["cues"]
            assert view.cue_candidates == plain["cue_candidates"]
            assert view.title_tokens == plain["title_tokens"]
            assert [has_article(view, i) for i in range(len(view))] == plain["article"]
            assert [view.title_state(k) for k in view.bare] == [view.words.title_state(k) for k in view.bare]
    assert len(small.rows) <= 2 * 50 + max(len(tokenize(t)) for t in TEXTS)


def test_a_view_with_features_of_another_lexicon_reads_its_own() -> None:
    attributor = QuoteAttributor()
    other = WordFeatures(load_cues.__wrapped__(), attributor.words, attributor.vocabulary)
    view = DocView(
        Document("d", "وقال الرئيس إن"), attributor.lexicon, attributor.words, attributor.vocabulary, other
    )
    assert view.features is not other and view.cues[0] is not None


def test_quotes_with_remembered_features_as_without() -> None:
    attributor = QuoteAttributor()
    fresh = QuoteAttributor()
    for text in TEXTS:
        remembered = attributor.find(Document("d", text))
        fresh.features = WordFeatures(fresh.lexicon, fresh.words, fresh.vocabulary, limit=10)
        assert remembered == fresh.find(Document("d", text))


def test_remembered_features_keep_two_generations_at_most() -> None:
    attributor = QuoteAttributor()
    features = WordFeatures(attributor.lexicon, attributor.words, attributor.vocabulary, limit=20)
    for text in TEXTS:
        features.columns([t.text for t in tokenize(text)])
    assert len(features.rows) + len(features.rows.older) <= 2 * 20 + 2 * max(len(tokenize(t)) for t in TEXTS)
    assert not getattr(features.rows.older, "older", {})


def _document(text: str) -> DocView:
    attributor = QuoteAttributor()
    return DocView(Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary)


@settings(max_examples=300)
@given(
    st.text(
        st.sampled_from([*"قال أنّ", "ـ", "\u064b", "\u0654", *"3.5_", "\u200b", "ﻻ", "…", "«", "\n"]),
        max_size=30,
    )
)
def test_document_words_are_the_words_of_the_text(text: str) -> None:
    assert Counter(document_words(_document(text))) == Counter(name_words(text))


def test_one_word_test_at_c_speed_reads_as_the_letters_pattern() -> None:
    # WordFeatures marks a key as one run of letters and digits with str.isalnum, which must
    # hold for exactly the characters [^\W_] matches.
    letters = re.compile(r"[^\W_]+")
    assert all(bool(letters.fullmatch(c)) == c.isalnum() for c in map(chr, range(0x110000)))
    view = _view(TEXTS[0])
    assert view.one_word_tokens == [i for i, key in enumerate(view.keys) if letters.fullmatch(key)]
    assert view.some_words_tokens == [
        i for i, key in enumerate(view.keys) if not letters.fullmatch(key) and letters.search(key)
    ]


def test_document_words_of_real_text() -> None:
    for text in [*TEXTS, "ـسبوتنيك قال 3.5 a_b", "كتب\u200bت"]:
        assert Counter(document_words(_document(text))) == Counter(name_words(text))


def test_seatless_starts_as_a_plain_index() -> None:
    for text in [*TEXTS[:5], "قال قايد و قائد وقائد"]:
        view = _document(text)
        plain: dict[str, list[int]] = {}
        for i, key in enumerate(view.keys):
            if view.is_word(i):
                plain.setdefault(key.replace("ئ", "ي").replace("ؤ", "و").replace("ء", ""), []).append(i)
        starts = seatless_starts(view)
        for key in [*plain, "غير_موجود"]:
            assert starts.get(key) == plain.get(key, [])


def _stop_like(features: WordFeatures, key: str) -> tuple[str, bool]:
    return key, features.words.is_a("stop", key)


def test_remembered_keys_answer_as_fresh_when_emptied() -> None:
    # The view asks the stage's table of memos at C speed: every answer is the function's,
    # also after the tables were emptied at their limit.
    attributor = QuoteAttributor()
    features = WordFeatures(attributor.lexicon, attributor.words, attributor.vocabulary, limit=30)
    for text in TEXTS:
        view = DocView(
            Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary, features
        )
        stop = view.remembered(_stop_like)
        assert stop == features.remembered(_stop_like)
        assert [stop(k) for k in view.bare] == [_stop_like(features, k) for k in view.bare]
        assert [view.title_state(k) for k in view.keys] == [view.words.title_state(k) for k in view.keys]
        assert len(stop.__self__) <= len(set(view.bare)) + 30  # type: ignore[attr-defined]


def test_name_words_remembered_as_read_and_documents_not_kept() -> None:
    names = ["نيكول باشينيان", "الرئيس الأرمني، نيكول باشينيان", "«قايد السبسي»", "#كوريا_الجنوبية"]
    for name in names * 2:
        assert name_words(name) == tuple(re.findall(r"[^\W_]+", normalize(name)))
    before = name_words.cache_info().currsize  # type: ignore[attr-defined]
    for text in TEXTS:
        text += " ﻻ"  # a presentation form: the words are read from the whole text
        assert not _TOKEN_WORDS_TEXT_RE.fullmatch(text)
        document_words(_document(text))
    assert name_words.cache_info().currsize == before  # type: ignore[attr-defined]


def test_views_keep_one_layout_whatever_the_rules_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # A view has slots and no instance dictionary, so every view has one layout for CPython's
    # fast attribute reads (see DocView): an attribute set outside its fields, or a
    # cached_property (which needs a dictionary), fails here. Views are taken from the stage
    # itself on real news, after the rules have read them.
    views: list[DocView] = []

    def recording(*args: object) -> DocView:
        views.append(DocView(*args))  # type: ignore[arg-type]
        return views[-1]

    monkeypatch.setattr(attributor_module, "DocView", recording)
    attributor = QuoteAttributor()
    sample = TEXTS + [orjson.loads(line)["text"] for line in DETERMINISM.read_bytes().splitlines()]
    quotes = [attributor.find(Document(str(n), text)) for n, text in enumerate([*sample, "قال: «نعم»\nوقال"])]
    assert len(views) == len(sample) + 1 and sum(map(len, quotes)) > len(sample)
    one_run = re.compile(r"[^\W_]+")
    for view in views:
        assert not hasattr(view, "__dict__")
        for name in DocView.__slots__:  # each field is set by __post_init__ (a read raises if not)
            getattr(view, name)
        keys = view.keys
        assert view.starts == [t.start for t in view.tokens]
        assert view.one_word_tokens == [i for i, k in enumerate(keys) if one_run.fullmatch(k)]
        assert view.some_words_tokens == [
            i for i, k in enumerate(keys) if not one_run.fullmatch(k) and one_run.search(k)
        ]
        assert view.seated_tokens == [i for i, k in enumerate(keys) if set(k) & set("ئؤء")]
        breaks = [j > 0 and view.newline_between(j - 1, j) for j in range(len(view))]
        assert [view.break_before(j) for j in range(len(view))] == breaks
        assert [view.break_before(j) for j in range(len(view))] == breaks  # as filled on first use
    assert any(view.seated_tokens for view in views) and any(view.some_words_tokens for view in views)
    assert views[-1].break_before(views[-1].keys.index("وقال"))


@pytest.mark.parametrize("text", TEXTS[:40])
def test_positions_are_the_tokens_with_that_key(text: str) -> None:
    view = _view(text)
    for key in sorted(set(view.keys))[:30]:
        every = [k for k, other in enumerate(view.keys) if other == key]
        assert list(view.positions(key)) == every
        assert list(view.positions(key, 2)) == [k for k in every if k >= 2]
    assert list(view.positions("ليست-كلمة")) == []
