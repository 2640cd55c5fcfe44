"""Quotes without a finite verb: headline colons, verbal nouns and source phrases.

- Headline colon quotes: a line without final punctuation whose first words name a source and
  end in a colon ("رئيس الوزراء الأرمني: إقليم آرتساخ يواجه …"). The colon is the cue.
- Verbal nouns need their source right after them (حديث الرئاسة الفرنسية عن …); an adjective
  alone is not a source ("توقعات فرنسية").
- Source phrases (بحسب، حسب، وفقاً لـ، وفق، نقلاً عن، على حد تعبيره) attribute the clause before
  them, or the one after them when they are fronted and followed by a comma. Relay phrases
  ("وفقاً لما نقلته وكالة …") only say where a quote was published and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from qawl.arabic import normalize, strip_diacritics
from qawl.extractors.quotes.clauses import Trigger, bi_complement, is_complementizer
from qawl.extractors.quotes.content import clause_end, content_from, trim
from qawl.extractors.quotes.frames import LIGHT_VERBS, MAX_LIGHT_SUBJECT, Frame
from qawl.extractors.quotes.issuers import ISSUED_BY, MAKING_VERBS, UTTERANCE_NOUNS, WRITTEN_SOURCES
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.noun_patterns import event_noun, verbal_noun
from qawl.extractors.quotes.objects import opens_speech_occasion, strong_object, time_phrase_words
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.quoted_terms import has_quoted_speech
from qawl.extractors.quotes.readings import considered_predicate_word
from qawl.extractors.quotes.segments import parse_segment
from qawl.extractors.quotes.speakers import parse_speaker, whole_subject
from qawl.extractors.quotes.stops import has_article, has_li_proclitic
from qawl.extractors.quotes.subjects import compound_given_name_ends
from qawl.extractors.quotes.titles import split_title
from qawl.extractors.quotes.triggers import find_trigger
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    FA_ANSWERS,
    MODAL_VERBS,
    ON,
    OPENING_CAME_VERBS,
    POINTING_BACK_WHAT,
    POSSESSIVE_ENDINGS,
    PREPOSITION_PRONOUNS,
    RELATIVE_SOURCE_WORDS,
    RELATIVES,
    RELAY_LEMMAS,
    SOURCE_CARRIERS,
    SOURCE_WORDS,
    SPEECH_NOUNS,
    STATEMENT_NOUNS,
    SUBORDINATOR_HEADS,
)

MAX_HEADLINE_SPEAKER = 7
MAX_NOUN_MIDDLE = 8


def headline_frames(view: DocView) -> Iterator[Frame]:
    """Colon quotes on a headline line, the words before the colon their source: "رئيس الوزراء
    الأرمني: إقليم آرتساخ يواجه …"."""
    for first, last in view.sentence_bounds:
        if last - first < 3 or view.is_sentence_mark(last - 1):
            continue
        if view.line_start(first) != first or view.line_end(first) != last:
            continue
        source = _headline_source(view, first, last)
        if source is None:
            continue
        colon, speaker = source
        found = content_from(view, Trigger("colon", colon + 1))
        if found is None:
            continue
        span, _ = found
        if _names_no_words(view, span):
            continue
        yield Frame(colon, colon + 1, span, "direct", speaker, None, 0.75, colon_cue=True)
    yield from _linked_headline_frames(view)


def _headline_source(view: DocView, head: int, last: int) -> tuple[int, SpeakerPhrase] | None:
    """The colon of a headline that runs from ``head`` to ``last`` and the source named before
    it, or None where the words before the colon are no source: a cue's own subject ("وقال X:
    …"), a number, a field label or a topic heading."""
    colon = next(
        (k for k in range(head, min(last, head + MAX_HEADLINE_SPEAKER + 2)) if view.tokens[k].text == ":"),
        None,
    )
    if colon is None or colon == head:
        return None
    before = [k for k in range(head, colon) if view.is_word(k)]
    if not before or len(before) > MAX_HEADLINE_SPEAKER:
        return None
    if any(view.cues[k] is not None for k in before):
        return None  # "وقال X: …" is the verb's quote
    if any(view.keys[k][:1].isdigit() for k in before):
        return None
    if _field_label(view, before) or _topic_heading(view, before):
        return None
    speaker = parse_speaker(view, head, colon)
    return None if speaker is None else (colon, speaker)


def _names_no_words(view: DocView, span: tuple[int, int]) -> bool:
    """Whether a headline's colon content (character span) is an age, a list value or a caption:
    what the name before the colon is, not words it said."""
    return _age_label(view, span) or _list_value(view, span) or _caption(view, span)


# The page's label before a link to a related story at a line's start: "قد يهمك| …"، "قد يهمك
# أيضا: …"، "قد يهمك.. …" ("you may be interested in"). What follows is that story's headline.
_RELATED_LABEL = ("قد", "يهمك")
_ALSO_WORDS = frozenset({"ايضا", "أيضا"})


def _after_related_label(view: DocView, first: int, last: int) -> int | None:
    """The first word of the headline after a related-story label opening the line at
    ``first`` ("قد يهمك| مسؤول سعودي لـCNN: …"), or None when the line opens otherwise."""
    if tuple(view.bare[first : first + 2]) != _RELATED_LABEL:
        return None
    k = first + 2
    if k < last and view.is_word(k) and view.bare[k] in _ALSO_WORDS:
        k += 1
    if k >= last or view.is_word(k):
        return None  # "قد يهمك الأمر": the verb's own object, no label set off by a mark
    while k < last and not view.is_word(k):
        k += 1
    return k if k < last else None


def _linked_headline_frames(view: DocView) -> Iterator[Frame]:
    """Colon quotes in the headline of a related story that the page links to inside the article
    ("قد يهمك| مسؤول سعودي لـCNN: المملكة لم تتورط … .. ومتعاطفون مع عائلته"): the headline is
    read as a headline line of its own, from its first word to the line's end; a ".." inside
    it joins its two halves, as in any headline."""
    for first, _ in view.sentence_bounds:
        if view.line_start(first) != first:
            continue
        last = view.line_end(first)
        head = _after_related_label(view, first, last)
        if head is None:
            continue
        source = _headline_source(view, head, last)
        if source is None:
            continue
        colon, speaker = source
        if colon + 1 >= last:
            continue
        span = trim(view, view.tokens[colon].end, view.tokens[last - 1].end)
        if span[1] <= span[0] or _names_no_words(view, span):
            continue
        yield Frame(colon, colon + 1, span, "direct", speaker, None, 0.75, colon_cue=True)


# "one of": a headline content that opens with it tells what the name before the colon is.
_ONE_OF = frozenset({"احد", "احدي"})
_FROM, _TO = "من", frozenset({"الي", "والي"})
MAX_RANGE_END = 3  # words of each end of a "from … to …" heading


def _caption(view: DocView, span: tuple[int, int]) -> bool:
    """Whether a headline's colon content (character span) says what the name before the colon
    is or spans, not words that name said, for a section heading or a caption: a single word (a
    field's value: "المدينة: لندن"), a description opening with "one of" ("رائف بدوي: أحد
    أوجه الأزمة بين كندا والسعودية"), or a range "from … to …" with no clause of its own ("الناتو:
    من "النفوذ السوفيتي" الى "التوسع الروسي""). Words said have a predicate: a bare noun phrase
    of what the subject is, or where it went, is the page's own title; each end of the range is
    a short noun phrase (three words at most), or the words go on with a clause of their own."""
    words = [normalize(w.strip('"«»“”')) for w in view.doc.text[span[0] : span[1]].split()]
    words = [w for w in words if w]
    if len(words) == 1:
        return True
    if words[0] in _ONE_OF:
        return True
    if words[0] != _FROM or any(w in COMPLEMENTIZERS for w in words):
        return False
    to = next((k for k in range(2, len(words)) if words[k] in _TO), None)
    # Each end a short noun phrase: "من الرياض إلى طهران رسالتنا واحدة" goes on with a clause.
    return to is not None and to <= MAX_RANGE_END + 1 and len(words) - to - 1 <= MAX_RANGE_END


def _topic_heading(view: DocView, before: list[int]) -> bool:
    """Whether the words before a line's colon head a section with the event it is about, not a
    source: a verbal noun opens them ("الاتفاق النووي مع إيران: خيارات ترامب الأربعة"، "تمكين
    الرقابة على التنفيذ: …"). An event is what is said about, it says nothing; a body whose name
    has that pattern (الاتحاد، التحالف) is listed as one and read as the source. So does a noun
    of a situation or an affair ("أزمة الخليج: محطات رئيسية"، "ملف الهجرة: …"): it is what the
    section is about, and no one who speaks."""
    if view.bare[before[0]] in _SITUATION_NOUNS or view.bare[before[0]][2:] in _SITUATION_NOUNS:
        return True
    return event_noun(view, before[0]) and not _afaal_plural(view, before[0])


# Nouns of a situation or an affair that head a section title (أزمة الخليج، قضية خاشقجي، ملف الهجرة),
# and of a disaster, an event that says nothing ("زلزال إندونيسيا: ارتفاع حصيلة القتلى …").
_SITUATION_NOUNS = frozenset(
    {"ازمه", "قضيه", "ملف", "حرب", "معركه", "صراع", "نزاع", "كارثه", "فضيحه"}
    | {"زلزال", "فيضان", "فيضانات", "اعصار", "عاصفه", "حريق", "حرائق", "انفجار", "تسونامي"}
)


# Nouns of a length of years: "ثائر الحربي: 39 عاما" in a list of people gives each one's age.
_YEAR_NOUNS = frozenset({"عاما", "عام", "سنه", "سنوات", "سنين", "عامين", "سنتين"})


def _age_label(view: DocView, span: tuple[int, int]) -> bool:
    """Whether a line's colon content (character span) is only a number of years ("ماهر عبد
    العزيز: 47 عاما"): the age a list gives next to a name, a field of a profile, no words said."""
    words = view.doc.text[span[0] : span[1]].split()
    return (
        1 <= len(words) <= 2
        and words[0][:1].isdigit()
        and (len(words) == 1 or normalize(words[1]) in _YEAR_NOUNS)
    )


# A result or a pairing in a fixture list: "2 - 1"، "31-28".
_SCORE = re.compile(r"\d\s*[-–]\s*\d")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
MAX_ROLE_WORDS = 2


def _list_value(view: DocView, span: tuple[int, int]) -> bool:
    """Whether a line's colon content (character span) is the value of a field in a list, not
    words said: it has no Arabic word (a telephone number, an address, a link: "الهاتف: +216
    …"); it is a number with its unit ("مدارج شرقية: 15 دينار"، "ملعب قابس: 1500 متفرج");
    the line holds a second colon, so it pairs labels with values ("التاريخ : 26 فيفري 2017
    الساعة : …"); it holds a score ("المجموعة الأولى : أ - ب 2 - 1"); or it is a role with no
    predicate, a bare title in the accusative of an appointment list ("كمال ميلاد : مديرا
    عاما") or a bare title with at most one qualifier ("نبيل الكوكي : مدير فني")."""
    text = view.doc.text[span[0] : span[1]]
    words = text.split()
    if not words:
        return False
    if not _ARABIC_LETTER.search(text):
        return True
    if len(words) <= MAX_ROLE_WORDS and words[0][:1].isdigit():
        return True
    if _SCORE.search(text) or _labels_value(text):
        return True
    first = normalize(words[0])
    if first.endswith("ا") and view.title_state(first[:-1]) == "indefinite":
        return True  # "مديرا عاما للطيران المدني": named to the post, an appointment
    return (
        len(words) <= MAX_ROLE_WORDS
        and view.title_state(first) == "indefinite"
        and (len(words) == 1 or not normalize(words[1]).startswith("ال"))
    )


def _labels_value(text: str) -> bool:
    """Whether a colon content holds the next "label : value" pair of its line: a second colon
    after a short value or one with a number ("حمادي قلالي : 99814849"، "التاريخ : 26 فيفري").
    A long run of words before it is a headline's words said, with the next headline of a
    list of links run on after it ("الجنين كان على قيد الحياة … : وزيرة …")."""
    head, colon, _ = text.partition(":")
    if not colon:
        return False
    words = head.split()
    return len(words) <= MAX_HEADLINE_SPEAKER or any(w[:1].isdigit() for w in words)


# Credit and heading words of lists and columns: "تأليف: …"، "الناشر: …"، "كلمة أخيرة: …". They
# name a field of the page or the writer's own closing words, never who speaks.
_CREDIT_LABELS = frozenset(
    {"تاليف", "اخراج", "ترجمه", "اعداد", "تلحين", "تصوير", "سيناريو", "انتاج", "بطوله", "الناشر"}
)  # fmt: skip
_SOURCE_CREDIT = "المصدر"
_HEADING_NOUNS = frozenset({"كلمه", "ملاحظه", "تنويه", "تنبيه", "خلاصه", "ملخص", "خاتمه"})
# The page's own imperatives to its reader before a link to another article ("اقرأ أيضاً: …"،
# "طالع أيضا: …"، "انظر: …"): they speak to the reader and report no one. (شاهد is also
# "witness", a source: "شاهد عيان: …".)
_READER_IMPERATIVES = frozenset({"اقرا", "طالع", "انظر", "راجع"})
# The page's labels of its own media and layout before a caption or a list: "بالصور: …"،
# "فيديو: …"، "أدناه بعض التفاصيل: …" ("below"). They point at the page, not at a source.
_PAGE_LABELS = frozenset({"بالصور", "بالفيديو", "صور", "فيديو", "ادناه"})
# Words that end a lead-in to a list ("وتتمثل هذه المجالات في:"، "أما المطالب فهي:"،
# "كالتالي:"): what follows is the list announced, not words said. A bare preposition ends a
# label whose object is the value after the colon ("يحمي من: …"، "يساعد على: …"، "بالتعاون
# مع: …"): a speaker's name or title never ends in a preposition without its object.
_LEAD_IN_ENDS = frozenset(
    {"في", "هي", "هو", "هم", "كالتالي", "التالي", "كالاتي", "الاتي", "يلي",
     "من", "عن", "علي", "الي", "ضد", "مع", "حول", "نحو"}
)  # fmt: skip


def _field_label(view: DocView, before: list[int]) -> bool:
    """Whether the words before a line's colon label a field of a list and name no source: a
    superlative with an indefinite noun (a prize category, "أفضل فيلم: …"), a credit word
    ("تأليف: …"), a heading noun without a possessor ("كلمة أخيرة: …"), an imperative to the
    reader before a link ("اقرأ أيضاً: …"), a label of the page's own media ("بالصور: …"), or a lead-in that
    announces a list ("وتتمثل هذه المجالات في: …")."""
    first = view.bare[before[0]]
    if view.bare[before[-1]] in _LEAD_IN_ENDS:
        return True
    if first in _CREDIT_LABELS and len(before) <= 2:
        return True
    if first in _READER_IMPERATIVES and len(before) <= 2:
        return True
    if first in _PAGE_LABELS:
        return True
    if first == _SOURCE_CREDIT and len(before) == 1:
        return True  # "المصدر: وات": the outlet the page credits, not one who speaks
    if first in _HEADING_NOUNS and (
        len(before) == 1 or (len(before) == 2 and not has_article(view, before[1]))
    ):
        return True
    return (
        len(before) >= 2
        and considered_predicate_word(first)
        and not has_article(view, before[1])
        and not view.words.is_a("stop", view.bare[before[1]])
    )


def _is_nisba_adjective(view: DocView, i: int) -> bool:
    key = view.bare[i]
    return (
        not key.startswith("ال")
        and (key.endswith("يه") or key.endswith("ي"))
        and not view.words.is_a("anonymous", key)
        and not view.words.is_a("title", key)
    )


