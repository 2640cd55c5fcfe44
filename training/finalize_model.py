"""Install a trained NER model into the package and check that it loads and tags offline.

    python training/finalize_model.py --ner training/work/ner/ner.pt \
        --pretrain training/work/pretrain.pt --out qawl/models [--full-precision] \
        [--charlm-forward F --charlm-backward B]

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
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qawl.document import Document
from qawl.extractors.ner import (
    BACKWARD_CHARLM_FILE,
    FORWARD_CHARLM_FILE,
    MODEL_FILE,
    PRETRAIN_FILE,
    NerTagger,
)

SIZE_LIMIT_MB = 40
SMOKE_TEXT = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن روسيا مستعدة."


def _half(value: Any) -> Any:
    import torch

    if isinstance(value, torch.Tensor) and value.is_floating_point():
        return value.half()
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        return torch.from_numpy(value).half()
    if isinstance(value, dict):
        return {key: _half(item) for key, item in value.items()}
    return value


def store_half(source: Path, target: Path, field: str) -> None:
    """Copy a Stanza checkpoint with the floating-point tensors under ``field`` as float16."""
    import torch

    checkpoint = torch.load(source, map_location="cpu", weights_only=False)
    checkpoint[field] = _half(checkpoint[field])
    torch.save(checkpoint, target, _use_new_zipfile_serialization=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--pretrain", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("qawl/models"))
    parser.add_argument("--full-precision", action="store_true", help="keep float32 weights")
    parser.add_argument("--charlm-forward", type=Path, help="forward char LM the model was trained with")
    parser.add_argument("--charlm-backward", type=Path, help="backward char LM the model was trained with")
    args = parser.parse_args()
    if (args.charlm_forward is None) != (args.charlm_backward is None):
        parser.error("give both char LMs or neither")

    args.out.mkdir(parents=True, exist_ok=True)
    if args.full_precision:
        shutil.copyfile(args.ner, args.out / MODEL_FILE)
        shutil.copyfile(args.pretrain, args.out / PRETRAIN_FILE)
    else:
        store_half(args.ner, args.out / MODEL_FILE, "model")
        store_half(args.pretrain, args.out / PRETRAIN_FILE, "emb")
    # Char LMs are small (a few MB) and stay float32 as Stanza saved them.
    names = [MODEL_FILE, PRETRAIN_FILE]
    charlms = ((args.charlm_forward, FORWARD_CHARLM_FILE), (args.charlm_backward, BACKWARD_CHARLM_FILE))
    for source, name in charlms:
        if source is not None:
            shutil.copyfile(source, args.out / name)
            names.append(name)
        else:
            (args.out / name).unlink(missing_ok=True)
    size_mb = sum((args.out / name).stat().st_size for name in names) / 1e6
    print(f"installed {' + '.join(names)} in {args.out}: {size_mb:.1f} MB")
    if size_mb > SIZE_LIMIT_MB:
        sys.exit(f"model files weigh {size_mb:.1f} MB, over the {SIZE_LIMIT_MB} MB budget")

    started = time.perf_counter()
    tagger = NerTagger.load(args.out, threads=1)
    print(f"loaded in {time.perf_counter() - started:.2f}s")
    doc = Document(id="smoke", text=SMOKE_TEXT)
    tagger.process([doc])
    print("smoke test:", [(m.text, m.label) for m in doc.mentions])
    if not doc.mentions:
        sys.exit("the installed model tagged nothing in the smoke sentence")


if __name__ == "__main__":
    main()
