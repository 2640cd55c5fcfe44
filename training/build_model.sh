#!/usr/bin/env bash
# Rebuild qawl's bundled Arabic NER tagger (ft2) from ../shared data, offline (what `make model` runs).
#
#   bash training/build_model.sh [SHARED_DIR]
#
# The ft2 recipe (MODEL_CARD.md, "ft2: the bundled tagger"), stage by stage, with the data, weights,
# steps, learning rates and seed (Stanza's 1234) that helpers n1 (eleventh session) and n3 (thirteenth)
# used; every stage is `qawl train ner` (qawl.training.ner), normalised word keys, SGD, batch 32:
#   0. data: prepare_ner_data.py -> train_base.bio (ANERcorp train 90% + 7 AQMAR dev articles), dev.bio
#      (486 sentences), wikifane.bio (WikiFANE Gold harmonised, re-tokenised), news_build.bio (news
#      gold sentences 1-3,200 of training/data/ner_news.bio), news_slice.bio (3,201-4,000: held out).
#      These files and the Stanza JSON each stage writes are byte-equal to n1's/n3's.
#   1. union: train_base x3 + WikiFANE, 3,000 steps, lr 0.1 (n1; best 70.39 at step 2,900)
#   2. union continued: same data, lr 0.05, 1,600 steps (n3 stopped it there by hand; best 72.08 at 1,300)
#   3. ft1: train_base + news_build, lr 0.1, 2,000 steps (best 76.04 at 1,600)
#   4. ft2: same data, lr 0.025, 600 steps (best 76.12 at 300) -> installed into OUT (qawl/models)
#   5. scores: dev and the held-out news slice (bundled ft2: 79.24 and 92.81 F1 with the rules);
#      the test sets only with SCORE_TESTS=1; speed with MEASURE=1.
# Word vectors: none are trained. The tagger reads v1's word2vec vectors re-keyed by normalised word,
# which is what the bundled qawl/models/pretrain.pt holds (re-keying it again gives n1's vectors
# exactly), so VECTORS defaults to that file: copy it aside first if OUT will overwrite it with another
# model's. VECTORS=train trains word2vec anew (train_vectors.py, needs gensim: pip install -e ".[train]";
# not v1's vectors bit for bit).
# Expected time: n1/n3 logged 103 min of training on ONE torch thread of a 2-core machine shared with
# other jobs (union 33.9 min, union continued 31 min, ft1 33.0 min, ft2 5.0 min; 0.3 s/step quiet,
# 0.6-1.5 s/step under load), plus about a minute of data and a few minutes of scoring: plan on 2 hours.
# THREADS defaults to 1 because that is how ft2 was trained: with one thread and the seed the run retraces
# theirs (checked, fourteenth session: the union's first 100 steps give n1's losses and dev F1 to the last
# digit, and stage ft2 run from n3's ft1 gives the bundled ner.pt and pretrain.pt tensor for tensor);
# more threads run faster but change the numbers a little.
#
# Knobs (environment): RECIPE (ft2, or v2: the older union + train_base recipe, MODEL_CARD "NER v2"),
# OUT (default qawl/models), WORK (default training/work), THREADS, VECTORS, EVAL_INTERVAL (100; v2: 200),
# UNION_STEPS (3000), UNION2_STEPS (1600), FT1_STEPS (2000), FT2_STEPS (600), K (train_base copies in
# the union, 3), NEWS_TRAIN (3200), STAGES (default "union union2 ft1 ft2": a subset resumes from
# WORK/model_<previous stage>), HEAD (keep the first N sentences of every data file: smoke tests
# only), CHECK (1: size/load/smoke-sentence check of OUT), SCORE_TESTS (0), MEASURE (1).
# v2 knobs: DIM, VOCAB, MAX_STEPS, FINETUNE, FINETUNE_STEPS, FINETUNE_LR, CHARLM.
set -euo pipefail

