"""Antecedents of dropped subjects: the explicit subjects of clauses that report nothing.

A cue without a subject (وأضاف، مؤكداً) continues the subject of the clause before it, and
that clause's verb need not be one of saying: "هاجمت المستشارة … البيت الأبيض واتهمت …"،
"لكن الكرملين استنكر الاتهامات وطالب …". These rules find such subjects, verb-first at the
start of a sentence (after a fronted adverbial) and subject-first after a conjunction;
:mod:`attribution` decides which of them it trusts.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from qawl.arabic import normalize
from qawl.extractors.quotes.counted import counted_subject
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.grammar import feminine_head, is_passive
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.subjects import MAX_FRONTED_ADVERBIAL, VERB_AN_HEADS, conjoined_verb
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    AUXILIARIES,
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    MAIN_CLAUSE_OPENERS,
    RELATIVES,
)
from qawl.extractors.quotes.words import NEGATIONS as ALL_NEGATIONS


@dataclass(frozen=True, slots=True)
class SpeakerEvent:
    """An explicit subject of a verb of saying whose quote was not found; it still becomes
    the antecedent of the subjectless cues after it."""

    cue: int
    speaker: SpeakerPhrase
    feminine: bool | None
    speech_verb: bool = True  # False: the first word of a sentence, a verb we cannot name
    # True: "وكان X استعرض …": the noun between كان and a perfect verb is that verb's subject
    # by its place alone, a name the document need not write again.
    placed: bool = False
    # True: the subject of a verb coordinated after a comma ("…، وندد رئيس الوزراء بـ…"): it
    # serves the subjectless cues of its own sentence, never the later sentences' speakers.
    local: bool = False


def sentence_subjects(view: DocView, taken: set[int], before: int | None = None) -> list[SpeakerEvent]:
    """The subject after the first word of each sentence, when it is a title or a name.

    News sentences are mostly verb-first ("هاجمت المستشارة السابقة … نيومان البيت الأبيض
    واتهمت …"): a later subjectless cue continues that subject even though the first verb is
    not one of saying. The first word's ت ending (هاجمت) gives the subject's gender.
    ``before``: only subjects whose verb comes before this token.
    """
    events = []
    end = len(view) if before is None else before
    for sentence_first, last in view.sentence_bounds:
        if sentence_first >= end:
            break
        first = _verb_after_particles(view, _main_clause_start(view, sentence_first, last), last)
        if first >= end or first in taken or last - first < 3 or not view.is_word(first):
            continue
        cue = view.cues[first]
        if cue is not None and (cue.kind != "verb" or view.bare[first][:1] == "ي"):
            continue  # "ويعد بنك الإسكان …": an imperfect is read as "is considered"
        # A verb of saying that reports nothing here ("من جهته، وعد الوزير بالنظر في …") still
        # opens the clause whose subject a later "مشيرا" continues; one that reports is taken.
        if view.words.is_a("stop", view.bare[first]) and not _verb_with_its_preposition(view, first, last):
            continue
        if view.keys[first] in MAIN_CLAUSE_OPENERS:
            continue  # a conjunction, not a verb: fronted_subjects reads what follows
        if view.tokens[first].text.endswith(("ة", "ات")) or (
            has_article(view, first) and not lam_verb(view, first)
        ):
            continue  # "زيارة ماكرون لواشنطن": after a noun comes its genitive, not a subject
        # A verb of saying that takes an object ("وطالب الاتحاد الحكومة بـ") has it after its
        # subject: the phrase ends where the object begins.
        object_follows = cue is not None and "dobj" in cue.frames
        # "وأيدت كذلك سلطنة عمان العملية"، "واستمع إليها المدير": a word may stand between the
        # verb and its subject; the subject follows it.
        opens = _subject_after_adverb(view, first, last)
        # "ورحبت 33 منظمة حقوقية بالتقرير ورأت": a number and the sources it counts.
        phrase = counted_subject(view, opens, last) or parse_speaker(
            view, opens, min(last, first + 12), object_follows
        )
        if phrase is None or phrase.start != opens:
            continue
        if view.bare[phrase.first] in INDEFINITE_PRONOUNS and not _has_genitive(view, phrase):
            continue  # "لم يكن أحد يتصور …": "no one" is nobody a later report goes on with
        if _described_noun(view, first, last):
            continue  # "جدل كبير أثارته الفنانة …": a noun, its adjective and a clause on it
        feminine = True if view.bare[first].endswith("ت") else None
        if masculine_in_t(view, first):
            feminine = None  # "التفت إلي صحفي ألماني": the ت is the root's, not the feminine
        if first > 0 and _negation(view, first - 1) and view.keys[first][:1] == "ت":
            feminine = True  # "ولا تضع الحكومة"، "ولم تعلن": the imperfect's تـ shows her
        if (
            feminine is None
            and view.keys[first][:1] == "ت"
            and feminine_head(view, phrase)
            and _verb_after_bare_prepositional(view, sentence_first, last) == first
        ):
            feminine = True  # "في الصورة تظهر الفنانة …": after a bare fronted phrase, تـ and ة
        before_verb = _name_before_perfect(view, first, phrase)
        if before_verb is not None:
            events.append(SpeakerEvent(first, before_verb, feminine, speech_verb=False, placed=True))
            continue
        events.append(SpeakerEvent(first, phrase, feminine, speech_verb=False))
    events.extend(_subjects_after_qad(view, taken))
    events.extend(_subjects_after_fa(view, taken, end))
    events.extend(_subjects_after_and(view, taken, end))
    events.extend(_subjects_after_while(view, taken, end))
    events.extend(_subjects_after_before(view, taken, end))
    events.sort(key=lambda event: event.cue)
    return events


MAX_NEEDED_REACH = 24  # the subject, a relative clause set off by commas on it, then عن


def _verb_with_its_preposition(view: DocView, first: int, last: int) -> bool:
    """Whether a sentence's first word that is also a particle (عبر "via") is the verb of saying
    that has that spelling (عبّر), as the preposition the verb needs shows: "وعبر المرجع …، الذي
    يندر تدخله في السياسة، عن تضامنه". The preposition is the first word of its kind in the
    clause after the verb, before any other verb of saying ("وعبر الحدود دخل …" has none)."""
    cue = view.cues[first]
    if cue is None or cue.kind != "verb":
        return False
    needed = {frame[len("needs-") :] for frame in cue.frames if frame.startswith("needs-")}
    if not needed:
        return False
    in_relative = False  # a relative clause set off by commas on the subject: "، الذي يعلق …،"
    for k in range(first + 2, min(last, first + MAX_NEEDED_REACH)):
        if view.is_comma(k):
            in_relative = False
            continue
        if view.is_comma(k - 1) and view.bare[k] in RELATIVES:
            in_relative = True
        found = view.cues[k]
        if found is not None and found.kind == "verb" and not in_relative:
            return False  # "وعبر الحدود، أعلن الجيش عن …": the preposition is another verb's
        if view.is_word(k) and view.bare[k] in needed and not in_relative:
            return True
    return False


def subjects_of_dropped_frames(
    view: DocView, frames: Sequence[Frame], events: Sequence[SpeakerEvent]
) -> list[SpeakerEvent]:
    """The subjects of verbs of saying whose frame gave way to another one: "وأنكر كافانو جميع
    التهم، ووصف الاتهام بأنه "مزحة"". The first verb read the rest of its sentence as content,
    which the later frame of ووصف holds, so its frame is dropped and its verb reports nothing
    here. Its clause still has an explicit subject, which the subjectless verb coordinated
    after it shares, as after any verb that reports nothing. The subjects are read as for a
    sentence's first verb that is none of saying (only titles and known names count)."""
    if not frames:
        return []
    read = {frame.cue for frame in frames} | {event.cue for event in events}
    last_cue = max(frame.cue for frame in frames)
    found = subjects_read_before(view, read, last_cue)
    if found is None:
        found = sentence_subjects(view, read, before=last_cue) + fronted_subjects(view, read, before=last_cue)
    return [event for event in found if event.cue not in read and view.cues[event.cue] is not None]


# view.answers[SUBJECT_RUNS][before] = (skipped, sentence_subjects(view, skipped, before),
# fronted_subjects(view, skipped, before)), as the stage read them (attributor.clause_subjects).
SUBJECT_RUNS = "clause_subjects"


def subjects_read_before(view: DocView, taken: set[int], before: int) -> list[SpeakerEvent] | None:
    """``sentence_subjects(view, taken, before) + fronted_subjects(view, taken, before)`` up to
    the events whose cue is in ``taken``, taken from the run the stage made with fewer tokens
    skipped (:data:`SUBJECT_RUNS`); None where there is no such run.

    Both readers skip a token of ``taken`` only where it is the cue of the event they would make,
    so a run with fewer tokens skipped holds every event of this one, in the same order, and the
    others have their cue in ``taken`` (callers drop those). The one other token they skip at is
    the relative pronoun after a fronted subject ("الوزير الذي …"), whose event is at the verb
    after its clause: a run that did not skip a relative ``taken`` holds is not used.
    """
    run = view.answers[SUBJECT_RUNS].get(before)
    if run is None:
        return None
    skipped, subjects, fronted = run
    if not skipped <= taken or relative_among(view, taken - skipped):
        return None
    return subjects + fronted


def relative_among(view: DocView, tokens: set[int]) -> bool:
    """Whether one of ``tokens`` is a relative pronoun :func:`fronted_subjects` reads."""
    n = len(view.tokens)
    return any(0 <= k < n and view.bare[k] in SINGULAR_RELATIVES for k in tokens)


def _subject_after_adverb(view: DocView, verb: int, last: int) -> int:
    """Where the subject of a verb-first clause starts: right after the verb, or after a word
    put between them. A preposition with a pronoun comes before the subject as a pronoun
    complement does ("واستمع إليها المدير"، "واتصل بي مسؤول في الوزارة"). An adverb of addition
    (أيضا، كذلك، بدوره) does so before a body or a place ("وأيدت كذلك سلطنة عمان العملية"); before
    a person it may follow a passive written without its vowels ("كرمت أيضاً زوجته"), whose noun
    is no one who acts."""
    after = verb + 1
    if after + 1 >= last or is_passive(view.tokens[verb].text):
        return after
    key = view.bare[after]
    if key in PRONOUN_COMPLEMENTS:
        return after + 1
    if key in ADDITION_ADVERBS:
        found = view.mention_label(after + 1)
        head = view.bare[after + 1]
        head = head[2:] if has_article(view, after + 1) else head
        if (found is not None and found[1] and found[0] in ("ORG", "LOC")) or view.words.is_a(
            "institution", head
        ):
            return after + 1
    return after


ADDITION_ADVERBS = frozenset(normalize(word) for word in ("أيضا", "أيضاً", "كذلك", "بدوره", "بدورها"))
# Not إلي، علي، لي: written so, إلى and على take a noun ("وتطرقت إلى أطباق …"، "كما توجه إلى
# السلطات"), and لي may be a name.
PRONOUN_COMPLEMENTS = frozenset(
    normalize(prep + pronoun) for prep in ("إلى", "ل", "ب", "على", "مع") for pronoun in ("ه", "ها")
) | frozenset(normalize(word) for word in ("بي", "معي"))


# Verbs of form VIII (افتعل) whose root begins with ل: their اِلْتَـ is written like the article
# and ت ("التقى الرئيس بالوفد"، "والتزمت الحكومة"), yet they open a verb-first clause.
LAM_FORM_EIGHT = frozenset(
    normalize(word)
    for word in ("التقى", "التقت", "التزم", "التزمت", "التحق", "التحقت", "التمس", "التمست", "التفت", "التفتت")
)


def masculine_in_t(view: DocView, k: int) -> bool:
    """Whether the verb at k is a masculine perfect whose root ends in ت (التفت), written like
    a feminine one: the feminine adds its own ت (التفتت)."""
    key = view.bare[k]
    if key[:1] in "وف" and key[1:] in ROOT_FINAL_T:
        key = key[1:]
    return key in ROOT_FINAL_T


ROOT_FINAL_T = frozenset({normalize("التفت")})  # of لفت; its feminine is التفتت


def _described_noun(view: DocView, first: int, last: int) -> bool:
    """Whether the sentence opens with an indefinite noun, its adjective and a verbal clause
    describing it ("جدل كبير أثارته الفنانة …"، "صدمة كبيرة تلقاها الفنان"): the first word
    is no verb and the adjective no title. A title word used as a title (كبير المفاوضين) has
    its genitive after it; here the word after it is a verb whose object pronoun (ـه، ـها)
    resumes the noun, and the verb's own subject follows it."""
    adjective, verb = first + 1, first + 2
    if verb + 1 >= last or not view.is_word(verb) or has_article(view, adjective):
        return False
    if not view.words.is_a("title", view.bare[adjective]):
        return False
    text = view.tokens[verb].text  # the bare form writes ة as ه: "لجنة" is no verb with ـه
    return text.endswith(("ه", "ها")) and len(text) > 3 and not has_article(view, verb)


def lam_verb(view: DocView, k: int) -> bool:
    """Whether word k is a perfect of form VIII of a root in ل (التقى، والتزمت), not a noun with
    the article."""
    key = view.bare[k]
    if key[:1] in "وف" and key[1:] in LAM_FORM_EIGHT:
        key = key[1:]
    return view.is_word(k) and key in LAM_FORM_EIGHT


MIN_PLACED_NAME = 2  # a given and a family name


def _name_before_perfect(view: DocView, aux: int, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The name between كان and a perfect verb ("وكان عماد الطرابلسي استعرض في شهادته …، إذ
    أشار"، "وكانت سنية بن علي عرضت"): the past perfect puts its subject between the auxiliary
    and the verb, so the word after the name, which the name parser ran into, is the verb and
    the name its subject, a person a later subjectless cue goes on with. Only a name without a
    title and with no article on its first word (a proper name, not "الاجتماع انطلق"), of two
    words or more, none after the first in ة, whose last word reads as a verb and agrees with the
    auxiliary."""
    if view.bare[aux] not in AUXILIARIES or phrase.kind != "name" or phrase.title is not None:
        return None
    verb = phrase.last - 1
    if verb - phrase.first < MIN_PLACED_NAME or has_article(view, phrase.first):
        return None
    if has_article(view, verb) or not _reads_as_verb(view, verb):
        return None
    if view.bare[verb].endswith("ت") != view.bare[aux].endswith("ت"):
        return None  # "كانت … عرضت" / "كان … استعرض": the verb agrees with the auxiliary
    if any(not view.is_word(k) for k in range(phrase.first, verb)):
        return None
    if any(view.tokens[k].text.endswith("ة") for k in range(phrase.first + 1, verb)):
        return None  # "كانت وفاته فاجعة هزت"، "وكان لسوروس نظرة أكثر": a noun and its predicate
    return SpeakerPhrase(phrase.first, verb, "name", None, (phrase.first, verb))


COMMAS = frozenset({"،", ","})


def _subjects_after_fa(view: DocView, taken: set[int], end: int) -> list[SpeakerEvent]:
    """The subject of a verb with ف after a comma ("…، فيصحح العسكري ما وقع فيها ويقول"، "…،
    فيرد الرجل قائلا"): ف opens a clause that follows from the one before, verb first, and a later
    subjectless cue of the same sentence goes on with its subject."""
    events = []
    for comma in tokens_keyed(view, COMMAS):
        verb = comma + 1
        if verb >= end or verb in taken or not view.is_word(verb) or view.cues[verb] is not None:
            continue
        text = view.tokens[verb].text
        if text[:1] != "ف" or not conjoined_verb(text) or view.keys[verb] in view.vocabulary:
            continue
        _, last = view.sentence_range(verb)
        phrase = parse_speaker(view, verb + 1, min(last, verb + 8))
        if phrase is None or phrase.start != verb + 1 or phrase.kind == "anonymous":
            continue
        feminine = True if view.bare[verb].endswith("ت") or view.bare[verb][1:2] == "ت" else None
        events.append(SpeakerEvent(verb, phrase, feminine, speech_verb=False))
    return events


MIN_AND_VERB = 3  # letters of the verb after و: ندد، رحب
# Prepositions a verbal noun may carry after و ("، وبحضور رئيس الوزراء"، "، ولمشاركة"): a word
# of five letters or more in them is no perfect verb.
PREPOSITION_LETTERS = ("ب", "ل", "ك")
MIN_PREPOSED_NOUN = 5
# A noun's endings, and a possessive pronoun ("، وعددهم كبير"): none ends a perfect verb whose
# subject follows it.
NOUN_ENDINGS = ("ة", "ات", "ين", "ون", "ا", "ى", "ها", "هم", "هما", "هن", "كم")
NOT_VERBS = ("stop", "time", "title", "institution", "media", "anonymous")  # word classes


def _subjects_after_and(view: DocView, taken: set[int], end: int) -> list[SpeakerEvent]:
    """The subject of a verb with و after a comma ("واشتدت اللهجة بين المعسكرين، وندد رئيس
    الوزراء بالصور ورأى في ذلك …"): و after a comma opens a coordinated clause of its own, verb
    first, and a subjectless cue later in it goes on with that clause's subject, not with a
    speaker of an earlier sentence. Only a title or a body after the verb counts (a name after
    "، و" is more often one more item of a list), and only a word that can be a verb: no article,
    no noun ending (ة، ات، ين), no word the quote rules know, no verbal noun after a preposition."""
    events = []
    keys = view.keys
    for comma in tokens_keyed(view, COMMAS):
        verb = comma + 1
        if verb >= end or keys[verb][:1] != "و" or verb in taken or view.cues[verb] is not None:
            continue
        rest = keys[verb][1:]  # the normalised word after its و
        if len(rest) < MIN_AND_VERB or not view.is_word(verb):
            continue
        if rest.startswith(("ال", "لل")) or rest.endswith(NOUN_ENDINGS) or rest[:1].isdigit():
            continue
        if rest.startswith(PREPOSITION_LETTERS) and len(rest) >= MIN_PREPOSED_NOUN:
            continue
        if rest in view.vocabulary or any(view.words.is_a(kind, rest) for kind in NOT_VERBS):
            continue
        if view.mention_label(verb) is not None:
            continue
        event = _titled_subject_event(view, verb, True if rest.endswith("ت") else None)
        if event is not None:
            events.append(event)
    return events


def _titled_subject_event(view: DocView, verb: int, feminine: bool | None) -> SpeakerEvent | None:
    """The local event of a verb whose subject follows it at once and is a title or a body
    ("وندد رئيس الوزراء …"، "قبل أن يتدخل مدرب الفريق …"); a bare name there is as often the
    verb's object or one more item of a list."""
    _, last = view.sentence_range(verb)
    phrase = parse_speaker(view, verb + 1, min(last, verb + 12))
    if phrase is None or phrase.start != verb + 1 or phrase.kind == "anonymous":
        return None
    head = view.bare[phrase.first]
    head = head[2:] if has_article(view, phrase.first) else head
    if phrase.title is None and not view.words.is_a("institution", head):
        return None
    return SpeakerEvent(verb, phrase, feminine, speech_verb=False, local=True)


WHILE = frozenset({"بينما", "وبينما", "فيما", "وفيما"})


def _subjects_after_while(view: DocView, taken: set[int], end: int) -> list[SpeakerEvent]:
    """The subject of a verb right after بينما/فيما ("…، بينما هاجمت إيطاليا تبني برلين …
    محذرة من …"): the particle opens a clause of contrast with its own verb and subject, and a
    subjectless participle or verb coordinated after it in the sentence goes on with that subject,
    not with the first clause's. A local event, like :func:`_subjects_after_and`: only a verb that
    reads as one (no article, noun ending or word the rules know; a derived imperfect after فيما
    is "as regards", which the speaker parser refuses)."""
    events = []
    for opener in tokens_keyed(view, WHILE):
        verb = opener + 1
        if verb >= end or verb in taken or not _verb_after_while(view, verb):
            continue
        _, last = view.sentence_range(verb)
        phrase = parse_speaker(view, verb + 1, min(last, verb + 12))
        if phrase is None or phrase.start != verb + 1 or phrase.kind == "anonymous":
            continue
        feminine = True if view.bare[verb].endswith("ت") else None
        events.append(SpeakerEvent(verb, phrase, feminine, speech_verb=False, local=True))
    return events


_AN = frozenset({"ان"})  # أن after قبل/بعد/منذ, once normalised


def _subjects_after_before(view: DocView, taken: set[int], end: int) -> list[SpeakerEvent]:
    """The subject of a verb right after قبل أن / بعد أن / منذ أن ("قبل أن يتدخل مدرب الفريق،
    سامي الحداد، ويقول …"): the particle opens an adverbial clause, verb first, with a subject of
    its own, and a subjectless verb coordinated with it by و in the sentence goes on with that
    subject, not with a speaker of an earlier sentence. A local event, like
    :func:`_subjects_after_and`, and only a title or a body after the verb (a bare name after it
    is as often its object)."""
    events = []
    for an in tokens_keyed(view, _AN):
        verb = an + 1
        if an < 1 or verb >= end or verb in taken or not view.is_word(verb):
            continue
        head = view.keys[an - 1]
        head = head[1:] if head[:1] == "و" else head
        if head not in VERB_AN_HEADS or not _reads_as_verb(view, verb):
            continue
        if view.keys[verb].endswith(NOUN_ENDINGS) or len(view.keys[verb]) < MIN_AND_VERB:
            continue
        bare = view.bare[verb]
        event = _titled_subject_event(view, verb, True if bare.endswith("ت") or bare[:1] == "ت" else None)
        if event is not None:
            events.append(event)
    return events


def _verb_after_while(view: DocView, verb: int) -> bool:
    """Whether the word right after بينما/فيما is the verb of a verb-first clause."""
    if verb < 1 or view.keys[verb - 1] not in WHILE or not _reads_as_verb(view, verb):
        return False
    return not view.keys[verb].endswith(NOUN_ENDINGS)


QAD = frozenset({"قد", "فقد", "وقد", "لقد"})


def tokens_keyed(view: DocView, forms: frozenset[str]) -> list[int]:
    """The tokens whose key is one of a few ``forms``, in order: each form's tokens are found once
    a document (:meth:`DocView.key_positions`), however many rules ask."""
    return view.tokens_keyed(forms)


def _subjects_after_qad(view: DocView, taken: set[int]) -> list[SpeakerEvent]:
    """The subject of a verb after قد anywhere in a sentence ("… فقد هاجمت النائبة آني فار
    الوزيرة"): قد before a perfect marks it as a verb, so the phrase after it is the subject a
    later subjectless cue continues (cues are frames of their own)."""
    events = []
    # The tokens that are قد, found at C speed: the loop visits those alone.
    for k in tokens_keyed(view, QAD):
        verb = k + 1
        if not view.is_word(k) or not view.is_word(verb) or verb in taken:
            continue
        if view.cues[verb] is not None or view.words.is_a("stop", view.bare[verb]):
            continue
        if view.keys[k] == "قد" and (k == 0 or view.bare[k - 1] not in AUXILIARIES):
            # "نيل آرمسترونغ، …، قد أهدى والدها العينة"، "وكان السادات قد تحدث": قد with no
            # conjunction of its own goes on with a subject already named before it, so the
            # noun after the verb is its object; only كان may stand before قد with none.
            continue
        _, last = view.sentence_range(verb)
        if last - verb < 3 or verb == view.sentence_range(verb)[0]:
            continue
        phrase = parse_speaker(view, verb + 1, min(last, verb + 12))
        if phrase is None or phrase.start != verb + 1 or phrase.kind == "anonymous":
            continue
        feminine = True if view.bare[verb].endswith("ت") else None
        events.append(SpeakerEvent(verb, phrase, feminine, speech_verb=False))
    return events


# "كما لم يخف الملياردير …"، "ولم يتوقف ترامب عن …": a negated verb is still the first word of a
# verb-first clause; the particles before it (كما "likewise", لم/لن "not") are no subject.
NEGATIONS = frozenset({"لم", "لن"})
PRESENT_NEGATION = "لا"
INDEFINITE_PRONOUNS = frozenset({"احد", "احدا"})
ALSO = "كما"
# "كما التقى المستشار …"، "كذلك خطب رئيس الوزراء …": "likewise" before the verb of a verb-first
# clause, as before a negated one; the verb after it opens the clause all the same.
ALSO_ADVERBS = frozenset({ALSO, "كذلك"})


def _has_genitive(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the word after the phrase's first is its definite genitive ("أحد المستثمرين")."""
    nxt = phrase.first + 1
    return nxt < phrase.last and view.is_word(nxt) and has_article(view, nxt)


def _verb_after_particles(view: DocView, first: int, last: int) -> int:
    """The verb of a main clause opened by كما and/or a negation (لم، لن): the token after them."""
    k = first
    if k + 1 < last and view.is_word(k) and view.bare[k] in ALSO_ADVERBS and _perfect_after_also(view, k + 1):
        k += 1
    if k < last and view.is_word(k) and view.bare[k] in NEGATIONS:
        k += 1
    elif (
        k + 1 < last
        and view.is_word(k)
        and view.bare[k] == PRESENT_NEGATION
        and _imperfect_after(view, k + 1)
    ):
        k += 1  # "ولا تضع الحكومة أهدافا …": لا negates the imperfect that opens the clause
    return k


def _negation(view: DocView, k: int) -> bool:
    """Whether word k is a particle that negates the verb after it (لم، لن، لا)."""
    return view.is_word(k) and view.bare[k] in ALL_NEGATIONS


MIN_IMPERFECT_LETTERS = 3  # تضع، يرى: the prefix and a weak root's two letters


def _imperfect_after(view: DocView, k: int) -> bool:
    """Whether word k after لا may be a third-person imperfect (يـ/تـ, a stem of three or more
    letters): "لا تضع"، "لا يزال" open a verb-first clause; "لا شك"، "لا أحد" are no verbs."""
    key = view.keys[k]
    return view.is_word(k) and key[:1] in "يت" and len(key) >= MIN_IMPERFECT_LETTERS and key == view.bare[k]


def _perfect_after_also(view: DocView, k: int) -> bool:
    """Whether word k after كما/كذلك may be the perfect of a verb-first clause ("كما التقى"،
    "كذلك خطب"), or a negation: not an imperfect or future ("كما يشارك" may be "as … takes part")
    nor أن and its sisters ("كما أنهم")."""
    if not view.is_word(k):
        return False
    return view.keys[k] in NEGATIONS or (
        view.bare[k][:1] not in IMPERFECT_PREFIXES and view.bare[k] not in COMPLEMENTIZERS
    )


IMPERFECT_PREFIXES = ("ي", "س")


def _main_clause_start(view: DocView, first: int, last: int) -> int:
    """Where the main clause of a sentence starts: after a short fronted adverbial ended by a
    comma ("من جهته، استقبل الرئيس التركي …"، "وفي وقت سابق، أعلنت …"), else at its first word."""
    start = first
    # Adverbials may be fronted one after another, each set off by its comma ("بعد جدل دام أياما،
    # حول الصورة التي …، خرجت الفتاة"): a clause that opens with a preposition again is one more.
    for hop in range(MAX_FRONTED_ADVERBIALS):
        if not _adverbial_opener(view, start) or (hop and view.bare[start] not in PREPOSITIONS):
            break
        if _verb_with_its_preposition(view, start, last):
            break  # "وعبر الوزير، الذي …، عن قلقه": the verb عبّر, no particle opening an adverbial
        after = _after_comma(
            view, start, last, MAX_FRONTED_ADVERBIAL if start == first else MAX_LATER_ADVERBIAL
        )
        if after is None:
            break
        start = after
    if start == first:
        verb = _verb_after_bare_prepositional(view, first, last)
        if verb is not None:
            return verb
    return start


MAX_BARE_PP_WORDS = 4  # "في السياسة الخارجية الأمريكية": a noun, its genitive or adjectives


def _verb_after_bare_prepositional(view: DocView, first: int, last: int) -> int | None:
    """The verb after a fronted prepositional phrase with no comma ("وفي السياسة الخارجية أيد
    ماكين بوش …"، "وفي ظل الأزمة الاقتصادية طالب الوزير …"): a preposition, then a definite noun
    and its definite adjectives or genitives (a construct's head may lack the article), then a
    word that reads as a verb with no noun ending. A phrase that is all definite ends
    where the first word without the article stands, and that word, in front of its subject,
    is the clause's verb. A day or another word of time needs no comma either ("والخميس اجتمع
    الوزير …")."""
    if not view.is_word(first):
        return None
    if view.words.is_a("time", view.bare[first]):
        k = first + 1  # "والخميس أعلن الصليب الأحمر …": a day needs no comma either
        if k + 1 < last and _reads_as_verb(view, k) and not view.keys[k].endswith(NOUN_ENDINGS):
            return k
        return None
    if view.bare[first] not in PREPOSITIONS:
        return None
    k = first + 1
    if k < last and view.is_word(k) and view.bare[k] in DEMONSTRATIVES:
        k += 1  # "وفي هذا البيان أدان الموقعون …": a demonstrative before the definite noun
    elif k < last and view.is_word(k) and not has_article(view, k) and _construct_head(view, k):
        k += 1
    words = 0
    while k < last and view.is_word(k) and has_article(view, k) and words < MAX_BARE_PP_WORDS:
        k += 1
        words += 1
    if not words or k + 1 >= last or not _reads_as_verb(view, k):
        return None
    if any(view.bare[j] in RELATIVES for j in range(first + 1, k)):
        return None  # "وعن الانتقادات التي طالت المسلسل": the verb is the relative clause's
    if view.keys[k].endswith(NOUN_ENDINGS) or view.keys[k] in EMPHATIC_SELF:
        return None  # "في الساعة الثانية ظهرا"، "في الوقت نفسه": a noun, no verb
    return k


EMPHATIC_SELF = frozenset({"نفسه", "ذاته", "عينه"})  # "في الوقت نفسه": the phrase goes on


def _construct_head(view: DocView, k: int) -> bool:
    """Whether word k, after a preposition and before a definite word, may head a construct
    ("في ظل"، "على صعيد"، "في مواجهة"): a word of the stop or time list is none."""
    key = view.keys[k]
    return len(key) >= MIN_AND_VERB and not view.words.is_a("stop", key) and not key[:1].isdigit()


MAX_FRONTED_ADVERBIALS = 2
# What opens a second fronted adverbial: a preposition ("حول الصورة"), not a relative or a noun.
PREPOSITIONS = frozenset(
    normalize(word)
    for word in ("حول", "في", "على", "من", "عن", "إلى", "مع", "بعد", "قبل", "خلال", "عقب", "إثر", "وسط",
                 "بين", "أمام", "ضمن", "منذ", "حيال", "بشأن", "تجاه", "لدى", "عند")
)  # fmt: skip
MAX_LATER_ADVERBIAL = 12  # a second one may hold a relative clause on its noun


def _adverbial_opener(view: DocView, k: int) -> bool:
    if _negation(view, k):
        return False  # "ولم تضع الحكومة أهدافا، إذ …": a negated verb opens the clause itself
    classes = view.words.classes  # is_a, its calls written out
    return view.is_word(k) and (
        view.bare[k] in classes.get("stop", ()) or view.bare[k] in classes.get("time", ())
    )


def _after_comma(view: DocView, first: int, last: int, reach: int) -> int | None:
    """The token after the comma that ends a short adverbial starting at ``first``."""
    for k in range(first + 1, min(last, first + reach + 1)):
        if view.is_comma(k):
            return k + 1
        if not view.is_word(k) and view.tokens[k].text != SLASH and not view.is_mark(k):
            # "وفي أواخر مارس/آذار، اضطرت …": a slash joins the two names of a month; "على
            # وقع هتاف "الموت ولا المذلة"، تظاهر …": a quoted name is part of the adverbial.
            break
    return None


SLASH = "/"


def fronted_subjects(view: DocView, taken: set[int], before: int | None = None) -> list[SpeakerEvent]:
    """The subject put before a verb that is not one of saying (SVO), at the start of a
    sentence or after لكن، بينما …: "لكن الكرملين استنكر الاتهامات وطالب كييف بـ…".

    The verbs coordinated after it share that subject, so a later subjectless cue continues
    it rather than the speaker of an earlier clause. The subject is the noun phrase that
    fills the words up to the next word, which must read as a verb: no article, no
    preposition, not a known word of the quote rules. ``before``: only subjects whose verb comes
    before this token.
    """
    events = []
    end = len(view) if before is None else before
    # The openers of the whole document once, then each sentence's share of them.
    openers = [k for k in tokens_keyed(view, MAIN_CLAUSE_OPENERS) if view.is_word(k)]
    # ". إلا أن أسامة العابد ينوي …"، ". غير أن الوزير رفض …": "but" of two words opening a
    # sentence, its subject after أنّ. After a comma it may go on with the words reported before.
    openers += [
        k + 1
        for k in tokens_keyed(view, BUT_HEADS)
        if k + 1 < len(view.tokens) and view.keys[k + 1] == "ان" and view.sentence_range(k)[0] == k
    ]
    openers.sort()
    for first, last in view.sentence_bounds:
        if first >= end:
            break
        lo, hi = bisect.bisect_left(openers, first), bisect.bisect_left(openers, last - 1)
        starts = [first] + [k + 1 for k in openers[lo:hi]]
        for start in starts:
            if start >= end:
                break  # its verb, after it, would be too
            if not view.is_word(start):
                continue
            if _verb_after_while(view, start):
                continue  # "فيما تعارض اليونان تمديد …": verb first, read by _subjects_after_while
            phrase = parse_speaker(view, start, min(last, start + MAX_FRONTED_WORDS))
            if phrase is None or phrase.kind == "anonymous":
                continue
            phrase = _without_imperfect(view, phrase)
            verb = _verb_after_comma(view, phrase, last)
            if phrase.start != start or verb >= last or verb >= end or verb in taken:
                continue
            if view.bare[verb] in SINGULAR_RELATIVES:
                # Only a head that names someone (a title, a name the earlier stages found): a
                # description ("شركة الطيران التي …") points back to a body that resolution, not
                # the clause, has to find.
                named = phrase.title is not None or view.mention_label(phrase.first) is not None
                after = _verb_after_relative(view, verb, last) if named else None
                if after is not None and after < end and after not in taken:
                    feminine = True if view.bare[verb] == FEMININE_RELATIVE else None
                    events.append(SpeakerEvent(after, phrase, feminine, speech_verb=False))
                continue
            if not _reads_as_verb(view, verb) and _negated_imperfect(view, verb - 1, last) != verb:
                continue
            feminine = True if view.bare[verb].endswith("ت") else None
            events.append(SpeakerEvent(verb, phrase, feminine, speech_verb=False))
    return events


MAX_FRONTED_WORDS = 8
FEMININE_RELATIVE = "التي"
SINGULAR_RELATIVES = frozenset({"الذي", FEMININE_RELATIVE})
MAX_RELATIVE_WORDS = 12  # words of a relative clause between its head and the main verb
MIN_VERB_LETTERS = 4  # تتعاون، يواصل، رفضت: a prefix or an ending and a stem of three


def _verb_after_comma(view: DocView, phrase: SpeakerPhrase, last: int) -> int:
    """The token where the verb after a fronted subject stands. A subject that ends in a
    person's name may be set off from its verb by a comma ("إلا أن مدرب الفريق سامي الحداد،
    رفض الحديث عن …"): the comma closes the name, and a word right after it that reads as a
    perfect verb (no ending of a noun, no comma after it as in a list of names) is that verb."""
    comma = phrase.last
    verb = comma + 1
    if phrase.kind != "name" or phrase.name is None or phrase.name[1] != comma or verb >= last:
        return comma
    negated = _negated_imperfect(view, verb, last)
    if negated is not None and view.is_comma(comma):
        return negated  # "إلا أن المحلل السياسي، حاتم النفطي، لا يستبعد …": the verb after لا/لم/لن
    if not view.is_comma(comma) or view.keys[verb][:1] == "و" or view.bare[verb][:1] in "يت":
        return comma  # "، ومن موقعه …": و opens what is joined to the name, no verb of it
    if view.mention_label(verb) is not None:
        return comma
    if not _reads_as_verb(view, verb) or view.keys[verb].endswith(NOUN_ENDINGS):
        return comma
    if verb + 1 < last and view.is_comma(verb + 1):
        return comma
    return verb


def _negated_imperfect(view: DocView, k: int, last: int) -> int | None:
    """The imperfect verb after a negation at token k (لا يستبعد، لم يعلن، لن يقبل), or None."""
    verb = k + 1
    if verb >= last or view.keys[k] not in ALL_NEGATIONS or not view.is_word(verb):
        return None
    key = view.keys[verb]
    if key[:1] not in "يت" or len(key) < MIN_VERB_LETTERS or key.endswith(NOUN_ENDINGS[:2]):
        return None
    return verb


def fronted_subject_of(view: DocView, verb: int) -> SpeakerPhrase | None:
    """The subject fronted before a negated verb at token ``verb``, a name closed by a comma at
    the start of its sentence or after لكن/إلا أن ("إلا أن المحلل السياسي، حاتم النفطي، لا
    يستبعد خروج الرئيس منتصرا"): the noun after the verb is then its object. None when the verb
    is not negated or no such subject stands before it."""
    if verb < 3 or view.keys[verb - 1] not in ALL_NEGATIONS or not view.is_comma(verb - 2):
        return None
    first, last = view.sentence_range(verb)
    openers = [k + 1 for k in range(first, verb - 2) if view.keys[k] in MAIN_CLAUSE_OPENERS]
    openers += [
        k + 2 for k in range(first, verb - 3) if view.bare[k] in BUT_HEADS and view.keys[k + 1] == "ان"
    ]
    for start in [first, *openers]:
        if start >= verb - 2 or not view.is_word(start):
            continue
        phrase = parse_speaker(view, start, min(last, start + MAX_FRONTED_WORDS))
        if phrase is None or phrase.kind == "anonymous" or phrase.start != start:
            continue
        if _verb_after_comma(view, phrase, last) == verb:
            return phrase
    return None


def _verb_after_relative(view: DocView, relative: int, last: int) -> int | None:
    """The main verb of a clause whose fronted subject has a relative clause on it, with no
    commas: "لكن شركة الطيران التي تتخذ من دبي مقرا لها تتعاون مع …"، "والمجلس الذي يضم خبراء
    يواصل عمله". The relative pronoun's own verb comes right after it; the main verb is the next
    word, within the same stretch of words, that agrees with the head as a verb does: with التي
    an imperfect in تـ or a perfect in ـت, with الذي an imperfect in يـ (a masculine perfect has
    no mark). A word with و on it belongs to the relative clause ("ويملك"), a cue reports on its
    own, and a word that cannot be a verb (_reads_as_verb) is skipped. None when no word agrees."""
    feminine = view.bare[relative] == FEMININE_RELATIVE
    for k in range(relative + 2, min(last, relative + 2 + MAX_RELATIVE_WORDS)):
        if not view.is_word(k) or view.cues[k] is not None:
            return None
        key = view.keys[k]
        if key != view.bare[k] or len(key) < MIN_VERB_LETTERS or not _reads_as_verb(view, k):
            continue
        if feminine and (key[0] == "ت" or key.endswith("ت")):
            return k
        if not feminine and key[0] == "ي":
            return k
    return None


BUT_HEADS = frozenset({"الا", "غير"})


def _without_imperfect(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """A fronted name without the imperfect verb the name parser ran into: "إلا أن أسامة العابد
    ينوي الرحيل". A definite word closes a construct, so an indefinite word in ي/ت after it is
    no word of the name but the verb the subject is fronted to."""
    last = phrase.last - 1
    if phrase.kind != "name" or last <= phrase.first:
        return phrase
    if phrase.title is not None:
        return _titled_without_imperfect(view, phrase)
    key = view.keys[last]
    if not (key[:1] in "يت" and len(key) >= 4 and view.is_word(last)):
        return phrase
    # A definite word closes a construct; so does the end of a name the earlier stages found
    # ("لكن واشنطن تراقب التحركات"): a place or a body takes no indefinite word after it.
    closed = last - 1 > phrase.first and has_article(view, last - 1)
    if not closed and not mention_ends_at(view, phrase.first, last):
        return phrase
    if view.tokens[last].text.endswith(("ة", "ات")) or key in view.vocabulary:
        return phrase
    return SpeakerPhrase(phrase.first, last, "name", None, (phrase.first, last))


def _titled_without_imperfect(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """:func:`_without_imperfect` for a titled name ("لكن السيدة لوكس تشعر أن …"): its last word
    in ي/ت, with the particle أنّ right after it, is the verb of the fronted subject, whose
    clause أنّ opens; a name never takes أنّ after it in a sentence that opens with its subject."""
    last = phrase.last - 1
    key = view.keys[last]
    if not (key[:1] in "يت" and len(key) >= 4 and view.is_word(last)) or phrase.last >= len(view):
        return phrase
    if view.keys[phrase.last] not in COMPLEMENTIZERS or view.tokens[last].text.endswith(("ة", "ات")):
        return phrase
    return SpeakerPhrase(phrase.first, last, "name", phrase.title, (phrase.first, last))


def mention_ends_at(view: DocView, first: int, end: int) -> bool:
    """Whether one mention of the earlier stages starts at ``first`` and covers the tokens up to
    ``end`` (exclusive), and no further."""
    found = view.mention_label(first)
    if found is None or not found[1]:
        return False
    for k in range(first + 1, end + 1):
        inside = view.mention_label(k)
        if k == end:
            return inside is None or inside[1]
        if inside is None or inside[1]:
            return False
    return False


def _reads_as_verb(view: DocView, i: int) -> bool:
    """A word that can be the finite verb after a fronted subject: a cue is a frame of its
    own; the article, لل/بال, a number, a function word or a ة/ات ending mark a noun."""
    if not view.is_word(i) or view.cues[i] is not None:
        return False
    key = view.keys[i]
    if key.startswith(("ال", "لل", "بال")) or key[:1].isdigit() or len(key) < 3:
        return False
    if view.bare[i] == "عبر" and i + 1 < len(view) and view.bare[i + 1] == "عن":
        return True  # عبّر عن "expressed", not the preposition عبر "via"
    if view.words.is_a("stop", key) or view.words.is_a("time", key) or key in view.vocabulary:
        return False
    return not view.tokens[i].text.endswith(("ة", "ات"))
