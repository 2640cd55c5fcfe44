"""The work behind ``qawl gazetteer lookup`` (imported only when the command runs)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qawl.gazetteers import Candidate, GazetteerError, GazetteerIndex, load_index, name_key, similarity


def near_misses(index: GazetteerIndex, name: str, exclude: set[str], limit: int) -> list[dict[str, Any]]:
    """The most similar names below the matching threshold, so a user sees why none matched."""
    from rapidfuzz import fuzz, process

    from qawl.gazetteers.index import match_form

    choices = {" ".join(key): key for key in index.keys()}  # noqa: SIM118 - a method, not a dict
    query = match_form(name)
    out = []
    for text, score, _ in process.extract(
        query, list(choices), scorer=fuzz.ratio, processor=None, limit=limit * 3
    ):
        for entry in index.entries_for(choices[text]):
            if entry.id in exclude or len(out) >= limit:
                continue
            exclude.add(entry.id)
            reason = f"near miss: similarity {score:.0f} to {text!r}, below the threshold (not linked)"
            out.append(_row(entry, round(score / 100, 3), reason, text))
    return out


def _row(entry: Any, score: float, reason: str, matched: str) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kb_id": entry.kb_id,
        "label": entry.label,
        "name": entry.name,
        "score": score,
        "matched": matched,
        "reason": reason,
        "source": entry.source,
    }


def run_lookup(name: str, files: Sequence[Path], include_default: bool, as_json: bool, limit: int) -> int:
    try:
        index = load_index(files, include_default)
    except GazetteerError as exc:
        print(exc)
        return 2
    key = name_key(name)
    candidates = index.find(name)
    if not candidates:
        candidates = [
            Candidate(c.entry, c.score, c.reason + "; linked when NER tags it as a person", c.matched)
            for c in index.surname_candidates(name) or index.bare_surname_candidates(name)
        ]
    rows = [_row(c.entry, c.score, c.reason, c.matched) for c in candidates]
    if key and len(key) == 1 and key[0] in index.common_words:
        for row in rows:
            row["reason"] += "; an ordinary word too: linked only when NER tags it"
    misses = near_misses(index, name, {r["id"] for r in rows}, limit) if limit > 0 else []
    if as_json:
        print(
            json.dumps(
                {"query": name, "key": " ".join(key), "candidates": rows, "near_misses": misses},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"query {name!r} → key {' '.join(key)!r}")
    table = Table("score", "id", "label", "name", "kb_id", "why")
    for row in rows + misses:
        table.add_row(
            f"{row['score']:.3f}", row["id"], row["label"], row["name"], row["kb_id"] or "", row["reason"]
        )
    console.print(table if rows or misses else "no candidates")
    return 0 if rows else 1


__all__ = ["near_misses", "run_lookup", "similarity"]
