"""Extending a trained tagger's word vectors (qawl.training.vocab_extension, training/extend_ner_vocab.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES, ROOT

from qawl.training.vocab_extension import count_words, extend_model, fit_map, mean_cosine, new_words


def _spaces(seed: int = 3, n: int = 400, dim: int = 8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    source = rng.normal(size=(n, dim))
    q, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    return source, q, rng.normal(size=dim)


def test_least_squares_map_recovers_an_affine_map() -> None:
    source, _, shift = _spaces()
    matrix = np.random.default_rng(5).normal(size=(8, 8))
    mapping = fit_map(source, source @ matrix + shift, "lstsq")
    assert np.allclose(mapping(source[:5]), source[:5] @ matrix + shift, atol=1e-4)


def test_procrustes_map_recovers_a_scaled_rotation_and_nothing_more() -> None:
    source, rotation, shift = _spaces()
    target = 2.5 * source @ rotation + shift
    mapping = fit_map(source, target, "procrustes")
    assert mapping.scale == pytest.approx(2.5)
    assert np.allclose(mapping.matrix @ mapping.matrix.T, np.eye(8), atol=1e-6)
    assert mean_cosine(mapping(source), target) == pytest.approx(1.0)
    # A shear is not a rotation: the orthogonal map only approximates it, least squares fits it.
    shear = np.eye(8)
    shear[0, 1] = 3.0
    assert mean_cosine(fit_map(source, source @ shear, "procrustes")(source), source @ shear) < 0.99
    assert mean_cosine(fit_map(source, source @ shear, "lstsq")(source), source @ shear) > 0.999


def test_map_refuses_mismatched_rows_and_unknown_kinds() -> None:
    source, _, _ = _spaces()
    with pytest.raises(ValueError):
        fit_map(source, source[:-1])
    with pytest.raises(ValueError):
        fit_map(source, source, "cca")


def test_new_words_are_the_frequent_unknown_ones_without_punctuation() -> None:
    counts = count_words(["زار ماكرون الجزائر .", "زار تبون باريس .", "ماكرون ، 2024 ماكرون"])
    assert counts["ماكرون"] == 3
    known = {"زار", "باريس"}
    assert new_words(counts, known, min_count=1, limit=10) == ["ماكرون", "الجزائر", "تبون"]
    assert new_words(counts, known, min_count=2, limit=10) == ["ماكرون"]
    assert new_words(counts, known, min_count=1, limit=2) == ["ماكرون", "الجزائر"]
    assert new_words(Counter(), known, min_count=1, limit=5) == []


def _tagger(model_dir: Path):  # type: ignore[no-untyped-def]
    from qawl.extractors.ner import ModelFiles, NerTagger

    files = ModelFiles(name="t", model=model_dir / "ner.pt", pretrain=model_dir / "pretrain.pt")
    return NerTagger(files, threads=1)


def test_extended_model_looks_new_words_up_and_tags_old_sentences_as_before(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    import torch

    before = _tagger(tiny_model_dir)
    vocab = before._direct._word_vocab
    new = ["كلمةجديدةاولي", "كلمةجديدةثانيه"]
    assert all(vocab.unit2id(w) == vocab.unit2id("<UNK>") for w in new)
    dim = before._direct._model.word_emb.weight.shape[1]
    vectors = np.linspace(-1, 1, 2 * dim, dtype=np.float32).reshape(2, dim)
    size = extend_model(tiny_model_dir, new, vectors, tmp_path / "ext")
    assert 0 < size < 5

    after = _tagger(tmp_path / "ext")
    ids = [after._direct._word_vocab.unit2id(w) for w in new]
    assert ids == [len(vocab), len(vocab) + 1]
    rows = after._direct._model.word_emb.weight[ids].float()
    assert torch.allclose(rows, torch.from_numpy(vectors), atol=1e-2)
    old = [["قال", "وزير", "الخارجية", "في", "القاهرة", "."], ["وصل", "الرئيس", "إلى", "باريس", "."]]
    assert after.tag(old) == before.tag(old)
    # Both inference paths see the new rows: Stanza's pipeline tags as the direct path does.
    with_new = [["قال", new[0], "في", new[1], "."]]
    assert after.tag(with_new) == [[t.ner for t in s.tokens] for s in after._nlp(with_new).sentences]


def test_extension_refuses_known_words_and_wrong_shapes(tiny_model_dir: Path, tmp_path: Path) -> None:
    known = _tagger(tiny_model_dir)._direct._word_vocab.id2unit(10)
    dim = _tagger(tiny_model_dir)._direct._model.word_emb.weight.shape[1]
    with pytest.raises(ValueError):
        extend_model(tiny_model_dir, [known], np.zeros((1, dim)), tmp_path / "a")
    with pytest.raises(ValueError):
        extend_model(tiny_model_dir, ["كلمهجديده"], np.zeros((1, dim + 1)), tmp_path / "b")
    with pytest.raises(ValueError):
        extend_model(tiny_model_dir, ["كلمهجديده"], np.zeros((2, dim)), tmp_path / "c")


def test_compare_script_scores_two_models_and_lists_what_changes(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ner_helpers import training_script

    from qawl.evaluation.ner_eval import read_bio
    from qawl.training.ner import write_bio

    gold = tmp_path / "gold.bio"
    write_bio(gold, read_bio(ROOT / "tests" / "fixtures" / "tiny_ner" / "dev.bio")[:30])
    compare = training_script("compare_ner_models")
    argv = ["--gold", str(gold), "--base", str(tiny_model_dir), "--cache", str(tmp_path / "cache")]
    compare.main([*argv, "--model", str(tiny_model_dir), "--show"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("gold.bio base ") and " F1 " in out[0]
    # The same model against itself: no gap and no changed mention.
    assert out[1].endswith("gap +0.00 (+0.00 .. +0.00)") and len(out) == 2


def test_measure_script_reports_cpu_figures_for_a_model_loaded_as_bundled(tiny_model_dir: Path) -> None:
    import json
    import subprocess
    import sys

    from conftest import shared_path

    news = shared_path("data", "news", "ant_multisource.jsonl.gz")
    args = ["--shared", str(news.parent.parent.parent), "--model-dir", str(tiny_model_dir), "--articles", "3"]
    script = str(ROOT / "training" / "measure_model.py")
    result = subprocess.run([sys.executable, script, *args, "--as-bundled"], capture_output=True, check=True)
    figures = json.loads(result.stdout)
    assert figures["articles"] == 3 and figures["tokens"] > 0
    assert figures["tokens_per_cpu_second"] > 0 and figures["load_cpu_seconds"] >= 0


def test_fasttext_vectors_extend_the_tiny_model_end_to_end(tiny_model_dir: Path, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    pytest.importorskip("gensim")
    from conftest import shared_path

    shared = shared_path("data", "news").parent.parent
    work = tmp_path / "vectors"
    train = [sys.executable, str(ROOT / "training" / "train_vectors.py"), "--shared", str(shared)]
    train += ["--method", "fasttext", "--dim", "16", "--vocab", "500", "--epochs", "1"]
    train += ["--limit-chars", "100000"]
    train += ["--ner-file", str(FIXTURES / "tiny_ner" / "train.bio"), "--work", str(work)]
    train += ["--out", str(work / "pretrain.pt"), "--save-model", str(work / "ft.model")]
    subprocess.run(train, capture_output=True, check=True)
    extend = [sys.executable, str(ROOT / "training" / "extend_ner_vocab.py")]
    extend += ["--model-dir", str(tiny_model_dir), "--fasttext", str(work / "ft.model")]
    extend += ["--corpus", str(work / "corpus.txt"), "--max-words", "50"]
    subprocess.run([*extend, "-o", str(tmp_path / "ext")], capture_output=True, check=True)
    summary = json.loads((tmp_path / "ext" / "extension.json").read_text(encoding="utf-8"))
    assert summary["added_words"] == 50 and summary["shared_words"] > 100
    assert _tagger(tmp_path / "ext").tag([["قال", "الرئيس", "في", "باريس"]])