def noun_frame(view: DocView, i: int, cue: Cue) -> Frame | None:
    """A verbal noun followed by its explicit source and its content."""
    nxt = _source_after_min(view, i, cue)
    if nxt >= len(view) or not view.is_word(nxt):
        return None
    if (
        view.words.is_a("stop", view.bare[nxt])
        or view.words.is_a("time", view.bare[nxt])
        or _is_nisba_adjective(view, nxt)
    ):
        return None
    _, last = view.sentence_range(i)
    trigger, _ = find_trigger(view, i, cue, min(last, i + MAX_NOUN_MIDDLE + 1))
    # A source after من, or a subject with an object after it in an adverbial, is no topic
    # that a later verb without a subject continues.
    governed = nxt > i + 1
    if trigger is None and "obj" in cue.frames and nxt == i + 1 and _governed_noun(view, i):
        trigger = _object_after_genitive(view, nxt, last)
        governed = trigger is not None
    if trigger is None or trigger.index - i < 2:
        return None
    found = content_from(view, trigger, _fronted_noun(view, i))
    if found is None:
        return None
    middle_end = trigger.index - 1 if trigger.kind not in ("quote", "obj") else trigger.index
    if (
        trigger.kind == "prep"
        and view.bare[trigger.index].startswith("ب")
        and not view.is_word(trigger.index - 1)
    ):
        middle_end = trigger.index
    if (
        trigger.kind == "prep"
        and view.bare[trigger.index][:1] == "ب"
        and view.bare[trigger.index - 1] not in cue.frames
        and view.keys[trigger.index - 1] not in cue.frames
        and not view.bare[nxt].startswith(_DERIVED_IMPERFECT)
    ):
        # "تهديد ترامب بالانسحاب": no preposition word before it, so the trigger is the ب-word
        # itself and the source is everything between the noun and it.
        middle_end = trigger.index
    speaker = parse_speaker(view, nxt, middle_end)
    if speaker is None or _event_genitive(view, speaker) or _participle_adjective(view, i, speaker):
        return None
    span, kind = found
    frame = Frame(i, i + 1, span, kind, speaker, None, 0.5)
    frame.in_object = governed or _after_verb_and_subject(view, i)
    return frame


def _event_genitive(view: DocView, speaker: SpeakerPhrase) -> bool:
    """Whether the genitive read as a verbal noun's source is itself a verbal noun: then it is
    the act the noun is about, not who performs it ("وقد يؤثر تأكيد ترشيح كافانو على
    الناخبات": the confirmation of a nomination). A source is a person or a body, and a body
    whose name has that pattern is no event (:func:`event_noun` leaves out mentions and
    institutions)."""
    return event_noun(view, speaker.first) and not _afaal_plural(view, speaker.first)


def _afaal_plural(view: DocView, k: int) -> bool:
    """Whether a word of the shape أفعال is written with the hamza above its alef: a broken
    plural (أعضاء، الأرصاد، أحلام), which names people or things, not the verbal noun إفعال
    (إعلان) nor افتعال (اتفاق), whose alef carries no hamza above."""
    body = view.bare[k][2:] if has_article(view, k) else view.bare[k]
    if len(body) != 5 or body[0] != "ا" or body[-2] != "ا":
        return False
    surface = strip_diacritics(view.tokens[k].text)
    start = surface.find("ال") + 2 if has_article(view, k) else 0
    return surface[start : start + 1] == "أ"


def _participle_adjective(view: DocView, i: int, speaker: SpeakerPhrase) -> bool:
    """Whether the one word read as an indefinite verbal noun's source is a participle that
    qualifies it ("وأُصدر تحذير مسبق من التسونامي"، "بعد تحذير مبكر من العاصفة"): an indefinite
    noun with an indefinite مُفعَل/مُفعِل after it takes it as its adjective, and a participle
    that names a person is a title or a source word (مسؤول، متحدث، مصدر), which is read as one."""
    k = speaker.first
    if speaker.last != k + 1 or k != i + 1 or has_article(view, i) or has_article(view, k):
        return False
    key = view.bare[k]
    if not key.startswith("م") or len(key) < 4 or view.mention_label(k) is not None:
        return False
    words = view.words
    if view.title_state(key) is not None or view.cues[k] is not None:
        return False
    return not any(words.is_a(c, key) for c in ("anonymous", "institution", "media", "title", "stop"))


# Verbs that renew or repeat an act named by their object, a definite or possessed verbal noun:
# "جدد الوزير التأكيد على …"، "كرر دعوته إلى …"، "أعاد التأكيد على …". Their subject is the
# noun's subject, and the noun's complement is what was said.
_LIGHT_VERB_FORMS = frozenset(
    normalize(c + stem + end)
    for c in ("", "و", "ف")
    for stem, ends in (("أعاد", ("", "ت", "وا", "ا", "تا")), ("يعيد", ("", "ون", "ان")), ("تعيد", ("", "ان")))
    for end in ends
)


def _light_verb_before(view: DocView, i: int) -> tuple[int, SpeakerPhrase | None] | None:
    """The light verb (:data:`LIGHT_VERBS`, أعاد) whose object is the possessed verbal noun
    at i, with its subject between the two (None when the subject is dropped): "وجدد الوزير دعوته
    إلى …"، "مكرراً تحذيره من …". The pronoun refers to that subject. Only the verb, its subject
    and time words may stand before the noun, with no comma."""
    cue = view.cues[i]
    if cue is None or not cue.object_suffix:
        return None
    first, _ = view.sentence_range(i)
    for v in range(i - 1, max(first - 1, i - MAX_LIGHT_SUBJECT - 2), -1):
        if not view.is_word(v):
            return None
        verb = view.cues[v]
        light = verb is not None and verb.lemma in LIGHT_VERBS and verb.kind in ("verb", "participle")
        if light or view.bare[v] in _LIGHT_VERB_FORMS:
            break
    else:
        return None
    if v + 1 == i:
        return v, None
    end = i
    while end > v + 1 and _time_word_at(view, end - 1):
        end -= 1
    if end == v + 1:
        return v, None
    if view.cues[v] is not None and view.cues[v].kind == "participle":
        return None  # a participle's subject is never written after it
    phrase = whole_subject(view, v + 1, end)
    return None if phrase is None else (v, phrase)


# Prepositions and adverbs of time that govern a verbal noun in the genitive ("بعد إعلان …").
_NOUN_GOVERNORS = frozenset(
    {"بعد", "قبل", "منذ", "رغم", "مع", "عقب", "اثر", "جراء", "عن", "من", "علي", "في", "حول", "بسبب"}
)


def _governed_noun(view: DocView, i: int) -> bool:
    """Whether the verbal noun at i is governed by a preposition or an adverb of time ("بعد إعلان
    الرياض …"، "منذ إعلان …"، "بإعلان …"), not the subject or object of a verb before it ("وأثار
    إعلان الحكومة اهتمام المستثمرين": the noun after it is that verb's object)."""
    if view.bare[i][:1] in "بل" or view.bare[i][:2] in ("وب", "ول", "فب"):
        return True
    if i == 0 or not view.is_word(i - 1):
        return False
    head = view.bare[i - 1]
    if head[:1] in "وف" and head[1:] in _NOUN_GOVERNORS:
        head = head[1:]
    return head in _NOUN_GOVERNORS


def _source_after_min(view: DocView, i: int, cue: Cue) -> int:
    """Where the source of the verbal noun at i starts: right after it, or after من (من جانب،
    من قبل) when من opens no complement of the noun ("مناشدات من جماعات إنسانية بالسماح …"،
    "دعوات من الأمم المتحدة إلى …"، "إعلان من جانب الصين بأنها …"). A noun whose content من
    opens (تحذيرات من …) keeps من for its content."""
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt) or view.bare[nxt] != "من" or "من" in cue.frames:
        return nxt
    if i > 0 and view.bare[i - 1] in ("في", "وفي"):
        # "وذلك في إشارة من الوزيرة إلى …": the writer's gloss on words already quoted.
        return nxt
    k = nxt + 1
    if k < len(view) and view.is_word(k) and view.bare[k] in ("جانب", "قبل", "طرف"):
        k += 1
    return k


def _object_after_genitive(view: DocView, first: int, last: int) -> Trigger | None:
    """The object of a verbal noun that takes one (إعلان) after its subject in the genitive:
    "بعد إعلان الرياض تقديم 100 مليون دولار"، "إعلان الحكومة أمس انسحاب قواتها". As after a
    verb and its subject, a verbal noun or a noun of a state of affairs past the subject's
    noun phrase (and any time words) is the object."""
    phrase = parse_speaker(view, first, min(last, first + MAX_NOUN_MIDDLE))
    if phrase is None or phrase.last >= last:
        return None
    # "إعلان تنظيم داعش دخوله المدينة": a verbal noun that the name was read on into opens the
    # object; a word inside quote marks is a name's ("مجموعة "إعمار"").
    for m in range(first + 1, phrase.last):
        if not view.is_word(m):
            break
        if verbal_noun(view, m) or (strong_object(view, m) and not _head_of_genitive(view, m - 1)):
            return Trigger("obj", m)
    k = phrase.last
    while k < last and _time_word_at(view, k):
        k += 1
    if k >= last or not view.is_word(k) or view.cues[k] is not None:
        return None
    if verbal_noun(view, k) or strong_object(view, k):
        return Trigger("obj", k)
    return None


def _head_of_genitive(view: DocView, k: int) -> bool:
    """Whether the word at k heads a body, a title or an outlet that takes a genitive (وزارة
    الإعلام، رئيس الوزراء): the noun after it is part of the name, not an object."""
    key = view.bare[k]
    return any(view.words.is_a(c, key) for c in ("institution", "title", "media", "anonymous", "document"))


# Imperfects of the derived forms (يتعلق، تتضمن، يستهدف): "اتهامات تتعلق بجرائم" is a relative
# clause on the noun, not its source.
_DERIVED_IMPERFECT = ("يت", "تت", "يست", "تست")


def _after_verb_and_subject(view: DocView, i: int) -> bool:
    """Whether a verbal noun stands after a verb and its subject in its clause ("وتجاهل ترامب
    مناشدات حلفائه …"): the noun is part of the object, and its source is no subject that a
    later verb without one ("، وأعلن …") continues."""
    first, _ = view.sentence_range(i)
    before: list[int] = []
    for k in range(i - 1, first - 1, -1):
        if view.is_comma(k) or view.is_sentence_mark(k) or view.tokens[k].text == ":":
            break
        if view.is_word(k):
            before.append(k)
    # "وفي ظل تحذيرات الوزارة": a clause opened by a preposition has no verb before the noun.
    return len(before) >= 2 and not view.words.is_a("stop", view.bare[before[-1]])


MAX_POSSESSIVE_MIDDLE = 4


def possessive_frame(view: DocView, i: int, cue: Cue) -> Frame | None:
    """A verbal noun whose possessive pronoun is its subject, followed by its content:
    "اختتم الزيارة بإقراره أنه …"، "وأعاد تأكيده أن …". The pronoun refers back like a dropped
    subject, and its ending gives the gender (ـه، ـها) or the plural (ـهم).

    A complementizer, a colon or a quotation mark may introduce the content after at most a
    short addressee ("تصريحاته للصحفيين بأن"); a prepositional or noun complement only right
    after the noun (:func:`_possessed_complement`). That complement, when there is one, is the
    noun's content: a complementizer past it belongs to the clause around the noun ("وقال بعد
    مطالبته بزيادة المساهمات إن الحلف أقوى"), unless it opens the complement ("تأكيده على أن").
    """
    _, last = view.sentence_range(i)
    trigger, _ = find_trigger(view, i, cue, min(last, i + MAX_POSSESSIVE_MIDDLE + 1))
    complement = _possessed_complement(view, i, cue, last)
    if (
        trigger is None
        or trigger.kind not in ("that", "colon", "quote")
        or (complement is not None and trigger.index > complement.index + 1)
    ):
        trigger = complement
    if trigger is None:
        return None
    found = content_from(view, trigger, _fronted_noun(view, i))
    if found is None:
        return None
    span, kind = found
    speaker = _attributed_to(view, i)
    if speaker is None:
        light = _light_verb_before(view, i)
        speaker = light[1] if light is not None else None
    return Frame(i, i + 1, span, kind, speaker, cue.feminine, 0.5)


def _fronted_noun(view: DocView, i: int) -> bool:
    """Whether the verbal noun at i stands in an adverbial that opens its sentence ("ورغم
    إعلانه براءته، أدانت المحكمة …"، "وبعد تحذيرها من …، قررت …"): the main clause follows
    the comma, so the noun's content ends there."""
    first, _ = view.sentence_range(i)
    before = [k for k in range(first, i) if view.is_word(k)]
    if any(not view.is_word(k) for k in range(first, i)) or len(before) > 1:
        return False
    if not before:
        return view.bare[i][:1] == "ب" or view.bare[i][:2] in ("وب", "فب")
    head = view.bare[before[0]]
    if head[:1] in "وف" and head[1:] in SUBORDINATOR_HEADS:
        head = head[1:]
    return head in SUBORDINATOR_HEADS


def _possessed_complement(view: DocView, i: int, cue: Cue, last: int) -> Trigger | None:
    """The complement right after a verbal noun with its possessive pronoun: its preposition
    ("تحذيرها من تزايد …")، its ب-phrase ("مطالبته بزيادة المساهمات") or, for إعلان، a derived
    verbal noun ("بإعلانه انسحاب بلاده": an event, never the noun's genitive). Nothing may
    come between the two, so a phrase that only describes the noun ("حديثه في المؤتمر عن …")
    stays out."""
    nxt = i + 1
    if nxt >= last or not view.is_word(nxt):
        return None
    found = _complement_at(view, nxt, cue, last, lambda k: verbal_noun(view, k))
    if found is not None:
        return found
    addressee = _addressee_end(view, nxt, cue, last)
    if addressee is not None:
        return _complement_at(view, addressee, cue, last, lambda k: False)
    # "رغم إعلانه مراراً براءته"، "بإعلانها قبل أسابيع عن …"، "مطالبته المتكررة بـ…": an adverbial
    # of time or an adjective of the noun belongs to neither the noun's owner nor its content;
    # past it the complement comes as it would right after the noun.
    after = _past_noun_adverbials(view, i, last)
    if after == nxt or after >= last:
        return None
    if view.bare[after] in cue.frames and after + 1 < last and has_article(view, after + 1):
        # "وجاء إعلانه اليوم عن الزيارة": past the adverbial, a preposition with a definite noun
        # may name the topic of the announcement as well as what was announced; only an
        # indefinite or possessed complement (عن قرارها، عن خطة) is its content.
        return None
    if after > nxt + 1 or not view.words.is_a("time", view.bare[nxt]):
        # past an adjective, only a preposition opens the complement: a noun there may be
        # the head of another phrase ("تصريحاته الأخيرة موقف …")
        adjective = any(not _time_word_at(view, k) for k in range(nxt, after))
        if adjective:
            return _complement_at(view, after, cue, last, lambda k: False)
    return _complement_at(view, after, cue, last, lambda k: strong_object(view, k) or verbal_noun(view, k))


def _complement_at(
    view: DocView, k: int, cue: Cue, last: int, object_word: Callable[[int], bool]
) -> Trigger | None:
    """The noun's complement opening at k: its ب-phrase, its preposition and the word after it,
    or (for إعلان) an object that ``object_word`` accepts."""
    if not view.is_word(k):
        return None
    if "ب" in cue.frames and bi_complement(view, k):
        return Trigger("prep", k)
    if view.bare[k] in cue.frames and k + 1 < last and view.is_word(k + 1):
        return Trigger("prep", k + 1)  # "تحذيرها من تزايد …"، "دعوته إلى الحوار"
    if "obj" in cue.frames and object_word(k):
        return Trigger("obj", k)
    return None


MAX_ADDRESSEE_WORDS = 2
# The second word of a compound preposition (إلى جانب، من أجل، من خلال، على الرغم، عن طريق).
_COMPOUND_PREPOSITION_HEADS = frozenset(
    {"جانب", "اجل", "خلال", "قبل", "الرغم", "رغم", "طريق", "حيث", "بين", "دون"}
)


def _addressee_end(view: DocView, k: int, cue: Cue, last: int) -> int | None:
    """Past the addressee in لـ that a verbal noun of warning or calling takes before its
    content preposition ("كرر تحذيره لإيران من …"، "جدد دعوته للمجتمع الدولي إلى …"): where that
    preposition stands, or None. The addressee is a لـ-word and at most one definite word after
    it (its adjective or genitive), and the preposition must be one the noun governs, other than
    لـ itself; a bare لـ-phrase with no such preposition after it is left alone."""
    if not view.is_word(k):
        return None
    word = view.bare[k]
    if word[:1] != "ل" or len(word) < 3 or "ل" in cue.frames or "لل" in cue.frames:
        return None
    for end in range(k + 1, min(last, k + MAX_ADDRESSEE_WORDS + 1)):
        if not view.is_word(end):
            return None
        if (
            view.bare[end] in cue.frames
            and view.bare[end] != "ب"
            and end + 1 < last
            and view.is_word(end + 1)
        ):
            # "دعوته لزيارة الصين إلى جانب الوزير": إلى جانب، من أجل، من خلال are compound
            # prepositions of the clause, not the noun's complement.
            return None if view.bare[end + 1] in _COMPOUND_PREPOSITION_HEADS else end
        if not has_article(view, end):
            return None
    return None


MAX_NOUN_ADVERBIAL = 4
# Relative-time adjectives after a month name: "ديسمبر الماضي"، "سبتمبر المقبل".
_RELATIVE_TIME_ADJECTIVES = frozenset({"الماضي", "المقبل", "القادم", "الفائت", "المنصرم"})


