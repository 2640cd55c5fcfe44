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
