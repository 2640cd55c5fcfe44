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
# qawl.run.formats.DEFAULT_MAX_CHARS and qawl.run.sniff.FORMATS, likewise (a test keeps them equal).
DEFAULT_MAX_CHARS = 2_000_000
INPUT_FORMATS = ("auto", "jsonl", "json", "csv", "tsv", "text", "html")
# qawl.run.pool.DEFAULT_DOC_TIMEOUT, likewise.
DEFAULT_DOC_TIMEOUT = 300.0

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_NOTHING_READ = 3
EXIT_OUTPUT = 4
EXIT_LOCKED = 75  # sysexits' EX_TEMPFAIL: another run holds the lock; try again later
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

EXIT_CODES_HELP = (
    "Exit status: 0 every document processed; 1 some documents failed (error records written, "
    "counts on stderr); 2 usage error (bad option, missing or unwritable path); 3 nothing could be "
    "read; 4 the output or the state could not be written (disk full, closed stdout); 75 another "
    "run holds the lock of --state or of the --append output (see --wait); 130/143 interrupted."
)

app = typer.Typer(
    name="qawl",
    help="Who and what Arabic news names, and who said what, as JSON Lines.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Score qawl against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _show_version(value: bool) -> None:
    if value:
        from qawl import __version__

        print(f"qawl {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version of qawl and exit."
        ),
    ] = False,
) -> None:
    """Who and what Arabic news names, and who said what, as JSON Lines."""


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
        typer.Argument(help="Files, globs, directories, FIFOs (format read from content); '-'/none: stdin."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here instead of stdout (replaced atomically when the run completes; "
            "'-' is stdout; a name ending in .gz is gzip).",
        ),
    ] = None,
    emit: Annotated[
        str, typer.Option(help="documents (one record a document) or mentions|entities|quotes, one a line.")
    ] = "documents",
    text_field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field holding the id (else the line number).")] = "id",
    input_format: Annotated[
        str,
        typer.Option(
            "--format",
            help="auto (by content: compression, then jsonl|json|csv|tsv|html|text) or one of those.",
        ),
    ] = "auto",
    encoding: Annotated[
        str | None, typer.Option(help="Encoding of the input (default UTF-8, or UTF-16/32 by BOM).")
    ] = None,
    max_chars: Annotated[
        int, typer.Option(help="Longer documents become too_large error records.")
    ] = DEFAULT_MAX_CHARS,
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
        int,
        typer.Option(help="Worker processes; 0 = one per core (stdin and small inputs add them once large)."),
    ] = 0,
    doc_timeout: Annotated[
        float,
        typer.Option(help="Seconds a worker may take over a batch; then it is killed and the batch retried."),
    ] = DEFAULT_DOC_TIMEOUT,
    batch_size: Annotated[int, typer.Option(help="Documents per batch.")] = DEFAULT_BATCH_SIZE,
    state: Annotated[
        Path | None,
        typer.Option(
            help="A SQLite file of what earlier runs did: documents done are skipped, failed ones "
            "retried; one run at a time holds it."
        ),
    ] = None,
    append: Annotated[
        bool,
        typer.Option("--append", help="Append to --output in place (committed with --state, fsynced)."),
    ] = False,
    retry_failed: Annotated[
        bool,
        typer.Option(
            "--retry-failed/--no-retry-failed",
            help="With --state: do again the documents an earlier run failed on (or count them done).",
        ),
    ] = True,
    wait: Annotated[
        bool,
        typer.Option("--wait", help="When another run holds the lock, wait for it instead of exiting 75."),
    ] = False,
    summary_json: Annotated[
        Path | None,
        typer.Option(
            help="Also write the run's summary here as JSON (counts, time, exit status), for monitoring."
        ),
    ] = None,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first failed document.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary line.")] = False,
) -> None:
    """Extract entities, mentions and quotes; one JSON record a document.

    Example: qawl extract ../shared/fixtures/seed_article.txt | jq '.quotes[].speaker_name'
    """
    from qawl.cli.progress import Watch
    from qawl.pipeline import PipelineOptions
    from qawl.run import RunSetupError, Summary, extract_files
    from qawl.run.errors import NoDocumentsError, OutputError, RunLockedError
    from qawl.run.extract import ENGINES
    from qawl.run.writers import EMIT_KINDS

    if engine not in ENGINES:
        raise typer.BadParameter(f"must be one of {', '.join(ENGINES)}", param_hint="--engine")
    if emit not in EMIT_KINDS:
        raise typer.BadParameter(f"must be one of {', '.join(EMIT_KINDS)}", param_hint="--emit")
    out_path = None if output is None or str(output) == "-" else output
    if append and out_path is None:
        raise typer.BadParameter("--append needs --output FILE", param_hint="--append")
    if model_dir is not None and stanza_resources is not None:
        raise typer.BadParameter("give --model-dir or --stanza-resources, not both")
    _check_read_options(input_format, encoding, max_chars)
    options = PipelineOptions(
        ner=not no_ner,
        model_dir=model_dir,
        stanza_resources=stanza_resources,
        gazetteers=tuple(gazetteer or ()),
        default_gazetteer=not no_default_gazetteer,
    )
    watch = Watch(show=not quiet and sys.stderr.isatty(), meter_inputs=engine != "ray")
    report = _Report(summary_json, out_path, state)
    summary = Summary()
    signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        report.check()
        extract_files(
            paths or [],
            options,
            output=out_path,
            emit=emit,
            append=append,
            state=state,
            engine=engine,
            workers=workers,
            batch_size=batch_size,
            text_field=text_field,
            id_field=id_field,
            input_format=input_format,
            encoding=encoding,
            max_chars=max_chars,
            fail_fast=fail_fast,
            progress=watch,
            retry_failed=retry_failed,
            wait=wait,
            notify=watch.notice,
            summary=summary,
            doc_timeout=doc_timeout,
        )
    except RunLockedError as exc:
        watch.stop()
        _say(str(exc))
        raise typer.Exit(report.done(summary, EXIT_LOCKED, "locked")) from None
    except NoDocumentsError as exc:
        watch.stop()
        _say(str(exc))
        raise typer.Exit(report.done(summary, EXIT_NOTHING_READ, "nothing_read")) from None
    except RunSetupError as exc:
        watch.stop()
        _say(_setup_message(exc))
        raise typer.Exit(report.done(summary, EXIT_USAGE, "usage")) from None
    except OutputError as exc:
        watch.stop()
        _quiet_stdout()
        _say(f"{exc}; {_committed(summary, out_path, append)}")
        raise typer.Exit(report.done(summary, EXIT_OUTPUT, "output_error")) from None
    except BrokenPipeError:
        # `qawl extract | head`: the reader is gone; leave quietly like other Unix tools.
        watch.stop()
        _quiet_stdout()
        raise typer.Exit(report.done(summary, EXIT_OK, "broken_pipe")) from None
    except KeyboardInterrupt:
        watch.stop()
        _say(f"interrupted; {_committed(summary, out_path, append)}")
        raise typer.Exit(report.done(summary, EXIT_INTERRUPTED, "interrupted")) from None
    except _Terminated:
        watch.stop()
        _say(f"terminated; {_committed(summary, out_path, append)}")
        raise typer.Exit(report.done(summary, EXIT_TERMINATED, "terminated")) from None
    watch.stop()
    if not quiet:
        _say(_summary_line(summary))
    if summary.nothing_read:
        raise typer.Exit(report.done(summary, EXIT_NOTHING_READ, "nothing_read"))
    if summary.failed or summary.unchanged:  # unchanged: failing still, its record written before
        raise typer.Exit(report.done(summary, EXIT_SOME_FAILED, "some_failed"))
    raise typer.Exit(report.done(summary, EXIT_OK, "ok"))


