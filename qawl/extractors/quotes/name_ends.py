"""Where the name after a title ends when a verb's object may follow it without a comma.

"ووصف ترامب الاتفاق بأنه": the object starts at a definite word or a construct noun, except inside a
body's name, a place or a family name. Also the tests of possessed nouns and plural agreement that this
reading shares with the title chain.
"""

from __future__ import annotations

import re

from qawl.extractors.ner_spans import given_names
from qawl.extractors.quotes.stops import accusative_participle, has_article
from qawl.extractors.quotes.view import ARTICLE, DocView
from qawl.extractors.quotes.words import (
    GOD_NAMES,
    MANNER_ADVERBIALS,
    NAME_LINKS,
    OBJECT_ENDINGS,
    PROPOSITION_NOUNS,
    TITLE_ADJECTIVES,
)

# Nouns of the occasion a source speaks on: "في كلمة"، "في مؤتمر صحفي"، "في تصريحات لـ".
SPEECH_OCCASIONS = frozenset(
    {"كلمه", "مؤتمر", "تصريح", "تصريحات", "حديث", "مقابله", "لقاء", "خطاب", "افاده", "تغريده", "ندوه"}
)


# The occasions as they stand before a pronoun: ة is written ت there (كلمته، مقابلتها).
OCCASION_STEMS = SPEECH_OCCASIONS | {"كلمت", "مقابلت", "افادت"}


def adjective_like(key: str) -> bool:
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


def is_relational(key: str) -> bool:
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


POSSESSIVES = ("هما", "هم", "ها", "ه")


def owned_noun(view: DocView, i: int) -> bool:
    """A common noun with a possessive pronoun (مؤتمره، انخراطها، رحيله): never a word of a
    name, so after a subject it is the verb's object. A name may end in ه (شبانه، ريكسنجه), so
    a bare ه needs the noun shown: an occasion of speech (مؤتمره، كلمته) or a stem the document
    writes without the pronoun (الرحيل); a noun pattern is no proof (اندراده reads as انفعال)."""
    key = view.bare[i]
    if not key.endswith(POSSESSIVES):
        return False  # most words: no pronoun ending at all
    if key[:1] == "و" or view.tokens[i].text.endswith("ة") or key.endswith(("الله", "يه")):
        return False  # و on it may coordinate ("سانت أونجي وزملاؤها"); ة is no pronoun
    if view.cues[i] is not None:
        return False  # "مشبها"، "منوها": a participle in the accusative, its root ending in ه
    suffix = next((s for s in POSSESSIVES if key.endswith(s)), "")
    stem = key[: -len(suffix)] if suffix else ""
    if len(stem) < 3 or view.title_state(key) is not None:
        return False  # "زميله"، "نظيره": a title with its owner is a source
    if len(suffix) > 1:
        return True
    # ة is written ت before the pronoun: كلمته … كلمة.
    alone = stem[:-1] + "ه" if stem.endswith("ت") else stem
    return (
        alone in OCCASION_STEMS
        or alone in SPEECH_OCCASIONS
        or view.count(alone) > 0
        or view.count("ال" + alone) > 0
    )


# Indefinite verbal nouns of the derived forms: تفعيل (تسجيل)، إفعال (إعلان)، افتعال، استفعال.
DERIVED_FORM_VERBAL_NOUN = re.compile(r"^(?:ت..ي.|[اأإ]..ا.|ا.ت.ا.|است..ا.)$")


def bi_on_owned_noun(view: DocView, i: int) -> bool:
    """ب on a noun with an owner's pronoun (بيده، بنفسه، برأيه): a prepositional phrase of the
    clause, never a name set after a title. A foreign name in يه (بيكيه) or with a longer stem
    (بريجيته), or a PER name, is kept."""
    key = view.tokens[i].text  # on the page: ة is no pronoun ه (بثينة)
    if key[:1] != "ب" or not key.endswith(POSSESSIVES) or key.endswith("يه"):
        return False
    suffix = next(s for s in POSSESSIVES if key.endswith(s))
    if not 3 <= len(key) - len(suffix) <= 4 and not DERIVED_FORM_VERBAL_NOUN.match(key[1 : -len(suffix)]):
        # ب and a noun of two or three letters (يد، نفس، رأي), or a verbal noun of a derived
        # form (بتسجيله، باستخدامه); not بريجيته
        return False
    label = view.mention_label(i)
    return label is None or label[0] != "PER"


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
    return not written_together(view, name, k)


