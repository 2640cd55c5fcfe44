"""From a cue to its content: the frame rules of reported speech in Arabic news.

After a speech verb come, in order, its subject and adverbials (VSO), then what introduces the
content: a complementizer (إن، أن، بأن، إنه …), a colon, an opening quotation mark, a
preposition the verb governs (دعا إلى، حذر من، أعرب عن، طالب بـ), or a bare object (أعلن
استعداده). Indirect content runs to the end of its clause: the sentence end, or a comma before
the next clause (a new cue, "وذلك", "على حد تعبيره"). Quoted words are atomic: a sentence
end inside quotation marks does not end the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from qawl.arabic import normalize
from qawl.extractors.quotes.lexicon import Cue, lemma_key
from qawl.extractors.quotes.speakers import (
    SpeakerPhrase,
    accusative_plural,
    has_article,
    in_theophoric_name,
    parse_speaker,
    preposed_subject,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    BI_ADVERBIALS,
    CARRIER_PARTICIPLE,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    DEFINITE_EVENTS,
    DEMONSTRATIVES,
    FA_ANSWERS,
    MAIN_CLAUSE_OPENERS,
    NAME_PREPOSITIONS,
    NO_CONJUNCTION_AFTER,
    NOT_BI_COMPLEMENT,
    NOT_COMPLEMENTIZER_AFTER,
    ON,
    POSSESSIVE_ENDINGS,
    PREPOSITION_PRONOUNS,
    PRONOUN_SUBJECTS,
    PROPOSITION_NOUNS,
    QUANTIFIERS,
    RELATIVES,
    RELAY_WORDS,
    SHORT_BI_WORDS,
    SPEECH_PRONOUNS,
    SUBORDINATE_OPENERS,
    SUBORDINATOR_HEADS,
    SUBORDINATORS,
    TITLE_ADJECTIVES,
)

MAX_MIDDLE = 40
NEAR_MIDDLE = 12  # a subject with its title, and an adverbial


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
    # source is a genitive, not the subject that later dropped subjects continue.
    in_object: bool = False


def is_complementizer(view: DocView, i: int) -> bool:
    if not view.is_word(i) or view.keys[i] not in COMPLEMENTIZERS:
        return False
    return not (i > 0 and view.bare[i - 1] in NOT_COMPLEMENTIZER_AFTER)


def is_relay(view: DocView, i: int) -> bool:
    """A verb after ما that only says where words were published: "حسب ما نقلت عنه وكالة …"."""
    return i > 0 and view.bare[i - 1] in RELAY_WORDS


def in_relative_clause(view: DocView, i: int) -> bool:
    """A verb that describes a noun rather than opening a report: "الذي كان يتحدث لجمهور",
    "بتغريدة كتب فيها" (a verb followed by a preposition carrying the noun's pronoun)."""
    before = {view.bare[k] for k in range(max(0, i - 2), i) if view.is_word(k)}
    if before & RELATIVES:
        return True
    nxt = i + 1
    return nxt < len(view) and view.keys[nxt] in SPEECH_PRONOUNS


def relayed_speech_noun(view: DocView, cue: Cue, cue_index: int, j: int, found: Cue | None) -> bool:
    """ "نقلت الوكالة عن الوزارة وصفها …"، "… عن الوزير قوله إن": after نقل X عن Y the
    verbal noun with Y's pronoun carries the content. وصفها is spelled like the verb وصف + its
    object, but after عن a verb would need a subject of its own, so it is the noun."""
    if cue.lemma != "نقل" or not view.is_word(j):
        return False
    if relay_source_start(view, cue_index + 1, j) is None:
        return False
    key = view.bare[j]
    if key.startswith("قول") and key.endswith(POSSESSIVE_ENDINGS):
        return True
    return found is not None and found.kind in ("verb", "noun") and found.object_suffix


def bi_complement(view: DocView, i: int) -> bool:
    key = view.bare[i]
    if len(key) == 3:
        # Doubled and short verbal nouns (بمدّ، بحلّ، بدء) are complements too; these are not.
        return key.startswith("ب") and key not in SHORT_BI_WORDS
    # بالنسبة، بالتالي: adverbials, never what a verb reports (واعدا بالنسبة للمستثمرين).
    return key.startswith("ب") and len(key) >= 4 and key not in NOT_BI_COMPLEMENT and key not in BI_ADVERBIALS


MAX_NAME_IN_SUBJECT = 6  # words of a quoted name or title inside the subject phrase
MAX_NAME_BEFORE_COMPLEMENT = 3  # a quoted name between the subject and the cue's complement


# A quoted name after these is the outlet spoken to (لمراسل "الجوهرة أف أم"، في مقابلة مع "العربية").
_ADDRESSEE_WORDS = frozenset({"مع", "مراسل", "مراسله", "مراسلنا", "مراسلتنا"})


def _quoted_name(view: DocView, open_token: int, cue: Cue | None = None) -> bool:
    """A short quoted span inside the subject, not the quote: a name after the noun it names
    (صحيفة "إندبندنت"، حركة "حماس"، على "تويتر"), or one the content still follows
    ("وأضافت "الإخبارية" أن …"، "هددت شركة "إيرباص" بمغادرة …")."""
    close = view.open_close.get(open_token)
    if close is None:
        return False
    inner = [k for k in range(open_token + 1, close) if view.is_word(k)]
    before = open_token - 1
    # After a word of the subject phrase (not the cue) a longer name or title fits too:
    # 'قال الناشر الإسباني "خوسي مانويل لوثيا مخيياس"، إنه'، 'مترجم كتاب "من عيون شعر الشابي"'.
    inside_subject = before >= 0 and view.is_word(before) and view.cues[before] is None
    if len(inner) > (MAX_NAME_IN_SUBJECT if inside_subject else 3):
        return False
    if before >= 0 and view.is_word(before):
        key = view.bare[before]
        stems = {key, key[1:]} if key[:1] in "لب" else {key}
        if (
            any(view.words.is_a("media", k) or view.words.is_a("namer", k) for k in stems)
            or key in NAME_PREPOSITIONS
            or any(k in _ADDRESSEE_WORDS for k in stems)
        ):
            return True
        if key == "ال":
            return True  # "الارتفاعات الـ"جنونية"": the mark sits inside a word
    if cue is not None and _set_off_acronym(view, open_token, inner, close, cue):
        return True
    # A verb with no complement but its content (قال) takes any quote after its subject.
    if (
        cue is not None
        and inside_subject
        and cue.frames - _CONTENT_FRAMES
        and _quoted_modifier(view, before, inner, close)
    ):
        return True
    if (
        cue is not None
        and inside_subject
        and "obj" in cue.frames
        and _quoted_kind(view, before, inner, close)
    ):
        return True
    if (
        cue is not None
        and inside_subject
        and len(inner) <= MAX_NAME_BEFORE_COMPLEMENT
        and not view.words.is_a("stop", view.bare[inner[0]])
        and _complement_next(view, close + 1, cue)
    ):
        return True
    for k in range(close + 1, min(close + 13, len(view))):
        if view.is_word(k) and view.cues[k] is not None:
            return False
        if (
            is_complementizer(view, k)
            or view.tokens[k].text == ":"
            or (view.is_mark(k) and k in view.open_close)
        ):
            return True
        if view.is_sentence_mark(k):
            return False
    return False


_CONTENT_FRAMES = frozenset({"that", "colon", "quote", "near", "next"})


def _set_off_acronym(view: DocView, open_token: int, inner: list[int], close: int, cue: Cue) -> bool:
    """One quoted word between commas after a word of the subject ("وذكرت وكالة الأنباء
    السورية، "سانا"، نقلا عن …"): the short name of the body just named, in apposition; or one
    quoted word after a detached preposition the cue does not take (نفى بـ"شدة"): a manner."""
    if len(inner) != 1:
        return False
    before = open_token - 1
    if before >= 1 and view.is_word(before) and view.bare[before] in ("ب", "ل"):
        return view.bare[before] not in cue.frames and view.cues[before - 1] is None
    return (
        bool(cue.frames - _CONTENT_FRAMES)  # قال takes any quote after its subject
        and before >= 1
        and view.is_comma(before)
        and view.is_word(before - 1)
        and view.cues[before - 1] is None
        and close + 1 < len(view)
        and view.is_comma(close + 1)
    )


def _clause_goes_on(view: DocView, close: int) -> bool:
    """The clause goes on after the closing mark at ``close``: a word follows that is no cue, no
    و/ف opening a new clause and no complementiser."""
    nxt = close + 1
    return (
        nxt < len(view)
        and view.is_word(nxt)
        and view.cues[nxt] is None
        and view.tokens[nxt].text[:1] not in "وف"
        and not is_complementizer(view, nxt)
    )


def _quoted_modifier(view: DocView, before: int, inner: list[int], close: int) -> bool:
    """A quoted definite word or two inside a noun phrase, its adjective or genitive, with the
    clause going on after the marks ("اعترفت الفتاة "المختطفة" في …"، "فوز مرشح "الوسط
    الديمقراطي" بأكثر …"): a term the writer marks, not words said. Words a source said
    stand after the cue or a phrase of speech (للصحفيين، له), or end their clause."""
    if not inner or len(inner) > MAX_QUOTED_TERM or not has_article(view, inner[0]):
        return False
    key = view.bare[before]
    words = view.words
    if words.is_a("stop", key) or key in PREPOSITION_PRONOUNS or words.is_a("time", key):
        return False
    return _clause_goes_on(view, close)


def _quoted_kind(view: DocView, before: int, inner: list[int], close: int) -> bool:
    """A quoted make or model after the indefinite noun of its kind, inside an object that the
    clause goes on after ("إرسال صواريخ "توماهوك" إلى …"، "طرح هاتف "غالاكسي" الجديد"): the
    noun before the marks is in construct with a word before it, so it is no subject, and
    the marks name a thing rather than open words said."""
    if not inner or len(inner) > MAX_QUOTED_TERM or has_article(view, inner[0]):
        return False
    key = view.bare[before]
    words = view.words
    if has_article(view, before) or _is_nisba(key) or view.title_state(key) is not None:
        return False
    if any(words.is_a(c, key) for c in ("stop", "time", "institution", "media", "anonymous", "document")):
        return False
    head = before - 1
    if head < 0 or not view.is_word(head) or view.cues[head] is not None or not _indefinite_event(view, head):
        return False
    return _clause_goes_on(view, close)


def _complement_next(view: DocView, k: int, cue: Cue) -> bool:
    """Whether the cue's complement starts right at word k, after a quoted name that ends its
    subject: the cue's own preposition (بمغادرة، إلى، عن) or a noun that opens its object
    (إقامة بطولة): the marks were a name inside the subject, and the content still follows."""
    if k >= len(view) or not view.is_word(k):
        return False
    key = view.bare[k]
    if key in cue.frames or ("ب" in cue.frames and bi_complement(view, k)):
        return True
    return "obj" in cue.frames and (_strong_object(view, k) or verbal_noun(view, k))


# Prepositions that open a phrase of the clause (the topic, a place, an instrument).
_PHRASE_PREPOSITIONS = frozenset({"في", "عن", "حول", "علي", "من", "الي", "مع", "بشان", "خلال"})
MAX_QUOTED_TERM = 2


def _quoted_term_in_phrase(view: DocView, cue_index: int, cue: Cue, open_token: int) -> bool:
    """A quoted term inside a phrase that stands between the cue and the marks: after a
    preposition the cue does not take ("انتقدت دوره في دعم مراكز الاحتجاز "السرية"") or a
    relative ("يرون ما يحدث "هناك""), when the cue takes an object, which the quote might
    otherwise be. A term is a word or two, the first one definite when there
    are two; words a source said begin a clause."""
    close = view.open_close.get(open_token)
    if close is None:
        return False
    inner = [k for k in range(open_token + 1, close) if view.is_word(k)]
    if not inner or len(inner) > MAX_QUOTED_TERM or (len(inner) > 1 and not has_article(view, inner[0])):
        return False
    # A verb with no object (قال) takes any quote after its adverbials ("قال في كلمته "…"").
    takes_object = bool({"obj", "dobj"} & cue.frames)
    for m in range(cue_index + 1, open_token):
        if not view.is_word(m):
            return False  # "وقال، في المؤتمر، "…"": a set-off adverbial; the quote is the content
        key = view.bare[m]
        if (
            takes_object
            and key in _PHRASE_PREPOSITIONS
            and key not in cue.frames
            and _in_phrase(view, open_token)
        ):
            return True
        if (key == "ما" or key in RELATIVES) and view.bare[m + 1] not in _ANNOUNCING_RELATIVES:
            return True
    return False


MAX_QUOTED_TOPIC = 6


def _quoted_topic(view: DocView, cue: Cue, open_token: int) -> bool:
    """A title in marks after حول "about" ("ندوة حول "آفاق الزراعة""), which the cue does not
    take: the topic of an event, named, not words anyone said."""
    close = view.open_close.get(open_token)
    if close is None or open_token == 0 or view.bare[open_token - 1] != "حول" or "حول" in cue.frames:
        return False
    if any(view.tokens[k].text == "؟" for k in range(open_token + 1, close)):
        return False  # "وتساءل حول "ماذا نفعل؟"": a question asked, not a title
    return sum(1 for k in range(open_token + 1, close) if view.is_word(k)) <= MAX_QUOTED_TOPIC


def _in_phrase(view: DocView, open_token: int) -> bool:
    """Whether the marks still belong to the phrase before them: right after its preposition
    (حول "الخطة"), or a definite adjective after a definite noun (مراكز الاحتجاز "السرية"); a
    time word closes the phrase ("نفت في بلاغ لها اليوم "الاتهامات"": the object follows)."""
    before = open_token - 1
    key = view.bare[before]
    if key in _PHRASE_PREPOSITIONS:
        return True
    first = open_token + 1
    return (
        has_article(view, before)
        and has_article(view, first)
        and not view.words.is_a("time", key)
        and not view.words.is_a("time", key[2:])
    )


# "قال ما نصه "…""، "كتب ما يلي": the relative announces the words that follow.
_ANNOUNCING_RELATIVES = frozenset({"نصه", "يلي", "معناه", "مفاده"})


@dataclass(slots=True)
class Trigger:
    kind: str  # that | colon | quote | prep | obj
    index: int  # token where the content starts (the mark itself for quote)


def find_trigger(view: DocView, cue_index: int, cue: Cue, limit: int) -> tuple[Trigger | None, list[int]]:
    """The first thing after the cue that introduces its content, and carriers passed on the way."""
    carriers: list[int] = []
    j = cue_index + 1
    # A cue that also spells a common word reports only with its content close after it.
    near = "near" in cue.frames
    # A perfect with a person ending (بيّنت، بيّنا، أبرزوا) spells no preposition or adjective,
    # so its content may come as far after it as any verb's.
    suffixed = _person_suffixed_perfect(view, cue_index, cue)
    reach = NEAR_MIDDLE if near and not suffixed else MAX_MIDDLE
    filled = False
    in_adverbial = False
    frames = cue.frames
    needed = _needed_objects(frames)
    # What the loop asks of the cue and the view at every token: read once.
    marks_trigger = bool({"colon", "quote"} & frames)
    bi, li, bal, dobj = "ب" in frames, "لل" in frames, "بال" in frames, "dobj" in frames
    relays = cue.lemma == "نقل"  # relayed_speech_noun holds only after نقل
    is_mark, is_comma, is_word = view.is_mark, view.is_comma, view.is_word
    open_close, tokens, keys, bare, cues = view.open_close, view.tokens, view.keys, view.bare, view.cues
    while j < limit and j - cue_index <= reach:
        token = tokens[j].text
        if is_comma(j):
            in_adverbial = False
        if filled and is_comma(j):
            return None, carriers  # "التي يدعونني إليها، أحاول أن …": the complement was a pronoun
        # A preposition right after the cue opens an adverbial before the complement ("عبر في
        # الاتصال عن …"): the preposition عبر "via" or بين "between" never takes another one.
        # After a perfect with a subject ending (عبّرا) no such reading is left, and في may go on
        # with a time adverbial ("عبّرا الثلاثاء خلال قمتهما في واشنطن عن …").
        adverbial = bare[j] == "في" and (
            j == cue_index + 1 or (suffixed and _in_time_adverbial(view, cue_index, j))
        )
        if near and not adverbial and (bare[j] in CLAUSE_BREAKS or keys[j] in MAIN_CLAUSE_OPENERS):
            return None, carriers  # "التوازن بين السلطات، لكن على كل …": another clause
        if near and j > cue_index + 1 and bare[j] in SUBORDINATE_OPENERS:
            return None, carriers  # "بين أفراد الأسرة، حيث يبدو أن …": أن is the other verb's
        if near and (token == ":" or is_mark(j)) and not marks_trigger:
            j += 1
            continue
        if is_mark(j) and j in open_close:
            if (
                _quoted_name(view, j, cue)
                or _quoted_term_in_phrase(view, cue_index, cue, j)
                or _quoted_topic(view, cue, j)
            ):
                j = (open_close[j] or j) + 1
                continue
            return Trigger("quote", j), carriers
        if token == ":":
            return Trigger("colon", j + 1), carriers
        if view.is_sentence_mark(j):
            return None, carriers
        if is_word(j):
            if near and keys[j] == "ان" and _imperfect_next(view, j + 1):
                return None, carriers  # "تتراوح بين أن تكون …": أنْ before a verb, بين "between"
            if keys[j] in COMPLEMENTIZERS and is_complementizer(view, j):
                return Trigger("that", j + 1), carriers
            key = bare[j]
            if j == cue_index + 1 and _pronoun_complement(key, cue):
                filled = True
            if key in needed:  # _needed_object(cue, key)
                return Trigger("obj", j), carriers  # "حمّل X المسؤولية": the second object is the content
            if key == "علي" and j + 1 < limit and bare[j + 1] in _ALA_ADVERBIAL_NOUNS:
                j += 2  # "شدد، على هامش الندوة، على أن …": على هامش is an adverbial, not the complement
                in_adverbial = True
                continue
            if in_adverbial and key == "علي" and not is_complementizer(view, j + 1):
                j += 1  # "على هامش إشرافه على الحفل": على inside the adverbial's own noun phrase
                continue
            if key == "عن" and _distance_adverb(view, j + 1, limit):
                j += 2  # "الدفع عن بعد": "remote(ly)", a fixed adverbial, not the complement عن
                continue
            if key in frames or keys[j] in frames:
                if is_complementizer(view, j + 1):
                    return Trigger("that", j + 2), carriers
                return Trigger("prep", j + 1), carriers
            # bi_complement, _definite_li_complement and _definite_bi_complement each need a
            # word that opens with their preposition.
            first = key[:1]
            # After a comma a ب-word opens an apposition (", بيتر ستريس،"), not the complement.
            # "وصرح الوزير بمقر الوزارة أن …": a place phrase before أنّ; the clause is the content.
            if (
                bi
                and first == "ب"
                and bi_complement(view, j)
                and (
                    not is_comma(j - 1)
                    or _bi_event(view, j)
                    or _closes_parenthetical(view, cue_index, j - 1)
                    or _last_bi_phrase(view, cue_index, j, limit)
                )
                and (dobj or not _complementizer_after_phrase(view, j, limit))
            ):
                return Trigger("prep", j), carriers
            if li and first == "ل" and j - cue_index <= MAX_LI_DISTANCE and _definite_li_complement(view, j):
                return Trigger("prep", j), carriers  # "دعت للإبلاغ عنها": لـ + a definite verbal noun
            if bal and first == "ب" and _definite_bi_complement(view, j) and not is_relay(view, cue_index):
                return Trigger("prep", j), carriers  # "وذكّر بالمشاريع": ذكّر بـ "reminded of"
            if j - 1 > cue_index and bare[j - 1] in RELATIVES and _relative_report(view, j - 1):
                return None, carriers  # "تصريحه للصحيفة التي نقلت عنه قوله إن …": إنّ is the relative's
            # Both tests read a cue at j (is it a name?); a word without one is asked neither.
            other = cues[j]
            if other is not None and (
                in_theophoric_name(view, j) or name_after_verb(view, j) or not _reports_here(view, j, other)
            ):
                other = None
            if relays and relayed_speech_noun(view, cue, cue_index, j, other):
                carriers.append(j)
                j += 1
                continue
            if other is not None and not view.words.is_a("stop", key):
                if (other.lemma == CARRIER_PARTICIPLE and other.kind == "participle") or keys[j] == "بالقول":
                    carriers.append(j)
                    j += 1
                    continue
                if (
                    other.kind in ("verb", "participle")
                    and not is_relay(view, j)
                    and not in_relative_clause(view, j)
                ):
                    return None, carriers
                if other.kind == "verb" and j + 1 < limit and is_complementizer(view, j + 1):
                    return None, carriers  # "… الذي اعتبر أنه …": أنّ is the relative verb's
        if keys[j] == "بالقول":
            carriers.append(j)
        j += 1
    return None, carriers


_DISTANCE_NOUNS = frozenset({"بعد", "قرب", "كثب"})


def _distance_adverb(view: DocView, k: int, limit: int) -> bool:
    """عن بعد، عن قرب، عن كثب ("remotely", "closely") with no genitive after the noun: with one
    ("تحدث عن قرب الانتخابات"، "عن قرب دخول قوات") the noun is the complement's head. After
    the adverb come a prepositional phrase, a conjunction or the clause's end."""
    if k >= limit or view.bare[k] not in _DISTANCE_NOUNS:
        return False
    nxt = k + 1
    if view.bare[k] == "كثب" or nxt >= limit or not view.is_word(nxt):
        return True
    key = view.bare[nxt]
    return view.keys[nxt] != key or key[:1] in "بل" or view.words.is_a("stop", key)


MAX_BI_ADVERBIAL = 4


def _complementizer_after_phrase(view: DocView, j: int, limit: int) -> bool:
    """Whether a complementizer follows the ب-phrase at j within a few words, with nothing but
    that phrase and a comma between: the verb's content is then the clause, and the ب-phrase
    an adverbial of place or manner (صرح بمقر الوزارة أنّ …، صرح، خلال ندوة بالعاصمة، أنّ …)."""
    for k in range(j + 1, min(limit, j + 1 + MAX_BI_ADVERBIAL)):
        if is_complementizer(view, k):
            return k > j + 1  # "يعترف بحقيقة أنّ …": the noun's own clause, the fact that
        if view.is_comma(k):
            # The phrase set off by commas on both sides (", خلال ندوة بالعاصمة، أنّ"); a comma
            # after the complement alone ("اتُّهم بالاغتصاب، إذ سبق أن …") opens another clause.
            return _opening_comma_before(view, j) and k + 1 < limit and is_complementizer(view, k + 1)
        if not view.is_word(k) or not has_article(view, k) or view.cues[k] is not None:
            return False  # "بمقر الوزارة": the place noun and its definite genitive only
    return False


def _opening_comma_before(view: DocView, j: int) -> bool:
    first, _ = view.sentence_range(j)
    for k in range(j - 1, max(first, j - MAX_BI_ADVERBIAL - 2) - 1, -1):
        if view.is_comma(k):
            return True
        if not view.is_word(k) or view.cues[k] is not None:
            return False
    return False


def _pronoun_complement(key: str, cue: Cue) -> bool:
    """The cue's own preposition with a pronoun right after it (دعا إليه، حذر منها): the
    complement is something named before, so no content follows after a comma."""
    return key in _pronoun_complements(cue.frames)


@lru_cache(maxsize=1024)
def _pronoun_complements(frames: frozenset[str]) -> frozenset[str]:
    """Every word :func:`_pronoun_complement` holds for a cue with ``frames``, asked at each verb
    cue: one set look-up."""
    return frozenset(
        preposition + suffix
        for preposition in frames
        if preposition in ("الي", "من", "عن", "علي")
        for suffix in POSSESSIVE_ENDINGS
    )


# Nouns that make على an adverbial of occasion, cause or level (على هامش، على خلفية، على صعيد).
_ALA_ADVERBIAL_NOUNS = frozenset({"هامش", "خلفيه", "صعيد", "مستوي", "اثر", "غرار", "مدي", "امتداد"})
# "during, after": they open the time adverbial of an event (TIME_PREPOSITIONS, further down,
# order a clause before or after another).
_DURING_PREPOSITIONS = frozenset({"خلال", "اثناء", "عقب", "اثر", "ابان"})


def _in_time_adverbial(view: DocView, cue_index: int, j: int) -> bool:
    """Whether a time preposition (خلال، أثناء، عقب) stands between the cue and j."""
    return any(view.bare[m] in _DURING_PREPOSITIONS for m in range(cue_index + 1, j))


def name_after_verb(view: DocView, i: int) -> bool:
    """ "قال فيرون إن …": a word right after a verb of saying is its subject, so a cue there that
    reads as و/ف + a verb (فيرون) is a name: no conjunction joins a second verb to the first with
    nothing between them."""
    if i == 0 or view.keys[i] == view.bare[i] or not view.is_word(i - 1):
        return False
    cue, before = view.cues[i], view.cues[i - 1]
    return (
        cue is not None
        and cue.kind in ("verb", "participle")
        and before is not None
        and before.kind == "verb"
    )


def _perfect_of_lemma(view: DocView, i: int, cue: Cue) -> bool:
    """Whether the cue at i is its lemma's bare perfect, third person masculine (أكد، أوضح)."""
    # Not a cue that also spells a common word (بين "between"): there the relative's noun is
    # still what the clause is about.
    return cue.kind == "verb" and "near" not in cue.frames and view.bare[i] == lemma_key(cue.lemma)


def _person_suffixed_perfect(view: DocView, i: int, cue: Cue) -> bool:
    """Whether the cue at i is its lemma's perfect with a subject ending: ـت، ـا، ـتا، ـوا، ـنا."""
    return cue.kind == "verb" and view.bare[i] in _person_suffixed_forms(cue.lemma)


_PERSON_ENDINGS = ("ت", "ا", "تا", "وا", "نا")


@lru_cache(maxsize=4096)
def _person_suffixed_forms(lemma: str) -> frozenset[str]:
    """The perfects of ``lemma`` with a subject ending; asked at every verb cue, so remembered
    (a few hundred lemmas)."""
    stem = lemma_key(lemma)
    return frozenset(stem + ending for ending in _PERSON_ENDINGS)


MAX_LI_DISTANCE = 4  # the verb, a short subject, the complement: لـ further on is another phrase's


def _definite_li_complement(view: DocView, j: int) -> bool:
    """لـ + the article on a verbal noun, the complement of دعا "called for" (دعت للإبلاغ،
    دعا للتظاهر): an event by its pattern, not a person or body (دعا للرئيس "prayed for")."""
    key = view.bare[j]
    if not key.startswith("لل") or view.is_comma(j - 1) or is_complementizer(view, j + 1):
        return False
    body = key[2:]
    if body.endswith(("ي", "يه", "ين", "ون")) or view.title_state("ال" + body) is not None:
        return False
    if body.startswith("ا") and 5 <= len(body) <= 7:
        return body[-2] == "ا"
    return body.startswith("ت") and (len(body) == 4 or (len(body) == 5 and body[-2] in "يا"))


MAX_LI_REACH = 10  # the verb, its subject, its object, then لـ + the event called for


def _indefinite_li_complement(view: DocView, i: int, cue: Cue, last: int) -> int | None:
    """لـ + an indefinite noun of an event, the complement of دعا with no other one in its clause
    ("دعت النقابة الحكومة لمراجعة القانون"، "ودعا لاستجابة فورية"): the last such word before
    the clause's end, past commas of an apposition. A لـ-phrase after a relational adjective or
    the head of a body names its purpose ("الهيئة الوطنية لمكافحة الفساد"), not what was called
    for."""
    words = view.words
    found = None
    for k in range(i + 1, min(last, i + MAX_LI_REACH + 1)):
        if not view.is_word(k):
            if view.is_comma(k):
                continue  # "دعت اللجنة رئيس الحكومة، يوسف الشاهد، لدراسة …": an apposition
            break
        key = view.bare[k]
        if key.startswith("لل") and _definite_li_complement(view, k):
            found = k  # "يدعو المعلمون الوزارة والحكومة للاستجابة …": past the short reach
            continue
        if view.cues[k] is not None or is_complementizer(view, k):
            break
        body = key[1:]
        if key.startswith("ل") and not key.startswith("لل") and len(body) >= 4:
            before = view.bare[k - 1]
            named = any(words.is_a(c, body) for c in ("stop", "time", "institution", "media", "anonymous"))
            purpose = k > i + 1 and (
                _is_nisba(before) or any(words.is_a(c, before) for c in ("institution", "namer", "media"))
            )
            event = verbal_noun(view, k, proclitic=1) or view.tokens[k].text.endswith("ة")
            # After a verb the object before لـ is a definite noun (دعت النقابة الحكومة لـ…) or
            # an apposition closed by a comma; a bare name there may still be the subject's.
            placed = (
                cue.kind == "participle"
                or k == i + 1
                or has_article(view, k - 1)
                or view.is_comma(k - 1)
                or _named_object(view, i, k - 1)
            )
            if event and placed and not named and not purpose and view.title_state(body) is None:
                found = k
                continue
        if words.is_a("stop", key) and not words.is_a("time", key):
            break
    return found


def _named_object(view: DocView, i: int, k: int) -> bool:
    """A one-word name right after the verb or its definite subject, before لـ + an event
    ("ودعت تونس لإيجاد …"، "ودعا الرئيس روسيا لاستخدام …"): subject or object, the لـ-phrase
    after it is what was called for, as no name takes a لـ-complement of its own."""
    if k > i + 2 or not view.is_word(k) or has_article(view, k) or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if any(
        view.words.is_a(c, key) for c in ("stop", "time", "institution", "media", "anonymous", "document")
    ):
        return False
    if view.title_state(key) is not None or _indefinite_event(view, k) or key[:1] in "لب":
        return False
    return k == i + 1 or (has_article(view, k - 1) and view.title_state(view.bare[k - 1]) is not None)


def _definite_bi_complement(view: DocView, j: int) -> bool:
    """بـ + the article on a noun, the complement of a verb that reports only with it (ذكّر
    بالمشاريع "reminded of the projects"; ذكر is "mentioned" otherwise): no name starts with
    بال, an adverbial (بالمناسبة "by the way") is not it, nor a ب-phrase a complementizer follows."""
    key = view.bare[j]
    if not key.startswith("بال") or len(key) <= 5 or key in BI_ADVERBIALS or view.is_comma(j - 1):
        return False
    return not is_complementizer(view, j + 1)


def _needed_object(cue: Cue, key: str) -> bool:
    """Whether a word is the noun a verb needs to report ("needs-مسؤولية": حمّل X مسؤولية …,
    "held X responsible"), with or without the article; a needed preposition (نقل عن) is no object."""
    return key in _needed_objects(cue.frames)


@lru_cache(maxsize=1024)
def _needed_objects(frames: frozenset[str]) -> frozenset[str]:
    """Every word :func:`_needed_object` holds for a cue with ``frames``: :func:`find_trigger`
    asks it at every word it passes, so it is one set look-up there."""
    nouns = (frame[len("needs-") :] for frame in frames if frame.startswith("needs-"))
    return frozenset(word for noun in nouns if len(noun) > 3 for word in (noun, "ال" + noun))


def _imperfect_next(view: DocView, i: int) -> bool:
    """Whether word i is an imperfect verb (يكون، تكون، يصبح), which follows the particle أنْ
    "to" and never the complementizer أنّ, whose clause opens with a noun or pronoun."""
    if i >= len(view) or not view.is_word(i):
        return False
    key = view.bare[i]
    if view.words.is_a("time", key) or view.mention_label(i) is not None:
        return False  # يوم، يناير; a name the earlier stages found (يوسف)
    return key in ("تكون", "يكون") or (key[:1] == "ي" and len(key) >= 3)


def clause_end(view: DocView, start: int, stop_at_comma: bool = False, nominal: bool = False) -> int:
    """Token index one past the end of the indirect content starting at token ``start``
    (``nominal``: a noun or prepositional complement, which a coordinated verb ends)."""
    limit = len(view)
    _, sentence_last = view.sentence_range(start) if start < limit else (start, start)
    j = start
    # The loop asks these at every token it passes: read once.
    is_mark, is_comma, is_word = view.is_mark, view.is_comma, view.is_word
    is_sentence_mark, break_before = view.is_sentence_mark, view.break_before
    open_close, tokens, keys, bare, cues = view.open_close, view.tokens, view.keys, view.bare, view.cues
    while j < limit:
        if is_mark(j) and j in open_close:
            close = open_close[j]
            if close is not None:
                if close + 1 > sentence_last:
                    sentence_last = view.sentence_range(close)[1]
                j = close + 1
                continue
        if j >= sentence_last:
            break
        if is_sentence_mark(j):
            break
        if tokens[j].text == ":" and j > start:
            break
        if j > start and break_before(j):  # a line break between j - 1 and j
            break
        if is_comma(j) and stop_at_comma:
            break
        if is_comma(j) and j + 1 < limit:
            nxt = j + 1
            while nxt < limit and is_mark(nxt) and nxt not in open_close:
                nxt += 1
            key = keys[nxt] if nxt < limit else ""
            cue = cues[nxt] if nxt < limit and is_word(nxt) else None
            if (
                key in CLAUSE_BREAKS
                or bare[nxt] in CLAUSE_BREAKS
                or (cue is not None and cue.kind != "noun" and _reports_here(view, nxt, cue))
            ):
                break
            if key == ON and nxt + 1 < limit and keys[nxt + 1] == "حد":
                break
            if _new_report_ahead(view, nxt):
                break
            if nominal and is_mark(j + 1) and j + 1 in open_close:
                break  # "الذي أبدى مخاوف حيال …، "غير مقبولة"": quoted words after a comma end a noun phrase
            if nominal and key == "حيث":
                break  # "أعلن انسحابه، حيث دافع عن …": a clause of place or cause opens
            if nominal and key == "بعد":
                break  # "حذر من أي عمل متهور، بعد تهديد غربي …": the writer's time of the report
            if nominal and key in FA_ANSWERS:
                break  # "تحدثت عن المشروع، فإن …": a noun phrase takes no فإن; the answer of a fronted phrase
        if j > start and is_word(j):
            cue = cues[j]
            key = keys[j]
            # A verb opens the next clause with its conjunction attached (وأكد) or written apart
            # ("… بل وصفتها بأنها …"، "ثم أضاف").
            if (
                cue is not None
                and (
                    cue.kind == "participle"
                    or (
                        cue.kind == "verb"
                        # "ما ورد في": after ما the first و is the root's, no conjunction
                        and (
                            (key != bare[j] and bare[j - 1] not in NO_CONJUNCTION_AFTER)
                            or keys[j - 1] in _APART_CONJUNCTIONS
                        )
                    )
                )
                and _has_own_content(view, j)
                and (nominal or not _coordinated_present(view, j, cue))
            ):
                if keys[j - 1] in _APART_CONJUNCTIONS and j - 1 > start:
                    j -= 1
                break
            if key == ON and j + 1 < limit and keys[j + 1] == "حد":
                break
            if key in _SOURCE_BREAKS and j + 1 < limit and is_word(j + 1):
                break
            # _opens_topic and _contrast_report, asked only at the words they start from.
            word = bare[j]
            if word == "اما" and _opens_topic(view, j):
                break
            if (word == "في" or word in _CONTRAST_OPENERS) and _contrast_report(view, j):
                break
            if nominal and _reason_clause(view, j):
                break
            if nominal and _new_clause_in_phrase(view, j):
                if keys[j - 1] == "و" and j - 1 > start:
                    j -= 1  # "… و لكن": the conjunction written apart goes with its clause
                break  # "طالب بإقالة الشاهد وهو مطلب يؤيده …"، "طالب بالبقاء فتم إبقاؤه"
            if nominal and word in RELATIVES and _relative_report(view, j):
                break  # "نافيا انتقاده ماي في مقابلته مع الصحيفة التي نقلت عنه قوله إن …"
            if nominal and cue is not None and _owned_report(view, j):
                # "أعلن التزامه بالبند بعد إعلانها عن …": the next report ends a noun phrase,
                # with the time word that binds it.
                if bare[j - 1] in TIME_PREPOSITIONS and j - 1 > start:
                    j -= 1
                break
        j += 1
    return j


_SOURCE_BREAKS = frozenset({"دون", "حسب", "بحسب"})
TIME_PREPOSITIONS = frozenset({"بعد", "قبل", "عقب", "اثر", "منذ"})
_APART_CONJUNCTIONS = frozenset({"بل", "ثم"})


def _owned_report(view: DocView, j: int) -> bool:
    """A verbal noun of saying with its owner's pronoun (إعلانها، تأكيده، مطالبتهم): a report
    of its own inside a noun phrase."""
    cue = view.cues[j]
    return cue is not None and cue.kind == "noun" and cue.object_suffix


# و/ف + an independent pronoun opens a clause of state (وهو مطلب …): a noun is never joined to
# a pronoun. و/ف + one of these verbs opens the next clause (فتم إبقاؤه، وكان …): a noun phrase
# coordinates nouns, not verbs.
_PRONOUN_CLAUSES = frozenset({"هو", "هي", "هم", "هما", "هن"})
_CLAUSE_VERBS = frozenset({"تم", "كان", "كانت", "قام", "قامت", "اصبح", "اصبحت", "بات", "باتت", "ظل", "ظلت"})


def _new_clause_in_phrase(view: DocView, j: int) -> bool:
    key = view.keys[j]
    if key in _NOMINAL_BREAKS or (key == "في" and j + 1 < len(view) and view.keys[j + 1] == "حين"):
        return True  # "… لكنه لم يذكر"، "… بينما تعرض بعضهم": a clause of its own
    if key[:1] not in "وف":
        return False
    if key[1:] in _PRONOUN_CLAUSES:
        # "شيء مهم وهو أننا …" ("namely that"): the clause spells the noun out.
        return not (j + 1 < len(view) and is_complementizer(view, j + 1))
    return key[1:] in _CLAUSE_VERBS


_NOMINAL_BREAKS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "ولكنه", "ولكنها", "بينما", "وبينما"})


