"""Speaker phrases: find the source noun phrase of a cue and split titles from names.

Arabic news names a source as a title followed by a name ("الرئيس الأمريكي دونالد ترامب"), a title
and a name in apposition between commas ("المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا،"), a name
followed by its title ("أنور قرقاش، وزير الدولة …"), or a description ("مصدر في الإليزيه"). The
guidelines take the name when one is given, else the title or description.

A title is read with the grammar of the Arabic construct state: an indefinite head noun (رئيس،
وزير، نائب) governs the next word as its genitive (رئيس جهاز الأمن), definite words (الوزراء،
الأرمني) and ل/بـ phrases (للشؤون الخارجية، باسم) extend it, and the first word that is neither
starts the name ("… الأوكراني | فاسيل غريتساك").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qawl.extractors.ner_known import known_names
from qawl.extractors.quotes.lexicon import SpeakerWords, lemma_key
from qawl.extractors.quotes.view import ARTICLE, DocView, WordFeatures, strip_conjunction
from qawl.extractors.quotes.words import (
    AUXILIARIES,
    BI_ADVERBIALS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    GENERAL_WORDS,
    GOD_NAMES,
    MAIN_CLAUSE_OPENERS,
    NAME_LINKS,
    OBJECT_ENDINGS,
    PREPOSITION_PRONOUNS,
    PROPOSITION_NOUNS,
    QUANTIFIERS,
    RELATIVES,
    SOURCE_WORDS,
    SPEECH_PRONOUNS,
    STATEMENT_NOUNS,
    TITLE_ADJECTIVES,
    YEAR_ADJECTIVES,
)

MAX_SUBJECT_WORDS = 8
MAX_SEGMENT_WORDS = 7
MAX_TITLE_WORDS = 14
MAX_NAME_AFTER_TITLE = 4


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """Token ranges of a source: the phrase reported, and its name part when it has one."""

    first: int
    last: int  # exclusive
    kind: str  # name | title | anonymous | description
    title: tuple[int, int] | None = None
    name: tuple[int, int] | None = None
    # "كل من X و Y": the two sources of one report, each a phrase of its own.
    pair: tuple[SpeakerPhrase, SpeakerPhrase] | None = None

    @property
    def start(self) -> int:
        """The first token of the whole phrase, title included ("المتحدث …، ماريا زاخاروفا")."""
        return self.title[0] if self.title is not None else self.first


def in_theophoric_name(view: DocView, i: int) -> bool:
    """A word before الله is the first half of a name (نصر الله، جاب الله، فضل الله), not a verb
    with الله as its subject: "وقال الأمين العام للحزب حسن نصر الله إن …"."""
    nxt = i + 1
    return view.is_word(nxt) and view.keys[nxt] in GOD_NAMES  # is_word: no token past the end


# Words that join a given name to the next part of a name: بن، ابن، بنت، أبو ("son, daughter,
# father of"), normalised; not أبي, which is also a given name ("أبي أحمد").
_GENITIVE_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو"})


def after_genitive_link(view: DocView, i: int) -> bool:
    """Whether word i, written without a clitic, follows بن/ابن/بنت/أبو: it is the genitive the link
    governs, the name's next part, never a verb, a preposition or a plural noun ("بن طالب"، "بن
    نصر"، "بن على" for Ben Ali, "بن فرحات")."""
    return (
        i > 0
        and view.is_word(i)
        and view.is_word(i - 1)
        and view.bare[i - 1] in _GENITIVE_NAME_LINKS
        and view.keys[i] == view.bare[i]
    )


def _preposition_with_pronoun(key: str) -> bool:
    """فيها، عنه، لديهم: a preposition carrying a pronoun is never part of a name; nor is an
    adverb of time or place in construct with one ("أشار خلالها إلى"، "أكد أمامهم")."""
    return key in PREPOSITION_PRONOUNS or key in ADVERB_PRONOUNS


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
        and not _is_stop(view, k)
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


def _is_stop(view: DocView, i: int) -> bool:
    # Most words are no stop whatever their context: the word alone, remembered, says so.
    if not view.remembered(_may_stop)(view.tokens[i].text):
        return False
    key = view.keys[i]
    if key == "علي" and view.tokens[i].text.endswith("ي"):
        return False  # the name علي, which على becomes once normalised
    if key == SURNAME_LI and surname_li(view, i):
        return False  # "وقال لي خلال مؤتمر": Li, whom the document names after his title
    if _general_adjective(view, i):
        return False
    if key in WITHOUT:
        return _without(view, i)
    return (
        view.remembered(_stop_key)(key)
        or clitic_written_apart(view.tokens[i].text)
        or adverbial_accusative(view, i)
        # The genitive's tanwin (بلهجةٍ، استعدادٍ) marks a word after a preposition or in
        # construct, never a subject's head or a name; the key has lost it, the surface has not.
        or view.tokens[i].text.endswith("ٍ")
    )


SURNAME_LI = "لي"  # "to me", and the Chinese and Korean surname Li/Lee
WITHOUT = frozenset({"دون", "بدون"})  # "without", and the given name Don (دون جونيور)


def _without(view: DocView, i: int) -> bool:
    """Whether دون/بدون at token i is the preposition "without": before أن or a definite noun
    ("وأكد الوزير، دون أن يذكر …"، "دون الكشف عن"), as a name never is."""
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    return view.keys[nxt] in ("ان", "بان") or has_article(view, nxt)


def surname_li(view: DocView, i: int) -> bool:
    """Whether لي at token i is the surname, not "to me": the document writes it as a person's
    name after a title or a nationality ("رئيس الوزراء الصيني لي كه شيانغ"), and a news report
    in the third person has no "me" for a verb of saying to address."""
    if view.keys[i] != SURNAME_LI or i + 1 >= len(view) or not view.is_word(i + 1):
        return False
    keys = view.keys
    k = -1
    for _ in range(view.count(SURNAME_LI)):
        k = keys.index(SURNAME_LI, k + 1)
        if k == 0 or k + 1 >= len(view) or not view.is_word(k - 1) or not view.is_word(k + 1):
            continue
        before, given = view.bare[k - 1], keys[k + 1]
        titled = view.title_state(before) is not None or (has_article(view, k - 1) and before.endswith("ي"))
        if titled and not given.startswith("ال") and view.cues[k + 1] is None and not _stop_word(view, k + 1):
            return True
    return False


def may_name(view: DocView, k: int) -> bool:
    """Whether token ``k`` may be a word of a name: a word, no cue, no stop by its key alone."""
    return view.is_word(k) and view.cues[k] is None and not _stop_word(view, k)


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


# The accusative's tanwin (adverbial_accusative) and the genitive's (_is_stop), as written.
_TANWIN_ENDINGS = ("اً", "ًا", "ةً", "ىً", "ٍ")


def _may_stop(features: WordFeatures, text: str) -> bool:
    """Whether the surface word ``text`` may be a stop (:func:`_is_stop`) in some context: its
    key is a stop key, or it ends in a tanwin, or it may be a nisba accusative in -يا. Every
    other word is no stop wherever it stands."""
    key, bare = features.rows[text][:2]
    if key == "علي" and text.endswith("ي"):
        return False
    return (
        features.remembered(_stop_key)(key)
        or key in WITHOUT
        or clitic_written_apart(text)
        or text.endswith(_TANWIN_ENDINGS)
        or accusative_participle(text)
        or (len(bare) >= 5 and bare.endswith("يا"))
    )


def _stop_key(features: WordFeatures, key: str) -> bool:
    """What makes a word a stop by its key alone (:func:`_is_stop` adds the word's context)."""
    words = features.words
    bare = strip_conjunction(key, features.vocabulary)
    title_state = features.title_states.__getitem__
    return (
        len(key) == 1  # a detached و or ب
        or key[:1].isdigit()
        or _preposition_with_pronoun(key)
        # "ولي العهد" (the heir) is a title, not و + "لي" ("and to me").
        or (key[:1] in "وف" and _preposition_with_pronoun(key[1:]) and title_state(key) is None)
        or words.is_a("stop", key)
        or words.is_a("stop", bare)
        or words.is_a("time", key)
        or words.is_a("time", bare)
        or bare in BI_ADVERBIALS  # "وذكر الوزير بالمناسبة أن": an adverbial ends the subject
        or bare in EXCEPTIVES  # "لم يجد زميله داير سوى الإشادة": what is excepted is the object
        # "أصدرت الوزارة بيانا قالت فيه": a statement noun in the accusative is the verb's object.
        or (bare.endswith("ا") and bare[:-1] in STATEMENT_NOUNS)
        or _BI_VERBAL_NOUN.match(bare) is not None  # بإسهاب، باختصار: manner, never a subject
        # لل (ل + ال) opens a phrase ("للصحافيين"); a bare ل may begin a name (لافروف، لورا)
        # unless what follows it is a title or an outlet ("لتلفزيون هيئة الإذاعة").
        or (key.startswith("لل") and title_state(key) is None)
        or (key.startswith("ل") and len(key) > 3 and title_state(key[1:]) is not None)
    )


def _is_title_word(view: DocView, i: int) -> bool:
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


def _word_indices(view: DocView, first: int, last: int) -> list[int]:
    return [i for i in range(first, last) if view.is_word(i)]


def segments(view: DocView, first: int, last: int) -> list[list[int]]:
    """Word tokens of [first, last) grouped by commas, quotation marks and other punctuation."""
    groups: list[list[int]] = []
    group: list[int] = []
    is_word = view.is_word
    tokens = view.tokens
    for i in range(first, last):
        if is_word(i):
            group.append(i)
        elif group and tokens[i].text not in "-–":
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    return groups


def _cut_at_stop(view: DocView, seg: list[int], anonymous: bool) -> list[int]:
    """The leading part of a segment before a preposition, time word or relative pronoun.

    An anonymous source keeps one prepositional phrase: "مصدر في الإليزيه", "مسؤول في السفارة".
    """
    kept: list[int] = []
    used_pp = False
    words = view.words
    cues, keys, bare, tokens = view.cues, view.keys, view.bare, view.tokens
    may_stop = view.remembered(_may_stop)
    titled = bool(seg) and view.title_state(bare[seg[0]]) is not None
    for position, i in enumerate(seg):
        cue = cues[i] if position > 0 else None
        if cue is not None and in_theophoric_name(view, i):
            cue = None
        if position > 0 and after_genitive_link(view, i):
            kept.append(i)  # "وأكد بن طالب أن": the link's genitive, whatever else it may read as
            continue
        if cue is not None and cue.kind == "verb":
            break  # "وزير الأمن بنوالاس قال لتلفزيون …": the phrase ends at the next verb
        if cue is not None and cue.kind == "noun" and cue.object_suffix:
            break  # "جددت ميركل تأكيدها أن": a noun with its possessor is the object
        if position > 0 and keys[i] in CLAUSE_OPENERS:
            break  # "أما الرئيس الإيراني حسن روحاني فقد هاجم": قد opens the predicate
        key = bare[i]
        if titled and position == 1 and key in DEMONSTRATIVES and not has_article(view, seg[0]):
            kept.append(i)  # "رئيسة هذه الجمعية": a demonstrative inside the title's genitive
            continue
        if titled and position > 0 and key.startswith("لل") and not words.is_a("stop", key):
            kept.append(i)  # "المستشارة السابقة للبيت الأبيض": the office's domain, not an addressee
            continue
        # The first tests of _numbered_name and _seat_before_rank, asked here first.
        if titled and kept and keys[i][:1].isdigit() and _numbered_name(view, i):
            kept.append(i)  # "مديرة منظمة المادة 19 بتونس": the number is part of the body's name
            continue
        if titled and key == "في" and len(kept) > 1 and _seat_before_rank(view, seg, position):
            kept.append(i)  # "… في باريس الدكتور": the seat of the office, kept for split_title
            continue
        if (
            anonymous
            and position > 1
            and keys[i] in PROPOSITION_NOUNS
            and has_article(view, seg[position - 1])
        ):
            # "ونفى مصدر في القنصلية السعودية مقتل خاشقجي": after a definite word, which governs
            # no genitive, the noun heads the verb's object ("تحالف دعم الشرعية" is one name).
            break
        if may_stop(tokens[i].text) and _is_stop(view, i):  # _is_stop's own first test, inline
            if (
                anonymous
                and not used_pp
                and position > 0
                and key in {"في", "من", "ب"}
                and not _speech_occasion(view, seg, position)
            ):
                used_pp = True
                kept.append(i)
                continue
            break
        kept.append(i)
    if kept and view.bare[kept[-1]] in {"في", "من"}:
        kept.pop()
    return kept


def _seat_before_rank(view: DocView, seg: list[int], position: int) -> bool:
    """Whether ``seg[position]`` is في opening a one-word seat phrase that a title word
    follows ("في باريس الدكتور"): the seat closes the office and the rank opens the name. A rank
    before a name has the article and no relational ending; a noun in ي after the place agrees
    with it as its adjective ("في مؤتمر صحفي"، "في مؤتمره الصحفي": a press conference)."""
    if position + 2 >= len(seg) or view.bare[seg[position]] != "في":
        return False
    place, rank = seg[position + 1], seg[position + 2]
    if (
        not has_article(view, rank)
        or _is_relational(view.bare[rank])
        or _speech_occasion(view, seg, position)
    ):
        return False
    return not _is_stop(view, place) and not _is_title_word(view, place) and _is_title_word(view, rank)


# Nouns of the occasion a source speaks on: "في كلمة"، "في مؤتمر صحفي"، "في تصريحات لـ".
SPEECH_OCCASIONS = frozenset(
    {"كلمه", "مؤتمر", "تصريح", "تصريحات", "حديث", "مقابله", "لقاء", "خطاب", "افاده", "تغريده", "ندوه"}
)


def _speech_occasion(view: DocView, seg: list[int], position: int) -> bool:
    """Whether the word after the preposition at ``seg[position]`` names the occasion of the
    report (في كلمة، في مؤتمره), an adverbial of the verb, not the place a source belongs to."""
    if position + 1 >= len(seg):
        return False
    key = view.bare[seg[position + 1]]
    for suffix in ("ه", "ها", "هم"):
        if key.endswith(suffix) and key[: -len(suffix)] in _OCCASION_STEMS:
            return True
    return key in SPEECH_OCCASIONS