# The verbal noun of form VI (تفاعُل: التباطؤ، التعاون، التراجع), without its article: its ت and
# long ā make it look like no participle, yet adjective_like reads its article + ت as one.
_FORM_VI_VERBAL_NOUN = re.compile(r"^ت.ا.[^يه]$")


def singular_then_plural(view: DocView, before: int, i: int) -> bool:
    """Whether word i is a definite masculine sound plural (المهتمين، المستثمرين) right after a
    singular word in ة or a singular nisba: two adjectives of one noun agree in number, and a
    plural agrees with no singular noun, so it describes neither and is a noun of its own."""
    key = view.bare[i]
    if not key.startswith("ال") or len(key) < 7 or not key.endswith(("ين", "ون")):
        return False
    prev_text, prev_key = view.tokens[before].text, view.bare[before]
    body = prev_key[2:] if prev_key.startswith("ال") else prev_key
    # Four letters in ة are also the broken plurals فُعَلة/فُعاة (القضاة، القادة، الطلبة), which a
    # plural adjective does describe ("القضاة المتقاعدين"): only longer words count as singular.
    feminine = prev_text.endswith("ة") and len(body) >= 5
    return feminine or (prev_key.endswith("ي") and len(body) > 2)


def _adjective_here(view: DocView, name: list[int], k: int, object_follows: bool) -> bool:
    """Whether the definite word name[k], adjective-like by its pattern, describes the phrase
    before it. Before a verb's object, neither a verbal noun of form VI (التباطؤ) nor a plural
    after a singular word (وزارة التجارة المهتمين) does: the object begins there."""
    if not object_follows:
        return True
    key = view.bare[name[k]]
    if _FORM_VI_VERBAL_NOUN.match(key[2:]) is not None:
        return False
    return not singular_then_plural(view, name[k - 1], name[k])


def plural_after_singular(view: DocView, head: int, i: int) -> bool:
    """Whether word i is a plural in ات right after a singular head noun: an adjective agrees
    with its noun in number, so the plural is none of the head's ("السائق التحديات"); and it
    is no genitive after a definite head, which governs none. The verb's object begins there.
    A head in ة is singular ("ولاحظت الهيئة الإخلالات التالية"، "وانتقدت اللجنة التصريحات")
    or a broken plural of persons (القضاة، الطلبة), whose adjectives are masculine (ون، ين):
    no adjective in ات agrees with either."""
    return view.tokens[i].text.endswith("ات") and not view.tokens[head].text.endswith("ات")


