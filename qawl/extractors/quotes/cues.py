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
from dataclasses import replace

from qawl.arabic import SHADDA, normalize
from qawl.extractors.quotes.antecedents import SpeakerEvent
from qawl.extractors.quotes.came_in_it import came_in_it_frames
from qawl.extractors.quotes.clauses import NEAR_MIDDLE, is_complementizer
from qawl.extractors.quotes.content import trim
from qawl.extractors.quotes.coordinated import closing_mark, coordinate_after, ends_series, inside
from qawl.extractors.quotes.frames import (
    ELATIVE_SPELLED,
    Frame,
    elative_reading,
    noun_reading,
    subject_only,
    verb_frame,
)
from qawl.extractors.quotes.governed_nouns import governed_noun_frames
from qawl.extractors.quotes.grammar import is_passive, participle_as_adjective, passive_imperfect
from qawl.extractors.quotes.lexicon import TOLD, Cue, lemma_key
from qawl.extractors.quotes.marks import QUOTE_CHARS
from qawl.extractors.quotes.noun_patterns import event_noun, object_noun, participle_of_noun
from qawl.extractors.quotes.sources import (
    came_in_frame,
    headline_frames,
    noun_frame,
    possessive_frame,
    source_frame,
)
from qawl.extractors.quotes.stops import has_article, in_theophoric_name
from qawl.extractors.quotes.thus_said import thus_frames
from qawl.extractors.quotes.titles import without_article
from qawl.extractors.quotes.triggers import (
    NAMED_SUBJECT,
    anonymity_request,
    between_after_noun,
    find_trigger,
    is_occasion_noun,
    name_after_verb,
    noun_after_preposition,
    preposition_with_pronoun,
    unrelated_naming,
    via_inside_clause,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    COMPLEMENTIZERS,
    HYPOTHETICALS,
    MODAL_VERBS,
    NEGATIONS,
    NO_CONJUNCTION_AFTER,
    NOT_COMPLEMENTIZER_AFTER,
    PAST_AUXILIARIES,
    PRONOUN_SUBJECTS,
    SUBJUNCTIVE_PARTICLES,
    possessed_stem,
)


def read_cues(view: DocView) -> tuple[list[Frame], list[SpeakerEvent]]:
    """The frames of every cue in the document, and the subjects of cues without content."""
    words = view.words
    frames: list[Frame] = list(headline_frames(view))
    events: list[SpeakerEvent] = []
    quoted = _inside_quoted_speech(view)
    consumed: set[int] = set()
    _drop_untold(view)
    _drop_elatives(view)
    # Every other token is no cue and opens no source phrase: nothing below acts on it.
    for i in view.cue_candidates:
        if i in consumed:
            continue
        cue = view.cues[i]
        if cue is not None and (in_theophoric_name(view, i) or _compound_with_din(view, i)):
            continue
        if cue is not None and _doubled_after_conjunction(view, i):
            continue  # "ودّعت الألمانية البطولة": و is the root's (ودّع "bade farewell"), not "and"
        if cue is not None and _root_waw(view, i):
            cue = None  # "كما ورد في البيان أن …": ورد "came (in)" tells at most what a text says
        if cue is not None and (_showing_without_study(view, i, cue) or _amount_noun(view, i, cue)):
            continue  # "وأظهرت البيانات أن …"، "على قدر الإمكان": no one reports, in quotes or out
        if i in quoted:
            # Inside quoted speech only a report of its own can be a quote (a nested one);
            # the subjects there are the speaker's topics, not the article's antecedents.
            frame = _quoted_report(view, i, cue)
            if frame is not None:
                frame.in_quote = True
                frames.append(frame)
            continue
        if cue is not None and _first_person_present(view, i, cue):
            # "أكاد أجزم أن …" outside quotation marks: the writer's own words, or the speaker's
            # speech act in a quote without marks, as "أقول" inside them.
            continue
        if (
            cue is not None
            and cue.kind == "verb"
            and "near" in cue.frames
            and i > 0
            and view.bare[i - 1] in NEGATIONS
        ):
            continue
        # anonymity_request needs عدم right before the cue or one or two words after it.
        if cue is not None and _NOT in view.bare[max(i - 1, 0) : i + 3] and anonymity_request(view, i):
            # "بحسب أحد الأهالي الذي طلب عدم ذكر اسمه": no report, but the verb before عدم has
            # the source as its subject, which a later subjectless cue continues.
            subject = subject_only(view, i, cue) if view.bare[i + 1 : i + 2] == ["عدم"] else None
            if subject is not None:
                events.append(SpeakerEvent(i, subject, cue.feminine))
            continue
        if cue is not None and cue.kind == "verb" and i > 0 and view.bare[i - 1] in NEGATIONS:
            # A negated speech act (لم يؤكد) reports nothing, but its subject is still the
            # topic that the next subjectless verb continues: "ولم يوضح البيان …، بل أشار".
            subject = subject_only(view, i, cue)
            if subject is not None:
                events.append(SpeakerEvent(i, subject, cue.feminine))
            continue
        if cue is not None and (
            # A verb spelled like a function word (عبر "via") is read only with its frame near.
            (cue.kind == "verb" and words.is_a("stop", view.keys[i]) and "near" not in cue.frames)
            or _subjunctive(view, i, cue)
            or is_passive(view.tokens[i].text)
            or (cue.kind == "verb" and passive_imperfect(view.tokens[i].text, cue.lemma))
            or (cue.kind == "verb" and _first_form_passive(view, i, cue))
            or _attention_idiom(view, i, cue)
            or (i > 0 and view.bare[i - 1] in NEGATIONS and not _or_not(view, i - 1))
            or (cue.kind == "participle" and participle_as_adjective(view, i, cue))
            or _points_to_evidence(view, i, cue)
            or _event_as_subject(view, i, cue)
            or _bill_as_subject(view, i, cue)
            or _thing_as_subject(view, i, cue)
            or _counted_noun(view, i, cue)
            or via_inside_clause(view, i, cue)
            or _asked(view, i)
            or name_after_verb(view, i)
            or preposition_with_pronoun(view, i, cue)
            or between_after_noun(view, i, cue)
        ):
            continue
        if cue is None:
            phrase = source_frame(view, i, frames) or came_in_frame(view, i)
            if phrase is not None:
                frames.append(phrase)
                consumed.update(_source_verb(phrase, i))
            continue
        if cue.kind == "verb" and "dobj" not in cue.frames and noun_after_preposition(view, i):
            # "مع توقع حصول فيضانات": a preposition governs a noun, so the word is the verbal
            # noun it spells, which reports only with its source after it or its owner's pronoun
            # ("مع تعهدها بتعديل …"). Not a verb whose object comes first ("مع حث الأئمة على"):
            # the noun after it may be the one urged, so the verb's reading stays.
            frame = (possessive_frame if cue.object_suffix else noun_frame)(view, i, cue)
            if frame is None and not is_occasion_noun(view.bare[i]) and not _event_genitive(view, i):
                # "في تصرح للإذاعة أن …" (تصريح misspelt): with a clause of its own after it, the
                # word still reports as the verb it spells; a noun phrase after it does not.
                verb, carriers = verb_frame(view, i, cue)
                if verb is not None and verb.kind != "nominal":
                    frame = verb
                    consumed.update(carriers)
            if frame is not None:
                frames.append(frame)
            continue
        if cue.kind in ("verb", "participle"):
            frame, carriers = verb_frame(view, i, cue)
            consumed.update(carriers)
            if frame is not None and _noun_reports(view, i, frame):
                continue  # "اختتم الزيارة بإقراره أن …": the verbal noun, not the verb, reports
            if frame is not None and _repeated_term(view, cue, frame):
                continue  # "وردد "أكاذيب"": a word repeated, no saying chanted
            if frame is not None and frame.kind == "direct" and _noun_after_that(view, i):
                continue  # 'قال إن رد موسكو سيأتي "…"': the noun رد, the clause's subject
            if frame is not None:
                frames.append(frame)
                # '"…" و"…"': a series of quoted sayings, each a quote of the cue's own.
                frames += coordinated_quotes(view, frame)
            elif ("near" not in cue.frames or "carries" in cue.frames) and NAMED_SUBJECT not in cue.frames:
                # Without its content, بين is "between", not a verb; طمأن is still a verb.
                subject = subject_only(view, i, cue)
                if subject is not None:
                    events.append(SpeakerEvent(i, subject, cue.feminine))
        elif cue.kind == "noun":
            participle = participle_of_noun(view, i, cue)
            if participle is not None:
                # "، مطالبة باعتذار من الحكم": after a comma the word is the participle of state.
                frame, carriers = verb_frame(view, i, participle)
                if frame is not None:
                    consumed.update(carriers)
                    frames.append(frame)
                    continue
            find = possessive_frame if cue.object_suffix else noun_frame
            frame = find(view, i, cue)
            if frame is not None:
                frames.append(frame)
        elif cue.kind == "source":
            frame = source_frame(view, i, frames)
            if frame is not None:
                frames.append(frame)
                consumed.update(_source_verb(frame, i))
    # "دأبت الحكومة على القول إن …": a definite verbal noun reports through the verb governing it.
    frames += governed_noun_frames(view, quoted)
    # '"…".. هكذا بدأ الوزير حديثه'، '"…".. هكذا قال الوزير': the quote before هكذا is the verb's.
    frames += thus_frames(view, quoted)
    # "أصدرت الوزارة بيانا جاء فيه: …": what the text just named holds.
    frames += came_in_it_frames(view, quoted)
    return frames, events


