"""Titles written as an abbreviation before a name: د. (الدكتور), أ.د. (الأستاذ الدكتور).

One letter closed by a period, spaced from the name or glued to it ("د. سامي يوسف"، "د.سامي
يوسف"), stands for a title the way الدكتور does: the name after it is the speaker's name and the
letter and its period are the title. The tokenizer splits the period off, so without this reading
the period cuts the speaker phrase in two and the verb of saying finds no subject.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.view import DocView

# Letters that abbreviate a title before a name, closed by a period: د (دكتور) and the أ of
# أ.د. (أستاذ دكتور), which only opens one with د after it.
DOCTOR = "د"
_PROFESSOR = "أ"
# Their bare keys: the first word of a segment an abbreviation may open.
TITLE_LETTERS = frozenset({normalize(DOCTOR), normalize(_PROFESSOR)})


def closed_letter(view: DocView, i: int, letter: str) -> bool:
    """Whether token i is the letter alone, a period glued to it after (no letter glued before)."""
    tokens = view.tokens
    if i + 1 >= len(tokens) or tokens[i].text != letter or tokens[i + 1].text != ".":
        return False
    if tokens[i].end != tokens[i + 1].start:
        return False
    return i == 0 or tokens[i - 1].end < tokens[i].start or not view.is_word(i - 1)


def abbreviation_end(view: DocView, i: int) -> int | None:
    """The token after a title abbreviation that starts at token i ("د ." or "أ . د ."), where a
    word follows it on the same line: the name's first token. None where no abbreviation starts."""
    tokens = view.tokens
    k = i
    if closed_letter(view, k, _PROFESSOR):
        k += 2
    if not closed_letter(view, k, DOCTOR):
        return None
    k += 2
    if k >= len(tokens) or not view.is_word(k) or "\n" in view.doc.text[tokens[k - 1].end : tokens[k].start]:
        return None
    first = tokens[k].text[:1]
    return k if first.isalpha() and not first.isascii() else None


def abbreviation_period(view: DocView, i: int) -> bool:
    """Whether the period at token i belongs to a title abbreviation before a name (it splits no
    speaker phrase)."""
    tokens = view.tokens
    if i == 0 or tokens[i].text != ".":
        return False
    start = i - 1
    if start >= 2 and tokens[start - 1].text == "." and tokens[start - 2].text == _PROFESSOR:
        start -= 2  # the first period of أ.د.
    end = abbreviation_end(view, start)
    return end is not None and end > i


def abbreviated_title(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a name phrase's title is an abbreviation alone right before its name ("د. سامي
    يوسف"): after a post's comma that is the post holder's name in apposition, as "الدكتور سامي
    يوسف" is."""
    title = phrase.title
    return title is not None and title[1] == phrase.first and abbreviation_end(view, title[0]) == title[1]


def abbreviation_start(view: DocView, i: int) -> int:
    """The first token of the abbreviation whose د is token i: the أ of أ.د. before it, or i."""
    return i - 2 if i >= 2 and closed_letter(view, i - 2, _PROFESSOR) else i
