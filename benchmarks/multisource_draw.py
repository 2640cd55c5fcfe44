"""What the multi-source quote-set draws share (draw_quotes_tune4.py, draw_quotes_blind3.py): the
speech-cue proxy for several speakers, the whitespace-normalised text that finds republished copies,
and the candidate list every rule filters, sorts by id number and de-duplicates the same way."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from pathlib import Path

STEMS = [
    "قال",
    "قالت",
    "أكد",
    "أكدت",
    "أضاف",
    "أضافت",
    "أعلن",
    "أعلنت",
    "أشار",
    "أشارت",
    "صرح",
    "صرحت",
    "أوضح",
    "أوضحت",
    "اعتبر",
    "اعتبرت",
    "حذر",
    "حذرت",
    "نفى",
    "نفت",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
    "وفق",
    "وفقا",
    "بحسب",
    "حسب",
    "مؤكدا",
    "مضيفا",
    "مشيرا",
    "موضحا",
]
# Each stem alone or with an attached و/ف; a trailing tanween (وفقاً) is not a word character.
CUE_RE = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(STEMS) + r")(?!\w)")
SPACE_RE = re.compile(r"\s+")


def norm(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip()


def number(doc_id: str) -> int:
    return int(doc_id.rsplit("-", 1)[1])


def earlier_sets(paths: Iterable[Path]) -> tuple[set[str], set[str]]:
    """The ids and normalised texts of the quote sets at ``paths``."""
    ids: set[str] = set()
    texts: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                ids.add(doc["id"])
                texts.add(norm(doc["text"]))
    return ids, texts


def candidates(
    shared: Path, skip_ids: set[str], skip_texts: set[str], chars: tuple[int, int], min_cues: int
) -> list[dict]:
    """Multi-source articles of ``chars`` characters (inclusive) with ``min_cues`` speech cues or more,
    in no skipped set, sorted by id number; a text that repeats an earlier candidate's is dropped."""
    docs = []
    with gzip.open(shared / "data/news/ant_multisource.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            text = doc["text"]
            if not chars[0] <= len(text) <= chars[1] or len(CUE_RE.findall(text)) < min_cues:
                continue
            if doc["id"] in skip_ids or norm(text) in skip_texts:
                continue
            docs.append(doc)
    docs.sort(key=lambda doc: number(doc["id"]))
    seen: set[str] = set()
    kept = []
    for doc in docs:
        key = norm(doc["text"])
        if key in seen:
            continue
        seen.add(key)
        kept.append(doc)
    return kept


def print_drawn(docs: list[dict], count: int) -> None:
    """One JSON line per drawn article, ready to annotate."""
    for doc in docs[:count]:
        print(
            json.dumps(
                {"id": doc["id"], "title": doc["title"], "text": doc["text"], "quotes": []},
                ensure_ascii=False,
            )
        )