def _relative_report(view: DocView, j: int) -> bool:
    """A relative pronoun whose verb is one of saying with content of its own ("الصحيفة التي
    نقلت عنه قوله إن …"): a report about the noun, which a noun phrase's content leaves out."""
    if view.bare[j] not in RELATIVES or j + 1 >= len(view) or not view.is_word(j + 1):
        return False
    cue = view.cues[j + 1]
    if cue is None or cue.kind != "verb" or not _agrees_with_relative(view, j, cue):
        return False  # "تونس، التي قال إنها …": the source's own words about the noun
    # A clause of its own follows ("… قوله إن"); "الإجراءات التي أعلن عنها الوزير" only describes.
    for k in range(j + 2, min(j + 10, len(view))):
        if is_complementizer(view, k) and view.bare[k].startswith("ب"):
            return False  # "ووصف الاتهامات التي وردت في التقرير بأنها …": بأنّ is the main verb's
        if is_complementizer(view, k) or view.tokens[k].text == ":":
            return True
        if view.is_sentence_mark(k) or view.is_comma(k):
            return False
    return False


def _agrees_with_relative(view: DocView, j: int, cue: Cue) -> bool:
    """Whether the verb after a relative agrees with it, so that the relative's noun is its
    subject: التي نقلت، الذي أعلن، الذين أكدوا."""
    relative, verb = view.bare[j], view.bare[j + 1]
    if relative in ("الذين", "اللواتي"):
        return verb.endswith(("وا", "ون", "ن"))
    if relative in ("التي", "اللتين"):
        return cue.feminine is True
    return cue.feminine is not True