# The occasions as they stand before a pronoun: ة is written ت there (كلمته، مقابلتها).
_OCCASION_STEMS = SPEECH_OCCASIONS | {"كلمت", "مقابلت", "افادت"}


def _numbered_name(view: DocView, i: int) -> bool:
    """A number right after a definite noun of a title's genitive names it ("منظمة المادة 19"،
    "مجموعة الـ20"), unless that noun is a time word or it counts what follows ("العدد 3 آلاف")."""
    if not view.keys[i][:1].isdigit() or i == 0 or not view.is_word(i - 1) or not has_article(view, i - 1):
        return False
    if view.words.is_a("time", view.bare[i - 1]) or view.words.is_a("stop", view.bare[i - 1]):
        return False
    nxt = i + 1
    return (
        nxt < len(view)
        and view.is_word(nxt)
        and not view.words.is_a("time", view.bare[nxt])
        and (
            view.bare[nxt][:1] in "بل"
            or view.title_state(view.bare[nxt]) is not None
            or view.mention_label(nxt) is not None
            or (not has_article(view, nxt) and view.bare[nxt] not in NUMBER_WORDS)
        )
    )


NUMBER_WORDS = frozenset(
    {"الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "مرات", "مره", "بالمئه", "بالمائه"}
)


def _adjective_like(key: str) -> bool:
    """Adjectives by their pattern: relational (الروسي، الفرنسية), participles (المسلحة،
    المتحدة), elatives أفعل (الأسبق، الأعلى) and فاعل (السابق), and a few common ones."""
    body = key[2:] if key.startswith("ال") else key
    return (
        key.endswith(("ي", "يه", "يين", "يون"))
        or key.startswith(("الم", "الت"))
        or key in TITLE_ADJECTIVES
        or (len(body) == 4 and body[0] == "ا")  # أفعل: الأسبق، الأكبر
        or (len(body) in (4, 5) and body[1] == "ا" and body[-1] != "ه")  # فاعل: السابق، الراحل
        or (key.startswith("ال") and len(body) == 4 and body[2] == "ي")  # فعيل: الخفيف، الكبير
    )


def split_title(view: DocView, seg: list[int]) -> tuple[list[int], list[int]]:
    """(title words, name words) of a segment that starts with a title noun."""
    words = view.words
    bare, title_state = view.bare, view.title_state
    title = [seg[0]]
    # An indefinite head (رئيس، وزير) governs the next word as its genitive; so does باسم.
    governs = title_state(bare[seg[0]]) == "indefinite"
    seen_nisba = False
    bi_domain = False
    coordinated_at = -1  # the position after a coordinated noun the title took
    # Where a بال-phrase after the adjective began: the office's seat ("الإداري بالإدارة العامة
    # … نجاة الجندوبي") when a name closes the chain, else the verb's complement ("رحب
    # المندوب الروسي بالقرار"), and the title ends before it.
    seat_from: int | None = None
    position = 1
    while position < len(seg):
        i = seg[position]
        key = bare[i]
        state = title_state(key)
        # has_article: إليز is a name, not ال + ...
        definite = has_article(view, i) or key.startswith(("لل", "بال", "وال")) or state == "definite"
        # A لل-phrase after the adjective is the office's domain (الأمين العام للاتحاد), never
        # an object, which the verb takes without a preposition; a وال-word is coordinated
        # with the word before it (وزير التربية والتعليم).
        domain_li = key.startswith(("لل", "وال")) or key in GOD_NAMES  # حزب الله، عبد الله
        if seen_nisba and seat_from is None and key.startswith("بال") and len(key) > 5 and not governs:
            seat_from = len(title)
            title.append(i)
            position += 1
            continue
        if (
            definite
            and state is None
            and seen_nisba
            and not _adjective_like(key)
            and not governs
            and not domain_li
        ):
            if seat_from is not None:
                return title[:seat_from], []
            # "ووصف المندوب الروسي الهجوم الكيماوي": after the relational adjective a
            # definite noun is the verb's object, not more title.
            return title, []
        # The first tests of _numbered_name and _seat_before_rank, asked here first.
        if len(title) > 1 and view.keys[i][:1].isdigit() and _numbered_name(view, i):
            title.append(i)  # "مديرة منظمة المادة 19": the number is part of the body's name
            position += 1
            if position < len(seg) and bare[seg[position]][:1] == "ب" and len(bare[seg[position]]) > 3:
                title.append(seg[position])  # "… 19 بتونس": the body's seat closes its name
                position += 1
            continue
        if (
            position == 1
            and has_article(view, seg[0])
            and has_article(view, i)
            and state is None
            and view.tokens[i].text.endswith("ات")
            and (not _adjective_like(key) or _plural_after_singular(view, seg[0], i))
        ):
            # "وحثّ الوزير النقابات على …": a definite head takes no definite genitive, and a
            # plural in ات is no adjective of a person's title: the verb's object begins.
            return title, []
        if key == "في" and _seat_before_rank(view, seg, position) and len(title) > 1:
            # "مدير المرصد … في باريس الدكتور بشير العبيدي": the office's seat, then a rank
            # or honorific that opens the name.
            title.extend(seg[position : position + 2])
            position += 2
            governs = False
            continue
        if governs and key in DEMONSTRATIVES:
            title.append(i)  # "رئيسة هذه الجمعية": the genitive is "this association"
            position += 1
            continue
        seen_nisba = seen_nisba or (key.startswith("ال") and _adjective_like(key))
        if (
            key[:1] == "و"
            and len(key) > 3
            and position > 1
            and not governs
            and state is None
            and not _in_person_mention(view, i)  # "… الطبيعية ويليام رامبانجيلاي"
        ):
            # "لدائرة الأمريكيتين وآسيا": a coordinated noun inside the office's name
            title.append(i)
            position += 1
            coordinated_at = position
            continue
        if (
            key.startswith("ب")
            and len(key) > 3
            and len(title) > 1
            and not governs
            and (view.count(key[1:]) > 0 or _bi_place(view, i))
            and title_state(key[1:]) is None
        ):
            # "لشركة المترو الخفيف بصفاقس": ب + a word the document also writes alone, or a
            # place the earlier stages found inside the word ("المحكمة الابتدائية بسوسة"), is
            # the seat closing the office's name, not the first word of a person's name.
            title.append(i)
            position += 1
            continue
        # "المبعوث الأممي لسوريا"، "المدير العام لدائرة الأمريكيتين": a ل-phrase names the
        # office's domain; a common noun in ة there governs a genitive in turn.
        domain = (
            key.startswith("ل")
            and len(key) > 3
            and title_state(key) is None
            and len(title) > 1
            and not bi_domain  # one domain phrase: "القيادي بحركة النهضة لطفي" (لطفي is a name)
            and not _li_given_name(view, seg, position)
        )
        # "القيادي بحركة النهضة"، "عضو بالمجلس": a ب-phrase on a body names the office's domain
        # like a ل-phrase does.
        domain = domain or (
            key.startswith("ب")
            and len(key) > 3
            and (_names_a_body(words, _without_article(key[1:])) or _joined_body(words, key[1:]))
        )
        if governs or definite or key == "باسم" or state is not None or domain:
            title.append(i)
            marbuta = view.tokens[i].text.endswith("ة")
            # A body's own name after a ب-domain is one genitive ("بحركة فتح"): a name follows.
            ends_body_name = governs and bi_domain and not definite and state is None and not marbuta
            # "بمجلس نواب الشعب": a body noun after ب without the article is in construct, and
            # its genitive may itself govern a definite noun; the body's name ends after that.
            ends_body_name = ends_body_name and not _definite_next(view, seg, position)
            bi_domain = bi_domain or (domain and key.startswith("ب"))
            # An indefinite relational adjective (وسائل إعلام سورية) ends the construct.
            # A ل-word is a preposition's phrase, never an adjective: "لدارسي اللغة".
            adjective_ends = (
                position > 1 and not definite and state is None and _is_relational(key) and key[:1] != "ل"
            )
            governs = (
                not ends_body_name
                and not adjective_ends
                and (
                    key == "باسم"
                    or state == "indefinite"
                    or (domain and marbuta and not key.startswith("لل"))  # للديوانة is definite
                    # "لتعليم اللغة العربية"، "لدارسي اللغة": an indefinite ل-noun right before a
                    # definite word is its construct head, and the genitive stays in the title.
                    or (domain and key[:1] == "ل" and not definite and _definite_next(view, seg, position))
                    or (
                        domain and key[:1] == "ب" and not definite and _definite_next(view, seg, position + 1)
                    )
                    or (governs and not definite and state is None and not domain)
                )
            )
            position += 1
            continue
        break
    name = seg[position:]
    genitive = _coordinated_genitive(view, name) if position == coordinated_at else 0
    if genitive:
        # "مدافع منتخب الكاميرون وفريق أرسنال السابق، لوران،": the name follows "former".
        title, name = title + name[:genitive], name[genitive:]
    if seat_from is not None and not _closes_with_name(view, name):
        return title[:seat_from], []
    if seen_nisba and _names_a_body(
        words, bare[title[0]][2:] if has_article(view, title[0]) else bare[title[0]]
    ):
        # "وصفت الوكالة السعودية زيارة …": a body described by its adjective is complete;
        # its own name would come before the adjective (صحيفة نيويورك تايمز الأمريكية).
        return title, []
    # "متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي": the name belongs to the inner title,
    # the source is the spokesman.
    if _spokesman_of_person(view, SpeakerPhrase(title[0], title[-1] + 1, "title")):
        return title, []
    if name and _names_a_place_or_body(view, name[0]) and not _given_name_like_place(view, name):
        # "وزار المتحدث باسم الخارجية موسكو": a place or body after the title is its object;
        # the person's name would be a PER name, not a LOC/ORG one.
        return title, []
    if (
        len(name) > 1
        and view.bare[name[0]][:1] == "ل"
        and _clitic_phrase(view, name[0])
        and has_article(view, name[1])
    ):
        # "المتحدث باسم الوكالة الوطنية لإدارة الكوارث": a ل-phrase in construct is the
        # office's domain, never a name's first word.
        return title + name, []
    if name and _derived_perfect(view, name[0]):
        return title, []  # "خطة الوزيرة تزامنت مع …": the verb of the clause, no name
    if name and owned_noun(view, name[0]):
        return title, []  # "وختم المدرب مؤتمره الصحفي": a name takes no possessive pronoun
    if (
        name
        and has_article(view, title[-1])
        # "وزير الوظيفة المنتهية مهامه X": a participle takes the owned noun as its own subject.
        and not view.bare[title[-1]].startswith("الم")
        and _possessed_after_closed_title(view, name[0], view.tokens[title[0]].text.endswith("ة"))
    ):
        # "وتابع رئيس الوزراء كلامه": a title closed by a definite word governs nothing more,
        # and a noun with a pronoun pointing back to the subject is the verb's object.
        return title, []
    if name and view.keys[name[0]] in QUANTIFIERS and has_article(view, title[-1]):
        # "وطمأن الوزير جميع التونسيين": a definite title is complete (it governs no genitive),
        # and a quantifier opens no name: it heads the verb's object.
        return title, []
    if name and view.tokens[name[0]].text[:2] in ("وأ", "وإ"):
        return title, []  # "النار على المهاجم وأصابوه": و + hamza opens a coordinated word, no name
    if name and bi_adverbial(view, name):
        return title, []  # "وبعث الوزير برسالة رسمية": a ب-phrase, never a nominative name
    # A name ends where a second title begins: "عبدالله الثاني ملك الأردن".
    for k, i in enumerate(name):
        if (
            k > 0
            and _is_title_word(view, i)
            and not _after_name_link(view, name[k - 1])
            and not _honorific_in_name(view, name, k)
        ):
            name = name[:k]
            break
    return title, name


# "Former" and "earlier": adjectives of a post's tenure (names.TENURE_ADJECTIVES, which imports
# this module), agreeing with the title's head, never words of a name.
_FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})


def _coordinated_genitive(view: DocView, rest: list[int]) -> int:
    """How many words after a title's coordinated noun ("… وفريق") are its genitive and the
    title's adjective ("أرسنال السابق"), 0 when none: one or two words without the article,
    then "former", which agrees with the title's head, so the words before it are the title's."""
    for k in (1, 2):
        if k < len(rest) and view.bare[rest[k]] in _FORMER:
            return k + 1 if not any(has_article(view, i) for i in rest[:k]) else 0
    return 0


def _derived_perfect(view: DocView, i: int) -> bool:
    """A perfect of the derived forms تفعّل/تفاعل in the feminine (تزامنت، تواصلت، تمكنت): ت
    before the root and ت after it, a verb by its shape; a name with both is rare."""
    key = view.bare[i]
    return len(key) >= 6 and key[0] == "ت" and key.endswith("ت") and view.mention_label(i) is None


def _definite_body(view: DocView, phrase: SpeakerPhrase) -> str:
    """The head of a phrase without its article, when it has one ("" otherwise)."""
    return view.bare[phrase.first][2:] if has_article(view, phrase.first) else ""


def _joined_body(words: SpeakerWords, key: str) -> bool:
    """A body noun run into its definite genitive without a space ("بوزارةالتربية"): the
    article inside the word shows where the second word began."""
    at = key.find("ال", 3)
    return at > 0 and _names_a_body(words, key[:at]) and len(key) - at > 3


def _li_given_name(view: DocView, seg: list[int], position: int) -> bool:
    """A given name that begins with ل (لطفي، لمياء، لسعد) after a title, not ل + the office's
    domain (لسوريا، لشركة الفسفاط): what is left after ل is no word of the document, no body
    and no feminine noun, and a name's end follows it — a name link (لطفي بن عيسى), or one last
    word before the content: a family name in ـي (لمياء الزريبي) or without the article
    (لطفي زيتون)."""
    i = seg[position]
    key = view.bare[i]
    body = key[1:]
    if view.tokens[i].text.endswith(("ة", "ات")) or view.count(body) > 0 or _names_a_place_or_body(view, i):
        return False
    if _names_a_body(view.words, body) or position + 1 >= len(seg):
        return False
    nxt = seg[position + 1]
    following = view.bare[nxt]
    if following in NAME_LINKS:
        return True
    if position + 2 != len(seg) or view.title_state(following) is not None or _is_stop(view, nxt):
        return False
    if has_article(view, nxt):
        return following.endswith("ي")
    return following[:1] not in "بل"


