"""Draw the articles of the third blind quote set, from the multi-source press (fixed rule).

Rule (decided before any article was looked at, no cherry-picking): articles of
ant_multisource.jsonl.gz (Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia; 2018)
that no existing quote set holds (dev.jsonl, seed.jsonl and the eight benchmarks/data/quotes_*.jsonl
files that existed when this set was drawn), matched by id and also by text (whitespace-normalised),
so that a republished copy under another id is left out too; also left out: every id listed in
benchmarks/data/blind3_excluded_ids.txt (the ant_multisource ids of every .jsonl file under
/work/d2*, /work/d3*, /work/a2*, /work/a3* and /work/notes/s6 on the machine where the set was
drawn: articles the rule writers read or scored; one id a line, sorted); text of 3,000–9,000
characters with at least five whole-word speech cues of the list below (the same list as
draw_quotes_tune4.py; a proxy for several speakers that reads no qawl output); a text that repeats
an earlier candidate's (lower id number) is dropped; candidates sorted by id number, then shuffled
with random.Random(20261206). The annotator takes the articles in this order until the set holds at
least 200 quotes. Writes one JSON line per article in shuffled order ({"id", "title", "text",
"quotes": []}) to stdout; COUNT limits how many.

    python benchmarks/draw_quotes_blind3.py --shared ../shared --count 30 > drawn.jsonl
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from multisource_draw import candidates, earlier_sets, print_drawn

HERE = Path(__file__).resolve().parent

# The quote sets that existed when this set was drawn; listed, not globbed, so that later sets
# (this one included) do not change the draw.
EARLIER_SETS = [
    "quotes_blind.jsonl",
    "quotes_blind2.jsonl",
    "quotes_blind2_second_annotator.jsonl",
    "quotes_jawhara_dev.jsonl",
    "quotes_jawhara_tune2.jsonl",
    "quotes_jawhara_tune3.jsonl",
    "quotes_jawhara_tune5.jsonl",
    "quotes_multi_tune4.jsonl",
]

# Ids the rule writers had read or scored (see the docstring); committed, as those folders exist
# only on the machine where the set was drawn.
EXCLUDED_IDS = HERE / "data" / "blind3_excluded_ids.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=30)
    args = parser.parse_args()
    paths = [args.shared / "data/quotes/dev.jsonl", args.shared / "data/quotes/seed.jsonl"]
    skip_ids, skip_texts = earlier_sets(paths + [HERE / "data" / name for name in EARLIER_SETS])
    with open(EXCLUDED_IDS, encoding="utf-8") as lines:
        skip_ids.update(line.strip() for line in lines if line.strip())
    docs = candidates(args.shared, skip_ids, skip_texts, chars=(3000, 9000), min_cues=5)
    random.Random(20261206).shuffle(docs)
    print_drawn(docs, args.count)


if __name__ == "__main__":
    main()
