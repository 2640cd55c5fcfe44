"""NER stage: a Stanza Arabic NER model run offline over qawl's own tokens.

The text is tokenised by :mod:`qawl.arabic` (the same tokenisation the bundled model was
trained on) and handed to Stanza pre-tokenised, all sentences of a batch of documents in
one call. Tags come back per token (BIOES) and are turned into character-offset mentions.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qawl.arabic import normalize
from qawl.document import Document, Mention
from qawl.extractors.ner_compounds import institution_heads, place_stems
from qawl.extractors.ner_consistency import apply_document_consistency
from qawl.extractors.ner_filter import drop_indefinite_names, is_never_a_name, not_names
from qawl.extractors.ner_gazetteer_names import gazetteer_person_names
from qawl.extractors.ner_known import known_names
from qawl.extractors.ner_lead_words import lead_words
from qawl.extractors.ner_name_tails import name_tails
from qawl.extractors.ner_org_phrases import org_phrase_heads
from qawl.extractors.ner_quoted import quoted_name_markers
from qawl.extractors.ner_spans import apply_span_rules, given_names, org_heads

BUNDLED_MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
# Stanza's resources.json, reduced to the one entry it checks before loading explicit paths.
STANZA_STUB = BUNDLED_MODEL_DIR / "stanza_resources.json"
MODEL_FILE = "ner.pt"
PRETRAIN_FILE = "pretrain.pt"
FORWARD_CHARLM_FILE = "charlm_forward.pt"
BACKWARD_CHARLM_FILE = "charlm_backward.pt"
# Long sentences are split for the tagger only: a 10 MB article must not become one
# quadratic-cost sequence. Mentions across the cut are rare and still found by the gazetteer.
MAX_TAGGER_TOKENS = 200
# A checkpoint trained on normalised word keys says so in its config (qawl.training.ner writes
# it); the tagger then keys its input by the same function. Other models read words as written.
NORMALIZE_KEY = "qawl_normalize"
NORMALIZE_VALUE = "qawl.arabic.normalize"
# Bounds the per-word key cache; cleared when full (news vocabularies are Zipfian).
MAX_CACHED_KEYS = 200_000
# The rules' bundled tables, each read on its first use (see NerTagger.warm).
RULE_TABLES = (
    not_names,
    given_names,
    org_heads,
    known_names,
    gazetteer_person_names,
    lead_words,
    name_tails,
    org_phrase_heads,
    quoted_name_markers,
    institution_heads,
    place_stems,
)


class ModelNotFoundError(RuntimeError):
    """The NER model files are not where they were looked for."""


@dataclass(frozen=True)
class ModelFiles:
    """Paths of one Stanza NER model and what it needs."""

    name: str
    model: Path
    pretrain: Path
    forward_charlm: Path | None = None
    backward_charlm: Path | None = None

    def check(self) -> None:
        for path in (self.model, self.pretrain, self.forward_charlm, self.backward_charlm):
            if path is not None and not path.is_file():
                raise ModelNotFoundError(f"NER model file not found: {path}")

    @classmethod
    def from_dir(cls, model_dir: Path, name: str | None = None) -> ModelFiles:
        """A qawl model directory: ner.pt, pretrain.pt and optionally the two charlms."""
        forward = model_dir / FORWARD_CHARLM_FILE
        backward = model_dir / BACKWARD_CHARLM_FILE
        files = cls(
            name=name or str(model_dir),
            model=model_dir / MODEL_FILE,
            pretrain=model_dir / PRETRAIN_FILE,
            forward_charlm=forward if forward.is_file() else None,
            backward_charlm=backward if backward.is_file() else None,
        )
        files.check()
        return files

    @classmethod
    def from_stanza_resources(cls, resources_dir: Path) -> ModelFiles:
        """The official Stanza layout: ``ar/ner/*.pt``, ``ar/pretrain/*.pt``, ``ar/*charlm/*.pt``."""
        lang_dir = resources_dir / "ar"

        def first(pattern: str) -> Path | None:
            found = sorted(lang_dir.glob(pattern))
            return found[0] if found else None

        model = first("ner/*.pt")
        if model is None:
            raise ModelNotFoundError(f"NER model file not found: {lang_dir / 'ner' / '*.pt'}")
        pretrain = first("pretrain/*.pt")
        if pretrain is None:
            raise ModelNotFoundError(f"pretrain file not found: {lang_dir / 'pretrain' / '*.pt'}")
        files = cls(
            name=f"stanza:{resources_dir}",
            model=model,
            pretrain=pretrain,
            forward_charlm=first("forward_charlm/*.pt"),
            backward_charlm=first("backward_charlm/*.pt"),
        )
        files.check()
        return files


def resolve_model(model_dir: Path | None = None, stanza_resources: Path | None = None) -> ModelFiles:
    """The model to use: a user's directory, official Stanza resources, else the bundled one."""
    if model_dir is not None and stanza_resources is not None:
        raise ValueError("give either a model directory or Stanza resources, not both")
    if stanza_resources is not None:
        return ModelFiles.from_stanza_resources(Path(stanza_resources))
    if model_dir is not None:
        return ModelFiles.from_dir(Path(model_dir))
    return ModelFiles.from_dir(BUNDLED_MODEL_DIR, name="bundled")


def default_stanza_resources() -> Path:
    """Where Stanza keeps downloaded resources: ``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``."""
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def available_models(
    model_dir: Path | None = None, stanza_resources: Path | None = None
) -> list[dict[str, Any]]:
    """What ``qawl models`` lists: each candidate model, whether it is usable, which one is in use.

    Candidates are the bundled model, ``model_dir`` when given, and the Stanza resources
    (``stanza_resources``, else Stanza's default download location when it exists). The one
    in use is what :func:`resolve_model` picks for the same arguments.
    """
    candidates: list[tuple[str, Path, Any]] = [
        ("bundled", BUNDLED_MODEL_DIR, lambda: ModelFiles.from_dir(BUNDLED_MODEL_DIR, name="bundled"))
    ]
    if model_dir is not None:
        candidates.append(("model-dir", Path(model_dir), lambda: ModelFiles.from_dir(Path(model_dir))))
    resources = Path(stanza_resources) if stanza_resources is not None else default_stanza_resources()
    if stanza_resources is not None or (resources / "ar").is_dir():
        candidates.append(("stanza", resources, lambda: ModelFiles.from_stanza_resources(resources)))
    if stanza_resources is not None:
        in_use = "stanza"
    elif model_dir is not None:
        in_use = "model-dir"
    else:
        in_use = "bundled"
    found = []
    for name, path, loader in candidates:
        entry: dict[str, Any] = {"name": name, "path": str(path), "in_use": False}
        try:
            files: ModelFiles = loader()
        except ModelNotFoundError as exc:
            entry.update(available=False, error=str(exc))
        else:
            paths = [
                p for p in (files.model, files.pretrain, files.forward_charlm, files.backward_charlm) if p
            ]
            entry.update(
                available=True,
                in_use=name == in_use,
                files=[str(p) for p in paths],
                size_mb=round(sum(p.stat().st_size for p in paths) / 1e6, 1),
                charlm=files.forward_charlm is not None,
            )
        found.append(entry)
    return found


def _bioes_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last_exclusive, label)`` from BIOES or BIO tags."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "S") or (prefix in ("I", "E") and (start is None or kind != label)):
            if start is not None:
                spans.append((start, i, label))
            start, label = i, kind
        elif prefix == "O" or not kind:
            if start is not None:
                spans.append((start, i, label))
            start, label = None, None
        if prefix in ("S", "E") and start is not None:
            spans.append((start, i + 1, label))
            start, label = None, None
    if start is not None:
        spans.append((start, len(tags), label))
    return spans


class NerTagger:
    """Tags PER/LOC/ORG/MISC mentions with a Stanza model loaded once, offline."""

    def __init__(
        self, files: ModelFiles, batch_size: int = 64, threads: int | None = None, filter_words: bool = True
    ) -> None:
        self.files = files
        # Rules after the tagger, kept as data: one-word mentions that are never names are dropped
        # (qawl.extractors.ner_filter), given names and bank-like names are completed (ner_spans),
        # then a document's names are tagged at all their occurrences (ner_consistency).
        self.filter_words = filter_words
        if threads:
            # Most time is spent outside the forward pass, so more threads buy little; callers
            # scale with processes and pin each one to a thread (see DESIGN.md).
            import torch

            torch.set_num_threads(threads)
        self._batch_size = batch_size
        self._stanza_pipeline: Any = None  # built on first use of _nlp
        from qawl.extractors.ner_direct import DirectTagger  # imports torch: only when tagging

        trainer = _load_trainer(files)
        # Word vectors with a character BiLSTM or char LMs (what qawl trains, and Stanza's
        # official Arabic model) run through the faster direct path, which needs no Stanza
        # pipeline at all; anything else (transformers) through Stanza's own pipeline.
        if DirectTagger.supports(trainer):
            self._direct: DirectTagger | None = DirectTagger(trainer)
        else:
            self._direct = None
            trainer = self._nlp.processors["ner"].trainers[0]
        self.normalized = trainer.args.get(NORMALIZE_KEY) == NORMALIZE_VALUE
        self._keys: dict[str, str] = {}

    @classmethod
    def load(
        cls, model_dir: Path | None = None, stanza_resources: Path | None = None, threads: int | None = None
    ) -> NerTagger:
        return cls(resolve_model(model_dir, stanza_resources), threads=threads)

    def process(self, docs: Sequence[Document]) -> None:
        chunks: list[tuple[Document, list]] = []
        for doc in docs:
            for sentence in doc.sentences:
                tokens = doc.tokens[sentence.first_token : sentence.last_token]
                for i in range(0, len(tokens), MAX_TAGGER_TOKENS):
                    chunks.append((doc, tokens[i : i + MAX_TAGGER_TOKENS]))
        if not chunks:
            return
        tags_per_chunk = self.tag([[token.text for token in tokens] for _, tokens in chunks])
        per_doc: dict[int, tuple[Document, list[tuple[list, list[tuple[int, int, str]]]]]] = {}
        for (doc, tokens), tags in zip(chunks, tags_per_chunk, strict=True):
            spans = _bioes_spans(tags)
            if self.filter_words:
                words = [token.text for token in tokens]
                spans = [s for s in spans if s[1] - s[0] > 1 or not is_never_a_name(words[s[0]])]
                spans = apply_span_rules(words, drop_indefinite_names(words, spans, given_names()))
            per_doc.setdefault(id(doc), (doc, []))[1].append((tokens, spans))
        for doc, parts in per_doc.values():
            if self.filter_words:
                # Document rules after the sentence rules: one label per name (majority), names tagged
                # once are tagged throughout, and pieces of a name tagged whole elsewhere rejoin it.
                consistent = apply_document_consistency(
                    [[token.text for token in tokens] for tokens, _ in parts], [spans for _, spans in parts]
                )
                # The rules match names by their normalised words, which drop tanween: روسياً "Russian"
                # reads as روسيا. An indefinite word is no name, whichever rule made it one.
                parts = [
                    (tokens, drop_indefinite_names([token.text for token in tokens], spans, given_names()))
                    for (tokens, _), spans in zip(parts, consistent, strict=True)
                ]
            for tokens, spans in parts:
                for first, last, label in spans:
                    start, end = tokens[first].start, tokens[last - 1].end
                    doc.mentions.append(Mention(start, end, doc.text[start:end], label, source="ner"))
        for doc in docs:
            doc.mentions.sort(key=lambda m: (m.start, -m.end))

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES tags for pre-tokenised sentences."""
        if self.normalized:
            sentences = [[self._key(word) for word in sentence] for sentence in sentences]
        if self._direct is not None:
            return self._direct.tag(sentences)
        tagged = self._nlp([list(sentence) for sentence in sentences])
        return [[token.ner for token in sentence.tokens] for sentence in tagged.sentences]

    def _key(self, word: str) -> str:
        key = self._keys.get(word)
        if key is None:
            if len(self._keys) >= MAX_CACHED_KEYS:
                self._keys.clear()
            # normalize() only drops marks, so a word of marks alone keeps its text.
            key = normalize(word) or word
            self._keys[word] = key
        return key

    def warm(self) -> None:
        """Read the rules' tables now instead of on first use. The worker pool calls this before it
        forks: the workers then share one copy of them, and the 0.2 s of CPU they take to read is
        paid once, not by every worker."""
        if self.filter_words:
            for table in RULE_TABLES:
                table()

    @property
    def uses_direct_path(self) -> bool:
        return self._direct is not None

    @property
    def _nlp(self) -> Any:  # stanza.Pipeline
        """Stanza's own pipeline over the same files, built on first use: the tagger of models
        the direct path cannot run, and the reference the direct path is tested against."""
        if self._stanza_pipeline is None:
            self._stanza_pipeline = _build_stanza_pipeline(self.files, self._batch_size)
        return self._stanza_pipeline


def _load_trainer(files: ModelFiles) -> Any:  # -> stanza.models.ner.trainer.Trainer
    """The model of ``files`` as Stanza's NER trainer holds it, loaded by Stanza's own code.

    ``Trainer.__init__`` would also build an optimizer, whose first use imports
    ``torch._dynamo`` (about 1 s of CPU, a quarter of start-up); inference needs none, so
    only the trainer's ``load`` runs.
    """
    import logging

    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.trainer import Trainer

    logging.getLogger("stanza").setLevel(logging.ERROR)
    charlms = {
        "charlm_forward_file": None if files.forward_charlm is None else str(files.forward_charlm),
        "charlm_backward_file": None if files.backward_charlm is None else str(files.backward_charlm),
    }
    trusted = BUNDLED_MODEL_DIR if files.model.parent.resolve() == BUNDLED_MODEL_DIR else None
    trainer = Trainer.__new__(Trainer)
    try:
        with _fast_load_for(trusted):
            trainer.load(str(files.model), Pretrain(str(files.pretrain)), args=charlms)
    except Exception as exc:
        raise ModelNotFoundError(f"could not load NER model {files.name}: {exc}") from exc
    trainer.model.eval()
    return trainer


def _build_stanza_pipeline(files: ModelFiles, batch_size: int):  # -> stanza.Pipeline
    import logging

    import stanza

    # Stanza refuses to start without a resources.json even when every path is given; the
    # one-line stub that keeps it from reaching for the network ships inside the package, so
    # no shared path (a fixed name in /tmp) is ever read or written.
    logging.getLogger("stanza").setLevel(logging.ERROR)
    config = {
        "lang": "ar",
        "processors": "tokenize,ner",
        "tokenize_pretokenized": True,
        "download_method": None,
        "dir": str(STANZA_STUB.parent),
        "resources_filepath": str(STANZA_STUB),
        "ner_model_path": str(files.model),
        "ner_pretrain_path": str(files.pretrain),
        "ner_batch_size": batch_size,
        "use_gpu": False,
        "logging_level": "ERROR",
    }
    if files.forward_charlm is not None:
        config["ner_forward_charlm_path"] = str(files.forward_charlm)
    if files.backward_charlm is not None:
        config["ner_backward_charlm_path"] = str(files.backward_charlm)
    trusted = BUNDLED_MODEL_DIR if files.model.parent.resolve() == BUNDLED_MODEL_DIR else None
    try:
        with _fast_load_for(trusted):
            return stanza.Pipeline(**config)
    except Exception as exc:  # stanza hides the real cause behind "Processor ner is not known"
        cause = exc.__cause__ or exc
        raise ModelNotFoundError(f"could not load NER model {files.name}: {cause}") from exc


@contextmanager
def _fast_load_for(trusted_dir: Path | None) -> Iterator[None]:
    """Let Stanza unpickle files from ``trusted_dir`` (the bundled model) with the C unpickler.

    Stanza loads with ``torch.load(weights_only=True)``, whose pure-Python unpickler spends
    about 2 s of CPU on the vocabularies (two 80k-word dicts) of the bundled model. Files that
    ship inside the package are as trusted as its code, so for those alone the fast unpickler
    is used; any other model (``--model-dir``, Stanza resources) keeps the safe one.
    """
    if trusted_dir is None:
        yield
        return
    import torch

    original = torch.load

    def load(f: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(f, (str, os.PathLike)) and Path(f).resolve().parent == trusted_dir:
            kwargs["weights_only"] = False
        return original(f, *args, **kwargs)

    torch.load = load
    try:
        yield
    finally:
        torch.load = original
