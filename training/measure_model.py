"""Speed and size of an NER model as qawl runs it: load time after imports, tokens/s, RSS.

    python training/measure_model.py --shared ../shared [--model-dir qawl/models] [--articles 300]

Runs on one torch thread (how qawl scales: one thread per process). Prints one JSON object, with
wall and CPU times (the CPU figures are the ones that hold on a shared machine). ``--as-bundled``
loads a ``--model-dir`` the way the bundled files are loaded (the fast unpickler), to measure a
candidate's load time before it is bundled.
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
    parser.add_argument("--as-bundled", action="store_true", help="load --model-dir as the bundled model")
    args = parser.parse_args()

    started = time.perf_counter()
    import stanza  # noqa: F401 - imported first so load time excludes import time
    import torch

    from qawl.document import Document
    from qawl.extractors import ner
    from qawl.extractors.ner import NerTagger, resolve_model

    torch.set_num_threads(args.threads)
    import_seconds = time.perf_counter() - started
    if args.as_bundled and args.model_dir is not None:
        ner.BUNDLED_MODEL_DIR = args.model_dir.resolve()
    files = resolve_model(args.model_dir)
    started, cpu_started = time.perf_counter(), time.process_time()
    tagger = NerTagger(files)
    load_seconds, load_cpu = time.perf_counter() - started, time.process_time() - cpu_started

    docs = [Document(id=str(i), text=text) for i, text in enumerate(news_sample(args.shared, args.articles))]
    tagger.process(docs[:5])  # warm-up: first batches pay for lazy initialisation
    for doc in docs:
        doc.mentions.clear()
    tokens = sum(len(doc.tokens) for doc in docs)
    started, cpu_started = time.perf_counter(), time.process_time()
    for begin in range(0, len(docs), 32):
        tagger.process(docs[begin : begin + 32])
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    paths = [p for p in (files.model, files.pretrain, files.forward_charlm, files.backward_charlm) if p]
    print(
        json.dumps(
            {
                "model": files.name,
                "size_mb": round(sum(p.stat().st_size for p in paths) / 1e6, 1),
                "threads": args.threads,
                "import_seconds": round(import_seconds, 2),
                "load_seconds": round(load_seconds, 2),
                "load_cpu_seconds": round(load_cpu, 2),
                "articles": len(docs),
                "tokens": tokens,
                "mentions": sum(len(doc.mentions) for doc in docs),
                "tagging_seconds": round(seconds, 2),
                "tokens_per_second": round(tokens / seconds),
                "tokens_per_cpu_second": round(tokens / cpu_seconds),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