def _reason_clause(view: DocView, j: int) -> bool:
    """لأنّ or باعتبار أنّ "because, since" open a clause of reason, which a noun phrase does not
    hold: "وصفه بـ"الدقيق" باعتبار أن الحوار …" ends before it."""
    key = view.bare[j]
    if key in ("لان", "لانه", "لانها", "لانهم"):
        return True
    return key == "باعتبار" and j + 1 < len(view) and is_complementizer(view, j + 1)


# "في حين" / "بينما" / "فيما" "whereas": a clause of their own, set against the one before.
_CONTRAST_OPENERS = frozenset({"بينما", "فيما"})


def _contrast_report(view: DocView, j: int) -> bool:
    """Whether word j opens a contrasting clause whose verb of saying reports on its own ("…
    سقطوا في الأحداث في حين أقرت الحكومة بسقوط …"): the other side's report is no longer the
    first speaker's words."""
    verb = j + 1
    if view.bare[j] == "في" and verb < len(view) and view.bare[verb] == "حين":
        verb += 1
    elif view.bare[j] not in _CONTRAST_OPENERS:
        return False
    if verb >= len(view) or not view.is_word(verb):
        return False
    cue = view.cues[verb]
    return cue is not None and cue.kind == "verb" and _has_own_content(view, verb)


