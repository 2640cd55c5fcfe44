"""Ray Data engine: same records, same order, as the single-process run (qawl[ray] extra)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, run_qawl

pytest.importorskip("ray", reason="the Ray engine is the optional extra qawl[ray]")


def test_ray_engine_output_equals_single_process_output(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = (FIXTURES / "news_sample.jsonl").read_bytes().splitlines()
    # a blank line, a broken line and a line without an id exercise the line-number fallback
    dump.write_bytes(
        b"\n".join([*lines[:2], b"", b"{broken", b'{"text": "\\u0642\\u0627\\u0644"}', *lines[2:]]) + b"\n"
    )
    local = run_qawl("extract", "--no-ner", "-q", "--workers", "1", str(dump))
    ray = run_qawl("extract", "--no-ner", "-q", "--engine", "ray", "--workers", "2", str(dump), timeout=600)
    assert local.returncode == ray.returncode == 1, ray.stderr[-2000:]
    assert ray.stdout == local.stdout
    assert len(local.stdout.splitlines()) == 7


def test_ray_engine_reads_plain_text_as_the_local_engine_does() -> None:
    article = str(FIXTURES / "seed_article.txt")
    local = run_qawl("extract", "--no-ner", "-q", "--workers", "1", article)
    ray = run_qawl("extract", "--no-ner", "-q", "--engine", "ray", article, timeout=600)
    assert local.returncode == ray.returncode == 0, ray.stderr[-2000:]
    assert ray.stdout == local.stdout
