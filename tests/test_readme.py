"""README's Python API runs as written: every ```python block is run from a clone's root (in a
scratch directory holding the clone's ``tests`` and ``qawl``), and where a ```text block follows
it, what the block prints must be that text. Blocks that build a pipeline with NER are slow.

The docstring examples of the library (``>>>``) run here too.
"""

from __future__ import annotations

import doctest
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)


def _python_blocks() -> list[tuple[str, str | None]]:
    """Each python block of the README with the text block right after it, if any."""
    blocks = [
        (match.group(1), match.group(2), match.start(), match.end()) for match in BLOCK.finditer(_readme())
    ]
    found = []
    for i, (kind, code, _, end) in enumerate(blocks):
        if kind != "python":
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        printed = None
        if following and following[0] == "text" and not _readme()[end : following[2]].strip():
            printed = following[1]
        found.append((code, printed))
    return found


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _loads_ner(code: str) -> bool:
    return "ner=False" not in code and ("PipelineOptions(" in code or "qawl.extract(" in code)


def _params() -> list:
    return [
        pytest.param(code, printed, id=f"block{n}", marks=[pytest.mark.slow] if _loads_ner(code) else [])
        for n, (code, printed) in enumerate(_python_blocks(), start=1)
    ]


def test_the_readme_has_the_api_examples() -> None:
    code = "\n".join(block for block, _ in _python_blocks())
    for name in (
        "qawl.extract(",
        "Pipeline(",
        "PipelineOptions(",
        ".pipe(",
        "extract_files(",
        "read_documents(",
    ):
        assert name in code, name
    for option in ("gazetteers=", "model_dir=", "ner=False", "Document("):
        assert option in code, option


@pytest.mark.parametrize(("code", "printed"), _params())
def test_readme_python_block_runs(code: str, printed: str | None, tmp_path: Path) -> None:
    for name in ("tests", "qawl"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    if printed is not None:
        assert result.stdout == printed


def _modules_with_examples() -> list[str]:
    names = []
    for path in sorted((ROOT / "qawl").rglob("*.py")):
        if ">>>" in path.read_text(encoding="utf-8"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


@pytest.mark.parametrize("module_name", _modules_with_examples())
def test_docstring_examples_run(module_name: str) -> None:
    module = importlib.import_module(module_name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0
