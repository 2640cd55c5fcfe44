"""Continue training a Stanza NER checkpoint with a new optimiser and learning rate.

    python training/finetune_ner.py START.pt [ner_tagger arguments …]

Stanza's own ``--finetune`` rebuilds the optimiser from the checkpoint's saved settings, so
``--optim``/``--lr`` given on the command line are ignored; this wrapper hands them to the
loaded trainer instead. Everything else is ``python -m stanza.models.ner_tagger --mode train``.
"""

from __future__ import annotations

import sys

from stanza.models import ner_tagger
from stanza.models.ner.trainer import Trainer

OPTIMISER_ARGS = ("optim", "lr", "min_lr", "momentum", "lr_decay", "patience")


def load_with_new_optimiser(args: dict, model_file: str) -> tuple[dict, Trainer, object]:
    pretrain = ner_tagger.load_pretrain(args)
    overrides = {key: args[key] for key in OPTIMISER_ARGS if key in args}
    trainer = Trainer(args=overrides, model_file=model_file, pretrain=pretrain, device=args["device"])
    return trainer.args, trainer, trainer.vocab


def main() -> None:
    start, rest = sys.argv[1], sys.argv[2:]
    ner_tagger.load_model = load_with_new_optimiser
    ner_tagger.main(["--mode", "train", "--finetune", "--finetune_load_name", start, *rest])


if __name__ == "__main__":
    main()