def _time_word_at(view: DocView, k: int) -> bool:
    return view.is_word(k) and view.words.is_a("time", view.bare[k])


def _past_noun_adverbials(view: DocView, i: int, last: int) -> int:
    """The first token after the possessed verbal noun at i past what may stand between it and
    its complement (at most :data:`MAX_NOUN_ADVERBIAL` tokens, no comma): time words (أمس،
    مراراً، مجدداً), a time adverbial of several words (قبل أسابيع، في منتصف شهر مارس), a month
    name with الماضي/المقبل (ديسمبر الماضي), and one adjective with the article that agrees
    with the noun in gender ("مطالبته المتكررة"، "إعلانه الأخير")."""
    k = i + 1
    limit = min(last, i + 1 + MAX_NOUN_ADVERBIAL)
    adjective = False
    while k < limit and view.is_word(k):
        key = view.bare[k]
        if view.words.is_a("time", key):
            k += 1
            continue
        words = time_phrase_words(view, k, last)
        if words:
            k += words
            continue
        if (
            k + 1 < last
            and view.is_word(k + 1)
            and view.bare[k + 1] in _RELATIVE_TIME_ADJECTIVES
            and not has_article(view, k)
            and view.cues[k] is None
            and not view.words.is_a("stop", key)
        ):
            k += 2  # "ديسمبر الماضي": a month name is the time of the act
            continue
        if not adjective and k == i + 1 and _agreeing_adjective(view, i, k):
            adjective = True
            k += 1
            continue
        break
    return min(k, last)


# Adjectives that say how often, how lately or how openly an act of saying was done; unlike a
# participle of relation (المتعلقة بـ، الخاصة بـ) none governs a preposition of its own.
_ACT_ADJECTIVES = frozenset(
    normalize(stem + ending)
    for stem in ("المتكرر", "الأخير", "المتواصل", "المستمر", "الجديد", "السابق", "الصريح", "العلني", "الرسمي")
    for ending in ("", "ة")
)


def _agreeing_adjective(view: DocView, i: int, k: int) -> bool:
    """Whether the word at k is an adjective of the act (:data:`_ACT_ADJECTIVES`) that agrees with
    the possessed verbal noun at i: it ends in ة when the noun is feminine (its stem ends in ت
    before the pronoun: مطالبته المتكررة، دعوتها الأخيرة) and not otherwise (إعلانه الأخير)."""
    key = view.bare[k]
    if key not in _ACT_ADJECTIVES or view.cues[k] is not None:
        return False
    noun = view.bare[i]
    stem = next((noun[: -len(s)] for s in ("هما", "هم", "ها", "ه") if noun.endswith(s)), noun)
    return stem.endswith("ت") == view.tokens[k].text.endswith("ة")


MAX_ATTRIBUTED_WORDS = 8


def _attributed_to(view: DocView, i: int) -> SpeakerPhrase | None:
    """The source of "قوله" right after "نسب إلى X" or "نقل عن X": the pronoun refers to the
    noun phrase the preposition governs ("ونسبت الصحيفة إلى الوزير قوله إن …")."""
    if not view.bare[i].startswith("قول"):
        return None
    first, _ = view.sentence_range(i)
    for k in range(i - 1, max(first - 1, i - MAX_ATTRIBUTED_WORDS - 2), -1):
        if not view.is_word(k):
            return None
        if view.bare[k] in ("الي", "عن"):
            phrase = parse_speaker(view, k + 1, i)
            return phrase if phrase is not None and phrase.last == i else None
    return None


def source_frame(view: DocView, i: int, frames: list[Frame]) -> Frame | None:
    """A source phrase at token i (بحسب X، وفقاً لـ X، على حد تعبيره) and the clause it attributes."""
    phrase_end = _source_phrase_end(view, i)
    if phrase_end is None:
        return None
    n = len(view.tokens)
    first, last = view.sentence_range(i)
    k = phrase_end
    if k < n and view.keys[k] in ("ل", "لـ", "ـ"):
        k += 1
    relative = view.bare[i] in RELATIVE_SOURCE_WORDS
    dropped = False  # "حسب ما صرح به لوكالة …": the verb's subject is dropped, no source is named
    cue_at = i
    relay = False
    written = False  # an outlet or unnamed reports, set off: the source of a bare clause only
    came_in = False
    answered_only = False  # the source is known from the answer فإن alone (_answered_source)
    named_only = False  # ... or from its place alone, set off or run into its clause
    relayed_from = None  # after a relay verb, the first word of whom it relays (نقلت X عن Y)
    if k < last and view.is_word(k) and view.bare[k] in ("ما", "لما"):
        k += 1
        relative = True
    quoted_close = None
    if not relative and k < last and view.is_mark(k) and _quoted_short(view, k):
        # "وفق "اليونسكو"": the marks set off a name, the source itself.
        quoted_close = view.open_close[k]
        k += 1
    if k >= last or not view.is_word(k):
        return None
    if not relative and quoted_close is None:
        dashed = _dashed_frame(view, i, k, first, last, frames)
        if dashed is not None:
            return dashed
    if not relative and _followed_order(view, k):
        return None  # "وفقا لطلب رئيس اللجنة"، "حسب تعليمات الوزارة": done as asked, not said
    if relative:
        # "حسب ما أكده مدير المشروع X": a verb of saying with its subject is the source, unless
        # it only relays where the words were published (وفقا لما نقلته وكالة …).
        verb = view.cues[k]
        if view.bare[i] == _AS and not _closing_as(view, i, k, first, last):
            return _dashed_as_frame(view, i, k, first, last, frames)
        if view.bare[i] in POINTING_BACK_WHAT and not _resumes_what(view, k):
            return None  # "وهو ما يفسر ارتفاع …": ما is the verb's subject, what follows its object
        if view.bare[i] == _AS or view.bare[i] in POINTING_BACK_WHAT:
            cue_at, phrase_end = k, k + 1  # the verb is the cue; كما، ذلك ما only link it back
        came_at = _came_in_at(view, k, last)
        if came_at is not None:
            # "حسب ما ورد في نص القرار"، "بحسب ما جاء اليوم في بلاغ …": the text the words came
            # in is the source; the verb's time may stand between it and في.
            k = came_at
            came_in = True
        elif verb is None or verb.kind != "verb":
            return None
        elif verb.lemma in RELAY_LEMMAS:
            relayed_from = _relayed_source_start(view, k, last)
            if relayed_from is None and _relays_another(view, k, last):
                return None  # "وفقا لما نقلته الوكالة عنه": the relay's pronoun, read elsewhere
            relay = relayed_from is None
        verb_at = k
        k += 1
        while k < last and view.is_word(k) and view.keys[k] in PREPOSITION_PRONOUNS:
            k += 1  # "حسبما صرح به"، "وفق ما أفاد به"
        if (
            k + 1 < last
            and view.is_comma(k)
            and view.is_word(k + 1)
            and view.keys[k - 1] in _ADDRESSEE_PRONOUNS
        ):
            k += 1  # "بحسب ما أكده لنا، سامي الهادي": the subject after the addressee's comma
        k = _after_addressee(view, _past_time(view, _after_addressee(view, k, last), last), last)
        dropped = not came_in and not relay and _subject_dropped(view, verb_at, k, last)
        if relayed_from is not None:
            # "حسبما نقلت رويترز عن مجلة دير شبيغل": the outlet relays; who it relays is the source.
            k, dropped = relayed_from, False
        if not dropped and (k >= last or not view.is_word(k)):
            return None
    # The source noun phrase runs to the next comma or the end of the sentence.
    np_end = k
    fronting = i == first or _clause_start(view, i, first)
    # "وبحسب المنظمين شارك …": at the sentence start the phrase may run into its clause
    # without a comma; the clause starts where the definite source noun phrase ends.
    # So may one that opens a clause after a comma with its ف ("…، فبحسب الوزارة هناك …"): فـ
    # ties the clause to the one before it, and the phrase opens the new one.
    opens_clause = i == first or (view.keys[i][:1] == "ف" and _clause_start(view, i, first))
    run_on_at = _run_on_start(view, k, last) if opens_clause and not relative else None
    runs_on = False
    while np_end < last and not view.is_comma(np_end) and not view.is_sentence_mark(np_end):
        if (
            view.is_mark(np_end)
            and np_end in view.open_close
            and np_end > k
            and not _quoted_short(view, np_end)
            and not _quoted_outlet_name(view, np_end)
        ):
            break
        if np_end > k and _opens_coordinated_report(view, np_end):
            break  # "حسب تقديره واعتبر أن …": و + a verb of saying starts the next clause
        if np_end > k and (view.keys[np_end] in _ANSWERS or _fa_min(view, np_end, last)):
            break  # "وبحسب المشروع الأولي فإن …": the answer's فإن opens the content
        if np_end > k and view.bare[np_end] == "نقلا" and _source_phrase_end(view, np_end) is not None:
            break  # "حسبما أفادت الوكالة نقلا عن مصدر": the relay's own source is another phrase
        if np_end == run_on_at:
            runs_on = True
            break
        np_end += 1
    # "واعتبرت المنظمة، وفق ذات المصدر، أن …": between a verb and its content the phrase relays
    # the verb's report. A noun complement is left out: "وتهدد المشكلة، وفق الصحيفة، بالقضاء
    # على …" has a verb in no sense of saying, and the phrase is the source; so are marks inside
    # the phrase itself (وكالة الأنباء "واس"), and a content that starts further on than the
    # word after the phrase's comma and its complementizer or mark belongs to another clause.
    phrase_start, phrase_stop = view.tokens[i].end, view.tokens[np_end - 1].end
    reach = view.tokens[min(np_end + MAX_RELAYED_GAP, last - 1)].end
    if any(
        first <= other.cue < i
        and phrase_start < other.content[0] <= reach
        and other.kind != "nominal"
        and not (other.kind == "direct" and other.content[0] < phrase_stop)
        for other in frames
    ):
        return None
    answer_at = np_end + 1 if np_end < last and view.is_comma(np_end) else np_end
    # A fronted phrase may be answered by فإن ("وبحسب تقارير …، فإن …"): the phrase then
    # attributes what follows فإن wherever it stands in the sentence.
    answered = answer_at + 1 < last and view.is_word(answer_at) and view.keys[answer_at] in _ANSWERS
    if not answered and not relative and answer_at > np_end and (i == first or _clause_start(view, i, first)):
        later = _answer_past_description(view, answer_at, last)
        if later is not None:
            answer_at, answered = later, True
    # "وبحسب الصحافة، فمن المرجح أن …": فـ answers with a clause of its own, which is the content.
    min_answer = not answered and _fa_min(view, answer_at, last)
    answered = answered or min_answer
    if came_in:
        speaker = _document_source(view, k, np_end) or _statement_source(view, k, np_end)
    else:
        speaker = _source_speaker(view, k, np_end) or _named_before(view, k, np_end, frames)
        if speaker is None and quoted_close == k + 1 and np_end == k + 2 and _quoted_source(view, k):
            speaker = SpeakerPhrase(k, quoted_close, "name")
        set_off = runs_on or _set_off(view, i, first, np_end, last)
        if speaker is None and (answered or set_off):
            speaker = _document_source(view, k, np_end) or _definite_li_source(view, k, np_end)
            if speaker is None:
                speaker = _li_outlet_source(view, k, np_end) or _unnamed_reports(view, k, np_end)
                written = speaker is not None
            if speaker is None and not relative:
                speaker = _li_title_source(view, k, np_end)  # after a verb a ل-title is its addressee
            if speaker is None and not relative:
                speaker = _written_source(view, k, np_end, answered)
            if speaker is None and not relative and fronting:
                # Fronted and answered by فإن, set off by a comma ("وبحسب بلدية المدينة، تضرر
                # …") or run into its clause after a definite noun, the phrase attributes the
                # clause after it, and its noun is the source whatever its class.
                if answered:
                    speaker = _answered_source(view, k, np_end)
                elif runs_on or (i == first and _fronted_set_off(view, np_end, last)):
                    speaker = _set_off_source(view, k, np_end)
                answered_only = speaker is not None
                # Without فإن the phrase alone names this source: not a subject that later
                # subjectless cues continue (a study, figures, a body named in passing).
                named_only = answered_only and not answered
            if (
                speaker is None
                and not relative
                and not answered
                and _postposed_closing(view, i, first, np_end, last)
            ):
                # "…، وفق كوميرسانت."، "…، بحسب الزبيدي.": set off after its clause and closing
                # the sentence, a short phrase names who said the clause whatever its class.
                speaker = _set_off_source(view, k, np_end)
                named_only = answered_only = speaker is not None
    if (
        speaker is None
        and relative
        and view.bare[i] != _AS
        and view.bare[i] not in POINTING_BACK_WHAT
        and not (came_in or relay or dropped)
    ):
        speaker = _said_subject(view, k, np_end)
    if dropped:
        speaker, written = None, False  # what follows the verb is whom it was said to, not who said it
    # "بحسب ما أكدته صحيفة لوموند": a verb of saying that is no relay makes the outlet the source.
    said = relative and not came_in
    if relative and not dropped and (speaker is None or (_names_outlet(view, speaker) and not said)):
        return None  # "وفق ما أوردت وكالة …": an outlet relays, it is not the source
    carried = speaker is None
    if carried and not dropped and not _pronoun_source(view, k, np_end):
        return None
    after = answer_at + 1 if answered and not min_answer else answer_at
    fronted = (after < last and view.is_word(after)) or (after < last and view.is_mark(after))
    inside = None  # the start of a clause the phrase sits in without a comma before it
    if fronted and not answered and i > first and not _clause_start(view, i, first):
        fronted = False
        if (
            not relative
            and answer_at > np_end
            and view.bare[i - 1] not in _POINTING_BACK  # "…، وذلك حسب X، …": ذلك is the clause before
            and _goes_on_after_comma(view, after)
        ):
            # "وتبلغ الكلفة حسب الوزيرة، قيمة 132 مليونا": a phrase closed by a comma only, and
            # what follows it is the clause's own complement: the words on both sides are said.
            inside = _interrupted_clause_start(view, i, first, after, frames, comma_before=False)
            fronted = inside is not None
    inline = False  # the phrase sits inside its clause with no comma on either side
    if (
        not fronted
        and not relative
        and not answered
        and speaker is not None
        and i > first
        and view.is_word(i - 1)  # '"…" وفق المرصد': after quote marks the marks hold the words
        and not _clause_start(view, i, first)
        # a comma may close the clause after the words that go on with it ("… بلغت بحسب X 452
        # مليار دولار، تمثل …"), not right after the source
        and (answer_at == np_end or speaker.last < np_end)
    ):
        # "وأسفر الهجوم بحسب الجيش عن تدمير …": with no comma the phrase sits inside one clause;
        # a preposition right after its source goes on with the clause's verb, and the words on
        # both sides of the phrase are what the source said.
        # So does a figure, the amount the verb reaches or counts ("التي بلغت بحسب البنك
        # المركزي 452 مليار دولار"); and a relative clause the phrase sits in is the clause said.
        tail = speaker.last
        if (
            tail < np_end
            and view.is_word(tail)
            and view.bare[i - 1] not in _POINTING_BACK  # "…، وذلك وفقا لتقرير …": the clause before
            and view.bare[tail - 1] not in ISSUED_BY  # "لتقرير صادر عن …": عن is the participle's
            and (
                (view.keys[tail] == view.bare[tail] and view.bare[tail] in _CONTINUING_PREPOSITIONS)
                or _figure(view, tail)
            )
        ):
            inside = _interrupted_clause_start(view, i, first, tail, frames, comma_before=False)
            if inside is not None:
                fronted, after, inline = True, tail, True
                inside = _relative_clause_start(view, inside, i)
    if fronted and not answered and i > first and not inline and _trails_the_clause(view, after, last):
        fronted = False
    if fronted and i > first and after - np_end <= 1 and _circumstantial_report(view, after):
        # "…، وفقا لمعهد X، مشيرا إلى أن …": an accusative participle of saying is a
        # circumstantial clause on the source; the phrase closes the clause before it.
        fronted = False
    if fronted and i > first and after - np_end <= 1 and _opens_coordinated_report(view, after):
        # "…، حسب تقديره واعتبر أن …"، "…، وفقا لديلا روزا، وأضاف أنه …": the phrase closes the
        # clause before it, and the verb opens a report of its own.
        fronted = False
    if fronted and carried and not answered and _closes_a_quote(view, i, first, frames):
        # "…، على حد تعبيره، دون تقديم إيضاحات"، "ترفض الابتزاز، وفق تعبيره، وتحتفظ بحقها …":
        # "in his words" right after a quote marks the quote's words as his; what follows is
        # the writer's or goes on with the same report, never a new quote of a pronoun (not
        # "اللاعب، طبقا لقولها، فاز …", which follows no quote).
        fronted = False
    if fronted and view.bare[i] in POINTING_BACK_WHAT:
        fronted = False  # "ذلك ما أكده الوزير، …": ذلك points back to the clause before
    if fronted and after == np_end and view.bare[after] == "نقلا":
        fronted = False  # "…، حسبما أفادت الوكالة نقلا عن مصدر": a relay closes the phrase
    reported = any(_overlaps(view, other, first, i) for other in frames)
    if relay and (
        (fronted and not _outlet_tells(view, i, first, after))
        or not _opens_or_points_back(view, i, first)
        or reported
    ):
        return None  # the outlet relays a report the sentence already has, or one that follows
    if written and reported:
        return None  # "قال X إن …، في ظل …، وفقا لوكالة سبأ": the outlet relays X's report
    if fronted:
        if view.is_word(after) and view.cues[after] is not None:
            return None  # "وفقا للكرملين، هنأ بوتين …": the verb's quote, the phrase relays it
        end = clause_end(view, after)
        if (answered_only and _reports_within(view, after, end)) or (
            answered and not answered_only and _reports_further(view, after, end)
        ):
            return None  # "وبحسب التحقيق، فإن المحقق X قال: …": X's report, the phrase relays it
        start = inside
        if start is None and not answered and not runs_on:
            # (A phrase that runs into its clause opened it: "…، فبحسب الوزارة هناك …".)
            start = _interrupted_clause_start(view, i, first, after, frames)
        if start is not None:
            # "وتعلقت الأسباب، وفق الوزير، بصعوبة …": the phrase sits inside one clause, whose
            # words on both sides are what the source said.
            span = trim(view, view.tokens[start].start, view.tokens[end - 1].end)
            marked = has_quoted_speech(view, start, i) or has_quoted_speech(view, after, end)
            kind = "mixed" if marked else "indirect"
            if span[1] <= span[0]:
                return None
            return Frame(cue_at, phrase_end, span, kind, speaker, None, 0.4, in_object=named_only)
        if view.is_mark(after) and after in view.open_close:
            found = content_from(view, Trigger("that", after))
            if found is None:
                return None
            span, kind = found
        else:
            span = trim(view, view.tokens[after].start + min_answer, view.tokens[end - 1].end)
            kind = "indirect"
    else:
        before = i - 1
        while before >= first and (
            view.is_comma(before)
            or (not view.is_word(before) and not view.is_mark(before))
            or (before == i - 1 and view.bare[before] in _POINTING_BACK)
        ):
            before -= 1  # "…، وذلك حسبما أفادت الوكالة": ذلك points back to the clause before
        if before < first:
            # "… في الحادث. بحسب رويترز.": a phrase written as a sentence of its own attributes
            # the sentence before it on the same line.
            if not (i == first or _clause_start(view, i, first)) or np_end < last - 1:
                return None
            if first == 0 or view.newline_between(first - 1, first) or not view.is_sentence_mark(first - 1):
                return None
            first, _ = view.sentence_range(first - 1)
            before = i - 1
            while before >= first and not view.is_word(before) and not view.is_mark(before):
                before -= 1
            if before < first:
                return None
        if is_complementizer(view, before):
            return None  # "ذكرت الوكالات أنه وفقا لجيش بلادها أصبح …": the phrase opens the clause after أنّ
        # The clause before the phrase starts after any quote already found in the sentence.
        # A quote that reaches the phrase is the one it attributes again ("وقال X إن …
        # على حد تعبيره"), and so is any quote of the sentence when the phrase's source is a
        # pronoun: the phrase is no new quote.
        clause_first = first
        # "…، لكن لم تتحرك المنظمتان، وفق تقديره": after a comma a clause opener (لكن، والتي …)
        # starts the clause the phrase attaches to; a quote that ends before it is another's.
        own = _last_clause_opening(view, first, before)
        # 'و"العنصرية" حسب قول أيمن … يواجه "الخطط الإسرائيلية بالصمود" حسب تعبيره': a phrase
        # right after marks attributes them alone, whatever quote the sentence held before them.
        marks_open = view.close_open.get(before) if before == i - 1 and view.is_mark(before) else None
        if marks_open is not None and _quoted_term(view, marks_open):
            marks_open = None
        for other in frames:
            if marks_open is not None and other.content[1] <= view.tokens[marks_open].start:
                continue
            if other.content[0] < view.tokens[before].end and other.content[1] > view.tokens[first].start:
                if (
                    own is not None
                    and other.content[1] <= view.tokens[own].start
                    and not (carried and other.kind != "nominal")
                ):
                    # A named source attributes its own clause, and so does a pronoun after a noun
                    # complement ("ذكّر بالمشاريع، لكن لم تتحرك …، وفق تقديره"); after a reported
                    # clause ("أكد أن …، لكن …، حسب تعبيره") the pronoun relays that report.
                    continue
                if carried or other.content[1] >= view.tokens[before].end - 1:
                    return None
                clause_first = max(clause_first, _token_after(view, other.content[1], before))
        if own is not None:
            clause_first = max(clause_first, own + 1)
        # "* تعدد مصادر الاقتراض: وانتشرت …، بحسب المتحدث": a colon ends a heading or a lead-in;
        # the clause the phrase attaches to starts after it.
        colon = next((k for k in range(before - 1, clause_first - 1, -1) if view.tokens[k].text == ":"), None)
        if colon is not None and colon + 1 < before:
            clause_first = max(clause_first, colon + 1)
        if view.bare[i] == "نقلا" and any(
            _source_phrase_end(view, k) is not None for k in range(clause_first, before + 1)
        ):
            return None  # "حسبما أفادت الوكالة نقلا عن مصدر": a relay of the phrase before it
        opening = clause_first
        while opening < before and (view.is_comma(opening) or view.keys[opening] in ("و", "ف")):
            opening += 1
        opener = view.cues[opening] if view.is_word(opening) else None
        if view.bare[i] == "نقلا" and opener is not None and opener.kind == "verb":
            return None  # "وذكرت الوكالة، "وات"، نقلا عن مصدر …": the relay of ذكرت's report, not a clause
        if written and any(
            view.is_word(m) and view.cues[m] is not None and view.cues[m].kind == "verb"
            for m in range(clause_first, before + 1)
        ):
            return None  # "نفت الجماعات …، وفقا لوكالة …": the verb reports, the outlet relays it
        if _source_phrase_end(view, opening) is not None:
            # "…، بحسب دراسة X، وكذلك علاقتها …، بحسب دراسة Y": the clause starts after the
            # phrase that attributed the quote before it.
            comma = next((m for m in range(opening, before) if view.is_comma(m)), None)
            if comma is not None:
                clause_first = comma + 1
        clause_first = _after_writers_note(view, opening, before, clause_first)
        short_term = after_marks = False
        if view.is_mark(before) and before in view.close_open:
            open_token = view.close_open[before]
            short_term = open_token > clause_first and _quoted_short(view, open_token)
            if carried and short_term and _quoted_term(view, open_token):
                return None  # "إلى "مدير غوغل" حسب تعبيرها": a term in her words, not a quote
            if before == i - 1 and not _quoted_term(view, open_token):
                # 'يواجه "الخطط الإسرائيلية بالصمود" حسب تعبيره'، 'أن "يفرج عنه الله" كما يقول':
                # a phrase right after marks of three words or more, with no comma between, says
                # whose words they are: the marks hold the quote, and it ends with them.
                short_term = False
                after_marks = True
        if view.is_mark(before) and before in view.close_open and not short_term:
            # A short quoted term ending the clause ("ويوصفن بـ"الذباب"، كما تقول X") is part
            # of the clause the phrase attributes, not the whole quote.
            found = content_from(view, Trigger("quote" if after_marks else "that", open_token))
            if found is None:
                return None
            span, kind = found
        else:
            if all(
                not view.is_word(m) or view.bare[m] in DEMONSTRATIVES or view.keys[m] in DEMONSTRATIVES
                for m in range(clause_first, before + 1)
            ):
                return None  # "وهذا بحسب ما نقلت الوكالة": هذا points back, it is no clause said
            span = trim(view, view.tokens[clause_first].start, view.tokens[before].end)
            kind = "mixed" if has_quoted_speech(view, clause_first, before + 1) else "indirect"
    if span[1] <= span[0]:
        return None
    return Frame(cue_at, phrase_end, span, kind, speaker, None, 0.4, in_object=named_only)


