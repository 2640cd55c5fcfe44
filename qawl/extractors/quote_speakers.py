"""Speaker phrases: find the source noun phrase of a cue and split titles from names.

Arabic news names a source as a title followed by a name ("الرئيس الأمريكي دونالد ترامب"), a title
and a name in apposition between commas ("المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا،"), a name
followed by its title ("أنور قرقاش، وزير الدولة …"), or a description ("مصدر في الإليزيه"). The
guidelines take the name when one is given, else the title or description.

A title is read with the grammar of the Arabic construct state: an indefinite head noun (رئيس،
وزير، نائب) governs the next word as its genitive (رئيس جهاز الأمن), definite words (الوزراء،
الأرمني) and ل/بـ phrases (للشؤون الخارجية، باسم) extend it, and the first word that is neither
starts the name ("… الأوكراني | فاسيل غريتساك").
"""

from __future__ import annotations

from dataclasses import dataclass

from qawl.extractors.quote_lexicon import SpeakerWords, load_speaker_words
from qawl.extractors.quote_view import DocView

# Clause openers that can precede a preposed subject: "وكان ترامب قد طالب", "أن الوزارة قالت".
CLAUSE_OPENERS = frozenset(
    {
        "كان", "كانت", "كانوا", "يكون", "تكون", "قد", "لقد", "ان", "بان", "لان", "انه", "انها",
        "كما", "ثم", "عندها", "حين", "بينما", "فيما", "اذ", "اذا", "حيث", "لكن", "لكنه", "لكنها", "الا",
        "ما", "الذي", "التي", "الذين", "بعدما", "عندما", "بل", "اما", "فقد", "وقد", "كذلك", "ايضا",
    }
)  # fmt: skip
MAX_SUBJECT_WORDS = 8
MAX_SEGMENT_WORDS = 7


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """Token ranges of a source: the phrase reported, and its name part when it has one."""

    first: int
    last: int  # exclusive
    kind: str  # name | title | anonymous | description
    title: tuple[int, int] | None = None
    name: tuple[int, int] | None = None


def _is_stop(words: SpeakerWords, view: DocView, i: int) -> bool:
    key, bare = view.keys[i], view.bare[i]
    return (
        words.is_a("stop", key)
        or words.is_a("stop", bare)
        or words.is_a("time", key)
        or words.is_a("time", bare)
        or (key.startswith("ل") and not key.startswith("ال") and not words.is_a("title", key))
    )


def _is_title_word(words: SpeakerWords, view: DocView, i: int) -> bool:
    return words.title_state(view.bare[i]) is not None


def _word_indices(view: DocView, first: int, last: int) -> list[int]:
    return [i for i in range(first, last) if view.is_word(i)]


def segments(view: DocView, first: int, last: int) -> list[list[int]]:
    """Word tokens of [first, last) grouped by commas; quote marks are transparent."""
    groups: list[list[int]] = [[]]
    for i in range(first, last):
        if view.is_comma(i) or (not view.is_word(i) and not view.is_mark(i) and view.tokens[i].text not in "-–"):
            if groups[-1]:
                groups.append([])
            elif view.is_comma(i):
                continue
        elif view.is_word(i):
            groups[-1].append(i)
    return [g for g in groups if g]


def _cut_at_stop(words: SpeakerWords, view: DocView, seg: list[int], anonymous: bool) -> list[int]:
    """The leading part of a segment before a preposition, time word or relative pronoun.

    An anonymous source keeps one prepositional phrase: "مصدر في الإليزيه", "مسؤول في السفارة".
    """
    kept: list[int] = []
    used_pp = False
    for position, i in enumerate(seg):
        if _is_stop(words, view, i):
            if anonymous and not used_pp and position > 0 and view.bare[i] in {"في", "من", "ب"}:
                used_pp = True
                kept.append(i)
                continue
            break
        kept.append(i)
    if kept and view.bare[kept[-1]] in {"في", "من"}:
        kept.pop()
    return kept