def _drop_untold(view: DocView) -> None:
    """A "told" verb (تناول، ناقش) without the noun of saying or claiming that makes it report
    (lexicon.TOLD_NOUNS, read by :func:`triggers.find_trigger`) is "ate, took, dealt with,
    discussed", no verb of saying: its token stops being a cue, so that it neither ends a content
    it stands in ("فإن اللقاء … ناقش الأوضاع"، "من شدة ما تناوله من دماء") nor carries a subject."""
    for i in view.cue_candidates:
        cue = view.cues[i]
        if cue is None or TOLD not in cue.frames:
            continue
        _, last = view.sentence_range(i)
        trigger = find_trigger(view, i, cue, max(last, i + 1))[0]
        if trigger is None or trigger.kind != "obj":
            # "وإنهما تناولا قضايا التجارة خلال "مناقشة ودية"": marks further on are a phrase's.
            view.cues[i] = None


def _drop_elatives(view: DocView) -> None:
    """A cue that spells an elative before an indefinite noun (frames.elative_reading: "رئيس أبرز
    جمعية") is the elative, no verb: its token stops being a cue, so that it neither reports a
    clause after its noun ("رئيس أبرز حزب معارض إن …" is قال's) nor breaks the speaker phrase of
    the verb before it ("وقال X رئيس أبرز جمعية في البلاد "…""). So is a verbal noun that a bare
    perfect spells in a compound or after an elative (frames.noun_reading: "رد فعل"، "أول رد"), and
    سمّى after no relative (triggers.unrelated_naming: "كتابا سمّاه "…"", a title)."""
    for i in view.cue_candidates:
        cue = view.cues[i]
        if (
            cue is not None
            and cue.kind == "verb"
            and (
                elative_reading(view, i, cue)
                or _governed_elative(view, i, cue)
                or _elative_before_name(view, i, cue)
                or _noun_after_modal(view, i, cue)
                or noun_reading(view, i, cue)
                or unrelated_naming(view, i, cue)
            )
        ):
            view.cues[i] = None


# Words that take a noun and never a perfect verb right after them: prepositions ("من أبرز
# الخبراء" "one of the most prominent experts", "على أبرز منتجيه") and لعلّ ("ولعل أبرز …").
_NOUN_GOVERNORS = frozenset(
    normalize(word) for word in ("من", "في", "على", "عن", "إلى", "مع", "حول", "بين", "لعل")
)