def _definite_next(view: DocView, seg: list[int], position: int) -> bool:
    """Whether the word after ``seg[position]`` carries the article (so ``seg[position]``,
    indefinite, is a construct head governing it)."""
    return position + 1 < len(seg) and has_article(view, seg[position + 1])


def _apposition_closes(view: DocView, first: int, seg: list[int]) -> bool:
    """Whether the segment after a title's comma may be its apposition. A title a source word
    governs ("X، وفق الوزير، Y") is a phrase inside another sentence: after its comma that
    sentence goes on ("بصعوبة اعتماد …"), so only a segment a second comma closes is a name."""
    source = first > 0 and view.bare[first - 1] in SOURCE_WORDS
    return not source or (seg[-1] + 1 < len(view) and view.is_comma(seg[-1] + 1))


def _closes_with_name(view: DocView, name: list[int]) -> bool:
    """Whether the words after a title chain read as a person's name: a few words, the first
    without the article and neither a cue nor an accusative adverbial."""
    if not name or len(name) > MAX_NAME_AFTER_TITLE or has_article(view, name[0]):
        return False
    first = name[0]
    return view.cues[first] is None and not adverbial_accusative(view, first)


def _in_person_mention(view: DocView, i: int) -> bool:
    found = view.mention_label(i)
    return found is not None and found[0] == "PER"


def _bi_place(view: DocView, i: int) -> bool:
    """Whether word i is ب + a place the earlier stages labelled inside it: "بسوسة" (in Sousse),
    a seat, never a person's name, whose first letter the place mention leaves out."""
    token = view.tokens[i]
    return any(m.label == "LOC" and m.end == token.end for m in view.mentions_from(token.start + 1))


def _names_a_place_or_body(view: DocView, i: int) -> bool:
    """Whether word i lies inside a mention the earlier stages labelled other than PER."""
    found = view.mention_label(i)
    return found is not None and found[0] != "PER"


def _each_of(view: DocView, seg: list[int]) -> SpeakerPhrase | None:
    """كلٌّ من X و Y "both X and Y": two subjects joined by و, the second opening with a detached
    و or with و on a title ("والنائب"), one report for both."""
    for k in range(1, len(seg) - 1):
        key = view.keys[seg[k]]
        detached = key == "و"
        titled = (
            key != view.bare[seg[k]] and key[:1] == "و" and view.title_state(view.bare[seg[k]]) is not None
        )
        if not (detached or titled):
            continue
        one = parse_segment(view, seg[:k])
        # After a detached و the second phrase starts a word later; split_title reads "والنائب"
        # without its و.
        two = parse_segment(view, seg[k + 1 :] if detached else seg[k:])
        if one is None or two is None or one.kind == "anonymous" or two.kind == "anonymous":
            return None
        return SpeakerPhrase(one.start, two.last, "name", None, None, (one, two))
    return None


def _given_name_like_place(view: DocView, name: list[int]) -> bool:
    """A one-word place that a bare family name follows after a title ("مديرة المنظمة سلوى
    غزواني"): a person's given name spelt like a town, since a place object stands alone or
    with its own modifiers, which take the article (a family name may end in ي like one)."""
    if (
        len(name) < 2
        or view.mention_label(name[0]) != ("LOC", True)
        or view.mention_label(name[1]) is not None
    ):
        return False
    key = view.bare[name[1]]
    # "اتهمت … إسرائيل بإطلاق": a clitic preposition opens the verb's complement, no family name.
    return not (
        has_article(view, name[1])
        or _is_stop(view, name[1])
        or key[:1].isdigit()
        or _clitic_phrase(view, name[1])
    )


def _clitic_phrase(view: DocView, i: int) -> bool:
    """Whether a word opens with the clitic ب/ل/ك on a noun: the article after it (بالقرار), a
    verbal noun (بإطلاق، بتطبيق), a noun in ة (بتهمة) or a word the document also writes alone.
    Family names in ب/ل/ك (بارلي، لودريان، كوشنر) are none of these."""
    key = view.bare[i]
    if key[:1] not in "بلك":
        return False
    rest = key[1:]
    return (
        len(rest) < 3
        or rest.startswith("ال")
        or view.tokens[i].text.endswith("ة")
        or _BI_VERBAL_NOUN.match(key) is not None
        or _DERIVED_VERBAL_NOUN.match(rest) is not None
        or view.count(rest) > 0
    )


def _is_relational(key: str) -> bool:
    """A relational adjective (سورية، الروسي، أوروبيين) by its ending."""
    return len(key) > 3 and key.endswith(("ي", "يه", "يين", "يون"))


def _starts_place_or_body(view: DocView, i: int) -> bool:
    """Whether a mention labelled other than PER starts at word i."""
    found = view.mention_label(i)
    return found is not None and found[0] != "PER" and found[1]


def _starts_place(view: DocView, i: int) -> bool:
    """Whether a mention labelled a place starts at word i."""
    found = view.mention_label(i)
    return found is not None and found[0] == "LOC" and found[1]


