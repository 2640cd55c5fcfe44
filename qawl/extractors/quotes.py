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

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from qawl.document import Document, Quote, Span
from qawl.extractors.quote_antecedents import SpeakerEvent, fronted_subjects, sentence_subjects
from qawl.extractors.quote_frames import Frame, subject_only, trim, verb_frame
from qawl.extractors.quote_lexicon import Cue, CueLexicon, SpeakerWords, load_cues, load_speaker_words
from qawl.extractors.quote_names import (
    NameIndex,
    earlier_description,
    name_words,
    same_words,
    title_key_of,
    written_in,
)
from qawl.extractors.quote_sources import headline_frames, noun_frame, possessive_frame, source_frame
from qawl.extractors.quote_speakers import SpeakerPhrase, has_article, has_li_proclitic
from qawl.extractors.quote_statements import (
    STATEMENT_NOUNS,
    is_statement,
    issuer_in_phrase,
    mentions_statement,
)
from qawl.extractors.quote_view import DocView

STATEMENT_REACH = 4  # words before a cue that may name the statement it is made in
NEGATIONS = frozenset({"لم", "لن", "لا"})
SPEAKER_LABELS = frozenset({"PER", "ORG"})


@dataclass(slots=True)
class _Said:
    """What a resolved speaker leaves behind for the cues that follow without a subject."""

    name: str
    entity: str | None
    feminine: bool | None
    plural: bool = False
    statement: bool = False  # its clause speaks of a statement: "قالت الوزارة في بيان"
    body: bool = False  # an institution or outlet, not a person


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
        frames, events = self._frames(view)
        taken = {e.cue for e in events} | {f.cue for f in frames}
        events += sentence_subjects(view, self.lexicon, self.words, taken)
        events += fronted_subjects(view, self.lexicon, self.words, taken)
        frames = _without_overlaps(frames)
        return self._attribute(view, frames, events)

    def _frames(self, view: DocView) -> tuple[list[Frame], list[SpeakerEvent]]:
        frames: list[Frame] = list(headline_frames(view, self.lexicon, self.words))
        events: list[SpeakerEvent] = []
        consumed: set[int] = _inside_quoted_speech(view)
        for i in range(len(view)):
            if not view.is_word(i) or i in consumed:
                continue
            cue = self.lexicon.lookup(view.tokens[i].text)
            if cue is not None and cue.kind == "verb" and i > 0 and view.bare[i - 1] in NEGATIONS:
                # A negated speech act (لم يؤكد) reports nothing, but its subject is still the
                # topic that the next subjectless verb continues: "ولم يوضح البيان …، بل أشار".
                subject = subject_only(view, self.words, i, cue)
                if subject is not None:
                    events.append(SpeakerEvent(i, subject, cue.feminine))
                continue
            if cue is not None and (
                (cue.kind == "verb" and self.words.is_a("stop", view.keys[i]))
                or is_passive(view.tokens[i].text)
                or (i > 0 and view.bare[i - 1] in NEGATIONS)
                or (cue.kind == "participle" and _participle_as_adjective(view, i, cue))
            ):
                continue
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
                else:
                    subject = subject_only(view, self.words, i, cue)
                    if subject is not None:
                        events.append(SpeakerEvent(i, subject, cue.feminine))
            elif cue.kind == "noun":
                find = possessive_frame if cue.object_suffix else noun_frame
                frame = find(view, self.lexicon, self.words, i, cue)
                if frame is not None:
                    frames.append(frame)
            elif cue.kind == "source":
                frame = source_frame(view, self.lexicon, self.words, i, frames)
                if frame is not None:
                    frames.append(frame)
        return frames, events

    def _attribute(self, view: DocView, frames: list[Frame], events: list[SpeakerEvent]) -> list[Quote]:
        doc = view.doc
        # People and organisations can speak; places only through their governments, and a
        # place name must not become the antecedent of a dropped subject.
        names = NameIndex.build(view, [e.name for e in doc.entities if e.label in SPEAKER_LABELS])
        for frame in frames:
            if frame.speaker is not None and frame.speaker.kind == "name":
                names.add(view.text_of(frame.speaker.first, frame.speaker.last), person=True)
        quotes: list[Quote] = []
        history: list[_Said] = []
        # Antecedents are taken in the order the cues are read.
        sequence: list[tuple[int, Frame | SpeakerEvent]] = [(f.cue, f) for f in frames]
        sequence += [(e.cue, e) for e in events]
        for _, item in sorted(sequence, key=lambda pair: pair[0]):
            if isinstance(item, SpeakerEvent):
                said = self._event_speaker(view, names, item, history)
                if said is not None:
                    history.append(said)
                continue
            quote = self._quote(view, names, item, history)
            quotes.append(quote)
        return sorted(quotes, key=lambda q: q.content.start)

    def _quote(self, view: DocView, names: NameIndex, frame: Frame, history: list[_Said]) -> Quote:
        doc = view.doc
        cue_span = _cue_span(view, frame)
        content = doc.span(*frame.content)
        plural = _plural_cue(view, frame.cue)
        if frame.speaker is None:
            said = _antecedent(history, frame.feminine, plural)
            if frame.about_speech:
                owner = names.nearest_before(view, view.sentence_range(frame.cue)[0], frame.cue)
                if owner is not None:
                    said = _Said(names.fullest(owner), _overlapping_entity_name(doc, owner), frame.feminine)
            return Quote(
                kind=frame.kind,
                content=content,
                cue=cue_span,
                speaker=None,
                speaker_entity=said.entity if said else None,
                speaker_name=said.name if said else None,
                attribution="carried" if said else "none",
                confidence=round(frame.confidence * (0.8 if said else 0.3), 2),
            )
        speaker_span = _speaker_span(view, frame.speaker)
        if (frame.object_first and _disagrees(view, frame)) or _place_after_masculine(
            view, frame, speaker_span
        ):
            return self._quote(view, names, _without_speaker(frame), history)
        name, entity, attribution = self._resolve(view, names, frame.speaker, speaker_span, history)
        said = _Said(name, entity, _speaker_gender(view, frame.speaker, frame.feminine), plural)
        history.append(self._with_source_kind(view, said, frame.speaker, frame.cue, content.start))
        return Quote(
            kind=frame.kind,
            content=content,
            cue=cue_span,
            speaker=speaker_span,
            speaker_entity=entity,
            speaker_name=name,
            attribution=attribution,
            confidence=round(frame.confidence, 2),
        )

    def _event_speaker(
        self, view: DocView, names: NameIndex, event: SpeakerEvent, history: list[_Said]
    ) -> _Said | None:
        """A subject without a quote counts only when it clearly names a source: a title, an
        anonymous source, or a name the document repeats (not an object read as a subject)."""
        phrase = event.speaker
        span = _speaker_span(view, phrase)
        opens_sentence = (
            view.sentence_range(event.cue)[0] == event.cue and view.keys[event.cue] == view.bare[event.cue]
        )
        if not event.speech_verb:
            opens_sentence = False  # any first word: only titles and known names are subjects
        head = view.bare[phrase.first]
        head = head[2:] if has_article(view, phrase.first) else head
        # "ورحب البيت الأبيض …"، "وانتقدت وزارة الخارجية …": a body after a verb of saying is
        # its subject; a bare common noun there may be the object of a dropped subject.
        body = self.words.is_a("institution", head) or self.words.is_a("media", head)
        if is_statement(view, phrase):
            body = True  # "ولم يوضح البيان": a statement is a source by what it is
        elif not event.speech_verb:
            # After any other verb, only one that agrees: "أصدرت وزارة الدفاع بيانا" (feminine
            # verb, feminine body), not "وزار مقر وزارة الدفاع".
            body = body and (event.feminine is True) == view.tokens[phrase.first].text.endswith("ة")
        if phrase.kind == "name" and phrase.title is None and not body and not names.known(span.text):
            phrase = _known_head(view, names, phrase) or phrase
            span = _speaker_span(view, phrase)
        if (
            phrase.kind == "name"
            and phrase.title is None
            and not opens_sentence
            and not body
            and not names.known(span.text)
        ):
            return None
        name, entity, _ = self._resolve(view, names, phrase, span, history)
        return self._with_source_kind(view, _Said(name, entity, event.feminine), phrase, event.cue, None)

    def _with_source_kind(
        self, view: DocView, said: _Said, phrase: SpeakerPhrase, cue: int, content_start: int | None
    ) -> _Said:
        """Mark whether the speaker is a body and whether its clause issues a statement: the
        words from just before the cue ("وفي بيان لها، قالت") to its content, not the whole
        sentence, which may speak of another statement."""
        sentence_first, last = view.sentence_range(cue)
        first = max(sentence_first, cue - STATEMENT_REACH)
        if content_start is not None:
            last = next((k for k in range(first, last) if view.tokens[k].start >= content_start), last)
        said.statement = mentions_statement(view, first, last)
        said.body = self._names_body(view, phrase)
        return said

    def _names_body(self, view: DocView, phrase: SpeakerPhrase) -> bool:
        head = view.bare[phrase.first]
        head = head[2:] if has_article(view, phrase.first) else head
        return self.words.is_a("institution", head) or self.words.is_a("media", head)

    def _statement_issuer(
        self, view: DocView, names: NameIndex, phrase: SpeakerPhrase, history: list[_Said]
    ) -> _Said | None:
        """Who issued the statement a speaker phrase names: the body after its head ("بيان
        لوزارة الدفاع"), else the nearest speaker whose clause issued a statement ("قالت
        الوزارة في بيان"), else the first body the article reports (news leads open with the
        statement the article is about: "أكدت الوزارة أن … ولم يعط البيان …")."""
        inner = issuer_in_phrase(view, self.words, phrase)
        if inner is not None:
            first, last = inner
            start, end = (
                _speaker_span(view, SpeakerPhrase(first, last, "name")).start,
                view.chars(first, last)[1],
            )
            text = view.doc.text[start:end]
            return _Said(names.fullest(text), None, None, body=True)
        issued = next(
            (said for said in reversed(history) if said.statement and not _is_statement_name(said)), None
        )
        if issued is not None:
            return issued
        return next((said for said in history if said.body and not _is_statement_name(said)), None)

    def _resolve(
        self, view: DocView, names: NameIndex, phrase: SpeakerPhrase, span: Span, history: list[_Said]
    ) -> tuple[str, str | None, str]:
        """(speaker_name, speaker_entity, attribution) of an explicit speaker phrase."""
        if is_statement(view, phrase):
            issuer = self._statement_issuer(view, names, phrase, history)
            if issuer is not None:
                return issuer.name, issuer.entity, "title"
        entity = names.entities.heading(span) if names.entities else None
        if entity is not None:
            # The record names the speaker as the document does (GUIDELINES: the fullest name
            # the document gives); the gazetteer's canonical name only when it is fuller and
            # spelled the same ("ترامب" -> "دونالد ترامب", not غوتيريس -> غوتيريش). The entity
            # id links the two either way.
            entity_label = names.entities.entities[entity[0]].label if names.entities else None
            # A place or body is not the first word of a person's name ("اعترفت إسرائيل" is not
            # the minister إسرائيل كاتس named earlier): only people's names are filled out.
            from_text = names.fullest(span.text) if entity_label in (None, "PER") else span.text
            fuller = len(entity[1].split()) > len(from_text.split()) and same_words(entity[1], from_text)
            return written_in(view, entity[1] if fuller else from_text), entity[0], "explicit"
        if phrase.kind == "anonymous":
            if view.bare[phrase.first].startswith("ال"):
                # "المسؤولة السياسية", "المصدر": the article points back to a source named before.
                named = names.title_name(
                    title_key_of(view, phrase.first, phrase.last), span.start, sure_only=True
                )
                if named is not None:
                    return names.fullest(named), None, "title"
            first_mention = earlier_description(view, phrase)
            return (first_mention or span.text), None, "anonymous"
        if phrase.kind == "title":
            title = title_key_of(view, phrase.first, phrase.last)
            named = names.title_name(title, span.start)
            if named is not None:
                return names.fullest(named), None, "title"
            first_mention = earlier_description(view, phrase)
            if first_mention is not None:
                return first_mention, None, "title"
            return span.text, None, "explicit"
        if phrase.first + 1 == phrase.last:
            expanded = names.expand_definite(view, phrase.first)
            if expanded is not None:
                return _clean_name(expanded), None, "title"
        if phrase.title is not None and not names.recurs(span.text):
            # "وأكد الرئيس الفلسطيني حرص الحكومة …": what follows a title is only taken for a
            # name when the document repeats it; else the title's name elsewhere is surer.
            named = names.title_name(title_key_of(view, *phrase.title), span.start, sure_only=True)
            if named is not None and not same_words(named, span.text):
                return names.fullest(named), None, "title"
        return names.fullest(span.text), None, "explicit"


