"""The predicate as content: verbs that take an object and a predicate (اعتبر X Y "considered
X Y"، رأى في X Y "saw in X a Y").

What the source takes the object for is the quote, a nominal one. Object and predicate are told
apart by definiteness and case endings (the object definite, the predicate indefinite or in
quotation marks), which no other frame rule reads, hence a module of their own.
"""

from __future__ import annotations

from qawl.arabic import FATHATAN, normalize
from qawl.extractors.quotes.clauses import MAX_MIDDLE, Trigger
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.noun_patterns import event_noun, is_nisba, object_noun, purpose_accusative
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import accusative_participle, has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import DEMONSTRATIVES, POSSESSIVE_ENDINGS

TIME_NOUNS = frozenset(
    normalize(w)
    for w in ("الأسبوع", "الشهر", "العام", "السنة", "الموسم", "الصباح", "المساء", "الفترة", "المرة",
              "الأيام", "الأسابيع", "الأشهر", "الأثناء", "الليلة", "الساعة", "اللحظة")
)  # fmt: skip
# Quantifiers that head a noun phrase of their own (جميع التهم، كل هذه الاتهامات، كافة الأطراف):
# a definite noun after them is their genitive, so the phrase cannot be the genitive of a definite
# word before it.
QUANTIFIERS = frozenset({"جميع", "كل", "كافه"})
_POINTERS = frozenset({"هذا", "هذه", "تلك", "اي"})
# Nouns of time after a demonstrative make an adverbial (هذا الأسبوع، هذه المرة), not an object.
POINTING_WORDS = _POINTERS | QUANTIFIERS


def pointed_object(view: DocView, k: int) -> bool:
    """أي + a noun, or a demonstrative or a quantifier + a definite noun that is no time word (أي
    تورط، هذه الاتهامات، جميع التهم، كل هذه المزاعم; not هذا الأسبوع، كل المرة): a noun phrase that
    points at a thing, the object of a verb of denying or stressing, never a person's apposition."""
    key, nxt = view.bare[k], k + 1
    if key not in POINTING_WORDS or nxt >= len(view) or not view.is_word(nxt):
        return False
    if key in QUANTIFIERS and view.bare[nxt] in _POINTERS - {"اي"}:
        nxt += 1  # "كل هذه الاتهامات": the demonstrative between the quantifier and its noun
        if nxt >= len(view) or not view.is_word(nxt):
            return False
    after = view.bare[nxt]
    return (
        (key == "اي" or has_article(view, nxt))
        and not view.words.is_a("time", after)
        and not view.words.is_a("time", after[2:])
        and after not in TIME_NOUNS
    )


MAX_QUOTED_PREDICATE = 4  # words of a predicate in quotation marks (not a sentence said)


def considered_object(view: DocView, i: int, cue: Cue, trigger: Trigger) -> int | None:
    """Where the object starts when a verb of considering has a subject, an object and a quoted
    predicate ("اعتبرت الحركة جهود السلام الأخيرة "غير واقعية""): after a definite word that is
    no title, a further noun opens a new constituent (a definite noun heads no construct), and
    the words in marks are then what the object was called, a nominal quote. None otherwise."""
    if cue.lemma not in CONSIDERING or cue.object_suffix or trigger.kind != "quote" or cue.kind != "verb":
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
            and not is_nisba(key)
            and view.mention_label(k) is None
            and view.title_state(key) is None
        ):
            return k
    return None


# Verbs of considering that take an object and its predicate (اعتبره X خطوة إيجابية).
CONSIDERING = frozenset({"اعتبر"})


