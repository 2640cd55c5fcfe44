#!/usr/bin/env bash
# Rebuild qawl's bundled Arabic NER model from ../shared data (what `make model` runs).
#
#   bash training/build_model.sh [SHARED_DIR]
#
# Steps: NER data (qawl-tokenised; ANERcorp + AQMAR dev articles + WikiFANE harmonised) ->
# word2vec on the news corpus -> `qawl train ner` on the union (normalised word keys) ->
# `qawl train ner --from-model` on the in-domain part, twice (SGD 0.1 halved on plateaus, then
# 0.025; FINETUNE=0 skips both) -> install into qawl/models -> scores. This is the NER v2 recipe
# (MODEL_CARD.md, "NER v2"); the bundled v1 recipe is listed there step by step. The tagger
# steps are the code `qawl train ner` runs (qawl.training.ner).
# Runs on two CPU threads by default (THREADS); see MODEL_CARD.md for the time it takes.
# Knobs (environment): DIM, VOCAB, MAX_STEPS, EVAL_INTERVAL, THREADS, FINETUNE (1: fine-tune the
# union model on ANERcorp + AQMAR), FINETUNE_STEPS, FINETUNE_LR, CHARLM (1: train and use
# character language models with the old single-stage recipe, training/train_charlm.sh).
set -euo pipefail

SHARED="${1:-${QAWL_SHARED:-../shared}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PY="${PY:-$ROOT/.venv/bin/python}"
WORK="$ROOT/training/work"
DIM="${DIM:-100}"
VOCAB="${VOCAB:-80000}"
MAX_STEPS="${MAX_STEPS:-4000}"
EVAL_INTERVAL="${EVAL_INTERVAL:-200}"
THREADS="${THREADS:-2}"
FINETUNE="${FINETUNE:-1}"
FINETUNE_STEPS="${FINETUNE_STEPS:-2000}"
FINETUNE_LR="${FINETUNE_LR:-0.1}"
CHARLM="${CHARLM:-0}"
export OMP_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"

cd "$ROOT"
mkdir -p "$WORK"
echo "== $(date -u +%T) NER data"
"$PY" training/prepare_ner_data.py --shared "$SHARED" --out "$WORK/data" --wikifane harmonized

echo "== $(date -u +%T) word vectors (dim $DIM, vocab $VOCAB)"
"$PY" training/train_vectors.py --shared "$SHARED" --ner-data "$WORK/data" \
    --work "$WORK/vectors" --out "$WORK/pretrain.pt" --dim "$DIM" --vocab "$VOCAB" --workers "$THREADS"

if [ "$CHARLM" = 1 ]; then
    # The char-LM variant (not the bundled recipe): Stanza's trainer on words as written.
    bash training/train_charlm.sh "$WORK"
    CHARLM=1 bash training/train_ner.sh "$WORK" "$MAX_STEPS" "$EVAL_INTERVAL"
    "$PY" training/finalize_model.py --ner "$WORK/ner/ner.pt" --pretrain "$WORK/pretrain.pt" --out qawl/models \
        --charlm-forward "$WORK/charlm/ar_qawl_forward_charlm.pt" \
        --charlm-backward "$WORK/charlm/ar_qawl_backward_charlm.pt"
else
    UNION_OUT="$WORK/model_union"
    [ "$FINETUNE" = 1 ] || UNION_OUT=qawl/models
    echo "== $(date -u +%T) NER tagger on the union ($MAX_STEPS steps max)"
    "$PY" -m qawl train ner --train "$WORK/data/train.bio" --dev "$WORK/data/dev.bio" \
        --vectors "$WORK/pretrain.pt" --steps "$MAX_STEPS" --eval-interval "$EVAL_INTERVAL" \
        --threads "$THREADS" --work "$WORK/union" -o "$UNION_OUT"
    if [ "$FINETUNE" = 1 ]; then
        echo "== $(date -u +%T) fine-tuning on ANERcorp + AQMAR ($FINETUNE_STEPS steps max)"
        "$PY" -m qawl train ner --from-model "$UNION_OUT" --train "$WORK/data/train_base.bio" \
            --dev "$WORK/data/dev.bio" --steps "$FINETUNE_STEPS" --eval-interval 100 --lr "$FINETUNE_LR" \
            --threads "$THREADS" --work "$WORK/finetune" -o "$WORK/model_finetune"
        "$PY" -m qawl train ner --from-model "$WORK/model_finetune" --train "$WORK/data/train_base.bio" \
            --dev "$WORK/data/dev.bio" --steps 800 --eval-interval 100 --lr 0.025 \
            --threads "$THREADS" --work "$WORK/finetune2" -o qawl/models
    fi
    "$PY" training/finalize_model.py --check-only --out qawl/models
fi

echo "== $(date -u +%T) scores (test sets: read here for the first time)"
for gold in dev anercorp_test aqmar_test; do
    "$PY" -m qawl eval ner --gold "$WORK/data/$gold.bio" --threads 1 --json > "$WORK/scores_$gold.json"
    "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], d['micro'])" \
        "$WORK/scores_$gold.json" "$gold"
done
"$PY" training/measure_model.py --shared "$SHARED" --threads 1 | tee "$WORK/speed.json"
echo "== $(date -u +%T) done: update qawl/models/MODEL_CARD.md with the figures above"
