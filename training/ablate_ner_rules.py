"""Score the rules after the NER tagger on and off, with the tagger run only once per gold file.

    python training/ablate_ner_rules.py --gold dev.bio --gold news_slice.bio [--model-dir DIR] \\
        [--cache DIR] [--lists known=FILE ...]

The tagger's raw tags of every sentence are cached (``--cache``, one pickle per gold file), then the
rules (qawl.extractors.ner_*) re-run over them for each variant: all rules, each rule or list taken
out alone, the tagger alone. Scores are ``qawl eval ner``'s (same documents of 50 sentences, strict
spans). ``--lists KEY=FILE`` scores a rebuilt list (a build script's output with other thresholds)
against the bundled one, with a paired bootstrap over sentences; ``KEY=FILE,KEY=FILE`` swaps several
lists together (the lists built with and without the held-out news slice). The fifteenth session
chose the lists with this for the news-tuned tagger ft2 (MODEL_CARD.md, "the lists re-chosen with ft2
in the loop").
"""

from __future__ import annotations

import argparse
import bisect
import pickle
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qawl.document import Document
from qawl.evaluation.ner_eval import GoldDocument, Scores, build_documents, read_bio, score_spans
from qawl.extractors import (
    ner,
    ner_consistency,
    ner_filter,
    ner_gazetteer_names,
    ner_known,
    ner_lead_words,
    ner_name_tails,
    ner_org_phrases,
    ner_quoted,
    ner_spans,
)

MODULES = (
    ner,
    ner_consistency,
    ner_filter,
    ner_gazetteer_names,
    ner_known,
    ner_lead_words,
    ner_name_tails,
    ner_org_phrases,
    ner_quoted,
    ner_spans,
)
# Each list's file constant, by a short key.
LIST_FILES = {
    "not_names": (ner_filter, "NOT_NAMES_FILE"),
    "given": (ner_spans, "GIVEN_NAMES_FILE"),
    "org_heads": (ner_spans, "ORG_HEADS_FILE"),
    "known": (ner_known, "KNOWN_NAMES_FILE"),
    "lead": (ner_lead_words, "LEAD_WORDS_FILE"),
    "tails": (ner_name_tails, "NAME_TAILS_FILE"),
    "phrases": (ner_org_phrases, "ORG_PHRASE_HEADS_FILE"),
    "quoted": (ner_quoted, "QUOTED_MARKERS_FILE"),
}


def _same(_words: Any, spans: Sequence, *_args: Any, **_kwargs: Any) -> list:
    return sorted(spans)


def _same_per_sentence(_norm: Any, _readings: Any, spans: Sequence, *_args: Any, **_kwargs: Any) -> list:
    return [list(found) for found in spans]


# Rules with no list of their own, turned off by replacing the function where it is called.
RULE_SWITCHES: dict[str, tuple[Any, str, Callable[..., Any]]] = {
    "gazetteer full names": (ner_spans, "grow_to_gazetteer_names", _same),
    "hashtag names": (ner_spans, "add_hashtag_names", _same),
    "majority label": (ner_consistency, "vote_labels", _same_per_sentence),
    "names tagged throughout": (ner_consistency, "_document_names", lambda *_a, **_k: {}),
    "cut names put together": (ner_consistency, "complete_fragments", _same_per_sentence),
}


def _clear_caches() -> None:
    for module in MODULES:
        for name in dir(module):
            obj = getattr(module, name)
            if hasattr(obj, "cache_clear") and getattr(obj, "__module__", "").startswith("qawl"):
                obj.cache_clear()


@contextmanager
def variant(lists: dict[str, Path] | None = None, off: Sequence[str] = ()) -> Iterator[None]:
    """Rules with some lists read from other files and some rules switched off."""
    saved: list[tuple[Any, str, Any]] = []
    for key, path in (lists or {}).items():
        module, attr = LIST_FILES[key]
        saved.append((module, attr, getattr(module, attr)))
        setattr(module, attr, Path(path))
    for rule in off:
        module, attr, replacement = RULE_SWITCHES[rule]
        saved.append((module, attr, getattr(module, attr)))
        setattr(module, attr, replacement)
    _clear_caches()
    try:
        yield
    finally:
        for module, attr, old in reversed(saved):
            setattr(module, attr, old)
        _clear_caches()


def empty_list(key: str, folder: Path) -> Path:
    """A copy of a list file with its comments only (the list taken out)."""
    source = getattr(*LIST_FILES[key])
    target = folder / f"empty_{key}_{source.name}"
    lines = source.read_text(encoding="utf-8").splitlines()
    target.write_text("\n".join(line for line in lines if line.startswith("#")) + "\n", encoding="utf-8")
    return target


