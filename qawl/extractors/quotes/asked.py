"""The one asked, between a verb of requesting and what was requested: طلب X من Y + noun.

A verb of requesting (طلب، "asked for") takes the thing requested as its object and the one
asked in a من-phrase, which comes first: "وطلبت الوزيرة من البرلمان تأجيل التصويت"، "طلب
منه تشكيل حكومة". The من-phrase is the addressee, no part of the content; past its noun
phrase a verbal noun opens the object, the nominal quote (what was called for). The
subject, when it follows the verb, ends at من.

A من-phrase after a partitive head ("طلب عدد من النواب …") is the subject's own, and a
cue or complementizer on the way means the من belongs to another clause; neither is read.
With no من-phrase (or one after the object: "طلب المساعدة من …") the verb's bare object is
read as any verb's (:func:`objects.object_trigger`), where :func:`requested_here` drops the
readings of the noun طلب "a request" and of a request inside a reported clause.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import is_complementizer
from qawl.extractors.quotes.name_ends import adjective_like, is_relational
from qawl.extractors.quotes.noun_patterns import definite_event, indefinite_event, is_nisba, object_noun
from qawl.extractors.quotes.objects import FORM_ONE_EVENTS, PARTITIVE_HEADS, feminine_adjective_pattern
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import COORDINATED_COMPLEMENTIZERS, POSSESSIVE_ENDINGS

# Cue frame: the verb takes the one asked in a من-phrase before its object (طلب من X + noun).
ASKED = "asked"

_FROM = normalize("من")
# من with the pronoun of the one asked: "طلب منه"، "طلبت منهم".
_FROM_PRONOUNS = frozenset(
    normalize(w) for w in ("منه", "منها", "منهم", "منهما", "منهن", "منا", "مني", "منكم")
)
MAX_SUBJECT_WORDS = 12  # words of a VSO subject (with an apposition) before the من-phrase
MAX_ASKED_WORDS = 5  # words of the addressee's noun phrase
MAX_ASKED_TAIL = 4  # words after its head (adjectives, a place) before the object
_ALL_WORDS = frozenset(normalize(w) for w in ("كافة", "جميعا", "جميعهم"))  # "من الأطراف كافة"

# The form طلبا is the noun "a request" in the accusative far more often than the dual perfect
# ("تقدم طلبا"، "تلقت طلبا بذلك"); a bare object after it is never read.
_REQUEST_ACCUSATIVE = normalize("طلبا")
_REQUEST = normalize("طلب")
# Words that take the noun طلب "a request" right after them: verbs whose object or subject
# it is (رفض طلب، قدم طلبا، تلقى طلبا، جاء طلب، وافق على طلب), verbal nouns (تقديم طلب، رفض طلب)
# and determiners (أي طلب، هذا الطلب). A verb of saying follows none of these.
_REQUEST_GOVERNORS = frozenset(
    normalize(w)
    for w in (
        "رفض",
        "رفضت",
        "قدم",
        "قدمت",
        "تقديم",
        "بتقديم",
        "تلقى",
        "تلقت",
        "جاء",
        "أظهر",
        "قبول",
        "على",
        "بناء",
        "أي",
        "أول",
        "كل",
        "بند",
        "محل",
    )
)
# "طلب عدم الكشف عن هويته": the formula of an anonymous source, no request reported.
_NOT = normalize("عدم")
_DISCLOSING = frozenset(normalize(w) for w in ("الكشف", "كشف", "ذكر", "نشر", "الإفصاح"))
_TO = frozenset(normalize(w) for w in ("إلى", "الى"))


def asked_object(view: DocView, i: int, last: int) -> tuple[int | None, int | None] | None:
    """After the verb of requesting at token i: (the من-phrase that ends the subject, the
    object's first word); (None, the object) when the subject follows the pronoun of the one
    asked ("طلب منه جهاز الاستخبارات اصطحاب …"); (the من-phrase, None) when no object can be
    told after the one asked: after منه the verb then reads no object at all ("كما طلب منه
    النادي مؤخرا، …"), after من only one before it ("طلب المساعدة الفدرالية … من الولاية"),
    never one in the addressee's words ("طلبت الوزارة من منظمة حظر الأسلحة، وهي …، معلومات");
    None when no such من-phrase follows (the bare object is then read as any verb's: "وكان
    المحافظ قد طلب المساعدة الفدرالية")."""
    for k in range(i + 1, min(last, i + 2 + MAX_SUBJECT_WORDS)):
        if view.is_comma(k):
            continue
        if not view.is_word(k) or is_complementizer(view, k) or (k > i + 1 and view.cues[k] is not None):
            return None
        key = view.keys[k]
        if key in _FROM_PRONOUNS:
            obj = k + 1
            if (
                obj < last
                and _plain(view, obj)
                and _event(view, obj)
                and not _from_after_indefinite(view, obj)
            ):
                return k, obj
            # "وطلب منه جهاز الاستخبارات اصطحاب …": the subject follows the pronoun
            end = _past_addressee(view, k + 1, min(last, k + 2 + MAX_ASKED_WORDS))
            obj = _requested_after(view, end, last, loose=False) if end is not None else None
            return (None, obj) if obj is not None else (k, None)
        if key == _FROM and view.bare[k] == _FROM:
            if k > i + 1 and view.bare[k - 1] in PARTITIVE_HEADS:
                return None  # "طلب عدد من النواب": the من is the subject's
            end = _past_addressee(view, k + 1, min(last, k + 2 + MAX_ASKED_WORDS))
            obj = _requested_after(view, end, last) if end is not None else None
            return k, obj
    return None


def _from_after_indefinite(view: DocView, k: int) -> bool:
    """An indefinite noun with a من-phrase right after it: the subject after the pronoun of the
    one asked ("كما طلبت منه تلميذة من ثانوية …"), not a verbal noun as its object."""
    return k + 1 < len(view) and view.bare[k + 1] == _FROM and not has_article(view, k)


def _plain(view: DocView, k: int) -> bool:
    """A word with no conjunction written on it, neither a stop nor a time word nor a cue."""
    if not view.is_word(k) or view.keys[k] != view.bare[k] or view.cues[k] is not None:
        return False
    key = view.bare[k]
    return not (view.words.is_a("stop", key) or view.words.is_a("time", key))


def _possessed(view: DocView, k: int) -> bool:
    """A noun with a possessive pronoun (ناديه، حكومتها), not one in ة (منظمة)."""
    key = view.bare[k]
    return len(key) >= 4 and key.endswith(POSSESSIVE_ENDINGS) and not view.tokens[k].text.endswith("ة")


def _past_addressee(view: DocView, head: int, end: int) -> int | None:
    """The word after the head of the addressee's noun phrase that starts at ``head``: a name
    the earlier stages found (with a name joined by و: "من ترامب وميلانيا"), a noun with a
    pronoun ("من ناديه"), a definite noun, or a construct chain closed by a definite or
    possessed genitive ("من وزارة الداخلية"، "من إدارة ناديه"). None when the phrase does not
    close before ``end``."""
    if head >= end or not _plain(view, head):
        return None
    k = head
    if view.mention_label(k) is not None:
        while k < end and view.mention_label(k) is not None:
            k += 1
        joined = k + 1 < end and view.keys[k][:1] == "و" and view.mention_label(k) is not None
        return k + 1 if joined else k
    if not has_article(view, k) and not _possessed(view, k):
        # an indefinite head governs a genitive: up to three nouns, the last definite or possessed
        k += 1
        while (
            k < end
            and _plain(view, k)
            and not has_article(view, k)
            and not _possessed(view, k)
            and k - head < 3
        ):
            k += 1
        if k >= end or not _plain(view, k) or not (has_article(view, k) or _possessed(view, k)):
            return None
    return k + 1


def _requested_after(view: DocView, k: int, last: int, loose: bool = True) -> int | None:
    """Where what was requested starts after the addressee's head, which ends before ``k``.

    The first verbal noun within a few words, past the addressee's adjectives and a place
    phrase ("من المحكمة العليا إعادة …"، "من شركات الطيران الخاصة في البلاد إجلاء …"); a noun
    right after a preposition is that preposition's. Else the word right after the head when
    it is a definite singular noun that no adjective pattern spells (السماح، البقاء، التخلص:
    "من ناديه السماح له"; "من الإدارة الجديدة"، "من الوزراء المشاركين" hold adjectives)."""
    after_preposition = False
    for m in range(k, min(last, k + MAX_ASKED_TAIL)):
        if not view.is_word(m) or view.cues[m] is not None or is_complementizer(view, m):
            break
        key = view.bare[m]
        if (
            _plain(view, m)
            and not after_preposition
            and view.mention_label(m) is None
            and (_event(view, m) or key in FORM_ONE_EVENTS)
        ):
            return m
        stop = view.words.is_a("stop", key)
        if not (stop or after_preposition or has_article(view, m) or key in _ALL_WORDS):
            break  # an indefinite noun past the head: its genitive or the object, not told apart
        after_preposition = stop
    if not loose:
        return None
    while k < last and _plain(view, k) and has_article(view, k) and is_nisba(view.bare[k]):
        k += 1  # "من الحكومة الأردنية العمل على …": past the addressee's relational adjectives
    if k < last and _plain(view, k) and view.mention_label(k) is None and has_article(view, k):
        key = view.bare[k]
        adjective = (
            adjective_like(key) and not key.startswith(("الم", "الت"))
        ) or feminine_adjective_pattern(key)
        if (
            not (adjective or is_nisba(key) or is_relational(key) or key.endswith(("ين", "ون")))
            and len(key) >= 5
        ):
            return k
    return None


def _event(view: DocView, k: int) -> bool:
    """A verbal noun or a noun of a state of affairs (إرسال، تأجيل، التوصل، ضرورة)."""
    return indefinite_event(view, k) or definite_event(view, k) or object_noun(view, k)


def requested_here(view: DocView, i: int, obj: int, asked: tuple[int, int | None] | None) -> bool:
    """Whether the noun at ``obj`` can be what the verb of requesting at token i asked for.

    Not after a complementizer ("إن القضية …، وإنها طلبت من المحكمة منح …"): a request inside
    a reported clause is nested reported speech, which counts without quote marks only as a
    clause. Not the noun طلب "a request" (:func:`_request_noun`). Not the formula of an
    anonymous source ("طلب عدم الكشف عن هويته"). With no من-phrase (``asked`` None), not a
    لـ-phrase ("قدم طلبا للاستئناف") and not past one ("بعد أن طلبت مساعدة طبيبها لضمان عدم
    الرفض"): the noun after a purpose phrase is its own."""
    if i > 0 and (is_complementizer(view, i - 1) or view.keys[i - 1] in COORDINATED_COMPLEMENTIZERS):
        return False
    if view.bare[obj] == _NOT and obj + 1 < len(view) and view.bare[obj + 1] in _DISCLOSING:
        return False
    if _request_noun(view, i) or _taken_as_noun(view, i):
        return False
    if any(view.bare[k] in _TO for k in range(i + 1, obj)):
        return False  # "وطلبت الشرطة الطب الشرعي إلى الموقع": summoned, the noun is إلى's
    if asked is not None:
        return True
    if view.bare[obj].startswith("لل"):
        return False
    return not any(_li_word(view, k) for k in range(i + 1, obj))


# An opening quote mark: طلب as the first word of a quotation is the quoted one's ("قال الوزير "طلبنا
# …""), or the noun named as a term (و"طلب إجراء مشاورات" هو الخطوة الأولى).
_OPENING_MARKS = frozenset("«“„")
# Particles after which a request is not asserted: a condition (في حال طلب، إذا طلب، لو طلب)
# or a question (هل يطلب … أم يطلب).
_UNASSERTED = frozenset(normalize(w) for w in ("حال", "حالة", "إذا", "لو", "متى", "هل", "أم"))
# Relatives that, with a pronoun of the one asked agreeing with them right after the verb, are
# the one asked: "الوزير الذي طُلب منه تقديم استقالته" (the passive, its agent unnamed).
_RELATIVE_ASKED = {
    normalize("الذي"): normalize("منه"),
    normalize("التي"): normalize("منها"),
    normalize("الذين"): normalize("منهم"),
}
# Verbs that take the noun طلب "a request" as their object past their own subject:
# "رفض اللاعب نجم الفريق طلب المدرب".
_REQUEST_TAKERS = frozenset(
    normalize(w) for w in ("رفض", "رفضت", "قبل", "قبلت", "تلقى", "تلقت", "قدم", "قدمت", "لبى", "لبت")
)
MAX_TAKER_SUBJECT = 5  # words of that verb's subject before the noun طلب
# طلب الكلمة "asked for the floor": a turn to speak, no request reported.
_THE_FLOOR = normalize("الكلمة")
# تطلّب "required" (form V), spelled تطلب like the imperfect تَطلُب "she asks"; after a
# masculine singular subject (العمل تطلّب مجهودا) it can only be the perfect of form V.
_REQUIRED = normalize("تطلب")
_FEMININE_ENDINGS = (normalize("ة"), "ات", "ى", "اء")


def not_a_request(view: DocView, i: int) -> bool:
    """Whether طلب at token i reports no request of its own, in any frame: the first word of
    a quotation (:func:`_opening_mark`), a request under a condition or in a question
    (:data:`_UNASSERTED`), the passive after a relative that is the one asked
    (:data:`_RELATIVE_ASKED`), "طلب الكلمة" (the floor), and تطلّب "required" after a
    masculine subject (:data:`_REQUIRED`)."""
    if any(view.is_word(k) and view.bare[k] == _THE_FLOOR for k in range(i + 1, min(len(view), i + 4))):
        return True
    if i == 0:
        return False
    if _opening_mark(view, i - 1):
        return True
    if view.keys[i - 1] in _UNASSERTED or view.bare[i - 1] in _UNASSERTED:
        return True
    pronoun = _RELATIVE_ASKED.get(view.keys[i - 1])
    if pronoun is not None and i + 1 < len(view) and view.keys[i + 1] == pronoun:
        return True
    return view.keys[i] == _REQUIRED and _masculine_subject(view, i - 1)


def _opening_mark(view: DocView, k: int) -> bool:
    """Whether token k opens a quotation: « or “, or a straight mark that is the odd one of
    its sentence so far (the closing one of '"شاهد ماشفش حاجه" طلب من المنتج' is even)."""
    text = view.tokens[k].text
    if text in _OPENING_MARKS:
        return True
    if text != '"':
        return False
    start, _ = view.sentence_range(k)
    return sum(view.tokens[m].text == '"' for m in range(start, k + 1)) % 2 == 1


def _taken_as_noun(view: DocView, i: int) -> bool:
    """Whether the bare طلب at token i follows a verb that takes the noun and that verb's
    subject, all one noun phrase with no conjunction: "رفض ليونيل ميسي نجم برشلونة طلب …"."""
    if view.keys[i] != _REQUEST:
        return False
    for k in range(i - 1, max(-1, i - 2 - MAX_TAKER_SUBJECT), -1):
        if not view.is_word(k):
            return False
        if view.bare[k] in _REQUEST_TAKERS:
            return True
        if view.keys[k] != view.bare[k] or view.cues[k] is not None or is_complementizer(view, k):
            return False
    return False


def _masculine_subject(view: DocView, k: int) -> bool:
    """A definite singular noun with no feminine or plural ending right before the verb."""
    key = view.bare[k]
    return (
        view.is_word(k)
        and has_article(view, k)
        and view.mention_label(k) is None
        and not key.endswith(_FEMININE_ENDINGS)
        and not key.endswith(("ون", "ين"))
    )


def _request_noun(view: DocView, i: int) -> bool:
    """Whether طلب at token i is the noun "a request": the accusative طلبا, or the bare form
    right after a number that counts it (not a year: "وفي 7 يونيو 2017 طلب …") or a word that
    governs the noun (:data:`_REQUEST_GOVERNORS`)."""
    key = view.keys[i]
    if key == _REQUEST_ACCUSATIVE:
        return True
    if key != _REQUEST or i == 0:
        return False
    before = view.tokens[i - 1].text
    counted = before.isdigit() and not (len(before) == 4 and before[:2] in ("19", "20"))  # not a year
    return counted or view.bare[i - 1] in _REQUEST_GOVERNORS or view.keys[i - 1] in _REQUEST_GOVERNORS


def _li_word(view: DocView, k: int) -> bool:
    """A word with لـ written on it (لضمان، للمحكمة), not a name the earlier stages found."""
    key = view.bare[k]
    return view.is_word(k) and key[:1] == "ل" and len(key) >= 4 and view.mention_label(k) is None
