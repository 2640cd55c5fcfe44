"""The attribution side's fast paths give the answers of the plain logic they replace, on real news
text (the bundled samples, and ../shared's news when present) and sentences written for the test:
a speaker phrase parsed once per document and arguments; word counts of the name index taken
from the view's keys when first asked, not from every word of the document up front; look-ups at C
speed (list.index, str.translate, set tests) instead of loops over tokens; a segment's cut with
the prechecks _cut_at_stop asks before its tests."""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from pathlib import Path

import orjson
from conftest import FIXTURES, shared_path

from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.antecedents import QAD, tokens_keyed
from qawl.extractors.quotes.names import (
    DocumentWordCounts,
    _clean,
    bare_before,
    document_words,
    name_words,
    title_key_of,
)
from qawl.extractors.quotes.segments import _cut_at_stop, segments
from qawl.extractors.quotes.speakers import _parse_speaker, parse_speaker
from qawl.extractors.quotes.stops import has_article, in_theophoric_name, is_stop
from qawl.extractors.quotes.titles import numbered_name, seat_before_rank, speech_occasion
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    CLAUSE_OPENERS,
    DEMONSTRATIVES,
    MAIN_CLAUSE_OPENERS,
    PROPOSITION_NOUNS,
    SUBORDINATORS,
)

WRITTEN = [
    "وقال وزير الخارجية الروسي، سيرغي لافروف، إن الحوار مستمر. وأضاف لافروف أن الوضع صعب.",
    # Characters outside the ones whose tokens give the words of the text (é, a joiner, 3.5).
    "وقال José Mourinho\u200c إن الفريق سجل 3.5 هدفا، وأضاف المدرب جوزيه مورينيو أن a_b صعب.",
    # Tokens whose keys hold more than one run of letters and digits (3.5, a_b).
    "وقال المدرب إن الفريق سجل 3.5 هدفا في a_b، وأضاف أن 3.5 كثير وأن 5 أهداف قليلة.",
    "",
]


def _texts(path: Path, limit: int | None = None) -> list[str]:
    lines = path.read_bytes().splitlines()[:limit]
    return [orjson.loads(line)["text"] for line in lines if line.strip()]


def _sample_texts() -> list[str]:
    return WRITTEN + _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")


def _view(text: str, attributor: QuoteAttributor) -> DocView:
    return DocView(
        Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features
    )


def _assert_phrases_as_read_anew(texts: list[str]) -> int:
    """parse_speaker over many ranges of each text, twice, against a fresh view's plain reading;
    the number of phrases found (so that not only Nones are compared)."""
    attributor = QuoteAttributor()
    found = 0
    for text in texts:
        view, fresh = _view(text, attributor), _view(text, attributor)
        for first in range(0, len(view), 2):
            for width in (1, 4, 8, 12, 30):
                last = min(len(view), first + width)
                for object_follows in (False, True):
                    plain = _parse_speaker(fresh, first, last, object_follows)
                    assert parse_speaker(view, first, last, object_follows) == plain
                    assert parse_speaker(view, first, last, object_follows) == plain  # remembered
                    found += plain is not None
    return found


def test_speaker_phrases_remembered_as_read_anew() -> None:
    assert _assert_phrases_as_read_anew(_sample_texts()) > 1000


def test_speaker_phrases_remembered_as_read_anew_on_news() -> None:
    path = shared_path("data", "news", "ant_jawharafm.jsonl")
    assert _assert_phrases_as_read_anew(_texts(path, 60)) > 1000


def _assert_word_counts_as_counted(texts: list[str]) -> None:
    attributor = QuoteAttributor()
    for text in texts:
        view = _view(text, attributor)
        plain = Counter(document_words(view))
        asked = set(plain) | {w[1:] for w in plain if len(w) > 1} | {"غائب", "2018"}
        asked |= set(name_words(text[:200]))
        counts = DocumentWordCounts(view)
        for word in sorted(asked):
            assert counts[word] == plain[word], word
            assert counts[word] == plain[word], word  # remembered


def test_word_counts_as_counted_over_every_word() -> None:
    _assert_word_counts_as_counted(_sample_texts())


def test_word_counts_as_counted_over_every_word_on_news() -> None:
    _assert_word_counts_as_counted(_texts(shared_path("data", "news", "ant_jawharafm.jsonl"), 300))


def test_word_counts_of_tokens_holding_more_than_one_word() -> None:
    counts = DocumentWordCounts(_view(WRITTEN[2], QuoteAttributor()))
    assert (counts["5"], counts["3"], counts["a"], counts["a_b"], counts["هدفا"]) == (3, 2, 1, 0, 1)


def test_word_counts_of_a_text_whose_tokens_do_not_give_its_words() -> None:
    view = _view(WRITTEN[1], QuoteAttributor())
    counts = DocumentWordCounts(view)
    # Read from the text, as name_words reads it: the case and the accent kept.
    assert counts["José"] == 1 and counts["jose"] == 0 and counts["Mourinho"] == 1
    assert counts["5"] == 1 and counts["a"] == 1 and counts["مورينيو"] == 1


