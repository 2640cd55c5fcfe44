"""Draw news sentences for hand-annotated NER training data (fixed rule, decided before annotating).

Rule: the articles of both news corpora (ant_multisource.jsonl.gz, ant_jawharafm.jsonl) that are in
no quote gold or tuning set (dev, seed, benchmarks/data/quotes_*.jsonl) and none of whose sentences
is in the blind NER set (benchmarks/data/ner_blind.ids), shuffled together with
random.Random(20261206); from each, in order, the first two sentences (qawl.arabic's sentence
splitter) of 8–60 tokens that are not the title; stop at COUNT sentences. The output is in the
blind set's drawing format: a ``# <id> sentence <n>`` line, then ``token<TAB>O`` lines, then a
blank line, ready for an annotator to replace the tags.

    python training/draw_ner_news.py --shared ../shared --count 1600 > drawn.bio
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path

from qawl.training.sampling import draw_sentences, write_drawn

ROOT = Path(__file__).resolve().parent.parent


def held_out_ids(shared: Path) -> set[str]:
    """Articles that evaluation reads: never training data."""
    ids: set[str] = set()
    gold = [shared / "data/quotes/dev.jsonl", shared / "data/quotes/seed.jsonl"]
    for path in (*gold, *sorted((ROOT / "benchmarks/data").glob("quotes_*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            ids.update(json.loads(line)["id"] for line in lines if line.strip())
    with open(ROOT / "benchmarks/data/ner_blind.ids", encoding="utf-8") as lines:
        ids.update(line.split()[0] for line in lines if line.strip())
    return ids


def read_articles(shared: Path) -> Iterator[dict]:
    with gzip.open(shared / "data/news/ant_multisource.jsonl.gz", "rt", encoding="utf-8") as lines:
        yield from map(json.loads, lines)
    with open(shared / "data/news/ant_jawharafm.jsonl", encoding="utf-8") as lines:
        yield from map(json.loads, lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=1600)
    args = parser.parse_args()
    skip = held_out_ids(args.shared)
    docs = [doc for doc in read_articles(args.shared) if doc["id"] not in skip]
    random.Random(20261206).shuffle(docs)
    write_drawn(draw_sentences(docs, args.count))


if __name__ == "__main__":
    main()
