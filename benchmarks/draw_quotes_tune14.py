"""Draw the articles of the fourteenth quote tuning set (held out for the nineteenth session).

Rule (fixed before any article was read): the blind3 rule's ranked list (draw_quotes_blind3.py:
multi-source articles of 3,000–9,000 characters with at least five whole-word speech cues, sorted by
id number, a republished text dropped, shuffled with random.Random(20261206)), in order, skipping
every id and every (whitespace-normalised) text of dev.jsonl, seed.jsonl and the quote sets named
below, every id in blind3_excluded_ids.txt and training/data/ner_news.ids, and the first 5,000
articles of the news corpus (multi-source first; the rule writers' sample). The census and check
files of the tenth to seventeenth sessions were not on the machine where the set was drawn, so the
rule could not skip them. The annotator takes the articles in this order until the set holds at
least 180 quotes.

    python benchmarks/draw_quotes_tune14.py --shared ../shared --count 20 > drawn.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from itertools import islice
from pathlib import Path

from multisource_draw import candidates, earlier_sets, norm, print_drawn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The quote sets that existed when this set was drawn; listed, not globbed, so that later sets
# (this one included) do not change the draw.
EARLIER_SETS = [
    "quotes_blind.jsonl",
    "quotes_blind2.jsonl",
    "quotes_blind2_second_annotator.jsonl",
    "quotes_blind3.jsonl",
    "quotes_blind3_second_annotator.jsonl",
    "quotes_jawhara_dev.jsonl",
    "quotes_jawhara_tune2.jsonl",
    "quotes_jawhara_tune3.jsonl",
    "quotes_jawhara_tune5.jsonl",
    "quotes_multi_tune4.jsonl",
    *(f"quotes_tune{n}.jsonl" for n in range(6, 14)),
]
RULE_WRITERS_SAMPLE = 5000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    paths = [args.shared / "data/quotes/dev.jsonl", args.shared / "data/quotes/seed.jsonl"]
    skip_ids, skip_texts = earlier_sets(paths + [HERE / "data" / name for name in EARLIER_SETS])
    # One id a line in the first file; "id sentence N" in the second.
    for listed in (HERE / "data" / "blind3_excluded_ids.txt", ROOT / "training/data/ner_news.ids"):
        with open(listed, encoding="utf-8") as lines:
            skip_ids.update(line.split()[0] for line in lines if line.strip())
    with gzip.open(args.shared / "data/news/ant_multisource.jsonl.gz", "rt", encoding="utf-8") as lines:
        skip_ids.update(json.loads(line)["id"] for line in islice(lines, RULE_WRITERS_SAMPLE))
    docs = candidates(args.shared, set(), set(), chars=(3000, 9000), min_cues=5)
    random.Random(20261206).shuffle(docs)
    kept = [d for d in docs if d["id"] not in skip_ids and norm(d["text"]) not in skip_texts]
    print_drawn(kept, args.count)


if __name__ == "__main__":
    main()