# Dashes that set a phrase off inside its clause, as a pair of commas does: "اختار – بحسب خطيبته –
# اللجوء إلى …".
_DASHES = frozenset({"–", "—", "-"})
MAX_DASHED_SOURCE_WORDS = 6


def _dashed_frame(
    view: DocView, i: int, k: int, first: int, last: int, frames: list[Frame], cue: int | None = None
) -> Frame | None:
    """A source phrase set off by a pair of dashes inside its clause ("اختار – بحسب خطيبته –
    عند حدسه …، اللجوء إلى إردوغان"): like a phrase between commas, it interrupts one clause,
    and the words on both sides of it are what the source said. The clause starts after the last
    comma before the phrase (or after a quote the sentence already has) and runs on past it.
    ``k`` is where the source noun starts; ``cue``, the verb of "كما تقول X" (default i)."""
    cue = i if cue is None else cue
    if i - 1 <= first or view.tokens[i - 1].text not in _DASHES or not view.is_word(i - 2):
        return None
    close = next(
        (
            m
            for m in range(k, min(last, k + MAX_DASHED_SOURCE_WORDS + 1))
            if not view.is_word(m) or view.tokens[m].text in _DASHES
        ),
        None,
    )
    if close is None or close == k or view.tokens[close].text not in _DASHES:
        return None
    after = close + 1
    if after >= last or not view.is_word(after):
        return None
    key = view.bare[k]
    if {key, key[1:], key[2:], key[3:]} & _RULE_HEADS:
        return None  # "– وفق العادة –": as custom or the rules have it, no one's words
    speaker = _source_speaker(view, k, close) or _set_off_source(view, k, close)
    if speaker is None:
        return None
    start = i - 2
    while start > first and view.is_word(start - 1) and not view.is_sentence_mark(start - 1):
        start -= 1
    for other in frames:
        if other.content[1] > view.tokens[start].start and other.content[0] < view.tokens[i - 2].end:
            return None  # the clause before the phrase is already another quote's
    end = clause_end(view, after)
    span = trim(view, view.tokens[start].start, view.tokens[end - 1].end)
    if span[1] <= span[0]:
        return None
    kind = "mixed" if has_quoted_speech(view, start, end) else "indirect"
    return Frame(cue, cue + 1, span, kind, speaker, None, 0.4)


def _dashed_as_frame(
    view: DocView, i: int, k: int, first: int, last: int, frames: list[Frame]
) -> Frame | None:
    """ "كما + a verb of saying + its subject" set off by a pair of dashes inside a clause ("وهذه
    هي الحملة الأكبر – كما تقول المنظمة – منذ بدء …"): like "بحسب X" between dashes, it
    interrupts the clause, whose words on both sides are the subject's. The verb is the cue. Not
    a relay (كما نقلت الوكالة): the outlet only passes on words."""
    verb = view.cues[k] if k < last and view.is_word(k) else None
    if verb is None or verb.kind != "verb" or verb.lemma in RELAY_LEMMAS or verb.object_suffix:
        return None
    if k + 1 >= last or not view.is_word(k + 1):
        return None
    return _dashed_frame(view, i, k + 1, first, last, frames, cue=k)


# "وبحسب تقارير أولية فقد دمر …": فـ on قد answers a fronted phrase as فإن does; the verb after
# it opens the content.
_ANSWERS = FA_ANSWERS | {"فقد"}


MAX_DESCRIPTION = 24  # tokens of a comma-set description between a source phrase and its فإن
# Verbs that open a description of a text: how it was made or published (تم إعدادها، نشر على …).
_DESCRIBING_VERBS = frozenset({"تم", "يتم", "نشر", "نشرت", "صدر", "صدرت", "اعد", "اعدت"})


def _answer_past_description(view: DocView, start: int, last: int) -> int | None:
    """Where فإن answers a fronted source phrase past a description or an apposition set off by
    commas: "ووفقا لوثيقة …، تم إعدادها ضمن …، فإن …"، "وبحسب هديل الموفق، إحدى المشاركات،
    فإن …". The words between describe the source when they hold no report of their own (no
    verb of saying, complementizer or marks); what فإن answers is the content."""
    if start >= last or not view.is_word(start):
        return None
    for m in range(start, min(last - 1, start + MAX_DESCRIPTION)):
        if view.is_mark(m) or is_complementizer(view, m) or view.is_sentence_mark(m):
            return None
        if m > start and view.cues[m] is not None and view.cues[m].kind == "verb":
            return None
        if view.is_comma(m):
            answer = m + 1
            if not (view.is_word(answer) and view.keys[answer] in _ANSWERS and answer + 1 < last):
                return None
            verb = view.cues[answer + 1] if view.is_word(answer + 1) else None
            # "…، عامر النصري، فقد احتج الأهالي …": a verb of saying after the answer reports
            # on its own; the phrase then keeps its plain reading.
            return None if verb is not None and verb.kind == "verb" else answer
    return None


# What is done "in accordance with" (وفقا لطلب، حسب تعليمات، طبقا لأحكام): a request, an order or
# provisions followed, never a source of words.
_ORDERS = frozenset({"طلب", "رغبه", "اوامر", "تعليمات", "توجيهات", "شروط", "احكام", "مقتضيات"})


def _followed_order(view: DocView, k: int) -> bool:
    key = view.bare[k]
    return key in _ORDERS or (key[:1] == "ل" and key[1:] in _ORDERS)


# Filings of a court case, texts in which a party states its case ("وبحسب الشكوى، فإن …"،
# "ووفقا للدعوى فإن …"). Only with the answer فإن: set off alone ("ووفقا للدعوى، اعتاد …") the
# filing would become the antecedent of the next subjectless cue, which is the defendant's.
_FILINGS = frozenset({"دعوي", "شكوي", "عريضه"})
# Heads of written sources a fronted source phrase may name ("ووفق البيان فإن"، "وبحسب إحصائية
# الوحدة الوطنية …، فإن"، "ووفقا لوثيقة للداخلية …، فإن"): the text stands for its issuer.
_WRITTEN_HEADS = STATEMENT_NOUNS | WRITTEN_SOURCES | SOURCE_CARRIERS | _FILINGS | {"احصائيه"}
# Texts that say things, the heads a set-off phrase without فإن may name ("…، حسب البيان.").
_TEXT_HEADS = STATEMENT_NOUNS | WRITTEN_SOURCES
MAX_WRITTEN_SOURCE_WORDS = 8


def _describes(view: DocView, m: int) -> bool:
    key = view.bare[m]
    return (
        key in RELATIVES
        or key in _DESCRIBING_VERBS
        or key in _PUBLISHED
        or key in MAKING_VERBS
        or key in _ISSUED
        or _finite_verb(view, m)
    )


def _written_source(view: DocView, first: int, last: int, answered: bool) -> SpeakerPhrase | None:
    """A text as the source of a set-off or answered phrase: a definite one on its own
    ("حسب البيان."), an indefinite one with its issuer after it ("إحصائية الوحدة الوطنية"،
    "لوثيقة للداخلية"), or, answered by فإن, any such text ("وبحسب دراسة، فإن"). Not a rule or
    a plan followed ("وفقا للقانون"، "حسب الخطة"), whose heads are no texts of saying."""
    words = [m for m in range(first, last) if view.is_word(m)]
    if not words:
        return None
    key = view.bare[words[0]]
    definite = has_article(view, words[0])
    if definite:
        key = key[2:]
    elif key.startswith("لل"):
        key, definite = key[2:], True
    elif key[:1] == "ل":
        key = key[1:]
    if key not in (_WRITTEN_HEADS if answered else _TEXT_HEADS):
        return None  # "وفقا للبيانات التي جمعتها": set off without فإن, data are how, not who
    if not answered and any(_finite_verb(view, m) for m in words[1:]):
        return None  # "وحسب البلاغ أبدت الشركات …": the phrase runs into a clause, not set off
    issuer = len(words) > 1 and (has_article(view, words[1]) or view.bare[words[1]].startswith("لل"))
    if not (definite or issuer or answered):
        return None
    if len(words) > 3 and view.bare[words[1]] in _ISSUED and view.bare[words[2]] == "عن":
        # "وفقا للبيان الصادر عن القصر": the issuer after صادر عن is the source.
        issuer_words = words[3 : 3 + MAX_WRITTEN_SOURCE_WORDS]
        return SpeakerPhrase(
            issuer_words[0], issuer_words[-1] + 1, "name", None, (issuer_words[0], issuer_words[-1] + 1)
        )
    # The text's own description ends the name: "لوثيقة للداخلية كشفت عنها صحيفة …".
    end = next((n for n, m in enumerate(words) if n and _describes(view, m)), len(words))
    words = words[: min(end, MAX_WRITTEN_SOURCE_WORDS)]
    return SpeakerPhrase(words[0], words[-1] + 1, "name", None, (words[0], words[-1] + 1))


