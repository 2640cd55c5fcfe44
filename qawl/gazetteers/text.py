"""Matching keys for names, the vocalisation of names, and proclitic readings.

A name's key is the tuple of its normalised words (normalisation is
:func:`qawl.arabic.normalize_with_offsets`, the form documents are scanned in); punctuation
between words does not count, so إسكالديس-إنجورداني and إسكالديس إنجورداني share a key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from qawl.arabic import normalize_with_offsets, proclitic_splits, unify_letters

# Words are runs of letters and digits; "_" separates them, as in hashtags (#كوريا_الجنوبية).
WORD_RE = re.compile(r"[^\W_]+")
# What may separate two words of one name in running text: spaces, or a hyphen or
# underscore, and a hashtag mark before the word (قطاع #غزة); never a comma or a newline.
GAP_PATTERN = "[ \t\u00a0]*(?:[-\u2010\u2011\u2013_][ \t\u00a0]*)?#?"
GAP_RE = re.compile(GAP_PATTERN)
# What makes a gap that GAP_PATTERN accepts more than one space: where nothing in a stretch
# of text matches this, two of its words belong to one name exactly when one space parts them.
NOT_SINGLE_SPACE_PATTERN = "  |[\t\u00a0\u2010\u2011\u2013_#-]"


def key_text(text: str) -> str:
    """The normalised form of ``text`` that keys are read from (as a scanned document's)."""
    return normalize_with_offsets(text)[0]


# 4,096: over the first 10,000 corpus articles 20,000 entries saved 660 of 8,700 misses, and over
# all 40,004 the larger cache cost several MB of peak RSS (the run's RSS keeps growing as it fills).
@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """The matching key of a gazetteer name or mention: its normalised words."""
    return tuple(WORD_RE.findall(key_text(name)))


# --------------------------------------------------------------------------- vocalisation

_VOWELS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0652"  # tanween, fatha, damma, kasra, sukun
_SHADDA = "\u0651"


def vowelled_letters(text: str) -> list[tuple[str, str]]:
    """``(letter, marks)`` for each letter of ``text``: the letter unified as in normalisation
    (hamza seats compare equal), the vowels and shadda written on it."""
    out: list[tuple[str, str]] = []
    for char in text:
        if char in _VOWELS or char == _SHADDA:
            if out:
                out[-1] = (out[-1][0], out[-1][1] + char)
        elif WORD_RE.match(char):
            out.append((unify_letters(char), ""))
    return out


def vowel_agreement(surface: str, name: str) -> int | None:
    """How many marks ``surface`` writes as ``name`` does, letter for letter (the name's
    letters read at the end of the surface, so a proclitic is passed over); 0 when their
    letters differ, None when a letter carries a different vowel in each. A mark only one
    of them writes is no disagreement: texts vowel a word partly, if at all."""
    written, listed = vowelled_letters(surface), vowelled_letters(name)
    tail = written[len(written) - len(listed) :]
    if len(written) < len(listed) or [letter for letter, _ in tail] != [letter for letter, _ in listed]:
        return 0
    agreement = 0
    for (_, ours), (_, theirs) in zip(tail, listed, strict=True):
        vowels, other = set(ours) - {_SHADDA}, set(theirs) - {_SHADDA}
        if vowels and other and vowels != other:
            return None
        agreement += len(set(ours) & set(theirs))
    return agreement


def has_vowels(text: str) -> bool:
    """``text`` writes a short vowel, tanween or shadda."""
    return any(char in _VOWELS or char == _SHADDA for char in text)


# --------------------------------------------------------------------------- proclitics

# Proclitics read off a name: و (and), ب (in/with), ل (for) and their pairs, and ف (so) with
# ب and ل. ك attaches to names too rarely to pay for what it misreads.
_NAME_PREFIXES = ("", "و", "ب", "ل", "وب", "ول", "ف", "فب", "فل")
_ELIDED_PREFIXES = ("ل", "ول", "فل")  # ل + ال → لل: the alef of ال is not written (للأمم)
# ف starts many words of its own (فصيلة، فلاتر، فيولا، فلنكن: ف + a four-letter "name"), so it
# is read off only where the stem has five letters or the article (فإيران، فترامب، فالدوحة).
_F_PREFIXES = frozenset({"ف", "فب", "فل"})
_F_MIN_STEM = 5
# A stem left after a proclitic keeps at least this many letters (برس is not ب + رس).
MIN_CLITIC_STEM = 3


def _f_stem(stem: str) -> bool:
    """A stem ف may be read off (see ``_F_PREFIXES``)."""
    return len(stem) >= _F_MIN_STEM or (stem.startswith("ال") and len(stem) >= 4)


@lru_cache(maxsize=20_000)
def clitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """Readings ``(surface prefix length, stem)`` of a normalised word, the bare word first.

    A subset of the guarded readings of :func:`qawl.arabic.proclitic_splits`: the article
    ال is never stripped from a stem, so a name listed without ال does not match a word that
    has it (المالي is not مالي); only و ب ل ف and their pairs are read off; stems keep three
    letters (five after ف, see ``_F_PREFIXES``). When ل + ال elide to لل the stem gets its
    ال back and the prefix length is 0, so the span keeps the whole word (للأمم المتحدة).
    """
    readings: list[tuple[int, str]] = []
    for prefix, stem in proclitic_splits(word):
        if prefix and (prefix.endswith(("ال", "لل")) or len(stem) < MIN_CLITIC_STEM):
            continue
        if prefix not in _NAME_PREFIXES or (prefix in _F_PREFIXES and not _f_stem(stem)):
            continue
        elided = len(prefix) + len(stem) != len(word)
        if elided and prefix not in _ELIDED_PREFIXES:
            continue
        readings.append((0 if elided else len(prefix), stem))
    return tuple(readings)


def clitic_forms(stem: str) -> list[str]:
    """The words :func:`clitic_readings` reads as ``stem`` (``stem`` itself first)."""
    if len(stem) < MIN_CLITIC_STEM:
        return [stem]
    f_ok = _f_stem(stem)
    forms = [prefix + stem for prefix in _NAME_PREFIXES if f_ok or prefix not in _F_PREFIXES]
    if stem.startswith("ال") and len(stem) >= 4:
        forms += [prefix + stem[1:] for prefix in _ELIDED_PREFIXES]
    return forms


def expand_clitic_forms(stems: Iterable[str]) -> set[str]:
    """:func:`clitic_forms` of every stem, built prefix by prefix (C-level loops: an index of
    100k names builds this set for every first word)."""
    stems = list(stems)
    long = [stem for stem in stems if len(stem) >= MIN_CLITIC_STEM]
    f_ok = [stem for stem in long if _f_stem(stem)]
    forms = set(stems)
    for prefix in _NAME_PREFIXES[1:]:
        forms.update([prefix + stem for stem in (f_ok if prefix in _F_PREFIXES else long)])
    definite = [stem[1:] for stem in long if stem.startswith("ال") and len(stem) >= 4]
    for prefix in _ELIDED_PREFIXES:
        forms.update([prefix + rest for rest in definite])
    return forms


# --------------------------------------------------------------------------- compound names

# Words that begin a compound name (عبد الله، أبو مازن، بن كيران) and words that end one
# (نصر الله، صلاح الدين، عبد الرحمن): news writes them joined as often as spaced.
COMPOUND_HEADS = ("عبد", "ابو", "بن")
COMPOUND_TAILS = ("الله", "الدين", "الرحمن", "الرحمان")


def spacing_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The key of a name written with its compounds joined or spaced the other way
    (عبد الفتاح السيسي ↔ عبدالفتاح السيسي, أبوظبي ↔ أبو ظبي), one compound at a time and all
    at once. A part left alone keeps two letters (ابوجا, Abuja, is no compound)."""
    out: list[tuple[str, ...]] = []
    words = list(key)

    def add(variant: list[str]) -> None:
        found = tuple(variant)
        if found != key and found not in out:
            out.append(found)

    def joins(i: int) -> bool:
        # بن عبد العزيز: عبد starts the compound, not بن.
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt in COMPOUND_HEADS:
            return False
        return words[i] in COMPOUND_HEADS or nxt in COMPOUND_TAILS

    joined_all: list[str] = []
    for i, word in enumerate(words):
        if joins(i):
            add([*words[:i], word + words[i + 1], *words[i + 2 :]])
        for head in COMPOUND_HEADS:
            if word.startswith(head) and len(word) - len(head) >= 3:
                add([*words[:i], head, word[len(head) :], *words[i + 1 :]])
        for tail in COMPOUND_TAILS:
            if word.endswith(tail) and len(word) - len(tail) >= 2:
                add([*words[:i], word[: -len(tail)], tail, *words[i + 1 :]])
    i = 0
    while i < len(words):
        if joins(i):
            joined_all.append(words[i] + words[i + 1])
            i += 2
        else:
            joined_all.append(words[i])
            i += 1
    add(joined_all)
    return out


def key_texts(texts: list[str]) -> list[str]:
    """:func:`key_text` of each text, normalising them joined in one pass."""
    if not texts:
        return []
    joined = "\n".join(texts)
    normal = key_text(joined)
    if joined.count("\n") != len(texts) - 1 or normal.count("\n") != len(texts) - 1:
        return [key_text(text) for text in texts]
    return normal.split("\n")