def _plain_cut_at_stop(view: DocView, seg: list[int], anonymous: bool) -> list[int]:
    """_cut_at_stop as written before the word-level precheck: every test asked of every word."""
    kept: list[int] = []
    used_pp = False
    titled = bool(seg) and view.title_state(view.bare[seg[0]]) is not None
    for position, i in enumerate(seg):
        cue = view.cues[i] if position > 0 else None
        if cue is not None and in_theophoric_name(view, i):
            cue = None
        if cue is not None and (cue.kind == "verb" or (cue.kind == "noun" and cue.object_suffix)):
            break
        if position > 0 and (view.keys[i] in CLAUSE_OPENERS or view.keys[i] in SUBORDINATORS):
            break
        key = view.bare[i]
        if titled and position == 1 and key in DEMONSTRATIVES and not has_article(view, seg[0]):
            kept.append(i)
            continue
        if titled and position > 0 and key.startswith("لل") and not view.words.is_a("stop", key):
            kept.append(i)
            continue
        if titled and kept and numbered_name(view, i):
            kept.append(i)
            continue
        if titled and len(kept) > 1 and seat_before_rank(view, seg, position):
            kept.append(i)
            continue
        if (
            anonymous
            and position > 1
            and view.keys[i] in PROPOSITION_NOUNS
            and has_article(view, seg[position - 1])
        ):
            break
        if is_stop(view, i):
            if (
                anonymous
                and not used_pp
                and position > 0
                and key in {"في", "من", "ب"}
                and not speech_occasion(view, seg, position)
            ):
                used_pp = True
                kept.append(i)
                continue
            break
        kept.append(i)
    if kept and view.bare[kept[-1]] in {"في", "من"}:
        kept.pop()
    return kept


def _assert_cuts_as_plain(texts: list[str]) -> int:
    """Every segment of every text, and every one starting later in it, cut as by the plain
    reading; the number of segments cut short (so that not only whole ones are compared)."""
    attributor = QuoteAttributor()
    cut = 0
    for text in texts:
        view = _view(text, attributor)
        for group in segments(view, 0, len(view)):
            for start in range(len(group)):
                seg = group[start : start + 16]
                for anonymous in (False, True):
                    plain = _plain_cut_at_stop(view, seg, anonymous)
                    assert _cut_at_stop(view, seg, anonymous) == plain, view.text_of(seg[0], seg[-1] + 1)
                    cut += len(plain) < len(seg)
    return cut


def test_segments_cut_as_by_every_test_at_every_word() -> None:
    assert _assert_cuts_as_plain(_sample_texts()) > 1000


def test_segments_cut_as_by_every_test_at_every_word_on_news() -> None:
    assert _assert_cuts_as_plain(_texts(shared_path("data", "news", "ant_jawharafm.jsonl"), 150)) > 1000


def test_tokens_keyed_as_a_test_of_every_key() -> None:
    attributor = QuoteAttributor()
    found = 0
    for text in [*_sample_texts(), "قد", "وقد قال، لقد قال فقد قد"]:
        view = _view(text, attributor)
        for forms in (QAD, MAIN_CLAUSE_OPENERS, frozenset({"غائب"}), frozenset()):
            plain = list(compress(range(len(view)), map(forms.__contains__, view.keys)))
            assert tokens_keyed(view, forms) == plain
            found += len(plain)
    assert found > 20


def _plain_clean(name: str) -> str:
    return " ".join(re.sub(r"[\"«»“”#]", " ", name).replace("_", " ").split())


def test_a_name_cleaned_as_by_the_regular_expression() -> None:
    texts = _sample_texts()
    names = [text[k : k + width] for text in texts for k in range(0, len(text), 7) for width in (3, 12, 30)]
    names += ["#جيمس_ماتيس", "«سيرغي  لافروف»", '"ترامب"، “بايدن” #', "_", "", " \n\t"]
    for name in names:
        assert _clean(name) == _plain_clean(name), name


def test_bare_keys_found_before_a_token_as_by_a_loop_over_every_token() -> None:
    attributor = QuoteAttributor()
    found = 0
    for text in _sample_texts():
        view = _view(text, attributor)
        asked = sorted({view.bare[i] for i in view.word_tokens[::5]})
        for first in range(0, len(view) + 1, 37):
            for reach in (1, 2, 40, 3000):
                for key in asked:
                    plain = [i for i in range(first - 1, max(-1, first - reach), -1) if view.bare[i] == key]
                    assert bare_before(view, key, first, reach) == plain
                    found += len(plain)
    assert found > 1000


def test_title_keys_as_read_word_by_word() -> None:
    attributor = QuoteAttributor()
    for text in [*_sample_texts(), "، ، وزير"]:
        view = _view(text, attributor)
        for first in range(len(view)):
            for last in (first, first + 1, first + 4):
                indices = [k for k in range(first, min(last, len(view))) if view.is_word(k)]
                plain = tuple(view.bare[k] if n == 0 else view.keys[k] for n, k in enumerate(indices))
                assert title_key_of(view, first, min(last, len(view))) == plain