# What a clause may be "according to" without anyone saying it: a rule, a plan or an
# agreement followed, or a scenario assumed ("ووفقا للقانون فإن …"، "ووفق الخطط، فالمسافة …").
_RULE_HEADS = frozenset(
    {"قانون", "قوانين", "خطه", "خطط", "نظام", "انظمه", "دستور", "اتفاق", "اتفاقيه", "سيناريو", "معايير",
     "مخالفات", "قواعد", "لائحه", "لوائح", "مرسوم", "برنامج", "ميزانيه", "مبادره", "عقد", "شروط",
     # customs, traditions and procedures followed, a reform enacted
     "عرف", "اعراف", "تقاليد", "عاده", "معتاد", "اجراءات", "اجراء", "اصلاح", "اصلاحات", "منهجيه", "اسعار",
     "موازنه", "متطلبات"}
)  # fmt: skip


def _answered_source(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The source of a fronted phrase that فإن (فقد، فـ) answers: "وبحسب العائلة فإن …"، "وبحسب
    هذه الدراسة، فإنه …"، "وبحسب المنصة، فقد …". The answer shows the phrase attributes the clause
    after it, so its noun is the source whatever its class: a person, a group, a body or a text,
    up to a relative clause or a text's description ("المعلومات التي جمعتها …"). Not a rule or a
    plan followed ("ووفقا للقانون فإن"), a possessed noun (read by the pronoun rules) or a number."""
    words = [m for m in range(first, last) if view.is_word(m)]
    start = words[0] if words else first
    if words and view.bare[words[0]] in DEMONSTRATIVES:
        words = words[1:]  # "وبحسب هذه الدراسة": the noun after the demonstrative is the head
    if not words:
        return None
    key = view.bare[words[0]]
    if (
        key[:1] == "ل"
        and not key.startswith("لل")
        and not has_li_proclitic(view, words[0])
        and not _li_governed(view, words[0])
    ):
        return None  # "بحسب لتسريبات …": a ل the speaker's name would keep; left to the known sources
    heads = {key, key[1:], key[2:], key[3:] if key.startswith("بال") else key}
    if heads & _RULE_HEADS or not key.isalpha() or view.words.is_a("stop", key):
        return None
    if view.words.is_a("time", key) or view.tokens[words[0]].text.endswith(POSSESSIVE_ENDINGS):
        return None
    end = next((n for n, m in enumerate(words) if n and _describes(view, m)), len(words))
    words = words[: min(end, MAX_WRITTEN_SOURCE_WORDS)]
    if (
        len(words) > 1
        and start == words[0]
        and not _source_noun(view, words[0])
        and _source_noun(view, words[1])
    ):
        # "توقعات وزارة المالية"، "سجلات الحكومة": the body or the person whose texts or
        # figures they are is the source.
        start = words[1]
    return SpeakerPhrase(start, words[-1] + 1, "name", None, (start, words[-1] + 1))


# Source words that govern their noun with لـ ("وفقا لـ"، "طبقا لـ"، "تبعا لـ").
_LI_GOVERNORS = frozenset({"وفقا", "طبقا", "تبعا"})


def _li_governed(view: DocView, m: int) -> bool:
    """Whether the ل on word m is the preposition the source word before it governs: "وفقا
    لتقديرات الناتو"، "ووفقا لتسريبات سابقة". A name that begins with ل takes a second one after
    these words (وفقا للافروف), so a single ل there is never the name's own."""
    key = view.bare[m]
    return (
        m > 0
        and key[:1] == "ل"
        and not key.startswith("لل")
        and len(key) >= 4
        and key[1:] not in DEMONSTRATIVES  # "وطبقا لهذا الفحص، سيحدد الأطباء …": "accordingly"
        and view.bare[m - 1] in _LI_GOVERNORS
    )


def _source_noun(view: DocView, m: int) -> bool:
    """A body, an outlet or a title, with or without the article or ل."""
    key = view.bare[m]
    for stem in (key, key[1:] if key[:1] == "ل" else key):
        core = stem[2:] if stem.startswith("ال") else stem
        if view.words.is_a("institution", core) or view.words.is_a("media", core):
            return True
        if view.title_state(stem) is not None:
            return True
    return False


# Words that open a clause and never go on with a noun phrase: the verb كان and its sisters,
# modal verbs (يمكن، يجب), negations and verbal particles, and "there is".
_CLAUSE_OPENING_WORDS = (
    AUXILIARIES
    | MODAL_VERBS
    | frozenset(
        {"لم", "لن", "لا", "قد", "لقد", "سوف", "هناك", "ثمه", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت"}
    )
)
MIN_RUN_ON_CONTENT = 3  # words of the clause before the next comma, so that it is no apposition
MAX_RUN_ON_SOURCE_WORDS = 6


def _run_on_start(view: DocView, k: int, last: int) -> int | None:
    """Where the clause starts after a sentence-initial source phrase that no comma closes
    ("وبحسب المنظمين شارك …"، "ووفقا للشرطة لم يصب أحد …"). The source is a definite noun
    phrase: a head, the words of its construct chain, then definite words only (an adjective
    of a definite noun takes the article, and a definite noun takes no genitive). So the first
    word without the article after a definite word is no part of it: a verb, a particle or the
    subject opens the clause. None when the phrase holds a title (a name follows it: "بحسب
    الوزير أحمد …"), a relative, a preposition, a number or a word joined by و, or when the word
    after it is no clause opener (a name, a pronoun, a hamza-initial word)."""
    previous_definite = False
    for m in range(k, min(last, k + MAX_RUN_ON_SOURCE_WORDS + 1)):
        if not view.is_word(m) or _title_word(view, m):
            return None
        key = view.bare[m]
        if m > k and previous_definite and _opens_run_on_clause(view, m, last):
            return m
        if m > k and (
            _joined(view, m)
            or key in RELATIVES
            or not key.isalpha()
            or key[:1] in "بكف"
            or (key[:1] == "ل" and not key.startswith("لل"))
            or view.words.is_a("stop", key)
        ):
            return None
        definite = has_article(view, m) or key.startswith("لل")
        if previous_definite and not definite:
            return None
        previous_definite = definite
    return None


def _joined(view: DocView, m: int) -> bool:
    """A word with an attached و/ف ("والغاز" is kept whole when the word list lacks الغاز)."""
    return view.keys[m] != view.bare[m] or view.bare[m].startswith(("وال", "فال"))


def _opens_run_on_clause(view: DocView, m: int, last: int) -> bool:
    key = view.bare[m]
    if _joined(view, m) or not key.isalpha() or view.cues[m] is not None:
        return False
    if key not in _CLAUSE_OPENING_WORDS:
        if view.tokens[m].text.startswith(("ا", "أ", "إ", "آ")):
            return False  # a name or a noun of the phrase as often as a verb
        if key[:1] in "بلكف" or view.words.is_a("stop", key) or view.words.is_a("time", key):
            return False
        if view.title_state(key) is not None or view.words.is_a("institution", key):
            return False
        if view.words.is_a("media", key) or key in DEMONSTRATIVES or key in _SAME:
            return False
    words = 0
    for w in range(m, last):
        if view.is_comma(w) or view.is_sentence_mark(w):
            break
        words += view.is_word(w)
    return words >= MIN_RUN_ON_CONTENT


def _title_word(view: DocView, w: int) -> bool:
    key = view.bare[w]
    return view.title_state(key) is not None or (key[:1] == "ل" and view.title_state(key[1:]) is not None)


def _fronted_set_off(view: DocView, np_end: int, last: int) -> bool:
    """Whether a comma closes a phrase that opens its sentence and a clause follows it: a word,
    not و/ف joined to a word ("، وبموجب …" opens a clause of the writer's) or a relative ("، الذي
    …" describes the source)."""
    after = np_end + 1
    if not (after < last and view.is_comma(np_end) and view.is_word(after)):
        return False
    return not (_joined(view, after) or view.bare[after] in RELATIVES)


MAX_SET_OFF_SOURCE_WORDS = 5
# The source words that close a sentence after a comma ("…، وفق رويترز."، "…، بحسب الوكالة.").
_CLOSING_SOURCE_WORDS = frozenset({"وفق", "وفقا", "بحسب", "حسب"})
MAX_CLOSING_SOURCE_WORDS = 4
# What things are sorted or done by, "according to" which no one speaks (حسب الحاجة، بحسب المنطقة،
# وفق الأصول، حسب الظروف); rules and plans are _RULE_HEADS, orders _ORDERS.
_MANNER_HEADS = frozenset(
    {"حاجه", "حاجات", "حاله", "حالات", "ظروف", "منطقه", "مناطق", "اصول", "طلب", "اولويه", "اولويات", "اهميه",
     "نوع", "انواع", "موسم", "فئه", "فئات", "عمر", "اعمار", "جنس", "اقتضاء", "امكانيات", "امكان",
     "ترتيب", "توقيت", "مواصفات", "درجه", "كميه", "نسب", "نسبه", "مقاس", "قدره", "استطاعه", "ضوابط", "اسس",
     "اليات", "مبادئ", "سن", "مستوي", "مده", "حجم", "قيمه", "وزن", "مسافه", "رغبه", "ضروره", "اختصاص",
     "طبيعه", "نتائج"}
)  # fmt: skip


def _postposed_closing(view: DocView, i: int, first: int, np_end: int, last: int) -> bool:
    """Whether a وفق/بحسب phrase of up to four words stands after a comma and closes its
    sentence: "ارتفعت الأسعار، وفق كوميرسانت."، "…، وفقا لتقديرات الحلف الأخيرة.". What is done
    "according to" a plan, a rule or a requirement (وفق الخطة، حسب الحاجة، حسب المتطلبات) is not
    said by anyone."""
    if i <= first or not view.is_comma(i - 1) or view.bare[i] not in _CLOSING_SOURCE_WORDS:
        return False
    if not (np_end >= last or view.is_sentence_mark(np_end)):
        return False
    words = [m for m in range(i + 1, np_end) if view.is_word(m)]
    if not 1 <= len(words) <= MAX_CLOSING_SOURCE_WORDS:
        return False
    if any(
        view.is_mark(m) and not i < view.open_close.get(m, view.close_open.get(m, -1)) < np_end
        for m in range(i + 1, np_end)
    ):
        return False  # 'بحسب وثيقة حصلت "الشرق.نت" على …': a mark left open, the sentence ends too soon
    key = view.bare[words[0]]
    return not {key, key[1:], key[2:], key[3:]} & (_MANNER_HEADS | _RULE_HEADS)


def _set_off_source(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The source of a fronted phrase a comma closes or that runs into its clause, whatever its
    class ("وبحسب بلدية المدينة، …"، "وبحسب المنظمين شارك …"): read as an answered one
    (_answered_source), but without فإن to close it only a short phrase of words is taken: no
    number, no possessed noun ("بحسب وجهة نظره" is his), no phrase that has run on into a
    clause, and not "the same" one (ذات/نفس), which points back to someone named before."""
    words = [m for m in range(first, last) if view.is_word(m)]
    if not words or len(words) > MAX_SET_OFF_SOURCE_WORDS or view.bare[words[0]] in _SAME:
        return None  # "وحسب ذات الشخص،": "the same" points back to someone, read by _source_speaker
    if any(not view.bare[m].isalpha() or view.tokens[m].text.endswith(POSSESSIVE_ENDINGS) for m in words):
        return None
    head = view.bare[words[0]]
    if {head, head[1:], head[2:], head[3:]} & _FILINGS:
        return None  # a court filing states a party's case: its source is the party (_FILINGS)
    return _answered_source(view, first, last)


MAX_ANSWERED_SUBJECT = 12  # words of the answered clause searched for a verb of saying


def _outlet_tells(view: DocView, i: int, first: int, after: int) -> bool:
    """Whether a fronted "بحسب ما نشرته X، (فقد/فإن) …" opens its sentence before a clause that
    reports no one's words ("وبحسب ما نشرته الصحيفة، فقد قررت الحكومة …"): the outlet is then the
    source of the news it published, as with بحسب X. When the clause is a report of its own
    ("…، قال الوزير إن …"), the outlet only relays it."""
    if not (i == first or _clause_start(view, i, first)) or not view.is_word(after):
        return False
    if not any(view.is_comma(m) for m in range(max(first, after - 2), after)):
        return False  # the phrase is set off by its comma before the clause
    if view.cues[after] is not None:
        return False
    # "تبعا لما نقلته الوكالة، وقتذاك، مضيفة …": an adverb, no clause of news. (A clause after
    # فإن that is a report of its own is left to the answered-clause checks of source_frame.)
    return sum(view.is_word(m) for m in range(after, clause_end(view, after))) >= MIN_AS_CLAUSE_WORDS


def _reports_within(view: DocView, first: int, end: int) -> bool:
    """Whether a verb of saying with its own content follows within the first words of the
    clause a phrase's فإن answers ("فإن المحقق السابق … قال: …"، "… أكد أن …"): the clause is
    then a report of its own, which the phrase only relays."""
    stop = min(end, first + MAX_ANSWERED_SUBJECT)
    for m in range(first, stop):
        cue = view.cues[m] if view.is_word(m) else None
        if cue is None or cue.kind != "verb" or m + 1 >= len(view):
            continue
        nxt = m + 1
        if view.tokens[nxt].text == ":" or is_complementizer(view, nxt):
            return True
        if view.is_mark(nxt) and nxt in view.open_close:
            return True
    return False


def _reports_further(view: DocView, first: int, end: int) -> bool:
    """Whether the clause a phrase's فإن answers opens with a subject and its verb of saying,
    whose own content follows, however far ("وبحسب بيان الديوان، فإن الملك قال مساء السبت خلال
    ترؤسه اجتماعا … أنه "…""): the clause is the verb's report, which the phrase relays."""
    stop = min(end, first + MAX_ANSWERED_SUBJECT)
    for m in range(first, stop):
        if not view.is_word(m) or view.bare[m] in _SUBJECT_BREAKS:
            return False  # "فإن ذلك ليس السبب الذي يدفع ميسي إلى طلب …": no subject then its verb
        cue = view.cues[m]
        if cue is None or cue.kind != "verb" or view.keys[m] != view.bare[m]:
            continue  # a verb with its و opens a clause of its own, after the answered one
        trigger, _ = find_trigger(view, m, cue, end)
        return m > first and trigger is not None and trigger.kind in ("that", "colon", "quote")
    return False


# Words that end the subject of an answered clause before its verb: a preposition, a relative.
_SUBJECT_BREAKS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "ليس", "ان"}) | RELATIVES


def _after_writers_note(view: DocView, opening: int, before: int, clause_first: int) -> int:
    """ "يذكر أن …، وفقا لوكالة …": the writer's "it is noted that" (يذكر أن، يشار إلى أن) opens
    the clause, and the source's words start after its أن."""
    key = view.bare[opening]
    if key == "يذكر" and opening + 2 <= before and is_complementizer(view, opening + 1):
        return opening + 2
    noted = key == "يشار" and opening + 3 <= before and view.bare[opening + 1] == "الي"
    if noted and is_complementizer(view, opening + 2):
        return opening + 3
    return clause_first


def _resumes_what(view: DocView, k: int) -> bool:
    """Whether the verb after "ذلك ما" takes ما back as its object (أكده، صرح به), so that
    the noun after it is the subject who said it."""
    if view.keys[k].endswith(("ه", "ها")):
        return True
    return k + 1 < len(view) and view.keys[k + 1] in PREPOSITION_PRONOUNS


def _overlaps(view: DocView, frame: Frame, first: int, i: int) -> bool:
    return frame.content[0] < view.tokens[i].start and frame.content[1] > view.tokens[first].start


def _relays_another(view: DocView, k: int, last: int) -> bool:
    """Whether a relay verb (نقل، أورد) names, after عن, whom it relays: "حسب ما نقلت رويترز"
    has the agency as the source, "وفق ما نقلته الوكالة عن مصدر" the unnamed source."""
    m = k + 1
    while m < last and not view.is_comma(m) and not view.is_sentence_mark(m):
        if view.keys[m] == "عن" or view.bare[m] == "نقلا":
            return True
        m += 1
    return False


def _relayed_source_start(view: DocView, k: int, last: int) -> int | None:
    """The first word after a bare عن that follows the relay verb at k in a phrase that closes
    its sentence ("…، حسبما نقلت رويترز عن مجلة دير شبيغل."): whom the outlet relays. None for
    عنه (a pronoun), no عن, or a phrase that goes on after a comma ("وبحسب ما نقلت الصحيفة عن
    فلان، وكيل الوزارة، أن …" is the relay verb's own report)."""
    m = k + 1
    found = None
    while m < last and not view.is_sentence_mark(m):
        if view.is_comma(m):
            return None
        if found is None and view.keys[m] == "عن" and view.tokens[m].text == "عن" and m + 1 < last:
            found = m + 1 if view.is_word(m + 1) else None
        m += 1
    return found


# "، كما قال مديره X.": كما "as" with a verb of saying, closing its sentence after a comma,
# attributes the clause before it like حسبما; "كما قال إن …" is "also said", a report of its own.
_AS = "كما"
MAX_AS_SOURCE_WORDS = 9


def _closing_as(view: DocView, i: int, k: int, first: int, last: int) -> bool:
    if view.cues[k] is None or i == first:
        return False
    if not (
        _clause_start(view, i, first)
        or _after_quoted_words(view, i, k)
        or _as_without_comma(view, i, k, first, last)
    ):
        return False
    if view.tokens[k].text.endswith("نا"):
        return False  # "كما ذكرنا": the author's own words
    last = _before_writers_comment(view, k, last)
    if sum(view.is_word(m) for m in range(k + 1, last)) > MAX_AS_SOURCE_WORDS:
        return False  # "كما تشير تقارير لوجود قواعد …": a report of its own, not a source
    for m in range(k + 1, last):
        if view.is_comma(m) or is_complementizer(view, m) or view.is_mark(m) or view.tokens[m].text == ":":
            return False
    return True


# Verbs of asking: "كما طلب X" is "as X asked", what was done, not what X said.
_ASKING = frozenset({"طلب", "طالب", "دعا", "ناشد", "حث", "حض", "اقترح", "أوصى", "نصح", "اشترط"})
# A clause of its own before كما, at least this many words long.
MIN_AS_CLAUSE_WORDS = 4


def _as_without_comma(view: DocView, i: int, k: int, first: int, last: int) -> bool:
    """Whether كما at ``i`` closes its sentence as "as X said" with no comma before it ("…
    بمواصلة شراء النفط كما قال دبلوماسي قريب من الملف."): a verb of saying that takes a clause
    (not a relay, which only passes words on), with nothing but its
    subject up to the sentence end, after a clause of its own. Mid-sentence, كما + verb + its
    own object or complement is "also" ("كما أظهر مباني مدمرة"، "كما تحدث البعض عن …"): the
    verb takes no bare object, and no preposition of its frames follows it."""
    found = view.cues[k]
    if found is None or found.kind != "verb" or found.lemma in RELAY_LEMMAS:
        return False
    if not {"that", "quote"} <= found.frames or "obj" in found.frames:
        return False  # "كما أظهر مباني مدمرة"، "كما أعلنت تعليق …": a verb with an object, "also"
    if found.lemma in _ASKING:
        return False  # "اتفقت على … كما طلب ترمب": done as asked, not words reported
    if found.object_suffix:
        return False
    if sum(view.is_word(m) for m in range(first, i)) < MIN_AS_CLAUSE_WORDS:
        return False
    if not (view.is_sentence_mark(last - 1) or (last < len(view) and view.is_sentence_mark(last))):
        return False  # the phrase must close a written sentence, not run to a line's end
    # "كما تحدث البعض عن خلافات …": a preposition of the verb's own complement follows.
    return not any(view.is_word(m) and view.keys[m] in found.frames for m in range(k + 1, last))


# "، ما ينذر بـ …"، "، مما يعني …"، "، وهو ما …": after a comma, the writer's
# comment on the whole event just told, a relative that takes up the sentence before it.
_COMMENT_OPENERS = frozenset({"ما", "مما"})
_COMMENT_PRONOUNS = frozenset({"وهو", "وهذا", "هو", "هذا"})


def _before_writers_comment(view: DocView, k: int, last: int) -> int:
    """The end of a closing "كما + verb + source" phrase at the first comma after the verb that
    opens the writer's comment on the event ("…، كما أعلن ترامب قبلا، ما ينذر بحرب تجارية"):
    the comment is no part of the source's words nor of its name. ``last`` when none does."""
    for m in range(k + 1, last - 1):
        if not view.is_comma(m):
            continue
        word = view.bare[m + 1] if view.is_word(m + 1) else ""
        after = view.bare[m + 2] if m + 2 < last and view.is_word(m + 2) else ""
        if word in _COMMENT_OPENERS or (word in _COMMENT_PRONOUNS and after == "ما"):
            return m
        return last
    return last


def _after_quoted_words(view: DocView, i: int, k: int) -> bool:
    """Whether كما at ``i`` follows closing marks right away, before a verb of saying ('في انتظار
    أن "يفرج عنه الله" كما يقول'): "as he says" attributes the quoted words. Not a relay verb
    ('"…" كما نقلت الوكالة': the outlet only passes the words on), nor after a term."""
    found = view.cues[k]
    if found is None or found.kind != "verb" or found.lemma in RELAY_LEMMAS:
        return False
    # Two words in marks are a term or a name ('أو "رئيس التحرير" كما يسميه أهل الشعر').
    return (
        view.is_mark(i - 1) and (i - 1) in view.close_open and not _quoted_term(view, view.close_open[i - 1])
    )


def _quoted_source(view: DocView, k: int) -> bool:
    """A one-word name in marks after a source word ("وفق "اليونسكو""), not a common noun
    (ة، ات) such as a plan or a text (وفق "الخطة")."""
    return not view.tokens[k].text.endswith(("ة", "ات")) and not view.words.is_a("document", view.bare[k][2:])


def _fa_min(view: DocView, k: int, last: int) -> bool:
    """ "فمن المرجح أن …"، "فمن المتوقع أن …": فـ + من + a definite adjective, the impersonal
    clause that answers a fronted phrase as فإن does."""
    return (
        k + 2 < last
        and view.keys[k] == "فمن"
        and view.is_word(k + 1)
        and has_article(view, k + 1)
        and is_complementizer(view, k + 2)
    )


def _last_clause_opening(view: DocView, first: int, before: int) -> int | None:
    """The last word between ``first`` and ``before`` that opens a clause after a comma: a
    contrastive conjunction (لكن، بينما) or a relative pronoun, bare or with و ("، والتي
    ستكون"); a preposition there (، في إطار …) goes on with the clause before."""
    for k in range(before - 1, first, -1):
        if not view.is_word(k) or not view.is_comma(k - 1):
            continue
        key = view.bare[k]
        if key in _CONTRASTIVE or key in RELATIVES or (key[:1] == "و" and key[1:] in RELATIVES):
            return k if k + 1 < before else None
    return None


_POINTING_BACK = frozenset({"ذلك", "وذلك"})
_CONTRASTIVE = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "بينما", "فيما"})
_CONTINUING_PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع"})


