"""The state of incremental runs (qawl.run.state): a SQLite file of document keys, one run at a
time, failures retried, the committed length of an appended output, old text states migrated."""

from __future__ import annotations

import fcntl
import gzip
import os
import sqlite3
from pathlib import Path

import orjson
import pytest

from qawl.document import content_key
from qawl.pipeline import PipelineOptions
from qawl.run import RunSetupError, extract_files, read_documents
from qawl.run.errors import OutputError, RunLockedError
from qawl.run.state import RunState, lock_path

NO_NER = PipelineOptions(ner=False)


def _jsonl(docs: list[dict]) -> bytes:
    return b"".join(orjson.dumps(doc) + b"\n" for doc in docs)


def _lines(path: Path) -> list[dict]:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return [orjson.loads(line) for line in data.splitlines()]


def _quote_texts(path: Path) -> list[str]:
    return [q["content"]["text"] for record in _lines(path) for q in record["quotes"]]


def test_the_state_is_a_sqlite_file_with_a_row_a_document_and_the_run_that_wrote_it(tmp_path: Path) -> None:
    dump, state = tmp_path / "dump.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}, {"id": "b", "body": "بلا نص"}]))
    extract_files(dump, NO_NER, output=tmp_path / "out.jsonl", state=state)
    with sqlite3.connect(state) as db:
        rows = db.execute("SELECT key, status, code, run FROM documents ORDER BY key").fetchall()
        runs = db.execute("SELECT id, status, documents, failed FROM runs").fetchall()
    assert rows == [("a", "done", None, 1), ("b", "failed", "missing_text", 1)]
    assert runs == [(1, "done", 2, 1)]


def test_documents_without_ids_are_known_by_their_text_not_their_path_or_line(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    texts = ["وقال الوزير إن الوضع خطير", "وأعلن الرئيس أن الاتفاق قريب"]
    dump.write_bytes(_jsonl([{"text": text} for text in texts]))
    docs = list(read_documents(dump))
    assert [doc.id for doc in docs] == [f"{dump}:1", f"{dump}:2"]
    assert [doc.key for doc in docs] == [content_key(text) for text in texts]
    with_ids = tmp_path / "ids.jsonl"
    with_ids.write_bytes(_jsonl([{"id": "x1", "text": texts[0]}]))
    assert [doc.key for doc in read_documents(with_ids)] == [None]  # its id is its key


def test_a_prepended_line_and_another_path_to_the_same_dump_redo_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    old = [{"text": f"وقال الوزير إن الاجتماع {n} انتهى"} for n in ("الأول", "الثاني", "الثالث")]
    dump.write_bytes(_jsonl(old))
    run = {"output": out, "append": True, "state": state}
    assert extract_files(dump, NO_NER, **run).documents == 3
    new = {"text": "وقال الرئيس إن الهدنة صامدة"}
    dump.write_bytes(_jsonl([new, *old]))  # the new article comes first: every line moves
    monkeypatch.chdir(tmp_path)
    second = extract_files("dump.jsonl", NO_NER, **run)  # relative, where the first was absolute
    assert (second.documents, second.skipped) == (1, 3)
    assert sorted(_quote_texts(out)) == sorted(
        ["الاجتماع الأول انتهى", "الاجتماع الثاني انتهى", "الاجتماع الثالث انتهى", "الهدنة صامدة"]
    )


def test_failed_documents_are_retried_and_a_wrong_field_run_does_not_block_the_right_one(
    tmp_path: Path,
) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl([{"id": f"a{i}", "body": f"وقال الوزير {i} إن الوضع خطير"} for i in range(3)]))
    run = {"output": out, "append": True, "state": state}
    wrong = extract_files(dump, NO_NER, **run)
    assert wrong.errors == {"missing_text": 3}
    again = extract_files(dump, NO_NER, **run)  # the same mistake: nothing new to write
    assert (again.documents, again.unchanged, again.skipped) == (0, 3, 0)
    right = extract_files(dump, NO_NER, text_field="body", **run)
    assert (right.documents, right.ok, right.skipped) == (3, 3, 0)
    after = extract_files(dump, NO_NER, text_field="body", **run)
    assert (after.processed, after.skipped) == (0, 3)
    records = _lines(out)
    assert [r["id"] for r in records] == ["a0", "a1", "a2"] * 2
    assert [bool(r["error"]) for r in records] == [True] * 3 + [False] * 3


def test_no_retry_failed_keeps_failed_documents_done(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl([{"id": "a", "body": "وقال الوزير إن الوضع خطير"}]))
    run = {"output": out, "append": True, "state": state}
    extract_files(dump, NO_NER, **run)
    kept = extract_files(dump, NO_NER, text_field="body", retry_failed=False, **run)
    assert (kept.processed, kept.skipped) == (0, 1)


def test_a_second_run_on_the_same_state_stops_at_once(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    with RunState(state), pytest.raises(RunLockedError, match=rf"pid {os.getpid()}.*--wait"):
        RunState(state)
    RunState(state).close()  # released with the first


def test_an_appended_output_is_locked_too(tmp_path: Path) -> None:
    dump, out = tmp_path / "dump.jsonl", tmp_path / "out.jsonl"
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}]))
    out.write_bytes(b"")
    with out.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(RunLockedError, match="output"):
            extract_files(dump, NO_NER, output=out, append=True)
    assert out.read_bytes() == b""


