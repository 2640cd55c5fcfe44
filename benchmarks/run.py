"""qawl's benchmark suite: prints every figure and writes benchmarks/RESULTS.md.

    python benchmarks/run.py --shared ../shared [--articles 1000] [--quick]

A benchmark reports; it never fails a test run. Each figure is measured in a subprocess so
that peak RSS and start-up cost are those a user sees.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QAWL = [sys.executable, "-m", "qawl"]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from qawl.pipeline import DEFAULT_BATCH_SIZE  # noqa: E402

# The gazetteer figures with a goal: the index build for 100k names. The linker's speed next
# to a pyahocorasick scan of the same names is reported as information only (what users feel
# is the end-to-end speed above).
GAZETTEER_GOALS = {
    "index_build_100k_s": "< 5 s",
}


def news_lines(shared: Path) -> Iterator[bytes]:
    """Every article of the news corpus as a JSONL line (multisource first, then Jawhara FM)."""
    with gzip.open(shared / "data/news/ant_multisource.jsonl.gz", "rb") as stream:
        yield from stream
    with (shared / "data/news/ant_jawharafm.jsonl").open("rb") as stream:
        yield from stream


def write_sample(shared: Path, count: int | None, path: Path) -> tuple[int, int]:
    """The first ``count`` articles (all when None) into ``path``; returns (articles, chars)."""
    articles = chars = 0
    with path.open("wb") as out:
        for line in news_lines(shared):
            if count is not None and articles >= count:
                break
            out.write(line)
            articles += 1
            chars += len(json.loads(line)["text"])
    return articles, chars


def timed_run(args: list[str], stdin_path: Path | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as stdin:
        subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    # ru_maxrss of children is the max over all children so far: run the smallest first.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) // 1024


def peak_rss_mib(args: list[str]) -> int:
    """Peak RSS of a command, measured by a fresh wrapper process so earlier runs don't mask it."""
    code = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    return int(out.stdout.strip() or 0)


def count_tokens(path: Path) -> int:
    from qawl.arabic import tokenize

    total = 0
    with path.open("rb") as stream:
        for line in stream:
            total += len(tokenize(json.loads(line)["text"]))
    return total


