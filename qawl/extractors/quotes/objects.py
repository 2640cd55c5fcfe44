"""Where a bare noun-phrase object starts after a verb of saying (أعلن انسحابه، نفى المصدر
وجود …): the content is then a nominal quote.

With no parser, the object is told from the subject by what closes the subject: a definite
noun and its adjectives, a name the earlier stages found, a comma, the occasion of the report
(في بيان لها), an adverb of manner (بشدة) or a time word. Past it, a noun that names an event or
a state of affairs opens the object. :func:`object_trigger` tries these in turn;
:func:`object_before` finds the object that a preposition or quotation marks taken for the
content belong to. Apart from :mod:`triggers`, whose content opens at a particle or mark.
"""

from __future__ import annotations

from collections.abc import Callable

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import MAX_MIDDLE, Trigger, is_complementizer
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.name_ends import adjective_like, is_relational
from qawl.extractors.quotes.noun_patterns import (
    accusative_event,
    definite_event,
    event_noun,
    event_plural,
    indefinite_event,
    is_nisba,
    object_noun,
    proposition_noun,
    verbal_noun,
    without_possessive,
)
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.predicates import (
    CONSIDERING,
    MAX_I_E_WORDS,
    POINTING_WORDS,
    TIME_NOUNS,
    object_after_appositions,
    pointed_object,
    predicate_after_pronoun,
)
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    POSSESSIVE_ENDINGS,
    PREPOSITION_PRONOUNS,
    PROPOSITION_NOUNS,
    RELATIVES,
    SPEECH_PRONOUNS,
)


