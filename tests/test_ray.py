"""The Ray engine reads with qawl's readers and behaves as the local engine does: the same
records for every input (lines split on \\n only, invalid UTF-8, truncated gzip, any format),
nothing but records on stdout, qawl's exit statuses on SIGTERM/SIGINT, no Ray process left."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES, ROOT, run_qawl

pytest.importorskip("ray", reason="the Ray engine is the optional extra qawl[ray]")

ARTICLE = (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")
QAWL_RAY = [sys.executable, "-m", "qawl", "extract", "--no-ner", "--engine", "ray"]


def _zoo(directory: Path) -> list[str]:
    sample = (FIXTURES / "news_sample.jsonl").read_bytes()
    separators = orjson.dumps({"id": "ls", "text": "قال الوزير\u2028إن الوضع\u2029خطير\x85جدا"}) + b"\n"
    (directory / "dump.json").write_bytes(
        separators + b'{"id": "bad", "text": "\xff\xfe"}\n' + b"{broken\n" + sample
    )
    lines = b"".join(
        orjson.dumps({"id": str(i), "text": f"قال الوزير {i} " + "ن" * 60}) + b"\n" for i in range(300)
    )
    data = gzip.compress(lines)
    (directory / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (directory / "articles.tsv").write_text("id\ttext\nr1\tقال الوزير إن الوضع خطير\n", encoding="utf-8")
    return [str(directory / "dump.json"), str(directory / "cut.jsonl.gz"), str(FIXTURES / "seed_article.txt")]


def test_ray_records_are_the_local_records_byte_for_byte(tmp_path: Path) -> None:
    paths = [*_zoo(tmp_path), str(tmp_path / "articles.tsv")]
    local = run_qawl("extract", "--no-ner", "-q", "--workers", "1", *paths)
    ray = run_qawl("extract", "--no-ner", "-q", "--engine", "ray", "--workers", "2", *paths, timeout=600)
    assert local.returncode == ray.returncode == 1, ray.stderr[-2000:]
    assert ray.stdout == local.stdout
    records = [orjson.loads(line) for line in ray.stdout.splitlines()]
    codes = {r["id"]: (r["error"] or {}).get("code") for r in records}
    assert codes["ls"] is None and codes["bad"] == "invalid_utf8"
    assert any(code == "truncated_gzip" for code in codes.values())
    assert codes[str(FIXTURES / "seed_article.txt")] is None and codes["r1"] is None
    assert b"Traceback" not in ray.stderr


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    out, pending = [], [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            out.append(child)
            pending.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.parametrize(
    ("signum", "status", "word"), [(signal.SIGTERM, 143, b"terminated"), (signal.SIGINT, 130, b"interrupted")]
)
def test_a_signal_stops_ray_with_qawls_status_and_leaves_no_process(
    tmp_path: Path, signum: int, status: int, word: bytes
) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(b"".join(orjson.dumps({"id": str(i), "text": ARTICLE}) + b"\n" for i in range(3000)))
    process = subprocess.Popen(
        [*QAWL_RAY, "--workers", "2", "--batch-size", "4", str(dump)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        bufsize=0,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # Ray is up and records flow
    assert orjson.loads(first)["id"] == "0"
    family = _descendants(process.pid)
    assert family, "Ray started no process"
    process.send_signal(signum)
    out, err = process.communicate(timeout=120)
    assert process.returncode == status, err[-2000:]
    assert f"qawl: {word.decode()}".encode() in err
    assert b"Traceback" not in err and b"SIGTERM received" not in err and b"*** " not in err
    for line in out.splitlines():
        orjson.loads(line)  # stdout holds records only
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in family) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert [pid for pid in family if _alive(pid)] == [], "Ray processes outlived the run"


def test_a_normal_ray_run_leaves_no_process(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes((FIXTURES / "news_sample.jsonl").read_bytes())
    process = subprocess.Popen(
        [*QAWL_RAY, "-q", str(dump)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        bufsize=0,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    family = _descendants(process.pid)
    out, _ = process.communicate(timeout=300)
    assert process.returncode == 0
    assert len([first, *out.splitlines()]) == 5
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in family) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert [pid for pid in family if _alive(pid)] == []


def test_a_batch_whose_actor_dies_becomes_worker_failed_records(monkeypatch: pytest.MonkeyPatch) -> None:
    import ray

    from qawl.document import Document
    from qawl.run.ray_engine import _results

    def dead(_: object) -> None:
        raise ray.exceptions.RayError("The actor died unexpectedly before finishing this task.")

    monkeypatch.setattr(ray, "get", dead)
    batch = [Document(id="a", text="قال", meta={"title": "t"}), Document(id="b", text="نص")]
    records = _results(batch, object())
    assert [(r["id"], r["error"]["code"]) for r in records] == [(i, "worker_failed") for i in "ab"]
    assert records[0]["meta"] == {"title": "t"} and "actor died" in records[0]["error"]["message"]
