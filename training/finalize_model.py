"""Install a trained NER model into the package and check that it loads and tags offline.

    python training/finalize_model.py --ner training/work/ner/ner.pt \
        --pretrain training/work/pretrain.pt --out qawl/models
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qawl.document import Document
from qawl.extractors.ner import MODEL_FILE, PRETRAIN_FILE, NerTagger

SIZE_LIMIT_MB = 40
SMOKE_TEXT = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن روسيا مستعدة."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--pretrain", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("qawl/models"))
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.ner, args.out / MODEL_FILE)
    shutil.copyfile(args.pretrain, args.out / PRETRAIN_FILE)
    size_mb = sum((args.out / name).stat().st_size for name in (MODEL_FILE, PRETRAIN_FILE)) / 1e6
    print(f"installed {MODEL_FILE} + {PRETRAIN_FILE} in {args.out}: {size_mb:.1f} MB")
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
