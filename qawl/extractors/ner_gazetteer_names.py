"""Person names of the bundled gazetteer after the NER tagger: a PER cut short grows to the full name.

The tagger sometimes tags only part of a person's name (``علييف`` of ``إلهام علييف``, after
``والرئيس الأذربيجاني``). When the product's own knowledge base knows the full name or an alias
of a person (PER entries of ``qawl/gazetteers/data/default.tsv``, which includes ``curated.tsv``)
and the text around the mention writes that name out in full, with the missing words untagged,
the mention grows to the name as written. The name's first word may carry a proclitic
(``وإلهام علييف``), read as ner_known reads it.

Names that start with a title (``الملك سلمان``) are left out: ANERcorp tags titles O, so growing
over them would move the output away from the training convention. The rule never adds a mention,
never relabels one and never crosses another, so it sits on top of any model.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from qawl.arabic import normalize
from qawl.extractors.ner_known import first_word_readings, word_key

Span = tuple[int, int, str]  # first token, last token (exclusive), label
Key = tuple[str, ...]

# Title words that open some gazetteer aliases (الملك عبد الله الثاني); normalised spelling.
# ANERcorp tags them O (الملك: O at all 71 of its uses in train_base).
TITLES = frozenset({"الملك", "الامير", "الرئيس", "الشيخ", "السيد", "الامام"})


class PersonNames:
    """Full person names, indexed by each of their strict parts (contiguous runs of words)."""

    def __init__(self, names: Sequence[Key]) -> None:
        self.names = frozenset(name for name in names if len(name) > 1 and not TITLES & set(name))
        # part -> [(position of the part in the name, the name)]
        self.by_part: dict[Key, list[tuple[int, Key]]] = {}
        for name in sorted(self.names):
            for size in range(1, len(name)):
                for at in range(len(name) - size + 1):
                    self.by_part.setdefault(name[at : at + size], []).append((at, name))

    def __len__(self) -> int:
        return len(self.names)


def person_names_from(texts: Sequence[str]) -> PersonNames:
    """Person names (one string each, words separated by spaces), normalised."""
    return PersonNames([tuple(normalize(word) for word in text.split()) for text in texts])


@lru_cache(maxsize=1)
def gazetteer_person_names() -> PersonNames:
    """Names and aliases of the bundled gazetteer's PER entries (read once; this cache is its owner)."""
    from qawl.gazetteers import default_paths
    from qawl.gazetteers.entries import load_entries

    entries, _ = load_entries(default_paths())
    return person_names_from(
        [name for entry in entries.values() if entry.label == "PER" for name in entry.names]
    )


def grow_to_gazetteer_names(
    words: Sequence[str], spans: Sequence[Span], names: PersonNames | None = None
) -> list[Span]:
    """``spans`` with each PER that is a strict part of a full name written around it grown to it."""
    names = gazetteer_person_names() if names is None else names
    if not names.names or not any(label == "PER" for _, _, label in spans):
        return list(spans)
    norm = [word_key(word) for word in words]
    taken = {i for first, last, _ in spans for i in range(first, last)}
    grown = []
    for first, last, label in spans:
        if label == "PER":
            found = _full_name_around(words, norm, first, last, names, taken)
            if found is not None:
                taken.update(range(found[0], found[1]))
                first, last = found
        grown.append((first, last, label))
    return sorted(grown)


def _full_name_around(
    words: Sequence[str], norm: list[str], first: int, last: int, names: PersonNames, taken: set[int]
) -> tuple[int, int] | None:
    """The tokens of the longest full name that contains the mention ``first:last`` as a strict
    part, with every other token of the name untagged; None when there is none."""
    rest = tuple(norm[first + 1 : last])
    best: tuple[int, int] | None = None
    # The mention's first word as written, or without a proclitic when it also starts the name.
    for reading, (stem, _) in enumerate(first_word_readings(words[first])):
        for at, name in names.by_part.get((stem, *rest), ()):
            start, end = first - at, first - at + len(name)
            if (reading > 0 and at > 0) or start < 0 or end > len(words):
                continue  # a proclitic inside a name (إلهام وعلييف) is a conjunction: two names
            if best is not None and end - start <= best[1] - best[0]:
                continue
            if any(i in taken for i in range(start, end) if not first <= i < last):
                continue
            if tuple(norm[start + 1 : end]) != name[1:]:
                continue
            if not any(stem == name[0] for stem, _ in first_word_readings(words[start])):
                continue
            best = (start, end)
    return best
