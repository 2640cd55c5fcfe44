"""From a cue to its content: the frame of a verb or participle of saying.

After a speech verb come, in order, its subject and adverbials (VSO), then what introduces the
content: a complementizer (إن، أن، بأن، إنه …), a colon, an opening quotation mark, a
preposition the verb governs (دعا إلى، حذر من، أعرب عن، طالب بـ), or a bare object (أعلن
استعداده). Indirect content runs to the end of its clause: the sentence end, or a comma before
the next clause (a new cue, "وذلك", "على حد تعبيره"). Quoted words are atomic: a sentence
end inside quotation marks does not end the content.

This module holds the :class:`Frame` record and :func:`verb_frame`, which puts the pieces
together, finds the speaker phrase and drops the readings that report nothing, and
:func:`subject_only`, the subject of a verb whose content was not found. Each piece is a
module of its own, one construction each: :mod:`triggers` (what introduces the content),
:mod:`objects` (a bare noun-phrase object), :mod:`predicates` (اعتبر X Y، رأى في X Y),
:mod:`quoted_terms` (quotation marks around a name or term, which open no quote),
:mod:`content` (where the content ends, and its kind), :mod:`readings` (passive and impersonal
readings), :mod:`noun_patterns` (verbal nouns and relational adjectives by their pattern) and
:mod:`clauses` (the one-word tests they share).
"""

from __future__ import annotations

from dataclasses import dataclass

from qawl.arabic import SHADDA, normalize
from qawl.extractors.quotes.asked import ASKED, asked_object, not_a_request, requested_here
from qawl.extractors.quotes.claims import DENYING, claim_object, denied_any
from qawl.extractors.quotes.clauses import (
    Trigger,
    bi_complement,
    in_fronted_subordinate,
    is_complementizer,
    is_relay,
    reports_here,
)
from qawl.extractors.quotes.content import content_from
from qawl.extractors.quotes.lexicon import Cue, lemma_key
from qawl.extractors.quotes.nesting import continued_end
from qawl.extractors.quotes.noun_patterns import definite_event, verbal_noun, without_possessive
from qawl.extractors.quotes.objects import object_before, object_trigger, subject_adverbial_start
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.predicates import CONSIDERING, considered_object, seen_in
from qawl.extractors.quotes.readings import (
    agreeing_imperfect,
    direct_object_before,
    impersonal_after_noun,
    impersonal_estimate,
    passive_before_bi,
    passive_before_marked_predicate,
    passive_before_quoted_name,
    passive_of_considering,
    passive_reading,
    perfect_of_lemma,
    unowned_belief,
)
from qawl.extractors.quotes.speakers import accusative_plural, parse_speaker, whole_subject
from qawl.extractors.quotes.stops import has_article, maqsura_name
from qawl.extractors.quotes.subjects import preposed_subject
from qawl.extractors.quotes.triggers import (
    ANY_WORDS,
    CONCLUDED,
    MAIN_CLAUSE,
    NAMED_SUBJECT,
    any_object,
    complementizer_after_phrase,
    concludes_with_clause,
    find_trigger,
    indefinite_li_complement,
    named_object_start,
    names_in_marks,
    occasion_start,
    person_suffixed_perfect,
    pronoun_filled,
    relay_source_start,
    what_explained,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    DEMONSTRATIVES,
    POSSESSIVE_ENDINGS,
    PREPOSITION_PRONOUNS,
    PRONOUN_SUBJECTS,
    RELATIVES,
    SPEECH_PRONOUNS,
)


@dataclass(slots=True)
class Frame:
    """A quote found at a cue, in tokens (end exclusive), before speaker names are resolved."""

    cue: int
    cue_end: int
    content: tuple[int, int]  # character offsets
    kind: str
    speaker: SpeakerPhrase | None
    feminine: bool | None
    confidence: float
    colon_cue: bool = False
    # The verb takes an object before its content (وصف X بأنه، دعا X إلى): a lone noun after it
    # may be that object, with the subject dropped.
    object_first: bool = False
    # "كلمة لعبدالملك الحوثي … هدد فيها": the verb describes a speech just named; its speaker
    # is the person that speech belongs to, named shortly before.
    about_speech: bool = False
    # Found at a verb or participle of saying: the only frames that may nest in another's content.
    verbal: bool = False
    # Read inside quoted speech: kept only nested in the quote that holds it.
    in_quote: bool = False
    # Lies inside another quote's content (reported speech inside reported speech).
    nested: bool = False
    host: int | None = None  # the cue of the quote it nests in
    # A verbal noun inside the object of another verb ("وتجاهل ترامب مناشدات حلفائه"): its
    # source is a genitive, not the subject that later dropped subjects continue. Also a source
    # that only its place names, a fronted phrase with no فإن ("وبحسب الدراسات، تراجع …"):
    # figures, a study or a body mentioned in passing, not who the next "وأضاف" goes on with.
    in_object: bool = False


def _verb_subject(view: DocView, i: int, cue: Cue) -> SpeakerPhrase | None:
    """The subject before a verb cue (SVO), none for a participle."""
    return preposed_subject(view, i, cue.object_suffix) if cue.kind == "verb" else None


_BETWEEN = "بين"  # the verb بيّن "showed" and the preposition بين "between" share the letters
# How far "… وبين" may follow بين: "بين الحكومة والاتحاد العام التونسي للشغل وبين …".
_PAIR_REACH = 8


def _between_pair(view: DocView, i: int, cue: Cue) -> bool:
    """Whether بين at ``i`` (bare or with a pronoun: بينها، بينهما) is the preposition of a pair,
    "بين X وبين Y" ("مكالمة هاتفية بينها وبين زوجة ابنه"): the second وبين repeats the
    preposition, which the verb بيّن "showed" never does, before any complementizer of the verb.
    A shadda shows the verb."""
    if cue.lemma != _BETWEEN or SHADDA in view.tokens[i].text:
        return False
    for k in range(i + 1, min(len(view), i + 1 + _PAIR_REACH)):
        if not view.is_word(k) or is_complementizer(view, k):
            return False  # "وبين الوزير أن الفرق بين الحكومة وبين النقابة …": the verb's clause
        if view.bare[k] == "بين" and view.tokens[k].text.startswith("و"):
            return True
    return False


