"""Reported speech inside reported content: the predicate of a reported clause that is itself a
verb of saying is its subject's report, nested in the outer quote, which runs on past it.

"وأفادت الوكالة أن رئيس اللجنة، سامي الحداد، كشف أن …": كشف is the predicate of the clause after
أنّ, and its subject is written inside that clause. The committee head's report is part of what
the agency says (GUIDELINES.md: a nested quote), so the outer content does not end at the comma.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from qawl.extractors.quotes.clauses import Trigger
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.view import DocView

# Conjunctions written apart before the next verb: "…، بل ادعى أن …"، "ثم أضاف".
_APART = frozenset({"بل", "ثم"})


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
    the reported clause's own, written inside the span before the verb ("أن رئيس اللجنة، فلان،
    كشف أن …": the verb is the clause's predicate). A dropped subject is not read here: the
    quote stage gives a nested subjectless cue its host's speaker. ``inner_frame`` reads that verb's frame
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
    return end
