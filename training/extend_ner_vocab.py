"""Extend a trained NER tagger's word vectors with fastText vectors of words it lacks (no retraining).

    python training/extend_ner_vocab.py --fasttext training/work/vectors/fasttext.model \\
        --corpus training/work/vectors/corpus.txt --max-words 25000 -o training/work/model_ext

The words are the corpus's most frequent ones that the tagger's pretrain lacks (keyed as the
tagger keys its input); their fastText vectors (``train_vectors.py --method fasttext --save-model``)
are mapped into the pretrain's space by a linear map fitted on the words both know
(``--map lstsq`` or ``procrustes``; the fit is first scored on every 10th shared word held out)
and appended (``qawl.training.vocab_extension``). Score the result with
``qawl eval ner --model-dir DIR``. Needs gensim (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from qawl.extractors.ner import BUNDLED_MODEL_DIR, MODEL_FILE, PRETRAIN_FILE
from qawl.training.ner import is_normalized, word_key
from qawl.training.vocab_extension import (
    MAP_KINDS,
    count_words,
    extend_model,
    fit_map,
    mean_cosine,
    new_words,
    read_pretrain,
)

RESERVED = 4  # Stanza's <PAD>, <UNK>, <EMPTY>, <ROOT>


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", type=Path, default=BUNDLED_MODEL_DIR)
    parser.add_argument("--fasttext", type=Path, required=True, help="a saved gensim FastText model")
    parser.add_argument("--corpus", type=Path, action="append", required=True, help="one sentence a line")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--max-words", type=int, default=25_000)
    parser.add_argument("--map", choices=MAP_KINDS, default="lstsq")
    parser.add_argument("--max-size-mb", type=float, default=40.0, help="refuse a bigger model")
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)

    from gensim.models import FastText

    started = time.time()
    normalized = is_normalized(args.model_dir / MODEL_FILE)
    words, emb = read_pretrain(args.model_dir / PRETRAIN_FILE)
    wv = FastText.load(str(args.fasttext)).wv

    shared = [(i, w) for i, w in enumerate(words) if i >= RESERVED and w in wv.key_to_index]
    rows = np.array([i for i, _ in shared])
    source = np.stack([wv[w] for _, w in shared])
    target = emb[rows]
    held = np.arange(len(shared)) % 10 == 0
    trial = fit_map(source[~held], target[~held], args.map)
    heldout_cos = mean_cosine(trial(source[held]), target[held])
    mapping = fit_map(source, target, args.map)
    print(f"map {args.map}: {len(shared)} shared words, held-out cosine {heldout_cos:.3f}", flush=True)

    counts = count_words(
        word_key(token, normalized)
        for path in args.corpus
        for line in path.open(encoding="utf-8")
        for token in line.split()
    )
    added = new_words(counts, set(words), args.min_count, args.max_words)
    in_vocab = sum(w in wv.key_to_index for w in added)
    vectors = mapping(np.stack([wv[w] for w in added])) if added else np.zeros((0, emb.shape[1]))
    size = extend_model(args.model_dir, added, vectors, args.out)
    summary = {
        "model_dir": str(args.model_dir),
        "fasttext": str(args.fasttext),
        "map": args.map,
        "shared_words": len(shared),
        "heldout_cosine": round(heldout_cos, 4),
        "added_words": len(added),
        "added_in_fasttext_vocab": in_vocab,
        "min_count": args.min_count,
        "least_frequent_added": counts[added[-1]] if added else None,
        "size_mb": round(size, 2),
        "seconds": round(time.time() - started, 1),
    }
    text = json.dumps(summary, ensure_ascii=False, indent=2)
    (args.out / "extension.json").write_text(text, encoding="utf-8")
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    if size > args.max_size_mb:
        raise SystemExit(f"{size:.1f} MB is over --max-size-mb {args.max_size_mb}")
    return summary


if __name__ == "__main__":
    main()