def verb_frame(view: DocView, i: int, cue: Cue) -> tuple[Frame | None, list[int]]:
    """The quote a verb or participle at token i introduces, with its speaker phrase."""
    _, last = view.sentence_range(i)
    # The subject before the verb is read only once a rule needs it: most cues find no content,
    # and then it is never asked (preposed_subject reads the view and changes nothing).
    subject: SpeakerPhrase | None = None
    subject_read = False
    # The first tests of _between_pair and _light_verb_object (the cue's lemma), asked here
    # first: most cues are neither.
    if not reports_here(view, i, cue) or (cue.lemma == _BETWEEN and _between_pair(view, i, cue)):
        return None, []
    if ASKED in cue.frames and cue.kind == "verb" and not_a_request(view, i):
        return None, []  # "في حال طلب …"، "طلب الكلمة"، "العمل تطلّب مجهودا" (asked.py)
    if MAIN_CLAUSE in cue.frames and i > 0 and _relative(view.bare[i - 1]):
        return None, []  # "بيرلو، الذي سيكمل عامه التاسع والثلاثين يوم 19 مايو: …": "completes"
    light = _light_verb_object(view, i, cue, last) if cue.lemma in LIGHT_VERBS else None
    if light is not None:
        return light, []
    trigger, carriers = find_trigger(view, i, cue, max(last, i + 1))
    if names_in_marks(view, i, cue):
        # "من سمّاهم "المخربين" بأنهم …": the name in the marks is what the source called them;
        # the بأنّ after it is the governing verb's (اتهم).
        trigger, carriers = Trigger("quote", i + 1), []
    if trigger is not None and BI_MARKED in cue.frames and not _marked_bi(view, i, trigger):
        return None, carriers  # "ندد المحتجون بالغلاء": the thing denounced, no words of theirs
    if NAMED_SUBJECT in cue.frames:
        # "وجدت مدير أعمالها يعايدها قائلا "…"": قائلا is the seen person's saying, no
        # carrier of a verb that reports only through its own أنّ.
        carriers = []
    if (trigger is None or trigger.kind in ("prep", "obj")) and pronoun_filled(view, i, cue):
        # "التي دعت إليها النقابة الوطنية للتعليم": the complement was a pronoun; after ما its
        # من أنّ-clause says what ما was ("ما صرح به العقيد من أن …").
        trigger = what_explained(view, i, max(last, i + 1))
        if trigger is None:
            return None, carriers
    if (
        trigger is not None
        and trigger.kind == "prep"
        and trigger.index > i + 2
        and "obj" in cue.frames
        and verbal_noun(view, i + 1)
        and view.bare[i + 1].endswith(POSSESSIVE_ENDINGS)
    ):
        # "أعلن التزامه بالبند … بعد إعلانها عن …": a verbal noun right after the verb is its
        # object; a preposition of the verb's further on belongs to another phrase.
        trigger = Trigger("obj", i + 1)
    if trigger is not None and trigger.kind in ("prep", "quote") and not carriers and "obj" in cue.frames:
        # The noun the preposition or the marks belong to: "أكد الوزير حرصه على …".
        separate = trigger.kind == "prep" and view.bare[trigger.index - 1] in cue.frames
        word = trigger.index - 1 if separate else trigger.index
        obj = object_before(view, i, word, marks=trigger.kind == "quote")
        if (
            obj is None
            and trigger.kind == "quote"
            and not is_complementizer(view, trigger.index + 1)
            and not view.is_comma(trigger.index - 1)  # '، عشية الزيارة، "الحرص على …"': the complement itself
            and considered_object(view, i, cue, trigger) is None  # "اعتبر X Y "…"": read below
        ):
            # "أبدت واشنطن قلقها من نشر … صواريخ "إس 400"": an object that opens before the marks
            # holds them; they are a fragment of its noun phrase. Marks that open with أنّ/إنّ hold
            # the content clause itself, and a word with بـ/لـ opens an adverbial ("بقصر الحكومة").
            subject, subject_read = _verb_subject(view, i, cue), True
            before_marks = object_trigger(view, i, cue, subject is not None, trigger.index)
            if before_marks is not None and view.bare[before_marks.index][:1] not in "بل":
                obj = before_marks.index
        if obj is not None:
            trigger = Trigger("obj", obj)
    if trigger is not None and trigger.kind == "that" and not carriers and "obj" in cue.frames:
        comma = next((k for k in range(i + 1, trigger.index) if view.is_comma(k)), None)
        if comma is not None:
            # "وأكدت ألمانيا وفرنسا الاتفاق بينهما حول …، …، واحتمال أن …": an event noun object
            # before the first comma is the content; a أنّ past the comma is another noun's.
            subject, subject_read = _verb_subject(view, i, cue), True
            before_comma = object_trigger(view, i, cue, subject is not None, comma)
            if before_comma is not None and definite_event(view, before_comma.index):
                trigger = before_comma
            elif before_comma is None and cue.lemma not in CONSIDERING:
                claims = claim_object(view, i, comma)  # "وأنكر X جميع التهم، ووصف … بأنه"
                if claims is None and cue.lemma in DENYING and cue.kind == "verb":
                    claims = denied_any(view, i, comma)  # "نفى X دفع أية أموال، … قائلا إن"
                trigger = Trigger("obj", claims) if claims is not None else trigger
    if trigger is None and cue.lemma == _SEEING and cue.kind == "verb" and not cue.object_suffix:
        seen = seen_in(view, i, last)
        trigger = Trigger("obj", seen) if seen is not None else None
    if trigger is None and "لل" in cue.frames:
        li = indefinite_li_complement(view, i, cue, last)
        trigger = Trigger("prep", li) if li is not None else None
    anything = None  # the object أي/أية opens (any_object)
    asked_at: int | None = None  # the من-phrase of the one asked (asked_object)
    asked_pronoun = False  # the one asked is a pronoun (طلب منه …)
    if trigger is None and ("obj" in cue.frames or ASKED in cue.frames):
        subject, subject_read = _verb_subject(view, i, cue), True
        asked = asked_object(view, i, last) if ASKED in cue.frames and cue.kind == "verb" else None
        if asked is not None:
            # "وطلبت الوزيرة من البرلمان تأجيل …": the one asked comes before the object.
            asked_at, obj = asked
            if obj is not None:
                trigger = Trigger("obj", obj)
                asked_pronoun = asked_at is None or view.keys[asked_at] != _FROM
            elif asked_at is not None and view.keys[asked_at] == _FROM:
                # "طلب المساعدة الفدرالية … من الولاية": an object before the من-phrase
                trigger, asked_at = object_trigger(view, i, cue, subject is not None, asked_at), None
            else:
                return None, carriers  # "كما طلب منه النادي مؤخرا، …": no object told
        else:
            trigger = object_trigger(view, i, cue, subject is not None, last)
        if trigger is not None and ASKED in cue.frames and not requested_here(view, i, trigger.index, asked):
            return None, carriers
        if trigger is None and "near" not in cue.frames:
            # "any" (negative polarity) follows a verb of denial in the active voice only.
            anything = any_object(view, i)
            trigger = Trigger("obj", anything) if anything is not None else None
        if (trigger is None or trigger.index > i + 2) and cue.lemma not in CONSIDERING:
            # "وأنكر كافانو جميع التهم"، "لكنه نفى تلك المزاعم": claims pointed at, nearer the
            # verb than a noun past a comma ("…، ووصف الخميس اتهام …").
            claims = claim_object(view, i, last)
            if claims is not None and (trigger is None or claims < trigger.index):
                trigger, anything = Trigger("obj", claims), None
        if trigger is None and cue.lemma in DENYING and cue.kind == "verb":
            # "نفى المحامي لصحيفة محلية دفع أية أموال": what holds "any" is what was denied.
            anything = denied_any(view, i, last)
            trigger = Trigger("obj", anything) if anything is not None else None
        near_object = trigger is not None and "near" in cue.frames
        if near_object and not _verb_form_for_object(view, i, cue, trigger.index):
            trigger = None  # "من أبرز الحكام"، "غاري كون، أبرز مستشار …": the superlative
        if (
            anything is None
            and trigger is not None
            and passive_reading(view, i, cue, trigger, subject is not None)
        ):
            trigger = None
        if trigger is not None and trigger.index - 1 > i and view.bare[trigger.index - 1] in ANY_WORDS:
            trigger = Trigger("obj", trigger.index - 1)  # "ونفت الشركة أية مسؤولية": "any" opens the object
            anything = trigger.index
    if trigger is not None and passive_before_quoted_name(view, i, cue, trigger):
        trigger = None
    if trigger is not None and passive_before_marked_predicate(view, i, cue):
        trigger = None
    if trigger is not None and passive_of_considering(view, i, cue, trigger):
        trigger = None
    postposed = False
    these = _these_words(view, i, cue) if i >= 3 and view.bare[i - 1] in _THESE_WORDS else None
    if these is not None:
        # '"…".. بهذه الكلمات وصف الوزير X القرار': the words it names are the verb's quote.
        trigger, postposed, carriers = Trigger("quote", these), True, []
    if trigger is None and not carriers:
        opening = _quote_before(view, i, cue)
        if opening is not None:
            trigger, postposed = Trigger("quote", opening), True
    if trigger is None or passive_before_bi(view, i, cue):
        return None, carriers
    if trigger.kind in ("prep", "obj") and view.bare[trigger.index] in _REFLEXIVES:
        # "نزاعات عبرت عن نفسها في الشعار …": "expressed itself", the subject's own showing,
        # no words reported.
        return None, carriers
    if trigger.kind == "prep" and direct_object_before(view, i, trigger.index, cue):
        return None, carriers
    found = content_from(view, trigger, in_fronted_subordinate(view, i))
    if found is None:
        return None, carriers
    span, kind = found
    considered = considered_object(view, i, cue, trigger)
    if considered is not None:
        kind = "nominal"  # "اعتبرت الحركة الجهود "غير واقعية"": the quoted words are the predicate
    if trigger.kind == "prep" and view.bare[trigger.index - 1] == "ب":
        # بـ written apart from its word (بـ "العنصريين") is still the clitic that stays on,
        # and the marks it governs stay balanced with it.
        close = view.open_close.get(trigger.index) if view.is_mark(trigger.index) else None
        end = span[1]
        if close is not None and end <= view.tokens[close].start:
            end = view.tokens[close].end
        span = (view.tokens[trigger.index - 1].start, end)
    if trigger.kind == "prep" and "dobj" in cue.frames and i > 0 and view.bare[i - 1] in _WHAT_WORDS:
        span = _named_as(view, trigger.index, span)  # "ما أسماه بهذه "الجريمة" بحزم"
    # "needs-عن": نقل reports only as نقل عن X; elsewhere it transports. Several needed words
    # are alternatives: حمّل X المسؤولية or تبعات …, "held X responsible for, laid the consequences on".
    needed = [frame[len("needs-") :] for frame in cue.frames if frame.startswith("needs-")]
    if needed and not any(_has_complement(view, word, i, trigger.index) for word in needed):
        return None, carriers
    if needed and not _through_needed(view, i, cue, trigger, needed):
        return None, carriers  # "يجمع بين الطرفين على الطاولة … أن": no على أنّ of its own
    if CONCLUDED in cue.frames and not concludes_with_clause(view, i, trigger):
        return None, carriers  # "توصل الطرفان إلى اتفاق يقضي بأن …": the agreement, no conclusion
    # "ما أسماه بهذه "الجريمة""، "لوقف ما يسمونه "انتهاك قطر"": after ما a verb of naming or
    # describing whose pronoun takes ما up names it; the name is its quote, not a relayed outlet.
    naming = (
        "dobj" in cue.frames
        and i > 0
        and view.bare[i - 1] in _WHAT_WORDS
        and (trigger.kind == "prep" or (trigger.kind == "quote" and cue.object_suffix))
    )
    if is_relay(view, i) and not naming and len(view.doc.text[span[0] : span[1]].split()) <= 2:
        return None, carriers  # "وفق ما أوردت "فرانس برس"": a relay naming the outlet
    if not subject_read:
        subject = _verb_subject(view, i, cue)
    speaker = subject
    if cue.kind == "verb":
        # that/colon triggers point past the complementizer or colon; quote points at the mark.
        middle_end = trigger.index - (1 if trigger.kind in ("that", "colon") else 0)
        if postposed:
            middle_end = last  # the subject follows the verb that follows its quote
        if (
            trigger.kind == "prep"
            and view.is_word(trigger.index - 1)
            and not bi_complement(view, trigger.index)
        ):
            middle_end = trigger.index - 1
        if trigger.kind == "prep" and "لل" in cue.frames and view.bare[trigger.index][:1] == "ل":
            # "دعا أردوغان ألمانيا وتركيا لفتح …": the names called on end the subject.
            called = named_object_start(view, i, trigger.index)
            if called is not None:
                middle_end = min(middle_end, called)
        if carriers:
            middle_end = min(middle_end, carriers[0])
        if asked_at is not None:
            middle_end = min(middle_end, asked_at)  # the subject ends at the من of the one asked
        if trigger.kind in ("obj", "prep"):
            # "ونفت روسيا بشكل قاطع …"، "وتطرق لافروف بشكل خاص إلى …": the adverb ends the subject.
            middle_end = subject_adverbial_start(view, i + 2, middle_end)
        if trigger.kind == "prep" and "dobj" in cue.frames and "obj" not in cue.frames and middle_end > i + 1:
            middle_end = _object_end(view, i, cue, subject is not None, middle_end)
        if considered is not None:
            middle_end = considered
        if trigger.kind == "that":
            middle_end = occasion_start(view, i + 2, middle_end)
        if trigger.kind == "that" and "ب" in cue.frames and "dobj" not in cue.frames:
            # "وصرح الوزير بمقر الوزارة أن …": the place phrase ends the subject.
            middle_end = next(
                (
                    m
                    for m in range(i + 2, middle_end)
                    if bi_complement(view, m) and complementizer_after_phrase(view, m, last)
                ),
                middle_end,
            )
        # "وفيما يتعلق بمشروع القانون، قال العاهل الأردني إن …": a phrase ended by a comma
        # before the verb is an adverbial when the verb has its own subject after it. Otherwise
        # a subject before the verb stands, and the phrase after it is not read.
        if speaker is None or view.is_comma(i - 1):
            after = _speaker_after(view, i, middle_end, cue, "dobj" in cue.frames)
            if after is not None and after.first == i + 1 and accusative_plural(view, after):
                after = None  # "ودعا الفاعلين الاقتصاديين الإيطاليين إلى": the object, subject dropped
            if speaker is None or after is not None:
                speaker = after
    confidence = 0.85 if trigger.kind in ("that", "quote", "colon") else 0.6
    if (
        speaker is None
        and cue.kind == "verb"
        and not cue.object_suffix
        and i > 0
        and view.bare[i - 1] in RELATIVES
        # A perfect of saying after a relative ("صحتها التي أكد أنها جيدة") has the dropped
        # subject of the story; the impersonal reading is the imperfect passive (يُتوقع).
        and not perfect_of_lemma(view, i, cue)
        and not agreeing_imperfect(view, i, cue)
        and not _perfect_of_another(view, i, cue)
        and not _feminine_saying(view, i, cue, trigger)
        and not _personal_after_relative(view, i, cue, trigger)
        # "غولن … والذي ينفي أي تورط": "any" follows an active denial, whose subject is the
        # relative's noun; the impersonal passive (يُتوقع أن) takes no such object.
        and anything is None
    ):
        return None, carriers  # "الحكومة التي يتوقع أن تبدأ": an impersonal relative clause
    if NAMED_SUBJECT in cue.frames and not _finding(view, i, speaker, trigger):
        return None, carriers
    if cue.lemma == _BELIEVING and unowned_belief(view, i, trigger, speaker):
        return None, carriers  # "ويُعتقد أن …"، "عدد من يعتقدون أن …": no one's report
    if impersonal_estimate(view, i, cue, trigger, speaker):
        return None, carriers  # "ويُتوقع أن ينخفض …": expected, by no one named
    if speaker is None and trigger.kind == "that" and impersonal_after_noun(view, i, cue):
        return None, carriers  # "وهو رقم يُتوقع أن يرتفع": the passive in a clause describing a noun
    named_antecedent = i > 1 and view.bare[i - 1] in RELATIVES and view.bare[i][:1] == "ت"
    if speaker is None and cue.kind == "verb" and named_antecedent and agreeing_imperfect(view, i, cue):
        speaker = parse_speaker(view, i - 2, i - 1)  # "سلمى التي تؤكد": the name is the subject
    if (
        speaker is None
        and "dobj" in cue.frames
        and trigger.kind == "prep"
        and is_relay(view, i)
        and view.bare[i] == lemma_key(cue.lemma)
    ):
        # "انتقادات حول ما وُصف بـ…": the bare form after ما is the passive, ما its subject,
        # and the phrase names what something was called, a noun of the writer's sentence,
        # not a report; with a person ending (ما وصفته بـ "what she called") or its own
        # subject (ما وصفه الجيش بـ) it is one.
        return None, carriers
    object_first = "dobj" in cue.frames and subject is None and speaker is not None and speaker is not subject
    about_speech = i + 1 < len(view.tokens) and view.keys[i + 1] in SPEECH_PRONOUNS
    if about_speech:
        # "قمة … تعهد فيها الزعيم الكوري": a subject may still follow the pronoun.
        middle_end = trigger.index - (1 if trigger.kind in ("that", "colon") else 0)
        speaker = parse_speaker(view, i + 2, middle_end) if middle_end > i + 2 else None
        if speaker is not None and speaker.title is None and speaker.kind == "name":
            speaker = None  # "يطالب فيها الحكومة بـ…": a bare noun there is the object
        about_speech = speaker is None
    if trigger.kind == "that":
        # "وتقول الدعوى إن المدير كان يتباهى …، بل ادعى أن …": the claim is the director's, nested.
        span = (span[0], continued_end(view, i, cue, trigger, span, _frame_only))
    frame = Frame(i, i + 1, span, kind, speaker, cue.feminine, confidence, object_first=object_first)
    frame.about_speech = about_speech
    frame.verbal = True
    # "وعندما طلبت رويترز منه التعليق … قال": the one asked, a pronoun of the one the story
    # follows, is who answers next; the one asking is no subject a later dropped one goes on with.
    frame.in_object = asked_pronoun
    return frame, carriers


