"""Word vectors for the NER model: word2vec or fastText on qawl-tokenised news, as a Stanza pretrain.

The corpus is the news in ``../shared/data/news`` plus the NER *training* sentences (never the
test sets), tokenised with :func:`qawl.arabic.tokenize` so that the vectors' vocabulary is the
run-time token vocabulary. Vectors are trained with gensim (the ``train`` extra), the most
frequent ``--vocab`` words are written as word2vec text and converted with Stanza's
``Pretrain``, whose file weighs about 4 * vocab * dim bytes.

``--method fasttext`` trains subword (character 3-5-gram) vectors instead; only the vectors of
the kept words reach the pretrain, so subwords help through better vectors for rare words.
``--normalize`` writes the corpus in normalised word keys (:func:`qawl.training.ner.word_key`),
for a tagger trained on normalised keys. ``--ner-file`` (repeat) names the BIO files whose sentences
join the news (default: ``train.bio`` and ``dev.bio`` of ``--ner-data``, as v1's vectors read them).
``--save-model`` keeps the gensim model, whose subwords give a vector to any word
(``training/extend_ner_vocab.py`` reads it). gensim's progress (words/s) goes to stderr.

    python training/train_vectors.py --shared ../shared --ner-data training/work/data \
        --work training/work/vectors --out training/work/pretrain.pt
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qawl.arabic import split_sentences, tokenize
from qawl.evaluation.ner_eval import read_bio
from qawl.training.ner import word_key


def news_texts(news_dir: Path, limit_chars: int) -> Iterator[str]:
    """Titles and texts of the news corpora, up to ``limit_chars`` characters in all."""
    seen = 0
    for path in sorted(news_dir.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for text in (record.get("title") or "", record.get("text") or ""):
                    seen += len(text)
                    yield text
                if limit_chars and seen >= limit_chars:
                    return


def write_corpus(args: argparse.Namespace, path: Path) -> int:
    """One tokenised sentence per line; returns the token count."""

    def key(word: str) -> str:
        return word_key(word, args.normalize)

    n_tokens = 0
    with path.open("w", encoding="utf-8") as out:
        for text in news_texts(args.shared / "data" / "news", args.limit_chars):
            tokens = tokenize(text)
            for sentence in split_sentences(text, tokens):
                words = [key(t.text) for t in tokens[sentence.first_token : sentence.last_token]]
                out.write(" ".join(words) + "\n")
                n_tokens += len(words)
        for path in args.ner_file or [args.ner_data / "train.bio", args.ner_data / "dev.bio"]:
            for sentence in read_bio(path):
                out.write(" ".join(key(t) for t in sentence.tokens) + "\n")
                n_tokens += len(sentence.tokens)
    return n_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--ner-data", type=Path, default=Path("training/work/data"))
    parser.add_argument("--work", type=Path, default=Path("training/work/vectors"))
    parser.add_argument("--out", type=Path, default=Path("training/work/pretrain.pt"))
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--vocab", type=int, default=80_000)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument(
        "--limit-chars", type=int, default=0, help="stop reading news after this many (0: all)"
    )
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--method", choices=("word2vec", "fasttext"), default="word2vec")
    parser.add_argument("--normalize", action="store_true", help="normalised word keys")
    parser.add_argument(
        "--ner-file", type=Path, action="append", help="BIO file for the corpus (repeat; default: train, dev)"
    )
    parser.add_argument("--save-model", type=Path, help="also save the gensim model here")
    parser.add_argument("--reuse-corpus", action="store_true", help="keep WORK/corpus.txt if it exists")
    args = parser.parse_args()

    import logging

    logging.basicConfig(format="%(asctime)s %(message)s", level=logging.INFO)

    from gensim.models import FastText, Word2Vec

    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / "corpus.txt"
    started = time.time()
    if args.reuse_corpus and corpus.is_file():
        print(f"corpus: reusing {corpus}", flush=True)
    else:
        n_tokens = write_corpus(args, corpus)
        print(f"corpus: {n_tokens} tokens in {time.time() - started:.0f}s", flush=True)

    started = time.time()
    # Skip-gram: better vectors for the rare words names mostly are, at a cost gensim's
    # C loop keeps affordable on one core for a corpus this size.
    method = FastText if args.method == "fasttext" else Word2Vec
    # fastText: 3-5-character n-grams hashed into 500k buckets (gensim's 2M default costs
    # four times the memory for no gain on a vocabulary this size).
    subwords = {"min_n": 3, "max_n": 5, "bucket": 500_000} if args.method == "fasttext" else {}
    model = method(
        corpus_file=str(corpus),
        vector_size=args.dim,
        window=5,
        min_count=args.min_count,
        sg=1,
        negative=5,
        epochs=args.epochs,
        workers=args.workers,
        seed=1,
        **subwords,
    )
    print(f"{args.method}: {len(model.wv)} words in {time.time() - started:.0f}s", flush=True)
    if args.save_model:
        args.save_model.parent.mkdir(parents=True, exist_ok=True)
        model.save(str(args.save_model))

    # Gensim sorts its vocabulary by frequency, so the first words are the most frequent.
    text_file = args.work / "vectors.txt"
    words = model.wv.index_to_key[: args.vocab]
    with text_file.open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {args.dim}\n")
        for word in words:
            vector = " ".join(f"{x:.5f}" for x in model.wv[word])
            out.write(f"{word} {vector}\n")

    from stanza.models.common.pretrain import Pretrain

    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.out.exists():
        args.out.unlink()
    pretrain = Pretrain(str(args.out), str(text_file), max_vocab=args.vocab)
    pretrain.load()  # reads the text vectors and saves the .pt
    print(f"pretrain: {len(pretrain)} words x {pretrain.emb.shape[1]} -> {args.out}", flush=True)


if __name__ == "__main__":
    main()
