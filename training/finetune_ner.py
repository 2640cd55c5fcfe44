"""Continue training a Stanza NER checkpoint with a new optimiser and learning rate.

    python training/finetune_ner.py START.pt [ner_tagger arguments …]

Stanza's own ``--finetune`` rebuilds the optimiser from the checkpoint's saved settings, so
``--optim``/``--lr`` given on the command line are ignored; this wrapper hands them to the
loaded trainer instead (the loader ``qawl train ner --from-model`` uses). Everything else is
``python -m stanza.models.ner_tagger --mode train``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from stanza.models import ner_tagger

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qawl.training.ner import load_with_new_optimiser


def main() -> None:
    start, rest = sys.argv[1], sys.argv[2:]
    ner_tagger.load_model = load_with_new_optimiser
    ner_tagger.main(["--mode", "train", "--finetune", "--finetune_load_name", start, *rest])


if __name__ == "__main__":
    main()
