"""Pairing of quotation marks, tolerant of the unbalanced marks real news text has.

Directional marks (« », “ ”, ‘ ’) pair with a stack per kind. Straight double quotes carry no
direction, so each one's direction is read from its neighbours: a mark before a word and after a
space (or a one-letter proclitic such as و" or بـ") opens, a mark after a word or punctuation
closes. A second opening before the first one closed means the first was never closed: it is
left open (``close is None``) instead of pairing across the text and swallowing it. Pairs never
cross a paragraph (newline). A mark that its neighbours leave ambiguous, letters on both sides
(قال ترامب"نعقد …) or spaces on both sides (قال الجابر " تماشيا …), closes only a mark that is
open; with none open it opens, but only a closing mark within :data:`MAX_EITHER_WAY_SPAN`
characters keeps it: left unclosed, it was a stray mark, and is dropped rather than read as an
opening that runs on. After a colon a mark opens (على ما يلي :" يحجّر …").
"""

from __future__ import annotations

from functools import partial
from operator import itemgetter
from typing import NamedTuple

OPENERS = {"«": "»", "“": "”", "‘": "’"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
STRAIGHT = '"'
QUOTE_CHARS = frozenset([*OPENERS, *CLOSERS, STRAIGHT, "„", "‟"])
_PROCLITICS = frozenset("وفبلك")
# The longest quote an ambiguous opening mark may hold: a stray mark must not pair with a closing
# mark paragraphs of text away.
MAX_EITHER_WAY_SPAN = 500
# The characters pair_marks acts on; every other character leaves its state as it is.
_EVENT_CHARS = ("\n", *OPENERS, *CLOSERS, STRAIGHT)


class MarkPair(NamedTuple):
    """Character offsets of an opening mark and of its closing mark (None when unclosed).

    A named tuple: built at C speed (:data:`_pair`), a few a document."""

    open: int
    close: int | None

    @property
    def inner_start(self) -> int:
        return self.open + 1


_pair = partial(tuple.__new__, MarkPair)
_OPEN = itemgetter(0)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or "\u0610" <= ch <= "\u065f"


def straight_direction(text: str, index: int) -> str:
    """'open' or 'close' for the straight quote at ``text[index]``, judged from its neighbours."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    after_is_word = _is_word_char(after)
    if not after_is_word:
        colon = before == ":" or (before == " " and index > 1 and text[index - 2] == ":")
        return "open" if colon and after == " " and _is_word_char(text[index + 2 : index + 3]) else "close"
    if not _is_word_char(before):
        return "open"
    # Letter on both sides: و"طرح (a proclitic before the mark) opens; otherwise it closes.
    word_start = index
    while word_start > 0 and _is_word_char(text[word_start - 1]):
        word_start -= 1
    # The proclitic may carry a tatweel or a diacritic: بـ"…"، وَ"…"
    letters = [ch for ch in text[word_start:index] if ch.isalpha() and ch != "\u0640"]
    return "open" if len(letters) == 1 and letters[0] in _PROCLITICS else "close"


def _either_way(text: str, index: int) -> bool:
    """Whether the straight quote at ``text[index]`` reads "close" only for want of a clearer
    sign: letters on both sides (no proclitic before it), or a space on both sides with a word
    right after that space."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if _is_word_char(before) and _is_word_char(after):
        return True
    next_ = text[index + 2] if index + 2 < len(text) else " "
    return before == " " and after == " " and _is_word_char(next_)


def _spaced_closer(text: str, index: int) -> bool:
    """Whether a straight mark that reads as opening (a word, a space, the mark, a word) while
    another is open closes that one instead, its space written on the wrong side: the next
    straight mark of the paragraph reads as opening too (the text writes all its closing marks
    so: 'عن "التأييد الكامل "للضربات، ردا على "جرائم "النظام'), or none follows to close this
    one. A next mark that reads as closing pairs with this one, and the open one was never
    closed."""
    if index < 2 or text[index - 1] != " " or not _is_word_char(text[index - 2]):
        return False  # after a colon or a comma a mark opens: 'ببرنامج "في المرمى:" اليوم …'
    end = text.find("\n", index + 1)
    if end < 0:
        end = len(text)
    following = text.find(STRAIGHT, index + 1, end)
    return following < 0 or straight_direction(text, following) == "open"


def _mixed_opener(text: str, index: int, stacks: dict[str, list[int]]) -> str | None:
    """The directional opening mark that a closing straight mark with none open closes: the
    text opened with one kind and closed with the other ('هتافات مثل «يلي قاعد على الرصيف"،
    "…"'). Only an opener whose own closing mark does not come before the paragraph ends: one
    that is still to close holds the straight mark as a stray."""
    end = text.find("\n", index)
    if end < 0:
        end = len(text)
    for opener, stack in stacks.items():
        if stack and text.find(OPENERS[opener], index, end) < 0:
            return opener
    return None


def _events(text: str) -> list[tuple[int, str]]:
    """(offset, character) of every character pair_marks acts on, in order: found with
    str.find, which skips to the next one at C speed where a character class is tried at
    every character."""
    found: list[tuple[int, str]] = []
    for ch in _EVENT_CHARS:
        at = text.find(ch)
        while at >= 0:
            found.append((at, ch))
            at = text.find(ch, at + 1)
    found.sort()
    return found


def pair_marks(text: str) -> list[MarkPair]:
    """All quotation-mark pairs of ``text``, in order of their opening mark."""
    pairs: list[MarkPair] = []
    stacks: dict[str, list[int]] = {open_: [] for open_ in OPENERS}
    straight_open: int | None = None
    tentative = False  # the open straight mark opened only because none was open

    def flush() -> None:
        nonlocal straight_open
        for stack in stacks.values():
            pairs.extend(_pair((pos, None)) for pos in stack)
            stack.clear()
        if straight_open is not None and not tentative:
            pairs.append(_pair((straight_open, None)))
        straight_open = None

    for index, ch in _events(text):
        if ch == "\n":
            if straight_open is not None or any(stacks.values()):  # else there is nothing to flush
                flush()
        elif ch in OPENERS:
            stacks[ch].append(index)
        elif ch in CLOSERS:
            stack = stacks[CLOSERS[ch]]
            if stack:
                pairs.append(_pair((stack.pop(), index)))
        elif ch == STRAIGHT:
            opens = straight_direction(text, index) == "open"
            if opens and straight_open is not None and not tentative and _spaced_closer(text, index):
                opens = False  # 'عن "التأييد الكامل "للضربات': the closing mark's space is on its wrong side
            if opens or (straight_open is None and _either_way(text, index)):
                if straight_open is not None and not tentative:
                    pairs.append(_pair((straight_open, None)))
                straight_open, tentative = index, not opens
            elif straight_open is not None:
                if not tentative or index - straight_open <= MAX_EITHER_WAY_SPAN:
                    pairs.append(_pair((straight_open, index)))
                straight_open = None
            else:
                opener = _mixed_opener(text, index, stacks)
                if opener is not None:
                    pairs.append(_pair((stacks[opener].pop(), index)))
    flush()
    pairs.sort(key=_OPEN)
    return pairs