def _coordinated_present(view: DocView, j: int, cue: Cue | None) -> bool:
    """و + an imperfect verb of saying with no subject of its own inside reported content ("إن
    غوتيريس يدعو إلى … ويحضّ جميع الأطراف على …"): the reported clause goes on, its subject
    the one before; the article's own next report is in the perfect (وأضاف) or names its
    subject (ويقول المحلل)."""
    if cue is None or cue.kind != "verb" or view.keys[j][:1] != "و":
        return False
    key = view.bare[j]
    if key[:1] not in "يت" or key.startswith(lemma_key(cue.lemma)):
        return False
    nxt = j + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    return (
        view.bare[nxt] in QUANTIFIERS
        or view.bare[nxt] in CLAUSE_OPENER_PREPOSITIONS
        or (
            view.cues[nxt] is None
            and not has_article(view, nxt)
            and view.title_state(view.bare[nxt]) is None
            and view.mention_label(nxt) is None
            and not view.words.is_a("anonymous", view.bare[nxt])
        )
    )


CLAUSE_OPENER_PREPOSITIONS = frozenset({"الي", "علي", "من", "عن", "في"})


def _opens_topic(view: DocView, i: int) -> bool:
    """أمّا … فـ: a fronted topic whose comment starts with ف opens a new sentence ("… أما رئيس
    اللجنة فقد أبرز أن …"); إمّا … أو ("either … or") has no ف answer and goes on."""
    if view.bare[i] != "اما":
        return False
    for k in range(i + 2, min(i + 16, len(view))):
        if view.is_sentence_mark(k) or view.bare[k] in {"او", "ام"}:
            return False
        if (
            view.is_word(k)
            and view.bare[k].startswith("ف")
            and (view.bare[k] in {"فقد", "فان", "فانه", "فانها"} or view.cues[k])
        ):
            return True
    return False


def _new_report_ahead(view: DocView, first: int) -> bool:
    """After a comma: a verb of saying within the next few words that opens its own quote
    ("…، وبعد القمة ذكرت أن …") starts a new clause."""
    for k in range(first, min(first + 4, len(view))):
        if not view.is_word(k) or view.bare[k] in RELATIVES or view.bare[k] in PRONOUN_SUBJECTS:
            return False  # "، الذي وصفه بأنه" describes; "، فهو يرى أنه" goes on with one speaker
        cue = view.cues[k]
        if cue is not None and cue.kind == "verb":
            return _has_own_content(view, k)
    return False


def _has_own_content(view: DocView, i: int) -> bool:
    """Whether a cue inside a content span opens its own quote soon after (a new clause)."""
    cue = view.cues[i]
    if cue is not None and not _reports_here(view, i, cue):
        return False  # "وقعت مذكرة تفاهم": the noun "memo", no participle
    for j in range(i + 1, min(i + 8, len(view))):
        if (
            is_complementizer(view, j)
            or view.tokens[j].text == ":"
            or (view.is_mark(j) and j in view.open_close)
        ):
            return True
        if view.keys[j] in {"الى", ON, "من", "عن"} or view.keys[j].startswith("ب"):
            return True
        if view.is_sentence_mark(j):
            return False
    return True


def trim(view: DocView, start: int, end: int, drop_final_stop: bool = True) -> tuple[int, int]:
    """Character span [start, end) without surrounding spaces, commas and a final full stop."""
    text = view.doc.text
    while start < end and (text[start].isspace() or text[start] in "،,:؛;-–"):
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in "،,:؛;-–" or (drop_final_stop and text[end - 1] in ".…")
    ):
        end -= 1
    return start, end


def _inside_marks(view: DocView, open_token: int) -> tuple[int, int] | None:
    close = view.open_close.get(open_token)
    start = view.tokens[open_token].end
    end = view.tokens[close].start if close is not None else view.tokens[view.line_end(open_token) - 1].end
    if close is None:
        # An unclosed mark quotes to the end of its sentence (or line when it is the last one).
        sentence_last = view.sentence_range(open_token)[1]
        end = view.tokens[sentence_last - 1].end
    start, end = trim(view, start, end)
    return (start, end) if end > start else None


def has_quoted_speech(view: DocView, first: int, last: int) -> bool:
    """Whether tokens [first, last) hold quoted words of the speaker's, which make an indirect
    quote mixed: any quotation mark but those around a name (:func:`quoted_name_at`)."""
    names: set[int] = set()
    for k in range(first, last):
        if k in names or not view.is_mark(k):
            continue
        close = view.open_close.get(k)
        if close is not None and close < last and quoted_name_at(view, k):
            names.add(close)
            continue
        return True
    return False


MAX_QUOTED_NAME = 6


def quoted_name_at(view: DocView, open_token: int) -> bool:
    """Whether the marks opening at ``open_token`` enclose a name, not the speaker's words: a
    few words after a noun or verb of naming (حركة "خمس نجوم"، صحيفة "الشرق الأوسط"، تسمى
    "…"، باسم "…"), the noun without the article, alone or after لـ/بـ (لحملة "…")."""
    close = view.open_close.get(open_token)
    if close is None:
        return False
    inner = [k for k in range(open_token + 1, close) if view.is_word(k)]
    if not inner or len(inner) > MAX_QUOTED_NAME:
        return False
    before = open_token - 1
    if before >= 0 and view.bare[before] == "ب":
        before -= 1  # بـ "…" written apart
    if before < 0 or not view.is_word(before):
        return False
    # A definite head takes the marks as its object or predicate ("يخسر التنظيم "خلافته""),
    # unless it is a participle of naming (المسمى "…").
    key = view.bare[before]
    stems = {key, key[1:]} if key[:1] in "لب" and not key.startswith("لل") else {key}
    return any(view.words.is_a(cls, k) for k in stems for cls in ("namer", "media", "institution"))


def in_fronted_subordinate(view: DocView, i: int) -> bool:
    """Whether the cue at i opens a subordinate clause placed before its main clause."""
    first, _ = view.sentence_range(i)
    before = [k for k in range(max(first, i - 3), i) if view.is_word(k)]
    if not before:
        return False
    opener = before[-1]
    if (
        view.bare[opener] in COMPLEMENTIZERS
        and len(before) > 1
        and view.bare[before[-2]] in SUBORDINATOR_HEADS
    ):
        opener = before[-2]
    elif view.bare[opener] not in SUBORDINATORS:
        return False
    prev = opener - 1
    return prev < first or view.is_comma(prev) or (view.is_word(prev) and view.keys[prev] != view.bare[prev])


def content_from(
    view: DocView, trigger: Trigger, stop_at_comma: bool = False
) -> tuple[tuple[int, int], str] | None:
    """Content span and kind for a trigger."""
    n = len(view)
    if trigger.kind in ("quote",):
        span = _inside_marks(view, trigger.index)
        return (span, "direct") if span else None
    start = trigger.index
    if start >= n:
        return None
    if trigger.kind == "colon":
        if view.is_mark(start) and start in view.open_close:
            span = _inside_marks(view, start)
            return (span, "direct") if span else None
        end = _colon_end(view, start)
        span = trim(view, view.tokens[start].start, view.tokens[end - 1].end) if end > start else None
        return (span, "direct") if span and span[1] > span[0] else None
    end = clause_end(view, start, stop_at_comma, trigger.kind in ("prep", "obj"))
    if end <= start:
        return None
    # A noun or prepositional phrase after the cue (دعا إلى …، أعلن إلغاء …) is a nominal
    # quote, quoted words or not; only a clause after a complementizer is indirect or mixed.
    nominal = trigger.kind in ("prep", "obj")
    # A complement wholly inside quotation marks: the content is what the marks hold.
    if view.is_mark(start) and start in view.open_close:
        close = view.open_close[start]
        if close is None or _only_punctuation(view, close + 1, end):
            span = _inside_marks(view, start)
            if span:
                return span, "nominal" if nominal else "mixed"
    span = trim(view, view.tokens[start].start, view.tokens[end - 1].end)
    if span[1] <= span[0]:
        return None
    if nominal:
        return span, "nominal"
    kind = "mixed" if has_quoted_speech(view, start, end) else "indirect"
    return span, kind


def _only_punctuation(view: DocView, first: int, last: int) -> bool:
    return all(not view.is_word(k) for k in range(first, last))


def _colon_end(view: DocView, start: int) -> int:
    """Colon quotes without marks run to the end of the sentence."""
    _, last = view.sentence_range(start)
    while last > start and view.is_sentence_mark(last - 1):
        last -= 1
    return last


def _verb_subject(view: DocView, i: int, cue: Cue) -> SpeakerPhrase | None:
    """The subject before a verb cue (SVO), none for a participle."""
    return preposed_subject(view, i, cue.object_suffix) if cue.kind == "verb" else None


def _reports_here(view: DocView, i: int, cue: Cue) -> bool:
    """A participle that also spells a noun ("next": مذكرة "reminding" or "memo") reports only
    with its complementizer right after it and no preposition before it: "…، مذكرة بأن …" but
    "ورأى المحلل في مذكرة أن …", where أنّ is رأى's."""
    if "next" not in cue.frames:
        return True
    if i > 0 and view.is_word(i - 1) and view.words.is_a("stop", view.bare[i - 1]):
        return False
    return i + 1 < len(view) and is_complementizer(view, i + 1)


def verb_frame(view: DocView, i: int, cue: Cue) -> tuple[Frame | None, list[int]]:
    """The quote a verb or participle at token i introduces, with its speaker phrase."""
    _, last = view.sentence_range(i)
    # The subject before the verb is read only once a rule needs it: most cues find no content,
    # and then it is never asked (preposed_subject reads the view and changes nothing).
    subject: SpeakerPhrase | None = None
    subject_read = False
    if not _reports_here(view, i, cue):
        return None, []
    trigger, carriers = find_trigger(view, i, cue, max(last, i + 1))
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
        obj = _object_before(view, i, word)
        if obj is not None:
            trigger = Trigger("obj", obj)
    if trigger is None and cue.lemma == _SEEING and cue.kind == "verb" and not cue.object_suffix:
        seen = _seen_in(view, i, last)
        trigger = Trigger("obj", seen) if seen is not None else None
    if trigger is None and "لل" in cue.frames:
        li = _indefinite_li_complement(view, i, cue, last)
        trigger = Trigger("prep", li) if li is not None else None
    if trigger is None and "obj" in cue.frames:
        subject, subject_read = _verb_subject(view, i, cue), True
        trigger = _object_trigger(view, i, cue, subject is not None, last)
        if trigger is not None and _passive_reading(view, i, cue, trigger, subject is not None):
            trigger = None
    postposed = False
    if trigger is None and not carriers:
        opening = _quote_before(view, i, cue)
        if opening is not None:
            trigger, postposed = Trigger("quote", opening), True
    if trigger is None or _passive_before_bi(view, i, cue):
        return None, carriers
    if trigger.kind == "prep" and _direct_object_before(view, i, trigger.index, cue):
        return None, carriers
    found = content_from(view, trigger, in_fronted_subordinate(view, i))
    if found is None:
        return None, carriers
    span, kind = found
    considered = _considered_object(view, i, cue, trigger)
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
    for frame in cue.frames:
        # "needs-عن": نقل reports only as نقل عن X; elsewhere it transports.
        if frame.startswith("needs-") and not _has_complement(view, frame[len("needs-") :], i, trigger.index):
            return None, carriers
    naming = trigger.kind == "prep" and "dobj" in cue.frames and i > 0 and view.bare[i - 1] in _WHAT_WORDS
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
        if carriers:
            middle_end = min(middle_end, carriers[0])
        if trigger.kind == "obj":
            middle_end = _subject_adverbial_start(view, i + 2, middle_end)  # "ونفت روسيا بشكل قاطع …"
        if considered is not None:
            middle_end = considered
        if trigger.kind == "that" and "ب" in cue.frames and "dobj" not in cue.frames:
            # "وصرح الوزير بمقر الوزارة أن …": the place phrase ends the subject.
            middle_end = next(
                (
                    m
                    for m in range(i + 2, middle_end)
                    if bi_complement(view, m) and _complementizer_after_phrase(view, m, last)
                ),
                middle_end,
            )
        after = _speaker_after(view, i, middle_end, cue, "dobj" in cue.frames)
        if after is not None and after.first == i + 1 and accusative_plural(view, after):
            after = None  # "ودعا الفاعلين الاقتصاديين الإيطاليين إلى": the object, subject dropped
        # "وفيما يتعلق بمشروع القانون، قال العاهل الأردني إن …": a phrase ended by a comma
        # before the verb is an adverbial when the verb has its own subject after it.
        if speaker is None or (after is not None and view.is_comma(i - 1)):
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
        and not _perfect_of_lemma(view, i, cue)
        and not _agreeing_imperfect(view, i, cue)
    ):
        return None, carriers  # "الحكومة التي يتوقع أن تبدأ": an impersonal relative clause
    if cue.lemma == _BELIEVING and _unowned_belief(view, i, trigger, speaker):
        return None, carriers  # "ويُعتقد أن …"، "عدد من يعتقدون أن …": no one's report
    if speaker is None and trigger.kind == "that" and _impersonal_after_noun(view, i, cue):
        return None, carriers  # "وهو رقم يُتوقع أن يرتفع": the passive in a clause describing a noun
    named_antecedent = i > 1 and view.bare[i - 1] in RELATIVES and view.bare[i][:1] == "ت"
    if speaker is None and cue.kind == "verb" and named_antecedent and _agreeing_imperfect(view, i, cue):
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
    about_speech = i + 1 < len(view) and view.keys[i + 1] in SPEECH_PRONOUNS
    if about_speech:
        # "قمة … تعهد فيها الزعيم الكوري": a subject may still follow the pronoun.
        middle_end = trigger.index - (1 if trigger.kind in ("that", "colon") else 0)
        speaker = parse_speaker(view, i + 2, middle_end) if middle_end > i + 2 else None
        if speaker is not None and speaker.title is None and speaker.kind == "name":
            speaker = None  # "يطالب فيها الحكومة بـ…": a bare noun there is the object
        about_speech = speaker is None
    frame = Frame(i, i + 1, span, kind, speaker, cue.feminine, confidence, object_first=object_first)
    frame.about_speech = about_speech
    frame.verbal = True
    return frame, carriers


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


