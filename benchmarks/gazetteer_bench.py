"""Gazetteer speed: the linker with no NER over news text, next to a pyahocorasick scan of
the same names over the same text, and the index build time for 100k synthetic names.

``run(shared, max_chars)`` is called by ``benchmarks/run.py``; it can also run alone:
``python benchmarks/gazetteer_bench.py --shared ../shared --max-chars 5000000``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from qawl.document import Document  # noqa: E402
from qawl.extractors.gazetteer import GazetteerLinker  # noqa: E402
from qawl.gazetteers import Entry, GazetteerIndex, load_index  # noqa: E402
from qawl.parallel import DEFAULT_BATCH_SIZE  # noqa: E402

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def news_texts(shared: Path, max_chars: int) -> list[str]:
    """Article texts from the shared news corpus, in file order, up to ``max_chars``."""
    texts: list[str] = []
    total = 0
    news = shared / "data" / "news"
    for path in sorted(news.glob("*.jsonl.gz")) + sorted(news.glob("*.jsonl")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                texts.append(text)
                total += len(text)
                if total >= max_chars:
                    return texts
    return texts


def synthetic_entries(count: int, seed: int = 7) -> dict[str, Entry]:
    """``count`` entries with random Arabic-letter names of one to three words and an alias."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 9)))

    entries = {}
    for i in range(count):
        name = " ".join(word() for _ in range(rng.choice((1, 1, 2, 2, 3))))
        entries[f"s{i}"] = Entry(f"s{i}", rng.choice(("PER", "LOC", "ORG")), name, (word(),))
    return entries


def aho_scan(names: list[str], texts: list[str]) -> tuple[float, int, float]:
    """(build seconds, matches, scan seconds) of a pyahocorasick exact scan of ``names``."""
    import ahocorasick

    start = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for i, name in enumerate(names):
        automaton.add_word(name, i)
    automaton.make_automaton()
    built = time.perf_counter() - start
    found = 0
    start = time.perf_counter()
    for text in texts:
        for _ in automaton.iter(text):
            found += 1
    return built, found, time.perf_counter() - start


def run(shared: Path, max_chars: int) -> dict[str, Any]:
    """Measure and return the figures (chars/s, match counts, build times)."""
    texts = news_texts(shared, max_chars)
    chars = sum(map(len, texts))
    start = time.perf_counter()
    index = load_index()
    load_s = time.perf_counter() - start
    linker = GazetteerLinker(index)

    start = time.perf_counter()
    scan_matches = sum(len(index.scan(text)) for text in texts)
    scan_s = time.perf_counter() - start

    # As `qawl extract --no-ner` runs it: batches of the CLI's size, each dropped once written
    # (here: counted), so the linker's output does not pile up in memory.
    start = time.perf_counter()
    mentions = 0
    for first in range(0, len(texts), DEFAULT_BATCH_SIZE):
        chunk = texts[first : first + DEFAULT_BATCH_SIZE]
        batch = [Document(str(i), text) for i, text in enumerate(chunk, first)]
        linker.process(batch)
        mentions += sum(len(d.mentions) for d in batch)
    link_s = time.perf_counter() - start
    # Every document's output kept until the end (a program that collects all of it): the
    # collector's passes over the growing output cost more here.
    docs = [Document(str(i), text) for i, text in enumerate(texts)]
    start = time.perf_counter()
    linker.process(docs)
    hold_all_s = time.perf_counter() - start

    names = sorted({name for entry in index.entries.values() for name in entry.names})
    result: dict[str, Any] = {
        "chars": chars,
        "docs": len(texts),
        "gazetteer_names": len(names),
        "default_load_s": round(load_s, 3),
        "linker_chars_per_s": round(chars / link_s),
        "linker_mentions": mentions,
        "linker_hold_all_chars_per_s": round(chars / hold_all_s),
        "scan_only_chars_per_s": round(chars / scan_s),
        "scan_only_matches": scan_matches,
    }
    try:
        aho_build, aho_found, aho_s = aho_scan(names, texts)
        result.update(
            {
                "ahocorasick_chars_per_s": round(chars / aho_s),
                "ahocorasick_matches": aho_found,
                "ahocorasick_build_s": round(aho_build, 3),
                "linker_vs_ahocorasick": round(aho_s / link_s, 3),
                "linker_hold_all_vs_ahocorasick": round(aho_s / hold_all_s, 3),
            }
        )
    except ImportError:
        result["ahocorasick"] = "not installed (pip install pyahocorasick)"

    synthetic = synthetic_entries(100_000)
    start = time.perf_counter()
    big = GazetteerIndex(synthetic)
    result["index_build_100k_s"] = round(time.perf_counter() - start, 3)
    result["index_build_100k_names"] = big.name_count
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--max-chars", type=int, default=5_000_000)
    args = parser.parse_args()
    print(json.dumps(run(args.shared, args.max_chars), indent=2))


if __name__ == "__main__":
    main()
