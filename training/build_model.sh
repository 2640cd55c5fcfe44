#!/usr/bin/env bash
# Rebuild qawl's bundled Arabic NER model from ../shared data (what `make model` runs).
#
#   bash training/build_model.sh [SHARED_DIR]
#
# Steps: NER data (qawl-tokenised) -> word2vec on the news corpus -> Stanza pretrain ->
# Stanza NER tagger (BiLSTM-CRF, char model, no char LM) -> copy into qawl/models -> scores.
# Runs on two CPU threads by default (THREADS); about 55 min on a 2-core machine (7 min vectors, 45 min tagger).
# Knobs (environment): DIM, VOCAB, MAX_STEPS, EVAL_INTERVAL, THREADS, CHARLM (1: train and use
# character language models, training/train_charlm.sh).
set -euo pipefail

SHARED="${1:-${QAWL_SHARED:-../shared}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PY="${PY:-$ROOT/.venv/bin/python}"
WORK="$ROOT/training/work"
DIM="${DIM:-100}"
VOCAB="${VOCAB:-80000}"
MAX_STEPS="${MAX_STEPS:-4400}"
EVAL_INTERVAL="${EVAL_INTERVAL:-200}"
THREADS="${THREADS:-2}"
CHARLM="${CHARLM:-0}"
export OMP_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"

cd "$ROOT"
mkdir -p "$WORK"
echo "== $(date -u +%T) NER data"
"$PY" training/prepare_ner_data.py --shared "$SHARED" --out "$WORK/data"

echo "== $(date -u +%T) word vectors (dim $DIM, vocab $VOCAB)"
"$PY" training/train_vectors.py --shared "$SHARED" --ner-data "$WORK/data" \
    --work "$WORK/vectors" --out "$WORK/pretrain.pt" --dim "$DIM" --vocab "$VOCAB" --workers "$THREADS"

INSTALL_ARGS=()
if [ "$CHARLM" = 1 ]; then
    echo "== $(date -u +%T) character language models"
    bash training/train_charlm.sh "$WORK"
    INSTALL_ARGS=(--charlm-forward "$WORK/charlm/ar_qawl_forward_charlm.pt"
        --charlm-backward "$WORK/charlm/ar_qawl_backward_charlm.pt")
fi

echo "== $(date -u +%T) NER tagger ($MAX_STEPS steps max)"
CHARLM="$CHARLM" bash training/train_ner.sh "$WORK" "$MAX_STEPS" "$EVAL_INTERVAL"

echo "== $(date -u +%T) install into qawl/models"
"$PY" training/finalize_model.py --ner "$WORK/ner/ner.pt" --pretrain "$WORK/pretrain.pt" --out qawl/models \
    "${INSTALL_ARGS[@]}"

echo "== $(date -u +%T) scores (test sets: read here for the first time)"
for gold in anercorp_test aqmar_test; do
    "$PY" -m qawl eval ner --gold "$WORK/data/$gold.bio" --threads 1 --json > "$WORK/scores_$gold.json"
    "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], d['micro'])" \
        "$WORK/scores_$gold.json" "$gold"
done
"$PY" training/measure_model.py --shared "$SHARED" --threads 1 | tee "$WORK/speed.json"
echo "== $(date -u +%T) done: update qawl/models/MODEL_CARD.md with the figures above"
