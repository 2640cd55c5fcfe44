"""Counted subjects: a number written in digits and the people or bodies it counts.

"ورحبت 33 منظمة حقوقية بالتقرير"، "وطالب 30 نائبا بإقالة الوزير"، "ووقع 300 شخصية فرنسية على
البيان": after its verb, a number and its counted noun are the clause's subject, a group of
sources whose description is their name. The counted noun is in the accusative singular after 11
to 99 (نائبا، شخصا), in the genitive plural after 3 to 10 (منظمات، نواب) and in the genitive
singular after a hundred (شخصية، منظمة). A thing counted ("وقعت 4 اتفاقيات"، "أطلق 70 صاروخا") is
no source: the noun must be a title, an unnamed source, a body, or one of the nouns of people and
states below.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.person_plurals import BROKEN_PERSON_PLURALS
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article, is_stop
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import COMPLEMENTIZERS

# Counted nouns of people and states that the word lists do not hold as titles or bodies
# (normalised: ة is ه). Singular and plural forms, the accusative ـا taken off before the test.
COUNTED_PEOPLE = frozenset(
    {
        "شخص",
        "اشخاص",
        "شخصيه",
        "شخصيات",
        "مشرع",
        "مشرعين",
        "دوله",
        "دول",
        "رجل",
        "رجال",
        "امراه",
        "نساء",
        "طالب",
        "طلاب",
        "عالم",
        "علماء",
        "فنان",
        "فنانين",
        "كاتب",
        "كتاب",
        "مثقف",
        "مثقفين",
    }
)
COUNTED_STATES = frozenset({"دوله", "دول"})
# The numbers from three to ten written as words, which take the genitive plural ("خمسة مصادر"،
# "أربعة أحزاب"), with the article too ("العشرة أعضاء").
NUMBER_WORDS = frozenset(
    normalize(article + word)
    for word in (
        "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية",
        "تسع", "تسعة", "عشر", "عشرة",
    )
    for article in ("", "ال")
)  # fmt: skip
# Broken plurals of bodies counted by a number word ("أربعة أحزاب").
COUNTED_BODIES = frozenset({"احزاب", "منظمات", "نقابات", "جمعيات", "حكومات", "دول"})
# Class lists of the speaker words a counted noun of a source belongs to.
SOURCE_CLASSES = ("title", "anonymous", "institution")
MAX_DESCRIBING_WORDS = 4  # adjectives and nouns joined by و after the counted noun
NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يات", "يا")
MIN_COUNTED_LETTERS = 3
PLURAL_ENDINGS = ("ون", "ين")  # a sound plural adjective after a definite number


# Words that make a number or a share approximate ("حوالي 40%"، "نحو نصف المشاركين"): they
# qualify the amount, not who is counted, and stay out of the subject.
APPROXIMATORS = frozenset(normalize(word) for word in ("حوالي", "حوالى", "نحو", "قرابة", "زهاء"))
# A share written after its number: "40%"، "40 ٪"، "40 في المئة"، "40 بالمئة".
PERCENT_SIGNS = frozenset({"%", "٪"})
PERCENT_WORDS = frozenset(normalize(word) for word in ("المئة", "المائة", "بالمئة", "بالمائة"))
IN = normalize("في")
# Fractions that name a share of a group ("نصف المشاركين"، "ثلثي الأمريكيين"، "ثلاثة أرباع").
FRACTIONS = frozenset(
    normalize(article + word)
    for word in ("نصف", "ثلث", "ثلثا", "ثلثي", "ربع", "أرباع", "أخماس", "غالبية", "معظم", "أغلب", "أغلبية")
    for article in ("", "ال")
)
# "منهم"، "منهن": of the people already named; "آخرون": the others, after a second share.
OF_THEM = frozenset(normalize(word) for word in ("منهم", "منهن", "منها"))
OTHERS = frozenset(normalize(word) for word in ("آخرون", "آخرين", "أخريات"))
MAX_SHARE_WORDS = 5  # the words after من that say of whom the share is


def _digits(text: str) -> bool:
    return text.isdigit()


def _figure(text: str) -> bool:
    """Digits, with a decimal point or comma inside ("6,2"، "55.7")."""
    return text[:1].isdigit() and text[-1:].isdigit() and text.replace(",", "").replace(".", "").isdigit()


def _number(view: DocView, k: int) -> bool:
    """Whether word k is a number: digits, or a number word from three to ten."""
    return _digits(view.tokens[k].text) or view.keys[k] in NUMBER_WORDS


def _forms(key: str) -> list[str]:
    """The forms of a counted noun to look up: as written, without the accusative ـا, and the
    singular of a sound feminine plural (منظمات → منظمه)."""
    forms = [key]
    if key.endswith("ا") and len(key) > MIN_COUNTED_LETTERS:
        forms.append(key[:-1])
    if key.endswith("ات") and len(key) > MIN_COUNTED_LETTERS + 1:
        forms.append(key[:-2] + "ه")
    return forms


def counts_sources(view: DocView, k: int) -> bool:
    """Whether word k is a counted noun of people, states or bodies."""
    if not view.is_word(k) or has_article(view, k) or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if len(key) < MIN_COUNTED_LETTERS or view.keys[k] != key:
        return False  # a proclitic: "بـ 3 مراحل"، "و3 دول" is no counted noun of the number
    if key in BROKEN_PERSON_PLURALS or key in COUNTED_BODIES:
        return True
    return any(
        form in COUNTED_PEOPLE or any(view.words.is_a(kind, form) for kind in SOURCE_CLASSES)
        for form in _forms(key)
    )


def _describes(view: DocView, k: int, accusative: bool, definite: bool = False) -> bool:
    """Whether word k goes on describing the counted noun: an indefinite relational adjective
    (حقوقية، فرنسية)، or one joined by و (ونسوية)، a noun of sources joined by و (ونقابات), or
    after an accusative noun an adjective in the accusative too (نائبا معارضا). After a number
    with the article, the adjectives take it too ("العشرة أعضاء الديمقراطيون")."""
    if not view.is_word(k) or view.cues[k] is not None or is_stop(view, k):
        return False
    if has_article(view, k) != definite:
        return False
    text = view.bare[k][2:] if definite else view.bare[k]
    if view.words.is_a("time", text):
        return False  # "صباحا"، "مساء": when, not who
    if accusative and text.endswith("ا") and view.keys[k] == text and len(text) > MIN_COUNTED_LETTERS:
        return True
    joined = view.tokens[k].text.startswith("و") and len(text) > MIN_COUNTED_LETTERS
    body = text[1:] if joined and view.keys[k] == text else text
    if body.endswith(NISBA_ENDINGS) and len(body) > MIN_COUNTED_LETTERS:
        return True
    if definite and body.endswith(PLURAL_ENDINGS) and len(body) > MIN_COUNTED_LETTERS + 1:
        return True  # "العشرة أعضاء الديمقراطيون"، "الخمسة أعضاء المستقلون"
    return joined and any(
        form in COUNTED_PEOPLE or any(view.words.is_a(kind, form) for kind in SOURCE_CLASSES)
        for form in _forms(body)
    )


def counted_subject(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The counted subject that opens at token ``first`` (before ``last``): a number in digits,
    a counted noun of sources, and the adjectives or joined nouns that describe it
    ("33 منظمة حقوقية ونسوية ونقابات"). None when the words there are no such phrase."""
    noun = first + 1
    if noun >= last or not view.is_word(first) or not _number(view, first):
        return None
    if not counts_sources(view, noun):
        return None
    end = noun + 1
    accusative = view.bare[noun].endswith("ا")
    definite = has_article(view, first)
    while end < last and end - noun <= MAX_DESCRIBING_WORDS and _describes(view, end, accusative, definite):
        end += 1
    return SpeakerPhrase(first, end, "anonymous")


