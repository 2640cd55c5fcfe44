"""Two NER models on the same gold files, with the rules after the tagger, and the paired bootstrap.

    python training/compare_ner_models.py --gold dev.bio --gold news_slice.bio \\
        --base qawl/models --model training/work/model_ext [--model ...] --cache training/work/compare

Each model's raw tags are cached per gold file (``--cache``/<model name>/), as
``ablate_ner_rules.py`` does, then scored with every rule on: the figures equal ``qawl eval ner``'s.
Per model and gold file: P / R / F1, per-label F1, and the F1 gap to ``--base`` with its 95% range
over 2,000 sentence resamples (seed 13), the card's paired bootstrap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ablate_ner_rules import CachedTags, bootstrap


def _cells(scores) -> str:  # type: ignore[no-untyped-def]
    m = scores.micro
    labels = " ".join(f"{k} {100 * c.f1:.2f}" for k, c in sorted(scores.per_label.items()))
    return f"P {100 * m.precision:.2f} R {100 * m.recall:.2f} F1 {100 * m.f1:.2f} ({labels})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, action="append", required=True)
    parser.add_argument("--base", type=Path, required=True, help="model directory to compare against")
    parser.add_argument("--model", type=Path, action="append", required=True, help="model directory (repeat)")
    parser.add_argument("--cache", type=Path, default=Path("training/work/compare"))
    parser.add_argument("--show", action="store_true", help="list the mentions each model changes")
    args = parser.parse_args(argv)

    def cache_of(model: Path) -> Path:
        return args.cache / model.resolve().name

    for gold in args.gold:
        base = CachedTags(gold, cache_of(args.base), args.base)
        base_found = base.predict()
        print(f"{gold.name} base {args.base}: {_cells(base.score(base_found))}", flush=True)
        for model in args.model:
            other = CachedTags(gold, cache_of(model), model)
            found = other.predict()
            gap = bootstrap(base.per_sentence(base_found), other.per_sentence(found))
            print(f"{gold.name} {model}: {_cells(other.score(found))}; gap {gap}", flush=True)
            if args.show:
                show_changes(other, base_found, found)


def show_changes(tags: CachedTags, base: list[set], other: list[set]) -> None:
    """Mentions only one model finds: ``+`` the model's, ``-`` the base's; ``ok`` when gold."""
    for doc, old, new in zip(tags.docs, base, other, strict=True):
        for sign, spans in (("-", old - new), ("+", new - old)):
            for start, end, label in sorted(spans):
                mark = "ok" if (start, end, label) in doc.entities else "  "
                print(f"  {sign} {mark} {label:4s} {doc.text[start:end]}", flush=True)


if __name__ == "__main__":
    main()
