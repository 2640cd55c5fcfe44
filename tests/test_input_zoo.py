"""A zoo of real-world and corrupted inputs: every document is read exactly once, by content.

Each case states how many records it must give and with which error codes (None: read fine):
count in = count out, whatever the file is called, compressed with, or starts with.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import resource
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
import zstandard
from conftest import FIXTURES, ROOT, run_qawl

from qawl.run.errors import NoDocumentsError
from qawl.run.formats import WARNINGS_KEY
from qawl.run.readers import ReadOptions, expand_paths, read_documents, read_stdin

SAYS = "قال الوزير {} إن الوضع في المنطقة خطير"
DOCS = [{"id": f"d{i}", "text": SAYS.format(i), "title": "عنوان"} for i in range(3)]
JSONL = b"".join(orjson.dumps(doc) + b"\n" for doc in DOCS)
BOM = b"\xef\xbb\xbf"
OK3 = [None, None, None]


def _codes(docs: list) -> list[str | None]:
    return [doc.error.code if doc.error else None for doc in docs]


def _table(delimiter: str) -> bytes:
    # The second row's text holds the delimiter, quoted; its speaker must not reach the third.
    rows = ["id,text,title".replace(",", delimiter)]
    rows.append(delimiter.join(["r1", f'"{SAYS.format(1)}{delimiter} وأضاف أن الحل قريب"', "عنوان"]))
    rows.append(delimiter.join(["r2", "وأضاف أن الهدنة هشة", "عنوان"]))
    rows.append(delimiter.join(["r3", SAYS.format(3), "عنوان"]))
    return ("\n".join(rows) + "\n").encode("utf-8")


# name -> (bytes, expected codes). Names are what users call their files: never the format.
CASES: dict[str, tuple[bytes, list[str | None]]] = {
    "jsonl_named.json": (JSONL, OK3),
    "rotated.jsonl.1": (JSONL, OK3),
    "UPPER.JSONL": (JSONL, OK3),
    "no_suffix": (JSONL, OK3),
    "array.json": (json.dumps(DOCS, ensure_ascii=False, indent=2).encode(), OK3),
    "array_one_line.json": (orjson.dumps(DOCS), OK3),
    "object.json": (json.dumps(DOCS[0], ensure_ascii=False, indent=2).encode(), [None]),
    "dump.json.gz": (gzip.compress(JSONL), OK3),
    "dump.ndjson.gz": (gzip.compress(JSONL), OK3),
    "dump.jsonl.bz2": (bz2.compress(JSONL), OK3),
    "dump.jsonl.xz": (lzma.compress(JSONL), OK3),
    "dump.jsonl.zst": (zstandard.ZstdCompressor().compress(JSONL), OK3),
    "two_members.jsonl.gz": (gzip.compress(JSONL) + gzip.compress(JSONL), OK3 + OK3),
    "gz_in_txt.txt": (gzip.compress(JSONL), OK3),
    "bom.jsonl": (BOM + JSONL, OK3),
    "bad_first_line.jsonl": (b"{oops\n" + JSONL, ["invalid_json", *OK3]),
    "bad_first_line_array.jsonl": (b"[1, 2\n" + JSONL, ["invalid_json", *OK3]),
    "utf16.jsonl": (JSONL.decode().encode("utf-16"), OK3),
    "articles.csv": (_table(","), OK3),
    "articles.tsv": (_table("\t"), OK3),
    "articles_bom.csv": (BOM + _table(","), OK3),
    "articles_semicolon.csv": (_table(";"), OK3),
    "article.txt": (SAYS.format(1).encode(), [None]),
    "article_bom.txt": (BOM + SAYS.format(1).encode(), [None]),
    "article_utf16.txt": (SAYS.format(1).encode("utf-16"), [None]),
    "prose_with_commas.txt": ("قال الوزير, إن text, الوضع خطير".encode(), [None]),
    "empty.txt": (b"", ["empty_text"]),
    "latin1.txt": ("café".encode("latin-1"), ["invalid_utf8"]),
    "line_separators.jsonl": (
        orjson.dumps({"id": "ls", "text": "قال الوزير\u2028إن الوضع\u2029خطير\x85جدا"}) + b"\n",
        [None],
    ),
}


def _write_case(directory: Path, name: str) -> Path:
    path = directory / name
    path.write_bytes(CASES[name][0])
    return path


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_case_gives_one_record_per_document_by_content(tmp_path: Path, name: str) -> None:
    path = _write_case(tmp_path, name)
    docs = list(read_documents(path))
    assert _codes(docs) == CASES[name][1]
    for doc in docs:
        if doc.error is None:
            assert doc.text.startswith(("قال", "وأضاف")) and "\ufeff" not in doc.text


def test_table_rows_are_documents_of_their_own_with_columns_as_meta(tmp_path: Path) -> None:
    docs = list(read_documents(_write_case(tmp_path, "articles.csv")))
    assert [doc.id for doc in docs] == ["r1", "r2", "r3"]
    assert docs[0].text == SAYS.format(1) + ", وأضاف أن الحل قريب"
    assert docs[1].meta == {"title": "عنوان"}
    result = run_qawl("extract", "--no-ner", "-q", str(tmp_path / "articles.csv"))
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    # "وأضاف" opens r2: no speaker of r1 carries over into another article.
    assert all(quote["speaker_name"] is None for quote in records[1]["quotes"])


def test_lines_split_on_newlines_only(tmp_path: Path) -> None:
    [doc] = read_documents(_write_case(tmp_path, "line_separators.jsonl"))
    assert "\u2028" in doc.text and "\u2029" in doc.text and "\x85" in doc.text


def test_format_can_be_forced(tmp_path: Path) -> None:
    path = tmp_path / "starts_with_brace.txt"
    path.write_text("{ليس JSON} قال الوزير إن الوضع خطير", encoding="utf-8")
    assert _codes(list(read_documents(path))) == ["invalid_json"]
    [doc] = read_documents(path, format="text")
    assert doc.error is None and doc.text.startswith("{")
    with pytest.raises(ValueError, match="format"):
        list(read_documents(path, format="xml"))


def test_encoding_option_reads_windows_arabic(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes(SAYS.format(1).encode("cp1256"))
    assert _codes(list(read_documents(path))) == ["invalid_utf8"]
    [doc] = read_documents(path, encoding="cp1256")
    assert doc.text == SAYS.format(1)


def test_nested_text_and_id_fields(tmp_path: Path) -> None:
    path = tmp_path / "nested.jsonl"
    path.write_bytes(
        orjson.dumps({"meta": {"id": 5}, "content": {"text": SAYS.format(1), "lang": "ar"}})
        + b"\n"
        + orjson.dumps({"content.text": SAYS.format(2)})
        + b"\n"
    )
    docs = list(read_documents(path, text_field="content.text", id_field="meta.id"))
    assert [(doc.id, doc.text) for doc in docs] == [("5", SAYS.format(1)), (f"{path}:2", SAYS.format(2))]
    assert docs[0].meta == {"content": {"lang": "ar"}}


def test_stdin_with_a_bom_or_a_bad_first_line_stays_jsonl() -> None:
    assert _codes(list(read_stdin(io.BytesIO(BOM + JSONL), ReadOptions()))) == OK3
    docs = list(read_stdin(io.BytesIO(b"not json at all\n" + JSONL), ReadOptions()))
    assert _codes(docs) == ["invalid_json", *OK3]
    assert [doc.id for doc in docs] == ["1", "d0", "d1", "d2"]
    assert list(read_stdin(io.BytesIO(b" \n\n"), ReadOptions())) == []


# --------------------------------------------------------------------------- ids and surrogates


def test_ids_strings_kept_numbers_as_json_other_types_an_error(tmp_path: Path) -> None:
    path = tmp_path / "ids.jsonl"
    ids = ["007", 7, 1.5, 1.23e29, True, {"a": 1}, [1], None, ""]
    path.write_bytes(b"".join(orjson.dumps({"id": i, "text": SAYS.format(1)}) + b"\n" for i in ids))
    docs = list(read_documents(path))
    assert [doc.id for doc in docs] == [
        "007",
        "7",
        "1.5",
        "1.23e+29",
        f"{path}:5",
        f"{path}:6",
        f"{path}:7",
        f"{path}:8",
        f"{path}:9",
    ]
    assert _codes(docs) == [None, None, None, None, "bad_id", "bad_id", "bad_id", None, None]
    assert "--id-field" in docs[4].error.message and "boolean" in docs[4].error.message


def test_lone_surrogates_never_reject_a_document(tmp_path: Path) -> None:
    path = tmp_path / "surrogates.jsonl"
    path.write_bytes(
        b'{"id": "a", "title": "\\ud800 x", "text": "\\u0642\\u0627\\u0644 \\udc00 \\ud83d\\ude00"}\n'
        b'{"id": "b\\ud800", "text": "\\u0642\\u0627\\u0644"}\n'
    )
    first, second = read_documents(path)
    assert first.error is None and second.error is None
    assert first.text == "قال \ufffd 😀"
    assert first.meta["title"] == "\ufffd x"
    assert first.meta[WARNINGS_KEY] == [
        "meta: 1 lone surrogate(s) replaced by U+FFFD",
        "text: 1 lone surrogate(s) replaced by U+FFFD",
    ]
    assert second.id == "b\ufffd"
    assert orjson.dumps(first.to_record())  # writable as UTF-8


# --------------------------------------------------------------------------- bounds


def test_max_chars_makes_too_large_records_and_the_rest_survive(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    huge = orjson.dumps({"id": "huge", "text": "قال " * 300}) + b"\n"
    # A line far past the byte bound is skipped to its newline, never parsed.
    endless = b'{"id": "endless", "text": "' + b"x" * 3_000_000 + b'"}\n'
    path.write_bytes(JSONL + huge + endless + JSONL)
    docs = list(read_documents(path, max_chars=1000))
    assert _codes(docs) == [*OK3, "too_large", "too_large", *OK3]
    assert docs[3].id == "huge" and "1,200 characters" in docs[3].error.message
    assert docs[4].id == f"{path}:5"
    text = tmp_path / "big.txt"
    text.write_text("قال " * 5000, encoding="utf-8")
    assert _codes(list(read_documents(text, max_chars=1000))) == ["too_large"]


def test_a_newline_free_gzip_bomb_costs_no_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    with path.open("wb") as out:
        out.write(compressor.compress(orjson.dumps(DOCS[0]) + b"\n"))
        block = b"a" * (1 << 20)
        for _ in range(400):  # 400 MB decompressed, no newline
            out.write(compressor.compress(block))
        out.write(compressor.compress(b"\n" + orjson.dumps(DOCS[1]) + b"\n"))
        out.write(compressor.flush())

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (400 << 20, 400 << 20))

    result = subprocess.run(
        [sys.executable, "-m", "qawl", "extract", "--no-ner", "-q", str(path)],
        capture_output=True,
        cwd=ROOT,
        timeout=300,
        preexec_fn=limit_memory,
    )
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], (r["error"] or {}).get("code")) for r in records] == [
        ("d0", None),
        (f"{path}:2", "too_large"),
        ("d1", None),
    ]


def test_truncated_compressed_files_keep_their_lines_and_report_the_break(tmp_path: Path) -> None:
    lines = b"".join(
        orjson.dumps({"id": str(i), "text": f"خبر رقم {i} " + os.urandom(40).hex()}) + b"\n"
        for i in range(3000)
    )
    compressors: dict[str, Callable[[bytes], bytes]] = {
        "gzip": gzip.compress,
        "bzip2": lambda data: bz2.compress(data, 1),  # 100 kB blocks: half the file holds some
        "xz": lzma.compress,
        "zstd": zstandard.ZstdCompressor().compress,
    }
    for kind, compress in compressors.items():
        path = tmp_path / f"cut.{kind}"
        data = compress(lines)
        path.write_bytes(data[: len(data) // 2])
        docs = list(read_documents(path))
        assert docs[-1].error is not None and docs[-1].error.code == f"truncated_{kind}", kind
        assert [doc.id for doc in docs[:-1]] == [str(i) for i in range(len(docs) - 1)]
        assert docs[-1].id == f"{path}:{len(docs)}"


# --------------------------------------------------------------------------- directories


def _tree(root: Path) -> int:
    """A news folder as users keep them; returns how many documents it holds."""
    for name in ("jsonl_named.json", "UPPER.JSONL", "dump.json.gz", "articles.tsv", "article.txt"):
        _write_case(root, name)
    (root / "2018" / "sport").mkdir(parents=True)
    _write_case(root / "2018" / "sport", "dump.jsonl.zst")
    (root / "notes.md").write_text("# not news", encoding="utf-8")
    (root / ".git").mkdir()
    _write_case(root / ".git", "UPPER.JSONL")
    (root / "2018" / "loop").symlink_to("..")  # a symlink loop
    return 3 + 3 + 3 + 3 + 1 + 3


def test_directories_read_every_document_file_once(tmp_path: Path) -> None:
    expected = _tree(tmp_path)
    docs = list(read_documents(tmp_path))
    assert len(docs) == expected
    assert all(doc.error is None for doc in docs)
    # A glob reads what it names, notes.md too (as one text); hidden folders stay out.
    globbed = list(read_documents(str(tmp_path / "**" / "*.*")))
    assert len(globbed) == expected + 1


def test_a_symlink_loop_is_visited_once_with_a_recursive_glob(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for i in range(50):
        (tmp_path / "sub" / f"{i}.jsonl").write_bytes(orjson.dumps({"id": i, "text": SAYS.format(i)}))
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "sub" / "again").symlink_to("../sub")
    assert len(list(read_documents(str(tmp_path / "**" / "*.jsonl")))) == 50
    assert len(list(read_documents(tmp_path))) == 50


def test_unreadable_files_and_folders_are_one_error_record_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_case(tmp_path, "article.txt")
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "missing.jsonl")
    locked = tmp_path / "locked"
    locked.mkdir()
    _write_case(locked, "article.txt")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        # Root reads any folder, so a chmod 000 folder is simulated where it matters.
        if os.fspath(path) == str(locked):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    docs = list(read_documents(tmp_path))
    assert sorted((Path(doc.id).name, _codes([doc])[0]) for doc in docs) == [
        ("article.txt", None),
        ("gone.jsonl", "unreadable_file"),
        ("locked", "unreadable_directory"),
    ]


def test_a_folder_without_documents_is_said_with_exit_3(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not news", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    _write_case(tmp_path / ".git", "UPPER.JSONL")
    with pytest.raises(NoDocumentsError):
        list(expand_paths([str(tmp_path)]))
    result = run_qawl("extract", "--no-ner", str(tmp_path))
    assert result.returncode == 3
    assert result.stdout == b""
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert b"no document files" in result.stderr


# --------------------------------------------------------------------------- the CLI over it all


def test_the_whole_zoo_through_the_cli_counts_in_equal_counts_out(tmp_path: Path) -> None:
    for name in CASES:
        _write_case(tmp_path, name)
    result = run_qawl("extract", "--no-ner", "-q", *(str(tmp_path / name) for name in sorted(CASES)))
    assert b"Traceback" not in result.stderr
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    expected = [code for name in sorted(CASES) for code in CASES[name][1]]
    assert [(r["error"] or {}).get("code") for r in records] == expected
    assert result.returncode == 1


def test_fifo_and_dev_fd_inputs_are_sniffed(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    data = zstandard.ZstdCompressor().compress(JSONL)

    def feed() -> None:
        with fifo.open("wb") as stream:
            stream.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    result = run_qawl("extract", "--no-ner", "-q", str(fifo))
    writer.join()
    assert [orjson.loads(line)["id"] for line in result.stdout.splitlines()] == ["d0", "d1", "d2"]
    # `qawl extract <(zstdcat dump.jsonl.zst)`: the shell passes a /dev/fd path.
    read_end, write_end = os.pipe()
    os.write(write_end, gzip.compress(JSONL))
    os.close(write_end)
    process = subprocess.run(
        [sys.executable, "-m", "qawl", "extract", "--no-ner", "-q", f"/dev/fd/{read_end}"],
        capture_output=True,
        cwd=ROOT,
        pass_fds=(read_end,),
        timeout=120,
    )
    os.close(read_end)
    assert [orjson.loads(line)["id"] for line in process.stdout.splitlines()] == ["d0", "d1", "d2"]


def test_stdin_bom_and_bad_first_line_through_the_cli() -> None:
    sample = (FIXTURES / "news_sample.jsonl").read_bytes()
    for data in (BOM + sample, b"{broken\n" + sample):
        result = run_qawl("extract", "--no-ner", "-q", stdin=data)
        records = [orjson.loads(line) for line in result.stdout.splitlines()]
        assert [r["id"] for r in records][-5:] == [json.loads(line)["id"] for line in sample.splitlines()]


def test_html_pages_are_reduced_to_their_article_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="HTML reading is the optional extra qawl[html]")
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>خبر اليوم</title></head><body>"
        "<nav>الرئيسية | رياضة | اقتصاد</nav><article>"
        "<p>قال الرئيس إن الوضع خطير جدا في المنطقة وأضاف أن الحكومة ستتخذ إجراءات عاجلة.</p>"
        "<p>وأكد الوزير أن الاجتماع انتهى دون اتفاق بين الأطراف المعنية بالأزمة.</p>"
        "</article><footer>جميع الحقوق محفوظة</footer></body></html>",
        encoding="utf-8",
    )
    [doc] = read_documents(page)
    assert doc.error is None
    assert "قال الرئيس إن الوضع خطير" in doc.text
    assert "الرئيسية" not in doc.text and "<p>" not in doc.text and "محفوظة" not in doc.text
    assert doc.meta["title"] == "خبر اليوم"


def test_a_4_mb_article_is_one_too_large_record_by_default(tmp_path: Path) -> None:
    article = (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")
    text = "\n".join([article] * (4_000_000 // len(article.encode("utf-8")) + 1))
    path = tmp_path / "big.jsonl"
    path.write_bytes(orjson.dumps({"id": "big", "text": text}) + b"\n" + JSONL)
    docs = list(read_documents(path))
    assert _codes(docs) == ["too_large", *OK3]
    assert docs[0].id == "big" and "--max-chars" in docs[0].error.message


def test_the_cli_defaults_are_the_librarys() -> None:
    from qawl.cli import main
    from qawl.run.formats import DEFAULT_MAX_CHARS
    from qawl.run.sniff import FORMATS

    assert main.DEFAULT_MAX_CHARS == DEFAULT_MAX_CHARS
    assert main.INPUT_FORMATS == FORMATS
    result = run_qawl("extract", "--no-ner", "--format", "xml", str(FIXTURES / "seed_article.txt"))
    assert result.returncode == 2 and b"--format" in result.stderr
    result = run_qawl("extract", "--no-ner", "--encoding", "klingon", str(FIXTURES / "seed_article.txt"))
    assert result.returncode == 2 and b"--encoding" in result.stderr


def test_a_json_array_is_split_right_where_reads_cut_an_escape(tmp_path: Path) -> None:
    from qawl.run.sniff import CHUNK_BYTES

    # The array is read in chunks: put a backslash last in the first chunk and a quote mark
    # (escaped by it) first in the next one.
    head = b'[{"id": "a", "text": "'
    pad = "ن" * ((CHUNK_BYTES - len(head) - 1) // 2)
    filler = b"x" * (CHUNK_BYTES - len(head) - 1 - len(pad.encode()))
    data = head + pad.encode() + filler + b'\\"quoted\\" end"}, {"id": "b", "text": "' + pad.encode() + b'"}]'
    assert data[CHUNK_BYTES - 1 : CHUNK_BYTES + 1] == b'\\"'
    path = tmp_path / "array.json"
    path.write_bytes(data)
    docs = list(read_documents(path))
    assert _codes(docs) == [None, None]
    assert docs[0].text.endswith('x"quoted" end') and docs[1].text == pad