def test_an_output_longer_than_its_committed_length_is_cut_back(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}]))
    run = {"output": out, "append": True, "state": state}
    extract_files(dump, NO_NER, **run)
    committed = out.read_bytes()
    with out.open("ab") as tail:  # what a run killed before its commit leaves behind
        tail.write(b'{"id": "half a rec')
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}, {"id": "b", "text": "نص آخر"}]))
    extract_files(dump, NO_NER, **run)
    assert out.read_bytes().startswith(committed)
    assert [r["id"] for r in _lines(out)] == ["a", "b"]


def test_appending_keeps_the_inode_and_copies_nothing(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    out.write_bytes(b'{"id": "from before"}\n' * 1000)
    inode = out.stat().st_ino
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}]))
    extract_files(dump, NO_NER, output=out, append=True, state=state)
    assert out.stat().st_ino == inode
    assert len(_lines(out)) == 1001


def test_a_rotated_output_is_taken_as_it_is(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}]))
    run = {"output": out, "append": True, "state": state}
    extract_files(dump, NO_NER, **run)
    out.rename(tmp_path / "out.jsonl.1")  # logrotate's `create`: a new, empty file
    out.write_bytes(b"")
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}, {"id": "b", "text": "نص آخر"}]))
    assert extract_files(dump, NO_NER, **run).documents == 1
    assert [r["id"] for r in _lines(out)] == ["b"]


def test_gzip_appends_are_members_of_one_stream(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl.gz", tmp_path / "state.db"
    docs = [{"id": f"a{i}", "text": f"وقال الوزير {i} إن الوضع خطير"} for i in range(4)]
    run = {"output": out, "append": True, "state": state}
    dump.write_bytes(_jsonl(docs[:2]))
    extract_files(dump, NO_NER, **run)
    dump.write_bytes(_jsonl(docs))
    extract_files(dump, NO_NER, **run)
    assert [r["id"] for r in _lines(out)] == ["a0", "a1", "a2", "a3"]


def test_an_old_text_state_is_migrated_and_kept(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "done.ids"
    state.write_bytes(b'"a0"\n"a1"\n')
    dump.write_bytes(_jsonl([{"id": f"a{i}", "text": f"وقال الوزير {i} إن الوضع خطير"} for i in range(3)]))
    seen: list[str] = []
    summary = extract_files(dump, NO_NER, output=out, state=state, notify=seen.append)
    assert (summary.documents, summary.skipped) == (1, 2)
    assert (tmp_path / "done.ids.v1").read_bytes() == b'"a0"\n"a1"\n'
    assert state.read_bytes().startswith(b"SQLite format 3\x00")
    assert len(seen) == 1 and "done.ids.v1" in seen[0] and seen == summary.notices


def test_a_file_that_is_no_state_is_refused_untouched(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}]))
    before = dump.read_bytes()
    with pytest.raises(RunSetupError, match="neither a qawl state"):
        extract_files(dump, NO_NER, state=dump)  # the dump given as --state by mistake
    assert dump.read_bytes() == before
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE things (x)")
    with pytest.raises(RunSetupError, match="not qawl's"):
        RunState(other)


@pytest.mark.parametrize("append", [False, True])
def test_a_full_disk_mid_run_keeps_what_was_committed_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, append: bool
) -> None:
    from qawl.run import writers

    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    docs = [{"id": f"a{i}", "text": f"وقال الوزير {i} إن الوضع خطير"} for i in range(6)]
    dump.write_bytes(_jsonl(docs))
    out.write_bytes(b'{"id": "from before"}\n')
    writes = {"n": 0}
    real_write = os.write

    def full_after_two(fd: int, data: bytes) -> int:
        writes["n"] += 1
        if writes["n"] > 2:
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    class Full:
        def __init__(self, raw):
            self.raw = raw

        def write(self, data: bytes) -> int:
            raise OSError(28, "No space left on device")

        def __getattr__(self, name: str):
            return getattr(self.raw, name)

    if append:
        monkeypatch.setattr(writers.os, "write", full_after_two)  # one checkpoint (2 writes), then full
    else:
        real_fdopen = os.fdopen
        monkeypatch.setattr(writers.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    with pytest.raises(OutputError, match="No space left on device"):
        extract_files(dump, NO_NER, output=out, append=append, state=state, checkpoint_records=3)
    monkeypatch.undo()
    kept = [r["id"] for r in _lines(out)]
    assert kept == (["from before", "a0", "a1", "a2"] if append else ["from before"])
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    rerun = extract_files(dump, NO_NER, output=out, append=True, state=state)
    assert rerun.skipped == (3 if append else 0)
    ids = [r["id"] for r in _lines(out)]
    assert sorted(set(ids) - {"from before"}) == [f"a{i}" for i in range(6)]
    assert len(ids) == len(set(ids))


def test_lock_file_sits_beside_the_state(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    with RunState(state):
        assert lock_path(state).read_text().strip() == str(os.getpid())


def test_a_state_that_cannot_be_written_takes_back_the_appended_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "state.db"
    dump.write_bytes(_jsonl([{"id": f"a{i}", "text": f"وقال الوزير {i} إن الوضع خطير"} for i in range(6)]))
    commit = RunState.commit
    calls = {"n": 0}

    def full_on_the_second(self: RunState, output=None) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OutputError(f"cannot write the state {self.path}: database or disk is full")
        commit(self, output)

    monkeypatch.setattr(RunState, "commit", full_on_the_second)
    with pytest.raises(OutputError, match="disk is full"):
        extract_files(dump, NO_NER, output=out, append=True, state=state, checkpoint_records=3)
    assert [r["id"] for r in _lines(out)] == ["a0", "a1", "a2"]
    monkeypatch.undo()
    assert extract_files(dump, NO_NER, output=out, append=True, state=state).skipped == 3
    assert [r["id"] for r in _lines(out)] == [f"a{i}" for i in range(6)]