def name_before_object(view: DocView, name: list[int], object_follows: bool = False) -> list[int]:
    """Where a name ends when a verb's object may follow it without a comma.

    After a verb that takes an object before its content (وصف X بأنه، اتهم X بـ) the object
    starts at a definite word ("ووصف ترامب الاتفاق بأنه") or at a construct noun ("واتهم
    يلدريم حزب العمال بـ"), except after the name links عبد، بن، أبو (عبد الفتاح). Elsewhere a
    definite word is a family name (عادل الجبير، سعد الحريري). A name cut short is found
    whole again by the name index.
    """
    if len(name) < 2:
        return name  # every test below asks of a word after the first
    name = closed_name(view, name)  # "تميم بن حمد قرر": a closed name runs on into nothing
    words = view.words
    bare, tokens, flags = view.bare, view.tokens, view.flags
    # A body's name is a construct ("جهاز الأمن الداخلي") and a description carries its own
    # adjectives: the article there does not start an object.
    first_article = has_article(view, name[0])
    construct_head = words.is_a("institution", bare[name[0]]) or first_article
    # A construct chain ends at its first definite noun; adjectives may follow. A head with the
    # article governs no genitive, so before a verb's object its chain is closed already:
    # "ووصف التقرير التباطؤ بأنه".
    closed = first_article and object_follows
    # The first word is never cut: no test below ends the name before it (each asks k > 0), so
    # the reading starts at the second.
    for k in range(1, len(name)):
        i = name[k]
        key = bare[i]
        article = bool(flags[i] & ARTICLE)  # has_article(view, i), read once
        if k > 0 and key in GOD_NAMES:
            continue  # the second half of a theophoric name: نصر الله، عبد الله
        if key == COMPOUND_SECOND and _compound_first(view, name[k - 1]):
            continue  # the second half of a compound given name: نور الدين، بدر الدين
        linked = k > 0 and bare[name[k - 1]] in NAME_LINKS
        if k == 1 and first_article and article and plural_after_singular(view, name[0], i):
            # "وشرح السائق التحديات": a definite head takes no definite genitive, and a plural in
            # ات agrees with no singular head as its adjective: the verb's object begins.
            return name[:1]
        if construct_head and k > 0 and article:
            if closed and not (adjective_like(key) and _adjective_here(view, name, k, object_follows)):
                return name[:k]  # "ووصف مجلس حقوق الإنسان القرار بأنه": the object
            closed = True
        elif construct_head and k > 0 and key[:1] == "ل" and len(key) > 3:
            closed = False  # "المرصد السوري لحقوق الإنسان": a ل-genitive opens a new chain
        if object_follows and k > 0 and not linked and key not in NAME_LINKS and not construct_head:
            # "طالب عزت بيغوفيتش المشاركين": a pair of words the document writes together
            # elsewhere is one name, not a construct noun opening the object.
            construct = (
                k + 1 < len(name)
                and bare[name[k + 1]].startswith("ال")
                and not written_together(view, name, k)
            )
            # A nisba right after a first name is the family name (طارق الفتيتي، عادل الجبير
            # stay whole): an object is a noun, which would follow the whole name.
            family = k == 1 and article and key.endswith("ي") and not first_article
            # "دعا حسن بن ملفي الودعاني": a nisba after بن/أبو + a name closes the name too.
            family = family or (k > 1 and article and key.endswith("ي") and bare[name[k - 2]] in NAME_LINKS)
            # "دعا مقتدى الصدر أنصاره": a noun with its pronoun next is the object, so the definite
            # word before it still belongs to the name (a verb takes one object before its content).
            family = family or (k == 1 and k + 1 < len(name) and article and owned_noun(view, name[k + 1]))
            if not family and (article or construct):
                return name[:k]
            if not article and _another_persons_family_name(view, name, k):
                return name[:k]  # "ووصف ترامب نيومان بأنها": two people, the subject and the object
        # A third word in ة is a noun after the name ("وصف دونالد ترامب قوة الدولار"), and so
        # is a ب-word in ة ("ورد ترامب بتغريدة").
        # Two name words then a definite noun: "قرار دونالد ترمب الانسحاب" (a family name
        # after two names is rare, and family names in ي stay: أبو بكر البغدادي).
        # Not after a body's head: its construct ends in a definite noun ("مركز حقوق الإنسان").
        if k > 1 and article and not key.endswith(("ي", "يه")) and not linked and not construct_head:
            return name[:k]
        # "اتهمت وسائل إعلام سورية إسرائيل بـ": a relational adjective completes the noun
        # phrase, so a place or body named right after it is the verb's object.
        if k > 0 and is_relational(bare[name[k - 1]]) and _starts_place_or_body(view, i):
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
        # "وصرحت موسكو بشكل رسمي بأن": ب + a noun of manner is an adverbial after the subject.
        if k > 0 and not linked and key in MANNER_ADVERBIALS:
            return name[:k]
        # "وأضاف بومبيو متحدثا في …": a participle in the accusative after the name is its
        # circumstance ("speaking"), even one that is also a title noun. Its final ا (the
        # participle's own last test) is asked first.
        if k > 0 and not linked and tokens[i].text.endswith("ا") and accusative_participle(tokens[i].text):
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
        if k == 2 and bare[name[0]] == _FAMILY_LINK:
            # "وانتقد آل الشيخ تعامل …": a family name "آل X" that opens the phrase is complete
            # (a given name would stand before it), so the word after it begins the object.
            return name[:k]
        # "طه بوحافظ لراديو فرنسي": ل + an outlet is whom the source spoke to.
        if k > 0 and key[:1] == "ل" and (words.is_a("media", key[1:]) or key[1:] in _ADDRESSEES):
            return name[:k]
        # "وقال ماتا لهيئة الإذاعة"، "قال فلان لمجلس الأمن": ل + the head of a body is whom a
        # person spoke to; a body's own name goes on in a ل-genitive ("المرصد … لحقوق …").
        if (
            k > 0
            and not linked
            and not construct_head
            and key[:1] == "ل"
            and words.is_a("institution", key[1:])
        ):
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
                or (k > 1 and DERIVED_VERBAL_NOUN.match(key) is not None and not article)
                # "ووصف سلامة تقرير صندوق النقد بأنه": before the object a verb takes ahead of
                # its content, a verbal noun of the form تفعيل that governs a genitive after a
                # one-word name begins that object (not توفيق، تيسير: a long vowel second).
                or (object_follows and k == 1 and _construct_verbal_noun(view, name, k))
                or (k > 0 and view.keys[i] in _NAME_ENDING_QUANTIFIERS)  # واحد is no و + أحد
                or (k > 0 and key[:1] == "ب" and DERIVED_VERBAL_NOUN.match(key[1:]) is not None)
            )
        ):
            return name[:k]
        # ة, not the ه of شاه or الله; adjectives with the article (المالية) are no break.
        marbuta = tokens[i].text.endswith("ة") and not article
        # Maghreb family names in بو- (بوجرة، بوزيد) are not ب + a noun: the noun would be
        # written alone somewhere in the document.
        if marbuta and key.startswith("بو") and view.count(key[1:]) == 0:
            marbuta = k > 1
        # A third word in ات is a plural noun too: "وتجاهل دونالد ترامب مناشدات الحلفاء", and
        # one with a possessive pronoun is a noun owned by someone ("جيمس ماتيس جولته").
        plural = (
            k > 1
            and not linked
            and not article
            and (tokens[i].text.endswith("ات") or key.endswith(OBJECT_ENDINGS))
        )
        if linked:
            marbuta = False  # after بن/أبو a family name may end in ة: "طارق بن جازية"
        if plural or (k > 1 and marbuta) or (k > 0 and (key.startswith("ب") or object_follows) and marbuta):
            return name[:k]
    return name


