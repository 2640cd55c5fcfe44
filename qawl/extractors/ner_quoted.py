"""Quoted names after a kind word, kept as data: ``صحيفة "الحياة"`` is a newspaper, so an ORG.

News writes many names in quotation marks right after the word for their kind: a newspaper
(``صحيفة « لا ريبوبليكا »``), a company, a magazine. ``data/quoted_name_markers.tsv`` lists the
kind words after which the gold training data tags the quoted words as one entity of one label
(how it was derived is in its header, built by ``training/build_quoted_names.py``). After such a
word, the quoted words (one to MAX_QUOTED_WORDS, no punctuation among them) become one mention of
that label: untagged words are added, and mentions inside the quotes are replaced by the whole.
A mention reaching outside the quotes is left alone, and so is a kind word that is itself part
of a mention. The kind word may carry a proclitic (``لصحيفة``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.arabic import normalize, proclitic_splits
from qawl.extractors.ner_known import CLITICS

QUOTED_MARKERS_FILE = Path(__file__).resolve().parent / "data" / "quoted_name_markers.tsv"

Span = tuple[int, int, str]  # first token, last token (exclusive), label

# Quotation marks as qawl.arabic.tokenize leaves them: one token each (ANERcorp also writes
# a double quote as two apostrophes, ' ').
QUOTE_CHARS = frozenset("«»\"“”'")
MAX_QUOTED_WORDS = 6
MIN_STEM = 3  # a kind word without its proclitic keeps three letters at least


def is_quote(token: str) -> bool:
    return all(char in QUOTE_CHARS for char in token)


def marker_readings(word: str) -> list[str]:
    """A kind word normalised as written, then without a listed proclitic (لصحيفة → صحيفه)."""
    key = normalize(word)
    readings = [key]
    for prefix, stem in proclitic_splits(key):
        if prefix in CLITICS and len(stem) >= MIN_STEM and stem not in readings:
            readings.append(stem)
    return readings


def quoted_after_word(words: Sequence[str]) -> list[tuple[int, int, int]]:
    """``(word, first, last)`` for each word followed by quotation marks around one to
    MAX_QUOTED_WORDS words or numbers (``first:last``, the marks excluded)."""
    found = []
    # Most sentences hold no quotation mark: look only where one starts a token.
    for i in [i for i, word in enumerate(words) if word[:1] in QUOTE_CHARS]:
        if i == 0 or not is_quote(words[i]) or is_quote(words[i - 1]) or not words[i - 1][:1].isalpha():
            continue
        first = i
        while first < len(words) and is_quote(words[first]):
            first += 1
        last = first
        while last < len(words) and last - first <= MAX_QUOTED_WORDS and words[last][:1].isalnum():
            last += 1
        if first < last <= first + MAX_QUOTED_WORDS and last < len(words) and is_quote(words[last]):
            found.append((i - 1, first, last))
    return found


def read_markers(path: Path) -> dict[str, str]:
    """``word<TAB>label<TAB>evidence`` lines, keyed by the normalised word; ``#`` starts a comment."""
    markers = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, label = line.split("\t")[:2]
            markers[normalize(word)] = label
    return markers


@lru_cache(maxsize=1)
def quoted_name_markers() -> dict[str, str]:
    """The bundled list (read once; this cache is its owner)."""
    return read_markers(QUOTED_MARKERS_FILE)


def apply_quoted_names(
    words: Sequence[str], spans: Sequence[Span], markers: dict[str, str] | None = None
) -> list[Span]:
    """``spans`` with the quoted words after each listed kind word made one mention of its label."""
    markers = quoted_name_markers() if markers is None else markers
    spans = list(spans)
    for word, first, last in quoted_after_word(words):
        label = next((markers[key] for key in marker_readings(words[word]) if key in markers), None)
        if label is None or any(start <= word < end for start, end, _ in spans):
            continue
        inside = [span for span in spans if span[0] < last and first < span[1]]
        if (
            all(first <= span[0] and span[1] <= last for span in inside)
            and (first, last, label) not in inside
        ):
            spans = [span for span in spans if span not in inside] + [(first, last, label)]
    return sorted(spans)
