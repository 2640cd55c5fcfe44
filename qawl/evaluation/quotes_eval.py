"""Quote-attribution scoring exactly as ``../shared/data/quotes/GUIDELINES.md`` defines it.

- A predicted quote matches a gold quote when their content spans overlap by at least half of
  the shorter span's characters; matching is one-to-one, greedy by overlap (largest first).
- Detection precision/recall/F1 over matched quotes.
- Attribution accuracy: among matched quotes, the share whose predicted ``speaker_name``
  resolves to the gold one: after Arabic normalisation, one contains the other as whole words
  ("باشينيان" ~ "نيكول باشينيان").
- End-to-end F1: a prediction counts only when matched and correctly attributed.
- Span quality: mean character Jaccard of matched content spans; cue accuracy: the share of
  matched quotes whose predicted cue span overlaps the gold cue span.

Gold files are JSONL, one document a line: ``{"id", "text", "quotes": [{"content_start", …}]}``.
Predictions are the ``quotes`` lists of qawl records (``content: {start, end, text}`` …).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qawl.arabic import normalize
from qawl.document import QUOTE_KINDS

PARTS = ("all", "tune", "heldout")
_NON_WORD = re.compile(r"[^\w\s]|_")
# A name is one name whatever seat its hamza is written on: قائد and قايد السبسي, مسؤول and
# مسئول (the letters normalize() unifies already compare equal).
_HAMZA_SEATS = str.maketrans({"ئ": "ي", "ؤ": "و"})


@dataclass(frozen=True, slots=True)
class QuoteItem:
    """The fields scoring needs, from a gold line or a predicted record."""

    start: int
    end: int
    speaker_name: str | None
    cue_start: int | None
    cue_end: int | None
    kind: str | None = None
    speaker_explicit: bool = True


def gold_items(quotes: Iterable[dict[str, Any]]) -> list[QuoteItem]:
    return [
        QuoteItem(
            q["content_start"],
            q["content_end"],
            q.get("speaker_name"),
            q.get("cue_start"),
            q.get("cue_end"),
            q.get("kind"),
            q.get("speaker_start") is not None,
        )
        for q in quotes
    ]


def predicted_items(quotes: Iterable[dict[str, Any]]) -> list[QuoteItem]:
    items = []
    for q in quotes:
        cue = q.get("cue") or {}
        items.append(
            QuoteItem(
                q["content"]["start"],
                q["content"]["end"],
                q.get("speaker_name"),
                cue.get("start"),
                cue.get("end"),
                q.get("kind"),
                q.get("speaker") is not None,
            )
        )
    return items


def name_words(name: str | None) -> tuple[str, ...]:
    """Normalised whole words of a name, punctuation, quote marks and hashtags dropped."""
    if not name:
        return ()
    return tuple(_NON_WORD.sub(" ", normalize(name).translate(_HAMZA_SEATS)).split())


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    width = len(shorter)
    return any(longer[k : k + width] == shorter for k in range(len(longer) - width + 1))


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Whether two speaker names match: one contains the other as whole normalised words."""
    a, b = name_words(predicted), name_words(gold)
    if not a or not b:
        return False
    return _contains(a, b) if len(a) >= len(b) else _contains(b, a)


