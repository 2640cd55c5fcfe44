"""The ``qawl`` command: option parsing, progress, signals and exit codes over the library.

``extract`` is :func:`qawl.run.extract_files` with a progress display; the other commands live
in their own modules beside this one and are registered below. Heavy modules (torch, stanza)
are imported only inside the commands that need them, so ``qawl --help`` and ``qawl schema``
start fast.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qawl.cli import gazetteer_commands, ner_commands, quote_commands

if TYPE_CHECKING:
    from qawl.run import Summary

# qawl.pipeline.DEFAULT_BATCH_SIZE, written out so that `qawl --help` imports no library code
# (a test keeps the two equal).
DEFAULT_BATCH_SIZE = 32

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
    batch_size: Annotated[int, typer.Option(help="Documents per batch.")] = DEFAULT_BATCH_SIZE,
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
    from qawl.pipeline import PipelineOptions
    from qawl.run import RunSetupError, extract_files
    from qawl.run.extract import ENGINES
    from qawl.run.writers import EMIT_KINDS

    if engine not in ENGINES:
        raise typer.BadParameter(f"must be one of {', '.join(ENGINES)}", param_hint="--engine")
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
    watch = _Watch(show=not quiet and sys.stderr.isatty())
    signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        summary = extract_files(
            paths or [],
            options,
            output=output,
            emit=emit,
            append=append,
            state=state,
            engine=engine,
            workers=workers,
            batch_size=batch_size,
            text_field=text_field,
            id_field=id_field,
            fail_fast=fail_fast,
            progress=watch,
        )
    except RunSetupError as exc:
        watch.stop()
        _say(_setup_message(exc))
        raise typer.Exit(EXIT_USAGE) from None
    except BrokenPipeError:
        # `qawl extract | head`: the reader is gone; leave quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except KeyboardInterrupt:
        watch.stop()
        _say("interrupted; " + ("output left unchanged" if output else f"{watch.written} records written"))
        raise typer.Exit(130) from None
    except _Terminated:
        watch.stop()
        _say("terminated; " + ("output left unchanged" if output else f"{watch.written} records written"))
        raise typer.Exit(143) from None
    watch.stop()
    if not quiet:
        errors = summary.errors
        detail = f" ({', '.join(f'{code}: {n}' for code, n in sorted(errors.items()))})" if errors else ""
        _say(f"{summary.documents} documents, {summary.ok} ok, {summary.failed} failed{detail}")
    if summary.nothing_read:
        raise typer.Exit(EXIT_NOTHING_READ)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


def _setup_message(exc: Exception) -> str:
    from qawl.extractors.ner import ModelNotFoundError

    if isinstance(exc.__cause__, ModelNotFoundError):
        return f"{exc} (use --no-ner to run without the NER model)"
    return str(exc)


class _Watch:
    """What the user sees while a run goes: a progress line on a terminal, and the count so far."""

    def __init__(self, show: bool) -> None:
        self.written = 0
        self._progress = None
        if show:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} {task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("documents", total=None)

    def __call__(self, summary: Summary) -> None:
        self.written = summary.documents
        if self._progress is not None:
            self._progress.update(self._task, completed=summary.documents)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


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


# Commands that live beside their library code (models, eval ner/quotes, gazetteer).
ner_commands.register(app, eval_app)
gazetteer_commands.register(app)
quote_commands.register(eval_app)


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
