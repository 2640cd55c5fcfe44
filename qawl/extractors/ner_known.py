"""Known names after the NER tagger, kept as data: names the gold training data tags one way.

``data/known_names.tsv`` lists names with their label (how it was derived is in its header):

- names the gold training data tags with one label in at least 75% of their occurrences
  (source ``train``): an untagged occurrence becomes a mention (``للأهلي``), a mention of
  another label is relabelled unless the gold data also tags the name with the tagger's label
  (may_relabel: ``نادي روما`` stays ORG, روما being LOC:16 ORG:2), and a multi-word name whose
  parts alone were tagged becomes one mention (``ريال مدريد`` when the tagger found only
  ``مدريد``, LOC);
- places of the bundled gazetteer that the training data never mentions (source
  ``gazetteer``): an untagged occurrence becomes a LOC, and a mention of one tagged PER
  becomes a LOC (``يريفان``). A mention tagged ORG keeps its label: a place may name a team or
  a company (تويوتا).

A name's first word may carry a proclitic (و ف ب ل ك, stacked: وبال، للأهلي). Bare و/ب/ل/ف/ك
before a one-word name of three letters is not read as a clitic: وجده is "he found him" far
more often than "and Jeddah". Rules never cut a mention the tagger made: a known name that
overlaps a mention reaching outside it is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qawl.arabic import normalize, proclitic_splits

KNOWN_NAMES_FILE = Path(__file__).resolve().parent / "data" / "known_names.tsv"

Span = tuple[int, int, str]  # first token, last token (exclusive), label
Key = tuple[str, ...]

# Prefixes read off a name's first word: conjunction and/or preposition, never the article
# alone (الأهلي is not أهلي). لل stands for ل + ال (للأهلي = ل + الأهلي), which
# qawl.arabic.proclitic_splits spells back out.
CLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# A bare clitic before a one-word name needs a stem this long, unless the stem is definite.
MIN_BARE_CLITIC_STEM = 4
MAX_NAME_WORDS = 6
NAME_LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})


@dataclass(frozen=True)
class KnownName:
    key: Key  # normalised words
    label: str
    source: str  # "train" or "gazetteer"
    # Whole-name uses per label in the gold sources of the evidence column (train_base, the news
    # gold, WikiFANE), summed: ``LOC:3 ORG:1 | wikifane LOC:12`` is LOC 15, ORG 1.
    uses: tuple[tuple[str, int], ...] = ()

    def uses_as(self, label: str) -> int:
        return next((n for found, n in self.uses if found == label), 0)


class KnownNames:
    """Known names indexed by their first normalised word."""

    def __init__(self, names: Sequence[KnownName]) -> None:
        self.by_key = {name.key: name for name in names}
        self._by_first: dict[str, list[KnownName]] = {}
        for name in names:
            self._by_first.setdefault(name.key[0], []).append(name)

    def __len__(self) -> int:
        return len(self.by_key)

    def matches_at(
        self, norm: Sequence[str], readings: Sequence[tuple[tuple[str, bool], ...]], i: int
    ) -> list[KnownName]:
        """Every known name starting at token ``i`` (``readings[i]`` from first_word_readings)."""
        found = []
        for stem, single_ok in readings[i]:
            for name in self._by_first.get(stem, ()):
                n = len(name.key)
                if (n > 1 or single_ok) and tuple(norm[i + 1 : i + n]) == name.key[1:]:
                    found.append(name)
        return found

    def longest_at(
        self, norm: Sequence[str], readings: Sequence[tuple[tuple[str, bool], ...]], i: int
    ) -> KnownName | None:
        """The longest known name starting at token ``i``."""
        return max(self.matches_at(norm, readings, i), key=lambda name: len(name.key), default=None)


@lru_cache(maxsize=50_000)
def word_key(word: str) -> str:
    """``qawl.arabic.normalize`` of one word, cached: the rules after the tagger read each word
    several times, and news vocabularies are Zipfian. This module owns the cache; the other rule
    modules (ner_spans, ner_consistency, ner_gazetteer_names) share it."""
    return normalize(word)


@lru_cache(maxsize=50_000)
def first_word_readings(word: str) -> tuple[tuple[str, bool], ...]:
    """Normalised readings of a name's first word, each with whether a one-word name may match it.

    The word as written comes first, then its stems without a listed proclitic.
    """
    key = word_key(word)
    readings = [(key, True)]
    seen = {key}
    for prefix, stem in proclitic_splits(key):
        if prefix in CLITICS and stem not in seen:
            seen.add(stem)
            readings.append((stem, stem.startswith("ال") or len(stem) >= MIN_BARE_CLITIC_STEM))
    return tuple(readings)


def read_known_names(path: Path) -> KnownNames:
    """``name<TAB>label<TAB>source<TAB>evidence`` lines; ``#`` starts a comment line."""
    names = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, label, source, *rest = line.split("\t")
        key = tuple(normalize(word) for word in name.split())
        names.append(KnownName(key, label, source, evidence_uses(rest[0] if rest else "")))
    return KnownNames(names)


