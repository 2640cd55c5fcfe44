"""The worker pool reads the NER rules' tables before it forks, so that its workers share one copy."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

import qawl.extractors
from qawl.document import Document
from qawl.extractors import ner
from qawl.pipeline import Pipeline, PipelineOptions
from qawl.run.pool import pool_records

SENTENCES = [
    "وأكد رئيس الوزراء نيكول باشينيان أن المفاوضات مستمرة",
    "أعلنت روسيا أن أرمينيا وافقت على الهدنة",
    "وقال الرئيس الأذربيجاني إلهام علييف إن الوضع خطير",
]


def _rule_tables() -> list[Callable[[], Any]]:
    """Every table a NER rule reads once: a cached function without arguments in a ner_* module."""
    found = []
    for info in pkgutil.iter_modules(qawl.extractors.__path__):
        if not info.name.startswith("ner_"):
            continue
        module = importlib.import_module(f"qawl.extractors.{info.name}")
        for value in vars(module).values():
            if (
                hasattr(value, "cache_clear")
                and value.__module__ == module.__name__
                and not inspect.signature(value).parameters
            ):
                found.append(value)
    return found


class _Probe:
    """A test stage put first: notes, per document, which rule tables its process has not read yet
    when the batch arrives (before this process's NER stage has run on it)."""

    def __init__(self, tables: Sequence[Callable[[], Any]]) -> None:
        self.tables = tables

    def process(self, docs: Sequence[Document]) -> None:
        unread = sorted(table.__qualname__ for table in self.tables if table.cache_info().currsize == 0)
        for doc in docs:
            doc.meta["pid"] = os.getpid()
            doc.meta["unread"] = unread


def test_the_tagger_warms_every_rule_table() -> None:
    tables = _rule_tables()
    names = {table.__qualname__ for table in tables}
    assert {"known_names", "gazetteer_person_names", "lead_words", "not_names"} <= names
    assert set(ner.RULE_TABLES) == set(tables)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_forked_workers_find_the_rule_tables_already_read(tiny_model_dir: Path) -> None:
    tables = _rule_tables()
    for table in tables:
        table.cache_clear()
    options = PipelineOptions(model_dir=tiny_model_dir)
    pipeline = Pipeline(options)
    pipeline.stages.insert(0, ("probe", _Probe(tables)))
    assert all(table.cache_info().currsize == 0 for table in tables)  # building it read none
    docs = [Document(id=f"d{i}", text=SENTENCES[i % 3]) for i in range(8)]
    records = list(pool_records(docs, options, 2, 2, pipeline=pipeline))
    assert [r["id"] for r in records] == [f"d{i}" for i in range(8)]
    assert os.getpid() not in {r["meta"]["pid"] for r in records}
    # Each worker's first batch included: nothing left to read after the fork.
    assert [r["meta"]["unread"] for r in records] == [[]] * 8
