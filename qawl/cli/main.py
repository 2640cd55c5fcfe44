"""The ``qawl`` command: a thin shell over :mod:`qawl.pipeline` and the readers/writers.

Heavy modules (torch, stanza) are imported only inside the commands that need them, so
``qawl --help`` and ``qawl schema`` start fast.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_NOTHING_READ = 3

EXIT_CODES_HELP = (
    "Exit status: 0 every document processed; 1 some documents failed (error records written, "
    "counts on stderr); 2 usage error; 3 nothing could be read."
)

app = typer.Typer(
    name="qawl",
    help="Who and what Arabic news names, and who said what, as JSON Lines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Score qawl against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _say(message: str) -> None:
    print(f"qawl: {message}", file=sys.stderr)


class _Terminated(BaseException):
    """SIGTERM, raised so that the output writer can discard its temp file."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, globs or directories (.txt, .jsonl, .jsonl.gz); '-' or none: stdin."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
    ] = None,
    emit: Annotated[
        str, typer.Option(help="documents (one record a document) or mentions|entities|quotes, one a line.")
    ] = "documents",
    text_field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field holding the id (else the line number).")] = "id",
    no_ner: Annotated[
        bool, typer.Option("--no-ner", help="Skip the NER model; gazetteer and quotes only.")
    ] = False,
    model_dir: Annotated[
        Path | None, typer.Option(help="A Stanza NER model directory (ner.pt, pretrain.pt) to use.")
    ] = None,
    stanza_resources: Annotated[
        Path | None, typer.Option(help="Official Stanza resources directory holding ar/ner/*.pt.")
    ] = None,
    gazetteer: Annotated[
        list[Path] | None, typer.Option(help="A gazetteer file (TSV or JSONL); repeatable, later wins.")
    ] = None,
    no_default_gazetteer: Annotated[
        bool, typer.Option("--no-default-gazetteer", help="Use only the --gazetteer files.")
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            help="local (processes on this machine) or ray (Ray Data; needs qawl[ray], RAY_ADDRESS)."
        ),
    ] = "local",
    workers: Annotated[
        int, typer.Option(help="Worker processes; 0 = one per core (1 for a single small input).")
    ] = 0,
    batch_size: Annotated[int, typer.Option(help="Documents per batch.")] = 32,
    state: Annotated[
        Path | None, typer.Option(help="Remember finished document ids here; skip them next time.")
    ] = None,
    append: Annotated[
        bool, typer.Option("--append", help="Append to --output instead of replacing it.")
    ] = False,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first failed document.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary line.")] = False,
) -> None:
    """Extract entities, mentions and quotes; one JSON record a document.

    Example: qawl extract ../shared/fixtures/seed_article.txt | jq '.quotes[].speaker_name'
    """
    from qawl.cli.inputs import (
        STDIN,
        UNREADABLE_CODES,
        InputNotFoundError,
        ReadOptions,
        expand_paths,
        read_documents,
    )
    from qawl.cli.outputs import EMIT_KINDS, RecordWriter
    from qawl.parallel import process_records
    from qawl.pipeline import PipelineOptions
    from qawl.state import RunState

    if engine not in ("local", "ray"):
        raise typer.BadParameter("must be local or ray", param_hint="--engine")
    if emit not in EMIT_KINDS:
        raise typer.BadParameter(f"must be one of {', '.join(EMIT_KINDS)}", param_hint="--emit")
    if append and output is None:
        raise typer.BadParameter("--append needs --output", param_hint="--append")
    if model_dir is not None and stanza_resources is not None:
        raise typer.BadParameter("give --model-dir or --stanza-resources, not both")
    options = PipelineOptions(
        ner=not no_ner,
        model_dir=model_dir,
        stanza_resources=stanza_resources,
        gazetteers=tuple(gazetteer or ()),
        default_gazetteer=not no_default_gazetteer,
    )
    read_options = ReadOptions(text_field=text_field, id_field=id_field)
    run_state = RunState(state) if state is not None else None
    worker_count = _worker_count(workers, paths or [])

    try:
        input_paths = list(expand_paths(paths or [STDIN]))
    except InputNotFoundError as exc:
        _say(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    if engine == "ray":
        # Ray reads the files itself, so finished documents are skipped as records come back.
        records = _ray_records(input_paths, options, read_options, worker_count, batch_size)
        if run_state is not None:
            records = (record for record in records if not run_state.is_done(record["id"]))
    else:
        pipeline = _build_pipeline(options) if worker_count <= 1 else None
        docs = read_documents(input_paths, read_options)
        if run_state is not None:
            docs = (doc for doc in docs if not run_state.is_done(doc.id))
        records = process_records(docs, options, worker_count, batch_size, pipeline)

    signal.signal(signal.SIGTERM, _raise_terminated)
    errors: Counter[str] = Counter()
    total = 0
    written_ids: list[str] = []
    progress = None if quiet or not sys.stderr.isatty() else _progress()
    try:
        with RecordWriter(output, emit=emit, append=append) as writer:
            if progress is not None:
                progress.start()
                task = progress.add_task("documents", total=None)
            for record in records:
                writer.write(record)
                total += 1
                if run_state is not None:
                    written_ids.append(record["id"])
                if record["error"]:
                    errors[record["error"]["code"]] += 1
                    if fail_fast:
                        break
                if progress is not None:
                    progress.advance(task)
    except BrokenPipeError:
        # `qawl extract | head`: the reader is gone; leave quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except KeyboardInterrupt:
        _stop_progress(progress)
        _say("interrupted; " + ("output left unchanged" if output else f"{total} records written"))
        raise typer.Exit(130) from None
    except _Terminated:
        _stop_progress(progress)
        _say("terminated; " + ("output left unchanged" if output else f"{total} records written"))
        raise typer.Exit(143) from None
    _stop_progress(progress)

    if run_state is not None:
        run_state.mark(written_ids)
        run_state.save()
    failed = sum(errors.values())
    if not quiet:
        detail = f" ({', '.join(f'{code}: {n}' for code, n in sorted(errors.items()))})" if errors else ""
        _say(f"{total} documents, {total - failed} ok, {failed} failed{detail}")
    if total and failed == total and all(code in UNREADABLE_CODES for code in errors):
        raise typer.Exit(EXIT_NOTHING_READ)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _worker_count(requested: int, paths: list[str]) -> int:
    if requested > 0:
        return requested
    single_small_file = (
        len(paths) == 1 and Path(paths[0]).is_file() and Path(paths[0]).stat().st_size < 1_000_000
    )
    if not paths or single_small_file:
        return 1
    return os.cpu_count() or 1


def _ray_records(paths: list[str], options: object, read_options: object, workers: int, batch_size: int):
    from importlib.util import find_spec

    from qawl.cli.inputs import JSONL_SUFFIXES

    if find_spec("ray") is None:
        _say("--engine ray needs Ray Data: pip install 'qawl[ray]'")
        raise typer.Exit(EXIT_USAGE)
    not_jsonl = [path for path in paths if not path.endswith(JSONL_SUFFIXES)]
    if not_jsonl:
        _say(f"--engine ray reads JSONL files, not {not_jsonl[0]!r}")
        raise typer.Exit(EXIT_USAGE)
    from qawl.distributed import extract_with_ray

    return extract_with_ray(paths, options, read_options, max(workers, 1), batch_size)  # type: ignore[arg-type]


def _build_pipeline(options: object):  # -> Pipeline
    from qawl.extractors.ner import ModelNotFoundError
    from qawl.pipeline import Pipeline

    try:
        return Pipeline(options)  # type: ignore[arg-type]
    except (ModelNotFoundError, FileNotFoundError, ValueError) as exc:
        _say(
            f"{exc} (use --no-ner to run without the NER model)"
            if isinstance(exc, ModelNotFoundError)
            else str(exc)
        )
        raise typer.Exit(EXIT_USAGE) from None


def _progress():  # -> rich.progress.Progress
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} {task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _stop_progress(progress: object) -> None:
    if progress is not None:
        progress.stop()  # type: ignore[attr-defined]


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record `qawl extract` writes.

    Example: qawl schema | jq '.properties | keys'
    """
    import orjson

    from qawl.record_schema import RECORD_SCHEMA

    sys.stdout.buffer.write(
        orjson.dumps(RECORD_SCHEMA, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    )


def _register_plugins() -> None:
    """Commands that live beside their library code (models, eval ner/quotes, gazetteer)."""
    from importlib import import_module

    for module_name, target in (
        ("qawl.cli.ner_commands", (app, eval_app)),
        ("qawl.cli.gazetteer_commands", (app,)),
        ("qawl.cli.quote_commands", (eval_app,)),
    ):
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(*target)


_register_plugins()


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