def counted_persons(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is a counted group of people (:func:`counted_subject`), whom the
    plural verbs after them continue ("وطالب 30 نائبا … . وقالوا"). Bodies and states counted
    ("33 منظمة"، "5 دول") take the feminine singular, as plurals of things do ("ورأت"، "وأضافت")."""
    if phrase.kind != "anonymous" or phrase.last < phrase.first + 2:
        return False
    if not _number(view, phrase.first):
        return False
    forms = _forms(view.bare[phrase.first + 1])
    if any(
        form in COUNTED_STATES or form in COUNTED_BODIES or view.words.is_a("institution", form)
        for form in forms
    ):
        return False
    return counts_sources(view, phrase.first + 1)


def _percent_end(view: DocView, k: int, last: int) -> int | None:
    """The token after the share that opens at word k ("38%"، "12 في المئة"), or None."""
    if k + 1 >= last or not _figure(view.tokens[k].text):
        return None
    if view.tokens[k + 1].text in PERCENT_SIGNS or view.bare[k + 1] in PERCENT_WORDS:
        return k + 2
    if k + 2 < last and view.bare[k + 1] == IN and view.bare[k + 2] in PERCENT_WORDS:
        return k + 3
    return None


def _of_whom_end(view: DocView, k: int, last: int) -> int:
    """The end of the words after a share that say of whom it is: "منهم"، "آخرون", or من and a
    noun with the words that have the article after it ("من ممثلي الجهات المانحة"، "من
    المشمولين بالدراسة"). A complementizer, a cue or a preposition of the cue ends it."""
    if k >= last or not view.is_word(k):
        return k
    if view.bare[k] in OF_THEM or view.bare[k] in OTHERS:
        return k + 1
    if view.bare[k] != normalize("من") or k + 1 >= last or not _of_whom_word(view, k + 1):
        return k
    end = k + 2
    while end < min(last, k + 1 + MAX_SHARE_WORDS) and _of_whom_word(view, end):
        if not has_article(view, end) and not view.keys[end].startswith("بال"):
            break
        end += 1
    return end


def _of_whom_word(view: DocView, k: int) -> bool:
    return (
        view.is_word(k)
        and view.cues[k] is None
        and view.keys[k] not in COMPLEMENTIZERS
        and not is_stop(view, k)
        and not _figure(view.tokens[k].text)
    )


def share_subject(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The share of a group that opens at token ``first`` as a verb's subject: "وقال 38% من
    المشمولين بالدراسة إن …"، "بينما قال 22% آخرون إنه …"، "وصرح 6,2٪ بأنهم …". In reports of
    polls the verb of saying comes first and the share of those asked is its subject; the
    speaker is the share and of whom it is. A word that makes the amount approximate ("حوالي
    ثلاثة أرباع المهنيين"، "نحو 40% من …"، "نحو 30 نائبا") stays out of the phrase: the subject
    is the amount after it, a share, a fraction of a group or a counted noun."""
    if first >= last or not view.is_word(first):
        return None
    opens = first + 1 if view.keys[first] in APPROXIMATORS else first
    end = _percent_end(view, opens, last)
    if end is not None:
        return SpeakerPhrase(opens, _of_whom_end(view, end, last), "anonymous")
    if opens == first:
        return None
    counted = counted_subject(view, opens, last)
    if counted is not None:
        return counted
    if opens >= last or (view.bare[opens] not in FRACTIONS and view.keys[opens] not in NUMBER_WORDS):
        return None
    phrase = parse_speaker(view, opens, last)
    if phrase is None or phrase.start != opens:
        return None
    return phrase
