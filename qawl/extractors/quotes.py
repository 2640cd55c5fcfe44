"""Quote stage: who said what, as direct, indirect and mixed quotes with their speakers.

Rules, not a model (no Arabic quote-attribution training data exists). For each document:

1. cues — verbs, participles, verbal nouns and source phrases of saying (``data/cues.tsv``);
2. frames — each cue's content: quotation marks, a colon, a complementizer, a governed
   preposition or a bare object (:mod:`quote_frames`); headline colon quotes
   ("رئيس الوزراء الأرمني: …") and source phrases (بحسب، وفقاً لـ) are found apart;
3. speakers — the subject after the cue (VSO) or before it (SVO), titles split from names
   (:mod:`quote_speakers`); a cue without a subject (وأضاف، مؤكداً) carries the previous
   speaker, preferring one whose verb agreed in gender;
4. names — the speaker's entity from the NER/gazetteer stages when a mention overlaps it, else
   the fullest name the document gives, titles resolved to names (:mod:`quote_names`).

Content spans never overlap: when two cues claim the same words, the one found with the
surer frame keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qawl.document import Document, Quote, Span
from qawl.extractors.quote_frames import Frame, trim, verb_frame
from qawl.extractors.quote_lexicon import CueLexicon, SpeakerWords, load_cues, load_speaker_words
from qawl.extractors.quote_names import NameIndex, title_key_of
from qawl.extractors.quote_sources import headline_frames, noun_frame, source_frame
from qawl.extractors.quote_speakers import SpeakerPhrase
from qawl.extractors.quote_view import DocView


@dataclass(slots=True)
class _Said:
    """What a resolved speaker leaves behind for the cues that follow without a subject."""

    name: str
    entity: str | None
    feminine: bool | None


class QuoteAttributor:
    """The quote stage: ``process(docs)`` fills ``doc.quotes`` of each document."""

    def __init__(self, lexicon: CueLexicon | None = None, words: SpeakerWords | None = None) -> None:
        self.lexicon = lexicon or load_cues()
        self.words = words or load_speaker_words()

    def process(self, docs: Sequence[Document]) -> None:
        for doc in docs:
            doc.quotes = self.find(doc)

    # ------------------------------------------------------------------ one document

    def find(self, doc: Document) -> list[Quote]:
        if not doc.text.strip():
            return []
        view = DocView(doc)
        frames = self._frames(view)
        frames = _without_overlaps(frames)
        return self._attribute(view, frames)

    def _frames(self, view: DocView) -> list[Frame]:
        frames: list[Frame] = list(headline_frames(view, self.lexicon, self.words))
        consumed: set[int] = set()
        for i in range(len(view)):
            if not view.is_word(i) or i in consumed:
                continue
            if self.words.is_a("stop", view.keys[i]) and view.keys[i] not in ("بحسب", "حسب", "وفقا", "وفق"):
                continue
            cue = self.lexicon.lookup(view.tokens[i].text)
            if cue is None:
                phrase = source_frame(view, self.lexicon, self.words, i, frames)
                if phrase is not None:
                    frames.append(phrase)
                continue
            if cue.kind in ("verb", "participle"):
                frame, carriers = verb_frame(view, self.lexicon, self.words, i, cue)
                consumed.update(carriers)
                if frame is not None:
                    frames.append(frame)
            elif cue.kind == "noun":
                frame = noun_frame(view, self.lexicon, self.words, i, cue)
                if frame is not None:
                    frames.append(frame)
            elif cue.kind == "source":
                frame = source_frame(view, self.lexicon, self.words, i, frames)
                if frame is not None:
                    frames.append(frame)
        return frames

    def _attribute(self, view: DocView, frames: list[Frame]) -> list[Quote]:
        doc = view.doc
        names = NameIndex.build(view, [e.name for e in doc.entities])
        for frame in frames:
            if frame.speaker is not None and frame.speaker.kind == "name":
                names.add(view.text_of(frame.speaker.first, frame.speaker.last))
        quotes: list[Quote] = []
        history: list[_Said] = []
        for frame in sorted(frames, key=lambda f: f.content[0]):
            cue_span = _cue_span(view, frame)
            content = doc.span(*frame.content)
            if frame.speaker is None:
                said = _antecedent(history, frame.feminine)
                quotes.append(
                    Quote(
                        kind=frame.kind,
                        content=content,
                        cue=cue_span,
                        speaker=None,
                        speaker_entity=said.entity if said else None,
                        speaker_name=said.name if said else None,
                        attribution="carried" if said else "none",
                        confidence=round(frame.confidence * (0.8 if said else 0.3), 2),
                    )
                )
                continue
            speaker_span = _speaker_span(view, frame.speaker)
            name, entity, attribution = self._resolve(view, names, frame.speaker, speaker_span)
            feminine = frame.feminine
            history.append(_Said(name, entity, feminine))
            quotes.append(
                Quote(
                    kind=frame.kind,
                    content=content,
                    cue=cue_span,
                    speaker=speaker_span,
                    speaker_entity=entity,
                    speaker_name=name,
                    attribution=attribution,
                    confidence=round(frame.confidence, 2),
                )
            )
        return quotes

    def _resolve(
        self, view: DocView, names: NameIndex, phrase: SpeakerPhrase, span: Span
    ) -> tuple[str, str | None, str]:
        """(speaker_name, speaker_entity, attribution) of an explicit speaker phrase."""
        doc = view.doc
        entity = _overlapping_entity(doc, span)
        if entity is not None:
            return entity[1], entity[0], "explicit"
        if phrase.kind == "anonymous":
            return span.text, None, "anonymous"
        if phrase.kind == "title":
            title = title_key_of(view, phrase.first, phrase.last)
            named = names.title_name(title, span.start)
            if named is not None:
                return names.fullest(named), None, "title"
            return span.text, None, "explicit"
        return names.fullest(span.text), None, "explicit"


def _antecedent(history: list[_Said], feminine: bool | None) -> _Said | None:
    """The speaker a subjectless cue continues: the last one, or the last that agrees in gender."""
    if not history:
        return None
    if feminine is not None:
        for said in reversed(history[-4:]):
            if said.feminine is None or said.feminine == feminine:
                return said
    return history[-1]


def _cue_span(view: DocView, frame: Frame) -> Span:
    start = view.tokens[frame.cue].start
    end = view.tokens[frame.cue_end - 1].end
    return view.doc.span(start, end)


def _speaker_span(view: DocView, phrase: SpeakerPhrase) -> Span:
    start, end = view.chars(phrase.first, phrase.last)
    start, end = trim(view, start, end, drop_final_stop=False)
    return view.doc.span(start, end)


def _overlapping_entity(doc: Document, span: Span) -> tuple[str, str] | None:
    """(entity id, entity name) of a PER/ORG/LOC mention inside the speaker span."""
    best = None
    for mention in doc.mentions:
        if mention.entity is None or mention.end <= span.start or mention.start >= span.end:
            continue
        entity = doc.entity_by_id(mention.entity)
        if entity is None:
            continue
        length = mention.end - mention.start
        if best is None or length > best[0]:
            best = (length, entity.id, entity.name)
    return (best[1], best[2]) if best else None


def _without_overlaps(frames: list[Frame]) -> list[Frame]:
    """Keep one frame per stretch of content: surer frames first, then earlier cues."""
    kept: list[Frame] = []
    for frame in sorted(frames, key=lambda f: (-f.confidence, f.cue)):
        start, end = frame.content
        if end <= start:
            continue
        if any(start < k.content[1] and k.content[0] < end for k in kept):
            continue
        kept.append(frame)
    return sorted(kept, key=lambda f: f.content[0])

