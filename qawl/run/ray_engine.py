"""The Ray engine: the same pipeline in a Ray Data actor pool (``pip install qawl[ray]``).

Ray Data reads the JSONL lines; each actor parses them with qawl's own reader, builds the
pipeline once and returns records; the driver streams them back in input order. With
``RAY_ADDRESS`` set it joins that cluster, otherwise it starts a local Ray on the fly.

    RAY_ADDRESS=ray://head:10001 qawl extract --engine ray 's3-mounted/dump-*.jsonl.gz' -o out.jsonl
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from importlib.util import find_spec
from typing import Any

import orjson

from qawl.pipeline import DEFAULT_BATCH_SIZE, Pipeline, PipelineOptions
from qawl.run.errors import RunSetupError
from qawl.run.readers import LINE_ERROR_CODES, ReadOptions, is_jsonl_path, jsonl_document


class RayExtractor:
    """One Ray actor: the pipeline is built once, in ``__init__``, and reused for every batch."""

    def __init__(self, options: PipelineOptions, read_options: ReadOptions) -> None:
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


def check_ray_run(paths: Sequence[str]) -> None:
    """Raise :class:`RunSetupError` unless every path is JSONL and Ray Data is installed."""
    not_jsonl = [path for path in paths if not is_jsonl_path(path)]
    if not_jsonl:
        raise RunSetupError(f"--engine ray reads JSONL files, not {not_jsonl[0]!r}")
    if find_spec("ray") is None:
        raise RunSetupError("--engine ray needs Ray Data: pip install 'qawl[ray]'")


def ray_records(
    paths: Sequence[str],
    options: PipelineOptions,
    read_options: ReadOptions | None = None,
    actors: int = 2,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[dict[str, Any]]:
    """Records of every line of the JSONL(.gz) ``paths``, in input order.

    The paths are checked here, before anything starts; Ray itself starts on the first record.
    """
    check_ray_run(paths)
    return _records(list(paths), options, read_options or ReadOptions(), max(actors, 1), batch_size)


def _records(
    paths: list[str], options: PipelineOptions, read_options: ReadOptions, actors: int, batch_size: int
) -> Iterator[dict[str, Any]]:
    import ray

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
