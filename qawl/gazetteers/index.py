"""The gazetteer index: exact keys, proclitic readings and skeleton keys for variants.

Built once from merged entries. ``scan`` finds gazetteer names in a text by dictionary
lookups on words (no fuzzy scoring, so it stays fast over large corpora); ``find`` resolves
one name (an NER mention, a CLI query) and may also return spelling variants, found through
:func:`qawl.arabic.skeleton` and verified with a rapidfuzz score on the normalised form.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from qawl.arabic import skeleton
from qawl.gazetteers.entries import Entry
from qawl.gazetteers.text import (
    GAP_RE,
    SPLIT_RE,
    WORD_RE,
    NormalizedText,
    clitic_forms,
    clitic_readings,
    fast_normalize,
    name_key,
)

# Variant matching is tuned for precision: both forms need this many letters, and the
# normalised forms this rapidfuzz ratio. Short names (عمر/عمرو، حسن/حسين) differ by one
# letter and are different names, so they never match as variants.
FUZZY_MIN_CHARS = 5
FUZZY_THRESHOLD = 85.0
SCORE_EXACT = 1.0
SCORE_CLITIC = 0.95
SCORE_FUZZY_FACTOR = 0.9


def match_form(text: str) -> str:
    """rapidfuzz processor: normalised words joined by one space.

    rapidfuzz's ``default_process`` treats Arabic diacritics as separators, so it is never used.
    """
    return " ".join(name_key(text))


def similarity(a: str, b: str) -> float:
    """0-100 similarity of two names on their normalised forms."""
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b, processor=match_form)


# Letters folded into their transliteration class (غ ق ك → ج, ڤ → ف, پ → ب …), taken
# from the skeleton key one letter at a time so both stay in step.
_FOLD = str.maketrans(
    {chr(c): skeleton(chr(c)) for c in range(0x0621, 0x06D4) if skeleton(chr(c)) not in ("", chr(c))}
)


def variant_score(a: str, b: str) -> float:
    """0-100 similarity of two normalised names as transliteration variants: the better of
    the plain ratio and the ratio with consonant classes folded (شويغو/شويجو score 100)."""
    from rapidfuzz import fuzz

    return max(fuzz.ratio(a, b), fuzz.ratio(a.translate(_FOLD), b.translate(_FOLD)))


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A gazetteer name found in a text: span in the original text, key, entries it names."""

    start: int
    end: int
    key: tuple[str, ...]
    entry_ids: tuple[str, ...]
    prefix: int  # letters of proclitic left out of the span (0 when none)
    token_start: int  # start of the first word including its proclitic


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry a name may refer to, with a score and the reason it matched."""

    entry: Entry
    score: float
    reason: str
    matched: str  # the gazetteer name that matched


class GazetteerIndex:
    """Lookup structures over a set of gazetteer entries."""

    def __init__(self, entries: Mapping[str, Entry], common_words: Iterable[str] = ()) -> None:
        self.entries: dict[str, Entry] = dict(entries)
        # Single-word names that are also ordinary words: scanning alone never reports them.
        self.common_words = frozenset(name_key(w)[0] for w in common_words if name_key(w))
        self._names: dict[tuple[str, ...], dict[str, str]] = {}  # key → {entry id: name}
        self._first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self._skeleton_index: dict[str, list[tuple[str, ...]]] | None = None
        names, first = self._names, self._first
        for entry in self.entries.values():
            for name in (entry.name, *entry.aliases):
                key = tuple(WORD_RE.findall(fast_normalize(name)))
                if not key:
                    continue
                owners = names.get(key)
                if owners is None:
                    names[key] = {entry.id: name}
                    options = first.get(key[0])
                    if options is None:
                        first[key[0]] = [(key[1:], key)]
                    else:
                        options.append((key[1:], key))
                elif entry.id not in owners:
                    owners[entry.id] = name
        for options in self._first.values():
            options.sort(key=lambda option: -len(option[0]))
        # For scanning: one-word names, and multi-word names by first then second word.
        self._single = frozenset(key[0] for key in names if len(key) == 1)
        self._multi: dict[str, dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]] = {}
        for word, options in first.items():
            for rest, key in options:
                if rest:
                    self._multi.setdefault(word, {}).setdefault(rest[0], []).append((rest, key))
        self.common_words = frozenset(self.common_words & self._single)
        # Every surface form a name's first word can take with proclitics (وباشينيان،
        # بالقاهرة، للأمم): one set lookup per word finds where names may start. One-word
        # names that are common words are left out of the default scan's set.
        starts = (self._single - self.common_words) | self._multi.keys()
        self._forms = frozenset(form for word in starts for form in clitic_forms(word))
        self._forms_all = self._forms | frozenset(
            form for word in self.common_words for form in clitic_forms(word)
        )
        # Words that only start multi-word names (علي، مجلس، كان …) are frequent; checking
        # the next word against every second word first saves most of the failed attempts.
        self._single_forms = frozenset(form for word in self._single for form in clitic_forms(word))
        self._seconds = frozenset(second for by_second in self._multi.values() for second in by_second)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def name_count(self) -> int:
        return len(self._names)

    @property
    def _skeletons(self) -> dict[str, list[tuple[str, ...]]]:
        """Skeleton key → name keys; built on the first variant lookup (scans never need it)."""
        if self._skeleton_index is None:
            index: dict[str, list[tuple[str, ...]]] = {}
            for key in self._names:
                index.setdefault(skeleton(" ".join(key)), []).append(key)
            self._skeleton_index = index
        return self._skeleton_index

    def keys(self) -> list[tuple[str, ...]]:
        """Every indexed name key."""
        return list(self._names)

    def entries_for(self, key: tuple[str, ...]) -> list[Entry]:
        return [self.entries[entry_id] for entry_id in self._names.get(key, ())]

    # ------------------------------------------------------------------ scanning

    def scan(self, text: str | NormalizedText, include_common: bool = False) -> list[NameMatch]:
        """Every gazetteer name in ``text``, longest first, left to right, not overlapping.

        Exact and proclitic-stripped matches only. Single-word names listed as common
        words are skipped unless ``include_common``.
        """
        normalized = text if isinstance(text, NormalizedText) else NormalizedText(text)
        # One regex pass gives gaps and words interleaved: parts[2i] precedes word parts[2i+1].
        # Set intersection and slicing run in C; Python only loops over the few words that
        # can start a name, and offsets are summed only up to those words.
        parts = SPLIT_RE.split(normalized.norm)
        words = parts[1::2]
        hit_words = (self._forms_all if include_common else self._forms).intersection(words)
        if not hit_words:
            return []
        gaps = parts[0::2]
        matches: list[NameMatch] = []
        resume = 0
        done, offset = 0, 0  # offset = total length of parts[:done]
        single_forms, seconds, count = self._single_forms, self._seconds, len(words)
        for i in [i for i, word in enumerate(words) if word in hit_words]:
            if i < resume:
                continue
            if words[i] not in single_forms and (i + 1 == count or words[i + 1] not in seconds):
                continue
            found = self._match_at(words, gaps, i, include_common)
            if found is None:
                continue
            prefix, key, last = found
            offset += sum(map(len, parts[done : 2 * i + 1]))
            done = 2 * i + 1
            token_start = offset
            end = token_start + sum(map(len, parts[2 * i + 1 : 2 * last + 2]))
            start, end = normalized.original_span(token_start + prefix, end)
            # The word's own start when a proclitic was left out of the span.
            token_start = normalized.original_span(token_start, token_start + 1)[0] if prefix else start
            matches.append(NameMatch(start, end, key, tuple(self._names[key]), prefix, token_start))
            resume = last + 1
        return matches

    def _match_at(
        self, words: list[str], gaps: list[str], i: int, include_common: bool
    ) -> tuple[int, tuple[str, ...], int] | None:
        """The longest name starting at word ``i``: (prefix length, key, index of last word)."""
        word = words[i]
        single, multi = self._single, self._multi
        readings = ((0, word),) if word in single or word in multi else clitic_readings(word)
        following = words[i + 1] if i + 1 < len(words) else None
        best: tuple[int, tuple[str, ...], int] | None = None
        for prefix, stem in readings:
            by_second = multi.get(stem)
            if by_second is not None and following in by_second:
                for rest, key in by_second[following]:
                    last = i + len(rest)
                    if best is not None and last <= best[2]:
                        break
                    if last >= len(words) or tuple(words[i + 1 : last + 1]) != rest:
                        continue
                    # Words of one name are separated by spaces or a hyphen, not commas or lines.
                    if not all(GAP_RE.fullmatch(gaps[j]) for j in range(i + 1, last + 1)):
                        continue
                    best = (prefix, key, last)
                    break
            if best is None and stem in single and (include_common or stem not in self.common_words):
                best = (prefix, (stem,), i)
        return best

    # ------------------------------------------------------------------ single names

    def find(self, name: str, fuzzy: bool = True) -> list[Candidate]:
        """Entries ``name`` may refer to, best first: exact, without proclitic, then variants."""
        key = name_key(name)
        if not key:
            return []
        found: dict[str, Candidate] = {}

        def add(entry: Entry, score: float, reason: str, matched: str) -> None:
            current = found.get(entry.id)
            if current is None or score > current.score:
                found[entry.id] = Candidate(entry, score, reason, matched)

        for prefix, stem in clitic_readings(key[0]):
            variant = (stem, *key[1:])
            for entry_id, matched in self._names.get(variant, {}).items():
                entry = self.entries[entry_id]
                if prefix == 0 and stem == key[0]:
                    kind = "canonical name" if matched == entry.name else "alias"
                    add(entry, SCORE_EXACT, f"exact match of the {kind} (normalised)", matched)
                else:
                    clitic = key[0][: len(key[0]) - len(stem)] if prefix else key[0][:2]
                    add(entry, SCORE_CLITIC, f"matches without the proclitic {clitic}-", matched)
        if fuzzy and not found:
            for candidate in self.variants(key):
                add(candidate.entry, candidate.score, candidate.reason, candidate.matched)
        return sorted(found.values(), key=lambda c: (-c.score, c.entry.id))

    def variants(self, key: tuple[str, ...]) -> list[Candidate]:
        """Spelling variants of ``key``: same skeleton, verified by similarity on the normal form."""
        out: list[Candidate] = []
        seen: set[tuple[str, ...]] = set()
        for _, stem in clitic_readings(key[0]):
            query = " ".join((stem, *key[1:]))
            if len(query.replace(" ", "")) < FUZZY_MIN_CHARS:
                continue
            skel = skeleton(query)
            for other in self._skeletons.get(skel, ()):
                if other in seen:
                    continue
                seen.add(other)
                target = " ".join(other)
                if len(target.replace(" ", "")) < FUZZY_MIN_CHARS:
                    continue
                # Both sides are already normalised keys: no processor needed here.
                score = variant_score(query, target)
                if score < FUZZY_THRESHOLD:
                    continue
                for entry_id, matched in self._names[other].items():
                    out.append(
                        Candidate(
                            self.entries[entry_id],
                            round(SCORE_FUZZY_FACTOR * score / 100, 3),
                            f"spelling variant of {matched!r} (skeleton {skel}, similarity {score:.0f})",
                            matched,
                        )
                    )
        return out
