#!/usr/bin/env bash
# Train the forward and backward character language models the NER tagger can read:
#   train_charlm.sh WORK [CHARS] [HIDDEN] [EMB]
# Input: WORK/vectors/corpus.txt (qawl-tokenised news, written by train_vectors.py). A shuffled
# sample of CHARS characters (default 40 M of the corpus's 52 M) is one epoch; 2,000 other lines
# are the LM's dev set. Both directions train at once, one thread each.
# Size: 128 hidden units over 50-dim character embeddings. At 256 hidden the LMs alone took 70%
# of tagging time (2.5 times slower than the model without them), below the 5,000 tokens/s target.
set -euo pipefail
WORK="$1"; CHARS="${2:-40000000}"; HIDDEN="${3:-128}"; EMB="${4:-50}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
OUT="$WORK/charlm"
mkdir -p "$OUT/train"
"$PY" - "$WORK/vectors/corpus.txt" "$OUT" "$CHARS" <<'EOF'
import random, sys
corpus, out, budget = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = [line for line in open(corpus, encoding="utf-8") if line.strip()]
random.Random(1234).shuffle(lines)
with open(f"{out}/dev.txt", "w", encoding="utf-8") as dev:
    dev.writelines(lines[:2000])
used = 0
with open(f"{out}/train/sample.txt", "w", encoding="utf-8") as train:
    for line in lines[2000:]:
        if used >= budget:
            break
        train.write(line)
        used += len(line)
print(f"charlm sample: {used:,} characters")
EOF
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
for direction in forward backward; do
    "$PY" -m stanza.models.charlm --cpu --shorthand ar_qawl --direction "$direction" \
        --train_dir "$OUT/train" --eval_file "$OUT/dev.txt" \
        --char_hidden_dim "$HIDDEN" --char_emb_dim "$EMB" --epochs 1 --cutoff 50 \
        --save_dir "$OUT" --save_name "ar_qawl_${direction}_charlm.pt" \
        --vocab_save_name "ar_qawl_vocab.pt" --no_checkpoint --report_steps 50 --seed 1234 \
        > "$OUT/$direction.log" 2>&1 &
    # The vocab file is written by the first run; give it a head start so both share one.
    [ "$direction" = forward ] && sleep 60
done
wait
echo "charlm done: $(ls "$OUT"/*.pt)"
