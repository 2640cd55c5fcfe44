"""Draw the sentences of the blind news NER set (fixed rule, decided before annotating).

Rule: articles of ant_multisource.jsonl.gz that are in no quote gold set (dev, seed, the blind
sets) — no NER training or dev file comes from this corpus — shuffled with
random.Random(20261205); from each, in order, the first two sentences (qawl.arabic's sentence
splitter) of 8–60 tokens that are not the title; stop at COUNT sentences. Writes the tokens one
per line as ``token<TAB>O`` (blank line between sentences, a ``# id`` comment line before each),
ready for an annotator to replace the tags.

    python benchmarks/draw_ner_blind.py --shared ../shared --count 320 > drawn.bio
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from qawl.training.sampling import draw_sentences, write_drawn

HERE = Path(__file__).resolve().parent


def gold_ids(shared: Path) -> set[str]:
    ids = set()
    for path in (shared / "data/quotes/dev.jsonl", *sorted((HERE / "data").glob("quotes_blind*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            ids.update(json.loads(line)["id"] for line in lines)
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=320)
    args = parser.parse_args()
    skip = gold_ids(args.shared)
    with gzip.open(args.shared / "data/news/ant_multisource.jsonl.gz", "rt", encoding="utf-8") as lines:
        docs = [doc for doc in map(json.loads, lines) if doc["id"] not in skip]
    random.Random(20261205).shuffle(docs)
    write_drawn(draw_sentences(docs, args.count))


if __name__ == "__main__":
    main()
