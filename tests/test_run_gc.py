"""A run, in process and in every pool worker, keeps the cycle collector out of its batches: the
objects a batch of long news articles holds at once (a tuple per token, the views) stay under the
run's threshold, so no pass walks them before they die with the batch, and the collector's
settings come back after. (Output cannot depend on it: the stages leave next to no cycles.)"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

import orjson
import pytest
from conftest import FIXTURES

from qawl.arabic import tokenize
from qawl.document import Document
from qawl.pipeline import Pipeline, PipelineOptions
from qawl.run.collector import RUN_GC_THRESHOLD
from qawl.run.extract import _in_process
from qawl.run.pool import pool_records


def _long_articles(count: int) -> list[Document]:
    """``count`` documents of every bundled news article joined (over 4,000 tokens each)."""
    lines = [
        line
        for name in ("news_sample.jsonl", "determinism_sample.jsonl")
        for line in (FIXTURES / name).read_bytes().splitlines()
        if line.strip()
    ]
    text = "\n".join(orjson.loads(line)["text"] for line in lines)
    return [Document(f"d{k}", text) for k in range(count)]


def test_a_batch_of_long_articles_runs_without_a_collector_pass() -> None:
    pipeline = Pipeline(PipelineOptions(ner=False))
    docs = _long_articles(8)
    assert sum(len(tokenize(doc.text)) for doc in docs) > 20_000  # the old threshold's worth
    passes: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        # Only the passes while the run's settings are on (not the one the run starts with).
        if phase == "start" and gc.get_threshold()[0] == RUN_GC_THRESHOLD:
            passes.append(info["generation"])

    before = gc.get_threshold()
    gc.callbacks.append(count)
    try:
        records = list(_in_process(pipeline, docs, batch_size=len(docs)))
    finally:
        gc.callbacks.remove(count)
    assert gc.get_threshold() == before
    assert passes == [], f"collector passes during the batch: {passes}"
    assert len(records) == len(docs) and all(record["quotes"] for record in records)


class _ThresholdProbe:
    """A test stage put first: notes, per document, its process and the collector's threshold there."""

    def process(self, docs: Sequence[Document]) -> None:
        for doc in docs:
            doc.meta["pid"] = os.getpid()
            doc.meta["gc_threshold"] = gc.get_threshold()[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_pool_workers_make_records_with_the_run_collector_settings() -> None:
    options = PipelineOptions(ner=False)
    pipeline = Pipeline(options)
    pipeline.stages.insert(0, ("probe", _ThresholdProbe()))
    docs = _long_articles(6)
    records = list(pool_records(docs, options, 2, 2, pipeline=pipeline))
    assert [r["id"] for r in records] == [doc.id for doc in docs]
    assert os.getpid() not in {r["meta"]["pid"] for r in records}
    assert {r["meta"]["gc_threshold"] for r in records} == {RUN_GC_THRESHOLD}
    assert all(record["quotes"] for record in records)