def _governed_elative(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a bare perfect that also spells an elative (أبرز) is the elative because the word
    before it governs a noun: a preposition or لعلّ never takes a perfect verb, so "وقال X، وهو
    من أبرز الخبراء في الملف، إن …" ("one of the most prominent experts"), "ومن أبرز أعمالها …",
    "ولعل أبرز هذه الإنجازات …" hold no verb of saying that could report the clause after them or
    stop the cue before them. A complementizer after it keeps the verb (the relative مَن "who":
    "من أبرز أن …")."""
    if cue.lemma not in ELATIVE_SPELLED or view.bare[i] != lemma_key(cue.lemma):
        return False
    before = i - 1
    if before < 0 or not view.is_word(before):
        return False
    key = view.bare[before]
    if key not in _NOUN_GOVERNORS and not (key[:1] == "و" and key[1:] in _NOUN_GOVERNORS):
        return False
    k = i + 1
    return k < len(view) and view.is_word(k) and not is_complementizer(view, k)


def _elative_before_name(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a bare perfect that also spells an elative (أبرز) heads a construct with a noun
    that carries a possessive pronoun and a name in apposition after it: "من نظيره الإيراني وأبرز
    حلفائه حسن روحاني" ("his most prominent ally, Rouhani"). The verb takes its subject before
    its object; a possessed noun and then a name is the elative, its group and the one picked
    out."""
    if cue.lemma not in ELATIVE_SPELLED or view.bare[i] != lemma_key(cue.lemma):
        return False
    k = i + 1
    if k + 1 >= len(view) or not view.is_word(k) or not view.is_word(k + 1):
        return False
    if possessed_stem(view.bare[k], 3) is None or view.mention_label(k) is not None:
        return False
    label = view.mention_label(k + 1)
    return label is not None and label[1]


def _noun_after_modal(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a bare perfect of saying stands right after a modal verb (يمكن، يجب، ينبغي،
    يتعين، يمكنه): a modal takes أنْ and a verb, or a verbal noun, never a perfect verb. The word
    is the verbal noun it also spells, what can or must be done, not a report: "ما يمكن وصفه
    بالفوضى" ("what can be described as chaos"), "يمكنهم طلب أن توضع …" ("they can ask"). Nobody
    said it; with أنْ ("يمكن أن نقول") the verb after it is left as it is."""
    if cue.kind != "verb" or i < 1 or not view.is_word(i - 1) or view.keys[i] != view.bare[i]:
        return False
    modal = view.bare[i - 1]
    return modal in _IMPERSONAL_MODALS or (modal[:1] in "وف" and modal[1:] in _IMPERSONAL_MODALS)


# The modal verbs a verbal noun of saying follows as their subject (MODAL_VERBS less يستطيع، whose
# own subject is an agent).
_IMPERSONAL_MODALS = frozenset(
    {"يمكن", "يجب", "ينبغي", "يتعين", "يمكنه", "يمكنها", "يمكنهم", "يمكنك", "يمكننا"}
)


def coordinated_quotes(view: DocView, frame: Frame) -> list[Frame]:
    """The quotes that follow a direct frame's quoted content as coordinates ("…" و"…"), each
    with the frame's cue and speaker."""
    if frame.kind != "direct" or frame.in_quote:
        return []
    close = closing_mark(view, frame.content)
    if close is None or not ends_series(view, close):
        return []
    found: list[Frame] = []
    opening = coordinate_after(view, close)
    while opening is not None:
        close = view.open_close.get(opening)
        if close is None:
            break
        start, end = inside(view, opening, close)
        if end <= start:
            break
        found.append(replace(frame, content=(start, end)))
        opening = coordinate_after(view, close)
    return found


def _compound_with_din(view: DocView, i: int) -> bool:
    """A bare word before الدين is the first half of a compound given name (نصر الدين، صلاح
    الدين، عز الدين), never a verb with "religion" as its subject: "رحلت السلطات نصر الدين بن
    ذياب، الذي قالت إنه …"."""
    nxt = i + 1
    return view.is_word(nxt) and view.bare[nxt] == "الدين" and view.keys[i] == view.bare[i]


def _first_person_present(view: DocView, i: int, cue: Cue) -> bool:
    """A verb in the first person singular present (أجزم، أرى، أعتقد): the same word with the
    third person's يـ in place of its أ is a form of the same verb (a perfect plural أبدوا is not
    one). After كان/كنت it tells past speech ("كنت أقول إن …"), which is reported. The plural نـ
    is left alone: it also opens names (نجيب)."""
    key = view.bare[i]
    if cue.kind != "verb" or key[:1] != "ا" or key.endswith("وا") or key.startswith(lemma_key(cue.lemma)):
        return False
    if i > 0 and view.bare[i - 1] in PAST_AUXILIARIES:
        return False
    third = view.lexicon.forms.get("ي" + key[1:])
    return third is not None and third.lemma == cue.lemma


def _noun_after_that(view: DocView, i: int) -> bool:
    """Whether the cue at i stands right after the complementizer إنّ/أنّ of another report (the
    word before that is a verb of saying or its preposition: "قال إن"، "شدد على أن"). إنّ and
    أنّ take a noun, so the word is the verbal noun it also spells, the subject of the reported
    clause ("وقال المتحدث إن رد موسكو سيأتي "في الوقت الملائم""): quote marks past its predicate
    hold words of the outer report, not this word's content."""
    that = i - 1
    if that < 1 or not view.is_word(that) or view.bare[that] not in _BARE_THAT:
        return False
    if view.bare[that - 1] in NOT_COMPLEMENTIZER_AFTER:
        return False
    first = max(view.sentence_range(i)[0], that - MAX_BEFORE_THAT)
    return any(view.is_word(k) and view.cues[k] is not None for k in range(first, that))


_BARE_THAT = frozenset({"ان", "بان"})
MAX_BEFORE_THAT = 6  # tokens between the outer verb of saying and its complementizer


def _noun_reports(view: DocView, i: int, frame: Frame) -> bool:
    """Whether a verbal noun of saying with bi- and its possessor's pronoun stands between verb i
    and the content of its frame ("اختتم الزيارة بإقراره أن …" "concluded the visit with his
    admission that …"): bi- makes it an adverbial of the verb, and the noun reports the clause.
    بقوله is only "saying", like قائلا after a verb, which stays the cue ("واختتم كلمته بقوله: …")."""
    k = i + 1
    while k < len(view.tokens) and view.tokens[k].start < frame.content[0]:
        found = view.cues[k]
        if (
            found is not None
            and found.kind == "noun"
            and found.object_suffix
            and found.lemma != "قول"
            and view.bare[k][:1] == "ب"
        ):
            return True
        k += 1
    return False


_NOT = "عدم"  # "not", the head of a request not to be named (anonymity_request)


def _doubled_after_conjunction(view: DocView, i: int) -> bool:
    """A word written with a shadda on the letter after an initial و/ف (ودّعت، فكّر): the first
    letter of a verb after the conjunction is never doubled, so و/ف is the word's own first
    letter and the rest spells no cue (ودّعت is no و + دعت)."""
    text = view.tokens[i].text
    return len(text) > 2 and text[0] in "وف" and text[2] == SHADDA


def _root_waw(view: DocView, i: int) -> bool:
    """A cue read with the conjunction و on it after a word that takes no conjunction next
    ("كما ورد اسم آخر"، "حسبما ورد في البيان"): the و is the root's, and the word another verb."""
    key = view.keys[i]
    return (
        key[:1] == "و"
        and key != view.bare[i]
        and i > 0
        and view.is_word(i - 1)
        and view.bare[i - 1] in NO_CONJUNCTION_AFTER
    )


def _source_verb(frame: Frame, i: int) -> range:
    """The words of a source phrase before its source ("حسب ما أكده الوزير"): its verb of
    saying is the phrase's, not a second report whose content lies inside the phrase's clause."""
    return range(i + 1, frame.speaker.first) if frame.speaker is not None else range(0)


# أشار "indicated" with evidence as its subject (تشير الأدلة إلى أن، ما يشير إلى): signs or
# figures point to something, but no one is said to say it.
_EVIDENCE_NOUNS = frozenset(
    {"ادله", "دلائل", "قرائن", "شواهد", "مؤشرات", "نتائج", "معطيات", "معلومات", "تقديرات", "ظروف", "توقعات",
     "اعراض", "علامات"}
)  # fmt: skip
_EVIDENCE_QUANTIFIERS = frozenset({"جل", "كل", "معظم", "اغلب", "بعض", "كافه", "جميع"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})


def _points_to_evidence(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a form of أشار means "indicates": its subject, after or before it, is evidence
    (تشير جلّ المؤشرات، إن الأدلة تشير) or a demonstrative (يشير هذا إلى), or it has none after
    ما/مما "which" (ما يشير إلى …)."""
    if cue.lemma != "أشار" or cue.kind != "verb":
        return False
    before = view.keys[i - 1] if i > 0 and view.is_word(i - 1) else ""
    if before.startswith("ال") and before[2:] in _EVIDENCE_NOUNS:
        return True
    if before in _EVIDENCE_NOUNS and view.bare[i][:1] in "يت":
        return True  # "لاحظ عدة أعراض تشير إلى المرض": an indefinite noun's describing clause
    nxt = i + 1
    if nxt < len(view) and view.is_word(nxt) and view.bare[nxt] in _EVIDENCE_QUANTIFIERS:
        nxt += 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    key = view.keys[nxt]
    if key in _DEMONSTRATIVES or (key.startswith("ال") and key[2:] in _EVIDENCE_NOUNS):
        return True
    return i > 0 and view.keys[i - 1] in ("ما", "مما", "بما") and key == "الي"


# "إذا ما كان مفيدا أو لا، قائلا …": لا after أو/أم closes the alternative "or not" and negates
# nothing after it.
_OR = frozenset({"او", "ام"})


def _or_not(view: DocView, k: int) -> bool:
    """Whether لا at ``k`` ends "أو لا"/"أم لا" ("or not"), so the word after it is not negated."""
    return view.bare[k] == "لا" and k > 0 and view.is_word(k - 1) and view.bare[k - 1] in _OR


_DAMMA = "\u064f"


def _first_form_passive(view: DocView, i: int, cue: Cue) -> bool:
    """An imperfect of a first-form verb written with damma on its prefix is passive: the
    active prefix of فعل takes fatha (يَزعم، يَرى، يَقول), so "حيث يُزعم أنه …"، "ويُرى في الشريط …"
    name no one who says or sees. The first form is told by the lexicon's circumstantial
    participle, فاعل with no م (زاعما، قائلا، ناقلا), where the derived forms have مُـ (مؤكدا).
    :func:`grammar.passive_imperfect` reads forms V-X the same way."""
    body = view.tokens[i].text
    if len(body) > 3 and body[0] in "وف" and body[1] != _DAMMA:
        body = body[1:]
    if len(body) > 3 and body[0] == "س" and body[1] != _DAMMA:
        body = body[1:]  # the future سـ
    # Not نـ: "ونُقل عن X" is the perfect passive of a root in ن, a report all the same.
    if len(body) < 3 or body[0] not in "يت" or body[1] != _DAMMA:
        return False
    return cue.lemma in view.lexicon.first_form_lemmas


# Verbs that also mean "confirm, show, justify, explain" of facts (مما يبرر …، ما يفسر …): with an
# event as their subject they report no one.
_FACT_VERBS = frozenset({"أكد", "أشار", "كشف", "برر", "فسر"})


def _event_as_subject(view: DocView, i: int, cue: Cue) -> bool:
    """ "كما أن امتناعه يؤكد وجود شبهات": a verbal noun with its owner's pronoun, or a noun
    that names a state of affairs, right before the verb is its subject; an event confirms or
    shows, it says nothing."""
    if cue.kind != "verb" or cue.lemma not in _FACT_VERBS or cue.object_suffix:
        return False
    before = view.keys[i - 1] if i > 0 and view.is_word(i - 1) else ""
    imperfect = view.bare[i][:1] in "يت"
    if imperfect and before in ("ما", "مما", "بما"):
        return True  # "مما يؤكد صحة الحجج": what the facts before confirm, with no one saying it
    after = view.keys[i + 1] if i + 1 < len(view.tokens) and view.is_word(i + 1) else ""
    if (before.startswith("ال") and before[2:] in _EVIDENCE_SUBJECTS) or (
        (after[2:] if after.startswith("ال") else after) in _EVIDENCE_SUBJECTS
        and not _agent_genitive(view, i + 2)
    ):
        return True  # "وأكدت استطلاعات الرأي …": polls and figures show, they do not speak
    return imperfect and i > 0 and object_noun(view, i - 1)


# أظهر أن "showed that" reports what a study, report or inquiry found ("وأظهرت دراسة حديثة أن …"),
# as وجد أن does; with anything else as its subject (figures, a replay, a team, footage) it is
# the evidence showing, or "displayed", and no one reports: figures do not speak (see
# _EVIDENCE_SUBJECTS), and a team that "showed it can win" says nothing.
_SHOWING = "أظهر"
_STUDY_NOUNS = frozenset(
    normalize(w)
    for w in ("دراسة", "دراسات", "تقرير", "تقارير", "بحث", "بحوث", "أبحاث", "وثيقة", "وثائق", "تحقيق",
              "تحقيقات", "مسح", "محضر", "بيان")
)  # fmt: skip


def _showing_without_study(view: DocView, i: int, cue: Cue) -> bool:
    """أظهر whose subject, right after it or just before it ("غير أن محضر الاجتماع أظهر أن …"),
    is no study, report or inquiry: "وأظهرت البيانات أن …"، "وأظهرت الإعادة التلفزيونية أن …"،
    "وأظهر يوفنتوس أنه …" report no one's words."""
    if cue.lemma != _SHOWING or cue.kind != "verb":
        return False
    return not any(
        0 <= k < len(view) and view.is_word(k) and without_article(view.bare[k]) in _STUDY_NOUNS
        for k in (i + 1, i - 1, i - 2)
    )


# قدر is also the noun "amount, measure": "قدر الإمكان"، "قدر المستطاع" "as far as possible",
# "أكبر قدر ممكن" "the greatest possible amount", "على قدر المسؤولية" "equal to the task". Only
# the verb قدّر "estimated" reports.
_ESTIMATING = "قدر"
_AMOUNT_BEFORE = frozenset(
    normalize(w) for w in ("على", "أكبر", "أقصى", "أقل", "أدنى", "نفس", "بنفس", "بقدر")
)
_AMOUNT_AFTER = frozenset(normalize(w) for w in ("الإمكان", "المستطاع", "ممكن", "الإمكانات", "الإمكانيات"))


def _amount_noun(view: DocView, i: int, cue: Cue) -> bool:
    """The bare form قدر read as the noun "amount" by the word before it (a preposition or an
    elative: على قدر، أكبر قدر) or after it (قدر الإمكان، قدر المستطاع)."""
    if cue.lemma != _ESTIMATING or view.bare[i] != _ESTIMATING:
        return False
    before = view.bare[i - 1] if i > 0 and view.is_word(i - 1) else ""
    after = view.bare[i + 1] if i + 1 < len(view) and view.is_word(i + 1) else ""
    return before in _AMOUNT_BEFORE or after in _AMOUNT_AFTER


# ردّد "repeated, chanted" reports a chant or a saying in quote marks ("وردد المحتجون "الشعب
# يريد …""); a single quoted word after it is a term the subject kept using ("وردد "أكاذيب"").
_REPEATING = "ردد"


def _repeated_term(view: DocView, cue: Cue, frame: Frame) -> bool:
    """A direct quote of ردّد whose content is one word."""
    if cue.lemma != _REPEATING or frame.kind != "direct":
        return False
    start, end = frame.content
    return not any(ch.isspace() for ch in view.doc.text[start:end].strip())


# A bill has no voice of its own: "يقترح المشروع …"، "كما يؤكد مشروع القانون على أن …".
_BILL_WORDS = frozenset({"المشروع"})
_BILL_GENITIVES = frozenset({"القانون", "قانون"})


# A resolution or a bill named right before an imperfect verb of saying: "تبنى المجلس قرارا يدعو
# إلى …"، "مشروع قرار يطالب بـ …".
_RESOLUTION_WORDS = frozenset(normalize(w) for w in ("قرار", "قرارا", "القرار", "مشروعا"))


def _bill_as_subject(view: DocView, i: int, cue: Cue) -> bool:
    """A verb of saying whose subject right after it is a bill (المشروع، مشروع القانون): the
    text proposes or states, no one is said to speak. "مشروع" bare before another name is a
    party or a programme (حركة مشروع تونس) that may well speak. So too an imperfect right after
    a resolution or bill (قرارا يدعو إلى …، مشروع قرار يطالب بـ …): the verb opens a clause that
    describes the text (what it provides), and a text adopted or tabled is an act, not a
    report of what someone said."""
    if cue.kind != "verb" or cue.object_suffix:
        return False
    if (
        i > 0
        and view.is_word(i - 1)
        and view.keys[i - 1] in _RESOLUTION_WORDS
        and view.bare[i][:1] in "يت"
        and view.keys[i] == view.bare[i]
    ):
        return True
    if i + 1 >= len(view.tokens) or not view.is_word(i + 1):
        return False
    key = view.bare[i + 1]
    if key in _BILL_WORDS:
        return True
    return key == "مشروع" and i + 2 < len(view) and view.bare[i + 2] in _BILL_GENITIVES


# Where a clause, and so its subject, begins: the complementizers and particles a subject
# follows ("لكن القيام بذلك يهدد …"، "إن الالتفاف حول … يعبر عن …"، "هناك علامات … تحث على …").
_CLAUSE_OPENERS = frozenset(
    normalize(w)
    for w in (
        "إن",
        "أن",
        "بأن",
        "لأن",
        "فإن",
        "وإن",
        "لكن",
        "ولكن",
        "هناك",
        "وهناك",
        "كما",
        "بل",
        "إذ",
        "حيث",
    )
)
_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين"))
# Things written or shown, which carry a message but do not speak: "منشورات وصور تدعو إلى …"،
# "المنشور الذي أعلن عن …"، "رفعنا دعوى قضائية تطالب بـ …". (A statement or report, بيان،
# تقرير، stands for its issuer and stays a source.)
_TEXT_NOUNS = frozenset(normalize(w) for w in ("منشور", "منشورات", "صور", "صورة", "دعوى", "دعاوى"))
# Verbal nouns that also name an agent: الاحتلال "the occupying power" speaks in the news.
_AGENT_EVENTS = frozenset({"احتلال"})
_MAX_SUBJECT_WORDS = 5


def _thing_as_subject(view: DocView, i: int, cue: Cue) -> bool:
    """A verb of saying whose subject is no one who can speak: an action named by its verbal
    noun ("لكن القيام بذلك يهدد بهدم …"، "إن الالتفاف الواسع حول المقاطعة يعبر عن وعي …"), a sign
    ("هناك علامات في أنحاء المدينة تحث على …") or a thing written or shown ("منشورات وصور تدعو
    إلى …"، "المنشور الذي أعلن عن …"). Such a subject threatens, reflects or urges in the sense of
    "means, carries"; no source is said to speak. Read for an imperfect with no conjunction (a
    clause whose subject comes first) or a verb after a relative pronoun."""
    if cue.kind != "verb" or cue.object_suffix or i == 0:
        return False
    if view.bare[i - 1] in _RELATIVES:
        # "الصور التي يقول عنها الشاعر": a preposition with the relative's pronoun right after the
        # verb makes the thing its object, and the subject follows.
        nxt = view.bare[i + 1] if i + 1 < len(view) and view.is_word(i + 1) else ""
        resumptive = nxt in _RESUMPTIVES
        return not resumptive and i > 1 and view.is_word(i - 2) and _voiceless(view, i - 2, text_only=True)
    if view.keys[i] != view.bare[i] or not _imperfect(view.bare[i], cue, "يت"):
        return False
    for k in (i - 1, i - 2):  # an indefinite text noun and its adjective: "دعوى قضائية تطالب"
        if k >= 0 and view.is_word(k) and _voiceless(view, k, text_only=True):
            return True
    for k in range(i - 1, max(-1, i - 2 - _MAX_SUBJECT_WORDS), -1):
        if not view.is_word(k) or view.bare[k] in _CLAUSE_OPENERS:
            return k + 1 < i and _voiceless(view, k + 1, text_only=False)
    return False


def _voiceless(view: DocView, k: int, text_only: bool) -> bool:
    """Whether word k is a subject that cannot speak: a thing written or shown (with بـ or
    the article read past), and unless ``text_only``, a sign or a verbal noun of an action."""
    key = view.bare[k]
    body = (
        key[2:]
        if has_article(view, k)
        else key[1:]
        if key.startswith("ب") and key[1:] in _TEXT_NOUNS
        else key
    )
    if body in _TEXT_NOUNS:
        return True
    if text_only or view.mention_label(k) is not None:
        return False
    if body in _EVIDENCE_NOUNS:
        return True
    if body in _AGENT_EVENTS or view.words.is_a("institution", body):
        return False
    if not has_article(view, k) and not _construct_head(view, k):
        return False
    # افتعال، انفعال (الالتفاف، الانسحاب)، استفعال (الاستمرار) and a few of the first form (القيام).
    # Not إفعال, which a broken plural أفعال spells too (الأطراف، الأقمار), nor تفعيل/تفعّل, which
    # bodies that speak take (التنظيم، التيار، التجمع).
    if body in _ACTION_NOUNS:
        return True
    return body[-2:-1] == "ا" and (
        (len(body) == 6 and body[:1] == "ا") or (len(body) == 7 and body.startswith("است"))
    )


# A change in an amount (زيادة عدد الهجمات، تراجع الأسعار) shows or means; it says nothing.
_ACTION_NOUNS = frozenset(
    normalize(w) for w in ("قيام", "زيادة", "تزايد", "تراجع", "تصاعد", "تنامي", "نمو", "تدهور")
)


def _construct_head(view: DocView, k: int) -> bool:
    """Word k heads a construct (إضافة) with a definite noun after it, so it is definite without
    the article: "ارتفاع المعاملات"، "زيادة عدد الهجمات" (عدد itself heads الهجمات)."""
    m = k + 1
    while m < len(view.tokens) and view.is_word(m) and not has_article(view, m) and m - k <= 2:
        m += 1  # "زيادة عدد الهجمات": a quantity noun between the head and its definite genitive
    return m < len(view) and m - k <= 2 and view.is_word(m) and has_article(view, m)


# A preposition that carries the relative's pronoun (عنها، عليه، إليها، فيه، له، به).
_RESUMPTIVES = frozenset(
    normalize(p + s) for p in ("عن", "علي", "إلي", "في", "ل", "ب") for s in ("ه", "ها", "هم", "هما", "هن")
)


# Words that take an indefinite noun as their genitive or counted noun (كل طالب، لكل طالب، ألف
# طالب، عشرات الآلاف): a word right after them is that noun, never a verb.
_COUNTING_WORDS = frozenset(
    normalize(w)
    for w in (
        "كل",
        "لكل",
        "بكل",
        "وكل",
        "أي",
        "لأي",
        "بأي",
        "مليون",
        "ملايين",
        "مليار",
        "ألف",
        "آلاف",
        "مئات",
        "عشرات",
        "بضع",
        "بضعة",
    )
)


# لفت نظر/انتباه "to catch (someone's) eye": نظر، انتباه and أنظار, bare or with the article.
_ATTENTION_NOUNS = frozenset(normalize(w) for w in ("نظر", "انتباه", "أنظار", "النظر", "الانتباه", "الأنظار"))
_ILA = normalize("إلى")
_THAT_WORDS = frozenset(normalize(w) for w in ("أن", "أنه", "أنها"))  # what إلى may take: a that-clause


def _attention_idiom(view: DocView, i: int, cue: Cue) -> bool:
    """لفت + نظر/انتباه is "to catch the eye" ("ما لفت نظري هو …"، "تلفت الانتباه إليها") or
    the noun of a reprimand ("وجّهت الهيئة لفت نظر لكل من …"): no report, unless the eye is
    drawn to a that-clause ("ولفت انتباه الحكومة إلى أن …", "he pointed out to … that")."""
    if cue.lemma != "لفت" or i + 1 >= len(view) or not view.is_word(i + 1):
        return False
    key = view.bare[i + 1]
    owned = any(key.startswith(noun) and len(key) - len(noun) <= 2 for noun in _ATTENTION_NOUNS)
    if key not in _ATTENTION_NOUNS and not (owned and not key.startswith("ال")):
        return False  # bare, with the article, or with an owner's pronoun (نظري، انتباههم)
    for k in range(i + 2, min(i + 8, len(view) - 1)):
        if not view.is_word(k):
            return True
        if view.bare[k] == _ILA and view.bare[k + 1] in _THAT_WORDS:
            return False
    return True


def _event_genitive(view: DocView, i: int) -> bool:
    """A verbal noun right after the word, which a preposition governs, is its genitive ("إلى
    طلب استبعاد اللاعب"، "بعد إعلان انسحاب"): the word is the noun in construct, not the verb
    its letters spell, so a complementizer further on is not its content."""
    return i + 1 < len(view) and view.is_word(i + 1) and event_noun(view, i + 1)


def _counted_noun(view: DocView, i: int, cue: Cue) -> bool:
    """A verb of saying spelled like a noun (طالب "demanded" / "student") right after a
    quantifier or a number noun ("على 22 مليون طالب بمختلف المراحل"، "لكل طالب من دون
    درجات"): كل، أي and the number nouns take a noun as their genitive, never a verb, so the
    word is the noun counted. With a conjunction (وطالب) the word opens a clause and stays a verb."""
    if cue.kind != "verb" or i == 0 or not view.is_word(i - 1):
        return False
    first = view.keys[i][:1]
    conjunction = first in "وف" and not lemma_key(cue.lemma).startswith(first)
    return view.bare[i - 1] in _COUNTING_WORDS and not conjunction


def _agent_genitive(view: DocView, k: int) -> bool:
    """Whether word k, the genitive of an evidence noun, names a body or a person whose figures
    they are ("تقديرات صندوق النقد الدولي"): then the body is the source."""
    if k >= len(view) or not view.is_word(k):
        return False
    key = view.bare[k]
    body = key[2:] if key.startswith("ال") else key
    words = view.words
    return (
        view.mention_label(k) is not None
        or view.title_state(key) is not None
        or any(words.is_a(c, body) or words.is_a(c, key) for c in ("institution", "media", "anonymous"))
    )


_EVIDENCE_SUBJECTS = frozenset(
    normalize(word) for word in ("أدلة", "مؤشرات", "معطيات", "تقديرات", "نتائج", "استطلاعات", "أرقام")
)


def _asked(view: DocView, i: int) -> bool:
    """ "هل ترين أن …": a verb of saying or thinking after هل is asked about, not reported."""
    return i > 0 and view.keys[i - 1] in ("هل", "وهل", "فهل")


def _subjunctive(view: DocView, i: int, cue: Cue) -> bool:
    """An imperfect after أن/كي ("يريدون أن يقولوا"، "يجب أن يعلن"): wanted or due speech,
    not reported speech."""
    if cue.kind != "verb" or i == 0 or view.bare[i - 1] not in SUBJUNCTIVE_PARTICLES:
        return False
    if i > 1 and view.bare[i - 2] in _UNDONE:
        return True  # "دون أن يطالب بـ…"، "لا بد أن يعلن": speech not made, or due
    if i > 1 and view.bare[i - 2] in NOT_COMPLEMENTIZER_AFTER:
        return False  # "قبل أن يشدد على أن …": a time clause, the report is real
    if i > 1 and view.bare[i - 2] in MODAL_VERBS:
        return True  # "لا يمكن أن تحدث": after a modal the verb is an imperfect, whatever it spells
    return _imperfect(view.bare[i], cue, "يتن")


_UNDONE = frozenset({"دون", "بدون", "بد"})


def _imperfect(key: str, cue: Cue, prefixes: str) -> bool:
    """Whether a verb form reads as an imperfect with one of ``prefixes`` (not a perfect that
    begins with the same letter, as تحدث or أعلن do)."""
    return key[:1] in prefixes and not key.startswith(lemma_key(cue.lemma))


# إنْ "if" shares its spelling with the complementizers إنّ/أنّ once normalised.
_IN = "ان"


def _owner_then_that(view: DocView, i: int) -> bool:
    """A verbal noun with its owner, then its أنّ ("في رأي الحكومة بأن …"): the owner's view,
    which reports as the verb it spells does."""
    owner, that = i + 1, i + 2
    return (
        view.is_word(owner)
        and has_article(view, owner)
        and that < len(view)
        and view.keys[that] in COMPLEMENTIZERS
    )


def _quoted_report(view: DocView, i: int, cue: Cue | None) -> Frame | None:
    """The frame of a verb of saying inside quoted speech, when it reports speech of its own:
    not the speech act the speaker is performing as they speak (a first-person present: أقول،
    نؤكد — unless after كنا/كنت, "عندما كنا نقول إن …"), not a hypothesis (إذا قالت …), not
    negated or passive."""
    if cue is None or cue.kind not in ("verb", "participle") or _subjunctive(view, i, cue):
        return None
    if (
        is_passive(view.tokens[i].text)
        or (cue.kind == "verb" and passive_imperfect(view.tokens[i].text, cue.lemma))
        or (cue.kind == "participle" and participle_as_adjective(view, i, cue))
        or _attention_idiom(view, i, cue)
    ):
        return None
    before = [view.bare[k] for k in range(max(0, i - 2), i) if view.is_word(k)]
    if set(before) & (NEGATIONS | (HYPOTHETICALS - {_IN})):
        return None
    if before and before[-1] == _IN:
        # "إن قالت الحكومة …": إنْ "if" stands right before its verb; with a subject between
        # ("وأن الحكومات تعترف بأنها …") it is أنّ "that", and the verb reports.
        return None
    if before and before[-1] in PRONOUN_SUBJECTS:
        return None  # "فهو يرى أنه …": the quoting speaker's own view, not a report
    if (
        _points_to_evidence(view, i, cue)
        or _event_as_subject(view, i, cue)
        or _thing_as_subject(view, i, cue)
    ):
        return None  # "… حي السنابل؛ ما يشير إلى أنهم …": what indicates, in quotes or out, says nothing
    if between_after_noun(view, i, cue) or _counted_noun(view, i, cue) or via_inside_clause(view, i, cue):
        return None  # "أسلاك حدودية بين غزة وإسرائيل": a preposition or noun in quotes as out of them
    if (
        cue.kind == "verb"
        and "dobj" not in cue.frames
        and noun_after_preposition(view, i)
        and not _owner_then_that(view, i)
    ):
        return None  # "من دون ختم جوازات سفرهم": after a preposition, the verbal noun it spells
    frame, _ = verb_frame(view, i, cue)
    if frame is None:
        return None
    # The report ends where the quoted speech that holds it closes: "إن غوتيريس "يدعو إلى …"
    # ويحض …" — what follows the mark is the outer speaker's own words again.
    close = _enclosing_close(view, i)
    if close is not None and frame.content[0] < view.tokens[close].start < frame.content[1]:
        frame.content = trim(view, frame.content[0], view.tokens[close].start)
        start, end = frame.content
        if frame.kind == "mixed" and not any(ch in QUOTE_CHARS for ch in view.doc.text[start:end]):
            frame.kind = "indirect"  # the mark that made it mixed closes the outer quote
    if frame.kind == "nominal" and not _quotes_own_words(view, i, frame):
        return None
    # أقول، نؤكد، "أعلن اليوم أن": a first-person present is the speech act being performed
    # (أعلن may also be the perfect: then only without a subject of its own).
    key = view.bare[i]
    first_person = cue.kind == "verb" and (
        _imperfect(key, cue, "ان")
        or (key[:1] in "ان" and frame.speaker is None and not _suffixed_perfect(key, cue))
    )
    if first_person and not (before and before[-1] in PAST_AUXILIARIES):
        return None
    content_token = next((k for k in range(i, len(view)) if view.tokens[k].end > frame.content[0]), i)
    if content_token - i > NEAR_MIDDLE + 1:
        return None  # speech without a complementizer of its own near it
    return frame


def _suffixed_perfect(key: str, cue: Cue) -> bool:
    """A perfect with a person ending after its stem ("اتفقنا"، "أبلغتهم"): speech already
    made, which the quoting speaker reports ("قال: اتفقنا على أن …"), never the speech act
    performed as they speak. The bare form (أعلن) may be an imperfect "I announce"."""
    stem = lemma_key(cue.lemma)
    return key != stem and key.startswith(stem)


def _quotes_words(view: DocView, frame: Frame) -> bool:
    """Whether a content span holds quotation marks or is closed by one (a nominal quote
    nests only then)."""
    start, end = frame.content
    return any(ch in QUOTE_CHARS for ch in view.doc.text[max(0, start - 1) : end + 1])


def _enclosing(view: DocView, i: int) -> tuple[int, int] | None:
    """The opening and closing marks of the innermost closed quotation that holds token i."""
    best: tuple[int, int] | None = None
    for open_token, close_token in view.open_close.items():
        inside = close_token is not None and open_token < i < close_token
        if inside and (best is None or open_token > best[0]):
            best = (open_token, close_token)
    return best


def _enclosing_close(view: DocView, i: int) -> int | None:
    """The closing mark of the innermost closed quotation that holds token i."""
    best = _enclosing(view, i)
    return best[1] if best else None


MAX_FRAGMENT_SUBJECT = 4  # words of the report's own subject between the opening mark and its cue


def _quotes_own_words(view: DocView, i: int, frame: Frame) -> bool:
    """Whether a nominal report inside quoted speech quotes words of its own: marks inside its
    content, or the quotation that holds it opening at its clause, right before its cue or its
    short subject, as a fragment the outer speaker quotes ("إن غوتيريس "يدعو إلى إجراء تحقيق""،
    "أن "مجلس الأمن يدعو إلى …""). A quotation opened further back, or before a comma, is the
    outer speaker's own speech, whose closing mark ends the report only because the speech ends
    there ("على الجانب الإسرائيلي، تحدثت تقارير عن إصابة جندي""، "ولم أسمع أحدا يتحدث عن
    مشاكل""): a topic the speaker mentions, in no marks of its own."""
    start, end = frame.content
    if any(ch in QUOTE_CHARS for ch in view.doc.text[start:end]):
        return True
    marks = _enclosing(view, i)
    if marks is None:
        return _quotes_words(view, frame)
    between = range(marks[0] + 1, i)
    if len(between) > MAX_FRAGMENT_SUBJECT or not all(view.is_word(k) for k in between):
        return False
    return _quotes_words(view, frame)


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


def without_overlaps(frames: list[Frame], view: DocView | None = None) -> list[Frame]:
    """Keep one frame per stretch of content: surer frames first, then earlier cues; then the
    reports nested in a kept quote's content (their cue inside it), cut to its end."""
    hosts = _Hosts(view, frames) if view is not None else None
    inner = [f for f in frames if f.in_quote or (hosts is not None and hosts.inside_another(f))]
    outer = [f for f in frames if not any(f is g for g in inner)]
    kept = _disjoint(outer)
    if view is None:
        return kept
    nested: list[Frame] = []
    for frame in sorted(inner, key=lambda f: (-f.confidence, f.cue)):
        if not frame.verbal or (frame.kind == "nominal" and not _quotes_words(view, frame)):
            continue
        cue_at = view.tokens[frame.cue].start
        host = next((h for h in kept if h.content[0] <= cue_at < h.content[1]), None)
        if host is None:
            continue
        start, end = frame.content[0], min(frame.content[1], host.content[1])
        if start < host.content[0] or end <= start:
            continue
        if _own_stance(view, frame, host):
            continue
        if any(n.content[0] < end and start < n.content[1] for n in nested):
            continue
        frame.content = (start, end)
        frame.nested = True
        frame.host = host.cue
        nested.append(frame)
    return sorted(kept + nested, key=lambda f: f.content[0])


# إنه، أنها، بأنهم …: a complementizer carrying the pronoun of its clause's subject.
_PRONOUN_COMPLEMENTIZERS = COMPLEMENTIZERS - {"ان", "بان"}


def _own_stance(view: DocView, frame: Frame, host: Frame) -> bool:
    """ "وقال الوزير إنه يأمل أن …"، "قالت إنها تعتقد أن …": a present verb of saying or thinking
    right after the reported clause's complementizer and its pronoun (the verb's subject, so any
    noun after it is no speaker) tells what the speaker holds as they speak, which the host quote
    already reports: no quote of its own (as "فهو يرى أنه …" in quoted speech). Past speech
    stays one ("قال إنه أبلغهم بأن …")."""
    if host.kind not in ("indirect", "mixed"):
        return False
    i = frame.cue
    cue = view.cues[i]
    if cue is None or cue.kind != "verb":
        return False
    before = i - 1
    while before >= 0 and view.is_mark(before):
        before -= 1  # "قال إنه "يأمل …": the speaker's words may open with the verb
    if before < 0 or not view.is_word(before):
        return False
    return view.bare[before] in _PRONOUN_COMPLEMENTIZERS and _imperfect(view.bare[i], cue, "يتن")


class _Hosts:
    """The frames whose content may hold another frame's cue, sorted by where their content
    starts, with the furthest end reached so far: a frame looks back only as far as some
    content still reaches its cue, so a long article costs no pass over all its frames each."""

    def __init__(self, view: DocView, frames: list[Frame]) -> None:
        self.view = view
        self.frames = sorted((f for f in frames if not f.in_quote), key=lambda f: f.content[0])
        self.starts = [f.content[0] for f in self.frames]
        self.reach: list[int] = []
        for f in self.frames:
            self.reach.append(max(self.reach[-1], f.content[1]) if self.reach else f.content[1])

    def inside_another(self, frame: Frame) -> bool:
        """Whether the cue and content of ``frame`` lie inside another frame's content, whose
        own cue stays outside ``frame``'s content (that frame reports it)."""
        tokens = self.view.tokens
        cue_at = tokens[frame.cue].start
        last = bisect.bisect_right(self.starts, min(cue_at, frame.content[0])) - 1
        for k in range(last, -1, -1):
            if self.reach[k] <= cue_at:
                return False  # no content starting here or before reaches the cue
            other = self.frames[k]
            if other is frame or other.content[1] <= cue_at:
                continue
            if not (frame.content[0] <= tokens[other.cue].start < frame.content[1]):
                return True
        return False


def _disjoint(frames: list[Frame]) -> list[Frame]:
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
