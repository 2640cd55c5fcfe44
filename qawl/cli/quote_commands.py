"""``qawl eval quotes``: score the quote stage against gold annotations (GUIDELINES.md scoring).

Only typer and pathlib are imported at module level, so ``qawl --help`` stays fast; the
pipeline and the scorer load inside the command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def eval_quotes(
    gold: Annotated[
        Path, typer.Option("--gold", help="Gold JSONL (id, text, quotes), as in ../shared/data/quotes.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
    no_ner: Annotated[
        bool, typer.Option("--no-ner", help="Skip the NER model; gazetteer and quotes only.")
    ] = False,
    part: Annotated[
        str,
        typer.Option(
            help="all, or a fixed split of the gold documents sorted by id: heldout (every third, "
            "from the third) or tune (the others)."
        ),
    ] = "all",
    kinds: Annotated[
        str | None,
        typer.Option(
            "--kinds",
            help="Score only these kinds, comma-separated (e.g. direct,indirect,mixed to leave "
            "nominal quotes out); default all.",
        ),
    ] = None,
) -> None:
    """Run the real pipeline over the gold texts and report detection, attribution, end-to-end F1,
    span Jaccard and cue accuracy.

    Example: qawl eval quotes --gold ../shared/data/quotes/dev.jsonl --no-ner --kinds direct,indirect,mixed
    """
    import sys

    import orjson

    from qawl.document import Document
    from qawl.evaluation.quotes_eval import PARTS, parse_kinds, read_gold, score_records, select_part
    from qawl.pipeline import Pipeline, PipelineOptions

    if part not in PARTS:
        raise typer.BadParameter(f"must be one of {', '.join(PARTS)}", param_hint="--part")
    try:
        kept_kinds = parse_kinds(kinds)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--kinds") from None
    if not gold.is_file():
        print(f"qawl: no gold file at {gold}", file=sys.stderr)
        raise typer.Exit(2)
    try:
        gold_docs = select_part(read_gold(gold), part)
    except ValueError as exc:
        print(f"qawl: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    try:
        pipeline = Pipeline(PipelineOptions(ner=not no_ner))
    except (ImportError, FileNotFoundError, RuntimeError) as exc:
        # A stage that is not installed or a model that is not on disk: say which, don't trace.
        hint = "" if no_ner else " (use --no-ner to run without the NER model)"
        print(f"qawl: cannot build the pipeline: {exc}{hint}", file=sys.stderr)
        raise typer.Exit(2) from None
    docs = [Document(id=str(g.get("id", n)), text=g.get("text", "")) for n, g in enumerate(gold_docs, 1)]
    pipeline.process(docs)
    # A document a stage failed on scores as if it had no quotes: say so, or the scores fall
    # with nothing to tell why.
    failed = [doc for doc in docs if doc.error is not None]
    for doc in failed:
        print(f"qawl: {doc.id}: {doc.error.code}: {doc.error.message}", file=sys.stderr)
    scores = score_records(gold_docs, [doc.to_record() for doc in docs], kept_kinds)
    kinds_label = ",".join(sorted(kept_kinds)) if kept_kinds else "all"
    if as_json:
        payload = {
            "gold": str(gold),
            "part": part,
            "kinds": kinds_label,
            "documents": len(docs),
            "failed_documents": [doc.id for doc in failed],
            **scores.as_dict(),
        }
        sys.stdout.buffer.write(orjson.dumps(payload, option=orjson.OPT_APPEND_NEWLINE))
    else:
        print(f"{gold} ({part}, {len(docs)} documents, kinds: {kinds_label})")
        if failed:
            print(f"{len(failed)} document(s) failed in a stage and count as having no quotes")
        print(scores.report())


def register(eval_app: typer.Typer) -> None:
    """Add ``quotes`` to the ``qawl eval`` group."""
    eval_app.command("quotes")(eval_quotes)