def _summary_line(summary: Summary) -> str:
    errors = summary.errors
    detail = f" ({', '.join(f'{code}: {n}' for code, n in sorted(errors.items()))})" if errors else ""
    noun = "document" if summary.documents == 1 else "documents"
    line = f"{summary.documents} {noun}, {summary.ok} ok, {summary.failed} failed{detail}"
    if summary.unchanged:
        line += f", {summary.unchanged} failed again as before (no new record)"
    line += f", {summary.skipped} skipped (done before)"
    return line + f"; {summary.elapsed:.1f} s, {summary.rate:.1f} docs/s"


def _committed(summary: Summary, output: Path | None, append: bool) -> str:
    """What a run stopped mid-way leaves behind, truthfully."""
    if output is None:
        return f"{summary.committed} records written"
    if append:
        return f"{summary.committed} records appended to {output} (the rest are done again next run)"
    if summary.committed:
        return f"{output} written whole ({summary.committed} records)"
    return f"{output} left unchanged"


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's last flush at exit cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno() if sys.stdout is not None else 1)
    os.close(devnull)


class _Report:
    """``--summary-json``: checked before the run, written however the run ends."""

    def __init__(self, path: Path | None, output: Path | None, state: Path | None) -> None:
        self.path = path
        self.output = output
        self.state = state

    def check(self) -> None:
        if self.path is not None:
            from qawl.run.writers import check_writable

            try:
                check_writable(self.path, "summary file", replace=True)
            except Exception:
                self.path = None  # one line about it is enough; no second one about writing it
                raise

    def done(self, summary: Summary, code: int, status: str) -> int:
        """Write the report (if asked for) and return ``code``, the exit status."""
        if self.path is None:
            return code
        import tempfile

        import orjson

        report = {
            "status": status,
            "exit_code": code,
            **summary.to_dict(),
            "output": None if self.output is None else str(self.output),
            "state": None if self.state is None else str(self.state),
            "notices": summary.notices,
        }
        try:
            fd, temp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.absolute().parent
            )
            with os.fdopen(fd, "wb") as stream:
                stream.write(orjson.dumps(report, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
            os.chmod(temp, 0o644)
            os.replace(temp, self.path)
        except OSError as exc:
            _say(f"cannot write the summary {self.path}: {exc.strerror or exc}")
        return code


def _check_read_options(input_format: str, encoding: str | None, max_chars: int) -> None:
    import codecs

    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(INPUT_FORMATS)}", param_hint="--format")
    if max_chars < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--max-chars")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None


def _setup_message(exc: Exception) -> str:
    from qawl.extractors.ner import ModelNotFoundError

    if isinstance(exc.__cause__, ModelNotFoundError):
        return f"{exc} (use --no-ner to run without the NER model)"
    return str(exc)


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
