"""Reported speech inside reported content: a verb of saying that goes on with the reported
clause's own subject is that subject's report, nested in the outer quote, which runs on past it.

"وتقول الدعوى إن المدير كان يتباهى بعلاقاته، بل ادعى أن …": ادعى is masculine and has no subject
of its own, so its subject is the one it agrees with. The feminine الدعوى cannot be it; the
masculine المدير, the subject of the reported clause, is. The claim is part of what the lawsuit
says (GUIDELINES.md: a nested quote), so the outer content does not end at ادعى.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from qawl.extractors.quotes.clauses import Trigger
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import COMPLEMENTIZERS

# Conjunctions written apart before the next verb of the same subject: "…، بل ادعى أن …".
_APART = frozenset({"بل", "ثم"})
_FEMININE_PRONOUN = "ها"
_MASCULINE_PRONOUN = "ه"


def _subject_gender(view: DocView, first: int) -> bool | None:
    """The gender of the reported clause's subject (True: feminine), from the pronoun on its
    complementizer (إنه، أنها) or the noun right after a bare one (إن الرميحي، أن الحكومة);
    None for a plural, a dual or anything else unread."""
    comp = first - 1
    if comp < 0 or not view.is_word(comp) or view.bare[comp] not in COMPLEMENTIZERS:
        return None
    word = view.bare[comp]
    if word.endswith(("هم", "هما", "هن")):
        return None
    if word.endswith(_FEMININE_PRONOUN):
        return True
    if word.endswith(_MASCULINE_PRONOUN):
        return False
    if first >= len(view) or not view.is_word(first):
        return None
    text = view.tokens[first].text
    named = view.mention_label(first) is not None or view.title_state(view.bare[first]) is not None
    if not text.startswith("ال") and not named:
        return None  # "أن هناك …"، "أن من …": no noun subject read
    if not named and text.endswith("ة") and not _names_speaker_body(view, first):
        return None  # "إن الأزمة انتهت …": a thing, no subject that can speak
    if text.endswith("ات") or text.endswith("ون") or text.endswith("ين"):
        return None  # a plural
    return text.endswith("ة")


def _names_speaker_body(view: DocView, first: int) -> bool:
    """Whether the definite noun at ``first`` names a body that speaks (الحكومة، الوزارة،
    الصحيفة): an institution or an outlet. A feminine noun that is neither a title, a name nor a
    body is a thing (الأزمة، الخطة): it says nothing, so a verb of saying after its clause is not
    its report. A masculine definite word left unnamed may be a family name (الرميحي)."""
    if not has_article(view, first):
        return False
    head = view.bare[first][2:]
    return view.words.is_a("institution", head) or view.words.is_a("media", head)


def continued_end(
    view: DocView,
    i: int,
    cue: Cue,
    trigger: Trigger,
    span: tuple[int, int],
    inner_frame: Callable[[DocView, int, Cue], Any],  # frames.verb_frame's frame, or None
) -> int:
    """The end of an indirect content span, run on over a report nested in it: the next verb of
    saying right after the span (after a comma or و, or بل/ثم written apart) whose subject is
    the reported clause's own. That subject is either written inside the span before the verb
    ("أن رئيس اللجنة، فلان، كشف أن …": the verb is the clause's predicate) or dropped, the
    verb coordinated with the clause's own verb (و, بل, ثم) and agreeing in gender with the
    reported clause's subject and not with the cue's ("وتقول الدعوى إن المدير كان …، بل ادعى
    أن …"). ``inner_frame`` reads that verb's frame
    (:func:`frames.verb_frame`); its content's end is the new end. Otherwise the span's own end."""
    end = span[1]
    if cue.kind != "verb" or trigger.kind != "that" or cue.object_suffix:
        return end
    k = bisect.bisect_left(view.starts, end)
    _, last = view.sentence_range(trigger.index)
    if k < last and view.is_comma(k):
        k += 1
    apart = k < last and view.is_word(k) and view.bare[k] in _APART
    if apart:
        k += 1
    if k >= last or not view.is_word(k):
        return end
    inner = view.cues[k]
    if inner is None or inner.kind != "verb" or inner.object_suffix:
        return end
    frame = inner_frame(view, k, inner)
    if frame is None or frame.kind not in ("indirect", "mixed", "direct"):
        return end
    if frame.speaker is not None:
        # The predicate of the reported clause, its subject read after the complementizer.
        inside = frame.speaker.start >= trigger.index and view.starts[frame.speaker.last - 1] < end
        return max(end, frame.content[1]) if inside else end
    if not apart and view.keys[k] == view.bare[k]:
        return end  # a predicate whose subject was not read: no dropped subject to agree with
    if cue.feminine is None or inner.feminine is None:
        return end
    subject = _subject_gender(view, trigger.index)
    if subject is None or subject == cue.feminine or inner.feminine != subject:
        return end
    return max(end, frame.content[1])
