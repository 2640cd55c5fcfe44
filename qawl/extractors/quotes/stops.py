"""Word tests of speaker phrases: the article, the ل proclitic, and the words where a name or title stops.

A name stops at a word that cannot belong to it: a verb, a preposition with its pronoun, an adverbial
accusative, an exceptive, a clitic written apart. Each test looks at one word and its neighbours; the
title, segment, speaker and subject readers share them.
"""

from __future__ import annotations

import re

from qawl.extractors.quotes.view import ARTICLE, DocView, WordFeatures, strip_conjunction
from qawl.extractors.quotes.words import (
    BI_ADVERBIALS,
    GENERAL_WORDS,
    GOD_NAMES,
    PREPOSITION_PRONOUNS,
    STATEMENT_NOUNS,
    YEAR_ADJECTIVES,
)


def in_theophoric_name(view: DocView, i: int) -> bool:
    """A word before الله is the first half of a name (نصر الله، جاب الله، فضل الله), not a verb
    with الله as its subject: "وقال الأمين العام للحزب حسن نصر الله إن …"."""
    nxt = i + 1
    return view.is_word(nxt) and view.keys[nxt] in GOD_NAMES  # is_word: no token past the end


# Words that join a given name to the next part of a name: بن، ابن، بنت، أبو ("son, daughter,
# father of"), normalised; not أبي, which is also a given name ("أبي أحمد").
GENITIVE_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو"})


def after_genitive_link(view: DocView, i: int) -> bool:
    """Whether word i, written without a clitic, follows بن/ابن/بنت/أبو: it is the genitive the link
    governs, the name's next part, never a verb, a preposition or a plural noun ("بن طالب"، "بن
    نصر"، "بن على" for Ben Ali, "بن فرحات")."""
    return (
        i > 0
        and view.is_word(i)
        and view.is_word(i - 1)
        and view.bare[i - 1] in GENITIVE_NAME_LINKS
        and view.keys[i] == view.bare[i]
    )


def _preposition_with_pronoun(key: str) -> bool:
    """فيها، عنه، لديهم: a preposition carrying a pronoun is never part of a name; nor is an
    adverb of time or place in construct with one ("أشار خلالها إلى"، "أكد أمامهم")."""
    return key in PREPOSITION_PRONOUNS or key in ADVERB_PRONOUNS


# Prepositions with the pronoun ي ("مني"، "لي"): the pronoun is always written ي, never ى.
PRONOUN_YA_KEYS = frozenset(key for key in PREPOSITION_PRONOUNS if key.endswith("ي"))


def maqsura_name(view: DocView, i: int) -> bool:
    """Whether word i, a preposition with the pronoun ي once normalised, is written with alif
    maqsura ("منى" against "مني"): then it is a word of its own, a name such as منى, and not
    "from me"; unless the word lists also hold it as a stop or time word."""
    key, words = view.keys[i], view.words
    return (
        view.tokens[i].text.endswith("ى")
        and not (words.is_a("stop", key) or words.is_a("time", key))
        and not view.ya_as_maqsura  # a document writing فى، الذى gives ى no weight (one search a document)
    )


# Adverbs of time and place (ظروف) that take a genitive, as a preposition does.
_ADVERB_HEADS = ("خلال", "امام", "حول", "ضد", "عبر", "وراء", "تحت", "فوق", "بين", "اثناء", "لدن")


ADVERB_PRONOUNS = frozenset(
    head + pronoun for head in _ADVERB_HEADS for pronoun in ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم")
)


def _general_adjective(view: DocView, i: int) -> bool:
    """عام "general" (المدير العام، لجنة التشريع العام), not عام "year": a year is followed by
    its adjective or number (العام الماضي، عام 2016)."""
    if view.bare[i] not in GENERAL_WORDS or i == 0 or not view.is_word(i - 1):
        return False
    nxt = i + 1
    if nxt < len(view) and view.is_word(nxt):
        return view.bare[nxt] not in YEAR_ADJECTIVES and not view.keys[nxt][:1].isdigit()
    return True


