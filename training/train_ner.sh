#!/usr/bin/env bash
# Train the Stanza NER tagger on prepared data: train_ner.sh WORK MAX_STEPS EVAL_INTERVAL
# Early stopping and model selection use WORK/data/dev.json only (carved out of training data).
set -euo pipefail
WORK="$1"; MAX_STEPS="${2:-4400}"; EVAL_INTERVAL="${3:-200}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
mkdir -p "$WORK/ner"
# SGD at Stanza's default rate 0.1, halved when dev F1 stalls for 3 evaluations; the best
# dev checkpoint is what gets saved. No char LM (see MODEL_CARD.md).
"$PY" -m stanza.models.ner_tagger --mode train --cpu \
    --shorthand ar_qawl \
    --train_file "$WORK/data/train.json" --eval_file "$WORK/data/dev.json" \
    --wordvec_pretrain_file "$WORK/pretrain.pt" \
    --save_dir "$WORK/ner" --save_name ner.pt \
    --max_steps "$MAX_STEPS" --eval_interval "$EVAL_INTERVAL" \
    --max_steps_no_improve $((EVAL_INTERVAL * 8)) \
    --log_step 50 --batch_size 32 --seed 1234
