"""Per-document instructions: what a run over a set of articles costs beyond start-up.

A count over 300 articles is 30% start-up (imports, source compilation under
PYTHONDONTWRITEBYTECODE, data loads), which a speed round on the per-document code cannot
move. This runs the same articles under valgrind's cachegrind in cumulative modes and takes
differences:

    base       build the pipeline (no NER) and read the articles, nothing else
    gazetteer  base + the gazetteer stage over every article
    pipeline   base + every stage (gazetteer, quotes)
    records    pipeline + each record as the CLI writes it (``to_record``, ``writers.dumps``)

and prints start-up (base), the gazetteer stage (gazetteer - base), the quote stage
(pipeline - gazetteer), the records (records - pipeline) and the per-document figure
(records - base), in all and per article. GC off and PYTHONHASHSEED=0, as ``/work/tools/cg.sh``.

    python benchmarks/doc_instructions.py [--docs /tmp/c300.jsonl] [--modes base,records]
    python benchmarks/doc_instructions.py --base            # the base count alone
    python benchmarks/doc_instructions.py --inner MODE DOCS # one mode, without valgrind

The tree measured is the one this file sits in, or ``--tree`` (put first on ``sys.path``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("base", "gazetteer", "pipeline", "records")
_REFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def inner(mode: str, docs_path: str, tree: Path = ROOT) -> None:
    """One mode, run in this process (under valgrind when called by :func:`count`)."""
    import gc

    gc.disable()
    sys.path.insert(0, str(tree))
    import json

    from qawl.document import Document
    from qawl.pipeline import Pipeline, PipelineOptions
    from qawl.run.writers import dumps  # imported in every mode: start-up, not per document

    with open(docs_path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    docs = [Document(id=row["id"], text=row["text"]) for row in rows]
    pipeline = Pipeline(PipelineOptions(ner=False))
    if mode == "gazetteer":
        dict(pipeline.stages)["gazetteer"].process(docs)
    elif mode in ("pipeline", "records"):
        pipeline.process(docs)
    if mode == "records":
        print(sum(len(dumps(doc.to_record())) for doc in docs))


def count(mode: str, docs_path: str, python: str, tree: Path = ROOT) -> int:
    """Instructions of one mode (valgrind cachegrind, no cache simulation)."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(tree))
    args = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        python,
        str(Path(__file__).resolve()),
        "--tree",
        str(tree),
        "--inner",
        mode,
        docs_path,
    ]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    found = _REFS_RE.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from valgrind: {done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def report(counts: dict[str, int], articles: int) -> list[str]:
    """The table of stage figures the counts give."""
    parts = [
        ("start-up (base)", "base", None),
        ("gazetteer stage", "gazetteer", "base"),
        ("quote stage", "pipeline", "gazetteer"),
        ("records", "records", "pipeline"),
        ("per-document (records - base)", "records", "base"),
        ("stages (pipeline - base)", "pipeline", "base"),
    ]
    lines = [f"{'mode':<32}{'instructions':>16}{'per article':>14}"]
    for mode in MODES:
        if mode in counts:
            lines.append(f"{mode:<32}{counts[mode]:>16,}{counts[mode] / articles:>14,.0f}")
    lines.append("")
    for label, high, low in parts:
        if high in counts and (low is None or low in counts):
            value = counts[high] - (counts[low] if low else 0)
            lines.append(f"{label:<32}{value:>16,}{value / articles:>14,.0f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", default="/tmp/c300.jsonl")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated, of " + ", ".join(MODES))
    parser.add_argument("--base", action="store_true", help="the base mode alone")
    parser.add_argument("--inner", nargs=2, metavar=("MODE", "DOCS"), help="run one mode here")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the qawl tree to measure")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    tree = args.tree.resolve()
    if args.inner:
        inner(*args.inner, tree)
        return
    modes = ["base"] if args.base else [m for m in args.modes.split(",") if m]
    unknown = set(modes) - set(MODES)
    if unknown:
        parser.error(f"unknown modes: {', '.join(sorted(unknown))}")
    with open(args.docs, encoding="utf-8") as handle:
        articles = sum(1 for line in handle if line.strip())
    counts = {}
    for mode in MODES:
        if mode in modes:
            counts[mode] = count(mode, args.docs, args.python, tree)
            print(f"{mode}: {counts[mode]:,}", file=sys.stderr, flush=True)
    print(f"{args.docs}: {articles} articles, tree {tree}")
    print("\n".join(report(counts, articles)))


if __name__ == "__main__":
    main()
