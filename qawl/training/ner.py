"""Train a Stanza NER tagger the way qawl runs it: data, word-vector keys, training, install.

The same code serves ``qawl train ner`` (a user's own BIO files) and ``make model`` (the bundled
model, ``training/build_model.sh``). A model may be trained on *normalised* word keys
(:func:`qawl.arabic.normalize`: one alef, ي for ى, ه for ة, no tashkeel or tatweel): the
training sentences and the vectors are then keyed by ``normalize(word)``, and the checkpoint
records it under :data:`NORMALIZE_KEY` so that the run-time tagger keys its input the same way.
Models without the mark (all earlier ones, Stanza's own) see words exactly as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qawl.arabic import normalize
from qawl.evaluation.ner_eval import GoldSentence
from qawl.extractors.ner import NORMALIZE_KEY, NORMALIZE_VALUE


def word_key(word: str, normalized: bool) -> str:
    """What the tagger looks a word up by (its characters included)."""
    if not normalized:
        return word
    key = normalize(word)
    # The run-time rule (NerTagger._key): a word of marks alone keeps its text.
    return key or word


def write_stanza_json(path: Path, sentences: Iterable[GoldSentence], normalized: bool = False) -> int:
    """Stanza's NER training format: a list of sentences of ``{"text", "ner"}``; returns the count.

    Stanza converts BIO to BIOES itself.
    """
    data = [
        [{"text": word_key(t, normalized), "ner": tag} for t, tag in zip(s.tokens, s.tags, strict=True)]
        for s in sentences
    ]
    Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return len(data)


def write_bio(path: Path, sentences: Sequence[GoldSentence]) -> None:
    """``token<TAB>tag`` lines, a blank line after each sentence."""
    with Path(path).open("w", encoding="utf-8") as out:
        for sentence in sentences:
            for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
                out.write(f"{token}\t{tag}\n")
            out.write("\n")


def normalize_pretrain(source: Path, target: Path) -> tuple[int, int]:
    """Re-key a Stanza pretrain by normalised words; returns (words before, words after).

    Words that normalise alike (أكبر, اكبر) share one key; the vector of the most frequent
    of them is kept (a gensim-built pretrain lists words by falling frequency).
    """
    import numpy as np
    import torch
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.common.vocab import VOCAB_PREFIX

    pretrain = Pretrain(str(source))
    vocab, emb = pretrain.vocab, pretrain.emb
    emb = emb.float().numpy() if isinstance(emb, torch.Tensor) else np.asarray(emb, dtype=np.float32)
    words, rows, seen = [], [], set()
    for index in range(len(VOCAB_PREFIX), len(vocab)):
        key = word_key(vocab.id2unit(index), True)
        if key not in seen:
            seen.add(key)
            words.append(key)
            rows.append(index)
    text = Path(target).with_suffix(".vectors.txt")
    with text.open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {emb.shape[1]}\n")
        for word, row in zip(words, rows, strict=True):
            out.write(word + " " + " ".join(f"{x:.5f}" for x in emb[row]) + "\n")
    Path(target).unlink(missing_ok=True)
    Pretrain(str(target), str(text)).load()  # reads the text vectors and saves the .pt
    text.unlink()
    return len(vocab) - len(VOCAB_PREFIX), len(words)


def read_training_file(path: Path) -> list[GoldSentence]:
    """A user's BIO file in qawl tokens (as :func:`qawl.evaluation.ner_eval.retokenize` makes them)."""
    from qawl.evaluation.ner_eval import read_bio, retokenize

    return [retokenize(sentence) for sentence in read_bio(path)]


def read_training_files(paths: Sequence[Path]) -> list[GoldSentence]:
    """The training sentences of ``paths`` in order; a file named K times counts K times.

    That is how a small in-domain file is upweighted against a large one (``--train base.bio``
    three times and ``--train wikifane.bio`` once): each epoch sees its sentences K times.
    """
    cache: dict[Path, list[GoldSentence]] = {}
    sentences: list[GoldSentence] = []
    for path in paths:
        key = Path(path).resolve()
        if key not in cache:
            cache[key] = read_training_file(path)
        sentences.extend(cache[key])
    return sentences


def load_vectors(source: Path, target: Path, normalized: bool) -> int:
    """Write the pretrain the tagger trains with; returns its word count.

    ``source`` is a Stanza pretrain (``.pt``) or word2vec text (a ``count dim`` header line, then
    ``word v1 v2 …``; ``.txt``, ``.vec``, optionally ``.xz``). With ``normalized`` the words
    are re-keyed by :func:`word_key`.
    """
    from stanza.models.common.pretrain import Pretrain

    source, target = Path(source), Path(target)
    target.unlink(missing_ok=True)
    if source.suffix != ".pt":
        converted = target.with_name(target.stem + ".raw.pt")
        converted.unlink(missing_ok=True)
        Pretrain(str(converted), str(source)).load()  # reads the text and saves the .pt
        source = converted
    if normalized:
        return normalize_pretrain(source, target)[1]
    import shutil

    shutil.copyfile(source, target)
    return len(Pretrain(str(target)).vocab)