MIN_FAMILY_NAME_LETTERS = 3


def _another_persons_family_name(view: DocView, name: list[int], k: int) -> bool:
    """Whether word k of a subject's name, after a verb that takes an object, is the family name
    of another person: the document writes the word before it after a given name of its own
    ("دونالد ترامب") and this word after another one ("أوماروسا نيومان"), so "ووصف ترامب نيومان
    بأنها" is a subject and its object, two people, not one name of two words."""
    previous, key = view.bare[name[k - 1]], view.bare[name[k]]
    if len(key) < MIN_FAMILY_NAME_LETTERS or view.keys[name[k]] != key or view.count(key) < 2:
        return False
    if view.count(previous) < 2:
        return False
    return _after_own_given_name(view, previous, key) and _after_own_given_name(view, key, previous)


def _after_own_given_name(view: DocView, family: str, other: str) -> bool:
    """Whether the document writes ``family`` right after a word that reads as a given name,
    neither ``other`` nor a function, time, title or cue word (keys searched at C speed; asked
    only of a word the document writes twice)."""
    keys, bare = view.keys, view.bare
    for k in view.positions(family, 1):
        given = k - 1
        if not view.is_word(given) or bare[given] == other or keys[given] != bare[given]:
            continue
        word = bare[given]
        if len(word) < MIN_FAMILY_NAME_LETTERS or word.startswith(("ال", "لل")) or word in NAME_LINKS:
            continue
        if view.cues[given] is not None or view.title_state(word) is not None or word in view.vocabulary:
            continue
        if view.words.is_a("stop", word) or view.words.is_a("time", word):
            continue
        if view.tokens[given].text.endswith(("ة", "ات", "ه", "ها", "هم")):
            continue
        if word[:1] in "لبك" and view.count(word[1:]) > 0:
            continue  # "لمشجعي": a preposition's noun, no given name
        # A given name: a listed one, one the document writes again, or one a role or nisba
        # with the article introduces ("الرئيس الأمريكي دونالد ترامب"); not a verb written once
        # before its object ("أغضب مينو").
        if word in given_names() or view.count(word) > 1 or (given > 0 and has_article(view, given - 1)):
            return True
    return False


