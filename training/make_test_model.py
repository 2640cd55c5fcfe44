"""Train the tiny NER models the tests use to check both architectures of the direct path.

    python training/make_test_model.py --shared ../shared --out tests/fixtures/tiny_ner

Writes two small Stanza NER models that share a 2,000-word pretrain: ``charbilstm/`` (a
character BiLSTM, like the model qawl has shipped so far) and ``charlm/`` (forward and backward
character language models instead). They are trained for a few hundred steps on the first
ANERcorp training sentences: good enough to tag some names, small enough to commit (the tests
compare the direct path with Stanza's pipeline, so accuracy does not matter). 6.5 min on the
2-core machine while other training ran.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.evaluation.ner_eval import read_bio, retokenize  # noqa: E402
from qawl.training.ner import write_stanza_json  # noqa: E402

TRAIN_SENTENCES = 400
VOCAB = 2000
DIM = 16


def _run(*args: str) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    subprocess.run([sys.executable, "-m", *args], check=True, env=env, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "fixtures" / "tiny_ner")
    args = parser.parse_args()

    gold = [retokenize(s) for s in read_bio(args.shared / "data/ner/anercorp_camel/train.txt")]
    train, dev = gold[:TRAIN_SENTENCES], gold[TRAIN_SENTENCES : TRAIN_SENTENCES + 100]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        write_stanza_json(scratch / "train.json", train)
        write_stanza_json(scratch / "dev.json", dev)

        # A small pretrain with random vectors: the tests need the lookup, not good vectors.
        import numpy as np
        from stanza.models.common.pretrain import Pretrain

        counts = Counter(token for sentence in gold[:2000] for token in sentence.tokens)
        rng = np.random.default_rng(1)
        with (scratch / "vectors.txt").open("w", encoding="utf-8") as out:
            words = [word for word, _ in counts.most_common(VOCAB)]
            out.write(f"{len(words)} {DIM}\n")
            for word in words:
                out.write(word + " " + " ".join(f"{x:.4f}" for x in rng.normal(size=DIM)) + "\n")
        pretrain_file = args.out / "pretrain.pt"
        pretrain_file.unlink(missing_ok=True)
        Pretrain(str(pretrain_file), str(scratch / "vectors.txt")).load()

        # Char LMs on the sentences' own text, one pass.
        (scratch / "lm").mkdir()
        text = "\n".join(" ".join(s.tokens) for s in gold[:3000])
        (scratch / "lm" / "train.txt").write_text(text, encoding="utf-8")
        (scratch / "lm_dev.txt").write_text("\n".join(" ".join(s.tokens) for s in dev), encoding="utf-8")
        charlm_dir = args.out / "charlm"
        charlm_dir.mkdir(exist_ok=True)
        for direction in ("forward", "backward"):
            _run(
                "stanza.models.charlm", "--cpu", "--shorthand", "ar_tiny", "--direction", direction,
                "--train_dir", str(scratch / "lm"), "--eval_file", str(scratch / "lm_dev.txt"),
                "--char_hidden_dim", "32", "--char_emb_dim", "16", "--epochs", "1", "--cutoff", "5",
                "--batch_size", "20", "--bptt_size", "100", "--save_dir", str(scratch),
                "--save_name", f"{direction}.pt", "--vocab_save_name", "vocab.pt", "--no_checkpoint",
            )  # fmt: skip
            (scratch / f"{direction}.pt").replace(charlm_dir / f"charlm_{direction}.pt")

        for kind in ("charbilstm", "charlm"):
            if kind == "charlm":
                extra = [
                    "--charlm", "--charlm_shorthand", "ar_tiny",
                    "--charlm_forward_file", str(charlm_dir / "charlm_forward.pt"),
                    "--charlm_backward_file", str(charlm_dir / "charlm_backward.pt"),
                ]  # fmt: skip
            else:
                extra = ["--char_hidden_dim", "16", "--char_emb_dim", "16"]
            _run(
                "stanza.models.ner_tagger", "--mode", "train", "--cpu", "--shorthand", "ar_tiny",
                "--train_file", str(scratch / "train.json"), "--eval_file", str(scratch / "dev.json"),
                "--wordvec_pretrain_file", str(pretrain_file), "--save_dir", str(args.out / kind),
                "--save_name", "ner.pt", "--hidden_dim", "32", "--max_steps", "300",
                "--eval_interval", "100", "--batch_size", "16", "--seed", "1", *extra,
            )  # fmt: skip
            print(kind, json.dumps({p.name: p.stat().st_size for p in (args.out / kind).glob("*.pt")}))


if __name__ == "__main__":
    main()