SHARED="${1:-${QAWL_SHARED:-../shared}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PY="${PY:-$ROOT/.venv/bin/python}"
RECIPE="${RECIPE:-ft2}"
OUT="${OUT:-qawl/models}"
WORK="${WORK:-$ROOT/training/work}"
THREADS="${THREADS:-1}"
VECTORS="${VECTORS:-$ROOT/qawl/models/pretrain.pt}"
EVAL_INTERVAL_GIVEN="${EVAL_INTERVAL:-}"
EVAL_INTERVAL="${EVAL_INTERVAL:-100}"
UNION_STEPS="${UNION_STEPS:-3000}"
UNION2_STEPS="${UNION2_STEPS:-1600}"
FT1_STEPS="${FT1_STEPS:-2000}"
FT2_STEPS="${FT2_STEPS:-600}"
K="${K:-3}"
NEWS_TRAIN="${NEWS_TRAIN:-3200}"
STAGES="${STAGES:-union union2 ft1 ft2}"
HEAD="${HEAD:-}"
CHECK="${CHECK:-1}"
SCORE_TESTS="${SCORE_TESTS:-0}"
MEASURE="${MEASURE:-1}"
export OMP_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"

cd "$ROOT"
if [ -n "$HEAD" ] && [ "$(realpath -m "$OUT")" = "$(realpath -m qawl/models)" ]; then
    echo "build_model.sh: HEAD makes a smoke-test model; give OUT a scratch directory" >&2
    exit 2
fi
mkdir -p "$WORK"
DATA="$WORK/data"
say() { echo "== $(date -u +%T) $*"; }

if [ "$RECIPE" = v2 ]; then
    # The NER v2 recipe as `make model` ran it before the fourteenth session (not the bundled model).
    DIM="${DIM:-100}" VOCAB="${VOCAB:-80000}" MAX_STEPS="${MAX_STEPS:-4000}" CHARLM="${CHARLM:-0}"
    FINETUNE="${FINETUNE:-1}" FINETUNE_STEPS="${FINETUNE_STEPS:-2000}" FINETUNE_LR="${FINETUNE_LR:-0.1}"
    EVAL_INTERVAL="${EVAL_INTERVAL_GIVEN:-200}"
    say "NER data"
    "$PY" training/prepare_ner_data.py --shared "$SHARED" --out "$DATA" --wikifane harmonized
    say "word vectors (dim $DIM, vocab $VOCAB)"
    "$PY" training/train_vectors.py --shared "$SHARED" --ner-data "$DATA" \
        --work "$WORK/vectors" --out "$WORK/pretrain.pt" --dim "$DIM" --vocab "$VOCAB" --workers "$THREADS"
    if [ "$CHARLM" = 1 ]; then
        bash training/train_charlm.sh "$WORK"
        CHARLM=1 bash training/train_ner.sh "$WORK" "$MAX_STEPS" "$EVAL_INTERVAL"
        "$PY" training/finalize_model.py --ner "$WORK/ner/ner.pt" --pretrain "$WORK/pretrain.pt" --out "$OUT" \
            --charlm-forward "$WORK/charlm/ar_qawl_forward_charlm.pt" \
            --charlm-backward "$WORK/charlm/ar_qawl_backward_charlm.pt"
    else
        UNION_OUT="$WORK/model_union"
        [ "$FINETUNE" = 1 ] || UNION_OUT="$OUT"
        say "NER tagger on the union ($MAX_STEPS steps max)"
        "$PY" -m qawl train ner --train "$DATA/train.bio" --dev "$DATA/dev.bio" \
            --vectors "$WORK/pretrain.pt" --steps "$MAX_STEPS" --eval-interval "$EVAL_INTERVAL" \
            --threads "$THREADS" --work "$WORK/union" -o "$UNION_OUT"
        if [ "$FINETUNE" = 1 ]; then
            say "fine-tuning on ANERcorp + AQMAR ($FINETUNE_STEPS steps max)"
            "$PY" -m qawl train ner --from-model "$UNION_OUT" --train "$DATA/train_base.bio" \
                --dev "$DATA/dev.bio" --steps "$FINETUNE_STEPS" --eval-interval 100 --lr "$FINETUNE_LR" \
                --threads "$THREADS" --work "$WORK/finetune" -o "$WORK/model_finetune"
            "$PY" -m qawl train ner --from-model "$WORK/model_finetune" --train "$DATA/train_base.bio" \
                --dev "$DATA/dev.bio" --steps 800 --eval-interval 100 --lr 0.025 \
                --threads "$THREADS" --work "$WORK/finetune2" -o "$OUT"
        fi
        "$PY" training/finalize_model.py --check-only --out "$OUT"
    fi
    LAST="$OUT"
    SCORED=(dev anercorp_test aqmar_test)
