"""The gazetteer evaluation set (real news sentences): accuracy and false-link rate floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from qawl.extractors.gazetteer import GazetteerLinker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from gazetteer_eval import EVAL_FILE, evaluate  # noqa: E402


@pytest.fixture(scope="module")
def linker() -> GazetteerLinker:
    return GazetteerLinker.load()


def test_eval_file_is_small_and_well_formed() -> None:
    assert EVAL_FILE.stat().st_size < 150_000
    for line in EVAL_FILE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert record["doc"].startswith(("ant_multisource-", "ant_jawharafm-"))
        for gold in record["gold"]:
            assert record["text"][gold["start"] : gold["end"]] == gold["text"]
            if "ner" in gold:  # what a real tagger hands over instead: a span of the same text
                assert 0 <= gold["ner"]["start"] < gold["ner"]["end"] <= len(record["text"])


@pytest.mark.parametrize(
    ("mode", "min_accuracy", "max_false_links"),
    [("gazetteer", 0.9, 0.05), ("ner", 0.97, 0.01)],
)
def test_eval_floors(linker: GazetteerLinker, mode: str, min_accuracy: float, max_false_links: float) -> None:
    result = evaluate(EVAL_FILE, mode, linker)
    assert result["accuracy"] >= min_accuracy, result["errors"]
    assert result["false_link_rate"] <= max_false_links, result["errors"]
    for kind, score in result["by_kind"].items():
        # Every look-alike stays unlinked; a wider mention (طيران الإمارات) only NER can see.
        if kind.endswith("lookalike") and (mode == "ner" or kind != "inside-lookalike"):
            ok, total = map(int, score.split("/"))
            assert ok == total, (kind, result["errors"])
