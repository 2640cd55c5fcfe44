"""Readers: every input document yields exactly one Document, bad ones with an error."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from conftest import FIXTURES, SEED_ARTICLE
from hypothesis import given
from hypothesis import strategies as st

from qawl.run.errors import InputNotFoundError
from qawl.run.readers import ReadOptions, expand_paths, read_documents, read_stdin

LINE = {"id": "a", "text": "قال باشينيان إن الوضع خطير", "url": "https://example.org/a"}


def test_text_file_is_one_document_with_its_path_as_id() -> None:
    [doc] = read_documents([str(SEED_ARTICLE)])
    assert doc.id == str(SEED_ARTICLE)
    assert doc.text == SEED_ARTICLE.read_text(encoding="utf-8")
    assert doc.error is None


def test_jsonl_lines_pass_other_fields_through_as_meta() -> None:
    docs = list(read_documents([str(FIXTURES / "news_sample.jsonl")]))
    assert len(docs) == 5
    assert docs[0].id == "ant_jawharafm-4"
    assert docs[0].meta["outlet"] == "Jawhara FM"
    assert "text" not in docs[0].meta and "id" not in docs[0].meta


def test_jsonl_gz_and_custom_fields(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write(
            json.dumps({"uid": 7, "body": "أعلنت روسيا أن أرمينيا وافقت"}, ensure_ascii=False) + "\n"
        )
        stream.write(json.dumps({"body": "وقال المتحدث إن الهدنة هشة"}, ensure_ascii=False) + "\n")
    docs = list(read_documents([str(path)], text_field="body", id_field="uid"))
    assert [d.id for d in docs] == ["7", f"{path}:2"]
    assert docs[1].text.startswith("وقال")


def test_one_path_given_bare_or_as_a_path_object_is_one_path() -> None:
    sample = FIXTURES / "news_sample.jsonl"
    as_list = [d.id for d in read_documents([str(sample)])]
    assert len(as_list) == 5
    assert [d.id for d in read_documents(str(sample))] == as_list
    assert [d.id for d in read_documents(sample)] == as_list
    assert [d.id for d in read_documents([sample, SEED_ARTICLE])] == [*as_list, str(SEED_ARTICLE)]


def test_bad_lines_become_error_documents_and_the_rest_survive(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"id": "ok", "text": "\xd9\x82\xd8\xa7\xd9\x84"}\n'
        b"{oops\n"
        b'{"id": "bin", "text": "\xff\xfe"}\n'
        b'{"id": "none"}\n'
        b'{"id": "empty", "text": "   "}\n'
        b'{"id": "num", "text": 5}\n'
        b"[1, 2]\n"
        b"\n"
        b'{"id": "last", "text": "\xd9\x86\xd8\xb9\xd9\x85"}\n'
    )
    docs = list(read_documents([str(path)]))
    codes = [(d.id, d.error.code if d.error else None) for d in docs]
    assert codes == [
        ("ok", None),
        (f"{path}:2", "invalid_json"),
        ("bin", "invalid_utf8"),
        ("none", "missing_text"),
        ("empty", "empty_text"),
        ("num", "invalid_text"),
        (f"{path}:7", "invalid_json"),
        ("last", None),
    ]


def test_truncated_gzip_keeps_what_was_read_and_reports_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    lines = "".join(
        json.dumps({"id": str(i), "text": f"خبر رقم {i} " * 40}, ensure_ascii=False) + "\n"
        for i in range(200)
    )
    data = gzip.compress(lines.encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    docs = list(read_documents([str(path)]))
    assert docs[-1].error is not None and docs[-1].error.code == "truncated_gzip"
    assert all(d.error is None for d in docs[:-1])
    assert len(docs) > 1


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("نص ثان", encoding="utf-8")
    (tmp_path / "1.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "3.JSON").write_text("{}", encoding="utf-8")
    (tmp_path / "4.jsonl.1").write_text("{}", encoding="utf-8")
    (tmp_path / "5.Json.GZ").write_bytes(gzip.compress(b"{}"))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.jsonl").write_text("{}", encoding="utf-8")
    names = [Path(p).name for p in expand_paths([str(tmp_path)])]
    assert names == ["1.txt", "3.JSON", "4.jsonl.1", "5.Json.GZ", "2.txt"]


def test_glob_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("نص", encoding="utf-8")
    assert list(expand_paths([str(tmp_path / "*.txt")])) == [str(tmp_path / "x.txt")]
    with pytest.raises(InputNotFoundError):
        list(expand_paths([str(tmp_path / "missing.txt")]))
    with pytest.raises(InputNotFoundError):
        list(expand_paths([str(tmp_path / "*.jsonl")]))


def test_stdin_jsonl_by_first_line_with_line_number_ids() -> None:
    data = ("\n" + json.dumps(LINE, ensure_ascii=False) + "\n{oops\n" + '{"text": "نص"}\n').encode()
    docs = list(read_stdin(io.BytesIO(data), ReadOptions()))
    assert [(d.id, d.error.code if d.error else None) for d in docs] == [
        ("a", None),
        ("3", "invalid_json"),
        ("4", None),
    ]
    assert docs[0].meta == {"url": "https://example.org/a"}


def test_stdin_plain_text_is_one_document_with_offsets_kept() -> None:
    text = "\n\nأعلنت روسيا اليوم.\n{ليس JSON}\n"
    [doc] = read_stdin(io.BytesIO(text.encode()), ReadOptions())
    assert doc.text == text
    assert doc.id == "stdin"


@given(st.lists(st.binary(max_size=60), max_size=8))
def test_any_bytes_on_stdin_yield_documents_that_are_either_text_or_an_error(lines: list[bytes]) -> None:
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    docs = list(read_stdin(io.BytesIO(data), ReadOptions()))
    nonblank = [line for line in data.split(b"\n") if line.strip()]
    if not nonblank:
        assert docs == []
    elif data.lstrip().startswith(b"{") and not nonblank[0].rstrip().endswith((b"{", b"[")):
        # JSON Lines: one record a non-blank line, whatever the lines hold
        assert len(docs) == len(nonblank)
    else:
        assert len(docs) >= 1
    for doc in docs:
        assert (doc.error is None) == bool(doc.text)
