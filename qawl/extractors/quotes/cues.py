"""Read a document's cues and find each one's frame: the first step of the quote method.

Every word is looked up in the view's lexicon. A verb or participle of saying gets a verb frame
(:mod:`frames`), a verbal noun or source phrase a noun, possessive or source frame
(:mod:`sources`), and headline colon quotes are found apart. Cues that report nothing (negated,
passive, an adjectival participle, a report inside quoted speech) are skipped, but a negated or
content-less verb's explicit subject is kept as a :class:`SpeakerEvent`, since the subjectless
cues after it continue that subject. :func:`without_overlaps` then keeps one frame per stretch
of content.
"""

from __future__ import annotations

import bisect

from qawl.extractors.quotes.antecedents import SpeakerEvent
from qawl.extractors.quotes.frames import Frame, subject_only, verb_frame
from qawl.extractors.quotes.grammar import is_passive, participle_as_adjective
from qawl.extractors.quotes.sources import headline_frames, noun_frame, possessive_frame, source_frame
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import NEGATIONS


def read_cues(view: DocView) -> tuple[list[Frame], list[SpeakerEvent]]:
    """The frames of every cue in the document, and the subjects of cues without content."""
    lexicon, words = view.lexicon, view.words
    frames: list[Frame] = list(headline_frames(view))
    events: list[SpeakerEvent] = []
    consumed: set[int] = _inside_quoted_speech(view)
    for i in range(len(view)):
        if not view.is_word(i) or i in consumed:
            continue
        cue = lexicon.lookup(view.tokens[i].text)
        if cue is not None and cue.kind == "verb" and i > 0 and view.bare[i - 1] in NEGATIONS:
            # A negated speech act (لم يؤكد) reports nothing, but its subject is still the
            # topic that the next subjectless verb continues: "ولم يوضح البيان …، بل أشار".
            subject = subject_only(view, i, cue)
            if subject is not None:
                events.append(SpeakerEvent(i, subject, cue.feminine))
            continue
        if cue is not None and (
            (cue.kind == "verb" and words.is_a("stop", view.keys[i]))
            or is_passive(view.tokens[i].text)
            or (i > 0 and view.bare[i - 1] in NEGATIONS)
            or (cue.kind == "participle" and participle_as_adjective(view, i, cue))
        ):
            continue
        if cue is None:
            phrase = source_frame(view, i, frames)
            if phrase is not None:
                frames.append(phrase)
            continue
        if cue.kind in ("verb", "participle"):
            frame, carriers = verb_frame(view, i, cue)
            consumed.update(carriers)
            if frame is not None:
                frames.append(frame)
            else:
                subject = subject_only(view, i, cue)
                if subject is not None:
                    events.append(SpeakerEvent(i, subject, cue.feminine))
        elif cue.kind == "noun":
            find = possessive_frame if cue.object_suffix else noun_frame
            frame = find(view, i, cue)
            if frame is not None:
                frames.append(frame)
        elif cue.kind == "source":
            frame = source_frame(view, i, frames)
            if frame is not None:
                frames.append(frame)
    return frames, events


def _inside_quoted_speech(view: DocView) -> set[int]:
    """Tokens inside closed quotation marks holding a sentence or more (four words or more).

    A report inside quoted speech belongs to that speech, not to the article: only the outer
    quote is annotated.
    """
    inside: set[int] = set()
    for open_token, close_token in view.open_close.items():
        if close_token is None:
            continue
        words = sum(1 for k in range(open_token + 1, close_token) if view.is_word(k))
        if words >= 4:
            inside.update(range(open_token + 1, close_token))
    return inside


def without_overlaps(frames: list[Frame]) -> list[Frame]:
    """Keep one frame per stretch of content: surer frames first, then earlier cues."""
    starts: list[int] = []  # kept spans, sorted and disjoint
    ends: list[int] = []
    kept: list[Frame] = []
    for frame in sorted(frames, key=lambda f: (-f.confidence, f.cue)):
        start, end = frame.content
        if end <= start:
            continue
        at = bisect.bisect_left(starts, start)
        if at > 0 and ends[at - 1] > start:
            continue
        if at < len(starts) and starts[at] < end:
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.append(frame)
    return sorted(kept, key=lambda f: f.content[0])