def split_title(words: SpeakerWords, view: DocView, seg: list[int]) -> tuple[list[int], list[int]]:
    """(title words, name words) of a segment that starts with a title noun."""
    title = [seg[0]]
    # An indefinite head (رئيس، وزير) governs the next word as its genitive; so does باسم.
    governs = words.title_state(view.bare[seg[0]]) == "indefinite"
    position = 1
    while position < len(seg):
        i = seg[position]
        key = view.bare[i]
        state = words.title_state(key)
        definite = key.startswith("ال") or key.startswith("لل") or key.startswith("بال") or state == "definite"
        if governs or definite or key == "باسم" or state is not None:
            title.append(i)
            governs = key == "باسم" or state == "indefinite" or (governs and not definite and state is None)
            position += 1
            continue
        break
    name = seg[position:]
    # A name ends where a second title begins: "عبدالله الثاني ملك الأردن".
    for k, i in enumerate(name):
        if k > 0 and _is_title_word(words, view, i):
            name = name[:k]
            break
    return title, name


def _name_then_title(words: SpeakerWords, view: DocView, seg: list[int]) -> list[int]:
    """A segment that starts with a name: the name, ended by a following title ("قرقاش وزير")."""
    for k, i in enumerate(seg):
        if k > 0 and _is_title_word(words, view, i):
            return seg[:k]
    return seg


def parse_segment(view: DocView, seg: list[int], words: SpeakerWords | None = None) -> SpeakerPhrase | None:
    words = words or load_speaker_words()
    if not seg:
        return None
    anonymous = words.is_a("anonymous", view.bare[seg[0]])
    seg = _cut_at_stop(words, view, seg, anonymous)
    if not seg:
        return None
    seg = seg[:MAX_SEGMENT_WORDS]
    if anonymous:
        return SpeakerPhrase(seg[0], seg[-1] + 1, "anonymous")
    if _is_title_word(words, view, seg[0]):
        title, name = split_title(words, view, seg)
        title_range = (title[0], title[-1] + 1)
        if name:
            name_range = (name[0], name[-1] + 1)
            return SpeakerPhrase(name[0], name[-1] + 1, "name", title_range, name_range)
        return SpeakerPhrase(title[0], title[-1] + 1, "title", title_range, None)
    seg = _name_then_title(words, view, seg)
    return SpeakerPhrase(seg[0], seg[-1] + 1, "name", None, (seg[0], seg[-1] + 1))


def parse_speaker(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The source named in tokens [first, last) after a verb (VSO) or verbal noun.

    The first comma segment is the subject; when it is a bare title and the next segment is
    a name in apposition, the name is the speaker.
    """
    words = load_speaker_words()
    groups = segments(view, first, last)
    if not groups:
        return None
    head = parse_segment(view, groups[0], words)
    if head is None:
        return None
    if head.kind == "title" and len(groups) > 1 and groups[1][0] == _first_word_after(view, head.last):
        apposition = parse_segment(view, groups[1], words)
        if apposition is not None and apposition.kind == "name" and apposition.title is None:
            return SpeakerPhrase(
                apposition.first, apposition.last, "name", head.title, (apposition.first, apposition.last)
            )
    return head


def _first_word_after(view: DocView, i: int) -> int:
    """The next word token at or after i, skipping commas and marks."""
    while i < len(view) and not view.is_word(i):
        i += 1
    return i


def preposed_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject before a verb without a conjunction (SVO): "وكان ترامب قد طالب", "كييف تعلن".

    The words between the clause start (sentence start, a clause opener such as كان/أن/قد, or
    a punctuation mark other than a comma) and the verb must form a short noun phrase, with at
    most one apposition ("رئيس الوزراء الأرمني، نيكول باشينيان، أعلن").
    """
    if view.keys[cue] != view.bare[cue]:
        return None  # وقال / فأكد open their own clause: the subject follows them
    words = load_speaker_words()
    sentence_first, _ = view.sentence_range(cue)
    i = cue - 1
    if i >= sentence_first and view.bare[i] == "قد":
        i -= 1
    end = i + 1
    count = 0
    while i >= sentence_first:
        token = view.tokens[i].text
        if view.is_word(i):
            if view.bare[i] in CLAUSE_OPENERS or view.keys[i] in CLAUSE_OPENERS:
                break
            if _is_stop(words, view, i) or words.is_a("time", view.bare[i]):
                return None
            count += 1
            if count > MAX_SUBJECT_WORDS:
                return None
        elif not (view.is_comma(i) or view.is_mark(i)) and token not in "-–":
            break
        i -= 1
    start = i + 1
    groups = segments(view, start, end)
    if not groups or len(groups) > 2:
        return None
    if any(view.is_word(k) and view.bare[k][:1].isdigit() for k in range(start, end)):
        return None
    return parse_speaker(view, start, end)
