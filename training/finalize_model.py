"""Install a trained NER model into the package and check that it loads and tags offline.

    python training/finalize_model.py --ner training/work/ner/ner.pt \
        --pretrain training/work/pretrain.pt --out qawl/models [--normalized] [--full-precision] \
        [--charlm-forward F --charlm-backward B]
    python training/finalize_model.py --check-only --out qawl/models

``--normalized``: the model was trained on normalised word keys (``prepare_ner_data.py
--normalize`` and a pretrain re-keyed by ``qawl.training.ner.normalize_pretrain``); the mark
goes into the checkpoint so the run-time tagger keys its input the same way. ``qawl train ner``
installs its models itself; ``--check-only`` then runs the checks alone.

A model trained with character language models needs both: they are installed next to it
(``charlm_forward.pt``, ``charlm_backward.pt``); without them any installed char LMs are removed.

Weights and vectors are stored as float16 (half the size; Stanza loads them back into its
float32 model, so inference runs as before). On the dev set the rounding changed the tags of
1 sentence in 486 for the 64-dim model.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qawl.document import Document
from qawl.extractors.ner import (
    BACKWARD_CHARLM_FILE,
    FORWARD_CHARLM_FILE,
    MODEL_FILE,
    PRETRAIN_FILE,
    NerTagger,
)
from qawl.training.ner import install_model

SIZE_LIMIT_MB = 40
SMOKE_TEXT = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن روسيا مستعدة."


def check(out: Path) -> None:
    """Size budget, load time and a smoke sentence; exits non-zero on failure."""
    names = [MODEL_FILE, PRETRAIN_FILE, FORWARD_CHARLM_FILE, BACKWARD_CHARLM_FILE]
    size_mb = sum((out / name).stat().st_size for name in names if (out / name).is_file()) / 1e6
    print(f"model files in {out}: {size_mb:.1f} MB")
    if size_mb > SIZE_LIMIT_MB:
        sys.exit(f"model files weigh {size_mb:.1f} MB, over the {SIZE_LIMIT_MB} MB budget")
    started = time.perf_counter()
    tagger = NerTagger.load(out, threads=1)
    print(f"loaded in {time.perf_counter() - started:.2f}s (normalised keys: {tagger.normalized})")
    doc = Document(id="smoke", text=SMOKE_TEXT)
    tagger.process([doc])
    print("smoke test:", [(m.text, m.label) for m in doc.mentions])
    if not doc.mentions:
        sys.exit("the installed model tagged nothing in the smoke sentence")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ner", type=Path)
    parser.add_argument("--pretrain", type=Path)
    parser.add_argument("--out", type=Path, default=Path("qawl/models"))
    parser.add_argument("--normalized", action="store_true", help="trained on normalised word keys")
    parser.add_argument("--full-precision", action="store_true", help="keep float32 weights")
    parser.add_argument("--charlm-forward", type=Path, help="forward char LM the model was trained with")
    parser.add_argument("--charlm-backward", type=Path, help="backward char LM the model was trained with")
    parser.add_argument("--check-only", action="store_true", help="only check the model in --out")
    args = parser.parse_args()
    if args.check_only:
        check(args.out)
        return
    if args.ner is None or args.pretrain is None:
        parser.error("--ner and --pretrain are required unless --check-only")
    if (args.charlm_forward is None) != (args.charlm_backward is None):
        parser.error("give both char LMs or neither")

    install_model(args.ner, args.pretrain, args.out, args.normalized, half=not args.full_precision)
    # Char LMs are small (a few MB) and stay float32 as Stanza saved them.
    charlms = ((args.charlm_forward, FORWARD_CHARLM_FILE), (args.charlm_backward, BACKWARD_CHARLM_FILE))
    for source, name in charlms:
        if source is not None:
            shutil.copyfile(source, args.out / name)
        else:
            (args.out / name).unlink(missing_ok=True)
    check(args.out)


if __name__ == "__main__":
    main()
