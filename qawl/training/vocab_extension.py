"""Give a trained NER tagger vectors for words its pretrain lacks, without retraining it.

A qawl tagger looks every word up in its pretrain (``pretrain.pt``); a word outside it reads the
``<UNK>`` row. Another embedding (fastText, whose subwords give any word a vector) knows many of
those words. Its space is not the tagger's, so a linear map is fitted on the words both know
(:func:`fit_map`: least squares with a bias, or an orthogonal Procrustes rotation with a scale),
and the mapped vectors of the new words are appended to the pretrain and to the word vocabulary
the checkpoint stores (:func:`extend_model`). The new words get no fine-tuning delta: like every
word the tagger never trained on, their delta is the padding row (zero).

``training/extend_ner_vocab.py`` is the command line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MAP_KINDS = ("lstsq", "procrustes")


@dataclass
class LinearMap:
    """``y = scale * (x - x_mean) @ matrix + y_mean``; least squares folds everything into ``matrix``."""

    matrix: np.ndarray
    x_mean: np.ndarray
    y_mean: np.ndarray
    scale: float = 1.0

    def __call__(self, x: np.ndarray) -> np.ndarray:
        centred = np.asarray(x, dtype=np.float64) - self.x_mean
        return (self.scale * centred @ self.matrix + self.y_mean).astype(np.float32)


def fit_map(source: np.ndarray, target: np.ndarray, kind: str = "lstsq") -> LinearMap:
    """The linear map taking ``source`` rows (one word each) to the ``target`` rows of the same words."""
    if kind not in MAP_KINDS:
        raise ValueError(f"unknown map {kind!r}; one of {', '.join(MAP_KINDS)}")
    x = np.asarray(source, dtype=np.float64)
    y = np.asarray(target, dtype=np.float64)
    if x.shape[0] != y.shape[0] or x.shape[0] < 2:
        raise ValueError("the map needs the same words, at least two, on both sides")
    x_mean, y_mean = x.mean(axis=0), y.mean(axis=0)
    xc, yc = x - x_mean, y - y_mean
    if kind == "lstsq":
        matrix = np.linalg.lstsq(xc, yc, rcond=None)[0]
        return LinearMap(matrix, x_mean, y_mean)
    if x.shape[1] != y.shape[1]:
        raise ValueError("an orthogonal map needs vectors of one dimension on both sides")
    u, sigma, vt = np.linalg.svd(xc.T @ yc)
    rotation = u @ vt
    scale = float(sigma.sum() / max((xc**2).sum(), 1e-12))
    return LinearMap(rotation, x_mean, y_mean, scale)


def mean_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Mean cosine between the rows of ``a`` and ``b`` (how well a map hits held-out words)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    norms = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)
    return float(np.mean((a * b).sum(axis=1) / np.maximum(norms, 1e-12)))


def count_words(lines: Iterable[str]) -> Counter[str]:
    """Word counts of whitespace-tokenised lines (a vector corpus: one sentence a line)."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(line.split())
    return counts


def new_words(counts: Counter[str], known: Collection[str], min_count: int, limit: int) -> list[str]:
    """The most frequent words of ``counts`` not in ``known``, seen ``min_count`` times or more.

    Ties keep the counter's first-seen order, so a run is repeatable. Bare punctuation and digits
    are left out: they are no names, and the tagger has rows for the common ones.
    """
    out = []
    for word, n in counts.most_common():
        if n < min_count or len(out) >= limit:
            break
        if word in known or not any(ch.isalpha() for ch in word):
            continue
        out.append(word)
    return out


def read_pretrain(path: Path) -> tuple[list[str], np.ndarray]:
    """A Stanza pretrain's words (the reserved ids first) and its vectors as float32."""
    import torch

    data = torch.load(path, map_location="cpu", weights_only=False)
    emb = data["emb"]
    emb = emb.float().numpy() if isinstance(emb, torch.Tensor) else np.asarray(emb, dtype=np.float32)
    return list(data["vocab"]["_id2unit"]), emb


def _extended_vocab(state: dict[str, Any], words: Sequence[str]) -> dict[str, Any]:
    state = type(state)(state)
    id2unit = list(state["_id2unit"])
    unit2id = dict(state["_unit2id"])
    for word in words:
        if word in unit2id:
            raise ValueError(f"{word!r} is already in the vocabulary")
        unit2id[word] = len(id2unit)
        id2unit.append(word)
    state["_id2unit"], state["_unit2id"] = id2unit, unit2id
    return state


def extend_model(model_dir: Path, words: Sequence[str], vectors: np.ndarray, out: Path) -> float:
    """Copy ``model_dir``'s ``ner.pt`` and ``pretrain.pt`` to ``out`` with ``words`` appended.

    ``vectors`` holds one row per word, already in the tagger's space. The pretrain and the
    checkpoint's word vocabulary must list the same words in the same order (Stanza builds the
    embedding from the one and indexes it with the other); both are extended alike, in the
    pretrain's float type. Returns the two files' size in MB.
    """
    import shutil

    import torch

    from qawl.extractors.ner import MODEL_FILE, PRETRAIN_FILE

    model_dir, out = Path(model_dir), Path(out)
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.shape[0] != len(words):
        raise ValueError("one vector per word")
    checkpoint = torch.load(model_dir / MODEL_FILE, map_location="cpu", weights_only=False)
    pretrain = torch.load(model_dir / PRETRAIN_FILE, map_location="cpu", weights_only=False)
    if list(checkpoint["vocab"]["word"]["_id2unit"]) != list(pretrain["vocab"]["_id2unit"]):
        raise ValueError("the checkpoint's word vocabulary is not its pretrain's")
    emb = pretrain["emb"]
    if vectors.shape[1] != emb.shape[1]:
        raise ValueError(f"vectors of {vectors.shape[1]} dimensions for a pretrain of {emb.shape[1]}")
    if isinstance(emb, torch.Tensor):
        rows = torch.from_numpy(vectors).to(emb.dtype)
        pretrain["emb"] = torch.cat([emb, rows])
    else:
        pretrain["emb"] = np.concatenate([emb, vectors.astype(emb.dtype)])
    pretrain["vocab"] = _extended_vocab(pretrain["vocab"], words)
    checkpoint["vocab"]["word"] = _extended_vocab(checkpoint["vocab"]["word"], words)
    out.mkdir(parents=True, exist_ok=True)
    torch.save(checkpoint, out / MODEL_FILE, _use_new_zipfile_serialization=False)
    torch.save(pretrain, out / PRETRAIN_FILE, _use_new_zipfile_serialization=False)
    for extra in model_dir.glob("charlm_*.pt"):
        shutil.copyfile(extra, out / extra.name)
    return sum((out / name).stat().st_size for name in (MODEL_FILE, PRETRAIN_FILE)) / 1e6
