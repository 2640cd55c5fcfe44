"""`make model` (training/build_model.sh): the bundled tagger's recipe, run tiny so it cannot rot.

The full recipe takes about two hours; here every data file is cut to its first sentences, each of
the four stages trains two steps on the tests' tiny vectors, and the model goes to a temporary
directory. The data step, the stage chain, the files each stage trains on and the scoring at the
end are the recipe's own code, so a change that breaks `make model` fails here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, TINY_NER, shared_path

from qawl.evaluation.ner_eval import read_bio
from qawl.extractors.ner import MODEL_FILE, PRETRAIN_FILE
from qawl.training.ner import is_normalized

SCRIPT = ROOT / "training" / "build_model.sh"
HEAD = 100  # sentences kept of every data file


def test_the_recipe_defaults_are_the_bundled_taggers() -> None:
    """ft2's stages, steps, rates and weights (MODEL_CARD.md, "ft2"): change them only with the card."""
    text = SCRIPT.read_text(encoding="utf-8")
    defaults = dict(re.findall(r'^(\w+)="\$\{\1:-([^}]*)\}"$', text, flags=re.MULTILINE))
    assert defaults["RECIPE"] == "ft2" and defaults["THREADS"] == "1" and defaults["K"] == "3"
    assert defaults["EVAL_INTERVAL"] == "100" and defaults["NEWS_TRAIN"] == "3200"
    steps = [defaults[f"{stage}_STEPS"] for stage in ("UNION", "UNION2", "FT1", "FT2")]
    assert steps == ["3000", "1600", "2000", "600"]
    rates = dict(re.findall(r"^\s+(union|union2|ft1|ft2)\).*lr=([\d.]+) ;;$", text, flags=re.MULTILINE))
    assert rates == {"union": "0.1", "union2": "0.05", "ft1": "0.1", "ft2": "0.025"}


def test_a_smoke_run_never_writes_the_bundled_model(tmp_path: Path) -> None:
    env = dict(os.environ, HEAD="5", WORK=str(tmp_path / "work"), PY=sys.executable)
    env.pop("OUT", None)  # the default: qawl/models
    result = subprocess.run(["bash", str(SCRIPT), str(tmp_path)], env=env, capture_output=True, cwd=ROOT)
    assert result.returncode == 2 and b"give OUT a scratch directory" in result.stderr
    assert not (tmp_path / "work").exists()


@pytest.mark.slow
def test_build_model_runs_the_ft2_recipe_end_to_end_on_a_few_sentences(tmp_path: Path) -> None:
    shared_path("data", "ner", "anercorp_camel", "train.txt")
    shared_path("data", "ner", "wikifane", "wikifane_gold.4class.harmonized.bio")
    work, out = tmp_path / "work", tmp_path / "model"
    bundled = (ROOT / "qawl" / "models" / MODEL_FILE).read_bytes()
    env = dict(
        os.environ,
        PY=sys.executable,
        PYTHONPATH=str(ROOT),
        HEAD=str(HEAD),
        UNION_STEPS="2",
        UNION2_STEPS="2",
        FT1_STEPS="2",
        FT2_STEPS="2",
        EVAL_INTERVAL="2",
        VECTORS=str(TINY_NER / "pretrain.pt"),
        WORK=str(work),
        OUT=str(out),
        CHECK="0",  # the smoke sentence needs a real model
        MEASURE="0",
    )
    result = subprocess.run(
        ["bash", str(SCRIPT), str(SHARED)], env=env, capture_output=True, timeout=600, cwd=ROOT
    )
    log = result.stdout.decode() + result.stderr.decode()
    assert result.returncode == 0, log[-3000:]

    # The data step: the recipe's files, the news gold split at sentence 3,200.
    data = work / "data"
    news = read_bio(ROOT / "training" / "data" / "ner_news.bio")
    assert read_bio(data / "news_build.bio")[0] == news[0]
    assert read_bio(data / "news_slice.bio")[0] == news[3200]
    for name in ("train_base", "dev", "wikifane", "news_build", "news_slice"):
        assert len(read_bio(data / f"{name}.bio")) == HEAD, name

    # The four stages in order, each continuing the one before, on the recipe's files and rates.
    stages = re.findall(r"stage (\w+): 2 steps max, lr ([\d.]+)", log)
    assert stages == [("union", "0.1"), ("union2", "0.05"), ("ft1", "0.1"), ("ft2", "0.025")]
    union = [str(data / "train_base.bio")] * 3 + [str(data / "wikifane.bio")]
    news_files = [str(data / "train_base.bio"), str(data / "news_build.bio")]
    expected = {
        work / "model_union": (union, None),
        work / "model_union2": (union, work / "model_union"),
        work / "model_ft1": (news_files, work / "model_union2"),
        out: (news_files, work / "model_ft1"),
    }
    for model, (files, start) in expected.items():
        summary = json.loads((model / "training.json").read_text(encoding="utf-8"))
        assert summary["train_files"] == files, model
        assert summary["from_model"] == (str(start) if start else None), model
        assert summary["dev_file"] == str(data / "dev.bio")
    assert (out / PRETRAIN_FILE).is_file() and is_normalized(out / MODEL_FILE)

    # Scored at the end on dev and the held-out news slice; the bundled model is untouched.
    for gold in ("dev", "news_slice"):
        scores = json.loads((work / f"scores_{gold}.json").read_text(encoding="utf-8"))
        assert scores["micro"]["gold"] > 0
    assert (ROOT / "qawl" / "models" / MODEL_FILE).read_bytes() == bundled
