"""The CLI as users run it: a subprocess, real Arabic in, JSON Lines out, meaningful exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson
import pytest
from conftest import FIXTURES, ROOT, SEED_ARTICLE, assert_spans_index_text, run_qawl

from qawl.record_schema import RECORD_SCHEMA

GOOD_AND_BAD = '{"id":"a","text":"قال باشينيان إن الوضع خطير"}\n{oops\n'.encode()


def _records(stdout: bytes) -> list[dict]:
    records = [orjson.loads(line) for line in stdout.splitlines()]
    for record in records:
        jsonschema.validate(record, RECORD_SCHEMA)
        text_free = record["error"] is not None
        if not text_free:
            assert record["id"]
    return records


def test_schema_is_valid_json_schema() -> None:
    result = run_qawl("schema")
    assert result.returncode == 0
    schema = orjson.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["required"] == ["id", "meta", "entities", "mentions", "quotes", "error"]


def test_good_and_bad_lines_on_stdin_give_two_records_and_exit_1() -> None:
    result = run_qawl("extract", "--no-ner", stdin=GOOD_AND_BAD)
    assert result.returncode == 1, result.stderr
    first, second = _records(result.stdout)
    assert first["id"] == "a" and first["error"] is None
    assert second["id"] == "2" and second["error"]["code"] == "invalid_json"
    assert b"1 failed" in result.stderr and b"invalid_json: 1" in result.stderr
    assert b"Traceback" not in result.stderr


def test_records_offsets_index_the_document_text() -> None:
    result = run_qawl("extract", "--no-ner", str(SEED_ARTICLE))
    assert result.returncode == 0, result.stderr
    [record] = _records(result.stdout)
    assert record["mentions"] and record["quotes"]
    assert_spans_index_text(record, SEED_ARTICLE.read_text(encoding="utf-8"))
    assert "باشينيان".encode() in result.stdout  # UTF-8 as is, no \\u escapes
    assert b"\\u06" not in result.stdout


def test_emit_quotes_flattens_with_doc_id() -> None:
    result = run_qawl("extract", "--no-ner", "--emit", "quotes", str(SEED_ARTICLE))
    assert result.returncode == 0, result.stderr
    items = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert items and all(item["doc_id"] == str(SEED_ARTICLE) for item in items)
    assert all({"kind", "content", "speaker"} <= item.keys() for item in items)


def test_output_file_and_jsonl_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_qawl("extract", "--no-ner", "-q", "-o", str(out), str(FIXTURES / "news_sample.jsonl"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"" and result.stderr == b""
    records = _records(out.read_bytes())
    assert [r["id"] for r in records][:2] == ["ant_jawharafm-4", "ant_jawharafm-5"]
    assert records[0]["meta"]["outlet"] == "Jawhara FM"


def test_usage_errors_exit_2() -> None:
    assert run_qawl("extract", "--emit", "sentences", "--no-ner", str(SEED_ARTICLE)).returncode == 2
    missing = run_qawl("extract", "--no-ner", "no/such/file.txt")
    assert missing.returncode == 2
    assert b"no such file" in missing.stderr and b"Traceback" not in missing.stderr
    assert run_qawl("extract", "--bogus-flag").returncode == 2


def test_missing_model_is_one_clear_line(tmp_path: Path) -> None:
    result = run_qawl("extract", "--model-dir", str(tmp_path), str(SEED_ARTICLE))
    assert result.returncode == 2
    assert b"ner.pt" in result.stderr
    assert b"Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_nothing_readable_exits_3(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x80\xfe\x00bad")  # not UTF-8 (FF FE would open UTF-16, which is read)
    result = run_qawl("extract", "--no-ner", str(bad))
    assert result.returncode == 3
    [record] = _records(result.stdout)
    assert record["error"]["code"] == "invalid_utf8"


def test_head_closes_the_pipe_quietly() -> None:
    lines = "".join(
        json.dumps({"id": str(i), "text": "وقال المتحدث إن الهدنة هشة. " * 20}, ensure_ascii=False) + "\n"
        for i in range(400)
    )
    shell = f"{sys.executable} -m qawl extract --no-ner --batch-size 4 | head -1"
    result = subprocess.run(
        ["bash", "-c", shell], input=lines.encode(), capture_output=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
    assert b"Traceback" not in result.stderr and b"BrokenPipe" not in result.stderr


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"]])
def test_help_documents_exit_codes_and_examples(args: list[str]) -> None:
    result = run_qawl(*args)
    assert result.returncode == 0
    if args[0] == "extract":
        assert b"Exit status" in result.stdout and b"qawl extract" in result.stdout
        assert b"75 another" in result.stdout and b"4 the output" in result.stdout


def test_python_api_extract_matches_cli() -> None:
    import qawl

    record = qawl.extract("قال باشينيان إن الوضع خطير", doc_id="a", ner=False)
    result = run_qawl("extract", "--no-ner", "-q", stdin=GOOD_AND_BAD.splitlines()[0] + b"\n")
    assert orjson.loads(result.stdout) == json.loads(json.dumps(record))


@pytest.mark.parametrize("argv", [["--help"], ["schema"], ["extract", "--help"]])
def test_light_commands_never_import_torch_or_stanza(argv: list[str]) -> None:
    code = (
        "import sys\n"
        "from qawl.cli.main import app\n"
        f"try:\n    app({argv!r}, standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('torch', 'stanza', 'rapidfuzz') if m in sys.modules)\n"
        "print('heavy=' + ','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "heavy="


def test_extract_with_the_bundled_model_writes_one_valid_record() -> None:
    result = run_qawl("extract", str(SEED_ARTICLE))
    assert result.returncode == 0, result.stderr[-2000:]
    [record] = _records(result.stdout)
    assert_spans_index_text(record, SEED_ARTICLE.read_text(encoding="utf-8"))
    by_kb = {e["kb_id"]: e for e in record["entities"]}
    pashinyan = by_kb["person:nikol-pashinyan"]
    surfaces = {record["mentions"][i]["text"] for i in pashinyan["mentions"]}
    assert {"نيكول باشنيان", "نيكول باشينيان", "باشينيان"} <= surfaces
    assert any(m["source"] == "ner+gazetteer" for m in record["mentions"])
    speakers = {q["speaker_name"] for q in record["quotes"]}
    assert {"ماريا زاخاروفا", "نيكول باشينيان", "دبلوماسي أوروبي"} <= speakers
    # Issue 3's list: each name found by the tagger, with its label, clitic-free.
    tagged = {(m["text"], m["label"]) for m in record["mentions"] if m["source"] != "gazetteer"}
    for name, label in [
        ("أرمينيا", "LOC"),
        ("أذربيجان", "LOC"),
        ("روسيا", "LOC"),
        ("موسكو", "LOC"),
        ("فرنسا", "LOC"),
        ("ماريا زاخاروفا", "PER"),
        ("إيمانويل ماكرون", "PER"),
        ("نيكول باشنيان", "PER"),
        ("إلهام علييف", "PER"),
    ]:
        assert (name, label) in tagged, name


def test_every_command_is_registered() -> None:
    top = run_qawl("--help")
    assert top.returncode == 0
    for command in (b"extract", b"schema", b"models", b"gazetteer", b"eval"):
        assert command in top.stdout
    evals = run_qawl("eval", "--help")
    assert evals.returncode == 0
    assert b"ner" in evals.stdout and b"quotes" in evals.stdout


def test_engine_ray_without_ray_says_how_to_install(tmp_path: Path) -> None:
    from importlib.util import find_spec

    if find_spec("ray") is not None:
        pytest.skip("Ray is installed here; tests/test_distributed.py runs the engine")
    result = run_qawl("extract", "--no-ner", "--engine", "ray", str(FIXTURES / "news_sample.jsonl"))
    assert result.returncode == 2
    assert b"qawl[ray]" in result.stderr and b"Traceback" not in result.stderr
    assert result.stdout == b""
