"""The per-document features the quote rules read (DocView) and the fast paths behind them give
the same answers as the plain per-token look-ups they replace."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from qawl.arabic import normalize, tokenize
from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.lexicon import SpeakerWords, load_cues, load_speaker_words
from qawl.extractors.quotes.names import name_words
from qawl.extractors.quotes.view import DocView, strip_conjunction, token_keys

NEWS = Path(__file__).resolve().parent / "fixtures" / "news_sample.jsonl"
TEXTS = [orjson.loads(line)["text"] for line in NEWS.read_bytes().splitlines()]

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
    plain.__dict__["_title_openings"] = None  # title_state without its quick rejection
    return plain


def test_title_state_quick_rejection_changes_no_answer() -> None:
    words = load_speaker_words()
    assert words._title_openings is not None  # the bundled titles qualify for the quick test
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
    assert words._title_openings is None
    assert words.title_state("الوزير") == "definite"


_OLD_NON_WORD = re.compile(r"[^\w\s]|_")


@given(st.text(st.sampled_from(list("قال الرئيس_#@«»،.\u00a0\u2003\t1٣a")), max_size=30))
def test_name_words_split_as_before(text: str) -> None:
    assert name_words(text) == tuple(_OLD_NON_WORD.sub(" ", normalize(text)).split())


def test_name_words_of_a_hashtag_name() -> None:
    assert name_words("«نيكول_باشينيان»، #الرئيس") == ("نيكول", "باشينيان", "الرئيس")