def evidence_uses(evidence: str) -> tuple[tuple[str, int], ...]:
    """Whole-name uses per label in an evidence column (``news ORG:7 | wikifane LOC:13``)."""
    uses: dict[str, int] = {}
    for item in evidence.split():
        label, sep, count = item.partition(":")
        if sep and label in NAME_LABELS and count.isdigit():
            uses[label] = uses.get(label, 0) + int(count)
    return tuple(sorted(uses.items()))


@lru_cache(maxsize=1)
def known_names() -> KnownNames:
    """The bundled list (read once; this cache is its owner)."""
    return read_known_names(KNOWN_NAMES_FILE)


def apply_known_names(
    words: Sequence[str], spans: Sequence[Span], names: KnownNames | None = None
) -> list[Span]:
    """``spans`` with known names added, widened over their tagged parts, or relabelled."""
    names = known_names() if names is None else names
    norm = [word_key(word) for word in words]
    readings = [first_word_readings(word) for word in words]
    spans = list(spans)
    i = 0
    while i < len(words):
        name = names.longest_at(norm, readings, i)
        if name is None:
            i += 1
            continue
        end = i + len(name.key)
        overlapping = [span for span in spans if span[0] < end and i < span[1]]
        new = _decide(name, (i, end), overlapping)
        if new is None:
            i += 1
            continue
        spans = [span for span in spans if span not in overlapping] + [new]
        i = end
    return sorted(spans)


def may_relabel(name: KnownName, tagged: str) -> bool:
    """Whether a known name overrides the label the tagger gave its mention.

    The tagger read the sentence; the list only knows how the gold data tags the name elsewhere. A
    training name relabels unless that gold data also gives it the tagger's label (evidence
    ``LOC:3 ORG:1``: the tagger's ORG stands): a city and its club (روما), a region and its
    news agency (الأناضول), a currency and a club (الريال) are told apart by context, not by the
    majority. A gazetteer place relabels only a mention tagged PER.
    """
    if name.source == "train":
        return name.uses_as(tagged) == 0
    return tagged == "PER"


def _decide(name: KnownName, where: tuple[int, int], overlapping: list[Span]) -> Span | None:
    """The mention a known name at ``where`` becomes, or None to leave the tagger's output."""
    first, end = where
    if not overlapping:
        return (first, end, name.label)
    if not all(first <= span[0] and span[1] <= end for span in overlapping):
        return None  # a mention reaches outside the name: the tagger saw a longer name
    if len(overlapping) == 1 and overlapping[0][:2] == where:
        tagged = overlapping[0][2]
        if tagged != name.label and may_relabel(name, tagged):
            return (first, end, name.label)
        return None
    if name.source == "train" and len(name.key) > 1:
        return (first, end, name.label)
    return None