def _construct_verbal_noun(view: DocView, name: list[int], k: int) -> bool:
    """Whether word k of a name is a verbal noun of the form تفعيل without the article that
    governs the next word as its genitive ("تقرير صندوق"، "تحقيق مولر"): the second letter is a
    consonant and the word is no listed given name (تحسين، توفيق)."""
    key = view.bare[name[k]]
    return (
        k + 1 < len(name)
        and view.keys[name[k]] == key
        and DERIVED_VERBAL_NOUN.match(key) is not None
        and key[1] not in "اوي"
        and not has_article(view, name[k])
        and key not in given_names()
    )


# The second half of the compound given names نور الدين، بدر الدين، عز الدين ("of the faith").
COMPOUND_SECOND = "الدين"


def compound_second_at(view: DocView, k: int) -> bool:
    """Whether word k is الدين closing a compound given name with the word before it ("زين
    الدين"، "نور الدين"): a word of a name, though it has the article."""
    return k > 0 and view.bare[k] == COMPOUND_SECOND and view.is_word(k - 1) and _compound_first(view, k - 1)


def _compound_first(view: DocView, i: int) -> bool:
    """Whether word i, before الدين, is the first half of a compound given name: a bare word
    without the article or a clitic (نور، بدر، عز، صلاح), not a name link (بن الدين is no name)."""
    key = view.bare[i]
    return view.keys[i] == key and not has_article(view, i) and key not in NAME_LINKS and len(key) >= 2


def written_together(view: DocView, name: list[int], k: int) -> bool:
    """Whether the document writes name word k right after name word k - 1 elsewhere too: two
    parts of one name recur together ("عزت بيغوفيتش"), while a verb's object rarely follows the
    same subject twice."""
    keys = view.keys
    i = name[k]
    before = keys[name[k - 1]]
    at = -1
    for _ in range(view.count(keys[i])):
        at = keys.index(keys[i], at + 1)
        if at != i and at > 0 and keys[at - 1] == before:
            return True
    return False


_NAME_ENDING_QUANTIFIERS = frozenset({"احد", "احدي", "بعض"})


_FAMILY_LINK = "ال"  # آل "the family of", once normalised


# Verbal nouns of the form تفعيل (تطبيق، تمديد), after ب a manner or a complement.
DERIVED_VERBAL_NOUN = re.compile(r"^ت..ي.$")


# Outlets a source speaks to that the media nouns do not cover ("لراديو"), and the people it
# speaks to ("قال ديفيس لصحافيين"، "اعترف لمقربين منه"): a name never opens with ل + these.
# Agencies and channels the press names without a head noun ("قال X لرويترز"، "لسكاي نيوز").
_ADDRESSEES = frozenset(
    {"راديو", "اذاعه", "تلفزيون", "محطه", "برنامج", "صحافيين", "صحفيين", "مقربين", "اعلاميين", "مراسلين"}
    | {"رويترز", "سكاي", "بلومبرغ", "بلومبيرغ", "بلومبرج", "اسوشيتد", "فرانس", "بي", "سي"}
)


