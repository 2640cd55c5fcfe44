"""A document's record depends on the document alone: not on the documents processed before it,
their order, the batch it is in, or the process (hash seed, worker) that processes it."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import orjson
from conftest import FIXTURES, ROOT

from qawl.document import Document
from qawl.pipeline import Pipeline, PipelineOptions
from qawl.run.formats import ReadOptions, jsonl_document

# Twelve ANT multisource articles (ant_multisource-8179 and -19265 once named their speaker
# with a proclitic (لمونفس، لساندرز) or not depending on the process's hash seed), and the
# five Jawhara FM ones of news_sample.jsonl.
SAMPLES = (FIXTURES / "determinism_sample.jsonl", FIXTURES / "news_sample.jsonl")


def _lines() -> list[bytes]:
    return [line for path in SAMPLES for line in path.read_bytes().splitlines() if line.strip()]


def _records(pipeline: Pipeline, lines: list[bytes], batch_size: int) -> dict[str, dict]:
    docs: list[Document] = [jsonl_document(line, 1, ReadOptions()) for line in lines]
    out = {}
    for start in range(0, len(docs), batch_size):
        batch = docs[start : start + batch_size]
        pipeline.process(batch)
        out.update({doc.id: doc.to_record() for doc in batch})
    return out


def test_records_do_not_depend_on_what_was_processed_before() -> None:
    lines = _lines()
    options = PipelineOptions(ner=False)
    in_order = _records(Pipeline(options), lines, batch_size=4)
    shuffled = lines[:]
    random.Random(7).shuffle(shuffled)
    warm = Pipeline(options)
    _records(warm, shuffled, batch_size=3)  # caches filled by every other document first
    again = _records(warm, shuffled[::-1], batch_size=5)
    alone = {}
    for line in lines:
        alone.update(_records(Pipeline(options), [line], batch_size=1))
    assert len(in_order) == len(lines) == 17
    for doc_id, record in in_order.items():
        assert again[doc_id] == record, doc_id
        assert alone[doc_id] == record, doc_id


def _cli(data: bytes, seed: str, *args: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "qawl", "extract", "--no-ner", "-q", *args],
        input=data,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=True,
    )
    return {orjson.loads(line)["id"]: line for line in result.stdout.splitlines()}


def test_records_are_the_same_bytes_whatever_the_hash_seed_order_or_workers() -> None:
    lines = _lines()
    shuffled = lines[:]
    random.Random(3).shuffle(shuffled)
    runs = [
        _cli(b"\n".join(lines) + b"\n", "0", "--workers", "1"),
        _cli(b"\n".join(shuffled) + b"\n", "1", "--workers", "1", "--batch-size", "1"),
        _cli(b"\n".join(lines[::-1]) + b"\n", "2", "--workers", "2", "--batch-size", "3"),
    ]
    assert len(runs[0]) == 17
    for run in runs[1:]:
        assert run == runs[0]
    speakers = [q["speaker_name"] for q in orjson.loads(runs[0]["ant_multisource-8179"])["quotes"]]
    # The speaker's name without the preposition written onto it, as full as the document gives it.
    assert "لمونفس" not in speakers and "ليسلي مونفس" in speakers
