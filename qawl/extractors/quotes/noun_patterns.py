"""Nouns and adjectives told by their pattern.

Verbal nouns (افتعال، استفعال، تفعيل، مفاعلة، فعول …) and nouns of a state of affairs (ضرورة،
وجود) name events and never a speaker, so after a verb of saying they open its object;
relational adjectives (nisba: الفرنسية، الروسيين) agree with the noun before them. The lowest
layer of the frame rules: it reads single words and their neighbours, and :mod:`names` asks it
too (:func:`object_noun`).
"""

from __future__ import annotations

from functools import lru_cache

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import bi_complement
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import DEFINITE_EVENTS, POSSESSIVE_ENDINGS, PROPOSITION_NOUNS


def is_nisba(key: str) -> bool:
    """A relational adjective (الفرنسية، الأرمني، الروسيين) by its ending."""
    return key.endswith(("ي", "يه", "يين", "يون", "يات"))


def definite_event(view: DocView, k: int) -> bool:
    """A verbal noun with the article, by its pattern (الانسحاب، التوصل) or as a noun of a state
    of affairs or a فَعْل verbal noun that reports take as objects (الرفض، السعي، النصر)."""
    if not has_article(view, k) or view.mention_label(k) is not None:
        return False
    body = view.bare[k][2:]
    return body in PROPOSITION_NOUNS or body in DEFINITE_EVENTS or event_noun(view, k) or event_plural(body)


def event_plural(body: str) -> bool:
    """The sound feminine plural of a verbal noun, read without its article (اتهامات،
    انتهاكات، استعدادات، تصريحات، تحركات): the singular keeps the pattern of
    :func:`event_noun`, so the plural names events too ("ونفى الاتهامات الموجهة إليه")."""
    if not body.endswith("ات") or body.endswith(("يات", "وات")):
        return False  # نسبيات، أولويات: a relational adjective's plural; دعوات is read as a noun
    singular = body[:-2]
    if singular.startswith("است"):
        return len(singular) == 7 and singular[-2] == "ا"  # استعداد، استفزاز
    if singular.startswith("ا"):
        return 5 <= len(singular) <= 6 and singular[-2] == "ا"  # اتهام، انتهاك، إجراء
    return singular.startswith("ت") and (len(singular) == 4 or (len(singular) == 5 and singular[-2] == "ي"))


def indefinite_event(view: DocView, k: int) -> bool:
    return verbal_noun(view, k) or (not has_article(view, k) and event_noun(view, k))


# Prepositions that an accusative of purpose or circumstance governs right after it (احتجاجا
# على، تزامنا مع، استنادا إلى، تعبيرا عن), normalised; لـ/بـ are told by the letter. من is the
# event's own (إقبالا من …); the accusatives that take it (انطلاقا من، اعتبارا من) are listed below.
_PURPOSE_PREPOSITIONS = frozenset({"علي", "مع", "الي", "عن"})


def accusative_event(view: DocView, k: int) -> bool:
    """A derived verbal noun in the indefinite accusative, its tanwin written as alif
    (انخفاضا، ارتفاعا، استقرارا، تحسنا، تراجعا): an object after a verb and its subject
    ("وتتوقع الوزارة انخفاضا في …"). The subject is nominative and its genitives are
    genitive, so the alif ends the subject; the case alone does not tell the object from an
    accusative of purpose or circumstance (احتجاجا على، تزامنا مع، استنادا إلى، تحسبا لـ،
    تقريبا), which governs a preposition of its own right after it, so a word followed by a
    preposition other than من (the event's agent: إقبالا من السوق), or by nothing, is not read
    as an object."""
    if not view.is_word(k) or view.mention_label(k) is not None or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if has_article(view, k) or not key.endswith("ا") or key.endswith(("اا", "يا", "ها")):
        return False  # ـها is a pronoun (تبنيها), ـيا a relational adverb (رسميا، سنويا)
    stem = key[:-1]
    if view.words.is_a("stop", key) or view.words.is_a("time", key) or key in _ACCUSATIVE_ADVERBS:
        return False
    if not _derived_stem(stem):
        return False
    nxt = k + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    after = view.bare[nxt]
    if after == "بنسبه":
        return True  # "ارتفاعا بنسبة 5 في المئة": the measure of the change
    if after == "من":
        return True  # "إقبالا من السوق الداخلية": the agent of the event (انطلاقا من is listed)
    return after not in _PURPOSE_PREPOSITIONS and not after.startswith(("ل", "ب"))