def adverbial_accusative(view: DocView, i: int) -> bool:
    """An indefinite accusative of manner, never a subject (which is nominative): tanwin
    written (رسمياً، مجدداً) or a relational adjective in its accusative -يّاً (ضمنيا، مبدئيا،
    شخصيا). Places in -يا (روسيا، سوريا) are mentions the earlier stages labelled."""
    surface = view.tokens[i].text
    # The tanwin of the accusative may sit on any last letter: صراحةً، جملةً، هدىً.
    if surface.endswith(("اً", "ًا", "ةً", "ىً")):
        return True
    if (
        accusative_participle(surface)
        and not has_article(view, i)
        and not _name_word_after(view, i)
        and view.title_state(view.bare[i][:-1]) is None
        # "وكشفت منظمتا …": the dual in construct of a noun the speaker words know.
        and not (view.bare[i].endswith("تا") and view.bare[i][:-2] + "ه" in view.vocabulary)
    ):
        return True  # "لكن متحدثا باسم …": a title in the accusative is still its noun
    key = view.bare[i]
    return (
        len(key) >= 5
        and key.endswith("يا")
        and not _name_set_off(view, i)
        and not _name_after_title(view, i)
        and not has_article(view, i)
        and bool(view.doc.mentions)  # without the earlier stages a place cannot be told apart
        and view.mention_label(i) is None
        and view.count(key[:-1]) == 0  # the bare nisba written elsewhere: a name (ماريا)
    )


# A derived participle (مُفعِل، مُفتعِل، مُتفعِّل، مُستفعِل) in the accusative -ًا: a circumstantial
# "apologising", "pointing out" (معتذرا، مستعرضا، متسائلا) after its subject, never a name. Foreign
# names in م- that end in ا have a long vowel after the م (ماريا، مونيكا، ميليسا); a participle a
# consonant. ؤ/ئ stand for the hamza of مُؤكِّد.
# Words in -يا (مرسيليا، ماليزيا) are places and names, or nisbas that adverbial_accusative reads.
_ACCUSATIVE_PARTICIPLE = re.compile(r"^م[^اوىي][^ا\s]+[^اي\s]ا$")


def accusative_participle(surface: str) -> bool:
    """Whether a surface word is a derived participle in the indefinite accusative (معتذرا)."""
    word = surface[1:] if surface[:1] in "وف" and len(surface) > 5 else surface
    # A longer word in -نا/-ها is a noun with its possessive (محدثنا "our interlocutor").
    if len(word) > 5 and word.endswith(("نا", "ها")):
        return False
    return _ACCUSATIVE_PARTICIPLE.match(word) is not None


def _name_word_after(view: DocView, i: int) -> bool:
    """ "وقالت مرغريتا سيمونيان": a given name shaped like a participle has its family name
    after it, an article-less word that neither stops a phrase nor is a cue; a participle has a
    preposition or its complement there (معتذرا عن، مستنكرا أن)."""
    k = i + 1
    return (
        k < len(view)
        and view.is_word(k)
        and not has_article(view, k)
        and view.cues[k] is None
        and not view.tokens[k].text.endswith(("ة", "ا"))
        and not is_stop(view, k)
        and view.title_state(view.bare[k]) is None
    )


def _name_set_off(view: DocView, i: int) -> bool:
    """ "، يوكيا أمانو ،": a word in -يا that opens a short phrase of article-less words set off
    by commas is a given name in apposition, not an adverb (which would stand alone there)."""
    if i == 0 or not view.is_comma(i - 1):
        return False
    k = i + 1
    while (
        k < len(view) and k - i <= 2 and view.is_word(k) and not has_article(view, k) and view.cues[k] is None
    ):
        k += 1
    return k > i + 1 and k < len(view) and view.is_comma(k)


# Words that may close a holder's name after it: the report's complementizer (إن، بأن) and من
# before the holder's place or body ("الدكتورة X Y من جامعة …").
_AFTER_NAME = frozenset({"ان", "بان", "من"})