class CachedTags:
    """The tagger's tags per sentence of one gold file, computed once and kept on disk."""

    def __init__(self, gold: Path, cache: Path, model_dir: Path | None) -> None:
        self.docs: list[GoldDocument] = build_documents(read_bio(gold))
        path = cache / f"{gold.name}.tags.pkl"
        if path.is_file():
            self.tags = pickle.loads(path.read_bytes())
        else:
            self.tags = self._tag(model_dir)
            cache.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(self.tags))

    def _tag(self, model_dir: Path | None) -> dict[tuple[str, ...], list[str]]:
        tagger = ner.NerTagger(ner.resolve_model(model_dir, None), threads=1)
        store: dict[tuple[str, ...], list[str]] = {}
        tag = tagger.tag

        def remember(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
            out = tag(sentences)
            for sentence, tags in zip(sentences, out, strict=True):
                store[tuple(sentence)] = list(tags)
            return out

        tagger.tag = remember  # type: ignore[method-assign]
        self._run(tagger)
        return store

    def _run(self, tagger: Any) -> list[set[tuple[int, int, str]]]:
        predicted = []
        for begin in range(0, len(self.docs), 8):
            batch = [
                Document(id=f"g{begin + i}", text=g.text) for i, g in enumerate(self.docs[begin : begin + 8])
            ]
            tagger.process(batch)
            predicted.extend(
                {(m.start, m.end, m.label) for m in d.mentions if m.source == "ner"} for d in batch
            )
        return predicted

    def predict(self, rules: bool = True) -> list[set[tuple[int, int, str]]]:
        """Mentions per document from the cached tags, with the rules as currently patched."""
        tagger = ner.NerTagger.__new__(ner.NerTagger)
        tagger.filter_words = rules
        tagger.tag = lambda sentences: [self.tags[tuple(s)] for s in sentences]  # type: ignore[method-assign]
        return self._run(tagger)

    def score(self, predicted: list[set[tuple[int, int, str]]]) -> Scores:
        return score_spans([doc.entities for doc in self.docs], predicted)

    def per_sentence(self, predicted: list[set[tuple[int, int, str]]]) -> list[tuple[int, int, int]]:
        """(tp, fp, fn) per sentence, for the paired bootstrap."""
        out = []
        for gold, found in zip(self.docs, predicted, strict=True):
            starts = [0] + [i + 1 for i, ch in enumerate(gold.text) if ch == "\n"]
            for k in range(len(starts)):
                p = {e for e in found if bisect.bisect_right(starts, e[0]) - 1 == k}
                g = {e for e in gold.entities if bisect.bisect_right(starts, e[0]) - 1 == k}
                out.append((len(p & g), len(p - g), len(g - p)))
        return out


def bootstrap(base: list[tuple[int, int, int]], other: list[tuple[int, int, int]], n: int = 2000) -> str:
    """F1(other) - F1(base) with the 95% range over sentence resamples (seed 13)."""

    def f1(counts: list[tuple[int, int, int]], idx: Sequence[int]) -> float:
        tp = sum(counts[i][0] for i in idx)
        fp = sum(counts[i][1] for i in idx)
        fn = sum(counts[i][2] for i in idx)
        return 200 * tp / (2 * tp + fp + fn) if tp else 0.0

    rng = random.Random(13)
    m = len(base)
    gaps = []
    for _ in range(n):
        idx = [rng.randrange(m) for _ in range(m)]
        gaps.append(f1(other, idx) - f1(base, idx))
    gaps.sort()
    full = range(m)
    low, high = gaps[int(0.025 * n)], gaps[int(0.975 * n) - 1]
    return f"{f1(other, full) - f1(base, full):+.2f} ({low:+.2f} .. {high:+.2f})"


def _row(scores: Scores, base: float) -> str:
    labels = " ".join(f"{k} {100 * c.f1:.2f}" for k, c in sorted(scores.per_label.items()))
    f1 = 100 * scores.micro.f1
    return f"{f1:.2f} ({f1 - base:+.2f}; {labels})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, action="append", required=True, help="BIO gold file (repeat)")
    parser.add_argument("--model-dir", type=Path, default=None, help="default: the bundled tagger")
    parser.add_argument("--cache", type=Path, default=Path("training/work/ablation"))
    parser.add_argument(
        "--lists",
        nargs="*",
        default=[],
        metavar="KEY=FILE[,KEY=FILE...]",
        help=f"keys: {', '.join(LIST_FILES)}; comma-joined files are swapped together",
    )
    args = parser.parse_args()
    sets = {gold.name: CachedTags(gold, args.cache, args.model_dir) for gold in args.gold}
    base = {name: s.predict() for name, s in sets.items()}
    base_f1 = {name: 100 * s.score(base[name]).micro.f1 for name, s in sets.items()}
    variants: list[tuple[str, dict[str, Path], tuple[str, ...]]] = [("all rules", {}, ())]
    variants += [(f"- {key}", {key: empty_list(key, args.cache)}, ()) for key in LIST_FILES]
    variants += [(f"- {rule}", {}, (rule,)) for rule in RULE_SWITCHES]
    for name, lists, off in variants:
        with variant(lists, off):
            cells = [f"{gold} {_row(s.score(s.predict()), base_f1[gold])}" for gold, s in sets.items()]
        print(f"{name:28s} " + " | ".join(cells), flush=True)
    print(
        f"{'tagger alone':28s} "
        + " | ".join(
            f"{gold} {_row(s.score(s.predict(rules=False)), base_f1[gold])}" for gold, s in sets.items()
        )
    )
    for spec in args.lists:
        with variant(parse_lists(spec)):
            cells = []
            for gold, s in sets.items():
                found = s.predict()
                gap = bootstrap(s.per_sentence(base[gold]), s.per_sentence(found))
                cells.append(f"{gold} {100 * s.score(found).micro.f1:.2f}, gap {gap}")
        print(f"{spec}: " + " | ".join(cells), flush=True)


def parse_lists(spec: str) -> dict[str, Path]:
    """``KEY=FILE[,KEY=FILE...]``: list files swapped together (all lists rebuilt one way)."""
    lists = {}
    for part in spec.split(","):
        key, _, path = part.partition("=")
        if key not in LIST_FILES:
            raise SystemExit(f"unknown list {key!r}; keys: {', '.join(LIST_FILES)}")
        lists[key] = Path(path)
    return lists


if __name__ == "__main__":
    main()
