"""Cron- and pipe-proof: count in = count out, atomic output under signals, incremental runs,
deterministic output with any number of workers, and no crash on arbitrary Unicode."""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES, ROOT, assert_spans_index_text, run_qawl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qawl.document import Document
from qawl.pipeline import Pipeline, PipelineOptions

ARTICLE = (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")


def _jsonl(docs: list[dict]) -> bytes:
    return b"".join(orjson.dumps(doc) + b"\n" for doc in docs)


def _corrupted_dump() -> tuple[bytes, int]:
    lines = [
        _jsonl([{"id": "ok", "text": ARTICLE}]),
        b"{not json at all\n",
        b'{"id": "bad-utf8", "text": "\xc3\x28 \xa0\xa1"}\n',
        _jsonl([{"id": "nul", "text": "قال\x00 الوزير إن\x00 الوضع خطير"}]),
        _jsonl([{"id": "huge", "text": ARTICLE * 600}]),  # about 2.5 M characters
        b"\x00\x01\x02\xff\xfe binary junk \x9c\n",
        _jsonl([{"id": "latin", "text": "Only Latin text, no Arabic at all."}]),
        _jsonl([{"id": "punct", "text": "«»“”...،؛؟!!! ::: ---"}]),
        _jsonl(
            [{"id": "marks", "text": "\u200f\u200eقال\u200b الوزير\u200c\u202b إن «الوضع\u202c خطير\u2067"}]
        ),
        _jsonl([{"id": "unbalanced", "text": "وقال الرئيس: «لن نتراجع. وأضاف أن “المعركة طويلة"}]),
        _jsonl([{"id": "no-text", "title": "عنوان بلا نص"}]),
        _jsonl([{"id": "null-text", "text": None}]),
        b"[]\n",
        b'"just a string"\n',
    ]
    return b"".join(lines), len(lines)


def test_corrupted_dump_counts_in_equal_counts_out(tmp_path: Path) -> None:
    data, count = _corrupted_dump()
    result = run_qawl("extract", "--no-ner", stdin=data)
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == count
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    by_id = {r["id"]: r for r in records}
    assert by_id["ok"]["error"] is None and by_id["ok"]["quotes"]
    assert by_id["huge"]["error"] is None
    assert by_id["nul"]["error"] is None
    assert by_id["no-text"]["error"]["code"] == "missing_text"
    assert by_id["null-text"]["error"]["code"] == "invalid_text"
    assert by_id["bad-utf8"]["error"]["code"] == "invalid_utf8"
    assert sum(1 for r in records if r["error"]) == 7
    assert f"{count} documents, {count - 7} ok, 7 failed".encode() in result.stderr


def test_truncated_gzip_dump_keeps_every_complete_line(tmp_path: Path) -> None:
    docs = [{"id": str(i), "text": f"أعلنت الحكومة أن الاجتماع {i} انتهى " * 30} for i in range(300)]
    data = gzip.compress(_jsonl(docs))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: int(len(data) * 0.7)])
    result = run_qawl("extract", "--no-ner", "-q", str(path))
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert records[-1]["error"]["code"] == "truncated_gzip"
    assert [r["id"] for r in records[:-1]] == [str(i) for i in range(len(records) - 1)]
    assert result.returncode == 1


def test_fail_fast_stops_at_the_first_error() -> None:
    data = (
        _jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}])
        + b"{bad\n"
        + _jsonl([{"id": "c", "text": "نص"}])
    )
    result = run_qawl("extract", "--no-ner", "--fail-fast", stdin=data)
    assert [orjson.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "2"]
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("signum", "status", "workers"),
    [(signal.SIGTERM, 143, "1"), (signal.SIGINT, 130, "1"), (signal.SIGINT, 130, "2")],
)
def test_killed_run_leaves_the_old_output_file(
    tmp_path: Path, signum: int, status: int, workers: str
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "previous run"}\n')
    command = ["extract", "--no-ner", "--batch-size", "1", "--workers", workers, "-o", str(out)]
    process = subprocess.Popen(
        [sys.executable, "-m", "qawl", *command],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdin is not None
    process.stdin.write(_jsonl([{"id": str(i), "text": ARTICLE} for i in range(2000)]))
    process.stdin.flush()
    # Wait until the run is really writing: its temp file exists and has data.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        temps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        if temps and temps[0].stat().st_size > 0:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the run never started writing")
    children = subprocess.run(
        ["pgrep", "-P", str(process.pid)], capture_output=True, text=True
    ).stdout.split()
    if workers != "1":
        assert children, "expected worker processes"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == status
    assert b"Traceback" not in stderr
    assert out.read_bytes() == b'{"id": "previous run"}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    time.sleep(0.5)
    alive = [pid for pid in children if Path(f"/proc/{pid}").exists() and "Z" not in _proc_state(pid)]
    assert alive == [], "worker processes outlived the run"


def _proc_state(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_state_makes_reruns_process_only_new_documents(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    out = tmp_path / "out.jsonl"
    state = tmp_path / "done.ids"
    first = [{"id": f"a{i}", "text": f"وقال الوزير {i} إن الوضع خطير"} for i in range(3)]
    dump.write_bytes(_jsonl(first))
    args = ["extract", "--no-ner", "-q", str(dump), "--state", str(state), "-o", str(out), "--append"]
    assert run_qawl(*args).returncode == 0
    dump.write_bytes(_jsonl([*first, {"id": "b0", "text": "أعلنت روسيا أن أرمينيا وافقت"}]))
    assert run_qawl(*args).returncode == 0
    assert run_qawl(*args).returncode == 0  # nothing new: nothing added
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert ids == ["a0", "a1", "a2", "b0"]


def test_output_is_byte_identical_with_one_or_two_workers(tmp_path: Path) -> None:
    dump = FIXTURES / "news_sample.jsonl"
    one = run_qawl("extract", "--no-ner", "-q", "--workers", "1", "--batch-size", "2", str(dump))
    two = run_qawl("extract", "--no-ner", "-q", "--workers", "2", "--batch-size", "2", str(dump))
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 5
    again = run_qawl("extract", "--no-ner", "-q", "--workers", "1", str(dump))
    assert again.stdout == one.stdout


_PIPELINE: list[Pipeline] = []


def _gazetteer_only_pipeline() -> Pipeline:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline(PipelineOptions(ner=False)))
    return _PIPELINE[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.characters(codec="utf-8")
        | st.sampled_from(list('قال إن أن «»“”":،. وأضاف مؤكداً الرئيس باشينيان روسيا\n')),
        max_size=300,
    )
)
def test_pipeline_never_crashes_and_offsets_stay_valid(text: str) -> None:
    doc = Document(id="h", text=text)
    _gazetteer_only_pipeline().process([doc])
    record = doc.to_record()
    assert record["error"] is None, record["error"]
    json.dumps(record)
    assert_spans_index_text(record, text)