elif [ "$RECIPE" = ft2 ]; then
    say "NER data (train_base, dev, WikiFANE harmonised, news gold 1-$NEWS_TRAIN and the held-out rest)"
    "$PY" training/prepare_ner_data.py --shared "$SHARED" --out "$DATA" --wikifane-file harmonized \
        --news training/data/ner_news.bio --news-train "$NEWS_TRAIN" ${HEAD:+--head "$HEAD"}
    if [ "$VECTORS" = train ]; then
        say "word vectors (word2vec, dim 100, vocab 80000: v1's settings)"
        "$PY" training/train_vectors.py --shared "$SHARED" --ner-data "$DATA" \
            --work "$WORK/vectors" --out "$WORK/pretrain.pt" --dim 100 --vocab 80000 --workers "$THREADS"
        VECTORS="$WORK/pretrain.pt"
    fi
    UNION=()
    for _ in $(seq "$K"); do UNION+=(--train "$DATA/train_base.bio"); done
    UNION+=(--train "$DATA/wikifane.bio")
    NEWS=(--train "$DATA/train_base.bio" --train "$DATA/news_build.bio")
    COMMON=(--dev "$DATA/dev.bio" --eval-interval "$EVAL_INTERVAL" --threads "$THREADS")
    previous="" LAST="$OUT"
    for stage in union union2 ft1 ft2; do
        case " $STAGES " in *" $stage "*) ;; *) previous="$stage"; continue ;; esac
        target="$WORK/model_$stage"
        if [ "$stage" = ft2 ]; then target="$OUT"; fi
        from=(--from-model "$WORK/model_$previous")
        case "$stage" in
            union) data=("${UNION[@]}"); from=(--vectors "$VECTORS"); steps="$UNION_STEPS"; lr=0.1 ;;
            union2) data=("${UNION[@]}"); steps="$UNION2_STEPS"; lr=0.05 ;;
            ft1) data=("${NEWS[@]}"); steps="$FT1_STEPS"; lr=0.1 ;;
            ft2) data=("${NEWS[@]}"); steps="$FT2_STEPS"; lr=0.025 ;;
        esac
        say "stage $stage: $steps steps max, lr $lr -> $target"
        "$PY" -m qawl train ner "${data[@]}" "${from[@]}" "${COMMON[@]}" --steps "$steps" --lr "$lr" \
            --work "$WORK/$stage" -o "$target"
        previous="$stage" LAST="$target"
    done
    if [ "$CHECK" = 1 ]; then
        "$PY" training/finalize_model.py --check-only --out "$LAST"
    fi
    SCORED=(dev news_slice)
    if [ "$SCORE_TESTS" = 1 ]; then SCORED+=(anercorp_test aqmar_test); fi
else
    echo "build_model.sh: RECIPE must be ft2 or v2, not $RECIPE" >&2
    exit 2
fi

say "scores of $LAST with the rules after the tagger (${SCORED[*]})"
for gold in "${SCORED[@]}"; do
    "$PY" -m qawl eval ner --gold "$DATA/$gold.bio" --model-dir "$LAST" --threads 1 --json > "$WORK/scores_$gold.json"
    "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], d['micro'])" \
        "$WORK/scores_$gold.json" "$gold"
done
if [ "$MEASURE" = 1 ]; then
    "$PY" training/measure_model.py --shared "$SHARED" --model-dir "$LAST" --threads 1 | tee "$WORK/speed.json"
fi
say "done: $LAST (compare with qawl/models/MODEL_CARD.md)"
