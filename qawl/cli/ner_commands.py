"""``qawl models``, ``qawl eval ner`` and ``qawl train ner``: the NER model commands, registered by
``qawl.cli.main``.

Only typer and pathlib at module level: torch and stanza load inside the commands that tag,
so ``qawl --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

MODEL_DIR_HELP = "A Stanza NER model directory (ner.pt, pretrain.pt) to use."
STANZA_HELP = "Official Stanza resources directory holding ar/ner/*.pt."


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add ``models`` and ``train ner`` to ``app`` and ``ner`` to ``eval_app``."""
    app.command("models")(models)
    eval_app.command("ner")(eval_ner)
    train_app = typer.Typer(help="Train models on your own annotations.", no_args_is_help=True)
    app.add_typer(train_app, name="train")
    train_app.command("ner")(train_ner)


def models(
    model_dir: Annotated[Path | None, typer.Option(help=MODEL_DIR_HELP)] = None,
    stanza_resources: Annotated[Path | None, typer.Option(help=STANZA_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of a table.")] = False,
) -> None:
    """List the NER models qawl can find and mark the one `extract` would use with these options.

    Example: qawl models --stanza-resources ~/stanza_resources
    """
    import json

    from qawl.extractors.ner import available_models

    if model_dir is not None and stanza_resources is not None:
        raise typer.BadParameter("give --model-dir or --stanza-resources, not both")
    found = available_models(model_dir, stanza_resources)
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for entry in found:
        mark = "*" if entry["in_use"] else " "
        state = "ok" if entry["available"] else f"missing ({entry['error']})"
        size = f"{entry['size_mb']:.1f} MB" if entry["available"] else ""
        typer.echo(f"{mark} {entry['name']:<10} {entry['path']}  {state}  {size}".rstrip())
    if not any(entry["in_use"] for entry in found):
        typer.echo("no usable NER model: `qawl extract` needs --no-ner", err=True)
        raise typer.Exit(1)


def eval_ner(
    gold: Annotated[Path, typer.Option(help="Gold file: token<TAB>tag (BIO), blank line between sentences.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model_dir: Annotated[Path | None, typer.Option(help=MODEL_DIR_HELP)] = None,
    stanza_resources: Annotated[Path | None, typer.Option(help=STANZA_HELP)] = None,
    threads: Annotated[int, typer.Option(help="Torch threads (0: torch's default).")] = 0,
) -> None:
    """Strict entity-level precision, recall and F1 per label and micro-averaged.

    The gold tokens are joined into text and run through the same tokeniser and NER stage as
    `qawl extract`. Example: qawl eval ner --gold ../shared/data/ner/anercorp_camel/test.txt
    """
    import json
    import time

    from qawl.evaluation.ner_eval import evaluate_tagger, format_table, read_bio
    from qawl.extractors.ner import ModelNotFoundError, NerTagger

    if model_dir is not None and stanza_resources is not None:
        raise typer.BadParameter("give --model-dir or --stanza-resources, not both")
    if not gold.is_file():
        raise typer.BadParameter(f"no such file: {gold}", param_hint="--gold")
    try:
        sentences = read_bio(gold)
    except (ValueError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"{gold}: {exc}", param_hint="--gold") from None
    started = time.perf_counter()
    import stanza  # noqa: F401 - imported here so the load time below is the model's alone

    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    try:
        tagger = NerTagger.load(model_dir, stanza_resources, threads=threads or None)
    except (ModelNotFoundError, ValueError) as exc:
        typer.echo(f"qawl: {exc}", err=True)
        raise typer.Exit(2) from None
    load_seconds = time.perf_counter() - started
    scores = evaluate_tagger(tagger, sentences)
    if as_json:
        result = {
            "gold": str(gold),
            "model": tagger.files.name,
            "import_seconds": round(import_seconds, 2),
            "load_seconds": round(load_seconds, 2),
        }
        result.update(scores.to_dict())
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(
        f"model {tagger.files.name}, gold {gold}: {scores.sentences} sentences, {scores.tokens} tokens"
    )
    typer.echo(format_table(scores))
    rate = scores.tokens / scores.seconds if scores.seconds else 0.0
    typer.echo(
        f"imports {import_seconds:.1f}s, model load {load_seconds:.1f}s, "
        f"tagging {scores.seconds:.1f}s ({rate:,.0f} tokens/s)"
    )


BIO_HELP = "token<TAB>tag lines (BIO: B-PER, I-LOC, O …), a blank line between sentences."


def train_ner(
    train: Annotated[
        list[Path],
        typer.Option(
            help=f"Training file(s), repeat the option (a file given K times counts K times): {BIO_HELP}"
        ),
    ],
    dev: Annotated[Path, typer.Option(help="Dev file (same format): early stopping, best checkpoint.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Model directory to write (for --model-dir).")],
    vectors: Annotated[
        Path | None,
        typer.Option(help="Word vectors: Stanza pretrain .pt or word2vec text (default: the bundled ones)."),
    ] = None,
    from_model: Annotated[
        Path | None, typer.Option(help="Adapt this model directory (its vectors) instead of starting anew.")
    ] = None,
    steps: Annotated[int, typer.Option(help="Training steps (batches of 32 sentences) at most.")] = 4400,
    eval_interval: Annotated[int, typer.Option(help="Score the dev file every this many steps.")] = 200,
    normalize: Annotated[
        bool, typer.Option(help="Key words by qawl's Arabic normalisation (alef, ya, ta marbuta, marks).")
    ] = True,
    lr: Annotated[float | None, typer.Option(help="Learning rate (default: Stanza's SGD 0.1).")] = None,
    work: Annotated[
        Path | None, typer.Option(help="Keep intermediate files here (default: a temporary directory).")
    ] = None,
    threads: Annotated[int, typer.Option(help="Torch threads (0: torch's default).")] = 0,
) -> None:
    """Train (or adapt, with --from-model) an NER model on your own BIO data; progress on stderr.

    The files are re-tokenised with qawl's tokeniser, the tagger (Stanza BiLSTM-CRF with a
    character BiLSTM) keeps the checkpoint with the best dev F1, and --out gets ner.pt,
    pretrain.pt and training.json. Use it with `qawl extract --model-dir OUT`.
    Example: qawl train ner --train my.bio --dev my_dev.bio -o my_model
    """
    import tempfile

    for path in [*train, dev]:
        if not path.is_file():
            raise typer.BadParameter(f"no such file: {path}")
    if vectors is not None and from_model is not None:
        raise typer.BadParameter("--vectors does not apply with --from-model (the model keeps its own)")
    if vectors is not None and not vectors.is_file():
        raise typer.BadParameter(f"no such file: {vectors}", param_hint="--vectors")
    if steps < 1 or eval_interval < 1:
        raise typer.BadParameter("--steps and --eval-interval must be positive")
    from qawl.training.ner import TrainingRun, train_model

    if threads:
        import torch

        torch.set_num_threads(threads)
    optimiser = ["--lr", str(lr)] if lr is not None else []
    run = TrainingRun(max_steps=steps, eval_interval=min(eval_interval, steps))

    def say(message: str) -> None:
        typer.echo(f"qawl train ner: {message}", err=True)

    with tempfile.TemporaryDirectory(prefix="qawl-train-") as scratch:
        try:
            train_model(
                train, dev, out, work or Path(scratch), run, vectors=vectors, from_model=from_model,
                normalized=normalize, optimiser=optimiser, say=say,
            )  # fmt: skip
        except (ValueError, FileNotFoundError) as exc:
            typer.echo(f"qawl: {exc}", err=True)
            raise typer.Exit(2) from None