def _name_after_title(view: DocView, i: int) -> bool:
    """ "وتقول الدكتورة أندريا سيلا إن": a word in -يا right after a title, followed by one
    article-less word and then the report's complementizer, من, a second title ("أستاذة
    الكيمياء"), a comma or the end of the words, is the holder's given name and that word the
    family name. An adverb in -يا (رسميا) after a title is followed by the complementizer
    itself or by the verb's object, which does not close the subject before إن."""
    if i == 0 or not view.is_word(i - 1) or view.title_state(view.bare[i - 1]) is None:
        return False
    family, after = i + 1, i + 2
    if not (
        family < len(view)
        and view.is_word(family)
        and not has_article(view, family)
        and view.cues[family] is None
        and view.title_state(view.bare[family]) is None
        and not view.bare[family].endswith(("ه", "ها", "هم"))
        and not _stop_word(view, family)
    ):
        return False
    return (
        after >= len(view)
        or not view.is_word(after)
        or view.keys[after] in _AFTER_NAME
        or view.title_state(view.bare[after]) is not None
    )


def is_stop(view: DocView, i: int) -> bool:
    # Most words are no stop whatever their context: the word alone, remembered, says so.
    if not view.remembered(may_stop)(view.tokens[i].text):
        return False
    return stop_in_context(view, i)


def stop_in_context(view: DocView, i: int) -> bool:
    """:func:`is_stop` of a word :func:`may_stop` holds: what its context adds. A caller that
    has asked ``may_stop`` itself (``segments._cut_at_stop``) asks this, not ``is_stop``."""
    key = view.keys[i]
    if key == "علي" and view.tokens[i].text.endswith("ي"):
        return False  # the name علي, which على becomes once normalised
    if key in PRONOUN_YA_KEYS and maqsura_name(view, i):
        return False  # "المحامية منى حداد": the name منى, which مني ("from me") becomes once normalised
    if key == SURNAME_LI and surname_li(view, i):
        return False  # "وقال لي خلال مؤتمر": Li, whom the document names after his title
    # _general_adjective's first test, asked here first: few words are عام.
    if view.bare[i] in GENERAL_WORDS and _general_adjective(view, i):
        return False
    if key in SPELLED_LETTERS and spelled_out(view, i):
        return False  # "قناة سي بي إس نيوز"، "محطة إن بي سي": a letter of a spelled-out initialism
    if key in WITHOUT:
        return _without(view, i)
    if key in QUANTIFIERS:
        return _quantifier(view, i)
    if key in AGE_PARTICIPLES:
        return age_clause(view, i)
    return (
        view.remembered(_stop_key)(key)
        or clitic_written_apart(view.tokens[i].text)
        or adverbial_accusative(view, i)
        # The genitive's tanwin (بلهجةٍ، استعدادٍ) marks a word after a preposition or in
        # construct, never a subject's head or a name; the key has lost it, the surface has not.
        or view.tokens[i].text.endswith("ٍ")
    )


# "aged" and "born", normalised: البالغ/البالغة (من العمر)، المولود/المولودة (في، عام).
AGE_PARTICIPLES = frozenset({"البالغ", "البالغه", "البالغين", "البالغون", "المولود", "المولوده"})
# The nouns البالغ governs with a pronoun: "البالغ عمره"، "البالغة أعمارهم"، "البالغ عددهم".
_AMOUNT_NOUNS = ("عمر", "اعمار", "عدد")
_BIRTH_COMPLEMENTS = frozenset({"في", "عام", "سنه"})


def age_clause(view: DocView, i: int) -> bool:
    """Whether البالغ or المولود at token i opens a clause of age, number or birth after a noun
    ("وقال X البالغ من العمر 47 عاما"، "اللاعب البالغ عمره 20 عاما"، "X البالغ 40 سنة"، "X
    المولود في مدينة …"): a definite participle with its own complement, which describes the
    person named before it and is never a word of a name or a title. The adjective alone, before
    no such complement ("البالغة الدقة"، "عن المولودة على موقع"), is left as it was."""
    nxt = i + 1
    if view.keys[i] not in AGE_PARTICIPLES or nxt >= len(view) or not view.is_word(nxt):
        return False
    after = view.keys[nxt]
    if view.keys[i].startswith("المولود"):
        return after in _BIRTH_COMPLEMENTS
    if after == "من":
        return nxt + 1 < len(view) and view.is_word(nxt + 1) and view.keys[nxt + 1] == "العمر"
    return after[:1].isdigit() or (len(after) > 3 and after.startswith(_AMOUNT_NOUNS))


