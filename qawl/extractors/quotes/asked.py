"""The one asked, between a verb of requesting and what was requested: طلب X من Y + noun.

A verb of requesting (طلب، "asked for") takes the thing requested as its object and the one
asked in a من-phrase, which comes first: "وطلبت الوزيرة من البرلمان تأجيل التصويت"، "طلب
منه تشكيل حكومة". The من-phrase is the addressee, no part of the content; past its noun
phrase a verbal noun opens the object, the nominal quote (what was called for). The
subject, when it follows the verb, ends at من.

A من-phrase after a partitive head ("طلب عدد من النواب …") is the subject's own, and a
cue or complementizer on the way means the من belongs to another clause; neither is read.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import is_complementizer
from qawl.extractors.quotes.noun_patterns import definite_event, indefinite_event, is_nisba, object_noun
from qawl.extractors.quotes.objects import PARTITIVE_HEADS
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import COORDINATED_COMPLEMENTIZERS

# Cue frame: the verb takes the one asked in a من-phrase before its object (طلب من X + noun).
ASKED = "asked"

_FROM = normalize("من")
# من with the pronoun of the one asked: "طلب منه"، "طلبت منهم".
_FROM_PRONOUNS = frozenset(
    normalize(w) for w in ("منه", "منها", "منهم", "منهما", "منهن", "منا", "مني", "منكم")
)
MAX_SUBJECT_WORDS = 12  # words of a VSO subject (with an apposition) before the من-phrase
MAX_ASKED_WORDS = 5  # words of the addressee's noun phrase


def asked_object(view: DocView, i: int, last: int) -> tuple[int, int] | None:
    """(start of the من-phrase, start of the object) after the verb of requesting at token i,
    or None when no من-phrase of the one asked is followed by a verbal-noun object."""
    for k in range(i + 1, min(last, i + 2 + MAX_SUBJECT_WORDS)):
        if view.is_comma(k):
            continue
        if not view.is_word(k) or is_complementizer(view, k) or (k > i + 1 and view.cues[k] is not None):
            return None
        key = view.keys[k]
        if key in _FROM_PRONOUNS:
            obj = k + 1
            if obj >= last or not _plain(view, obj) or not _event(view, obj):
                return None  # "وطلب منه الرئيس …": a subject may follow the pronoun
            break
        if key == _FROM and view.bare[k] == _FROM:
            if k > i + 1 and view.bare[k - 1] in PARTITIVE_HEADS:
                return None  # "طلب عدد من النواب": the من is the subject's
            obj = _past_addressee(view, k + 1, min(last, k + 2 + MAX_ASKED_WORDS))
            if obj is None:
                return None
            break
    else:
        return None
    if obj >= last or not view.is_word(obj) or view.mention_label(obj) is not None:
        return None
    if _requested(view, obj):
        return k, obj
    return None


def _plain(view: DocView, k: int) -> bool:
    """A word with no conjunction written on it, neither a stop nor a time word nor a cue."""
    if not view.is_word(k) or view.keys[k] != view.bare[k] or view.cues[k] is not None:
        return False
    key = view.bare[k]
    return not (view.words.is_a("stop", key) or view.words.is_a("time", key))


def _past_addressee(view: DocView, head: int, end: int) -> int | None:
    """The word after the addressee's noun phrase that starts at ``head``: a name the earlier
    stages found (with a name joined by و: "من ترامب وميلانيا"), a noun with a pronoun
    ("من ناديه"), a definite noun, or a construct chain closed by its definite genitive
    ("من وزارة الداخلية"), each with its definite relational adjectives. None when the phrase
    does not close before ``end``."""
    if head >= end or not _plain(view, head):
        return None
    k = head
    if view.mention_label(k) is not None:
        while k < end and view.mention_label(k) is not None:
            k += 1
        joined = k + 1 < end and view.keys[k][:1] == "و" and view.mention_label(k) is not None
        return k + 1 if joined else k
    key = view.bare[k]
    if not has_article(view, k) and not key.endswith(("ه", "ها", "هم")):
        # an indefinite head governs a genitive: up to three nouns, the last definite
        k += 1
        while k < end and _plain(view, k) and not has_article(view, k) and k - head < 3:
            k += 1
        if k >= end or not _plain(view, k) or not has_article(view, k):
            return None
    k += 1
    while k < end and _plain(view, k) and has_article(view, k) and is_nisba(view.bare[k]):
        k += 1  # "من السلطات الإندونيسية": the adjectives agree with it
    return k if k < end else None


def _event(view: DocView, k: int) -> bool:
    """A verbal noun or a noun of a state of affairs (إرسال، تأجيل، التوصل، ضرورة)."""
    return indefinite_event(view, k) or definite_event(view, k) or object_noun(view, k)


def _requested(view: DocView, k: int) -> bool:
    """Whether word k can open what was requested: a verbal noun or a noun of a state of
    affairs, or a definite noun that is no relational adjective (السماح، البقاء، المساعدة:
    after the one asked, such a noun is no longer part of their noun phrase)."""
    if not _plain(view, k) or view.mention_label(k) is not None:
        return False
    return _event(view, k) or (has_article(view, k) and not is_nisba(view.bare[k]) and len(view.bare[k]) >= 5)


def requested_here(view: DocView, i: int, obj: int, asked: tuple[int, int] | None) -> bool:
    """Whether the noun at ``obj`` can be what the verb of requesting at token i asked for.

    Not after a complementizer ("إن القضية …، وإنها طلبت من المحكمة منح …"): a request inside
    a reported clause is nested reported speech, which counts without quote marks only as a
    clause. Not a لـ-phrase ("قدم طلبا للاستئناف"، "بتقديم طلب للمحكمة"): that is the purpose
    or addressee of the noun طلب "a request", no object. Not past a لـ-phrase either ("بعد أن
    طلبت مساعدة طبيبها لضمان عدم الرفض"): the noun after a purpose phrase is its own. ``asked``:
    the من-phrase and object :func:`asked_object` found (the subject before من may hold a لـ-word:
    "رئيس نقابة لاتحاد …")."""
    if i > 0 and (is_complementizer(view, i - 1) or view.keys[i - 1] in COORDINATED_COMPLEMENTIZERS):
        return False
    if view.bare[obj].startswith("لل"):
        return False
    return asked is not None or not any(_li_word(view, k) for k in range(i + 1, obj))


def _li_word(view: DocView, k: int) -> bool:
    """A word with لـ written on it (لضمان، للمحكمة), not a name the earlier stages found."""
    key = view.bare[k]
    return view.is_word(k) and key[:1] == "ل" and len(key) >= 4 and view.mention_label(k) is None