def _half(value: Any) -> Any:
    import numpy as np
    import torch

    if isinstance(value, torch.Tensor) and value.is_floating_point():
        return value.half()
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        return torch.from_numpy(value).half()
    if isinstance(value, dict):
        return {key: _half(item) for key, item in value.items()}
    return value


def store_checkpoint(
    source: Path, target: Path, field: str, half: bool = True, config: dict[str, Any] | None = None
) -> None:
    """Copy a Stanza checkpoint, its floating-point tensors under ``field`` as float16 when ``half``.

    ``config`` entries are added to the checkpoint's config (how :data:`NORMALIZE_KEY` gets in).
    Stanza loads float16 weights back into its float32 model, so inference runs as trained.
    """
    import torch

    checkpoint = torch.load(source, map_location="cpu", weights_only=False)
    if half:
        checkpoint[field] = _half(checkpoint[field])
    if config:
        checkpoint["config"].update(config)
    torch.save(checkpoint, target, _use_new_zipfile_serialization=False)


# Stanza records the files of the training run in a checkpoint's config; a shipped model keeps only
# their names, so it shows no path of the machine it was trained on.
_RUN_PATHS = ("wordvec_pretrain_file", "train_file", "eval_file", "save_dir")


def _portable_paths(checkpoint: Path) -> dict[str, str]:
    import torch

    config = torch.load(checkpoint, map_location="cpu", weights_only=False).get("config", {})
    return {key: Path(config[key]).name for key in _RUN_PATHS if isinstance(config.get(key), str)}


def install_model(checkpoint: Path, pretrain: Path, out: Path, normalized: bool, half: bool = True) -> float:
    """Write ``ner.pt`` and ``pretrain.pt`` into ``out`` (a ``--model-dir``); returns their MB."""
    from qawl.extractors.ner import MODEL_FILE, PRETRAIN_FILE

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    config = {NORMALIZE_KEY: NORMALIZE_VALUE if normalized else None, **_portable_paths(checkpoint)}
    store_checkpoint(checkpoint, out / MODEL_FILE, "model", half, config)
    store_checkpoint(pretrain, out / PRETRAIN_FILE, "emb", half)
    return sum((out / name).stat().st_size for name in (MODEL_FILE, PRETRAIN_FILE)) / 1e6


def is_normalized(model_file: Path) -> bool:
    """Whether a qawl NER checkpoint was trained on normalised word keys."""
    import torch

    checkpoint = torch.load(model_file, map_location="cpu", weights_only=False)
    return checkpoint.get("config", {}).get(NORMALIZE_KEY) == NORMALIZE_VALUE


@dataclass
class TrainingRun:
    """What :func:`train_tagger` needs beyond the data; defaults are the bundled model's recipe."""

    max_steps: int = 4400
    eval_interval: int = 200
    patience_evals: int = 8  # stop after this many evaluations without a better dev F1
    batch_size: int = 32
    seed: int = 1234
    # Fine-tuning deltas only for words the vectors know: without it every training word gets
    # a row in ner.pt (WikiFANE alone would add 35k rows, 7 MB).
    known_words_only: bool = True
    extra_args: list[str] = field(default_factory=list)


def train_tagger(
    train_json: Path,
    dev_json: Path,
    pretrain: Path,
    save_dir: Path,
    run: TrainingRun,
    start_from: Path | None = None,
    optimiser: Sequence[str] = (),
) -> Path:
    """Train (or, from ``start_from``, continue training) a Stanza tagger; returns the best checkpoint.

    Progress goes to Stanza's logger (stderr). The checkpoint with the best dev F1 is kept.
    ``optimiser`` (e.g. ``["--optim", "adam", "--lr", "3e-4"]``) applies to a continued run
    too, which Stanza's own ``--finetune`` ignores.
    """
    from stanza.models import ner_tagger

    save_dir = Path(save_dir)
    save_dir.mkdir(parents=True, exist_ok=True)
    args = [
        "--mode", "train", "--cpu", "--shorthand", "ar_qawl",
        "--train_file", str(train_json), "--eval_file", str(dev_json),
        "--wordvec_pretrain_file", str(pretrain),
        "--save_dir", str(save_dir), "--save_name", "ner.pt",
        "--max_steps", str(run.max_steps), "--eval_interval", str(run.eval_interval),
        "--max_steps_no_improve", str(run.eval_interval * run.patience_evals),
        "--log_step", str(max(1, min(50, run.eval_interval))),
        "--batch_size", str(run.batch_size), "--seed", str(run.seed),
        *(["--emb_finetune_known_only"] if run.known_words_only else []),
        *optimiser, *run.extra_args,
    ]  # fmt: skip
    if start_from is None:
        ner_tagger.main(args)
        return save_dir / "ner.pt"
    original = ner_tagger.load_model
    ner_tagger.load_model = load_with_new_optimiser
    try:
        ner_tagger.main([*args, "--finetune", "--finetune_load_name", str(start_from)])
    finally:
        ner_tagger.load_model = original
    return save_dir / "ner.pt"


