"""Titles written as an abbreviation before a name: د. (الدكتور), أ.د. (الأستاذ الدكتور).

One letter closed by a period, spaced from the name or glued to it ("د. سامي يوسف"، "د.سامي
يوسف"), stands for a title the way الدكتور does: the name after it is the speaker's name and the
letter and its period are the title. The tokenizer splits the period off, so without this reading
the period cuts the speaker phrase in two and the verb of saying finds no subject.
"""

from __future__ import annotations

from qawl.arabic import (
    DOCTOR_LETTER,
    PROFESSOR_LETTER,
    closed_title_letter,
    normalize,
    title_abbreviation_end,
)
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.view import DocView

# Letters that abbreviate a title before a name, closed by a period: د (دكتور) and the أ of
# أ.د. (أستاذ دكتور), which only opens one with د after it (read by qawl.arabic, the one reader
# of these abbreviations, whose sentence splitter also reads them).
DOCTOR = DOCTOR_LETTER
_PROFESSOR = PROFESSOR_LETTER
# Their bare keys: the first word of a segment an abbreviation may open.
TITLE_LETTERS = frozenset({normalize(DOCTOR), normalize(_PROFESSOR)})
_LETTERS = frozenset({DOCTOR, _PROFESSOR})  # as written


def abbreviation_end(view: DocView, i: int) -> int | None:
    """The token after a title abbreviation that starts at token i ("د ." or "أ . د ."), where a
    word follows it on the same line: the name's first token. None where no abbreviation starts
    (:func:`qawl.arabic.title_abbreviation_end`)."""
    return title_abbreviation_end(view.doc.text, view.tokens, i)


def abbreviation_period(view: DocView, i: int) -> bool:
    """Whether the period at token i belongs to a title abbreviation before a name (it splits no
    speaker phrase)."""
    tokens = view.tokens
    # Either period of an abbreviation follows one of its letters (the د of "د." or of "أ.د.",
    # the أ of "أ.د."): a period after any other token is answered here.
    if i == 0 or tokens[i].text != "." or tokens[i - 1].text not in _LETTERS:
        return False
    start = i - 1
    if start >= 2 and tokens[start - 1].text == "." and tokens[start - 2].text == _PROFESSOR:
        start -= 2  # the first period of أ.د.
    end = title_abbreviation_end(view.doc.text, tokens, start)
    return end is not None and end > i


def abbreviated_title(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a name phrase's title is an abbreviation alone right before its name ("د. سامي
    يوسف"): after a post's comma that is the post holder's name in apposition, as "الدكتور سامي
    يوسف" is."""
    title = phrase.title
    return title is not None and title[1] == phrase.first and abbreviation_end(view, title[0]) == title[1]


def abbreviation_start(view: DocView, i: int) -> int:
    """The first token of the abbreviation whose د is token i: the أ of أ.د. before it, or i."""
    return i - 2 if i >= 2 and closed_title_letter(view.tokens, i - 2, _PROFESSOR) else i
