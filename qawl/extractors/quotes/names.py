"""Who a speaker is: the fullest name the document gives for a name, title or entity.

"باشينيان" becomes "نيكول باشينيان" when the document spells the full name somewhere; a bare
title ("رئيس الوزراء الأرمني") becomes the name it stands next to elsewhere in the document
("رئيس الوزراء الأرمني نيكول باشنيان", or the apposition "…، نيكول باشينيان،"). When the
document spells one name two ways, the spelling it uses most wins.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import filterfalse

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel

from qawl.arabic import FATHATAN, normalize, skeleton
from qawl.document import Document, Entity, Span
from qawl.extractors.ner_spans import given_names
from qawl.extractors.quotes.abbreviations import (
    DOCTOR,
    abbreviated_title,
    abbreviation_end,
    abbreviation_start,
)
from qawl.extractors.quotes.lexicon import CueLexicon
from qawl.extractors.quotes.name_ends import (
    REGNAL_ORDINALS,
    adjective_like,
    bi_on_owned_noun,
    closed_name,
    outlet_addressee,
)
from qawl.extractors.quotes.noun_patterns import object_noun, verbal_noun
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.predicates import predicate_after_pronoun
from qawl.extractors.quotes.segments import parse_segment, segments
from qawl.extractors.quotes.speakers import HONORIFICS, parse_speaker
from qawl.extractors.quotes.stops import (
    PRONOUN_YA_KEYS,
    has_article,
    in_theophoric_name,
    maqsura_name,
    may_name,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    ARTICLE_GIVEN_NAMES,
    BOND_NOUNS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    COPULAS,
    EXPANSION_STOPS,
    GOD_NAMES,
    INDEPENDENT_PRONOUNS,
    NAME_LINKS,
    OFFICE_SYNONYMS,
    PAST_AUXILIARIES,
    POSSESSIVE_ENDINGS,
    POST_DOMAIN_SYNONYMS,
    POST_HEAD_SYNONYMS,
    POST_WORD_SYNONYMS,
    PREPOSITION_PRONOUNS,
    RELATIVES,
    SENTENCE_ADVERBS,
    SOURCE_CARRIERS,
    STATEMENT_NOUNS,
    derived_imperfect,
)

# Indefinite verbal nouns of the derived forms II and X (تفعيل: ترشيح، تأكيد؛ استفعال: استجواب),
# which govern a name as their genitive ("ترشيح كافانو") and open no person's name.
_GOVERNING_VERBAL_NOUN = re.compile(r"^(?:ت..ي.|است..ا.)$")
# A run of letters and digits (\w without _): the words between runs of any other characters.
_WORD_RUN = re.compile(r"[^\W_]+")
# A bare key that may be ل/ب on a title (NameIndex._li_titles): the preposition and four more.
# The keys li_title and _construct_title_after_preposition read: ل or ب, five letters at least.
_LI_LETTERS = "لب"
_LI_LENGTH = 5
TITLE_WINDOW = 12
# Tokens read after a title for the holder it is paired with: a long post, its seat and a rank
# before the name in apposition ("المتحدث الرسمي باسم قوات التحالف … في اليمن، العقيد الركن X").
TITLE_PAIRING_WINDOW = 16
TITLE_SEARCH = 200  # title-name pairings looked at on each side
SPELLING_SIMILARITY = 85  # rapidfuzz ratio: باشنيان/باشينيان 93, ديلوار/دولار 73
MAX_NAME_WORDS = 4
MIN_FAMILY_NAME = 5  # letters of a family name in ـي whose article may come and go (غزواني)
MAX_EXPANSION_WORDS = 7
MIN_PREPOSED_NOUN = 5  # letters of ل/ب + a noun in ة inside a description: لسياسه
EXPANSION_REACH = 3000  # tokens looked back for the full name of "المنظمة"
# Quantifiers that stand for people with the article ("البعض"، "الكل"), no body's head noun.
_QUANTIFIERS = frozenset({"بعض", "كل"})
# "son of", "daughter of" inside a person's name: محمد بن نواف، فاطمة بنت علي.
_SON_OF = frozenset({"بن", "ابن", "بنت"})
# The first word of a compound name whose second word is never a title: عبد + a divine name
# ("عبد الملك"), أبو/أم + the kunya's noun ("أبو القمصان"، "أم الخير").
_NAME_HEADS = frozenset({"عبد", "ابو", "ابي", "ابا", "ام"})
# Classes of the speaker words that no word of a person's name belongs to.
_NO_NAME_KINDS = ("stop", "time", "institution", "media")
# Words before a place's name that say it is a place: prepositions of place and direction, and
# the nouns of a town or province ("مدينة الزبير"); a family name is not written after them.
_PLACE_PREPOSITIONS = frozenset(
    {"في", "من", "الي", "داخل", "قرب", "نحو", "شمال", "جنوب", "شرق", "غرب", "مدينه", "بلده", "محافظه", "قضاء"}
)


def _is_stop_key(view: DocView, key: str) -> bool:
    classes = view.words.classes  # is_a, its calls written out
    return key in classes.get("stop", ()) or key in classes.get("time", ()) or key in PREPOSITION_PRONOUNS


def _stop_word_at(view: DocView, k: int) -> bool:
    """:func:`_is_stop_key` of word k, but for a name written with alif maqsura that normalises
    to a preposition with the pronoun ي (:func:`stops.maqsura_name`: "منى" is no "مني")."""
    bare = view.bare[k]
    if not _is_stop_key(view, bare):
        return False
    return not (bare in PRONOUN_YA_KEYS and maqsura_name(view, k))


_COMPLEMENTIZERS = ("ان", "بان")


def _definite_nisba(view: DocView, k: int) -> bool:
    """A gentilic adjective with the article ("اللبنانية"، "الأمريكي")."""
    key = view.bare[k]
    return key.startswith("ال") and key.endswith(("ي", "يه")) and _nisba_root(key) is not None


def _closes_foreign_name(view: DocView, head: int, k: int) -> bool:
    """Whether token ``k`` ends the foreign name an outlet's head noun at ``head`` opens: a
    definite nisba, or the complementizer when a verb of saying governs the outlet."""
    if _definite_nisba(view, k):
        return True
    before = view.cues[head - 1] if head > 0 else None
    return view.bare[k] in _COMPLEMENTIZERS and before is not None and before.kind == "verb"


def _foreign_name_end(view: DocView, head: int, k: int) -> int | None:
    """The end of a foreign name of several words after a body's or outlet's head noun at
    ``head``, read on from token ``k`` over words without the article: only when a definite
    nisba or (after a verb of saying) the complementizer closes it; None otherwise."""
    while k < len(view) and k - head <= MAX_EXPANSION_WORDS and view.is_word(k) and view.cues[k] is None:
        if _closes_foreign_name(view, head, k):
            return _after_nisbas(view, k)
        key = view.bare[k]
        if (
            key.startswith(_ARTICLE_OR_PREPOSITION)
            or _is_stop_key(view, key)
            or view.title_state(key) is not None
        ):
            return None
        k += 1
    return None


_ARTICLE_OR_PREPOSITION = ("ال", "وال", "لل", "بال", "كال")


def _body_head(view: DocView, i: int) -> bool:
    """Whether token ``i`` is the head noun of a body or an outlet (منظمة، صحيفة، وكالة)."""
    return _body_head_key(view, view.bare[i])


def _body_head_key(view: DocView, key: str) -> bool:
    return view.words.is_a("institution", key) or view.words.is_a("media", key)


_POSSESSIVE_ON_TA = ("تها", "ته")  # a noun in ة before the pronoun of its owner: إدارة → إدارته


def _possessed_noun(key: str) -> str | None:
    """The ending ت + pronoun (ته، تها) of a noun in ة with a possessive pronoun ("إدارته"),
    or None."""
    for ending in _POSSESSIVE_ON_TA:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return ending
    return None


def _definite_chain_end(view: DocView, j: int) -> int:
    """The token after a definite head at ``j`` and its definite adjectives ("البنك المركزي
    التونسي")."""
    k = j + 1
    while (
        k < len(view)
        and k - j < MAX_EXPANSION_WORDS
        and view.is_word(k)
        and view.bare[k].startswith("ال")
        and _adjective_of_body(view, k)
    ):
        k += 1
    return k


def _without_li(text: str, li: bool) -> str:
    """A body's name read from its head under ل ("لمجلة X"), without the ل."""
    return text[1:] if li and text[:1] == "ل" else text


_QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”"}
MAX_QUOTED_BODY_CHARS = 40
MAX_QUOTED_BODY_WORDS = 4
_CLAUSE_CONJUNCTIONS = frozenset({"او", "ام", "ثم"})


def marks_after(view: DocView, i: int, pairs: dict[str, str], max_chars: int) -> tuple[str, int, int] | None:
    """The marks of ``pairs`` opening right after token ``i`` (spaces aside): (the closing mark,
    the opening mark's offset, the closing mark's offset or -1 when it does not close within
    ``max_chars``); None when no mark opens there."""
    text = view.doc.text
    at = view.tokens[i].end
    while at < len(text) and text[at] == " ":
        at += 1
    closing = pairs.get(text[at : at + 1])
    if closing is None:
        return None
    return closing, at, text.find(closing, at + 1, at + 1 + max_chars)


def quoted_name_after(view: DocView, k: int, numbered: bool = False) -> str | None:
    """A name in quote marks right after token ``k`` (spaces aside): one to four words that may
    be a name's (no cue, no stop: "هيومن رايتس ووتش", not "«سنرد على …»"), closed within
    MAX_QUOTED_BODY_CHARS. A body described by its kind and then named in marks ("منظمة حقوق
    الإنسان "X""، "الحركة الإسلامية "Y"") has that name. With ``numbered``, the name may open
    with a number (an outlet's: "168 تشاسا")."""
    marks = marks_after(view, k, _QUOTE_PAIRS, MAX_QUOTED_BODY_CHARS)
    if marks is None or marks[2] < 0:
        return None
    text = view.doc.text
    _, at, stop = marks
    inside = k + 1
    while inside < len(view) and view.tokens[inside].start <= at:
        inside += 1
    word = inside
    while word < len(view) and view.tokens[word].end <= stop:
        number = numbered and word == inside and view.keys[word].isdigit()
        if not (number or may_name(view, word)):
            return None
        word += 1
    if word < len(view) and view.keys[word][:1].isdigit():
        return None  # "أعلنت القيادة "مقتل أو اعتقال" 20 متطرفا": words quoted from a clause
    quoted = _clean(text[at + 1 : stop])
    words = name_words(quoted)
    if any(w in _CLAUSE_CONJUNCTIONS for w in words):
        return None
    return quoted if 1 <= len(words) <= MAX_QUOTED_BODY_WORDS else None


def _after_nisbas(view: DocView, k: int) -> int:
    """The token after the run of definite nisbas from ``k`` (none when ``k`` holds none)."""
    while k < len(view) and view.is_word(k) and _definite_nisba(view, k):
        k += 1
    return k


def _name_goes_on(view: DocView, k: int) -> bool:
    """Whether token k may go on a name written before it: a word that is no function word,
    complementizer, time word or cue, and carries no article (a family name with the article
    after a given name is caught by the index's own pairings)."""
    if not view.is_word(k) or view.cues[k] is not None or has_article(view, k):
        return False
    bare = view.bare[k]
    if bare in COMPLEMENTIZERS or (bare[:1] in "بل" and len(bare) > 2):
        return False
    return not (view.words.is_a("stop", bare) or view.words.is_a("time", bare))


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RUN.findall(normalize(text)))


# Names recur within a document and across documents: over 6,000 articles, 113,090 calls
# asked for 32,418 distinct names. A whole document's words are read by _words_of, not
# kept here.
@lru_cache(maxsize=4096)
def name_words(text: str) -> tuple[str, ...]:
    """Normalised words of a name: no punctuation, quote marks, hashtags or attached و/ف on the
    first word."""
    return _words_of(text)


# The first letters of a written word that begins with the article: a bare alif then lam. A name
# written with a hamza on its alif (أليكسيس، إلياس، ألبرتو) or with آل (آل الشيخ) has none, though
# normalisation spells it ال as well.
_ARTICLE_WRITTEN = re.compile(r"^[^\w]*(?:[وف])?ال")


def first_word_definite(name: str, words: tuple[str, ...]) -> bool:
    """Whether the first normalised word of a name (``words``, its :func:`name_words`) starts
    with the article as the name is written: "الجيش الأفغاني" does, "أليكسيس سانشيز" does not."""
    return bool(words) and words[0].startswith("ال") and _ARTICLE_WRITTEN.match(name) is not None


# Verbs and participles that introduce a name ("رجل يدعى جوستين باركلي"، "المدعو X"، "واسمه X"),
# normalised, with and without و.
_NAMING_VERBS = frozenset(
    prefix + verb
    for verb in ("يدعي", "تدعي", "يسمي", "تسمي", "المدعو", "المدعوه", "اسمه", "اسمها")
    for prefix in ("", "و")
)


def naming_verb(key: str) -> bool:
    """Whether a normalised word is a verb or noun that says a name follows ("يدعى"، "ويدعى")."""
    return key in _NAMING_VERBS


def without_naming_verb(name: str) -> str:
    """A name without the verb that introduces it ("ويدعى جوستين باركلي" -> "جوستين باركلي"):
    the verb says that a name follows and is no word of it."""
    first, _, rest = name.partition(" ")
    if rest and name_words(first) and name_words(first)[0] in _NAMING_VERBS:
        return rest.strip()
    return name


# Text of these characters alone has the words of its tokens' keys: letters, marks and digits
# that normalise inside their token (no invisible mark joins two tokens, no character composes
# with the token before it), whitespace, and punctuation that normalises to punctuation. The
# underscore (hashtags, "___" rules) is punctuation to a word run and NFKC leaves it alone.
_TOKEN_WORDS_TEXT_RE = re.compile(
    "[\u0621-\u065f\u0660-\u066c\u0670A-Za-z0-9\\s!-/:-@\\[\\]^_`{-~\u060c\u061b\u061f«»“”‘’–—…]*"
)


def document_words(view: DocView) -> list[str]:
    """:func:`name_words` of the whole document, as a multiset (in no set order): taken from
    the token keys the view has when the text allows, else from the text."""
    text = view.doc.text
    if not _TOKEN_WORDS_TEXT_RE.fullmatch(text):
        return list(_words_of(text))
    keys = view.keys
    words = list(map(keys.__getitem__, view.one_word_tokens))
    for i in view.some_words_tokens:  # numbers such as 3.5, a_b
        words.extend(_WORD_RUN.findall(keys[i]))
    return words


class DocumentWordCounts(dict[str, int]):
    """``Counter(document_words(view))[word]`` for each word asked, counted when first asked.

    The name index asks how often a few words of a few names occur; counting every word of the
    document up front cost more than all those questions. A word (a run of letters and digits,
    as :func:`name_words` gives it) that a token's key is whole is counted by the view's count of
    keys, which the speaker rules build too (:meth:`DocView.count`); the few tokens whose key
    holds other characters add their runs. A text whose tokens do not give its words
    (:func:`document_words`) is read whole, once."""

    def __init__(self, view: DocView) -> None:
        super().__init__()
        self._view = view
        self._by_keys = True  # whether the view's keys give the words (else the text, read whole)
        self._others: Counter[str] | None = None  # the words no whole token key gives

    def __missing__(self, word: str) -> int:
        view = self._view
        if self._others is None:
            self._by_keys = _TOKEN_WORDS_TEXT_RE.fullmatch(view.doc.text) is not None
            if self._by_keys:
                keys = view.keys
                self._others = Counter(w for i in view.some_words_tokens for w in _WORD_RUN.findall(keys[i]))
            else:
                self._others = Counter(_words_of(view.doc.text))
        count = self._others[word]
        if self._by_keys and _WORD_RUN.fullmatch(word):
            # A key equal to a run of letters and digits is one run itself: its token is one of
            # DocView.one_word_tokens, whose keys document_words reads. A key that is no run
            # ("a_b", "3.5") holds runs, counted apart, and is no word of the document.
            count += view.count(word)
        self[word] = count
        return count


def bare_before(view: DocView, key: str, first: int, reach: int) -> list[int]:
    """The tokens of the ``reach - 1`` before token ``first`` whose bare key is ``key``, nearest
    first: found by ``list.index`` at C speed, where a loop would test every token between (a
    reference looks back thousands of tokens for a word the document seldom has)."""
    bare = view.bare
    found: list[int] = []
    k = max(0, first - reach + 1) - 1
    while True:
        try:
            k = bare.index(key, k + 1, first)
        except ValueError:
            break
        found.append(k)
    found.reverse()
    return found


def same_words(a: str, b: str) -> bool:
    """Whether two names share one as whole words of the other."""
    x, y = name_words(a), name_words(b)
    return contains_words(x, y) or contains_words(y, x)