# "bimarked": a verb of denouncing (ندّد) reports only the ب-complement that opens in quote marks,
# the source's own words for what it denounced: "ندد الحزب بـ"حملة تشويه""، "نددت "بالهجمات
# الاستفزازية"". Its bare ب-complement names the thing denounced ("ندد المحتجون بالغلاء"), and
# marks further on hold a name or a term inside that complement ("ندد بقيام «النادي» …").
BI_MARKED = "bimarked"
# Adverbs of manner that open with ب and sit between such a verb and its complement, set in marks
# for emphasis ("نددت الوزارة "بشدة" بالقرار"): they are no complement.
_MANNER_ADVERBS = frozenset({"بشده", "بقوه", "بحزم"})


def _marked_bi(view: DocView, i: int, trigger: Trigger) -> bool:
    """Whether the content ``trigger`` opens is the ب-complement of the verb at i in quote marks:
    بـ written apart before the marks, or marks whose first word opens with ب. Marks past another
    cue are that cue's ("ندد بما وصفه بـ"…"": the words are what وصفه named)."""
    k = trigger.index
    if any(view.cues[m] is not None for m in range(i + 1, k)):
        return False
    if trigger.kind == "prep":
        return view.is_mark(k) and view.bare[k - 1] == "ب"
    if trigger.kind != "quote" or not view.is_mark(k):
        return False
    if k >= 1 and view.bare[k - 1] == "ب":
        return True
    first = k + 1
    if first >= len(view) or not view.is_word(first) or view.bare[first][:1] != "ب":
        return False
    close = view.open_close.get(k)
    return not (close == first + 1 and view.bare[first] in _MANNER_ADVERBS)


