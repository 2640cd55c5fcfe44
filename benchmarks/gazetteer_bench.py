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
from qawl.pipeline import DEFAULT_BATCH_SIZE  # noqa: E402

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


def aho_automaton(names: list[str]) -> tuple[Any, float]:
    """A pyahocorasick automaton of ``names`` and the seconds it took to build."""
    import ahocorasick

    start = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for i, name in enumerate(names):
        automaton.add_word(name, i)
    automaton.make_automaton()
    return automaton, time.perf_counter() - start


def aho_scan(automaton: Any, texts: list[str]) -> tuple[int, float]:
    """(matches, seconds) of an exact scan of ``texts`` with a pyahocorasick automaton."""
    found = 0
    start = time.perf_counter()
    for text in texts:
        for _ in automaton.iter(text):
            found += 1
    return found, time.perf_counter() - start


def link_in_batches(linker: GazetteerLinker, texts: list[str]) -> tuple[int, float]:
    """(mentions, seconds) of linking ``texts`` as `qawl extract --no-ner` does: in batches of
    the CLI's size, each dropped once written (here: counted)."""
    start = time.perf_counter()
    mentions = 0
    for first in range(0, len(texts), DEFAULT_BATCH_SIZE):
        chunk = texts[first : first + DEFAULT_BATCH_SIZE]
        batch = [Document(str(i), text) for i, text in enumerate(chunk, first)]
        linker.process(batch)
        mentions += sum(len(d.mentions) for d in batch)
    return mentions, time.perf_counter() - start


def paired_ratio(linker: GazetteerLinker, automaton: Any, texts: list[str]) -> float:
    """pyahocorasick's time over the linker's when the two take turns batch by batch (the
    CLI's batches): a slow spell of a shared machine then weighs on both sides alike."""
    linker_s = aho_s = 0.0
    for first in range(0, len(texts), DEFAULT_BATCH_SIZE):
        chunk = texts[first : first + DEFAULT_BATCH_SIZE]
        start = time.perf_counter()
        batch = [Document(str(i), text) for i, text in enumerate(chunk, first)]
        linker.process(batch)
        middle = time.perf_counter()
        for text in chunk:
            for _ in automaton.iter(text):
                pass
        linker_s += middle - start
        aho_s += time.perf_counter() - middle
    return aho_s / linker_s


def link_holding_all(linker: GazetteerLinker, texts: list[str]) -> float:
    """Seconds to link ``texts`` with every document's output kept to the end (a program that
    collects all of it: the garbage collector's passes over that output count here)."""
    docs = [Document(str(i), text) for i, text in enumerate(texts)]
    start = time.perf_counter()
    linker.process(docs)
    return time.perf_counter() - start


def run(shared: Path, max_chars: int, repeats: int = 5) -> dict[str, Any]:
    """Measure and return the figures (chars/s, match counts, build times).

    Each speed is the best of ``repeats`` passes, the linker's, the scan's and
    pyahocorasick's taking turns, so that a slow spell of a shared machine does not land on
    one side of the ratio only. The first pass (caches filling) is also reported, and the
    median ratio of ``repeats`` passes where the two take turns batch by batch.
    """
    texts = news_texts(shared, max_chars)
    chars = sum(map(len, texts))
    start = time.perf_counter()
    index = load_index()
    load_s = time.perf_counter() - start
    linker = GazetteerLinker(index)
    names = sorted({name for entry in index.entries.values() for name in entry.names})
    try:
        automaton, aho_build = aho_automaton(names)
    except ImportError:
        automaton = None

    link_times, scan_times, hold_times, aho_times = [], [], [], []
    for _ in range(repeats):
        mentions, seconds = link_in_batches(linker, texts)
        link_times.append(seconds)
        start = time.perf_counter()
        scan_matches = sum(len(index.scan(text)) for text in texts)
        scan_times.append(time.perf_counter() - start)
        hold_times.append(link_holding_all(linker, texts))
        if automaton is not None:
            aho_found, seconds = aho_scan(automaton, texts)
            aho_times.append(seconds)

    paired = sorted(paired_ratio(linker, automaton, texts) for _ in range(repeats)) if automaton else []
    link_s, hold_all_s = min(link_times), min(hold_times)
    result: dict[str, Any] = {
        "chars": chars,
        "docs": len(texts),
        "gazetteer_names": len(names),
        "default_load_s": round(load_s, 3),
        "passes": repeats,
        "linker_chars_per_s": round(chars / link_s),
        "linker_first_pass_chars_per_s": round(chars / link_times[0]),
        "linker_mentions": mentions,
        "linker_hold_all_chars_per_s": round(chars / hold_all_s),
        "scan_only_chars_per_s": round(chars / min(scan_times)),
        "scan_only_matches": scan_matches,
    }
    if automaton is None:
        result["ahocorasick"] = "not installed (pip install pyahocorasick)"
    else:
        aho_s = min(aho_times)
        result.update(
            {
                "ahocorasick_chars_per_s": round(chars / aho_s),
                "ahocorasick_matches": aho_found,
                "ahocorasick_build_s": round(aho_build, 3),
                "linker_vs_ahocorasick": round(aho_s / link_s, 3),
                "linker_hold_all_vs_ahocorasick": round(aho_s / hold_all_s, 3),
                "linker_vs_ahocorasick_batch_by_batch_median": round(paired[len(paired) // 2], 3),
                "linker_vs_ahocorasick_batch_by_batch_range": f"{paired[0]:.3f}-{paired[-1]:.3f}",
            }
        )

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
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(run(args.shared, args.max_chars, args.repeats), indent=2))


if __name__ == "__main__":
    main()
