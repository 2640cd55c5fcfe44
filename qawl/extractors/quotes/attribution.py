"""Quotes from frames: each frame's speaker resolved, or carried from the speaker before it.

Frames and the subjects of clauses that report nothing are taken in the order their cues are
read. A frame with an explicit speaker is checked against agreement (:mod:`grammar`: a noun the
verb disagrees with is its object, and the subject is dropped), resolved to a name
(:mod:`resolve`) and remembered (:mod:`history`); a frame without one takes the last speaker
that agrees with its cue in gender and number. A subject without a quote is remembered only
when it clearly names a source.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace

from qawl.arabic import normalize
from qawl.document import Document, Entity, Quote, Span
from qawl.extractors.ner_spans import given_names, org_heads
from qawl.extractors.quotes.antecedents import (
    SpeakerEvent,
    fronted_subject_of,
    lam_verb,
    masculine_in_t,
    mention_ends_at,
    subjects_of_dropped_frames,
)
from qawl.extractors.quotes.clauses import bi_complement, is_complementizer
from qawl.extractors.quotes.complements import (
    abstract_head,
    before_abstract_object,
    definite_antecedent,
    named_source,
    object_after_cue,
    relative_gender,
    resumed_in_clause,
    subject_of_qad,
)
from qawl.extractors.quotes.counted import counted_persons, counted_subject, share_subject
from qawl.extractors.quotes.described_objects import described_object
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.fronted_plural import fronted_plural_head
from qawl.extractors.quotes.grammar import (
    GENDERED_REFERENCES,
    apposition_gender,
    construct_plural,
    definite_dual,
    definite_place_after_masculine,
    disagrees,
    going_on_verb,
    is_passive,
    names_several,
    nominative_name,
    not_a_subject,
    noun_in_construct,
    object_after_verb,
    partitive_group,
    place_after_masculine,
    plural_cue,
    possessed_object,
    pronoun_subject_verb,
    quantified_object,
    several_by_relative,
    sound_plural,
    speaker_gender,
    subject_before_object_body,
    suffixed_plural,
)
from qawl.extractors.quotes.history import (
    Said,
    agreeing_antecedent,
    antecedent,
    clause_subject,
    names_body,
    sentence_speaker,
    sound_masculine_plural,
    with_source_kind,
)
from qawl.extractors.quotes.issuers import li_agent, speech_author
from qawl.extractors.quotes.lexicon import lemma_key
from qawl.extractors.quotes.names import (
    DESCRIPTION_REACH,
    NameIndex,
    bare_before,
    contains_words,
    describes_holder,
    earlier_description,
    name_words,
    person_entity_name,
    same_words,
)
from qawl.extractors.quotes.noun_patterns import verbal_noun
from qawl.extractors.quotes.pairs import dual_pointer_pair
from qawl.extractors.quotes.person_plurals import owned_plural_object
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.postposed import embedded_noun_subject, postposed_subject
from qawl.extractors.quotes.pretexts import pretext_subject
from qawl.extractors.quotes.resolve import body_of_kind, known_head, resolve, speaker_span
from qawl.extractors.quotes.sources import came_in_text, text_points_back
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stance_objects import stance_object
from qawl.extractors.quotes.statements import is_statement
from qawl.extractors.quotes.stops import has_article, is_stop, is_title_word, may_name, surname_li
from qawl.extractors.quotes.subjects import (
    SPEECH_WITHIN,
    VERB_SUBORDINATORS,
    adverbial_clause_governor,
    broken_plural,
    conjoined_verb,
    group_head,
    group_phrase,
    nominative_after_verb,
    plural_clause_subject,
    plural_noun_before_verb,
    plural_verb,
    pronoun_verb_gender,
    relative_antecedent,
    relative_clause_subject,
    relative_subject_agrees,
    title_before_object,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    INDEPENDENT_PRONOUNS,
    INTERLOCUTORS,
    MAIN_CLAUSE_OPENERS,
    POSSESSIVE_ENDINGS,
    RELATIVE_IS_FEMININE,
    RELATIVES,
    ROLE_INTERLOCUTORS,
    SAME_ENDINGS,
    SAME_WORDS,
    SPEECH_PRONOUNS,
)
from qawl.extractors.quotes.written_on import sign_writer, written_on

SPEAKER_LABELS = frozenset({"PER", "ORG"})
# "وأضاف المصدر": "the source" with the article is whoever the article quoted last, unless an
# indefinite "مصدر …" introduced it (then that description), like "المسؤول".
SOURCE_ANAPHORS = frozenset({"المصدر"})


def document_names(view: DocView, frames: list[Frame]) -> NameIndex:
    """The names a speaker may be resolved to: the document's person and organisation entities,
    the names it puts next to titles, and the names the frames give as speakers."""
    # People and organisations can speak; places only through their governments, and a
    # place name must not become the antecedent of a dropped subject.
    token_starts = view.starts
    names = NameIndex.build(
        view,
        [
            person_entity_name(view, e, token_starts) if e.label == "PER" else e.name
            for e in view.doc.entities
            if e.label in SPEAKER_LABELS
        ],
    )
    for frame in frames:
        if _governed_by_preposition(view, names, frame):
            frame = replace(frame, speaker=_subject_after_preposition(view, frame))  # "بشكل قاطع"
        if frame.speaker is not None and (count := _counted_after_cue(view, frame)) is not None:
            frame = replace(frame, speaker=count)  # "قال حوالي ثلثي المشاركين": no name "حوالي ثلثي"
        parts = () if frame.speaker is None else frame.speaker.pair or (frame.speaker,)
        for part in parts:  # "كل من X و Y" names two people, never "X و Y" as one
            part = title_before_object(view, part) or part  # "الوزيرة، دفاعا عن": no name
            part = _name_closed_before_object(view, names, frame.cue, part) or part  # "ماكرون ميركل"
            part = _body_closed_before_object(view, frame.cue, part) or part  # "أنقرة غولن"
            part = _subject_before_group_object(view, frame.cue, part) or part  # "السلطات المئات"
            if part.kind == "name" and not came_in_text(view, part):  # "وجاء في مداخلة الوزير": a text
                names.add(view.text_of(part.first, part.last), person=True)
            if part.name is not None:
                names.speakers.add(name_words(view.text_of(*part.name)))
    return names


def attribute(
    view: DocView, names: NameIndex, frames: list[Frame], events: list[SpeakerEvent]
) -> list[Quote]:
    """One quote per frame, in text order, its speaker resolved or carried."""
    quotes: list[Quote] = []
    history: list[Said] = []
    events = events + subjects_of_dropped_frames(view, frames, events)
    # Antecedents are taken in the order the cues are read.
    sequence: list[tuple[int, Frame | SpeakerEvent]] = [(f.cue, f) for f in frames]
    sequence += [(e.cue, e) for e in events]
    hosts: dict[int, list[Said]] = {}  # cue -> the speaker its quote leaves, for nested reports
    host_genders: dict[int, bool] = {}  # cue -> the gender its singular verb shows
    nested_subjects: dict[int, Said] = {}  # host cue -> the last explicit subject nested in it
    speakers = _SpeakerEntities(view.doc)
    reported = _ContentSpans(view, frames)
    by_cue = {frame.cue: frame for frame in frames}
    # The subject of the last clause that reports nothing, when it does not clearly name a
    # source: a subjectless cue coordinated with that clause in its sentence still shares it.
    governing: SpeakerEvent | None = None
    # The explicit speaker of the last report nested in a quote ("… أن الهيئة اتصلت بمعتمد
    # المنطقة X الذي أكد أن …"), with its cue: a person the narration has made speak.
    inner_speaker: tuple[int, Said] | None = None
    # The last subject made of names joined by و ("أجمع معز وسامي ومراد على …"), with its
    # clause's first token: the antecedent a later plural verb agrees with.
    several: tuple[int, SpeakerPhrase] | None = None
    # The first line of a block of headlines set between the article's paragraphs, with the
    # length the history had before it: what its cues leave is dropped once the article goes on.
    headlines: tuple[int, int] | None = None
    for _, item in sorted(sequence, key=lambda pair: pair[0]):
        if headlines is not None and not linked_headline(view, item.cue):
            # "… بإرادتها في بلد عربي / دراسة: أكثر من 15 مليون حالة إجهاض … / استفتاء تاريخي …
            # / وكتبت على صفحتها": the headlines of other stories linked in the text are read
            # for their own quotes, but their speakers are no one the article goes on with.
            del history[headlines[1] :]
            governing = None
            headlines = None
        if headlines is None and linked_headline(view, item.cue):
            headlines = (item.cue, len(history))
        if item.speaker is None or item.speaker.first > item.cue:
            fronted = fronted_subject_of(view, item.cue)
            if fronted is not None:
                # "إلا أن المحلل السياسي، حاتم النفطي، لا يستبعد خروج الرئيس منتصرا، موضحا":
                # the subject stands before the negated verb; the noun after it is its object.
                item = replace(item, speaker=fronted)
        if isinstance(item, SpeakerEvent):
            if not reported.narrated_in(view, item):
                several = _joined_subject(view, names, item.cue, item.speaker) or several
            if reported.narrated_in(view, item):
                # "قال … إن الأمر تسبب بـ…، إلا أن واشنطن تواصل …"، "قال إنه لم يتخذ قرار في
                # نقل السفارة": a clause inside reported words, a verb of saying included,
                # belongs to the speaker's account; its subject is no one the article goes on
                # to quote.
                continue
            if quotes and _relays_last(view, item, quotes[-1]):
                # "وقالت إنها …، بحسب ما ذكرت صحيفة تلغراف. كما أكدت": the outlet that relayed
                # the words just quoted is not who goes on speaking.
                continue
            if _verb_is_name(view, names, item):
                # "معز معلول لا يخيفه شيء"، "أدلت كريستين بلازي فورد بشهادتها": the word read as
                # the clause's verb is a name the document gives; no clause opens there. A name
                # that opens its clause is the topic the clause is about, the antecedent of the
                # dropped subjects after it; one that ends a name before it opens nothing.
                topic = _named_topic(view, names, item)
                if topic is not None:
                    history.append(topic)
                    governing = None
                    continue
                if item.speaker.last == item.cue and _plain_full_name(view, item.cue - 1, item.cue + 1):
                    continue
            cut = before_abstract_object(view, item.speaker)
            if cut is not None:
                # "وانتقد مدير سابق للمخابرات … أداء ترامب": the noun of a thing is the object.
                item = replace(item, speaker=cut)
            said = None if item.local else _event_speaker(view, names, item, history)
            governing = item if said is None else None
            if said is not None:
                said.reported = item.speech_verb
                history.append(said)
            continue
        if item.speaker is None and item.feminine is None:
            item = _with_participle_gender(view, item)
        if item.feminine is not None and _pretext_head(view, item.cue):
            # "ورفض الوزير الاستقالة بحجة أن …": the ة of the noun is its own gender, not the
            # agreement of a verb; the pretext is given by the subject of its clause.
            item = replace(item, feminine=None)
        if item.speaker is None and _pretext_head(view, item.cue):
            before = pretext_subject(view, item.cue)
            if before is not None:
                # "السفير …، الذي دافع عن الصفقة بزعم أن …"، "لكن المعارضين رفعوا دعوى بحجة أن …":
                # the pretext is given by the subject of the clause it stands in, here before
                # its verb; it is no topic the later dropped subjects go on with.
                item = replace(item, speaker=before, in_object=True)
        if governing is not None and not item.nested:
            agent = _agent_of_governed_noun(view, names, governing, item)
            if agent is not None:
                # "ودأب رؤساء الولايات المتحدة السابقون على حث أوروبا على …": the verbal noun
                # the clause's verb governs has that verb's subject as its agent.
                item = replace(item, speaker=agent)
        agent = _habit_verb_subject(view, item)
        if agent is not None:
            # "إذ دأبت روسيا على اتهام الخوذ البيضاء بـ …"، "إن مسؤولي الكنيسة دأبوا على وصف …":
            # the agent of a verbal noun after a verb of habit or haste is that verb's subject.
            item = replace(item, speaker=agent)
        count = _counted_after_cue(view, item)
        if count is not None:
            # "وطالب 30 نائبا بإقالة الوزير"، "وطالب العشرة أعضاء الديمقراطيون …": a number and
            # the sources it counts, whole, not the number read as a name.
            item = replace(item, speaker=count)
        if item.speaker is not None:
            item = _subject_before_verb(view, item)
        if item.speaker is not None and (kin := _kinship_description(view, names, item.speaker)) is not None:
            # "وقال نجل الرئيس الراحل X إن …": the son speaks, not X, the genitive of his noun.
            item = replace(item, speaker=kin)
        if item.speaker is None:
            # "يُعلن فيها الجيش …"، "صرح به مؤخرا العقيد …": the subject after the pronoun.
            postposed = postposed_subject(view, item)
            if postposed is not None and item.cue > 0 and view.bare[item.cue - 1] in RELATIVES:
                # "المرة الأولى التي يعلن فيها الفلسطينيون …": the subject of a clause that
                # describes a noun is no topic the later dropped subjects go on with.
                item = replace(item, speaker=postposed, in_object=True)
            elif postposed is not None:
                item = replace(item, speaker=postposed)
            elif (embedded := embedded_noun_subject(view, item)) is not None:
                item = replace(item, speaker=embedded)
            elif (each := _each_of_subject(view, names, item, history)) is not None:
                # "وقالت كل من فرنسا وألمانيا …": the names are the subject, and the plural
                # cues after them ("وأضافتا") go on with all of them.
                item = replace(item, speaker=each)
                several = (view.sentence_range(item.cue)[0], each)
        if _after_plural_verb(view, item):
            # "وطالبوا الحكومة بـ …": a verb before its subject stays singular, so the noun
            # after a plural verb is its object; the subject is dropped and goes on from the
            # group the clauses before it name.
            item = replace(item, speaker=None)
        if item.speaker is None and (described := plural_noun_before_verb(view, item.cue)) is not None:
            # "شارك فيها آلاف المواطنين طالبوا الحكومة بـ …": the plural verb right after a
            # plural noun of persons, joined by no و, has that noun as its subject.
            item = replace(item, speaker=described)
        if item.speaker is None and not item.nested:
            # Set once, before the speaker is read: a subject the reading then refuses leaves
            # the cue subjectless, and it is not looked for again.
            placed = _subject_after_auxiliary(view, item.cue, item.feminine) or _relative_clause_verb_subject(
                view, item.cue, item.feminine
            )
            if placed is not None:
                item = replace(item, speaker=placed)
        if not item.nested:
            # "… سامي الحداد ومراد الكمون، وكلاهما نفيا …": the dual pointer is the subject, and
            # it points back to both; any phrase read as the subject is not.
            pair = _dual_pointer_said(view, names, item)
            if pair is not None:
                item = replace(item, speaker=None)
            shared = pair or _adverbial_governor(view, names, item, history)
            if shared is not None:
                history.append(shared)
            elif item.speaker is None and governing is not None:
                shared = _shared_subject(view, names, governing, item, history)
                if shared is None:
                    shared = _agreeing_governor(view, names, governing, item, history)
                if shared is None:
                    shared = _plural_governor(view, names, governing, item, history)
                if shared is not None:
                    history.append(shared)
            if item.speaker is None and shared is None:
                owner = _possessor_subject(view, names, item, history)
                if owner is not None:
                    history.append(owner)
            if item.speaker is None and shared is None:
                group = _plural_clause_group(view, names, item, history)
                if group is None:
                    group = _joined_names_antecedent(view, names, item, several, history)
                if group is not None:
                    history.append(group)
            if item.speaker is None and inner_speaker is not None:
                inner = _agreeing_inner_speaker(view, item, inner_speaker, history)
                if inner is not None:
                    history.append(inner)
            governing = None
        if item.nested:
            # A report inside a quote: its dropped subject is the quoting speaker ("قال:
            # أبلغتهم بأنني …"), and it leaves nothing for the article's later cues.
            local = list(hosts.get(item.host, [])) if item.host is not None else []
            inner = nested_subjects.get(item.host) if item.host is not None else None
            if item.speaker is None and inner is not None and _third_person_present(view, item.cue):
                # "إن غوتيريس يدعو إلى … ويحضّ …": a verb in the third person goes on with the
                # subject of the report before it in the same quote, not with the quoting speaker.
                local = [inner]
            elif item.speaker is None and item.host is not None:
                host_feminine = host_genders.get(item.host)
                other = _agreeing_outer_speaker(view, item, host_feminine, history)
                if other is None:
                    host = local[0].name if local else None
                    other = _reported_clause_subject(view, names, item, host_feminine, host, history)
                if other is not None:
                    local = [other]
            quote = _quote(view, names, item, local)
            if item.speaker is not None and quote.speaker_name and item.host is not None:
                nested_subjects[item.host] = Said(quote.speaker_name, quote.speaker_entity, None)
                gender = speaker_gender(view, item.speaker, item.feminine)
                inner_speaker = (item.cue, Said(quote.speaker_name, quote.speaker_entity, gender))
                host = by_cue.get(item.host)
                if host is not None and _reported_by_source_phrase(view, host, item):
                    # "وبحسب بيان الديوان الملكي فإن الملك قال … . كما حض": the source phrase
                    # says where the words come from; the subject it reports is the speaker the
                    # article goes on with.
                    history.append(Said(quote.speaker_name, quote.speaker_entity, gender))
        else:
            each = several is not None and several[1] == item.speaker  # read by _each_of_subject
            if item.speaker is not None and not item.in_object and not each:
                several = _joined_subject(view, names, item.cue, item.speaker) or several
            quote = _quote(view, names, item, history, reported)
            if quote.speaker_name:
                host = Said(quote.speaker_name, quote.speaker_entity, None)
                host.clause = view.sentence_range(item.cue)[0]
                hosts[item.cue] = [host]
            if item.feminine is not None and not plural_cue(view, item.cue):
                host_genders[item.cue] = item.feminine
        quotes.append(_linked(view.doc, quote, speakers))
    return sorted(quotes, key=lambda q: q.content.start)


# Nouns of kinship that head a phrase in construct with the person they relate to: "نجل الرئيس
# X" is X's son, never X.
KINSHIP_HEADS = frozenset(
    normalize(word)
    for word in (
        "نجل",
        "نجلة",
        "ابن",
        "ابنة",
        "شقيق",
        "شقيقة",
        "زوج",
        "زوجة",
        "والد",
        "والدة",
        "حفيد",
        "حفيدة",
    )
) | frozenset({"ارمله", "كريمه"})
CHILD_HEADS = frozenset(normalize(word) for word in ("نجل", "نجلة", "ابن", "ابنة"))


def _kinship_description(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The whole phrase as a description when its title opens with a noun of kinship in construct
    (no article, no pronoun: "نجل الزعيم X"، "زوجة الرئيس X"): the kin is who speaks, and the
    name after is the genitive that says whose kin. None for any other phrase; for a name set in
    apposition after a comma ("شقيقة الضحية، سلمى X،": she is named) or after a possessed
    genitive ("شقيق زوجها X": X is the brother-in-law); and for a child whose own
    name the document gives, a given name before the father's ("نجل الزعيم عادل إمام" where
    "محمد عادل إمام" is written): a child's full name goes on with the father's."""
    if phrase.title is None or phrase.name is None or phrase.pair is not None:
        return None
    head = phrase.title[0]
    key = view.bare[head]
    if key[:1] == "و" and key[1:] in KINSHIP_HEADS:
        key = key[1:]
    if key not in KINSHIP_HEADS or phrase.title[1] != phrase.name[0] or phrase.name[0] <= head + 1:
        return None
    if view.tokens[phrase.title[1] - 1].text.endswith(POSSESSIVE_ENDINGS):  # ة is no ه here
        return None  # "شقيق زوجها X": a possessed genitive takes no name; X is the kin's own
    if key in CHILD_HEADS:
        father = name_words(view.text_of(*phrase.name))
        fullest = name_words(names.fullest(view.text_of(*phrase.name)))
        if len(fullest) > len(father) and fullest[-len(father) :] == father:
            return None  # the child's own name, which resolution finds
    return SpeakerPhrase(head, phrase.last, "description")


# Particles with a pronoun of the subject right before a verb: "ولكنه نفى"، "لكنها أكدت".
_PRONOUN_PARTICLES = {
    normalize(particle + pronoun): pronoun == "ها" for particle in ("لكن", "ولكن") for pronoun in ("ه", "ها")
}


def cue_pronoun_gender(view: DocView, cue: int) -> bool | None:
    """The gender the particle right before the cue shows by its pronoun ("ولكنه نفى" → False,
    "لكنها أكدت" → True), None when no such particle stands there."""
    if cue < 1 or not view.is_word(cue - 1):
        return None
    return _PRONOUN_PARTICLES.get(view.bare[cue - 1])


# Nouns of a pretext that take أنّ ("بحجة أن"، "بدعوى أن"، "بذريعة أن"، "بزعم أن"): an adverbial of the
# clause they stand in, whose subject gives the pretext.
PRETEXT_HEADS = frozenset(normalize(word) for word in ("بحجة", "بدعوى", "بذريعة", "بزعم"))


def _pretext_head(view: DocView, cue: int) -> bool:
    """Whether the cue is a noun of a pretext, with و or not (:data:`PRETEXT_HEADS`)."""
    key = view.bare[cue]
    return key in PRETEXT_HEADS or (key[:1] == "و" and key[1:] in PRETEXT_HEADS)


