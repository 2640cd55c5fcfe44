"""``qawl gazetteer check|lookup``: validate gazetteer files and look names up.

Only typer, pathlib and typing at module level, so that ``qawl --help`` stays fast; the
gazetteer code is imported inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``gazetteer`` sub-app to the main CLI ``app``."""
    sub = typer.Typer(help="Check gazetteer files and look names up in them.", no_args_is_help=True)

    @sub.command("check")
    def check(
        files: Annotated[list[Path], typer.Argument(help="TSV or JSONL gazetteer files, merged in order.")],
    ) -> None:
        """Report problems (with line numbers) in gazetteer FILES; exit 1 if there are any."""
        from qawl.gazetteers import check_files, load_index

        missing = [f for f in files if not f.is_file()]
        for path in missing:
            typer.echo(f"{path}:0: error: file not found", err=True)
        problems = check_files([f for f in files if f.is_file()])
        for problem in problems:
            typer.echo(str(problem))
        errors = sum(1 for p in problems if p.severity == "error") + len(missing)
        warnings = len(problems) - (errors - len(missing))
        if not missing and errors == 0:
            index = load_index(files, include_default=False)
            typer.echo(f"{len(index)} entities, {index.name_count} names", err=True)
        typer.echo(f"{errors} errors, {warnings} warnings", err=True)
        if problems or missing:
            raise typer.Exit(1)

    @sub.command("lookup")
    def lookup(
        name: Annotated[str, typer.Argument(help="A name as written in the text, e.g. وباشنيان")],
        gazetteer: Annotated[
            list[Path] | None,
            typer.Option("--gazetteer", "-g", help="Extra gazetteer file (repeatable), after the default."),
        ] = None,
        no_default: Annotated[
            bool, typer.Option("--no-default-gazetteer", help="Use only the --gazetteer files.")
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
        limit: Annotated[int, typer.Option(help="At most this many near misses below the threshold.")] = 5,
    ) -> None:
        """Print the entities NAME may refer to, with scores and why they matched."""
        from qawl.cli._gazetteer_lookup import run_lookup

        code = run_lookup(name, gazetteer or [], not no_default, as_json, limit)
        if code:
            raise typer.Exit(code)

    app.add_typer(sub, name="gazetteer")
