"""The two people a dual pointer before a dual verb of saying refers to.

"وحضر النائبان سامي الحداد عن تونس ومراد الكمون عن صفاقس اللذان طالبا بـ …"، "… سامي الحداد
رئيس الحزب ومراد الكمون رجل الأعمال، وكلاهما نفيا …": a dual relative (اللذان، اللتان) or a
dual pronoun (كلاهما، لكنهما) right before a verb in the dual points back to two: the names
joined by و right before it. The speaker is both, written as the guidelines join them ("X وY").
Each name may carry an apposed title ("رئيس الحزب") or a complement of the seat it holds
("عن تونس") that is not part of the name.
"""

from __future__ import annotations

from qawl.extractors.quotes.grammar import plural_cue
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import is_title_word
from qawl.extractors.quotes.view import DocView

# Dual relatives and dual pronouns that open a clause with the conjunctions they take.
DUAL_POINTERS = frozenset(
    conjunction + word
    for conjunction in ("", "و", "ف")
    for word in ("اللذان", "اللتان", "كلاهما", "كلتاهما", "لكنهما")
)
SEAT_PREPOSITIONS = frozenset({"عن"})  # "النائب X عن كاليفورنيا": the seat, not the name
MAX_SEAT_WORDS = 2  # words of the seat after عن: "عن نيويورك"، "عن ولاية أوهايو"
MAX_CONJUNCT_WORDS = 8  # words of one conjunct: its title, its name and an apposed title
MIN_CONJUNCT = 4  # و and a word of three letters: "ومراد", not "ولا"


def dual_pointer_pair(view: DocView, cue: int) -> tuple[str, str] | None:
    """The two names a dual pointer right before the dual cue refers to (:mod:`pairs`)."""
    pointer = cue - 1
    if pointer < 1 or view.bare[pointer] not in DUAL_POINTERS:
        return None
    if not plural_cue(view, cue) or view.bare[cue].endswith(("وا", "ون", "ين")):
        return None  # the dual only: قالا، أكدتا
    end = pointer
    if view.is_comma(end - 1):
        end -= 1
    first = view.sentence_range(cue)[0]
    conjunction = next(
        (
            k
            for k in range(end - 1, max(first, end - MAX_CONJUNCT_WORDS) - 1, -1)
            if view.is_word(k) and view.tokens[k].text[:1] == "و" and len(view.tokens[k].text) >= MIN_CONJUNCT
        ),
        None,
    )
    if conjunction is None or any(not view.is_word(k) for k in range(conjunction, end)):
        return None
    second = _second_name(view, conjunction, _before_seat(view, conjunction + 1, end))
    if second is None:
        return None
    first_name = _first_name(view, max(first, conjunction - MAX_CONJUNCT_WORDS), conjunction)
    if first_name is None:
        return None
    return first_name, second


def _before_seat(view: DocView, start: int, end: int) -> int:
    """Where a conjunct ends before the seat it holds ("عن كاليفورنيا"), at most two words from
    its end; ``end`` when it names none."""
    for k in range(max(start, end - 1 - MAX_SEAT_WORDS), end):
        if view.bare[k] in SEAT_PREPOSITIONS:
            return k
    return end


def _second_name(view: DocView, conjunction: int, end: int) -> str | None:
    """The name of the conjunct that opens with و: "ومراد الكمون رجل الأعمال" → مراد الكمون."""
    phrase = parse_speaker(view, conjunction, end)
    if phrase is None or phrase.kind != "name" or phrase.name is None or phrase.start != conjunction:
        return None
    start, stop = phrase.name
    if start != conjunction and not is_title_word(view, conjunction):
        return None
    words = [view.tokens[k].text for k in range(start, stop)]
    if start == conjunction:
        words[0] = words[0][1:]
    return " ".join(words) if len(words) >= 2 else None


def _first_name(view: DocView, floor: int, conjunction: int) -> str | None:
    """The name of the conjunct before و, after its seat and apposed title are set aside:
    "سامي الحداد رئيس الحزب"، "تد ليو عن كاليفورنيا" → the name, two words at least."""
    end = _before_seat(view, floor, conjunction)
    # An apposed title after the name ("رئيس وزراء لبنان") is set aside: the farthest start from
    # which the words up to the conjunct's end read as a title alone.
    for start in range(floor, end):
        phrase = parse_speaker(view, start, end)
        if phrase is not None and phrase.kind == "title" and phrase.title == (start, end) and start > floor:
            end = start
            break
    found: tuple[int, int] | None = None
    for start in range(end - 1, floor - 1, -1):
        if not view.is_word(start) or is_title_word(view, start) or view.cues[start] is not None:
            break  # the title before the name, or the clause's verb, opens the conjunct
        phrase = parse_speaker(view, start, end)
        if phrase is not None and phrase.name == (start, end):
            found = phrase.name
    if found is None or found[1] - found[0] < 2:
        return None
    return view.text_of(*found)