def _dual_pointer_said(view: DocView, names: NameIndex, frame: Frame) -> Said | None:
    """The two people a dual relative or pronoun right before a subjectless dual cue points back
    to, joined by و as one speaker (:func:`pairs.dual_pointer_pair`): "… سامي الحداد عن تونس
    ومراد الكمون عن صفاقس اللذان طالبا بـ …" → "سامي الحداد ومراد الكمون"."""
    pair = dual_pointer_pair(view, frame.cue)
    if pair is None:
        return None
    first, second = (names.fullest(name) for name in pair)
    return Said(f"{first} و{second}", None, None, plural=True, joined=True)


SOURCE_PHRASE_HEADS = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا", "تبعا"})


def _reported_by_source_phrase(view: DocView, host: Frame, frame: Frame) -> bool:
    """Whether a nested report with its own subject is the whole content of a source phrase set
    before it: "وبحسب بيان الديوان الملكي فإن الملك عبد الله قال …"، "ووفقا للمصادر، فإن الوزير
    أكد أن …". The phrase (بحسب، وفقا لـ …) opens the sentence and its content opens with the
    subject of the nested verb of saying, after فإن/إن at most."""
    head = host.cue
    key = view.keys[head]
    if (key[1:] if key[:1] == "و" else key) not in SOURCE_PHRASE_HEADS:
        return False
    if view.sentence_range(head)[0] != head:
        return False
    phrase = frame.speaker
    if phrase is None or phrase.last > frame.cue:
        return False
    first = next((k for k in range(head + 1, phrase.start) if view.starts[k] >= host.content[0]), None)
    if first is None:
        return view.starts[phrase.start] <= host.content[0]
    return all(is_complementizer(view, k) or not view.is_word(k) for k in range(first, phrase.start))


MIN_PLURAL_BODY = 6  # letters of a sound plural in ـين without the article: لاعبين، مطورين


def _oblique_plural_object(view: DocView, frame: Frame) -> bool:
    """Whether the phrase read as the subject of a verb that takes an object is a definite sound
    masculine plural in ـين, the accusative: its object ("ونصح المطورين بتخفيض الأسعار"، "وحث
    المتظاهرين على …"، "طالب المشجعين بتحيته"). A plural subject after its verb is nominative
    (ـون). Only a plural of the shapes of persons' nouns: a participle in مـ (المتظاهرين), the
    فاعل pattern (اللاعبين) or a relational adjective (الفلسطينيين); a name in ـين (الكرملين،
    البحرين) is none of these."""
    phrase = frame.speaker
    if phrase is None or phrase.first != frame.cue + 1 or phrase.title is not None:
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or "dobj" not in found.frames:
        return False
    first = phrase.first
    if not has_article(view, first) or view.keys[first] != view.bare[first]:
        return False
    body = view.bare[first][2:]
    if not body.endswith("ين") or len(body) < MIN_PLURAL_BODY:
        return False
    return body[:1] == "م" or body[1:2] == "ا" or body.endswith("يين")


MAX_HEADLINE_WORDS = 14
FINAL_MARKS = frozenset({".", "!", "?", "؟", "…"})


def _headline_line(view: DocView, first: int) -> bool:
    """Whether the line opening at token ``first`` is a headline: a few words (a colon among them
    allowed) that end with no sentence mark or quotation mark."""
    end = view.line_end(first)
    if end >= len(view.tokens):
        return False  # the last line of a text may lack its full stop
    last = view.tokens[end - 1].text
    if last[-1:] in FINAL_MARKS or view.is_mark(end - 1) or last.endswith(":"):
        return False
    return sum(1 for j in range(first, end) if view.is_word(j)) <= MAX_HEADLINE_WORDS


def linked_headline(view: DocView, k: int) -> bool:
    """Whether token k stands in a block of two or more headlines set between an article's
    paragraphs, the titles of other stories linked in the text ("دراسة: أكثر من 15 مليون حالة
    إجهاض تشهدها الهند سنويا / استفتاء تاريخي في أيرلندا على حق الإجهاض"). One headline alone
    may be the subhead of the paragraph below it, which goes on with its speaker ("دبلوماسي
    أوروبي: تركيا تنفرد …"); the title on the first line is none."""
    first = view.line_start(k)
    if first == 0 or not _headline_line(view, first):
        return False
    before = view.line_start(first - 1)
    after = view.line_end(first)
    return (before > 0 and _headline_line(view, before)) or (
        after < len(view) and _headline_line(view, after)
    )


def _subject_before_verb(view: DocView, frame: Frame) -> Frame:
    """The frame with the subject the words before its verb give, where the phrase read as the
    subject is not one (:mod:`complements`). After a relative the verb agrees with and no pronoun
    takes up, the relative's antecedent is the subject and the noun after the verb its object
    ("في الأوساط الأمريكية التي وصفت موقف ترامب بالضعف"). After a subject pronoun or a subject
    before قد, or headed by a noun of a thing, the phrase after the verb is its object, and the
    subject is dropped ("لكنه نفى أي تدخل"، "وأرجع سبب تدهور العلاقات إلى"). An antecedent headed
    by a noun of a thing ("على رأس أولويات أردوغان الذي يؤكد") is the name it ends in."""
    phrase = frame.speaker
    if phrase is None or phrase.pair is not None:
        return frame
    if phrase.start < frame.cue:
        source = _relayed_source(view, frame)
        if source is not None:
            return replace(frame, speaker=source)
        relative = frame.cue > 0 and view.bare[frame.cue - 1] in RELATIVES
        if relative and phrase.title is None and abstract_head(view, phrase.start):
            return replace(frame, speaker=_name_past_abstract_head(view, phrase))
        return frame
    gender = relative_gender(view, frame) if phrase.start == frame.cue + 1 else None
    if gender is not None and not named_source(view, phrase) and not resumed_in_clause(view, frame, gender):
        subject = relative_clause_subject(view, frame.cue) or definite_antecedent(view, frame.cue - 1)
        if subject is not None:
            return replace(frame, speaker=subject)
    if object_after_cue(view, frame):
        return replace(frame, speaker=subject_of_qad(view, frame))
    cut = before_abstract_object(view, phrase)
    return frame if cut is None else replace(frame, speaker=cut)