def _unowned_belief(view: DocView, i: int, trigger: Trigger, speaker: SpeakerPhrase | None) -> bool:
    """A belief held by no one named: the impersonal passive (يُعتقد أن, the bare imperfect with
    أنّ right after it and no subject before it: at a clause's start, after a relative or حيث),
    a relative من "those who" ("عدد من يعتقدون أن …"), or the speaker's own or a generic
    belief (أعتقد، نعتقد، تعتقدون، قد تعتقد "you may think"), which report no one's words."""
    key = view.bare[i]
    before = view.bare[i - 1] if i > 0 and view.is_word(i - 1) else ""
    # أعتقد is written with its hamza, the perfect اعتقد "he believed" without one.
    first_person = view.tokens[i].text.lstrip("وف")[:1] == "أ" or key.startswith("ن")
    if before in ("من", "قد") or first_person or (key.startswith("ت") and key.endswith("ون")):
        return True
    return (
        trigger.kind == "that"
        and trigger.index == i + 2
        and key == "يعتقد"
        and (
            not before
            or view.keys[i] != key
            or before in RELATIVES
            or before in MAIN_CLAUSE_OPENERS
            or before == "كما"
            or before in SUBORDINATORS
            or before in SUBORDINATE_OPENERS
            or (speaker is None and view.is_comma(i - 1))
        )
    )


def _impersonal_after_noun(view: DocView, i: int, cue: Cue) -> bool:
    """An estimating verb in the masculine imperfect right after an indefinite common noun, with
    أن after it ("رقم يتوقع أن يرتفع"): a clause describing the noun, where the verb is the
    impersonal passive (يُتوقع "is expected"); a person or a source before it would be its
    subject (خبير يتوقع، مصدر يرجح) and is left to the other rules."""
    if i == 0 or cue.lemma not in _ESTIMATING or cue.object_suffix or not view.bare[i].startswith("ي"):
        return False
    if view.keys[i] != view.bare[i] or not view.is_word(i - 1) or view.mention_label(i - 1) is not None:
        return False
    before = view.bare[i - 1]
    if has_article(view, i - 1) or view.cues[i - 1] is not None or view.title_state(before) is not None:
        return False
    if any(
        view.words.is_a(c, before) for c in ("stop", "time", "institution", "media", "anonymous", "document")
    ):
        return False
    return before not in PRONOUN_SUBJECTS and before not in RELATIVES and before not in CLAUSE_OPENERS


def _genitive_after(view: DocView, k: int) -> bool:
    """Whether word k goes on the noun phrase before it as its genitive: a plain noun, with no
    preposition or conjunction on it, that is no function word, relative or pronoun."""
    if k >= len(view) or not view.is_word(k) or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if view.keys[k] != key or key[:1] in "بل" or view.words.is_a("stop", key):
        return False
    return key not in RELATIVES and key not in PRONOUN_SUBJECTS and key not in DEMONSTRATIVES


def _agreeing_imperfect(view: DocView, i: int, cue: Cue) -> bool:
    """An imperfect that agrees with a plural or a named antecedent ("الذين يدعون بأن"،
    "سلمى التي تؤكد أنها"): the relative's noun is its subject. The impersonal passive
    (يُتوقع أن) has no plural. The feminine also agrees with things ("الرسوم التي تشير إلى")
    and with estimating verbs in the passive ("التي تُرجَّح أن تجرى"), so it counts only after a
    proper name: no article, no ending of a common noun (ة، ات)."""
    key = view.bare[i]
    if (key[:1] == "ي" and key.endswith("ون")) or key.endswith("وا"):
        return True  # "الذين يدعون بأن"، "المقاولون الذين أقروا أن"
    if key[:1] != "ت" or cue.lemma in _ESTIMATING or i < 2 or not view.is_word(i - 2):
        return False
    text = view.tokens[i - 2].text
    return not (has_article(view, i - 2) or text.endswith(("ة", "ات"))) and view.cues[i - 2] is None


# Verbs of estimating, whose passive says what is expected, with no one saying it.
_ESTIMATING = frozenset({"توقع", "رجح", "قدر", "اعتقد", "ظن", "افترض", "خمن"})


# Verbs whose ب-complement always follows an object (وصف X بـ، اتهم X بـ): with بـ right after
# the bare verb there is no object, so the verb is the passive (وُصف بالعنيف، اُتهم بأنه …).
_OBJECT_BEFORE_BI = frozenset({"وصف", "اتهم"})


def _passive_before_bi(view: DocView, i: int, cue: Cue) -> bool:
    if cue.kind != "verb" or cue.lemma not in _OBJECT_BEFORE_BI or cue.object_suffix:
        return False
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    # بالعنيف، بأنه، بـ "…": the ب-phrase itself; a word that only begins with ب (بريطانية)
    # may be the object.
    key = view.bare[nxt]
    return key == "ب" or (key.startswith(("بال", "بان")) and bi_complement(view, nxt))


def _passive_reading(view: DocView, i: int, cue: Cue, trigger: Trigger, has_subject: bool) -> bool:
    """ "موقفه الذي اعتُبر شديد الليونة": after a relative, an unvowelled bare perfect may be
    the passive, the relative's noun its subject and the word after it a predicate; so may an
    imperfect without a subject before it. Only an event noun there ("الذي أعلن انسحابه")
    shows the active verb and its object."""
    if _event_noun(view, trigger.index) or _stance_noun(view, trigger.index, view.sentence_range(i)[1]):
        return False
    if cue.object_suffix and cue.lemma in _CONSIDERING:
        return False  # "تعتبرها": a passive takes no object pronoun
    if trigger.index > i + 1 and cue.lemma not in _CONSIDERING and _strong_object(view, trigger.index):
        return False  # "وينفي الوزير هذه الاتهامات": a passive of a one-object verb has no object left
    key = view.bare[i]
    # "يعتبر أمرا خطيرا"، "إذ يعتبر السوق السعودي الأكبر": an unvowelled imperfect is as often
    # the passive (يُعتبر), its subject then right after it and a predicate after that.
    if (
        not has_subject
        and cue.kind == "verb"
        and key[:1] in "يتان"
        and not key.startswith(lemma_key(cue.lemma))
    ):
        return True
    return trigger.index == i + 1 and i > 0 and view.bare[i - 1] in RELATIVES and key == lemma_key(cue.lemma)


def _direct_object_before(view: DocView, cue_index: int, trigger: int, cue: Cue) -> bool:
    """Whether a verb that reports with بـ (أقرّ بـ "admitted") took a direct object first,
    which makes it another verb: "أقرّ البرلمان القانون بأغلبية" ("passed"). After a definite
    subject, a second definite noun that is no adjective and no title is the object."""
    if "dobj" in cue.frames or not view.bare[trigger].startswith("ب") or view.bare[trigger].startswith("بان"):
        return False
    previous_definite = False
    for k in range(cue_index + 1, trigger):
        if not view.is_word(k):
            return False
        definite = has_article(view, k)
        key = view.bare[k]
        if (
            definite
            and previous_definite
            and not _modifier(key)
            and view.title_state(key) is None
            and view.title_state(view.bare[k - 1]) is None
        ):
            return True
        previous_definite = definite
    return False


def _modifier(key: str) -> bool:
    """A definite word that reads as an adjective by its pattern: relational (الأوروبي),
    participle (المتحدة), أفعل (الأبيض), فاعل (السابق) or فعيل (الجديد)."""
    body = key[2:] if key.startswith("ال") else key
    return (
        key.endswith(("ي", "يه", "يين", "يون"))
        or key.startswith(("الم", "الت"))
        or key in TITLE_ADJECTIVES
        or (len(body) == 4 and (body[0] == "ا" or body[1] == "ا" or body[2] == "ي"))
    )


def subject_only(view: DocView, i: int, cue: Cue) -> SpeakerPhrase | None:
    """The explicit subject of a verb of saying whose content was not found ("وانتقد ترامب
    مرارا الاتفاق …، واصفا …"): the cues after it without a subject still continue it."""
    if cue.kind != "verb":
        return None
    subject = preposed_subject(view, i, cue.object_suffix)
    if subject is not None:
        return subject
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt) or view.words.is_a("stop", view.bare[nxt]):
        return None
    _, last = view.sentence_range(i)
    return parse_speaker(view, nxt, min(last, nxt + 12))


def _speaker_after(
    view: DocView, cue_index: int, end: int, cue: Cue, object_follows: bool = False
) -> SpeakerPhrase | None:
    """VSO subject between the cue and the content; نقل X عن Y قوله names Y as the source."""
    start = cue_index + 1
    # A pronoun addressee comes before the subject: "قال لنا الوزير"، "أكد لهم المدير".
    while start < end and view.is_word(start) and view.keys[start] in PREPOSITION_PRONOUNS:
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


def _has_complement(view: DocView, preposition: str, cue_index: int, trigger_index: int) -> bool:
    """Whether the preposition a verb needs comes between it and its content; for عن, the
    relay "على لسان" does the same job."""
    stop = min(trigger_index + 1, len(view))
    if any(view.bare[k] in (preposition, "ال" + preposition) for k in range(cue_index + 1, stop)):
        return True
    return preposition == "عن" and relay_source_start(view, cue_index + 1, stop) is not None


def relay_source_start(view: DocView, first: int, last: int) -> int | None:
    """Where Y starts in "نقل X عن Y" or "نقل X على لسان Y" ("on the tongue of": quoting Y)."""
    for k in range(first, last):
        if view.bare[k] == "عن":
            return k + 1
        if view.bare[k] == "لسان" and k > first and view.bare[k - 1] == "علي":
            return k + 1
    return None


def _is_nisba(key: str) -> bool:
    """A relational adjective (الفرنسية، الأرمني، الروسيين) by its ending."""
    return key.endswith(("ي", "يه", "يين", "يون", "يات"))


