"""``qawl gazetteer mine``: counting unlinked NER names across a dump and clustering them."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT, run_qawl

from qawl.document import Document, Mention
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers.entries import read_file
from qawl.gazetteers.mining import NameMiner, write_candidates
from qawl.pipeline import Pipeline, PipelineOptions


def linked(text: str, *names: tuple[str, str], every: bool = True) -> Document:
    """A document with NER-like mentions of ``names`` (every occurrence, or the first), after
    the gazetteer stage."""
    mentions = []
    for surface, label in names:
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, label))
            start = text.find(surface, start + len(surface)) if every else -1
    doc = Document("d", text, mentions=sorted(mentions, key=lambda m: m.start))
    GazetteerLinker.load().process([doc])
    return doc


def test_variants_grouped_in_a_document_become_one_entity_with_aliases() -> None:
    miner = NameMiner()
    miner.add(
        linked(
            "وقال بريخودكو إن الحكومة باقية، وأضاف بريخدكو أن",
            ("بريخودكو", "PER"),
            ("بريخدكو", "PER"),
        )
    )
    miner.add(linked("وقال أوليكساندر بريخودكو إن", ("أوليكساندر بريخودكو", "PER")))
    miner.add(
        linked(
            "وأعلن بريخودكو استقالته، وبريخودكو زعيم المعارضة",
            ("بريخودكو", "PER"),
            ("وبريخودكو", "PER"),
            every=False,
        )
    )
    miner.add(linked("وقال بريخودكو إن", ("بريخودكو", "PER")))
    by_name = {e.name: e for e in miner.candidates(min_count=1)}
    assert by_name["بريخودكو"].aliases == ["بريخدكو"]  # وبريخودكو is counted, not listed
    assert by_name["بريخودكو"].count == 5  # وبريخودكو and بريخدكو counted with it
    assert by_name["أوليكساندر بريخودكو"].aliases == []  # a full name and a surname stay apart


def test_given_names_that_differ_by_a_vowel_stay_apart() -> None:
    miner = NameMiner()
    miner.add(linked("وقال محمد بن صالح إن اللجنة ستجتمع في تونس", ("محمد بن صالح", "PER")))
    miner.add(linked("وقال محمود بن صالح إن اللجنة ستجتمع في تونس", ("محمود بن صالح", "PER")))
    names = sorted(e.name for e in miner.candidates(min_count=1))
    assert names == ["محمد بن صالح", "محمود بن صالح"]


def test_a_word_ner_rarely_tags_is_not_a_name() -> None:
    miner = NameMiner()
    text = "وفي الولايات الجنوبية قالت الولايات إن الولايات الشمالية والولايات الشرقية"
    miner.add(linked(text, ("الولايات", "LOC"), every=False))
    miner.add(linked("وقال بريخودكو إن بريخودكو", ("بريخودكو", "PER")))
    counted = {e.name for e in miner.candidates(min_count=1)}
    assert "بريخودكو" in counted and not any("الولايات" in name for name in counted)


def test_written_file_is_a_gazetteer_that_links(tmp_path: Path) -> None:
    miner = NameMiner()
    miner.add(
        linked(
            "وقال أوليكساندر بريخودكو إن الحكومة باقية، وأضاف بريخدكو أن",
            ("أوليكساندر بريخودكو", "PER"),
            ("بريخدكو", "PER"),
        )
    )
    path = tmp_path / "candidates.tsv"
    evidence = write_candidates(miner.candidates(min_count=1), path)
    contents = read_file(path)
    assert contents.problems == [] and {e.name for e in contents.entries} == {
        "أوليكساندر بريخودكو",
        "بريخدكو",
    }
    assert "وأضاف بريخدكو أن" in evidence.read_text(encoding="utf-8")
    record = Pipeline(PipelineOptions(ner=False, quotes=False, gazetteers=(path,))).extract(
        "التقى أوليكساندر بريخودكو"
    )
    assert record["entities"][0]["kb_id"].startswith("mined:")


def _readme_commands() -> list[list[str]]:
    """The ``qawl`` lines of the README's sh block under "Grow your gazetteer from your own dump"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Grow your gazetteer from your own dump") :]
    block = section[section.index("```sh\n") + 6 : section.index("```", section.index("```sh\n") + 6)]
    return [shlex.split(line)[1:] for line in block.splitlines() if line.startswith("qawl ")]


def test_readme_mining_example_runs_as_written(tmp_path: Path) -> None:
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    commands = _readme_commands()
    assert [c[:2] for c in commands] == [
        ["gazetteer", "mine"],
        ["gazetteer", "check"],
        ["extract", "--no-ner"],
    ]
    outputs = []
    for args in commands:
        done = subprocess.run(
            [sys.executable, "-m", "qawl", *args], capture_output=True, cwd=tmp_path, timeout=300
        )
        assert done.returncode == 0, (args, done.stderr.decode())
        outputs.append(done.stdout.decode())
    assert "جعفر القاسمي" in (tmp_path / "candidates.tsv").read_text(encoding="utf-8")
    assert (tmp_path / "candidates.evidence.tsv").is_file()
    records = [json.loads(line) for line in outputs[2].splitlines()]
    mined = {e["name"] for r in records for e in r["entities"] if (e["kb_id"] or "").startswith("mined:")}
    assert "جعفر القاسمي" in mined


def test_mine_without_ner_writes_an_empty_gazetteer_and_says_why(tmp_path: Path) -> None:
    out = tmp_path / "candidates.tsv"
    done = run_qawl("gazetteer", "mine", str(FIXTURES / "news_sample.jsonl"), "-o", str(out), "--no-ner")
    assert done.returncode == 1
    assert "--no-ner" in done.stderr.decode()
    assert out.read_text(encoding="utf-8").splitlines() == ["id\tlabel\tname\taliases\tkb_id\trelated"]
