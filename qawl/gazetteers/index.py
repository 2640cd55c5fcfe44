"""The gazetteer index: exact keys, proclitic readings and skeleton keys for variants.

Built once from merged entries. ``scan`` finds gazetteer names in a text by dictionary
lookups on words (no fuzzy scoring, so it stays fast over large corpora); ``find`` resolves
one name (an NER mention, a CLI query) and may also return spelling variants, found through
:func:`qawl.arabic.skeleton` and verified with a rapidfuzz score on the normalised form.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from qawl.arabic import skeleton
from qawl.gazetteers.entries import Entry
from qawl.gazetteers.text import (
    GAP_RE,
    WORD_RE,
    NormalizedText,
    clitic_readings,
    expand_clitic_forms,
    name_key,
    normalize_many,
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


# Names (foreign ones above all) do not take nunation; a word that ends with it is not one.
_TANWEEN = frozenset("\u064b\u064c\u064d")


def variant_score(a: str, b: str) -> float:
    """0-100 similarity of two normalised names as transliteration variants: the better of
    the plain ratio and the ratio with consonant classes folded (شويغو/شويجو score 100)."""
    from rapidfuzz import fuzz

    return max(fuzz.ratio(a, b), fuzz.ratio(a.translate(_FOLD), b.translate(_FOLD)))


def spelling_variant(a: str, b: str) -> float | None:
    """The variant score of two different normalised words or names that look like two
    transliterations of one name, else None.

    Both need :data:`FUZZY_MIN_CHARS` letters, the same skeleton and a score over the
    threshold. One that is the other plus letters at an end is a derived word, not a
    variant: الملكي is not الملك, بوتينا (Butina) is not بوتين.
    """
    if a == b or min(len(a), len(b)) < FUZZY_MIN_CHARS or skeleton(a) != skeleton(b):
        return None
    for x, y in ((a, b), (a.translate(_FOLD), b.translate(_FOLD))):
        if x != y and (x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x)):
            return None
    score = variant_score(a, b)
    return score if score >= FUZZY_THRESHOLD else None


def _adjective_position(words: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` has the shape of a feminine adjective (ال…ه) right after a definite word:
    الأسهم السعودية (Saudi stocks), القوة القاهرة (force majeure) are not السعودية and
    القاهرة the places, while في السعودية and مدينة القاهرة are."""
    word = words[i]
    return (
        i > 0
        and word.startswith("ال")
        and word.endswith("ه")
        and words[i - 1].startswith("ال")
        and len(words[i - 1]) > 3  # not الي (إلى) or الا (إلا)
        and gaps[i].strip(" \t\u00a0") == ""
    )


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
class VariantMatch:
    """A word found as a spelling variant of a word of an entry's name."""

    start: int
    end: int
    entry_id: str
    target: str  # the word of the gazetteer name it is a variant of
    similarity: float


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
        # Building allocates a few tuples and strings per name and makes no reference
        # cycles; pausing the cyclic collector saves its repeated passes over them (about a
        # third of the time for 100k names).
        paused = gc.isenabled()
        gc.disable()
        try:
            self._build(entries, common_words)
        finally:
            if paused:
                gc.enable()

    def _build(self, entries: Mapping[str, Entry], common_words: Iterable[str]) -> None:
        self.entries: dict[str, Entry] = dict(entries)
        # Single-word names that are also ordinary words: scanning alone never reports them.
        self.common_words = frozenset(name_key(w)[0] for w in common_words if name_key(w))
        self._names: dict[tuple[str, ...], dict[str, str]] = {}  # key → {entry id: name}
        self._first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self._skeleton_index: dict[str, list[tuple[str, ...]]] | None = None
        names, first = self._names, self._first
        pairs = [(entry.id, name) for entry in self.entries.values() for name in (entry.name, *entry.aliases)]
        for (entry_id, name), normal in zip(pairs, normalize_many([name for _, name in pairs]), strict=True):
            key = tuple(WORD_RE.findall(normal))
            if key:
                owners = names.get(key)
                if owners is None:
                    names[key] = {entry_id: name}
                    options = first.get(key[0])
                    if options is None:
                        first[key[0]] = [(key[1:], key)]
                    else:
                        options.append((key[1:], key))
                elif entry_id not in owners:
                    owners[entry_id] = name
        for options in self._first.values():
            options.sort(key=lambda option: -len(option[0]))
        # For scanning: one-word names, and multi-word names by first then second word.
        self._single = frozenset(key[0] for key in names if len(key) == 1)
        self._multi: dict[str, dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]] = {}
        for word, options in first.items():
            for rest, key in options:
                if rest:
                    self._multi.setdefault(word, {}).setdefault(rest[0], []).append((rest, key))
        # The list also holds proclitic forms that are words of their own (وزاريا is not
        # و + زاريا): they never start a name.
        self.blocked_forms = frozenset(self.common_words - self._single)
        self.common_words = frozenset(self.common_words & self._single)
        # Every surface form a name's first word can take with proclitics (وباشينيان،
        # بالقاهرة، للأمم): one set lookup per word finds where names may start. One-word
        # names that are common words are left out of the default scan's set.
        single_forms = expand_clitic_forms(self._single - self.common_words)
        multi_forms = expand_clitic_forms(self._multi.keys())
        common_forms = expand_clitic_forms(self.common_words)
        self._forms = frozenset((single_forms | multi_forms) - self.blocked_forms)
        self._forms_all = frozenset((self._forms | common_forms) - self.blocked_forms)
        # Words that only start multi-word names (علي، مجلس، كان …) are frequent; checking
        # the next word against every second word first saves most of the failed attempts.
        self._single_forms = frozenset(single_forms | common_forms)
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

    def readings(self, word: str) -> tuple[tuple[int, str], ...]:
        """:func:`clitic_readings` of a normalised word, none but the bare word for blocked forms."""
        return ((0, word),) if word in self.blocked_forms else clitic_readings(word)

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
        parts = normalized.parts
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
            if normalized.text[end - 1] in _TANWEEN:
                continue  # روسياً، تاماً: nunation marks an adjective or a noun, not a name
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
            if (
                best is None
                and stem in single
                and (include_common or stem not in self.common_words)
                and not (prefix == 0 and _adjective_position(words, gaps, i))
            ):
                best = (prefix, (stem,), i)
        return best

    def scan_variants(self, text: str | NormalizedText, entry_ids: Iterable[str]) -> list[VariantMatch]:
        """Words of ``text`` that are spelling variants of a word of these entries' names.

        For a document that already names the entries exactly (ميركل … ميركيل): each target
        word has five letters or more and no article ال; a variant has the same
        skeleton and a variant score over the threshold, and is not itself a gazetteer name.
        A word that is a variant of two entries' words is left out.
        """
        targets: dict[str, set[tuple[str, str]]] = {}
        lengths: dict[str, set[int]] = {}
        for entry_id in entry_ids:
            for name in self.entries[entry_id].names:
                for word in name_key(name):
                    # Words with ال are Arabic words and titles (الملك، السيسي): their
                    # look-alikes are ordinary words (الملكي، السياسي), not spellings.
                    if len(word) >= FUZZY_MIN_CHARS and not word.startswith("ال"):
                        targets.setdefault(skeleton(word), set()).add((word, entry_id))
                        lengths.setdefault(word[0], set()).update(range(len(word) - 2, len(word) + 3))
        if not targets:
            return []
        normalized = text if isinstance(text, NormalizedText) else NormalizedText(text)
        parts = normalized.parts
        words = parts[1::2]
        found: dict[str, tuple[int, str, str, float]] = {}
        for word in set(words).difference(self._forms_all):
            # Cheap filter first: some reading (bare, or one or two proclitic letters off)
            # starts with a target's first letter and is about as long.
            size = len(word)
            if size < FUZZY_MIN_CHARS:
                continue
            if size not in lengths.get(word[0], ()) and not (
                word[0] in "وبل"
                and (size - 1 in lengths.get(word[1], ()) or size - 2 in lengths.get(word[2], ()))
            ):
                continue
            for prefix, stem in self.readings(word):
                # Cheap filter before the skeleton: same first letter, length within two.
                if len(stem) < FUZZY_MIN_CHARS or len(stem) not in lengths.get(stem[0], ()):
                    continue
                matching = {
                    (target, entry_id, score)
                    for target, entry_id in targets.get(skeleton(stem), ())
                    if (score := spelling_variant(stem, target)) is not None
                }
                if len({entry_id for _, entry_id, _ in matching}) == 1:
                    target, entry_id, score = next(iter(matching))
                    found[word] = (prefix, entry_id, target, score)
                    break
        if not found:
            return []
        out: list[VariantMatch] = []
        offset = 0
        for i, part in enumerate(parts):
            if i % 2 and part in found:
                prefix, entry_id, target, score = found[part]
                start, end = normalized.original_span(offset + prefix, offset + len(part))
                out.append(VariantMatch(start, end, entry_id, target, round(score, 1)))
            offset += len(part)
        return out

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

        for prefix, stem in self.readings(key[0]):
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
        for _, stem in self.readings(key[0]):
            query = " ".join((stem, *key[1:]))
            if len(query.replace(" ", "")) < FUZZY_MIN_CHARS:
                continue
            skel = skeleton(query)
            for other in self._skeletons.get(skel, ()):
                if other in seen:
                    continue
                seen.add(other)
                target = " ".join(other)
                # Both sides are already normalised keys: no processor needed here.
                score = spelling_variant(query, target)
                if score is None:
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
