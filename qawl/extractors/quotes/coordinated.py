"""Quoted stretches joined by و after a direct quote: each is a quote of the same cue.

A verb of saying, chanting or writing may take several quoted sayings, one after another,
joined by و (or أو): "وهم يهتفون "الشعب يريد إسقاط الحكومة" و"لن نركع""، "وقال في بيان:
"…" و"…"". Each pair of marks holds words said by the same source; the source said them as
separate utterances, so each is a quote of its own, with the cue and the speaker of the first.
The frame reader finds the first (:func:`frames.verb_frame`); :func:`cues.coordinated_quotes`
adds the others, with the pairs this module finds. A pair counts only when it stands as a whole
coordinate: what follows its closing mark ends the series (a comma, the sentence end, a line
break) or joins the next pair.
"""

from __future__ import annotations

import bisect

from qawl.arabic import normalize
from qawl.extractors.quotes.titles import without_article
from qawl.extractors.quotes.view import DocView

# و "and", أو "or": the conjunctions of a series of sayings.
_JOINERS = frozenset({"و", "او"})


def closing_mark(view: DocView, content: tuple[int, int]) -> int | None:
    """The token of the mark that closes a direct quote's content (character offsets), when the
    content is what a pair of marks holds (none for a colon quote without marks)."""
    first = bisect.bisect_left(view.starts, content[0])  # the content's first token
    opening = first - 1
    if opening < 0 or not view.is_mark(opening):
        return None
    close = view.open_close.get(opening)
    if close is None or view.tokens[close].start < content[1]:
        return None
    return close


def coordinate_after(view: DocView, close: int) -> int | None:
    """The opening mark of a pair joined by و/أو right after the closing mark ``close`` ("…"
    و"…"), with at most a comma before the conjunction, or by a comma alone or nothing at all,
    as a list of sayings is written ('"…"، "…" أو "…"'، 'يصرخون "…" "…"'); none when no such
    pair follows or when it does not stand as a whole coordinate."""
    k = close + 1
    if view.is_comma(k):
        k += 1
    if view.is_word(k) and view.keys[k] in _JOINERS:
        k += 1
    elif not (view.is_mark(k) and view.close_open.get(k) is None):
        return None
    nxt = k
    nxt_close = view.open_close.get(nxt) if view.is_mark(nxt) else None
    if nxt_close is None or view.newline_between(close, nxt):
        return None
    if not ends_series(view, nxt_close) or _names_listed(view, close):
        return None
    return nxt


def before_examples(view: DocView, first: int, opening: int) -> int:
    """Where the words before a series of quoted sayings opening at ``opening`` end, once a noun
    of utterances and the word that brings its examples are set aside ("ورددوا هتافات مثل "…"
    و"…""، "يرددون عبارات من قبيل "…""); ``opening`` itself when no such words stand before it.
    ``first`` is the first token the words may take."""
    k = _example_word_start(view, first, opening)
    if k is None or k - 1 < first or not view.is_word(k - 1):
        return opening
    return k - 1 if without_article(view.bare[k - 1]) in _UTTERANCE_NOUNS else opening


def _example_word_start(view: DocView, first: int, opening: int) -> int | None:
    """The first token of مثل/منها/من قبيل (a colon after it set aside) right before ``opening``."""
    k = opening - 1
    if k >= first and view.tokens[k].text == ":":
        k -= 1
    if k >= first and view.is_word(k) and view.bare[k] in _EXAMPLE_WORDS:
        return k
    if k - 1 >= first and view.bare[k] == "قبيل" and view.bare[k - 1] == "من":
        return k - 1
    return None


def _names_listed(view: DocView, close: int) -> bool:
    """Whether the pairs of a series are examples of a noun that names no utterance ("مسلسلات
    مثل: "…"، "…""، "أعمالا مثل "…" و"…""): titles and names, not sayings one after another."""
    opening = view.close_open.get(close)
    while opening is not None:
        k = opening - 1
        if view.is_word(k) and view.keys[k] in _JOINERS:
            k -= 1
        if view.is_comma(k):
            k -= 1
        before = view.close_open.get(k) if view.is_mark(k) else None
        if before is None:
            break
        opening = before
    if opening is None:
        return False
    start = _example_word_start(view, 0, opening)
    return start is not None and before_examples(view, 0, opening) == opening


# Nouns of things said or chanted, and the words that bring their examples (مثل، من قبيل، منها).
_UTTERANCE_NOUNS = frozenset(
    normalize(word)
    for word in ("هتاف", "هتافات", "شعار", "شعارات", "عبارة", "عبارات", "كلمات", "جمل", "صيحات", "أهازيج")
)
_EXAMPLE_WORDS = frozenset({"مثل", "منها"})


def ends_series(view: DocView, close: int) -> bool:
    """Whether what follows the closing mark ``close`` ends a series of quoted sayings or goes
    on with it: a comma, a sentence mark, the end of the text or of the line, or و/أو before
    another pair of marks."""
    k = close + 1
    if k >= len(view.tokens) or view.newline_between(close, k):
        return True
    if view.is_comma(k) or view.is_sentence_mark(k):
        return True
    if view.is_mark(k) and k in view.open_close and view.close_open.get(k) is None:
        return True  # 'يصرخون "…" "…"': the next pair follows with nothing between
    return view.is_word(k) and view.keys[k] in _JOINERS and view.is_mark(k + 1) and k + 1 in view.open_close


def inside(view: DocView, opening: int, close: int) -> tuple[int, int]:
    """The characters a pair of marks holds, without the spaces and punctuation at its ends."""
    text = view.doc.text
    start, end = view.tokens[opening].end, view.tokens[close].start
    while start < end and (text[start].isspace() or text[start] in "،,:؛;-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:؛;-–.…"):
        end -= 1
    return start, end