_SAYING = "قال"
# عزا/أرجع X إلى Y "put X down to Y": X, the object before إلى, is an event or a state.
CAUSE = "cause"


def _object_end(view: DocView, i: int, cue: Cue, has_subject: bool, end: int) -> int:
    """Where the subject of a verb that takes an object before its preposition ends, the words
    up to ``end`` read: at an event noun past the subject, which is the object ("وحثت الإدارة
    أكبر مستشار للرئيس على …"، "وعزا الوزير ارتفاع الأسعار إلى …"). Right after the verb such a
    noun means the subject was dropped only for a verb of attributing a cause (CAUSE: "وعزا
    ارتفاع المديونية إلى …"), whose object is an event or a state; the object of دعا، طالب،
    اتهم is a person or a body, which the noun tests cannot tell from a subject ("طالب المجلس
    الشركة بـ…"). A word with hamza above is a broken plural or a name (أحزاب، أبناء، ألتان),
    never the verbal noun إفعال, which takes hamza below: right after the verb it is the
    subject, and past it, for those verbs, the subject's own word ("طالب الأخوان ألتان
    واليجاك بـ…")."""
    obj = object_before(view, i, end)
    if obj is None and CAUSE in cue.frames:
        found = object_trigger(view, i, cue, has_subject, end)
        obj = found.index if found is not None else None
    if obj is None:
        return end
    hamza_above = view.tokens[obj].text.lstrip("وف").startswith("أ")
    if obj == i + 1 and (CAUSE not in cue.frames or hamza_above):
        return end
    if CAUSE not in cue.frames and hamza_above:
        return end
    return obj


