"""Shared test fixtures: paths to the bundled fixtures and to ../shared when it exists."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("QAWL_SHARED", ROOT.parent / "shared"))
SEED_ARTICLE = FIXTURES / "seed_article.txt"
TINY_NER = FIXTURES / "tiny_ner"


@pytest.fixture(autouse=True, scope="session")
def _sigint_interrupts() -> None:
    """A test run started in the background (``&`` in a script, nohup) ignores SIGINT, and the qawl
    processes it starts would inherit that: the tests of what SIGINT does need it to interrupt."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when this clone has no ../shared beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the project's shared data, absent from a fresh clone)")
    return path


def run_qawl(
    *args: str, stdin: bytes | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[bytes]:
    """Run the real CLI as a subprocess, the way users do."""
    return subprocess.run(
        [sys.executable, "-m", "qawl", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )


def assert_spans_index_text(record: dict, text: str) -> None:
    """Every mention and quote span of a record is a true slice of the document text."""
    for mention in record["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    for quote in record["quotes"]:
        for part in ("content", "cue", "speaker"):
            span = quote[part]
            if span is not None:
                assert 0 <= span["start"] <= span["end"] <= len(text)
                assert text[span["start"] : span["end"]] == span["text"]


@pytest.fixture
def tiny_model_dir(tmp_path: Path) -> Path:
    """A ``--model-dir`` holding the tiny test model (tags nonsense, loads in well under a second)."""
    model_dir = tmp_path / "tiny_model"
    model_dir.mkdir()
    (model_dir / "ner.pt").symlink_to(TINY_NER / "charbilstm" / "ner.pt")
    (model_dir / "pretrain.pt").symlink_to(TINY_NER / "pretrain.pt")
    return model_dir


@pytest.fixture(scope="module")
def tagger():
    """The bundled NER model, loaded once per test module (the NER tests share it)."""
    from qawl.extractors.ner import NerTagger

    return NerTagger.load(threads=1)


@pytest.fixture(scope="module")
def pipeline():
    """The pipeline without NER (gazetteer, then quotes), for tests that read whole records."""
    from qawl.pipeline import Pipeline, PipelineOptions

    return Pipeline(PipelineOptions(ner=False))


@pytest.fixture(scope="module")
def attributor():
    """The quote stage's attributor, for tests that build a view of their own sentences."""
    from qawl.extractors.quotes.attributor import QuoteAttributor

    return QuoteAttributor()