IMAM_KEY = "امام"  # أمام "in front of" and إمام "imam", one key once normalised


def imam_as_written(text: str) -> bool:
    """Whether a surface word of the key امام is the noun إمام ("imam"), written with its hamza
    under the alif: the preposition أمام has its hamza above, and a word written with neither
    is left to be read as the preposition."""
    if text[:1] in "وف" and len(text) > 4:
        text = text[1:]
    return text.startswith("إ")


SURNAME_LI = "لي"  # "to me", and the Chinese and Korean surname Li/Lee


WITHOUT = frozenset({"دون", "بدون"})  # "without", and the given name Don (دون جونيور)

QUANTIFIERS = frozenset({"اي", "ايه"})  # أي/أية "any", and the letter I of a spelled-out name (أي بي إم)


def _quantifier(view: DocView, i: int) -> bool:
    """Whether أي/أية at token i opens the object ("وتنفي موسكو أي ضلوع"): right after a name the
    earlier stages found and before a word, outside any mention (a name never ends in "any"; the
    letter أي of "شركة أي سي إم" follows no mention or lies inside one)."""
    return (
        i > 0
        and i + 1 < len(view)
        and view.is_word(i + 1)
        and view.mention_label(i - 1) is not None
        and view.mention_label(i) is None
    )


def _without(view: DocView, i: int) -> bool:
    """Whether دون/بدون at token i is the preposition "without": before أن or a definite noun
    ("وأكد الوزير، دون أن يذكر …"، "دون الكشف عن"), as a name never is."""
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    return view.keys[nxt] in ("ان", "بان") or has_article(view, nxt)


def surname_li(view: DocView, i: int) -> bool:
    """Whether لي at token i is the surname, not "to me": the document writes it as a person's
    name after a title or a nationality, right after it or after a comma ("رئيس الوزراء الصيني
    لي كه شيانغ"، "…، لي كه شيانغ،"), and a news report
    in the third person has no "me" for a verb of saying to address."""
    if view.keys[i] != SURNAME_LI or i + 1 >= len(view) or not view.is_word(i + 1):
        return False
    keys = view.keys
    for k in view.key_positions(SURNAME_LI):
        if k == 0 or k + 1 >= len(view) or not view.is_word(k + 1):
            continue
        # "رئيس الوزراء الصيني، لي كه شيانغ،": the name in apposition after a comma follows
        # the title as closely as a name right after it.
        at = k - 1
        if not view.is_word(at):
            at = k - 2 if k >= 2 and view.is_comma(k - 1) and view.is_word(k - 2) else -1
        if at < 0:
            continue
        before, given = view.bare[at], keys[k + 1]
        titled = view.title_state(before) is not None or (has_article(view, at) and before.endswith("ي"))
        if titled and not given.startswith("ال") and view.cues[k + 1] is None and not _stop_word(view, k + 1):
            return True
    return False


def may_name(view: DocView, k: int) -> bool:
    """Whether token ``k`` may be a word of a name: a word, no cue, no stop by its key alone
    (or a letter of a spelled-out initialism, which a stop's key may spell: بي، إن; or إمام
    written with its hamza under the alif, the noun and family name, not the preposition)."""
    return (
        view.is_word(k)
        and view.cues[k] is None
        and (
            not _stop_word(view, k)
            or (view.keys[k] in SPELLED_LETTERS and spelled_out(view, k))
            or (view.bare[k] == IMAM_KEY and imam_as_written(view.tokens[k].text))
        )
    )


# The names of Latin letters as Arabic writes an initialism out (normalised): "بي بي سي"، "سي إن
# إن"، "إف بي آي". بي ("with me") and إن (the complementizer) are stops elsewhere; في and أو,
# prepositions and conjunctions far more often than letters, are left out.
SPELLED_LETTERS = frozenset(
    {"بي", "سي", "دي", "اي", "ايه", "ام", "اس", "ان", "اف", "جي", "كي", "تي", "اتش", "اكس", "زد", "كيو"}
    | {"يو", "ار"}
)


def _letter_at(view: DocView, k: int) -> bool:
    return 0 <= k < len(view.tokens) and view.is_word(k) and view.keys[k] in SPELLED_LETTERS


