"""The quote stage as a pipeline component: ``QuoteAttributor.process(docs)`` fills ``doc.quotes``.

The stage owns its lexicon (cue forms and speaker word classes, by default the bundled
``data/*.tsv``) and hands it to every rule through the document view; :meth:`QuoteAttributor.find`
is the method, one step per module.
"""

from __future__ import annotations

from collections.abc import Sequence

from qawl.document import Document, Quote
from qawl.extractors.quotes.antecedents import (
    SUBJECT_RUNS,
    SpeakerEvent,
    fronted_subjects,
    relative_among,
    sentence_subjects,
)
from qawl.extractors.quotes.attribution import attribute, document_names
from qawl.extractors.quotes.cues import read_cues, without_overlaps
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.lexicon import (
    CueLexicon,
    SpeakerWords,
    known_words,
    load_cues,
    load_speaker_words,
)
from qawl.extractors.quotes.view import DocView, WordFeatures


class QuoteAttributor:
    """The quote stage: ``process(docs)`` fills ``doc.quotes`` of each document.

    ``lexicon`` and ``words`` replace the bundled cue lexicon and speaker word lists; whatever
    is given here is what every rule reads.
    """

    def __init__(self, lexicon: CueLexicon | None = None, words: SpeakerWords | None = None) -> None:
        self.lexicon = lexicon or load_cues()
        self.words = words or load_speaker_words()
        self.vocabulary = known_words(self.lexicon, self.words)
        # What each surface word is to the rules, remembered across the documents of the stage.
        self.features = WordFeatures(self.lexicon, self.words, self.vocabulary)

    def process(self, docs: Sequence[Document]) -> None:
        for doc in docs:
            doc.quotes = self.find(doc)

    def find(self, doc: Document) -> list[Quote]:
        """The quotes of one document, in text order."""
        if not doc.text.strip():
            return []
        view = DocView(doc, self.lexicon, self.words, self.vocabulary, self.features)
        # 1. Every cue and the content its frame introduces (cues, frames, sources).
        frames, events = read_cues(view)
        taken = {e.cue for e in events} | {f.cue for f in frames}
        # 2. Content spans overlap only where a report nests in another quote's content;
        #    otherwise the surer frame keeps contested words.
        frames = without_overlaps(frames, view)
        if not frames:
            return []  # no quote: the subjects and names below would feed nothing
        # 3. Subjects of clauses that report nothing, which later subjectless cues continue.
        #    Quotes take them in cue order, so a subject at or after the last cue feeds none.
        last_cue = max(frame.cue for frame in frames)
        events += clause_subjects(view, taken, frames, events, before=last_cue)
        # 4. The names speakers resolve to, then each quote's speaker, resolved or carried.
        names = document_names(view, frames)
        return attribute(view, names, frames, events)


def clause_subjects(
    view: DocView, taken: set[int], frames: list[Frame], events: list[SpeakerEvent], before: int
) -> list[SpeakerEvent]:
    """``sentence_subjects(view, taken, before) + fronted_subjects(view, taken, before)``, read
    once for this step and for :func:`antecedents.subjects_of_dropped_frames`, which asks again
    with the cues of the frames ``without_overlaps`` kept and of every event as ``taken``.

    The run skips only the tokens both ask to skip (``taken`` that are cues of ``frames`` or
    ``events``) and is kept in the view (:data:`antecedents.SUBJECT_RUNS`); each caller then drops
    the events whose cue it skips (:func:`antecedents.subjects_read_before` says why that is the
    same list). A relative pronoun this step skips and the run does not is read again.
    """
    skipped = taken & ({frame.cue for frame in frames} | {event.cue for event in events})
    subjects = sentence_subjects(view, skipped, before=before)
    fronted = fronted_subjects(view, skipped, before=before)
    view.answers[SUBJECT_RUNS][before] = (frozenset(skipped), subjects, fronted)
    found = [event for event in subjects if event.cue not in taken]
    if relative_among(view, taken - skipped):
        return found + fronted_subjects(view, taken, before=before)
    return found + [event for event in fronted if event.cue not in taken]