def _relayed_source(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The source after عن when a verb of relaying follows its subject ("رويترز وواشنطن بوست
    تنقلان عن مسؤولين أتراك أن …"، "والصحيفة تنقل عن مصدر أمني قوله إن …"): as after the verb
    ("نقلت رويترز عن مسؤولين"), the outlets relay and the one they quote is the speaker; his
    phrase ends before قوله, which names what he said."""
    cue = view.cues[frame.cue]
    source = frame.cue + 1
    if cue is None or cue.kind != "verb" or cue.lemma != RELAY_LEMMA:
        return None
    if source + 1 >= len(view) or view.bare[source] != "عن" or not view.is_word(source + 1):
        return None
    end = min(view.sentence_range(frame.cue)[1], source + 1 + MAX_RELAYED_SOURCE_WORDS)
    stop = next((k for k in range(source + 1, end) if view.bare[k].startswith("قول")), end)
    found = parse_speaker(view, source + 1, stop)
    return found if found is not None and found.start == source + 1 else None


RELAY_LEMMA = "نقل"
MAX_RELAYED_SOURCE_WORDS = 12


def _name_past_abstract_head(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The name an earlier stage found that ends a phrase headed by a noun of a thing ("رأس
    أولويات أردوغان" → أردوغان), or None."""
    for k in range(phrase.first + 1, phrase.last):
        label = view.mention_label(k)
        if label is not None and label[1] and label[0] in MENTION_SPEAKERS:
            return SpeakerPhrase(k, phrase.last, "name", None, (k, phrase.last))
    return None


MAX_TOPIC_TITLE_WORDS = 2  # "المؤرخ تال بروتمان": a title word or two before the topic's name


def _with_participle_gender(view: DocView, frame: Frame) -> Frame:
    """A circumstantial participle the lexicon lists as it is written ("مذكرا"، "آملة"، "متمنيا")
    shows its gender by its ending all the same: ـًا is the masculine accusative, ـة the
    feminine. "ودعت فرنسا إسرائيل …، وختم مذكرا": the man, not the country, goes on."""
    found = view.cues[frame.cue]
    if found is None or found.kind != "participle" or found.feminine is not None:
        return frame
    text = view.tokens[frame.cue].text.rstrip(TANWIN)
    if len(text) < MIN_PARTICIPLE_LETTERS or text.startswith("بال"):
        return frame  # "بالقول": a preposition and a verbal noun, no participle
    if text.endswith("ا"):
        return replace(frame, feminine=False)
    if text.endswith("ة"):
        return replace(frame, feminine=True)
    return frame


TANWIN = "\u064b\u064c\u064d"
MIN_PARTICIPLE_LETTERS = 4  # آملا


def _agreeing_outer_speaker(
    view: DocView, frame: Frame, host_feminine: bool | None, history: list[Said]
) -> Said | None:
    """The subject of a subjectless cue nested in a quote whose speaker's gender it does not
    show: "وأضاف أنه يؤيد حكم القاضية والنتائج التي قالتها بأن …". The quoting speaker is the
    dropped subject of a nested verb only when the verb agrees with him; a feminine verb in a
    man's words (or a masculine one in a woman's) points to someone else, the recent speaker of
    its gender the article has quoted. Only in a relative clause on an object, whose dropped
    subject is no noun of the clause ("النتائج التي قالتها"), with a speaker whose gender is
    shown, and not for a first person or a plural."""
    if frame.feminine is None or host_feminine is None or frame.feminine == host_feminine:
        return None
    cue = view.cues[frame.cue]
    relative = frame.cue - 1
    if relative < 0 or view.bare[relative] not in RELATIVES or cue is None:
        return None
    if relative_subject_agrees(view, relative, frame.cue, cue.object_suffix):
        return None  # "الوزيرة التي قالت": the relative's antecedent is the subject
    if plural_cue(view, frame.cue) or _first_person(view, frame.cue):
        return None
    said = agreeing_antecedent(history, frame.feminine)
    if said is None or said.feminine != frame.feminine or said.plural:
        return None
    return Said(said.name, said.entity, said.feminine)


COORDINATORS = frozenset({"بل", "ثم"})  # written apart: "…، بل ادعى أن"، "ثم أكد أن"


def _reported_clause_subject(
    view: DocView,
    names: NameIndex,
    frame: Frame,
    host_feminine: bool | None,
    host: str | None,
    history: list[Said],
) -> Said | None:
    """The subject of the reported clause a nested subjectless cue is coordinated with, when the
    cue agrees with that subject and not with the quoting speaker: "قال المدير: "إن الوزيرة X تزور
    المصنع وتؤكد أن …""، "تقول الدعوى إن المدير كان …، بل ادعى أن …". The verb joined to the
    clause by و, بل or ثم shares its subject; the quoting speaker, of the other gender, cannot be
    its dropped subject. The subject is the noun phrase after the complementizer, up to a verb
    of the cue's gender (one that can speak), or the person the complementizer's own pronoun
    takes up ("إنه برر … وقال"): the last speaker of that gender who is not the quoting one. Not
    a first person, a plural, or a perfect in ـت inside quoted words (there the ت is "I")."""
    feminine = frame.feminine
    if feminine is None or host_feminine is None or feminine == host_feminine or frame.host is None:
        return None
    if plural_cue(view, frame.cue) or _first_person(view, frame.cue) or _speaker_i(view, frame.cue):
        return None
    joined = view.tokens[frame.cue].text.startswith("و") or (
        frame.cue > 0 and view.bare[frame.cue - 1] in COORDINATORS
    )
    if not joined:
        return None
    first = max(frame.host + 1, frame.cue - MAX_CLAUSE_BACK)
    opener = next((k for k in range(frame.cue - 1, first - 1, -1) if is_complementizer(view, k)), None)
    if opener is None:
        return None
    key = view.keys[opener]
    if key.endswith(("ه", "ها")) and not key.endswith(("هم", "هما")):
        # "إنه برر …، وقال": the pronoun on the complementizer is the clause's subject.
        if key.endswith("ها") != feminine:
            return None
        for said in reversed(history[-4:]):
            if said.feminine == feminine and not said.plural and said.name != host:
                return Said(said.name, said.entity, feminine)
        return None
    phrase = parse_speaker(view, opener + 1, min(frame.cue, opener + 2 + MAX_CLAUSE_SUBJECT))
    if phrase is None or phrase.start != opener + 1 or phrase.pair is not None:
        return None
    verb = phrase.last  # the clause's verb, right after its subject, of the cue's gender
    if verb >= frame.cue or verb_gender(view, verb) != feminine:
        return None
    if not (_names_a_source(view, names, phrase) or _plain_full_name(view, phrase.first, phrase.last)):
        return None
    name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
    return Said(name, entity, feminine)


MIN_INNER_NAME_WORDS = 2  # a given and a family name, or a title with its genitive


def _agreeing_inner_speaker(
    view: DocView, frame: Frame, inner: tuple[int, Said], history: list[Said]
) -> Said | None:
    """The person a report nested in the last quote made speak, as the subject of a dropped-
    subject cue that no recent speaker agrees with: "أوضحت الوسلاتي أن الهيئة اتصلت بالمعتمد X
    الذي أكد أن … . وأوضح أن …". The masculine verb cannot go on with the woman quoted; its
    pronoun points to the man whose words the narration has just reported, in the sentence
    before or its own. Only a speaker of two words or more whose gender is shown and agrees is
    taken."""
    cue, said = inner
    if frame.feminine is None or said.feminine != frame.feminine or plural_cue(view, frame.cue):
        return None
    if len(said.name.split()) < MIN_INNER_NAME_WORDS:
        return None  # a one-word subject of a nested clause ("اسمها"، "رائع") is seldom a person
    if not history or agreeing_antecedent(history, frame.feminine) is not None:
        return None
    if cue > frame.cue or view.sentence_of[frame.cue] - view.sentence_of[cue] > 1:
        return None
    if _first_person(view, frame.cue):
        return None
    return Said(said.name, said.entity, said.feminine)


# The particles of a source phrase before its verb: "بحسب ما ذكرت"، "وفق ما أوردت"، "كما أفادت"
# (words.RELAY_WORDS holds the ما forms alone).
RELAY_PHRASE_WORDS = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا", "ما", "حسبما", "وفقما", "كما"})
MAX_RELAY_PARTICLES = 2


def _relays_last(view: DocView, event: SpeakerEvent, last: Quote) -> bool:
    """Whether a verb of saying with a subject is a source phrase set right after the content of
    the last quote, which already has its speaker: the words between that content and the
    verb are a comma and the phrase's particles alone."""
    if not event.speech_verb or last.speaker_name is None or event.cue == 0:
        return False
    if view.starts[event.cue] <= last.content.end:
        return False
    k = event.cue - 1
    words = 0
    while k >= 0 and view.is_word(k) and view.bare[k] in RELAY_PHRASE_WORDS and words < MAX_RELAY_PARTICLES:
        k -= 1
        words += 1
    if words == 0:
        return False
    while k >= 0 and not view.is_word(k) and view.starts[k] >= last.content.end:
        if view.is_sentence_mark(k) and view.bare[event.cue - words] == AS:
            return False  # "…. كما انتقدت الوزارة": كما opening a sentence is "also", no relay
        k -= 1  # the comma, a closing quotation mark
    return k >= 0 and view.starts[k] < last.content.end <= view.starts[k] + len(view.tokens[k].text)


class _ContentSpans:
    """The content spans of a document's outer quotes (not nested ones), to ask whether a
    character lies inside reported words. A source phrase set inside its content ("X، وفق بلاغ
    صادر عنها، …") names the clause's own subject as its source, and its clause is narration:
    only a content that follows its cue, or one whose source is a pronoun ("على حد قوله"), is
    someone's reported words."""

    def __init__(self, view: DocView, frames: list[Frame]) -> None:
        self._spans = _Intervals(
            sorted(
                (frame.content[0], frame.content[1], frame.cue)
                for frame in frames
                if not frame.nested and (frame.speaker is None or frame.content[0] >= view.starts[frame.cue])
            )
        )
        self._quoted: _Intervals | None = None

    def narrated_in(self, view: DocView, event: SpeakerEvent) -> bool:
        """Whether a clause's subject lies in someone's reported words: inside quotation marks,
        or inside an indirect content unless a conjunction opens a main clause before it ("…
        لكن النيابة صوبت"), where the narrator may take over before the content is seen to end."""
        if self._quoted is None:
            self._quoted = _Intervals(
                sorted((k, close, k) for k, close in view.open_close.items() if close is not None)
            )
        if any(True for _ in self._quoted.covering(event.cue, open_start=True)):
            return True
        opener = event.speaker.start - 1
        if opener >= 0 and view.keys[opener] in MAIN_CLAUSE_OPENERS:
            return False
        if event.speech_verb:
            # A verb of saying is inside the words another cue reports only after that cue:
            # "قالت X، في معرض ردها على سؤال، إن …" opens the report, it is not part of it.
            char = view.starts[event.cue]
            return any(cue < event.cue for cue in self._spans.covering(char))
        return self.covers(view.starts[event.cue])

    def covers(self, char: int, own: int | None = None) -> bool:
        """Whether ``char`` lies in the content of a frame other than the one at cue ``own``."""
        return any(cue != own for cue in self._spans.covering(char))


class _Intervals:
    """(start, end, tag) intervals sorted by start, with the furthest end reached so far, so that
    those covering a point are found by bisection and a short walk back: every clause of a
    document asks, and a long document holds thousands of quotes and marks."""

    def __init__(self, items: list[tuple[int, int, int]]) -> None:
        self._items = items
        self._starts = [start for start, _, _ in items]
        self._reach: list[int] = []
        furthest = -1
        for _, end, _ in items:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def covering(self, point: int, open_start: bool = False) -> Iterator[int]:
        """The tags of the intervals with start <= point < end (start < point < end when
        ``open_start``)."""
        k = (bisect.bisect_left if open_start else bisect.bisect_right)(self._starts, point) - 1
        while k >= 0 and self._reach[k] > point:
            if self._items[k][1] > point:
                yield self._items[k][2]
            k -= 1


def _third_person_present(view: DocView, cue: int) -> bool:
    """An imperfect verb in the third person (يدعو، ويحضّ، تطالب), not "I"/"we" (أ، ن)."""
    found = view.cues[cue]
    key = view.bare[cue]
    return (
        found is not None
        and found.kind == "verb"
        and key[:1] in "يت"
        and not key.startswith(normalize(found.lemma))
    )


def _source_inside_report(view: DocView, frame: Frame, reported: _ContentSpans) -> bool:
    """Whether a source phrase qualifies words another cue reports, inside them or right after
    them: "كشفت X أن تونس تحتل المرتبة 127، بحسب تقرير دافوس": the report is X's authority, not
    a speaker the article goes on with, so a later "وأفادت" still continues X."""
    found = view.cues[frame.cue]
    if found is None or found.kind != "source":
        return False
    before = frame.cue - 1
    while before > 0 and view.is_comma(before):
        before -= 1
    return reported.covers(view.starts[frame.cue], frame.cue) or (
        before >= 0 and view.is_word(before) and reported.covers(view.starts[before], frame.cue)
    )


def _quote(
    view: DocView, names: NameIndex, frame: Frame, history: list[Said], reported: _ContentSpans | None = None
) -> Quote:
    doc = view.doc
    cue_span = _cue_span(view, frame)
    content = doc.span(*frame.content)
    plural = plural_cue(view, frame.cue)
    if frame.speaker is not None and going_on_verb(view, frame.speaker.start, frame.speaker.last, frame.cue):
        # "ومضى يقول"، "وراح يؤكد": a verb of going on, not a name; the subject is dropped.
        return _quote(view, names, _without_speaker(frame), history, reported)
    if written_on(view, frame.cue, frame.speaker):
        # "لافتات كتب عليها شعارات …": what is written on the thing, not who wrote it; the
        # one who raised it, if the sentence names him, stands for it.
        writer = sign_writer(view, frame.cue)
        return _quote(view, names, replace(frame, speaker=writer), history, reported)
    if described_object(view, frame.cue, frame.speaker, frame.content[0]):
        # "واتهمت واشنطن بمحاولة …"، "وخامنئي يصف ترامب بـ…": the one phrase between the verb and
        # ب is its object; the subject is dropped, and goes on from the speaker before.
        return _quote(view, names, _without_speaker(frame), history, reported)
    if frame.speaker is None and view.bare[frame.cue] in BY_SAYING:
        subject = _subject_before_saying(view, frame.cue)
        if subject is not None:
            return _quote(view, names, replace(frame, speaker=subject), history, reported)
    if frame.speaker is None and (head := fronted_plural_head(view, frame.cue)) is not None:
        # "وهؤلاء الذين يعارضون القانون يعتقدون أن": the topic the relative clause is on.
        return _quote(view, names, replace(frame, speaker=head), history, reported)
    if (frame.speaker is None or frame.speaker.first > frame.cue) and not plural:
        # With the subject before the verb, a noun after the verb is its object.
        fronted = _name_before_apposition(view, frame.cue, frame.feminine)
        if fronted is None and frame.speaker is None:
            fronted = _preceded_subject(view, frame.cue) or _titled_topic(view, frame.cue, frame.feminine)
        if fronted is not None:
            return _quote(view, names, replace(frame, speaker=fronted), history, reported)
    if frame.speaker is None and not plural and not frame.feminine:
        met = met_person(view, frame)
        if met is not None:
            return _quote(view, names, replace(frame, speaker=met), history)
        if surname_li(view, frame.cue_end):
            # "وقال لي خلال مؤتمر صحافي إن …": Li, not "to me", the addressee the cue reader skips.
            at = frame.cue_end
            li = SpeakerPhrase(at, at + 1, "name", None, (at, at + 1))
            return _quote(view, names, replace(frame, speaker=li), history, reported)
    if frame.speaker is None:
        # A perfect of "we" ("وتحملنا") shows no gender: its تـ is no feminine agreement; nor
        # does a perfect of "I" in the speaker's own words ("وأضاف: عندما بدأت … توقعت أن").
        speaker_i = _speaker_i(view, frame.cue)
        said = antecedent(
            history, None if speaker_i or _we_perfect(view, frame.cue) else frame.feminine, plural
        )
        if said is None and plural:
            said = clause_subject(history, view.sentence_range(frame.cue)[0])
        if said is None and plural:
            said = _statement_authors(view, names, frame, history)
        if said is None and plural and suffixed_plural(view, frame.cue):
            # "عبر مانحون عن استيائهم مما وصفوه"، "اتهم ورثة X فيلما اعتبروه": a plural with an
            # object pronoun is mostly a relative clause on the object of its sentence's speaker,
            # a group whose noun (an indefinite or broken plural, a collective) did not show it.
            said = sentence_speaker(history, view.sentence_range(frame.cue)[0])
        if (said is not None or history) and not plural and frame.feminine is not None and not speaker_i:
            # A feminine verb that no recent speaker agrees with (None) still goes on with the
            # woman or body the clauses before it name.
            nearer = _agreeing_person_before(view, names, frame, history, reported)
            if nearer is None:
                nearer = _coordinated_clause_subject(view, names, frame, history)
            if nearer is not None:
                said = nearer
                history.append(said)
        joined = None if plural else _joined_verb_subject(view, names, frame, history)
        if joined is not None:
            said = joined
            history.append(said)
        if not history and not plural:
            # The first report of an article whose speaker was named only in clauses that
            # report nothing ("تظهر فيه الوزيرة السابقة آمال كربول … وقالت إنها …"): the
            # person named last before it.
            first_person = speaker_i or _we_perfect(view, frame.cue)
            said = _first_report_person(view, names, frame, None if first_person else frame.feminine)
        author = None
        if frame.cue + 1 < len(view.tokens) and view.keys[frame.cue + 1] in SPEECH_WITHIN and not plural:
            author = speech_author(view, frame.cue, names.known)
        if author is not None:
            # "كلمة أردوغان التي قال خلالها"، "تصريحات لوزير … قال فيها": the speech's author
            # says what it holds; the later cues go on with that author.
            name, entity, _ = resolve(view, names, author, speaker_span(view, author), history)
            said = with_source_kind(view, Said(name, entity, frame.feminine), author, frame.cue, None)
            history.append(said)
        elif not plural and (publisher := _text_publisher(view, frame.cue, frame.feminine)) is not None:
            # "نشرت صحيفة X مقالا زعم فيه أن …": the outlet's own article says what it holds.
            name, entity, _ = resolve(view, names, publisher, speaker_span(view, publisher), history)
            said = Said(name, entity, frame.feminine)
        elif frame.about_speech and not plural:
            # "وجه فيه 22 مشرعا رسالة إلى ترامب، قالوا فيها": a plural verb's subject is no
            # one person named before it.
            first = view.sentence_range(frame.cue)[0]
            owner = names.nearest_before(view, first, frame.cue)
            if owner is not None and not _addressee(view, owner, first, frame.cue):
                said = Said(names.fullest(owner), _overlapping_entity_name(doc, owner), frame.feminine)
                start = _name_start(view, owner, first, frame.cue)
                if start is not None and start - first <= MAX_TOPIC_TITLE_WORDS:
                    # "المؤرخ X … نشر رسالة قال فيها: … . وتابع": the person the sentence opens
                    # with, its topic, wrote the text and goes on; a name further on may be
                    # anyone the sentence speaks of ("دعوى ضد المنتج X تتهمه فيه"). The cue's
                    # gender is its own subject's, which may be another ("الطريقة التي تطالب
                    # فيها الحكومة"): the author keeps the gender the text showed elsewhere.
                    history.append(Said(said.name, said.entity, None))
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
    if _governed_by_preposition(view, names, frame):
        # "ونفى بشكل قاطع أن …": the phrase after بـ is no subject; a title after it is
        # ("وصرح بالأمس الوزير أن").
        subject = _subject_after_preposition(view, frame)
        return _quote(view, names, replace(frame, speaker=subject), history, reported)
    closed = frame.speaker and (
        _name_closed_before_object(view, names, frame.cue, frame.speaker)
        or _body_closed_before_object(view, frame.cue, frame.speaker)
        or _subject_before_group_object(view, frame.cue, frame.speaker)
    )
    if closed is not None:
        # "ووصف ماكرون ميركل بأنها …"، "وحذر سارّي لاعبيه من …": the subject is the person's
        # name the document gives in full; the words after it open the verb's object.
        return _quote(view, names, replace(frame, speaker=closed), history, reported)
    titled = subject_before_object_body(view, frame)
    if titled is not None:
        # "واتهم الوزير حزب النهضة بـ …": the body after the definite title is the object.
        return _quote(view, names, replace(frame, speaker=titled), history, reported)
    described = _described_title(view, frame.speaker)
    if described is not None:
        # "ولفت الرئيس الروسي، الساعي للفوز بولاية جديدة، إلى": the title is the subject.
        return _quote(view, names, replace(frame, speaker=described), history, reported)
    span = speaker_span(view, frame.speaker)
    if (
        (frame.object_first and (disagrees(view, frame) or possessed_object(view, frame)))
        or stance_object(view, frame)
        or owned_plural_object(view, frame.cue, frame.speaker, frame.object_first)
        or _object_by_agreement(view, frame)
        or place_after_masculine(view, frame, span)
        or (definite_place_after_masculine(view, frame, span) and names.fullest(span.text) == span.text)
        or pronoun_subject_verb(view, frame)
        or quantified_object(view, frame)
        or not_a_subject(view, frame)
        or _object_before_predicate(view, frame)
        or _titled_object_before_predicate(view, names, frame)
        or _oblique_plural_object(view, frame)
    ):
        return _quote(view, names, _without_speaker(frame), history)
    spokesman = _spokesman_before(view, frame.speaker)
    interlocutor = spokesman is None and is_interlocutor(view, frame.speaker)
    # "بحسب المنظمة ذاتها": a body noun with ذاتها is the body of that kind the document names.
    same_source = refers_back(view, frame.speaker) and body_of_kind(view, names, frame.speaker) is None
    if interlocutor or same_source:
        # "وأفاد ذات المصدر"، "وأضاف المتحدث نفسه"، "ونفى محدثنا": the source named last,
        # said again; a person of the story quoted in between is not "the same source".
        informants = [said for said in history if said.informant] or history
        carried = _quote(view, names, _without_speaker(frame), informants)
        first = frame.speaker.first
        carried.speaker = (
            speaker_span(view, SpeakerPhrase(first, first + 1, "title")) if interlocutor else span
        )
        if reported is not None and not frame.in_object and carried.speaker_name is not None:
            _named_again(history, informants, carried.speaker_name)
        return carried
    if spokesman is not None:
        name, entity, attribution = resolve(view, names, spokesman, speaker_span(view, spokesman), history)
        attribution = "title"
    else:
        name, entity, attribution = resolve(view, names, frame.speaker, span, history)
        if (
            object_after_verb(view, frame)
            and _weak_head(view, names, frame.speaker, name, entity, attribution)
            and _agreeing_said(history, frame.feminine) is not None
        ):
            # "قالت المنظمة …. ووصفت سياسة الرئيس بأنها …": a thing that nothing marks as a
            # source (_weak_head), in construct right after a verb that takes its object first,
            # is that object; the verb's subject is dropped and goes on from the speaker before
            # that agrees with the verb.
            return _quote(view, names, _without_speaker(frame), history, reported)
    came_in = came_in_text(view, frame.speaker)
    if came_in and attribution != "title" and history and text_points_back(view, frame.speaker):
        # "وجاء في البيان الذي نشرته الوكالة"، "بحسب ما جاء في تدوينة نشرها": a text whose
        # author is not named is the words of the one the article is about.
        said = antecedent(history, None)
        if said is not None:
            name, entity, attribution = said.name, said.entity, "title"
    if entity is None:
        name = nominative_name(view, frame.speaker, name)
    # "الباحثون" is a group that a later plural verb (أشاروا، مؤكدين) continues.
    group = (
        sound_plural(view, frame.speaker.first, frame.speaker.first > frame.cue)
        or construct_plural(view, frame.speaker.first)
        or broken_plural(view, frame.speaker.first)
        or definite_dual(view, frame.speaker.first)
        or partitive_group(view, frame.speaker)
        or names_several(view, frame.speaker)
        or several_by_relative(view, frame.speaker)
        or _indefinite_plural(view, frame.speaker)
        or counted_persons(view, frame.speaker)
    )
    joined = _names_joined(view, names, frame.speaker)
    said = Said(
        name,
        entity,
        _marked_gender(view, frame.speaker, None if _after_from(view, frame.speaker) else frame.feminine),
        plural or frame.speaker.pair is not None or group or joined,
        joined=joined,
    )
    said.informant = not _stands_for_itself(view, frame.speaker, name, span, attribution, entity)
    said.weak = _weak_head(view, names, frame.speaker, name, entity, attribution)
    if frame.speaker.title is None and has_article(view, frame.speaker.first):
        # A definite common noun may be a plural (النواب، المحتجون); a named person is not.
        said.sentence = view.sentence_range(frame.cue)[0]
    if (
        not frame.in_object
        and not came_in
        and not (reported is not None and _source_inside_report(view, frame, reported))
    ):
        history.append(with_source_kind(view, said, frame.speaker, frame.cue, content.start))
    return Quote(
        kind=frame.kind,
        content=content,
        cue=cue_span,
        speaker=span,
        speaker_entity=entity,
        speaker_name=name,
        attribution=attribution,
        confidence=round(frame.confidence, 2),
    )


def _indefinite_plural(view: DocView, phrase: SpeakerPhrase) -> bool:
    """An unnamed source headed by an indefinite noun in the sound masculine plural ("وعبر
    مسؤولون روس عن …"، "قال دبلوماسيون غربيون"): several people, whom the plural verbs after
    them continue ("كما عبروا"، "مضيفين"). The nominative ـون marks the plural; a name is none."""
    if phrase.kind not in ("anonymous", "description") or phrase.name is not None:
        return False
    first = phrase.first
    return view.is_word(first) and not has_article(view, first) and sound_masculine_plural(view.bare[first])


def _marked_gender(view: DocView, phrase: SpeakerPhrase, verb_feminine: bool | None) -> bool | None:
    """The speaker's gender (:func:`speaker_gender`), where a title in ة outweighs a masculine
    verb: the masculine is the form a writer falls back on ("قال مندوبة أميركا، X"), the
    feminine ending of a person's title is marked and holds."""
    gender = speaker_gender(view, phrase, verb_feminine)
    if gender is False and verb_feminine is False and _feminine_body(view, phrase):
        return True  # "وكشف صحيفة الأيام …، وقالت": a body in ة is feminine
    if gender is not False or verb_feminine is not False or phrase.title is None:
        return gender
    head = phrase.title[0]
    # A woman's title is a man's with ة (مندوبة، وزيرة); a man's title may end in ة (عمدة).
    key = view.bare[head][2:] if has_article(view, head) else view.bare[head]
    feminine_title = view.tokens[head].text.endswith("ة") and view.words.is_a("title", key[:-1])
    return True if feminine_title and apposition_gender(view, phrase) is None else gender


def _feminine_body(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the phrase is headed by an institution or outlet noun in ة (صحيفة، وزارة، وكالة):
    feminine, whatever the form of the verb before it."""
    return names_body(view, phrase) and view.tokens[phrase.first].text.endswith("ة")


def _name_closed_before_object(
    view: DocView, names: NameIndex, cue: int, phrase: SpeakerPhrase
) -> SpeakerPhrase | None:
    """VSO: the subject ends where the object begins. A person's name ends with the family
    name, so when the first words after the verb are how the document ends one person's name
    ("ماكرون" of "إيمانويل ماكرون", "كمال أوزتورك") and the phrase goes on, the words after it
    are not that name: another person ("ووصف ماكرون ميركل بأنها")، a noun ("ووصف روحاني قرار
    الانسحاب"، "وحذر سارّي لاعبيه") or a place ("وانتقد كمال أوزتورك واشنطن"), the verb's
    object or an adverbial ("وقال ترامب ممازحا"). A definite noun there is read so only after
    a verb that takes an object first (frame dobj). Gives the name alone, or None."""
    if phrase.title is not None or phrase.pair is not None or phrase.kind != "name":
        return None
    first = phrase.first
    if first != cue + 1 or phrase.last - first < _MIN_NAME_AND_OBJECT:
        return None
    found = view.cues[cue]
    if found is None or found.kind != "verb" or found.object_suffix:
        return None  # "وتتهمه عشرات النساء": the object is the pronoun
    words = name_words(view.text_of(first, phrase.last))
    if len(words) != phrase.last - first:
        return None  # a token the name reader drops or splits: keep the phrase as read
    for width in range(1, min(len(words), _MAX_CLOSING_WORDS + 1)):
        closing = words[:width]
        if not _name_word(view, first + width - 1) or not view.is_word(first + width):
            return None  # "الوزير …"، "صندوق النقد"، "السفارة الأميركية": no family name
        person = names.person_ending_in(closing[-1])
        if person is None or name_words(person)[-width:] != closing:
            continue
        full = name_words(person)
        if len(full) == width and full[0] not in given_names():
            continue  # named alone elsewhere, no given name shows it is a person's name
        if full[0].startswith("ال") and not full[0].endswith(_NISBA_ENDINGS):
            continue  # "الحكومة اليمنية": a definite noun opens no person's name
        after = first + width
        if view.bare[after] in given_names() or _joined_to_subject(view, after):
            return None  # "علي حسن": a given name opens a name; "دوتيرتي ومسؤولون": one subject
        if _name_goes_on(names, words, width):
            return None  # "عبدالله الثاني": the document writes the words as one name elsewhere
        if has_article(view, after) and "dobj" not in found.frames:
            # A definite noun after the name is the object of a verb that takes one ("ووصف
            # هنيدي النادي"); after any other verb it may be a family name ("وأشار جمال العدل").
            return None
        return SpeakerPhrase(first, after, "name")
    return None


_MIN_NAME_AND_OBJECT = 2
_MAX_CLOSING_WORDS = 2  # "ماكرون"، "كمال أوزتورك"


def _body_closed_before_object(view: DocView, cue: int, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """VSO after a verb that takes an object first (frame dobj): a place or body the earlier
    stages found right after the verb ("وتتهم أنقرة غولن بـ"، "ونصح صندوق النقد لبنان بـ") is
    complete where its mention ends, so the words after it open the object. Not when the next
    word is definite (a definite adjective may go on the name: "مجلس الأمن الدولي") unless a
    mention opens there ("وانتقدت تركيا الولايات المتحدة"), nor when it is a media word or a
    time word that makes one title with it ("واشنطن بوست"، "روسيا اليوم"), nor when و joins it
    to the subject ("فرنسا وألمانيا"). Gives the place or body alone, or None."""
    if phrase.title is not None or phrase.pair is not None or phrase.first != cue + 1:
        return None
    found = view.cues[cue]
    if found is None or found.kind != "verb" or found.object_suffix or "dobj" not in found.frames:
        return None
    first = phrase.first
    label = view.mention_label(first)
    if label is None or label[0] not in _BODY_LABELS or not label[1]:
        return None
    end = first + 1
    while end < phrase.last:
        inside = view.mention_label(end)
        if inside is None or inside[1]:
            break
        end += 1
    if end >= phrase.last or not view.is_word(end) or not view.is_word(end - 1):
        return None
    after = view.mention_label(end)
    key, bare = view.keys[end], view.bare[end]
    if has_article(view, end) and not (after is not None and after[1]):
        return None
    if view.words.is_a("media", bare) or view.words.is_a("time", bare) or view.words.is_a("stop", bare):
        return None
    if key[:1] == "و" and (after is None or not after[1]) and (key[1:3] == "ال" or view.count(bare[1:]) > 0):
        return None
    if key[:1] == "و" and view.mentions_from(view.tokens[end].start + 1):
        return None  # "فرنسا وألمانيا": one subject of two places
    return SpeakerPhrase(first, end, phrase.kind)


_BODY_LABELS = frozenset({"LOC", "ORG"})


def _subject_before_group_object(view: DocView, cue: int, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """VSO after a verb that takes an object first (frame dobj): a quantifier of a group
    (الجميع، المئات، الآلاف، جميع، كافة) or the body "المجتمع الدولي" is never an adjective nor
    a word of a name, so after a complete definite subject ("السلطات"، "الرئيس اليمني"، "مجلس
    الأمن") it opens the object ("ونصحت السلطات المئات بـ"، "ودعا البيان المجتمع الدولي إلى").
    After an indefinite word it is that word's second term ("قلق المجتمع الدولي"،
    "منظمات المجتمع المدني"). Gives the subject alone, or None."""
    if phrase.pair is not None or phrase.first != cue + 1:
        return None
    found = view.cues[cue]
    if found is None or found.kind != "verb" or found.object_suffix or "dobj" not in found.frames:
        return None
    for k in range(phrase.first + 1, phrase.last):
        bare = view.bare[k]
        group = bare in _GROUP_QUANTIFIERS or (
            bare == _COMMUNITY and k + 1 < len(view) and view.bare[k + 1] == _INTERNATIONAL
        )
        if not group:
            continue
        before = k - 1
        closed = has_article(view, before) or view.mention_label(before) is not None
        if not view.is_word(before) or not closed:
            return None
        title = phrase.title
        if title is not None and title[1] > k:
            title = (title[0], k) if title[0] < k else None
        name = phrase.name
        if name is not None and name[1] > k:
            name = (name[0], k) if name[0] < k else None
        return SpeakerPhrase(phrase.first, k, phrase.kind, title, name)
    return None


_GROUP_QUANTIFIERS = frozenset(
    normalize(w) for w in ("الجميع", "المئات", "الآلاف", "العشرات", "جميع", "كافة")
)
_COMMUNITY, _INTERNATIONAL = normalize("المجتمع"), normalize("الدولي")


# Words that hold a name together with the word after them: آل، بن، أبو، عبد.
_NAME_LINKS = frozenset({"ال", "بن", "ابن", "بنت", "ابو", "عبد", "ابي", "دي", "فون", "فان"})


def _name_goes_on(names: NameIndex, words: tuple[str, ...], width: int) -> bool:
    """Whether a name of the document other than the phrase itself holds the closing words
    with the word after them: the person whose family name is that word ("عبدالله الثاني"،
    "ياسر القحطاني"), or a longer name through them."""
    joined = words[: width + 1]
    other = names.person_ending_in(joined[-1])
    if other is not None and contains_words(name_words(other), joined):
        return True
    fullest = name_words(names.fullest(" ".join(joined)))
    return fullest != words and len(fullest) > len(joined) and contains_words(fullest, joined)


def _name_word(view: DocView, i: int) -> bool:
    """Whether word i may close a person's name: no title, no body's head word (صندوق، مجلس،
    السفارة), no definite noun but a nisba (العلوي), no link to a next name word (آل، بن)."""
    key = view.bare[i]
    if key in _NAME_LINKS or is_title_word(view, i):
        return False
    if has_article(view, i) and not _nisba(view, i):
        return False
    stem = key[2:] if has_article(view, i) else key
    return not any(view.words.is_a(kind, k) for kind in ("institution", "media") for k in (key, stem)) and (
        stem not in org_heads()
    )


def _joined_to_subject(view: DocView, i: int) -> bool:
    """و on a definite noun or a sound plural joins it to the subject before it ("ووصف الرئيس
    ومستشاروه"، "دوتيرتي ومسؤولون آخرون"); a word that only starts with و (واشنطن) does not."""
    key = view.keys[i]
    return key[:1] == "و" and (key[1:3] == "ال" or key.endswith(("ون", "ين", "ات")))


def _nisba(view: DocView, i: int) -> bool:
    """A definite nisba (الفرنسي، المصرية) that may describe the name before it; not a noun
    with its owner's pronoun (لاعبيه)."""
    return has_article(view, i) and view.bare[i].endswith(_NISBA_ENDINGS)


_NISBA_ENDINGS = ("ي", "يه")


# Words after بـ that open an adverbial or a complement, never a speaker: "بشكل"، "بما"، "بأي".
_MIN_BI_DEFINITE = 6  # ب + ال + a noun of three letters: بالوضع
# Not بأن alone, which spells the name بان (بان كي مون).
_BI_PHRASE_HEADS = frozenset({"بشكل", "بما", "باي", "بانه", "بانها", "بذلك", "بهذا", "بهذه", "بصوره"})


def _subject_after_preposition(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The title the speaker phrase holds after its opening بـ word, if any."""
    phrase = frame.speaker
    if phrase is None or phrase.last <= phrase.first + 1:
        return None
    rest = parse_speaker(view, phrase.first + 1, phrase.last)
    return rest if rest is not None and rest.title is not None else None


# لـ on a particle or a pronoun: "ويقول لقد تغير"، "قال لمن يفكرون"، "قال لهم".
_LI_PHRASE_HEADS = frozenset({"لقد", "لمن", "لما", "لكل", "لهم", "لها", "له", "لنا", "لكم", "لهن"})
_LI_HAMZA = ("لأ", "لإ")  # لـ on a noun in hamza, written: "لأعضاء البرلمان"، "لأشقائنا"
_MIN_LI_DEFINITE = 5  # ل + ال + a noun of two letters or more: للصحفيين
_MIN_LI_HAMZA = 4


def _addressed(view: DocView, names: NameIndex, k: int) -> bool:
    """Whether word k right after a verb of saying is the one it addresses, لـ and a noun ("وقال
    للصحفيين"، "وقال لأعضاء البرلمان"، "وقال لوكالة الأنباء"، "وقال لبرنامج") or a particle ("ويقول
    لقد تغير"): لـ governs it, so it is no subject. A name in لـ (لافروف، لاغارد، لطيفة) has none of
    these shapes: the article after لـ (لل), a hamza written on its second letter, or a head of an
    outlet after it; a name of the document that ends in the word (a family name لأمين) is kept."""
    text = view.tokens[k].text
    key = view.bare[k]
    if key in _LI_PHRASE_HEADS:
        return True
    if not text.startswith("ل") or names.person_ending_in(key) is not None:
        return False
    if text.startswith("لل") and len(key) >= _MIN_LI_DEFINITE:
        return True
    if text.startswith(_LI_HAMZA) and len(key) >= _MIN_LI_HAMZA:
        return True
    return view.words.is_a("media", key[1:]) or key[1:] == "برنامج"


def _governed_by_preposition(view: DocView, names: NameIndex, frame: Frame) -> bool:
    """A noun governed by a preposition is never the subject: "ونوه بالوضع"، "وصرح بشكل واضح
    أن"، "يوضحان بما". The phrase read right after the verb opens with بـ on a definite noun
    (بالوضع) or on a particle (بما، بأي), and no name of the document holds that word (the family
    name "بالخير" of "عبدالله بالخير")."""
    phrase = frame.speaker
    if phrase is None or phrase.title is not None or phrase.first != frame.cue + 1:
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb":
        return False
    first = phrase.first
    key = view.bare[first]
    if key in _BI_PHRASE_HEADS or _addressed(view, names, first):
        return True
    if not key.startswith("بال") or len(key) < _MIN_BI_DEFINITE or names.person_ending_in(key) is not None:
        return False
    # بـ on a definite noun, which the document writes without بـ or which a definite adjective
    # follows ("بالوضع الصعب"); a name in بال (بالوتيلي) has neither.
    return view.count(key[1:]) > 0 or (phrase.last > first + 1 and has_article(view, first + 1))


# Verbs whose بـ complement says something of their object: "وصف X بأنه …"، "اتهم X بـ …".
_PREDICATING_VERBS = frozenset({"وصف", "اتهم"})
# A prepositional phrase that may stand between that object and the بـ complement ("فيها").
_BETWEEN_OBJECT_AND_BI = frozenset({"في", "فيه", "فيها", "فيهم", "خلال", "امام", "لدي"})
_MAX_BETWEEN = 3
_BI_DEFINITE = ("بال", "بان")  # بالإرهاب، بأنه / بأن


def _object_before_predicate(view: DocView, frame: Frame) -> bool:
    """A verb that says something of its object (وصف X بأنه، اتهم X بـ) puts subject, object,
    then the بـ complement, and cannot leave the object out. With a single noun phrase between
    the verb (no object pronoun on it) and the complement, and at most a prepositional phrase
    after it, that noun is the object and the subject is dropped: "ووصف الوضع فيها بأنه
    «جحيم»" (he described the situation there as hell). So is a document in construct
    ("ووصف تقرير الصحيفة بأنه")، a phrase after the pronoun of the speech the verb is in (وصف فيه)
    or after a hashtag sign, and a one-word name the earlier stages found when the بـ complement
    follows it at once (:func:`_named_object`). A title is left to the subject readers."""
    phrase = frame.speaker
    if phrase is None or phrase.title is not None or phrase.pair is not None:
        return False
    # "وصف فيه تقرير الصحيفة بأنه": the pronoun of the speech the verb is in stands first; so
    # may the sign of a hashtag ("ووصف #الجيش_الإسرائيلي بأنه").
    skipped = frame.cue + 1 < len(view.tokens) and (
        view.keys[frame.cue + 1] in SPEECH_PRONOUNS or view.tokens[frame.cue + 1].text == "#"
    )
    if phrase.first != frame.cue + (2 if skipped else 1):
        return False
    if view.mention_label(phrase.first) is not None and not _named_object(view, frame.cue, phrase):
        return False
    if phrase.kind != "name" and not (phrase.kind == "anonymous" and _thing_in_construct(view, phrase)):
        return False  # "ووصف تقرير الصحيفة بأنه": a document in construct is still one noun phrase
    if phrase.last - phrase.first > 1 and phrase.kind == "name" and not _definite_thing(view, phrase.first):
        # "حكومة إثيوبيا الاجتماع"، "هنيدي النادي"، "ترامب الاتفاق"، "الدبلوماسي المؤتمر": a
        # subject that can speak, with the object glued on (a one-word name before a definite
        # noun reads like a noun in construct; a source word such as تقرير names no one)
        return False
    if nominative_after_verb(view, frame.cue):
        return False  # "واتهم المسؤولون …": the ending ون is the subject's case
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or found.object_suffix or found.lemma not in _PREDICATING_VERBS:
        return False
    k = phrase.last
    if k < len(view) and view.is_word(k) and view.bare[k] in _BETWEEN_OBJECT_AND_BI:
        limit = min(len(view), phrase.last + _MAX_BETWEEN + 1)
        k += 1
        while k < limit and view.is_word(k) and not _bi_predicate(view, k):
            k += 1
    return k < len(view) and _bi_predicate(view, k)


MAX_OBJECT_CONJUNCTS = 10  # "ونظيره الفرنسي إيمانويل ماكرون ورئيسة الوزراء البريطانية تيريزا ماي"


def _titled_object_before_predicate(view: DocView, names: NameIndex, frame: Frame) -> bool:
    """A titled person (and the persons joined to him by و) between a verb that says something
    of its object and its بـ complement, with no other noun phrase there: the object, for the
    verb cannot leave its object out, and the subject is dropped: "ووصف الرئيس الأمريكي X ونظيره
    الفرنسي Y بـ"المجرمين""، "واتهم زعيم المعارضة X بأنه …". Two noun phrases there are the
    subject and the object ("ووصف الوزير الاتفاق بأنه"), and a relative clause may leave its
    object out ("الاتفاق الذي وصف الرئيس X بأنه"); so does a name that runs on past where the
    document ends a person's name ("يتهم الرئيس رجب طيب أردوغان غولن بـ": the subject, then the
    object)."""
    phrase = frame.speaker
    if phrase is None or phrase.title is None or phrase.pair is not None:
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or found.object_suffix or found.lemma not in _PREDICATING_VERBS:
        return False
    if phrase.start != frame.cue + 1 or phrase.name is None or nominative_after_verb(view, frame.cue):
        return False  # a title alone may be cut before its seat: "مفوض حقوق الإنسان بالأمم المتحدة"
    joined = view.keys[frame.cue] != view.bare[frame.cue] and view.keys[frame.cue][:1] == "و"
    if not joined or view.sentence_range(frame.cue)[0] == frame.cue:
        # Only a verb joined by و to a clause before it in its sentence ("وندد X بالضربات،
        # ووصف …"), whose subject it shares; a sentence's first verb ("واتهمت المعارضة شمعون
        # بـ"، "من جانبه، وصف الرئيس ترمب بـ"…" تلك الملاحقات") has its own subject there.
        return False
    if any(view.mention_label(m) in _BODY_LABELS for m in range(phrase.first, phrase.last)):
        return False  # "واتهم الرئيس ترامب إيران بأنها": a place or body after the name is the object
    words = name_words(view.text_of(phrase.first, phrase.last))
    for width in range(1, len(words)):
        person = names.person_ending_in(words[width - 1])
        if person is not None and name_words(person)[-1] == words[width - 1]:
            return False  # a known person's name ends inside the phrase: the object follows it
    k = phrase.last
    if k < len(view) and not _bi_predicate(view, k):
        # Persons joined to the first: each conjunct opens with و ("ونظيره"، "ورئيسة الوزراء").
        if not (view.is_word(k) and view.tokens[k].text.startswith("و") and _joined_person(view, k)):
            return False
        limit = min(len(view), k + MAX_OBJECT_CONJUNCTS)
        while k < limit and view.is_word(k) and view.cues[k] is None and not _bi_predicate(view, k):
            if is_stop(view, k):
                return False
            k += 1
    return k < len(view) and _bi_predicate(view, k)


def _joined_person(view: DocView, k: int) -> bool:
    """Whether word k is و on a title or on a name the stages found (ونظيره، ووزير الخارجية)."""
    key = view.keys[k][1:]
    return is_title_word(view, k) or view.title_state(key) is not None or view.mention_label(k) is not None


def _named_object(view: DocView, cue: int, phrase: SpeakerPhrase) -> bool:
    """A one-word name right between the verb and its بـ complement ("وصفت سنغافورة بأنها"،
    "واتهمت حماس بالعمل"): the object, though a name; not in a relative clause, whose object
    may be left out ("الاتفاق الذي وصف ترامب بأنه")."""
    if phrase.last != phrase.first + 1 or phrase.last >= len(view) or not _bi_predicate(view, phrase.last):
        return False
    return cue == 0 or (view.bare[cue - 1] not in RELATIVES and view.bare[cue - 1] != "ما")


def _thing_in_construct(view: DocView, phrase: SpeakerPhrase) -> bool:
    """A common noun about a thing in construct with a definite genitive, and definite adjectives
    after that: "تقرير الصحيفة"، "سياسة الحكومة الجديدة". Such a phrase is one noun phrase (the
    article of the genitive makes the whole definite); a subject and an object glued together
    are two ("حكومة إثيوبيا الاجتماع"، "هنيدي النادي")."""
    first = phrase.first
    if not noun_in_construct(view, SpeakerPhrase(first, first + 1, "name")):
        return False
    return all(view.is_word(k) and has_article(view, k) for k in range(first + 1, phrase.last))


def _object_by_agreement(view: DocView, frame: Frame) -> bool:
    """A masculine verb that takes its object first (دعا، حث، طالب …) before a definite noun
    that its feminine adjective shows is feminine: "بعد أن دعا الدول الأوروبية إلى"، "كما يدعو
    الأمم المتحدة إلى". Right after the verb a feminine subject makes the verb feminine (دعت
    الدول)، so the noun is the object and the subject is dropped. A noun in ة or ات is
    :func:`grammar.disagrees`; a title or a name is left to the subject readers, and the head
    must be no title word, so that a subject and a glued object ("الرئيس الحكومة") are not read
    as one noun and its adjective."""
    phrase = frame.speaker
    if not frame.object_first or frame.feminine is not False or phrase is None or phrase.pair is not None:
        return False
    if phrase.title is not None or phrase.kind != "name" or phrase.first != frame.cue + 1:
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or found.object_suffix:
        return False
    head, adjective = phrase.first, phrase.first + 1
    if adjective >= phrase.last or not view.is_word(adjective) or view.mention_label(head) is not None:
        return False
    if not has_article(view, head) or not has_article(view, adjective):
        return False
    key = view.bare[head]
    if key.endswith(("ه", "ات", "ين", "ون")) or view.title_state(key[2:]) is not None:
        return False
    return view.tokens[adjective].text.endswith("ة") and view.title_state(view.bare[adjective][2:]) is None


def _definite_thing(view: DocView, i: int) -> bool:
    """A definite noun that is no title and no nisba of a person (الدبلوماسي، الأمريكي)."""
    if not has_article(view, i):
        return False
    key = view.bare[i]
    return not key.endswith("ي") and view.title_state(key[2:]) is None and view.title_state(key) is None


def _bi_predicate(view: DocView, k: int) -> bool:
    """بـ opening what the verb says of its object: "بأنه"، "بالإرهاب"، بـ"…"، "بعرقلة الإنتاج"
    (a verbal noun); not a name or a word that only starts with ب (بيونغ، بنفسها)."""
    if not view.is_word(k):
        return False
    key = view.bare[k]
    if key == "ب" or key.startswith(_BI_DEFINITE):
        return True
    return bi_complement(view, k) and verbal_noun(view, k, 1)


def _agreeing_said(history: list[Said], feminine: bool | None) -> Said | None:
    """The recent speaker a dropped subject of this gender may go on with: one that agrees (or
    shows no gender) when the verb shows its gender, else the last one."""
    if feminine is None:
        return antecedent(history, None)
    return agreeing_antecedent(history, feminine)


def _named_again(history: list[Said], informants: list[Said], name: str) -> None:
    """Make the source that "ذات المصدر"، "المتحدث نفسه" names again the last speaker: the phrase
    is an explicit mention, so a later dropped subject ("وفق ذات المصدر، … . وأوضح أن …") goes
    on with that source, not with the subject of a clause that reported nothing in between
    ("وكان رئيس الحكومة السابق قد أعطى إشارة انطلاق …")."""
    said = next((other for other in reversed(informants) if other.name == name), None)
    if said is not None and (not history or history[-1] is not said):
        history.append(said)


MAX_PERSONS_BACK = 3  # names tried, nearest first, in the cue's sentence


def _first_report_person(view: DocView, names: NameIndex, frame: Frame, feminine: bool | None) -> Said | None:
    """The person named last before the first report of an article, when no speaker was named
    before it: the nearest name whose gender does not contradict the cue's, as a dropped subject
    agrees with its antecedent ("زارت سعاد الحسن المصنع مع المدير أحمد العلي، وقالت إن …").
    Only the feminine, the marked form, selects: a masculine cue takes the nearest name (the
    form a writer falls back on, and a genitive in ة before a man's name, "أمين الجامعة العربية
    أحمد …", would read him as a woman); a feminine one that no name agrees with takes none."""
    last = frame.cue
    for _ in range(MAX_PERSONS_BACK):
        surface = names.nearest_before(view, 0, last)
        if surface is None:
            return None
        said = Said(names.fullest(surface), _overlapping_entity_name(view.doc, surface), frame.feminine)
        start = _name_start(view, surface, 0, last)
        if not feminine or start is None:
            return said
        if _name_gender(view, start, len(surface.split()), [], said.name) is not False:
            return said
        last = start
    return None


def _agreeing_person_before(
    view: DocView, names: NameIndex, frame: Frame, history: list[Said], reported: _ContentSpans | None
) -> Said | None:
    """The person a dropped subject refers to when no recent speaker agrees with its gender: the
    nearest name before the cue in its sentence, outside reported words, whose gender does not
    contradict the cue's. "… وكتبت الصحيفة أن طارق عزب علّق، قائلا" and "وذكرت الرئاسة على
    لسان المتحدث باسمها، السفير بسام راضي، أن …، مضيفا": a masculine verb or participle cannot
    go on with a feminine subject; its pronoun points to the man the clause has just named."""
    if not history or agreeing_antecedent(history, frame.feminine) is not None:
        return None
    first = view.sentence_range(frame.cue)[0]
    last = frame.cue
    disagreeing = [said.name for said in history[-4:]]
    # "وزعمت X أنها كانت على علاقة بترامب، ولكنه نفى": an explicit pronoun of the other gender
    # points to the one person of that gender the sentence names, inside her words or not.
    pronoun = cue_pronoun_gender(view, frame.cue) == frame.feminine
    for _ in range(MAX_PERSONS_BACK):
        surface = names.nearest_before(view, first, last)
        if surface is None:
            return None
        start = _name_start(view, surface, first, last)
        if start is None:
            return None
        last = start
        if reported is not None and reported.covers(view.starts[start], frame.cue) and not pronoun:
            continue  # a name inside someone's reported words is not who speaks now
        name = names.fullest(surface)
        if any(same_words(name, other) for other in disagreeing):
            continue  # "مايك بومبيو" after "بومبيو": the speaker that does not agree, again
        if _name_gender(view, start, len(surface.split()), history, name) not in (None, frame.feminine):
            continue
        return Said(name, _overlapping_entity_name(view.doc, surface), frame.feminine)
    return None


MAX_CLAUSE_BACK = 30  # tokens from a coordinated cue back to the complementizer of its clause
MAX_CLAUSE_SUBJECT = 6  # words of the subject between the complementizer and its verb


def _coordinated_clause_subject(
    view: DocView, names: NameIndex, frame: Frame, history: list[Said]
) -> Said | None:
    """The subject of the clause after a complementizer that a feminine subjectless cue is
    coordinated with, when no recent speaker is a woman or body: "وذكر الوزير أن المديرة عبرت
    له عن شكرها، وقالت إنها …". The feminine verb cannot go on with the man quoted; it agrees
    with the subject of the verb just before it in its sentence, which the و joins it to, even
    though that subject stood in the man's reported words. Only a subject written before its
    verb right after the complementizer (أن X عبرت), the verb in ـت, and one that can speak: a
    title, a body, a name the document knows or a person or body the earlier stages found."""
    if not frame.feminine or frame.about_speech or _first_person(view, frame.cue):
        return None
    if not view.tokens[frame.cue].text.startswith("و"):
        return None  # "وقالت"، "وأكدت": a verb joined to the clause before it
    if not history or agreeing_antecedent(history, True) is not None:
        return None
    first = max(view.sentence_range(frame.cue)[0], frame.cue - MAX_CLAUSE_BACK)
    opener = next((k for k in range(frame.cue - 1, first - 1, -1) if is_complementizer(view, k)), None)
    if opener is None:
        return None
    verb = next(
        (
            k
            for k in range(opener + 2, min(frame.cue, opener + 2 + MAX_CLAUSE_SUBJECT))
            if not view.is_word(k) or (verb_gender(view, k) and view.bare[k].endswith("ت"))
        ),
        None,
    )
    if verb is None or not view.is_word(verb):
        return None
    if any(not view.is_word(k) for k in range(opener + 1, verb)):
        return None
    phrase = SpeakerPhrase(opener + 1, verb, "name", None, (opener + 1, verb))
    if not (_names_a_source(view, names, phrase) or _plain_full_name(view, phrase.first, phrase.last)):
        return None
    name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
    return with_source_kind(view, Said(name, entity, True), phrase, verb, None)


# A preposition with a pronoun that may follow a verb before its subject ("نددت بها المعارضة").
PRONOUN_OBJECTS = frozenset(
    normalize(prep + pronoun) for prep in ("ب", "ل", "علي", "عن", "من", "في") for pronoun in ("ه", "ها", "هم")
)
OBJECT_SUFFIXES = ("تها", "ته", "تهم", "تهما")  # a feminine perfect with an object pronoun


def _joined_verb_subject(view: DocView, names: NameIndex, frame: Frame, history: list[Said]) -> Said | None:
    """The subject of the verb-first clause a feminine subjectless cue is joined to by و, when
    that subject ends right before the cue and no recent speaker is a woman or body: "في
    انتخابات نددت بها المعارضة ووصفتها بالمزورة"، "التي قاطعتها النقابات وقالت إن …". The verb
    in ـت (with its object pronoun, or a preposition and a pronoun after it) agrees with the
    noun after it, its subject; the و joins the cue to that verb, so the cue shares its subject
    and cannot go back to the man quoted before. The subject must be one that can speak."""
    if not frame.feminine or frame.about_speech or _first_person(view, frame.cue):
        return None
    if not view.tokens[frame.cue].text.startswith("و"):
        return None
    first = view.sentence_range(frame.cue)[0]
    last = frame.cue
    while last - 1 > first and view.is_comma(last - 1):
        last -= 1
    for verb in range(last - 2, max(first, last - 2 - MAX_CLAUSE_SUBJECT) - 1, -1):
        if not view.is_word(verb):
            return None
        start = verb + 1
        suffixed = view.bare[verb].endswith(OBJECT_SUFFIXES)
        if view.bare[start] in PRONOUN_OBJECTS:
            start += 1
        elif not suffixed:
            continue  # "استدعت السفيرة": after a bare verb the noun may be its object
        if start >= last or not _feminine_perfect(view, verb):
            continue
        phrase = SpeakerPhrase(start, last, "name", None, (start, last))
        if not (has_article(view, start) or is_title_word(view, start)):
            return None  # "قالت سلمى …" and names: the chain reads them already
        if not _names_a_source(view, names, phrase):
            return None
        name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
        return with_source_kind(view, Said(name, entity, True), phrase, verb, None)
    return None


def _possessor_subject(view: DocView, names: NameIndex, frame: Frame, history: list[Said]) -> Said | None:
    """The subject of the verb-first clause whose object is a verbal noun cue with a possessive
    pronoun: "وتواصل عائلة الضحية مطالبتها بتحقيق"، "وواصل الرئيس الأميركي تهديده بفرض …". The
    pronoun on the object refers to the clause's own subject, the noun phrase between the verb
    and the noun, when it agrees with the pronoun (ـها a woman or a body, ـه a man) and with the
    verb, and can speak; not the speaker quoted before. Singular pronouns only."""
    cue = view.cues[frame.cue]
    if cue is None or cue.kind != "noun" or not cue.object_suffix or frame.about_speech:
        return None
    key = view.bare[frame.cue]
    if not key.endswith(("ه", "ها")):  # ـهم، ـهما، ـهن: plural and dual pronouns
        return None
    feminine = key.endswith("ها")
    first = view.sentence_range(frame.cue)[0]
    for verb in range(frame.cue - 2, max(first, frame.cue - 2 - MAX_CLAUSE_SUBJECT) - 1, -1):
        if not view.is_word(verb) or view.words.is_a("stop", view.bare[verb]):
            return None  # "وقال الرئيس بعد إعلانه": a preposition governs the noun
        found = view.cues[verb]
        if verb_gender(view, verb) != feminine or not _opens_clause(view, verb, first):
            if found is not None:
                return None
            continue
        if found is not None and found.kind != "verb":
            return None
        phrase = SpeakerPhrase(verb + 1, frame.cue, "name", None, (verb + 1, frame.cue))
        head = view.tokens[phrase.first].text
        if head.endswith(("ة", "ات")) != feminine and not names_body(view, phrase):
            return None  # "وواصل الوزير حملتها": the noun's pronoun is not the clause's subject
        if not any(
            _speaks(view, names, k, phrase.last)
            for k in range(phrase.first, min(phrase.last, phrase.first + 2))
        ):
            return None  # a thing or a place; "عائلة كوكس": a family named by its member speaks
        parsed = parse_speaker(view, phrase.first, phrase.last)
        if parsed is not None and parsed.start == phrase.first and parsed.last == phrase.last:
            # "وافتتح النائب كارتر الاجتماع بقوله": the verb's object after the family name.
            phrase = _titled_name_closed(view, names, parsed) or phrase
        name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
        return with_source_kind(view, Said(name, entity, feminine), phrase, verb, None)
    return None


# A family, named by one of its members ("عائلة كوكس"، "أسرة الضحية"): a group of persons that
# speaks, though no title, body or name heads it.
KIN_GROUPS = frozenset(normalize(word) for word in ("عائلة", "أسرة", "ذوو", "ذوي", "أهل", "أقارب"))


def _speaks(view: DocView, names: NameIndex, start: int, last: int) -> bool:
    """Whether the noun phrase in tokens [start, last) can speak: a title, a body, a name the
    document knows, a family, or a person or body the earlier stages found."""
    phrase = SpeakerPhrase(start, last, "name", None, (start, last))
    label = view.mention_label(start)
    key = view.keys[start]
    return (
        is_title_word(view, start)
        or (key[2:] if has_article(view, start) else key) in KIN_GROUPS
        or names_body(view, phrase)
        or names.known(view.text_of(start, last))
        or (label is not None and label[1] and label[0] in SPEAKER_LABELS)
    )


def _opens_clause(view: DocView, k: int, first: int) -> bool:
    """Whether the word at k opens a clause: the sentence's first word, after a comma, or with
    و or ف written on it."""
    return k == first or not view.is_word(k - 1) or view.tokens[k].text[:1] in "وف"


def _feminine_perfect(view: DocView, k: int) -> bool:
    """A perfect in ـت, bare or with an object pronoun (نددت، قاطعتها), not a noun."""
    key = view.bare[k]
    if has_article(view, k) or view.tokens[k].text.endswith(("ة", "ات")) or view.cues[k] is not None:
        return False
    if key.endswith(OBJECT_SUFFIXES) and len(key) >= 6:
        return True
    return bool(verb_gender(view, k)) and key.endswith("ت") and len(key) >= 4


def _names_a_source(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> bool:
    """Whether a subject phrase can name who speaks: a title, a body, a name the document knows,
    or a person or body the NER stage found at its head."""
    if phrase.title is not None or is_title_word(view, phrase.first) or names_body(view, phrase):
        return True
    if names.known(view.text_of(phrase.first, phrase.last)):
        return True
    label = view.mention_label(phrase.first)
    return label is not None and label[1] and label[0] in SPEAKER_LABELS


def _plain_full_name(view: DocView, first: int, last: int) -> bool:
    """Whether tokens [first, last) read as a given and a family name: two or three words that
    may name, none with the article or in ة/ات (a common noun), "نوران حواس"."""
    if not 2 <= last - first <= 3:
        return False
    return all(
        may_name(view, k) and not has_article(view, k) and not view.tokens[k].text.endswith(("ة", "ات"))
        for k in range(first, last)
    )


TO = frozenset({"الي", "الى"})  # إلى, normalised
MAX_TITLE_BEFORE_ADDRESSEE = 4


def _addressee(view: DocView, surface: str, first: int, last: int) -> bool:
    """Whether the name ``surface`` nearest before token ``last`` is a speech's addressee, after
    إلى with its title ("وجه X رسالة إلى الرئيس الأمريكي دونالد ترامب، طالبه فيها"): the letter
    is its sender's, and the cue's object pronoun points to the addressee."""
    start = _name_start(view, surface, first, last)
    if start is None:
        return False
    k = start - 1
    while k >= first and start - k <= MAX_TITLE_BEFORE_ADDRESSEE and view.is_word(k):
        if view.keys[k] in TO:
            return True
        if not (is_title_word(view, k) or has_article(view, k)):
            break
        k -= 1
    return False


def _name_start(view: DocView, surface: str, first: int, last: int) -> int | None:
    """The first token of the name ``surface`` that ends nearest before token ``last``."""
    words = surface.split()
    width = len(words)
    for i in range(last - 1, first + width - 2, -1):
        start = i - width + 1
        texts = [view.tokens[k].text for k in range(start, i + 1)]
        if texts[1:] == words[1:] and texts[0].endswith(words[0]):
            return start
    return None


def _name_gender(view: DocView, start: int, width: int, history: list[Said], name: str) -> bool | None:
    """A name's gender as its context shows it: the gender the same person took as a speaker, a
    relative or pronoun right after it (التي، وهو), else a title right before it: in ة
    (الفنانة هيفاء، الوزيرة) or not (الشاعر محمد عبد الوهاب)."""
    for said in reversed(history):
        if said.feminine is not None and same_words(said.name, name):
            return said.feminine
    stated = apposition_gender(view, SpeakerPhrase(start, start + width, "name"))
    if stated is not None:
        return stated
    definite = view.bare[start].startswith(("ال", "بال", "لل", "وال"))
    if definite and view.tokens[start].text.endswith(("ة", "ات")):
        return True  # "الدراسة"، "الحكومة": a common noun in ة, not a person's given name
    before = start - 1
    while before >= 0 and view.tokens[before].text == "#":
        before -= 1  # "الفنانة #لطيفة": a hashtag's mark stands between the title and the name
    if before >= 0 and view.is_word(before) and has_article(view, before):
        if view.tokens[before].text.endswith("ة"):
            return True
        return False if is_title_word(view, before) else None
    return None


def _after_from(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker is the object of عن ("نقلت الصحيفة عن وليد …"): the verb agrees with
    the outlet that relays the words, so its form tells nothing of the speaker's gender."""
    return phrase.start > 0 and view.bare[phrase.start - 1] == "عن"


def refers_back(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is an anaphor of the last source: "ذات المصدر"، "نفس
    المتحدث"، "المصدر ذاته"."""
    words = [view.bare[k] for k in range(phrase.start, phrase.last) if view.is_word(k)]
    following = phrase.last
    if following < len(view.tokens) and view.is_word(following) and view.bare[following] in SAME_ENDINGS:
        return True
    return bool(words) and (words[0] in SAME_WORDS or words[-1] in SAME_ENDINGS)


def is_interlocutor(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase opens with the noun for whoever is speaking and no office
    follows it ("وأضاف المتحدث أن"، "ونفى محدثنا"; not "المتحدث باسم الوزارة")."""
    if view.bare[phrase.first] not in INTERLOCUTORS and view.bare[phrase.first] not in SOURCE_ANAPHORS:
        return False
    # A possessive ending closes the noun phrase ("محدثنا تفوه …": what follows is the
    # object); the bare definite noun must stand alone, with no name after it.
    if has_article(view, phrase.first) and view.is_word(phrase.last) and view.bare[phrase.last] == "عن":
        return False  # "المسؤول عن الأمن": the office of the one in charge, not "the official"
    role = view.bare[phrase.first] in ROLE_INTERLOCUTORS or view.bare[phrase.first] in SOURCE_ANAPHORS
    if role and earlier_description(view, phrase) is not None:
        return False  # "قال مسؤول كبير … وأضاف المسؤول": the article points back to that mention
    return not has_article(view, phrase.first) or phrase.last == phrase.first + 1


SPOKESMAN_NOUNS = frozenset({"المتحدث", "المتحدثه"})
MAX_SPOKESMAN_WORDS = 12  # "المتحدث باسم رئيسة الوزراء البريطانية تيريزا ماي"


def _spokesman_before(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The spokesman of someone (المتحدث باسم، متحدثة باسم) the story named before a bare
    "المتحدث": once it has, "the spokesman" is that one, not whoever spoke last."""
    at = phrase.first
    key = view.bare[at]
    if key not in SPOKESMAN_NOUNS or phrase.last != at + 1:
        return None
    named = [
        i
        for noun in (key, key[2:])
        for i in bare_before(view, noun, at, DESCRIPTION_REACH)
        if i + 1 < len(view) and view.bare[i + 1] == "باسم"
    ]
    if not named:
        return None
    i = max(named)  # the nearest
    if i > 0 and view.is_word(i - 1) and may_name(view, i - 1):
        # "وقال ستيفان دوغاريك المتحدث باسم الأمم المتحدة": the name before the title is the
        # spokesman's, and whoever spoke last is he.
        return None
    found = parse_speaker(view, i, min(view.sentence_range(i)[1], i + MAX_SPOKESMAN_WORDS))
    return found if found is not None and found.first == i else None


def relays(view: DocView, cue: int, phrase: SpeakerPhrase) -> bool:
    """Whether a cue only says where words already reported were published: its object is a
    pronoun for them and its subject an outlet ("أكد في حوار …، ونقله موقع القدس العربي، أن
    …"). The outlet relays; it is no speaker that a later dropped subject continues."""
    found = view.cues[cue]
    if found is None or not found.object_suffix:
        return False
    head = view.bare[phrase.first]
    return view.words.is_a("media", head[2:] if has_article(view, phrase.first) else head)


SUBJECT_ENDS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", ":"})


def _subject_position(view: DocView, after: int) -> bool:
    """Whether the token after a one-word indefinite subject shows that it is one: a comma or
    the complementizer ("وقال كولالدج، إن"), the addressee ("وقال كولالدج لصحيفة …"), or a
    second word of the name ("وقالت ألبنا مارواها"): an indefinite common noun taken from the
    object or an adverbial is followed by its own genitive, adjective or complement."""
    if view.is_comma(after):
        return True
    if not view.is_word(after):
        return False
    key = view.bare[after]
    if key in SUBJECT_ENDS or (key.startswith("ل") and len(key) > 3):
        return True
    if key.startswith("ال") or key[1:3] == "ال":
        return False  # a definite genitive or complement: "حكم القضاء"، "يتعلق بالتضخم"
    return view.title_state(key) is None and not view.words.is_a("stop", key)


def _described_title(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The title alone when the "name" after it only describes its holder (describes_holder),
    or is the verb's object or an adverbial (subjects.title_before_object)."""
    if phrase.title is None or phrase.name is None or phrase.pair is not None:
        return None
    if not describes_holder(view, *phrase.name):
        return title_before_object(view, phrase)
    return SpeakerPhrase(phrase.title[0], phrase.title[1], "title", phrase.title)


def _weak_head(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, name: str, entity: str | None, attribution: str
) -> bool:
    """Whether nothing marks an explicit subject as a source, so that it starts no chain of
    subjectless reports (history.antecedent): no entity, no title, body, role or source word at
    its head, no fuller name, every word written once in the document, not a given and a family
    name, not a nisba ("الشابي"، "الأسطول الأمريكي") and not a sound plural in the subject's case
    (مغردون). Such a subject is most often a noun the parse took from the object or an adverbial
    ("وأكدت المعلومات الأولية"، "ووصف طريقة …"); a person the article names goes on speaking."""
    if entity is not None or attribution != "explicit" or phrase.title is not None or phrase.pair is not None:
        return False
    if name != view.text_of(phrase.first, phrase.last):
        return False
    words = name_words(name)
    if not words or any(names.word_counts[word] > 1 for word in words):
        return False
    definite = has_article(view, phrase.first)
    if not definite and len(words) > 1:
        return False  # a given and a family name, written once
    if (words[-1].endswith("ي") and not noun_in_construct(view, phrase)) or words[-1].endswith("ون"):
        # A phrase that ends in a nisba names a person or a body ("الشابي"، "الهاشمي الحامدي"،
        # "الأسطول الثالث الأمريكي"); a sound plural in ون is in the subject's case (مغردون).
        # Not a noun in construct with a definite genitive: "تفشي الأمية" is a verbal noun.
        return False
    if is_passive(view.tokens[phrase.first].text):
        return True  # "حيث قُدم طلب …": a passive verb, never anyone's name
    if any("a" <= char.lower() <= "z" for char in name):
        return False  # a word in Latin letters is a name, never an Arabic common noun
    after = phrase.last
    if not definite and after < len(view) and _subject_position(view, after):
        return False
    if phrase.kind in ("anonymous", "title") or names_body(view, phrase):
        return False
    head = view.bare[phrase.first]
    head = head[2:] if has_article(view, phrase.first) else head
    if view.title_state(head) is not None:
        return False
    return not any(view.words.is_a(kind, head) for kind in SOURCE_CLASSES)


SOURCE_CLASSES = ("anonymous", "document", "epithet", "media", "institution")


def _stands_for_itself(
    view: DocView, phrase: SpeakerPhrase, name: str, span: Span, attribution: str, entity: str | None
) -> bool:
    """A one-word definite common noun resolved to nothing but itself ("الشقيق")."""
    return (
        attribution == "explicit"
        and entity is None
        and phrase.last == phrase.first + 1
        and has_article(view, phrase.first)
        and name == span.text
        and not names_body(view, phrase)
    )


def _event_speaker(view: DocView, names: NameIndex, event: SpeakerEvent, history: list[Said]) -> Said | None:
    """A subject without a quote counts only when it clearly names a source: a title, an
    anonymous source, or a name the document repeats (not an object read as a subject)."""
    # "وقاطع القاضي مرافعة المتهم …، قائلا": the title is the subject, the event its object.
    phrase = title_before_object(view, event.speaker) or event.speaker
    phrase = _titled_name_closed(view, names, phrase) or phrase
    span = speaker_span(view, phrase)
    opens_sentence = (
        view.sentence_range(event.cue)[0] == event.cue and view.keys[event.cue] == view.bare[event.cue]
    )
    if not event.speech_verb:
        opens_sentence = False  # any first word: only titles and known names are subjects
    # "ورحب البيت الأبيض …"، "وانتقدت وزارة الخارجية …": a body after a verb of saying is
    # its subject; a bare common noun there may be the object of a dropped subject.
    body = names_body(view, phrase)
    if relays(view, event.cue, phrase):
        return None
    if is_statement(view, phrase):
        body = True  # "ولم يوضح البيان": a statement is a source by what it is
    elif not event.speech_verb:
        # After any other verb, only one that agrees: "أصدرت وزارة الدفاع بيانا" (feminine
        # verb, feminine body), not "وزار مقر وزارة الدفاع".
        body = body and (event.feminine is True) == view.tokens[phrase.first].text.endswith("ة")
    closed = None
    if phrase.kind == "name" and phrase.title is None and not body and not names.known(span.text):
        closed = _name_closed_by_surname(view, names, phrase)
        phrase = known_head(view, names, phrase) or closed or phrase
        span = speaker_span(view, phrase)
    if (
        phrase.kind == "name"
        and phrase.title is None
        and not opens_sentence
        and not body
        and phrase is not closed
        and not names.known(span.text)
        and not (event.speech_verb and post_follows(view, phrase))
        and not introduced_person(view, phrase)
        and not event.placed
    ):
        return None
    name, entity, _ = resolve(view, names, phrase, span, history)
    if history and entity is None and _bare_epithet(view, phrase) and name == span.text:
        # "ورفض المدافع الدولي السابق أن …"، "وواصل المهاجم الشهير": a player's role with the
        # article, which the text gives no name, is an epithet for the person the story is
        # about (unlike an office: النائب العام is one person); a clause that reports nothing
        # does not replace that person's name with it.
        return None
    # The subject of a clause that says nothing is no one's "same source".
    # A relative after a body's construct ("حكومة ماريانو راخوي الذي …") may belong to the
    # genitive: only a person's name takes its gender from it.
    stated = None if body or view.tokens[phrase.first].text.endswith("ة") else apposition_gender(view, phrase)
    feminine = event.feminine if stated is None else stated
    if feminine is False and _feminine_body(view, phrase):
        # "وكشف صحيفة الانديبندنت …، وقالت": a body named by a noun in ة is feminine; the
        # masculine verb before it is the form a writer falls back on.
        feminine = True
    if feminine is None and _masculine_titled_subject(view, event):
        feminine = False
    said = Said(name, entity, feminine, informant=event.speech_verb)
    if counted_persons(view, phrase):
        # "ووقع 22 مشرعا رسالة …، وقالوا": the people counted go on, as men unless the counted
        # noun is a woman's; no feminine singular verb continues them.
        said.plural = True
        if said.feminine is None:
            said.feminine = view.tokens[phrase.first + 1].text.endswith(("ة", "ات"))
    return with_source_kind(view, said, phrase, event.cue, None)


def _titled_name_closed(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """A title and the family name that ends a person's name the document gives in full, with a
    definite noun read on after it: "وبدأ النائب فليك الجلسة" after "جيف فليك". The name ends
    with the family name, and a definite word after it that is no nisba (a family name in ال is
    mostly one: العبادي) is the verb's object. Gives the title and the name alone, or None."""
    if phrase.title is None or phrase.name is None or phrase.pair is not None:
        return None
    first, end = phrase.name
    after = first + 1
    if end - first < _GIVEN_AND_FAMILY or not view.is_word(after) or not has_article(view, after):
        return None
    if _nisba(view, after) or not _name_word(view, first) or has_article(view, first):
        return None
    words = name_words(view.tokens[first].text)
    if len(words) != 1 or names.person_ending_in(words[0]) is None:
        return None
    other = names.person_ending_in(name_words(view.tokens[after].text)[-1])
    if other is not None and words[0] not in name_words(other):
        return None  # "ياسر القحطاني": the definite word ends another name the document gives
    return SpeakerPhrase(first, after, "name", phrase.title, (first, after))


def _name_closed_by_surname(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """A given name and the family name the document gives a speaker alone, with the verb's
    object read on after them: "لم يؤكد جايسون غرينبلات تفاصيل …، لكنه قال" when "وقال غرينبلات"
    stands elsewhere. A person's name ends with the family name, so the subject is the given
    name and that family name; the words after them open the object."""
    first = phrase.first
    if phrase.last - first <= _GIVEN_AND_FAMILY or not _name_word(view, first) or has_article(view, first):
        return None
    if names.known(view.tokens[first].text) or view.keys[first] in view.vocabulary:
        return None  # "ووصف ترامب غرينبلات": a name the document gives alone is a person of its own
    if view.bare[first] not in given_names() and (
        view.tokens[first].text.endswith("ة") or verbal_noun(view, first) or is_title_word(view, first)
    ):
        return None  # "تعليق أصالة"، "وثارت ثائرة هيلي": a noun in construct with the name
    family = first + 1
    if not view.is_word(family) or has_article(view, family) or view.bare[family] in given_names():
        return None
    if not names.person_closing((name_words(view.tokens[family].text) or ("",))[-1:]):
        return None
    return SpeakerPhrase(first, family + 1, "name", None, (first, family + 1))


_GIVEN_AND_FAMILY = 2


MIN_NAME_LETTERS = 3  # a given or family name read as a verb: معز، فورد


def _verb_is_name(view: DocView, names: NameIndex, event: SpeakerEvent) -> bool:
    """Whether the word an event reads as its clause's verb is a name the document gives a
    source or a titled person: "معز" in "معز معلول لا يخيفه شيء"، "فورد" after "أدلت كريستين
    بلازي". A name is no verb; a cue, a word with the article and a clause of saying are not
    asked."""
    if event.speech_verb or view.cues[event.cue] is not None or has_article(view, event.cue):
        return False
    if is_title_word(view, event.cue):
        return False  # "معالي المستشار ليس فوق النقد": a title or an honorific, read by the title rules
    text = view.tokens[event.cue].text
    return len(view.keys[event.cue]) >= MIN_NAME_LETTERS and names.known(text)


MAX_TOPIC_WORDS = 3  # a given name and one or two family names
MIN_TOPIC_WORDS = 2


def _named_topic(view: DocView, names: NameIndex, event: SpeakerEvent) -> Said | None:
    """The topic of a sentence that opens with a name the document gives, which an event read
    as a verb with its subject after it: "معز معلول لا يخيفه شيء. فقد وصل … وقال إنه …". The
    name and the name words right after it (a family name, "معز معلول") are the person the
    sentence is about; the dropped subjects after it go on with that person, not with a name
    inside the sentence's object or genitive ("… المدرب نبيل معلول"). In apposition after a
    title ("رسم الأمين العام، أنطونيو غوتيريس، صورة") the name is that clause's subject. None for
    a name that ends a fronted phrase (the event's subject stands before it), and for one word
    alone: a name written whole, a given and a family name, is no verb; a single word may be."""
    cue = event.cue
    if event.speaker.first < cue:
        return None
    last = cue + 1
    while (
        last < min(event.speaker.last, cue + MAX_TOPIC_WORDS)
        and may_name(view, last)
        and not is_title_word(view, last)
        and names.known(view.tokens[last].text)
    ):
        # "معز معلول"، "سلمان الخطيب": a family name the document gives (to a kinsman, too);
        # not the verb a topic-first sentence goes on with ("صلاح تجاهل الأقاويل").
        last += 1
    if last - cue < MIN_TOPIC_WORDS:
        return None
    phrase = SpeakerPhrase(cue, last, "name", None, (cue, last))
    name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), [])
    return Said(name, entity, None, informant=False)


def _masculine_titled_subject(view: DocView, event: SpeakerEvent) -> bool:
    """Whether a verb-first clause shows its titled subject to be a man: "سلم وزير الخارجية
    المغربي ناصر بوريطة …". A verb before a singular subject agrees with it in gender, and a
    title without ة or a plural ending names one man; so a later feminine "وهددت" or "مؤكدة" does
    not go on with him (the clause's subject, kept with no gender, agreed with any cue)."""
    phrase = event.speaker
    if phrase.title is None or phrase.start != event.cue + 1 or view.keys[event.cue] in FRONTING_OPENERS:
        return False  # "أما عضو اللجنة، X، فقد شككت": a particle of fronting, not a verb
    if verb_gender(view, event.cue) is not False:
        return False
    head = view.bare[phrase.title[0]]
    return is_title_word(view, phrase.title[0]) and not head.endswith(("ه", "ات", "ون", "ين", "اء"))


MAX_SHARED_DISTANCE = 40  # tokens from a clause's verb to a cue that goes on with its subject
# Subordinate clauses with a subject of their own: a cue after them is no longer the main clause's.
SUBORDINATORS = VERB_SUBORDINATORS | {"عند", "حين", "حيث", "اذ", "بينما", "فيما", "كي", "لكي"}
SUBORDINATORS |= {"ان", "انه", "انها", "بان", "بانه", "بانها", "لان", "لانه", "لانها", "الذي", "الذين"}
# "…، وذلك بعد تهديدات تلقتها مدارس … وتفيد": وذلك appends a phrase on the whole clause, and a
# verb after it belongs to that phrase, no longer to the clause's subject.
SUBORDINATORS |= {"وذلك"}
# Openers of a clause that explains the one before it: "إذ"، "حيث" ("as", "since").
EXPLAINING_OPENERS = frozenset({"اذ", "حيث"})
QAD = frozenset({"قد", "فقد", "وقد", "لقد"})
AS = "كما"


def _shared_subject(
    view: DocView, names: NameIndex, event: SpeakerEvent, frame: Frame, history: list[Said]
) -> Said | None:
    """The subject of a clause that reports nothing, as the subject of a subjectless cue that
    goes on in the same sentence: verbs coordinated in one sentence share their subject unless
    another is named ("وفي وثيقة أخرى، حددت المخابرات العسكرية 4 متهمين …، كما أشارت إلى").

    Such a subject does not stand for a source on its own (:func:`_event_speaker` left it out),
    but once a cue in its own clause quotes it, it is the speaker the later cues continue. The
    verb must come first and agree with the noun after it, which is else its object, the subject
    being dropped ("وهاجمت فساد النظام …، قائلة"), and with the cue ("حددت الوزارة …، وأضاف" goes
    back to a speaker before)."""
    gender = verb_gender(view, event.cue)
    if gender is None or not _coordinated(view, event, frame, gender):
        return None
    if event.cue > 0 and view.bare[event.cue - 1] in RELATIVES:
        # "… التي نقلت التحركات في المدن وتحدثت عن …": a relative clause's verb has the
        # relative's antecedent as its subject; the noun after the verb is its object.
        phrase = relative_clause_subject(view, event.cue)
        if phrase is None:
            return None
    elif _fronted_mention(view, event):
        phrase = event.speaker
    else:
        phrase = _mention_head(view, event.speaker)
        if phrase is None and not _agreeing_subject(view, names, event, gender):
            return None
    phrase = phrase or event.speaker
    if phrase.kind == "name" and phrase.title is None:
        phrase = known_head(view, names, phrase) or phrase
    span = speaker_span(view, phrase)
    name, entity, _ = resolve(view, names, phrase, span, history)
    return with_source_kind(view, Said(name, entity, gender), phrase, event.cue, None)


def _adverbial_governor(view: DocView, names: NameIndex, frame: Frame, history: list[Said]) -> Said | None:
    """The subject of the clause a subjectless cue's adverbial clause hangs on ("مفاجأة فجّرها
    المدرب X، بعد أن أعلن"، :func:`adverbial_clause_governor`), when it can speak: a title, a
    body, a name the document knows or a person or body the earlier stages found. That clause's
    verb need not be one of saying, and the speaker quoted last is no part of it. A singular cue
    only, of the verb's gender ("كشفتها صحيفة …، حيث أكدت")."""
    if (
        frame.speaker is not None
        or frame.about_speech
        or plural_cue(view, frame.cue)
        or _first_person(view, frame.cue)
    ):
        return None
    found = adverbial_clause_governor(view, frame.cue)
    if found is None:
        return None
    verb, phrase = found
    feminine = pronoun_verb_gender(view, verb)
    if frame.feminine is not None and frame.feminine != feminine:
        return None
    label = view.mention_label(phrase.first)
    speaks = phrase.title is not None or names_body(view, phrase)
    speaks = speaks or names.known(view.text_of(phrase.first, phrase.last))
    speaks = speaks or (label is not None and label[1] and label[0] in ("PER", "ORG"))
    if not speaks:
        return None
    if phrase.kind == "name" and phrase.title is None:
        phrase = known_head(view, names, phrase) or phrase
    name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
    return with_source_kind(view, Said(name, entity, feminine), phrase, verb, None)


MAX_SUBJECT_TAIL = 3  # adjectives the event's subject phrase left out: "المتحدة السابقون"
# Prepositions by which a verb governs a verbal noun whose agent is its own subject: "حرص الوزير
# على التأكيد"، "سارع المتحدث إلى نفي"، "دأب الرؤساء على حث".
GOVERNING_PREPOSITIONS = frozenset({"علي", "الي"})


def _governing_preposition(view: DocView, frame: Frame, first_allowed: int) -> int | None:
    """The index of the bare على/إلى right before a verbal noun cue ("حرص الوزير على التأكيد"), or
    None; ``first_allowed`` is the lowest index the preposition may have, leaving room for the verb
    (and its subject) before it."""
    found = view.cues[frame.cue]
    if found is None or found.kind not in ("noun", "verb") or found.object_suffix or frame.about_speech:
        return None  # after a preposition, a word read as a verb ("على حث") is its verbal noun
    before = frame.cue - 1
    if (
        before < first_allowed
        or view.keys[before] not in GOVERNING_PREPOSITIONS
        or view.keys[before] != view.bare[before]
    ):
        return None
    return before


def _agent_of_governed_noun(
    view: DocView, names: NameIndex, event: SpeakerEvent, frame: Frame
) -> SpeakerPhrase | None:
    """The subject of a verb-first clause that governs a verbal noun cue through على or إلى:
    "ودأب رؤساء الولايات المتحدة السابقون على حث أوروبا على …"، "وسارع المتحدث باسم الوزارة إلى
    نفي …". The verb (دأب، حرص، أصر، سارع، عمد) takes its subject and then the verbal noun of what
    it does, whose agent is that subject; a noun after the verbal noun is its object. The subject
    must run from the verb to the preposition, with at most a few words the event's phrase left
    out (its adjectives), and must be able to speak."""
    before = _governing_preposition(view, frame, 1)
    if before is None:
        return None
    phrase = event.speaker
    if event.cue >= frame.cue or phrase.first != event.cue + 1 or phrase.last > before:
        return None
    if view.sentence_range(event.cue)[0] != view.sentence_range(frame.cue)[0]:
        return None
    if before - phrase.last > MAX_SUBJECT_TAIL:
        return None
    for k in range(phrase.last, before):
        if not view.is_word(k) or view.cues[k] is not None or not has_article(view, k):
            return None  # only definite adjectives may follow the phrase read
    group = broken_plural(view, phrase.first) or sound_plural(view, phrase.first, True)
    if not (group or _speaks(view, names, phrase.first, before)):
        return None  # a title, a body, a known name, or a group of people ("رؤساء"، "المحتجون")
    return SpeakerPhrase(phrase.first, before, phrase.kind, phrase.title, phrase.name)


# Verbs of habit, care, insistence or haste that take the verbal noun of what their subject does
# through على or إلى: "دأبت روسيا على اتهام …"، "حرص الوزير على التأكيد"، "سارع المتحدث إلى نفي".
HABIT_VERBS = frozenset(
    normalize(prefix + stem + ending)
    for stem in ("دأب", "حرص", "سارع", "عمد", "اعتاد", "واظب")
    for prefix, ending in (("", ""), ("", "ت"), ("", "وا"), ("ي", ""), ("ت", ""), ("ي", "ون"))
    if not (prefix and stem.startswith("ا"))
) | frozenset(normalize(word) for word in ("أصر", "أصرت", "أصروا", "يصر", "تصر", "يصرون", "يعتاد", "تعتاد"))
MAX_HABIT_SUBJECT = 6  # words of the subject between the verb and على/إلى


def _habit_verb(view: DocView, k: int) -> bool:
    key = view.keys[k]
    return key in HABIT_VERBS or (key[:1] in "وف" and key[1:] in HABIT_VERBS)


def _habit_verb_subject(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The subject of a verb of habit or haste (دأب، حرص، أصر، سارع، عمد، اعتاد) as the agent of
    the verbal noun cue it governs through على or إلى, the noun after that verbal noun being its
    object: "إذ دأبت روسيا على اتهام الخوذ البيضاء بتلفيق …" (the subject after the verb), "إن
    مسؤولي الكنيسة دأبوا على وصف ما حدث …" (before it, after a complementizer). The subject fills
    the words between the verb and the preposition (or the complementizer and the verb), with no
    comma or cue: the verb has its doer there, whoever it is."""
    before = _governing_preposition(view, frame, 2)
    if before is None:
        return None
    first, _ = view.sentence_range(frame.cue)
    reach = range(before - 2, max(first - 1, before - 2 - MAX_HABIT_SUBJECT), -1)
    if _habit_verb(view, before - 1):
        # The subject before the verb: "إن مسؤولي الكنيسة دأبوا على".
        verb = before - 1
        opener = next((k for k in reach if is_complementizer(view, k)), None)
        if opener is None:
            return None
        start, end = opener + 1, verb
    else:
        verb = next((k for k in reach if _habit_verb(view, k)), None)
        if verb is None:
            return None
        start, end = verb + 1, before
    if start >= end or not all(view.is_word(k) and view.cues[k] is None for k in range(start, end)):
        return None
    phrase = parse_speaker(view, start, end)
    if phrase is None or phrase.start != start or phrase.last != end or phrase.pair is not None:
        return None
    return phrase


def _plural_governor(
    view: DocView, names: NameIndex, event: SpeakerEvent, frame: Frame, history: list[Said]
) -> Said | None:
    """The subject of the clause before a subjectless cue in the dual or plural, when that
    subject is a definite dual or plural noun and no recent speaker is plural: "وداعب الشرطيان
    الطفل وطلبا من والدته …". A verb before its subject stays singular, so the number of the
    subject shows in the noun alone; a dual or plural cue cannot go on with one person. The noun
    is its own phrase: a definite word after it is its object."""
    if not plural_cue(view, frame.cue) or frame.about_speech or _first_person(view, frame.cue):
        return None
    if event.cue > frame.cue or view.sentence_of[frame.cue] - view.sentence_of[event.cue] not in (0, 1):
        # The next sentence too: "وتظاهر أهالي الحي أمام البلدية. وأكدوا أن …" (no report
        # stands between them, or the governing clause would be gone).
        return None
    if view.bare[frame.cue - 1] in RELATIVES:
        return None  # "الفلسطينيين الذين يقولون": the relative's own antecedent is the subject
    sentence = view.sentence_range(event.cue)[0]
    if any(said.plural and said.clause >= sentence for said in history[-4:]):
        # A group quoted in an earlier sentence ("اتهم العديد من المهتمين …. في هذا البيان أدان
        # الموقعون عليه ما وصفوه") is farther from the cue than the plural subject of its clause.
        return None
    head = event.speaker.first
    if head < event.cue:
        return None
    if group_head(view, head):
        # "تظاهر الآلاف من سكان المدينة …. فطالبوا بـ …": the group and its noun.
        phrase = group_phrase(view, head, view.sentence_range(head)[1])
    elif definite_dual(view, head) or sound_plural(view, head, after_verb=True) or broken_plural(view, head):
        phrase = SpeakerPhrase(head, head + 1, event.speaker.kind, None, (head, head + 1))
    elif (collective := _collective_of_persons(view, head)) is not None:
        phrase = collective
    else:
        return None
    name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
    return with_source_kind(view, Said(name, entity, None, plural=True), phrase, event.cue, None)


# Nouns of a group of kin, singular in form and plural in sense (اسم جمع): a plural verb or
# participle may agree with them by sense ("قاضت عائلة الكاتب الاستوديو، قائلين إن …").
COLLECTIVES_OF_PERSONS = frozenset(
    normalize(word) for word in ("عائلة", "أسرة", "عشيرة", "قبيلة", "ذوو", "ذوي", "أهل", "عائلات", "أسر")
)


def _collective_of_persons(view: DocView, head: int) -> SpeakerPhrase | None:
    """A collective noun of kin in construct (no article, no pronoun) and its genitive, the
    person whose kin they are: "عائلة الكاتب X"، "أسرة الضحية". The phrase is a description;
    its genitive ends where the verb's object begins ("عائلة الكاتب X الاستوديو")."""
    key = view.bare[head]
    if key not in COLLECTIVES_OF_PERSONS or view.keys[head] != key or head + 1 >= len(view):
        return None
    _, last = view.sentence_range(head)
    genitive = parse_speaker(view, head + 1, min(last, head + 1 + MAX_COLLECTIVE_GENITIVE), True)
    if genitive is None or genitive.start != head + 1:
        return SpeakerPhrase(head, head + 1, "description")
    return SpeakerPhrase(head, genitive.last, "description")


MAX_COLLECTIVE_GENITIVE = 6  # a title and a full name: "الكاتب المسرحي بول زيندل"


def _plural_clause_group(view: DocView, names: NameIndex, frame: Frame, history: list[Said]) -> Said | None:
    """A plural subject of the clause a subjectless plural cue goes on with in its sentence
    (:func:`plural_clause_subject`), when no speaker of its sentence is plural: "لكن معارضين …
    رفضوا الخطة، واصفين"، "كما انضم عدد من النواب إلى … وطالبوا". A plural cue cannot go on with
    the one person quoted before, and a group quoted in an earlier sentence is farther from it
    than the plural subject of its own clause ("وخطف مسلحون … قرويا، وطالبوا بفدية")."""
    if not plural_cue(view, frame.cue) or frame.about_speech or _first_person(view, frame.cue):
        return None
    sentence = view.sentence_range(frame.cue)[0]
    if any(said.plural and said.clause >= sentence for said in history[-4:]):
        return None
    phrase = plural_clause_subject(view, frame.cue)
    if phrase is None:
        return None
    name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
    return with_source_kind(view, Said(name, entity, None, plural=True), phrase, frame.cue, None)


MAX_CONJUNCT_WORDS = 3  # the words of one name in a coordination: "عبد الله العلي"، "الولايات المتحدة"
MIN_CONJUNCT_LETTERS = 3  # و and a name of at least three letters: "وسامي", not "ولا"


def _joined_subject(
    view: DocView, names: NameIndex, verb: int, phrase: SpeakerPhrase
) -> tuple[int, SpeakerPhrase] | None:
    """The subject after the verb of a verb-first clause when it is two or more names joined by
    و, with the first token of that clause's sentence: "واجتمع سامي الحداد ومراد الكمون في …"،
    "وكانت الولايات المتحدة وفرنسا وبريطانيا قد أعلنت". A verb before such a subject stays
    singular; the plural verbs after it ("وقالوا"، "مؤكدين") go on with all of them."""
    first = phrase.start
    if first <= verb:
        return None  # a subject read before its verb ("… وجوزيبي كونتي"): not a verb-first clause
    stop = view.sentence_range(first)[1]
    end = None
    words = 0
    k = first + 1
    while k < stop and view.is_word(k) and view.cues[k] is None:
        if _joined_name(view, names, k):
            end, words = k + 1, 0
        elif words + 1 >= MAX_CONJUNCT_WORDS or not _name_goes_on_in_coordination(view, names, k):
            break
        else:
            words += 1
            if end is not None:
                end = k + 1
        k += 1
    if end is None:
        return None
    return view.sentence_range(verb)[0], SpeakerPhrase(first, end, "name")


EACH, OF = normalize("كل"), normalize("من")


def _counted_after_cue(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The counted subject right after a verb of saying, before its content: "وطالب 30 نائبا
    بإقالة الوزير"، "وقال 20 مسؤولا إن …" (:func:`counted.counted_subject`)."""
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb":
        return None
    if frame.speaker is not None and frame.speaker.start != frame.cue + 1:
        return None
    _, last = view.sentence_range(frame.cue)
    phrase = counted_subject(view, frame.cue + 1, last)
    if phrase is None:
        # "وقال 38% من المشمولين بالدراسة إن …"، "وأشار حوالي النصف بأن …": a share of a group.
        content = next((k for k in range(frame.cue + 1, last) if view.starts[k] >= frame.content[0]), last)
        phrase = share_subject(view, frame.cue + 1, content)
    if phrase is None or view.starts[phrase.last - 1] >= frame.content[0]:
        return None
    return phrase


def _each_of_subject(
    view: DocView, names: NameIndex, frame: Frame, history: list[Said]
) -> SpeakerPhrase | None:
    """The names joined by و after "كل من" right after a verb: "وقالت كل من فرنسا وألمانيا
    والمملكة المتحدة إنهم …"، "طالبت كل من بريطانيا وفرنسا بإجراء تحقيق". "كل من X وY", "each
    of X and Y", is the verb's subject, which the verb before it agrees with in the singular;
    the names after it, not the last speaker, are who speak. At least two names joined by و:
    "كل من" before a verb or alone is "whoever" ("شكر كل من ساعده"), no list of speakers. After
    a verb that takes an object first the list is mostly that object ("وحث كل من الوزراء والنواب
    على …" after "قال الرئيس"): it is the subject only when no recent speaker agrees with the
    verb, who would be its dropped subject, or when the verb opens its sentence with no
    conjunction, as a new report does ("طالبت كل من بريطانيا وفرنسا بإجراء تحقيق")."""
    cue = frame.cue
    if frame.speaker is not None or frame.nested or cue + 3 >= len(view.tokens):
        return None
    if view.bare[cue + 1] != EACH or view.bare[cue + 2] != OF or not view.is_word(cue + 3):
        return None
    found = view.cues[cue]
    if found is None or found.kind != "verb" or found.object_suffix:
        return None
    opens = view.sentence_range(cue)[0] == cue and view.keys[cue] == view.bare[cue]
    if "dobj" in found.frames and not opens and antecedent(history, frame.feminine) is not None:
        return None
    first = cue + 3
    phrase = parse_speaker(view, first, min(len(view), first + MAX_EACH_WORDS))
    if phrase is None or phrase.start != first or phrase.kind == "anonymous":
        return None
    end = phrase.last
    conjuncts = sum(1 for k in range(first + 1, end) if _conjunct(view, k))  # "بريطانيا وفرنسا"
    while end < min(len(view), first + MAX_EACH_LIST) and _conjunct(view, end):
        # "وألمانيا"، "والمملكة المتحدة": each further name, with its definite adjectives.
        conjuncts += 1
        end += 1
        while end < len(view) and view.is_word(end) and view.cues[end] is None and _name_adjective(view, end):
            end += 1
    if not conjuncts:
        return None
    return SpeakerPhrase(first, end, "name", None, (first, end))


def _conjunct(view: DocView, k: int) -> bool:
    """Whether word k opens one more name of a list joined by و: و and a word of three letters
    or more that is no stop word, time word, cue or verb joined by و ("وقالت")."""
    bare = view.bare[k]
    if not view.is_word(k) or bare[:1] != "و" or len(bare) <= MIN_CONJUNCT_LETTERS:
        return False
    rest = bare[1:]
    if view.cues[k] is not None or view.words.is_a("stop", rest) or view.words.is_a("time", rest):
        return False
    return not conjoined_verb(view.tokens[k].text)


def _name_adjective(view: DocView, k: int) -> bool:
    """Whether word k goes on the name before it in a list: a definite adjective with no
    preposition on it ("المملكة المتحدة"، "كوريا الجنوبية"), or a word the earlier stages found
    inside the same mention."""
    inside = view.mention_label(k)
    if inside is not None and not inside[1]:
        return True
    return view.keys[k] == view.bare[k] and has_article(view, k) and not is_complementizer(view, k)


MAX_EACH_WORDS = 4  # the first of the joined names: "الولايات المتحدة"، "شركة التأمين الألمانية"
MAX_EACH_LIST = 16  # all the names of the list


def _joined_name(view: DocView, names: NameIndex, k: int) -> bool:
    """Whether word k is و joined to a name: one the document gives as a source or that an
    earlier stage found right after the و ("وفرنسا"، "وميغان ماركل")."""
    bare = view.bare[k]
    if bare[:1] != "و" or len(bare) <= MIN_CONJUNCT_LETTERS or bare[1:3] == "ال":
        return False
    rest = bare[1:]
    if view.words.is_a("stop", rest) or view.words.is_a("time", rest) or is_title_word(view, k):
        return False
    if names.known(rest):
        return True
    return any(m.label in ("PER", "LOC", "ORG") for m in view.mentions_from(view.tokens[k].start + 1))


def _names_joined(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is names joined by و ("بوتين وأردوغان"، "سامي الحداد ومراد
    الكمون"): several people, whom a later verb in the dual or plural continues ("وشددا"،
    "وأكدوا") and a singular verb does not."""
    if phrase.kind != "name" or phrase.title is not None or phrase.pair is not None:
        return False
    return any(
        _joined_name(view, names, k) or (_conjunct(view, k) and _written_alone(view, names, view.bare[k][1:]))
        for k in range(phrase.first + 1, phrase.last)
    )


def _written_alone(view: DocView, names: NameIndex, word: str) -> bool:
    """Whether the document writes ``word`` on its own too, or it is a given name: the word
    after و is a name of its own ("وأردوغان" where "أردوغان" stands alone), not a name in و
    (وليد، وائل)."""
    return view.count(word) > 0 or names.known(word) or word in given_names()


def _name_goes_on_in_coordination(view: DocView, names: NameIndex, k: int) -> bool:
    """Whether word k may be a further word of a name in a coordination ("سامي الحداد"،
    "الولايات المتحدة"): no stop word, no time word, no title, no preposition's object."""
    bare, key = view.bare[k], view.keys[k]
    classes = view.words.classes  # is_a, its calls written out
    if bare in classes.get("stop", ()) or bare in classes.get("time", ()) or is_title_word(view, k):
        return False
    governed = key[:1] in "بلك" and (key[1:3] == "ال" or key[:2] == "لل")  # "بالمدينة"، "للوزارة"
    return not governed or names.known(bare) or view.mention_label(k) is not None


def _joined_names_antecedent(
    view: DocView,
    names: NameIndex,
    frame: Frame,
    several: tuple[int, SpeakerPhrase] | None,
    history: list[Said],
) -> Said | None:
    """Names joined by و as the subject of a subjectless plural cue ("وأجمع سامي ومراد وفهد على
    …، مؤكدين"، "وكانت فرنسا وبريطانيا قد أعلنت …، مهددتين"), when no recent speaker is plural:
    a plural verb agrees with its antecedent in number, and these several people are the subject
    of the clause it goes on with, in its sentence or the one before."""
    if several is None or not plural_cue(view, frame.cue) or frame.about_speech:
        return None
    clause, phrase = several
    if _first_person(view, frame.cue) or any(said.plural and said.clause >= clause for said in history[-4:]):
        return None
    sentence = view.sentence_range(frame.cue)[0]
    if clause > sentence or (clause < sentence and view.sentence_of[sentence] - view.sentence_of[clause] > 1):
        return None
    if phrase.first > frame.cue:
        return None
    span = speaker_span(view, phrase)
    said = Said(span.text, None, None, plural=True, joined=True)
    return with_source_kind(view, said, phrase, frame.cue, None)


def _statement_authors(view: DocView, names: NameIndex, frame: Frame, history: list[Said]) -> Said | None:
    """The plural subject of the clause whose object is the statement a plural cue speaks in:
    "وأصدر جميع أعضاء الحلف بيانا أكدوا خلاله …". The cue's pronoun (خلاله، فيه) points back to
    the statement, the relative clause describes that object, and those who speak in it are the
    ones who put it out, the governing verb's subject (plural_clause_subject), whoever was
    quoted last."""
    if frame.cue + 1 >= len(view) or view.keys[frame.cue + 1] not in SPEECH_WITHIN:
        return None
    if _first_person(view, frame.cue):
        return None
    phrase = plural_clause_subject(view, frame.cue)
    if phrase is None:
        return None
    name, entity, _ = resolve(view, names, phrase, speaker_span(view, phrase), history)
    said = with_source_kind(view, Said(name, entity, None, plural=True), phrase, frame.cue, None)
    history.append(said)
    return said


def _agreeing_governor(
    view: DocView, names: NameIndex, event: SpeakerEvent, frame: Frame, history: list[Said]
) -> Said | None:
    """The subject of the clause that reports nothing before a subjectless cue, when no recent
    speaker agrees with the cue and that clause's verb and subject do: "وقال الوزير أيمن الصفدي …
    . ونفت قطر الاتهامات …، وقالت إنها …". A feminine verb cannot go on with a man, so the
    woman or body the text just made the subject of a verb is the one speaking; the verb need
    not be coordinated with the cue in one sentence (the next sentence goes on with it too).
    The first report of an article, with no speaker before it, goes on with the subject of the
    clause of its sentence that agrees with it ("أدلت كريستين بلازي فورد بشهادتها ضد القاضي …،
    بعد أن اتهمته"), not with the last name before it, which may stand in the object; a given
    and a family name there is a person who can speak."""
    if frame.feminine is None or plural_cue(view, frame.cue) or frame.about_speech:
        return None
    if history and agreeing_antecedent(history, frame.feminine) is not None:
        return None
    if _first_person(view, frame.cue) or event.cue > frame.cue:
        return None
    if not history and (event.local or view.sentence_of[frame.cue] != view.sentence_of[event.cue]):
        # The first report of an article goes on with the clause it stands in ("أدلت X
        # بشهادتها ضد …، بعد أن اتهمته"), not with one that a comma and a conjunction add.
        return None
    if view.sentence_of[frame.cue] - view.sentence_of[event.cue] > 1:
        return None  # the sentence of the clause or the next one
    gender = verb_gender(view, event.cue)
    if gender is None or gender != frame.feminine:
        return None
    phrase = _mention_head(view, event.speaker)
    if phrase is None:
        # Not any noun that agrees ("تمّت عملية الولادة"): one that can speak, a titled person,
        # a body or a name the document knows.
        phrase = event.speaker
        speaks = phrase.title is not None or names_body(view, phrase)
        speaks = speaks or names.known(view.text_of(phrase.first, phrase.last))
        speaks = speaks or _plain_full_name(view, phrase.first, phrase.last)
        if not speaks or not _agreeing_subject(view, names, event, gender, object_verbs=True):
            return None
    if phrase.kind == "name" and phrase.title is None:
        phrase = known_head(view, names, phrase) or phrase
    span = speaker_span(view, phrase)
    name, entity, _ = resolve(view, names, phrase, span, history)
    return with_source_kind(view, Said(name, entity, gender), phrase, event.cue, None)


def _mention_head(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """A name phrase cut to the place, body or person the earlier stages found at its start,
    when the words after that mention are no part of it: in "ونفت قطر الاتهامات" the subject is
    قطر and الاتهامات begins the object (a name takes no definite common noun after it)."""
    if phrase.kind != "name" or phrase.title is not None:
        return None
    found = view.mention_label(phrase.first)
    if found is None or not found[1] or found[0] not in MENTION_SPEAKERS:
        return None
    end = phrase.first + 1
    while end < phrase.last and (inside := view.mention_label(end)) is not None and not inside[1]:
        end += 1
    if end >= phrase.last or not view.is_word(end):
        return None
    key = view.keys[end]
    # A place's name heads no construct: an indefinite word after it ("هاجمت إيطاليا تبني
    # برلين …") begins the object as a definite one does.
    if not (has_article(view, end) or key.startswith(DEFINITE_AFTER_PREPOSITION) or found[0] == "LOC"):
        return None
    if view.words.is_a("time", view.bare[end][2:]):
        return None  # "وزارت قطر الأسبوع الماضي": a time, no object after a subject
    return SpeakerPhrase(phrase.first, end, "name", None, (phrase.first, end))


def _fronted_mention(view: DocView, event: SpeakerEvent) -> bool:
    """Whether the subject of a clause stands before its verb and is, whole, one place, body or
    person the earlier stages found ("لكن واشنطن تراقب التحركات، مؤكدة"): before the verb a
    noun is the subject by its place, never the object a place after a verb may be."""
    phrase = event.speaker
    if phrase.last > event.cue or phrase.kind == "anonymous":
        return False
    found = view.mention_label(phrase.first)
    if found is None or found[0] not in MENTION_SPEAKERS:
        return False
    return mention_ends_at(view, phrase.first, phrase.last)


DEFINITE_AFTER_PREPOSITION = ("بال", "لل", "كال")  # "ورحبت تونس بالقرار": the verb's complement
MENTION_SPEAKERS = frozenset({"PER", "ORG", "LOC"})  # a country acts and speaks through its state


def _coordinated(view: DocView, event: SpeakerEvent, frame: Frame, gender: bool) -> bool:
    """Whether a subjectless cue goes on with the clause of ``event``: a verb or participle of the
    third person (no verbal noun, whose possessor may be anyone: "إعلان ترامب اعترافه"), of the
    verb's gender, in the same sentence, with no subordinate clause or complementizer between
    them, which has a subject of its own ("تسربت شهادة هيكس، وتبين أنها اعترفت")."""
    found = view.cues[frame.cue]
    if found is None or found.kind not in ("verb", "participle", "adverbial"):
        return False
    if frame.about_speech or _first_person(view, frame.cue):
        return False
    if plural_cue(view, frame.cue) and not suffixed_plural(view, frame.cue):
        # A plural with an object pronoun ("عبر مانحون عن استيائهم مما وصفوه") may go on with
        # the subject after a singular verb first in its clause, whose number the verb hides.
        return False
    if frame.feminine is not None and frame.feminine != gender:
        return False
    if view.sentence_range(event.cue)[0] != view.sentence_range(frame.cue)[0]:
        return False
    if frame.cue - event.cue > MAX_SHARED_DISTANCE:
        return False
    if event.cue > 0 and view.bare[event.cue - 1] == AS and view.sentence_range(event.cue)[0] < event.cue - 1:
        # "كما تدعي عائلات المساجين، مضيفة": "as X claims" is an aside; كما opening a sentence
        # is "also" ("كما قامت الوزارة بـ …، مؤكدة"), and its clause is the main one.
        return False
    if frame.cue + 1 < len(view) and view.bare[frame.cue + 1] in SPEECH_WITHIN:
        return False  # "طلبت محطات مقابلات معها أكدت خلالها": the cue describes that speech
    # "فضل الحزب الترقب، إذ اعتبر أن …": a clause of cause or circumstance that the cue itself
    # opens, with no subject of its own, has the subject of the clause it explains.
    opener = frame.cue - 1 if view.keys[frame.cue - 1] in EXPLAINING_OPENERS else frame.cue
    # "فضل حزب X، الذي يقود الائتلاف، الترقب": a relative clause on the subject itself, right
    # after it, describes that subject and names no other.
    on_subject = {event.speaker.last, event.speaker.last + 1} if event.speaker.first > event.cue else set()
    return not any(
        view.keys[k] in SUBORDINATORS and not (k in on_subject and view.keys[k] in RELATIVES)
        for k in range(event.cue + 1, opener)
    )


def _we_perfect(view: DocView, cue: int) -> bool:
    """A verb in the perfect of "we" (تحملنا، أبلغنا): a verb, not a participle in ـنا (مبينا)."""
    found = view.cues[cue]
    return found is not None and found.kind == "verb" and view.keys[cue].endswith("نا")


SPEECH_REACH = 60  # tokens back to the colon or quotation mark that opens a speaker's own words


def _speaker_i(view: DocView, cue: int) -> bool:
    """Whether a subjectless perfect in ـت (توقعت، قلت) stands in a speaker's own words, where
    its ت is "I", not the feminine "she": after a colon that opens direct speech in its sentence
    ("وتابع: عندما بدأت العلاج توقعت أن …") or inside quotation marks that open before it."""
    found = view.cues[cue]
    if found is None or found.kind != "verb" or not view.keys[cue].endswith("ت"):
        return False
    first = view.sentence_range(cue)[0]
    for k in range(cue - 1, max(-1, cue - SPEECH_REACH), -1):
        if k >= first and view.tokens[k].text == ":" and k > first and view.is_word(k - 1):
            # Words in quotation marks right after the colon end where the marks close.
            close = view.open_close.get(k + 1)
            return close is None or close > cue
        close = view.open_close.get(k)
        if close is not None and close > cue:
            return True
    return False


def _first_person(view: DocView, cue: int) -> bool:
    """A verb of "I" or "we": لاحظنا، فنصفه (an imperfect in ن that is not the lemma, as نفى is)."""
    found = view.cues[cue]
    key = view.keys[cue]
    if key.endswith("نا"):
        return True
    return (
        found is not None
        and key[:1] in "نا"
        and key[1:2] != "ل"
        and not key.startswith(lemma_key(found.lemma))
    )


def _agreeing_subject(
    view: DocView, names: NameIndex, event: SpeakerEvent, gender: bool, object_verbs: bool = False
) -> bool:
    """Whether the noun phrase right after a clause's verb reads as its subject: more than one
    word, or a body or a known name ("وحمل السلاح"، "وأدانت برلين": a thing or a place); not a
    verb, a cue or a stop word; after a feminine verb a feminine noun (ة، ات), a title or a name;
    after a masculine verb a title or a common noun, not a feminine one ("فيورد رواية التصحيف")."""
    phrase = event.speaker
    first = phrase.first
    if phrase.kind == "anonymous" or first < event.cue or not view.is_word(first):
        return False
    verb = view.cues[event.cue]
    if verb is not None and "dobj" in verb.frames and not object_verbs:
        return False  # "وحمّل X المسؤولية": the noun after may be the object
    if event.cue > 0 and view.bare[event.cue - 1] in QAD:
        return False  # "وكان X، …، قد ثمن الدور": the subject stood before قد
    if relays(view, event.cue, phrase) or view.cues[first] is not None:
        return False
    text = view.tokens[first].text
    if view.bare[first][:1].isdigit() or view.words.is_a("stop", view.bare[first]):
        return False
    if view.keys[first] in AUXILIARIES or conjoined_verb(text):
        return False
    known = names.known(view.text_of(phrase.first, phrase.last)) or names_body(view, phrase)
    if phrase.last == first + 1 and not known:
        return False
    if phrase.title is not None or known:
        return True
    feminine_noun = text.endswith(("ة", "ات"))
    if gender:
        # A construct or definite noun in neither ending is masculine: the feminine verb's
        # subject is dropped. Two words of a foreign name take no article.
        return feminine_noun or not (has_article(view, first) or has_article(view, first + 1))
    # A masculine verb agrees with anyone: a name after it may as well be its object ("واستقبل
    # جان ميشيل كليمنت … وقال"); a title or a definite noun with its adjective is the subject.
    if phrase.kind == "name":
        return _person_after_speech_verb(view, event)
    return not feminine_noun


def _person_after_speech_verb(view: DocView, event: SpeakerEvent) -> bool:
    """Whether the name right after a verb of saying that takes no person as its object is that
    verb's subject: "ونفى ماجد سلامة هذه الأنباء، وأكد …". Such a verb's object is what is said
    (a clause, a claim, a report), never a person, so a person's name after it, a given name and
    a family name without the article, is who speaks."""
    phrase = event.speaker
    if not event.speech_verb or phrase.last - phrase.first != _GIVEN_AND_FAMILY:
        return False
    verb = view.cues[event.cue]
    if verb is None or verb.kind != "verb" or "dobj" in verb.frames:
        return False
    first, family = phrase.first, phrase.first + 1
    if view.bare[first] not in given_names() or not view.is_word(family) or has_article(view, family):
        return False
    if len(view.bare[family]) < MIN_NAME_LETTERS or view.words.is_a("stop", view.bare[family]):
        return False  # "نفى فؤاد كل ما نسب إليه": كل opens the object, no family name
    return view.cues[family] is None


def verb_gender(view: DocView, k: int) -> bool | None:
    """Whether the verb at token k is feminine (True), masculine (False) or not to be told: a
    perfect in ـت (حددت، وبررت) or an imperfect in تـ is feminine; an imperfect in يـ or a
    perfect of three letters or more without ـت is masculine (انتقل، فيصحح)."""
    if not view.is_word(k):
        return None
    key = view.bare[k]
    if key[:1] in "وف" and len(key) > 3 and key[1:] not in view.vocabulary:
        key = key[1:]
    if lam_verb(view, k):
        # "والتقت الوزيرة": a verb, though written like the article; "التفت" is masculine, its
        # ت the root's.
        return key.endswith("ت") and not masculine_in_t(view, k)
    if len(key) < 3 or key.endswith(("ات", "ة", "ون", "وا", "ين", "نا")) or has_article(view, k):
        return None  # a noun, a plural, "we"
    if (
        key in SUBORDINATORS
        or key in INDEPENDENT_PRONOUNS
        or view.words.is_a("stop", key)
        or view.words.is_a("time", key)
    ):
        return None  # "وعندما نتذوق"، "هما كانا": a particle or a pronoun opens the clause
    if key.startswith(("ال", "بال", "لل", "كال")):
        return None  # "وبالعكس": a preposition and the article, no verb
    return key.endswith("ت") or key[:1] == "ت"


def _bare_epithet(view: DocView, phrase: SpeakerPhrase) -> bool:
    """A role with the article, its adjectives and no name or domain: "المدافع الدولي السابق"."""
    first = phrase.start
    if phrase.kind != "title" or phrase.name is not None or not has_article(view, first):
        return False
    return view.words.is_a("epithet", view.bare[first][2:]) and all(
        has_article(view, k) for k in range(first, phrase.last) if view.is_word(k)
    )


def introduced_person(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a name of two words at least is introduced by an apposition of identity, "،
    وهو عضو في …"، "، وهي مديرة …": the pronoun refers back to the name as to a person, whom
    the text presents as the subject of its clause, whatever the verb."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if len(words) < 2 or has_article(view, phrase.first):
        return False
    k = phrase.last
    if k >= len(view.tokens) or not view.is_comma(k):
        return False
    k += 1
    if k + 1 >= len(view) or view.bare[k] not in IDENTITY_APPOSITION:
        return False
    return view.is_word(k + 1) and view.title_state(view.bare[k + 1]) is not None


IDENTITY_APPOSITION = frozenset({"وهو", "وهي", "هو", "هي"})


def post_follows(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a post stands in apposition right after a given and a family name ("وأكدت سارة
    الحلبي مديرة الحملات …"، "…، المتحدثة باسم …"): the name is a person's, the subject of its
    verb. A single word before a post may be a noun that governs it ("حمل توقيع رئيس …"), and a
    plural noun with its adjective is no name."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if len(words) < 2 or has_article(view, phrase.first):
        return False
    endings = {view.bare[k][-2:] for k in words}
    if endings in ({"ون"}, {"ين"}):
        return False  # "دعا برلمانيون بريطانيون مؤسس فيس بوك": a plural and its adjective, then the object
    k = phrase.last
    if k < len(view) and view.is_comma(k):
        k += 1
    return k < len(view) and view.is_word(k) and view.title_state(view.bare[k]) is not None


def _linked(doc: Document, quote: Quote, speakers: _SpeakerEntities) -> Quote:
    """The quote with its speaker's entity and that entity's knowledge-base id, so that quotes
    can be grouped by person across documents: a speaker resolved through a title or carried
    from an earlier cue is linked by the name it resolved to, when a person or body of the
    document bears that name."""
    if quote.speaker_entity is None and quote.speaker_name:
        quote.speaker_entity = speakers.named(quote.speaker_name)
    entity = doc.entity_by_id(quote.speaker_entity) if quote.speaker_entity else None
    quote.speaker_kb_id = entity.kb_id if entity is not None else None
    return quote


class _SpeakerEntities:
    """The person and body entities of one document by the words of their names: a speaker
    name is compared only with the entities that share a word with it (else every quote of a
    long article would read every entity of it)."""

    def __init__(self, doc: Document) -> None:
        self._by_word: dict[str, list[Entity]] = {}
        for entity in doc.entities:
            if entity.label in SPEAKER_LABELS:
                for word in set(name_words(entity.name)):
                    self._by_word.setdefault(word, []).append(entity)

    def named(self, name: str) -> str | None:
        """The one person or body entity whose name is ``name`` or contains it as whole words
        (a family name shared by two entities links neither)."""
        sharing = {e.id: e for w in set(name_words(name)) for e in self._by_word.get(w, ())}
        found = {e.id for e in sharing.values() if same_words(e.name, name)}
        return found.pop() if len(found) == 1 else None


def _overlapping_entity_name(doc: Document, name: str) -> str | None:
    """The entity id whose canonical name is ``name`` (for a speaker found by name only)."""
    for entity in doc.entities:
        if same_words(entity.name, name):
            return entity.id
    return None


def met_person(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The person met in a time clause right before a verb with a dropped subject, inside quoted
    speech: "عندما قابلت الرئيس المصري مبارك، قال: …". A speaker talking of himself writes the
    perfect in ت (قابلتُ، التقيتُ), so the person after it is its object and the only one
    present to say what follows; a third person would be named as the verb's subject."""
    comma = frame.cue - 1
    if not (frame.in_quote or frame.nested) or comma < 3 or view.tokens[comma].text not in ("،", ","):
        return None
    if view.tokens[frame.cue].text.endswith("ت"):
        return None  # "عندما قابلت مبارك، قلت له": the speaker goes on about himself
    for opener in range(comma - 3, max(comma - 9, -1), -1):
        if not view.is_word(opener):
            return None  # the clause holds no punctuation
        if view.bare[opener] in VERB_SUBORDINATORS or view.bare[opener] == "حين":
            break
    else:
        return None
    verb = view.tokens[opener + 1].text
    if not (verb.endswith("ت") and len(verb) > 3 and view.cues[opener + 1] is None):
        return None
    phrase = parse_speaker(view, opener + 2, comma)
    if phrase is None or phrase.start != opener + 2 or phrase.last != comma or phrase.kind != "name":
        return None
    found = view.mention_label(phrase.first)
    return phrase if found is None or found[0] == "PER" else None  # "عندما وصلت القاهرة،": a place


BY_SAYING = frozenset({"بالقول"})  # "واكتفى كلوب بالقول": "by saying", the manner of a verb
MAX_BY_SAYING_SUBJECT = 6


def _subject_before_saying(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject of the verb that بالقول completes ("واكتفى كلوب بالقول"، "وعلّق المدرب سامي
    بالقول"): the verbal noun says how that verb's subject spoke, so the noun phrase that fills
    the words from the verb to it is the speaker."""
    for verb in range(cue - 2, max(cue - 2 - MAX_BY_SAYING_SUBJECT, -1), -1):
        if not view.is_word(verb):
            return None
        if view.cues[verb] is not None or verb_gender(view, verb) is None:
            continue
        if view.tokens[verb].text.endswith(("ة", "ات")) or view.bare[verb][:1].isdigit():
            continue
        # The verb opens its clause: it carries و/ف ("واكتفى") or follows a comma; a word inside
        # a phrase ("وهو يخاطب إحدى المتظاهرات بالقول") is no verb whose subject speaks.
        if view.keys[verb] == view.bare[verb] and not (verb > 0 and view.is_comma(verb - 1)):
            continue
        phrase = parse_speaker(view, verb + 1, cue)
        if phrase is not None and phrase.start == verb + 1 and phrase.last == cue:
            return phrase if phrase.kind in ("name", "title") else None
        return None
    return None


MIN_NOMINATIVE_PLURAL = 5  # a sound plural in ـون: المحتجون, not a word like كانون


def _after_plural_verb(view: DocView, frame: Frame) -> bool:
    """Whether the phrase read as the subject stands after a verb in the plural or the dual
    ("وطالبوا الحكومة بـ …"، "وأكدا الوزارة …"): a verb that opens its clause before its
    subject stays in the singular ("وطالب النواب"), so a noun after a plural verb is its
    object or an adverbial, never its subject."""
    phrase = frame.speaker
    if phrase is None or phrase.first <= frame.cue:
        return False
    found = view.cues[frame.cue]
    if found is None or found.kind != "verb" or not plural_cue(view, frame.cue):
        return False
    if view.bare[phrase.first].endswith("ون") and len(view.bare[phrase.first]) >= MIN_NOMINATIVE_PLURAL:
        return False  # "وأكدوا المحتجون": the nominative marks a subject where agreement slips
    # The dual in ا may be a name or a singular read as a verb ("وذكر بصير بينا المتحدث …"):
    # only a dual joined by و or ف opens its clause for sure ("وطالبا الشركة بـ …").
    return plural_verb(view.keys[frame.cue]) or view.keys[frame.cue] != view.bare[frame.cue]


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


def _cue_span(view: DocView, frame: Frame) -> Span:
    start = view.tokens[frame.cue].start
    end = view.tokens[frame.cue_end - 1].end
    return view.doc.span(start, end)


MAX_FRONTED_NAME_WORDS = 6  # "الناشطة جيسكا إيتون": a title or two and a name
MAX_APPOSITION_WORDS = 14  # "محلل أسواق المال لدى شركة …" or "وهي باحثة في مجال …"
# Particles that open a clause with its subject first: "لكن X، …، قال"، "أما X، وهو …، يقول".
FRONTING_OPENERS = MAIN_CLAUSE_OPENERS | {"اما", "واما"}
NAME_MARKS = frozenset('"«»“”')  # quote marks around a name ("منظمة "ريتش إنيشيتيف"")


def _name_token(view: DocView, k: int) -> bool:
    """Whether token k may stand in a fronted name: a word, or a quote mark around the name."""
    return view.is_word(k) or view.tokens[k].text in NAME_MARKS


def _name_before_apposition(view: DocView, cue: int, feminine: bool | None) -> SpeakerPhrase | None:
    """A name that opens its clause, then a description of it between commas, then the verb
    with no conjunction: "لكن محمد زيدان، محلل أسواق المال لدى شركة …، قال إن"، "الناشطة X، وهي
    باحثة …، وصفت". The name is the subject put before its verb (a nominal sentence whose
    predicate is the verb's clause), not the last speaker. The description must open with a
    title or with هو/هي agreeing with the verb, so that the phrase between the commas reads as
    an apposition, not a clause or a fronted adverbial."""
    if view.keys[cue] != view.bare[cue] or cue < 4 or not view.is_comma(cue - 1):
        return None
    sentence_first, _ = view.sentence_range(cue)
    k = cue - 2
    while k >= sentence_first and view.is_word(k) and cue - 1 - k <= MAX_APPOSITION_WORDS:
        if view.cues[k] is not None:
            return None
        k -= 1
    if k < sentence_first or not view.is_comma(k) or k + 1 >= cue - 1:
        return None
    opening, head = k, k + 1
    # هو/هي, or a relative clause on the fronted noun ("لكن منظمة X، التي تراقب الوضع …،
    # قالت"), its pronoun agreeing with the noun (التي feminine, الذي masculine) and the verb.
    stated = GENDERED_REFERENCES.get(view.bare[head])
    if stated is None:
        if not is_title_word(view, head) or has_article(view, head):
            return None  # a definite noun after the comma may open a clause of its own
        stated = view.tokens[head].text.endswith("ة")
    if feminine is not None and stated != feminine:
        return None
    m = opening - 1
    while m >= sentence_first and _name_token(view, m) and opening - m <= MAX_FRONTED_NAME_WORDS:
        if view.keys[m] in FRONTING_OPENERS:
            break
        m -= 1
    start = m + 1
    opens = m < sentence_first or (view.is_word(m) and view.keys[m] in FRONTING_OPENERS)
    if start >= opening or not opens:
        return None
    phrase = parse_speaker(view, start, opening)
    if phrase is None or phrase.start != start or phrase.kind != "name":
        return None
    if any(not _name_token(view, k) or view.is_word(k) for k in range(phrase.last, opening)):
        return None  # the phrase must reach the comma, but for the mark that closes a quoted name
    return phrase


MAX_TOPIC_STRETCH = 30  # a title, a name and a long description of the post before the comma


def _titled_topic(view: DocView, cue: int, feminine: bool | None) -> SpeakerPhrase | None:
    """The title and name that open a sentence whose verb of saying, with no conjunction, comes
    after the comma that closes their description: "عالم الاجتماع ميشال فيفيوركا مدير الدراسات
    بالمدرسة العليا …، قال لفرانس24 إن …". The sentence is nominal, its topic the person named
    first and its predicate the verb's clause, whose dropped subject is that person, not the last
    speaker. Only one stretch before the comma, with no verb of saying, relative, complementizer
    or clause opener in it (those make the words a clause of their own), and a title that agrees
    with the verb."""
    if view.keys[cue] != view.bare[cue] or cue < 3 or not view.is_comma(cue - 1):
        return None
    sentence_first, _ = view.sentence_range(cue)
    comma = cue - 1
    if comma - sentence_first > MAX_TOPIC_STRETCH:
        return None
    for k in range(sentence_first, comma):
        if not view.is_word(k) or view.cues[k] is not None:
            return None
        key = view.keys[k]
        if key in RELATIVES or key in COMPLEMENTIZERS or key in CLAUSE_OPENERS or key in MAIN_CLAUSE_OPENERS:
            return None
    phrase = parse_speaker(view, sentence_first, comma)
    if phrase is None or phrase.start != sentence_first or phrase.kind != "name":
        return None
    if feminine is not None and view.tokens[phrase.start].text.endswith("ة") != feminine:
        return None
    if phrase.title is not None:
        return phrase
    # A person: a given name in the phrase, the words before it naming what the person is
    # ("عالم الاجتماع ميشال فيفيوركا").
    given = next((k for k in range(phrase.first, phrase.last) if view.bare[k] in given_names()), None)
    if given is None or given + 1 >= phrase.last:
        return None
    if given == phrase.first:
        return phrase
    return SpeakerPhrase(given, phrase.last, "name", (phrase.first, given), (given, phrase.last))


# "وسبق لـX أن أعلن"، "كما سبق لـX أن"، "لم يسبق لـX أن"
PRECEDED = frozenset(conjunction + verb for conjunction in ("", "و", "ف") for verb in ("سبق", "يسبق"))
MAX_PRECEDED_WORDS = 8


def _preceded_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """سبق لـX أن + verb, "X has already done": the genitive of لـ is the subject of the verb
    after أن, the clause that is impersonal سبق's own subject ("وسبق للرئيس محمود عباس، أن
    أعلن"), not the last speaker."""
    an = cue - 1
    if an < 2 or view.bare[an] != "ان":
        return None
    close = an - 1 if view.is_comma(an - 1) else an
    sentence_first, _ = view.sentence_range(cue)
    for k in range(close - 1, max(sentence_first - 1, close - 1 - MAX_PRECEDED_WORDS), -1):
        if not view.is_word(k):
            return None
        if view.bare[k] not in PRECEDED:
            continue
        first = k + 1
        if first >= close or view.bare[first][:1] != "ل" or len(view.bare[first]) < 3:
            return None
        # Only a body, title or outlet: the ل of a bare name would stay in the name ("لمحمد").
        phrase = li_agent(view, first, close)
        if phrase is None or phrase.start != first:
            return None
        if phrase.last < close:
            # "للرئيس الفلسطيني محمود عباس": the title under ل, then its holder's name.
            name = parse_speaker(view, phrase.last, close)
            if name is None or name.start != phrase.last or name.last != close or name.kind != "name":
                return None
            return SpeakerPhrase(phrase.last, close, "name", (first, phrase.last), (phrase.last, close))
        return phrase
    return None


MAX_AUXILIARY_SUBJECT = 14  # a title, its domain and a name between كان and the verb
QAD_WORD = "قد"
MAX_HOLDER_WORDS = 3  # a given name and one or two family names


def _subject_after_auxiliary(view: DocView, cue: int, feminine: bool | None) -> SpeakerPhrase | None:
    """The noun phrase between كان and a perfect verb of saying, with or without قد: "وكان الخبير
    في شؤون الجماعات منير أديب قال لموقع …، إن"، "وكانت الوزارة قد قالت". The past perfect puts
    its subject between the auxiliary and the verb, so that phrase is the verb's subject, not the
    last speaker. The verb has no conjunction of its own, agrees with the auxiliary (كانت with a
    feminine verb), and the words between are one speaker phrase that reaches the verb."""
    if feminine is None or view.keys[cue] != view.bare[cue]:
        return None
    found = view.cues[cue]
    if found is None or found.kind != "verb" or view.bare[cue][:1] in IMPERFECT_PREFIXES:
        return None
    end = cue - 1 if cue > 0 and view.bare[cue - 1] == QAD_WORD else cue
    sentence_first, _ = view.sentence_range(cue)
    for k in range(end - 1, max(sentence_first - 1, end - 1 - MAX_AUXILIARY_SUBJECT), -1):
        if not view.is_word(k) or view.cues[k] is not None:
            return None
        key = view.keys[k]
        if key in RELATIVES or key in COMPLEMENTIZERS:
            return None
        aux = view.bare[k][1:] if view.bare[k][:1] in "وف" else view.bare[k]
        if aux not in AUXILIARIES:
            continue
        if aux.endswith("ت") != feminine or aux.endswith("وا"):
            return None
        phrase = parse_speaker(view, k + 1, end)
        if phrase is None or phrase.start != k + 1 or phrase.kind == "anonymous":
            return None
        if phrase.last == end:
            return phrase
        if phrase.kind != "title":
            return None
        # "الخبير في شؤون الجماعات منير أديب": a title with its domain, then the holder's name.
        # The name is a given name and the words after it up to the verb, none with the article.
        given = next((j for j in range(phrase.last, end) if view.bare[j] in given_names()), None)
        if given is None or not 1 < end - given <= MAX_HOLDER_WORDS:
            return None
        if any(has_article(view, j) for j in range(given, end)):
            return None
        return SpeakerPhrase(given, end, "name", (k + 1, given), (given, end))
    return None


IMPERFECT_PREFIXES = ("ي", "ت", "س")


MAX_RELATIVE_CLAUSE_WORDS = 8


def _relative_clause_verb_subject(view: DocView, cue: int, feminine: bool | None) -> SpeakerPhrase | None:
    """The antecedent of a relative clause as the subject of a later verb of saying in that
    clause: "شركات الإعلانات، التي أبدت استياءها مما حدث وقالت"، "في الصين، التي تطور ما تصفه
    بأنه". The first verb after التي/الذي has the antecedent as subject; a verb coordinated with
    it, or one in a clause on its object (ما تصفه), keeps that subject when it agrees with the
    relative, not the last speaker. The clause runs with no punctuation to the cue, holds no
    other cue, relative or complementizer, and its first verb takes the antecedent as subject."""
    found = view.cues[cue]
    if feminine is None or found is None or found.kind != "verb" or plural_cue(view, cue):
        return None  # a participle after the clause goes with the main clause's subject
    sentence_first, _ = view.sentence_range(cue)
    for k in range(cue - 1, max(sentence_first, cue - 2 - MAX_RELATIVE_CLAUSE_WORDS) - 1, -1):
        if not view.is_word(k) or view.cues[k] is not None:
            return None
        key = view.bare[k]
        if key in COMPLEMENTIZERS:
            return None
        if key not in RELATIVES:
            continue
        if RELATIVE_IS_FEMININE.get(key) != feminine:
            return None
        verb = k + 1
        if verb >= cue - 1 or not view.is_word(verb) or has_article(view, verb):
            return None
        if verb_gender(view, verb) not in (None, feminine) or view.tokens[verb].text.endswith("ة"):
            return None
        if not relative_subject_agrees(view, k, verb, _object_pronoun(view, verb)):
            return None
        if found.object_suffix and view.bare[cue].endswith("ها") == feminine:
            # "وأشاد شي بالفيلسوف الذي عاش في القرن … ووصفه": a pronoun on the cue that
            # agrees with the relative takes up the antecedent as object; the verb goes with the
            # main clause, not with the relative clause.
            return None
        return relative_clause_subject(view, verb) or _mention_before(view, k)
    return None


def _mention_before(view: DocView, relative: int) -> SpeakerPhrase | None:
    """The place, body or person the earlier stages found that ends right before a relative (a
    comma between allowed): "في الصين، التي": a noun after a preposition is still the relative's
    antecedent, and a country speaks through its state."""
    end = relative - 1 if relative > 0 and view.is_comma(relative - 1) else relative
    for first in range(end - 1, max(-1, end - 1 - MAX_MENTION_WORDS), -1):
        if not view.is_word(first):
            return None
        found = view.mention_label(first)
        if (
            found is not None
            and found[1]
            and found[0] in MENTION_SPEAKERS
            and mention_ends_at(view, first, end)
        ):
            return SpeakerPhrase(first, end, "name", None, (first, end))
    return None


MAX_MENTION_WORDS = 4


def _object_pronoun(view: DocView, k: int) -> bool:
    """Whether the verb at k carries an object pronoun (ـه، ـها) after its stem."""
    return len(view.bare[k]) > 4 and view.bare[k].endswith(("ه", "ها"))


# Indefinite nouns of an outlet's own text: "نشرت الصحيفة مقالا زعم أن"، "تقريرا قال إن".
OWN_TEXTS = frozenset({"مقال", "مقاله", "تقرير", "افتتاحيه", "تحقيق"})
PUBLISHING = frozenset({"نشر", "نشرت", "تنشر", "ينشر"})
# Texts a body issues and the verbs of issuing them: "أصدرت الوزارة بيانا أكدت فيه"، "وجه
# النواب رسالة قالوا فيها"، "وزع الجيش منشورات دعت السكان إلى". A statement speaks for its issuer
# (README: البيان resolves to the body that issued it).
ISSUED_TEXTS = frozenset({"بيان", "رساله", "مذكره", "منشورات", "تعميم"})
_ISSUING_STEMS = (("اصدر", ("",)), ("صدر", ("ي", "ت")), ("وجه", ("", "ي", "ت")), ("وزع", ("", "ي", "ت")))
ISSUING = frozenset(
    f"{prefix}{stem}{ending}"
    for stem, prefixes in _ISSUING_STEMS
    for prefix in prefixes
    for ending in ("", "ت")
    if not (prefix and ending)
)
_TEXT_NOUNS = OWN_TEXTS | ISSUED_TEXTS
MAX_PUBLISHER_WORDS = 6
MAX_ADVERBIAL_WORDS = 6  # "بيانا، عقب محادثاتهم في بروكسل، أكد": an adverbial set off by commas


def _text_before(view: DocView, cue: int) -> int | None:
    """The word right before the verb at ``cue``, or right before an adverbial set off by commas
    that stands between that word and the verb ("بيانا، عقب اجتماعهم، أكد")."""
    text = cue - 1
    if text < 1 or not view.is_comma(text):
        return text
    for k in range(text - 1, max(0, text - 2 - MAX_ADVERBIAL_WORDS), -1):
        if view.is_comma(k):
            return k - 1 if k < text - 1 else None
        if not view.is_word(k) or view.cues[k] is not None:
            return None
    return None


MAX_ISSUER_WORDS = 5


def _issuer_before_relative(view: DocView, relative: int) -> SpeakerPhrase | None:
    """The antecedent of the relative at ``relative`` before a verb of issuing a text: what
    :func:`relative_antecedent` reads, or a body named by a head noun of an institution or an
    outlet within the last few words ("تصريحات مكتب الاتصالات الحكومي الذي أصدر بيانا"): only
    a body or a person issues a statement, so the construct is no object thing here."""
    found = relative_antecedent(view, relative)
    if found is not None:
        return found
    end = relative - 1 if relative > 0 and view.is_comma(relative - 1) else relative
    for k in range(end - 1, max(-1, end - 1 - MAX_ISSUER_WORDS), -1):
        if not view.is_word(k) or is_stop(view, k) or view.cues[k] is not None:
            return None
        key = view.bare[k]
        head = key[2:] if has_article(view, k) else key
        if view.words.is_a("institution", head) or view.words.is_a("media", head):
            phrase = parse_speaker(view, k, end)
            return phrase if phrase is not None and phrase.start == k else None
    return None


def _text_publisher(view: DocView, cue: int, feminine: bool | None) -> SpeakerPhrase | None:
    """The outlet that published the article a verb of saying describes: "نشرت صحيفة وول ستريت
    جورنال مقالا زعم أن …"، "مع نشر صحيفة "فاينانشال تايمز" مقالة ذكرت فيها أن …". The verb right
    after an indefinite article noun opens a relative clause on it (no relative pronoun after an
    indefinite), so the article is its subject, and an outlet's article speaks for the outlet: the
    subject (or genitive) of نشر before the noun. The verb agrees with the noun (مقالة ذكرت، مقالا
    زعم), and the words between نشر and the noun are one speaker phrase, quotation marks aside.

    The same for a text a body issues (:data:`ISSUED_TEXTS` after a verb of :data:`ISSUING`):
    "وأصدر قادة الاتحاد بيانا، عقب محادثاتهم، أكد أن …" → the leaders; the issuer may also be the
    antecedent of a relative right before the verb ("مكتب الاتصالات الذي أصدر بيانا جاء فيه").
    With the text's pronoun after the verb ("أصدرت الوزارة بيانا أكدت فيه") the verb's subject is
    the issuer itself, so the pronoun, not the verb, agrees with the text."""
    text = _text_before(view, cue)
    if text is None or text < 2 or not view.is_word(text) or has_article(view, text):
        return None
    key = view.bare[text]
    key = key[:-1] if key.endswith("ا") and key[:-1] in _TEXT_NOUNS else key
    issued = key in ISSUED_TEXTS
    if key not in OWN_TEXTS and not issued:
        return None
    text_feminine = key.endswith(("ه", "ات"))
    within = cue + 1 < len(view) and view.keys[cue + 1] in SPEECH_WITHIN
    if issued and within:
        if view.keys[cue + 1].endswith("ها") != text_feminine:
            return None
    elif feminine is None or text_feminine != feminine or (text != cue - 1 and not issued):
        return None
    sentence_first, _ = view.sentence_range(cue)
    verbs = ISSUING if issued else PUBLISHING
    nearest = text - 1 if issued else text - 2  # an issuer may be the relative's antecedent
    for verb in range(nearest, max(sentence_first - 1, text - 2 - MAX_PUBLISHER_WORDS), -1):
        bare = view.bare[verb]
        bare = bare[1:] if bare[:1] in "وف" and bare[1:] in verbs else bare
        if bare not in verbs:
            if view.cues[verb] is not None:
                return None
            continue
        if verb == text - 1:
            # "مكتب الاتصالات الذي أصدر بيانا": the relative's antecedent issued it.
            if verb - 1 < sentence_first or view.bare[verb - 1] not in RELATIVES:
                return None
            return _issuer_before_relative(view, verb - 1)
        phrase = parse_speaker(view, verb + 1, text)
        if phrase is None or phrase.start != verb + 1 or phrase.kind == "anonymous":
            return None
        if any(view.is_word(k) for k in range(phrase.last, text)):
            return None
        return phrase
    return None
