"""``qawl gazetteer check|lookup|mine``: validate gazetteer files, look names up, and mine
candidate entries from a dump.

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

    @sub.command("mine")
    def mine(
        dump: Annotated[
            list[str], typer.Argument(help="Files, globs or directories of documents (JSONL, text …).")
        ],
        output: Annotated[
            Path, typer.Option("--output", "-o", help="The candidate gazetteer (TSV) to write.")
        ],
        min_count: Annotated[int, typer.Option(help="Leave out entities mentioned fewer times.")] = 2,
        no_ner: Annotated[
            bool, typer.Option("--no-ner", help="No NER: there are then no names to mine (see the README).")
        ] = False,
        gazetteer: Annotated[
            list[Path] | None,
            typer.Option(
                "--gazetteer", "-g", help="Extra gazetteer file (repeatable): its names are not mined."
            ),
        ] = None,
        model_dir: Annotated[
            Path | None, typer.Option(help="NER model directory (default: the bundled one).")
        ] = None,
        limit: Annotated[int | None, typer.Option(help="Read only the first N documents.")] = None,
        save_counts: Annotated[
            Path | None, typer.Option(help="Also save the counters (pickle), to cluster again without NER.")
        ] = None,
    ) -> None:
        """Write the names NER finds in DUMP that no gazetteer entry links, clustered into
        entities, as a gazetteer TSV (OUTPUT) with their counts and an example of each
        spelling beside it (OUTPUT's name + .evidence.tsv), and the clusters left out as not one
        entity's name (a unit, a piece of a longer name, common words, a name several bear) with
        the reason (OUTPUT's name + .rejected.tsv). Exit 1 when nothing is found."""
        from collections import Counter
        from itertools import islice

        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from qawl import read_documents
        from qawl.gazetteers import load_index
        from qawl.gazetteers.mining import NameMiner, write_candidates, write_rejected
        from qawl.pipeline import Pipeline, PipelineOptions

        if no_ner:
            # Without NER the only names are the gazetteer's own, which are linked by definition.
            typer.echo(
                "--no-ner: without NER no unlinked names are found; writing an empty gazetteer", err=True
            )
        options = PipelineOptions(
            ner=not no_ner, model_dir=model_dir, gazetteers=tuple(gazetteer or ()), quotes=False
        )
        pipeline = Pipeline(options)
        miner = NameMiner(common_words=load_index(options.gazetteers).common_words)
        docs = read_documents(dump)
        if limit is not None:
            docs = islice(docs, limit)
        columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn())
        with Progress(*columns, transient=False, console=_stderr()) as progress:
            task = progress.add_task("mining", total=None)
            for _ in miner.add_all(pipeline.pipe(docs)):
                progress.advance(task)
        if save_counts is not None:
            import pickle

            save_counts.write_bytes(pickle.dumps(miner))
        entities = miner.candidates(min_count)
        evidence = write_candidates(entities, output)
        rejected = output.with_name(output.stem + ".rejected.tsv")
        write_rejected(miner.rejected, rejected)
        reasons = ", ".join(
            f"{n} {reason}" for reason, n in Counter(r for r, _ in miner.rejected).most_common()
        )
        typer.echo(
            f"{miner.documents} documents, {len(miner.spellings)} spellings, {len(entities)} entities "
            f"(≥ {min_count} mentions) → {output}, evidence in {evidence}; left out ({reasons or 'none'}) "
            f"in {rejected}",
            err=True,
        )
        if not entities:
            raise typer.Exit(1)

    app.add_typer(sub, name="gazetteer")


def _stderr():  # rich is imported only when a command runs
    from rich.console import Console

    return Console(stderr=True)