def _figure(view: DocView, k: int) -> bool:
    """A number written in digits ("452.7"، "30"), the amount a verb of reaching or counting takes."""
    return view.tokens[k].text[:1].isdigit()


def _relative_clause_start(view: DocView, start: int, i: int) -> int:
    """The relative (التي، الذي …) nearest before a source phrase at ``i`` in the clause from
    ``start``: the phrase inside a relative clause attributes that clause ("وسط تفاقم
    المديونيات، التي بلغت بحسب البنك المركزي 452 مليار دولار")."""
    for k in range(i - 1, start, -1):
        if view.is_comma(k):
            break
        if view.is_word(k) and view.bare[k] in RELATIVES:
            return k
    return start


def _interrupted_clause_start(
    view: DocView, i: int, first: int, after: int, frames: list[Frame], comma_before: bool = True
) -> int | None:
    """Where the clause a mid-sentence source phrase interrupts begins, or None when the phrase
    opens a clause of its own. Set off by commas, the phrase interrupts its clause when what
    follows it is a prepositional complement (في، من، بـ …), which cannot begin a clause, so
    the words before the phrase are that clause's verb and subject."""
    if i <= first or not view.is_word(after):
        return None
    if not _continues_clause(view, after, relay=view.bare[i] == "نقلا"):
        return None
    before = i - 1
    while before >= first and view.keys[before] in ("و", "ف"):
        before -= 1
    if before <= first or (comma_before and not view.is_comma(before)):
        return None
    if not comma_before:
        before += 1  # the clause's last word before the phrase stays in it
    start = first
    for other in frames:
        if other.content[1] > view.tokens[first].start and other.content[0] < view.tokens[before].end:
            start = max(start, _token_after(view, other.content[1], before))
    while start < before and not view.is_word(start):
        start += 1
    if _source_phrase_end(view, start) is not None:
        # "…، بحسب دراسة X، وكذلك …، بحسب دراسة Y؛ بسبب …": the earlier phrase closed the
        # quote before it; this clause starts after that phrase.
        comma = next((m for m in range(start, before) if view.is_comma(m)), None)
        start = comma + 1 if comma is not None else before
    return start if start < before else None


def _continues_clause(view: DocView, k: int, relay: bool = False) -> bool:
    """Whether the word after a source phrase set off by commas goes on with the clause the
    phrase interrupts: a prepositional complement (في، من، بـ …), or a noun phrase that is the
    verb's subject, object or adverbial ("ويخضع لهذا القانون، وفق الوزير، كل شخص …") — not a
    word that opens a clause of its own: a conjunction, a particle, a verb, a cue. After
    "نقلا عن X" only a preposition does: that phrase relays a source whose words the clause's
    own cue introduces ("مقال أوردته صحيفة …، نقلاً عن مصادر، مفاده أن …")."""
    key = view.bare[k]
    if key in _CONTINUING_PREPOSITIONS or (key[:1] == "ب" and len(key) > 3):
        return True
    if relay:
        return False
    if key == "اذا":
        return True  # a condition on the clause's verb: "وتعتمد الصيغة، بحسب القرار، إذا كان …"
    if view.keys[k] != key or key in CLAUSE_OPENERS or key in CLAUSE_BREAKS or key in RELATIVES:
        return False  # an attached و/ف, or a particle that opens the next clause (مما، كما …)
    if view.cues[k] is not None:
        return False
    # An imperfect verb (يـ، تـ، نـ) opens a clause; nouns take the article or begin otherwise.
    return not (key[:1] in "يتن" and not key.startswith("ال"))


def _goes_on_after_comma(view: DocView, k: int) -> bool:
    """Whether the word after the comma closing a source phrase that no comma opened goes on
    with the clause the phrase sits in: a prepositional complement, or a noun without the article
    that names no title and no body ("حسب الوزيرة، قيمة …"، "حسب المدير، جميع …") — not an
    apposition on the source ("حسب أحمد سالم، المتحدث باسم …"، "وفق X، رئيس …")."""
    if not view.is_word(k) or not _continues_clause(view, k):
        return False
    key = view.bare[k]
    if key in _CONTINUING_PREPOSITIONS or (key[:1] == "ب" and len(key) > 3):
        return True
    return (
        key[:1] not in "وف"  # "…، وتراجع …": و/ف may open the next clause, as after any comma
        and not key.startswith("ال")
        and not key[:1].isdigit()
        and view.title_state(key) is None
        and not view.words.is_a("institution", key)
        and not view.words.is_a("media", key)
    )


def _token_after(view: DocView, offset: int, limit: int) -> int:
    """The first token at or after character ``offset`` (at most ``limit``)."""
    k = limit
    while k > 0 and view.tokens[k - 1].start >= offset:
        k -= 1
    return k


# Words that open an adverbial, never a clause of its own ("without, despite, after, amid, especially").
_ADVERBIAL_OPENERS = frozenset(
    {"دون", "بدون", "رغم", "بعد", "قبل", "خلال", "وسط", "اثر", "عقب", "خاصه", "لاسيما"}
)


def _closes_a_quote(view: DocView, i: int, first: int, frames: list[Frame]) -> bool:
    """Whether the bare phrase at i follows a comma right after the end of a quote found before it
    (not "حيث شرعت الحكومة، حسب قوله، في تنفيذ …", which interrupts a clause of no quote)."""
    before = i - 1
    if before <= first or view.keys[i] != view.bare[i] or not view.is_comma(before):
        return False
    end = view.tokens[before - 1].end
    return any(end - 1 <= other.content[1] <= end for other in frames)


def _trails_the_clause(view: DocView, after: int, last: int) -> bool:
    """Whether what follows a source phrase set off by commas in mid-sentence still belongs to
    the phrase, so that it attributes the clause before it: a time adverbial ("بحسب بلاغ
    أصدرته الجمعية، الجمعة."), a relative clause on the source ("، الذي أصدرته المجموعة"),
    or a short apposition naming it ("وفق ما أعلنه رئيس المشروع، ماهر بن سدرين.")."""
    if not view.is_word(after):
        return False
    key = view.bare[after]
    if view.words.is_a("time", key) or key in RELATIVES or key in _NEXT_CLAUSE_OPENERS:
        return True
    if _consequence(view, after, last):
        return True
    words = [k for k in range(after, last) if view.is_word(k)]
    if any(view.cues[k] is not None for k in words):
        return False
    if len(words) <= MAX_TRAILING_APPOSITION:
        return True
    # "…، بحسب ما أكده X، نائب رئيس جمعية "إفريقية" إحدى الجمعيات المشاركة.": a title opening
    # the rest of the sentence, with no comma and no complementizer in it, describes the source.
    return (
        view.title_state(key) is not None
        and len(words) <= MAX_TRAILING_TITLE_WORDS
        and not any(view.is_comma(k) or is_complementizer(view, k) for k in range(after, last))
    )


def _consequence(view: DocView, k: int, last: int) -> bool:
    """Whether ما at ``k`` opens "، ما دفع السلطات إلى …" "which led …", the writer's clause on
    what came of the event (as مما does), not "ما زال/ما يزال" "still", a negation that may open
    the reported clause ("بحسب المصدر، ما يزال الوضع متوترا")."""
    return (
        view.bare[k] == "ما"
        and k + 1 < last
        and view.is_word(k + 1)
        and view.keys[k + 1] not in _STILL
        and not has_article(view, k + 1)
    )


# زال "cease", negated with ما: "still".
_STILL = frozenset({"زال", "زالت", "يزال", "تزال", "زالوا", "يزالون", "دام", "دامت"})
MAX_TRAILING_APPOSITION = 3
MAX_TRAILING_TITLE_WORDS = 14
# After "، وفق الوزير،" these open the next clause ("مما دفع …", "كما تفيد …"): the phrase
# attributes the clause before it.
_NEXT_CLAUSE_OPENERS = frozenset(
    # و + a pronoun opens a circumstantial clause of the writer's ("، وفقا للمرصد، وهي خسائر …").
    {"مما", "كما", "حيث", "بينما", "فيما", "ثم", "لكن", "الا", "وهي", "وهو", "وهم", "وهما"}
)


MAX_CAME_IN_WORDS = 8
MAX_CAME_IN_RELATIVE_WORDS = 14  # a relative clause on the text (who delivered it, where, when)