# Stanza's --finetune rebuilds the optimiser from the checkpoint's saved settings, so these
# arguments given for the continued run would be ignored; the loader below hands them over.
_OPTIMISER_ARGS = ("optim", "lr", "min_lr", "momentum", "lr_decay", "patience")


def load_with_new_optimiser(args: dict, model_file: str) -> tuple[dict, Any, Any]:
    """Stanza's ``ner_tagger.load_model``, but with this run's optimiser settings."""
    from stanza.models import ner_tagger
    from stanza.models.ner.trainer import Trainer

    pretrain = ner_tagger.load_pretrain(args)
    overrides = {key: args[key] for key in _OPTIMISER_ARGS if key in args}
    trainer = Trainer(args=overrides, model_file=model_file, pretrain=pretrain, device=args["device"])
    return trainer.args, trainer, trainer.vocab


def train_model(
    train_files: Sequence[Path],
    dev_file: Path,
    out: Path,
    work: Path,
    run: TrainingRun,
    vectors: Path | None = None,
    from_model: Path | None = None,
    normalized: bool = True,
    optimiser: Sequence[str] = (),
    say: Any = print,
) -> dict[str, Any]:
    """``qawl train ner``: BIO files in, a ``--model-dir`` out; returns what was done and the dev score.

    New model: ``vectors`` (default: the bundled model's) and ``normalized`` choose the word
    keys. Adapting (``from_model``): training continues from that model with its vectors and
    its keys, so the two other arguments do not apply.
    """
    import time

    from qawl.evaluation.ner_eval import evaluate_tagger
    from qawl.extractors.ner import BUNDLED_MODEL_DIR, MODEL_FILE, PRETRAIN_FILE, NerTagger

    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if from_model is not None:
        normalized = is_normalized(Path(from_model) / MODEL_FILE)
    train = read_training_files(train_files)
    dev = read_training_file(dev_file)
    if not train or not dev:
        raise ValueError("the training and the dev files must each hold at least one sentence")
    write_stanza_json(work / "train.json", train, normalized)
    write_stanza_json(work / "dev.json", dev, normalized)
    say(f"data: {len(train)} training sentences, {len(dev)} dev sentences (normalised keys: {normalized})")
    pretrain = work / "pretrain.pt"
    if from_model is not None:
        import shutil

        # The model's own vectors and keys; float16 ones are widened for training.
        shutil.copyfile(Path(from_model) / PRETRAIN_FILE, pretrain)
        _float_emb(pretrain)
    else:
        words = load_vectors(vectors or BUNDLED_MODEL_DIR / PRETRAIN_FILE, pretrain, normalized)
        _float_emb(pretrain)
        say(f"vectors: {words} words")
    start = Path(from_model) / MODEL_FILE if from_model is not None else None
    if start is not None:
        start = _float_model_copy(start, work / "start.pt")
    checkpoint = train_tagger(
        work / "train.json", work / "dev.json", pretrain, work / "ner", run, start, optimiser
    )
    size_mb = install_model(checkpoint, pretrain, out, normalized)
    minutes = (time.perf_counter() - started) / 60
    say(f"installed in {out}: {size_mb:.1f} MB, {minutes:.1f} min")
    scores = evaluate_tagger(NerTagger.load(Path(out)), dev)
    say(
        f"dev (qawl's run-time path): P {scores.micro.precision * 100:.2f} "
        f"R {scores.micro.recall * 100:.2f} F1 {scores.micro.f1 * 100:.2f}"
    )
    summary = {
        "train_files": [str(p) for p in train_files],
        "dev_file": str(dev_file),
        "train_sentences": len(train),
        "dev_sentences": len(dev),
        "from_model": str(from_model) if from_model is not None else None,
        "normalized": normalized,
        "max_steps": run.max_steps,
        "minutes": round(minutes, 1),
        "size_mb": round(size_mb, 1),
        "dev": scores.to_dict(),
    }
    text = json.dumps(summary, ensure_ascii=False, indent=2)
    (Path(out) / "training.json").write_text(text, encoding="utf-8")
    return summary


def _float_emb(pretrain: Path) -> None:
    """Stanza trains on float32 vectors; a float16 pretrain (a qawl model's) is widened in place."""
    import torch

    data = torch.load(pretrain, map_location="cpu", weights_only=False)
    emb = data["emb"]
    if isinstance(emb, torch.Tensor) and emb.dtype != torch.float32:
        data["emb"] = emb.float()
        torch.save(data, pretrain, _use_new_zipfile_serialization=False)


def _float_model_copy(source: Path, target: Path) -> Path:
    """A float32 copy of a (possibly float16) checkpoint to continue training from."""
    import torch

    checkpoint = torch.load(source, map_location="cpu", weights_only=False)
    weights = checkpoint["model"]
    checkpoint["model"] = {key: v.float() if v.is_floating_point() else v for key, v in weights.items()}
    torch.save(checkpoint, target, _use_new_zipfile_serialization=False)
    return target