def _without_article(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


def _name_then_title(view: DocView, seg: list[int]) -> list[int]:
    """A segment that starts with a name: the name, ended by a following title ("قرقاش وزير")."""
    for k, i in enumerate(seg):
        if (
            k > 0
            and _is_title_word(view, i)
            and not _title_word_as_family_name(view, seg, k)
            and not _after_name_link(view, seg[k - 1])
            and not _honorific_in_name(view, seg, k)
        ):
            return seg[:k]
    return seg


# Honorifics that, without the article, are words of a compound name ("شريف شيخ أحمد"،
# "محمد سيد أحمد"): an honorific before a name takes the article (الشيخ، السيد).
NAME_HONORIFICS = frozenset({"شيخ", "سيد"})


def _honorific_in_name(view: DocView, name: list[int], k: int) -> bool:
    """Whether word k, inside a name, is an honorific without the article followed by another
    name word: a post after a name governs a genitive (ملك الأردن) or a ل-phrase, while "شيخ
    أحمد" goes on with a bare given name."""
    if view.bare[name[k]] not in NAME_HONORIFICS or k + 1 >= len(name):
        return False
    nxt = name[k + 1]
    key = view.bare[nxt]
    if not view.is_word(nxt) or has_article(view, nxt) or key[:1] in "لب" or _is_title_word(view, nxt):
        return False
    return not _is_stop(view, nxt) and not _names_a_place_or_body(view, nxt)


def _after_name_link(view: DocView, i: int) -> bool:
    """Whether word i is a link inside a name (بن، آل، عبد): the word after it is the name's
    next part even when it reads as a title ("هاجر بن الشيخ أحمد"، "عبد الملك الحوثي")."""
    return view.bare[i] in NAME_LINKS


def _title_word_as_family_name(view: DocView, seg: list[int], k: int) -> bool:
    """A definite title noun right after a single given name and closing its segment ("شوقي
    الطبيب،"، "محمد القاضي"): a family name, since a post after a name is indefinite and takes
    its genitive ("عبدالله الثاني ملك الأردن") or comes after a comma."""
    i = seg[k]
    return (
        k == 1
        and k == len(seg) - 1
        and has_article(view, i)
        and not has_article(view, seg[0])
        and view.title_state(view.bare[seg[0]]) is None
    )


def _addressee_first(view: DocView, k: int) -> bool:
    """Whether the word right after a verb of saying is ل + an outlet the document also writes
    alone ("وأضاف لبي بي سي"، "وقال لرويترز مسؤول"): whom the source spoke to, never its subject,
    which is nominative. Not لل + the article (a domain), nor a name in ل (لافروف، ليلى) whose
    rest the document does not write alone or is a particle (يلي)."""
    key = view.bare[k]
    if key[:1] != "ل" or key.startswith("لل") or len(key) < 3 or view.keys[k] != key:
        return False
    rest = key[1:]
    if view.words.is_a("stop", rest) or _is_title_word(view, k):
        return False
    # A short outlet (لبي بي سي) may recur; a longer ل-word the document repeats may be a name.
    return view.count(rest) > 0 and (len(key) == 3 or view.count(key) == 1)


def parse_segment(view: DocView, seg: list[int], object_follows: bool = False) -> SpeakerPhrase | None:
    """The source one comma segment names: an anonymous source, a title (with the name after
    it, if any), or a name or description, cut where a predicate or an object begins."""
    words = view.words
    if not seg:
        return None
    if view.bare[seg[0]] in QUANTIFIERS:
        return None
    if _proposition_in_construct(view, seg):
        return None
    first_cue = view.cues[seg[0]]
    if first_cue is not None and first_cue.kind == "verb" and not in_theophoric_name(view, seg[0]):
        # "بدعوة من الرئيس الإيطالي، قال قايد السبسي": a verb opens a clause; a name never
        # starts with one, so the segment is no apposition and no subject.
        return None
    if view.tokens[seg[0]].text[:2] in ("وإ", "وأ") and words.is_a("stop", view.keys[seg[0]][1:]):
        return None  # "وإلى جانب …": و on a preposition, not the title والي its key spells
    before = view.cues[seg[0] - 1] if seg[0] > 0 else None
    if len(seg) > 1 and before is not None and before.kind == "verb" and _addressee_first(view, seg[0]):
        # The subject, if any, follows the addressee: "وقال لرويترز مسؤول أمريكي إن".
        nxt = seg[1]
        if words.is_a("anonymous", view.bare[nxt]) or _is_title_word(view, nxt):
            return parse_segment(view, seg[1:], object_follows)
        return None
    anonymous = words.is_a("anonymous", view.bare[seg[0]])
    whole = seg
    seg = _cut_at_stop(view, seg, anonymous)
    if not seg:
        return None
    if anonymous:
        seg = seg[:MAX_SEGMENT_WORDS]
        return SpeakerPhrase(seg[0], seg[-1] + 1, "anonymous")
    if _is_title_word(view, seg[0]):
        # A title chain may be long (ranks, posts, the body and its domain): the limit is on
        # the name after it, not on the whole phrase.
        title, name = split_title(view, seg[:MAX_TITLE_WORDS])
        # Name links (بن، آل، عبد) join the parts of one name and do not count toward its length.
        if name:  # half the titles the name index reads have no name after them
            linked = sum(1 for k in name[: MAX_NAME_AFTER_TITLE * 2] if view.bare[k] in NAME_LINKS)
            name = name[: MAX_NAME_AFTER_TITLE + min(linked, MAX_NAME_AFTER_TITLE)]
            name = _name_words(view, name, object_follows)
        title_range = (title[0], title[-1] + 1)
        if name:
            name_range = (name[0], name[-1] + 1)
            return SpeakerPhrase(name[0], name[-1] + 1, "name", title_range, name_range)
        if title[-1] == seg[-1] and len(seg) < len(whole) and whole[len(seg) - 1] == seg[-1]:
            named = _name_after_complement(view, whole, len(seg))
            if named is not None:
                return SpeakerPhrase(
                    named[0], named[-1] + 1, "name", (title[0], named[0]), (named[0], named[-1] + 1)
                )
        return SpeakerPhrase(title[0], title[-1] + 1, "title", title_range, None)
    seg = seg[:MAX_SEGMENT_WORDS]
    if len(seg) == 1 and view.bare[seg[0]].endswith(OBJECT_ENDINGS):
        return None  # "أعلن إدانته": a verbal noun with its pronoun is the object
    # The pronoun read on the written word: normalisation turns ة into ه (المادة is no المادّه).
    if not view.tokens[seg[0]].text.endswith("ة") and _verbal_noun_with_pronoun(view.bare[seg[0]]):
        return None  # "وأكد التزامه بالعمل"، "أعلن استعداده لـ": the object, whatever follows it
    after_nisba = _name_after_country_nisba(view, seg, object_follows)
    if after_nisba is not None:
        return after_nisba
    if has_article(view, seg[0]):
        seg = _description(view, seg, object_follows)
    seg = _name_words(view, _name_then_title(view, seg), object_follows)
    return SpeakerPhrase(seg[0], seg[-1] + 1, "name", None, (seg[0], seg[-1] + 1))


@lru_cache(maxsize=1)
def _one_word_places() -> frozenset[str]:
    """The bundled list's one-word place names, normalised (البرتغال، المانيا، مصر); read once,
    this cache is its owner."""
    listed = known_names().by_key.values()
    return frozenset(name.key[0] for name in listed if name.label == "LOC" and len(name.key) == 1)


# How a country's name ends beyond its nisba's root: البرتغال، فرنسا، ألمانيا.
_COUNTRY_ENDINGS = ("", "ا", "يا")


def country_nisba(key: str) -> bool:
    """Whether a definite masculine nisba names a country's people: "البرتغالي" (البرتغال)،
    "الألماني" (ألمانيا)، "المصري" (مصر); not "الهاشمي" or "المكي", given names in ـي."""
    if not key.startswith("ال") or not key.endswith("ي") or len(key) < 6:
        return False
    root = key[2:-1]
    places = _one_word_places()
    return any(head + root + end in places for head in ("", "ال") for end in _COUNTRY_ENDINGS)


def _name_after_country_nisba(view: DocView, seg: list[int], object_follows: bool) -> SpeakerPhrase | None:
    """A country's nisba with the article before a name of two words or more without it ("أكد
    البرتغالي جوزيه مورينيو"، "وقال المصري محمد صلاح") is "the Portuguese", the person the name
    then gives (news so introduces players, coaches and artists); the subject is that name."""
    if len(seg) < 3 or not country_nisba(view.bare[seg[0]]) or view.keys[seg[0]] != view.bare[seg[0]]:
        return None
    for k in seg[1:3]:
        if not view.is_word(k) or has_article(view, k) or view.cues[k] is not None:
            return None
        if view.words.is_a("stop", view.bare[k]) or _is_title_word(view, k) or view.bare[k][:1].isdigit():
            return None
    name = _name_words(view, _name_then_title(view, seg[1:]), object_follows)
    if len(name) < 2:
        return None
    return SpeakerPhrase(name[0], name[-1] + 1, "name", None, (name[0], name[-1] + 1))


# Proposition nouns that are also names ("قال عودة"، "نجاح العطار"، "رضوان زيادة").
_NAMES_AMONG_PROPOSITIONS = frozenset({"عوده", "زياده", "نجاح"})


def _proposition_in_construct(view: DocView, seg: list[int]) -> bool:
    """Whether the segment opens with a noun naming a state of affairs and its definite genitive
    ("وفسر وجود الحجارة بـ"، "وأكد عدم الحاجة"): that is what the source says or explains,
    never the source; the verb's subject is then the dropped pronoun."""
    key = view.bare[seg[0]]
    return (
        len(seg) > 1
        and key in PROPOSITION_NOUNS
        and key not in _NAMES_AMONG_PROPOSITIONS
        and view.keys[seg[0]] == key
        and has_article(view, seg[1])
    )


# Prepositions whose phrase completes a title before the person's name: "القيادي في حركة النهضة
# X"، "السفيرة لدى الأمم المتحدة X"، "المسؤول عن الملف X".
TITLE_COMPLEMENTS = frozenset({"في", "لدي", "عن", "الي", "علي", "من"})
MAX_COMPLEMENT_WORDS = 5


def _name_after_complement(view: DocView, seg: list[int], at: int) -> list[int] | None:
    """The name after a title's prepositional complement ("القيادي في حركة النهضة عبد الوهاب
    معطر"، "السفيرة الأمريكية لدى الأمم المتحدة سامنثا باور"). The complement's noun phrase is
    definite, or a body the earlier stages labelled, and ends at its last definite word: an
    indefinite word after it can be neither its genitive nor its adjective (adjectives agree in
    definiteness), so it opens a constituent of its own, which between the verb and its content
    is the title's name in apposition: a given and a family name at least, all of the words up
    to the content or to a word that stops a subject (في تصريح، يوم، الذي)."""
    if view.bare[seg[at]] not in TITLE_COMPLEMENTS or at + 3 >= len(seg):
        return None
    k = at + 1
    head = seg[k]
    if _is_stop(view, head) or view.cues[head] is not None or view.keys[head][:1].isdigit():
        return None
    if _owned(view, head):
        return None  # "دافع الرسام عن رسمه …"، "في بيانه": a possessed noun is the verb's complement
    labelled = _names_a_place_or_body(view, head)
    definite = has_article(view, head)
    definite_name = False
    k += 1
    while k < len(seg) and k - at <= MAX_COMPLEMENT_WORDS:
        i = seg[k]
        key = view.bare[i]
        if _is_stop(view, i):
            return None  # "في بيانه الذي أصدره": a relative clause, no name
        if _definite_name_after_feminine(view, seg, k):
            definite_name = True
            break
        if has_article(view, i) or key.startswith(("لل", "وال", "بال")):
            definite = True  # "الأمم المتحدة"، "علم السياسة": genitives and adjectives
        elif labelled and _names_a_place_or_body(view, i) and not view.mention_label(i)[1]:
            pass  # the rest of a labelled body's name: "حركة نداء تونس"
        else:
            break
        k += 1
    if not (definite or labelled) or k >= len(seg):
        return None
    if any(_is_title_word(view, i) or _is_title_word_after_li(view, i) for i in seg[at + 1 : k]):
        return None  # "عن رسمه للاعبة التنس سيرينا ويليامز": the name is the inner title's
    if k == at + 2 and has_article(view, head) and _is_relational(view.bare[head]):
        return None  # "فريق الدفاع عن الفرنسية ميلينا …": a nisba alone is a person, whose name it is
    name = []
    for i in seg[k:]:
        if _is_stop(view, i):
            break
        name.append(i)
    if not 2 <= len(name) <= MAX_NAME_AFTER_TITLE:
        return None
    if not definite_name and not _closes_with_name(view, name):
        return None
    if any(
        _is_title_word(view, i)
        or view.cues[i] is not None
        or view.keys[i][:1].isdigit()
        or _names_a_place_or_body(view, i)
        or _owned(view, i, single=False)  # a name may end in ه (طه، أوليفييه), not in ها/هم
        for i in name
    ):
        return None
    words = view.words
    if any(_accusative_noun(view, i) for i in name):
        return None  # "بدأ تحقيقا": an indefinite accusative is an object, no name
    in_person = any(_in_person_mention(view, i) for i in name)
    if not in_person and sum(view.tokens[i].text.endswith("ا") for i in name) > 1:
        return None  # "سجالا ونقاشا عاصفا": accusatives in a row, unless labelled a person
    first = view.bare[name[0]]
    if first in PROPOSITION_NOUNS or any(
        words.is_a(kind, first) for kind in ("document", "institution", "media", "anonymous")
    ):
        return None  # "وأكد الوزير في المقابل ضرورة …"، "نتائج الانتخابات": the verb's object
    if first[:1] in "بلك" and has_article(view, name[1]) and not view.bare[name[1]].endswith("ي"):
        return None  # "بطب الأطفال": ب + a noun and its genitive is one more prepositional phrase
    if _verbal_noun_with_pronoun(first) or _derived_perfect(view, name[0]):
        return None  # "أكد الوزير في الندوة تمسكه بـ": a noun with its owner is the object
    # Every word up to the stop is the name, or the words before an addressee (لمحطة، لصحيفة): a
    # word the name parser leaves out is otherwise an object.
    kept = _name_words(view, name)
    if kept != name and (len(kept) < 2 or view.bare[name[len(kept)]][:1] not in "لب"):
        return None
    return kept


def _definite_name_after_feminine(view: DocView, seg: list[int], k: int) -> bool:
    """Whether word k opens a definite name after a body in ة ("القيادي في حركة النهضة العجمي
    الوريمي"): a masculine nisba after a feminine noun cannot be its adjective (adjectives agree
    in gender), nor a genitive (a genitive is no nisba), so a family name in ـي begins there,
    with a second definite word in ـي after it."""
    if k + 1 >= len(seg) or not has_article(view, seg[k]) or not has_article(view, seg[k + 1]):
        return False
    before = view.tokens[seg[k - 1]].text
    if not before.endswith("ة") or view.title_state(view.bare[seg[k - 1]]) is not None:
        return False
    return all(
        view.bare[i].endswith("ي")
        and not view.tokens[i].text.endswith("ة")
        and view.title_state(view.bare[i]) is None
        for i in (seg[k], seg[k + 1])
    )


def _accusative_noun(view: DocView, i: int) -> bool:
    """A noun in the indefinite accusative written with its alef (تحقيقا، سجالا، ونقاشا) that
    the document also writes without it (تحقيق، التحقيق): foreign names end in ا too (سامنثا،
    فرانسوا), but their stem is no word of the text."""
    key = view.bare[i]
    if key[:1] == "و" and len(key) > 4 and view.keys[i] != key:
        key = key[1:]
    if not view.tokens[i].text.endswith("ا") or len(key) < 5 or has_article(view, i):
        return False
    stem = key[:-1]
    return view.count(stem) > 0 or view.count("ال" + stem) > 0


_POSSESSIVES = ("هما", "هم", "ها", "ه")


def owned_noun(view: DocView, i: int) -> bool:
    """A common noun with a possessive pronoun (مؤتمره، انخراطها، رحيله): never a word of a
    name, so after a subject it is the verb's object. A name may end in ه (شبانه، ريكسنجه), so
    a bare ه needs the noun shown: an occasion of speech (مؤتمره، كلمته) or a stem the document
    writes without the pronoun (الرحيل); a noun pattern is no proof (اندراده reads as انفعال)."""
    key = view.bare[i]
    if not key.endswith(_POSSESSIVES):
        return False  # most words: no pronoun ending at all
    if key[:1] == "و" or view.tokens[i].text.endswith("ة") or key.endswith(("الله", "يه")):
        return False  # و on it may coordinate ("سانت أونجي وزملاؤها"); ة is no pronoun
    if view.cues[i] is not None:
        return False  # "مشبها"، "منوها": a participle in the accusative, its root ending in ه
    suffix = next((s for s in _POSSESSIVES if key.endswith(s)), "")
    stem = key[: -len(suffix)] if suffix else ""
    if len(stem) < 3 or view.title_state(key) is not None:
        return False  # "زميله"، "نظيره": a title with its owner is a source
    if len(suffix) > 1:
        return True
    # ة is written ت before the pronoun: كلمته … كلمة.
    alone = stem[:-1] + "ه" if stem.endswith("ت") else stem
    return (
        alone in _OCCASION_STEMS
        or alone in SPEECH_OCCASIONS
        or view.count(alone) > 0
        or view.count("ال" + alone) > 0
    )


MIN_POSSESSED_STEM = 3


def _possessed_after_closed_title(view: DocView, i: int, feminine: bool) -> bool:
    """A noun with a possessive pronoun (كلامه، جولتها، أنصارهم) right after a complete title:
    no name, whose first word is a given name. The pronoun points back to the subject, so it
    agrees with the title in gender: "المتحدثة … ساره" is a name spelt with ه for ة, not "her
    walk". Given names that end in a root ه have the pattern فعيل (نزيه، وجيه, ي before the ه)
    or are short (طه)."""
    surface = view.tokens[i].text
    key = view.bare[i]
    if surface.endswith("ة") or view.title_state(key) is not None or view.cues[i] is not None:
        return False
    if key.endswith("الله"):
        return False  # عبدالله، نصرالله: a theophoric name, its ه the root of الله
    suffix = next((s for s in _POSSESSIVES if key.endswith(s)), "")
    if suffix == ("ه" if feminine else "ها"):
        return False  # "his" after a feminine subject, "her" after a masculine one: no agreement
    stem = key[: -len(suffix)] if suffix else ""
    return len(stem) >= MIN_POSSESSED_STEM and not stem.endswith(("ي", "ا", "و")) and key[:1] not in "وف"


def _construct_head(view: DocView, name: list[int], k: int) -> bool:
    """Whether name word k may be a common noun governing the next word ("داغ سبب انخراطها"),
    not a name's last word before the object ("تيريزا ماي حكومتها"، "كامبريدج أناليتيكا
    إغلاقها"): no ة (an adjective may stand before a relative verb: "دراسة حديثة أجرتها"), no
    foreign ending in ا or و, not inside a name the earlier stages found, and not written after
    the same word elsewhere in the document, as a name's parts are. A word with the article
    governs nothing: a construct head is indefinite in form ("مقتدى الصدر أنصاره")."""
    i = name[k]
    key = view.bare[i]
    if (
        has_article(view, i)
        or view.tokens[i].text.endswith("ة")
        or key.endswith(("ا", "و"))
        or view.mention_label(i) is not None
    ):
        return False
    keys = view.keys
    before = keys[name[k - 1]]
    at = -1
    for _ in range(view.count(keys[i])):
        at = keys.index(keys[i], at + 1)
        if at != i and at > 0 and keys[at - 1] == before:
            return False
    return True


def _owned(view: DocView, i: int, single: bool = True) -> bool:
    """A noun with a possessive pronoun (بيانه، رسمها، تصريحاتهم; not the ة of جمعية, read ه)."""
    key = view.bare[i]
    if view.tokens[i].text.endswith("ة") or key.endswith("الله"):  # عبدالله، نصرالله
        return False
    return len(key) > 4 and key.endswith(("ه", "ها", "هم", "هما") if single else ("ها", "هم", "هما"))


def _is_title_word_after_li(view: DocView, i: int) -> bool:
    key = view.bare[i]
    rest = key[2:] if key.startswith("لل") else key[1:] if key[:1] in "لب" else ""
    return bool(rest) and view.title_state(rest) is not None


# Verbal nouns of the derived forms by their pattern, before a possessive pronoun: إفعال
# (إعلان)، افتعال (التزام، اعتبار)، انفعال (انسحاب)، استفعال (استعداد)، تفعيل (تأكيد).
_VERBAL_NOUN = re.compile(r"^(?:ا..ا.|ا.ت.ا.|ان..ا.|است..ا.|ت..ي.)(?:هما|هم|هن|ها|ه)$")


# ب + an indefinite derived verbal noun is an adverbial of manner: بإسهاب، باختصار، بانتظام.
_BI_VERBAL_NOUN = re.compile(r"^ب(?:ا..ا.|ا.ت.ا.|ان..ا.|است..ا.)$")


def _verbal_noun_with_pronoun(key: str) -> bool:
    """Whether a normalised word is a derived verbal noun carrying a possessive pronoun
    ("التزامه"، "تأكيده"): it has an owner, so it is an object, never the subject."""
    return _VERBAL_NOUN.match(key) is not None


def has_article(view: DocView, i: int) -> bool:
    """Whether word i carries the article ال: written without hamza, unlike the أل that begins
    foreign names (أليكساي، ألكسندر)."""
    # Read once a word (view.WordFeatures): the bare key starts with ال, and so does the
    # surface once a و/ف the bare key dropped is left out.
    return bool(view.flags[i] & ARTICLE)


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


def _plural_after_singular(view: DocView, head: int, i: int) -> bool:
    """Whether word i is a plural in ات right after a singular head noun: an adjective agrees
    with its noun in number, so the plural is none of the head's ("السائق التحديات"); and it
    is no genitive after a definite head, which governs none. The verb's object begins there."""
    return view.tokens[i].text.endswith("ات") and not view.tokens[head].text.endswith(("ات", "ة"))


def _description(view: DocView, seg: list[int], object_follows: bool = False) -> list[int]:
    """A definite noun with its adjectives: adjectives agree in definiteness, so the phrase ends
    at an indefinite word ("وأكد البيان استمرار المهام"). Right after the noun any definite
    word is an adjective (البيت الأبيض، القوات المسلحة); after a relational adjective in ـي a
    definite word that is not one opens the object ("أعلن الإنتربول السعودي القبض على …").
    ل-phrases (لدعم الشرعية) complete the noun. Before a verb's object (حمّل X المسؤولية،
    وصف X بأنه) a definite word that is no adjective by its pattern is that object ("حمّل
    السبسي الحركة المسؤولية")."""
    kept = [seg[0]]
    seen_nisba = False
    genitive_next = False  # after an indefinite ل-noun: "المرصد السوري لحقوق الإنسان"
    for i in seg[1:]:
        key = view.bare[i]
        nisba = key.startswith("ال") and key.endswith(("ي", "يه", "يين", "يون"))
        participle = key.startswith(("الم", "الت"))
        adjective = key.startswith("ال") and (nisba or participle or not seen_nisba or genitive_next)
        li_noun = key.startswith("ل") and not key.startswith("لل") and len(kept) > 1
        if (
            object_follows
            and has_article(view, i)
            and (not _adjective_like(key) or _oblique_plural(view, seg[0], i))
        ):
            break
        if len(kept) == 1 and has_article(view, i) and _plural_after_singular(view, seg[0], i):
            break  # "وشرح السائق التحديات التي …": the object, see _plural_after_singular
        if adjective or key.startswith("لل") or li_noun:
            kept.append(i)
            seen_nisba = (seen_nisba or nisba) and not genitive_next
            genitive_next = li_noun and len(key) > 3
            continue
        break
    return kept


def _oblique_plural(view: DocView, head: int, i: int) -> bool:
    """Whether word i, right after the definite head of a verb's subject, is a sound masculine
    plural in ين: a subject is nominative, so its plural adjective would end in ون; in ين the
    word is accusative, the object that follows the subject ("ودعا الولباني المترشحين إلى").
    A plural head is left: in ين itself (المحتجين الغاضبين, as the press often writes the
    subject) or a broken plural in ة (القضاة المتعهدين)."""
    text = view.tokens[i].text
    return (
        len(text) > 5 and text.endswith("ين") and not view.tokens[head].text.endswith(("ين", "ون", "ات", "ة"))
    )


def _name_words(view: DocView, name: list[int], object_follows: bool = False) -> list[int]:
    """Where a name ends when a verb's object may follow it without a comma.

    After a verb that takes an object before its content (وصف X بأنه، اتهم X بـ) the object
    starts at a definite word ("ووصف ترامب الاتفاق بأنه") or at a construct noun ("واتهم
    يلدريم حزب العمال بـ"), except after the name links عبد، بن، أبو (عبد الفتاح). Elsewhere a
    definite word is a family name (عادل الجبير، سعد الحريري). A name cut short is found
    whole again by the name index.
    """
    if len(name) < 2:
        return name  # every test below asks of a word after the first
    words = view.words
    # A body's name is a construct ("جهاز الأمن الداخلي") and a description carries its own
    # adjectives: the article there does not start an object.
    construct_head = words.is_a("institution", view.bare[name[0]]) or has_article(view, name[0])
    closed = False  # a construct chain ends at its first definite noun; adjectives may follow
    # The first word is never cut: no test below ends the name before it (each asks k > 0), so
    # the reading starts at the second.
    for k in range(1, len(name)):
        i = name[k]
        key = view.bare[i]
        if k > 0 and key in GOD_NAMES:
            continue  # the second half of a theophoric name: نصر الله، عبد الله
        linked = k > 0 and view.bare[name[k - 1]] in NAME_LINKS
        if (
            k == 1
            and has_article(view, name[0])
            and has_article(view, i)
            and _plural_after_singular(view, name[0], i)
        ):
            # "وشرح السائق التحديات": a definite head takes no definite genitive, and a plural in
            # ات agrees with no singular head as its adjective: the verb's object begins.
            return name[:1]
        if construct_head and k > 0 and has_article(view, i):
            if closed and not _adjective_like(key):
                return name[:k]  # "ووصف مجلس حقوق الإنسان القرار بأنه": the object
            closed = True
        elif construct_head and k > 0 and key[:1] == "ل" and len(key) > 3:
            closed = False  # "المرصد السوري لحقوق الإنسان": a ل-genitive opens a new chain
        if object_follows and k > 0 and not linked and key not in NAME_LINKS and not construct_head:
            construct = k + 1 < len(name) and view.bare[name[k + 1]].startswith("ال")
            # A nisba right after a first name is the family name (طارق الفتيتي، عادل الجبير
            # stay whole): an object is a noun, which would follow the whole name.
            family = k == 1 and has_article(view, i) and key.endswith("ي") and not has_article(view, name[0])
            # "دعا مقتدى الصدر أنصاره": a noun with its pronoun next is the object, so the definite
            # word before it still belongs to the name (a verb takes one object before its content).
            family = family or (
                k == 1 and k + 1 < len(name) and has_article(view, i) and owned_noun(view, name[k + 1])
            )
            if not family and (has_article(view, i) or construct):
                return name[:k]
        # A third word in ة is a noun after the name ("وصف دونالد ترامب قوة الدولار"), and so
        # is a ب-word in ة ("ورد ترامب بتغريدة").
        # Two name words then a definite noun: "قرار دونالد ترمب الانسحاب" (a family name
        # after two names is rare, and family names in ي stay: أبو بكر البغدادي).
        # Not after a body's head: its construct ends in a definite noun ("مركز حقوق الإنسان").
        if (
            k > 1
            and has_article(view, i)
            and not key.endswith(("ي", "يه"))
            and not linked
            and not construct_head
        ):
            return name[:k]
        # "اتهمت وسائل إعلام سورية إسرائيل بـ": a relational adjective completes the noun
        # phrase, so a place or body named right after it is the verb's object.
        if k > 0 and _is_relational(view.bare[name[k - 1]]) and _starts_place_or_body(view, i):
            return name[:k]
        # "ودعا أبو الغيط طهران إلى": before a verb's object, a place right after the name is
        # that object; a name does not run on into a country or a city (a body's head, as in
        # "منظمة هيومن رايتس ووتش", is followed by its own name).
        if object_follows and k > 0 and not linked and not construct_head and _starts_place(view, i):
            return name[:k]
        # "ماتيكس-كريمر لرويترز": ل/ب before a word the document also writes alone is a
        # preposition, while لافروف or بيشور are names.
        if k > 0 and key[:1] in "لب" and len(key) > 3 and view.count(key[1:]) > 0:
            return name[:k]
        # "وأضاف بومبيو متحدثا في …": a participle in the accusative after the name is its
        # circumstance ("speaking"), even one that is also a title noun.
        if k > 0 and not linked and accusative_participle(view.tokens[i].text):
            return name[:k]
        # "وقال جونسون لبي بي سي": a short outlet name, the preposition on its first letters.
        if k > 0 and key[:1] == "ل" and len(key) == 3 and view.count(key[1:]) > 0:
            return name[:k]
        # "وشرحت داغ سبب انخراطها"، "أعلن ترامب سروره": a noun with its possessive pronoun, or
        # the construct noun that governs one, begins the verb's object. Not a word in ة: an
        # adjective may stand before a relative verb with its object ("دراسة حديثة أجرتها").
        if not linked and (
            owned_noun(view, i)
            or (k + 1 < len(name) and owned_noun(view, name[k + 1]) and _construct_head(view, name, k))
        ):
            return name[:k]
        if k == 2 and view.bare[name[0]] == _FAMILY_LINK:
            # "وانتقد آل الشيخ تعامل …": a family name "آل X" that opens the phrase is complete
            # (a given name would stand before it), so the word after it begins the object.
            return name[:k]
        # "طه بوحافظ لراديو فرنسي": ل + an outlet is whom the source spoke to.
        if k > 0 and key[:1] == "ل" and (words.is_a("media", key[1:]) or key[1:] in _ADDRESSEES):
            return name[:k]
        # A noun that heads the reported proposition ("أكد محمد صلاح عدم وجود …") or the verb's
        # object, a quantifier opening an apposition ("أندرو بريمبرغ أحد مستشاري …") or ب + a
        # verbal noun of the derived forms ("بتطبيق") begins a phrase of its own, never a word
        # of a name.
        if (
            not linked
            and (
                (k > 1 and key in PROPOSITION_NOUNS)
                # "انتقد بنيامين نتنياهو تعليق عباس": after a given and a family name, a verbal
                # noun of the form تفعيل is the verb's object.
                or (k > 1 and _DERIVED_VERBAL_NOUN.match(key) is not None and not has_article(view, i))
                or (k > 0 and view.keys[i] in _NAME_ENDING_QUANTIFIERS)  # واحد is no و + أحد
                or (k > 0 and key[:1] == "ب" and _DERIVED_VERBAL_NOUN.match(key[1:]) is not None)
            )
        ):
            return name[:k]
        # ة, not the ه of شاه or الله; adjectives with the article (المالية) are no break.
        marbuta = view.tokens[i].text.endswith("ة") and not has_article(view, i)
        # Maghreb family names in بو- (بوجرة، بوزيد) are not ب + a noun: the noun would be
        # written alone somewhere in the document.
        if marbuta and key.startswith("بو") and view.count(key[1:]) == 0:
            marbuta = k > 1
        # A third word in ات is a plural noun too: "وتجاهل دونالد ترامب مناشدات الحلفاء", and
        # one with a possessive pronoun is a noun owned by someone ("جيمس ماتيس جولته").
        plural = (
            k > 1
            and not linked
            and not has_article(view, i)
            and (view.tokens[i].text.endswith("ات") or key.endswith(OBJECT_ENDINGS))
        )
        if linked:
            marbuta = False  # after بن/أبو a family name may end in ة: "طارق بن جازية"
        if plural or (k > 1 and marbuta) or (k > 0 and (key.startswith("ب") or object_follows) and marbuta):
            return name[:k]
    return name


_NAME_ENDING_QUANTIFIERS = frozenset({"احد", "احدي", "بعض"})
_FAMILY_LINK = "ال"  # آل "the family of", once normalised
# Verbal nouns of the form تفعيل (تطبيق، تمديد), after ب a manner or a complement.
_DERIVED_VERBAL_NOUN = re.compile(r"^ت..ي.$")

# Outlets a source speaks to that the media nouns do not cover ("لراديو").
_ADDRESSEES = frozenset({"راديو", "اذاعه", "تلفزيون"})


def _after_verb_of_saying(view: DocView, i: int) -> bool:
    """Whether word i follows a verb of saying directly, where its subject would stand (VSO)."""
    found = view.cues[i - 1] if i > 0 and view.is_word(i - 1) else None
    return found is not None and found.kind == "verb"


def bi_adverbial(view: DocView, seg: list[int]) -> bool:
    """Whether a segment opens with a prepositional phrase on the clitic ب, never a subject (a
    subject is nominative): ب + the article (بالمناسبة), ب + a noun with its pronoun (بكونه،
    بوصفه), ب + a demonstrative or quantifier (بذلك، بكل), ب + a word the document also writes
    without it (بمدنين … مدنين), or ب + a noun in ة and its adjective in ة (بنبرة حادة). Names in
    ب (بوريس، بشار، بثينة شعبان) are none of these."""
    i = seg[0]
    key = view.bare[i]
    if key[:1] != "ب" or len(key) < 3 or view.keys[i] != key or view.title_state(key) is not None:
        return False
    rest = key[1:]
    if rest in DEMONSTRATIVES or rest in QUANTIFIERS:
        return True
    # بكونه، بوصفه، بصفته: a short noun with its pronoun (a name in -يه, بارنييه, is no such).
    owned = 3 < len(rest) <= 5 and rest.endswith(("ه", "ها", "هم")) and not rest.endswith("يه")
    if owned and not view.tokens[i].text.endswith("ة"):
        return True
    # The document writes the word without ب (بالفصل … الفصل، بمدنين … مدنين), which it
    # would not for a name that begins with ب (بالادينو، بوتين).
    if view.mention_label(i) is not None:
        return False  # "بيونغ يانغ": a place or a person the earlier stages labelled
    if len(rest) > 2 and (view.count(rest) > 0 or (rest.startswith("ال") and view.count(rest[2:]) > 0)):
        return True
    return (
        len(seg) > 1
        and view.tokens[i].text.endswith("ة")
        and view.tokens[seg[1]].text.endswith("ة")
        and not has_article(view, seg[1])
        and view.mention_label(i) is None
    )


def parse_speaker(view: DocView, first: int, last: int, object_follows: bool = False) -> SpeakerPhrase | None:
    """The source named in tokens [first, last) after a verb (VSO) or verbal noun.

    The first comma segment is the subject; when it is a bare title and the next segment is
    a name in apposition, the name is the speaker. Remembered for the document
    (:attr:`DocView.speaker_phrases`): the answer depends on the view and the arguments alone.
    """
    known = view.speaker_phrases
    key = (first, last, object_follows)
    if key in known:
        return known[key]  # type: ignore[return-value]
    phrase = known[key] = _parse_speaker(view, first, last, object_follows)
    return phrase


def _parse_speaker(view: DocView, first: int, last: int, object_follows: bool) -> SpeakerPhrase | None:
    """:func:`parse_speaker`, read anew."""
    words = view.words
    groups = segments(view, first, last)
    if not groups:
        return None
    if _after_verb_of_saying(view, groups[0][0]) and bi_adverbial(view, groups[0]):
        # "فقال بكل وضوح إن"، "مثلما صرح بذلك وزير الداخلية": a prepositional phrase, and the
        # subject, if any, is the title after it.
        after = next((k for k in groups[0][1:] if _is_title_word(view, k)), None)
        return None if after is None else parse_speaker(view, after, last, object_follows)
    if view.bare[groups[0][0]] in ADVERB_PRONOUNS:
        # "وقفة احتجاجية، تعهدت خلالها السلط المحلية بـ…": an adverb with its pronoun may come
        # between the verb and its subject; "أشار خلالها إلى أن" has none after it.
        if len(groups[0]) < 2 or bi_adverbial(view, groups[0][1:]):
            return None  # "وتحدث خلاله بشكل معلن عن …": a manner adverbial, no subject
        return parse_speaker(view, groups[0][1], last, object_follows)
    if len(groups[0]) > 3 and view.bare[groups[0][0]] == "كل" and view.bare[groups[0][1]] == "من":
        return _each_of(view, groups[0][2:])
    head = parse_segment(view, groups[0], object_follows)
    if head is None:
        return None
    body_head = head.last - head.first == 1 and _names_a_body(words, view.bare[head.first])
    # A title chain may end in a domain phrase the segment parser stops at ("المستشار المكلف
    # بالنقابات بوزارة …، المولدي الزواوي،") or in the name of the body it serves ("القيادية
    # بحزب آفاق تونس، ريم محجوب"): the comma still closes the title, and the name follows.
    chain_end = head.last
    titled = False
    if _domain_read_as_name(view, head, groups[0]):
        chain_end = groups[0][-1] + 1
        titled = True
    elif head.kind == "title" or (head.kind == "name" and _name_of_domain_body(view, head)):
        rest = [k for k in groups[0] if k >= head.last]
        domain = _body_named_in_domain(view, rest) or _body_named_after(view, head, rest)
        if _possessed_in(view, rest):
            pass  # "الرئيس التركي حول تصوراته …، قضت": a pronoun points outside: no title's domain
        elif all(_extends_title(view, k) for k in rest) or (head.kind == "title" and domain):
            chain_end = groups[0][-1] + 1
            titled = True
    nxt = 1
    if (
        head.kind == "title"
        and head.last == groups[0][-1] + 1
        and len(groups) > 2
        # "صحيفة "نيويورك تايمز"": an outlet's own name in quotes is the apposition read below.
        and not _names_a_body(words, view.bare[head.first])
        and not _names_a_body(words, _definite_body(view, head))
    ):
        # "رئيسة «يوتيوب» التنفيذية، سوزان وجسيكي"، "مدير "هيت راديو"، يونس بومهدي": the body a
        # title governs may be named in quotation marks, its adjectives after them; the comma
        # still closes the chain, and the person's name follows.
        quoted = _quoted_genitive(view, head, groups)
        if quoted:
            chain_end = groups[quoted - 1][-1] + 1
            if view.is_mark(chain_end):
                chain_end += 1
            titled = True
            nxt = quoted
    after_chain = nxt
    # Coordinated titles of one person: "الباحث …، ورئيس قسم …، محمد البحيري".
    while nxt + 1 < len(groups) and (
        _coordinated_title(view, groups[nxt][0]) or (titled and _accredited_to(view, groups[nxt]))
    ):
        nxt += 1
    quoted_name = len(groups) > nxt and _quoted_name_closes(view, chain_end, groups[nxt])
    if (
        (titled or body_head)
        and len(groups) > nxt
        and _only_commas_between(
            view,
            chain_end if nxt == after_chain else groups[nxt - 1][-1] + 1,
            groups[nxt],
            # "القناة الرسمية "ارت 1"": a definite outlet too may have its name in quotes after.
            _names_a_body(words, view.bare[head.first])
            or _names_a_body(words, _definite_body(view, head))
            or quoted_name,
            # A person's full name in quotes may be longer than an outlet's.
            MAX_NAME_AFTER_TITLE + 1 if quoted_name else 4,
        )
        and not _spokesman_of_person(view, head)
    ):
        apposition = parse_segment(view, groups[nxt])
        if (
            apposition is not None
            and apposition.kind == "name"
            and (apposition.title is None or _honorific_before_name(view, apposition))
            # "وأفاد المقدم الوسلاتي، بأنه تم …": after the comma the content begins.
            and view.bare[apposition.first] not in COMPLEMENTIZERS
            and _apposition_closes(view, first, groups[nxt])
            and not (titled and view.keys[apposition.first] != view.bare[apposition.first])
            and not definite_verbal_noun(view, apposition.first)
            and not _body_after_post(view, head, apposition)
            and not _definite_word_runs_on(view, apposition)
            and view.cues[apposition.first] is None  # "…، مشيرا إلى": a participle of saying
        ):
            return SpeakerPhrase(
                apposition.first,
                apposition.last,
                "name",
                (head.start, chain_end) if titled else head.title or (head.first, head.last),
                (apposition.first, apposition.last),
            )
    tagged = _hashtag_name(view, head)
    if tagged is not None:
        return tagged
    if head.kind == "anonymous" and len(groups) > 1:
        named = _named_description(view, groups[0][-1] + 1, head, groups[1])
        if named is not None:
            return named
    return head


# Ranks and honorifics that stand right before a person's name, inside the name's own phrase:
# "وزير الخارجية البحريني، الشيخ خالد بن أحمد،"، "…، الدكتور طارق شوقي،"، "…، المقدم ريك
# فرانكونا،". Written with the article, they are the name's apposition, never a post with a domain.
HONORIFICS = frozenset(
    {
        "الشيخ",
        "الشيخه",
        "الدكتور",
        "الدكتوره",
        "السيد",
        "السيده",
        "الاستاذ",
        "الاستاذه",
        "البروفيسور",
        "الامير",
        "الاميره",
        "الجنرال",
        "المشير",
        "الفريق",
        "اللواء",
        "العميد",
        "العقيد",
        "المقدم",
        "الرائد",
        "النقيب",
        "الملازم",
        "الكولونيل",
        "الادميرال",
        "الحاخام",
        "الكاردينال",
        "المطران",
        "القس",
        "المهندس",
    }
)


_DUAL_RELATIVES = frozenset({"اللذان", "اللتان"})  # the nominative duals RELATIVES leaves out


def _definite_word_runs_on(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether an apposition after a title's comma is no name: a prepositional phrase with the
    article (بالمبادرة), or one word with the article that the clause runs on after ("وسلطت
    رئيسة المنظمة …، الضوء خلال الندوة على …"). A family name alone is set off by a comma or
    runs into the complementizer ("…، الجملي، إن"), or the document names the person by it
    again, or it has a family name's nisba ending; a common noun said once, before a preposition
    or adverb, is the verb's object."""
    if view.bare[phrase.first].startswith(("بال", "لل")) and not _in_person_mention(view, phrase.first):
        return True  # "رحب الوزير البريطاني، بالمبادرة": a prepositional phrase, no name
    if has_li_proclitic(view, phrase.first) or _addressed_outlet(view, phrase.first):
        return True  # "قال مصدر بالشرطة، لرويترز، إن": whom it was said to
    if phrase.last != phrase.first + 1 or not has_article(view, phrase.first):
        return False
    key = view.keys[phrase.first]
    if key.endswith("ي") or view.count(key) > 1:
        return False
    if view.bare[phrase.first] in RELATIVES or view.bare[phrase.first] in _DUAL_RELATIVES:
        return True  # "ويشير الكاتبان، اللذان سبق لهما …": a relative clause, no name
    after = phrase.last
    # "…، الضوء خلال الندوة": a preposition or adverb after the word goes on with the clause;
    # a given name with the article goes on with the rest of the name ("…، المنصف بن عبد …").
    return after < len(view) and view.is_word(after) and _is_stop(view, after)


def _addressed_outlet(view: DocView, i: int) -> bool:
    """ل + a word the earlier stages label a body: "لرويترز"، "لفرانس برس"."""
    if view.bare[i][:1] != "ل" or view.bare[i].startswith("لل"):
        return False
    token = view.tokens[i]
    return any(m.label == "ORG" and m.end >= token.end for m in view.mentions_from(token.start + 1))


def _honorific_before_name(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a name phrase's title is one honorific or rank right before a name of two words
    at least ("الشيخ خالد بن أحمد"): after a title's comma that is the title's name in
    apposition, as a bare name is."""
    if phrase.title is None or phrase.name is None:
        return False
    first, last = phrase.title
    if last - first != 1 or view.bare[first] not in HONORIFICS or phrase.name[0] != last:
        return False
    return sum(1 for k in range(*phrase.name) if view.is_word(k)) >= 2


def _body_after_post(view: DocView, head: SpeakerPhrase, apposition: SpeakerPhrase) -> bool:
    """Whether a person's post is followed, after its comma, by a definite body: "ودعت الرئيسة
    المديرة العامة لأندا، البنك المركزي التونسي إلى …". A post stands in apposition with its
    holder's name, never with an institution, which is the verb's object."""
    if head.kind != "title" or _names_a_body(view.words, _without_article(view.bare[head.first])):
        return False
    first = apposition.first
    return has_article(view, first) and view.words.is_a("institution", _without_article(view.bare[first]))


def _hashtag_name(view: DocView, head: SpeakerPhrase) -> SpeakerPhrase | None:
    """A person's name written as a hashtag right after a complete title: "قال وزير الدفاع
    الأميركي #جيمس_ماتيس إن". The title ends in a definite word (so it governs no genitive:
    "وزير خارجية #السعودية" names the country), the tag joins a given and a family name
    without the article, and the content or a comma follows it."""
    if head.kind != "title" or not has_article(view, head.last - 1):
        return None
    tag, name = head.last, head.last + 1
    if name + 1 >= len(view) or view.tokens[tag].text != "#" or not view.is_word(name):
        return None
    parts = view.tokens[name].text.split("_")
    if len(parts) < 2 or any(not part or part.startswith("ال") for part in parts):
        return None
    after = name + 1
    if not (view.is_comma(after) or view.bare[after] in COMPLEMENTIZERS):
        return None
    return SpeakerPhrase(name, name + 1, "name", (head.first, head.last), (name, name + 1))


def _quoted_name_closes(view: DocView, chain_end: int, group: list[int]) -> bool:
    """Whether a quoted group right after a closed title is the person's name: 'الناشر الإسباني
    "X"، إنه'. The title ends in a definite word, so it governs no genitive ("زعيم جماعة "أنصار
    الله"" names a group), and a comma or complementizer after the marks opens the content."""
    opening = group[0] - 1
    if chain_end != opening or opening not in view.open_close or not has_article(view, chain_end - 1):
        return False
    close = view.open_close[opening]
    if close is None or close + 1 >= len(view):
        return False
    return view.is_comma(close + 1) or view.bare[close + 1] in COMPLEMENTIZERS


# The pronoun of identity that opens an apposition naming a description ("مسؤولة، هي X").
_IDENTITY_PRONOUNS = frozenset({"هو", "هي"})


def _named_description(
    view: DocView, end: int, head: SpeakerPhrase, group: list[int]
) -> SpeakerPhrase | None:
    """The person an anonymous description names in apposition: "أحد أصدقائه، المغربي عادل
    التريسي،"، "مسؤولة من الوزارة، هي سلمى الورتاني". The name must stand alone between commas
    (a second comma closes it) or follow the pronoun of identity; an adjective of origin before
    it describes the same person."""
    between = range(end, group[0])
    if not between or not all(view.is_comma(k) for k in between):
        return None
    words = list(group)
    identity = view.bare[words[0]] in _IDENTITY_PRONOUNS
    closed = words[-1] + 1 < len(view) and view.is_comma(words[-1] + 1)
    if not (identity or closed):
        return None
    if identity:
        words = words[1:]
    if len(words) > 1 and has_article(view, words[0]) and view.keys[words[0]].endswith(("ي", "يه")):
        words = words[1:]
    phrase = parse_segment(view, words)
    if phrase is None or phrase.kind != "name" or phrase.title is not None:
        return None
    name = list(range(phrase.first, phrase.last))
    if not _closes_with_name(view, name) or view.bare[phrase.first] in COMPLEMENTIZERS:
        return None
    if len(name) == 1 and view.bare[phrase.first][:1] == "ل":
        return None  # "قال مصدر بالشرطة، لرويترز، إن": ل + one word is whom it was said to
    if not identity and phrase.last != words[-1] + 1:
        return None  # the whole segment between the commas is the name, or it is no apposition
    return SpeakerPhrase(
        phrase.first, phrase.last, "name", (head.first, head.last), (phrase.first, phrase.last)
    )


def accusative_plural(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a definite phrase right after a verb is in the sound plural's accusative/genitive
    -ين with relational adjectives in -يين ("ودعا الفاعلين الاقتصاديين الإيطاليين إلى"): a
    subject there would be nominative (-ون، -يون), so the phrase is the verb's object. Names
    in -ين (الكرملين، الحسين) take no adjective in -يين."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if not words or phrase.title is not None or not has_article(view, words[0]):
        return False
    head = view.bare[words[0]]
    return (
        head.endswith("ين")
        and len(head) - 4 >= 4
        and any(has_article(view, k) and view.bare[k].endswith("يين") for k in words)
    )


def definite_verbal_noun(view: DocView, i: int) -> bool:
    """A definite verbal noun by its pattern (الإمضاء، الاعتراف، الاستقبال، التفعيل): an event,
    never a person's name, so after a title's comma it opens the sentence that goes on ("وفق
    ما أكده رئيس الهيئة، الإمضاء على …")."""
    if not has_article(view, i):
        return False
    body = view.bare[i][2:]
    if body.endswith(("ي", "يه")) or view.words.is_a("institution", body):
        return False
    if body.startswith("ا") and 5 <= len(body) <= 7:
        return body[-2] == "ا"
    return body.startswith("ت") and len(body) == 5 and body[-2] == "ي"


def _extends_title(view: DocView, i: int) -> bool:
    """A word that can go on a title's noun phrase: a preposition and its noun, a definite or
    coordinated noun, a genitive in ب/ل — not a verb, whose prefix ي/ت/ن or missing article
    would show."""
    key = view.bare[i]
    # A participle's complement ("المسؤول عن سلامة النظم"): the noun right after a preposition
    # is its genitive, never a verb, article or not.
    after_preposition = i > 0 and view.is_word(i - 1) and view.bare[i - 1] in _CHAIN_PREPOSITIONS
    return (
        key in _CHAIN_PREPOSITIONS
        or after_preposition
        or key.startswith(("ال", "بال", "لل", "وال", "ب", "ل"))
        or (view.title_state(key) is not None)
    )


_CHAIN_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "حول"})


def _possessed_in(view: DocView, words: list[int]) -> bool:
    """Whether one of the words carries a possessive pronoun (تصوراته، حكومتها): it refers to
    someone named before, so the words are a clause's complement, not the domain of a post."""
    bare, tokens = view.bare, view.tokens
    owned = [k for k in words if bare[k].endswith(_POSSESSIVES) and len(bare[k]) > 4]
    return any(not tokens[k].text.endswith("ة") for k in owned)


def _body_named_after(view: DocView, head: SpeakerPhrase, rest: list[int]) -> bool:
    """Whether the words after a title up to its comma name the body its last word is: "مدير
    الكرة بنادي مانشستر سيتي، تكسيكي بغيريستين". A ب/ل-word on an indefinite body noun is in
    construct with the body's own name, a few words that are no stop, cue or title."""
    last = view.bare[head.last - 1]
    if not rest or rest[0] != head.last or last[:1] not in "بل" or len(last) < 4 or last[1:3] == "ال":
        return False
    if not _names_a_body(view.words, last[1:]):
        return False
    return len(rest) <= MAX_BODY_NAME_WORDS and not any(
        has_article(view, k) or _is_stop(view, k) or view.cues[k] is not None or _is_title_word(view, k)
        for k in rest
    )


MAX_QUOTED_GENITIVE = 4


def _quoted_genitive(view: DocView, head: SpeakerPhrase, groups: list[list[int]]) -> int:
    """The index of the first group after a body name in quotation marks that a title's last
    word governs ("مديرة "دبي كانفس""، "رئيسة «يوتيوب» التنفيذية"), when a comma follows the
    name and its definite adjectives; else 0. A word with the article governs no genitive, so
    the title must end in an indefinite noun ("الناشر الإسباني "X"" is _quoted_name_closes')."""
    if has_article(view, head.last - 1) or view.bare[head.last - 1].startswith("لل"):
        return 0
    inner = groups[1]
    opening = inner[0] - 1
    if opening != head.last or view.open_close.get(opening) != inner[-1] + 1:
        return 0
    if len(inner) > MAX_QUOTED_GENITIVE:
        return 0
    k = 2
    # Definite adjectives right after the closing mark: "«يوتيوب» التنفيذية".
    while k < len(groups) and groups[k][0] == groups[k - 1][-1] + 2 and k == 2:
        if not all(has_article(view, j) and _adjective_like(view.bare[j]) for j in groups[k]):
            break
        k += 1
    end = groups[k - 1][-1] + 1
    if view.is_mark(end) and k == 2:
        end += 1
    return k if k < len(groups) and view.is_comma(end) else 0


def _domain_read_as_name(view: DocView, head: SpeakerPhrase, group: list[int]) -> bool:
    """Whether the "name" after a title is a chain of ب-phrases, the office's seat: "الأستاذة
    الجامعية بقسم العربية بكلية الآداب بجامعة منوبة". ب on an indefinite noun before a definite
    genitive, then the next ب-phrase, is no person's name (بشار الأسد is one word and a family name)."""
    if head.kind != "name" or head.title is None or head.name is None:
        return False
    first = head.name[0]
    seat = [k for k in group if k >= first]
    if len(seat) < 4 or not _bi_construct(view, seat[0]) or not has_article(view, seat[1]):
        return False
    phrases = 0
    position = 0
    while position < len(seat):
        # A ب-phrase: ب + an indefinite noun, its genitive (a definite noun or a place name), and
        # the definite words coordinated with or agreeing with it ("بكلية الآداب والفنون").
        if not _bi_construct(view, seat[position]) or position + 1 >= len(seat):
            return False
        genitive = seat[position + 1]
        if _is_stop(view, genitive) or view.cues[genitive] is not None:
            return False
        position += 2
        while position < len(seat) and view.keys[seat[position]].startswith(("ال", "وال")):
            position += 1
        phrases += 1
    return phrases >= 2


def _bi_construct(view: DocView, k: int) -> bool:
    """ب on an indefinite noun (بقسم، بكلية، بجامعة): the head of a prepositional phrase in construct."""
    key = view.bare[k]
    return key[:1] == "ب" and len(key) >= 4 and not has_article(view, k) and view.cues[k] is None


def _coordinated_title(view: DocView, i: int) -> bool:
    """و + a title noun opening a comma group: a second post of the same person."""
    key = view.keys[i]
    return key[:1] == "و" and view.title_state(key[1:]) is not None


def _name_of_domain_body(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the "name" after a title is the body of its ب/ل-domain ("القيادية بحزب آفاق
    تونس") or the genitive of a body noun in construct ("المتحدث باسم مجلس سوريا
    الديمقراطية"): the title's last word is ب/ل + a body noun, or a body noun without the
    article, which governs the name of the body."""
    if phrase.title is None:
        return False
    last_word = phrase.title[1] - 1
    last = view.bare[last_word]
    if last[:1] in "بل" and len(last) > 3 and _names_a_body(view.words, _without_article(last[1:])):
        return True
    return (
        phrase.title[1] - phrase.title[0] > 1
        and not has_article(view, last_word)
        and view.words.is_a("institution", last)
    )


MAX_BODY_NAME_WORDS = 3


def _body_named_in_domain(view: DocView, rest: list[int]) -> bool:
    """Whether the words after a title up to its comma are its domain: a preposition and a body
    or outlet noun in construct with its own name ("القيادي في حزب نداء تونس، خميس قسيلة"،
    "الخبير العسكري لدى شبكة CNN، المقدم ريك فرانكونا"). An
    indefinite body noun governs the name after it, so the chain is complete at the comma."""
    if len(rest) < 3 or (
        view.bare[rest[0]] not in _CHAIN_PREPOSITIONS and view.bare[rest[0]] not in _ACCREDITED
    ):
        return False
    body, name = rest[1], rest[2:]
    if has_article(view, body) or not _names_a_body(view.words, view.bare[body]):
        return False
    return len(name) <= MAX_BODY_NAME_WORDS and not any(
        _is_stop(view, k) or view.cues[k] is not None or _is_title_word(view, k) for k in name
    )


# The preposition that completes an envoy's title with the body he is accredited to ("السفيرة
# الأمريكية، لدى الأمم المتحدة، نيكي هيلي،"): set off by commas, it is still the title.
_ACCREDITED = frozenset({"لدي"})


def _accredited_to(view: DocView, group: list[int]) -> bool:
    """A comma group "لدى + a definite noun phrase or an outlet" right after a title."""
    if len(group) < 2 or len(group) > 5 or view.bare[group[0]] not in _ACCREDITED:
        return False
    if view.words.is_a("media", view.bare[group[1]]) and len(group) <= 4:
        return True  # "لدى شبكة CNN": an outlet and its name
    return all(has_article(view, k) or view.bare[k].startswith("لل") for k in group[1:])


def _names_a_body(words: SpeakerWords, key: str) -> bool:
    """An outlet or body whose own name may follow in quotation marks: قناة "الإخبارية"."""
    return words.is_a("media", key) or words.is_a("institution", key) or words.is_a("namer", key)


def _spokesman_of_person(view: DocView, phrase: SpeakerPhrase) -> bool:
    """ "متحدث باسم رئيسة الوزراء": a name after it is the inner title's, not the speaker's.
    Only a title that is باسم's own genitive owns the name: in "الناطق باسم وزارة الدفاع
    المقدم X" the rank after the completed body is the spokesman's own, in apposition."""
    keys = view.bare[phrase.first : phrase.last]
    if "باسم" not in keys:
        return False
    inner = keys[keys.index("باسم") + 1 : keys.index("باسم") + 2]
    # "المتحدث باسم الوكالة الحكومية سوتو نوغروهو": a body has no personal name; the name is
    # the spokesman's own.
    return any(
        view.title_state(k) is not None and not _names_a_body(view.words, _without_article(k)) for k in inner
    )


def _only_commas_between(
    view: DocView, first: int, group: list[int], outlet: bool, longest_quote: int = 4
) -> bool:
    """Whether only an apposition's commas separate a title from the next group, or, after an
    outlet (قناة، صحيفة), quotation marks around its short name ("قناة "الإخبارية""). A
    quoted name after a person's title names something else: "زعيم جماعة "أنصار الله"."""
    between = range(first, group[0])
    # A hashtag may mark the name: "رئيسة الحكومة البريطانية، #تيريزا_ماي".
    hashtag = group[0] - 1 if view.tokens[group[0] - 1].text == "#" else None
    if not between or not all(view.is_comma(k) or view.is_mark(k) or k == hashtag for k in between):
        return False
    if any(view.is_comma(k) for k in between):
        return True
    if not outlet:
        return False
    opening = group[0] - 1
    if opening not in view.open_close:
        return False
    close = view.open_close[opening]
    # A closed short quote, or an unclosed mark before a short group (a name left open).
    return (close - opening <= longest_quote) if close is not None else len(group) <= 4


def relative_antecedent(view: DocView, relative: int) -> SpeakerPhrase | None:
    """The noun a relative pronoun refers to: "الزعيم الكوري الشمالي الذي رحب …"."""
    end = relative
    i = relative - 1
    if i >= 0 and view.is_comma(i):
        end, i = i, i - 1
    start = end
    after_verb = False
    while i >= 0 and end - i <= MAX_SEGMENT_WORDS:
        if not view.is_word(i) or _is_stop(view, i) or view.bare[i] in CLAUSE_OPENERS:
            break
        if conjoined_verb(view.tokens[i].text):
            after_verb = True  # "وستمانع إسرائيل التي تتهم": the noun phrase begins after its verb
            break
        start = i
        i -= 1
    if start >= end:
        return None
    # The noun phrase may follow other words ("تحولت لهجة الرئيس الأمريكي دونالد ترامب الذي"):
    # it starts at its title when there is one, else it is the last few words.
    titles = [k for k in range(start, end) if view.is_word(k) and _is_title_word(view, k)]
    if titles:
        start = titles[0]
    elif end - start > 3:
        start = end - 3
    phrase = parse_speaker(view, start, end)
    # An object noun ("نداء إلى سكان البصرة التي …", "الحكومة المقبلة التي …") is no source:
    # keep titles, anonymous sources and names without the article.
    if phrase is None:
        return None
    if phrase.kind == "name" and phrase.title is None and not (after_verb and phrase.start == start):
        # Right after its verb the noun is that verb's subject ("ووافقت المرأة التي قالت"), one
        # who acts and may speak, not an object noun.
        head = end - 1
        while head > start and has_article(view, head) and _adjective_like(view.bare[head]):
            head -= 1  # "الحكومة المقبلة التي": the antecedent is the noun before its adjectives
        if phrase.last - phrase.first == 1 and _family_nisba(view, phrase.first):
            return phrase  # "وفق الدهماني الذي بيّن أن": a family name, not an object noun
        if has_article(view, head) or has_article(view, phrase.first) or phrase.last - phrase.first > 3:
            return None
    return phrase


# Letters after which a future س is followed by the person prefix of an imperfect (سيعلن، ستمانع).
_FUTURE_PERSONS = "يتن"
MIN_FUTURE_VERB = 5  # س + prefix + a three-letter root at least: ستمانع, not the name سيم


def conjoined_verb(surface: str) -> bool:
    """Whether a word is و/ف + a verb: an imperfect (ويؤكد)، a future (وستمانع، فسيعلن) or a
    perfect in ـت (وأرفقت), not a plural in ـات. A conjunction joins clauses, and a verb opens
    its own, so no noun phrase runs back across it; names with و (واشنطن، وليد) take none of
    these shapes."""
    if surface[:1] not in "وف" or len(surface) < 4:
        return False
    rest = surface[1:]
    future = rest[:1] == "س" and rest[1:2] in _FUTURE_PERSONS and len(rest) >= MIN_FUTURE_VERB
    # A plural in ات (وشهادات) ends in ت too: a coordinated noun, no verb.
    return future or rest[0] == "ي" or (rest.endswith("ت") and not rest.endswith("ات"))


def _family_nisba(view: DocView, i: int) -> bool:
    """A definite word in ـي that the document also writes right after a given name ("إياد
    الدهماني" … "الدهماني"): a family name, which no common noun is."""
    key = view.keys[i]
    if not has_article(view, i) or not key.endswith("ي"):
        return False
    for k, other in enumerate(view.keys):
        if other != key or k == 0 or k == i or not view.is_word(k - 1):
            continue
        before = view.bare[k - 1]
        if (
            not has_article(view, k - 1)
            and view.keys[k - 1] == before
            and view.title_state(before) is None
            and not view.words.is_a("stop", before)
            and view.cues[k - 1] is None
        ) or compound_given_name_ends(view, k - 1):
            return True
    return False


COMPOUND_NAME_HEADS = frozenset({"عبد", "ابو", "ابي"})


def compound_given_name_ends(view: DocView, k: int) -> bool:
    """Whether word k is the definite second half of a compound given name (عبد العزيز، أبو
    القاسم): the family name after it is a name's, though the word before it has the article."""
    return (
        k >= 1
        and view.is_word(k)
        and view.is_word(k - 1)
        and has_article(view, k)
        and view.bare[k - 1] in COMPOUND_NAME_HEADS
    )


MAX_TOPIC_WORDS = 20  # a topic may be a long title chain and its name


def topic_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """أمّا X فـ: the fronted topic is the subject of the verb its ف answer opens ("أما رئيس
    اللجنة بدر الدين عبد الكافي فقد أبرز أن …"، "أما الوزيرة فأكدت أن …")."""
    fa = cue
    if view.tokens[cue].text[:1] != "ف":
        fa = cue - 1
        if fa < 0 or view.bare[fa] != "فقد":
            return None
    sentence_first, _ = view.sentence_range(cue)
    for k in range(fa - 1, max(sentence_first, fa - MAX_TOPIC_WORDS) - 1, -1):
        if not view.is_word(k) and not view.is_comma(k):
            return None
        if view.bare[k] == "اما":
            if k + 1 >= fa:
                return None
            phrase = parse_speaker(view, k + 1, fa)
            return phrase if phrase is not None and phrase.start == k + 1 else None
        if view.cues[k] is not None:
            return None
    return None


def _prepositional_opener(view: DocView, i: int) -> bool:
    """Whether word i is a clitic preposition (بـ، لـ، كـ, after و/ف or not) on a demonstrative
    or a definite noun: "وبهذا الصدد"، "بالمقابل"، "كذلك". A subject is nominative and never
    follows a preposition."""
    key = view.keys[i]
    if key[:1] in "وف" and len(key) > 3 and key[1] in "بلك":
        key = key[1:]
    if key[:1] not in "بلك":
        return False
    rest = key[1:]
    # ب/ل/ك + a word the document also writes alone ("عن مباراة … بمباراة قال إنها"): a
    # preposition's phrase; names beginning with these letters (بيتر، لورا) leave no such word.
    return (
        rest in DEMONSTRATIVES
        or (rest.startswith("ال") and len(rest) > 4)
        or (len(rest) > 3 and view.count(rest) > 0 and view.title_state(rest) is None)
    )


def preposed_subject(view: DocView, cue: int, object_suffix: bool = False) -> SpeakerPhrase | None:
    """The subject before a verb without a conjunction (SVO): "وكان ترامب قد طالب", "كييف تعلن".

    The words between the clause start (sentence start, a clause opener such as كان/أن/قد, or
    a punctuation mark other than a comma) and the verb must form a short noun phrase, with at
    most one apposition ("رئيس الوزراء الأرمني، نيكول باشينيان، أعلن").
    """
    topic = topic_subject(view, cue)
    if topic is not None:
        return topic
    if view.keys[cue] != view.bare[cue]:
        return None  # وقال / فأكد open their own clause: the subject follows them
    if cue > 0 and view.bare[cue - 1] in RELATIVES:
        # "ترامب الذي أعلن" takes the antecedent; "الحلفاء الذين اتهمهم" has it as object.
        return None if object_suffix else relative_antecedent(view, cue - 1)
    if cue + 1 < len(view) and view.keys[cue + 1] in SPEECH_PRONOUNS:
        return None  # "كلمة … هدد فيها": a relative clause on a noun, its subject dropped
    return (
        _fronted_noun_phrase(view, cue)
        or _subject_before_relative(view, cue)
        or _subject_before_parenthesis(view, cue)
        or _subject_filling_clause(view, cue)
    )


MAX_PARENTHESIS_WORDS = 12  # "، الذي كان يتحدث في لقاء مع CNN بالعربية،"
MAX_FRONTED_TITLE_WORDS = 14  # a title chain with its seats: "المحاضر في علم … في جامعة …"


# Words that end a relative clause before the verb after them or open another clause: "الذي زار
# المدينة، ثم قال"، "الذي قال إنه …، بينما أكد".
# The particle قد and its compounds, always followed by a verb: "فقد اعترف"، "وقد تضمن".
_QAD = frozenset({"قد", "فقد", "وقد", "لقد"})
_PRONOUN_RELATIVES = frozenset({"من", "ما"})  # "whoever", "what": relatives with no antecedent
MIN_PLURAL_BODY = 6  # a sound plural's stem and ending: باحثون, not the place البحرين
MAX_ANTECEDENT_WORDS = 5  # "لكن الطبيب ساندوس بادمانابان الذي …": a title and a name
MAX_OPEN_RELATIVE_WORDS = 8  # a relative clause not closed by a comma: "الذي قاد فريق الدراسة"
_CLAUSE_ENDS = frozenset(
    {"ثم", "بينما", "فيما", "لكن", "لكنه", "لكنها", "اذ", "اذا", "حيث", "عندما", "بعدما"}
)


def _subject_before_relative(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject put before its verb with a relative clause on it between them, set off by
    commas or not: "الرميحي، الذي كان يتحدث …، قال"، "لكن الطبيب X الذي قاد فريق الدراسة قال"،
    "المنظمة التي مقرها لندن دعت". The noun phrase must open its clause (sentence start, لكن،
    إن، a comma): after a preposition or a verb it is their genitive or object ("وفي ختام
    اللقاء مع السفير، الذي …، قال"), and the verb's subject is dropped. A complementizer inside
    the relative clause ("الذي رفض أن يقول"، "الذي قال إنه …") puts the cue in a subordinate
    clause of its own."""
    found = view.cues[cue]
    key = view.bare[cue]
    if found is None or (key[:1] in "يت" and not key.startswith(lemma_key(found.lemma))):
        # The perfect only (قال، قالت، دعت; تحدث is its lemma): an imperfect after a relative is often the
        # passive "is considered" ("معدل الإنتاجية الذي …، يعتبر الأقل"), which has no speaker.
        return None
    sentence_first, _ = view.sentence_range(cue)
    k = cue - 1
    if k < sentence_first or view.bare[k] in _PRONOUN_RELATIVES:
        return None  # "كل من يتهم"، "ما يقول": the verb is that relative's own
    closed = view.is_comma(k)  # a relative clause set off by a comma may be longer
    if closed:
        k -= 1
    reach = MAX_PARENTHESIS_WORDS if closed else MAX_OPEN_RELATIVE_WORDS
    relative = -1
    while k >= sentence_first and cue - k <= reach:
        if not view.is_word(k):
            return None
        if view.bare[k] in RELATIVES and view.keys[k] == view.bare[k]:
            relative = k
            break
        if (
            view.bare[k] in COMPLEMENTIZERS
            or view.bare[k] in _CLAUSE_ENDS
            or (view.keys[k] in _QAD and view.keys[k] != "قد")  # "وكان X الذي … قد أكد" stays
        ):
            return None
        k -= 1
    if relative < 0 or relative >= cue - 1:
        return None
    end = relative - 1 if relative > 0 and view.is_comma(relative - 1) else relative
    m = end - 1
    while m >= sentence_first and end - m <= MAX_ANTECEDENT_WORDS and view.is_word(m):
        if view.bare[m] in CLAUSE_OPENERS or view.keys[m] in MAIN_CLAUSE_OPENERS:
            break
        if _is_stop(view, m) or view.cues[m] is not None or conjoined_verb(view.tokens[m].text):
            return None
        m -= 1
    start = m + 1
    if start >= end or not _opens_clause(view, start, sentence_first) or _prepositional_opener(view, start):
        return None
    if start > sentence_first and view.keys[start - 1] in _QAD:
        return None  # "وقد تضمن الرسم الذي …": قد is followed by a verb, no noun phrase
    phrase = parse_speaker(view, start, end)
    if phrase is None or phrase.start != start:
        return None
    if phrase.kind == "name" and phrase.title is None and has_article(view, phrase.first):
        # "وأن معدل الإنتاجية الذي …، يعتبر": a definite common noun before a relative clause is
        # a thing described; only people (الباحثون), a titled one or a body (المنظمة) speak.
        head = view.bare[phrase.first][2:]
        people = head.endswith(("ون", "ين")) and len(head) >= MIN_PLURAL_BODY  # الباحثون، المحتجين
        if not (people or view.words.is_a("institution", head) or view.words.is_a("media", head)):
            return None
    return phrase


def _subject_before_parenthesis(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject put before its verb with a name in apposition between them, set off by
    commas, after a title chain that opens the clause ("لكن المحاضر في علم النفس …، بيتر
    إيتشلز، قال"): a verb with no conjunction right after the closing comma has the titled name
    as its subject."""
    close = cue - 1
    if close < 1 or not view.is_comma(close):
        return None
    sentence_first, _ = view.sentence_range(cue)
    k = close - 1
    while k >= sentence_first and view.is_word(k) and close - k <= MAX_PARENTHESIS_WORDS:
        k -= 1
    if k < sentence_first or not view.is_comma(k) or k + 1 >= close:
        return None
    opening = k
    first = opening + 1
    if close - first > MAX_NAME_AFTER_TITLE or any(view.cues[m] is not None for m in range(first, close)):
        return None
    name = parse_segment(view, list(range(first, close)))
    if name is None or name.kind != "name" or name.title is not None or name.last != close:
        return None
    # The title chain runs back from the opening comma to the start of its clause.
    m = opening - 1
    while m >= sentence_first and view.is_word(m) and opening - m <= MAX_FRONTED_TITLE_WORDS:
        if view.keys[m] in MAIN_CLAUSE_OPENERS or view.bare[m] in CLAUSE_OPENERS or view.cues[m] is not None:
            break
        m -= 1
    start = m + 1
    if start >= opening or not _opens_clause(view, start, sentence_first):
        return None
    if not (
        _is_title_word(view, start) or (has_article(view, start) and view.keys[start] == view.bare[start])
    ):
        return None  # "وفي مؤتمر صحفي، …،": a fronted adverbial, no title the name explains
    return SpeakerPhrase(first, close, "name", (start, opening), (first, close))


def _opens_clause(view: DocView, k: int, sentence_first: int) -> bool:
    """Whether a noun phrase at token k opens its clause, as a fronted subject does: it starts
    the sentence or follows a conjunction that opens a main clause (لكن، إلا أن) or a comma,
    not a preposition or a verb, whose object or genitive it would be."""
    before = k - 1
    if before < sentence_first or view.is_comma(before):
        return True
    return view.is_word(before) and (
        view.keys[before] in MAIN_CLAUSE_OPENERS or view.keys[before] in _THAT_OPENERS
    )


# The particle إنّ/أنّ that puts its noun first ("فإن القوات …"، "إلا أن لوريمان …"), not بأنّ
# after a noun ("إقرار … بأن سوريا"), whose clause belongs to that noun.
_THAT_OPENERS = frozenset({"ان", "فان", "وان"})


def _fronted_noun_phrase(view: DocView, cue: int) -> SpeakerPhrase | None:
    """:func:`preposed_subject` for a short noun phrase right before the verb."""
    words = view.words
    sentence_first, _ = view.sentence_range(cue)
    i = cue - 1
    if i >= sentence_first and words.is_a("anonymous", view.keys[i]) and not has_article(view, i):
        # "وسط تقارير قالت إن …": an indefinite noun takes its relative clause without الذي,
        # so the verb right after it describes it and it is the subject.
        return SpeakerPhrase(i, i + 1, "anonymous")
    if i >= sentence_first and view.bare[i] == "قد":
        i -= 1
    if i > sentence_first and view.keys[i] in AUXILIARIES and (view.is_word(i - 1) or view.is_comma(i - 1)):
        i -= 1  # "آن ليندي، كانت أعلنت": the subject stands before the auxiliary كان
        if view.bare[i] == "قد":
            i -= 1
    end = i + 1
    count = 0
    while i >= sentence_first:
        token = view.tokens[i].text
        if view.is_word(i):
            if view.bare[i] in CLAUSE_OPENERS or view.keys[i] in CLAUSE_OPENERS:
                break
            if _is_stop(view, i) or words.is_a("time", view.bare[i]):
                return None
            if view.cues[i] is not None:
                return None  # another verb of saying: "ورد ترامب بتغريدة كتب فيها"
            count += 1
            if count > MAX_SUBJECT_WORDS:
                return None
        elif not (view.is_comma(i) or view.is_mark(i)) and token not in "-–/":
            # A slash joins two spellings of one word ("مارس/آذار"), it opens no clause.
            break
        i -= 1
    start = i + 1
    if _verb_clause_opener(view, i):
        return None  # "وبعد أن التقى الوزير نظيره، أكد": the words open the subordinate clause
    if i >= sentence_first and view.is_word(i) and view.bare[i] in RELATIVES:
        return None  # "السفير، الذي زار المدينة، قال": the words are the relative clause's own
    groups = segments(view, start, end)
    if not groups or len(groups) > 2:
        return None
    if any(view.is_word(k) and view.bare[k][:1].isdigit() for k in range(start, end)):
        return None
    first_word = groups[0][0]
    if _prepositional_opener(view, first_word):
        return None  # "وبهذا الصدد قال الدكتور": a fronted adverbial, the subject follows the verb
    if conjoined_verb(view.tokens[first_word].text):
        # "وأرفقت كامبل رابطا لمقال يقترح أن"، "ويمكن …": و + a verb (imperfect ي…, perfect
        # …ت) opens a clause, no subject; names like واشنطن do not look like that.
        return None
    return parse_speaker(view, start, end)


def _subject_filling_clause(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject of a verb with no conjunction when one noun phrase fills every word between
    the opening of its clause (the sentence start, لكن، إلا أن) and the verb: "إلا أن القائد العام
    للوحدات الكردية سيبان حمو قال"، "لكن العديد من المصادر الأمنية أكدت". A verb that does not
    open its clause continues no one: the words before it are its subject, however long the title
    chain (its genitives لل/من are what stops :func:`_fronted_noun_phrase`)."""
    sentence_first, _ = view.sentence_range(cue)
    k = cue - 1
    while k >= sentence_first and cue - k <= MAX_FRONTED_TITLE_WORDS:
        if not (view.is_word(k) or view.is_comma(k)):
            return None
        if view.is_word(k) and (view.keys[k] in MAIN_CLAUSE_OPENERS or view.keys[k] in _THAT_OPENERS):
            break
        if view.is_word(k) and (
            view.cues[k] is not None or view.bare[k] in RELATIVES or view.bare[k] in CLAUSE_OPENERS
        ):
            return None  # "لكنها قالت": the pronoun is the subject, and it goes on with someone
        k -= 1
    start = k + 1
    if start >= cue or not _opens_clause(view, start, sentence_first):
        return None
    if _prepositional_opener(view, start) or conjoined_verb(view.tokens[start].text):
        return None
    if any(view.keys[m] in _QAD or view.keys[m] in AUXILIARIES for m in range(start, cue)):
        return None  # "وقد اعتبرت دمشق"، "فقد قال المحلل": قد and كان come before a verb-first clause
    if start > sentence_first and view.keys[start - 1] in _THAT_OPENERS and view.keys[start - 1] == "ان":
        # A bare أنّ opens a subject only after "but" (إلا أن، غير أن) or at its clause's start;
        # after a verb ("وأكد أن الرئيس قال") the clause is that verb's reported words.
        before = start - 2
        if before < sentence_first or view.bare[before] not in ("الا", "غير"):
            return None
    end = cue - 1 if view.is_comma(cue - 1) else cue
    phrase = parse_speaker(view, start, end)
    if phrase is None or phrase.start != start or phrase.last != end:
        return None
    return phrase


# Subordinators that a verb follows, never a noun: عندما، بعدما، and أنْ after بعد/قبل/منذ (the
# particle that makes a verbal noun of its clause, unlike أنّ after رغم or مع, which a noun follows).
VERB_SUBORDINATORS = frozenset({"عندما", "حينما", "بعدما", "لما", "كلما"})
VERB_AN_HEADS = frozenset({"بعد", "قبل", "منذ"})


def _verb_clause_opener(view: DocView, i: int) -> bool:
    """Whether word i opens a subordinate clause whose first word is its verb, so that the words
    after it, up to the main verb, are that clause and hold no subject of the main verb."""
    if i < 0 or not view.is_word(i):
        return False
    if view.bare[i] in VERB_SUBORDINATORS:
        return True
    return view.keys[i] == "ان" and i > 0 and view.is_word(i - 1) and view.bare[i - 1] in VERB_AN_HEADS
