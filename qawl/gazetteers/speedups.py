"""The compiled helpers of the gazetteer scan (``qawl/gazetteers/_wordscan.c``), where the
install built them, else None.

They give the same results as the pure-Python code they replace, only faster; setting
``QAWL_PURE_PYTHON=1`` leaves them out (to compare, or to rule them out when debugging).
Callers read the attributes here at call time, so a test can switch them off.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

WordFinder: Any = None
prepare: Any = None
encode: Any = None
skeleton_words: Any = None


def _load() -> None:
    global WordFinder, encode, prepare, skeleton_words
    if os.environ.get("QAWL_PURE_PYTHON"):
        return
    try:
        compiled = importlib.import_module("qawl.gazetteers._wordscan")
    except ImportError:  # pragma: no cover - depends on the build (no C compiler)
        return
    WordFinder, encode, prepare = compiled.WordFinder, compiled.encode, compiled.prepare
    skeleton_words = compiled.skeleton_words


_load()