def _after_noun_adjective_phrase(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a definite subject with its relational adjectives.

    Adjectives agree with their noun in definiteness, so in "توقعت الرئاسة الفرنسية الإعلان
    عن …" the definite noun الإعلان, which is no adjective, opens the next constituent.
    """

    def definite(k: int) -> bool:
        return view.is_word(k) and view.bare[k].startswith("ال")

    if not definite(first) or _is_nisba(view.bare[first]) or view.title_state(view.bare[first]) is not None:
        return None
    k = first + 1
    while k < last and definite(k) and _is_nisba(view.bare[k]):
        k += 1
    if k == first + 1 or k >= last or not definite(k) or _is_nisba(view.bare[k]):
        return None
    if view.words.is_a("time", view.bare[k]) or view.words.is_a("stop", view.bare[k]):
        return None
    return k


def _possessed_object(view: DocView, first: int, last: int) -> int | None:
    """Where a possessed verbal noun follows a definite subject and its relational adjectives
    (أعلن الجيش الليبي انسحابه، ادّعى المتهم تعرّضه): the pronoun refers back to the subject,
    and a verbal noun names an event, never a name, so it is the object."""
    if not (view.is_word(first) and has_article(view, first)) or _is_nisba(view.bare[first]):
        return None
    k = first + 1
    while k < last and view.is_word(k) and has_article(view, k) and _is_nisba(view.bare[k]):
        k += 1
    if k < last and view.bare[k].endswith(POSSESSIVE_ENDINGS) and verbal_noun(view, k):
        return k
    return None


def _object_trigger(view: DocView, i: int, cue: Cue, has_subject: bool, last: int) -> Trigger | None:
    """Where a bare noun-phrase object starts, when that can be told without a parser.

    Right after a participle (مبديا استعداد بلاده) or a verb whose subject came first (كييف
    تعلن اعتقال …); after a VSO subject only when a time adverb separates the two (أعلنت
    السلطات الثلاثاء مقتل …).
    """
    nxt = i + 1
    if nxt >= last or not view.is_word(nxt):
        return None
    stance = _stance_object(view, nxt, last)
    if stance is not None:
        return Trigger("obj", stance)  # "الذي أبدى مخاوف حيال …"، "أبدى الوزير قلقه إزاء …"
    predicate = _predicate_after_pronoun(view, i, cue, last, has_subject)
    if predicate is not None:
        return Trigger("obj", predicate)  # "التي تعتبرها أنقرة منظمة إرهابية"
    if view.keys[nxt] in SPEECH_PRONOUNS and nxt + 1 < last and _object_after_pronoun(view, nxt + 1):
        return Trigger("obj", nxt + 1)  # "أصدرت بيانا نفت فيه وجود …": the statement's verb and its object
    if view.bare[nxt] == "في":
        after = _after_adverbial(view, nxt, last, has_subject or cue.kind == "participle")
        return Trigger("obj", after) if after is not None else None
    if cue.kind == "participle" or has_subject:
        if view.words.is_a("time", view.bare[nxt]) and has_subject:
            # "وكانت بريطانيا قد أعلنت أمس انضمامها …": a time adverb before the object.
            after = nxt + 1
            # A comma may close the time phrase ("أعلنت الجمعة الماضي، إغلاق قنصليتها").
            while after < last and (
                (view.is_word(after) and view.words.is_a("time", view.bare[after])) or view.is_comma(after)
            ):
                after += 1
            return Trigger("obj", after) if after < last and _indefinite_event(view, after) else None
        if view.words.is_a("stop", view.bare[nxt]) or view.words.is_a("time", view.bare[nxt]):
            return None
        return Trigger("obj", nxt)
    after_comma = _after_subject_comma(view, nxt, last)
    if after_comma is not None:
        return Trigger("obj", after_comma)
    after_adjectives = _after_noun_adjective_phrase(view, nxt, last)
    if after_adjectives is not None:
        return Trigger("obj", after_adjectives)
    after_name = _after_named_subject(view, nxt, last)
    if after_name is not None:
        return Trigger("obj", after_name)
    possessed = _possessed_object(view, nxt, last)
    if possessed is not None:
        return Trigger("obj", possessed)  # "وأعلن الجيش الليبي انسحابه من …"
    if verbal_noun(view, nxt):
        return Trigger("obj", nxt)  # "وتوقع ارتفاع عدد القتلى": the subject is dropped
    after_definite = _event_after_definite(view, nxt, last)
    if after_definite is not None:
        return Trigger("obj", after_definite)  # "ونفى المصدر وجود …"، "وأكد وزير الصحة ضرورة …"
    after_mention = _definite_event_after_mention(view, nxt, last)
    if after_mention is not None:
        return Trigger("obj", after_mention)  # "وأعلنت واشنطن الانسحاب …"، "وأعلن ترامب الانسحاب …"
    after_adverbial = _after_subject_adverbial(view, nxt, last)
    if after_adverbial is not None:
        return Trigger("obj", after_adverbial)  # "ونفت الهيئة في بلاغ لها وجود …"
    seen_subject = False
    for k in range(nxt, min(last, nxt + 10)):
        if not view.is_word(k):
            if view.is_comma(k):
                continue
            return None
        if view.words.is_a("time", view.bare[k]):
            if not seen_subject:
                return None
            m = k
            while m < last and (view.words.is_a("time", view.bare[m]) or view.is_comma(m)):
                m += 1
            if m < last and view.is_word(m) and not view.words.is_a("stop", view.bare[m]):
                return Trigger("obj", m)
            return None
        if view.words.is_a("stop", view.bare[k]):
            return None
        seen_subject = True
    return None


MAX_SUBJECT_BEFORE_EVENT = 10
_SAME_WORDS = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم", "انفسهم"})


def _event_after_definite(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that ends in a definite word: an indefinite
    verbal noun right after the article's word cannot be its genitive (a noun with ال heads no
    construct), and a verbal noun names an event, never a person, so it opens the object
    ("ونفى المصدر وجود …"، "أكد وزير الفلاحة ضرورة …")."""
    for k in range(first + 1, min(last, first + MAX_SUBJECT_BEFORE_EVENT)):
        if not view.is_word(k) or not view.is_word(k - 1):
            return None
        key = view.bare[k]
        if key in _SAME_WORDS and has_article(view, k - 1):
            continue  # "المصدر ذاته": the emphasis closes the subject; the object may follow
        if view.cues[k] is not None or view.words.is_a("stop", key) or is_complementizer(view, k):
            return None
        if key in RELATIVES:
            return None  # "الجيش الذي يقوده …": a relative clause goes on with its own verb
        if key == "اي" and _strong_object(view, k) and _closes_subject(view, k - 1):
            return k  # "ونفى المصدر أي نية …": أي opens the object, the noun after it is its genitive
        before = view.bare[k - 1]
        # Past a word with بـ/لـ the words are a prepositional phrase's ("بحق أفرادها"), no subject.
        in_phrase = any(_prepositional(view, m) for m in range(first, k))
        if not in_phrase and _owner_noun(view, k) and _may_end_subject(view, k - 1):
            return k  # "واستبعدت فرنسا وقوف …"، "أبدى رئيس النقابة رضا نوراني استعداده …"
        # ذاته/نفسه after a definite noun ("المصدر ذاته") is its emphasis and ends the phrase too.
        emphasis = before in _SAME_WORDS and k - 2 >= first and has_article(view, k - 2)
        definite = has_article(view, k - 1) or emphasis or before.startswith("لل")  # للصحة: لـ + the article
        if definite and not view.words.is_a("time", before) and _definite_event(view, k):
            # A definite noun heads no genitive, so a definite verbal noun after one is no word of
            # the subject; an adjective there agrees (الحكومة الانتقالية) and has no event pattern.
            if view.title_state(before) is None or _proposition_noun(view, view.bare[k][2:]):
                return k  # "وأعلن رئيس الوزراء النصر …"، "أكدت الداخلية التوصل إلى …"
            continue
        if definite and not view.words.is_a("time", before) and _indefinite_event(view, k):
            possessed = key.endswith(POSSESSIVE_ENDINGS) and not view.tokens[k].text.endswith("ة")
            if view.title_state(before) is not None and not (possessed or _proposition_noun(view, key)):
                continue  # "النائبة ابتسام …": a name may follow a title, and names take the pattern
            return k
    return None


def _definite_event(view: DocView, k: int) -> bool:
    """A verbal noun with the article, by its pattern (الانسحاب، التوصل) or as a noun of a state
    of affairs or a فَعْل verbal noun that reports take as objects (الرفض، السعي، النصر)."""
    if not has_article(view, k) or view.mention_label(k) is not None:
        return False
    body = view.bare[k][2:]
    return body in PROPOSITION_NOUNS or body in DEFINITE_EVENTS or _event_noun(view, k)


def _definite_event_after_mention(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a subject the earlier stages found as a name (a person,
    place or body: "وأعلنت واشنطن الانسحاب"، "وتنفي إيران السعي إلى …"): a name closes the
    noun phrase, and a definite verbal noun after it is no genitive of it, so it is the object."""
    label = view.mention_label(first)
    if label is None or not label[1]:
        return None
    k = first + 1
    while k < last and view.mention_label(k) is not None and not view.mention_label(k)[1]:
        k += 1
    while k < last and (view.is_comma(k) or (view.is_word(k) and view.words.is_a("time", view.bare[k]))):
        k += 1
    if k >= last or not view.is_word(k) or view.cues[k] is not None or not _definite_event(view, k):
        return None
    return k


_PREPOSITIONAL_NOUNS = frozenset({"بحق", "بشان", "لدي", "بسبب", "بفضل", "بخصوص", "لصالح"})


def _prepositional(view: DocView, m: int) -> bool:
    """A word that opens or is a prepositional phrase: بال/لل + noun, a preposition noun (بحق،
    بشأن) or a preposition with a pronoun (فيه، لها)."""
    key = view.bare[m]
    return (
        key.startswith(("بال", "لل"))
        or key in _PREPOSITIONAL_NOUNS
        or key in SPEECH_PRONOUNS
        or key in PREPOSITION_PRONOUNS
        or view.words.is_a("stop", key)
    )


def _owner_noun(view: DocView, k: int) -> bool:
    """A noun that is never the genitive of the word before it in a subject: a proposition
    noun (وقوف، ضرورة) or a verbal noun with its owner's pronoun (استعداده، تمسكها)."""
    key = view.bare[k]
    if key in PROPOSITION_NOUNS:
        return True
    possessed = key.endswith(POSSESSIVE_ENDINGS) and not view.tokens[k].text.endswith("ة")
    # تفعّل + pronoun spells an imperfect with its object (تفرضها) once past the verb.
    imperfect = key[:1] in "يتن" and len(_without_possessive(key)) == 4
    return possessed and not imperfect and _indefinite_event(view, k)


def _may_end_subject(view: DocView, k: int) -> bool:
    """Whether word k may be the last word of a subject: not a noun that heads a genitive
    (a title, a body, an anonymous source: "لجنة دعم"، "مصدر رفض")."""
    key = view.bare[k]
    words = view.words
    body = key[2:] if key.startswith("ال") else key
    if view.title_state(key) is not None and not key.startswith("ال"):
        return False
    return not any(
        words.is_a(c, key) or words.is_a(c, body) for c in ("institution", "anonymous", "media", "document")
    )


def _indefinite_event(view: DocView, k: int) -> bool:
    return verbal_noun(view, k) or (not has_article(view, k) and _event_noun(view, k))


def _object_before(view: DocView, i: int, end: int) -> int | None:
    """The noun-phrase object of the verb at i that stands before token ``end``, where a
    preposition or quotation marks were taken for the content: "أكد حرصه على …" (على is
    the noun's, حرص على), "مؤكدا استعداده "للعمل معه"" (the marks close the object's phrase)."""
    nxt = i + 1
    if nxt >= end or not view.is_word(nxt):
        return None
    if object_noun(view, nxt) or (_indefinite_event(view, nxt) and _common_genitive_next(view, nxt)):
        return nxt
    if _stance_noun(view, nxt, end):
        return nxt  # "الذي أبدى مخاوف حيال …، "غير مقبولة"": the marks are the main clause's
    return _event_after_definite(view, nxt, end)


def _common_genitive_next(view: DocView, k: int) -> bool:
    """A definite common noun after word k (تغيير النظام), not a family name (الراجحي): a bare
    pattern noun right after the verb may be a given name (توفيق، تغريد) and its subject."""
    nxt = k + 1
    return (
        nxt < len(view)
        and view.is_word(nxt)
        and has_article(view, nxt)
        and not _is_nisba(view.bare[nxt])
        and view.mention_label(nxt) is None
    )


MAX_QUOTED_PREDICATE = 4  # words of a predicate in quotation marks (not a sentence said)


def _considered_object(view: DocView, i: int, cue: Cue, trigger: Trigger) -> int | None:
    """Where the object starts when a verb of considering has a subject, an object and a quoted
    predicate ("اعتبرت الحركة جهود السلام الأخيرة "غير واقعية""): after a definite word that is
    no title, a further noun opens a new constituent (a definite noun heads no construct), and
    the words in marks are then what the object was called, a nominal quote. None otherwise."""
    if cue.lemma not in _CONSIDERING or cue.object_suffix or trigger.kind != "quote" or cue.kind != "verb":
        return None
    close = view.open_close.get(trigger.index)
    if (
        close is None
        or sum(1 for k in range(trigger.index + 1, close) if view.is_word(k)) > MAX_QUOTED_PREDICATE
    ):
        return None
    words = view.words
    for k in range(i + 2, trigger.index):
        if not view.is_word(k) or not view.is_word(k - 1):
            return None
        key = view.bare[k]
        if words.is_a("stop", key) or words.is_a("time", key) or view.cues[k] is not None:
            return None
        before = k - 1
        # A definite genitive of a title ("رئيس الحكومة يوسف …") is still followed by a name.
        after_title = before - 1 > i and view.title_state(view.bare[before - 1]) is not None
        if (
            has_article(view, before)
            and view.title_state(view.bare[before]) is None
            and not after_title
            and not _is_nisba(key)
            and view.mention_label(k) is None
            and view.title_state(key) is None
        ):
            return k
    return None


# Verbs of considering that take an object and its predicate (اعتبره X خطوة إيجابية).
_CONSIDERING = frozenset({"اعتبر"})


def _predicate_after_pronoun(
    view: DocView, i: int, cue: Cue, last: int, has_subject: bool = False
) -> int | None:
    """Where the predicate starts after a verb of considering whose object is a pronoun
    (اعتبرها، تعتبرها): right after it when the subject is dropped ("واعتبرها خطوة"), else
    after the subject ("التي تعتبرها أنقرة منظمة إرهابية"). A predicate is indefinite (no
    article) or quoted; the content is the predicate, what the source considers the object."""
    if cue.lemma not in _CONSIDERING or cue.kind != "verb":
        return None
    if not cue.object_suffix:
        return _predicate_after_object(view, i, last, has_subject)
    k = i + 1
    if _predicate_word(view, k, last):
        return k
    phrase = parse_speaker(view, k, min(last, k + MAX_MIDDLE))
    if phrase is None or phrase.start != k:
        return None
    return phrase.last if _predicate_word(view, phrase.last, last) else None


MAX_CONSIDERED_WORDS = 5  # a subject and a definite object before the predicate


def _predicate_after_object(view: DocView, i: int, last: int, has_subject: bool) -> int | None:
    """ "واعتبر الرئيس الاتفاق ضعيفا"، "واعتبرت الأمر محض افتراء": with no pronoun, the object is
    a definite noun after any subject, and the predicate an accusative or ة noun after it;
    the content is the predicate. A bare definite noun then ة/ا is otherwise an apposition
    or a genitive, so both must be marked: the object definite, the predicate indefinite. The
    content starts at the object: the last definite noun, with a nisba adjective after it
    (الاتفاق النووي); what comes before it is the subject. An imperfect with nothing before the
    object reads as the passive ("ويُعتبر الاتفاق سابقة"، "يُعتبر هذا الاختيار سابقة"), unless a
    subject came before the verb ("لكن ترامب يعتبر الاتفاق ضعيفا")."""
    imperfect = view.bare[i][:1] in "يت" or view.bare[i][:2] in ("سي", "ست")
    passive = imperfect and not has_subject
    if passive and i + 1 < last and view.bare[i + 1] in DEMONSTRATIVES:
        return None
    for k in range(i + 2, min(last, i + 2 + MAX_CONSIDERED_WORDS)):
        if not (view.is_word(k) and view.is_word(k - 1)) or view.cues[k] is not None:
            return None
        if view.words.is_a("stop", view.bare[k]):
            return None
        # The object is definite by the article or by a possessive pronoun (تصريحاتها).
        possessed = (
            k - 1 > i
            and len(view.bare[k - 1]) > 4
            and view.bare[k - 1].endswith(POSSESSIVE_ENDINGS)
            and not view.tokens[k - 1].text.endswith("ة")  # ة is written ه once normalised
        )
        if not (has_article(view, k - 1) or possessed) or view.words.is_a("time", view.bare[k - 1][2:]):
            continue
        text = view.tokens[k].text
        marked = text.endswith(("اً", "ةً", "ة")) or view.bare[k] in _PREDICATE_HEADS
        if marked and _predicate_word(view, k, last):
            start = k - 1
            if start - 1 > i and _is_nisba(view.bare[start]) and has_article(view, start - 1):
                start -= 1
            return None if passive and start == i + 1 else start
    return None


# Nouns that head a predicate of judgement with no case ending written (محض افتراء، مجرد كلام).
_PREDICATE_HEADS = frozenset({"محض", "مجرد"})


def _predicate_word(view: DocView, k: int, last: int) -> bool:
    if k >= last:
        return False
    if view.is_mark(k):
        return k in view.open_close and view.open_close[k] is not None
    if not view.is_word(k) or has_article(view, k) or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if view.words.is_a("stop", key) or view.words.is_a("time", key) or view.title_state(key) is not None:
        return False
    if key.endswith("ون"):
        return False  # the nominative plural is the subject ("يعتبره كثيرون رمزا"), not the predicate
    # An imperfect verb begins with ي/ت too; accusative tanwin or ة marks the noun (تهديدا).
    noun = key.endswith("ا") or view.tokens[k].text.endswith("ة") or key[:1] not in "يت"
    return view.mention_label(k) is None and noun


# Nouns of a stance (worry, doubt, reservation, relief, regret) that a verb of saying voices, and the
# prepositions that give what the stance is about.
_STANCE_NOUNS = frozenset(
    {"مخاوف", "قلق", "تخوف", "تخوفات", "تحفظ", "تحفظات", "استياء", "ارتياح", "تفاؤل", "تشاؤم", "اسف",
     "انزعاج", "شكوك", "استغراب", "امتعاض"}
)  # fmt: skip
_STANCE_PREPOSITIONS = frozenset({"حيال", "ازاء", "تجاه", "من", "بشان", "حول"})


MAX_STANCE_SUBJECT = 5


def _stance_object(view: DocView, first: int, last: int) -> int | None:
    """Where a stance-noun object starts, right after the verb or after a short subject."""
    for k in range(first, min(last, first + MAX_STANCE_SUBJECT + 1)):
        if _stance_noun(view, k, last):
            return k
        if not view.is_word(k) or view.cues[k] is not None or view.words.is_a("stop", view.bare[k]):
            return None
    return None


def _stance_noun(view: DocView, k: int, last: int) -> bool:
    """A stance noun, bare or with its owner's pronoun (مخاوف، قلقه), right before what it is
    about (حيال، إزاء، من …): the object of a verb of voicing (أبدى مخاوف حيال …), whose
    subject cannot be such a noun."""
    if k + 2 >= last or not view.is_word(k + 1) or view.bare[k + 1] not in _STANCE_PREPOSITIONS:
        return False
    key = view.bare[k]
    if key in _STANCE_NOUNS:
        return True
    return any(key.endswith(suffix) and key[: -len(suffix)] in _STANCE_NOUNS for suffix in POSSESSIVE_ENDINGS)


MAX_ADVERBIAL_WORDS = 4


def _after_adverbial(view: DocView, first: int, last: int, has_subject: bool) -> int | None:
    """Where the object starts after a short في-phrase right after the verb ("قد أعلن في
    أيار/مايو الماضي سحب بلاده"، "أكد في الاجتماع الانسحاب"): after a time word that closes
    the phrase (الماضي، المقبل), or at a verbal noun, which names an event and so is no
    further word of the phrase."""
    words = view.words
    for k in range(first + 2, min(last, first + MAX_ADVERBIAL_WORDS + 2)):
        if not view.is_word(k):
            if view.tokens[k].text in "/-":
                continue
            return None
        key = view.bare[k]
        if view.cues[k] is not None or (words.is_a("stop", key) and not words.is_a("time", key)):
            return None
        if _event_noun(view, k):
            return k
        if words.is_a("time", key) and has_article(view, k):
            nxt = k + 1
            if nxt >= last or not view.is_word(nxt) or view.cues[nxt] is not None:
                return None
            if not has_subject:
                # "أعلن في الأسبوع الماضي الرئيس …": the subject may still come; only an event is no subject.
                return nxt if _event_noun(view, nxt) else None
            key = view.bare[nxt]
            if words.is_a("stop", key) or words.is_a("time", key) or view.title_state(key) is not None:
                return None
            return nxt
    return None


def _after_subject_comma(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject closed by a comma ("أكدت حركة مشروع تونس،
    تمسكها بـ …"، "أعلن المتحدث …، خالد أبا الخيل، التوصل إلى …"): a verbal noun after that
    comma names an event, so it is the object, never an apposition of the subject."""
    phrase = parse_speaker(view, first, min(last, first + MAX_MIDDLE))
    if phrase is None or phrase.start != first or _event_noun(view, first):
        return None  # "أكدت تمسكها بالاتفاق، …": an event noun is the object already
    k = phrase.last
    # A name the parser cut short ("خالد أبا الخيل") still ends at the comma.
    while k < min(last, phrase.last + 2) and view.is_word(k) and view.cues[k] is None:
        k += 1
    if k >= last or not view.is_comma(k):
        return None
    # Prepositional phrases set off by commas may come before the object: "واقترح X، في سبيل
    # تحسين …، على المصالح المختصة، تجميع المعطيات".
    for _ in range(MAX_COMMA_ADVERBIALS):
        if k + 1 >= last or view.bare[k + 1] not in ADVERBIAL_PREPOSITIONS:
            break
        close = next((m for m in range(k + 2, min(last, k + 2 + MAX_MIDDLE)) if view.is_comma(m)), None)
        if close is None or any(view.cues[m] is not None for m in range(k + 1, close)):
            return None
        k = close
    return k + 1 if k + 1 < last and _event_noun(view, k + 1) else None


# Occasions of a report, which a VSO subject may be followed by before the object ("نفت الهيئة
# في بلاغ لها وجود …"): the report's own setting, never a noun that heads the object.
_SPEECH_OCCASIONS = frozenset(
    normalize(w)
    for w in ("بيان", "بلاغ", "تصريح", "تصريحات", "حوار", "مقابلة", "مؤتمر", "كلمة", "رسالة", "تغريدة",
              "تدوينة", "منشور", "خطاب", "اتصال", "لقاء", "ندوة", "جلسة", "اجتماع")
)  # fmt: skip
_OCCASION_PREPOSITIONS = frozenset({"في", "خلال", "عبر"})
# Adverbs of manner that close a subject: "ونفى الاتحاد بشدة …"، "وتؤكد طهران باستمرار …".
_MANNER_ADVERBS = frozenset({"بشده", "باستمرار", "مجددا", "مرارا", "قطعيا", "تماما", "رسميا", "بقوه"})
_MANNER_HEADS = frozenset({"بشكل", "بصوره"})  # بشكل قاطع: the head and its adjective


def _manner_words(view: DocView, k: int, end: int) -> int:
    """How many words an adverb of manner at k takes (0 when none starts there): بشدة، بشكل
    قاطع، مرة أخرى ("again"; مرة alone is "a time", أول مرة)."""
    key = view.bare[k]
    if key in _MANNER_ADVERBS:
        return 1
    if k + 2 < end and (key in _MANNER_HEADS or (key == "مره" and view.bare[k + 1] == "اخري")):
        return 2
    return 0


MAX_OCCASION_WORDS = 7  # "في بيان أصدرته اليوم الاثنين"، "في تصريح لوكالة تونس إفريقيا للأنباء"


def _after_subject_adverbial(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject and an adverbial that the subject phrase
    cannot hold: the occasion of the report (في بلاغ لها، في بيان أصدرته اليوم) or an adverb of
    manner (بشدة، بشكل قاطع). Past it, a noun that names an event or a state of affairs, or a
    demonstrative phrase (هذه الاتهامات), is the object."""
    words = view.words
    if (
        not view.is_word(first)
        or words.is_a("stop", view.bare[first])
        or words.is_a("time", view.bare[first])
    ):
        return None
    source_phrase = _after_source_affiliation(view, first, last)
    if source_phrase is not None:
        return source_phrase
    for k in range(first + 1, min(last, first + MAX_SUBJECT_BEFORE_EVENT)):
        if not view.is_word(k):
            if view.is_comma(k):
                continue
            return None
        key = view.bare[k]
        if view.cues[k] is not None or is_complementizer(view, k):
            return None
        if key in _OCCASION_PREPOSITIONS and k + 1 < last and _occasion(view, k + 1):
            return _object_after_filler(view, k + 2, last)
        if key in _POINTING_OBJECTS and _strong_object(view, k) and _closes_subject(view, k - 1):
            return k  # "وينفي الوزير هذه الاتهامات"، "ونفى المصدر أي نية": a definite noun heads no construct
        manner = _manner_words(view, k, last)
        if manner:
            start = k + manner
            return start if _strong_object(view, start) else None
        if words.is_a("stop", key) and not words.is_a("time", key):
            return None
    return None


_POINTING_OBJECTS = frozenset({"هذا", "هذه", "تلك", "اي"})
# Nouns of time after a demonstrative make an adverbial (هذا الأسبوع، هذه المرة), not an object.
_TIME_NOUNS = frozenset(
    normalize(w)
    for w in ("الأسبوع", "الشهر", "العام", "السنة", "الموسم", "الصباح", "المساء", "الفترة", "المرة",
              "الأيام", "الأسابيع", "الأشهر", "الأثناء", "الليلة", "الساعة", "اللحظة")
)  # fmt: skip


def _closes_subject(view: DocView, k: int) -> bool:
    """Word k may end a subject before a demonstrative: definite or a name the earlier stages
    found, so not the head of a construct ("رئيس هذه الجمعية")."""
    if not view.is_word(k):
        return False
    label = view.mention_label(k)
    return has_article(view, k) or _is_nisba(view.bare[k]) or (label is not None and label[0] == "PER")


def _subject_adverbial_start(view: DocView, first: int, end: int) -> int:
    """Where an adverb of manner or the occasion of a report starts between a subject and its
    object (``end`` when none does): the subject ends there."""
    for k in range(first, end):
        key = view.bare[k]
        if _manner_words(view, k, end + 1):
            return k
        if key in _OCCASION_PREPOSITIONS and k + 1 < end and _occasion(view, k + 1):
            return k
    return end


def _object_after_pronoun(view: DocView, k: int) -> bool:
    """After "فيه" (in it: the statement just named) a noun of an event or of a state of
    affairs is the verb's object, where a subject would otherwise stand ("أكدت فيه الوزارة")."""
    return _strong_object(view, k) or (_indefinite_event(view, k) and _common_genitive_next(view, k))


_AFFILIATION_PREPOSITIONS = frozenset({"من", "في", "ب", "داخل"})


def _after_source_affiliation(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after an anonymous source and the body it belongs to ("أكد
    مصدر من المستشفى وصول …"، "نفت مصادر في الوزارة وجود …"): the prepositional phrase is the
    subject's, and a noun of a state of affairs past it is the object. A definite verbal noun
    there is still the body's name (مصدر من لجنة التحقيق)."""
    words = view.words
    head = view.bare[first]
    if not (words.is_a("anonymous", head) or words.is_a("anonymous", head[2:])):
        return None
    k = first + 1
    while k < last and view.is_word(k) and _is_nisba(view.bare[k]):
        k += 1  # مصدر أمني، مصادر طبية
    if k + 1 >= last or view.bare[k] not in _AFFILIATION_PREPOSITIONS:
        return None
    return _object_after_filler(view, k + 1, last, definite_events=False)


def _occasion(view: DocView, k: int) -> bool:
    key = view.bare[k]
    return view.is_word(k) and (
        key in _SPEECH_OCCASIONS or (key[:2] == "ال" and key[2:] in _SPEECH_OCCASIONS)
    )


def _object_after_filler(view: DocView, first: int, last: int, definite_events: bool = True) -> int | None:
    """The object after an occasion's own words (لها، صحفي، أصدرته، اليوم، لوكالة …): a strong
    object anywhere, or a verbal noun after a word that heads no genitive (definite, with a
    pronoun, a time word), so that the verbal noun cannot be the occasion's genitive."""
    words = view.words
    for k in range(first, min(last, first + MAX_OCCASION_WORDS)):
        if not view.is_word(k):
            if view.is_comma(k):
                continue
            return None
        key = view.bare[k]
        if view.cues[k] is not None or is_complementizer(view, k):
            return None
        if _strong_object(view, k, definite_events):
            return k
        before = view.bare[k - 1]
        closed = (
            has_article(view, k - 1)
            or before.startswith("لل")
            or before in PREPOSITION_PRONOUNS
            or words.is_a("time", before)
            or before.endswith(("ته", "ها", "هم"))
        )
        if closed and view.is_word(k - 1) and _indefinite_event(view, k):
            return k
        if words.is_a("stop", key) and not words.is_a("time", key) and key not in PREPOSITION_PRONOUNS:
            return None
    return None


def _strong_object(view: DocView, k: int, definite_events: bool = True) -> bool:
    """A word that opens an object wherever it stands after the subject: a noun naming a state of
    affairs or a possessed verbal noun (وجود، استعداده), "أي" + a noun, or a demonstrative + a
    definite noun that is no time word (هذه الاتهامات, not هذا الأسبوع)."""
    if not view.is_word(k) or view.words.is_a("time", view.bare[k]):
        return False
    key = view.bare[k]
    nxt = k + 1
    if key in ("هذا", "هذه", "تلك") or key == "اي":
        return (
            nxt < len(view)
            and view.is_word(nxt)
            and (key == "اي" or has_article(view, nxt))
            and not view.words.is_a("time", view.bare[nxt])
            and not view.words.is_a("time", view.bare[nxt][2:])
            and view.bare[nxt] not in _TIME_NOUNS
        )
    return object_noun(view, k) or (_event_noun(view, k) if definite_events else _indefinite_event(view, k))


MAX_COMMA_ADVERBIALS = 2


ADVERBIAL_PREPOSITIONS = frozenset({"في", "علي", "من", "الي", "خلال", "لدي", "امام", "حول"})


def _lam_iftial(key: str) -> bool:
    """افتعال of a root in ل with a possessive pronoun (التزامه، التقاؤه، التفافها): it begins
    like the article, which never stands with a pronoun."""
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix):
            body = key[: -len(suffix)]
            return len(body) == 6 and body.startswith("الت") and body[4] == "ا"
    return False


def _event_noun(view: DocView, k: int) -> bool:
    """A verbal noun, indefinite by :func:`verbal_noun` (or استفعال with a pronoun: استعداده)
    or definite (التوصل، الانسحاب)."""
    if verbal_noun(view, k):
        return True
    if view.mention_label(k) is not None:
        return False
    if not has_article(view, k):
        key = view.bare[k]
        return (
            len(key) >= 8 and key.startswith("است") and key.endswith(POSSESSIVE_ENDINGS) and "ا" in key[5:7]
        )
    body = view.bare[k][2:]
    if body.endswith(("ي", "يه", "ون", "ين")) or view.words.is_a("institution", body):
        return False
    if body.startswith("ا") and 5 <= len(body) <= 6:
        return body[-2] == "ا"
    return body.startswith("ت") and (len(body) == 4 or (len(body) == 5 and body[-2] in "يا"))


MAX_TITLE_BEFORE_NAME = 8


def _after_named_subject(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that ends in a person's name the earlier
    stages found ("أعلن الرئيس الأمريكي دونالد ترامب إلغاء قمته"): a name closes the noun
    phrase, so an indefinite noun right after it (time adverbs and commas aside) is the
    object, not a further word of the subject."""
    k = first
    while k < min(last, first + MAX_TITLE_BEFORE_NAME):
        label = view.mention_label(k)
        if label is not None and label[0] == "PER":
            break
        if view.is_word(k) and (view.words.is_a("stop", view.bare[k]) or view.cues[k] is not None):
            return None
        if not view.is_word(k) and not view.is_comma(k):
            return None
        k += 1
    else:
        return None
    k += 1
    while k < last and view.mention_label(k) is not None and not view.mention_label(k)[1]:
        k += 1
    while k < last and (view.is_comma(k) or (view.is_word(k) and view.words.is_a("time", view.bare[k]))):
        k += 1
    if k >= last or not view.is_word(k) or has_article(view, k) or view.mention_label(k) is not None:
        return None
    key = view.bare[k]
    if view.words.is_a("stop", key) or view.title_state(key) is not None or key[:1] in "لب":
        return None
    if view.cues[k] is not None:
        return None
    return k


def verbal_noun(view: DocView, i: int, proclitic: int = 0) -> bool:
    """An indefinite verbal noun by its pattern, in construct or with a pronoun (ارتفاع عدد،
    استعداده، تكثيف الجهود): افتعال، انفعال، استفعال، إفعال (the alef before the last radical),
    تفعيل, or تفعّل with a pronoun (تعرضه). Such a noun names an event, never a speaker, so
    after a verb of saying it is the object. ``proclitic``: letters of an attached preposition
    to read past (1 for بـ)."""
    if not view.is_word(i) or view.mention_label(i) is not None:
        return False
    words = view.words
    key = view.bare[i][proclitic:]
    if has_article(view, i) and not _lam_iftial(key):
        return False
    if any(words.is_a(c, key) for c in ("stop", "time", "institution", "anonymous", "media")):
        return False
    if view.title_state(key) is not None or view.cues[i] is not None:
        return False
    possessed = not view.tokens[i].text.endswith("ة")  # ة is ه once normalised: سوسة is no سوس + ـه
    if _proposition_noun(view, key) or (possessed and _fuul_noun(key)) or _tafaul_in_construct(view, i, key):
        return True
    if _mufaala_in_construct(view, i, key):
        return True
    bare_key = key
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix) and len(key) - len(suffix) == 4 and key[0] == "ت":
            # تفعّل with its owner's pronoun (تعرضه، تمسكها): an imperfect verb there would
            # carry an object pronoun after a verb of saying with no أن between them.
            return not view.tokens[i].text.endswith("ة")
        if key.endswith(suffix) and len(key) - len(suffix) >= 5:
            key = key[: -len(suffix)]
            break
    if key.startswith("ا") and 5 <= len(key) <= 6:
        return key[-2] == "ا"
    if key == bare_key and key.startswith("است") and len(key) == 7:
        return key[-2] == "ا"  # استفعال: استرجاع، استئناف (with a pronoun see _event_noun)
    return key.startswith("ت") and len(key) == 5 and key[-2] == "ي"


def _without_possessive(key: str) -> str:
    """``key`` less a possessive pronoun, with the ت that ة becomes before it (ضرورته -> ضروره)."""
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            base = key[: -len(suffix)]
            return base[:-1] + "ه" if base.endswith("ت") else base
    return key


def _proposition_noun(view: DocView, key: str) -> bool:
    """A noun naming a state of affairs (ضرورة، حرص، عدم), bare or with its owner's pronoun."""
    return key in PROPOSITION_NOUNS or _without_possessive(key) in PROPOSITION_NOUNS


def _fuul_noun(key: str) -> bool:
    """فُعول, the verbal noun of intransitive verbs, with its owner's pronoun (وصوله، دخولها):
    bare, the pattern is also a broken plural (جنود، حدود) or a name (سعود), so only the
    proposition nouns list the bare ones (وجود، وقوف)."""
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix) and len(key) - len(suffix) == 4:
            body = key[: -len(suffix)]
            # يقوده، تقوله: an imperfect verb with its object pronoun has the same letters.
            return body[2] == "و" and body[0] not in "يت" and body[1] not in "اوي" and body[3] not in "اوي"
    return False


def _tafaul_in_construct(view: DocView, i: int, key: str) -> bool:
    """تفاعُل and تفعُّل in construct (تواصل الدعاية، تمسك الحركة): spelled like a perfect verb,
    but a verb after a verb of saying needs أنّ, so before a definite genitive it is the noun."""
    if key[:1] != "ت" or not (len(key) == 4 or (len(key) == 5 and key[2] == "ا")):
        return False
    # The genitive is definite, itself or through its own genitive (تراجع نسبة البطالة).
    definite = has_article(view, i + 1) or (
        _construct_next(view, i + 1) and has_article(view, i + 2) and not _is_nisba(view.bare[i + 2])
    )
    return _construct_next(view, i) and definite


# فعالة/مفاعلة/إفالة words that are places, bodies or names before anything else (ولاية سوسة،
# محافظة القصرين، إذاعة موزاييك، أسامة الملولي).
_NOT_MUFAALA = frozenset(
    {"ولايه", "محافظه", "مقاطعه", "اذاعه", "اسامه", "اماره", "امانه", "سياده", "سماحه", "فخامه"}
)


def _mufaala_in_construct(view: DocView, i: int, key: str) -> bool:
    """مُفاعلة، فِعالة and the hollow إفالة (مناقشة، مراجعة، زيادة، حماية، إقالة، إعادة) with its
    owner's pronoun or in construct with a definite genitive: the patterns name events, but
    bare they also spell places, bodies and names, which the genitive alone does not tell."""
    text = view.tokens[i].text
    body = key if text.endswith("ة") else _without_possessive(key)
    possessed = body != key
    if not (possessed or text.endswith("ة")) or body in _NOT_MUFAALA or len(body) not in (5, 6):
        return False
    if not (body.endswith("ه") and body[2] == "ا"):
        return False
    if len(body) == 6 and not body.startswith("م"):
        return False  # مفاعلة: م + three radicals with the alef after the first
    if len(body) == 5 and body.startswith("م"):
        return False  # مقالة، مسافة: nouns of place and things, no verbal nouns
    if possessed:
        return True
    return _construct_next(view, i) and has_article(view, i + 1) and not _is_nisba(view.bare[i + 1])


def _construct_next(view: DocView, i: int) -> bool:
    """Whether a genitive follows word i with nothing between (a word, not a name the earlier
    stages found)."""
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt) or view.mention_label(i) is not None:
        return False
    key = view.bare[nxt]
    return not (view.words.is_a("stop", key) or view.words.is_a("time", key) or view.cues[nxt] is not None)


def object_noun(view: DocView, k: int) -> bool:
    """Whether word k heads a verb's object and so opens no name after a title ("وأكد الوزير
    ضرورة …"، "وأكد الوزير استعداده …"): a proposition noun, or a verbal noun with its owner's
    pronoun (names take no pronoun; the bare pattern is also a name: ابتسام، إيمان)."""
    if not view.is_word(k):
        return False
    key = view.bare[k]
    if _proposition_noun(view, key) or _mufaala_in_construct(view, k, key):
        return True  # "مراجعة الملف": no name takes a definite genitive
    possessed = key.endswith(POSSESSIVE_ENDINGS) and not view.tokens[k].text.endswith("ة")
    return possessed and (verbal_noun(view, k) or _event_noun(view, k))


_PARENTHETICAL_OPENERS = frozenset({"في", "خلال", "علي", "وفق", "وفقا", "حسب", "بحسب", "عبر", "لدي"})


def _closes_parenthetical(view: DocView, cue_index: int, comma: int) -> bool:
    """Whether the comma closes a phrase set off after the subject ("وطالبت النقابة، في بيان
    لها، بفتح تحقيق"): a ب-word after it follows an adverbial, not a name, so it cannot be an
    apposition of the subject and is the verb's complement."""
    for k in range(comma - 1, cue_index, -1):
        if view.is_comma(k):
            return k + 1 < comma and view.bare[k + 1] in _PARENTHETICAL_OPENERS
        if not view.is_word(k):
            return False
    return False


def _last_bi_phrase(view: DocView, cue_index: int, j: int, limit: int) -> bool:
    """A ب-word after the one comma that closes the subject ("وطالب المحتجون، بإقالة الوالي"):
    an apposition of the subject (", بشار الخطيب،") is closed by a second comma before the
    complement, so a ب-phrase that runs to the clause's end with no complement after it is the
    complement itself."""
    if j - 1 <= cue_index + 1 or not view.is_word(j - 2) or view.mention_label(j) is not None:
        return False
    for k in range(j + 1, limit):
        if view.is_sentence_mark(k) or (view.is_mark(k) and k not in view.open_close):
            break
        if view.is_comma(k) or view.tokens[k].text == ":" or is_complementizer(view, k):
            return False
        if view.is_word(k) and view.cues[k] is not None:
            return False
    return True


def _bi_event(view: DocView, j: int) -> bool:
    """بـ + a verbal noun (بتسوية، باسترجاع، بالتدخل): after a comma that closes an adverbial
    or an apposition ("ويطالب المحتجون، وفق مراسلنا، بتسوية …") it is still the complement, as
    an event noun opens no apposition of a person (", بيتر ستريس،")."""
    key = view.bare[j]
    if not key.startswith("ب") or view.mention_label(j) is not None:
        return False
    if not key.startswith("بال"):
        if key[1:2] == "ت" and len(key) == 6 and view.tokens[j].text.endswith("ة"):
            return True  # تفعلة: بتسوية، بتنمية
        return verbal_noun(view, j, 1) or _without_possessive(key[1:]) in PROPOSITION_NOUNS
    body = key[3:]
    if body in PROPOSITION_NOUNS or body.endswith(("ي", "يه", "ين", "ون")):
        return body in PROPOSITION_NOUNS
    if body.startswith("ا") and 5 <= len(body) <= 7:
        return body[-2] == "ا"
    return body.startswith("ت") and (len(body) == 4 or (len(body) == 5 and body[-2] in "يا"))


_SEEING = "رأى"
_AMOUNTS = frozenset({"عددا", "عدد", "جمله", "مجموعه", "كثيرا", "بعضا", "اعدادا", "الافا", "مئات"})
_IN_PRONOUNS = frozenset({"فيه", "فيها", "فيهم", "فيهما"})
MAX_BEFORE_IN = 6


def _seen_in(view: DocView, i: int, last: int) -> int | None:
    """Where the predicate starts in رأى في X Y "saw in X a Y" (ورأى الوزير في القرار ضربة
    للاقتصاد، مناورات رأت فيها واشنطن تهديدا): what the source took X for, an indefinite
    accusative after the في-phrase and any subject; the content is that predicate."""
    start = None
    for p in range(i + 1, min(last, i + MAX_BEFORE_IN)):
        if not view.is_word(p) or view.cues[p] is not None:
            return None
        key = view.bare[p]
        if key in _IN_PRONOUNS:
            start = p + 1
            break
        if key == "في" and p + 1 < last and view.is_word(p + 1):
            start = p + 2
            while (
                start < last
                and view.is_word(start)
                and has_article(view, start)
                and _is_nisba(view.bare[start])
            ):
                start += 1
            break
        if view.words.is_a("stop", key):
            return None
    if start is None:
        return None
    for k in range(start, min(last, start + MAX_BEFORE_IN)):
        if not view.is_word(k) or view.cues[k] is not None or view.words.is_a("stop", view.bare[k]):
            return None
        if _seen_as(view, k):
            return k
    return None


def _seen_as(view: DocView, k: int) -> bool:
    """An indefinite noun in the accusative (تهديدا، ضربةً، خطوة): tanwin, ة, or a final alef on
    a word that is no country name in -يا."""
    key = view.bare[k]
    words = view.words
    if has_article(view, k) or view.mention_label(k) is not None or view.title_state(key) is not None:
        return False
    if (key[:1] in "بلك" and len(key) > 4) or key.startswith("ال") or view.keys[k].startswith(("وال", "فال")):
        return False  # بالقراءة، للقانون، والأخيرة: a prepositional phrase or a definite word
    if any(words.is_a(c, key) for c in ("time", "institution", "anonymous", "media")) or key in _AMOUNTS:
        return False  # "رأى في المعرض عددا من الزوار": the eyes saw a number of things
    text = view.tokens[k].text
    if "ً" in text or text.endswith("ة"):
        return True
    return key.endswith("ا") and len(key) >= 4 and not key.endswith("يا")