def came_in_frame(view: DocView, i: int) -> Frame | None:
    """ "وجاء في البيان أن …"، "وورد في الرسالة: "…"": what a text says, the text its source
    (a statement stands for its issuer, :mod:`resolve`). The text is the noun phrase after في,
    up to the complementizer, colon or quotation mark that opens the content."""
    # With its و it opens a sentence; bare جاء is also "came" (جاء الرد …). After كما "as" the
    # bare verb is one too ("كما ورد في بيان الجهاز أن …").
    as_came = view.keys[i] in _CAME_VERBS and i > 0 and view.bare[i - 1] == _AS
    if not (view.keys[i] in OPENING_CAME_VERBS or as_came) or not view.is_word(i):
        return None
    _, last = view.sentence_range(i)
    if not _came_in(view, i, last):
        return None
    first = i + 2
    k = first
    reach = MAX_CAME_IN_WORDS
    while k < last and k - first <= reach:
        if view.is_mark(k) and k > first and _quoted_short(view, k) and view.open_close[k] + 1 < last:
            k = view.open_close[k] + 1  # "وجاء في اعترافات "محمد" أنه …": marks around a name in the phrase
            continue
        if (
            reach > MAX_CAME_IN_WORDS
            and view.is_mark(k)
            and view.open_close.get(k) is not None
            and (view.tokens[k - 1].text.endswith("ـ") or view.bare[k - 1] == "ب")
        ):
            k = view.open_close[k] + 1  # "التي …، وعُنونت بـ"…"، أنه": a title inside the relative clause
            continue
        if not (view.is_word(k) or view.is_comma(k)) or is_complementizer(view, k):
            break  # أنه with its pronoun as well as أن ("وجاء في البيان أنه سيتم …")
        clause_on_text = view.bare[k] in RELATIVES or view.bare[k] in _PUBLISHED
        if k > first and reach == MAX_CAME_IN_WORDS and clause_on_text:
            # "وورد في رسالة السيستاني التي تلاها ممثله … في خطبة الجمعة إن …": a relative
            # clause on the text names who delivered it, where and when; the phrase runs on.
            # So does one without a relative after an indefinite text, its verb taking the text
            # up ("وجاء في بيان للوزارة نشرته على صفحتها الرسمية على فيسبوك "…"").
            reach = k - first + MAX_CAME_IN_RELATIVE_WORDS
        elif reach > MAX_CAME_IN_WORDS and view.cues[k] is not None and view.cues[k].kind == "verb":
            return None  # "وجاء في الرسالة التي أكد فيها الوزير أن …": أنّ is the relative verb's
        k += 1
    if k >= last:
        return None
    if is_complementizer(view, k):
        trigger = Trigger("that", k + 1)
    elif view.tokens[k].text == ":":
        trigger = Trigger("colon", k + 1)
    elif view.is_mark(k) and k in view.open_close:
        trigger = Trigger("quote", k)
    else:
        return None
    if as_came and trigger.kind != "that":
        return None  # "كما ورد في رسالة، حصلت عليها وكالة "فرانس برس"": the marks name the outlet
    speaker = _document_source(view, first, k) or _statement_source(view, first, k)
    if speaker is None:
        return None
    found = content_from(view, trigger)
    if found is None:
        return None
    span, kind = found
    return Frame(i, i + 1, span, kind, speaker, None, 0.6)


