"""Gazetteer entries: reading TSV/JSONL files, merging them by id, and checking them.

A gazetteer file lists entities, one per line:

* TSV: ``id<TAB>label<TAB>name<TAB>aliases<TAB>kb_id<TAB>related`` where ``aliases`` and
  ``related`` are ``|``-separated and the last three columns are optional. A first line
  starting with ``id<TAB>`` is a header; lines starting with ``#`` are comments.
* JSONL: one object per line with the same keys; ``aliases`` and ``related`` are lists.

``related`` names ids of other entries (a city's country, a politician's country); the
linker uses them to settle ambiguous names by the other entities of a document.
Later files override earlier entries with the same id (the whole entry is replaced).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qawl.document import LABELS

TSV_COLUMNS = ("id", "label", "name", "aliases", "kb_id", "related")


@dataclass(frozen=True, slots=True)
class Entry:
    """One entity of a gazetteer: canonical name, other spellings, optional KB id."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    kb_id: str | None = None
    related: tuple[str, ...] = ()
    source: str = ""  # "path:line", for messages
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name first, then the aliases, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    @property
    def ref(self) -> str:
        """What the record shows for this entity: the KB id, else the gazetteer id."""
        return self.kb_id or self.id


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a gazetteer file, with where it is."""

    path: str
    line: int
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass(slots=True)
class FileContents:
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _as_list(value: object) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return _split_list(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    return None


def _make_entry(fields: dict[str, object], path: str, line: int, out: FileContents) -> None:
    """Validate one record's fields and append the entry (or the problems) to ``out``."""
    before = len(out.problems)

    def problem(message: str, severity: str = "error") -> None:
        out.problems.append(Problem(path, line, message, severity))

    entry_id = str(fields.get("id") or "").strip()
    label = str(fields.get("label") or "").strip()
    name = str(fields.get("name") or "").strip()
    kb_id = str(fields.get("kb_id") or "").strip() or None
    aliases = _as_list(fields.get("aliases"))
    related = _as_list(fields.get("related"))
    if not entry_id:
        problem("empty id")
    if label not in LABELS:
        problem(f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
    if not name:
        problem("empty name")
    if aliases is None:
        problem("aliases must be a list of strings")
    if related is None:
        problem("related must be a list of strings")
    if len(out.problems) > before:
        return
    out.entries.append(
        Entry(entry_id, label, name, aliases or (), kb_id, related or (), f"{path}:{line}", line)
    )


def _read_tsv(lines: Iterable[str], path: str, out: FileContents) -> None:
    columns = TSV_COLUMNS
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if number == 1 and cells[0].strip() == "id":
            unknown = [c for c in cells if c.strip() not in TSV_COLUMNS]
            if unknown:
                out.problems.append(Problem(path, number, f"unknown columns in header: {unknown}"))
                return
            columns = tuple(c.strip() for c in cells)
            continue
        if len(cells) < 3:
            out.problems.append(
                Problem(path, number, f"expected at least 3 tab-separated columns, found {len(cells)}")
            )
            continue
        if len(cells) > len(columns):
            out.problems.append(Problem(path, number, f"too many columns ({len(cells)} > {len(columns)})"))
            continue
        _make_entry(dict(zip(columns, cells, strict=False)), path, number, out)


def _read_jsonl(lines: Iterable[str], path: str, out: FileContents) -> None:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            out.problems.append(Problem(path, number, f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(record, dict):
            out.problems.append(Problem(path, number, "expected a JSON object"))
            continue
        extra = sorted(set(record) - set(TSV_COLUMNS))
        if extra:
            out.problems.append(Problem(path, number, f"unknown keys {extra}", "warning"))
        _make_entry(record, path, number, out)


def read_file(path: Path) -> FileContents:
    """Entries and per-line problems of one TSV or JSONL file (by suffix; .jsonl/.json → JSONL)."""
    out = FileContents()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        out.problems.append(Problem(str(path), 0, f"cannot read file: {exc}"))
        return out
    lines = text.splitlines()
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        _read_jsonl(lines, str(path), out)
    else:
        _read_tsv(lines, str(path), out)
    seen: dict[str, Entry] = {}
    for entry in out.entries:
        if entry.id in seen:
            out.problems.append(
                Problem(
                    str(path), entry.line, f"duplicate id {entry.id!r} (first on line {seen[entry.id].line})"
                )
            )
        else:
            seen[entry.id] = entry
    return out


def merge(files: Sequence[FileContents]) -> dict[str, Entry]:
    """Entries by id; a later file's entry replaces an earlier one with the same id.

    Within one file the first entry with an id wins (the duplicate is reported by check).
    """
    merged: dict[str, Entry] = {}
    for contents in files:
        local: dict[str, Entry] = {}
        for entry in contents.entries:
            local.setdefault(entry.id, entry)
        merged.update(local)
    return merged


def load_entries(paths: Sequence[Path]) -> tuple[dict[str, Entry], list[Problem]]:
    """Read and merge ``paths`` in order; return the entries and every problem found."""
    files = [read_file(Path(p)) for p in paths]
    return merge(files), [p for f in files for p in f.problems]


def cross_check(entries: dict[str, Entry], key: Callable[[str], tuple[str, ...]]) -> list[Problem]:
    """Problems that need the merged view: aliases shared by entities, unknown related ids."""
    problems: list[Problem] = []
    owners: dict[tuple[str, ...], list[Entry]] = {}
    for entry in entries.values():
        for name in entry.names:
            k = key(name)
            if not k:
                problems.append(
                    Problem(entry.source.rsplit(":", 1)[0], entry.line, f"name {name!r} has no letters")
                )
                continue
            bucket = owners.setdefault(k, [])
            if entry not in bucket:
                bucket.append(entry)
        for other in entry.related:
            if other not in entries:
                problems.append(
                    Problem(
                        entry.source.rsplit(":", 1)[0],
                        entry.line,
                        f"related id {other!r} is not in the gazetteer",
                        "warning",
                    )
                )
    for k, bucket in owners.items():
        if len(bucket) > 1:
            first = bucket[0]
            for other in bucket[1:]:
                problems.append(
                    Problem(
                        other.source.rsplit(":", 1)[0],
                        other.line,
                        f"name {' '.join(k)!r} of {other.id!r} is also a name of {first.id!r}"
                        f" ({first.source})",
                        "warning",
                    )
                )
    return problems