def _derived_stem(stem: str) -> bool:
    """Whether ``stem`` (a word less its accusative alif) has the pattern of a derived verbal
    noun: استفعال، افتعال/انفعال/إفعال، تفعيل، تفاعل، تفعّل."""
    return (
        (stem.startswith("است") and len(stem) == 7 and stem[-2] == "ا")  # استقرار، استعداد
        or (stem.startswith("ا") and len(stem) in (5, 6) and stem[-2] == "ا")  # انخفاض، ارتفاع
        or (stem.startswith("ت") and len(stem) == 5 and stem[-2] == "ي")  # تحسين
        or (stem.startswith("ت") and len(stem) == 5 and stem[2] == "ا")  # تراجع، تباطؤ
        or (stem.startswith("ت") and len(stem) == 4)  # تحسن، تطور
    )


# First-form verbal nouns used as accusatives of purpose or reply (ردا على، دعما لـ).
_FORM_ONE_PURPOSES = frozenset({"ردا", "دعما", "حرصا", "سعيا", "خوفا", "رفضا", "نظرا"})


def purpose_accusative(view: DocView, k: int) -> bool:
    """Word k is a verbal noun in the indefinite accusative that governs the preposition right
    after it, an accusative of purpose or reply (تعقيبا على، تعليقا على، ردا على، احتجاجا على،
    تضامنا مع): that preposition is its own, not the complement of a verb of saying before it
    ("أكد الوزير تعقيبا على التعليقات أن …")."""
    if not view.is_word(k) or has_article(view, k):
        return False
    key = view.bare[k]
    if key in _FORM_ONE_PURPOSES:
        return True  # ردا also spells the dual verb "they both replied": not after a verb of saying
    if view.cues[k] is not None:
        return False
    if not key.endswith("ا") or key.endswith(("اا", "يا", "ها")) or key in _ACCUSATIVE_ADVERBS:
        return False
    return _derived_stem(key[:-1])


# Adverbs of these patterns ("specifically, roughly, fully, in detail, at all, in short, overall,
# in turn") and the accusatives "starting from", "as of", which take من.
_ACCUSATIVE_ADVERBS = frozenset(
    {"تحديدا", "تقريبا", "تماما", "تفصيلا", "اطلاقا", "اختصارا", "اجمالا", "تباعا", "انطلاقا", "اعتبارا"}
)


def _lam_iftial(key: str) -> bool:
    """افتعال of a root in ل with a possessive pronoun (التزامه، التقاؤه، التفافها): it begins
    like the article, which never stands with a pronoun."""
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix):
            body = key[: -len(suffix)]
            return len(body) == 6 and body.startswith("الت") and body[4] == "ا"
    return False


def event_noun(view: DocView, k: int) -> bool:
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


def verbal_noun(view: DocView, i: int, proclitic: int = 0) -> bool:
    """An indefinite verbal noun by its pattern, in construct or with a pronoun (ارتفاع عدد،
    استعداده، تكثيف الجهود): افتعال، انفعال، استفعال، إفعال (the alef before the last radical),
    تفعيل, or تفعّل with a pronoun (تعرضه). Such a noun names an event, never a speaker, so
    after a verb of saying it is the object. ``proclitic``: letters of an attached preposition
    to read past (1 for بـ).

    Remembered for the document (:attr:`DocView.answers`): the answer depends on the view and
    the arguments alone."""
    known = view.answers["verbal_noun"]
    found = known.get((i, proclitic))
    if found is None:
        found = known[i, proclitic] = _verbal_noun(view, i, proclitic)
    return found  # type: ignore[return-value]


def _verbal_noun(view: DocView, i: int, proclitic: int) -> bool:
    """:func:`verbal_noun`, read anew."""
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
    if proposition_noun(view, key) or (possessed and _fuul_noun(key)) or _tafaul_in_construct(view, i, key):
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
    if key != bare_key and possessed and _hollow_istifala(key):
        return True  # استقالته، استجابتها: استفالة with its owner's pronoun
    if key == bare_key and key.startswith("است") and len(key) == 7:
        return key[-2] == "ا"  # استفعال: استرجاع، استئناف (with a pronoun see event_noun)
    return key.startswith("ت") and len(key) == 5 and key[-2] == "ي"


def _hollow_istifala(stem: str) -> bool:
    """استفالة, the verbal noun of a hollow root in the tenth form (استقالة، استجابة، استعادة،
    استضافة), with the ت that ة becomes before a pronoun: است + a radical + the alef + a radical
    + ت. No perfect verb of that form takes an object pronoun after a verb of saying without أنّ."""
    return len(stem) == 7 and stem.startswith("است") and stem[4] == "ا" and stem.endswith("ت")