def _finding(view: DocView, i: int, speaker: SpeakerPhrase | None, trigger: Trigger) -> bool:
    """Whether a verb that reports only with its subject named (وجد أن "found that") reports
    here: its subject is named, and its أنّ follows the verb or the subject at once, past at
    most an aside set off by commas ("ووجد التحقيق، الذي أجرته هيئة محلفين، أن …"). Not the
    impersonal passive ("كذلك وُجد أن …"), not "found oneself" (وجدت نفسي), not an object
    found before a far أنّ ("وجدوا دعما لم يحصل عليه أحد … بالإضافة إلى أن …"), and not in a
    condition ("إذا وجد مقدم الخدمة أن …")."""
    if speaker is None or view.bare[i + 1] in _REFLEXIVES:
        return False
    if i > 0 and view.bare[i - 1] in _CONDITIONS:
        return False
    if trigger.kind != "that":
        return False
    gap_start = speaker.last if speaker.first > i else i + 1
    gap = range(gap_start, trigger.index - 1)
    if not gap:
        return True
    if view.is_comma(gap.start) and view.is_comma(gap.stop - 1) and len(gap) > 1:
        return True
    # The subject's own definite adjectives or place the speaker phrase left out ("ووجدت
    # الدراسة الطبية الحديثة بأن …"، "لجنة التجارة الدولية بالبلاد أن …").
    return len(gap) <= MAX_FINDER_TAIL and all(
        view.is_word(m) and (has_article(view, m) or view.bare[m].startswith(("بال", "لل"))) for m in gap
    )


