"""Writers: UTF-8 JSON Lines, flattening, and atomic files."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from qawl.document import Document, Mention, Quote, Span, error_record
from qawl.run.writers import RecordWriter, dumps, flatten


def _record() -> dict:
    doc = Document(id="d1", text="وقال باشينيان إن الوضع خطير", meta={"title": "عنوان"})
    doc.mentions.append(Mention(5, 13, "باشينيان", "PER", source="ner", entity="e1"))
    doc.quotes.append(Quote("indirect", Span(17, 27, "الوضع خطير"), cue=Span(0, 4, "وقال")))
    return doc.to_record()


def test_lines_keep_arabic_unescaped_and_keys_in_order() -> None:
    line = dumps(_record())
    assert "باشينيان".encode() in line
    assert b"\\u" not in line
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert list(orjson.loads(line)) == ["id", "meta", "entities", "mentions", "quotes", "error"]


def test_flatten_one_item_a_line_with_doc_id() -> None:
    record = _record()
    [mention] = flatten(record, "mentions")
    assert mention["doc_id"] == "d1" and mention["text"] == "باشينيان"
    [quote] = flatten(record, "quotes")
    assert quote["cue"]["text"] == "وقال"
    assert list(flatten(record, "entities")) == []
    failed = error_record("d2", "invalid_json", "line 2: unexpected character")
    assert list(flatten(failed, "quotes")) == [{"doc_id": "d2", "error": failed["error"]}]


def test_file_appears_only_when_committed(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"old": true}\n')
    with pytest.raises(RuntimeError), RecordWriter(target) as writer:
        writer.write(_record())
        raise RuntimeError("killed mid-way")
    assert target.read_bytes() == b'{"old": true}\n'
    assert list(tmp_path.iterdir()) == [target]  # no temp file left behind

    with RecordWriter(target) as writer:
        writer.write(_record())
    assert orjson.loads(target.read_bytes())["id"] == "d1"


def test_append_keeps_old_lines(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"id": "old"}')  # no trailing newline
    with RecordWriter(target, append=True) as writer:
        writer.write(_record())
    lines = target.read_bytes().splitlines()
    assert [orjson.loads(line)["id"] for line in lines] == ["old", "d1"]


def test_dash_is_stdout_and_gz_is_gzip(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    import gzip

    with RecordWriter("-") as writer:
        writer.write(_record())
    assert orjson.loads(capfdbinary.readouterr().out)["id"] == "d1"
    assert not Path("-").exists()
    target = tmp_path / "out.jsonl.gz"
    with RecordWriter(target) as writer:
        writer.write(_record())
    assert orjson.loads(gzip.decompress(target.read_bytes()))["id"] == "d1"


def test_appending_writes_in_place_at_each_checkpoint_and_resume_cuts_an_uncommitted_tail(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"id": "old"}\n')
    inode = target.stat().st_ino
    writer = RecordWriter(target, append=True)
    writer.write(_record())
    assert target.read_bytes() == b'{"id": "old"}\n'  # nothing reaches the file before a checkpoint
    writer.checkpoint()
    assert (writer.committed, writer.length) == (1, target.stat().st_size)
    writer.write(_record())
    writer.discard()  # a failed run: what was not committed goes
    writer.close()
    assert [orjson.loads(line)["id"] for line in target.read_bytes().splitlines()] == ["old", "d1"]
    assert target.stat().st_ino == inode
    committed = target.stat().st_size
    with target.open("ab") as tail:
        tail.write(b'{"id": "never commit')
    writer = RecordWriter(target, append=True)
    writer.resume(committed)
    writer.close()
    assert target.stat().st_size == committed


def test_a_temp_file_of_a_killed_run_is_removed_by_the_next_writer(tmp_path: Path) -> None:
    import subprocess
    import sys

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    orphan = tmp_path / f".out.jsonl.qawl-{dead.stdout.strip()}.tmp"
    orphan.write_bytes(b"x" * 1000)
    other = tmp_path / f".other.jsonl.qawl-{dead.stdout.strip()}.tmp"  # another output's: not ours
    other.write_bytes(b"x")
    with RecordWriter(tmp_path / "out.jsonl") as writer:
        writer.write(_record())
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "out.jsonl"]
