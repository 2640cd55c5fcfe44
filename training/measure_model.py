"""Speed and size of an NER model as qawl runs it: load time after imports, tokens/s, RSS.

    python training/measure_model.py --shared ../shared [--model-dir qawl/models] [--articles 300]

Runs on one torch thread (how qawl scales: one thread per process). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def news_sample(shared: Path, count: int) -> list[str]:
    """The first ``count`` articles of the multi-source news corpus (the benchmark corpus)."""
    texts = []
    with gzip.open(shared / "data" / "news" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= count:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--model-dir", type=Path, default=None, help="default: the bundled model")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    started = time.perf_counter()
    import stanza  # noqa: F401 - imported first so load time excludes import time
    import torch

    from qawl.document import Document
    from qawl.extractors.ner import NerTagger, resolve_model

    torch.set_num_threads(args.threads)
    import_seconds = time.perf_counter() - started
    files = resolve_model(args.model_dir)
    started = time.perf_counter()
    tagger = NerTagger(files)
    load_seconds = time.perf_counter() - started

    docs = [Document(id=str(i), text=text) for i, text in enumerate(news_sample(args.shared, args.articles))]
    tagger.process(docs[:5])  # warm-up: first batches pay for lazy initialisation
    for doc in docs:
        doc.mentions.clear()
    tokens = sum(len(doc.tokens) for doc in docs)
    started = time.perf_counter()
    for begin in range(0, len(docs), 32):
        tagger.process(docs[begin : begin + 32])
    seconds = time.perf_counter() - started
    paths = [p for p in (files.model, files.pretrain, files.forward_charlm, files.backward_charlm) if p]
    print(
        json.dumps(
            {
                "model": files.name,
                "size_mb": round(sum(p.stat().st_size for p in paths) / 1e6, 1),
                "threads": args.threads,
                "import_seconds": round(import_seconds, 2),
                "load_seconds": round(load_seconds, 2),
                "articles": len(docs),
                "tokens": tokens,
                "mentions": sum(len(doc.mentions) for doc in docs),
                "tagging_seconds": round(seconds, 2),
                "tokens_per_second": round(tokens / seconds),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