MAX_FINDER_TAIL = 2


# "if, so that, in case": a condition or a purpose, no finding made.
_CONDITIONS = frozenset({"اذا", "لو", "بحيث", "حال"})
_REFLEXIVES = frozenset(
    {"نفسي", "نفسه", "نفسها", "نفسهم", "نفسهما", "انفسهم", "انفسهن", "نفسنا", "انفسنا", "نفسك", "انفسكم"}
)


# إنّ with the pronoun that takes up a relative's antecedent, by the relative: what is said is
# said of it. A pronoun of the other gender is the pronoun of the matter ("الطرفة التي تقول إنه
# تبقى …": the joke is the subject), which takes up nothing.
_RESUMING_THAT = {"الذي": frozenset({"انه"}), "التي": frozenset({"انها"}), "الذين": frozenset({"انهم"})}


def _feminine_saying(view: DocView, i: int, cue: Cue, trigger: Trigger) -> bool:
    """تقول right after a relative and before إنه/إنها ("الأراضي التي تقول إنها قواعد إيرانية"،
    "نظام الشحن الذي تقول إنه …"): the pronoun after إنّ takes up the relative's antecedent,
    which is what is said about, not who says it; the impersonal passive is masculine (يُقال
    إنه), so the feminine verb has a speaker of its own, named before."""
    return (
        cue.lemma == _SAYING
        and cue.kind == "verb"
        and view.bare[i] == "تقول"
        and trigger.kind == "that"
        and trigger.index == i + 2
        and view.bare[i + 1] in _RESUMING_THAT.get(view.bare[i - 1], ())
    )


def _personal_after_relative(view: DocView, i: int, cue: Cue, trigger: Trigger) -> bool:
    """A verb of saying after a relative that no impersonal passive spells: the feminine perfect
    of a verb that takes no object ("سفيم داغديلين التي قالت: …": its only passive is the
    impersonal قيل; a verb with an object has a personal one, "الإصلاحات التي وُصفت بأنها …"،
    "البيانات التي أُعلنت اليوم"), or any form before a colon or quote marks ("ميشال فيفيوركا
    الذي يقول: "…""; the impersonal passive reports with أنّ: يُقال إن). Its subject is the
    relative's noun, whether the speaker reader finds it or not."""
    if trigger.kind in ("colon", "quote"):
        return True
    takes_object = "obj" in cue.frames or "dobj" in cue.frames
    return not takes_object and view.bare[i] == lemma_key(cue.lemma) + "ت"


def _frame_only(view: DocView, i: int, cue: Cue) -> Frame | None:
    return verb_frame(view, i, cue)[0]


# Verbs that renew or repeat an act named by their object, a definite verbal noun of saying:
# "جدد الوزير التأكيد على …"، "مكرراً التحذير من …".
LIGHT_VERBS = frozenset({"جدد", "كرر"})
MAX_LIGHT_SUBJECT = 6


def _light_verb_object(view: DocView, i: int, cue: Cue, last: int) -> Frame | None:
    """The quote of a light verb (:data:`LIGHT_VERBS`) whose object is a definite verbal noun of
    saying: "وجدد الوزير التأكيد على دعم …"، "وكرر الوزير التأكيد على أن …". The verb only renews
    the act; the noun's complement right after it (its preposition or its complementizer) is
    what was said, and the verb's subject, between the two, is the speaker."""
    if cue.lemma not in LIGHT_VERBS or cue.object_suffix:
        return None
    for k in range(i + 1, min(last, i + MAX_LIGHT_SUBJECT + 2)):
        if not view.is_word(k):
            return None
        key = view.bare[k]
        noun = view.lexicon.forms.get(key[2:]) if key.startswith("ال") else None
        if noun is not None and noun.kind == "noun" and not noun.object_suffix:
            break
    else:
        return None
    end = k
    while end > i + 1 and view.words.is_a("time", view.bare[end - 1]):
        end -= 1
    # "إلا أن الحركة كررت التهديد بـ…": with none after it, the subject is the one before it.
    subject = _verb_subject(view, i, cue)
    if end > i + 1:
        if cue.kind != "verb":
            return None  # a participle's subject is never written after it
        subject = whole_subject(view, i + 1, end)
        if subject is None:
            return None
    # "التأكيد على أن …": the complementizer may follow the noun's preposition.
    trigger, _ = find_trigger(view, k, noun, min(last, k + 4))
    if trigger is None or trigger.kind == "obj" or trigger.index > k + (3 if trigger.kind == "that" else 2):
        return None
    found = content_from(view, trigger, in_fronted_subordinate(view, i))
    if found is None:
        return None
    span, kind = found
    confidence = 0.85 if trigger.kind in ("that", "quote", "colon") else 0.6
    frame = Frame(i, i + 1, span, kind, subject, cue.feminine, confidence)
    frame.verbal = True
    return frame


MIN_POSTPOSED_WORDS = 3


def _quote_before(view: DocView, i: int, cue: Cue) -> int | None:
    """The opening mark of a quoted sentence right before a verb of saying ("«…»، يقول أسامة"):
    the reporting clause put after the words it reports. The verb carries no conjunction (وقال
    opens a clause of its own), the marks open a sentence or a line (after a colon they are
    another cue's), and they hold more than a quoted term."""
    if cue.kind != "verb" or cue.object_suffix or "quote" not in cue.frames or view.keys[i] != view.bare[i]:
        return None
    close = i - 1
    if close > 0 and view.is_comma(close):
        close -= 1
    if close <= 0 or not view.is_mark(close):
        return None
    opening = view.close_open.get(close)
    if opening is None:
        return None
    if opening > 0 and not (view.is_sentence_mark(opening - 1) or view.newline_between(opening - 1, opening)):
        return None
    words = sum(1 for k in range(opening + 1, close) if view.is_word(k))
    return opening if words >= MIN_POSTPOSED_WORDS else None


