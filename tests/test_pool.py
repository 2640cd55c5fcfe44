"""The worker pool: a dead or stuck worker costs only its documents, workers share the parent's
loaded pipeline and die with it, streams get workers only once they turn out large."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES, ROOT

from qawl.document import Document
from qawl.pipeline import Pipeline, PipelineOptions
from qawl.run import pool
from qawl.run.pool import RAMP_UP_BATCHES, TIMEOUT, WORKER_FAILED, pool_records

ARTICLE = (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")
NO_NER = PipelineOptions(ner=False)
SENTENCES = [
    "وقال الوزير إن الوضع خطير",
    "أعلنت روسيا أن أرمينيا وافقت على الهدنة",
    "وأكد رئيس الوزراء نيكول باشينيان أن المفاوضات مستمرة",
    "قال المتحدث إن الهدنة هشة",
]
KILL_MARK = "اقتل-العامل"  # a document that kills its worker process every time
STOP_MARK = "أوقف-العامل"  # a document that stops (SIGSTOP) its worker process every time


class _Faults:
    """A test stage: kills or stops its own process on marked documents, notes who processed each."""

    def process(self, docs: Sequence[Document]) -> None:
        torch = sys.modules.get("torch")  # never imported here: that alone could outlast a timeout
        for doc in docs:
            if KILL_MARK in doc.text:
                os.kill(os.getpid(), signal.SIGKILL)
            if STOP_MARK in doc.text:
                os.kill(os.getpid(), signal.SIGSTOP)
            doc.meta["pid"] = os.getpid()
            doc.meta["threads"] = None if torch is None else torch.get_num_threads()


def _pipeline(options: PipelineOptions = NO_NER) -> Pipeline:
    pipeline = Pipeline(options)
    pipeline.stages.append(("faults", _Faults()))
    return pipeline


def _docs(texts: Sequence[str]) -> list[Document]:
    return [Document(id=f"d{i}", text=text) for i, text in enumerate(texts)]


def _without_pid(record: dict) -> dict:
    return {**record, "meta": {k: v for k, v in record["meta"].items() if k != "pid"}}


def test_a_document_that_kills_or_stops_its_worker_costs_only_itself() -> None:
    texts = [SENTENCES[i % 4] for i in range(12)]
    texts[4] = f"{SENTENCES[0]} {KILL_MARK}"
    texts[9] = f"{SENTENCES[1]} {STOP_MARK}"
    pipeline = _pipeline()
    started = time.monotonic()
    records = list(pool_records(_docs(texts), NO_NER, 2, 3, pipeline=pipeline, doc_timeout=3))
    assert time.monotonic() - started < 60
    assert [r["id"] for r in records] == [f"d{i}" for i in range(12)]
    codes = {r["id"]: r["error"]["code"] for r in records if r["error"]}
    assert codes == {"d4": WORKER_FAILED, "d9": TIMEOUT}
    assert "SIGKILL" in records[4]["error"]["message"] and "twice" in records[4]["error"]["message"]
    assert "3 s" in records[9]["error"]["message"]
    assert records[4]["quotes"] == records[9]["quotes"] == []
    # The other documents, those that shared a batch with a failing one included, are whole.
    parent = os.getpid()
    for i in set(range(12)) - {4, 9}:
        assert records[i]["meta"]["pid"] != parent
        assert records[i]["quotes"], records[i]
    reference = _pipeline()
    for doc in (expected := _docs(texts)):
        if KILL_MARK not in doc.text and STOP_MARK not in doc.text:
            reference.process([doc])
    for i in set(range(12)) - {4, 9}:
        assert _without_pid(records[i]) == _without_pid(expected[i].to_record())


def test_forked_workers_share_the_parents_model_and_keep_one_torch_thread(tiny_model_dir: Path) -> None:
    options = PipelineOptions(model_dir=tiny_model_dir)
    assert pool.shares_model(options) == sys.platform.startswith("linux")
    pipeline = _pipeline(options)
    # The parent tags the first batches itself (ramp_up), then forks: torch must still work there.
    records = list(pool_records(_docs(SENTENCES * 4), options, 2, 2, pipeline=pipeline, ramp_up=True))
    assert len(records) == 16 and not any(r["error"] for r in records)
    here = RAMP_UP_BATCHES * 2
    assert {r["meta"]["pid"] for r in records[:here]} == {os.getpid()}
    assert len({r["meta"]["pid"] for r in records[here:]} - {os.getpid()}) in (1, 2)
    assert os.getpid() not in {r["meta"]["pid"] for r in records[here:]}
    assert {r["meta"]["threads"] for r in records} == {1}
    assert any(r["mentions"] for r in records[here:])  # the tiny model tags something
    assert not pool.shares_model(PipelineOptions(threads=None))
    assert pool.shares_model(PipelineOptions(ner=False, threads=None)) == sys.platform.startswith("linux")


def test_spawned_workers_build_their_own_pipeline_and_give_the_same_records() -> None:
    # No pipeline given (torch at several threads, or not Linux): each worker loads its own.
    texts = [SENTENCES[i % 4] for i in range(10)]
    spawned = list(pool_records(_docs(texts), NO_NER, 2, 3))
    local = Pipeline(NO_NER)
    expected = [doc.to_record() for doc in local.pipe(_docs(texts), 3)]
    assert spawned == expected and all(r["quotes"] for r in spawned)


def test_a_stream_gets_workers_only_once_it_turns_out_large() -> None:
    batch = 2
    parent = os.getpid()
    short = list(pool_records(_docs(SENTENCES), NO_NER, 2, batch, pipeline=_pipeline(), ramp_up=True))
    assert [r["meta"]["pid"] for r in short] == [parent] * 4  # two batches: no pool at all
    texts = [SENTENCES[i % 4] for i in range(20)]
    records = list(pool_records(_docs(texts), NO_NER, 2, batch, pipeline=_pipeline(), ramp_up=True))
    assert [r["id"] for r in records] == [f"d{i}" for i in range(20)]
    here = RAMP_UP_BATCHES * batch
    assert [r["meta"]["pid"] for r in records[:here]] == [parent] * here
    assert parent not in {r["meta"]["pid"] for r in records[here:]}


def test_the_cli_timeout_default_is_the_pools() -> None:
    from qawl.cli import main

    assert main.DEFAULT_DOC_TIMEOUT == pool.DEFAULT_DOC_TIMEOUT


# ------------------------------------------------------------------ the CLI, workers hit from outside


def _dump(path: Path, count: int) -> Path:
    path.write_bytes(b"".join(orjson.dumps({"id": str(i), "text": ARTICLE}) + b"\n" for i in range(count)))
    return path


def _children(pid: int) -> list[int]:
    """Live child processes of ``pid``, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if fields[1] == str(pid) and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _start(args: list[str], out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as stdout:
        return subprocess.Popen(
            [sys.executable, "-m", "qawl", *args], stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT
        )


def _wait_for_workers(process: subprocess.Popen[bytes], out: Path, count: int) -> list[int]:
    """The run's worker processes, once it has written records."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        workers = _children(process.pid)
        if len(workers) >= count and out.stat().st_size > 0:
            return workers
        time.sleep(0.05)
    pytest.fail("the worker processes never started")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGSTOP])
def test_a_worker_killed_or_stopped_from_outside_loses_no_document(tmp_path: Path, signum: int) -> None:
    count = 800
    args = ["extract", "--no-ner", "-q", "--workers", "2", "--batch-size", "4", "--doc-timeout", "3"]
    out = tmp_path / "out.jsonl"
    process = _start([*args, str(_dump(tmp_path / "dump.jsonl", count))], out)
    victim = _wait_for_workers(process, out, 2)[0]
    os.kill(victim, signum)
    _, stderr = process.communicate(timeout=300)
    assert b"Traceback" not in stderr
    assert process.returncode == 0, stderr
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [r["id"] for r in records] == [str(i) for i in range(count)]
    assert not any(r["error"] for r in records)  # retried in another worker, all went through
    assert not _alive(victim)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    process = _start(
        ["extract", "--no-ner", "-q", "--workers", "2", str(_dump(tmp_path / "d.jsonl", 3000))], out
    )
    workers = _wait_for_workers(process, out, 2)
    process.kill()
    process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "worker processes outlived their parent"


def test_a_large_stream_through_head_exits_quietly(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "stream.jsonl", 1000)
    shell = (
        f"set -o pipefail; {sys.executable} -m qawl extract --no-ner --workers 2 --batch-size 4 "
        f"< {dump} | head -20"
    )
    result = subprocess.run(["bash", "-c", shell], capture_output=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert [orjson.loads(line)["id"] for line in result.stdout.splitlines()] == [str(i) for i in range(20)]
    assert b"Traceback" not in result.stderr and b"BrokenPipe" not in result.stderr