def contains_words(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` occurs in ``longer`` as a run of whole words."""
    if not shorter or len(shorter) > len(longer):
        return False
    width = len(shorter)
    return any(longer[k : k + width] == shorter for k in range(len(longer) - width + 1))


def describes_holder(view: DocView, first: int, last: int) -> bool:
    """Whether the one definite word read as the name after a title governs a complement with a
    clitic preposition ("الرئيس الروسي، الساعي للفوز بولاية …"، "الوزير، المكلف بالملف"): a participle
    describing the holder. A name takes no complement, and this word is written nowhere else in
    the document (a family name with the article comes back alone)."""
    if last != first + 1 or not has_article(view, first) or view.count(view.keys[first]) > 1:
        return False
    if view.title_state(view.bare[first]) is not None or last >= len(view) or not view.is_word(last):
        return False
    after = view.bare[last]
    if after[1:] == "الله" or after == "لله":
        return False  # "المنتصر بالله بربيرو"، "المعتصم بالله": a theophoric given name
    # Only a clitic preposition: a free one may open an adverbial after a name ("الرياحي في
    # تصريح صحفي").
    return after.startswith("لل") or after[:3] in ("لال", "بال")


@dataclass(frozen=True, slots=True)
class TitledName:
    position: int  # character offset of the title
    title: tuple[str, ...]
    name: str
    apposition: bool  # "title، name،" (surer than adjacency, which may run into an object)
    # "title، name،": the name set off by a comma on each side, closed before the clause goes on.
    set_off: bool = False


# Head nouns of a newspaper, which its editorial introduces too: "تقول افتتاحية القدس" … "الصحيفة".
_NEWSPAPER_HEADS = frozenset({"صحيفه", "جريده"})
_EDITORIAL = "افتتاحيه"
_NO_OUTLET_AFTER_EDITORIAL = frozenset({"الصحيفه", "الجريده", "العدد"})


def _editorial_outlet(view: DocView, first: int) -> tuple[int, str] | None:
    """The newspaper an editorial named before token ``first`` belongs to ("تقول افتتاحية القدس
    الفلسطينية" … "الصحيفة تحذر"): the editorial is a newspaper's, so its genitive names the
    outlet "الصحيفة" refers back to. (Token, name) of the nearest such editorial, or None."""
    for i in bare_before(view, _EDITORIAL, first, EXPANSION_REACH):
        k = i + 1
        if k >= len(view) or not view.is_word(k) or view.cues[k] is not None:
            continue
        bare = view.bare[k]
        if _is_stop_key(view, bare) or view.words.is_a("time", bare) or bare in _NO_OUTLET_AFTER_EDITORIAL:
            continue  # "افتتاحية اليوم"، "افتتاحية الصحيفة": no outlet's name
        end = k + 1
        while end < len(view) and end - k < MAX_EXPANSION_WORDS and view.is_word(end):
            nxt = view.bare[end]
            if not nxt.startswith("ال") or _is_stop_key(view, nxt) or view.cues[end] is not None:
                break
            end += 1
        return i, view.text_of(k, end)
    return None


# Verbs of writing with the writer as subject and the text as object ("المقال الذي كتبه X"، "عنونه
# X"): masculine and feminine subjects; "بقلم X" ("by the pen of X") names either.
_WROTE = {
    False: frozenset({"كتبه", "كتبها", "عنونه", "عنونها", "بقلم"}),
    True: frozenset({"كتبته", "كتبتها", "عنونته", "عنونتها", "بقلم"}),
}
# What the writing verb is a relative clause or an apposition of: "المقال الذي كتبه"، "مقالا كتبه".
_WRITING_BEFORE = frozenset(
    {"الذي", "التي", "مقال", "مقالا", "مقاله", "المقال", "المقاله", "عمود", "تقرير", "تقريرا"}
)
WRITER_REACH = 120  # tokens looked back for the writer of "الكاتب"
_WRITER_TITLES = {"الكاتب": False, "الكاتبه": True}


def writer_before(view: DocView, title: tuple[str, ...], first: int) -> str | None:
    """The person a bare "الكاتب"/"الكاتبة" refers back to: the writer the document introduced as
    the subject of a verb of writing ("نقرأ المقال الذي عنونه عبد الله العلمي … الكاتب يرى") or
    after "بقلم". The agent noun of كتب names the one who wrote; the nearest such writer wins."""
    if len(title) != 1 or title[0] not in _WRITER_TITLES:
        return None
    verbs = _WROTE[_WRITER_TITLES[title[0]]]
    for k in range(first - 1, max(0, first - WRITER_REACH), -1):
        bare = view.bare[k]
        if bare not in verbs or not view.is_word(k):
            continue
        if bare != "بقلم" and (k == 0 or view.bare[k - 1] not in _WRITING_BEFORE):
            continue  # "كتبه" alone may be "his books"
        name = _writer_name(view, k + 1)
        if name is not None:
            return view.text_of(*name)
    return None


def _writer_name(view: DocView, start: int) -> tuple[int, int] | None:
    """The two to four words of a person's name from token ``start``: the first without the
    article, a word with the article only as the family name that closes it ("عبد الله العلمي":
    الله after عبد goes on)."""
    end = start
    while end < len(view) and end - start < MAX_APPOSITION_NAME_WORDS and view.is_word(end):
        bare = view.bare[end]
        if view.cues[end] is not None or view.title_state(bare) is not None or _is_stop_key(view, bare):
            break
        if not _name_word(view, end, end == start):
            break
        if has_article(view, end):
            if end == start:
                return None
            if view.bare[end - 1] not in NAME_LINKS and view.bare[end - 1] != "عبد":
                end += 1
                break
        end += 1
    return (start, end) if end - start >= 2 else None


@dataclass
class NameIndex:
    """Names and title-name pairs of one document, indexed by word so that lookups stay cheap
    on very long documents."""

    titled: dict[str, list[TitledName]] = field(default_factory=dict)  # by the title's head word
    # How often each word occurs in the document (document_words), counted when asked.
    word_counts: Counter[str] | DocumentWordCounts = field(default_factory=Counter)
    _surfaces: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> first spelling
    _by_word: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    _by_skeleton: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    _people: set[tuple[str, ...]] = field(default_factory=set)  # speakers and titled persons
    # Names fullest never offers: too long, or a word begins with a digit.
    _unfit: set[tuple[str, ...]] = field(default_factory=set)
    # Names read after a title's seat (name_after_seat): people by their shape and place.
    _seated: set[tuple[str, ...]] = field(default_factory=set)
    entities: EntityLookup | None = None  # linked mentions of the NER/gazetteer stages
    _seatless: dict[str, list[int]] | None = None  # seatless_starts, built on first use
    _token_starts: list[int] | None = None  # each token's start, built on first use
    # (token, head noun, name) of each body the document names after its head (resolve.py's
    # document_bodies), built on first use.
    bodies: list[tuple[int, str, str]] | None = None
    # The words of every name a frame gives as a speaker (attribution.document_names).
    speakers: set[tuple[str, ...]] = field(default_factory=set)
    _text: str | None = None  # the text of the document this index was built from
    _text_words: tuple[str, ...] | None = None  # its words, in order (name_words), on first use
    # Each of those words -> where it occurs, so that a sequence is looked for only where its
    # first or last word is (long documents ask about thousands of sequences).
    _word_positions: dict[str, list[int]] | None = None
    _alone: dict[tuple[str, ...], bool] = field(default_factory=dict)  # _named_alone, per name
    _sequences: dict[tuple[str, ...], bool] = field(default_factory=dict)  # _written, per sequence
    _sequence_counts: dict[tuple[str, ...], int] = field(default_factory=dict)  # _times_written
    # A word -> the "given family" spellings written after a definite noun or a comma, read
    # from the document (_view) for a word only when a speaker's one-word name asks for it.
    _given_before: dict[str, set[str]] = field(default_factory=dict)
    # A one-word name -> the given names written before its other spellings in the document
    # (_respelled_given_names): read from the view only, so asked once a word.
    _respelled_given: dict[str, set[str]] = field(default_factory=dict)
    # name_like_keys_by_length of _view, on first use.
    _keys_by_length: dict[int, list[str]] | None = None
    _view: DocView | None = field(default=None, repr=False, compare=False)
    # Every ending (one word or more) of a person entity's name, on first use by person_closing.
    _person_endings: frozenset[tuple[str, ...]] | None = None
    _person_skeletons: frozenset[tuple[str, ...]] | None = None  # those endings' skeletons
    # The words of each paired name -> the nisbas of its titles, on first use (_titled_nisbas).
    _name_nisbas: dict[tuple[str, ...], set[str]] | None = None
    # Title phrases with no holder paired in the index, whose holder may follow the post's seat
    # (holder_after_post_seat), read once the speakers are known (add_seat_holders).
    _seat_posts: list[SpeakerPhrase] = field(default_factory=list)
    _seat_holders_added: bool = False

    def _refuse_unnamed_pairings(self, view: DocView) -> None:
        """Drop the pairings of a person's title with words that are no person's name: two or
        more words that all carry the article ("المدير" with "الفني"، "الوزير" with "النشاط الميداني
        الملحوظ"). After a definite title, definite words are its adjectives or a genitive, not a
        name; a person's name opens without the article unless it is a given name written with it
        ("الطيب العروسي") or the name of a person entity. A body's or outlet's name may well be all
        definite ("صحيفة الشرق الأوسط")."""
        for core, group in self.titled.items():
            if any(view.words.is_a(kind, core) for kind in ("institution", "media")):
                continue
            kept = [entry for entry in group if not self._unnamed(entry.name)]
            if len(kept) < len(group):
                self.titled[core] = kept

    def _unnamed(self, name: str) -> bool:
        words = name_words(name)
        # The article as written: a given name in hamza ("إلهام"، "إليسا") normalises like it.
        written = [word.strip("«»\"'()") for word in name.split()]
        return (
            len(words) >= 2
            and len(written) == len(words)
            and all(_definite_word(word) for word in written)
            and words[0] not in ARTICLE_GIVEN_NAMES
            and not self.ends_person_entity(words)
        )

    def _file(self, entry: TitledName) -> None:
        """File a title's pairing under its post (:func:`_title_core` of the title's head word)."""
        self.titled.setdefault(_title_core(entry.title[0]), []).append(entry)

    def token_starts(self, view: DocView) -> list[int]:
        """The start of every token of the document this index was built from."""
        if self._token_starts is None:
            self._token_starts = view.starts
        return self._token_starts

    def seatless_starts(self, view: DocView) -> dict[str, list[int]]:
        """:func:`seatless_starts` of the document this index was built from."""
        if self._seatless is None:
            self._seatless = seatless_starts(view)
        return self._seatless

    @classmethod
    def build(cls, view: DocView, extra_names: list[str] | None = None) -> NameIndex:
        index = cls()
        index.entities = EntityLookup(view.doc)
        words = view.words
        index._text = view.doc.text
        index.word_counts = DocumentWordCounts(view)
        titles = view.title_tokens
        titled = frozenset(titles)
        for i in titles:
            if i - 1 in titled:
                continue  # inside a longer title: "نائب رئيس"
            last = min(view.sentence_range(i)[1], i + TITLE_WINDOW)
            phrase = _longer_post(view, i, parse_speaker(view, i, last), last)
            if phrase is not None and phrase.kind == "title":
                before = _name_before_title(view, i)
                if before is not None:
                    # "قال قيس السلطاني، الناطق الرسمي للسجون،": the title after the name stands
                    # for it later ("اعتبرها الناطق الرسمي للسجون").
                    for first, last in _coordinated_posts(view, phrase.first, phrase.last):
                        # "مهدي جمعة رئيس حزب البديل ورئيس الحكومة الأسبق": each post is his.
                        title = title_key_of(view, first, last)
                        # A post whose genitive is a proper noun ("فينغر مدرب ارسنال") is set off
                        # by its definite construct as surely as by a comma: the same post later
                        # ("وأشار مدرب ارسنال") is his.
                        apposed = view.is_comma(i - 1) or (first == i and _proper_genitive(view, i + 1))
                        index._file(TitledName(view.tokens[first].start, title, before, apposed))
                    index.add(before, person=True)
                    continue
                seated = name_after_seat(view, phrase)
                if seated is not None:
                    # "سفير ألمانيا بتونس اندرياس ريانكي": the chain ran into the name after its
                    # seat; "سفير دولة ألمانيا بتونس" later is that person if no one else holds it.
                    title = title_key_of(view, phrase.first, seated[0])
                    name = view.text_of(*seated)
                    index._file(TitledName(view.tokens[i].start, title, name, False))
                    index.add(name, person=True)
                    index._seated.add(name_words(name))
                    continue
                # "رئيس مجلس الأعمال بالغرفة الدكتور محمد علي": the holder after the rest of the
                # post, under an honorific or rank; "وقال رئيس مجلس الأعمال" later is that person.
                honoured = _honorific_holder_after_post(view, phrase)
                if honoured is not None:
                    index._add_honoured(view, phrase, *honoured)
                    continue
                # "وزيرة الدولة …، المدير العام لمكتب …، ريم الهاشمي،": two posts in apposition,
                # then their holder; both posts stand for that person later.
                stacked = _holder_after_second_post(view, phrase)
                if stacked is not None:
                    second, holder = stacked
                    name = view.text_of(*holder)
                    for first, last in ((phrase.first, phrase.last), second):
                        title = title_key_of(view, first, last)
                        index._file(TitledName(view.tokens[first].start, title, name, True))
                    index.add(name, person=True)
                    continue
                # "انتقد الرئيس الفرنسي #إيمانويل_ماكرون الخطة": the title's holder written as a
                # hashtag right after it; "وقال الرئيس الفرنسي" later is that person.
                tagged = hashtag_holder(view, _with_adjectives_before_tag(view, phrase))
                if tagged is not None:
                    title = title_key_of(view, phrase.first, phrase.last)
                    name = view.text_of(*tagged).replace("_", " ")
                    # No surer than a name written right after its title ("الممثل X").
                    index._file(TitledName(view.tokens[phrase.first].start, title, name, False))
                    index.add(name, person=True)
                    continue
                # "مدير إدارة أوروبا وآسيا الوسطى بالبنك الدولي، كريم بن سالم،": the holder in
                # apposition after the rest of the post; "وأضاف بن سالم" is that person.
                if not index._add_apposed(view, phrase):
                    # "العاهل البحريني، الملك حمد بن عيسى،": a second title and its holder in
                    # apposition; "وقال العاهل البحريني" later is that person.
                    index._add_retitled(view, phrase)
                    index._seat_posts.append(phrase)
                continue
            if phrase is None or phrase.title is None or phrase.name is None:
                continue
            if _seat_word(view, phrase.name[0]):
                # "رئيس مجلس الأعمال بغرفة التجارة الدكتور X": the "name" is the post's seat.
                post = SpeakerPhrase(phrase.title[0], phrase.name[0], "title", phrase.title)
                honoured = _honorific_holder_after_post(view, post)
                if honoured is not None:
                    index._add_honoured(view, post, *honoured)
                    continue
            if _complement_of_cue_before(view, i, phrase.name[0]):
                continue  # "وطالب الوزير بمد فترة …": بمد is the verb's complement, not a name
            if _predicate_of_cue_before(view, i, phrase.name[0], last):
                continue  # "واعتبرها الوزير خطوة هامة": what the minister considers it, no name
            if describes_holder(view, *phrase.name):
                continue  # "الرئيس الروسي، الساعي للفوز بولاية": a participle, no name
            if not _can_open_name(view, phrase.name[0]):
                continue  # "القاضي؛ فقد يكون"، "الرجل المسن استأجروا": a clause goes on, no name
            if _place_after_closed_title(view, phrase.title, phrase.name[0]):
                continue  # "واتهم الرئيس الأمريكي إيران بـ": the country is the verb's object
            end = _name_shaped_end(view, *phrase.name)
            if end == phrase.name[0] + 1 and _complement_word_after_title(view, phrase.title, phrase.name[0]):
                continue  # "وأرسل الشاعر المصري رسالة"، "وأشار المتحدث بيده": the verb's object or adverb
            if end == phrase.name[0]:
                # "الفنانة صدر قرار"، "الوزير موقف": a clause or an object, no name; or the rest of
                # the post, its holder set in apposition after it ("الوزير الجزائري للشؤون
                # المغاربية وجامعة الدول العربية، عبد القادر مساهل،").
                index._add_apposed(view, SpeakerPhrase(*phrase.title, "title", phrase.title))
                continue
            if _other_title_in_chain(view, *phrase.title):
                continue  # "رئيس الجمهورية بالمشير خليفة حفتر": the name is the marshal's
            title = _title_key(view, phrase)
            name = view.text_of(phrase.name[0], end)
            apposition = any(view.is_comma(k) for k in range(phrase.title[1], phrase.name[0]))
            set_off = apposition and end < len(view) and view.is_comma(end)
            if title:
                index._file(TitledName(view.tokens[i].start, title, name, apposition, set_off))
            # An outlet's or a body's name (موقع "أنصار الله") is known, but it is no person.
            outlet = words.is_a("media", title[0]) if title else False
            index.add(name, person=not outlet)
            second = _second_title(view, phrase.name[1]) if end == phrase.name[1] else None
            if second is not None and not outlet:
                # "الأستاذ رضا مامي مترجم كتاب …": the post after the name is the same person's,
                # and "المترجم" later stands for him.
                index._file(TitledName(view.tokens[phrase.name[1]].start, second, name, False))
        for name in _abbreviated_names(view):
            # "أجراها د. سامي يوسف، الباحث …": the name after د. is a person's, as after الدكتور.
            index.add(name, person=True)
        possessed = index._add_possessed(view)
        index._refuse_unnamed_pairings(view)
        counterparts = index._add_counterparts(view)
        if index._li_titles(view) or possessed or counterparts:
            for group in index.titled.values():
                group.sort(key=lambda entry: entry.position)  # the look-ups bisect by position
        for name in extra_names or []:
            index.add(name)
        index._view = view
        for words in index._surfaces:
            if index._addressee_inside(words):
                index._unfit.add(words)
        return index

    def _addressee_inside(self, words: tuple[str, ...]) -> bool:
        """Whether a word after the first of a name is ل + an outlet ("غادين لفرانس" read from
        "وقال غادين لفرانس 24"): whom the person spoke to, never a word of the name."""
        view = self._view
        if view is None or not any(w[:1] == "ل" for w in words[1:]):
            return False
        return any(
            w[:1] == "ل" and not w.startswith("لل") and len(w) > 3 and outlet_addressee(view, w[1:])
            for w in words[1:]
        )

    def _add_apposed(self, view: DocView, phrase: SpeakerPhrase) -> bool:
        """Pair a title phrase with the holder named in apposition after the rest of its post
        (:func:`name_after_title_seat`), if any; True when one was paired."""
        apposed = name_after_title_seat(view, phrase)
        if apposed is None:
            return False
        title = title_key_of(view, phrase.first, phrase.last)
        name = view.text_of(*apposed)
        set_off = apposed[1] < len(view) and view.is_comma(apposed[1])
        self._file(TitledName(view.tokens[phrase.first].start, title, name, True, set_off))
        self.add(name, person=True)
        return True

    def _add_retitled(self, view: DocView, phrase: SpeakerPhrase) -> None:
        """Pair a title phrase closed by a comma with the holder of the title in apposition after
        it (:func:`retitled_holder`), as surely as a name in apposition."""
        found = retitled_holder(view, phrase)
        if found is None:
            return
        second, holder = found
        name = view.text_of(*holder)
        set_off = holder[1] < len(view) and view.is_comma(holder[1])
        # Both titles are the holder's, the second as surely as the first: the name is set off
        # after a title's comma ("…، الملك حمد بن عيسى،" is that king, in apposition).
        for first, last in ((phrase.first, phrase.last), second):
            title = title_key_of(view, first, last)
            self._file(TitledName(view.tokens[first].start, title, name, True, set_off))
        self.add(name, person=True)

    def _add_honoured(
        self, view: DocView, phrase: SpeakerPhrase, post_end: int, name: tuple[int, int]
    ) -> None:
        """Pair a post with the holder named under an honorific after the rest of the post
        (:func:`_honorific_holder_after_post`): as sure as an apposition."""
        post, holder = _post_key(view, phrase.first, post_end), view.text_of(*name)
        self._file(TitledName(view.tokens[phrase.first].start, post, holder, True))
        self.add(holder, person=True)

    def _add_possessed(self, view: DocView) -> bool:
        """Pair the post of a possessed title with its holder also under the bare post: "وقال
        محاميه، X" (his lawyer) makes X the lawyer of the story, whom "وأضاف المحامي" names
        later. Only a pronoun the script shows (محاميه with ه, not محامية with ة); not a
        whole office (رئيسه, his superior, is not "the president"). True when one was added."""
        added: list[TitledName] = []
        for group in self.titled.values():
            for entry in group:
                head = _possessed_head(view, entry)
                if head is not None:
                    # Only the bare post asks for it: "والد هنومة" is not "والدها".
                    added.append(
                        TitledName(entry.position, ("ال" + head, _POSSESSED), entry.name, entry.apposition)
                    )
        for entry in added:
            self._file(entry)
        return bool(added)

    def add_seat_holders(self, view: DocView) -> None:
        """Add the holders named after a post's seat ("زعيم "حراك الجنوب" سامي الورداني") as
        people of the document, once the speakers are known (the reading asks for them), so that
        the family name alone ("وأضاف الورداني") is filled out to the holder's name."""
        if self._seat_holders_added:
            return
        self._seat_holders_added = True
        for phrase in self._seat_posts:
            holder = holder_after_post_seat(view, self, phrase)
            if holder is None:
                continue
            name = view.text_of(*holder)
            words = name_words(name)
            label = view.mention_label(holder[0])
            quoted_alone = words[-1:] in self.speakers or _article_toggled(words[-1:]) in self.speakers
            if not (label is not None and label[1] and label[0] == "PER") and not quoted_alone:
                continue  # only a person the document quotes by the family name alone
            first = view.bare[holder[0]]
            if first[:1] in ("ب", "ل") and first.endswith("ه"):
                continue  # "ائتلاف المعارضة بزعامة مهاتير": a preposition and a noun, no given name
            if any(self.known(" ".join(words[k:])) for k in range(1, len(words) - 1)):
                continue  # "جامعة كارديف متروبوليتان ديفيد لويد": the person is known by fewer words
            self.add(name, person=True)
            self._seated.add(words)

    def _add_counterparts(self, view: DocView) -> bool:
        """Pair a counterpart's holder with the post the counterpart holds: "والتقى الوزير الفرنسي
        نظيره الإيراني X" makes X the holder of the owner's post for the nisba's country, so
        "وزير الخارجية الإيراني" (before or after) is X. The owner of the pronoun is the nearest
        title of the same sentence before the counterpart, of another country; a short post
        ("الوزير الفرنسي") is read as the one longer post the document gives with that country
        ("وزير الخارجية الفرنسي"). True when one was added."""
        added: list[TitledName] = []
        for core in COUNTERPARTS:
            for entry in self.titled.get(core, ()):
                theirs = title_nisbas(entry.title)
                if len(entry.title) != 2 or len(theirs) != 1:
                    continue
                at = bisect.bisect_left(view.starts, entry.position)
                if at >= len(view) or view.starts[at] != entry.position:
                    continue
                owner = _counterpart_owner(view, at) or self._named_owner_post(view, at)
                country = None if owner is None else _country_of_post(owner)
                if owner is None or country is None or country in theirs:
                    continue
                post = self._full_post(owner)
                title = _post_of_other_country(
                    post, country, entry.title[1], feminine=core in _FEMININE_COUNTERPARTS
                )
                if title is not None:
                    added.append(replace(entry, title=title))
        for entry in added:
            self._file(entry)
        return bool(added)

    def _named_owner_post(self, view: DocView, at: int) -> tuple[str, ...] | None:
        """The post of the person named right before a counterpart in its sentence ("والتقى أكار
        أمس نظيره"), when the document gives that person one post with a country's nisba."""
        start = view.sentence_range(at)[0]
        for k in range(at - 1, start - 1, -1):
            words = name_words(view.tokens[k].text) if view.is_word(k) else ()
            person = self.person_ending_in(words[0]) if len(words) == 1 else None
            if person is None:
                continue
            posts = {post for post in self.posts_of(person) if len(title_nisbas(post)) == 1}
            return posts.pop() if len(posts) == 1 else None
        return None

    def _full_post(self, title: tuple[str, ...]) -> tuple[str, ...]:
        """A definite head with a country's nisba only ("الوزير الفرنسي") as the one longer post of
        that head and country the document gives a holder ("وزير الخارجية الفرنسي"); else itself."""
        if len(title) != 2 or not title[0].startswith("ال"):
            return title
        group = self.titled.get(_title_core(title[0]), ())
        longer = {e.title for e in group if _post_of_country(e.title, title)}
        return longer.pop() if len(longer) == 1 else title

    def named_alone(self, name: str) -> bool:
        """Whether the last word of a name of two words or more also stands alone in the
        document, as a person's family name does ("قال بيل غيتس … وأضاف غيتس")."""
        return len(name_words(name)) >= 2 and self.recurs(name) and self._named_alone(name)

    def posts_of(self, name: str) -> list[tuple[str, ...]]:
        """The titles the document pairs with ``name`` (as whole words of one another)."""
        return [
            entry.title for group in self.titled.values() for entry in group if same_words(entry.name, name)
        ]

    def post_named_before(self, title: tuple[str, ...], view: DocView, first: int) -> bool:
        """Whether the post of ``title`` is written before token ``first``: a holder paired with
        it, or its head word (with or without the article) in the text."""
        core = _title_core(title[0]) if title else ""
        position = view.starts[first] if first < len(view) else len(view.doc.text)
        if any(entry.position < position for entry in self.titled.get(core, ())):
            return True
        return any(
            bare_before(view, key, first, DESCRIPTION_REACH) for key in (core, "ال" + core, "لل" + core)
        )

    def chain_holder(self, title: tuple[str, ...], position: int) -> str | None:
        """The person a definite description without a name refers back to through any word of
        a title chain the document gave a named holder before character ``position``.

        News names a source once with a chain of title words ("النائب البرلماني X"، "السفير
        الكندي لدى مصر، X،") and goes on with a shorter description built from any of them: its
        head or a later word of the chain ("البرلماني المصري"). The nearest such holder wins.
        The description is a definite head and definite adjectives only; a genitive or a domain
        ("المتحدث باسم الجيش"، "المدير العام للشركة") names an office of its own. Each nisba must
        be one of that holder's (in the chain or another title of the same person): "الوزير
        الفرنسي" is not "الوزير الألماني X"; each other adjective must be in the chain
        ("الأديب الراحل"). A chain whose head is followed by another definite adjective than
        the description's nisbas and tenure words ("المدير العام المساعد") is a compound office.
        The head word is compared with its gender ("الفنانة" is not "الفنان")."""
        if not title or not title[0].startswith("ال"):
            return None
        if any(not word.startswith("ال") for word in title[1:]):
            return None  # "المتحدث باسم الجيش"، "المدير العام للشركة": an office of its own
        head = _same_post(title[0][2:])
        roots = title_nisbas(title)
        adjectives = {_without_article(word) for word in title[1:] if not title_nisbas(("", word))}
        best: TitledName | None = None
        for group in self.titled.values():
            for entry in group:
                if entry.position >= position or (best is not None and entry.position <= best.position):
                    continue
                # Only a definite word of the chain: an indefinite one governs a genitive and
                # names another office ("رئيس الوزراء اللبناني" is not "الرئيس اللبناني").
                words = [_same_post(_without_article(word)) for word in entry.title]
                at = next(
                    (k for k, word in enumerate(entry.title) if _definite_word(word) and words[k] == head),
                    None,
                )
                if at is None or not adjectives <= set(words):
                    continue
                if any(_compound_office(word, adjectives) for word in entry.title[at + 1 : at + 2]):
                    continue
                if roots and not roots <= title_nisbas(entry.title) | self._titled_nisbas(entry.name):
                    continue
                if not self._named_person(entry):
                    continue
                best = entry
        return None if best is None else best.name

    def _name_shaped(self, entry: TitledName) -> bool:
        """Whether a title's pairing is shaped like a person's name: a speaker or person entity,
        or two words or more, the first without the article ("اكتمال وصول" is an object)."""
        if self.speaks(entry.name):
            return True
        words = name_words(entry.name)
        return len(words) >= 2 and not first_word_definite(entry.name, words) and words not in self._unfit

    def _named_person(self, entry: TitledName) -> bool:
        """Whether a title's pairing names a person surely enough to stand for a description
        later: a speaker or person entity, or a name of two words or more, the first without
        the article, set in apposition or written alone by its family name ("ممثلة يهودية،
        ولدت في" pairs a verb, no name)."""
        if self.speaks(entry.name):
            return True
        return self._name_shaped(entry) and (entry.apposition or self.named_alone(entry.name))

    def holders_before(self, head: str, position: int) -> list[str]:
        """The names the document pairs, before character ``position``, with a post whose head
        word is ``head`` (with or without the article: "الوزير" and "وزير" are one post)."""
        return [entry.name for entry in self.titled.get(_title_core(head), ()) if entry.position < position]

    def nisbas_of(self, name: str) -> set[str]:
        """The roots of the nisbas right after a definite head ("الفنان المصري X" -> {مصر}) in
        the titles the document pairs with ``name``: where the person is from."""
        words = name_words(name)
        return {
            root
            for group in self.titled.values()
            for entry in group
            if contains_words(words, name_words(entry.name)) or contains_words(name_words(entry.name), words)
            if _nisba_marked(entry.title)
            for root in title_nisbas(entry.title[:2])
        }

    def _li_titles(self, view: DocView) -> bool:
        """Pair each title written after the preposition ل ("وفقا للعضو في المركز الإعلامي …،
        رضا عيسى") with the name in apposition after it, as a title with its article: the ل
        takes the article's alif (لل + العضو), so the title look-up reads "العضو". Whether any
        pairing was added."""
        added = False
        # Both readings need ل/ب and five letters at least (li_title and
        # _construct_title_after_preposition): the regex finds those words at C speed.
        for i in view.bare_opening(_LI_LETTERS, _LI_LENGTH):
            if not view.is_word(i):
                continue
            if li_title(view, i):
                head = "ال" + view.bare[i][2:]
            else:
                # "خطاب لزعيم الحركة، عبد الملك الحوثي،": ل or ب on a title's construct head.
                head = _construct_title_after_preposition(view, i)
                if head is None:
                    continue
            last = min(view.sentence_range(i)[1], i + TITLE_WINDOW)
            comma = next((k for k in range(i + 1, last) if not view.is_word(k) or view.cues[k]), last)
            name = _apposition_name(view, comma) if comma < last else None
            if name is None:
                continue
            title = (head, *title_key_of(view, i, comma)[1:])
            self._file(TitledName(view.tokens[i].start, title, view.text_of(*name), True))
            self.add(view.text_of(*name), person=True)
            added = True
        return added

    @property
    def names(self) -> list[str]:
        return list(self._surfaces.values())

    def add(self, name: str, person: bool = False) -> None:
        name = without_naming_verb(name)
        words = name_words(name)
        if words and person:
            self._people.add(words)
        if not words or words in self._surfaces:
            return
        self._surfaces[words] = name
        if (
            len(words) > MAX_NAME_WORDS
            or any(w[:1].isdigit() for w in words)
            or self._addressee_inside(words)
        ):
            self._unfit.add(words)
        for word in set(words):
            self._by_word.setdefault(word, set()).add(words)
        self._by_skeleton.setdefault(skeleton(words[-1]), set()).add(words)

    def known(self, name: str) -> bool:
        """Whether ``name`` is, or is part of, a name the document gives as a source or next
        to a title."""
        target = name_words(name)
        return bool(target) and any(contains_words(c, target) for c in self._by_word.get(target[0], ()))

    def fullest(self, name: str) -> str:
        """The longest name of the document that contains ``name`` as whole words.

        A name compounded with عبد is written joined or apart ("عبدالله" / "عبد الله"), often both
        in one article: the two spellings are one name, so the fuller name of either is taken,
        and of two as full the spelling the document writes more often."""
        best = self._fullest_as_spelled(name)
        respelled = _abd_respelled(name)
        if respelled is None or not all(self.word_counts[w] for w in name_words(respelled)):
            return best
        other = self._fullest_as_spelled(respelled)
        if self._spelling_rank(other) > self._spelling_rank(best):
            return other
        return best

    def _spelling_rank(self, name: str) -> tuple[int, int]:
        """How full a name is with its عبد compounds counted as one word, then how often the
        document writes it."""
        words = name_words(name)
        return len(_abd_joined(words)), self._times_written(words)

    def _fullest_as_spelled(self, name: str) -> str:
        name = without_naming_verb(name)
        target = name_words(name)
        if not target:
            return name
        best = name
        # A body's short name ("وزارة التجارة") may stand for any of the bodies the document
        # names in full; how often each is written says nothing of which one it is.
        usage = not self._body_word(target[0])
        # The best so far is ranked by _fullness; its words (best_words) are kept so that the
        # parts of the rank after the length are asked only of names as long as it.
        best_words = target
        candidates = self._by_word.get(target[0], set()) | self._by_word.get(target[-1], set())
        candidates |= self._by_skeleton.get(skeleton(target[-1]), set())
        # A person's name, not a body's ("الهيئة"، "نادي"), whose own names hold ل + a noun.
        person = self.person_closing(target) and not self._body_word(target[0])
        for words in sorted(candidates):
            # The name itself ranks as the best it starts from, and a shorter name than the
            # best never outranks it: the filters below decide nothing for either.
            if len(words) < len(best_words) or words == target or words in self._unfit:
                continue
            # A fuller name adds given names before or a family name after: the short name
            # begins or ends it ("ترامب" -> "دونالد ترامب", "عبدالله" -> "عبدالله الثاني").
            edge = words[: len(target)] == target or words[-len(target) :] == target
            # A middle name the short form leaves out: "نجاة بلقاسم" is "نجاة فالو بلقاسم", the
            # given and the family name kept, as a person's name is shortened.
            # A person entity of the earlier stages is a person's name as surely ("زيد رعد الحسين"
            # is "زيد بن رعد الحسين").
            person_named = words in self._people or self.ends_person_entity(words)
            edge = edge or (person_named and _middle_names_added(words, target))
            # Another spelling counts only when the document writes it (not a gazetteer's).
            if not edge and not (_same_name(words, target) and all(self.word_counts[w] for w in words)):
                continue
            if self._coordinated(words) or self._joins_two_speakers(words, target):
                continue
            if self._governs_other_name(words, target, candidates):
                continue
            if self._another_given_name(words, target, candidates):
                continue
            if person and self._description_words(words, target):
                continue
            if self._runs_on(words, target):
                continue
            if self._bond_in_apposition(words, target):
                continue
            if self._predicate_after_copula(words, target):
                continue
            if self._noun_governs_name(words, target):
                continue
            if self._outranks(words, best_words, usage):
                best, best_words = self._surfaces[words], words
        if best is name and len(target) == 1:
            fuller = self._family_name_with_article_toggled(target[0])
            if fuller is None:
                fuller = self._given_name_before(target)
            if fuller is None:
                fuller = self._respelled_person(target)
            if fuller is not None:
                return _clean(fuller)
        if best is name and len(target) == 2:
            fuller = self._body_named_in_full(target)
            if fuller is not None:
                return _clean(fuller)
        return _clean(best)

    def _body_named_in_full(self, target: tuple[str, ...]) -> str | None:
        """The one name of three words the document makes speak that a definite short name of
        two stands for: its head noun without the article, one genitive, and the same adjective
        ("الحلف الأطلسي" for "حلف شمال الأطلسي"، "الجامعة العربية" for "جامعة الدول العربية").
        Arabic names a body again by its head noun made definite and the adjective, the genitive
        left out. Not for a title ("الرئيس الأمريكي" is no "رئيس الوزراء الأمريكي")."""
        view = self._view
        head, adjective = target
        if (
            view is None
            or not head.startswith("ال")
            or len(head) < 5
            or not adjective.endswith(("ي", "يه", "ية"))
        ):
            return None
        if view.title_state(head) is not None or view.title_state(head[2:]) is not None:
            return None
        found = {
            words
            for words in self._by_word.get(adjective, ())
            if len(words) == 3
            and words[0] == head[2:]
            and words[-1] == adjective
            and words in self.speakers
            and words not in self._unfit
        }
        return self._surfaces.get(found.pop()) if len(found) == 1 else None

    def _another_given_name(
        self, words: tuple[str, ...], target: tuple[str, ...], candidates: set[tuple[str, ...]]
    ) -> bool:
        """Whether ``words`` open with a listed given name other than that of a shorter name of the
        document ending in ``target`` as well: "هنأ رئيس الوزراء بنيامين نيتانياهو ترامب" (one
        mention of the earlier stages over the verb's subject and its object) is no fuller name of
        "ترامب" where the document writes "دونالد ترامب": a person has one given name, and a
        different one before the family name opens another person's name."""
        listed = given_names()
        if len(words) < len(target) + 2 or words[-len(target) :] != target or words[0] not in listed:
            return False
        return any(
            len(target) < len(other) < len(words)
            and other[-len(target) :] == target
            and other[0] in listed
            and other[0] not in words
            and (other in self._people or self.ends_person_entity(other))
            for other in candidates
        )

    def _governs_other_name(
        self, words: tuple[str, ...], target: tuple[str, ...], candidates: set[tuple[str, ...]]
    ) -> bool:
        """Whether the words ``words`` adds before ``target`` are a noun governing the name, not
        its given name: the document writes them before another name of the same person too
        ("أداء ترامب" … "أداء دونالد ترامب"), as a noun takes any name as its genitive."""
        width = len(target)
        if len(words) <= width or words[-width:] != target or words[:width] == target:
            return False
        extra = words[:-width]
        if self.word_counts[extra[-1]] < 2:
            return False  # written once, before this name only
        return any(
            self._written(extra + other)
            for other in candidates
            if other != words and len(other) > width and other[-width:] == target
        )

    def _noun_governs_name(self, words: tuple[str, ...], target: tuple[str, ...]) -> bool:
        """Whether the words a longer name adds before ``target`` hold a verbal noun of the derived
        forms (تفعيل، استفعال: "ترشيح كافانو"، "تأكيد ترشيح كافانو"): a noun that governs the name
        as its genitive, never a given name. A name the document ties to a title, or a person
        entity's name, is kept (a given name of that shape: تسنيم، تغريد)."""
        width = len(target)
        if len(words) <= width or words[-width:] != target or words[:width] == target:
            return False
        extra = words[:-width]
        if not any(
            _GOVERNING_VERBAL_NOUN.match(word) is not None and word not in given_names() for word in extra
        ):
            return False
        return not self._title_tied(words) and not self.ends_person_entity(words)

    def _bond_in_apposition(self, words: tuple[str, ...], target: tuple[str, ...]) -> bool:
        """Whether a longer name is a noun of a bond and ``target`` in construct, set in
        apposition to another person ("مارك جادج، صديق كافانو": Judge, Kavanaugh's friend): the
        noun describes the person before the comma and is no given name of ``target``. Wherever
        the document writes the two words, a comma comes right before them after a person's name
        (:meth:`_person_before`; "صديق" is a given name too: "عمدة لندن، صديق خان" follows a
        title and a place)."""
        width = len(target)
        if len(words) != width + 1 or words[1:] != target or words[0] not in BOND_NOUNS:
            return False
        view = self._view
        if view is None:
            return False
        found = False
        for k in view.positions(words[0]):
            if tuple(view.keys[k + 1 : k + 1 + width]) != target:
                continue
            if k < 3 or not view.is_comma(k - 1) or not self._person_before(view, k - 2):
                return False
            found = True
        return found

    def _predicate_after_copula(self, words: tuple[str, ...], target: tuple[str, ...]) -> bool:
        """Whether a longer name is ``target`` and a word in the accusative ا after it, written
        only after كان or one of its sisters and closing the clause ("وحين سئل إن كان بوتين خصما،"):
        the subject of كان and its predicate, not a name that goes on."""
        width = len(target)
        view = self._view
        if view is None or len(words) != width + 1 or words[:width] != target:
            return False
        predicate = words[-1]
        if not predicate.endswith("ا") or len(predicate) - 1 < MIN_ACCUSATIVE_STEM:
            return False
        found = False
        for k in view.positions(words[0]):
            if tuple(view.keys[k : k + width + 1]) != words:
                continue
            if k == 0 or view.bare[k - 1] not in COPULAS | {"كان"}:
                return False
            end = k + width + 1
            if view.mention_label(end - 1) is not None or (end < len(view) and view.is_word(end)):
                return False  # a place ("كان بنك إنجلترا قد"), or the clause goes on
            found = True
        return found

    def _person_before(self, view: DocView, k: int) -> bool:
        """Whether word k ends a person's name: the last word of a person of the document, or of
        two name-shaped words (no article, title, place, body or function word: "توم هاردي")."""
        key = view.keys[k]
        if any(words[-1] == key for words in self._by_word.get(key, ()) if words in self._people):
            return True
        return all(
            view.is_word(j)
            and not has_article(view, j)
            and view.cues[j] is None
            and view.title_state(view.bare[j]) is None
            and not _is_place(view, j)
            and not any(view.words.is_a(kind, view.bare[j]) for kind in _NO_NAME_KINDS)
            for j in (k - 1, k)
        )

    def _title_tied(self, words: tuple[str, ...]) -> bool:
        """Whether the document pairs the name ``words`` with a title (:attr:`titled`)."""
        return words in self._titled_nisbas_map()

    def _body_word(self, word: str) -> bool:
        """Whether ``word`` is the head noun of a body or an outlet, with or without the article."""
        if self._view is None:
            return False
        bare = word[2:] if word.startswith("ال") else word
        classes = self._view.words.classes  # is_a of the two classes, its calls written out
        return bare in classes.get("institution", ()) or bare in classes.get("media", ())

    def _fullness(self, words: tuple[str, ...], usage: bool) -> tuple[int, int, bool, int]:
        """How :meth:`fullest` ranks a name: the longer first; of two names as long, the one the
        document writes more often in a row (its own spelling, "كيم يونغ أون" written three
        times, over a gazetteer's written once; the name it repeats over a one-off reading);
        where usage ties, a person's the earlier stages know ("يوسف الشاهد", not "تقييم الشاهد",
        a noun and its genitive that a frame took for a speaker); then its words' counts.
        Without ``usage`` (a body's name), the times written are not asked."""
        return (
            len(words),
            self._times_written(words) if usage else 0,
            self._written_person(words),
            self._spelling_score(words),
        )

    def _outranks(self, words: tuple[str, ...], best: tuple[str, ...], usage: bool) -> bool:
        """``self._fullness(words, usage) > self._fullness(best, usage)``, each part of the rank
        asked only while the parts before it tie: most candidates differ in length, and the times
        written need the document's words indexed."""
        if len(words) != len(best):
            return len(words) > len(best)
        if usage:
            written, best_written = self._times_written(words), self._times_written(best)
            if written != best_written:
                return written > best_written
        person, best_person = self._written_person(words), self._written_person(best)
        if person != best_person:
            return person > best_person
        return self._spelling_score(words) > self._spelling_score(best)

    def _times_written(self, words: tuple[str, ...]) -> int:
        """How often the document writes ``words`` in a row (counted once per sequence asked)."""
        if self._text is None:
            return 0
        found = self._sequence_counts.get(words)
        if found is None:
            text, positions = self._indexed_words()
            width = len(words)
            found = self._sequence_counts[words] = sum(
                text[k : k + width] == words for k in positions.get(words[0], ())
            )
        return found

    def _written_person(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` end a person entity's name and the document writes each of them (a
        gazetteer's spelling the document does not use is no surer than the document's own)."""
        if not all(self.word_counts[w] for w in words):
            return False
        # A preposition + the article after the first word is a complement of the verb, not a
        # given name going on ("وقال أسامة بالإنكليزية"، "X للتنسيق"): an entity read across it
        # is mis-tagged. A family name in بال (بالحاج) seldom ends in ة; at worst it loses this
        # tie-break only.
        if any(_preposition_with_article(word, self.word_counts) for word in words[1:]):
            return False
        if self._person_skeletons is None:
            self.ends_person_entity(words)  # builds the endings
            self._person_skeletons = frozenset(
                tuple(skeleton(w) for w in ending) for ending in self._person_endings or ()
            )
        # Any spelling of the entity's name: among spellings, the document's most used wins.
        return tuple(skeleton(w) for w in words) in self._person_skeletons

    def _description_words(self, words: tuple[str, ...], target: tuple[str, ...]) -> bool:
        """Whether the words a longer name adds to ``target`` hold a preposition's noun, ل/ب + a
        word the document writes alone or with the article ("منتقدون لسياسة ترامب"): a
        description that ends in the name, not the name given in full."""
        if len(words) <= len(target):
            return False
        extra = words[: len(words) - len(target)] if words[-len(target) :] == target else words[len(target) :]
        return any(
            word[:1] in "لب"
            and len(word) > 3
            and not word.startswith(("بال", "لال"))  # family names: بالحاج، بالطيب
            and (
                self.word_counts[word[1:]] > 0
                or self.word_counts["ال" + word[1:]] > 0
                # After a first word, ل/ب + a noun in ة is a preposition's complement: a name
                # goes on in given and family names, not in "لسياسة" (given names in ة open it).
                or (word is not words[0] and word.endswith("ه") and len(word) >= MIN_PREPOSED_NOUN)
            )
            for word in extra
        )

    def _runs_on(self, words: tuple[str, ...], target: tuple[str, ...]) -> bool:
        """Whether a longer name adds to ``target`` a word no name holds: a relative pronoun
        ("… الصينية التي وصفت"), or, in a person's name, ل/ب/ك + the article after its first
        word, the verb's complement ("النائب العام اريك شنايدرمان بالحصول على"). A body's name
        goes on in such words (الهيئة العامة للاستثمار); a family name in بال (بالحاج) is kept
        where the document gives it as a name of its own."""
        if len(words) <= len(target):
            return False
        width = len(target)
        extra = words[width:] if words[:width] == target else words[: len(words) - width]
        if any(word in RELATIVES for word in extra):
            return True
        if self._body_word(words[0]) or self._body_word(target[0]):
            return False
        if words[:width] == target and self._object_after_family_name(extra, target):
            return True
        return any(
            word is not words[0]
            and word.startswith(("بال", "كال", "لل"))
            and len(word) > 4
            and word[1:] not in GOD_NAMES  # "منتصر بالله"
            and not self._names_end_in(word)
            for word in extra
        )

    def _object_after_family_name(self, extra: tuple[str, ...], target: tuple[str, ...]) -> bool:
        """Whether words with the article follow a family name as the verb's object ("وحث
        جينبينغ الحزب الشيوعي" after "تشي جينبينغ"): ``target`` is one word that ends a fuller
        name of a person the document gives, so it is the family name, and a name does not go
        on after it in a definite noun (a regnal ordinal aside: "عبد الله الثاني") that the
        document also writes elsewhere, as a common noun is."""
        first = extra[0]
        if len(target) != 1 or not first.startswith("ال") or first in REGNAL_ORDINALS:
            return False
        if self._names_end_in(first):
            return False  # a family name of its own the document gives: "الحسيني"
        family = target[0]
        if family.startswith("ال"):
            return False  # "الخزانة الأميركية": a definite noun and its adjective, no family name
        if self.word_counts[first] <= self._times_written((family, first)):
            return False  # written only after the name: a family name of its own ("إيسكو الاركون")
        # The fuller name is a person's the document ties to a title or quotes ("الرئيس
        # الصيني، تشي جينبينغ،").
        return any(
            len(other) >= 2
            and other[-1] == family
            and not other[0].startswith("ال")
            and (self._title_tied(other) or self.speaks(" ".join(other)))
            for other in self._by_word.get(family, ())
        )

    def _names_end_in(self, word: str) -> bool:
        """Whether a speaker a frame gives, or a person entity, ends in ``word`` alone."""
        return (word,) in self.speakers or self.ends_person_entity((word,))

    def _written(self, words: tuple[str, ...]) -> bool:
        """Whether the document writes ``words`` in a row (read once per sequence asked)."""
        if self._text is None:
            return False
        found = self._sequences.get(words)
        if found is None:
            text, positions = self._indexed_words()
            width = len(words)
            found = self._sequences[words] = any(
                text[k : k + width] == words for k in positions.get(words[0], ())
            )
        return found

    def _indexed_words(self) -> tuple[tuple[str, ...], dict[str, list[int]]]:
        """The document's words and where each occurs (``_text`` must be set)."""
        if self._text_words is None:
            self._text_words = _words_of(self._text or "")
        if self._word_positions is None:
            positions: dict[str, list[int]] = {}
            for k, word in enumerate(self._text_words):
                positions.setdefault(word, []).append(k)
            self._word_positions = positions
        return self._text_words, self._word_positions

    def _given_name_before(self, target: tuple[str, ...]) -> str | None:
        """A person named by one word whom the document also writes with one given name before
        it, after a definite noun or a comma ("السباح جورج كورونيس" … "وقال كورونيس"، "…، رودي
        جولياني،"): a role or an apposition introduces the full name once. Only when the
        document writes one such given name, and the person is a speaker."""
        if target not in self._people or self._view is None:
            return None
        word = target[0]
        found = self._given_before.get(word)
        if found is None:
            found = given_names_before(self._view, word) or names_before_post(self._view, word)
            self._given_before[word] = found
        return next(iter(found)) if len(found) == 1 else None

    def _respelled_person(self, target: tuple[str, ...]) -> str | None:
        """The one person of the document whose family name is a one-word speaker's name
        transliterated another way (:func:`respelled_family_name`): a foreign name is spelled
        as each writer hears it, often twice in one article ("ينس ستولتنبرغ" … "وتابع
        ستولتبرغ"، "توم فورت" … "ويعتقد فورتي"). Only for a speaker, and only when one person
        of the document, or one given name the document writes before the name in a place that
        introduces a name, answers."""
        view = self._view
        if target not in self._people or view is None:
            return None
        word = target[0]
        # A word of the language or a place ("مصادر"، "روسيا") is no transliterated name: its
        # near spellings are its inflections and its nisba ("مصدر"، "روسي").
        if word in view.vocabulary or word in view.place_words():
            return None
        if not respelled_word_asked(word):
            return None  # too short or in the article: respelled_family_name matches no spelling
        found = {
            words
            for words in self._people
            if 1 < len(words) <= MAX_NAME_WORDS
            and words[-1] != word
            and words not in self._unfit
            and respelled_family_name(words[-1], word)
        }
        if len(found) > 1:
            return None
        if found:
            return self._surfaces.get(found.pop())
        given = self._respelled_given.get(word)
        if given is None:
            if self._keys_by_length is None:
                self._keys_by_length = name_like_keys_by_length(view)
            given = _respelled_given_names(view, word, self._keys_by_length)
            self._respelled_given[word] = given
        return next(iter(given)) if len(given) == 1 else None

    def person_ending_in(self, word: str) -> str | None:
        """The one person of the document whose name has more than one word and ends in
        ``word`` ("بشار الأسد" for "الأسد"), or None when none or several do."""
        found = {
            words
            for words in self._by_word.get(word, ())
            if len(words) > 1 and words[-1] == word and words in self._people and words not in self._unfit
        }
        return self._surfaces[found.pop()] if len(found) == 1 else None

    def speaking_country(self, view: DocView, entity_id: str) -> tuple[str, str] | None:
        """(entity id, name) of the country whose city ``entity_id`` names, when the document
        also makes that country itself the subject of a verb of saying, at least as often as the
        city: "باريس تدعو …" and "دعت فرنسا …" are one government, which the document names by
        its country. A capital the country never speaks beside keeps its own name ("قالت كييف"),
        and so does one whose country is only cited after بحسب or وفق, or one the document makes
        speak more often than its country ("أعلنت بكين" three times, "تعهدت الصين" once): that
        document names the government by its capital."""
        if self.entities is None:
            return None
        city = self.entities.entities.get(entity_id)
        country_kb = None if city is None or city.kb_id is None else city_countries().get(city.kb_id)
        if country_kb is None:
            return None
        for entity in self.entities.entities.values():
            if entity.kb_id != country_kb or entity.label != "LOC":
                continue
            said = self._verb_subject_mentions(view, entity.id)
            if said and said >= self._verb_subject_mentions(view, entity_id):
                return entity.id, entity.name
        return None

    def _verb_subject_mentions(self, view: DocView, entity_id: str) -> int:
        """How many mentions of ``entity_id`` are a speaker's name right after a verb of saying
        ("دعت فرنسا"، "أعلنت بكين")."""
        assert self.entities is not None
        count = 0
        for mention in self.entities.mentions:
            if mention.entity != entity_id or name_words(mention.text) not in self.speakers:
                continue
            k = bisect.bisect_left(view.starts, mention.start)
            at_token = 0 < k < len(view.starts) and view.starts[k] == mention.start
            cue = view.cues[k - 1] if at_token else None
            if cue is not None and cue.kind == "verb":
                count += 1
        return count

    def person_closing(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` are the name of a person the document names elsewhere by exactly these
        words, a speaker's or a titled name ("السبسي" of "وأضاف السبسي"), or end the name of a
        person entity of the earlier stages. A longer speaker name they only end may be a body
        and its adjective ("الجيش الأميركي" for "الأميركي")."""
        if not words:
            return False
        if words in self._people and words not in self._unfit:
            return True
        return self.ends_person_entity(words)

    def ends_person_entity(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` end the name of a person entity of the earlier stages."""
        if self._person_endings is None:
            people = self.entities.entities.values() if self.entities else ()
            self._person_endings = frozenset(
                ending
                for named in (name_words(e.name) for e in people if e.label == "PER")
                for ending in (named[-width:] for width in range(1, len(named) + 1))
            )
        return words in self._person_endings

    def _family_name_with_article_toggled(self, word: str) -> str | None:
        """The one person whose family name is ``word`` with the article added or dropped:
        Maghreb family names in ـي are written both ways ("سلوى غزواني" … "قالت الغزواني"،
        "عمر الولباني" … "وقال ولباني")."""
        if not word.endswith("ي") or len(word) < MIN_FAMILY_NAME:
            return None
        other = word[2:] if word.startswith("ال") else "ال" + word
        found = {
            words
            for words in self._by_word.get(other, ())
            if len(words) > 1 and words[-1] == other and words in self._people and words not in self._unfit
        }
        return self._surfaces[found.pop()] if len(found) == 1 else None

    def expand_definite(self, view: DocView, first: int) -> str | None:
        """The full name a one-word definite reference stands for: "المنظمة" after "منظمة حظر
        الأسلحة الكيميائية", "الوزارة" after "وزارة الدفاع الروسية". Arabic refers back to a
        named body by its head noun with the article; the nearest earlier naming wins."""
        key = view.bare[first]
        if not key.startswith("ال") or len(key) < 5:
            return None
        head = key[2:]
        if head in _QUANTIFIERS:
            # "وذكر البعض": some people, no body named before by its head noun ("بعض الأسماء" is
            # no naming of "البعض").
            return None
        return self.expand_head(view, head, first)

    def expand_head(self, view: DocView, head: str, first: int) -> str | None:
        """The nearest naming before token ``first`` of a body by the head noun ``head``
        (without the article): "وزارة العدل" for a reference "الوزارة" or "للوزارة". A body whose
        name opens with the article is named too ("الهيئة العليا المستقلة للاتصال"): see
        :func:`_definite_body_name`; the nearer naming of the two forms wins."""
        indefinite = bare_before(view, head, first, EXPANSION_REACH)
        if len(head) >= 3 and head[:1] != "ل" and not head.endswith("ات") and _body_head_key(view, head):
            # "تقرير لمجلة X الأميركية" … "المجلة الأميركية": a body named under ل (whose report, whose
            # statement) is named as well as one named alone; the nearer naming wins. Not a plural
            # head (many bodies), nor one opening with ل ("للجنة" is ل with اللجنة).
            # A body the document already refers to with the article before the ل naming ("كشفت
            # النيابة العامة …" … "التابع لنيابة العاصمة") is the one the reference goes on with.
            li = [
                j
                for j in bare_before(view, "ل" + head, first, EXPANSION_REACH)
                if not bare_before(view, "ال" + head, j, EXPANSION_REACH)
            ]
            indefinite = sorted(indefinite + li, reverse=True) if li else indefinite
        # A plural head ("السلطات") is many bodies, not one named body.
        plural = head.endswith("ات")
        definite = [] if len(head) < 3 or plural else bare_before(view, "ال" + head, first, EXPANSION_REACH)
        own = {i: end for i in definite if (end := _definite_body_name(view, i)) is not None}
        nearest = max(own, default=-1)
        editorial = _editorial_outlet(view, first) if head in _NEWSPAPER_HEADS else None
        if editorial is not None and editorial[0] > nearest:
            nearest = -1  # the editorial is nearer than a naming that opens with the article
        for i in indefinite:  # nearest first
            if i < nearest:
                break
            if editorial is not None and i < editorial[0]:
                break
            found = self._indefinite_naming(view, i) or self._quoted_naming(view, i, first)
            if found is not None:
                return found
        if editorial is not None and editorial[0] > nearest:
            return editorial[1]
        if own:
            return view.text_of(nearest, own[nearest])
        return _ministry_of_minister(view, first) if head == _MINISTRY else None

    def definite_namings(self, view: DocView, head: str, first: int) -> list[str]:
        """Every naming before token ``first`` of a body whose name opens with the article and
        the head noun ``head`` (:func:`_definite_body_name`), in text order."""
        if len(head) < 3 or head.endswith("ات"):
            return []
        found = []
        for i in reversed(bare_before(view, "ال" + head, first, EXPANSION_REACH)):
            end = _definite_body_name(view, i)
            if end is not None:
                found.append(view.text_of(i, end))
        return found

    def _indefinite_naming(self, view: DocView, i: int) -> str | None:
        """The body's name that the head noun at token ``i`` opens, without the article: the head
        and its definite genitives and adjectives ("وزارة الدفاع الروسية")."""
        if not view.is_word(i):
            return None
        # "لمجلة X": the head under ل names the body as the head alone does, without the ل.
        li = view.bare[i][:1] == "ل" and _body_head_key(view, view.bare[i][1:]) and not _body_head(view, i)
        words = [i]
        k = i + 1
        while k < len(view) and view.is_word(k) and len(words) < MAX_EXPANSION_WORDS:
            nxt = view.bare[k]
            verb_like = nxt.startswith("ي") and nxt.endswith(("ه", "ها", "هم", "ون"))  # يصدره
            stop = (
                nxt in EXPANSION_STOPS
                or nxt.startswith(("ان", "بان"))
                or _is_stop_key(view, nxt)
                or verb_like
            )
            if (
                len(words) == 2
                and not stop
                and not has_article(view, words[1])
                and not nxt.startswith("ال")
                and (li or _body_head(view, i))
            ):
                # "منظمة هيومن رايتس ووتش الأمريكية": a foreign name runs on without the article
                # to the nisba (or the complementizer) that closes it.
                end = _foreign_name_end(view, i, k)
                if end is not None:
                    return self._own_name_after_li(view, i, end, li)
            if stop or (len(words) > 1 and not nxt.startswith(("ال", "وال"))):
                break
            if len(words) == 1 and _conjoined(view, k):
                break  # "منظمون وصحافيون": و opens a second noun, no genitive of the head
            coordinated = view.keys[k][:1] == "و" and view.keys[k][1:3] == "ال"
            if coordinated and view.title_state(view.keys[k][1:]) is not None:
                break  # "مالك نادي X والرئيس الشرفي …": a second post of the person opens
            if len(words) == 1 and nxt.startswith(("بال", "كال")):
                break  # "ضباط شرطة بالتورط": a preposition's definite noun, not the body's name
            possessed = _possessed_noun(nxt) if len(words) == 1 else None
            if possessed is not None:
                # "البنك … اجتماع مجلس إدارته": the pronoun's owner is part of the name.
                owner = self._pronoun_owner(view, i, possessed == "تها")
                if owner is not None:
                    noun = view.tokens[k].text
                    noun = noun[: len(noun) - len(possessed)] + "ة"
                    return f"{_without_li(view.tokens[i].text, li)} {noun} {owner}"
            words.append(k)
            k += 1
        if len(words) > 1:
            # "منظمة حقوق الإنسان "هيومن رايتس ووتش"": the name in marks after the description
            # is the body's own name.
            chain = self._own_name_after_li(view, words[0], words[-1] + 1, li)
            quoted = quoted_name_after(view, words[-1])
            return chain if quoted is None else f"{_clean(chain)} {quoted}"
        return None

    def _quoted_naming(self, view: DocView, i: int, first: int) -> str | None:
        """ "جمعية "أخياه"": a body's head alone, then its own name in marks, for a reference
        at ``first`` by the head alone ("الجمعية"); a reference with a nisba ("الشرطة
        الفيدرالية" after "شرطة "هاليفاكس"") names a body of its own. Not under ل ("لقناة
        "سكاي""), where a definite naming after it may be the nearer one; not an outlet's or an
        agency's head (وكالة "فيتش"), whose name in marks the outlet paths read (:mod:`resolve`)."""
        if not view.is_word(i) or not view.words.is_a("institution", view.bare[i]) or view.bare[i] == "وكاله":
            return None
        if first + 1 < len(view) and _after_nisbas(view, first + 1) != first + 1:
            return None
        quoted = quoted_name_after(view, i)
        return None if quoted is None else f"{view.tokens[i].text} {quoted}"

    def _own_name_after_li(self, view: DocView, i: int, end: int, li: bool) -> str:
        """The body's name read from its head at ``i`` to ``end``, without a ل on the head; a body
        named under ل that the document also quotes by its own name ("طائرة تابعة لشركة ستار
        فلاي الأوروبية" … "وقالت ستار فلاي") is that name, as :func:`resolve.body_of_kind` reads it."""
        if not li:
            return view.text_of(i, end)
        for last in range(end, i + 1, -1):
            if name_words(view.text_of(i + 1, last)) in self.speakers:
                return view.text_of(i + 1, last)
        return _without_li(view.text_of(i, end), li)

    def _pronoun_owner(self, view: DocView, i: int, feminine: bool) -> str | None:
        """The body a possessive pronoun on the genitive after the head at ``i`` refers to: the
        nearest body noun before it in the sentence whose gender the pronoun has ("وأفاد البنك،
        في بيان حول اجتماع مجلس إدارته" → البنك; "الشركة … مجلس إدارتها" → الشركة), by its name:
        its own definite adjectives, else the body it refers back to, else the name the
        document first gave it with adjectives ("البنك المركزي التونسي"). None when no body
        noun of that gender comes before it in the sentence."""
        start, _ = view.sentence_range(i)
        for j in range(i - 1, start - 1, -1):
            if not view.is_word(j):
                continue
            key = view.bare[j]
            definite = key.startswith("ال")
            head = key[2:] if definite else key
            if not _body_head_key(view, head) or head.endswith("ات") or head.endswith("ه") != feminine:
                continue
            if not definite:
                return self._indefinite_naming(view, j)
            own = _definite_chain_end(view, j)
            if own > j + 1:
                return _clean(view.text_of(j, own))
            expanded = self.expand_definite(view, j)
            if expanded is not None:
                return _clean(expanded)
            for earlier in bare_before(view, key, j, EXPANSION_REACH):
                end = _definite_chain_end(view, earlier)
                if end > earlier + 1:
                    return _clean(view.text_of(earlier, end))
            return view.tokens[j].text
        return None

    def outlet_quoted_in_full(self, view: DocView, expanded: str, first: int) -> str | None:
        """The outlet a definite head noun ("الصحيفة") refers back to, in full: an outlet's
        foreign name ("صحيفة يو إس أي توداي كتبت") has no article for :meth:`expand_head` to
        run on with, so the nearest naming is read on over words without the article up to the
        verb of saying the outlet is the subject of. None when it does not end at such a verb.

        The name also ends where a definite nisba closes it ("صحيفة لوريون لوجور اللبنانية"،
        "وكالة أسوشيتد برس الأمريكية": the gentilic follows the whole foreign name), and, after a
        verb of saying, at the complementizer ("ذكرت صحيفة نيويورك تايمز أن")."""
        words = name_words(expanded)
        if len(words) < 2:
            return None
        for i in bare_before(view, view.bare[first][2:], first, EXPANSION_REACH):
            if not view.is_word(i) or name_words(view.text_of(i, i + len(words))) != words:
                continue  # not the naming expand_head found
            k = i + 1
            while k < len(view) and k - i <= MAX_EXPANSION_WORDS and view.is_word(k) and view.cues[k] is None:
                key = view.bare[k]
                if k - i > len(words) and _closes_foreign_name(view, i, k):
                    return view.text_of(i, _after_nisbas(view, k))
                if key.startswith("ال") or _is_stop_key(view, key) or view.title_state(key) is not None:
                    return None
                k += 1
            if k - i <= len(words) or k >= len(view) or view.cues[k] is None or view.cues[k].kind != "verb":
                return None
            return view.text_of(i, k)
        return None

    def nearest_before(self, view: DocView, first: int, last: int) -> str | None:
        """The known name written closest before token ``last`` (and not before ``first``);
        a proclitic (لـ، بـ، و) on its first word is allowed: "كلمة لعبدالملك الحوثي"."""
        for i in range(last - 1, first - 1, -1):
            if not view.is_word(i):
                continue
            key = view.keys[i]
            candidates = self._by_word.get(key, set()) | self._by_word.get(key[1:], set())
            # Longest first; among names as long, the one read without a proclitic, then by
            # spelling: a set's order changes with each process's hash seed.
            for words in sorted(candidates & self._people, key=lambda w: (-len(w), len(w[0]), w)):
                width = len(words)
                start = i - width + 1
                if start < first or not all(view.is_word(k) for k in range(start, i + 1)):
                    continue
                keys = [view.keys[k] for k in range(start, i + 1)]
                head = keys[0]
                if keys[1:] == list(words[1:]) and (head == words[0] or head[1:] == words[0]):
                    surface = [view.tokens[k].text for k in range(start, i + 1)]
                    if head != words[0]:
                        surface[0] = surface[0][1:]  # the proclitic
                    return " ".join(surface)
        return None

    def _joins_two_speakers(self, words: tuple[str, ...], target: tuple[str, ...]) -> bool:
        """ "كيم ترامب" from "وصف كيم ترامب بأنه": the words added to the short name are a
        speaker of their own in this document, so the pair is subject and object."""
        if words[: len(target)] == target:
            extra = words[len(target) :]
        elif words[-len(target) :] == target:
            extra = words[: -len(target)]
        else:
            return False
        if not extra:
            return False
        if extra == words[len(target) :] and self._family_name_of_apposed(words):
            return False  # "محمد خير الزبير، محافظ …" … "وأكد الزبير": one person, his family name
        if len(extra) == 1 and self._one_titled_person(words):
            return False  # "الفنان عاصي الحلاني" … "وقال عاصي" … "وعبر الحلاني": one person
        if len(extra) == 1:
            # "أيد ماكين بوش في مواقفه": a word after the name that another person of the
            # document is named with ("جورج بوش الابن") is that person, the verb's object.
            return extra in self._people or (
                extra == words[len(target) :] and self._word_of_other_person(words)
            )
        # "وصف ظريف تصريحات نتانياهو": the verb's subject, its object and the object's genitive,
        # another person's name. The added words reach, on their far side, the name of a speaker
        # of the document's own with a noun between: a name goes on in given and family names
        # (joined by بن، عبد، أبو …), never across a common noun into another person's name.
        after = words[: len(target)] == target
        for width in range(1, len(extra)):
            other = extra[-width:] if after else extra[:width]
            between = extra[:-width] if after else extra[width:]
            if (
                other in self._people
                and other != target
                and not any(w in NAME_LINKS for w in between)
                and all(self.word_counts[w] for w in other)
                and not (set(between) & self._name_words_of(other, extra))
            ):
                return True
        return False

    def _one_titled_person(self, words: tuple[str, ...]) -> bool:
        """Whether ``words``, a name of two words the document writes with a title ("الفنان
        عاصي الحلاني"), is one person though a word of it speaks alone too: no other
        name of two words or more the document gives holds either word, so the given name and
        the family name, each used alone later ("وقال عاصي"، "وعبر الحلاني"), are that person's.
        A subject and an object side by side ("وصف كيم ترامب") are each named in full elsewhere,
        and "لي" is not "تو لي" where the document also names "لي هونغ تشين"."""
        if len(words) != 2 or words not in self._titled_nisbas_map():
            return False
        if any(
            other != words and len(other) >= 2 and other not in self._unfit
            for word in words
            for other in self._by_word.get(word, ())
        ):
            return False
        return not self._written_in_another_name(words)

    def _written_in_another_name(self, words: tuple[str, ...]) -> bool:
        """Whether a word of the two-word name ``words``, written without the other, goes on
        into another word a name may hold ("كان لي هونغ تشين" beside "تو لي"): the name of
        another person the index may not know. A word alone is followed by punctuation, a
        function word, a complementizer or a time word ("وقال عاصي في"، "وأكد عاصي أن")."""
        view = self._view
        if view is None:
            return True
        first, last = words
        for k in view.key_positions(first):
            nxt = k + 1
            if nxt < len(view) and view.keys[nxt] != last and _name_goes_on(view, nxt):
                return True
        for k in view.key_positions(last):
            nxt = k + 1
            if (k == 0 or view.keys[k - 1] != first) and nxt < len(view) and _name_goes_on(view, nxt):
                return True
        return False

    def _word_of_other_person(self, words: tuple[str, ...]) -> bool:
        """Whether the last of ``words``, a word without the article, is the family name of
        another person the document names or quotes by two words or more, which share no other
        word with them; and ``words`` themselves are no name the document quotes or titles (only
        the earlier stages read them as one)."""
        last = words[-1]
        if last.startswith("ال") or words in self._people:
            return False
        return any(
            len(other) >= 2 and other[-1] == last and not set(other) & set(words[:-1])
            for other in self._people
        )

    def _family_name_of_apposed(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` is the name of a person the document sets in apposition to a post
        ("كشف الدكتور محمد خير الزبير، محافظ بنك السودان المركزي،") and the one person whose name
        ends in its last word: a speaker of that word alone ("وأكد الزبير") is this person by the
        family name, not a second one joined to the given names."""
        if len(words) < 2 or not any(
            entry.apposition and name_words(entry.name) == words
            for group in self.titled.values()
            for entry in group
        ):
            return False
        one = self.person_ending_in(words[-1])
        return one is not None and name_words(one) == words

    def family_name_of_place(self, view: DocView, text: str) -> str | None:
        """The person a one-word speaker names when the gazetteer read it as a place: the
        family name of the one person the document sets in apposition to a post ("محمد خير
        الزبير، محافظ …" … "وأكد الزبير", not the town of الزبير). Only where the document never
        writes the word as a place, after a preposition of place or with ب/ل on it."""
        words = name_words(text)
        if len(words) != 1:
            return None
        one = self.person_ending_in(words[0])
        if one is None or not self._family_name_of_apposed(name_words(one)):
            return None
        key = words[0]
        stem = key[2:] if key.startswith("ال") else key
        for clitic in ("ب" + key, "ل" + key, "لل" + stem, "بال" + stem):
            if next(view.positions(clitic), None) is not None:
                return None  # "في البصرة والزبير": "بالزبير" is the town
        if any(k > 0 and view.bare[k - 1] in _PLACE_PREPOSITIONS for k in view.positions(key)):
            return None
        return one

    def _name_words_of(self, words: tuple[str, ...], run_on: tuple[str, ...]) -> set[str]:
        """The words of every longer name of the document that holds ``words`` and is not read
        across ``run_on`` (those are names of the run-on itself)."""
        found: set[str] = set()
        for other in self._by_word.get(words[0], ()):
            if len(other) > len(words) and contains_words(other, words) and not contains_words(other, run_on):
                found.update(other)
        return found

    def _coordinated(self, words: tuple[str, ...]) -> bool:
        """ "ترامب وكيم": a و-word whose bare form the document also writes alone is a second
        person, not part of one name."""
        return any(w[:1] == "و" and len(w) > 3 and self.word_counts[w[1:]] > 0 for w in words[1:])

    def recurs(self, name: str) -> bool:
        """Whether the last word of ``name`` occurs more than once in the document."""
        words = name_words(name)
        return bool(words) and self.word_counts[words[-1]] > 1

    def title_name(self, title: tuple[str, ...], position: int, sure_only: bool = False) -> str | None:
        """The name a title stands next to: the nearest sure pairing (an apposition, or a name
        the document repeats), else the nearest adjacent one, to ``position``. A former holder
        is "السابق" or "الأسبق" as the writer likes: only when the document pairs no name with
        the same word does the other one count ("الوزير السابق" ~ "وزير الخارجية الأسبق")."""
        # "رئيس الدبلوماسية الفرنسية" is "وزير الخارجية الفرنسي": one office in other words.
        title = _office_synonym(title)
        found = self._title_name(title, position, sure_only, same_office)
        if found is None and title and any(w in FORMER_ALTERNATES for w in title):
            found = self._title_name(title, position, sure_only, _same_office_any_former)
        if found is None:
            # "سفير دولة ألمانيا" ~ "السفير الألماني": a country or its nisba, one office; only
            # a sure pairing, as the equivalence reaches further than the words of the title.
            found = self._title_name(title, position, True, same_country_office)
            if found is None:
                # "الرئيس الكوري الجنوبي" ~ "رئيس كوريا الجنوبية مون جاي إن": one person only holds
                # the office in the whole document, so the title is that person's.
                found = self._sole_holder(title, same_country_office)
            if found is None:
                # "الوزير النرويجي" ~ "وزير الخارجية النرويجي بورج براندي": the post and the
                # country, without the portfolio, point to the one such holder the document names.
                found = self._sole_holder(title, _post_of_country)
            if found is None:
                # "زعيمة اليمين المتطرف" ~ "زعيمة حزب الجبهة الوطنية اليميني مارين لوبان": the
                # post's genitive is the noun the other title's nisba is made from, and the
                # document gives that post to one person only.
                found = self._sole_holder(title, _genitive_as_nisba)
            if found is None:
                # "المتحدث باسم التحالف العربي" ~ "المتحدث الرسمي باسم قوات التحالف لدعم
                # الشرعية في اليمن، X،": a spokesman's body named again in fewer words.
                found = self._sole_holder(title, _same_spokesman_body)
            if found is None and title and _title_core(title[0]) in COUNTERPARTS:
                # "نظيره القطري": a counterpart is named by the country; the one person the
                # document titles with that country's nisba is the counterpart.
                found = self._sole_holder(title, _same_country, any_head=True)
            if found is not None and not self._attested_holder(found, title):
                # A person the document quotes or the earlier stages know, not the words after a
                # title's comma ("…، وزير الخارجية البحريني، أعاد نشر المقابلة").
                found = None
        return found

    def _attested_holder(self, name: str, title: tuple[str, ...]) -> bool:
        """Whether ``name``, found as the one holder of a post, is surely a person's: a speaker
        or person entity (:meth:`speaks`), a person the document quotes by the family name alone
        ("وزير الخارجية الإيراني محمد جواد ظريف … وقال ظريف"), a name of two words or more the
        document writes whole more than once ("مارين لوبان" … "اتهامات مارين لوبان"), or one set
        off by commas after a post of the same head ("وزير الإعلام اليمني، معمر الأرياني،"): a
        clause run on after a title's comma is neither written twice nor closed by a comma."""
        if self.speaks(name):
            return True
        words = name_words(name)
        if len(words) < 2 or words in self._unfit or first_word_definite(name, words):
            return False
        if any(words[-width:] in self.speakers for width in range(1, len(words))):
            return True
        if self._times_written(words) > 1:
            return True
        entries = self.titled.get(_title_core(title[0]), []) if title else []
        return any(entry.set_off and same_words(entry.name, name) for entry in entries)

    def _title_name(
        self,
        title: tuple[str, ...],
        position: int,
        sure_only: bool,
        compatible: Callable[[tuple[str, ...], tuple[str, ...]], bool],
    ) -> str | None:
        entries = self.titled.get(_title_core(title[0]), []) if title else []
        entries = self._of_the_nisba(entries, title, compatible)
        if len(title) == 1 and self._unmarked_holder_named(entries, title, compatible):
            # "الوزير" after "وزير الشؤون الخارجية، X، … رفقة الوزير الجزائري …، Y،": a holder
            # marked by a nisba is the other party; the bare title is the unmarked holder.
            entries = [e for e in entries if not _nisba_marked(e.title)]
        positions = [entry.position for entry in entries]  # entries are in document order
        at = bisect.bisect_left(positions, position)
        # The title's own apposition ("…، المعتمد الأول لولاية صفاقس، عبد الباسط المنصري") names
        # it; else a title refers back to the holder the document has introduced: the nearest
        # compatible pairing before it, sure before not sure; one after it only when none is before.
        own = at
        while own < len(entries) and entries[own].position == position:
            if entries[own].apposition and compatible(entries[own].title, title):
                return entries[own].name
            own += 1
        before = range(at - 1, max(-1, at - 1 - TITLE_SEARCH), -1)
        after = range(at, min(len(entries), at + TITLE_SEARCH))
        for side in (before, after):
            best_any: TitledName | None = None
            for k in side:
                entry = entries[k]
                if not compatible(entry.title, title):
                    continue
                if entry.apposition or (self.recurs(entry.name) and self._named_alone(entry.name)):
                    return entry.name
                if best_any is None and not _bare_answers_construct(entry.title, title):
                    best_any = entry
            if best_any is not None and not sure_only:
                return best_any.name
        return None

    def _of_the_nisba(
        self,
        entries: list[TitledName],
        title: tuple[str, ...],
        compatible: Callable[[tuple[str, ...], tuple[str, ...]], bool],
    ) -> list[TitledName]:
        """The holders a title with a nisba ("الرئيس الأميركي") may refer back to: those the
        document titles with that nisba and a name (:meth:`_name_shaped`, or one set off by
        commas, however long: "العاهل البحريني، الملك حمد بن عيسى آل خليفة،"), if any
        ("الرئيس الأميركي X" before "الرئيس Y", another country's president); else all but those
        the document gives another nisba ("وزير الخارجية المصري X" is not "الوزير الإماراتي").
        A word read as a name after the title ("اللواء اليحيى اكتمال وصول") marks no holder."""
        roots = self._title_countries(title)
        if not roots or not entries:
            return entries
        marked = [
            e
            for e in entries
            if roots <= title_nisbas(e.title)
            and compatible(e.title, title)
            and (self._name_shaped(e) or e.set_off)
        ]
        if marked:
            return marked
        return [e for e in entries if not ((held := self._holder_nisbas(e.name)) and not roots & held)]

    def _title_countries(self, title: tuple[str, ...]) -> set[str]:
        """The countries a title names: the roots of its nisbas ("الوزير المصري" -> {مصر}), and a
        definite genitive after an indefinite head read as its nisba ("ملك البحرين" -> {بحرين})
        when the genitive is a place the earlier stages found and the document gives some title
        that nisba ("العاهل البحريني")."""
        roots = title_nisbas(title)
        if len(title) < 2 or title[0].startswith("ال") or not title[1].startswith("ال"):
            return roots
        if _nisba_root(title[1]) is not None:
            return roots
        if self._view is None or title[1] not in self._view.place_words():
            return roots  # "وزير الاقتصاد": a domain, though "الاقتصادي" is a nisba too
        cores, _, _ = _country_words((title[0], title[1]))
        root = cores[0] if cores else None
        if root and any(root in held for held in self._titled_nisbas_map().values()):
            return roots | {root}
        return roots

    def _holder_nisbas(self, name: str) -> set[str]:
        """The roots of the nisbas of every title the document ties to ``name`` or to its
        fullest form ("الملك عبدالله" after "العاهل السعودي الراحل الملك عبدالله بن عبدالعزيز")."""
        held = self._titled_nisbas(name)
        fuller = self.fullest(name)
        return held | self._titled_nisbas(fuller) if fuller != name else held

    def _titled_nisbas(self, name: str) -> set[str]:
        """The roots of every nisba in the titles the document pairs with ``name`` ("وزير
        الخارجية المصري X" -> {مصر})."""
        return self._titled_nisbas_map().get(name_words(name), set())

    def _titled_nisbas_map(self) -> dict[tuple[str, ...], set[str]]:
        """The words of each name the document pairs with a title -> the roots of its titles'
        nisbas; built once, on first use (the pairings are final once the index is built)."""
        if self._name_nisbas is None:
            self._name_nisbas = {}
            for group in self.titled.values():
                for entry in group:
                    self._name_nisbas.setdefault(name_words(entry.name), set()).update(
                        title_nisbas(entry.title)
                    )
        return self._name_nisbas

    def _unmarked_holder_named(
        self,
        entries: list[TitledName],
        title: tuple[str, ...],
        compatible: Callable[[tuple[str, ...], tuple[str, ...]], bool],
    ) -> bool:
        """Whether holders of ``title`` include one marked by a nisba ("الوزير الجزائري") and one
        without, paired surely (an apposition, or a name the document repeats)."""
        fitting = [e for e in entries if compatible(e.title, title)]
        return any(_nisba_marked(e.title) for e in fitting) and any(
            not _nisba_marked(e.title)
            and (e.apposition or (self.recurs(e.name) and self._named_alone(e.name)))
            for e in fitting
        )

    def _sole_holder(
        self,
        title: tuple[str, ...],
        compatible: Callable[[tuple[str, ...], tuple[str, ...]], bool],
        any_head: bool = False,
    ) -> str | None:
        """The name of the one person the document pairs with a title ``compatible`` with
        ``title`` (among titles of the same head, or of any head); None when no one or more
        than one person is."""
        if any_head:
            entries = [e for group in self.titled.values() for e in group]
        else:
            entries = self.titled.get(_title_core(title[0]), []) if title else []
        holders = {self.fullest(e.name) for e in entries if compatible(e.title, title)}
        return holders.pop() if len(holders) == 1 else None

    def speaks(self, name: str) -> bool:
        """Whether ``name`` is a speaker's name a frame gives, or ends a person entity's name."""
        words = name_words(name)
        if words in self.speakers or words in self._seated:
            return True
        return self.person_closing(words) and words not in self._people

    def _named_alone(self, name: str) -> bool:
        """Whether the last word of ``name`` also occurs without the words before it: a
        person's family name comes back alone ("قايد السبسي" … "السبسي"), while a noun phrase
        read as a name after a title only ever recurs whole ("زيارة دولة" … "زيارة دولة")."""
        words = name_words(name)
        if len(words) < 2 or self._text is None:
            return True
        if words not in self._alone:
            text, positions = self._indexed_words()
            width = len(words)
            whole = sum(
                1
                for k in positions.get(words[-1], ())
                if k >= width - 1 and text[k - width + 1 : k + 1] == words
            )
            self._alone[words] = self.word_counts[words[-1]] > whole
        return self._alone[words]

    def _spelling_score(self, words: tuple[str, ...]) -> int:
        return sum(self.word_counts[w] for w in words)


def _longer_post(view: DocView, i: int, phrase: SpeakerPhrase | None, last: int) -> SpeakerPhrase | None:
    """The phrase of the title at token i read further when the window ended before the
    sentence and no holder was found in it: a long post, its seat and a rank before its
    holder's name set off by a comma ("المتحدث الرسمي باسم قوات التحالف … في اليمن، العقيد
    الركن X"); the holder is a name of two words or more. Else ``phrase``."""
    if phrase is None or phrase.kind != "title" or last >= view.sentence_range(i)[1]:
        return phrase
    longer = parse_speaker(view, i, min(view.sentence_range(i)[1], i + TITLE_PAIRING_WINDOW))
    if longer is None or longer.title is None or longer.name is None or longer.name[1] - longer.name[0] < 2:
        return phrase
    return longer


def _respelled_given_names(view: DocView, word: str, by_length: dict[int, list[str]]) -> set[str]:
    """The given names the document writes before another spelling of the one-word name
    ``word`` (:func:`respelled_family_name`, :func:`given_names_before`); ``by_length`` is
    :func:`name_like_keys_by_length` of the view."""
    if not respelled_word_asked(word):
        return set()
    keys = [key for n in range(len(word) - 2, len(word) + 3) for key in by_length.get(n, ())]
    # Only a key with the word's letters (a swap) or close letters can pass
    # respelled_family_name; the close ones are found by rapidfuzz over all keys at once. The
    # keys are spelled as compared in one call (no key holds a line break).
    joined = "\n".join(keys)
    close = process.extract(
        word.replace(*_HARD_G),
        joined.replace(*_HARD_G).split("\n") if _HARD_G[0] in joined else keys,
        scorer=fuzz.ratio,
        score_cutoff=SPELLING_SIMILARITY,
        limit=None,
    )
    tried = {keys[k] for _, _, k in close}
    letters = sorted(word)
    tried.update(key for key in by_length.get(len(word), ()) if sorted(key) == letters)
    spellings = {key for key in tried if respelled_family_name(key, word)}
    return set().union(*(given_names_before(view, key) for key in sorted(spellings)))


def respelled_word_asked(word: str) -> bool:
    """Whether :func:`_respelled_given_names` looks for other spellings of ``word`` at all: a
    word of MIN_RESPELLED_NAME letters or more with no article."""
    return len(word) >= MIN_RESPELLED_NAME and not word.startswith("ال")


def name_like_keys_by_length(view: DocView) -> dict[int, list[str]]:
    """The document's words that may be another spelling of a transliterated name, by length:
    no word of the language (like the name itself, :meth:`NameIndex._respelled_person`), of
    MIN_RESPELLED_NAME letters or more and with no article (:func:`respelled_family_name`).
    The words of the language are left out at C speed."""
    found: dict[int, list[str]] = {}
    for key in filterfalse(view.vocabulary.__contains__, view.distinct_keys()):
        if len(key) >= MIN_RESPELLED_NAME and not key.startswith("ال"):
            found.setdefault(len(key), []).append(key)
    return found


def given_names_before(view: DocView, family: str) -> set[str]:
    """The two words as written wherever ``family`` (a key) is the second of two name-like words
    that a role introduces ("السباح الأسترالي جورج كورونيس"، "وزير المخابرات إسرائيل كاتس") or
    that stand in apposition between commas ("…، رودي جولياني،")."""
    found: set[str] = set()
    if family.startswith("ال"):
        return found
    # The key's own tokens only: most documents never ask, and those that ask, ask for a word or two.
    for k in view.positions(family, 2):
        if k >= len(view.tokens) - 1:
            return found
        if _family_after_given(view, k):
            found.add(f"{view.tokens[k - 1].text} {view.tokens[k].text}")
    return found


def names_before_post(view: DocView, family: str) -> set[str]:
    """The two words as written wherever ``family`` (a key) is the second of two name-like words
    that open a verb's clause and that the person's indefinite post follows in apposition
    ("جدد أنتونيو كونتي مدرب تشيلسي الثقة في …"، "وتلقى خوان ماتا لاعب وسط يونايتد …"): a
    document names a person in full once, as the subject or object of any verb, with the post
    that says who he is, and by the family name after. Read only where no role or comma
    introduces a given name (:func:`given_names_before`).

    The word before the two is no word with the article (a verb never takes it: "في المقابل
    غامر دياز مدرب الهلال" is a verb and its subject) and no function word ("أن يستقبل ترمب
    رئيس كوريا": a verb, its subject and its object)."""
    found: set[str] = set()
    if family.startswith("ال"):
        return found
    for k in view.positions(family, 2):
        given, lead = k - 1, k - 2
        if k + 1 >= len(view.tokens) or not (view.is_word(lead) and view.is_word(given) and view.is_word(k)):
            continue
        lead_key = view.bare[lead]
        if has_article(view, lead) or lead_key.startswith("لل") or lead_key in COMPLEMENTIZERS:
            continue
        if _is_stop_key(view, view.keys[lead]) or view.title_state(lead_key) is not None:
            continue
        # "علاقته بالزعيم عادل إمام": a preposition and a definite noun, no given name.
        given_key = view.bare[given]
        if (given_key[:1] in "بكلوف" and given_key[1:3] == "ال") or view.title_state(given_key) is not None:
            continue
        if _conjunction_opens(view, given) or not _post_after(view, k + 1):
            continue
        if view.cues[k] is not None or view.title_state(view.bare[k]) is not None:
            continue
        if _reads_as_given_name(view, given):
            found.add(f"{view.tokens[given].text} {view.tokens[k].text}")
    return found


def _family_after_given(view: DocView, k: int) -> bool:
    """Whether token k, a word without the article, follows a given name that a role or an
    apposition introduces (see :func:`given_names_before`)."""
    given, lead = k - 1, k - 2
    if not view.is_word(k) or not view.is_word(given):
        return False
    if view.is_comma(lead):
        # An apposition is closed by a comma too, or goes on with the person's post ("زوجة X،
        # رانيا أنتونوبولوس وزيرة الدولة لشؤون العمل، …"); a clause after a comma is not.
        if view.tokens[lead].end == view.tokens[given].start:
            return False
        if not (view.is_comma(k + 1) or (_post_after(view, k + 1) and not _conjunction_opens(view, given))):
            return False
    elif lead < 0 or view.is_sentence_mark(lead) or view.break_before(given):
        # A sentence that opens on the name, put first and described in apposition by a post
        # or an affiliation ("توم فورت، من شركة دافيدسون، قال …"، "X Y، رئيس قسم …، يقول");
        # not a sentence that opens on a verb and its subject ("وتولت X، التي …").
        if not _person_apposition_after(view, k + 1) or _conjunction_opens(view, given):
            return False
    elif not (view.is_word(lead) and _introduces_a_name(view, lead)):
        return False
    if view.cues[k] is not None or view.title_state(view.bare[k]) is not None:
        return False
    return _reads_as_given_name(view, given)


def _post_after(view: DocView, k: int) -> bool:
    """Whether word k heads a person's post ("وزيرة"، "مدرب"), indefinite as an apposition
    after a name is: neither the article nor a possessive pronoun ("غادرت X موقعها": the verb's
    object), nor joined by و to the name ("وانبرى X وشقيقه": a second subject)."""
    if k >= len(view) or not view.is_word(k) or view.keys[k] != view.bare[k]:
        return False
    text = view.tokens[k].text
    return not text.endswith(_POSSESSIVE_ENDINGS) and view.title_state(view.bare[k]) == "indefinite"


_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def _conjunction_opens(view: DocView, given: int) -> bool:
    """Whether word ``given`` opens with the conjunction و or ف and is no listed given name
    (وليد، فيصل): a clause's verb or subject joined to the one before ("وانبرى"، "وتولت")."""
    return view.tokens[given].text[:1] in "وف" and view.keys[given] not in given_names()


def _person_apposition_after(view: DocView, comma: int) -> bool:
    """Whether token ``comma`` is a comma opening an apposition that describes a person: a
    post ("، رئيس قسم …") or the body the person is from ("، من شركة …")."""
    k = comma + 1
    if not view.is_comma(comma) or k >= len(view) or not view.is_word(k):
        return False
    return view.title_state(view.bare[k]) is not None or view.bare[k] == AFFILIATION


AFFILIATION = "من"


def _introduces_a_name(view: DocView, i: int) -> bool:
    """A definite word that may stand right before a person's name: a title, a post's tenure, or
    the last word of a title chain, an adjective in ـي or a genitive in ة/ات or with لل ("نظيره
    الروسي"، "وزير المخابرات"، "الأمين العام للحلف"); not a function or time word ("الذي سيفعله
    ترمب")."""
    key = view.bare[i]
    if not key.startswith(("ال", "لل")) or view.words.is_a("stop", key) or view.words.is_a("time", key):
        return False
    if view.title_state(key) is not None or key in TENURE_ADJECTIVES:
        return True
    if view.tokens[i].text.endswith("ي") and len(key) > 5:
        return True  # an adjective of origin describes a person: "الإسباني روبرتو مارتينيز"
    if not (key.startswith("لل") or view.tokens[i].text.endswith(("ة", "ات"))):
        return False
    # The end of a title chain: a title within the few words before, with no break between
    # ("وزير التجارة ويلبور روس"), not the subject of a clause ("هذه الصفعة دفعت أبل").
    for k in range(i - 1, max(-1, i - 1 - TITLE_CHAIN_REACH), -1):
        if not view.is_word(k):
            return False
        if view.title_state(view.bare[k]) is not None:
            return True
    return False


TITLE_CHAIN_REACH = 6  # words between a title and the end of its chain


def _reads_as_given_name(view: DocView, i: int) -> bool:
    """A word that can be a given name: no article, conjunction, pronoun, ة or ات ending or
    number; no title, cue, function, time or quote-rule word; no name link (ابن راجاشير is
    "son of"); no verbal noun of the derived form تفعيل, bare or after ل (ترشيح، لتطبيق),
    unless a listed given name."""
    key = view.keys[i]
    text = view.tokens[i].text
    if len(key) < 3 or key != view.bare[i] or key.startswith(("ال", "لل")) or key[:1].isdigit():
        return False
    if text.endswith(("ه", "ها", "هم", "هما", "ة", "ات")):
        return False
    if key in NAME_LINKS or (key[:1] == "ل" and _DERIVED_NOUN.match(key[1:]) is not None):
        return False
    if _DERIVED_NOUN.match(key) is not None and key not in given_names():
        return False  # "…، ترشيح كافانو،": a verbal noun (تفعيل) and its genitive, no given name
    words = view.words
    return not (
        view.cues[i] is not None
        or view.title_state(view.bare[i]) is not None
        or words.is_a("stop", key)
        or words.is_a("time", key)
        or key in view.vocabulary
    )


_DERIVED_NOUN = re.compile(r"^ت..ي.$")


def _middle_names_added(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``longer`` is ``shorter``, of two words at least, with words added between its
    first and its last word."""
    if len(shorter) < 2 or len(longer) <= len(shorter):
        return False
    if longer[0] != shorter[0] or longer[-1] != shorter[-1]:
        return False
    inner = iter(longer[1:-1])
    return all(word in inner for word in shorter[1:-1])


# Letters of a first name after و for the و to be read as the conjunction (ولي، وعد stay).
MIN_CONJOINED_NAME = 4


def person_entity_name(view: DocView, entity: Entity, token_starts: list[int]) -> str:
    """A person entity's name without the words its mentions ran into: the verb of saying
    before it ("طالب حافظ" where every mention starts at the verb طالب) and an addressee after
    it ("بيشور لـCNN"، "زيتون لرويترز": ل + an outlet or a word in Latin letters).
    ``token_starts``: the start of every token of the document, in order."""
    words = entity.name.split()
    if _ran_on_name(view, entity, words):
        words = _longest_whole_mention(view, entity) or words
    if len(words) > 1 and _addressee(view, words[-1]):
        words = words[:-1]
    if len(words) > 2 and words[-1] == _ALA and _ran_into_ala(view, entity, token_starts):
        words = words[:-1]
    if len(words) > 1:
        starts = [view.doc.mentions[k].start for k in entity.mentions]
        verbs = [_token_at(view, token_starts, start) for start in starts]
        if verbs and all(k is not None and _verb_cue(view, k) for k in verbs):
            words = words[1:]
        elif _conjoined_to_person(view, words, verbs):
            words = [words[0][1:], *words[1:]]
    return " ".join(words)


_ALA = "على"  # the preposition "on", and the name علي as some papers write it

# The complementizer as written, with the hamza (إن، أن) and the particles it takes (فإن، بأن،
# وإن), and its pronouns: it opens a clause, so no word of a person's name but the last (the
# Korean "مون جاي إن") is one. Written with the hamza: "فان" (van) opens Dutch names.
_WRITTEN_COMPLEMENTIZERS = frozenset(
    particle + base + pronoun
    for particle in ("", "ف", "و", "ب", "وب")
    for base in ("إن", "أن")
    for pronoun in ("", "ه", "ها", "هم", "هما", "هن")
)


def _ran_on_name(view: DocView, entity: Entity, words: list[str]) -> bool:
    """Whether a person entity's name (its longest mention) ran on past the name: into the
    clause after it ("وبحسب بيرغمان فإن طهراني قتل": a complementizer before the last word),
    or from another person's name before it ("أبلغ نتنياهو داغان": Netanyahu told Dagan, where
    the entity is elsewhere "مائير داغان" and نتنياهو ends another person's name)."""
    if len(words) < 2:
        return False
    if any(word in _WRITTEN_COMPLEMENTIZERS for word in words[:-1]):
        return True
    if not any(
        other.id != entity.id and other.label == "PER" and other.name.split()[-1] == words[0]
        for other in view.doc.entities
    ):
        return False
    for k in entity.mentions:
        written = view.doc.mentions[k].text.split()
        if len(written) >= 2 and written[-1] == words[-1] and written[0] != words[0]:
            return True  # the entity's own given name is another word
    return False


def _longest_whole_mention(view: DocView, entity: Entity) -> list[str] | None:
    """The words of the longest mention of ``entity`` that did not run on past the name
    (:func:`_ran_on_name`), the first such of that length; None when there is none."""
    best: list[str] | None = None
    for k in entity.mentions:
        written = view.doc.mentions[k].text.split()
        if _ran_on_name(view, entity, written):
            continue
        if best is None or len(written) > len(best):
            best = written
    return best


def _ran_into_ala(view: DocView, entity: Entity, token_starts: list[int]) -> bool:
    """Whether a person's mentions that end in على ran into the preposition a verb governs
    ("وشدد الملك عبد الله على أن …"، "أكد X على "ضرورة …""): every such mention is followed by
    the complementizer or a quote mark, which open what is stressed, and no name's word. The
    name علي written with ى goes on to a family name or ends at punctuation."""
    found = False
    for k in entity.mentions:
        mention = view.doc.mentions[k]
        if not mention.text.endswith(" " + _ALA):
            continue
        first = _token_at(view, token_starts, mention.start)
        if first is None:
            return False
        after = bisect.bisect_left(token_starts, mention.end)
        if after >= len(view):
            return False
        if view.is_word(after):
            if view.bare[after] not in COMPLEMENTIZERS:
                return False
        elif view.tokens[after].text not in _OPENING_MARKS:
            return False
        found = True
    return found


_OPENING_MARKS = frozenset({'"', "«", "“"})


def _conjoined_to_person(view: DocView, words: list[str], starts: list[int | None]) -> bool:
    """Whether the و on a person's first name is the conjunction that joins it to the person
    named before it: "من بينهم بن رودس وكولين كال" is رودس and كولين كال, the mention that took
    in the و notwithstanding. Every mention written with the word starts right after another
    person's mention (or the comma after one); a name that begins with و (وليد، وائل) has no
    person's name before it. A mention that goes on to a second و ("وإليسا وأحلام") holds two
    people, and stays as it is."""
    first = words[0]
    if first[:1] != "و" or len(normalize(first)) <= MIN_CONJOINED_NAME:
        return False
    if any(word[:1] == "و" for word in words[1:]):
        return False
    written = [k for k in starts if k is not None and view.tokens[k].text == first]
    if not written:
        return False
    for k in written:
        before = k - 1 if k >= 1 and not view.is_comma(k - 1) else k - 2
        label = view.mention_label(before) if before >= 0 else None
        if label is None or label[0] != "PER":
            return False
    return True


def _second_title(view: DocView, k: int) -> tuple[str, ...] | None:
    """The title key of a title phrase that starts right at token k (after a name), if any."""
    if k >= len(view.tokens) or not view.is_word(k) or view.title_state(view.bare[k]) is None:
        return None
    phrase = parse_speaker(view, k, min(view.sentence_range(k)[1], k + TITLE_WINDOW))
    if phrase is None or phrase.kind != "title" or phrase.first != k:
        return None
    return title_key_of(view, phrase.first, phrase.last)


# Interrogatives open a question, never a name: "تساءل الناطق …، "كيف تم …"".
_INTERROGATIVES = frozenset({"كيف", "لماذا", "ماذا", "متي", "هل", "اين", "لم"})
MAX_TIME_WORDS = 3  # time words between a verb and its subject: "اليوم الثلاثاء"


def name_after_seat(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The given and family name a title chain ran into after the place of its post, one the
    earlier stages found ("سفير ألمانيا بتونس اندرياس ريانكي"، "قائد شرطة باريس ميشال كادو"):
    the last two words of a title phrase without a name, both name-shaped (no article, no
    function, time, title or body word, no mention but a person's), right after the place."""
    if phrase.kind != "title" or phrase.name is not None or phrase.last - phrase.first < 4:
        return None
    given, family = phrase.last - 2, phrase.last - 1
    place = given - 1
    if not view.is_word(place):
        return None
    for k in (given, family):
        bare = view.bare[k]
        label = view.mention_label(k)
        if not view.is_word(k) or has_article(view, k) or (label is not None and label[0] != "PER"):
            return None
        if view.cues[k] is not None or view.title_state(bare) is not None or len(bare) < 3:
            return None
        if any(view.words.is_a(kind, bare) for kind in ("stop", "time", "institution", "media", "title")):
            return None
    if view.bare[given][:1] in "بل" and view.bare[given].endswith("ه") and view.bare[family].endswith("ه"):
        return None  # "رئيسة وزراء كندا لفترة قصيرة": a ل/ب phrase and its adjective agree in ة
    if not _can_open_name(view, given) or not _is_place(view, place):
        return None
    return given, phrase.last


# Words between a title chain's end and the comma of its apposition: the rest of its domain or
# seat ("… وآسيا الوسطى بصندوق النقد الدولي، جهاد أزعور،").
MAX_SEAT_APPOSITION_WORDS = 6
_SEAT_STOPS = frozenset({"في", "لدي"})


def name_after_title_seat(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The holder's name set in apposition after a title phrase the parser closed before the
    rest of its domain or seat: "قال المندوب الجهوي للسياحة بولاية سوسة، فؤاد الواد إنه …"،
    "قال مدير إدارة الشرق الأوسط وآسيا الوسطى بصندوق النقد الدولي، جهاد أزعور، …". The words
    up to the comma go on naming the post (no cue, complementizer, second title, time word or
    adverbial preposition), and the name after it is closed by punctuation or by the
    report's complementizer (:func:`_apposition_name`)."""
    if phrase.kind != "title" or phrase.name is not None or _second_post_in(view, phrase):
        return None
    # Without a comma the holder may follow the rest of the post directly (_name_after_post).
    return _apposition_after_post(view, phrase) or _name_after_post(view, phrase)


def _apposition_after_post(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    sentence_end = view.sentence_range(phrase.first)[1]
    end = min(sentence_end, phrase.last + MAX_SEAT_APPOSITION_WORDS + 1)
    k = phrase.last
    retitled = False
    while k < end and not view.is_comma(k):
        if hashtag_at(view, k):
            k += 2  # "قائد جبهة #الساحل_الغربي، …": the post's genitive written as a hashtag
            continue
        if (closed := _parenthesis_end(view, k, end)) is not None:
            k = closed  # "رئيسة المركز المصري لحقوق المرأة (وهي منظمة أهلية)، X": a remark aside
            continue
        if not view.is_word(k) or view.cues[k] is not None:
            return None
        bare = view.bare[k]
        if not retitled and _apposed_second_title(view, phrase, k):
            # "قال الجنرال المتقاعد بالجيش الأميركي القائد السابق للجيش في أوروبا، اللفتنانت
            # X، إن": a second post of the same holder; its own domain and seat may follow.
            retitled = True
            end = min(sentence_end, k + MAX_SEAT_APPOSITION_WORDS + 1)
            k += 1
            continue
        if bare in COMPLEMENTIZERS or view.title_state(bare) is not None or _clitic_title(view, bare):
            return None  # "… خلال لقائه بالرئيس، X": the name after a second title is that one's
        tenure = bare in TENURE_ADJECTIVES and has_article(view, k)  # "رئيس المجلس الحالي، X"
        if (view.words.is_a("stop", bare) and bare not in _SEAT_STOPS) or (
            view.words.is_a("time", bare) and not tenure
        ):
            return None
        k += 1
    if k >= end or k == phrase.last:
        return None  # a comma right after the phrase: the parser has read (or declined) it
    return _apposition_name(view, k, reported=True)


def _apposed_second_title(view: DocView, phrase: SpeakerPhrase, k: int) -> bool:
    """Whether word k opens a second post of the holder of ``phrase``, in apposition after the
    rest of the first post: a title with the article and no preposition on it, after a definite
    word of the post ("… بالجيش الأميركي القائد السابق"). After a verb that takes a person as its
    object before what it reports ("دعا وزير الخارجية بالحكومة المؤقتة الرئيس الأمريكي، X، إلى"),
    the definite title is that object, and the name set off after it is the object's."""
    if k <= phrase.last or not has_article(view, k) or view.title_state(view.bare[k]) != "definite":
        return False
    if not has_article(view, k - 1) or view.title_state(view.bare[k - 1]) is not None:
        return False
    cue = view.cues[phrase.first - 1] if phrase.first > 0 else None
    return cue is None or "dobj" not in cue.frames


def _parenthesis_end(view: DocView, k: int, end: int) -> int | None:
    """The token after the closing parenthesis of a remark that token k opens, within
    MAX_PARENTHESIS_WORDS words and before ``end``; None when token k opens none."""
    if view.tokens[k].text != "(":
        return None
    for j in range(k + 1, min(end, k + MAX_PARENTHESIS_WORDS + 2)):
        text = view.tokens[j].text
        if text == ")":
            return j + 1 if j > k + 1 else None
        if text == "(" or view.is_sentence_mark(j):
            return None
    return None


MAX_PARENTHESIS_WORDS = 6  # words of a remark aside between a post and its holder's name


def _post_word(view: DocView, k: int) -> bool:
    """Whether word k may go on naming a post after its title: a definite genitive or
    adjective ("الشؤون الخارجية"، "التونسي") or a seat under ب/ل: ب/ل + the article
    ("بالديوان"، "للبريد"), + a body's head noun ("بوزارة"، "بشركة") or + a place ("بصفاقس");
    never a cue, complementizer, title, time word or other function word."""
    bare = view.bare[k]
    if not view.is_word(k) or view.cues[k] is not None or bare in COMPLEMENTIZERS:
        return False
    if view.title_state(bare) is not None or _clitic_title(view, bare) or view.words.is_a("time", bare):
        return False
    if view.words.is_a("stop", bare):
        return False
    if has_article(view, k) or bare.startswith(("بال", "لل")):
        return True
    return (
        bare[:1] in "بل"
        and len(bare) > 3
        and (view.words.is_a("institution", bare[1:]) or _is_place(view, k))
    )


def _name_after_post(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The holder's name written right after the rest of a post, without a comma, as the
    subject of a report: "أكد الملحق الإعلامي بالديوان التونسي للبريد نبيل الرايس أن …"،
    "أفاد المدير العام للشؤون القنصلية بوزارة الشؤون الخارجية شفيق حجي اليوم أن …". The post
    goes on in definite words and seats under ب/ل (:func:`_post_word`); the name is the run of
    two to four name words after it, none a place, only the last with the article (a family
    name: الرايس); the report's complementizer closes it, time words or a comma between
    them, as a subject closes before what it says."""
    end = min(view.sentence_range(phrase.first)[1], phrase.last + MAX_SEAT_APPOSITION_WORDS + 1)
    first = phrase.last
    while first < end and _post_word(view, first):
        first += 1
    if first == phrase.last:
        return None
    return _name_before_report(view, first, end)


def name_after_definite_source(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The name written right after an unnamed-source noun with the article and its definite
    adjectives, as the subject of a report: "وقال المسؤول الحكومي أفينيش أوستي إن …"، "قال
    الدبلوماسي الأمريكي المتقاعد تشارلز فريمان، …، إن". The article makes the noun a known
    person's description, like a title; the name after it, closed by the report's
    complementizer (or a comma before it), is that person's (:func:`_name_before_report`).
    Not a plural noun (a group, which one name does not name)."""
    key = view.bare[phrase.first]
    if phrase.title is not None or not key.startswith("ال") or not view.words.is_a("anonymous", key[2:]):
        return None
    if key.endswith(("ون", "ين", "ات", "ان")) or not all(
        has_article(view, k) for k in range(phrase.first, phrase.last)
    ):
        return None
    end = min(view.sentence_range(phrase.first)[1], phrase.last + MAX_SEAT_APPOSITION_WORDS + 1)
    if phrase.last >= end or has_article(view, phrase.last):
        return None
    return _name_before_report(view, phrase.last, end, confirmed_comma=True)


def _name_before_report(
    view: DocView, first: int, end: int, confirmed_comma: bool = False
) -> tuple[int, int] | None:
    """The run of two to four name words from token ``first`` that the report's complementizer
    closes (:func:`_name_after_post`). With ``confirmed_comma``, a comma closes it too when the
    name is a person's by the document: a person mention of the earlier stages, or a family
    name that comes back ("… تشارلز فريمان، المترجم الخاص …" … "ويضيف فريمان")."""
    if first >= end or has_article(view, first) or not _can_open_name(view, first):
        return None
    stop = min(view.sentence_range(first)[1], first + MAX_APPOSITION_NAME_WORDS + 1)
    last = first
    while last < stop and view.is_word(last) and view.cues[last] is None:
        bare = view.bare[last]
        if bare in COMPLEMENTIZERS or view.words.is_a("time", bare):
            break
        label = view.mention_label(last)
        if (label is not None and label[0] != "PER") or _is_place(view, last) or bare[:1].isdigit():
            return None
        if view.title_state(bare) is not None or not _name_word(view, last, last == first):
            return None
        if view.words.is_a("stop", bare) or (bare[:1] in "بلك" and bare[1:3] == "ال") or bare[:2] == "لل":
            return None  # a preposition or its noun, no word of a name
        if last > first and has_article(view, last - 1):
            return None  # "فاروس القابضة مارك أديب": only a family name ends in the article
        last += 1
    if not 2 <= last - first <= MAX_APPOSITION_NAME_WORDS:
        return None
    after = last + 1 if last < len(view) and view.is_comma(last) else last
    while after < min(len(view), last + MAX_TIME_WORDS) and view.words.is_a("time", view.bare[after]):
        after += 1
    if after > last and after < len(view) and view.is_comma(after) and not view.is_comma(last):
        after += 1  # "… محمد الرابحي اليوم الخميس، أنه": the time adverbial set off before the report
    if after < len(view) and view.is_word(after) and view.bare[after] in COMPLEMENTIZERS:
        return first, last  # the subject of the report, closed by its complementizer
    if confirmed_comma and last < len(view) and view.is_comma(last):
        label = view.mention_label(last - 1)
        if (label is not None and label[0] == "PER") or view.count(view.keys[last - 1]) > 1:
            return first, last
    return None


# Prepositions that open a post's seat after its title: "مندوبة إسرائيل في مجلس حقوق الإنسان"،
# "الموفد الروسي إلى سوريا"، "سفير فرنسا لدى الأمم المتحدة".
_SEAT_PREPOSITIONS = frozenset({"في", "الي", "لدي"})
MAX_SEAT_WORDS = 8
MAX_QUOTED_SEAT_WORDS = 4  # a genitive in quote marks: زعيم "حراك الريف"


def holder_after_post_seat(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The holder's name written after a title and the seat of the post, without a comma: "نددت
    مندوبة إسرائيل في مجلس الأمم المتحدة لحقوق الإنسان X Y بالجلسة"، "وقال الموفد الروسي إلى
    سوريا X Y بحسب …"، "أنكر زعيم "حراك الريف" X Y أثناء مثوله"، "شدد وزير المال الجديد X Y، وهو
    صهر أردوغان". The seat is a preposition of place (في، إلى، لدى) and the definite words, places
    and bodies of its object, or a genitive in quote marks; the name is two to four name words
    (only the last with the article, a family name), which the clause does not go on past. The
    name must be a person's by the document: a person the earlier stages found there, a name of
    the index, or a family name a speaker or a titled name is written with alone ("وقال
    الزفزافي")."""
    if phrase.kind != "title" or phrase.name is not None or _second_post_in(view, phrase):
        return None  # "متحدث باسم الأمين العام X": the name is the second post's holder
    end = view.sentence_range(phrase.first)[1]
    first = _after_post_seat(view, phrase.last, min(end, phrase.last + MAX_SEAT_WORDS + 1))
    if first >= end or not view.is_word(first) or not _can_open_name(view, first):
        return None
    label = view.mention_label(first)
    person = label is not None and label[1] and label[0] == "PER"
    # A given name written with the article ("الكسندر"، "الطيب") opens a person's mention or is listed.
    opening_article = has_article(view, first) and (person or view.bare[first] in ARTICLE_GIVEN_NAMES)
    if has_article(view, first) and not opening_article:
        return None
    ran_on = _ran_on_past_place(view, first)
    last = first
    while (
        last < end
        and last - first <= MAX_APPOSITION_NAME_WORDS
        and _holder_word(view, last, last == first, ran_on)
    ):
        if last > first and has_article(view, last - 1) and not (opening_article and last - 1 == first):
            return None  # only a family name ends in the article
        last += 1
    if not 2 <= last - first <= MAX_APPOSITION_NAME_WORDS:
        return None
    listed = given_names()
    if not person and view.bare[first] not in listed:
        # "في جامعة كارديف متروبوليتان ديفيد لويد": a listed given name opens the name, and the
        # words before it end the seat.
        first = next((k for k in range(first + 1, last - 1) if view.bare[k] in listed), first)
    family = name_words(view.tokens[last - 1].text)
    if not (
        person
        or names.known(view.text_of(first, last))
        or names.person_closing(family)
        or (ran_on and names.person_closing(_article_toggled(family)))
    ):
        return None
    return first, last


def _article_toggled(words: tuple[str, ...]) -> tuple[str, ...]:
    """A one-word family name with the article dropped or added ("غزواني"، "الغزواني"): Maghreb
    family names in ـي are written both ways."""
    if len(words) != 1 or not words[0].endswith("ي") or len(words[0]) < MIN_FAMILY_NAME:
        return ()
    word = words[0]
    return (word[2:],) if word.startswith("ال") else ("ال" + word,)


def _ran_on_past_place(view: DocView, k: int) -> bool:
    """Whether the mention of a body or place that covers word ``k`` started before it and ran on
    past the place that closes the body's name ("مديرة منظمة المادة 19 بتونس سلوى غزواني", one
    ORG mention to the end): a place under ب, where the branch of a body is, ends its name, and
    the words after it are no more the body's."""
    label = view.mention_label(k)
    if label is None or label[0] == "PER" or label[1] or k == 0 or not view.is_word(k - 1):
        return False
    bare = view.bare[k - 1]
    return bare[:1] == "ب" and bare[1:] in view.place_words()


def _after_post_seat(view: DocView, k: int, end: int) -> int:
    """The token after the seat of a post that starts at token k (k itself when none does)."""
    close = view.open_close.get(k)
    if close is not None and close - k - 1 <= MAX_QUOTED_SEAT_WORDS:
        return close + 1  # زعيم "حراك الريف"
    if k >= end or not view.is_word(k) or view.bare[k] not in _SEAT_PREPOSITIONS:
        return k
    k += 1
    start = k
    while k < end and view.is_word(k):
        bare = view.bare[k]
        if view.cues[k] is not None or bare in COMPLEMENTIZERS or view.title_state(bare) is not None:
            break
        if _is_place(view, k):
            # "إلى سوريا": a place's name closes the seat (its mention may run on: كوريا الشمالية).
            k += 1
            while k < end and _inside_place(view, k):
                k += 1
            break
        if has_article(view, k) and not view.words.is_a("stop", bare) and not view.words.is_a("time", bare):
            k += 1  # "في الجيش الإسرائيلي"، "مجلس الأمم المتحدة"
        elif k == start and _body_head(view, k):
            k += 1  # "في مجلس …"
        elif (
            bare[:1] == "ل"
            and len(bare) > 3
            and k > start
            and has_article(view, k - 1)
            and has_article(view, k + 1)
        ):
            k += 1  # "… لحقوق الإنسان": the body's domain under ل
        else:
            break
    return k if k > start else start - 1


def _inside_place(view: DocView, k: int) -> bool:
    """Whether token k goes on a place mention that started before it."""
    label = view.mention_label(k)
    return label is not None and label[0] == "LOC" and not label[1]


def _holder_word(view: DocView, k: int, opening: bool, ran_on: bool = False) -> bool:
    """Whether word k may be a word of a holder's name after a post's seat: a name word
    (:func:`_name_word`) that is no title, place, body, outlet, number or preposition's noun.
    With ``ran_on``, a body's mention that ran on past its place (:func:`_ran_on_past_place`)
    may cover it."""
    if not view.is_word(k) or view.cues[k] is not None:
        return False
    bare = view.bare[k]
    label = view.mention_label(k)
    other = label is not None and label[0] != "PER" and not (ran_on and not label[1])
    if other or (not ran_on and _is_place(view, k)) or bare[:1].isdigit():
        return False
    if view.title_state(bare) is not None or any(view.words.is_a(kind, bare) for kind in _NO_NAME_KINDS):
        return False
    if bare in COMPLEMENTIZERS or (bare[:1] in "بلك" and bare[1:3] == "ال") or bare[:2] == "لل":
        return False
    return _name_word(view, k, opening)


def _second_post_in(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a title phrase holds a second person's post after its head ("متحدث باسم رئيسة
    الوزراء"، "مستشار للرئيس"), who may own the name in apposition; the words of one compound
    post stand together ("الرئيس المدير العام")."""
    for k in range(phrase.first + 1, phrase.last):
        bare = view.bare[k]
        if not view.is_word(k) or not (view.title_state(bare) is not None or _clitic_title(view, bare)):
            continue
        if view.title_state(view.bare[k - 1]) is None:
            return True
    return False


def _clitic_title(view: DocView, bare: str) -> bool:
    """Whether a word is ب/ل + a title ("بالرئيس"، "للوزير"، "لرئيس")."""
    if bare[:1] not in "بل" or len(bare) < 5:
        return False
    rest = "ال" + bare[2:] if bare.startswith("لل") else bare[1:]
    return view.title_state(rest) is not None


def _place_after_closed_title(view: DocView, title: tuple[int, int], k: int) -> bool:
    """Whether word k, right after a title whose last word has the article ("الرئيس الأمريكي"،
    "وزير الخارجية"), is a place an earlier stage found there, and no given name. A definite
    word closes a construct chain, so the place is no genitive of the post, and a country or a
    city is no holder's name: after a verb it is the verb's object ("واتهم الرئيس الأمريكي إيران
    بدعم …"، "ودعا وزير الخارجية تركيا إلى …")."""
    if k != title[1] or not has_article(view, title[1] - 1):
        return False
    label = view.mention_label(k)
    if label is None or label[0] != "LOC" or view.bare[k] in given_names():
        return False
    return _complement_opens(view, k + 1)


def _complement_opens(view: DocView, k: int) -> bool:
    """Whether word k opens what a verb takes after its object, so that the word before it ends
    a noun phrase rather than a name going on ("فلورانس بارلي"): the end of the words, a
    preposition or a complementizer (إلى، على، أن), or ب/ل on a definite noun, a word the
    document writes alone or a verbal noun ("بالتواطؤ"، "بدعم")."""
    if k >= len(view) or not view.is_word(k):
        return True
    key, bare = view.keys[k], view.bare[k]
    if key in _VERB_COMPLEMENT_OPENERS or bare in COMPLEMENTIZERS:
        return True
    if bare[:1] not in "بل" or len(bare) <= 3:
        return False
    return bare.startswith(("بال", "لل")) or view.count(bare[1:]) > 0 or verbal_noun(view, k, 1)


def _is_place(view: DocView, k: int) -> bool:
    """Whether word k is a place the earlier stages found, here or, after a ب the gazetteer
    left on it ("بتونس"), written alone elsewhere in the document."""
    label = view.mention_label(k)
    if label is not None:
        return label[0] == "LOC"
    bare = view.bare[k]
    stem = bare[1:] if bare[:1] == "ب" else bare
    return stem in view.place_words()


def _name_ali(view: DocView, k: int) -> bool:
    """Whether word k is the name علي, which the preposition على becomes once normalised, or a
    name written with alif madda that normalises to a pronoun (آنا: the pronoun أنا is never
    written with the madda)."""
    text = view.tokens[k].text
    if view.bare[k] in INDEPENDENT_PRONOUNS and text.startswith("آ"):
        return True
    return view.bare[k] == "علي" and text.endswith("ي")


def _can_open_name(view: DocView, k: int) -> bool:
    """Whether word k may be the first word of a name set after a title: not a particle or
    other function word (فقد، ثم)، not a verb of saying, not a verb in the plural -وا
    (استأجروا، خرجوا), not بـ/لـ + a word the document also writes alone (بشكل، لألعاب), not كـ
    before a hamza (كأول، كإحدى)."""
    key, bare = view.keys[k], view.bare[k]
    if _name_ali(view, k):
        return True
    if view.words.is_a("stop", bare) or bare in CLAUSE_OPENERS or key in CLAUSE_OPENERS:
        return False
    if bare in _INTERROGATIVES:
        return False
    if object_noun(view, k):
        return False  # "وأكد الوزير ضرورة …"، "أكد الوزير حرصه": the verb's object, not the title's name
    if _verb_cue(view, k) or (len(bare) >= 5 and bare.endswith("وا")) or bare in SENTENCE_ADVERBS:
        return False
    if bare in _saying_nouns(view.lexicon):
        return False  # "يستذكر طبيب بالمستشفى قول حسين إن": the verbal noun of saying, its object
    if view.tokens[k].text.startswith(("كأ", "كإ")):
        return False  # "عرف الأديب الراحل كأول كاتب": كـ "as" before an elative or noun, no name
    return not (bare[:1] in "بل" and len(bare) > 3 and view.count(bare[1:]) > 0)


_SAYING_NOUNS: list[tuple[CueLexicon, frozenset[str]]] = []  # the lexicon last asked, its nouns


def _saying_nouns(lexicon: CueLexicon) -> frozenset[str]:
    """The verbal nouns of saying the cue lexicon lists, bare and normalised (قول، تصريح، إعلان،
    نفي): a noun that governs what it reports, never the first word of a name. Read once per
    lexicon (the lexicon is frozen; this list is its owner's cache)."""
    if _SAYING_NOUNS and _SAYING_NOUNS[0][0] is lexicon:
        return _SAYING_NOUNS[0][1]
    nouns = frozenset(normalize(cue.lemma) for cue in lexicon.forms.values() if cue.kind == "noun")
    _SAYING_NOUNS[:] = [(lexicon, nouns)]
    return nouns


def _other_title_in_chain(view: DocView, first: int, last: int) -> bool:
    """Whether a title chain holds a second title after ب or ل ("رئيس الجمهورية بالمشير"، "مستشار
    للرئيس"): the name after it is that person's, not the chain head's."""
    for k in range(first + 1, last):
        key = view.bare[k]
        if view.is_word(k) and key[:1] in "بل" and len(key) > 4:
            rest = "ال" + key[2:] if key.startswith("لل") else key[1:]  # للرئيس: ل + الرئيس
            if view.words.is_a("title", rest) or (
                rest.startswith("ال") and view.words.is_a("title", rest[2:])
            ):
                return True
    return False


def _name_shaped_end(view: DocView, first: int, last: int) -> int:
    """Where the words a title pairs with stop looking like a person's name: at the first word
    that is a verb, a function word or a noun a name never holds. ``first`` when the first word
    is such a word ("الفنانة صدر قرار"، "الوزير موقف"); else the name is cut before that word
    ("الرئيس رجب طيب أردوغان منصبه"، "الرئيس بوتين ونحن نشك")."""
    for k in range(first, last):
        if view.is_word(k) and not _name_word(view, k, k == first):
            break
        if k > first and _next_mention_starts(view, k):
            return _closed_end(view, first, k)  # "الرئيس ترامب فلاديمير بوتين": a second name
    else:
        return _closed_end(view, first, last)
    while k > first and view.bare[k - 1] in NAME_LINKS:
        k -= 1  # "عبدالعزيز بن …": a name does not end in "son of"
    return _closed_end(view, first, k)


def _closed_end(view: DocView, first: int, end: int) -> int:
    """``end``, or earlier where the name is closed before the verb or noun after it
    (:func:`closed_name`: "الملك عبد الله الثاني مسار السلام"، "تميم بن حمد قرر")."""
    if end - first < 3:
        return end  # every closing needs two words before the one it cuts
    name = [k for k in range(first, end) if view.is_word(k)]
    kept = closed_name(view, name)
    return end if len(kept) == len(name) else name[len(kept)]


def li_title(view: DocView, i: int) -> bool:
    """Whether word i is the preposition ل on a definite title ("للمتحدث"، "للعضو"): لل + the
    title without its article, which the document does not write alone (not "للبنان")."""
    key = view.bare[i]
    if not key.startswith("لل") or len(key) < 5 or view.count(key[1:]) > 0:
        return False
    return view.title_state("ال" + key[2:]) is not None


def _construct_title_after_preposition(view: DocView, i: int) -> str | None:
    """The title a word ل/ب + an indefinite title head stands for, followed by its genitive
    ("لزعيم الحركة"، "بوزير الخارجية", the preposition's noun and the head of a construct):
    the head without the preposition, or None. The apposition after the construct names the
    title's holder as it does after "لل" + a definite title (:func:`li_title`)."""
    bare = view.bare[i]
    if bare[:1] not in "لب" or bare.startswith(("لل", "بال")) or len(bare) < 5:
        return None
    head = bare[1:]
    if view.title_state(head) != "indefinite":
        return None
    if any(view.words.is_a(kind, head) for kind in ("institution", "media", "anonymous")):
        return None  # "لوزارة الخارجية، …": a body, not a post
    following = i + 1
    if following >= len(view) or not view.is_word(following) or not has_article(view, following):
        return None  # a construct head takes its definite genitive right after it
    return head


def _post_key(view: DocView, first: int, last: int) -> tuple[str, ...]:
    """The title key of words ``first`` to ``last``, a hashtag's words read apart
    ("رئيس #مجلس_الأعمال_السعودي" is "رئيس مجلس الأعمال السعودي")."""
    key = title_key_of(view, first, last)
    return tuple(part for word in key for part in word.split("_") if part)


def _honorific_holder_after_post(view: DocView, phrase: SpeakerPhrase) -> tuple[int, tuple[int, int]] | None:
    """(where the post ends, the holder's name) for a post whose rest runs on, without a comma,
    into an honorific or rank and a name of two words or more: "رئيس مجلس الأعمال بمجلس الغرف
    الدكتور محمد علي،"، "مدير المستشفى الجهوي بصفاقس الدكتور سامي …". The honorific opens the
    holder's own phrase, set right after the post as its apposition; the post goes on in
    definite words, seats under ب/ل and hashtags only (:func:`_post_word`), and the name is
    closed by punctuation, the sentence end or the report's complementizer."""
    if phrase.kind != "title" or phrase.name is not None or _second_post_in(view, phrase):
        return None
    sentence_end = view.sentence_range(phrase.first)[1]
    end = min(sentence_end, phrase.last + MAX_SEAT_APPOSITION_WORDS + 1)
    k = phrase.last
    while k < end and view.bare[k] not in HONORIFICS:
        if hashtag_at(view, k):
            k += 2  # a hashtag: "#مجلس_الأعمال"
            continue
        if not (_post_word(view, k) or _seat_word(view, k)):
            return None
        k += 1
    if k >= end or k == phrase.last:
        return None  # right after the phrase, the parser has read (or declined) the honorific
    named = parse_speaker(view, k, min(sentence_end, k + TITLE_WINDOW))
    if named is None or named.kind != "name" or named.title is None or named.name is None:
        return None
    if named.title[0] != k or any(
        view.title_state(view.bare[j]) == "indefinite" for j in range(*named.title)
    ):
        return None  # the rank and its adjectives ("العقيد الركن"), no post with a genitive
    first, last = named.name
    if sum(1 for j in range(first, last) if view.is_word(j)) < 2 or has_article(view, first):
        return None
    for j in range(first, last):
        label = view.mention_label(j)
        if view.is_word(j) and ((label is not None and label[0] != "PER") or _is_place(view, j)):
            return None
    closed = (
        last >= sentence_end
        or not view.is_word(last)
        or view.bare[last] in COMPLEMENTIZERS
        or view.words.is_a("time", view.bare[last])
    )
    return (k, (first, last)) if closed else None


def retitled_holder(view: DocView, phrase: SpeakerPhrase) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A title phrase's holder when a comma sets another title and the name in apposition after
    it: "العاهل البحريني، الملك حمد بن عيسى آل خليفة،"، "رئيس اللجنة، الوزير السابق أحمد سالم،".
    The second title is definite: a rank with the words of its chain ("العقيد الركن"), or one
    word or a head with its definite adjectives only (an office with its own genitive is another
    post); joined by no و (a second person), right before a name of two words at least.
    Returns the second title's tokens and the name's, [first, last) each."""
    comma = phrase.last
    if comma + 1 >= len(view.tokens) or not view.is_comma(comma):
        return None
    first = comma + 1
    if view.title_state(view.bare[first]) != "definite" or not has_article(view, first):
        return None
    if view.keys[first] != view.bare[first]:
        return None  # "…، والوزير X": another person, joined by و
    second = parse_speaker(view, first, min(view.sentence_range(first)[1], first + TITLE_WINDOW))
    if second is None or second.title is None or second.name is None or second.title[0] != first:
        return None
    if second.name[0] != second.title[1]:
        return None
    # A rank keeps the words of its chain ("العقيد الركن"، "اللواء الطيار"): still one rank.
    rank = view.bare[first] in HONORIFICS
    for k in range(first + 1, first + 1 if rank else second.title[1]):
        adjective = view.bare[k]
        if not view.is_word(k) or not has_article(view, k) or view.title_state(adjective) is not None:
            return None
        if not (adjective.endswith(("ي", "يه")) or adjective in TENURE_ADJECTIVES):
            return None
    end = _name_shaped_end(view, *second.name)
    if sum(1 for k in range(second.name[0], end) if view.is_word(k)) < 2:
        return None
    return second.title, (second.name[0], end)


def hashtag_at(view: DocView, k: int) -> bool:
    """Whether a hashtag starts at token k: "#" and the word written right after it."""
    following = k + 1
    return (
        view.tokens[k].text == "#"
        and following < len(view.tokens)
        and view.is_word(following)
        and view.tokens[following].start == view.tokens[k].end
    )


def hashtag_holder(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The person's name a title speaker is followed by as a hashtag: "وصف الفنان
    #عبدالعزيز_الفهد دوره بأنه …"، "كشفت المغنية الأميركية #سارة_لين عن …". The title ends in a
    definite word, so it governs no genitive (a hashtag after "وزير خارجية" is the country), and
    the tag joins two to four name words, only the last with the article (a family name): the
    title's apposition, its holder."""
    if phrase.kind != "title" or phrase.name is not None or not has_article(view, phrase.last - 1):
        return None
    if phrase.last >= len(view.tokens) or not hashtag_at(view, phrase.last):
        return None
    # "ولي العهد السعودي الأمير #X": the rank before the name is the holder's, no second post.
    post = phrase
    if phrase.last - 1 > phrase.first and view.bare[phrase.last - 1] in HONORIFICS:
        post = replace(phrase, last=phrase.last - 1)
    if _second_post_in(view, post):
        return None  # "الفريق القانوني لأسرة رئيس الوزراء السابق #X": the inner post's holder
    if any(
        view.is_word(k) and not has_article(view, k) and view.bare[k][:1] not in "بل"
        for k in range(phrase.first + 1, phrase.last)
    ):
        return None  # "والد أيقونة الاحتجاج #X": an indefinite genitive, another person's noun
    tag = phrase.last + 1
    parts = view.keys[tag].split("_")
    # "ولي العهد #الأمير_محمد_بن_سلمان": a rank may open the tag, before the name.
    named = parts[1:] if len(parts) > 2 and parts[0] in HONORIFICS else parts
    if not 1 <= len(named) <= MAX_APPOSITION_NAME_WORDS or any(
        len(part) < 2 or view.title_state(part) is not None for part in named
    ):
        return None
    if any(part.startswith("ال") for part in (named if len(named) == 1 else named[:-1])):
        return None  # only a family name takes the article ("#عبدالعزيز_السكيرين")
    if len(named) == 1 and not _person_role(view, phrase):
        return None  # "الفنانة المصرية #زينة": one name alone only after a person's role
    if view.words.is_a("stop", parts[0]) or view.words.is_a("institution", parts[0]):
        return None
    label = view.mention_label(tag)
    if label is not None and label[0] != "PER":
        return None
    return tag, tag + 1


def _person_role(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a title phrase is a person's post or role and its adjectives, all definite ("الفنانة
    المصرية"، "الرئيس الأمريكي"، "المطربة"): a one-word hashtag after it is a name the person goes
    by. A post in construct ("وزير الخارجية #X"), a body or a text before a tag names no person."""
    head = view.bare[phrase.first]
    if not has_article(view, phrase.first) or view.title_state(head) is None:
        return False
    if view.words.is_a("institution", head[2:]) or view.words.is_a("media", head[2:]):
        return False
    return all(has_article(view, k) for k in range(phrase.first, phrase.last) if view.is_word(k))


def _seat_word(view: DocView, k: int) -> bool:
    """Whether word k is ب/ل + an indefinite noun before its definite genitive, the seat of a
    post ("بغرفة التجارة"، "لشركة الكهرباء"): no cue, title, time or function word."""
    bare = view.bare[k]
    if not view.is_word(k) or bare[:1] not in "بل" or len(bare) < 4 or bare.startswith(("بال", "لل")):
        return False
    if view.cues[k] is not None or view.title_state(bare) is not None or _clitic_title(view, bare):
        return False
    if view.words.is_a("stop", bare) or view.words.is_a("time", bare) or view.count(bare[1:]) > 0:
        return False  # "بشكل"، "لأجل": a word the document also writes alone is no ب/ل + noun
    following = k + 1
    return following < len(view) and view.is_word(following) and has_article(view, following)


def _holder_after_second_post(
    view: DocView, phrase: SpeakerPhrase
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the second post, the holder's name) for two posts set one after the other between
    commas and closed by their holder's name: "قالت وزيرة الدولة للتعاون الدولي، المديرة العامة
    لمكتب المعرض، ريم الهاشمي، إن …". The second post opens with a title right after the first
    one's comma and runs, in words with no cue or complementizer, to its own comma; the name
    after it is closed as an apposition is (:func:`_apposition_name`, reported)."""
    if phrase.kind != "title" or phrase.name is not None or phrase.last >= len(view.tokens):
        return None
    if not view.is_comma(phrase.last):
        return None
    start = phrase.last + 1
    if start >= len(view) or not view.is_word(start) or view.title_state(view.bare[start]) is None:
        return None
    if view.bare[start] in HONORIFICS:
        return None  # "…، الدكتور X،": the holder's own rank, read by the parser
    end = min(view.sentence_range(start)[1], start + TITLE_WINDOW)
    comma = start + 1
    while comma < end and not view.is_comma(comma):
        if not view.is_word(comma) or view.cues[comma] is not None or view.bare[comma] in COMPLEMENTIZERS:
            return None
        comma += 1
    if comma >= end:
        return None
    holder = _apposition_name(view, comma, reported=True)
    return ((start, comma), holder) if holder is not None else None


MAX_APPOSITION_NAME_WORDS = 4


def _apposition_name(
    view: DocView, comma: int, reported: bool = False, set_off: bool = False
) -> tuple[int, int] | None:
    """The words of a person's name set between a comma at ``comma`` and the end of the
    clause (a full stop, a comma, the sentence end), after the holder's rank if any: two to
    four name words, the first without the article, none a title or a cue ("…، رضا عيسى.");
    None otherwise. With ``reported``, the subject of a verb of saying: the name may also run
    up to the complementizer of the report ("قال المندوب …، فؤاد الواد إنه …"), which closes
    the subject as surely as a comma, so that the name need not come back alone. With
    ``set_off``, a name closed by a second comma need not come back alone either."""
    if comma >= len(view) or not view.is_comma(comma):
        return None
    first = comma + 1
    end = view.sentence_range(comma)[1]
    while first < end and view.is_word(first) and view.title_state(view.bare[first]) is not None:
        first += 1  # "…، العقيد أحمد المسماري": the holder's rank before the name
        while first < end and view.is_word(first) and _rank_nisba(view, first):
            first += 1  # "…، السفير السلوفيني فوييسلاف سوك،": the rank's nisba
    last = first
    while last < end and view.is_word(last) and last - first <= MAX_APPOSITION_NAME_WORDS:
        if reported and view.bare[last] in COMPLEMENTIZERS:
            break
        last += 1
    if not 2 <= last - first <= MAX_APPOSITION_NAME_WORDS:
        return None
    before_report = reported and last < end and view.bare[last] in COMPLEMENTIZERS
    closed = last >= end or view.is_comma(last) or view.tokens[last].text in (".", "؛", ";")
    if not closed and not before_report:
        return None  # the clause goes on: the words are no apposition closed by punctuation
    # A given name written with the article ("…، الهادي مجدوب إن") opens the name all the same.
    if (has_article(view, first) and view.bare[first] not in ARTICLE_GIVEN_NAMES) or not _can_open_name(
        view, first
    ):
        return None
    for k in range(first, last):
        label = view.mention_label(k)
        if label is not None and label[0] != "PER":
            return None
        # "عبد الملك": after عبد a divine name, the second half of the given name, never a title;
        # "أبو القمصان": after أبو/أم a kunya's noun, a word of the name as well.
        after_servant = k > first and view.bare[k - 1] in _NAME_HEADS
        if not after_servant and view.title_state(view.bare[k]) is not None:
            return None
        if not _name_word(view, k, k == first):
            return None
        if (view.bare[k][:1] in "بلك" and view.bare[k][1:3] == "ال") or view.bare[k][:2] == "لل":
            return None  # "خلفا للسيد …": a preposition's noun, no word of a name
    # With ``reported``, the words follow the rest of a post: set off by two commas there ("…
    # وجامعة الدول العربية، عبد القادر مساهل، على …") they are its holder's name, named once.
    between_commas = (reported or set_off) and last < end and view.is_comma(last)
    label = view.mention_label(last - 1)
    # "…، محمد بن نواف.": a name of the son-of chain is a person's, though written once.
    patronymic = any(view.bare[k] in _SON_OF for k in range(first + 1, last - 1))
    if (
        (label is None or label[0] != "PER")
        and view.count(view.keys[last - 1]) < 2
        and not (before_report or between_commas or patronymic)
    ):
        return None  # a person's family name comes back alone ("رضا عيسى" … "وقال عيسى"), or is known
    return first, last


def _rank_nisba(view: DocView, k: int) -> bool:
    """Whether word k is a definite relational adjective (ـي، ـية) after a rank: "السفير
    السلوفيني"، "الخبيرة الفرنسية"; not a title itself."""
    bare = view.bare[k]
    return has_article(view, k) and bare.endswith(("ي", "يه")) and view.title_state(bare) is None


def _next_mention_starts(view: DocView, k: int) -> bool:
    """Whether an earlier stage's mention of another entity starts at word k right where a
    person's mention ends (word k - 1): two names side by side are two nouns, the verb's subject
    and its object, since a person's name found whole does not run on into another name or a
    place. A name linked in two pieces ("فديريكا" "موغيريني", one entity) stays one."""
    here, before = view.mention_label(k), view.mention_label(k - 1)
    if here is None or not here[1] or before is None or before[0] != "PER":
        return False
    entity = _entity_at(view, k)
    return entity is None or entity != _entity_at(view, k - 1)


MAX_MENTION_TOKENS = 8


def _entity_at(view: DocView, k: int) -> str | None:
    """The entity of the earlier stages' mention covering word k (None when unlinked)."""
    first = k
    while first > 0 and k - first < MAX_MENTION_TOKENS and not (view.mention_label(first) or ("", True))[1]:
        first -= 1
    label = view.mention_label(k)
    for mention in view.mentions_from(view.tokens[first].start):
        if label is not None and mention.label == label[0]:
            return mention.entity
    return None


def _name_word(view: DocView, k: int, opening: bool) -> bool:
    """Whether word k may be a word of a person's name set next to a title: no cue or other
    word of the cue lexicon, function, time or pronoun word, no ل/ب/ك or و on a word the
    document writes alone (برئيس، ومسؤولين), no noun with an owner's pronoun (منصبه، مهامه)
    and, after the first word, no verbal noun (انطلاق). The first word is also no verb of the
    lexicon and no common noun in ة/ات that the document writes with the article (مبادرة …
    المبادرة): given names do not take it."""
    if _name_ali(view, k):
        return True
    key, bare, text = view.keys[k], view.bare[k], view.tokens[k].text
    words = view.words
    if _stop_word_at(view, k) or bare in INDEPENDENT_PRONOUNS or key in INDEPENDENT_PRONOUNS:
        return False
    if key[:1] in "وف" and (key[1:] in INDEPENDENT_PRONOUNS or (len(key) > 3 and view.count(key[1:]) > 0)):
        return False  # "ونحن"، "ومسؤولين": a conjunction joins a clause or another noun
    if view.cues[k] is not None and not in_theophoric_name(view, k):
        return False
    if key != bare and key[:1] in "وف" and (opening or view.count(bare) > 0):
        return False  # "ومسؤولين", "وتم": a conjunction joins another noun or a clause
    if key[1:] in GOD_NAMES:
        return True  # "منتصر بالله"
    if key.startswith("لل") and len(key) > 3:
        return False  # "عماد الحمامي للتنسيق": ل + the article opens a preposition's noun, no name
    if (
        len(key) > 3
        and key[:1] in "بلك"
        and (view.count(key[1:]) > 0 or view.title_state(key[1:]) is not None)
    ):
        return False  # "برئيس": a preposition's noun, a title or a word the document writes alone
    if _indefinite_accusative(view, k):
        return False  # "اسم الرئيس السابق مرشحا للرئاسة": a predicate in the accusative, no name
    if bare in COPULAS:
        return False  # "المخرج X سيكون مخرج الفيلم": كان and its sisters open the predicate
    if key not in GOD_NAMES and key[:-1] not in NAME_LINKS:
        if text.endswith(("ها", "هم", "هما")) and len(key) >= 5:
            return False
        if text.endswith("ه") and len(key) >= 4 and view.count(key[:-1]) > 0:
            # "أردوغان منصبه": a noun with its owner's pronoun (ة is no ه on the page), which the
            # document writes without it too; family names in ه (الفقيه، روحه) have no such noun.
            label = view.mention_label(k)
            if label is None or label[0] != "PER":
                return False
    if imperfect_verb(view, k, opening):
        return False  # "الرئيس يتعاون"، "الملك سلمان يتصل بـ"، "الأمير X يعود إلى": the verb, no name
    if opening:
        if key in view.vocabulary and view.title_state(bare) is None and not words.is_a("title", bare):
            return False
        if bare in _POSSESSOR_NOUNS:
            return False  # "وزيرة التعليم ذات الأصول المغربية": a description of the holder
        return not (text.endswith(("ة", "ات")) and view.count("ال" + bare) > 0)
    return not verbal_noun(view, k)


# Shortest stem an accusative alif is taken off (مصدرا -> مصدر; no two-letter word is a source).
MIN_ACCUSATIVE_STEM = 3


def _indefinite_accusative(view: DocView, k: int) -> bool:
    """Whether word k is a noun or adjective in the indefinite accusative: written with tanween
    (names never are), or in ا when the document writes the word without it with the article
    ("مرشحا" … "المرشح"). A person's name in ا (رضا، أوباما) has no such definite noun."""
    text, key = view.tokens[k].text, view.bare[k]
    if FATHATAN in text:
        return True
    stem = key[:-1]
    return key.endswith("ا") and len(stem) >= MIN_ACCUSATIVE_STEM and view.count("ال" + stem) > 0


# ذو/ذات "of, having", which open a description after a title, never a name.
_POSSESSOR_NOUNS = frozenset({"ذو", "ذات", "ذوي", "ذوو", "ذوات"})
# The simple imperfect (يفعل: يعود، تشعر، يتصل): ي/ت and three or four letters, the second a
# consonant.
_SIMPLE_IMPERFECT = re.compile(r"^[يت][^اوي].{2,3}$")
# What a verb of motion, contact or feeling takes right after it, where a name takes none: a
# preposition or a complementizer ("يعود إلى"، "تشعر أن").
_VERB_COMPLEMENT_OPENERS = frozenset({"الي", "علي", "عن", "من", "في", "ان", "بان", "لان", "مع"})


def imperfect_verb(view: DocView, k: int, opening: bool) -> bool:
    """Whether word k, among the words a title or a name runs on to, is an imperfect verb in the
    third person, the predicate of a headline or a fronted subject ("الملك سلمان يتصل بأردوغان"،
    "وزير الخارجية يلتقي الملك"). The derived forms (يتفاعل، يستفعل، يفتعل) open no given name;
    a simple imperfect (يعود، تشعر) is read as a verb only after the first word of a name, when
    the document writes it once, and before a preposition or complementizer, or ب/ل on the next
    word, as a verb's complement opens.
    Listed given names (يحيى، يزيد، يسرى) and words with a clitic are never verbs here."""
    bare, key = view.bare[k], view.keys[k]
    if bare in given_names():
        return False
    if derived_imperfect(bare) and (opening or key == bare):
        return True
    if (
        opening
        or key != bare
        or _SIMPLE_IMPERFECT.match(bare) is None
        or view.tokens[k].text.endswith(("ة", "ى"))
    ):
        return False
    if view.count(bare) > 1:
        return False  # a family name recurs ("دونالد ترمب في" … "وأعلن ترمب"); the one verb does not
    after = k + 1
    if after >= len(view) or not view.is_word(after):
        return False
    nxt = view.keys[after]
    return nxt in _VERB_COMPLEMENT_OPENERS or (
        nxt[:1] in "بل" and len(nxt) > 3 and not nxt.startswith(("بن", "بو"))
    )


def _verb_cue(view: DocView, k: int) -> bool:
    found = view.cues[k]
    return found is not None and found.kind == "verb"


def _addressee(view: DocView, word: str) -> bool:
    if not word.startswith("ل") or len(word) < 3:
        return False
    rest = word[1:].lstrip("ـ")
    if rest[:1].isascii():
        return True
    key = normalize(rest)
    return view.words.is_a("media", key) or view.words.is_a("media", key[2:])


def _token_at(view: DocView, token_starts: list[int], start: int) -> int | None:
    """The token starting at character ``start`` (``token_starts``: every token's start)."""
    k = bisect.bisect_left(token_starts, start)
    return k if k < len(view) and token_starts[k] == start else None


def _abbreviated_names(view: DocView) -> list[str]:
    """The names written after a title's abbreviation in the document ("د. سامي يوسف"), as the
    segment parser reads them up to the next comma or stop."""
    found: list[str] = []
    if DOCTOR + "." not in view.doc.text:
        return found  # one search of the text, where key_positions counts every key
    for i in view.key_positions(DOCTOR):
        end = abbreviation_end(view, i)
        if end is None:
            continue
        start = abbreviation_start(view, i)
        last = min(view.sentence_range(i)[1], end + 8)
        groups = segments(view, start, last)
        phrase = parse_segment(view, groups[0]) if groups else None
        if (
            phrase is not None
            and phrase.kind == "name"
            and phrase.name is not None
            and abbreviated_title(view, phrase)
        ):
            found.append(view.text_of(*phrase.name))
    return found


def _name_before_title(view: DocView, title: int) -> str | None:
    """The name a title follows in apposition right after a verb of saying: "قال قيس
    السلطاني، الناطق الرسمي …" (VSO: the subject, then its post between commas, or with no
    comma: "أفاد هشام المناعي الناطق الرسمي للرابطة")."""
    # ``comma``: where the name ends, the comma or the title itself.
    comma = title - 1 if view.is_comma(title - 1) else title
    if comma < 1:
        return None
    first = comma - 1
    while first > 0 and comma - first < 4 and view.is_word(first - 1) and view.cues[first - 1] is None:
        first -= 1
    while first < comma - 2 and view.words.is_a("time", view.bare[first]):
        first += 1  # "كشف اليوم الثلاثاء محمد …،": the time the verb took place, no word of the name
    honorific = first < comma - 2 and comma != title and view.bare[first] in HONORIFICS
    if honorific:
        first += 1  # "اعتبر الأمير محمد بن نواف، السفير …": the rank opens the subject, the name follows
    verb = first - 1 - honorific
    while verb > 0 and first - verb <= MAX_TIME_WORDS and view.words.is_a("time", view.bare[verb]):
        verb -= 1
    if verb < 0 or not view.is_word(verb) or view.cues[verb] is None:
        if first < comma - 2 and view.bare[first].removeprefix("و") in PAST_AUXILIARIES:
            first += 1  # "وكان X Y، title، قال": the auxiliary opens the clause, no word of the name
        elif view.bare[first] in _TOPIC_PARTICLES:
            return None  # "أما X، title، فقال": the verb after فـ, read elsewhere
        if not _subject_set_off_before_cue(view, first, comma, title):
            return None
    words = range(first, comma)
    if not all(view.is_word(k) for k in words) or len(words) < 2:
        return None
    key = view.bare[first]
    if view.title_state(key) is not None or key.startswith(("ال", "ل", "ب")):
        return None  # a title, a description or a prepositional phrase ("لقناة …"), not a name
    if any(view.words.is_a(kind, key) for kind in ("institution", "media", "namer", "anonymous")):
        return None  # a body or an unnamed source: "قالت وزارة الخارجية، المتحدثة …"
    if any(view.words.is_a("stop", view.bare[k]) and not _name_ali(view, k) for k in words):
        # "طالب أحمدي نجاد في رسالته، الرئيس الأمريكي بـ…": a preposition's phrase ends the
        # subject, and the title after the comma is the verb's object, no post of the subject.
        return None
    if comma == title and (
        not (has_article(view, title) or _definite_construct_after(view, title, verb))
        or any(view.bare[k][:1] in "بل" for k in words)
        or (phrase := parse_speaker(view, first, comma)) is None
        or (phrase.first, phrase.last) != (first, comma)
    ):
        # Without a comma only a definite post right after plain name words is an apposition:
        # "وصرح ترامب في مؤتمر صحافي" has a phrase and an adjective, not a name and a post.
        return None
    return view.text_of(first, comma)


# Particles that open a clause with its topic before the verb: "أما X فقال"، "بينما X قال".
_TOPIC_PARTICLES = frozenset({"اما", "بينما", "فيما", "لكن", "ولكن"})


def _subject_set_off_before_cue(view: DocView, first: int, comma: int, title: int) -> bool:
    """Whether a name opens its clause (the sentence's first words, or after "كان") and its post
    set off by commas stands between it and the verb of saying: "وكان رود روزنشتاين، نائب وزير
    العدل، قال إن …" (SVO: the subject, its post in apposition, then the verb)."""
    if comma == title:
        return False
    before = first - 1
    opens = view.sentence_range(first)[0] == first or (
        before >= 0 and view.is_word(before) and view.bare[before].removeprefix("و") in PAST_AUXILIARIES
    )
    if not opens:
        return False
    end = min(view.sentence_range(title)[1], title + TITLE_WINDOW)
    close = next((k for k in range(title + 1, end) if not view.is_word(k)), None)
    return (
        close is not None
        and view.is_comma(close)
        and close + 1 < len(view)
        and view.is_word(close + 1)
        and view.cues[close + 1] is not None
    )


def _coordinated_posts(view: DocView, first: int, last: int) -> list[tuple[int, int]]:
    """The posts of a title phrase that joins two by و ("رئيس حزب البديل ورئيس الحكومة الأسبق"):
    the second post opens at a title word with the conjunction, after the first post's words;
    one span when there is none."""
    for k in range(first + 2, last):
        key = view.keys[k]
        if (
            view.is_word(k)
            and key.startswith("و")
            and key[1:] == view.bare[k]
            and view.title_state(view.bare[k]) == "indefinite"
            and not view.words.is_a("stop", view.bare[k])
        ):
            return [(first, k), (k, last)]
    return [(first, last)]


def _definite_construct_after(view: DocView, title: int, verb: int) -> bool:
    """Whether the title at ``title`` heads a construct made definite by its genitive ("وزير
    النقل"، "رئيس الحكومة") after the subject of a verb that takes no person as its object:
    "وفق ما أفاد أنيس غديرة وزير النقل" sets the post after the name as surely as the article
    does; after "دعا"، "حث"، "أبلغ" the construct is the verb's object ("دعا X رئيس الحكومة إلى")."""
    cue = view.cues[verb]
    if cue is None or cue.kind != "verb" or "dobj" in cue.frames:
        return False
    genitive = title + 1
    # "رئيس حزب البديل": a construct whose own genitive is a construct made definite at its end
    # (one bare noun between, no preposition or name clitic on it).
    if (
        genitive + 1 < len(view)
        and view.is_word(genitive)
        and not has_article(view, genitive)
        and view.bare[genitive][:1] not in "بلو"
        and view.words.is_a("institution", view.bare[genitive])
    ):
        genitive += 1
    if genitive >= len(view) or not view.is_word(genitive):
        return False
    if view.title_state(view.bare[genitive]) is not None:
        return False
    return has_article(view, genitive) or (genitive == title + 1 and _proper_genitive(view, genitive))


def _proper_genitive(view: DocView, k: int) -> bool:
    """Whether word k, right after a post, is a body's or a country's own name that the earlier
    stages found starting there ("مدرب ارسنال"، "سفير روسيا"): a proper noun is definite without
    the article, so the construct is a definite post ("قال ارسين فينغر مدرب ارسنال إن" sets
    the post after the name as "وزير النقل" does), not the verb's object or a bare noun."""
    label = view.mention_label(k)
    return (
        label is not None
        and label[1]
        and label[0] in _PROPER_GENITIVE_LABELS
        and not has_article(view, k)
        and view.bare[k][:1] not in "بلو"
    )


# The labels of a proper noun that makes a post's construct definite: a body, a place.
_PROPER_GENITIVE_LABELS = frozenset({"ORG", "LOC"})


_NISBA_FEMININE = "يه"  # ية once normalised
MIN_NISBA = 6  # letters of a definite nisba in ية: التركية


def _masculine_nisba(title: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The title with its last definite nisba in ية read as the masculine that ``other`` ends
    in: "وزير الخارجية التركية" and "وزير الخارجية التركي" are one office, the adjective
    agreeing with the ministry or with the minister ("الخارجية" itself, a noun, stays)."""
    last = title[-1]
    if (
        len(title) > 2
        and last.startswith("ال")
        and last.endswith(_NISBA_FEMININE)
        and len(last) >= MIN_NISBA
        and other[-1] == last[:-1]
    ):
        return (*title[:-1], last[:-1])
    return title


def _bare_answers_construct(entry: tuple[str, ...], query: tuple[str, ...]) -> bool:
    """Whether the bare "الرئيس" of a pairing ("الرئيس ترامب") would answer a رئيس that governs a
    definite genitive ("رئيس الاحتياطي الفدرالي"، "رئيس الاتحاد"): the bare title is the head of
    state, the other heads a body, so only a sure pairing (an apposition, a name the document
    repeats) ties the two; "رئيس الجمهورية" is the head of state too."""
    return (
        len(entry) == 1
        and entry[0].startswith("ال")
        and _title_core(entry[0]) in _WHOLE_OFFICES
        and len(query) > 1
        and not query[0].startswith("ال")
        and query[1].startswith("ال")
        and query[1] not in _HEADS_OF_STATE
    )


_HEADS_OF_STATE = frozenset({"الجمهوريه", "الدوله", "البلاد"})


def _with_adjectives_before_tag(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """A title phrase run on over the definite adjectives between it and a hashtag ("الفنانة
    المصرية الراحلة #X_Y"، "المغنية الأميركية الشهيرة #X_Y"): they describe the title's holder,
    whose name the tag is. The phrase itself when no tag follows such adjectives."""
    k = phrase.last
    while k < min(len(view.tokens), phrase.last + 2) and view.is_word(k) and _holder_adjective(view, k):
        k += 1
    if k == phrase.last or k >= len(view) or not hashtag_at(view, k):
        return phrase
    return SpeakerPhrase(phrase.first, k, phrase.kind, phrase.title, phrase.name)


def _holder_adjective(view: DocView, k: int) -> bool:
    """Whether word k is a definite adjective of a person, of either gender ("الراحل"،
    "الراحلة"، "الشهيرة"): no title, cue or body noun."""
    key = view.bare[k]
    if not has_article(view, k) or view.title_state(key) is not None or view.cues[k] is not None:
        return False
    masculine = key[:-1] if key.endswith("ه") else key
    return adjective_like(key) or adjective_like(masculine)


def _without_prefix(key: str, prefixes: tuple[str, ...]) -> str:
    """``key`` without the first of ``prefixes`` it opens with, when three letters at least are
    left (a short word is kept whole: "الله" is no ال + "له")."""
    for prefix in prefixes:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            return key[len(prefix) :]
    return key


def _without_article(key: str) -> str:
    """A title word without the article, or the ب/ل/و that carries it ("بالسفير" -> سفير)."""
    return _without_prefix(key, ("بال", "لل", "وال", "ال"))


def _compound_office(word: str, adjectives: set[str]) -> bool:
    """Whether a title word right after a definite head makes another office of it: a definite
    adjective that is no nisba, no tenure word and none of a description's ``adjectives``
    ("المدير العام"، "المدير المساعد")."""
    return (
        word.startswith("ال")
        and not title_nisbas(("", word))
        and word not in TENURE_ADJECTIVES
        and _without_article(word) not in adjectives
    )


def _definite_word(key: str) -> bool:
    """Whether a title word carries the article, alone or after ب/ل/و ("السفير"، "بالسفير")."""
    return key.startswith(("ال", "بال", "لل", "وال"))


def _same_post(word: str) -> str:
    """A post word as the post it names: the spokesman is "الناطق" or "المتحدث", the member of
    parliament "النائب" or "البرلماني" (with the gender kept)."""
    return POST_WORD_SYNONYMS.get(word, POST_HEAD_SYNONYMS.get(word, word))


def _title_core(key: str) -> str:
    """A title word without its article or a ل/لل: "الوزير" and "وزير" name one office; a
    synonym of a post as the post (الناطق -> متحدث)."""
    key = _without_prefix(key, ("لل", "ال"))
    return POST_HEAD_SYNONYMS.get(key, key)


# The second word of the title a possessed post is indexed under: no title's word, so that only
# the bare post ("المحامي") is the same office.
_POSSESSED = "+"


def _possessed_head(view: DocView, entry: TitledName) -> str | None:
    """The bare post of a title entry headed by a possessed title ("محاميه" -> محامي), if the
    text writes the pronoun (ه, not the ة of a feminine) and the post is no whole office."""
    first = entry.title[0] if entry.title else ""
    if first.startswith("ال"):
        return None
    at = bisect.bisect_left(view.starts, entry.position)
    if at >= len(view) or view.starts[at] != entry.position or view.bare[at] != first:
        return None
    surface = view.tokens[at].text
    for ending in POSSESSIVE_ENDINGS:
        base = first[: -len(ending)]
        if not first.endswith(ending) or len(base) < 3 or base in _WHOLE_OFFICES:
            continue
        if not surface.endswith(ending) or view.title_state("ال" + base) != "definite":
            continue
        if view.words.is_a("title", base) or view.words.is_a("title", "ال" + base):
            return base
    return None


def _synonym_title(title: tuple[str, ...]) -> tuple[str, ...]:
    """The title with a synonym of its head and of a head's body read as one word: "الناطق
    الرسمي" -> "المتحدث الرسمي"، "رئيس الحكومة" -> "رئيس الوزراء"."""
    if not title:
        return title
    head = title[0]
    for prefix in ("لل", "ال", ""):
        core = head[len(prefix) :] if head.startswith(prefix) else None
        if core is not None and core in POST_HEAD_SYNONYMS:
            title = (prefix + POST_HEAD_SYNONYMS[core], *title[1:])
            break
    if len(title) > 1 and _title_core(title[0]) in _WHOLE_OFFICES:
        second = title[1]
        for prefix in ("لل", "ال", "ل", ""):
            core = second[len(prefix) :] if second.startswith(prefix) else None
            if core is not None and core in POST_DOMAIN_SYNONYMS:
                title = (title[0], prefix + POST_DOMAIN_SYNONYMS[core], *title[2:])
                break
    return title


def _office_synonym(title: tuple[str, ...]) -> tuple[str, ...]:
    """A title whose head and genitive name an office in other words, as the office's usual
    words, prefixes kept: "رئيس الدبلوماسية الفرنسية" -> "وزير الخارجية الفرنسية"."""
    if len(title) < 2:
        return title
    head_prefix = "ال" if title[0].startswith("ال") else ""
    genitive_prefix = next((p for p in ("لل", "ال", "ل") if title[1].startswith(p)), "")
    key = (title[0][len(head_prefix) :], title[1][len(genitive_prefix) :])
    words = OFFICE_SYNONYMS.get(key)
    if words is None:
        return title
    return (head_prefix + words[0], genitive_prefix + words[1], *title[2:])


def _domain_core(key: str) -> str:
    """A title word without its article or a ل/لل, definite or not: للشركة، لشركة -> شركه."""
    return _without_prefix(key, ("لل", "ال", "ل"))


_IN_THE_NAME_OF = "باسم"
_OFFICIAL = frozenset({"الرسمي", "الرسميه"})


def _spokesman_body(title: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of the body a spokesman speaks for: those after "باسم", once the head and
    "الرسمي" come before it ("المتحدث الرسمي باسم قوات التحالف" -> قوات، التحالف)."""
    if len(title) < 3:
        return None
    at = 2 if title[1] in _OFFICIAL else 1
    if title[at] != _IN_THE_NAME_OF or at + 1 >= len(title):
        return None
    return title[at + 1 :]


def _same_spokesman_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two spokesman titles of one head speak for one body named in other words: the
    nouns of the shorter body all among the longer's, its nisbas too unless the longer has
    none ("باسم التحالف العربي" ~ "باسم قوات التحالف لدعم الشرعية في اليمن"; not "باسم
    وزارة الدفاع" ~ "باسم وزارة الخارجية", nor "باسم الجيش السوري" ~ "باسم الجيش الإسرائيلي")."""
    if not a or not b or _title_core(a[0]) != _title_core(b[0]):
        return False
    one, two = _spokesman_body(a), _spokesman_body(b)
    if one is None or two is None:
        return False
    shorter, longer = (one, two) if len(one) <= len(two) else (two, one)
    nisbas = title_nisbas(("", *shorter))
    nouns = [w for w in shorter if not (w.startswith("ال") and _nisba_root(w) in nisbas)]
    cores = [_domain_core(w) for w in longer]
    if not nouns or any(_domain_core(w) not in cores for w in nouns):
        return False
    # A noun's nisba in the shorter must not meet another nisba after that noun in the longer.
    for k, word in enumerate(shorter[:-1]):
        after = shorter[k + 1]
        if word not in nouns or _nisba_root(after) not in nisbas or not after.startswith("ال"):
            continue
        at = cores.index(_domain_core(word))
        other = longer[at + 1] if at + 1 < len(longer) else ""
        if other.startswith("ال") and _nisba_root(other) is not None and other != after:
            return False
    return True


def _seat_core(key: str) -> str:
    """A title word without a ب/ل seat or the article: بالوزارة، بوزارة -> وزاره."""
    return _without_prefix(key, ("بال", "لل", "ال", "ب", "ل"))


def same_office(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two titles can name one office: the same head noun, and every word of the
    shorter one in the longer ("وزير الخارجية" ~ "وزير الشؤون الخارجية التونسي", "الوزير" ~
    both; not "وزير الداخلية", nor "متحدث باسم رئيسة الوزراء" ~ "رئيسة الوزراء")."""
    if not a or not b or _title_core(a[0]) != _title_core(b[0]):
        return False
    a, b = _synonym_title(a), _synonym_title(b)
    if a[-1] != b[-1] and _NISBA_FEMININE in (a[-1][-2:], b[-1][-2:]):
        a, b = _masculine_nisba(a, b), _masculine_nisba(b, a)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if _president_and_other_head(shorter, longer):
        return False
    if longer[: len(shorter)] == shorter or len(shorter) == 1:
        return True
    if all(_domain_core(x) == _domain_core(y) for x, y in zip(shorter, longer, strict=False)):
        return True  # "المدير العام للشركة" ~ "المدير العام لشركة المترو": ل + the same noun
    if all(_seat_core(x) == _seat_core(y) for x, y in zip(shorter, longer, strict=False)):
        return True  # "مدير الامتحانات بالوزارة" ~ "… بوزارة التربية": ب + the same noun
    if not shorter[0].startswith("ال") and any(
        len(t) == 2 and _domain_core(t[1]) in PLACE_ANAPHORS for t in (shorter, longer)
    ):
        return True  # "والي الجهة" ~ "والي القصرين": "the region" points back to the one named
    for one, other in ((shorter, longer), (longer, shorter)):
        if PRESENT_TENURE.isdisjoint(one):
            continue
        present = _without_present_tenure(one)
        if present != one and PAST_TENURE.isdisjoint(other):
            # "الأمين العام الجديد" ~ "الأمين العام للاتحاد …": "new" or "current" is the holder
            # the document names without "former".
            return same_office(present, other)
    if shorter[0].startswith("ال") and all(w in TENURE_ADJECTIVES and w in longer for w in shorter[1:]):
        # "الوزيرة السابقة" ~ "وزيرة السياحة السابقة": "former" says when, not which office.
        return True
    if shorter[0].startswith("ال"):
        # A definite head with adjectives is a whole office of its own: "الرئيس اللبناني" is
        # not "رئيس الوزراء اللبناني", whose indefinite head takes the genitive. Two definite
        # heads name one office when the post is the same and the shorter names its domain
        # with fewer words: "الرئيس المدير العام لديوان الزيت" ~ "… للديوان الوطني للزيت"
        # (not "المدير العام المساعد للشركة", another post).
        post, domain = _post_and_domain(shorter)
        long_post, long_domain = _post_and_domain(longer)
        return (
            longer[0].startswith("ال")
            and bool(domain)
            and [_domain_core(w) for w in post] == [_domain_core(w) for w in long_post]
            and (_in_order(domain, long_domain) or _same_domain_head(domain, long_domain))
        )
    rest = {_title_core(w) for w in longer[1:]}
    return all(_title_core(w) in rest for w in shorter[1:])


# What a رئيس heads besides a state: the government, a cabinet or a chamber, each an office of its
# own that news names in full ("رئيس الوزراء"، "رئيس البرلمان"), never by "الرئيس" alone.
_HEADED_BESIDES_STATE = frozenset(
    {"وزراء", "حكومه", "برلمان", "مجلس", "نواب", "شيوخ", "كنيست", "اركان", "مجالس", "وزاره"}
)


def _president_and_other_head(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether ``shorter`` is the bare "الرئيس" and ``longer`` a head of government or of a chamber
    ("رئيس الوزراء الإسرائيلي"، "رئيس مجلس النواب"): "فإن الرئيس قال" is the head of state, not
    the prime minister the document names."""
    if len(shorter) != 1 or len(longer) < 2 or not shorter[0].startswith("ال"):
        return False
    if _title_core(shorter[0]) not in _WHOLE_OFFICES or longer[0].startswith("ال"):
        return False
    return _domain_core(longer[1]) in _HEADED_BESIDES_STATE


# "دولة ألمانيا" is Germany: the word for a state adds nothing to the office it governs.
_STATE_WORDS = frozenset({"دوله", "لدوله"})


def _country_words(title: tuple[str, ...]) -> tuple[list[str], set[str], bool]:
    """The words after a title's head with a country and its nisba read alike (ألمانيا and
    الألماني -> ألمان), the roots read from a nisba, and whether "دولة" was left out."""
    words = [w for w in title[1:] if w not in _STATE_WORDS]
    cores: list[str] = []
    nisbas: set[str] = set()
    for word in words:
        core = _domain_core(word)
        root = _nisba_root(core)
        if root is not None and root != "دول":
            nisbas.add(root)
            cores.append(root)
            continue
        for ending in ("يا", "ا", "ه"):
            if core.endswith(ending) and len(core) - len(ending) >= 3:
                core = core[: -len(ending)]
                break
        cores.append(_nisba_root("ال" + core + "ي") or core)
    return cores, nisbas, len(words) < len(title) - 1


# "نظيره"، "نظيرته": a counterpart, the same post in the country its nisba names.
COUNTERPARTS = frozenset({"نظيره", "نظيرته", "نظيرها", "نظيرتها", "نظيرهم"})


_FEMININE_COUNTERPARTS = frozenset({"نظيرته", "نظيرتها"})


def _counterpart_owner(view: DocView, at: int) -> tuple[str, ...] | None:
    """The title of the person a counterpart's pronoun points to ("والتقى الوزير الفرنسي
    الاثنين نظيره"): the nearest title before it in its sentence, read from its first word."""
    start = view.sentence_range(at)[0]
    titled = frozenset(view.title_tokens)
    for k in range(at - 1, start - 1, -1):
        if k not in titled or k - 1 in titled:
            continue
        phrase = parse_speaker(view, k, at)
        if phrase is None:
            continue
        span = (phrase.first, phrase.last) if phrase.kind == "title" else phrase.title
        if span is None:
            continue
        title = title_key_of(view, *span)
        if not title or _title_core(title[0]) in COUNTERPARTS:
            return None
        return title
    return None


def _country_of_post(title: tuple[str, ...]) -> str | None:
    """The root of the country nisba a post closes with ("وزير الخارجية الفرنسي"، "الوزير
    الفرنسي" -> فرنس): its last word, an adjective, not the genitive of an indefinite head
    ("وزير الداخلية" names a portfolio)."""
    if len(title) < 2 or (len(title) == 2 and not title[0].startswith("ال")):
        return None
    roots = title_nisbas(("", title[-1]))
    return next(iter(roots)) if len(roots) == 1 else None


def _post_of_other_country(
    post: tuple[str, ...], country: str, nisba: str, feminine: bool
) -> tuple[str, ...] | None:
    """``post`` with the nisba of the owner's ``country`` it closes with replaced by ``nisba``
    (in the gender of the word it replaces), its head in the counterpart's gender: ("وزير",
    "الخارجيه", "الفرنسي") with "الايراني" -> ("وزير", "الخارجيه", "الايراني"). None when the
    post does not close with that country's nisba."""
    if _country_of_post(post) != country:
        return None
    j = len(post) - 1
    masculine = nisba[:-1] if nisba.endswith("يه") else nisba
    replaced = masculine + "ه" if post[j].endswith("يه") else masculine
    head = post[0]
    if feminine and not head.endswith("ه"):
        head += "ه"
    elif not feminine and head.endswith("ه") and len(head) > 4:
        head = head[:-1]
    return (head, *post[1:j], replaced, *post[j + 1 :])


def _same_country(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether title ``a`` (of a person the document names) carries the country of counterpart
    title ``b`` ("نظيره القطري"), by its nisba or its name, and is no counterpart itself."""
    if not a or _title_core(a[0]) in COUNTERPARTS:
        return False
    _, wanted, _ = _country_words(b)
    if len(wanted) != 1 or len(b) != 2:
        return False
    cores, _, _ = _country_words(a)
    return bool(wanted & set(cores))


# Heads that are a whole office alone: "الرئيس اللبناني" is the president, never "رئيس الوزراء
# اللبناني" or "رئيس البرلمان اللبناني".
_WHOLE_OFFICES = frozenset({"رئيس", "رييس", "رئيسه", "رييسه"})


def _post_of_country(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether ``b`` is a definite post with only a country's nisba ("الوزير النرويجي") and
    ``a`` the same post of that country with more words ("وزير الخارجية النرويجي")."""
    if len(b) < 2 or len(a) <= len(b) or not b[0].startswith("ال"):
        return False
    if _title_core(b[0]) in _WHOLE_OFFICES or _title_core(a[0]) != _title_core(b[0]):
        return False
    wanted = [_nisba_root(w) for w in b[1:]]
    if any(root is None or not w.endswith(("ي", "يه")) for root, w in zip(wanted, b[1:], strict=True)):
        return False
    cores, _, _ = _country_words(a)
    # A seat under ب names the country as its nisba does ("وزير التربية بمصر" ~ "الوزير المصري"),
    # but not for a post held abroad: "سفير فرنسا بألمانيا" is no "السفير الألماني".
    seats: list[str] = []
    if _title_core(a[0]) not in _POSTED_ABROAD:
        seats = [
            core for w in a[1:] if w[:1] == "ب" and len(w) > 3 for core in _country_words((a[0], w[1:]))[0]
        ]
    return all(root in cores or root in seats for root in wanted)


# Posts held in another country than the one they serve, whose ب-seat is the host country.
_POSTED_ABROAD = frozenset(
    {"سفير", "سفيره", "قنصل", "قنصله", "مندوب", "مندوبه", "مبعوث", "مبعوثه", "ممثل", "ممثله"}
)


def _genitive_as_nisba(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two titles of one head name the same domain, one by a definite genitive right
    after the head, the other by the nisba made from it among its later words: "زعيمة اليمين"
    ~ "زعيمة حزب الجبهة الوطنية اليميني" (اليمين, اليميني). Indefinite heads only, whose
    genitive names the domain; a nisba is no genitive ("الرئيس اليمني" is no "رئيس اليمن")."""
    if len(a) < 2 or len(b) < 2 or _title_core(a[0]) != _title_core(b[0]) or a[1] == b[1]:
        return False
    if a[0].startswith("ال") or b[0].startswith("ال"):
        return False
    for one, other in ((a, b), (b, a)):
        genitive = one[1]
        if not genitive.startswith("ال") or _nisba_root(genitive) is not None:
            continue
        noun = _domain_core(genitive)
        if len(noun) >= 3 and any(_nisba_root(w) == noun for w in other[2:] if w.startswith("ال")):
            return True
    return False


def same_country_office(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two titles of one head differ only by a country written as a genitive or as its
    nisba, "دولة", or a ب-seat the longer adds ("السفير الألماني بتونس")."""
    if not a or not b or _title_core(a[0]) != _title_core(b[0]):
        return False
    (one, one_nisbas, one_state), (two, two_nisbas, two_state) = _country_words(a), _country_words(b)
    # The titles must differ by the equivalence itself: a nisba in one only, or "دولة".
    if one_nisbas == two_nisbas and one_state == two_state:
        return False
    shorter, longer = (one, two) if len(one) <= len(two) else (two, one)
    rest = list(longer)
    for word in shorter:
        if word not in rest:
            return False
        rest.remove(word)
    return all(word.startswith("ب") for word in rest)


def _post_and_domain(title: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A definite title's post (its head and adjectives) and its domain, from the first ل-phrase
    on: ("المدير", "العام") and ("للشركه",)."""
    at = next((k for k in range(1, len(title)) if title[k][:1] == "ل"), len(title))
    return title[:at], title[at:]


def _in_order(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether the words of ``shorter`` occur in ``longer`` in the same order (by their core,
    a ل/لل or the article aside: لديوان ~ للديوان)."""
    rest = iter(_domain_core(w) for w in longer)
    return all(any(_domain_core(w) == x for x in rest) for w in shorter)


# Adjectives a body's name may carry or drop: "الديوان الوطني للزيت" is "ديوان الزيت".
_DOMAIN_ADJECTIVES = frozenset({"وطني", "وطنيه", "عام", "عامه", "جهوي", "جهويه", "مركزي", "مركزيه"})


def _same_domain_head(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two domains of a post name one body: the same head noun, and once the
    adjectives a body's name may carry or drop are aside, the words of one in the other in
    order ("لديوان الزيت" ~ "للديوان الوطني"; not "لديوان الزيت" ~ "لديوان الحبوب")."""
    if not one or not other or _domain_core(one[0]) != _domain_core(other[0]):
        return False
    a = tuple(w for w in one[1:] if _domain_core(w) not in _DOMAIN_ADJECTIVES)
    b = tuple(w for w in other[1:] if _domain_core(w) not in _DOMAIN_ADJECTIVES)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return _in_order(shorter, longer)


# "Former" and "earlier former": news writes either for one past holder.
FORMER_ALTERNATES = {"السابق": "الاسبق", "الاسبق": "السابق", "السابقه": "الاسبقه", "الاسبقه": "السابقه"}


def _same_office_any_former(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """:func:`same_office` with السابق and الأسبق read as one word."""
    return same_office(a, tuple(FORMER_ALTERNATES.get(w, w) for w in b)) or same_office(a, b)


# Adjectives of a post's tenure, which tell when someone held it, not which post it is.
TENURE_ADJECTIVES = frozenset(
    {"السابق", "السابقه", "الاسبق", "الاسبقه", "الحالي", "الحاليه", "المستقيل", "المستقيله", "المتخلي"}
)

# Adjectives of the present holder, and of a past one.
PRESENT_TENURE = frozenset({"الجديد", "الجديده", "الحالي", "الحاليه"})
PAST_TENURE = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه", "المستقيل", "المستقيله", "المتخلي"})


def _without_present_tenure(title: tuple[str, ...]) -> tuple[str, ...]:
    """A definite title without the adjectives of the present holder after its head and post
    ("الأمين العام الجديد" -> "الأمين العام"); the title itself when it has none."""
    if len(title) < 2 or not title[0].startswith("ال"):
        return title
    kept = tuple(w for w in title[1:] if w not in PRESENT_TENURE)
    return (title[0], *kept) if len(kept) < len(title) - 1 else title


# Definite common nouns for a territory, which a title's genitive uses to point back to the
# place the document named ("والي الجهة"، "محافظ المدينة").
PLACE_ANAPHORS = frozenset({"جهه", "ولايه", "منطقه", "مدينه", "محافظه", "بلاد", "اقليم"})

DESCRIPTION_REACH = 2000  # tokens looked back for the indefinite first mention


# The feminine ending on the page (ة, normalised to ه in the keys).
_TA_MARBUTA = "ة"


def _complement_word_after_title(view: DocView, title: tuple[int, int], k: int) -> bool:
    """Whether the one word after a title, taken for its holder's name, is rather a word of the
    clause: the verb's object or an adverb of manner after the subject ("وأرسل الشاعر المصري
    رسالة إلى"، "ورد الرئيس بسرعة"، "وأشار المتحدث بيده إلى").

    - An indefinite noun in ة after a title of the masculine form: a man's given name in ة is
      rare and listed (أسامة، حمزة); an indefinite common noun there is the object.
    - ب on a noun with an owner's pronoun (بيده، بنفسه): a prepositional phrase, no name.
    Only the word right after the title counts (a comma sets off a name in apposition); a name
    the earlier stages labelled PER is kept."""
    label = view.mention_label(k)
    if label is not None and label[0] == "PER":
        return False
    if k != title[1] or "_" in view.tokens[k].text:
        return False  # "…، #ناصر_بوريطة": set off by a comma or tagged, a name in apposition
    text, bare = view.tokens[k].text.rstrip(FATHATAN), view.bare[k]
    if len(bare) < 4 or has_article(view, k) or bare in given_names():
        return False
    if text.endswith(_TA_MARBUTA) and not view.tokens[title[0]].text.endswith(_TA_MARBUTA):
        return bare[:1] not in "وف" or bare[1:] not in given_names()
    return bi_on_owned_noun(view, k)


def _complement_of_cue_before(view: DocView, title: int, name: int) -> bool:
    """Whether the "name" after a title is a ب-complement of the verb before the title."""
    if title == 0 or not view.bare[name].startswith("ب") or not view.is_word(title - 1):
        return False
    label = view.mention_label(name)
    if label is not None and label[0] == "PER":
        return False  # "توعد رئيس الوزراء بنيامين …": a person's name the earlier stages found, in ب
    cue = view.cues[title - 1]
    return cue is not None and "ب" in cue.frames


def _predicate_of_cue_before(view: DocView, title: int, name: int, last: int) -> bool:
    """Whether the "name" after a title is the predicate of a verb of considering with an object
    pronoun right before the title (اعتبرها الوزير خطوة هامة): the title is the verb's subject,
    and the indefinite noun after it says what the subject considers the object to be."""
    if title == 0 or not view.is_word(title - 1):
        return False
    cue = view.cues[title - 1]
    return cue is not None and predicate_after_pronoun(view, title - 1, cue, last) == name


def title_nisbas(title: tuple[str, ...]) -> set[str]:
    """The roots of the definite nisbas a title holds ("وزير الدفاع القطري" -> {قطر})."""
    return {
        root
        for word in title[1:]
        if word.startswith("ال") and word.endswith(("ي", "يه")) and (root := _nisba_root(word)) is not None
    }


def _nisba_marked(title: tuple[str, ...]) -> bool:
    """Whether a title is a definite head qualified by a nisba ("الوزير الجزائري"، "السفير
    الأمريكي"): a holder set apart from the one the bare head names."""
    return (
        len(title) >= 2
        and title[0].startswith("ال")
        and title[1].startswith("ال")
        and title[1].endswith(("ي", "يه"))
        and _nisba_root(title[1]) is not None
    )


def _nisba_root(key: str) -> str | None:
    """البريطاني، البريطانية -> بريطان, the root a country's name (بريطانيا) also starts with."""
    body = key[2:] if key.startswith("ال") else key
    for ending in ("يه", "يين", "يون", "ي"):
        if body.endswith(ending) and len(body) - len(ending) >= 3:
            return body[: -len(ending)]
    return None


def earlier_description(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """The first mention a definite description without a name refers back to.

    News introduces an unnamed source indefinitely and then uses the article: "قال مصدر
    دبلوماسي يوناني … وأضاف المصدر"، "أعلن مندوب بريطانيا … شدد المندوب البريطاني". The
    nearest earlier phrase headed by the same noun without the article is that mention; a
    relational adjective of the reference (البريطاني) must agree with it (بريطانيا، البريطانية),
    so "المندوب الفرنسي" does not go back to "مندوب بريطانيا".
    """
    found = earlier_description_span(view, phrase)
    return None if found is None else description_text(view, found)


def description_text(view: DocView, span: tuple[int, int]) -> str:
    """The text of a mention :func:`earlier_description_span` found."""
    return _clean(view.text_of(*span))


def earlier_description_span(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The tokens (first, last) of the mention :func:`earlier_description` reads."""
    key = view.bare[phrase.first]
    if not key.startswith("ال") or len(key) < 5:
        return None
    head = key[2:]
    roots = [r for k in range(phrase.first + 1, phrase.last) if (r := _nisba_root(view.keys[k]))]
    for i in bare_before(view, head, phrase.first, DESCRIPTION_REACH):
        if not view.is_word(i):
            continue
        last = min(view.sentence_range(i)[1], i + TITLE_WINDOW)
        found = parse_speaker(view, i, last)
        if found is None or found.first != i or found.name is not None:
            continue
        words = [view.keys[k] for k in range(found.first + 1, found.last)]
        if all(any(w.removeprefix("ال").startswith(root) for w in words) for root in roots):
            return found.first, found.last
    return None


# The indefinite first mention a definite source phrase refers back to.
#
# News introduces an unnamed source with an indefinite noun and goes on with the article: "نفى
# مسؤول سعودي رفيع المستوى …" … "وقال المسؤول السعودي"، "قال محققون …" … "وقال المحققون"،
# "وقال محامو هاجييفا …" … "وأضاف المحامون". The article marks the source as the one already
# introduced, and the record names it as the document first did (GUIDELINES: the fullest form the
# document gives). A sound plural in construct drops its ن ("محامو هاجييفا" is the plural محامون
# governing the client's name), and its case may differ between the two mentions (مسؤولين،
# المسؤولون).
MAX_INTRODUCED_REFERENCE_WORDS = 3  # a head and two definite adjectives: "المسؤولون الأمنيون الألمان"
MIN_INTRODUCED_HEAD = 4
# Endings a nisba or another adjective changes with gender, number and case (السعودي، سعوديون،
# الألمان، ألمانا): the adjectives of the two mentions are compared without them.
_AGREEMENT_ENDINGS = ("يين", "يون", "يه", "ين", "ون", "ي", "ا", "ه")


def _person_noun(view: DocView, head: str) -> bool:
    """Whether ``head`` (no article) names people who may be a source: a title or an unnamed
    source's noun, in the singular or as its sound plural (محققون: محقق); not a text that
    carries a source ("التقرير" is the report, whose source is its author)."""
    if head in SOURCE_CARRIERS or head in STATEMENT_NOUNS or view.words.is_a("document", head):
        return False
    if view.title_state(head) is not None or view.words.is_a("anonymous", head):
        return True
    if head.endswith(("ون", "ين")) and len(head) > MIN_INTRODUCED_HEAD:
        # A defective noun keeps its ي in the singular only: محامون، محامي.
        return any(
            view.title_state(stem) is not None or view.words.is_a("anonymous", stem)
            for stem in (head[:-2], head[:-2] + "ي")
        )
    return False


def _head_forms(head: str) -> list[str]:
    """The forms the head of the first mention may take: as it is, the other case of a sound
    plural (مسؤولون/مسؤولين), and the plural in construct without its ن (محامون -> محامو)."""
    forms = [head]
    if head.endswith("ون"):
        forms += [head[:-2] + "ين", head[:-1]]
    elif head.endswith("ين"):
        forms += [head[:-2] + "ون", head[:-2] + "و"]
    return forms


def _agreement_stem(word: str) -> str:
    word = word.removeprefix("ال")
    for ending in _AGREEMENT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def indefinite_introduction(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The phrase of the indefinite mention a definite source phrase refers back to: the
    phrase is a person noun with the article and definite adjectives only (no name, no
    genitive), and the nearest earlier source phrase opens with the same noun without the
    article, with every adjective of the reference among its words ("المسؤول السعودي" goes back
    to "مسؤول سعودي رفيع المستوى", not to "مسؤول أمريكي"). None when there is none."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if (
        not words
        or len(words) > MAX_INTRODUCED_REFERENCE_WORDS
        or words != list(range(phrase.first, phrase.last))
    ):
        return None
    if not all(has_article(view, k) for k in words) or view.keys[phrase.first] != view.bare[phrase.first]:
        return None  # "والمسؤولون": و joins a second party, no reference back
    head = view.bare[phrase.first][2:]
    if len(head) < MIN_INTRODUCED_HEAD or not _person_noun(view, head):
        return None
    adjectives = [_agreement_stem(view.bare[k]) for k in words[1:]]
    candidates = sorted(
        (i for form in _head_forms(head) for i in bare_before(view, form, phrase.first, DESCRIPTION_REACH)),
        reverse=True,
    )
    for i in candidates:
        if not view.is_word(i) or view.keys[i] != view.bare[i]:
            continue
        found = parse_speaker(view, i, min(view.sentence_range(i)[1], i + TITLE_WINDOW))
        if found is None or found.first != i or found.title is not None or found.last <= i:
            continue
        found = with_construct_genitive(view, _without_verbs_complement(view, found))
        if found.last > i + 1 and _conjoined(view, i + 1):
            return None  # "منظمون وصحافيون": the reference names one of two groups, not both
        said = [_agreement_stem(view.bare[k]) for k in range(i + 1, found.last) if view.is_word(k)]
        if all(any(word.startswith(adjective) for word in said) for adjective in adjectives):
            return found
        return None  # the nearest mention of the noun is another source ("مسؤول أمريكي")
    return None


def _conjoined(view: DocView, k: int) -> bool:
    """Whether word k is و and a second noun: the و read off as a clitic, or a noun the document
    writes alone or a person noun after it ("وصحافيون"); not a name in و (وليد، وضاح)."""
    key = view.keys[k]
    if key[:1] != "و" or not view.is_word(k):
        return False
    rest = key[1:]
    return key != view.bare[k] or view.count(rest) > 0 or (len(rest) > 2 and _person_noun(view, rest))


def with_construct_genitive(view: DocView, found: SpeakerPhrase) -> SpeakerPhrase:
    """A sound plural in construct read with its genitive: "صحافيو مؤسسة الجمهورية للصحافة" (the
    plural drops its ن before a genitive, so a head in و alone is cut short of the noun it
    governs): the genitive's head and its definite words and domain under لل."""
    i = found.first
    if found.last != i + 1 or not view.bare[i].endswith("و") or view.keys[i] != view.bare[i]:
        return found
    if not _person_noun(view, view.bare[i] + "ن"):
        return found  # "ماريو"، "أبو": no plural of a person noun
    k = i + 1
    if k >= len(view) or not view.is_word(k) or view.cues[k] is not None:
        return found
    k += 1
    if _body_head(view, k - 1):
        # "مراسلو وكالة فرانس برس": a body's own name, without the article, after its head.
        while k < len(view) and k - i <= MAX_FOREIGN_NAME_WORDS and _proper_name_word(view, k):
            k += 1
    while (
        k < len(view)
        and k - i <= MAX_EXPANSION_WORDS
        and view.is_word(k)
        and view.cues[k] is None
        and view.bare[k].startswith(("ال", "لل"))
        and not view.words.is_a("time", view.bare[k])
    ):
        k += 1
    return SpeakerPhrase(i, k, found.kind, found.title, (i, k))


MAX_FOREIGN_NAME_WORDS = 4  # the plural, the body's head and a foreign name of two words


def _proper_name_word(view: DocView, k: int) -> bool:
    """A word of a foreign proper name: no article, cue, function, time word or complementizer."""
    if not view.is_word(k) or view.cues[k] is not None or has_article(view, k):
        return False
    key = view.bare[k]
    if view.keys[k] != key or _is_stop_key(view, key) or key in COMPLEMENTIZERS:
        return False  # و joins a second noun; a function word ends the name
    # ب/ل opens a prepositional phrase before a word the document writes alone, a definite one or
    # a pronoun (بالعاصمة، بشأنها); a name may begin with those letters (برس، بلومبرغ).
    return not (
        key[:1] in "بل" and (key[1:3] == "ال" or view.count(key[1:]) > 0 or key.endswith(POSSESSIVE_ENDINGS))
    )


# Heads of bodies a country has many of, each with a name of its own ("شركة"، and the outlets'
# heads): "الحكومة الروسية"، "الرئاسة التركية" name a state's one organ by themselves.
_MEMBER_HEADS = frozenset({"شركه", "مؤسسه", "مجموعه", "منظمه", "جمعيه"})


def body_by_nisba(view: DocView, first: int, last: int) -> str | None:
    """The body a generic head noun with a nisba refers back to, named without that head: "وقالت
    الشركة القطرية" after "الخطوط الجوية القطرية" (a company's name is not "شركة X"). The
    phrase is a body or outlet noun with the article and one definite nisba; the document names,
    before it, exactly one body with that nisba: every run of definite words closing with the
    nisba opens with the same head noun, a noun of no title, time or plural of bodies, and not
    the phrase's own head (the same head is a reference :func:`NameIndex.expand_head` reads). The
    longest such run is the name. None otherwise: two bodies with one nisba ("الحكومة القطرية"،
    "الخطوط الجوية القطرية") leave the reference open."""
    words = [k for k in range(first, last) if view.is_word(k)]
    if len(words) != 2 or words != list(range(first, last)) or not has_article(view, first):
        return None
    head, nisba = view.bare[first][2:], view.bare[first + 1]
    if not (head in _MEMBER_HEADS or view.words.is_a("media", head)) or not _definite_nisba(view, first + 1):
        return None
    runs: dict[str, str] = {}
    heads: set[str] = set()
    for t in bare_before(view, nisba, first, EXPANSION_REACH):
        h = t
        while (
            h > 0
            and h - 1 > t - MAX_EXPANSION_WORDS
            and view.is_word(h - 1)
            and view.bare[h - 1].startswith(("ال", "وال"))
        ):
            h -= 1
            if view.bare[h][:1] == "و":
                break  # "…، والخطوط الجوية القطرية": و opens the name, joined to what is before
        if h == t or view.cues[h] is not None:
            continue
        joined = view.bare[h][:1] == "و"
        key = view.bare[h][1:] if joined else view.bare[h]
        core = key[2:]
        if core == head or view.title_state(key) is not None or view.words.is_a("time", key):
            return None
        if core.endswith("ات") or _is_stop_key(view, key):
            return None
        heads.add(core)
        text = _clean(view.text_of(h, t + 1))
        text = text[1:] if joined else text
        runs[text] = text
    if len(heads) != 1:
        return None
    return max(runs, key=lambda text: (len(text.split()), text))


# Prepositions a verb governs ("يستغرب من"، "يتحدث عن"، "يعول على"), where an introduction's
# plural noun and its nisba have ended.
_COMPLEMENT_PREPOSITIONS = frozenset({"من", "عن", "علي", "الي", "حول"})


def _without_verbs_complement(view: DocView, found: SpeakerPhrase) -> SpeakerPhrase:
    """An indefinite plural source with its nisba ("مراقبون يمنيون") ends before a preposition
    whose object is no body or outlet, nor a name the earlier stages found: "ويستغرب مراقبون
    يمنيون من صمت المنظمات" is the verb's complement (استغرب من), not where the observers are
    from, as it is in "مسؤولون أمريكيون من وزارة الخارجية"."""
    k = found.first + 1
    while (
        k < found.last
        and view.is_word(k)
        and view.bare[k].endswith(("يون", "يين"))
        and not has_article(view, k)
    ):
        k += 1
    if k == found.first + 1 or k + 1 >= found.last or view.bare[k] not in _COMPLEMENT_PREPOSITIONS:
        return found
    obj = k + 1
    if not view.is_word(obj) or view.mention_label(obj) is not None:
        return found
    key = view.bare[obj]
    if _body_head_key(view, key) or _body_head_key(view, key.removeprefix("ال")):
        return found
    name = found.name
    if name is not None:
        name = None if name[0] >= k else (name[0], min(name[1], k))
    return SpeakerPhrase(found.first, k, found.kind, found.title, name)


def _definite_body_name(view: DocView, i: int) -> int | None:
    """The end of a body's name that opens with the article at token ``i``: the head, its
    definite adjectives, then its domain as a genitive in لل and the definite words joined to
    it ("الهيئة العليا المستقلة للاتصال السمعي والبصري"، "المنظمة الدولية للهجرة"، "البعثة
    المشتركة للأمم المتحدة"). The domain in لل is what makes the words a name: a head with
    adjectives only ("المنظمة الأممية") is itself a reference back, and a definite word that is
    no adjective ("لاحظت الهيئة الإخلالات") is the verb's object. The head is a body or outlet
    noun with one adjective at least: a head right before لل is a noun and the purpose or
    object of its verb ("إخضاع المؤسسة للقانون"), and a person's name or another noun with the
    article is no body ("العليان للتمويل"). None for anything else."""
    head = view.bare[i][2:]
    if not (view.words.is_a("institution", head) or view.words.is_a("media", head)):
        return None
    k = i + 1
    end = min(len(view), i + MAX_EXPANSION_WORDS)
    while k < end and view.is_word(k) and view.bare[k].startswith("ال") and _adjective_of_body(view, k):
        k += 1
    if (
        k == i + 1
        or k >= end
        or not view.is_word(k)
        or not view.bare[k].startswith("لل")
        or len(view.bare[k]) < 5
    ):
        return None
    k += 1
    while k < end and view.is_word(k):
        key = view.keys[k]
        bare = view.bare[k]
        if not key.startswith(("ال", "وال")) or view.title_state(key.removeprefix("و")) is not None:
            break
        if bare in EXPANSION_STOPS or _is_stop_key(view, bare) or bare in ("الذي", "التي", "الي", "الا"):
            break  # "… للاستثمار إلى"، "… للإعلام الذي": a preposition or a relative, no name
        if view.words.is_a("time", bare) or view.cues[k] is not None:
            break  # "… للانتخابات اليوم": the time of the verb, no word of the name
        joined = key[3:] if key.startswith("وال") else ""
        if joined and (view.words.is_a("institution", joined) or view.words.is_a("media", joined)):
            break  # "الهيئة العامة للرياضة والاتحاد السعودي": a second body
        k += 1
    return k


def _adjective_of_body(view: DocView, k: int) -> bool:
    """Whether a definite word after a body's head can be its adjective: not a title, a cue, a
    body or outlet noun, or a stop word."""
    key = view.bare[k]
    return (
        view.title_state(key) is None
        and view.cues[k] is None
        and not view.words.is_a("time", key)
        and not _is_stop_key(view, key)
        and not view.words.is_a("institution", key[2:])
        and not view.words.is_a("media", key[2:])
    )


def apposed_holder(view: DocView, first: int, last: int | None = None) -> str | None:
    """The name an indefinite description at token ``first`` stands in apposition to, right
    after a verb of saying: "وقال أسامة معين، خبير اقتصادي بحريني، إن" (the description says
    who the named subject is, so a later "الخبير الاقتصادي" refers back to that name). With the
    description's end ``last``, also the name set off by two commas right after it: "عندما شرع
    عالم الفضاء الإيطالي، جيوفاني فيرجينيو شياباريللي، في رسم …" … "قال العالم" (an apposition
    closed on both sides is the description's own name, though written once)."""
    before = _name_before_title(view, first)
    if before is not None or last is None:
        return before
    if _second_post_in(view, SpeakerPhrase(first, last, "title")):
        return None  # "متحدث باسم رئيسة الوزراء، تيريزا ماي،": the name is the second post's holder
    after = _apposition_name(view, last, set_off=True)
    return None if after is None else view.text_of(*after)


def name_set_off_after_naming(view: DocView, first: int, expanded: str) -> str | None:
    """The name set off by two commas right after the indefinite naming that a one-word
    definite reference at token ``first`` was expanded to: "عندما شرع عالم الفضاء الإيطالي،
    جيوفاني فيرجينيو شياباريللي، في رسم …" … "قال العالم": the reference points back to the
    description, and the apposition closed on both sides is the described person's name. The
    naming is the nearest earlier word with the reference's head whose words run up to a comma
    and read as ``expanded``."""
    head = view.bare[first].removeprefix("ال")
    words = name_words(expanded)
    for i in bare_before(view, head, first, EXPANSION_REACH):
        end = i + len(words)
        if end > first or name_words(view.text_of(i, end)) != words:
            continue
        if _governed_by_post(view, i):
            return None  # the apposition names the governing post's holder
        called = name_called_after(view, end)
        if called is not None:
            # "شركة أمنية إسرائيلية خاصة تحمل اسم بلاك كيوب" … "وقالت الشركة".
            return view.text_of(*called)
        if end >= len(view) or not view.is_comma(end):
            return None
        if _second_post_in(view, SpeakerPhrase(i, end, "title")):
            return None  # the apposition names the second post's holder
        found = _apposition_name(view, end, set_off=True)
        return None if found is None else view.text_of(*found)
    return None


# "تحمل اسم X"، "يحمل اسم X" ("bearing the name X"): the verbs of bearing, normalised.
_BEARING_VERBS = frozenset({"تحمل", "يحمل"})
MAX_NAMING_GAP = 4  # adjectives of the naming between it and the verb that names it
MAX_CALLED_WORDS = 4


def name_called_after(view: DocView, k: int) -> tuple[int, int] | None:
    """The name a naming verb gives right after an indefinite description ending at token ``k``,
    after at most a few more of its adjectives: "شركة أمنية إسرائيلية خاصة تحمل اسم بلاك كيوب"،
    "رجل يدعى X"، "طفلة اسمها X". The name is one to four words up to punctuation or a
    function word, the first without the article."""
    end = min(view.sentence_range(k)[1] if k < len(view) else k, k + MAX_NAMING_GAP + 2)
    for verb in range(k, end):
        if not view.is_word(verb):
            return None
        bare = view.bare[verb]
        if bare in _BEARING_VERBS and verb + 1 < len(view) and view.bare[verb + 1] == "اسم":
            return _called_name(view, verb + 2)
        if naming_verb(bare):
            return _called_name(view, verb + 1)
        if view.cues[verb] is not None or not _agreeing_adjective(view, verb):
            return None
    return None


MAX_NAMED_BY_PRONOUN_REACH = 30  # tokens back from "اسمه" to the noun its pronoun stands for


def named_by_pronoun(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """The name the document gives a described person with "اسمه X" / "اسمها X" ("his name is
    X"): "رخصة سائق سيارة الأجرة. وقالت إن اسمه شينجيز أناربيك أولو" names "السائق المحتجز"،
    "السائق" wherever the story quotes him. The phrase is a definite noun (its adjectives after
    it), no body, outlet or text; the pronoun agrees with it in gender, and the nearest noun
    before "اسمه" with the phrase's head, no title word between them, is what the pronoun stands
    for. One such naming in the document, or none is taken."""
    key = view.bare[phrase.first]
    if phrase.name is not None and phrase.title is not None:
        return None  # a title and its holder's name
    if not has_article(view, phrase.first) or len(key) < MIN_NAMED_HEAD + 2:
        return None
    head = key[2:]
    words = view.words
    if any(words.is_a(kind, head) for kind in ("institution", "media", "document", "stop", "time")):
        return None
    pronoun = "اسمها" if head.endswith("ه") else "اسمه"
    found: set[str] = set()
    k = -1
    bare = view.bare
    while True:
        try:
            k = bare.index(pronoun, k + 1)
        except ValueError:
            break
        called = _called_name(view, k + 1)
        if called is None:
            continue
        for j in range(k - 1, max(-1, k - MAX_NAMED_BY_PRONOUN_REACH), -1):
            if not view.is_word(j):
                continue
            other = bare[j]
            stem = other[2:] if other.startswith("ال") else other[1:] if other[:1] in "لب" else other
            if other == head or stem == head or (other.startswith("لل") and other[2:] == head):
                said = view.cues[j - 1] if j > 0 else None
                if said is not None and said.kind == "verb":
                    break  # "كشف الرئيس … هوية المنفذ، قائلا إن اسمه X": the speaker names another
                found.add(view.text_of(*called))
                break
            if view.title_state(other) is not None:
                break  # a nearer person noun the pronoun may stand for
    return found.pop() if len(found) == 1 else None


MIN_NAMED_HEAD = 3  # letters of the head noun "اسمه" may name (سائق)


def _agreeing_adjective(view: DocView, k: int) -> bool:
    """An indefinite adjective of a description (إسرائيلية، خاصة، جديد): no article, no clitic,
    no function word, ending as adjectives do."""
    bare = view.bare[k]
    if has_article(view, k) or view.keys[k] != bare or _is_stop_key(view, bare):
        return False
    return bare.endswith(("ي", "يه", "ه")) or bare in {"جديد", "كبير", "صغير"}


def _called_name(view: DocView, first: int) -> tuple[int, int] | None:
    """The words of a name a naming verb gives, from token ``first``."""
    if first >= len(view) or not view.is_word(first) or has_article(view, first):
        return None
    if not _can_open_name(view, first):
        return None
    end = view.sentence_range(first)[1]
    last = first
    while last < min(end, first + MAX_CALLED_WORDS + 1) and view.is_word(last):
        bare = view.bare[last]
        if view.cues[last] is not None or bare in COMPLEMENTIZERS or _is_stop_key(view, bare):
            break
        if view.title_state(bare) is not None:
            return None
        if not _name_word(view, last, last == first):
            if last == first:
                return None
            break  # "تحمل اسم X Y تولت المشروع": the verb after the name
        last += 1
    if not 1 <= last - first <= MAX_CALLED_WORDS:
        return None
    return first, last


_MINISTRY = "وزاره"
_MINISTERS = ("وزير", "وزيره")


def _ministry_of_minister(view: DocView, first: int) -> str | None:
    """The ministry "الوزارة" at token ``first`` refers back to when the document names no
    ministry before it but names its minister by his portfolio: "وزير الشؤون الاستراتيجية
    الإسرائيلية، غيلاد إردان، …" … "الوزارة قالت" is "وزارة الشؤون الاستراتيجية الإسرائيلية"
    (the minister's post is named by the ministry's genitive and nisba). The nearest minister
    before it, with his definite genitive and adjectives."""
    found = sorted(
        (i for key in _MINISTERS for i in bare_before(view, key, first, EXPANSION_REACH)), reverse=True
    )
    for i in found:
        end = i + 1
        while end < first and end - i <= MAX_EXPANSION_WORDS and view.is_word(end):
            bare = view.bare[end]
            # "وزير التجارة والصناعة المصري": a portfolio of two joined by و.
            if not (has_article(view, end) or (end > i + 1 and view.keys[end].startswith("وال"))):
                break
            if view.title_state(bare) is not None or view.words.is_a("time", bare):
                break
            end += 1
        if end == i + 1:
            continue  # "الوزير"، "وزير سابق": no portfolio named
        words = view.text_of(i + 1, end).split()
        if len(words) > 1 and _definite_nisba(view, end - 1) and words[-1].endswith("ي"):
            # "وزير الخارجية الأمريكي": the nisba agreed with the minister; with the ministry,
            # a feminine noun, it takes ة ("وزارة الخارجية الأمريكية").
            words[-1] += "ة"
        return "وزارة " + " ".join(words)
    return None


def _governed_by_post(view: DocView, i: int) -> bool:
    """Whether the naming at token ``i`` is the genitive of a post or source before it ("المتحدث
    باسم رئاسة الفلبين، X،"): the name set off after it is the whole phrase's, the post's holder."""
    k = i - 1
    if k < 0 or not view.is_word(k):
        return False
    bare = view.bare[k]
    return (
        bare == "باسم"
        or view.title_state(bare) is not None
        or _clitic_title(view, bare)
        or view.words.is_a("anonymous", bare.removeprefix("ال"))
    )


# Words that take their source under ل ("وفقا لطبيبته"، "طبقا للمتحدث") or in construct ("بحسب
# المتحدث"، "حسب الطبيبة"), normalised: a source phrase postposed to what it attributes.
_RELAY_SOURCE_WORDS = frozenset({"وفقا", "طبقا", "تبعا", "بحسب", "حسب", "وفق"})


def set_off_after_relay(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The name set off by a comma after the title of a postposed source: "ووفقا لطبيبته، آنا
    كوندراتييفا، فإن …"، "وبحسب المتحدث باسم الشرطة، X Y، فإن": the source phrase of وفقا/بحسب
    ends at the comma, and the name after it, closed by a second comma or by the complementizer
    that opens the attributed clause, is the title's holder in apposition (as after a verb of
    saying, "وقالت طبيبته، X Y، إن")."""
    start = phrase.start
    if start == 0 or not view.is_word(start - 1) or view.bare[start - 1] not in _RELAY_SOURCE_WORDS:
        return None
    if phrase.last >= len(view) or not view.is_comma(phrase.last):
        return None
    return _apposition_name(view, phrase.last, reported=True)


MAX_TITLE_MODIFIER_WORDS = 8  # the post's own phrase and relative clause before the apposition


def set_off_before_report(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The name set off by two commas after a title and the words that qualify its post, right
    before the report's complementizer: "وأعلن رئيس لجنة العلاقات الخارجية في الكونغرس والتي
    تتمتع بنفوذ واسع، X Y، أنه …". The complementizer closes the subject, so the name in
    apposition there is the subject's, the title's holder, not a noun of the words between, as
    long as those words hold no other title, person or quote mark (a second person the name
    could stand for: "… مع الرئيس الفرنسي، X Y، أن")."""
    if phrase.kind != "title" or phrase.name is not None or _second_post_in(view, phrase):
        return None  # "المتحدث باسم رئيسة الوزراء، X Y، إن": the name may be the second post's
    end = view.sentence_range(phrase.first)[1]
    comma = phrase.last
    while comma < end and comma - phrase.last <= MAX_TITLE_MODIFIER_WORDS and not view.is_comma(comma):
        if not view.is_word(comma) or view.cues[comma] is not None:
            return None
        label = view.mention_label(comma)
        bare = view.bare[comma]
        if view.title_state(bare) is not None or _clitic_title(view, bare):
            return None  # "خلال لقائه بالرئيس، X Y، إن": the name is that title's holder
        if label is not None and label[0] == "PER":
            return None
        comma += 1
    if comma >= end or not view.is_comma(comma):
        return None
    name = _apposition_name(view, comma, reported=True)
    if name is None:
        return None
    closing = name[1]
    if not (closing + 1 < end and view.is_comma(closing) and view.bare[closing + 1] in COMPLEMENTIZERS):
        return None
    return name


_HAMZA_SEATS = str.maketrans({"ئ": "ي", "ؤ": "و", "ء": ""})


def _seatless(key: str) -> str:
    return key.translate(_HAMZA_SEATS)


def written_in(view: DocView, name: str, starts: dict[str, list[int]] | None = None) -> str:
    """``name`` as the document spells it, when the document writes the same words with the
    hamza on another seat (a gazetteer's "الباجي قائد السبسي" for the document's "الباجي قايد
    السبسي"): the guidelines keep the document's spelling. ``starts``: the document's
    :func:`seatless_starts`, built once per document (else here, for this call)."""
    target = [_seatless(w) for w in name_words(name)]
    if not target:
        return name
    width = len(target)
    for i in (starts if starts is not None else seatless_starts(view)).get(target[0], ()):
        if i + width > len(view):
            break
        if not all(view.is_word(k) for k in range(i, i + width)):
            continue
        if [_seatless(view.keys[k]) for k in range(i, i + width)] == target:
            return _clean(view.text_of(i, i + width))
    return name


def seatless_starts(view: DocView) -> dict[str, list[int]]:
    """Word tokens by their key with hamza seats ignored, in document order: what
    :func:`written_in` looks a name up in, instead of reading the whole document each time.
    Each key's tokens are found when first asked for (a key no word has gets an empty list)."""
    return _SeatlessStarts(view)


class _SeatlessStarts(dict[str, list[int]]):
    def __init__(self, view: DocView) -> None:
        super().__init__()
        self._is_word = view.is_word
        # Most keys have no hamza seat, and are their own seatless key.
        self._keys = view.keys
        if view.seated_tokens:
            self._keys = list(view.keys)
            for i in view.seated_tokens:
                self._keys[i] = _seatless(self._keys[i])

    def __missing__(self, key: str) -> list[int]:
        # list.index skips to the next equal key at C speed: a key stands at few tokens.
        keys, is_word = self._keys, self._is_word
        found: list[int] = []
        i = -1
        try:
            while True:
                i = keys.index(key, i + 1)
                if is_word(i):
                    found.append(i)
        except ValueError:
            pass
        self[key] = found
        return found

    def get(self, key: str, default: object = None) -> list[int]:  # type: ignore[override]
        return self[key]


def _preposition_with_article(word: str, counts: Counter[str] | DocumentWordCounts) -> bool:
    """Whether ``word`` is ل/ب/ك + the article + a noun: any word in لل, or one in بال/كال that
    ends in ة (بالإنكليزية، بالنيابة) or whose article form the document writes (بالملف … الملف)."""
    if word.startswith("لل"):
        return True
    if not word.startswith(("بال", "كال")) or len(word) <= 4:
        return False
    return word.endswith("ه") or counts[word[1:]] > 0


# "عبد" before a definite noun, written apart or joined to it: a given or family name of one word
# ("عبد الله" / "عبدالله", "عبد الرحمن" / "عبدالرحمن").
_ABD_APART = re.compile(r"(?<!\w)عبد\s+(?=ال\w{2})")
_ABD_JOINED = re.compile(r"(?<!\w)عبد(?=ال\w{2})")


def _abd_respelled(name: str) -> str | None:
    """``name`` with its عبد compounds written the other way (apart if joined, else joined), or
    None where it has none."""
    if "عبد" not in name:
        return None
    # "بن عبد الله" is a patronymic cut from a name: every son of a عبد الله ends in it, so the
    # other spelling names any of them ("محمد بن عبدالله" beside "يعرب بن عبد الله الثنيان").
    if name_words(name)[:1] in (("بن",), ("ابن",)):
        return None
    if _ABD_APART.search(name):
        return _ABD_APART.sub("عبد", name)
    if _ABD_JOINED.search(name):
        return _ABD_JOINED.sub("عبد ", name)
    return None


def _abd_joined(words: tuple[str, ...]) -> tuple[str, ...]:
    """Normalised name words with each "عبد" joined to the definite word after it."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "عبد" and word.startswith("ال") and len(word) > 3:
            joined[-1] += word
        else:
            joined.append(word)
    return tuple(joined)


def _same_name(candidate: tuple[str, ...], target: tuple[str, ...]) -> bool:
    """Two spellings of one name (باشنيان / باشينيان): the same consonants, and close letters."""
    if len(candidate) < len(target) or not candidate:
        return False
    tail = candidate[-len(target) :]
    return all(
        min(len(a), len(b)) >= 3
        and skeleton(a) == skeleton(b)
        and fuzz.ratio(a.replace(*_HARD_G), b.replace(*_HARD_G)) >= SPELLING_SIMILARITY
        for a, b in zip(tail, target, strict=True)
    )


def respelled_family_name(a: str, b: str) -> bool:
    """Whether two different keys are one foreign family name transliterated two ways: close
    letters (SPELLING_SIMILARITY) that differ by long vowels and the letters read alike
    (فورت / فورتي، بنكندورف / بينكيندورف, the same skeleton), or, in a longer name, by one
    consonant dropped or added (ستولتنبرغ / ستولتبرغ) or two letters side by side swapped, a
    slip of the keyboard (براون / بروان). A name of fewer letters than
    MIN_RESPELLED_NAME, or one in the article, is too like other words to be matched so."""
    if a == b or min(len(a), len(b)) < MIN_RESPELLED_NAME or a.startswith("ال") or b.startswith("ال"):
        return False
    if len(a) >= MIN_RESPELLED_CONSONANTS - 1 and OSA.distance(a, b) == 1 and sorted(a) == sorted(b):
        return True  # two letters side by side swapped: براون / بروان
    if fuzz.ratio(a.replace(*_HARD_G), b.replace(*_HARD_G)) < SPELLING_SIMILARITY:
        return False
    ka, kb = skeleton(a.replace(*_HARD_G)), skeleton(b.replace(*_HARD_G))
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= MIN_RESPELLED_CONSONANTS and Indel.distance(ka, kb) == 1


MIN_RESPELLED_NAME = 4  # letters of a name matched by its spelling (فورت)
MIN_RESPELLED_CONSONANTS = 6  # consonants of a name matched with one of them dropped (ستلتنبرج)


# A foreign g is written ج or غ (موراج / موراغ, غرينبلات / جرينبلات): one letter, so the
# spellings are compared with the two read alike: ``s.replace(*_HARD_G)`` (str.replace runs at
# C speed, where str.translate with a dict table raises and clears a KeyError at every letter it
# leaves as it is).
_HARD_G = ("غ", "ج")


# Quote marks, hashtags and underscores, each read as a space in a name (one regex call: a
# str.translate with a dict table raises and clears a KeyError at every other letter).
_NAME_MARKS_RE = re.compile('["«»“”#_]')


def _clean(name: str) -> str:
    """Surface name without quote marks, hashtags or underscores."""
    return " ".join(_NAME_MARKS_RE.sub(" ", name).split())


def _title_key(view: DocView, phrase: SpeakerPhrase) -> tuple[str, ...]:
    assert phrase.title is not None
    return title_key_of(view, *phrase.title)


def title_key_of(view: DocView, first: int, last: int) -> tuple[str, ...]:
    """Normalised words of a title, the conjunction of its first word dropped."""
    indices = list(filter(view.is_word, range(first, last)))
    if not indices:
        return ()
    return (view.bare[indices[0]], *map(view.keys.__getitem__, indices[1:]))


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """The KB id of each city of the bundled gazetteer -> the KB id of the country it lies in
    (the entry's ``related`` country; read once, this cache is its owner)."""
    from qawl.gazetteers import default_paths
    from qawl.gazetteers.entries import load_entries

    entries, _ = load_entries(default_paths())
    found: dict[str, str] = {}
    for entry in entries.values():
        if not entry.id.startswith("city:") or entry.kb_id is None:
            continue
        countries = [entries[r] for r in entry.related if r.startswith("country:") and r in entries]
        kb_ids = {c.kb_id for c in countries if c.kb_id is not None}
        if len(kb_ids) == 1:
            found[entry.kb_id] = kb_ids.pop()
    return found


class EntityLookup:
    """The document's linked mentions sorted by start, for speaker spans to find their entity."""

    # Mentions longer than this cannot start far before a speaker span and still cover it.
    MAX_MENTION_CHARS = 200

    def __init__(self, doc: Document) -> None:
        self.mentions = sorted((m for m in doc.mentions if m.entity is not None), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.entities = {e.id: e for e in doc.entities}

    def heading(self, span: Span) -> tuple[str, str] | None:
        """(entity id, entity name) of the mention that heads the speaker span: it starts where
        the speaker starts or covers most of it ("إدارة ترامب" is not Trump)."""
        best = None
        first = bisect.bisect_left(self.starts, span.start - self.MAX_MENTION_CHARS)
        last = bisect.bisect_left(self.starts, span.end)
        for mention in self.mentions[first:last]:
            if mention.end <= span.start:
                continue
            covered = min(mention.end, span.end) - max(mention.start, span.start)
            if mention.start > span.start and covered * 2 <= span.end - span.start:
                continue
            entity = self.entities.get(mention.entity or "")
            if entity is None:
                continue
            length = mention.end - mention.start
            if best is None or length > best[0]:
                best = (length, entity.id, entity.name)
        return (best[1], best[2]) if best else None
