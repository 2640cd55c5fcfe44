"""Speed round sp20 (issue 18): `normalize`'s fast path also takes spaces, ASCII and the
punctuation of Arabic text (so names of several words skip the NFKC loop), and `has_article`
returns its comparison; both give exactly what the forms they replace gave."""

from __future__ import annotations

import random
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from qawl.arabic import _UNIFIED_ONLY_RE, _normalize_to_fixed_point, normalize
from qawl.document import Document
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import ARTICLE, DocView

# normalize as the loop alone computes it (NFKC to a fixed point), no fast path.
_slow_normalize = _normalize_to_fixed_point


# Characters the fast path now takes, and neighbours it must refuse (marks that compose with a
# letter, presentation forms, the no-break space, the ellipsis, Quranic marks, invisibles).
_ALPHABET = (
    [chr(c) for c in range(0x0600, 0x0700)]
    + [chr(c) for c in range(0x20, 0x7F)]
    + list("\t\n\r\u00a0\u2026\u00ab\u00bb\u201c\u201d\u2018\u2019\u2013\u2014\u200c\u200d\u200f\ufeff")
    + [chr(c) for c in range(0xFE70, 0xFEFF)]
    + [chr(c) for c in range(0xFB50, 0xFBB2)]
    + ["\ufdf2", "\ufefb", "\u0301", "\u0308"]
)
# Arabic words with diacritics, tatweel, hamza seats and presentation forms, and the spaces and
# punctuation between them.
_WORDS = [
    "قَالَ",
    "الـــوزير",
    "أَحْمَد",
    "إبراهيم",
    "آمنة",
    "مُصْطَفَى",
    "ﻻ",
    "ﷲ",
    "ﺍﻟﻮﺯﻳﺮ",
    "رئيس\u0670",
    "ا\u0653",
    "ي\u0654",
    "Ban Ki-moon",
    "«",
    "»",
    "،",
    "؛",
    "؟",
    " ",
    "\u00a0",
    "\n",
    "…",
]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=24))
def test_normalize_equals_the_nfkc_loop_on_arabic_strings(text: str) -> None:
    assert normalize(text) == _slow_normalize(text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=10))
def test_normalize_equals_the_nfkc_loop_on_phrases(words: list[str]) -> None:
    text = "".join(words)
    assert normalize(text) == _slow_normalize(text)


def test_fast_path_set_is_nfkc_stable_and_composes_with_no_mark() -> None:
    # Every character the fast path takes, alone and followed by each Arabic mark it takes.
    taken = [chr(c) for c in range(0x10000) if _UNIFIED_ONLY_RE.fullmatch(chr(c))]
    assert " " in taken and "،" in taken and "«" in taken
    assert "\u00a0" not in taken and "…" not in taken and "\u0653" not in taken
    marks = [chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640]]
    for c in taken:
        assert unicodedata.normalize("NFKC", c) == c
        assert normalize(c) == _slow_normalize(c)
        for mark in marks:
            assert normalize(c + mark) == _slow_normalize(c + mark)
            assert normalize(mark + c) == _slow_normalize(mark + c)


def test_normalize_on_random_bmp_strings() -> None:
    rng = random.Random(20)
    pool = _ALPHABET + [chr(c) for c in range(0x00A0, 0x0250)]
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert normalize(text) == _slow_normalize(text)


def test_normalize_names_of_several_words() -> None:
    # Sentences of my own: a name of several words with marks, tatweel and a presentation form.
    assert normalize("الأمينُ العامّ للأمم المتحدة") == "الامين العام للامم المتحده"
    assert normalize("مُصطفى  الـكاظمي، رئيسُ الوزراء") == "مصطفي  الكاظمي، رئيس الوزراء"
    assert normalize("ﺍﻟﻮﺯﻳﺮ «أحمد»") == "الوزير «احمد»"
    assert normalize("Ban Ki-moon") == "Ban Ki-moon"
    # Names of several words take the fast path now.
    assert _UNIFIED_ONLY_RE.fullmatch("الأمينُ العامّ للأمم المتحدة، «قال»")
    for text in ("الأمينُ العامّ للأمم المتحدة", "ﺍﻟﻮﺯﻳﺮ «أحمد»", "قال\u00a0الوزير…"):
        assert normalize(text) == _slow_normalize(text)
        assert normalize(normalize(text)) == normalize(text)


def test_has_article_is_the_flag_as_a_bool() -> None:
    attributor = QuoteAttributor()
    for text in (
        "وقال الوزير إن الاتفاق أليكساي والرئيس فالحكومة سترد.",
        "أكد المتحدث باسم الأمم المتحدة ألكسندر أن الأمين العام سيزور إثيوبيا",
    ):
        view = DocView(
            Document(id="t", text=text),
            attributor.lexicon,
            attributor.words,
            attributor.vocabulary,
            attributor.features,
        )
        seen = set()
        for i in range(-len(view), len(view)):
            answer = has_article(view, i)
            assert type(answer) is bool
            assert answer == bool(view.flags[i] & ARTICLE)
            seen.add(answer)
        assert seen == {True, False}