def _after_noun_adjective_phrase(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a definite subject with its relational adjectives.

    Adjectives agree with their noun in definiteness, so in "توقعت الرئاسة الفرنسية الإعلان
    عن …" the definite noun الإعلان, which is no adjective, opens the next constituent.
    """

    def definite(k: int) -> bool:
        return view.is_word(k) and view.bare[k].startswith("ال")

    if not definite(first) or is_nisba(view.bare[first]) or view.title_state(view.bare[first]) is not None:
        return None
    k = first + 1
    while k < last and definite(k) and is_nisba(view.bare[k]):
        k += 1
    if k == first + 1 or k >= last or not definite(k) or is_nisba(view.bare[k]):
        return None
    if view.words.is_a("time", view.bare[k]) or view.words.is_a("stop", view.bare[k]):
        return None
    return k


def _possessed_object(view: DocView, first: int, last: int) -> int | None:
    """Where a possessed verbal noun follows a definite subject and its relational adjectives
    (أعلن الجيش الليبي انسحابه، ادّعى المتهم تعرّضه): the pronoun refers back to the subject,
    and a verbal noun names an event, never a name, so it is the object."""
    if not (view.is_word(first) and has_article(view, first)) or is_nisba(view.bare[first]):
        return None
    k = first + 1
    while k < last and view.is_word(k) and has_article(view, k) and is_nisba(view.bare[k]):
        k += 1
    if k < last and view.bare[k].endswith(POSSESSIVE_ENDINGS) and verbal_noun(view, k):
        return k
    return None


def object_trigger(view: DocView, i: int, cue: Cue, has_subject: bool, last: int) -> Trigger | None:
    """Where a bare noun-phrase object starts (:func:`_object_trigger`). After a verb of
    considering with no object pronoun an accusative is the predicate of the object that
    comes before it, not the object ("اعتبر الوزير القرار انتهاكا"; the passive "اُعتبر الزفاف
    احتفالا"), so it opens none there; with the pronoun (تعتبرها تهديدا) the predicate is the
    content."""
    trigger = _object_trigger(view, i, cue, has_subject, last)
    if (
        trigger is not None
        and cue.lemma in CONSIDERING
        and not cue.object_suffix
        and accusative_event(view, trigger.index)
    ):
        return None
    return trigger


def _object_trigger(view: DocView, i: int, cue: Cue, has_subject: bool, last: int) -> Trigger | None:
    """Where a bare noun-phrase object starts, when that can be told without a parser.

    Right after a participle (مبديا استعداد بلاده) or a verb whose subject came first (كييف
    تعلن اعتقال …); after a VSO subject only when a time adverb separates the two (أعلنت
    السلطات الثلاثاء مقتل …).
    """
    nxt = i + 1
    if nxt + 1 < last and view.is_comma(nxt):
        found = _object_after_comma_adverbial(view, nxt + 1, last, has_subject)
        if found is not None:
            return Trigger("obj", found)
    if nxt < last and view.is_comma(nxt):
        # "وكان مصدر أمني قد نفى، السبت، وجود …": a time adverbial set off by commas after the
        # verb. With no subject found before the verb, one may still follow the adverbial
        # ("أعلنت، الأحد، وزارة …"), so only a noun that is never a subject's opens the object.
        after = past_time(view, nxt, last)
        if after >= last or not any(view.is_word(m) for m in range(nxt, after)):
            return None
        found = (
            indefinite_event(view, after)
            if has_subject
            else object_noun(view, after) and not view.words.is_a("institution", view.bare[after])
        )
        return Trigger("obj", after) if found else None
    if nxt + 1 < last and view.tokens[nxt].text == "#" and not has_subject and cue.kind != "participle":
        # "ونفت #موسكو مرارا تورطها"، "وأعلن #التحالف مساء الأحد اعتراض …": web news tags the
        # subject's name; the tagged word closes the noun phrase as a name does.
        tagged = _definite_event_after_mention(view, nxt, last)
        if tagged is None:
            tagged = _object_after_hashtag(view, nxt, last)
        return Trigger("obj", tagged) if tagged is not None else None
    if nxt >= last or not view.is_word(nxt):
        return None
    stance = _stance_object(view, nxt, last)
    if stance is not None:
        return Trigger("obj", stance)  # "الذي أبدى مخاوف حيال …"، "أبدى الوزير قلقه إزاء …"
    predicate = predicate_after_pronoun(view, i, cue, last, has_subject)
    if predicate is not None:
        return Trigger("obj", predicate)  # "التي تعتبرها أنقرة منظمة إرهابية"
    if view.keys[nxt] in SPEECH_PRONOUNS and nxt + 1 < last and _object_after_pronoun(view, nxt + 1):
        return Trigger("obj", nxt + 1)  # "أصدرت بيانا نفت فيه وجود …": the statement's verb and its object
    if (has_subject or cue.kind == "participle") and opens_speech_occasion(view, nxt):
        # "وكان الجيش قد أعلن عبر حسابه على تويتر مقتل …"، "الرئيس يعلن خلال كلمته أمام البرلمان
        # رفع …": the occasion of the report right after a verb whose subject came first holds
        # no word of the object; past its own words the object opens as after a VSO subject.
        found = _object_after_filler(view, nxt + 2, last) or _object_after_occasion_comma(view, nxt + 2, last)
        if found is not None:
            return Trigger("obj", found)
    if view.bare[nxt] == "في":
        if has_subject and _date_phrase_words(view, nxt, last):
            # "وكان الوزير قد أعلن في 6 كانون الأول/ديسمبر 2017 نقل …": a date after the verb
            # whose subject came first holds no word of the object; past it a noun of an event
            # opens the object.
            dated = past_time(view, nxt, last)
            found = dated < last and view.is_word(dated)
            if found and (indefinite_event(view, dated) or _form_one_event(view, dated)):
                return Trigger("obj", dated)
        after = _after_adverbial(view, nxt, last, has_subject or cue.kind == "participle")
        return Trigger("obj", after) if after is not None else None
    side = _manner_words(view, nxt, last) if _side_adverb(view, nxt) or view.bare[nxt] in _IN_TURN else 0
    if side:
        # "ونفى من جانبه ارتكابه أي اعتداء": the speaker's side right after the verb; an object
        # that no subject could be (a possessed verbal noun, a state of affairs) follows it.
        after = side + nxt + (1 if nxt + side < last and view.is_comma(nxt + side) else 0)
        if after < last and strong_object(view, after):
            return Trigger("obj", after)
    if cue.kind == "participle" or has_subject:
        if has_subject and (view.words.is_a("time", view.bare[nxt]) or time_phrase_words(view, nxt, last)):
            # "وكانت بريطانيا قد أعلنت أمس انضمامها …"، "قد نفت قبل أيام وجود …": a time adverb
            # before the object; a comma may close it ("أعلنت الجمعة الماضي، إغلاق قنصليتها").
            after = past_time(view, nxt, last)
            return Trigger("obj", after) if after < last and indefinite_event(view, after) else None
        if pointed_object(view, nxt):
            return Trigger("obj", nxt)  # "والوزير ينفي هذه الاتهامات": a stop word that opens a noun phrase
        if view.words.is_a("stop", view.bare[nxt]) or view.words.is_a("time", view.bare[nxt]):
            return None
        return Trigger("obj", nxt)
    after_comma = _after_subject_comma(view, nxt, last) or object_after_appositions(view, nxt, last)
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
    unagreeing = _event_after_feminine_verb(view, cue, nxt, last)
    if unagreeing is not None:
        return Trigger("obj", unagreeing)  # "كما أعلنت أيضا التقدم بمبادرة …"
    if verbal_noun(view, nxt):
        return Trigger("obj", nxt)  # "وتوقع ارتفاع عدد القتلى": the subject is dropped
    if _plural_event_after_masculine_verb(view, cue, nxt):
        return Trigger("obj", nxt)  # "ونفى الاتهامات الموجهة إليه": the subject is dropped
    for read_object in _OBJECT_AFTER_SUBJECT:
        found = read_object(view, nxt, last)
        if found is not None:
            return Trigger("obj", found)
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
                # "ونفت الحكومة بشدة، مؤكدة أن …": a verb of saying opens a report, no object.
                return None if _speech_verb(view, m) else Trigger("obj", m)
            return None
        if view.words.is_a("stop", view.bare[k]):
            return None
        seen_subject = True
    return None


# Prepositions that open an adverbial of the occasion, time or place of a report, set off by
# commas right after its verb: "أعلن، خلال مؤتمر صحفي، …"، "نفى، في وقت سابق من الشهر، …".
_COMMA_ADVERBIAL_OPENERS = frozenset(
    normalize(w) for w in ("في", "خلال", "عبر", "أمام", "لدى", "عقب", "إثر", "بعد", "قبل")
)
_MARGIN = normalize("هامش")  # "على هامش القمة": the occasion's على


def _comma_adverbial_close(view: DocView, k: int, last: int) -> int | None:
    """The comma that closes an adverbial opening with a preposition at k: words (and the "/"
    of a double month name) with no cue or complementizer, past the noun right after the
    preposition, which may spell one (في تصريحات، خلال كلمته). None when there is none."""
    for m in range(k + 2, min(last, k + MAX_OCCASION_PHRASE)):
        if view.is_comma(m):
            return m
        if not view.is_word(m):
            if view.tokens[m].text in "/-":
                continue
            return None
        if view.cues[m] is not None or is_complementizer(view, m):
            return None
    return None


def _object_after_comma_adverbial(view: DocView, k: int, last: int, has_subject: bool) -> int | None:
    """The object after an adverbial set off by commas right after the verb ("الوزير ينفي، في
    تصريحات للصحفيين، أي علاقة …"، "وكانت الحكومة قد أعلنت، في وقت سابق من الشهر، فرض …"،
    "وأعلن، خلال مؤتمر صحفي، وقف …"). With the subject before the verb, the adverbial holds no
    word of either, so a noun of an event or a state of affairs past its comma is the object.
    With no subject yet, one may still follow the adverbial ("أعلن، في بيان، الجيش …"), so only
    after the occasion of a report, and only a noun no subject could be (not "أي": "لم تعلن، في
    بيان، أي جهة …")."""
    key = view.bare[k]
    if not view.is_word(k) or not (
        key in _COMMA_ADVERBIAL_OPENERS or (key == "علي" and k + 1 < last and view.bare[k + 1] == _MARGIN)
    ):
        return None
    if not has_subject and not opens_speech_occasion(view, k):
        return None
    close = _comma_adverbial_close(view, k, last)
    after = close + 1 if close is not None else last
    if after >= last or not view.is_word(after) or view.words.is_a("institution", view.bare[after]):
        return None
    if not has_subject:
        return after if view.bare[after] not in _ANY and strong_object(view, after) else None
    if strong_object(view, after) or indefinite_event(view, after) or _form_one_event(view, after):
        return after
    return None


MAX_SUBJECT_BEFORE_EVENT = 10
_ANY = frozenset({"اي", "ايه"})  # أي، أية: "any", which opens a noun phrase
# The whole a counted group is taken from: "من أصل 130"، "من مجموع 130 نائبا"، "من بين 40".
_WHOLE_HEADS = ("اصل", "مجموع", "بين", "اجمالي")


def _whole_words(view: DocView, k: int, last: int) -> int:
    """How many tokens "من أصل/مجموع/بين N [noun]" takes at k (0 when none starts there); the
    number may be written on the head ("من مجموع130")."""
    if k + 1 >= last or view.bare[k] != "من" or not view.is_word(k + 1):
        return 0
    head = view.bare[k + 1]
    whole = next((h for h in _WHOLE_HEADS if head.startswith(h)), None)
    if whole is None:
        return 0
    m = k + 2
    if head == whole:
        if m >= last or not view.tokens[m].text.isdigit():
            return 0
        m += 1
    elif not head[len(whole) :].isdigit():
        return 0
    if m < last and view.is_word(m) and _counted_noun(view, m):
        m += 1
    return m - k


def _counted_noun(view: DocView, k: int) -> bool:
    """Word k is the noun a number counts: no article, no function or time word, no cue."""
    key = view.bare[k]
    words = view.words
    return not (
        has_article(view, k) or words.is_a("stop", key) or words.is_a("time", key) or view.cues[k] is not None
    )


# Nouns of a state of affairs that also head a genitive after a bare source word ("مصدر دعم"،
# "مسؤول صحة"، "مصدر قلق"): no object there.
_GENITIVE_PRONE = frozenset(normalize(w) for w in ("دعم", "رفض", "حق", "صحة", "عدم", "نمو", "زيادة"))


def _after_anonymous_word(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject of one bare word for an unnamed source
    ("أعلن مسؤول وفاة رجل"، "وأكد متحدث مقتل …"): the source word may head a genitive (مسؤول
    الأمن), but a noun of an event or a state of affairs names no domain of an official, so right
    after it such a noun is the object."""
    key = view.bare[first]
    if has_article(view, first) or not view.words.is_a("anonymous", key) or key in _PARTITIVE_HEADS:
        return None
    k = first + 1
    if k >= last or not view.is_word(k) or view.cues[k] is not None or view.mention_label(k) is not None:
        return None
    nxt = view.bare[k]
    if nxt in _GENITIVE_PRONE:
        return None
    return k if nxt in PROPOSITION_NOUNS or _form_one_event(view, k) else None


MAX_SOURCE_ADJECTIVES = 2  # "مصدر عسكري رفيع"، "مصادر أمنية عراقية"

# Adjectives of an unnamed source that have no relational ending: "مصدر مسؤول"، "مصادر مطلعة".
_SOURCE_ADJECTIVES = frozenset(
    normalize(w) for w in ("مسؤول", "مسؤولة", "مطلع", "مطلعة", "مطلعون", "رفيع", "كبير", "بارز", "بارزة")
)


def _source_adjective(view: DocView, k: int) -> bool:
    key = view.bare[k]
    return (
        view.is_word(k)
        and not has_article(view, k)
        and (is_nisba(key) or key in _SOURCE_ADJECTIVES)
        and view.cues[k] is None
        and view.mention_label(k) is None
    )


def _anonymous_object_before(view: DocView, first: int, end: int) -> int | None:
    """The object before a preposition or marks taken for the content, after a VSO subject that
    is an unnamed source with its adjectives ("وأكد مصدر مسؤول حرص الحكومة على الحوار"، "أعلن
    مسؤولون أكراد التوصل إلى اتفاق"): the indefinite adjective closes the source's phrase, which
    heads no genitive then, so a noun of a proposition or an event right after it (with the
    article or without) is the object, and the preposition is that noun's (حرص على، التوصل إلى)."""
    key = view.bare[first]
    if has_article(view, first) or not view.words.is_a("anonymous", key) or key in _PARTITIVE_HEADS:
        return None
    k = first + 1
    while k < min(end, first + 1 + MAX_SOURCE_ADJECTIVES) and _source_adjective(view, k):
        k += 1
    if k == first + 1 or k >= end or not view.is_word(k) or view.cues[k] is not None:
        return None
    if view.mention_label(k) is not None or view.bare[k] in _GENITIVE_PRONE:
        return None
    body = view.bare[k][2:] if has_article(view, k) else view.bare[k]
    if body in PROPOSITION_NOUNS or definite_event(view, k):
        return k
    return k if indefinite_event(view, k) or _form_one_event(view, k) else None


def _after_anonymous_phrase(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that is an unnamed source with its indefinite
    relational adjectives ("وأكد مصدر عسكري تواصل التقدم"، "ونفى مسؤول حكومي استقالة الوزيرة"،
    "وأعلن مصدر طبي ارتفاع عدد …"): the adjective closes the indefinite noun phrase, which then
    heads no genitive, and a verbal noun is no adjective, so an indefinite verbal noun or a noun
    of an event after it opens the object."""
    return _anonymous_object_before(view, first, last)


def _after_counted_subject(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that is a counted group and the whole it is
    taken from ("أعلن 78 نائبا من مجموع 130 نائبا رفضهم …"، "وأكد 12 عضوا من أصل 15 دعمهم …"):
    the number and its noun close the subject, "من أصل/مجموع N" says of how many, and past it
    a noun of an event or a state of affairs is the object."""
    if not view.tokens[first].text.isdigit() or first + 2 >= last or not view.is_word(first + 1):
        return None
    if not _counted_noun(view, first + 1):
        return None
    whole = _whole_words(view, first + 2, last)
    if not whole:
        return None
    k = past_time(view, first + 2 + whole, last)
    if k >= last or not view.is_word(k) or view.cues[k] is not None:
        return None
    return k if strong_object(view, k) or _form_one_event(view, k) else None


MAX_HEAD_BEFORE_RELATIVE = 4  # "الجيش الوطني الليبي الذي"، "كافانو، الذي"
MAX_RELATIVE_WORDS = 10  # the relative clause's verb and its complement: "مثلوا أمام المحكمة"


def _after_relative_clause(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that holds a relative clause ("وذكر الشهود
    الذين مثلوا أمام المحكمة تجاوزات …"، "وأعلن الجيش الذي يقوده فلان إطلاق عملية …"، "وأنكر
    فلان، الذي يعمل قاضيا، المزاعم").

    The subject is one noun phrase: a head (a name, or a noun and its adjectives), a relative
    pronoun and the relative's clause, which opens with its own verb and ends at that verb's
    complement. The main verb's object starts where a word can no longer belong to the clause:
    after the comma that closes a clause set off by commas, a noun of an event (or, after a
    parenthesis opened by a comma, a definite noun that names no person, time or title); inside
    the clause, an indefinite verbal noun or a possessed one right after a definite word (a
    definite noun heads no genitive and takes no indefinite adjective), or, when the relative's
    verb carries the pronoun that takes up the antecedent (يقوده), after that verb's own subject.
    """
    words = view.words
    relative = None
    for k in range(first, min(last, first + MAX_HEAD_BEFORE_RELATIVE + 1)):
        if view.is_comma(k) and k > first and k + 1 < last and view.bare[k + 1] in RELATIVES:
            continue  # "كافانو، الذي …": a clause set off by commas
        if not view.is_word(k):
            return None
        key = view.bare[k]
        if key in RELATIVES:
            relative = k
            break
        if view.cues[k] is not None or words.is_a("stop", key) or words.is_a("time", key):
            return None
        if strong_object(view, k) or indefinite_event(view, k) or accusative_event(view, k):
            return None  # "ونفى وجود الأسلحة التي …": the object came already, the subject is dropped
        if k == first and definite_event(view, k):
            return None  # "ونفى الاتهامات التي وجهت إليه": an event noun first is the object
    if relative is None or relative == first:
        return None
    parenthesis = view.is_comma(relative - 1)
    verb = relative + 1
    if verb + 1 >= last or not view.is_word(verb) or has_article(view, verb) or view.cues[verb] is not None:
        return None  # the relative's verb: a verb of saying there reports its own words
    if words.is_a("stop", view.bare[verb]) or words.is_a("time", view.bare[verb]):
        return None
    resumptive = view.bare[verb].endswith(("ه", "ها", "هم"))
    for k in range(verb + 1, min(last, verb + 1 + MAX_RELATIVE_WORDS)):
        if view.is_comma(k):
            m = k + 1
            while m < last and view.is_word(m) and words.is_a("time", view.bare[m]):
                m += 1
            if m >= last or not view.is_word(m) or view.cues[m] is not None or view.bare[m] in RELATIVES:
                return None
            if strong_object(view, m) or event_noun(view, m):
                return m
            return m if parenthesis and _plain_definite(view, m) else None
        if view.tokens[k].text.isdigit():
            continue  # "تأسست عام 1990": a number in the clause's date
        if not view.is_word(k):
            return None
        key = view.bare[k]
        if view.cues[k] is not None or key in RELATIVES or is_complementizer(view, k):
            return None
        before = k - 1
        if key == "اي" and has_article(view, before) and strong_object(view, k):
            return k  # "… لكرة القدم أي ضلوع": أي opens the object after the clause's definite end
        if has_article(view, k) or words.is_a("stop", key) or words.is_a("time", key):
            continue
        closed = (
            has_article(view, before)
            or view.bare[before].startswith("لل")
            or view.tokens[before].text.isdigit()  # "عام 1990 إغلاق": a date closes the clause
        )
        # A sound feminine plural names no person and is no verb: "أمام المحكمة تجاوزات".
        plural = _ending(view, k).endswith("ات") and not key.endswith("يات") and view.mention_label(k) is None
        if not (
            verbal_noun(view, k) or object_noun(view, k) or accusative_event(view, k) or (closed and plural)
        ):
            continue
        if closed and view.title_state(view.bare[before]) is not None:
            continue  # "الذي يقوده المشير …": a name may follow a title
        # The clause's own subject is a bare noun phrase: a preposition there ("يقصدونها من
        # مختلف أنحاء") makes the words an adverbial of the clause, which may go on.
        own_subject = (
            resumptive
            and before > verb
            and not any(
                words.is_a("stop", view.bare[m]) or _prepositional(view, m) for m in range(verb + 1, k)
            )
        )
        if closed or own_subject:
            return k
        # Otherwise the noun is the clause's own object or a genitive in it ("تواجه تحقيقا").
    return None


def _plain_definite(view: DocView, k: int) -> bool:
    """A definite noun that names no person, body, time or title: after a clause set off by
    commas, the object ("، المزاعم")."""
    key = view.bare[k]
    words = view.words
    if not has_article(view, k) or view.mention_label(k) is not None or view.title_state(key) is not None:
        return False
    if is_nisba(key) or any(
        words.is_a(c, key) for c in ("time", "stop", "institution", "media", "anonymous")
    ):
        return False
    return not (k + 1 < len(view.tokens) and view.is_comma(k + 1))


# Nouns of a stretch of time that قبل، بعد، منذ take to make a time adverbial ("قبل أيام"، "منذ
# أسابيع"), and the adjectives of length that may follow them ("قبل أيام قليلة").
_TIME_UNITS = frozenset(
    normalize(w)
    for w in ("دقائق", "ساعة", "ساعات", "ساعتين", "يوم", "يومين", "أيام", "أسبوع", "أسبوعين", "أسابيع",
              "شهر", "شهرين", "أشهر", "شهور", "سنة", "سنتين", "سنوات", "عام", "عامين", "أعوام")
)  # fmt: skip
_TIME_UNIT_PREPOSITIONS = frozenset({"قبل", "بعد", "منذ"})
_SHORT_LENGTHS = frozenset(normalize(w) for w in ("قليلة", "قليل", "قصيرة", "معدودة", "عدة"))
# Words of a few that stand before the unit ("قبل بضع ساعات"، "منذ بضعة أيام"، "بعد عدة أسابيع").
_FEW_BEFORE_UNIT = frozenset(normalize(w) for w in ("بضع", "بضعة", "عدة"))
_RELATIVE_TIMES = frozenset({"سابق", "لاحق"})  # في وقت سابق / لاحق


# Month names (Maghreb, Egyptian/Gulf and Levantine spellings) and the parts of a month or year
# that head a date phrase ("في منتصف شهر مارس الماضي"، "في مطلع العام").
_MONTHS = frozenset(
    normalize(w)
    for w in ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر", "يناير", "فبراير", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
              "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين")
)  # fmt: skip
_DATE_PARTS = frozenset(
    normalize(w) for w in ("منتصف", "مطلع", "أواخر", "أوائل", "نهاية", "بداية", "أواسط", "شهر")
)
# The definite units of the calendar after a part of a month or year, or before a time word.
_CALENDAR_UNITS = frozenset(normalize(w) for w in ("الشهر", "العام", "الأسبوع", "السنة"))
_DATE_TIME_WORDS = frozenset(normalize(w) for w in ("الماضي", "المقبل", "الحالي", "الجاري", "المنصرم"))
MAX_DATE_WORDS = 8  # "في منتصف شهر مارس (آذار) الماضي"، "في 6 كانون الأول/ديسمبر 2017"
# The Levantine months كانون and تشرين take an ordinal: كانون الأول، تشرين الثاني.
_MONTH_ORDINALS = frozenset(normalize(w) for w in ("الأول", "الثاني", "أول", "ثاني"))
MAX_DAY_OF_MONTH = 31


def _date_phrase_words(view: DocView, k: int, last: int) -> int:
    """How many tokens a date phrase takes at k: في + a part of the month (منتصف، مطلع) or شهر,
    then a month name, then a year, another spelling of the month (مارس/آذار، "(آذار)") or a
    time word (الماضي، المقبل); 0 when none starts there. A month name after في names a date,
    never a word of a subject or an object."""
    if view.bare[k] != "في":
        return 0
    m = k + 1
    while m < last and view.is_word(m) and view.bare[m] in _DATE_PARTS and m - k <= 2:
        m += 1
    day = view.tokens[m].text if m == k + 1 and m < last else ""
    if day.isdigit() and 1 <= int(day) <= MAX_DAY_OF_MONTH and m + 1 < last and view.bare[m + 1] in _MONTHS:
        m += 1  # "في 6 كانون الأول": the day before the month name
    if m >= last or not view.is_word(m):
        return 0
    if view.bare[m] in _CALENDAR_UNITS:
        # "في منتصف الشهر الماضي"، "في العام الماضي"، "في نهاية الأسبوع": the definite unit
        # after a part of it, or before الماضي/المقبل, names a date as a month name does.
        after = m + 1 < last and view.is_word(m + 1) and view.bare[m + 1] in _DATE_TIME_WORDS
        if m == k + 1 and not after:
            return 0  # "في العام": no date without a part or a time word
    elif view.bare[m] not in _MONTHS:
        return 0
    m += 1
    while m < last and m - k <= MAX_DATE_WORDS:
        text = view.tokens[m].text
        dated = view.is_word(m) and (view.bare[m] in _MONTHS or view.words.is_a("time", view.bare[m]))
        dated = dated or (view.is_word(m) and view.bare[m] in _MONTH_ORDINALS and view.bare[m - 1] in _MONTHS)
        if not (dated or text.isdigit() or text in ("/", "(", ")")):
            break
        m += 1
    return m - k


def time_phrase_words(view: DocView, k: int, last: int) -> int:
    """How many words a time adverbial of several words takes at k (0 when none starts there):
    قبل/بعد/منذ + a noun of a stretch of time (قبل أيام قليلة، منذ أسابيع), or في وقت سابق/لاحق
    with "من" + a time word after it (في وقت سابق من اليوم، من هذا الأسبوع). Such a phrase names
    when the report was made and holds no word of the subject or the object."""
    if not view.is_word(k) or k + 1 >= last or not view.is_word(k + 1):
        return 0
    key, nxt = view.bare[k], view.bare[k + 1]
    date = _date_phrase_words(view, k, last)
    if date:
        return date
    if key in _TIME_UNIT_PREPOSITIONS and nxt in _TIME_UNITS:
        length = k + 2 < last and view.is_word(k + 2) and view.bare[k + 2] in _SHORT_LENGTHS
        return 3 if length else 2
    if (
        key in _TIME_UNIT_PREPOSITIONS
        and nxt in _FEW_BEFORE_UNIT
        and k + 2 < last
        and view.bare[k + 2] in _TIME_UNITS
    ):
        return 3  # "قبل بضع ساعات": a word of a few, then the unit
    if key != "في" or nxt != "وقت" or k + 2 >= last or view.bare[k + 2] not in _RELATIVE_TIMES:
        return 0
    m = k + 3
    if m + 1 < last and view.bare[m] == "من" and view.is_word(m + 1):
        time_word = view.bare[m + 1]
        if view.words.is_a("time", time_word) or time_word in TIME_NOUNS:
            return 5
        if time_word in ("هذا", "هذه") and m + 2 < last and view.bare[m + 2] in TIME_NOUNS:
            return 6
    return 3


def past_time(view: DocView, k: int, last: int) -> int:
    """The first token at or after k that is no comma, time word or time adverbial
    (:func:`time_phrase_words`)."""
    while k < last:
        if view.is_comma(k) or (view.is_word(k) and view.words.is_a("time", view.bare[k])):
            k += 1
            continue
        words = time_phrase_words(view, k, last)
        if not words:
            break
        k += words
    return k


def _cannot_be_in_subject(view: DocView, k: int) -> bool:
    """Whether word k cannot stand inside a VSO subject: a cue, a complementizer, a relative, or a
    function word that is not a time word."""
    key = view.bare[k]
    if view.cues[k] is not None or is_complementizer(view, k) or key in RELATIVES:
        return True
    return view.words.is_a("stop", key) and not view.words.is_a("time", key)


def _object_after_time_phrase(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject closed by a time adverbial of several words
    ("ونفت الشركة قبل أيام وجود خلل"، "وأعلنت الوزارة في وقت سابق تأجيل …"): the adverbial
    holds no word of either, so past it (and any time words or commas) a noun of an event or a
    state of affairs is the object. The subject has a word at least and no preposition, cue,
    complementizer or relative."""
    for k in range(first + 1, min(last, first + MAX_SUBJECT_BEFORE_EVENT)):
        if not view.is_word(k):
            if view.is_comma(k):
                continue
            return None
        if time_phrase_words(view, k, last):
            m = past_time(view, k, last)
            if m >= last or not view.is_word(m) or view.cues[m] is not None:
                return None
            return m if strong_object(view, m) or _form_one_event(view, m) else None
        if _cannot_be_in_subject(view, k):
            return None
    return None


def _object_after_hashtag(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that ends in a hashtag ("أعلنت النجمة الكندية
    #سيلين_ديون إلغاء …"، "أعلنت وزارة #الصحة الفلسطينية، مساء السبت، مقتل …"): web news tags
    a name or a noun of the subject with # and joins its words with _, so the tagged word closes
    a noun phrase like a name; past it, its nisba adjectives, time words and commas, a noun of an
    event or a state of affairs is the object. The tag may open the subject too ("وأعلن #التحالف
    مساء الأحد اعتراض …"); a word in و after it is coordination, unless it is a noun of a state
    of affairs (وجود، وقوع)."""
    for k in range(first, min(last - 1, first + MAX_SUBJECT_BEFORE_EVENT)):
        if view.tokens[k].text == "#" and view.is_word(k + 1):
            m = k + 2
            while m < last and view.is_word(m) and has_article(view, m) and is_nisba(view.bare[m]):
                m += 1
            if m < last and view.tokens[m].text.startswith("و") and not proposition_noun(view, view.bare[m]):
                continue  # "النجمة #جنيفر_أنيستون وزوجها الممثل #جاستن_ثيرو": the subject goes on
            if m + 1 < last and opens_speech_occasion(view, m):
                # "وأكدت #الهيئة_العامة في بيان لها استمرار …": the occasion after the tagged subject.
                return _object_after_filler(view, m + 2, last) or _object_after_occasion_comma(
                    view, m + 2, last
                )
            m = past_time(view, m, last)
            if (
                m >= last
                or not view.is_word(m)
                or view.cues[m] is not None
                or view.mention_label(m) is not None
            ):
                return None
            found = strong_object(view, m) or verbal_noun(view, m) or definite_event(view, m)
            return m if found or _form_one_event(view, m) else None
        if not view.is_word(k):
            return None
        if _cannot_be_in_subject(view, k):
            return None
    return None


MAX_BRACKET_WORDS = 6  # "(فيفا)"، "(2003-2010)"، "(79 عاما)"


def _bracket_close(view: DocView, k: int, last: int) -> int | None:
    """The closing parenthesis of a short parenthesis opening at k (an acronym, years, an age),
    None when there is none or a cue stands in it."""
    if view.tokens[k].text != "(":
        return None
    for m in range(k + 1, min(last, k + 2 + MAX_BRACKET_WORDS)):
        if view.tokens[m].text == ")":
            return m if m > k + 1 else None
        if view.cues[m] is not None or view.tokens[m].text == "(":
            return None
    return None


def _object_after_brackets(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that a short parenthesis closes ("ونفى الرئيس
    السابق (2003-2010) بشكل قاطع الاتهامات"، "أعلن رئيس الاتحاد الدولي (فيفا) براءته"): the
    parenthesis glosses the noun phrase before it, so past it, time words and an adverb of
    manner, a noun that opens an object wherever it stands (:func:`strong_object`) is the
    verb's object, not a further word of the subject."""
    for k in range(first + 1, min(last, first + MAX_SUBJECT_BEFORE_EVENT)):
        close = _bracket_close(view, k, last)
        if close is not None:
            m = past_time(view, close + 1, last)
            if m < last and view.is_word(m):
                m += _manner_words(view, m, last)
            if m >= last or not view.is_word(m) or view.cues[m] is not None:
                return None
            return m if strong_object(view, m) or definite_event(view, m) else None
        if not view.is_word(k):
            return None
        if _cannot_be_in_subject(view, k):
            return None
    return None


# Adverbs that may stand between a verb and its object ("also, again, officially, in turn").
_ADDITIVE_ADVERBS = frozenset(normalize(w) for w in ("أيضا", "كذلك", "مجددا", "رسميا", "بدورها", "بدورهم"))


def _event_after_feminine_verb(view: DocView, cue: Cue, first: int, last: int) -> int | None:
    """A definite masculine verbal noun right after a feminine verb of saying ("كما أعلنت التقدم
    بمبادرة"، "وأكدت أيضا التمسك بـ…"): a subject after a feminine verb is feminine, and the
    pattern (التقدم، الانسحاب، الاستعداد) is a masculine noun, so it opens the object, with the
    subject dropped. Additive adverbs may come between."""
    if cue.kind != "verb" or cue.feminine is not True or not view.bare[first - 1].endswith("ت"):
        return None  # the perfect أعلنت only: تتوقع is also "you expect"
    k = first
    while k < last and view.is_word(k) and view.bare[k] in _ADDITIVE_ADVERBS and k - first < 2:
        k += 1
    if k >= last or not view.is_word(k) or view.cues[k] is not None:
        return None
    if view.tokens[k].text.endswith(("ة", "ات")) or is_nisba(view.bare[k]):
        return None  # المطالبة، المراجعة: a feminine noun may be the subject
    return k if definite_event(view, k) else None


def _plural_event_after_masculine_verb(view: DocView, cue: Cue, k: int) -> bool:
    """A definite plural of a verbal noun right after a masculine verb of saying ("ونفى
    الاتهامات الموجهة إليه"، "ويرفض التصريحات"): a plural of things as subject takes a
    feminine verb (نفت التحقيقات), so after a masculine one the plural is the object and the
    subject is dropped."""
    if cue.kind != "verb" or cue.feminine is not False or not view.is_word(k) or view.cues[k] is not None:
        return False
    if view.bare[k] in _DEMONSTRATIVES and k + 1 < len(view) and view.is_word(k + 1):
        k += 1  # "ونفى هذه الاتهامات"، "وجدد تلك المطالب": the demonstrative opens the object
    return has_article(view, k) and view.mention_label(k) is None and event_plural(view.bare[k][2:])


_DEMONSTRATIVES = frozenset({"هذه", "تلك"})  # the plural of things takes the feminine singular


# Verbal nouns of the first form (فَعْل، فُعول …) that news verbs of announcing and denying take as
# their object ("أعلنت إسرائيل شن ضربات"، "أعلنت السلطات نشر تعزيزات"). No pattern tells them from
# other nouns, so they are listed; none is a given name or a title (نجاح، فوز are left out).
FORM_ONE_EVENTS = frozenset(
    normalize(w)
    for w in ("شن", "نشر", "فرض", "رفع", "فتح", "قتل", "ضرب", "منع", "وقف", "حذف", "طرد", "سحب", "حظر",
              "غلق", "بدء", "فشل", "وقوع", "وصول", "دخول", "خروج", "سقوط", "قبول", "حصول", "عقد", "بيع",
              "شراء", "رصد", "ضبط", "دفع", "صرف", "قصف", "خطف", "هدم", "حرق", "ضم", "نقل", "منح", "سجن",
              "عزل", "ترك", "صدور", "مرور", "هروب", "فرار", "حل", "أسر", "كسر", "سرقة", "عودة", "مصرع",
              "مقتل", "قطع", "حرمان", "فصل",
              # Not verbal nouns, but what is declared, unveiled or fixed: a state, a plan, a date
              # ("أعلن الرئيس حالة الطوارئ"، "كشف الوزير خطة إصلاح"، "حدد الاتحاد موعد المباراة").
              "حالة", "خطة", "موعد")
)  # fmt: skip


def _form_one_event(view: DocView, k: int) -> bool:
    """A listed first-form verbal noun in construct with a genitive (شن ضربات، فتح المعبر): bare,
    these spell perfect verbs too, but a verb after a verb of saying and its subject needs أنّ."""
    if not view.is_word(k) or view.bare[k] not in FORM_ONE_EVENTS or view.mention_label(k) is not None:
        return False
    nxt = k + 1
    if nxt >= len(view) or not view.is_word(nxt) or view.bare[nxt] in ("الله", "لله"):
        return False  # فتح الله: a given name
    key = view.bare[nxt]
    return not (view.words.is_a("stop", key) or view.words.is_a("time", key) or view.cues[nxt] is not None)


# Nouns that a body declares or offers though they name no event: a truce, mourning, a reward,
# a prize ("أعلنت الحركة هدنة"، "أعلنت البلدية الحداد"، "أعلنت الشرطة مكافأة لمن …"). Like a
# state (حالة الطوارئ) they are what is announced, and none is a name, a title or a body.
_DECLARED_NOUNS = frozenset(normalize(w) for w in ("هدنة", "حداد", "حدادا", "مكافأة", "مكافآت", "جائزة"))


def _declared_noun(view: DocView, k: int) -> bool:
    """Word k is a listed declared noun (:data:`_DECLARED_NOUNS`), with the article or without."""
    if not view.is_word(k) or view.mention_label(k) is not None or view.cues[k] is not None:
        return False
    key = view.bare[k]
    return (key[2:] if has_article(view, k) else key) in _DECLARED_NOUNS


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
        if key == "اي" and strong_object(view, k) and _closes_subject(view, k - 1):
            return k  # "ونفى المصدر أي نية …": أي opens the object, the noun after it is its genitive
        if accusative_event(view, k):
            return k  # "وتتوقع الوزارة انخفاضا في …": the accusative is no word of the subject
        # "وأكدت الوحدات الكردية الاثنين مصرع …": a time adverb after the subject closes it, and
        # the word before the adverb says whether the subject could still go on.
        end = _before_time_adverb(view, first, k)
        before = view.bare[end]
        # Past a word with بـ/لـ the words are a prepositional phrase's ("بحق أفرادها"), no subject.
        in_phrase = any(_prepositional(view, m) for m in range(first, k))
        if not in_phrase and _owner_noun(view, k) and _may_end_subject(view, end):
            return k  # "واستبعدت فرنسا وقوف …"، "أبدى رئيس النقابة رضا نوراني استعداده …"
        # ذاته/نفسه after a definite noun ("المصدر ذاته") is its emphasis and ends the phrase too.
        emphasis = before in _SAME_WORDS and end - 1 >= first and has_article(view, end - 1)
        definite = has_article(view, end) or emphasis or before.startswith("لل")  # للصحة: لـ + the article
        if definite and not view.words.is_a("time", before) and _declared_noun(view, k):
            return k  # "وأعلنت السلطات الحداد"، "وأعلنت الشرطة مكافأة": no genitive of a definite word
        if definite and not view.words.is_a("time", before) and definite_event(view, k):
            # A definite noun heads no genitive, so a definite verbal noun after one is no word of
            # the subject; an adjective there agrees (الحكومة الانتقالية) and has no event pattern.
            body = view.bare[k][2:]
            if view.title_state(before) is None or proposition_noun(view, body) or event_plural(body):
                # No name takes the article and a verbal noun's plural: "ونفى الجنرال الاتهامات".
                return k  # "وأعلن رئيس الوزراء النصر …"، "أكدت الداخلية التوصل إلى …"
            continue
        if (
            definite
            and not view.words.is_a("time", before)
            and (indefinite_event(view, k) or _form_one_event(view, k))
        ):
            possessed = key.endswith(POSSESSIVE_ENDINGS) and not view.tokens[k].text.endswith("ة")
            if view.title_state(before) is not None and not (
                possessed or proposition_noun(view, key) or _event_not_name(view, k)
            ):
                continue  # "النائبة ابتسام …": a name may follow a title, and names take the pattern
            return k
    return None


def _event_not_name(view: DocView, k: int) -> bool:
    """Word k, a verbal noun right after a bare title ("وأكد الوزير تقليص …"), is no given name
    of the title's holder: a listed first-form verbal noun in construct (none is a given name:
    "وأعلن الوزير فرض حظر التجول"), or a derived one whose genitive is a definite verbal noun
    ("تقليص الإنفاق"، "إطلاق الحملة") — a given name goes on with a family name, which is never a
    verbal noun ("النائبة ابتسام الخطيب")."""
    if _form_one_event(view, k):
        return True
    nxt = k + 1
    return (
        nxt < len(view)
        and view.is_word(nxt)
        and view.cues[nxt] is None
        and view.title_state(view.bare[nxt]) is None
        and definite_event(view, nxt)
    )


MAX_TIME_ADVERB = 2  # "الاثنين"، "أمس الأحد"، "اليوم الخميس"


def _before_time_adverb(view: DocView, first: int, k: int) -> int:
    """The last subject word before word k: k - 1, or the word before a time adverb of up to
    two words that stands right before k after a definite word (the adverb then closes the
    subject; a time word is no genitive of it: "مهرجان الصيف" keeps الصيف, whose head is
    indefinite)."""
    if k < len(view) and view.words.is_a("time", view.bare[k]):
        return k - 1  # "اليوم الأربعاء": word k is still the adverb (الأربعاء has an event's pattern)
    m = k - 1
    while m > first and k - m <= MAX_TIME_ADVERB and view.words.is_a("time", view.bare[m]):
        m -= 1
    definite = has_article(view, m) or view.bare[m].startswith("لل")  # للانتخابات: لـ + the article
    if m == k - 1 or view.words.is_a("time", view.bare[m]) or not definite:
        return k - 1
    return m


def _definite_event_after_mention(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a subject the earlier stages found as a name (a person,
    place or body: "وأعلنت واشنطن الانسحاب"، "وتنفي إيران السعي إلى …"): a name closes the
    noun phrase, and a definite verbal noun after it is no genitive of it, so it is the object.
    A verbal noun with its owner's pronoun is definite too ("ونفت روسيا تورطها"، "وأعلن ترامب
    انسحابه": the pronoun is the subject's). Web news may tag the name with # ("ونفت #موسكو"),
    and time words and adverbs of manner (مرارا، بشدة، أيضا) may stand between name and object."""
    if view.tokens[first].text == "#" and first + 1 < last:
        first += 1  # "#موسكو": the tag opens the name
    label = view.mention_label(first)
    if label is None or not label[1]:
        return None
    k = first + 1
    while k < last and view.mention_label(k) is not None and not view.mention_label(k)[1]:
        k += 1
    k = _past_manner(view, past_time(view, k, last), last)
    if k >= last or not view.is_word(k) or view.cues[k] is not None:
        return None
    if definite_event(view, k) or _form_one_event(view, k) or accusative_event(view, k):
        return k
    if _declared_noun(view, k):
        return k  # "وأعلنت طالبان هدنة"، "وأعلنت روسيا حدادا رسميا"
    return k if _possessed_event(view, k) or pointed_object(view, k) else None


def _past_manner(view: DocView, k: int, last: int) -> int:
    """The first token at or after k past up to two adverbs of manner or addition ("مرارا"،
    "بشكل قاطع"، "أيضا") and the time words after them."""
    for _ in range(2):
        if k >= last or not view.is_word(k):
            break
        words = _manner_words(view, k, last) or (1 if view.bare[k] in _ADDITIVE_ADVERBS else 0)
        if not words:
            break
        k = past_time(view, k + words, last)
    return k


def _possessed_event(view: DocView, k: int) -> bool:
    """A verbal noun or a noun of a state of affairs with its owner's pronoun (تورطها، انسحابه،
    مسؤوليته); ة is ه once normalised, so the written ة is no pronoun."""
    key = view.bare[k]
    if view.tokens[k].text.endswith("ة") or not key.endswith(POSSESSIVE_ENDINGS):
        return False
    return verbal_noun(view, k) or proposition_noun(view, key)


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
    imperfect = key[:1] in "يتن" and len(without_possessive(key)) == 4
    return possessed and not imperfect and indefinite_event(view, k)


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


def object_before(view: DocView, i: int, end: int, marks: bool = False) -> int | None:
    """The noun-phrase object of the verb at i that stands before token ``end``, where a
    preposition or quotation marks were taken for the content: "أكد حرصه على …" (على is
    the noun's, حرص على), "مؤكدا استعداده "للعمل معه"" (the marks close the object's phrase)."""
    nxt = i + 1
    if nxt >= end or not view.is_word(nxt):
        return None
    # "أعلنت وزارة الصحة الخميس عن …": the head of a body with its genitive is the verb's
    # subject, though it spells a verbal noun's pattern (وزارة، إدارة); the preposition further
    # on is the verb's own, or the object's after the subject ("أكدت وزارة الصحة حرصها على").
    # Not asked before quotation marks (``marks``), which may hold the body's name.
    body = not marks and view.words.is_a("institution", view.bare[nxt])
    if not body and (
        object_noun(view, nxt) or (indefinite_event(view, nxt) and _common_genitive_next(view, nxt))
    ):
        return nxt
    if stance_noun(view, nxt, end):
        return nxt  # "الذي أبدى مخاوف حيال …، "غير مقبولة"": the marks are the main clause's
    after_definite = _event_after_definite(view, nxt, end)
    if after_definite is not None or marks:
        return after_definite
    anonymous = _anonymous_object_before(view, nxt, end)
    if anonymous is not None:
        return anonymous  # "وأكد مصدر مسؤول حرص الحكومة على الحوار"
    # "استغربت الوزارة في بيانها إصرار الجامعة على …": past the subject and the occasion of the
    # report, the object holds the preposition.
    return _after_subject_adverbial(view, nxt, end)


def _common_genitive_next(view: DocView, k: int) -> bool:
    """A definite common noun after word k (تغيير النظام), not a family name (الراجحي): a bare
    pattern noun right after the verb may be a given name (توفيق، تغريد) and its subject."""
    nxt = k + 1
    return (
        nxt < len(view)
        and view.is_word(nxt)
        and has_article(view, nxt)
        and not is_nisba(view.bare[nxt])
        and view.mention_label(nxt) is None
    )


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
        if stance_noun(view, k, last):
            return k
        if not view.is_word(k) or view.cues[k] is not None or view.words.is_a("stop", view.bare[k]):
            return None
    return None


def stance_noun(view: DocView, k: int, last: int) -> bool:
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
        if event_noun(view, k):
            return k
        if words.is_a("time", key) and has_article(view, k):
            nxt = k + 1
            if nxt >= last or not view.is_word(nxt) or view.cues[nxt] is not None:
                return None
            if not has_subject:
                # "أعلن في الأسبوع الماضي الرئيس …": the subject may still come; only an event is no subject.
                return nxt if event_noun(view, nxt) else None
            key = view.bare[nxt]
            if words.is_a("stop", key) or words.is_a("time", key) or view.title_state(key) is not None:
                return None
            return nxt
    return None


def _after_subject_comma(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject closed by a comma ("أكدت حركة مشروع تونس،
    تمسكها بـ …"، "أعلن المتحدث …، خالد أبا الخيل، التوصل إلى …"): a verbal noun after that
    comma names an event, so it is the object, never an apposition of the subject."""
    if not view.comma_in(first, last):
        return None  # no comma to close the subject: the phrase is not read
    phrase = parse_speaker(view, first, min(last, first + MAX_MIDDLE))
    if phrase is None or phrase.start != first or event_noun(view, first):
        return None  # "أكدت تمسكها بالاتفاق، …": an event noun is the object already
    apposed = _event_taken_for_apposition(view, phrase, last)
    if apposed is not None:
        return apposed  # "وأعلن مدير المركز، تبرؤه من الحملات"
    k = phrase.last
    # A name the parser cut short ("خالد أبا الخيل") still ends at the comma.
    while (
        k < min(last, phrase.last + 2)
        and view.is_word(k)
        and view.cues[k] is None
        and view.bare[k] not in ADVERBIAL_PREPOSITIONS
    ):
        k += 1
    if (
        k < last
        and view.bare[k] in ADVERBIAL_PREPOSITIONS
        and not any(event_noun(view, m) for m in range(first, k))
    ):
        # "أعلنت القوى الوطنية في قرية العيسوية، إغلاق …": a place phrase after the subject, up to
        # the comma that closes both; no cue or complementizer may stand in it, and no event noun
        # before it ("واعتبر الاتحاد تعيين X على رأس …، تحديا": the object came already).
        k = _phrase_close(view, k, last) or k
    if k >= last or not view.is_comma(k):
        return None
    # Prepositional phrases set off by commas may come before the object: "واقترح X، في سبيل
    # تحسين …، على المصالح المختصة، تجميع المعطيات".
    for _ in range(MAX_COMMA_ADVERBIALS):
        if k + 1 >= last or view.bare[k + 1] not in ADVERBIAL_PREPOSITIONS:
            break
        close = next((m for m in range(k + 2, min(last, k + 2 + MAX_MIDDLE)) if view.is_comma(m)), None)
        # The preposition itself may spell a cue (عبر "via", عبّر "expressed"); it opens the phrase here.
        if close is None or any(view.cues[m] is not None for m in range(k + 2, close)):
            return None
        k = close
    # An accusative verbal noun (تراجعا، ارتفاعا) is in the case of an object, never of a subject;
    # a noun of a state of affairs (وجود), "أي" + a noun or a demonstrative + a definite noun
    # ("، أي تورط في …"، "، هذه الاتهامات") is no apposition of a person or body either.
    nxt = k + 1
    if nxt >= last:
        return None
    if view.bare[nxt] == "اي" and view.comma_in(nxt, min(last, nxt + MAX_I_E_WORDS)):
        return None  # "، أي وزير الخارجية، …": أي "that is" opens another apposition
    return nxt if event_noun(view, nxt) or strong_object(view, nxt) or _form_one_event(view, nxt) else None


def _event_taken_for_apposition(view: DocView, phrase: SpeakerPhrase, last: int) -> int | None:
    """The object that the speaker parser read as a name in apposition after a title and a comma
    ("وأعلن مدير المركز، تبرؤه من الحملات"، "وأكد رئيس الجمعية، استعدادها لـ…"): a name takes
    no possessive pronoun, so a possessed verbal noun or a noun of a state of affairs there is the
    verb's object, and the comma closed the subject. A bare event noun may be a first name
    (انتصار، إقبال), so it is taken only when the document knows no name there and no comma
    follows it, as one would close an apposition."""
    if phrase.kind != "name" or phrase.title is None or phrase.name is None:
        return None
    k = phrase.name[0]
    if k >= last or not view.is_comma(k - 1) or view.cues[k] is not None or view.mention_label(k) is not None:
        return None
    if strong_object(view, k) and (object_noun(view, k) or view.bare[k].endswith(POSSESSIVE_ENDINGS)):
        return k
    end = phrase.name[1]
    if event_noun(view, k) and end < last and not view.is_comma(end) and not is_complementizer(view, end):
        return k
    return None


def _phrase_close(view: DocView, k: int, last: int) -> int | None:
    """The comma that closes a prepositional phrase opening at k, within MAX_MIDDLE words with
    no cue, complementizer or mark in it (None when there is none)."""
    for m in range(k + 1, min(last, k + 1 + MAX_MIDDLE)):
        if view.is_comma(m):
            return m
        if not view.is_word(m) or view.cues[m] is not None or is_complementizer(view, m):
            return None
    return None


# Occasions of a report, which a VSO subject may be followed by before the object ("نفت الهيئة
# في بلاغ لها وجود …"): the report's own setting, never a noun that heads the object.
_SPEECH_OCCASIONS = frozenset(
    normalize(w)
    for w in ("بيان", "بلاغ", "تصريح", "تصريحات", "حوار", "مقابلة", "مؤتمر", "كلمة", "رسالة", "تغريدة",
              "تدوينة", "منشور", "خطاب", "اتصال", "لقاء", "ندوة", "جلسة", "اجتماع",
              # the account or page it was posted on: "عبر حسابه على تويتر"، "في صفحتها على فيسبوك"
              "حساب", "صفحة")
)  # fmt: skip
_OCCASION_PREPOSITIONS = frozenset({"في", "خلال", "عبر"})
# Adverbs of manner that close a subject: "ونفى الاتحاد بشدة …"، "وتؤكد طهران باستمرار …".
_MANNER_ADVERBS = frozenset({"بشده", "باستمرار", "مجددا", "مرارا", "قطعيا", "تماما", "رسميا", "بقوه"})
_MANNER_HEADS = frozenset({"بشكل", "بصوره"})  # بشكل قاطع: the head and its adjective


# "من جانبه، من جهتها، من ناحيتهم" ("for his part"), and بدوره: the speaker's side, set after the
# verb or its subject; a pronoun on the noun points back to the subject, so no word of it follows.
_SIDE_NOUNS = frozenset(
    stem + ending for stem in ("جانب", "جهت", "ناحيت") for ending in ("ه", "ها", "هم", "هما")
)  # fmt: skip
_IN_TURN = frozenset({"بدوره", "بدورها", "بدورهم", "بدورهما"})


def _manner_words(view: DocView, k: int, end: int) -> int:
    """How many words an adverb of manner or of the speaker's side at k takes (0 when none
    starts there): بشدة، بشكل قاطع، مرة أخرى ("again"; مرة alone is "a time", أول مرة)، من جانبه،
    بدوره."""
    key = view.bare[k]
    if key in _MANNER_ADVERBS or key in _IN_TURN:
        return 1
    if k + 2 < end and (
        key in _MANNER_HEADS or (key == "مره" and view.bare[k + 1] == "اخري") or _side_adverb(view, k)
    ):
        return 2
    return 0


def _side_adverb(view: DocView, k: int) -> bool:
    """Whether "من جانبه" or its kin (من جهتها، من ناحيتهم) starts at k."""
    return view.bare[k] == "من" and k + 1 < len(view) and view.bare[k + 1] in _SIDE_NOUNS


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
        if key in _OCCASION_PREPOSITIONS and k + 1 < last and _occasion(view, k + 1):
            # Asked before the cue: عبر also spells the verb عبّر, but a verb is no word before a
            # noun of an occasion ("وأعلن الجيش عبر حسابه على تويتر مقتل …").
            return _object_after_filler(view, k + 2, last) or _object_after_occasion_comma(view, k + 2, last)
        if view.cues[k] is not None or is_complementizer(view, k):
            return None
        if key in POINTING_WORDS and strong_object(view, k) and _closes_subject(view, k - 1):
            return k  # "وينفي الوزير هذه الاتهامات"، "ونفى المصدر أي نية": a definite noun heads no construct
        manner = _manner_words(view, k, last)
        if manner:
            start = k + manner
            if start + 1 < last and view.is_comma(start):
                start += 1  # "وتنفي قطر بشدة، هذه الاتهامات": a comma may close the adverb
            return start if strong_object(view, start) else None
        if words.is_a("stop", key) and not words.is_a("time", key):
            return None
    return None


def _after_time_subject_adverbial(view: DocView, first: int, last: int) -> int | None:
    """:func:`_after_subject_adverbial` for a VSO subject after a time adverbial that comes right
    after the verb: "وأعلن الثلاثاء رئيس الوزراء في بيان إلغاء …". A time adverbial holds no
    word of the subject, so the subject starts past it, and the occasion then closes it."""
    if not (view.words.is_a("time", view.bare[first]) or time_phrase_words(view, first, last)):
        return None
    subject = past_time(view, first, last)
    if subject >= last or view.is_comma(subject - 1):
        return None  # "أعلنت، الأحد، …" and a comma after the adverbial are read elsewhere
    return _after_subject_adverbial(view, subject, last)


def _speech_verb(view: DocView, k: int) -> bool:
    """Whether word k is a verb or participle of saying: it opens a report of its own (a noun
    of saying, التصريحات، may be the object)."""
    cue = view.cues[k] if k < len(view) else None
    return cue is not None and cue.kind in ("verb", "participle")


def _closes_subject(view: DocView, k: int) -> bool:
    """Word k may end a subject before a demonstrative: definite or a name the earlier stages
    found, so not the head of a construct ("رئيس هذه الجمعية")."""
    if not view.is_word(k):
        return False
    label = view.mention_label(k)
    return has_article(view, k) or is_nisba(view.bare[k]) or (label is not None and label[0] == "PER")


def subject_adverbial_start(view: DocView, first: int, end: int) -> int:
    """Where an adverb of manner or the occasion of a report starts between a subject and its
    object (``end`` when none does): the subject ends there. A noun phrase that cannot belong
    to the subject that starts at ``first - 1`` (:func:`object_in_subject`) ends it too."""
    end = object_in_subject(view, first - 1, end)
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
    return strong_object(view, k) or (indefinite_event(view, k) and _common_genitive_next(view, k))


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
    while k < last and view.is_word(k) and is_nisba(view.bare[k]):
        k += 1  # مصدر أمني، مصادر طبية
    if k + 1 >= last or view.bare[k] not in _AFFILIATION_PREPOSITIONS:
        return None
    return _object_after_filler(view, k + 1, last, definite_events=False)


def opens_speech_occasion(view: DocView, k: int) -> bool:
    """Whether a preposition of occasion (في، خلال، عبر) at k opens a speech occasion (خلال مؤتمر
    صحفي، في تصريح لها)."""
    return (
        view.is_word(k)
        and view.bare[k] in _OCCASION_PREPOSITIONS
        and k + 1 < len(view)
        and _occasion(view, k + 1)
    )


def _occasion(view: DocView, k: int) -> bool:
    """A noun of a speech occasion (بيان، تصريح، كلمة): bare, definite, or with its owner's
    pronoun (في بيانها، في كلمته)."""
    key = view.bare[k]
    return view.is_word(k) and (
        key in _SPEECH_OCCASIONS
        or (key[:2] == "ال" and key[2:] in _SPEECH_OCCASIONS)
        or _without_possessive_hamza(key) in _SPEECH_OCCASIONS
    )


def _without_possessive_hamza(key: str) -> str:
    """:func:`without_possessive`, with the hamza back on its line where the pronoun had seated it
    on ي (لقائه -> لقاء, as اجتماعه -> اجتماع)."""
    base = without_possessive(key)
    return base[:-1] + "ء" if base != key and base.endswith("ئ") else base


MAX_OCCASION_PHRASE = 16  # tokens of an occasion phrase up to its comma


def _object_after_occasion_comma(view: DocView, first: int, last: int) -> int | None:
    """The object after an occasion phrase too long for :func:`_object_after_filler` but closed
    by a comma ("وأكد X في تصريح لمراسل … خلال اجتماع حزبه اليوم في المهدية، ضرورة …"): the
    occasion with its own adverbials of time and place ends at the comma, the subject came
    before it, so a noun of a state of affairs or a possessed verbal noun past it is the
    object. No verb of saying or complementizer may stand in the phrase."""
    for k in range(first, min(last, first + MAX_OCCASION_PHRASE)):
        if view.is_comma(k):
            return k + 1 if k + 1 < last and strong_object(view, k + 1) else None
        if not view.is_word(k) or view.cues[k] is not None or is_complementizer(view, k):
            return None
    return None


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
        if strong_object(view, k, definite_events):
            return k
        before = view.bare[k - 1]
        closed = (
            has_article(view, k - 1)
            or before.startswith("لل")
            or before in PREPOSITION_PRONOUNS
            or words.is_a("time", before)
            or before.endswith(("ته", "ها", "هم"))
            or (
                k > first and is_relational(before)
            )  # "في مؤتمر صحفي وقف …": an adjective closes the occasion
        )
        if closed and view.is_word(k - 1) and (indefinite_event(view, k) or _form_one_event(view, k)):
            return k
        if _occasion_place(view, k):
            continue  # "في كلمته أمام البرلمان"، "في بيانه على موقع الوزارة": where it was said
        if key.startswith("لل"):
            # "في تصريحات للصحفيين أي علاقة …": whom the words were said to closes the occasion
            # when the object follows it at once; further words may be the occasion's own
            # ("للصحفيين خلال زيارته …").
            nxt = k + 1
            return nxt if nxt < last and strong_object(view, nxt) else None
        if words.is_a("stop", key) and not words.is_a("time", key) and key not in PREPOSITION_PRONOUNS:
            return None
    return None


# Prepositions of the place or medium of a speech occasion, which no verb of saying takes as its
# complement: "في كلمته أمام البرلمان"، "في مؤتمر صحفي خلال زيارته"، "في مقابلة لدى وصوله".
_OCCASION_PLACES = frozenset(normalize(w) for w in ("أمام", "خلال", "لدى"))
# على opens the medium only before a word of one ("في بيانه على موقع الوزارة"، "على حسابه"،
# "على شبكة الإنترنت"); otherwise it may be the complement of the verb (أكد على).
_MEDIA = frozenset(
    normalize(w) for w in ("موقع", "حساب", "صفحة", "شبكة", "منصة", "قناة", "تويتر", "فيسبوك", "يوتيوب")
)


def _occasion_place(view: DocView, k: int) -> bool:
    """Word k opens the place or medium of a speech occasion inside its phrase."""
    key = view.bare[k]
    if key in _OCCASION_PLACES:
        return True
    if key != "علي" or k + 1 >= len(view) or not view.is_word(k + 1):
        return False
    medium = view.bare[k + 1]
    medium = medium[2:] if medium.startswith("ال") else medium
    return medium in _MEDIA or without_possessive(medium) in _MEDIA  # صفحة، صفحته


def strong_object(view: DocView, k: int, definite_events: bool = True) -> bool:
    """A word that opens an object wherever it stands after the subject: a noun naming a state of
    affairs or a possessed verbal noun (وجود، استعداده), "أي" + a noun, or a demonstrative + a
    definite noun that is no time word (هذه الاتهامات, not هذا الأسبوع), or a derived verbal noun
    in the accusative (انخفاضا في …: the case of an object; a passive's subject is nominative)."""
    if not view.is_word(k) or view.words.is_a("time", view.bare[k]):
        return False
    key = view.bare[k]
    if key in POINTING_WORDS:
        return pointed_object(view, k)
    if accusative_event(view, k):
        return True
    return object_noun(view, k) or (event_noun(view, k) if definite_events else indefinite_event(view, k))


MAX_COMMA_ADVERBIALS = 2


ADVERBIAL_PREPOSITIONS = frozenset({"في", "علي", "من", "الي", "خلال", "لدي", "امام", "حول", "عبر"})


MAX_TITLE_BEFORE_NAME = 8
MAX_SUBJECT_BEFORE_MARKS = 5  # words of the subject before a quoted name that closes it
MAX_QUOTED_NAME_WORDS = 3


def _after_quoted_name(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject that ends in a short quoted name ("وأعلنت
    شركة "أورنج" إغلاق مكتبها"، "أعلن رئيس جمعية "أمل" انطلاق حملة"): the marks close the
    noun phrase they name, so a noun of an event or a state right after them (time adverbs and
    commas aside) opens the object, as after a person's name."""
    k = first
    while k < min(last, first + MAX_SUBJECT_BEFORE_MARKS) and view.is_word(k):
        if view.words.is_a("stop", view.bare[k]) or view.cues[k] is not None:
            return None
        if k > first and (strong_object(view, k) or verbal_noun(view, k)) and not _genitive_of(view, k):
            return None  # "أكد كيم التزامه "العمل باتجاه" …": the object has begun before the marks
        k += 1
    if k == first or k >= last or not view.is_mark(k):
        return None
    close = view.open_close.get(k)
    if close is None or close >= last:
        return None
    inner = [m for m in range(k + 1, close) if view.is_word(m)]
    if not inner or len(inner) > MAX_QUOTED_NAME_WORDS or any(view.cues[m] is not None for m in inner):
        return None
    k = past_time(view, close + 1, last)
    if k >= last or view.cues[k] is not None or not (strong_object(view, k) or verbal_noun(view, k)):
        return None
    return k


def _genitive_of(view: DocView, k: int) -> bool:
    """Word k is the genitive of the word before it: that word is the bare head of a title, a
    body, an outlet or an unnamed source (رئيس، هيئة، وكالة، مصدر), which takes a genitive
    ("وكالة الأنباء"، "هيئة الدفاع"), so k continues the subject's noun phrase and opens no
    object."""
    before = k - 1
    if not view.is_word(before) or has_article(view, before):
        return False
    key = view.bare[before]
    words = view.words
    return (
        view.title_state(key) == "indefinite"
        or words.is_a("institution", key)
        or words.is_a("media", key)
        or words.is_a("anonymous", key)
    )


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
    k = past_time(view, k, last)
    if k >= last or not view.is_word(k) or has_article(view, k) or view.mention_label(k) is not None:
        return None
    key = view.bare[k]
    if view.words.is_a("stop", key) or view.title_state(key) is not None or key[:1] in "لب":
        return None
    if view.cues[k] is not None:
        return None
    return k


# Quantifiers and partitives among the anonymous heads: they take a definite genitive
# ("أحد المسؤولين"، "عدد الضحايا"), so a definite word after them is no object.
_PARTITIVE_HEADS = frozenset({"احد", "عدد", "العديد", "الكثير", "كثير", "بعض", "مسؤولي"})
PARTITIVE_HEADS = _PARTITIVE_HEADS  # heads whose من-phrase is their own (عدد من النواب)
MAX_CONSTRUCT_NOUNS = 3  # "رئيس هيئة الأركان": indefinite nouns before the chain's definite end
MAX_SUBJECT_ADJECTIVES = 4


_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


def _ending(view: DocView, k: int) -> str:
    """Word k as written, without the short vowels and tatweel that may follow its last letter."""
    return view.tokens[k].text.rstrip(_HARAKAT)


def _feminine(view: DocView, k: int) -> bool:
    """A feminine singular noun by its ة (الوزارة، الهيئة، اللجنة). Four letters in ة with a long
    ā are also the broken plurals فُعاة/فَعَلة (القضاة، الدعاة، القادة), which are masculine."""
    key = view.bare[k]
    body = key[2:] if key.startswith("ال") else key
    if not _ending(view, k).endswith("ة"):
        return False
    return len(body) != 4 or ("ا" not in body[1:3] and body != "طلبه")


def _feminine_plural(view: DocView, k: int) -> bool:
    """A sound feminine plural in ات (الولايات، السلطات، الإخلالات)."""
    return _ending(view, k).endswith("ات")


def _masculine_form(view: DocView, k: int) -> bool:
    """A word with no feminine ending (ة، ات، the elatives' ى and اء): a masculine singular or a
    broken plural (المجتمع، الأطراف، المواطنين)."""
    return not _ending(view, k).endswith(("ة", "ات", "ى", "اء", "ه"))


def _common_gender_adjective(view: DocView, k: int) -> bool:
    """A masculine-looking word that still describes a feminine noun: the elative أفعل, which
    news writes unchanged after any noun (القراءة الأقل، الجريمة الأبرز), the feminine فُعلى
    written with ا (العليا، الدنيا), and a masculine nisba, which agrees with a noun in ة that is
    masculine (الداعية الجزائري) rather than opening an object."""
    key = view.bare[k]
    body = key[2:] if key.startswith("ال") else key
    elative = len(body) in (3, 4) and body[0] == "ا"  # الأبرز، الأقل
    return elative or _ending(view, k).endswith("ا") or is_nisba(key)


def _feminine_adjective_pattern(key: str) -> bool:
    """فعيلة and فاعلة (الجميلة، الكبيرة؛ الحاكمة، السابقة): the feminine adjectives a broken plural
    takes (الفنون الجميلة، الدول الكبيرة), which :func:`adjective_like` reads only without ة."""
    body = key[2:] if key.startswith("ال") else key
    return len(body) == 5 and body[-1] == "ه" and (body[2] == "ي" or body[1] == "ا")


feminine_adjective_pattern = _feminine_adjective_pattern


def _singular_title(view: DocView, nouns: list[int]) -> bool:
    """Whether the phrase is a definite title (الوزير، المتحدث) and its nisbas, all singular and
    masculine in form: the titles the speaker words list are singular nouns."""
    return (
        has_article(view, nouns[0])
        and view.title_state(view.bare[nouns[0]]) is not None
        and all(_masculine_form(view, n) and not _ending(view, n).endswith(("ون", "ين")) for n in nouns)
    )


def _adjective_of_chain(view: DocView, nouns: list[int], k: int) -> bool | None:
    """Whether the definite word k can describe one of the chain's ``nouns`` (True), cannot
    (False: it agrees with none in gender or number, so it opens a new noun phrase), or the
    pattern does not tell (None). An adjective agrees with its noun: no feminine singular noun
    and no plural in ات takes a masculine adjective ("الوزارة المجتمع"، "الولايات المتحدة
    المجتمع الدولي"); no singular noun takes an adjective in ات ("الهيئة الإخلالات"); and a
    noun in ة that is neither a nisba nor an adjective by its pattern describes nothing after
    masculine nouns ("الوزير الحكومة")."""
    all_feminine = all(_feminine(view, n) or _feminine_plural(view, n) for n in nouns)
    if all_feminine and _masculine_form(view, k) and not _common_gender_adjective(view, k):
        return False
    text = _ending(view, k)
    if text.endswith("ات") and not text.endswith("يات"):
        singular = not any(_feminine_plural(view, n) or view.bare[n].endswith("اء") for n in nouns)
        if singular and all(_feminine(view, n) or _masculine_form(view, n) for n in nouns):
            return False
    key = view.bare[k]
    if _singular_title(view, nouns) and text.endswith(("ون", "ين")) and len(key) >= 6:
        return False  # "وأبلغ الوزير الصحافيين أن": a plural describes no singular noun
    adjective = adjective_like(key) or is_nisba(key) or _feminine_adjective_pattern(key)
    if text.endswith("ة") and not adjective and all(_masculine_form(view, n) for n in nouns):
        return False
    return True if adjective else None


def _stops_chain(view: DocView, k: int) -> bool:
    """Whether word k is no plain definite word of the phrase: not a word, a coordinated word
    (و written on it), a title in apposition (المستشار), or a name the earlier stages found."""
    if not view.is_word(k) or view.keys[k] != view.bare[k]:
        return True
    key = view.bare[k]
    if view.title_state(key) is not None:
        return True
    label = view.mention_label(k)
    return label is not None and label[0] == "PER"


def _after_definite_chain(view: DocView, nouns: list[int], first: int, end: int) -> int:
    """Past a noun phrase whose chain of ``nouns`` ends in a definite noun, the first definite
    word that agrees with none of them (:func:`_adjective_of_chain`), or ``end``."""
    for k in range(first, min(end, first + MAX_SUBJECT_ADJECTIVES)):
        if _stops_chain(view, k) or not has_article(view, k) or view.words.is_a("time", view.bare[k]):
            return end  # a time word (الخميس) is read by the rules of adverbials, not here
        agrees = _adjective_of_chain(view, nouns, k)
        if agrees is False:
            return k
        if agrees is None:
            return end
        if _masculine_form(view, k) and is_nisba(view.bare[k]):
            nouns = [*nouns, k]  # "الداعية الجزائري المعروف": a masculine nisba shows the noun's gender
    return end


def _after_indefinite_phrase(view: DocView, head: int, end: int) -> int:
    """Past an indefinite subject and its indefinite adjectives, a definite word: it is neither
    their adjective (an adjective agrees in definiteness) nor a genitive (an adjective closes
    the construct), so the object starts there ("اتهمت مصادر فلسطينية الدوحة بـ"، "ووصف
    محللون القرار بأنه"). A sound plural in ون governs no genitive (its ن drops in the
    construct), so a definite word right after it is the object too. Otherwise ``end``."""
    key = view.bare[head]
    plural = key.endswith("ون") and len(key) >= 6
    label = view.mention_label(head)
    if label is not None and label[0] == "PER":
        return end
    anonymous = view.words.is_a("anonymous", key) and key not in _PARTITIVE_HEADS
    feminine = _ending(view, head).endswith(("ة", "ى")) and not view.words.is_a("institution", key)
    if not (plural or anonymous or feminine) or view.title_state(key) is not None:
        return end
    k = head + 1
    while k < end and k - head <= MAX_SUBJECT_ADJECTIVES and view.is_word(k) and not has_article(view, k):
        adjective = view.bare[k]
        if not is_nisba(adjective) or len(adjective) < 4 or view.keys[k] != adjective:
            return end
        if feminine and not (anonymous or plural) and not _ending(view, k).endswith("ية"):
            return end  # "رئيسة بلدية القدس": a masculine nisba-like noun is a genitive
        k += 1
    if k >= end or (k == head + 1 and not plural) or not has_article(view, k) or _stops_chain(view, k):
        return end
    return k


def object_in_subject(view: DocView, head: int, end: int) -> int:
    """Where the verb's object starts inside a VSO subject that begins at ``head`` (``end``
    when nothing tells). After a verb of saying the subject is one noun phrase: a definite
    noun, a construct chain (وزارة الخارجية) or an indefinite noun, each with adjectives that
    agree with it. A definite word that is neither its adjective nor its genitive opens the
    object ("ودعت الوزارة المجتمع الدولي إلى"); the object's own adjectives go with it."""
    if head < 0 or head + 1 >= end or not view.is_word(head) or view.keys[head] != view.bare[head]:
        return end
    key = view.bare[head]
    words = view.words
    if words.is_a("time", key) or words.is_a("stop", key):
        return end
    if has_article(view, head):
        return _after_definite_chain(view, [head], head + 1, end)
    nouns = [head]
    k = head + 1
    while k < end and len(nouns) <= MAX_CONSTRUCT_NOUNS and view.is_word(k) and not has_article(view, k):
        if is_nisba(view.bare[k]) or view.keys[k] != view.bare[k]:
            return _after_indefinite_phrase(view, head, end)
        nouns.append(k)
        k += 1
    if k == head + 1:
        plural = _after_indefinite_phrase(view, head, end)
        if plural < end:
            return plural  # "محللون القرار"
    if k >= end or _stops_chain(view, k) or not has_article(view, k):
        return end
    nouns.append(k)  # "وزارة الخارجية": the first definite noun closes the chain
    return _after_definite_chain(view, nouns, k + 1, end)


# The readers of a subject, then the object after it, each from the word after the verb to
# the clause's end, tried in order; the first to find an object start wins.
_OBJECT_AFTER_SUBJECT: tuple[Callable[[DocView, int, int], int | None], ...] = (
    _event_after_definite,  # "ونفى المصدر وجود …"، "وأكد وزير الصحة ضرورة …"
    _definite_event_after_mention,  # "وأعلنت واشنطن الانسحاب …"، "وأعلن ترامب الانسحاب …"
    _after_subject_adverbial,  # "ونفت الهيئة في بلاغ لها وجود …"
    _after_time_subject_adverbial,  # "وأعلن الثلاثاء X في بيان إلغاء"
    _after_quoted_name,  # "وأعلنت شركة "أورنج" إغلاق مكتبها"
    _object_after_time_phrase,  # "ونفت الشركة قبل أيام وجود …"
    _object_after_hashtag,  # "أعلنت النجمة الكندية #سيلين_ديون إلغاء …"
    _object_after_brackets,  # "ونفى الرئيس السابق (2003-2010) بشدة الاتهامات"
    _after_anonymous_word,  # "والجمعة أعلن مسؤول وفاة رجل ثان"
    _after_anonymous_phrase,  # "وأكد مصدر عسكري تواصل التقدم"
    _after_counted_subject,  # "أعلن 78 نائبا من مجموع 130 نائبا رفضهم …"
    _after_relative_clause,  # "وذكر الشهود الذين مثلوا أمام المحكمة تجاوزات …"
)
