"""Gazetteer files: TSV/JSONL reading, merging by id, checks with line numbers, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from qawl.cli.gazetteer_commands import register
from qawl.gazetteers import (
    GazetteerError,
    check_files,
    default_paths,
    load_index,
    read_file,
)
from qawl.gazetteers.entries import load_entries

HEADER = "id\tlabel\tname\taliases\tkb_id\trelated\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    register(app)
    return app


def test_tsv_and_jsonl_read_the_same_fields(tmp_path: Path) -> None:
    tsv = write(tmp_path, "a.tsv", HEADER + "p:1\tPER\tنيكول باشينيان\tباشينيان|باشنيان\tQ1\tc:am\n")
    jsonl = write(
        tmp_path,
        "a.jsonl",
        json.dumps(
            {
                "id": "p:1",
                "label": "PER",
                "name": "نيكول باشينيان",
                "aliases": ["باشينيان", "باشنيان"],
                "kb_id": "Q1",
                "related": ["c:am"],
            },
            ensure_ascii=False,
        )
        + "\n",
    )
    a, b = read_file(tsv).entries[0], read_file(jsonl).entries[0]
    for field in ("id", "label", "name", "aliases", "kb_id", "related"):
        assert getattr(a, field) == getattr(b, field)
    assert a.aliases == ("باشينيان", "باشنيان")


def test_tsv_without_header_uses_column_order_and_skips_comments(tmp_path: Path) -> None:
    path = write(tmp_path, "g.tsv", "# people\nx:1\tPER\tماكرون\n\nx:2\tLOC\tيريفان\tيريڤان\n")
    contents = read_file(path)
    assert not contents.problems
    assert [(e.id, e.line) for e in contents.entries] == [("x:1", 2), ("x:2", 4)]
    assert contents.entries[0].kb_id is None


def test_later_file_overrides_entry_with_same_id(tmp_path: Path) -> None:
    first = write(tmp_path, "1.tsv", HEADER + "org:x\tORG\tالأمم المتحدة\t\t\t\nloc:y\tLOC\tباكو\t\t\t\n")
    second = write(tmp_path, "2.tsv", HEADER + "org:x\tORG\tمنظمة الأمم المتحدة\tالأمم المتحدة\tQ1065\t\n")
    entries, problems = load_entries([first, second])
    assert not problems
    assert entries["org:x"].name == "منظمة الأمم المتحدة"
    assert entries["org:x"].kb_id == "Q1065"
    assert "loc:y" in entries
    index = load_index([first, second], include_default=False)
    assert [c.entry.id for c in index.find("للأمم المتحدة")] == ["org:x"]


def test_check_reports_problems_with_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.tsv",
        HEADER
        + "a\tPER\tبوتين\t\t\t\n"  # line 2
        + "a\tPER\tفلاديمير بوتين\t\t\t\n"  # 3: duplicate id
        + "b\tPERSON\tماكرون\t\t\t\n"  # 4: unknown label
        + "c\tLOC\t\tيريفان\t\t\n"  # 5: empty name
        + "d\tLOC\tروسيا\tبوتين\t\t\n"  # 6: alias shared with a
        + "e\tLOC\n",  # 7: too few columns
    )
    problems = check_files([path])
    found = {(p.line, p.message.split(" ")[0]) for p in problems}
    assert (3, "duplicate") in found
    assert (4, "unknown") in found
    assert (5, "empty") in found
    assert (7, "expected") in found
    shared = [p for p in problems if "also a name of" in p.message]
    assert [p.line for p in shared] == [6] and shared[0].severity == "warning"
    assert all(str(p).startswith(f"{path}:{p.line}:") for p in problems)


def test_jsonl_errors_have_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.jsonl",
        '{"id": "a", "label": "LOC", "name": "باكو"}\n{not json\n'
        '{"id": "b", "label": "LOC", "name": "x", "aliases": 3}\n',
    )
    problems = read_file(path).problems
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (2, "invalid JSON"),
        (3, "aliases must be a list of strings"),
    ]


def test_load_index_refuses_files_with_errors(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.tsv", "a\tPLACE\tباكو\n")
    with pytest.raises(GazetteerError, match=r"bad.tsv:1: error: unknown label"):
        load_index([path], include_default=False)
    with pytest.raises(GazetteerError, match="not found"):
        load_index([tmp_path / "missing.tsv"], include_default=False)


def test_bundled_gazetteer_has_no_errors_and_stays_small() -> None:
    problems = check_files(default_paths())
    assert not [p for p in problems if p.severity == "error"]
    assert sum(p.stat().st_size for p in default_paths()) < 3_000_000
    index = load_index()
    for entry_id in ("country:AM", "country:AZ", "region:artsakh", "person:nikol-pashinyan", "org:un"):
        assert entry_id in index.entries


def test_bundled_gazetteer_contains_every_curated_entry() -> None:
    from qawl.gazetteers import DATA_DIR, name_key

    index = load_index()
    for entry in read_file(DATA_DIR / "curated.tsv").entries:
        bundled = index.entries[entry.id]
        keys = {name_key(n) for n in bundled.names}
        assert all(name_key(n) in keys for n in entry.names), entry.id


def test_cli_check(app: typer.Typer, tmp_path: Path) -> None:
    good = write(tmp_path, "good.tsv", HEADER + "p\tPER\tماكرون\tإيمانويل ماكرون\t\t\n")
    bad = write(tmp_path, "bad.tsv", HEADER + "p\tPER\tماكرون\t\t\t\np\tPER\tماكرون\t\t\t\n")
    runner = CliRunner()
    ok = runner.invoke(app, ["gazetteer", "check", str(good)])
    assert ok.exit_code == 0, ok.output
    failed = runner.invoke(app, ["gazetteer", "check", str(bad)])
    assert failed.exit_code == 1
    assert f"{bad}:3: error: duplicate id 'p'" in failed.output


def test_cli_lookup_json_explains_matches(app: typer.Typer) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "lookup", "وباشنيان", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    top = data["candidates"][0]
    assert top["id"] == "person:nikol-pashinyan"
    assert "proclitic" in top["reason"]
    variant = json.loads(runner.invoke(app, ["gazetteer", "lookup", "غوتيرش", "--json"]).output)
    assert variant["candidates"][0]["id"] == "person:antonio-guterres"
    assert "variant" in variant["candidates"][0]["reason"]
    last_names = json.loads(runner.invoke(app, ["gazetteer", "lookup", "جواد ظريف", "--json"]).output)
    assert [c["name"] for c in last_names["candidates"]] == ["محمد جواد ظريف"]
    assert "last words" in last_names["candidates"][0]["reason"]


def test_cli_lookup_with_own_gazetteer_only(app: typer.Typer, tmp_path: Path) -> None:
    own = write(tmp_path, "own.jsonl", '{"id": "x", "label": "ORG", "name": "جوهرة أف أم"}\n')
    runner = CliRunner()
    args = ["gazetteer", "lookup", "جوهرة أف أم", "--gazetteer", str(own), "--no-default-gazetteer", "--json"]
    data = json.loads(runner.invoke(app, args).output)
    assert [c["id"] for c in data["candidates"]] == ["x"]
    missing = runner.invoke(
        app, ["gazetteer", "lookup", "بوتين", "--gazetteer", str(own), "--no-default-gazetteer"]
    )
    assert missing.exit_code == 1