def _known_head(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The longest start of a name phrase that the document knows as a name: in "جعل ماكرون
    إقناع ترامب …" the subject is ماكرون and the words after it begin the object."""
    for last in range(phrase.last - 1, phrase.first, -1):
        if names.known(view.text_of(phrase.first, last)):
            return SpeakerPhrase(phrase.first, last, "name", None, (phrase.first, last))
    return None


def _is_statement_name(said: _Said) -> bool:
    words = name_words(said.name)
    return bool(words) and (words[0][2:] if words[0].startswith("ال") else words[0]) in STATEMENT_NOUNS


def _speaker_gender(view: DocView, phrase: SpeakerPhrase, verb_gender: bool | None) -> bool | None:
    """The speaker's gender for later agreement: a relative pronoun right after the name says
    it outright ("تشوي، التي كانت …"), else the verb's form, else a title in ة (المتحدثة)."""
    k = phrase.last
    while k < len(view) and view.is_comma(k):
        k += 1
    if k < len(view) and view.bare[k] in ("التي", "الذي"):
        return view.bare[k] == "التي"
    if verb_gender is not None:
        return verb_gender
    if phrase.title is not None and view.tokens[phrase.title[0]].text.endswith("ة"):
        return True
    return None


def _disagrees(view: DocView, frame: Frame) -> bool:
    """A masculine verb before a definite feminine noun or ات plural: the noun is its object,
    not its subject ("ووصف الرسالة بأنها …"، "ووصف العقوبات بأنها …": the subject is dropped)."""
    phrase = frame.speaker
    if frame.feminine is None or phrase is None or phrase.title is not None or phrase.kind != "name":
        return False
    head = view.bare[phrase.first]
    if not head.startswith("ال"):
        return False
    if frame.feminine:
        # A feminine verb before a masculine sound plural: "ووصفت المحتجين بأنهم …".
        return head.endswith(("ين", "ون")) and not head.endswith(("يين", "يون"))
    # Feminine nouns in ة and plurals in ات (العقوبات، السلطات) take a feminine verb.
    return view.tokens[phrase.first].text.endswith(("ة", "ات"))


# Place names without the article are feminine (قالت موسكو، أعلنت كييف); these few are not.
_MASCULINE_PLACES = frozenset({"لبنان"})
PLACE_LABELS = frozenset({"LOC", "GPE"})


def _place_after_masculine(view: DocView, frame: Frame, span: Span) -> bool:
    """A city or country after a masculine verb is its object, not its subject: a place
    speaks with a feminine verb (طالبت كييف), so in "وطالب كييف بفتح تحقيق" the subject is
    dropped and كييف is the one asked. Names with the article (العراق، الأردن) are masculine."""
    phrase = frame.speaker
    if frame.feminine is not False or phrase is None or phrase.title is not None:
        return False
    if phrase.last - phrase.first != 1 or has_article(view, phrase.first):
        return False
    if view.bare[phrase.first] in _MASCULINE_PLACES:
        return False
    return any(
        m.label in PLACE_LABELS and m.start <= span.start and m.end >= span.end for m in view.doc.mentions
    )


def _overlapping_entity_name(doc: Document, name: str) -> str | None:
    """The entity id whose canonical name is ``name`` (for a speaker found by name only)."""
    for entity in doc.entities:
        if same_words(entity.name, name):
            return entity.id
    return None


def _without_speaker(frame: Frame) -> Frame:
    return Frame(
        frame.cue,
        frame.cue_end,
        frame.content,
        frame.kind,
        None,
        frame.feminine,
        frame.confidence,
        frame.colon_cue,
    )


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


def is_passive(surface: str) -> bool:
    """A perfect verb written with damma on its first radical is passive, so it has no speaker
    of its own: "ما وُصف بأنه هجوم". Imperfect prefixes (يُؤكد) take damma in the active."""
    damma = "\u064f"
    body = surface
    if len(body) > 3 and body[0] in "وف" and body[1] != damma:
        body = body[1:]  # attached conjunction
    return len(body) > 2 and body[1] == damma and body[0] not in "يتن"


def _clean_name(name: str) -> str:
    return " ".join(name.replace('"', " ").replace("«", " ").replace("»", " ").split())


def _antecedent(history: list[_Said], feminine: bool | None, plural: bool = False) -> _Said | None:
    """The speaker a subjectless cue continues: the last one, or the last that agrees in gender
    and number ("وطالبوا" continues a plural subject, never one person)."""
    if not history:
        return None
    recent = history[-4:]
    if plural:
        return next((said for said in reversed(recent) if said.plural), None)
    if feminine is not None:
        for said in reversed(recent):
            if said.feminine is None or said.feminine == feminine:
                return said
    return history[-1]


_PREDICATE_WORDS = frozenset(
    {"غير", "كان", "كانت", "ليس", "ليست", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت"}
)


def _participle_as_adjective(view: DocView, i: int, cue: Cue) -> bool:
    """A participle that describes a noun rather than a speaker: "فصيلة مهددة بالانقراض"
    (it agrees with the indefinite feminine noun before it), "غير معلنة", "كانت معلنة"."""
    if i == 0 or not view.is_word(i - 1):
        return False
    before = view.bare[i - 1]
    if before in _PREDICATE_WORDS:
        return True
    # A feminine noun (…ة) or a non-human plural (…ات) takes a feminine adjective.
    feminine_noun = view.tokens[i - 1].text.endswith(("ة", "ات")) and not before.startswith("ال")
    return bool(cue.feminine) and feminine_noun


def _plural_cue(view: DocView, cue: int) -> bool:
    """A verb or participle in the plural: قالوا، يقولون، مؤكدين."""
    key = view.bare[cue]
    if key.endswith(("وا", "ون")):
        return True
    found = load_cues().lookup(view.tokens[cue].text)
    if found is not None and found.kind == "noun" and found.object_suffix:
        return key.endswith(("هم", "هما"))  # the possessor of "تصريحاتهم"
    return found is not None and found.kind == "participle" and key.endswith("ين")


def _cue_span(view: DocView, frame: Frame) -> Span:
    start = view.tokens[frame.cue].start
    end = view.tokens[frame.cue_end - 1].end
    return view.doc.span(start, end)


def _speaker_span(view: DocView, phrase: SpeakerPhrase) -> Span:
    start, end = view.chars(phrase.first, phrase.last)
    if has_li_proclitic(view, phrase.first):
        start += 2 if view.tokens[phrase.first].text[1:2] == "\u0640" else 1  # "وفقا لهيئة …"
    start, end = trim(view, start, end, drop_final_stop=False)
    return view.doc.span(start, end)


def _without_overlaps(frames: list[Frame]) -> list[Frame]:
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
