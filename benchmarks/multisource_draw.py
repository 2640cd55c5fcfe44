"""What the multi-source quote-set draws share (draw_quotes_tune4.py, draw_quotes_blind3.py,
draw_quotes_tune13.py, draw_quotes_tune14.py): the speech-cue proxy for several speakers, the
whitespace-normalised text that finds republished copies, the candidate list every rule filters,
sorts by id number and de-duplicates the same way, and the "fresh" draw that skips every earlier
set and the rule writers' sample."""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections.abc import Iterable
from itertools import islice
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


# The first articles of the multi-source file: the sample the rule writers read.
RULE_WRITERS_SAMPLE = 5000


def draw_fresh(shared: Path, earlier: list[Path], listed_ids: list[Path], skip_first: int) -> list[dict]:
    """The blind3 rule's ranked list without any article a rule writer or an earlier set has seen.

    Multi-source articles of 3,000-9,000 characters with at least five speech cues, shuffled with
    blind3's seed; then every id and text of the `earlier` sets, every id in `listed_ids` (the
    first word of a line: "id" or "id sentence N") and the first `skip_first` corpus articles
    (the rule writers' sample) are skipped.
    """
    skip_ids, skip_texts = earlier_sets(earlier)
    for listed in listed_ids:
        with open(listed, encoding="utf-8") as lines:
            skip_ids.update(line.split()[0] for line in lines if line.strip())
    with gzip.open(shared / "data/news/ant_multisource.jsonl.gz", "rt", encoding="utf-8") as lines:
        skip_ids.update(json.loads(line)["id"] for line in islice(lines, skip_first))
    docs = candidates(shared, set(), set(), chars=(3000, 9000), min_cues=5)
    random.Random(20261206).shuffle(docs)
    return [d for d in docs if d["id"] not in skip_ids and norm(d["text"]) not in skip_texts]


def draw_fresh_cli(description: str, earlier_set_names: list[str]) -> None:
    """The command line of a draw_fresh set: `--shared DIR --count N`, the drawn articles on stdout."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    here = Path(__file__).resolve().parent
    gold = [args.shared / "data/quotes/dev.jsonl", args.shared / "data/quotes/seed.jsonl"]
    earlier = gold + [here / "data" / name for name in earlier_set_names]
    listed = [here / "data" / "blind3_excluded_ids.txt", here.parent / "training/data/ner_news.ids"]
    print_drawn(draw_fresh(args.shared, earlier, listed, RULE_WRITERS_SAMPLE), args.count)
