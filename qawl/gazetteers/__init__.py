"""Gazetteers: entity lists (TSV/JSONL) merged by id, checked, and indexed for matching.

The bundled default gazetteer lives in ``data/`` (built by ``training/build_gazetteer.py``;
sources and licences in ``data/SOURCES.md``). ``common_words.txt`` there lists names that
are also ordinary Arabic words: they are linked when NER tags them, never found by the
gazetteer scan alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.gazetteers.entries import Entry, Problem, cross_check, load_entries, read_file
from qawl.gazetteers.index import Candidate, GazetteerIndex, NameMatch, similarity
from qawl.gazetteers.text import name_key

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_FILES = ("default.tsv",)
COMMON_WORDS_FILE = DATA_DIR / "common_words.txt"

__all__ = [
    "DATA_DIR",
    "Candidate",
    "Entry",
    "GazetteerError",
    "GazetteerIndex",
    "NameMatch",
    "Problem",
    "check_files",
    "default_paths",
    "load_index",
    "name_key",
    "read_file",
    "similarity",
]


class GazetteerError(ValueError):
    """A gazetteer file has errors (the message lists them with line numbers)."""


def default_paths() -> list[Path]:
    """The bundled gazetteer files, in load order."""
    return [DATA_DIR / name for name in DEFAULT_FILES]


def read_common_words(path: Path = COMMON_WORDS_FILE) -> list[str]:
    """Words of ``common_words.txt`` (first column; ``#`` starts a comment)."""
    if not path.is_file():
        return []
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].split("\t", 1)[0].strip()
        if word:
            words.append(word)
    return words


def check_files(paths: Sequence[Path]) -> list[Problem]:
    """Every problem in ``paths`` read and merged in order, with file and line."""
    entries, problems = load_entries(paths)
    return problems + cross_check(entries, name_key)


def load_index(paths: Sequence[Path] = (), include_default: bool = True) -> GazetteerIndex:
    """The index of the default gazetteer (if ``include_default``) then ``paths``, merged by id.

    Raises :class:`GazetteerError` when a file has errors; warnings (shared aliases) pass.
    Indexes are cached by file paths and modification times.
    """
    files = [*(default_paths() if include_default else []), *map(Path, paths)]
    stamp = tuple((str(p.resolve()), p.stat().st_mtime_ns if p.exists() else 0) for p in files)
    return _cached_index(stamp)


@lru_cache(maxsize=8)
def _cached_index(stamp: tuple[tuple[str, int], ...]) -> GazetteerIndex:
    paths = [Path(path) for path, _ in stamp]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise GazetteerError(f"gazetteer file not found: {', '.join(missing)}")
    entries, problems = load_entries(paths)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        shown = "\n".join(str(p) for p in errors[:20])
        more = f"\n… and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise GazetteerError(f"gazetteer errors:\n{shown}{more}")
    return GazetteerIndex(entries, read_common_words())
