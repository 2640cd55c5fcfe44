"""The library entry point of a whole run (qawl.extract_files), and torch's thread count on every path."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import Counter
from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES, ROOT, SEED_ARTICLE, run_qawl

import qawl
from qawl.extractors.ner import ModelNotFoundError
from qawl.pipeline import Pipeline, PipelineOptions
from qawl.run import InputNotFoundError, RunSetupError, Summary, extract_files

SAMPLE = FIXTURES / "news_sample.jsonl"
NO_NER = PipelineOptions(ner=False)


def _jsonl(docs: list[dict]) -> bytes:
    return b"".join(orjson.dumps(doc) + b"\n" for doc in docs)


def test_extract_files_writes_the_bytes_the_cli_writes(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = qawl.extract_files([SAMPLE], NO_NER, output=out)
    assert (summary.documents, summary.ok, summary.failed, summary.skipped) == (5, 5, 0, 0)
    assert summary.elapsed > 0 and not summary.nothing_read
    cli = run_qawl("extract", "--no-ner", "-q", str(SAMPLE))
    assert cli.returncode == 0, cli.stderr
    assert out.read_bytes() == cli.stdout


def test_the_single_process_run_streams_through_pipeline_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch_sizes: list[int] = []
    pipe = Pipeline.pipe

    def spy(self: Pipeline, docs, batch_size: int = 32):
        batch_sizes.append(batch_size)
        return pipe(self, docs, batch_size)

    monkeypatch.setattr(Pipeline, "pipe", spy)
    extract_files([SAMPLE], NO_NER, output=tmp_path / "out.jsonl", batch_size=2)
    assert batch_sizes == [2]


def test_summary_counts_each_error_code_and_progress_sees_every_record(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(
        _jsonl([{"id": "a", "text": "وقال الوزير إن الوضع خطير"}])
        + b"{oops\n"
        + _jsonl([{"id": "c", "title": "بلا نص"}, {"id": "d", "text": "أعلنت روسيا أن أرمينيا وافقت"}])
    )
    seen: list[tuple[int, int]] = []
    summary = extract_files(
        dump, NO_NER, output=tmp_path / "out.jsonl", progress=lambda s: seen.append((s.documents, s.failed))
    )
    assert seen == [(1, 0), (2, 1), (3, 2), (4, 2)]
    assert summary.errors == {"invalid_json": 1, "missing_text": 1}
    assert (summary.documents, summary.ok, summary.failed) == (4, 2, 2)
    records = [orjson.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert [r["id"] for r in records] == ["a", f"{dump}:2", "c", "d"]
    assert records[0]["quotes"][0]["content"]["text"] == "الوضع خطير"


def test_fail_fast_stops_at_the_first_failed_document(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(
        _jsonl([{"id": "a", "text": "قال الوزير إن الوضع خطير"}]) + b"{bad\n" + _jsonl([{"id": "c"}])
    )
    summary = extract_files(dump, NO_NER, output=tmp_path / "out.jsonl", fail_fast=True)
    assert summary.stopped_early and summary.documents == 2 and summary.errors == {"invalid_json": 1}


def test_state_skips_what_earlier_runs_wrote_and_says_how_many(tmp_path: Path) -> None:
    dump, out, state = tmp_path / "dump.jsonl", tmp_path / "out.jsonl", tmp_path / "done.ids"
    first = [{"id": f"a{i}", "text": f"وقال الوزير {i} إن الوضع خطير"} for i in range(3)]
    dump.write_bytes(_jsonl(first))
    run = {"output": out, "append": True, "state": state}
    assert extract_files(dump, NO_NER, **run).documents == 3
    dump.write_bytes(_jsonl([*first, {"id": "b0", "text": "أعلنت روسيا أن أرمينيا وافقت"}]))
    second = extract_files(dump, NO_NER, **run)
    assert (second.documents, second.skipped) == (1, 3)
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == ["a0", "a1", "a2", "b0"]


def test_nothing_readable_is_said_by_the_summary(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x80\xfe\x00bad")  # not UTF-8 (FF FE would open UTF-16, which is read)
    summary = extract_files(bad, NO_NER, output=tmp_path / "out.jsonl")
    assert summary.nothing_read and summary.errors == {"invalid_utf8": 1}
    assert not Summary(documents=2, errors=Counter(invalid_utf8=1)).nothing_read


@pytest.mark.parametrize("workers", [1, 2])
def test_setup_errors_raise_before_anything_is_written(tmp_path: Path, workers: int) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputNotFoundError, match="no such file"):
        extract_files(tmp_path / "missing.jsonl", NO_NER, output=out, workers=workers)
    with pytest.raises(RunSetupError, match=r"ner\.pt") as caught:
        extract_files(SAMPLE, PipelineOptions(model_dir=tmp_path), output=out, workers=workers)
    assert isinstance(caught.value.__cause__, ModelNotFoundError)
    with pytest.raises(RunSetupError, match="gazetteer file not found"):
        extract_files(SAMPLE, PipelineOptions(ner=False, gazetteers=(tmp_path / "no.tsv",)), workers=workers)
    with pytest.raises(RunSetupError, match="gazetteer file not found"):
        no_gazetteer = PipelineOptions(ner=False, gazetteers=(tmp_path / "no.tsv",))
        extract_files(SEED_ARTICLE, no_gazetteer, output=out, engine="ray")
    assert list(tmp_path.iterdir()) == []


def test_bad_arguments_are_value_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="emit"):
        extract_files(SAMPLE, NO_NER, emit="sentences")
    with pytest.raises(ValueError, match="engine"):
        extract_files(SAMPLE, NO_NER, engine="spark")
    with pytest.raises(ValueError, match="append"):
        extract_files(SAMPLE, NO_NER, append=True)


def test_the_cli_batch_size_default_is_the_librarys() -> None:
    from qawl.cli import main
    from qawl.pipeline import DEFAULT_BATCH_SIZE

    assert main.DEFAULT_BATCH_SIZE == DEFAULT_BATCH_SIZE


def test_import_qawl_and_its_api_names_load_no_torch_or_stanza() -> None:
    code = (
        "import sys, qawl\n"
        "qawl.extract_files, qawl.read_documents, qawl.Pipeline, qawl.PipelineOptions, qawl.Document\n"
        "print(sorted(m for m in ('torch', 'stanza') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# ------------------------------------------------------------------ torch threads, set in one place


def _set_num_threads_calls() -> list[str]:
    """Where qawl's inference code calls torch.set_num_threads: file and enclosing function."""
    found = []
    for path in sorted((ROOT / "qawl").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("qawl/training/"):  # training sets its own threads, for training
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                called = isinstance(node, ast.Attribute) and node.attr == "set_num_threads"
                if called and not function.name.startswith("train"):
                    found.append(f"{relative}:{function.name}")
    return sorted(set(found))


def test_torch_threads_are_set_by_the_ner_stage_alone() -> None:
    assert _set_num_threads_calls() == ["qawl/extractors/ner.py:__init__"]


def _run_python(code: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.split()


# Each script starts torch at 4 threads, so a path that forgot to set them would show 4.
_START = "import torch; torch.set_num_threads(4)\nfrom pathlib import Path\n"


def test_pipelines_and_pool_workers_set_the_threads_of_their_options(tiny_model_dir: Path) -> None:
    code = _START + (
        "from qawl.pipeline import Pipeline, PipelineOptions\n"
        "from qawl.run import pool\n"
        f"model = Path({str(tiny_model_dir)!r})\n"
        "Pipeline(PipelineOptions(model_dir=model)); print(torch.get_num_threads())\n"
        "Pipeline(PipelineOptions(model_dir=model, threads=3)); print(torch.get_num_threads())\n"
        "torch.set_num_threads(4)\n"
        "pool._init_worker(PipelineOptions(model_dir=model)); print(torch.get_num_threads())\n"
    )
    assert _run_python(code) == ["1", "3", "1"]


def test_the_cli_extract_and_eval_ner_set_the_threads(tiny_model_dir: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.bio"
    gold.write_text("قال\tO\nباشينيان\tB-PER\nإن\tO\n\nروسيا\tB-LOC\nوافقت\tO\n", encoding="utf-8")
    code = _START + (
        "from qawl.cli.main import app\n"
        "def run(*argv):\n"
        "    try:\n"
        "        app(list(argv), standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "    print('threads', torch.get_num_threads(), file=sys.stderr)\n"
        "import sys\n"
        f"run('extract', '-q', '--model-dir', {str(tiny_model_dir)!r}, {str(SEED_ARTICLE)!r})\n"
        "torch.set_num_threads(4)\n"
        f"run('eval', 'ner', '--gold', {str(gold)!r}, '--model-dir', {str(tiny_model_dir)!r},"
        " '--threads', '3')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert orjson.loads(result.stdout.splitlines()[0])["id"] == str(SEED_ARTICLE)
    threads = [line.split()[1] for line in result.stderr.splitlines() if line.startswith("threads ")]
    assert threads == ["1", "3"]


@pytest.mark.slow
def test_qawl_extract_sets_one_thread() -> None:
    code = (
        _START + "import qawl\nqawl.extract('قال باشينيان إن الوضع خطير')\nprint(torch.get_num_threads())\n"
    )
    assert _run_python(code) == ["1"]