def predicate_after_pronoun(
    view: DocView, i: int, cue: Cue, last: int, has_subject: bool = False
) -> int | None:
    """Where the predicate starts after a verb of considering whose object is a pronoun
    (اعتبرها، تعتبرها): right after it when the subject is dropped ("واعتبرها خطوة"), else
    after the subject ("التي تعتبرها أنقرة منظمة إرهابية"). A predicate is indefinite (no
    article) or quoted; the content is the predicate, what the source considers the object."""
    if cue.lemma not in CONSIDERING or cue.kind != "verb":
        return None
    if not cue.object_suffix:
        return _predicate_after_object(view, i, last, has_subject)
    k = i + 1
    if _predicate_word(view, k, last):
        return k
    phrase = parse_speaker(view, k, min(last, k + MAX_MIDDLE))
    if phrase is None or phrase.start != k:
        return None
    if _predicate_word(view, phrase.last, last):
        return phrase.last
    # "واعتبرها الوزير خطوة هامة": after a title the reader of names takes the next word for
    # a name; an accusative or ة noun right after the definite subject is the predicate.
    for m in range(k + 1, phrase.last):
        if has_article(view, m - 1) and _marked_predicate(view, m, last):
            return m
    return None


def _marked_predicate(view: DocView, k: int, last: int) -> bool:
    """A predicate word whose ending marks it as an indefinite noun: tanwin, ة, or ا."""
    if not _predicate_word(view, k, last) or view.is_mark(k):
        return False
    text = view.tokens[k].text
    return text.endswith(("اً", "ةً", "ة")) or (text.endswith("ا") and len(view.bare[k]) >= 4)


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
            if start - 1 > i and is_nisba(view.bare[start]) and has_article(view, start - 1):
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


_AMOUNTS = frozenset({"عددا", "عدد", "جمله", "مجموعه", "كثيرا", "بعضا", "اعدادا", "الافا", "مئات"})
_IN_PRONOUNS = frozenset({"فيه", "فيها", "فيهم", "فيهما"})
MAX_BEFORE_IN = 6


def seen_in(view: DocView, i: int, last: int) -> int | None:
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
                and is_nisba(view.bare[start])
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


MAX_APPOSITIONS = 2  # comma-set segments between a VSO subject and its object
MAX_APPOSITION_WORDS = 8


def object_after_appositions(view: DocView, first: int, last: int) -> int | None:
    """Where the object starts after a VSO subject followed by comma-set appositions and time
    phrases ("أكد الشيخ عبد الله بن زايد، وزير الخارجية الإماراتي، مساء الخميس، وقوف بلاده …"،
    "أعلن المتحدث باسم الوكالة، المنظمة التابعة للأمم المتحدة، الأربعاء إنهاء عقود …"): the
    segments describe the subject or date the report; a verbal noun or a noun of a state of
    affairs after them names an event, never a person, so it is the object. Only what follows a
    comma is read: a subject with no comma after it is :mod:`objects`' to end."""
    start = first
    while first < last and view.is_word(first) and view.words.is_a("time", view.bare[first]):
        first += 1  # "أكد اليوم الاثنين القيادي بالحزب، …": a date between the verb and its subject
    dated = first > start
    if first >= last or not view.is_word(first) or not view.comma_in(first, last):
        return None  # only what follows a comma is read: none, and the phrase is not read
    phrase = parse_speaker(view, first, min(last, first + MAX_MIDDLE))
    if phrase is None or phrase.start != first or event_noun(view, first):
        return None
    k = phrase.last
    while k < min(last, phrase.last + 2) and view.is_word(k) and view.cues[k] is None:
        k += 1  # a name the parser cut short still ends at the comma
    if k < last and view.is_mark(k) and view.open_close.get(k) is not None:
        k = view.open_close[k] + 1  # a quoted name ends the subject: وكالة … "أونروا"،
    if k >= last or not view.is_comma(k):
        return None
    nxt = k + 1
    # "أكد اليوم رئيس الجمعية، سامي العابد، وجود …": the parser took the apposition into the subject.
    dated_object = dated and nxt < last and not view.words.is_a("time", view.bare[nxt])
    if dated_object and (object_noun(view, nxt) or event_noun(view, nxt)):
        return nxt
    return object_after_comma(view, k, last)