def spelled_out(view: DocView, i: int) -> bool:
    """Whether the letter name at token i belongs to a spelled-out initialism: another letter
    name follows it, or one comes before it ("آي إم دي بي"). إن closing a run is the letter only
    right after إن ("سي إن إن"); after any other letter it may be the report's complementizer
    ("قالت سي بي إس إن …")."""
    if _letter_at(view, i + 1) and (view.keys[i + 1] != "ان" or _letter_at(view, i + 2)):
        return True  # not before إن alone, which may be the complementizer
    if not _letter_at(view, i - 1):
        return False
    return view.keys[i] != "ان" or view.keys[i - 1] == "ان"


def _stop_word(view: DocView, k: int) -> bool:
    """A stop by the key alone (no context): a preposition, a time word, a number."""
    return view.remembered(_stop_key)(view.keys[k])


def clitic_written_apart(text: str) -> bool:
    """Whether a surface word opens with a one-letter preposition held apart by a tatweel
    ("لـCNN"، "بـ"الإرهاب""، "ولـ"الشروق""): the letter is the preposition ل/ب/ك, never a
    name's first letter, so the word is a prepositional phrase (an addressee, a means) and no
    subject, which is nominative and takes no preposition."""
    if text[:1] in "وف" and len(text) > 3:
        text = text[1:]
    return len(text) > 2 and text[1] == "\u0640" and text[0] in "لبك"


# Exceptive particles (سوى، إلا, normalised): the noun after them is the verb's object.
EXCEPTIVES = frozenset({"سوي", "الا"})


# The accusative's tanwin (adverbial_accusative) and the genitive's (is_stop), as written.
_TANWIN_ENDINGS = ("اً", "ًا", "ةً", "ىً", "ٍ")

# The first letters of a key that the tests of _stop_key past its word classes can hold for: a
# و/ف before a preposition with its pronoun, ب before a verbal noun (or و/ف before that ب), and
# ل/لل (a key of one letter or opening with a digit is tested on its own).
_STOP_SHAPE_OPENINGS = frozenset("وفبل")


def _stop_sets(features: WordFeatures) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The word classes :func:`_stop_key` reads by membership, joined once for the stage's word
    lists: (keys that are a stop as written, bare keys that are one, and the first with the keys
    :func:`may_stop` adds, دون and أي). A key is in a joined set exactly when one of the tests
    ``words.is_a(…)``, ``… in PREPOSITION_PRONOUNS`` and so on holds for it."""
    words = features.words
    stop_or_time = words.classes.get("stop", frozenset()) | words.classes.get("time", frozenset())
    keys = stop_or_time | PREPOSITION_PRONOUNS | ADVERB_PRONOUNS
    bare = (
        stop_or_time
        | BI_ADVERBIALS  # "وذكر الوزير بالمناسبة أن": an adverbial ends the subject
        | EXCEPTIVES  # "لم يجد زميله داير سوى الإشادة": what is excepted is the object
        # "أصدرت الوزارة بيانا قالت فيه": a statement noun in the accusative is the verb's object.
        | frozenset(noun + "ا" for noun in STATEMENT_NOUNS)
    )
    return keys, bare, keys | WITHOUT | QUANTIFIERS


def may_stop(features: WordFeatures, text: str) -> bool:
    """Whether the surface word ``text`` may be a stop (:func:`is_stop`) in some context: its
    key is a stop key, or it ends in a tanwin, or it may be a nisba accusative in -يا. Every
    other word is no stop wherever it stands.

    Asked once per distinct word (``view.remembered(may_stop)``), and most words asked are new
    names and nouns that are no stop: the word classes are read as three joined sets, and each
    test of a word's shape only where its first letter or its last can let it hold."""
    key, bare, _, _ = features.rows[text]
    if key == "علي" and text.endswith("ي"):
        return False
    if bare == IMAM_KEY and imam_as_written(text):
        return False
    if key in AGE_PARTICIPLES:
        return True  # age_clause decides in context
    _, bare_keys, may_keys = features.derived[_stop_sets]  # type: ignore[misc]
    return (
        key in may_keys
        or bare in bare_keys
        or text.endswith(_TANWIN_ENDINGS)
        or (len(bare) >= 5 and bare.endswith("يا"))
        or (
            (key[:1] in _STOP_SHAPE_OPENINGS or len(key) == 1 or key[:1].isdigit())
            and _stop_shape(features, key, bare)
        )
        # clitic_written_apart needs a tatweel, accusative_participle a final ا.
        or ("\u0640" in text and clitic_written_apart(text))
        or (text.endswith("ا") and accusative_participle(text))
    )


