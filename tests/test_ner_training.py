"""`qawl train ner` and the training library: a tiny real run on ANERcorp sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, run_qawl

from qawl.evaluation.ner_eval import GoldSentence
from qawl.extractors.ner import MODEL_FILE, PRETRAIN_FILE
from qawl.training.ner import is_normalized, normalize_pretrain, word_key, write_stanza_json

TINY = FIXTURES / "tiny_ner"


def test_word_keys_are_qawls_normalisation_or_the_word_as_written() -> None:
    assert word_key("إلى", True) == "الي" and word_key("أكبرُ", True) == "اكبر"
    assert word_key("مدرسة", True) == "مدرسه" and word_key("مدرسة", False) == "مدرسة"
    assert word_key("\u064e", True) == "\u064e"  # a lone mark keeps its text, as at run time


def test_stanza_json_keeps_tags_and_normalises_words(tmp_path: Path) -> None:
    sentence = GoldSentence(("زار", "إيمانويل", "ماكرون", "القاهرة"), ("O", "B-PER", "I-PER", "B-LOC"))
    path = tmp_path / "train.json"
    assert write_stanza_json(path, [sentence], normalized=True) == 1
    (written,) = json.loads(path.read_text(encoding="utf-8"))
    assert [w["text"] for w in written] == ["زار", "ايمانويل", "ماكرون", "القاهره"]
    assert [w["ner"] for w in written] == list(sentence.tags)


def test_normalised_pretrain_merges_spellings_and_keeps_the_frequent_vector(tmp_path: Path) -> None:
    import torch
    from stanza.models.common.pretrain import Pretrain

    before, after = normalize_pretrain(TINY / "pretrain.pt", tmp_path / "norm.pt")
    assert 0 < after <= before
    source, target = Pretrain(str(TINY / "pretrain.pt")), Pretrain(str(tmp_path / "norm.pt"))
    words = [target.vocab.id2unit(i) for i in range(4, len(target.vocab))]
    assert all(word == word_key(word, True) for word in words)
    # The first (most frequent) spelling of a key gives its vector.
    first = next(
        source.vocab.id2unit(i) for i in range(4, len(source.vocab)) if "أ" in source.vocab.id2unit(i)
    )
    key = word_key(first, True)
    assert torch.allclose(
        target.emb[target.vocab.unit2id(key)].float(),
        source.emb[source.vocab.unit2id(first)].float(),
        atol=1e-4,
    )


@pytest.mark.slow
def test_train_ner_command_trains_and_adapts_a_usable_model(tmp_path: Path) -> None:
    out = tmp_path / "model"
    common = ["--dev", str(TINY / "dev.bio"), "--steps", "4", "--eval-interval", "2", "--threads", "1"]
    result = run_qawl(
        "train", "ner", "--train", str(TINY / "train.bio"), "--vectors", str(TINY / "pretrain.pt"),
        "-o", str(out), *common,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    stderr = result.stderr.decode()
    assert "step 4/4" in stderr and "dev (qawl's run-time path)" in stderr  # progress on stderr
    assert result.stdout == b""
    assert (
        (out / MODEL_FILE).is_file() and (out / PRETRAIN_FILE).is_file() and is_normalized(out / MODEL_FILE)
    )
    summary = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert summary["train_sentences"] == 250 and summary["dev_sentences"] == 50

    import torch

    # Trained on normalised keys: no hamza-on-alef spelling reached the word vocabularies.
    checkpoint = torch.load(out / MODEL_FILE, map_location="cpu", weights_only=False)
    delta = checkpoint["vocab"]["delta"]["_id2unit"]
    assert len(delta) > 100 and not any("أ" in word or "ة" in word for word in delta)
    # The installed model names its training files but shows no path of the machine it was trained on.
    run_paths = [checkpoint["config"][key] for key in ("wordvec_pretrain_file", "train_file", "eval_file")]
    assert run_paths == ["pretrain.pt", "train.json", "dev.json"]
    assert not any(str(tmp_path) in str(value) for value in checkpoint["config"].values())

    from qawl.extractors.ner import NerTagger

    # At run time the words are keyed the same way: spellings that normalise alike tag alike.
    tagger = NerTagger.load(out, threads=1)
    assert tagger.normalized
    written = [["أعلنت", "وزارة", "الخارجية", "إلى", "القاهرة"], ["وقال", "إيمانويل", "ماكرون"]]
    plain = [["اعلنت", "وزاره", "الخارجيه", "الي", "القاهره"], ["وقال", "ايمانويل", "ماكرون"]]
    seen: list[list[str]] = []
    direct_tag = tagger._direct.tag
    tagger._direct.tag = lambda sentences: seen.extend(sentences) or direct_tag(sentences)
    assert tagger.tag(written) == tagger.tag(plain)
    assert seen == plain + plain  # the model only ever saw the normalised keys

    # The model works with --model-dir, and can itself be adapted further.
    gold = tmp_path / "gold.bio"
    gold.write_text("زار\tO\nماكرون\tB-PER\nباريس\tB-LOC\n\n", encoding="utf-8")
    scored = run_qawl("eval", "ner", "--gold", str(gold), "--model-dir", str(out), "--json")
    assert scored.returncode == 0, scored.stderr.decode()[-2000:]
    assert json.loads(scored.stdout)["micro"]["gold"] == 2
    adapted = tmp_path / "adapted"
    result = run_qawl(
        "train",
        "ner",
        "--train",
        str(TINY / "dev.bio"),
        "--from-model",
        str(out),
        "-o",
        str(adapted),
        *common,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert is_normalized(adapted / MODEL_FILE)


def test_train_ner_command_rejects_missing_files(tmp_path: Path) -> None:
    result = run_qawl(
        "train", "ner", "--train", str(tmp_path / "no.bio"), "--dev", str(TINY / "dev.bio"), "-o", "x"
    )
    assert result.returncode == 2 and b"no such file" in result.stderr


def test_a_training_file_given_k_times_counts_k_times(tmp_path: Path) -> None:
    from qawl.training.ner import read_training_file, read_training_files

    base, other = TINY / "dev.bio", tmp_path / "other.bio"
    other.write_text("زار\tO\nماكرون\tB-PER\nباريس\tB-LOC\n\n", encoding="utf-8")
    once = read_training_file(base)
    assert once  # the fixture holds sentences
    # Upweighting an in-domain file against a larger one: its sentences come K times, in order.
    assert read_training_files([base, base, base, other]) == once * 3 + read_training_file(other)
    assert read_training_files([other]) == read_training_file(other)


def test_the_bundled_tagger_shows_no_path_of_the_machine_it_was_trained_on() -> None:
    import torch

    from qawl.extractors.ner import BUNDLED_MODEL_DIR

    config = torch.load(BUNDLED_MODEL_DIR / MODEL_FILE, map_location="cpu", weights_only=False)["config"]
    assert config["wordvec_pretrain_file"] == "pretrain.pt"
    assert not [value for value in config.values() if isinstance(value, str) and value.startswith("/")]