# "بهذه الكلمات" "with these words" and its kin, normalised.
_THESE_WORDS = frozenset({"الكلمات", "الكلمه", "العباره", "العبارات", "الجمله"})


def _these_words(view: DocView, i: int, cue: Cue) -> int | None:
    """The opening mark of the quote that "بهذه الكلمات" right before a verb of saying points back
    to ('"لأسباب شخصية بحتة".. بهذه الكلمات أعلن X …'): the closing mark stands right before the
    phrase, with at most punctuation between."""
    if cue.kind != "verb" or i < 3 or view.bare[i - 1] not in _THESE_WORDS or view.bare[i - 2] != "بهذه":
        return None
    close = i - 3
    while close > 0 and not view.is_word(close) and not view.is_mark(close):
        close -= 1  # ".."، "،"، "…" after the marks
    if not view.is_mark(close):
        return None
    return view.close_open.get(close)


# ما and the prepositions on it: "ما وصفه بـ"، "لما أسماه بـ"، "بما وصفته بـ".
_WHAT_WORDS = frozenset({"ما", "لما", "بما", "مما"})
MAX_BEFORE_NAMING_MARKS = 2


def _named_as(view: DocView, start: int, span: tuple[int, int]) -> tuple[int, int]:
    """The content of "what X called …": the name given, which ends with its quotation marks
    when it has them ("ما أسماه بهذه "الجريمة" بحزم"); the words after them are the sentence's."""
    for k in range(start, min(len(view), start + MAX_BEFORE_NAMING_MARKS + 1)):
        close = view.open_close.get(k) if view.is_mark(k) else None
        if close is not None and view.tokens[close].end <= span[1]:
            if _genitive_after(view, close + 1):
                return span  # "بـ"تركيع" الشعب التركي": the name goes on past its marks
            return span[0], view.tokens[close].end
        if not view.is_word(k):
            break
    return span


_BELIEVING = "اعتقد"


def _perfect_of_another(view: DocView, i: int, cue: Cue) -> bool:
    """A perfect whose ending cannot agree with the relative before it ("المتهم الذي قالت إنه
    بريء"، "الذي قالوا إنه"): the verb has a subject of its own, dropped, and reports."""
    if cue.kind != "verb" or cue.object_suffix:
        return False
    stem = lemma_key(cue.lemma)
    key = view.bare[i]
    return (view.bare[i - 1] == "الذي" and key == stem + "ت") or key == stem + "وا"


def _genitive_after(view: DocView, k: int) -> bool:
    """Whether word k goes on the noun phrase before it as its genitive: a plain noun, with no
    preposition or conjunction on it, that is no function word, relative or pronoun."""
    if k >= len(view) or not view.is_word(k) or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if view.keys[k] != key or key[:1] in "بل" or view.words.is_a("stop", key):
        return False
    return key not in RELATIVES and key not in PRONOUN_SUBJECTS and key not in DEMONSTRATIVES


_PREPOSITION_FRAMES = frozenset({"ب", "عن", "علي", "الي", "من"})  # a cue's prepositions, normalised


def subject_only(view: DocView, i: int, cue: Cue) -> SpeakerPhrase | None:
    """The explicit subject of a verb of saying whose content was not found ("وانتقد ترامب
    مرارا الاتفاق …، واصفا …"): the cues after it without a subject still continue it."""
    if cue.kind != "verb":
        return None
    subject = preposed_subject(view, i, cue.object_suffix)
    if subject is not None:
        return subject
    nxt = i + 1
    # "نددت بها المعارضة"، "ما تحدثت عنه الصحف": the verb's own preposition with a pronoun, its
    # complement, may stand before the subject. Another preposition's pronoun opens another
    # phrase ("طلب منه الجهاز اصطحاب …").
    while (
        nxt < len(view.tokens)
        and view.is_word(nxt)
        and view.keys[nxt] in PREPOSITION_PRONOUNS
        and any(view.keys[nxt].startswith(frame) for frame in cue.frames if frame in _PREPOSITION_FRAMES)
    ):
        nxt += 1
    if nxt >= len(view.tokens) or not view.is_word(nxt) or view.words.is_a("stop", view.bare[nxt]):
        return None
    _, last = view.sentence_range(i)
    # "وطالب الاتحاد الحكومة بـ": the object such a verb takes follows its subject.
    return parse_speaker(view, nxt, min(last, nxt + 12), "dobj" in cue.frames)


def _speaker_after(
    view: DocView, cue_index: int, end: int, cue: Cue, object_follows: bool = False
) -> SpeakerPhrase | None:
    """VSO subject between the cue and the content; نقل X عن Y قوله names Y as the source."""
    start = cue_index + 1
    # A pronoun addressee comes before the subject: "قال لنا الوزير"، "أكد لهم المدير".
    # "قالت منى حداد": منى, written with ى, is a name, never مني "from me" (stops.maqsura_name).
    while (
        start < end
        and view.is_word(start)
        and view.keys[start] in PREPOSITION_PRONOUNS
        and not maqsura_name(view, start)
    ):
        start += 1
    if cue.lemma == "نقل":
        source = relay_source_start(view, start, end)
        if source is not None:
            stop = end
            for m in range(source, end):
                if view.bare[m].startswith("قول"):
                    stop = m
                    break
            return parse_speaker(view, source, stop)
    return parse_speaker(view, start, end, object_follows)


def _relative(key: str) -> bool:
    """A relative pronoun, alone or after و/ف (الذي، والذي، والتي)."""
    return key in RELATIVES or (key[:1] in "وف" and key[1:] in RELATIVES)