def _overlap(a: QuoteItem, b: QuoteItem) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(predicted: Sequence[QuoteItem], gold: Sequence[QuoteItem]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, greedy by overlap, largest first."""
    candidates = []
    for p, pq in enumerate(predicted):
        for g, gq in enumerate(gold):
            overlap = _overlap(pq, gq)
            shorter = min(pq.end - pq.start, gq.end - gq.start)
            if overlap > 0 and shorter > 0 and overlap >= shorter / 2:
                candidates.append((overlap, p, g))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, p, g in candidates:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        pairs.append((p, g))
    return sorted(pairs)


def _jaccard(a: QuoteItem, b: QuoteItem) -> float:
    union = max(a.end, b.end) - min(a.start, b.start)
    return _overlap(a, b) / union if union else 0.0


def _cue_hit(a: QuoteItem, b: QuoteItem) -> bool:
    if a.cue_start is None or b.cue_start is None or a.cue_end is None or b.cue_end is None:
        return False
    return min(a.cue_end, b.cue_end) > max(a.cue_start, b.cue_start)


@dataclass
class QuoteScores:
    """Counts over a set of documents; the rates are properties."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    attributed: int = 0
    jaccard_sum: float = 0.0
    cue_hits: int = 0
    gold_by_kind: dict[str, int] = field(default_factory=dict)
    found_by_kind: dict[str, int] = field(default_factory=dict)  # matched gold quotes, by gold kind
    predicted_by_kind: dict[str, int] = field(default_factory=dict)
    correct_by_kind: dict[str, int] = field(default_factory=dict)  # matched predictions, by their kind
    attributed_by_source: dict[str, list[int]] = field(default_factory=dict)  # explicit/null -> [ok, n]

    def add(self, predicted: Sequence[QuoteItem], gold: Sequence[QuoteItem]) -> list[tuple[int, int]]:
        pairs = match(predicted, gold)
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.matched += len(pairs)
        for g in gold:
            kind = g.kind or "?"
            self.gold_by_kind[kind] = self.gold_by_kind.get(kind, 0) + 1
        for q in predicted:
            kind = q.kind or "?"
            self.predicted_by_kind[kind] = self.predicted_by_kind.get(kind, 0) + 1
        for p, g in pairs:
            kind = predicted[p].kind or "?"
            self.correct_by_kind[kind] = self.correct_by_kind.get(kind, 0) + 1
            pq, gq = predicted[p], gold[g]
            ok = same_speaker(pq.speaker_name, gq.speaker_name)
            self.attributed += ok
            self.jaccard_sum += _jaccard(pq, gq)
            self.cue_hits += _cue_hit(pq, gq)
            kind = gq.kind or "?"
            self.found_by_kind[kind] = self.found_by_kind.get(kind, 0) + 1
            source = "explicit" if gq.speaker_explicit else "null"
            tally = self.attributed_by_source.setdefault(source, [0, 0])
            tally[0] += ok
            tally[1] += 1
        return pairs

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def attribution_accuracy(self) -> float:
        return self.attributed / self.matched if self.matched else 0.0

    @property
    def e2e_precision(self) -> float:
        return self.attributed / self.predicted if self.predicted else 0.0

    @property
    def e2e_recall(self) -> float:
        return self.attributed / self.gold if self.gold else 0.0

    @property
    def e2e_f1(self) -> float:
        return self._f1(self.e2e_precision, self.e2e_recall)

    def detection_by_kind(self) -> dict[str, dict[str, float]]:
        """Detection per kind: recall over the gold quotes of that kind, precision over the
        predictions labelled with it (a match need not agree on the kind)."""
        table = {}
        for kind in sorted(set(self.gold_by_kind) | set(self.predicted_by_kind)):
            n_gold, n_pred = self.gold_by_kind.get(kind, 0), self.predicted_by_kind.get(kind, 0)
            p = self.correct_by_kind.get(kind, 0) / n_pred if n_pred else 0.0
            r = self.found_by_kind.get(kind, 0) / n_gold if n_gold else 0.0
            table[kind] = {
                "gold": n_gold,
                "predicted": n_pred,
                "precision": p,
                "recall": r,
                "f1": self._f1(p, r),
            }
        return table

    @property
    def span_jaccard(self) -> float:
        return self.jaccard_sum / self.matched if self.matched else 0.0

    @property
    def cue_accuracy(self) -> float:
        return self.cue_hits / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents_gold_quotes": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "detection": {"precision": self.precision, "recall": self.recall, "f1": self.f1},
            "attribution_accuracy": self.attribution_accuracy,
            "end_to_end": {"precision": self.e2e_precision, "recall": self.e2e_recall, "f1": self.e2e_f1},
            "span_jaccard": self.span_jaccard,
            "cue_accuracy": self.cue_accuracy,
            "detection_by_kind": self.detection_by_kind(),
            "recall_by_kind": {
                kind: self.found_by_kind.get(kind, 0) / n for kind, n in sorted(self.gold_by_kind.items())
            },
            "attribution_by_gold_speaker": {
                source: ok / n if n else 0.0 for source, (ok, n) in sorted(self.attributed_by_source.items())
            },
        }

    def report(self) -> str:
        """Human-readable summary, percentages."""

        def prf(p: float, r: float, f: float) -> str:
            return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"

        lines = [
            f"gold quotes {self.gold}, predicted {self.predicted}, matched {self.matched}",
            f"detection      {prf(self.precision, self.recall, self.f1)}",
            f"attribution    accuracy {100 * self.attribution_accuracy:5.1f} (among matched)",
            f"end-to-end     {prf(self.e2e_precision, self.e2e_recall, self.e2e_f1)}",
            f"span jaccard   {100 * self.span_jaccard:5.1f}   cue accuracy {100 * self.cue_accuracy:5.1f}",
        ]
        lines.append("by kind        (recall over gold of the kind, precision over predictions of it)")
        for kind, row in self.detection_by_kind().items():
            lines.append(
                f"  {kind:<12} {prf(row['precision'], row['recall'], row['f1'])}"
                f"   gold {row['gold']:.0f}, predicted {row['predicted']:.0f}"
            )
        return "\n".join(lines)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Gold documents of a JSONL file (blank lines skipped)."""
    docs = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
    return docs


def select_part(docs: Sequence[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    """A fixed split of a gold set: sorted by id, every third document (index 2, 5, 8 …) is
    held out from rule development; "tune" is the rest, "all" everything."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}")
    if part == "all":
        return list(docs)
    ordered = sorted(docs, key=lambda d: str(d.get("id")))
    held = part == "heldout"
    return [d for k, d in enumerate(ordered) if (k % 3 == 2) == held]


def score_records(
    gold_docs: Sequence[dict[str, Any]],
    records: Sequence[dict[str, Any]],
    kinds: Collection[str] | None = None,
) -> QuoteScores:
    """Score qawl records against gold documents, paired by position.

    ``kinds``: score only quotes of these kinds, gold and predicted alike (as a user who drops
    the others with jq would see them); None scores all.
    """
    if len(gold_docs) != len(records):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(records)} records")
    scores = QuoteScores()
    for gold, record in zip(gold_docs, records, strict=True):
        predicted = predicted_items(record.get("quotes") or [])
        expected = gold_items(gold.get("quotes") or [])
        if kinds is not None:
            predicted = [q for q in predicted if q.kind in kinds]
            expected = [q for q in expected if q.kind in kinds]
        scores.add(predicted, expected)
    return scores


def parse_kinds(text: str | None) -> frozenset[str] | None:
    """The kinds of a ``--kinds`` option ("direct,indirect,mixed"); None or "all" keeps all."""
    if text is None or text.strip() in ("", "all"):
        return None
    kinds = frozenset(k.strip() for k in text.split(",") if k.strip())
    unknown = kinds - set(QUOTE_KINDS)
    if unknown:
        raise ValueError(
            f"unknown quote kind(s) {', '.join(sorted(unknown))}; known: {', '.join(QUOTE_KINDS)}"
        )
    return kinds