def bare_stanza_seconds(path: Path) -> float | None:
    """The same bundled model run by Stanza directly on the same tokens, one thread."""
    code = f"""
import json, time, torch
torch.set_num_threads(1)
from qawl.arabic import tokenize, split_sentences
from qawl.extractors.ner import resolve_model, _build_stanza_pipeline
nlp = _build_stanza_pipeline(resolve_model(), 64)
sentences = []
for line in open({str(path)!r}, encoding="utf-8"):
    text = json.loads(line)["text"]
    tokens = tokenize(text)
    for s in split_sentences(text, tokens):
        chunk = [t.text for t in tokens[s.first_token:s.last_token]]
        sentences.extend(chunk[i:i + 200] for i in range(0, len(chunk), 200))
start = time.perf_counter()
nlp(sentences)
print(time.perf_counter() - start)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    try:
        return float(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(out.stderr[-2000:], file=sys.stderr)
        return None


def qawl_ner_seconds(path: Path, workers: int) -> float:
    """End-to-end ``qawl extract`` minus start-up (a near-empty run), so it compares with bare Stanza.

    The near-empty input holds one tiny batch per worker: the pool starts workers on demand,
    so a single document would start (and subtract) only one of them.
    """
    env_args = [*QAWL, "extract", "-q", "--workers", str(workers)]
    wall, _ = timed_run([*env_args, str(path)])
    empty = Path(tempfile.mkdtemp()) / "tiny.jsonl"
    tiny = json.dumps({"id": "x", "text": "نص"}, ensure_ascii=False) + "\n"
    empty.write_text(tiny * (workers * DEFAULT_BATCH_SIZE), encoding="utf-8")
    startup, _ = timed_run([*env_args, str(empty)])
    return max(wall - startup, 1e-6)


def help_seconds() -> float:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([*QAWL, "--help"], stdout=subprocess.DEVNULL, check=False)
        runs.append(time.perf_counter() - start)
    return min(runs)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    python = platform.python_version()
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {python}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=1000, help="articles for the NER figures")
    parser.add_argument("--quick", action="store_true", help="smaller inputs (a smoke run)")
    args = parser.parse_args()
    if not (args.shared / "data/news").exists():
        sys.exit(f"benchmarks need the news corpus under {args.shared}/data/news")
    work = Path(tempfile.mkdtemp(prefix="qawl-bench-"))
    n = 100 if args.quick else args.articles
    rows: list[tuple[str, str, str]] = []

    def report(name: str, value: str, goal: str) -> None:
        rows.append((name, value, goal))
        print(f"{name}: {value}   (goal: {goal})", flush=True)

    report("`qawl --help` wall time", f"{help_seconds():.3f} s", "≤ 0.3 s")

    sample = work / "sample.jsonl"
    articles, chars = write_sample(args.shared, n, sample)
    tokens = count_tokens(sample)
    print(f"sample: {articles} articles, {chars:,} chars, {tokens:,} tokens", flush=True)

    bare = bare_stanza_seconds(sample)
    one = qawl_ner_seconds(sample, 1)
    report("NER end-to-end, 1 worker", f"{tokens / one:,.0f} tokens/s", "≥ 5,000 tokens/s")
    if bare:
        report("bare Stanza, same model and tokens, 1 thread", f"{tokens / bare:,.0f} tokens/s", "–")
        report("qawl / bare Stanza", f"{bare / one:.2f}", "≥ 0.9")
    two = qawl_ner_seconds(sample, 2)
    report("1 → 2 workers speed-up", f"{one / two:.2f}×", "≥ 1.8×")
    for workers in (3, 4):
        seconds = qawl_ner_seconds(sample, workers)
        report(f"{workers} workers on {os.cpu_count()} cores", f"{tokens / seconds:,.0f} tokens/s", "–")

    small_rss = peak_rss_mib([*QAWL, "extract", "-q", "--workers", "1", str(sample)])
    report(f"peak RSS, NER, {articles} articles", f"{small_rss} MiB", "–")
    whole = work / "whole.jsonl"
    whole_articles, whole_chars = write_sample(args.shared, 5000 if args.quick else None, whole)
    rss_small_gaz = peak_rss_mib([*QAWL, "extract", "-q", "--no-ner", "--workers", "1", str(sample)])
    start = time.perf_counter()
    rss_whole_gaz = peak_rss_mib([*QAWL, "extract", "-q", "--no-ner", "--workers", "1", str(whole)])
    whole_seconds = time.perf_counter() - start
    report(
        f"peak RSS, --no-ner, {whole_articles} vs {articles} articles",
        f"{rss_whole_gaz} vs {rss_small_gaz} MiB ({rss_whole_gaz / max(rss_small_gaz, 1):.2f}×)",
        "≤ 1.2×",
    )
    report(
        f"--no-ner end-to-end over {whole_articles} articles (gazetteer + quotes, 1 worker)",
        f"{whole_chars / whole_seconds:,.0f} chars/s",
        "–",
    )

    try:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from gazetteer_bench import run as gazetteer_bench

        figures = gazetteer_bench(args.shared, 2_000_000 if args.quick else 10_000_000)
        for name, value in figures.items():
            report(f"gazetteer: {name}", str(value), GAZETTEER_GOALS.get(name, "–"))
    except Exception as exc:
        report("gazetteer bench", f"not run: {exc}", "–")

    lines = [
        "# qawl benchmark results",
        "",
        f"Machine: {machine()}.",
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Command: `make bench`"
        + (" (--quick)" if args.quick else "")
        + f". NER sample: the first {articles} articles of the news corpus ({tokens:,} tokens).",
        "",
        "| figure | value | goal |",
        "|---|---|---|",
        *(f"| {name} | {value} | {goal} |" for name, value, goal in rows),
        "",
    ]
    (ROOT / "benchmarks" / "RESULTS.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {ROOT / 'benchmarks' / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
