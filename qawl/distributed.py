"""Beyond one machine: the same pipeline in a Ray Data actor pool (``pip install qawl[ray]``).

Ray Data reads the JSONL lines; each actor parses them with qawl's own reader, builds the
pipeline once and returns records; the driver streams them back in input order to the same
writer ``qawl extract`` uses. With ``RAY_ADDRESS`` set it joins that cluster, otherwise it
starts a local Ray on the fly.

    RAY_ADDRESS=ray://head:10001 qawl extract --engine ray 's3-mounted/dump-*.jsonl.gz' -o out.jsonl
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Any

import orjson

from qawl.cli.inputs import JSONL_SUFFIXES, LINE_ERROR_CODES, ReadOptions, jsonl_document
from qawl.pipeline import Pipeline, PipelineOptions


class RayExtractor:
    """One Ray actor: the pipeline is built once, in ``__init__``, and reused for every batch."""

    def __init__(self, options: PipelineOptions, read_options: ReadOptions) -> None:
        if options.ner:
            import torch

            torch.set_num_threads(1)
        self.pipeline = Pipeline(options)
        self.read_options = read_options

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        lines = [str(line) for line in batch["text"]]
        docs = [
            jsonl_document(line.encode("utf-8"), None, self.read_options, fallback_id="")
            for line in lines
            if line.strip()
        ]
        self.pipeline.process(docs)
        records = iter(orjson.dumps(doc.to_record()).decode("utf-8") for doc in docs)
        # Blank lines stay as empty rows so the driver can count line numbers per file.
        return {"record": [next(records) if line.strip() else "" for line in lines]}


def extract_with_ray(
    paths: list[str],
    options: PipelineOptions,
    read_options: ReadOptions | None = None,
    actors: int = 2,
    batch_size: int = 32,
) -> Iterator[dict[str, Any]]:
    """Records of every line of the JSONL(.gz) ``paths``, in input order."""
    import ray

    not_jsonl = [p for p in paths if not p.endswith(JSONL_SUFFIXES)]
    if not_jsonl:
        raise ValueError(f"--engine ray reads JSONL files only, not {not_jsonl[0]!r}")
    read_options = read_options or ReadOptions()
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS")
        # A local Ray gets one CPU slot beyond the actors: the JSONL read tasks need a slot too,
        # and with every slot held by an actor the dataset would wait forever.
        local_cpus = None if address else max(actors, os.cpu_count() or 1) + 1
        ray.init(
            address=address,
            num_cpus=local_cpus,
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
        )
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    for path in paths:
        compression = {"compression": "gzip"} if path.endswith(".gz") else {}
        dataset = ray.data.read_text(path, drop_empty_lines=False, arrow_open_stream_args=compression)
        dataset = dataset.map_batches(
            RayExtractor,
            fn_constructor_args=(options, read_options),
            compute=ray.data.ActorPoolStrategy(size=actors),
            batch_size=batch_size,
            num_cpus=1,
        )
        for line_number, row in enumerate(dataset.iter_rows(), start=1):
            if not row["record"]:
                continue
            record = orjson.loads(row["record"])
            # Actors cannot know line numbers; the driver fills them in as the local reader does.
            if record["id"] == "":
                record["id"] = f"{path}:{line_number}"
            error = record["error"]
            if error and error["code"] in LINE_ERROR_CODES:
                error["message"] = f"line {line_number}: {error['message']}"
            yield record
