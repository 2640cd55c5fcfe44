#!/usr/bin/env bash
# Train the Stanza NER tagger on prepared data: train_ner.sh WORK MAX_STEPS EVAL_INTERVAL [NER_DIR]
# Early stopping and model selection use WORK/data/dev.json only (carved out of training data).
# With CHARLM=1 the tagger reads the char LMs of train_charlm.sh (WORK/charlm) instead of
# training its own character BiLSTM. NER_ARGS (environment) adds ner_tagger options, e.g.
# --emb_finetune_known_only (fine-tuning deltas only for words the vectors know: bounds ner.pt's size).
set -euo pipefail
WORK="$1"; MAX_STEPS="${2:-4400}"; EVAL_INTERVAL="${3:-200}"; NER_DIR="${4:-$WORK/ner}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
mkdir -p "$NER_DIR"
CHARLM_ARGS=()
if [ "${CHARLM:-0}" = 1 ]; then
    CHARLM_ARGS=(--charlm --charlm_shorthand ar_qawl
        --charlm_forward_file "$WORK/charlm/ar_qawl_forward_charlm.pt"
        --charlm_backward_file "$WORK/charlm/ar_qawl_backward_charlm.pt")
fi
# SGD at Stanza's default rate 0.1, halved when dev F1 stalls for 3 evaluations; the best
# dev checkpoint is what gets saved.
"$PY" -m stanza.models.ner_tagger --mode train --cpu \
    --shorthand ar_qawl \
    --train_file "$WORK/data/train.json" --eval_file "$WORK/data/dev.json" \
    --wordvec_pretrain_file "$WORK/pretrain.pt" \
    --save_dir "$NER_DIR" --save_name ner.pt "${CHARLM_ARGS[@]}" \
    --max_steps "$MAX_STEPS" --eval_interval "$EVAL_INTERVAL" \
    --max_steps_no_improve $((EVAL_INTERVAL * 8)) \
    --log_step 50 --batch_size 32 --seed 1234 ${NER_ARGS:-}