@lru_cache(maxsize=8_192)
def without_possessive(key: str) -> str:
    """``key`` less a possessive pronoun, with the ت that ة becomes before it (ضرورته -> ضروره).
    A function of the key alone, remembered (a word is asked again and again)."""
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            base = key[: -len(suffix)]
            return base[:-1] + "ه" if base.endswith("ت") else base
    return key


def proposition_noun(view: DocView, key: str) -> bool:
    """A noun naming a state of affairs (ضرورة، حرص، عدم), bare or with its owner's pronoun."""
    return key in PROPOSITION_NOUNS or without_possessive(key) in PROPOSITION_NOUNS


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
    # The genitive is definite, itself, by its owner's pronoun (تمسك شركته) or through its own
    # genitive (تراجع نسبة البطالة).
    definite = (
        has_article(view, i + 1)
        or _possessed(view, i + 1)
        or (_construct_next(view, i + 1) and has_article(view, i + 2) and not is_nisba(view.bare[i + 2]))
    )
    return _construct_next(view, i) and definite


def _possessed(view: DocView, k: int) -> bool:
    """A noun with its owner's pronoun (شركته، بلادها), definite as a noun with the article is;
    ة is ه once normalised, so the written ة is no pronoun."""
    if k >= len(view) or not view.is_word(k) or view.tokens[k].text.endswith("ة"):
        return False
    key = view.bare[k]
    return len(without_possessive(key)) >= 3 and key != without_possessive(key)


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
    body = key if text.endswith("ة") else without_possessive(key)
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
    return _construct_next(view, i) and has_article(view, i + 1) and not is_nisba(view.bare[i + 1])


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
    if proposition_noun(view, key) or _mufaala_in_construct(view, k, key):
        return True  # "مراجعة الملف": no name takes a definite genitive
    possessed = key.endswith(POSSESSIVE_ENDINGS) and not view.tokens[k].text.endswith("ة")
    return possessed and (verbal_noun(view, k) or event_noun(view, k))


def participle_of_noun(view: DocView, i: int, cue: Cue) -> Cue | None:
    """A verbal noun that spells the feminine participle of its verb (مطالبة، مناشدة), right
    after a comma that closes a clause: there it is the circumstantial participle (مطالِبةً)
    of the clause's subject, as مطالبا is, not a noun that opens a phrase with no verb. The
    participle's cue, or None."""
    if cue.kind != "noun" or cue.object_suffix or i == 0 or not view.is_comma(i - 1):
        return None
    key = view.bare[i]
    if view.keys[i] != key or not key.endswith("ه"):
        return None
    verb = view.lexicon.forms.get(key[:-1] + "ا")
    if verb is None or verb.kind != "participle" or not _bi_complement_near(view, i):
        return None
    return Cue(verb.lemma, "participle", verb.frames, True)


# "مطالبة أيضا بفرض عقوبات": an adverb of addition between the participle and its بـ complement;
# a noun مطالبة takes no adverb before its genitive.
_ALSO = frozenset({"ايضا", "كذلك", "مجددا"})


def _bi_complement_near(view: DocView, i: int) -> bool:
    """The participle's بـ complement comes next, or after one object word ("مطالبة بسرعة
    الإفراج"، "مطالبة الحكومة بالتدخل"، "مطالبة، "بإعدام …""); elsewhere the word is the
    passive participle "required" ("مطالبة من الآن في إقرار …") or the noun."""
    words = [k for k in range(i + 1, min(i + 6, len(view))) if view.is_word(k)][:2]
    if not words or words[0] > i + 3:
        return False
    if view.bare[words[0]].startswith("ب"):
        return True
    first = view.bare[words[0]]
    return (
        len(words) == 2
        and words[1] == words[0] + 1
        and view.bare[words[1]].startswith("ب")
        and (first in _ALSO or not (view.words.is_a("stop", first) or view.words.is_a("time", first)))
    )