def object_after_comma(view: DocView, k: int, last: int) -> int | None:
    """Where the object starts after the comma at k that closes a VSO subject: past up to two
    comma-set appositions or time phrases, at a verbal noun or a noun of a state of affairs."""
    words = view.words
    for _ in range(MAX_APPOSITIONS):
        m = k + 1
        while m < last and view.is_word(m) and words.is_a("time", view.bare[m]):
            m += 1  # "، الأربعاء إنهاء …": a date with no comma after it
        if m > k + 1 and m < last and (object_noun(view, m) or event_noun(view, m)):
            return m
        close = next(
            (c for c in range(k + 1, min(last, k + 2 + MAX_APPOSITION_WORDS)) if view.is_comma(c)), None
        )
        if close is None or close == k + 1:
            return None
        if words.is_a("stop", view.bare[k + 1]):
            return None  # a preposition or particle opens an adverbial or a clause, not an apposition
        if any(not view.is_word(c) or view.cues[c] is not None for c in range(k + 1, close)):
            return None
        k = close
        nxt = k + 1
        if (
            nxt < last
            and not words.is_a("time", view.bare[nxt])
            and (
                object_noun(view, nxt) or event_noun(view, nxt) or _pointed_after_apposition(view, nxt, last)
            )
        ):
            return nxt  # "وينفي المعارض، المقيم في لندن، أي تورط في …"
    return None


MAX_I_E_WORDS = 5  # "، أي وزير الخارجية الأسبق،": the words of an apposition that أي "that is" opens


def _pointed_after_apposition(view: DocView, k: int, last: int) -> bool:
    """A pointed noun phrase (:func:`pointed_object`) after the comma that closes an apposition,
    unless أي there means "that is" and opens one more apposition up to its own comma."""
    if not pointed_object(view, k):
        return False
    return view.bare[k] != "اي" or not view.comma_in(k, min(last, k + MAX_I_E_WORDS))


# What a verb of considering has already taken before quote marks: اعتبر takes an object and a
# predicate ("اعتبر الاتفاق خطوة مهمة") or, in the passive and with its subject first ("تونس تعتبر
# نموذجا" "Tunisia is considered a model"), the predicate alone, an indefinite accusative noun.
# Once that predicate stands after the verb its complement is complete, and quote marks further on
# hold someone's words of another clause: 'أن تونس تعتبر اليوم نموذجا يمكن نقله إلى ليبيا "هو …"'.

# Indefinite accusatives of time and manner ("أيضا"، "مجددا"): adverbs, no predicate.
_ACCUSATIVE_ADVERBS = frozenset(
    {"ايضا", "مجددا", "مؤخرا", "سابقا", "لاحقا", "حاليا", "دائما", "احيانا", "غالبا", "فعلا", "جدا",
     "مثلا", "خصوصا", "تحديدا", "تقريبا", "تماما", "اطلاقا", "ابدا", "كذلك", "هكذا", "غدا", "صراحه",
     "بدوره", "مسبقا", "قطعا", "اساسا", "عموما", "ضمنا"}
)  # fmt: skip
MIN_PREDICATE_STEM = 3  # letters of a noun less its accusative alif (نموذج، شريك، مثال)


def predicate_before_marks(view: DocView, cue_index: int, cue: Cue, mark: int) -> bool:
    """Whether a verb of considering has its predicate, an indefinite accusative noun, between
    it and the quote marks at ``mark``: the marks are then no content of it."""
    if cue.lemma not in CONSIDERING or cue.kind != "verb":
        return False
    return any(_accusative_predicate(view, k) for k in range(cue_index + 1, mark))


def _accusative_predicate(view: DocView, k: int) -> bool:
    """Word k is an indefinite noun in the accusative: tanwin written, or an alif the document
    shows is no part of the word (the noun written elsewhere without it: نموذجا … نموذج)."""
    if not view.is_word(k) or view.cues[k] is not None or view.mention_label(k) is not None:
        return False
    key, text = view.bare[k], view.tokens[k].text
    if (
        has_article(view, k)
        or key in _ACCUSATIVE_ADVERBS
        or view.words.is_a("stop", key)
        or view.words.is_a("time", key)
        or not key.endswith("ا")
        or key.endswith(("اا", "يا", "ها", "نا"))  # a nisba adverb (رسميا), a pronoun (اعتبرها)
        or len(key) - 1 < MIN_PREDICATE_STEM
        or accusative_participle(text)  # a participle of state (مضيفا)
        or purpose_accusative(view, k)  # an accusative of purpose (ردا على)
    ):
        return False
    stem = key[:-1]
    return FATHATAN in text or view.count(stem) > 0 or view.count("ال" + stem) > 0
