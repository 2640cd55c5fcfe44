"""The object of a verb of denying or confirming that points at claims already reported:
"ولكنه نفى تلك المزاعم"، "وأنكر المتهم جميع التهم"، "وينفي الوزير كل هذه الاتهامات".

A demonstrative or a quantifier before a definite plural of claims (مزاعم، اتهامات، تهم،
ادعاءات، شائعات) opens a noun phrase that names what the subject denied or confirmed. Claims
say nothing themselves, so the phrase is never the verb's subject, and a subject of a few words
(a name the no-NER mode does not know, "مقربوه") may stand between the verb and it. Apart from
:mod:`objects`, which finds an object by what closes the subject before it.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import is_complementizer
from qawl.extractors.quotes.noun_patterns import event_noun, proposition_noun
from qawl.extractors.quotes.predicates import pointed_object
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView

CLAIM_NOUNS = frozenset(
    normalize(word)
    for word in (
        "المزاعم",
        "الادعاءات",
        "الاتهامات",
        "التهم",
        "الشائعات",
        "الإشاعات",
        "الافتراءات",
        "الأنباء",
        "الأخبار",
    )
)
# News may also be a subject after the verb ("وأكدت هذه الأنباء …" is rare, but possible): these
# open an object only past a subject.
_NEWS = frozenset(normalize(word) for word in ("الأنباء", "الأخبار"))
MAX_SUBJECT_WORDS = 3  # "وأنكر كافانو"، "ونفى مقربو الرئيس"
_TANWIN_FATH = "\u064b"
_POINTERS = frozenset({"هذه", "تلك", "هذا", "ذلك", "جميع", "كل", "كافه"})


# Claims and news in construct with whose they are or what they tell ("مزاعم برويدي"، "نبأ
# اعتقالها"، "أنباء عن استقالته"): without the article, past a subject.
CONSTRUCT_CLAIMS = frozenset(
    normalize(word)
    for word in (
        "مزاعم",
        "ادعاءات",
        "اتهامات",
        "شائعات",
        "إشاعات",
        "افتراءات",
        "أنباء",
        "نبأ",
        "خبر",
        "أخبار",
    )
)


def claim_object(view: DocView, i: int, last: int) -> int | None:
    """Where a pointed noun phrase of claims opens after the verb at ``i``, past at most
    :data:`MAX_SUBJECT_WORDS` plain words of its subject, or a noun of claims in construct past
    the subject ("ونفت السلطات مزاعم المعارضة"، "وأكد الحساب نبأ اعتقالها"); None otherwise."""
    if _accusative(view, i):
        return None  # "ننفي نفياً قاطعاً كل الاتهامات": the verbal noun of the verb, no verb
    for k in range(i + 1, min(last, i + 2 + MAX_SUBJECT_WORDS)):
        if not view.is_word(k):
            return None
        key = view.bare[k]
        if key in _POINTERS:
            return k if pointed_object(view, k) and _claims_at(view, k, first=k == i + 1) else None
        if k > i + 1 and _construct_claims(view, k, last) and not _object_taken(view, i):
            return k
        if (
            view.cues[k] is not None
            or view.words.is_a("stop", key)
            or view.words.is_a("time", key)
            or _accusative(view, k)  # a subject is nominative: "نفياً قاطعاً" is no subject
        ):
            return None
    return None


def _construct_claims(view: DocView, k: int, last: int) -> bool:
    """A noun of claims or news without the article and a word after it, its genitive: claims
    say nothing themselves, so past the verb's subject the noun opens its object. Right after the
    verb it may be the subject ("وأكدت أنباء …"): the caller asks only past one word."""
    if view.bare[k] not in CONSTRUCT_CLAIMS or view.keys[k] != view.bare[k] or k + 1 >= last:
        return False
    if view.bare[k - 1] in _AGENCY:
        return False  # "وكالة أنباء الأناضول": the news of an agency's name, no object
    return view.is_word(k + 1) and not is_complementizer(view, k + 1)


_AGENCY = frozenset(normalize(word) for word in ("وكالة", "وكالات"))


def _object_taken(view: DocView, i: int) -> bool:
    """The verb at ``i`` carries its object as a pronoun ("التي أعلنها"): no noun object follows."""
    cue = view.cues[i]
    return cue is not None and bool(cue.object_suffix)


def _accusative(view: DocView, k: int) -> bool:
    """The word at ``k`` is written with the accusative tanwin (قاطعاً)."""
    return view.tokens[k].text.endswith(_TANWIN_FATH)


def _claims_at(view: DocView, k: int, first: bool) -> bool:
    """The noun the pointer at ``k`` points at (past a demonstrative after a quantifier) is a
    plural of claims."""
    nxt = k + 1
    if nxt < len(view) and view.bare[nxt] in _POINTERS:
        nxt += 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    noun = view.bare[nxt]
    return noun in CLAIM_NOUNS and not (first and noun in _NEWS)


DENYING = frozenset({"نفى", "أنكر"})
_ANY = frozenset({"اي", "ايه"})
MAX_BEFORE_ANY = 8  # tokens from the verb to أي/أية: a subject and an addressee (لصحيفة …)


def denied_any(view: DocView, i: int, last: int) -> int | None:
    """Where the object of a verb of denying opens at a later أي/أية ("نفى المحامي لصحيفة محلية
    دفع أية أموال"): in an affirmative clause "any" is negative polarity, licensed by the denial,
    so the noun phrase that holds it is what was denied. An indefinite noun right before it is its
    head in construct (دفع أية أموال); a definite word or a preposition's noun ends what comes
    before, and the phrase opens at أي itself; so it does after a word that may be an adjective of
    the subject ("ونفى دبلوماسيون ألمان أي اتفاق"): the head must be a verbal noun by its pattern
    or a noun of a state of affairs. Nothing past a comma, a cue or a complementizer."""
    for k in range(i + 2, min(last - 1, i + 1 + MAX_BEFORE_ANY)):
        if not view.is_word(k) or view.cues[k] is not None or is_complementizer(view, k):
            return None
        if view.bare[k] not in _ANY or not view.is_word(k + 1):
            continue
        head = k - 1
        if (
            head > i + 1
            and view.is_word(head)
            and not has_article(view, head)
            and view.bare[head][:1] not in "بلك"
            and (event_noun(view, head) or proposition_noun(view, view.bare[head]))
        ):
            return head
        return k
    return None
