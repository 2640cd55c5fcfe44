"""`qawl extract dump.jsonl --state state.db -o results.jsonl --append`, as cron runs it every hour
and as a fault tester breaks it: killed at every step of the commit, two runs at once, paths that
cannot be written, a full disk, a closed stdout. After the rerun every document is in the output
exactly once, and every failure is one line on stderr with its own exit status."""

from __future__ import annotations

import contextlib
import fcntl
import gzip
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from conftest import ROOT, run_qawl

from qawl.pipeline import PipelineOptions
from qawl.run import Summary, extract_files
from qawl.run.faults import CRASH_ENV, CRASH_STATUS
from qawl.run.state import lock_path

DOCS = [{"id": f"d{i}", "text": f"وقال الوزير {i} إن الوضع خطير في المنطقة"} for i in range(10)]
IDS = [doc["id"] for doc in DOCS]
NO_NER = PipelineOptions(ner=False)

# A run through the library with a commit every 3 records, so that a crash can fall between two.
CRASHING_RUN = (
    "import sys\n"
    "from qawl.pipeline import PipelineOptions\n"
    "from qawl.run import extract_files\n"
    "dump, out, state, append = sys.argv[1:]\n"
    "extract_files(dump, PipelineOptions(ner=False), output=out, state=state, append=append == 'append',\n"
    "              checkpoint_records=3)\n"
)


def _jsonl(docs: list[dict]) -> bytes:
    return b"".join(orjson.dumps(doc) + b"\n" for doc in docs)


def _ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [orjson.loads(line)["id"] for line in path.read_bytes().splitlines()]


def _crash(point: str, dump: Path, out: Path, state: Path, append: bool) -> None:
    env = {**os.environ, CRASH_ENV: point}
    args = [str(dump), str(out), str(state), "append" if append else "replace"]
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_RUN, *args], env=env, cwd=ROOT, capture_output=True, timeout=120
    )
    assert result.returncode == CRASH_STATUS, result.stderr[-2000:]


def _cron(dump: Path, out: Path, state: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return run_qawl("extract", "--no-ner", "-q", str(dump), "--state", str(state), "-o", str(out), *extra)


def _rerun(dump: Path, out: Path, state: Path, append: bool) -> Summary:
    """The next hour's run, in this process (what `qawl extract` runs, without a second start-up)."""
    return extract_files(dump, NO_NER, output=out, state=state, append=append)


@pytest.mark.parametrize(
    "point", ["partial-write:1", "write:1", "fsync:1", "commit:1", "partial-write:2", "write:2", "fsync:2"]
)
def test_append_killed_at_any_step_then_rerun_has_every_document_once(tmp_path: Path, point: str) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl(DOCS[:4]))
    _rerun(dump, out, state, append=True)  # an earlier hour
    dump.write_bytes(_jsonl(DOCS))
    _crash(point, dump, out, state, append=True)  # 6 new documents: commits after 3 and at the end
    rerun = _rerun(dump, out, state, append=True)
    assert rerun.skipped + rerun.documents == 10
    assert _ids(out) == IDS
    assert _rerun(dump, out, state, append=True).documents == 0
    assert _ids(out) == IDS


@pytest.mark.parametrize("point", ["write", "fsync", "rename", "commit"])
def test_replace_killed_at_any_step_then_rerun_delivers_every_document_once(
    tmp_path: Path, point: str
) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl(DOCS))
    _crash(point, dump, out, state, append=False)
    # Without --append each run's file holds that run's documents: what the crashed run
    # delivered for good is its file once the state says so (the commit).
    delivered = _ids(out) if point == "commit" else []
    if point in ("write", "fsync"):
        assert not out.exists() and any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    _rerun(dump, out, state, append=False)
    assert sorted(delivered + _ids(out)) == sorted(IDS)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the orphan is gone


