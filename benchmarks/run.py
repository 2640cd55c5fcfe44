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
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def cpu_run(args: list[str], stdin_path: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + sys, the process and every worker it waited for) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as stdin:
        subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def first_record_seconds(doc: Path, runs: int = 5) -> tuple[list[float], list[float]]:
    """Seconds from starting ``qawl extract`` (NER on) to its first record, and the run's CPU seconds."""
    firsts, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        process = subprocess.Popen(
            [*QAWL, "extract", "-q", str(doc)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        assert process.stdout is not None
        process.stdout.readline()
        firsts.append(time.perf_counter() - start)
        process.communicate()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return firsts, cpus


def _children(pid: int) -> list[int]:
    """Worker processes of ``pid`` (multiprocessing's resource tracker is no worker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] != str(pid):
                    continue
                if b"resource_tracker" not in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except (OSError, IndexError):
                continue
    return found


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a live process has used so far, from /proc/<pid>/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _memory_kib(pid: int) -> dict[str, int]:
    """Rss, Pss and USS (private clean + dirty) of a process, from /proc/<pid>/smaps_rollup."""
    fields: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
            name, value = line.split(":", 1)
            fields[name] = int(value.split()[0])
    except (OSError, ValueError, IndexError):
        return {}
    return {
        "rss": fields.get("Rss", 0),
        "pss": fields.get("Pss", 0),
        "uss": fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0),
    }


def worker_memory_mib(sample: Path, workers: int = 2) -> dict[str, Any]:
    """Largest Rss/Pss/USS (MiB) of the parent and (mean) of each worker of a NER run, sampled;
    also the CPU seconds each worker used (how evenly the pool splits the work)."""
    process = subprocess.Popen(
        [*QAWL, "extract", "-q", "--workers", str(workers), str(sample)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    peaks: dict[int, dict[str, int]] = {}
    cpu: dict[int, float] = {}
    while process.poll() is None:
        for pid in [process.pid, *_children(process.pid)]:
            for name, value in _memory_kib(pid).items():
                peak = peaks.setdefault(pid, {})
                peak[name] = max(peak.get(name, 0), value)
            cpu[pid] = max(cpu.get(pid, 0.0), _cpu_seconds(pid))
        time.sleep(0.2)
    parent = peaks.get(process.pid, {})
    kids = [peak for pid, peak in peaks.items() if pid != process.pid]
    figures: dict[str, Any] = {f"parent_{name}": value / 1024 for name, value in parent.items()}
    for name in ("rss", "pss", "uss"):
        values = [kid.get(name, 0) for kid in kids]
        figures[f"worker_{name}"] = sum(values) / len(values) / 1024 if values else 0.0
    figures["workers_seen"] = len(kids)
    figures["worker_cpu"] = sorted(seconds for pid, seconds in cpu.items() if pid != process.pid)
    figures["parent_cpu"] = cpu.get(process.pid, 0.0)
    return figures


def workers_speedup(sample: Path, rounds: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """1 and 2 workers taking turns ``rounds`` times: seconds with start-up subtracted (a near-empty
    run, as in :func:`qawl_ner_seconds`) and CPU seconds of the whole run."""
    tiny = sample.parent / "tiny.jsonl"
    tiny.write_text(
        (json.dumps({"id": "x", "text": "نص"}, ensure_ascii=False) + "\n") * (2 * DEFAULT_BATCH_SIZE),
        encoding="utf-8",
    )
    seconds: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    for round_ in range(rounds):
        for workers in (1, 2) if round_ % 2 == 0 else (2, 1):
            args = [*QAWL, "extract", "-q", "--workers", str(workers)]
            wall, used = cpu_run([*args, str(sample)])
            startup, _ = cpu_run([*args, str(tiny)])
            seconds[workers].append(max(wall - startup, 1e-6))
            cpu[workers].append(used)
    return seconds[1], seconds[2], cpu[1], cpu[2]


def with_competitor(sample: Path, rounds: int) -> tuple[list[float], list[float]]:
    """Wall seconds of ``--workers 1`` idle and beside one CPU-bound process, taking turns.

    The competitor runs in a session of its own, as another program would: where the kernel
    shares CPU between sessions (autogroup), one in the bench's session would take half of
    qawl's share whatever qawl does.
    """
    args = [*QAWL, "extract", "-q", "--workers", "1", str(sample)]
    idle, busy = [], []
    for _ in range(rounds):
        idle.append(cpu_run(args)[0])
        competitor = subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
        try:
            busy.append(cpu_run(args)[0])
        finally:
            competitor.kill()
            competitor.wait()
    return idle, busy


def document_size_seconds(shared: Path, work: Path, megabytes: int = 1) -> tuple[float, float]:
    """Wall seconds of ``--no-ner`` over one article of 4 × ``megabytes`` MB and over four
    articles of ``megabytes`` MB each (corpus articles joined by newlines; one worker): a
    document's cost should grow linearly with its size."""
    size = megabytes * 1_000_000
    parts: list[list[str]] = [[]]
    filled = 0
    for line in news_lines(shared):
        text = json.loads(line)["text"]
        parts[-1].append(text)
        filled += len(text.encode("utf-8")) + 1
        if filled >= size:
            if len(parts) == 4:
                break
            parts.append([])
            filled = 0
    quarters = ["\n".join(part) for part in parts]
    one = work / "one_big_article.jsonl"
    one.write_text(json.dumps({"id": "big", "text": "\n".join(quarters)}, ensure_ascii=False) + "\n")
    four = work / "four_articles.jsonl"
    four.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in quarters))
    args = [*QAWL, "extract", "-q", "--no-ner", "--workers", "1", "--max-chars", str(8 * size)]
    return cpu_run([*args, str(one)])[0], cpu_run([*args, str(four)])[0]


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, and whether CPU is shared between sessions first
    (autogroup: then more workers get no more CPU while other sessions are busy)."""
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"
    try:
        autogroup = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return load
    return f"{load} (autogroup {'on' if autogroup else 'off'})"


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    return f"{ordered[len(ordered) // 2]:.2f} (range {ordered[0]:.2f}–{ordered[-1]:.2f}, n={len(ordered)})"


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
    parser.add_argument(
        "--rounds", type=int, default=3, help="turns of 1 and 2 workers, idle and beside a load"
    )
    parser.add_argument(
        "--only-workers",
        action="store_true",
        help="only start-up, workers and memory; print the table, leave RESULTS.md as it is",
    )
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
    report("load average when the bench started (1, 5, 15 min)", load_average(), "–")
    short = work / "short.txt"
    short.write_text("قال باشينيان إن الوضع خطير\n", encoding="utf-8")
    firsts, cpus = first_record_seconds(short)
    report(
        "first record with NER, one short document (wall; CPU of the run)",
        f"{_spread(firsts)} s; CPU {_spread(cpus)} s",
        "≤ 2.5 s",
    )

    sample = work / "sample.jsonl"
    articles, chars = write_sample(args.shared, n, sample)
    tokens = count_tokens(sample)
    print(f"sample: {articles} articles, {chars:,} chars, {tokens:,} tokens", flush=True)

    ones, twos, one_cpus, two_cpus = workers_speedup(sample, args.rounds)
    one, two = statistics.median(ones), statistics.median(twos)
    report("NER end-to-end, 1 worker", f"{tokens / one:,.0f} tokens/s", "≥ 5,000 tokens/s")
    report(
        "1 → 2 workers speed-up (start-up subtracted; median of turns)",
        f"{one / two:.2f}× (turns: {', '.join(f'{a / b:.2f}' for a, b in zip(ones, twos, strict=True))})",
        "≥ 1.8×",
    )
    report(
        "1 → 2 workers, CPU seconds of the whole run (user + sys, workers included)",
        f"{_spread(one_cpus)} vs {_spread(two_cpus)}",
        "–",
    )
    idle, busy = with_competitor(sample, args.rounds)
    report(
        "`--workers 1` beside one CPU-bound process, over idle (wall)",
        f"{statistics.median(busy) / statistics.median(idle):.2f}× (idle {_spread(idle)} s; "
        f"beside it {_spread(busy)} s)",
        "≤ 1.3×",
    )
    memory = worker_memory_mib(sample, 2)
    report(
        "memory, `--workers 2` with NER: the parent (holds the model)",
        f"RSS {memory.get('parent_rss', 0):.0f} MiB, PSS {memory.get('parent_pss', 0):.0f} MiB",
        "–",
    )
    report(
        "memory per extra worker (PSS; USS = its private pages)",
        f"PSS {memory['worker_pss']:.0f} MiB, USS {memory['worker_uss']:.0f} MiB "
        f"(RSS {memory['worker_rss']:.0f} MiB, {memory['workers_seen']:.0f} workers)",
        "–",
    )
    worker_cpu = memory["worker_cpu"]
    report(
        "`--workers 2` with NER: CPU seconds of each worker (the parent's, start-up included)",
        " / ".join(f"{seconds:.1f}" for seconds in worker_cpu) + f" ({memory['parent_cpu']:.1f})",
        "–",
    )
    if worker_cpu:
        report(
            "2 workers, each on a core of its own: speed-up of the pool (sum / max of their CPU)",
            f"{sum(worker_cpu) / max(worker_cpu):.2f}×",
            "–",
        )
    if args.only_workers:
        print(f"\nMachine: {machine()}. Load average at the end: {load_average()}.")
        print("\n| figure | value | goal |\n|---|---|---|")
        print("\n".join(f"| {name} | {value} | {goal} |" for name, value, goal in rows))
        return
    bare = bare_stanza_seconds(sample)
    if bare:
        report("bare Stanza, same model and tokens, 1 thread", f"{tokens / bare:,.0f} tokens/s", "–")
        report("qawl / bare Stanza", f"{bare / one:.2f}", "≥ 0.9")
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

    megabytes = 1
    big, quarters = document_size_seconds(args.shared, work, megabytes)
    report(
        f"one {4 * megabytes} MB article vs four {megabytes} MB articles (--no-ner, 1 worker)",
        f"{big:.1f} s vs {quarters:.1f} s ({big / max(quarters, 1e-6):.2f}×)",
        "≤ 5×",
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
    results = ROOT / "benchmarks" / "RESULTS.md"
    # Sections written by hand below the table (before/after notes of past issues) are kept.
    old = results.read_text(encoding="utf-8") if results.exists() else ""
    notes = old[old.index("\n## ") :] if "\n## " in old else ""
    results.write_text("\n".join(lines) + notes, encoding="utf-8")
    print(f"wrote {ROOT / 'benchmarks' / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