# كان and its sisters (in the perfect, the imperfect and the future), جعل with its object pronoun,
# and the pronoun subject of a nominal sentence: a participle after them is their predicate.
_COPULAS = frozenset(
    normalize(w)
    for w in ("كان", "كانت", "كانوا", "يكون", "تكون", "سيكون", "ستكون", "ليس", "ليست", "ليسوا",
              "بات", "باتت", "باتوا", "يبيت", "أصبح", "أصبحت", "أصبحوا", "يصبح", "تصبح", "سيصبح", "ستصبح",
              "صار", "صارت", "يصير", "تصير", "أضحى", "أضحت", "يضحى", "أمسى", "أمست",
              "ظل", "ظلت", "ظلوا", "يظل", "تظل", "سيظل", "ستظل", "بقي", "بقيت", "يبقى", "تبقى", "سيبقى",
              "ستبقى", "زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "مازال", "مازالت", "لايزال",
              "لاتزال",
              "جعله", "جعلها", "جعلهم", "يجعله", "يجعلها", "يجعلهم", "تجعله", "تجعلها", "تجعلهم",
              "هو", "هي", "هم")
)  # fmt: skip


def _copula(view: DocView, k: int) -> str | None:
    """The copula of :data:`_COPULAS` at k (without an attached و/ف), or None."""
    if k < 0 or not view.is_word(k):
        return None
    key = view.keys[k]
    if key in _COPULAS:
        return key
    return key[1:] if key[:1] in "وف" and key[1:] in _COPULAS else None


def _takes_subject_after(copula: str) -> bool:
    """A copula verb in the singular may have its subject after it (بات الفريق); a pronoun,
    a plural verb or جعل with its object pronoun has its subject in itself."""
    return not (
        copula in ("هو", "هي", "هم")
        or copula.endswith(("وا", "ون"))
        or copula.startswith(("جعل", "يجعل", "تجعل"))
    )


def copula_predicate(view: DocView, i: int) -> bool:
    """A participle that is the predicate of a copula, right after it or after its subject of
    one word: "وبات الفريق مهددا بالهبوط" (threatened with, not threatening), "لا يزال مهددا"،
    "ما جعلها مهددة بالنسيان"، "لن يكون مستغربا"، "وهي مهددة بأن …". Without vowels مُهدَّد
    and مُهدِّد are one word; as a predicate it says what the subject is or has become, a
    state, where the circumstantial participle of a speaker comes after a clause of its own."""
    if _copula(view, i - 1) is not None:
        return True
    if i < 2 or not view.is_word(i - 1) or view.cues[i - 1] is not None:
        return False
    copula = _copula(view, i - 2)
    subject = view.bare[i - 1]
    return (
        copula is not None
        and _takes_subject_after(copula)
        and not view.words.is_a("stop", subject)
        and not view.words.is_a("time", subject)
        # The subject is nominative: a word in ـا is rather the copula's own accusative
        # predicate ("لا يزال مرتفعا، نافين …"), after which a participle is a speaker's again;
        # a name in ـا (روسيا) is known as a mention.
        and (not subject.endswith("ا") or view.mention_label(i - 1) is not None)
    )


# Verbs whose object, the one accused, always comes before the content: with none between the
# participle and its بـ, the participle is the passive مُتَّهَم.
_OBJECT_FIRST = frozenset({normalize("اتهم")})
_BI_THAT = frozenset(normalize(w) for w in ("بأن", "بأنه", "بأنها", "بأنهم", "بأنهما"))


# بعض "some", بضع/بضعة "a few": a quantity that opens a noun phrase, spelt with ب but no بـ + noun.
SOME_WORDS = frozenset({"بعض", "بضع", "بضعه"})


def accused_participle(view: DocView, i: int, cue: Cue) -> bool:
    """The participle of اتهم with its بـ right after it is the passive "accused (of)", the
    noun of the defendant: "27 سفينة … متهمين بمساعدة …"، "وبارك متهمة بالتواطؤ"، "124 شخصا
    متهمين بأنهم …". The active participle names the accused first ("متهما الحكومة بـ …"،
    "متهمة إياه بـ …"); a name in بـ (بريطانيا، بوتين) is that object, not the complement."""
    if cue.kind != "participle" or cue.object_suffix or normalize(cue.lemma) not in _OBJECT_FIRST:
        return False
    k = i + 1
    if k < len(view) and not view.is_word(k) and view.tokens[k].text in "\"«“'":
        k += 1  # متهمة "باختراق منظمات"
    if k >= len(view) or not view.is_word(k):
        return False
    if view.bare[k] in _BI_THAT:
        return True
    return (
        bi_complement(view, k)
        and view.bare[k] not in SOME_WORDS  # "متهما بعض الصحف بـ …": بعض "some" opens the accused
        and view.mention_label(k) is None
        and view.title_state(view.bare[k]) is None
        # "متهما باسيل بتخويف …": a second بـ-word right after makes the first the accused
        and not (k + 1 < len(view) and view.is_word(k + 1) and bi_complement(view, k + 1))
    )
