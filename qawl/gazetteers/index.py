"""The gazetteer index: exact keys, proclitic readings and skeleton keys for variants.

Built once from merged entries. ``scan`` finds gazetteer names in a text by lookups on words
(no fuzzy scoring, so it stays fast over large corpora): one set intersection per document
finds the surface forms (with proclitics) that may start a name, and Python reads the places
where they occur; what it learns about each form where it first reads it (a :class:`_Plan`)
is kept for the next documents. ``find`` resolves one name (an NER mention, a CLI query) and
may also return spelling variants, found through :func:`qawl.arabic.skeleton` and verified
with a rapidfuzz score on the normalised form.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from qawl.arabic import proclitic_splits, skeleton
from qawl.gazetteers.entries import Entry
from qawl.gazetteers.text import (
    WORD_RE,
    clitic_readings,
    expand_clitic_forms,
    key_texts,
    name_key,
    spacing_variants,
)
from qawl.gazetteers.variant_words import variant_words
from qawl.gazetteers.view import NormalizedText

# Variant matching is tuned for precision: both forms need this many letters, and the
# normalised forms this rapidfuzz ratio. Short names (عمر/عمرو، حسن/حسين) differ by one
# letter and are different names, so they never match as variants.
FUZZY_MIN_CHARS = 5
FUZZY_THRESHOLD = 85.0
SCORE_EXACT = 1.0
SCORE_CLITIC = 0.95
SCORE_FUZZY_FACTOR = 0.9
SCORE_SURNAME = 0.8
SCORE_BARE_SURNAME = 0.7


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


# What may stand before the article in :meth:`GazetteerIndex.article_candidates`.
_ARTICLE_PREFIXES = frozenset({"", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل"})

# :func:`_phrase_at` cannot tell: the words must be read one by one.
_UNSURE = (-1, (), (), -1)


def _phrase_at(
    view: NormalizedText, end: int, options: tuple[_Phrase, ...]
) -> tuple[int, tuple[str, ...], tuple[str, ...], int] | None:
    """The first of these phrases that follows the word ending at ``end``: (prefix length,
    key, entry ids, end of its last word); None when none does; :data:`_UNSURE` when a gap
    where a phrase would be read is not a single space (a hyphen, two spaces …), which only a
    word-by-word reading settles. Where every gap is one space, a phrase follows exactly when
    its text does (and where a gap of the text differs from the phrase's single space, that
    gap starts within the phrase's length, so checking that stretch is enough)."""
    normal, single_spaced = view.normal, view.single_spaced
    for phrase, prefix, key, entry_ids in options:
        last = end + len(phrase)
        if not single_spaced(end, last + 1):
            return _UNSURE
        if normal.startswith(phrase, end) and view.word_ends_at(last):
            return prefix, key, entry_ids, last
    return None


def _adjective_position(view: NormalizedText, start: int) -> bool:
    """The word at ``start`` (of the shape ال…ه) follows a definite word: الأسهم السعودية
    (Saudi stocks), القوة القاهرة (force majeure) are not السعودية and القاهرة the places,
    while في السعودية and مدينة القاهرة are."""
    before = view.word_before(start)
    return before is not None and before.startswith("ال") and len(before) > 3  # not الي، الا


# A multi-word name that may follow a word, as :meth:`GazetteerIndex._read` tries it: the
# rest of the name as it reads after one space per gap (" الأمن الدولي"), the proclitic
# length of the first word, the key, the entries.
_Phrase = tuple[str, int, tuple[str, ...], tuple[str, ...]]


@dataclass(slots=True)
class _Plan:
    """What a scan does with one surface word wherever it occurs."""

    solo: tuple[int, tuple[str, ...], tuple[str, ...]] | None  # (prefix, key, entry ids)
    seconds: frozenset[str] | None = None  # words that may follow as a second word
    # By second word: the phrases, the names :meth:`GazetteerIndex._match_at` prefers first
    # (more words, then the earlier reading).
    phrases: dict[str, tuple[_Phrase, ...]] | None = None
    adjective: bool = False  # ``solo`` is ruled out after a definite word (ال…ه) …
    after_adjective: tuple[int, tuple[str, ...], tuple[str, ...]] | None = None  # … this one is not


@dataclass(frozen=True, slots=True)
class _ScanSets:
    """The sets a scan intersects with a document's words."""

    forms: frozenset[str]  # surface forms that may start a name (common words left out)
    common: frozenset[str]  # the forms of common words that ``forms`` leaves out
    seconds: frozenset[str]  # second words of multi-word names
    words: frozenset[str]  # all of them: one pass over a document's words finds every kind

    @classmethod
    def of(cls, forms: frozenset[str], common: frozenset[str], seconds: frozenset[str]) -> _ScanSets:
        return cls(forms, common, seconds, forms | common | seconds)


class NameMatch(NamedTuple):
    """A gazetteer name found in a text: span in the original text, key, entries it names.

    (A named tuple: a scan makes one per name found, and a frozen dataclass costs several
    times as much to build.)
    """

    start: int
    end: int
    key: tuple[str, ...]
    entry_ids: tuple[str, ...]
    prefix: int  # letters of proclitic left out of the span (0 when none)
    token_start: int  # start of the first word including its proclitic


# NameMatch(...) without the Python-level __new__ a named tuple adds (a scan makes many).
_new_match = tuple.__new__


class VariantMatch(NamedTuple):
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
    # Linked only where the document links an entity related to the entry (a bare surname).
    needs_support: bool = False


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
        self._surname_index: dict[tuple[str, ...], dict[str, str]] | None = None
        self._last_word_index: dict[str, dict[str, str]] | None = None
        names, first = self._names, self._first
        pairs = [(entry.id, name) for entry in self.entries.values() for name in (entry.name, *entry.aliases)]
        listed = [
            (entry_id, name, tuple(WORD_RE.findall(normal)))
            for (entry_id, name), normal in zip(pairs, key_texts([name for _, name in pairs]), strict=True)
        ]
        listed_keys = {key for _, _, key in listed}
        # A compound written with the other spacing (عبدالفتاح السيسي for عبد الفتاح السيسي) is
        # the same name: indexed as one of the entry's, after the listed names and never over one.
        self._spaced: set[tuple[str, ...]] = set()
        derived = []
        for entry_id, name, key in listed:
            for variant in spacing_variants(key) if len(key) > 1 or len(key[0]) > 5 else ():
                if variant not in listed_keys:
                    derived.append((entry_id, name, variant))
                    self._spaced.add(variant)
        for entry_id, name, key in listed + derived:
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
            if len(options) > 1:
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
        # Words that only start multi-word names (علي، مجلس، كان …) are frequent: a scan reads
        # them only where the document holds one of their second words.
        self._seconds = frozenset(second for by_second in self._multi.values() for second in by_second)
        self._plans: dict[bool, dict[str, _Plan]] = {False: {}, True: {}}
        self._targets: dict[str, list[tuple[str, str]]] = {}
        self._variant_searches: dict[tuple[str, ...], tuple[dict, dict]] = {}
        self._scan_sets = self._build_sets()

    def _build_sets(self) -> _ScanSets:
        """Every surface form a name's first word can take with proclitics (وباشينيان،
        بالقاهرة، للأمم), so that one set lookup per word finds where names may start; one-word
        names that are common words apart."""
        blocked = self.blocked_forms
        forms = expand_clitic_forms(self._single - self.common_words)
        forms |= expand_clitic_forms(self._multi.keys())
        forms -= blocked
        common = expand_clitic_forms(self.common_words)
        common -= blocked
        common -= forms
        return _ScanSets.of(frozenset(forms), frozenset(common), self._seconds)

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

    @property
    def _surnames(self) -> dict[tuple[str, ...], dict[str, str]]:
        """The last two words or more of people's longer names (جواد ظريف for محمد جواد ظريف,
        بن سلمان for محمد بن سلمان) → {entry id: the full name}; built on the first lookup."""
        if self._surname_index is None:
            index: dict[tuple[str, ...], dict[str, str]] = {}
            for key, owners in self._names.items():
                people = {e: name for e, name in owners.items() if self.entries[e].label == "PER"}
                for cut in range(1, len(key) - 1) if people else ():
                    index.setdefault(key[cut:], {}).update(people)
            self._surname_index = index
        return self._surname_index

    def surname_candidates(self, name: str) -> list[Candidate]:
        """The one person whose name ends with ``name``, two words or more (جواد ظريف for
        محمد جواد ظريف), when exactly one listed person's does and no name is ``name`` itself.

        For mentions NER tags as people: news often drops a first name. A single last word
        is not enough: Arabic surnames are given names too (عباس، سلمان), so a bare surname
        links only where the gazetteer lists it as an alias, or through another mention of
        the same person in the document.
        """
        key = name_key(name)
        if len(key) < 2 or key in self._names:
            return []
        for prefix, stem in self.readings(key[0]):
            owners = self._surnames.get((stem, *key[1:]))
            if owners and len(owners) == 1:
                ((entry_id, full),) = owners.items()
                reason = f"the last words of the name {full!r}"
                if prefix:
                    reason += " (without the proclitic)"
                return [Candidate(self.entries[entry_id], SCORE_SURNAME, reason, full)]
        return []

    @property
    def _last_words(self) -> dict[str, dict[str, str]]:
        """The last word of people's names of two words or more (ماي for تيريزا ماي) →
        {entry id: the full name}; built on the first lookup."""
        if self._last_word_index is None:
            index: dict[str, dict[str, str]] = {}
            for key, owners in self._names.items():
                if len(key) > 1:
                    for entry_id, name in owners.items():
                        if self.entries[entry_id].label == "PER":
                            index.setdefault(key[-1], {})[entry_id] = name
            self._last_word_index = index
        return self._last_word_index

    def bare_surname_candidates(self, name: str) -> list[Candidate]:
        """The people whose name ends with the one word ``name`` (ماي for تيريزا ماي), where
        no name is that word itself, each to be linked only where the document links an
        entity related to it (:attr:`Candidate.needs_support`).

        News names a person by the surname alone once the story has placed them (ماي in a
        story about Britain); the same word alone names others elsewhere (عباس is a given
        name too), so the story's other entities must point to the one person.
        """
        key = name_key(name)
        if len(key) != 1 or any(stem in self.common_words for _, stem in self.readings(key[0])):
            return []
        for prefix, stem in self.readings(key[0]):
            if (stem,) in self._names:
                return []
            owners = self._last_words.get(stem)
            if owners:
                reason = "the last word of the name {!r}, with a related entity in the document"
                if prefix:
                    reason += " (without the proclitic)"
                return [
                    Candidate(self.entries[entry_id], SCORE_BARE_SURNAME, reason.format(full), full, True)
                    for entry_id, full in sorted(owners.items())
                ]
        return []

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
        view = text if isinstance(text, NormalizedText) else NormalizedText(text)
        plans = self._plans[include_common]
        # Set intersections (C) find the forms the document holds; Python only looks at the
        # places where those forms occur.
        sets = self._scan_sets
        present = sets.words.intersection(view.pieces)  # (no name has an empty word)
        hits = present & sets.forms
        if include_common:
            hits |= present & sets.common
        if not hits:
            return []
        chosen: list[str] = []
        seconds_here: frozenset[str] | None = None
        for form in hits:
            plan = plans.get(form) or self._plan(form, include_common)
            if plan.solo is None:
                if plan.seconds is None:
                    continue
                # It only starts multi-word names (علي، كان، مجلس …): worth reading only when
                # the document holds one of their second words.
                if seconds_here is None:
                    seconds_here = present & sets.seconds
                if plan.seconds.isdisjoint(seconds_here):
                    continue
            chosen.append(form)
        return self._read(view, view.occurrences(chosen), plans, include_common)

    def _read(
        self,
        view: NormalizedText,
        places: list[tuple[int, str]],
        plans: dict[str, _Plan],
        include_common: bool,
    ) -> list[NameMatch]:
        """The names at these places (offset of a surface form, the form), in order: left to
        right, longest first, not overlapping."""
        exact, text, name_span = view.exact, view.text, view.name_span
        matches: list[NameMatch] = []
        add = matches.append
        resume = 0
        for start, form in places:
            if start < resume:
                continue
            plan = plans.get(form) or self._plan(form, include_common)
            end = start + len(form)
            # A multi-word name only where the next word is one of its second words.
            phrase = None
            if plan.phrases is not None:
                options = plan.phrases.get(view.next_word(end))
                if options is not None:
                    phrase = _phrase_at(view, end, options)
            if phrase is _UNSURE:
                # A gap other than one space (a hyphen, two spaces …): read word by word.
                slow = self._match_at(view, form, start, end, include_common)
                if slow is None:
                    continue
                prefix, key, last_end = slow
                entry_ids = tuple(self._names[key])
            elif phrase is not None:
                prefix, key, entry_ids, last_end = phrase
            elif plan.solo is None:
                continue
            else:
                prefix, key, entry_ids = plan.solo
                if plan.adjective and _adjective_position(view, start):
                    if plan.after_adjective is None:
                        continue
                    prefix, key, entry_ids = plan.after_adjective
                last_end = end
            if exact:
                # Offsets are the original's, and nothing was deleted: no nunation either.
                add(_new_match(NameMatch, (start + prefix, last_end, key, entry_ids, prefix, start)))
            else:
                # With the word's own start when a proclitic was left out of the span.
                span_start, span_end, token_start = name_span(start, start + prefix, last_end)
                if text[span_end - 1] in _TANWEEN:
                    continue  # روسياً، تاماً: nunation marks an adjective or a noun, not a name
                add(_new_match(NameMatch, (span_start, span_end, key, entry_ids, prefix, token_start)))
            resume = last_end
        return matches

    def _plan(self, word: str, include_common: bool) -> _Plan:
        """What the scan does where the surface form ``word`` occurs, kept for the next
        documents.

        A multi-word name can start there only when the next word is in ``seconds``;
        otherwise ``solo`` is the one-word name there, if any (the first reading that
        names one, as :meth:`_match_at` would find).
        """
        multi, single = self._multi, self._single
        readings = ((0, word),) if word in single or word in multi else clitic_readings(word)
        solos = [
            (prefix, (stem,), tuple(self._names[(stem,)]))
            for prefix, stem in readings
            if stem in single and (include_common or stem not in self.common_words)
        ]
        seconds = {second for _, stem in readings if stem in multi for second in multi[stem]}
        plan = _Plan(solos[0] if solos else None)
        if seconds:
            plan.phrases = self._phrases(readings)
            plan.seconds = frozenset(plan.phrases)
        if solos and solos[0][0] == 0 and word.startswith("ال") and word.endswith("ه"):
            # The adjective shape (ال…ه) rules the bare reading out where it follows a
            # definite word; another reading may still name something.
            plan.adjective = True
            plan.after_adjective = solos[1] if len(solos) > 1 else None
        plans = self._plans[include_common]
        if len(plans) < 100_000:
            plans[word] = plan
        return plan

    def _phrases(self, readings: tuple[tuple[int, str], ...]) -> dict[str, tuple[_Phrase, ...]]:
        """The multi-word names a word with these readings may start, by second word, in
        the order :meth:`_match_at` prefers them (more words first, then the earlier reading;
        ``sorted`` keeps reading order among equals)."""
        by_second: dict[str, list[tuple[int, _Phrase]]] = {}
        for prefix, stem in readings:
            for second, options in self._multi.get(stem, {}).items():
                for rest, key in options:
                    phrase = " " + " ".join(rest)
                    by_second.setdefault(second, []).append(
                        (len(rest), (phrase, prefix, key, tuple(self._names[key])))
                    )
        return {
            second: tuple(phrase for _, phrase in sorted(found, key=lambda item: -item[0]))
            for second, found in by_second.items()
        }

    def _match_at(
        self, view: NormalizedText, word: str, start: int, end: int, include_common: bool
    ) -> tuple[int, tuple[str, ...], int] | None:
        """The longest name starting with ``word``, the word of the view at ``[start, end)``:
        (prefix length, key, end of its last word)."""
        single, multi = self._single, self._multi
        readings = ((0, word),) if word in single or word in multi else clitic_readings(word)
        following: list[tuple[int, int]] | None = None
        following_words: list[str] = []
        best: tuple[int, tuple[str, ...], int] | None = None
        best_length = 0
        for prefix, stem in readings:
            by_second = multi.get(stem)
            if by_second is not None:
                if following is None:
                    following = view.words_after(end, 1)
                    following_words = [view.spaced[s:e] for s, e in following]
                options = by_second.get(following_words[0]) if following_words else None
                for rest, key in options or ():
                    length = len(rest)
                    if best is not None and length <= best_length:
                        break
                    if length > len(following):  # options run longest first: read that far once
                        following = view.words_after(end, length)
                        following_words = [view.spaced[s:e] for s, e in following]
                    if length > len(following) or tuple(following_words[:length]) != rest:
                        continue
                    # Words of one name are separated by spaces or a hyphen, not commas or lines.
                    ends = [end, *(e for _, e in following[: length - 1])]
                    if not all(view.joins(ends[j], following[j][0]) for j in range(length)):
                        continue
                    best, best_length = (prefix, key, following[length - 1][1]), length
                    break
            if (
                best is None
                and stem in single
                and (include_common or stem not in self.common_words)
                and not (
                    prefix == 0
                    and word.startswith("ال")
                    and word.endswith("ه")
                    and _adjective_position(view, start)
                )
            ):
                best = (prefix, (stem,), end)
        return best

    def scan_variants(self, text: str | NormalizedText, entry_ids: Iterable[str]) -> list[VariantMatch]:
        """Words of ``text`` that are spelling variants of a word of these entries' names.

        For a document that already names the entries exactly (ميركل … ميركيل): each target
        word has five letters or more and no article ال; a variant has the same
        skeleton and a variant score over the threshold, and is not itself a gazetteer name.
        A word that is a variant of two entries' words is left out.
        """
        targets, lengths = self._variant_search(tuple(entry_ids))
        if not targets:
            return []
        view = text if isinstance(text, NormalizedText) else NormalizedText(text)
        # One pass finds the words that may share a skeleton; only those are read and scored
        # here. A name (or a proclitic form of one) is not a variant.
        places = variant_words(view, targets)
        found: dict[str, tuple[int, str, str, float]] = {}
        sets = self._scan_sets
        for word in places:
            if word in sets.forms or word in sets.common:
                continue
            # Cheap filter first: some reading (bare, or one or two proclitic letters off)
            # starts with a target's first letter and is about as long.
            size = len(word)
            if size < FUZZY_MIN_CHARS:
                continue
            if size not in lengths.get(word[0], ()) and not (
                word[0] in "وبلف"
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
                    # Two names of the entry may both match (نتنياهو، نتانياهو): the closer one
                    # gives the score, the same on every run.
                    target, entry_id, score = max(matching, key=lambda m: (m[2], m[0]))
                    found[word] = (prefix, entry_id, target, score)
                    break
        out: list[VariantMatch] = []
        for word, (prefix, entry_id, target, score) in found.items():
            for offset in places[word]:
                start, end = view.original_span(offset + prefix, offset + len(word))
                out.append(VariantMatch(start, end, entry_id, target, round(score, 1)))
        return sorted(out, key=lambda match: match.start)

    def _variant_search(
        self, entry_ids: tuple[str, ...]
    ) -> tuple[dict[str, set[tuple[str, str]]], dict[str, set[int]]]:
        """What :meth:`scan_variants` looks for, for these entries: target words by skeleton,
        and the lengths a variant may have by first letter. Kept where the document names
        one person, as most do (one entry a person of the gazetteer); sets of people are
        too many to keep."""
        found = self._variant_searches.get(entry_ids)
        if found is None:
            targets: dict[str, set[tuple[str, str]]] = {}
            lengths: dict[str, set[int]] = {}
            for entry_id in entry_ids:
                for word, key in self._variant_targets(entry_id):
                    targets.setdefault(key, set()).add((word, entry_id))
                    lengths.setdefault(word[0], set()).update(range(len(word) - 2, len(word) + 3))
            found = targets, lengths
            if len(entry_ids) == 1:
                self._variant_searches[entry_ids] = found
        return found

    def _variant_targets(self, entry_id: str) -> list[tuple[str, str]]:
        """Words of an entry's names that variants are looked for, with their skeletons."""
        found = self._targets.get(entry_id)
        if found is None:
            found = []
            for name in self.entries[entry_id].names:
                for word in name_key(name):
                    # Words with ال are Arabic words and titles (الملك، السيسي): their
                    # look-alikes are ordinary words (الملكي، السياسي), not spellings.
                    if len(word) >= FUZZY_MIN_CHARS and not word.startswith("ال"):
                        found.append((word, skeleton(word)))
            if len(self._targets) < 100_000:
                self._targets[entry_id] = found
        return found

    # ------------------------------------------------------------------ single names

    def find(self, name: str, fuzzy: bool = True, article: bool = False) -> list[Candidate]:
        """Entries ``name`` may refer to, best first: exact, without proclitic, then variants.

        With ``article`` (for a name NER has tagged), a first word that carries the article a
        listed name does not (الفيسبوك، البيرو، والناتو) is read without it too; see
        :meth:`article_candidates`.
        """
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
                    if variant in self._spaced:
                        kind += " spaced otherwise"
                    add(entry, SCORE_EXACT, f"exact match of the {kind} (normalised)", matched)
                else:
                    clitic = key[0][: len(key[0]) - len(stem)] if prefix else key[0][:2]
                    add(entry, SCORE_CLITIC, f"matches without the proclitic {clitic}-", matched)
        if article and not found:
            for candidate in self.article_candidates(key):
                add(candidate.entry, candidate.score, candidate.reason, candidate.matched)
        if fuzzy and not found:
            for candidate in self.variants(key):
                add(candidate.entry, candidate.score, candidate.reason, candidate.matched)
        return sorted(found.values(), key=lambda c: (-c.score, c.entry.id))

    def article_candidates(self, key: tuple[str, ...]) -> list[Candidate]:
        """Places and organisations listed without the article that ``key`` writes with it
        (الفيسبوك، البيرو، بالناتو). Only for names NER tagged: ال + a name is most often an
        adjective or a word (السورية، التشيلي، الحماس، الكابل), so a stem that ends like an
        adjective (…ي، …ه) or is a common word is never read, nor are people (المالكي is not
        مالكي)."""
        out = []
        for prefix, stem in proclitic_splits(key[0]):
            if not prefix.endswith("ال") or prefix[:-2] not in _ARTICLE_PREFIXES:
                continue
            if len(stem) < 4 or stem.endswith(("ي", "ه")) or stem in self.common_words:
                continue
            for entry_id, matched in self._names.get((stem, *key[1:]), {}).items():
                entry = self.entries[entry_id]
                if entry.label != "PER":
                    reason = f"matches without the article {prefix}-"
                    out.append(Candidate(entry, SCORE_CLITIC, reason, matched))
        return out

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
