"""Who a speaker is: the fullest name the document gives for a name, title or entity.

"باشينيان" becomes "نيكول باشينيان" when the document spells the full name somewhere; a bare
title ("رئيس الوزراء الأرمني") becomes the name it stands next to elsewhere in the document
("رئيس الوزراء الأرمني نيكول باشنيان", or the apposition "…، نيكول باشينيان،"). When the
document spells one name two ways, the spelling it uses most wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from qawl.arabic import normalize
from qawl.extractors.quote_lexicon import load_speaker_words
from qawl.extractors.quote_speakers import SpeakerPhrase, parse_speaker
from qawl.extractors.quote_view import DocView, strip_conjunction

_NON_WORD = re.compile(r"[^\w\s]|_")
TITLE_WINDOW = 12


def name_words(text: str) -> tuple[str, ...]:
    """Normalised words of a name: no punctuation, quote marks, hashtags or attached و/ف on the
    first word."""
    words = _NON_WORD.sub(" ", normalize(text)).split()
    return tuple(words)


def contains_words(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` occurs in ``longer`` as a run of whole words."""
    if not shorter or len(shorter) > len(longer):
        return False
    width = len(shorter)
    return any(longer[k : k + width] == shorter for k in range(len(longer) - width + 1))


@dataclass(frozen=True, slots=True)
class TitledName:
    position: int  # character offset of the title
    title: tuple[str, ...]
    name: str


@dataclass
class NameIndex:
    """Names and title-name pairs of one document."""

    names: list[str] = field(default_factory=list)
    titled: list[TitledName] = field(default_factory=list)
    word_counts: Counter[str] = field(default_factory=Counter)

    @classmethod
    def build(cls, view: DocView, extra_names: list[str] | None = None) -> NameIndex:
        index = cls()
        words = load_speaker_words()
        index.word_counts.update(name_words(view.doc.text))
        for i in range(len(view)):
            if not view.is_word(i) or words.title_state(view.bare[i]) is None:
                continue
            if i > 0 and view.is_word(i - 1) and words.title_state(view.bare[i - 1]) is not None:
                continue  # inside a longer title: "نائب رئيس"
            last = min(view.sentence_range(i)[1], i + TITLE_WINDOW)
            phrase = parse_speaker(view, i, last)
            if phrase is None or phrase.title is None or phrase.name is None:
                continue
            title = _title_key(view, phrase)
            name = view.text_of(*phrase.name)
            index.titled.append(TitledName(view.tokens[i].start, title, name))
            index.names.append(name)
        index.names.extend(extra_names or [])
        return index

    def add(self, name: str) -> None:
        self.names.append(name)

    def fullest(self, name: str) -> str:
        """The longest name of the document that contains ``name`` as whole words."""
        target = name_words(name)
        if not target:
            return name
        best = name
        best_key = (len(target), self._spelling_score(target))
        for candidate in self.names:
            words = name_words(candidate)
            if not contains_words(words, target) and not _same_name(words, target):
                continue
            key = (len(words), self._spelling_score(words))
            if key > best_key:
                best, best_key = candidate, key
        return _clean(best)

    def title_name(self, title: tuple[str, ...], position: int) -> str | None:
        """The name a title stands next to, nearest to ``position`` in the document."""
        best: TitledName | None = None
        for entry in self.titled:
            if not (contains_words(entry.title, title) or contains_words(title, entry.title)):
                continue
            if best is None or abs(entry.position - position) < abs(best.position - position):
                best = entry
        return best.name if best else None

    def _spelling_score(self, words: tuple[str, ...]) -> int:
        return sum(self.word_counts[w] for w in words)


def _same_name(candidate: tuple[str, ...], target: tuple[str, ...]) -> bool:
    """Two spellings of one name (باشنيان / باشينيان): same length and same last word but for
    long vowels."""
    if len(candidate) < len(target) or not candidate:
        return False
    drop = str.maketrans("", "", "اوي")
    tail = candidate[-len(target) :]
    return all(a.translate(drop) == b.translate(drop) and min(len(a), len(b)) >= 3 for a, b in zip(tail, target))


def _clean(name: str) -> str:
    """Surface name without quote marks, hashtags or underscores."""
    return " ".join(re.sub(r"[\"«»“”#]", " ", name).replace("_", " ").split())


def _title_key(view: DocView, phrase: SpeakerPhrase) -> tuple[str, ...]:
    assert phrase.title is not None
    first, last = phrase.title
    keys = [view.keys[k] for k in range(first, last) if view.is_word(k)]
    if keys:
        keys[0] = strip_conjunction(keys[0])
    return tuple(keys)


def title_key_of(view: DocView, first: int, last: int) -> tuple[str, ...]:
    keys = [view.keys[k] for k in range(first, last) if view.is_word(k)]
    if keys:
        keys[0] = strip_conjunction(keys[0])
    return tuple(keys)