def outlet_addressee(view: DocView, rest: str) -> bool:
    """Whether ``rest`` (a word after its ل) is an outlet or the people a source speaks to
    ("لصحيفة"، "لرويترز"، "لفرانس برس"، "لصحفيين"): whom the words were said to."""
    return view.words.is_a("media", rest) or rest in _ADDRESSEES


# Regnal ordinals: "عبد الله الثاني"، "محمد السادس"، "فيليب الرابع" (a ruler's name ends there).
REGNAL_ORDINALS = frozenset(
    {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"}
)
_SON_OF = frozenset({"بن", "ابن", "بنت"})
# Links after which the father's name takes two words: "بن عبد العزيز"، "بن أبو بكر".
_TWO_WORD_FATHER = frozenset({"عبد", "ابو", "ابي", "ام"})
# The imperfect of a verb as written: a prefix ي/ت and a stem of three or four letters
# ("تقاضي"، "يطالب"، "تتهم").
_IMPERFECT = re.compile(r"^[يت].{3,4}$")


def closed_name(view: DocView, name: list[int]) -> list[int]:
    """The words of ``name`` (a person's name read after a title or as a subject) up to where
    it is closed, so that it does not run on into the verb or noun after it.

    A name is complete after a regnal ordinal ("الملك عبد الله الثاني مسار السلام") and after a
    whole nasab, بن/بنت + the father's name ("الشيخ تميم بن حمد قرر"): only another link (بن،
    آل), a family name with the article or a word the document writes with the name elsewhere
    go on. After a given and a family name, a verbal noun of the derived forms ("دونالد ترامب
    إعلان") or an imperfect verb written once before more words ("ستورمي دانييلز تقاضي ترامب")
    begins a phrase of its own."""
    bare = view.bare
    closed = regnal = False  # whether the name is complete before word k, after an ordinal
    for k in range(1, len(name)):
        i = name[k]
        key = bare[i]
        if key in NAME_LINKS or key in GOD_NAMES:
            closed = False  # "… الثاني بن الحسين"، "بن عبد العزيز آل سعود"
            continue
        if not closed:
            # "عبد الله الثاني": a name word, then its ordinal; "تميم بن حمد": a whole nasab.
            before = bare[name[k - 1]]
            regnal = k >= 2 and before in REGNAL_ORDINALS
            if not regnal and not _father_named(view, name, k):
                if k >= 2 and (_phrase_after_full_name(view, name, k) or _second_persons_name(view, name, k)):
                    return name[:k]
                continue
            if has_article(view, i) and not regnal and not _definite_noun_phrase(view, i):
                closed = True  # "حسن بن ملفي الودعاني": the family name, complete after it
                continue
        if _name_goes_on(view, name, k, regnal):
            closed = False  # "علي بن هادي راجحي … وقال راجحي": the family name, written again
            continue
        return name[:k]
    return name


def _second_persons_name(view: DocView, name: list[int], k: int) -> bool:
    """Whether word k, after a given and a family name, is another person's name with no و
    before it: the object of the verb ("هنأ رئيس الوزراء سامي داود كارتر بفوزه"). The document
    writes the word on its own as a name, after a verb or a function word ("وقال كارتر"), and
    after a given name of its own ("جيمي كارتر"), while this pair of words stands only here.
    Three-part names are written whole (كيم جونغ أون) or have a listed given name in the middle
    (خوسيه دافيد كابيو، سهير محمد علي): their last word never stands alone, the pair recurs, or
    the middle word is a given name."""
    if k != 2 or any(view.bare[i].startswith("ال") or view.bare[i] in NAME_LINKS for i in name[:2]):
        return False  # only right after a given and a family name ("أبو الغصن جحا" is one name)
    key, previous = view.bare[name[k]], view.bare[name[k - 1]]
    if len(key) < MIN_FAMILY_NAME_LETTERS or view.keys[name[k]] != key or view.count(key) < 2:
        return False
    if key.startswith("ال") or key in given_names() or previous in given_names():
        return False  # a second given name goes on: "خوسيه دافيد كابيو"، "سهير محمد علي"
    alone = False
    for p in view.positions(key, 1):
        if p == name[k]:
            continue
        before = p - 1
        if view.is_word(before) and view.bare[before] == previous:
            return False  # the pair again: one name of three words
        if (
            not view.is_word(before)
            or view.cues[before] is not None
            or view.words.is_a("stop", view.bare[before])
        ):
            alone = True
    return alone and _after_own_given_name(view, key, previous)


def _definite_noun_phrase(view: DocView, i: int) -> bool:
    """Whether the definite word i in ة opens a noun phrase, its adjective after it ("برئاسة
    الشيخ محمد بن راشد الاستراتيجية الوطنية"): the verb's object, not a family name in ة
    ("خالد بن محمد العطية، قد صرح")."""
    after = i + 1
    return (
        view.tokens[i].text.endswith("ة")
        and after < len(view)
        and view.is_word(after)
        and has_article(view, after)
    )


def _father_named(view: DocView, name: list[int], k: int) -> bool:
    """Whether name word k - 1 ends a father's name after بن/بنت that follows a name word: the
    nasab "X بن Y" (or "X بن عبد Y") is complete before word k."""
    bare = view.bare
    for width in (1, 2):
        link = k - 1 - width
        if link < 1 or bare[name[link]] not in _SON_OF:
            continue
        if width == 2 and bare[name[link + 1]] not in _TWO_WORD_FATHER:
            continue
        if width == 1 and bare[name[link + 1]] in _TWO_WORD_FATHER:
            continue
        return True
    return False


def _name_goes_on(view: DocView, name: list[int], k: int, regnal: bool) -> bool:
    """Whether word k after a complete nasab or ordinal still belongs to the name: a family name
    the document writes again (a person is referred to by it later: "وقال راجحي"), the name's
    words written together elsewhere, or a person's mention that goes on. A verb, a verbal noun
    or an object written once after the name is none ("تميم بن حمد قرر"); so is a ب/ل-phrase on
    a word the document writes alone ("محمد بن سلمان بمؤتمر"). An ordinal ends a ruler's name
    whatever follows but بن ("عبد الله الثاني مسار السلام" though مسار recurs)."""
    key = view.bare[name[k]]
    if key[:1] in "بل" and len(key) > 3 and view.count(key[1:]) > 0:
        return False
    if written_together(view, name, k) or _person_mention_goes_on(view, name[k]):
        return True
    if key in given_names() and has_article(view, name[k - 1]):
        return True  # "هاجر بن الشيخ أحمد": a family name بن + a definite word, then a given name
    if regnal or has_article(view, name[k]):
        return False
    # A family name in ي with no article ("علي بن هادي راجحي"), even written once.
    return view.count(key) > 1 or (len(key) > 3 and key.endswith("ي"))


def _person_mention_goes_on(view: DocView, i: int) -> bool:
    """Whether word i lies inside a person's mention that began before it (the tagger's or the
    gazetteer's reading of a longer name)."""
    label = view.mention_label(i)
    return label is not None and label[0] == "PER" and not label[1]


def _phrase_after_full_name(view: DocView, name: list[int], k: int) -> bool:
    """Whether word k, after at least two name words, opens a phrase of its own: a verbal noun
    of the derived forms without the article (إعلان، تطبيق، استخدام) or an imperfect verb the
    document writes once with more words after it. (Another person's family name is left out:
    Korean and Spanish names recur in parts, "كيم يونغ أون" … "كيم جونغ أون".)"""
    i = name[k]
    key = view.bare[i]
    if has_article(view, i) or key in given_names() or view.keys[i] != key:
        return False
    label = view.mention_label(i)
    if label is not None and label[0] == "PER" and not label[1]:
        return False  # inside a longer name the tagger read
    if any(view.bare[j] in NAME_LINKS for j in name[:k]):
        return False  # a nasab or kunya name has its own closing (above)
    if DERIVED_FORM_VERBAL_NOUN.match(key) and not written_together(view, name, k):
        return True
    return k + 1 < len(name) and _IMPERFECT.match(key) is not None and view.count(key) == 1