def _through_needed(view: DocView, i: int, cue: Cue, trigger: Trigger, needed: list[str]) -> bool:
    """Whether the content comes through the preposition a verb needs, when that preposition is
    also its content's (frames "على,needs-على": أجمع على أن / على ضرورة …، عبّر عن …): the
    preposition governs the complementizer or the complement itself, right after it. A needed
    preposition that names a source (نقل عن X أن …) is not listed among the frames and is only
    asked to come first (:func:`_has_complement`); after ما the pronoun on it is the complement
    ("ما عبّر عنه من أن …")."""
    governing = [word for word in needed if word in cue.frames]
    if not governing or pronoun_filled(view, i, cue):
        return True
    if trigger.kind == "prep":
        return view.bare[trigger.index - 1] in governing
    if trigger.kind == "that":
        return trigger.index >= 2 and view.bare[trigger.index - 2] in governing
    return False


def _has_complement(view: DocView, preposition: str, cue_index: int, trigger_index: int) -> bool:
    """Whether the preposition a verb needs comes between it and its content; for عن, the
    relay "على لسان" does the same job."""
    stop = min(trigger_index + 1, len(view))
    if any(view.bare[k] in (preposition, "ال" + preposition) for k in range(cue_index + 1, stop)):
        return True
    # A needed noun with its owner's pronoun: "حمّل الوزير المعارضة مسؤوليتها".
    if len(preposition) > 3 and without_possessive(view.bare[stop - 1]) == preposition:
        return True
    return preposition == "عن" and relay_source_start(view, cue_index + 1, stop) is not None


def _verb_form_for_object(view: DocView, i: int, cue: Cue, obj: int) -> bool:
    """Whether a "near" cue that also spells a superlative or another verb (أبرز "most prominent",
    يبرز/تبرز "stands out", of برز) is the verb of saying before the noun-phrase object at ``obj``:
    its participle (مبرزا) and its perfect with a person ending (أبرزت، أبرزوا) spell nothing else;
    the bare perfect only before a noun of importance or necessity (كما أبرز أهمية …، وأبرز الوزير
    ضرورة …), which no superlative heads; the imperfect never ("وتبرز أهمية البطولة", "stands out")."""
    if cue.kind == "participle" or person_suffixed_perfect(view, i, cue):
        return True
    return view.bare[i] == lemma_key(cue.lemma) and view.bare[obj] in _IMPORTANCE_NOUNS


# "the importance, the necessity of": a stance on what follows, the object of a verb of stressing.
_IMPORTANCE_NOUNS = frozenset({"اهميه", "الاهميه", "ضروره", "الضروره"})


# Cues whose bare perfect also spells an elative ("most prominent"): أبرز.
ELATIVE_SPELLED = frozenset({"أبرز"})
_POINTERS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء"})


# Nouns that make a compound with the verbal noun a bare perfect also spells: رد فعل "reaction",
# رد اعتبار "rehabilitation".
_FROM = normalize("من")
_COMPOUND_SECONDS = {
    "رد": frozenset({"فعل", "الفعل", "افعال", "الافعال", "اعتبار"}),
    "طلب": frozenset({"عروض", "العروض"}),  # "طلب عروض": a call for tenders
}
# Elatives that head a construct with the noun after them: أول رد "the first response".
_CONSTRUCT_ELATIVES = frozenset({"اول", "اكثر", "اهم"})


def noun_reading(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a bare perfect is the verbal noun it also spells: the first half of a compound
    ("رد فعل الحكومة"، "رد الفعل السريع"), or the genitive of an elative right before it ("في
    أول رد رسمي على …"، "أكثر رد عملي"), which governs a noun, never a verb."""
    if cue.kind != "verb" or view.bare[i] != lemma_key(cue.lemma):
        return False
    seconds = _COMPOUND_SECONDS.get(lemma_key(cue.lemma))
    k = i + 1
    if seconds is not None and k < len(view) and view.is_word(k) and view.bare[k] in seconds:
        return True
    return (
        view.keys[i] == view.bare[i]
        and i > 0
        and view.is_word(i - 1)
        and view.bare[i - 1] in _CONSTRUCT_ELATIVES
    )


# Nouns that head a construct with an elative in news: one of, the head of … "the most prominent
# X" (أحد أبرز قادة الحركة، رئيس أبرز جمعية للفولاني).
_ELATIVE_HEADS = frozenset(
    normalize(word)
    for word in ("أحد", "إحدى", "واحد", "واحدة", "رئيس", "رئيسة", "زعيم", "زعيمة", "قائد", "مؤسس", "عضو")
)


def _genitive_slot(view: DocView, head: int) -> bool:
    """Whether the word at ``head`` is a noun that governs the word after it as its genitive:
    one of, the head or a member of ("رئيس أبرز"، "أحد أبرز"). After another noun a perfect may
    open a clause of its own ("خلال لقاء أبرز وزير التربية أن …", whose subject is a construct)."""
    return head >= 0 and view.is_word(head) and view.bare[head] in _ELATIVE_HEADS


def elative_reading(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a bare perfect that also spells an elative (أبرز) is the elative: after a noun
    that governs it (_genitive_slot) and before an indefinite noun, the elative heads a construct
    ("رئيس أبرز جمعية للفولاني"، "أحد أبرز لاعبي الفريق"), while the verb takes a definite
    subject or object (وأبرز الوزير …), a noun of importance (كما أبرز أهمية …), a pointer (وقد
    أبرز ذلك الخبر …), a preposition or a complementizer. A name after it is the verb's subject
    ("أبرز ميسي أن …")."""
    if (
        cue.lemma not in ELATIVE_SPELLED
        or view.keys[i] != lemma_key(cue.lemma)
        or not _genitive_slot(view, i - 1)
    ):
        return False
    k = i + 1
    if k >= len(view) or not view.is_word(k) or has_article(view, k):
        return False
    key = view.bare[k]
    if (
        key in _IMPORTANCE_NOUNS
        or key in _POINTERS
        or view.words.is_a("stop", key)
        or is_complementizer(view, k)
    ):
        return False
    return view.mention_label(k) is None


_SEEING = "رأى"