def test_sigkill_at_a_random_moment_then_rerun_has_every_document_once(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    docs = [{"id": f"k{i}", "text": f"وقال المتحدث {i} إن الهدنة هشة"} for i in range(2000)]
    dump.write_bytes(_jsonl(docs))
    command = [sys.executable, "-m", "qawl", "extract", "--no-ner", "-q", "--workers", "1", str(dump)]
    process = subprocess.Popen(
        [*command, "--state", str(state), "-o", str(out), "--append"], cwd=ROOT, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.stat().st_size > 0:  # the first commit is in
            break
        time.sleep(0.01)
    process.kill()
    process.communicate(timeout=30)
    rerun = _cron(dump, out, state, "--append")
    assert rerun.returncode == 0, rerun.stderr
    assert _ids(out) == [doc["id"] for doc in docs]


def test_sigterm_says_what_an_appending_run_committed(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    docs = [{"id": f"t{i}", "text": f"وقال المتحدث {i} إن الهدنة هشة"} for i in range(2000)]
    dump.write_bytes(_jsonl(docs))
    command = [sys.executable, "-m", "qawl", "extract", "--no-ner", "--workers", "1", str(dump)]
    process = subprocess.Popen(
        [*command, "--state", str(state), "-o", str(out), "--append"], cwd=ROOT, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and out.stat().st_size > 0):
        time.sleep(0.01)
    process.terminate()
    _, stderr = process.communicate(timeout=30)
    if process.returncode == 0:
        pytest.skip("the run finished before SIGTERM reached it")
    assert process.returncode == 143
    committed = len(_ids(out))
    assert f"terminated; {committed} records appended to {out}".encode() in stderr
    assert b"Traceback" not in stderr
    assert _cron(dump, out, state, "--append").returncode == 0
    assert _ids(out) == [doc["id"] for doc in docs]


# ------------------------------------------------------------------ one run at a time


@contextlib.contextmanager
def _held(path: Path) -> Iterator[None]:
    with path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def test_a_second_run_exits_75_at_once_with_one_line(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl(DOCS))
    with _held(lock_path(state)):
        started = time.monotonic()
        result = run_qawl("extract", str(dump), "--state", str(state), "-o", str(out), "--append")
        assert time.monotonic() - started < 30  # the model never loads
    assert result.returncode == 75
    assert len(result.stderr.splitlines()) == 1 and b"another qawl run" in result.stderr
    assert b"--wait" in result.stderr and not out.exists()


def test_wait_waits_for_the_run_that_holds_the_lock(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl(DOCS))
    command = [sys.executable, "-m", "qawl", "extract", "--no-ner", "-q", str(dump), "--wait"]
    with _held(lock_path(state)):
        process = subprocess.Popen(
            [*command, "--state", str(state), "-o", str(out), "--append"], cwd=ROOT, stderr=subprocess.PIPE
        )
        time.sleep(1.5)
        assert process.poll() is None and not out.exists()
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert _ids(out) == IDS


@pytest.mark.parametrize("wait", [True, False])
def test_two_runs_at_once_write_every_document_once(tmp_path: Path, wait: bool) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    docs = [{"id": f"c{i}", "text": f"وقال المتحدث {i} إن الهدنة هشة"} for i in range(300)]
    dump.write_bytes(_jsonl(docs))
    command = [sys.executable, "-m", "qawl", "extract", "--no-ner", "-q", "--workers", "1", str(dump)]
    command += ["--state", str(state), "-o", str(out), "--append", *(["--wait"] if wait else [])]
    runs = [subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE) for _ in range(2)]
    codes = sorted(run.wait(timeout=120) for run in runs)
    assert codes == [0, 0] if wait else set(codes) <= {0, 75}
    assert _ids(out) == [doc["id"] for doc in docs]


# ------------------------------------------------------------------ paths, checked before any work


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory no one may write: by its mode, or for root (whom modes do not stop) a read-only mount."""
    directory = tmp_path / "ro"
    directory.mkdir()
    if os.geteuid() != 0:
        directory.chmod(0o555)
        yield directory
        directory.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(directory)])
    if mounted.returncode != 0:
        pytest.skip("root without mount: a read-only directory cannot be made here")
    try:
        yield directory
    finally:
        subprocess.run(["umount", str(directory)])


def _one_line_error(result: subprocess.CompletedProcess[bytes], status: int, words: bytes) -> None:
    assert result.returncode == status, result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("option", ["-o", "--state", "--summary-json"])
def test_a_missing_directory_is_one_line_and_exit_2(tmp_path: Path, option: str) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(DOCS))
    result = run_qawl("extract", str(dump), option, str(tmp_path / "no" / "such" / "file"))
    _one_line_error(result, 2, b"does not exist")
    assert result.stdout == b""


@pytest.mark.parametrize("option", ["-o", "--state"])
def test_a_read_only_directory_is_one_line_and_exit_2(
    tmp_path: Path, read_only_dir: Path, option: str
) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(DOCS))
    result = run_qawl("extract", str(dump), option, str(read_only_dir / "file"))
    _one_line_error(result, 2, b"not writable")


def test_a_directory_as_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(DOCS))
    result = run_qawl("extract", str(dump), "-o", str(tmp_path))
    _one_line_error(result, 2, b"is a directory")


def test_dash_output_is_stdout(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(DOCS))
    result = subprocess.run(
        [sys.executable, "-m", "qawl", "extract", "--no-ner", "-q", str(dump), "-o", "-"],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert [orjson.loads(line)["id"] for line in result.stdout.splitlines()] == IDS
    assert not (tmp_path / "-").exists()


def test_gz_output_is_gzip(tmp_path: Path) -> None:
    dump, out = tmp_path / "dump.jsonl", tmp_path / "out.jsonl.gz"
    dump.write_bytes(_jsonl(DOCS))
    assert run_qawl("extract", "--no-ner", "-q", str(dump), "-o", str(out)).returncode == 0
    lines = gzip.decompress(out.read_bytes()).splitlines()
    assert [orjson.loads(line)["id"] for line in lines] == IDS


def test_stdout_to_a_full_device_is_one_line_and_exit_4(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(DOCS))
    shell = f"{sys.executable} -m qawl extract --no-ner {dump} > /dev/full"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, cwd=ROOT, timeout=120)
    _one_line_error(result, 4, b"No space left on device")


def test_a_closed_stdout_is_one_line_and_exit_2(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(DOCS))
    shell = f"{sys.executable} -m qawl extract --no-ner {dump} >&-"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, cwd=ROOT, timeout=120)
    _one_line_error(result, 2, b"stdout is closed")


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "tiny"
    directory.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(directory)], capture_output=True
        ).returncode
    ):
        pytest.skip("a full disk needs a tiny tmpfs (root and mount); tests/test_state.py fakes one")
    try:
        yield directory
    finally:
        subprocess.run(["umount", str(directory)])


@pytest.mark.parametrize("append", [False, True])
def test_a_full_disk_is_one_line_exit_4_and_leaves_the_disk_as_it_was(
    tmp_path: Path, tiny_disk: Path, append: bool
) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl([{"id": f"f{i}", "text": "وقال الوزير إن الوضع خطير " * 20} for i in range(400)]))
    out, state = tiny_disk / "out.jsonl", tmp_path / "state.db"
    extra = ["--append"] if append else []
    result = run_qawl("extract", "--no-ner", str(dump), "-o", str(out), "--state", str(state), *extra)
    _one_line_error(result, 4, b"No space left on device")
    assert [p.name for p in tiny_disk.iterdir()] == (["out.jsonl"] if append else [])
    assert _ids(out) == []  # nothing was committed: nothing stays


# ------------------------------------------------------------------ what a run says


def test_the_summary_says_skipped_time_and_rate_and_summary_json_has_them(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    report = tmp_path / "summary.json"
    dump.write_bytes(_jsonl(DOCS))
    assert _cron(dump, out, state, "--append").returncode == 0
    dump.write_bytes(_jsonl([*DOCS, {"id": "new", "body": "بلا نص"}]))
    result = run_qawl(
        "extract", "--no-ner", str(dump), "--state", str(state), "-o", str(out), "--append",
        "--summary-json", str(report),
    )  # fmt: skip
    assert result.returncode == 1
    line = result.stderr.decode().strip()
    assert line.startswith("qawl: 1 document, 0 ok, 1 failed (missing_text: 1), 10 skipped (done before);")
    assert line.endswith("docs/s")
    summary = orjson.loads(report.read_bytes())
    assert summary["status"] == "some_failed" and summary["exit_code"] == 1
    assert (summary["processed"], summary["ok"], summary["failed"], summary["skipped"]) == (1, 0, 1, 10)
    assert summary["errors"] == {"missing_text": 1} and summary["elapsed"] > 0 and "docs_per_s" in summary
    again = run_qawl(
        "extract", "--no-ner", "-q", str(dump), "--state", str(state), "-o", str(out), "--append",
        "--summary-json", str(report),
    )  # fmt: skip
    assert again.returncode == 1  # the failed document is still failing
    summary = orjson.loads(report.read_bytes())
    assert (summary["processed"], summary["unchanged"], summary["documents"]) == (1, 1, 0)
    assert len(_ids(out)) == 11  # no second error record


def test_summary_json_is_written_for_a_locked_run(tmp_path: Path) -> None:
    dump, state, report = tmp_path / "dump.jsonl", tmp_path / "state.db", tmp_path / "summary.json"
    dump.write_bytes(_jsonl(DOCS))
    with _held(lock_path(state)):
        result = run_qawl("extract", str(dump), "--state", str(state), "--summary-json", str(report))
    assert result.returncode == 75
    assert orjson.loads(report.read_bytes())["status"] == "locked"


def test_version_and_shell_completion() -> None:
    from qawl import __version__

    version = run_qawl("--version")
    assert version.returncode == 0 and version.stdout.decode().strip() == f"qawl {__version__}"
    help_text = run_qawl("--help").stdout
    assert b"--install-completion" in help_text and b"--show-completion" in help_text


def test_the_input_meter_reads_the_offset_of_the_open_input(tmp_path: Path) -> None:
    from qawl.cli.progress import InputMeter

    if not Path("/proc/self/fdinfo").is_dir():
        pytest.skip("no /proc here: the progress line shows docs/s only")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(b"x" * 1000)
    second.write_bytes(b"y" * 500)
    meter = InputMeter([str(first), str(second)])
    assert meter.total == 1500 and meter.read() == 0
    with second.open("rb", buffering=0) as stream:
        stream.read(200)
        assert meter.read() == 1200  # the first file is read whole once the second is open
    assert meter.read() == 1500
    assert InputMeter(["-"]).total is None


def test_the_stanza_stub_is_never_read_from_a_shared_path(tmp_path: Path, tiny_model_dir: Path) -> None:
    shared_tmp = tmp_path / "tmp"
    planted = shared_tmp / "qawl-stanza-stub"
    planted.mkdir(parents=True)
    (planted / "resources.json").write_text("{broken", encoding="utf-8")  # another user's plant
    code = (
        "from qawl.pipeline import Pipeline, PipelineOptions\n"
        f"pipeline = Pipeline(PipelineOptions(model_dir={str(tiny_model_dir)!r}))\n"
        "pipeline.extract('قال باشينيان إن الوضع خطير', 'a')\n"
        "print('ok')\n"
    )
    env = {**os.environ, "TMPDIR": str(shared_tmp)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
    assert sorted(p.name for p in shared_tmp.rglob("*")) == ["qawl-stanza-stub", "resources.json"]


def test_sigint_during_a_commit_waits_for_it() -> None:
    from qawl.run.extract import _signals_deferred

    finished = []
    with pytest.raises(KeyboardInterrupt), _signals_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)
        finished.append("the block ran to its end")
    assert finished == ["the block ran to its end"]