def _statement_source(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """A text of saying as a source: a statement, a letter, a message (البيان، الرسالة)."""
    words = [m for m in range(first, last) if view.is_word(m)]
    if not words:
        return None
    key = view.bare[words[0]]
    core = key[2:] if has_article(view, words[0]) else key
    if not any(core in nouns for nouns in (STATEMENT_NOUNS, _LETTER_NOUNS, UTTERANCE_NOUNS, WRITTEN_SOURCES)):
        return None
    words = words[:MAX_DOCUMENT_WORDS]
    return SpeakerPhrase(words[0], words[-1] + 1, "name", None, (words[0], words[-1] + 1))


_LETTER_NOUNS = frozenset({"رساله", "مراسله", "تدوينه", "تغريده", "منشور", "تقرير", "كلمه", "خطاب"})


def _circumstantial_report(view: DocView, i: int) -> bool:
    """An accusative participle of saying (مشيرا، مضيفة، مؤكدين) right after a comma: a
    circumstantial clause (حال) of its own, never part of a source's name or its clause."""
    found = view.cues[i] if view.is_word(i) else None
    return (
        found is not None
        and found.kind == "participle"
        and view.is_comma(i - 1)
        and view.tokens[i].text.endswith(("ا", "ًا", "اً", "ين"))
    )


def _opens_coordinated_report(view: DocView, i: int) -> bool:
    """و + a verb of saying (واعتبر، وأضاف): a clause of its own, never part of a source's name."""
    found = view.cues[i] if view.is_word(i) else None
    return found is not None and found.kind == "verb" and view.keys[i] != view.bare[i]


def _came_in(view: DocView, k: int, last: int) -> bool:
    """ "ما ورد في" / "ما جاء في": what a text says, the verb of coming in a text, then في."""
    key = view.keys[k]
    verb = key in _CAME_VERBS or key in OPENING_CAME_VERBS
    return verb and k + 2 < last and view.bare[k + 1] == "في" and view.is_word(k + 2)


_CAME_VERBS = frozenset({"ورد", "جاء"})


def _came_in_at(view: DocView, k: int, last: int) -> int | None:
    """The في after "ما ورد" / "ما جاء" in a source phrase, past the verb's time ("بحسب ما جاء
    اليوم الجمعة في بلاغ للجمعية"): a time adverbial comes between a verb and its complement."""
    m = k + 1
    while (
        m < min(last, k + 1 + MAX_TIME_PLACE_WORDS)
        and view.is_word(m)
        and view.words.is_a("time", view.bare[m])
    ):
        m += 1
    if m == k + 1:
        return k + 1 if _came_in(view, k, last) else None
    verb = view.keys[k] in _CAME_VERBS or view.keys[k] in OPENING_CAME_VERBS
    return m if verb and m + 1 < last and view.bare[m] == "في" and view.is_word(m + 1) else None


def came_in_text(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is the text words came in ("وجاء في البيان أن"، "وفق ما ورد في
    بلاغ …"): the subject of جاء/ورد is what was said, so the text is no subject a later verb
    without one goes on with."""
    at = phrase.first
    return (
        at > 1
        and view.bare[at - 1] == "في"
        and (view.keys[at - 2] in _CAME_VERBS or view.keys[at - 2] in OPENING_CAME_VERBS)
    )


def text_points_back(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a text names its author only by reference: with the article ("البيان") or with a
    verb whose dropped subject is its author ("تدوينة نشرها اليوم")."""
    for k in range(phrase.first + 1, phrase.last):
        if view.is_word(k) and (view.bare[k] in _PUBLISHED or view.bare[k] in MAKING_VERBS):
            after = k + 1
            return not (
                after < phrase.last
                and view.is_word(after)
                and not view.words.is_a("time", view.bare[after])
                and not view.words.is_a("stop", view.bare[after])
            )
    return False


def _set_off(view: DocView, i: int, first: int, np_end: int, last: int) -> bool:
    """Whether a source phrase stands apart from its clause: a comma (or the sentence start)
    before it and a comma or the sentence end after it ("…، بحسب القرار، إذا كان …"). Run into
    the clause ("عوقب وفقا للقانون") it tells how something was done, not who said it."""
    closed = np_end >= last or view.is_comma(np_end) or view.is_sentence_mark(np_end)
    return closed and (i == first or _clause_start(view, i, first))


def _document_source(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """A definite text that states things as the source of a source phrase: "القرار"، "مشروع
    القانون"، "الأرقام الرسمية للبنك المركزي". "نص القرار" is the decision's text: the source is
    the decision."""
    segment = [m for m in range(first, last) if view.is_word(m)]
    if len(segment) > 1 and view.bare[segment[0]] in _TEXT_OF and _document_head(view, segment[1]):
        segment = segment[1:]
    if not segment or not _document_head(view, segment[0]):
        return None
    if not has_article(view, segment[0]) and not (len(segment) > 1 and has_article(view, segment[1])):
        return None  # "بحسب قرار": which decision is not said
    words = segment[:MAX_DOCUMENT_WORDS]
    return SpeakerPhrase(words[0], words[-1] + 1, "name", None, (words[0], words[-1] + 1))


def _document_head(view: DocView, m: int) -> bool:
    key = view.bare[m]
    return view.words.is_a("document", key[2:] if has_article(view, m) else key)


_TEXT_OF = frozenset({"نص", "فحوي", "مضمون"})
MAX_DOCUMENT_WORDS = 6


def _names_outlet(view: DocView, phrase: SpeakerPhrase) -> bool:
    head = view.bare[phrase.start]
    head = head[2:] if head.startswith("ال") else head
    return view.words.is_a("media", head)


def _clause_start(view: DocView, i: int, first: int) -> bool:
    """Whether the phrase at i opens its clause (after a comma or at the sentence start)."""
    before = i - 1
    while before >= first and (view.is_mark(before) or view.keys[before] in ("و", "ف")):
        before -= 1  # "و حسب فيديو …": a conjunction written apart still opens the clause
    return before < first or view.is_comma(before)


def _opens_or_points_back(view: DocView, i: int, first: int) -> bool:
    """Whether the phrase at i opens its clause, or follows a ذلك that does ("…، وذلك حسبما
    نقلت الوكالة"): ذلك points back to the clause before the comma, which the phrase attributes
    as it would with nothing between them."""
    if _clause_start(view, i, first):
        return True
    return i - 1 > first and view.bare[i - 1] in _POINTING_BACK and _clause_start(view, i - 1, first)


def _quoted_short(view: DocView, open_token: int) -> bool:
    close = view.open_close.get(open_token)
    return close is not None and close - open_token <= 4


MAX_TERM_WORDS = 2  # "مدير غوغل": a name or a term, not a stretch of speech


def _quoted_term(view: DocView, open_token: int) -> bool:
    """Whether the marks at ``open_token`` hold a term rather than words said: two words at
    most ("مدير غوغل"، "الذباب")."""
    close = view.open_close.get(open_token)
    return close is not None and sum(view.is_word(m) for m in range(open_token + 1, close)) <= MAX_TERM_WORDS


# The longest outlet name a pair of marks holds after its medium noun (موقع "آي إم دي بي").
MAX_OUTLET_NAME = 6


def _quoted_outlet_name(view: DocView, open_token: int) -> bool:
    """Whether the marks at ``open_token`` hold the name of the outlet the noun before them
    names: "وفق موقع "آي إم دي بي" الفني"، "بحسب صحيفة "وول ستريت جورنال"": after صحيفة، موقع،
    وكالة … the marks name the source, whatever the name's length, and hold no words said."""
    close = view.open_close.get(open_token)
    if close is None or close - open_token > MAX_OUTLET_NAME + 1 or open_token == 0:
        return False
    before = open_token - 1
    if not view.is_word(before):
        return False
    key = view.bare[before]
    return view.words.is_a("media", key[2:] if key.startswith("ال") else key)


def _source_phrase_end(view: DocView, i: int) -> int | None:
    """Token after a source phrase starting at i, or None when no phrase starts there."""
    bare = view.bare[i]
    if bare in POINTING_BACK_WHAT:
        return i + 1 if i + 1 < len(view.tokens) and view.bare[i + 1] == "ما" else None
    if bare in RELATIVE_SOURCE_WORDS:
        return i + 1
    if bare in SOURCE_WORDS:
        nxt = i + 1
        if bare == "حسب" and _only(view, nxt):
            return None  # "لا على الصحافة فحسب وإنما …": فحسب "only" closes a phrase, names no source
        if bare == "نقلا":
            return nxt + 1 if nxt < len(view) and view.keys[nxt] == "عن" else None
        return nxt
    if bare == ON and i + 2 < len(view) and view.keys[i + 1] == "حد" and _speech_noun(view.keys[i + 2]):
        return i + 2  # على حد قول X / على حد تعبيره: the source is the next word (not على حد سواء)
    if bare == ON and i + 2 < len(view.tokens) and view.keys[i + 1] == _DHIMMA and _vouching(view, i):
        return i + 2  # "على ذمة خطيبته، فإنه …": on the word of X, who vouches for it
    return None


# على ذمة X "on X's word": X vouches for what is said. After a verb of holding it is the legal
# "pending" (حبسه على ذمة التحقيق، على ذمة القضية): an event or a case follows, no one who speaks.
_DHIMMA = "ذمه"
_CASE_NOUNS = frozenset({"قضيه", "قضايا", "دعوي", "محاكمه", "تحقيق", "تحقيقات", "احداث"})


def _vouching(view: DocView, i: int) -> bool:
    """Whether على ذمة at i names who vouches for the words: it opens its clause (at the sentence
    start or after a comma), and the noun after it is no event or case (على ذمة التحقيقات)."""
    k = i + 2
    if not view.is_word(k) or not _clause_start(view, i, view.sentence_range(i)[0]):
        return False
    key = view.bare[k]
    stem = key[2:] if key.startswith("ال") else key
    return stem not in _CASE_NOUNS and not event_noun(view, k) and not verbal_noun(view, k)


# Words that go on after فحسب / وحسب "only" ("ليس لغة فحسب بل ثقافة"، "لا هذا وحسب، وإنما …").
_BUT_RATHER = frozenset({"بل", "انما", "لكن", "ولكن", "وانما"})


def _only(view: DocView, nxt: int) -> bool:
    """Whether حسب at nxt - 1 is the adverb "only": nothing follows it in the clause (a mark or
    the end, not an opening quote mark) or "but rather" (بل، وإنما، لكن) does. A source phrase
    always names its source next."""
    if nxt >= len(view):
        return True
    if not view.is_word(nxt):
        return nxt not in view.open_close  # "حسب "اليونسكو"": the marks open the source's name
    return view.bare[nxt] in _BUT_RATHER


def _speech_noun(key: str) -> bool:
    """A noun of saying, bare or with a possessive pronoun: قول، تعبيره، وصفها."""
    if key in SPEECH_NOUNS:
        return True
    return any(key.endswith(suffix) and key[: -len(suffix)] in SPEECH_NOUNS for suffix in POSSESSIVE_ENDINGS)


def _pronoun_source(view: DocView, first: int, last: int) -> bool:
    """ "حسب تعبيره", "على حد قوله": the source is a pronoun on a noun of saying (not
    "وفقا لتأشيراتهم", whose pronoun owns visas)."""
    if not (first < last and view.is_word(first)):
        return False
    key = view.keys[first]
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix):
            stem = key[: -len(suffix)]
            stem = stem[1:] if stem[:1] == "ل" else stem
            return stem in SPEECH_NOUNS or _possessed_speech_noun(view, first)
    return False


def _possessed_speech_noun(view: DocView, m: int) -> bool:
    """ "وفق تأكيده"، "حسب إشارتها"، "وفقا لتصريحه": the verbal noun of a cue of saying with
    its possessor's pronoun (the lexicon's noun forms) names the speaker as a pronoun, like
    "حسب تعبيره"."""
    cue = view.cues[m]
    if cue is None and view.keys[m][:1] == "ل":
        cue = view.lexicon.forms.get(view.keys[m][1:])
    return cue is not None and cue.kind == "noun" and cue.object_suffix


def _source_speaker(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    if first + 1 < last and view.bare[first] in _SAME and has_article(view, first + 1):
        # "حسب ذات المصدر"، "وفق نفس المصادر": "the same" points back to a source named before;
        # the noun after it is read as the source, and the phrase keeps "the same" to resolve.
        phrase = _source_speaker(view, first + 1, last)
        if phrase is not None and phrase.first == first + 1:
            return SpeakerPhrase(
                first, phrase.last, phrase.kind, (first, phrase.last) if phrase.title else None
            )
    k = first

    def carrier(key: str) -> bool:
        # "بحسب تصريحات X", "وفقا لتصريحات X": the statement, not yet its source
        return (
            key in SOURCE_CARRIERS
            or key in ("قول", "تعبير", "احصائيه")
            or (key[:1] == "ل" and key[1:] in SOURCE_CARRIERS)
        )

    while k < last and carrier(view.bare[k]):
        k += 1
    if k == first and k + 1 < last and view.bare[k + 1] in _PUBLISHED and _letter_noun(view.bare[k]):
        k += 1  # "بحسب تغريدة كتبها الرئيس"، "وفقا لرسالة نشرها": the writer of the text is the source
    if first < k < last - 2 and view.bare[k] in _ISSUED and view.bare[k + 1] == "عن":
        k += 2  # "بحسب إحصائية صادرة عن هيئة الإحصاء": the issuer is the source
    if k >= last:
        return None
    if first < k < last - 1 and view.bare[k] in _PUBLISHED:
        # "حسب أرقام نشرتها وزارة الفلاحة": the verb's pronoun is the figures, its subject the source.
        segment = [m for m in range(k + 1, last) if view.is_word(m)]
        phrase = parse_segment(view, segment) if segment else None
        if phrase is not None and _can_be_a_source(view, phrase):
            return phrase
        if _publisher(view, segment):
            # "وفقا لتقرير نشرته دورية "إي لايف" العلمية": the subject of "published" is the
            # publisher, whatever its head noun; an unnamed written source when not parsed.
            end = segment[-1] + 1
            while end < last and view.tokens[end].text in _CLOSING_BRACKETS:
                end += 1  # "دورية (طب النوم)": the name's closing bracket stays with it
            return SpeakerPhrase(segment[0], end, "anonymous")
    if k > first and not has_article(view, first) and _finite_verb(view, k):
        # "بحسب تقارير كانت تحدثت …": an indefinite noun takes its relative clause without
        # الذي, so the verb describes the reports, which are the source.
        return SpeakerPhrase(first, k, "anonymous")
    rest = [m for m in range(k, last) if view.is_word(m)]
    while rest and view.words.is_a("time", view.bare[rest[-1]]):
        rest.pop()  # "بحسب تقارير إعلامية اليوم الأربعاء": the day of the reports
    nisbas = 0 < len(rest) <= 2 and all(
        _is_nisba_adjective(view, m) and view.cues[m] is None and view.bare[m][:1] not in "لب" for m in rest
    )
    if k > first and not has_article(view, first) and nisbas:
        # "وفقا لتقارير إعلامية محلية": the carrier's own adjectives; an unnamed written source.
        return SpeakerPhrase(first, rest[-1] + 1, "anonymous")
    if (
        k == first
        and view.keys[k].endswith(POSSESSIVE_ENDINGS)
        and (view.keys[k].startswith("تعبير") or view.keys[k].startswith("قول"))
    ):
        return None
    segment = [m for m in range(k, last) if view.is_word(m)]
    if segment and view.keys[segment[0]].startswith("لل"):
        return None
    phrase = parse_segment(view, segment) if segment else None
    if phrase is None or not _can_be_a_source(view, phrase):
        return None
    return phrase


def _said_subject(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The subject of the verb of saying in "بحسب ما أعلنت الفصائل"، "وفق ما أكدته الجمعية": the
    verb says who spoke, so a definite noun phrase after it is the source whatever its class
    (not only a body, an outlet or a title as after بحسب alone)."""
    segment = [m for m in range(first, last) if view.is_word(m)]
    if not segment or segment[0] != first or not has_article(view, first):
        return None
    if view.words.is_a("time", view.bare[first][2:]) or view.words.is_a("stop", view.bare[first]):
        return None
    phrase = parse_segment(view, segment)
    return phrase if phrase is not None and phrase.first == first else None


MAX_LI_SOURCE_WORDS = 3
# Tokens from a phrase's end to the content of the verb it interrupts: a comma, the
# complementizer or opening mark, then the first reported word.
MAX_RELAYED_GAP = 3
_SAME = frozenset({"ذات", "نفس"})


def _definite_li_source(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """ "وفقا للوكالة الرسمية،": a body or outlet whose article لـ hides (لل), a title to
    resolve like "الوكالة الرسمية" — not a rule followed ("وفقا للقانون")."""
    segment = [m for m in range(first, last) if view.is_word(m)]
    if not segment or len(segment) > MAX_LI_SOURCE_WORDS or not view.keys[segment[0]].startswith("لل"):
        return None
    core = view.bare[segment[0]][2:]
    if core not in SOURCE_CARRIERS and not any(
        view.words.is_a(cls, core) for cls in ("institution", "media", "anonymous")
    ):
        return None  # "ووفقا للأرقام الرسمية،": the figures, like the agency, are a source
    return SpeakerPhrase(segment[0], segment[-1] + 1, "title", title=(segment[0], segment[-1] + 1))


MAX_ADDRESSEE_WORDS = 5
_ADDRESSEE_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لنا"})


def _subject_dropped(view: DocView, verb: int, k: int, last: int) -> bool:
    """Whether the verb of saying in a closing source phrase names no subject: nothing but whom
    it was said to follows it to the sentence end ("…، حسب ما صرح به الأحد لوكالة تونس إفريقيا
    للأنباء."، "… حسبما أكده لنا."). The subject is then the pronoun in the verb, the one who
    said the clause before it; a later subjectless cue is resolved the same way."""
    if view.tokens[verb].text.endswith("نا"):
        return False  # "حسب ما ذكرنا": the writer's own words
    words = [m for m in range(k, last) if view.is_word(m)]
    if any(view.is_comma(m) or view.is_mark(m) for m in range(k, last)):
        return False
    opening = verb + 1
    while opening < k and view.is_word(opening) and view.keys[opening] in PREPOSITION_PRONOUNS:
        opening += 1  # "حسبما صرح به خلال …"
    if opening <= k and opens_speech_occasion(view, opening):
        # "…، وذلك وفقا لما قاله خلال مؤتمر صحفي عقده الإثنين.": the occasion of the saying,
        # not its subject, follows the verb; a title in it names the subject after the occasion.
        tail = [m for m in range(opening, last) if view.is_word(m)]
        if len(tail) > MAX_OCCASION_TAIL:
            return False
        rest = tail[2:]
        if rest and _nisba_of(view, rest[0], tail[1]):
            rest = rest[1:]  # "مؤتمر صحفي": the occasion's adjective, not a title
        return not any(view.title_state(view.bare[m]) is not None for m in rest)
    if not words:
        return True
    if len(words) > MAX_ADDRESSEE_WORDS:
        return False
    key = view.bare[words[0]]
    if any(
        view.words.is_a("time", view.bare[m]) or view.title_state(view.bare[m]) is not None for m in words[1:]
    ):
        return False  # "كما أوضح للصحافة حينها وزير الداخلية": the subject follows the addressee
    return (
        key in _ADDRESSEE_PRONOUNS
        or key.startswith("لل")
        or has_li_proclitic(view, words[0])
        or _li_issuer(view, words[0])
    )


MAX_OCCASION_TAIL = 10  # "خلال مؤتمر صحفي عقده الإثنين بمقر النادي"


def _nisba_of(view: DocView, m: int, noun: int) -> bool:
    """Whether the word at m is a nisba adjective (صحفي، الصحفية) agreeing with the noun before
    it in the article: "مؤتمر صحفي", not "المؤتمر وزير"."""
    return view.bare[m].endswith(("ي", "يه")) and has_article(view, m) == has_article(view, noun)


def _after_addressee(view: DocView, k: int, last: int) -> int:
    """Where the source begins after a verb of saying in a source phrase: past a ل-phrase naming
    whom it was said to and the comma after it ("بحسب ما أكده لمراسل الجوهرة أف أم، مصدر من
    الحرس البحري"، "حسب ما أكده لهم، مدير السجن"); the subject comes after the addressee."""
    if k >= last or not view.is_word(k):
        return k
    key = view.bare[k]
    ours = key[:1] == "ل" and key.endswith("نا")  # "لمراسلنا"، "لنا": the outlet's own reporter
    if not (
        ours
        or key in _ADDRESSEE_PRONOUNS
        or key.startswith("لل")
        or has_li_proclitic(view, k)
        or _li_issuer(view, k)
    ):
        return k
    for m in range(k + 1, min(last, k + MAX_ADDRESSEE_WORDS + 1)):
        if view.is_comma(m):
            return m + 1 if m + 1 < last and view.is_word(m + 1) else k
        if not view.is_word(m) and not view.is_mark(m):
            return k
    return k


MAX_TIME_PLACE_WORDS = 2


def _past_time(view: DocView, k: int, last: int) -> int:
    """Where the subject of a verb of saying in a source phrase begins past a time adverbial
    ("وفق ما صرح به اليوم السبت، العقيد …"، "حسب ما أعلنته السبت ببنزرت، وزيرة السياحة …"):
    the verb's time, and a place (بـ، في) set off by a comma with it, come before its subject."""
    m = k + 1 if k + 1 < last and view.is_comma(k) and view.is_word(k + 1) else k  # "أفاد به، اليوم"
    while m < last and view.is_word(m) and view.words.is_a("time", view.bare[m]):
        m += 1
    if m == k or (m == k + 1 and view.is_comma(k)):
        return k
    if (
        m < last
        and view.is_word(m)
        and (view.bare[m] == "في" or (view.bare[m][:1] == "ب" and len(view.bare[m]) > 3))
    ):
        comma = next(
            (c for c in range(m + 1, min(last, m + MAX_TIME_PLACE_WORDS + 1)) if view.is_comma(c)), None
        )
        if comma is None:
            return k
        m = comma
    if m < last and view.is_comma(m):
        m += 1
    return m if m < last and view.is_word(m) else k


MAX_LI_TITLE_WORDS = 10


def _li_title_source(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """ "ووفقا لوزير الخارجية سيرغي لافروف،"، "ووفقا للسيد إيلوورث، فإن …": a title, with the name
    after it if any, whose لـ the source word governs; the speaker reader takes no title with its
    لـ. Set off or answered by فإن, the phrase names who said the clause (not "وفقا للقانون")."""
    segment = [m for m in range(first, last) if view.is_word(m)]
    if not segment or len(segment) > MAX_LI_TITLE_WORDS:
        return None
    key = view.bare[segment[0]]
    rest = key[2:] if key.startswith("لل") else key[1:] if key[:1] == "ل" else ""
    if len(rest) < 3 or view.title_state(rest) is None:
        return None
    title, name = split_title(view, segment)
    # The name ends where a preposition or a time word goes on with the clause ("… في مؤتمر").
    stop = next((n for n, m in enumerate(name) if view.words.is_a("stop", view.bare[m])), len(name))
    name = name[:stop]
    if name and name[-1] - name[0] == len(name) - 1:
        # The name, as after a title without لـ: "إيلوورث" (resolved to the fullest name given).
        return SpeakerPhrase(
            name[0], name[-1] + 1, "name", (title[0], title[-1] + 1), (name[0], name[-1] + 1)
        )
    # No name right after the title ("للمؤرخ المتخصص في شئون الذهب تيموثي غرين"): the whole
    # phrase, whose name the resolver finds as for "بيان لوزير …".
    return SpeakerPhrase(segment[0], segment[-1] + 1, "title", title=(segment[0], segment[-1] + 1))


def _named_before(view: DocView, first: int, last: int, frames: list[Frame]) -> SpeakerPhrase | None:
    """ "…، بحسب الأناضول."، "…، بحسب الصديد،": one word with the article that an earlier quote's
    speaker has after its first word (وكالة أنباء "الأناضول"، فهران الصديد): the name of a source
    the document has already given, not a common noun ("وفقا للاتفاق")."""
    words = [m for m in range(first, last) if view.is_word(m)]
    if len(words) != 1 or not has_article(view, words[0]):
        return None
    key = view.keys[words[0]]
    for other in frames:
        phrase = other.speaker
        if phrase is None or phrase.start >= first:
            continue
        if any(view.keys[m] == key for m in range(phrase.start + 1, phrase.last)):
            return SpeakerPhrase(words[0], words[0] + 1, "name", None, (words[0], words[0] + 1))
    return None


def _li_outlet_source(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """ "وفقا لوكالة رويترز"، "وفقا لصحيفة الغارديان"، "وفقا لوسائل إعلام محلية": ل written on the
    head of an outlet's name, which the speaker reader does not take as a title with its لـ; or
    the issuer after an indefinite report: "بحسب تقرير لوكالة بلومبيرغ"، "بحسب بيان لوزير …"."""
    segment = [m for m in range(first, last) if view.is_word(m)]
    if len(segment) > 1 and view.bare[segment[0]] in SOURCE_CARRIERS:
        segment = segment[1:]  # "بحسب تقرير لوكالة بلومبيرغ"، "بحسب بيان لوزير الداخلية": the issuer
        if not _li_issuer(view, segment[0]):
            return None
    elif not segment or not view.words.is_a("media", view.bare[segment[0]][1:]):
        return None
    if len(segment) > MAX_DOCUMENT_WORDS or not _li_issuer(view, segment[0]):
        return None
    return SpeakerPhrase(segment[0], segment[-1] + 1, "title", title=(segment[0], segment[-1] + 1))


def _li_issuer(view: DocView, m: int) -> bool:
    """ل + an outlet, a body or a title: "لوكالة"، "لهيئة"، "لوزير"."""
    key = view.bare[m]
    if key[:1] != "ل" or key.startswith("لل"):
        return False
    rest = key[1:]
    return (
        view.words.is_a("media", rest)
        or view.words.is_a("institution", rest)
        or view.title_state(rest) is not None
    )


def _unnamed_reports(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """ "بحسب تقارير"، "وفقا لتقارير محلية"، "حسب تقديرات أولية": an indefinite carrier noun
    with at most its adjectives, set off from the clause, is an unnamed written source, like
    "مصادر مطلعة"; with the article ("وفقا للتقارير") it points back to a source named before."""
    segment = [m for m in range(first, last) if view.is_word(m)]
    if not segment or len(segment) > MAX_UNNAMED_REPORT_WORDS:
        return None
    key = view.bare[segment[0]]
    head = key[1:] if key[:1] == "ل" and not key.startswith("لل") else key
    if head not in SOURCE_CARRIERS or has_article(view, segment[0]):
        return None
    if any(has_article(view, m) or view.cues[m] is not None for m in segment[1:]):
        return None  # "بحسب بيانات الخزانة": a genitive names the source, read elsewhere
    return SpeakerPhrase(segment[0], segment[-1] + 1, "anonymous")


MAX_UNNAMED_REPORT_WORDS = 3


# A verb of publishing with the pronoun of the text before it: نشرتها، أصدره، أعدته.
_PUBLISHED = frozenset(
    stem + pronoun
    for stem in (
        "نشر", "نشرت", "اصدر", "اصدرت", "اعد", "اعدت", "اجرى", "اجرت", "اجراها", "قدم", "قدمت", "كتب", "كتبت"
    )
    for pronoun in ("ه", "ها")
)  # fmt: skip
MAX_PUBLISHER_WORDS = 6
_CLOSING_BRACKETS = frozenset({")", "]", "»", "”", '"'})
_WRITTEN_TEXTS = _LETTER_NOUNS | {"مقال", "مقاله"}


def _letter_noun(key: str) -> bool:
    """A text someone writes (تغريدة، رسالة، تدوينة، مقال), with the لـ of وفقا لـ or not."""
    return key in _WRITTEN_TEXTS or (key[:1] == "ل" and key[1:] in _WRITTEN_TEXTS)


def _publisher(view: DocView, segment: list[int]) -> bool:
    """Whether the words after "نشرته"/"كتبها" can be its subject: a short noun phrase that opens
    with a noun (no preposition, time word or verb of saying)."""
    if not segment or len(segment) > MAX_PUBLISHER_WORDS:
        return False
    key = view.bare[segment[0]]
    if key[:1] in "لبف" or key in ("في", "من", "علي", "عن", "الي") or view.words.is_a("time", key):
        return False
    return not any(view.cues[m] is not None for m in segment)


# The participle of issuing after a carrier noun: تقرير صادر عن، الأرقام الصادرة عن.
_ISSUED = frozenset({"صادر", "صادره", "الصادر", "الصادره", "صادرين", "الصادرين"})


def _finite_verb(view: DocView, i: int) -> bool:
    """A verb of saying or an auxiliary (كان، كانت): words that open a clause, never a name."""
    cue = view.cues[i]
    return (cue is not None and cue.kind == "verb") or view.bare[i] in AUXILIARIES


def _can_be_a_source(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether "بحسب X" names who said something: a person, a body, an outlet or an unnamed
    source, not a calendar or a rule ("بحسب التقويم العبري"، "وفقا لتسمية جمركية")."""
    if phrase.kind in ("title", "anonymous") or phrase.title is not None:
        return True
    key = view.bare[phrase.first]
    for stem in (key, key[1:] if key[:1] == "ل" else key):
        core = stem[2:] if stem.startswith("ال") else stem
        classes = ("institution", "media", "anonymous")
        if any(view.words.is_a(cls, core) or view.words.is_a(cls, stem) for cls in classes):
            return True
        if view.title_state(stem) is not None:
            return True
    if _family_name(view, phrase):
        return True
    if any(
        has_article(view, k) and view.words.is_a("document", view.bare[k][2:])
        for k in range(phrase.first + 1, phrase.last)
        if view.is_word(k)
    ):
        return False  # "طبقا لأحكام الفصل 92": the provisions of a text, a rule followed, no one
    if key[:1] == "ل" and (
        key[1:] in DEMONSTRATIVES or (key[1:2] == "ا" and verbal_noun(view, phrase.first, 1))
    ):
        # "تبعا لذلك" "accordingly"; "تبعا لارتفاع الطلب" "in step with" an event (افتعال،
        # استفعال): neither says anything. A تفعيل noun may be a text (وفقا لتحليل أجراه …).
        return False
    surface = view.tokens[phrase.first].text
    # A proper name has neither the article nor the endings of common nouns (ة، ات) and no
    # pronoun: رويترز، الأناضول is written with the article but is listed as an outlet.
    return not (
        has_article(view, phrase.first)
        or surface.endswith(("ة", "ات"))
        or view.keys[phrase.first].endswith(("هم", "ها", "ه"))
    )


def _family_name(view: DocView, phrase: SpeakerPhrase) -> bool:
    """A lone family name with the article ("وفق الدهماني"): a nisba in ـي that the document
    also writes after a given name ("إياد الدهماني"), which no common noun follows."""
    if phrase.last - phrase.first != 1 or not has_article(view, phrase.first):
        return False
    key = view.keys[phrase.first]
    if not key.endswith("ي"):
        return False
    for k, other in enumerate(view.keys):
        if other != key or k == 0 or not view.is_word(k - 1):
            continue
        if (
            not has_article(view, k - 1)
            and view.keys[k - 1] == view.bare[k - 1]  # no attached conjunction
            and view.title_state(view.bare[k - 1]) is None
            and not view.words.is_a("stop", view.bare[k - 1])
            and view.cues[k - 1] is None
        ) or compound_given_name_ends(view, k - 1):
            return True
    return False