def _stop_key(features: WordFeatures, key: str) -> bool:
    """What makes a word a stop by its key alone (:func:`is_stop` adds the word's context)."""
    bare = strip_conjunction(key, features.vocabulary)
    keys, bare_keys, _ = features.derived[_stop_sets]  # type: ignore[misc]
    return key in keys or bare in bare_keys or _stop_shape(features, key, bare)


def _stop_shape(features: WordFeatures, key: str, bare: str) -> bool:
    """The tests of :func:`_stop_key` past its word classes (:func:`_stop_sets`): what a key's
    letters say. ``bare`` is ``strip_conjunction(key, features.vocabulary)``."""
    title_state = features.title_states.__getitem__
    return (
        len(key) == 1  # a detached و or ب
        or key[:1].isdigit()
        # "ولي العهد" (the heir) is a title, not و + "لي" ("and to me").
        or (key[:1] in "وف" and _preposition_with_pronoun(key[1:]) and title_state(key) is None)
        or BI_VERBAL_NOUN.match(bare) is not None  # بإسهاب، باختصار: manner, never a subject
        # لل (ل + ال) opens a phrase ("للصحافيين"); a bare ل may begin a name (لافروف، لورا)
        # unless what follows it is a title or an outlet ("لتلفزيون هيئة الإذاعة").
        or (key.startswith("لل") and title_state(key) is None)
        or (key.startswith("ل") and len(key) > 3 and title_state(key[1:]) is not None)
    )


def is_title_word(view: DocView, i: int) -> bool:
    return view.title_state(view.bare[i]) is not None and not role_adjective(view, i)


def role_adjective(view: DocView, i: int) -> bool:
    """Whether word i is a role written like a relational adjective (الإعلامي، الروائية: the
    article_role words) right after a definite common noun it then describes: "المكتب الإعلامي"،
    "التقارير الإعلامية". A title after a name stands apart from it (a family name in ـي may
    carry the article: "الوافي"), so such a word before it keeps the role a title."""
    key = view.bare[i]
    if not key.startswith("ال") or not view.words.is_a("article_role", key[2:]):
        return False
    before = i - 1
    return (
        before >= 0
        and view.is_word(before)
        and has_article(view, before)
        and not view.bare[before].endswith("ي")
        and view.title_state(view.bare[before]) is None
        and not view.words.is_a("time", view.bare[before])  # "يمثل غدا الإثنين الإعلامي X"
    )


# ب + an indefinite derived verbal noun is an adverbial of manner: بإسهاب، باختصار، بانتظام.
BI_VERBAL_NOUN = re.compile(r"^ب(?:ا..ا.|ا.ت.ا.|ان..ا.|است..ا.)$")


def has_article(view: DocView, i: int) -> bool:
    """Whether word i carries the article ال: written without hamza, unlike the أل that begins
    foreign names (أليكساي، ألكسندر)."""
    # Read once a word (view.WordFeatures): the bare key starts with ال, and so does the
    # surface once a و/ف the bare key dropped is left out.
    # A comparison hands back the bool itself: no call to bool().
    return view.flags[i] & ARTICLE != 0


def has_li_proclitic(view: DocView, i: int) -> bool:
    """Whether word i is لـ + a source ("وفقا لهيئة الحقيقة"، "لمراقبين"): what follows ل is a
    title, a body, an anonymous source or a word the document also writes alone. Names
    that begin with ل (لافروف، لورا) pass none of these."""
    key = view.bare[i]
    if not key.startswith("ل") or key.startswith("لل") or len(key) < 4:
        return False
    rest = key[1:].lstrip("ـ")
    words = view.words
    return (
        view.title_state(rest) is not None
        or words.is_a("institution", rest)
        or words.is_a("anonymous", rest)
        or view.count(rest) > 0
    )
