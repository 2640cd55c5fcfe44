"""The closed-class words the quote rules consult, in one place: function words, pronoun endings,
clause openers and breaks, and the punctuation that delimits clauses.

Every entry is a normalised key (:func:`qawl.arabic.normalize`: أ إ آ -> ا, ى -> ي, ة -> ه), except
where a comment says it is compared with the surface text. Open-class words (cue verbs, titles,
bodies, outlets) are data, in ``data/*.tsv``, read by :mod:`lexicon`. This module imports nothing
from its package, so every rule module can use it.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from qawl.arabic import normalize

# ---------------------------------------------------------------------- punctuation (surface)

COMMAS = frozenset({"،", ",", "؛", ";"})
SENTENCE_MARKS = frozenset(".!?؟…")

# ---------------------------------------------------------------------- pronouns and particles

ON = normalize("على")  # على once normalised: علي
NEGATIONS = frozenset({"لم", "لن", "لا"})
# Question words: a clause they open asks, it does not report.
INTERROGATIVES = frozenset({"هل", "كيف", "لماذا", "متي", "ماذا", "اين"})
# Speech under these is supposed, not reported: "إذا قالت الولايات المتحدة …".
HYPOTHETICALS = frozenset({"اذا", "لو", "ان", "حال", "ربما"})
# Given names written with the article (Maghreb usage: الحبيب الصيد، المنصف المرزوقي), which
# after a closed title are no adjective of it but open the holder's name. Only names that are
# rare as adjectives of a post or as a body's genitive (not العربي، الأمين، الأزهر، الحسن); not
# الباجي, whose family name قائد السبسي opens with a title word (tests/test_quotes_attribution20).
ARTICLE_GIVEN_NAMES = frozenset(
    {
        "الهادي",
        "الحبيب",
        "المنصف",
        "الطيب",
        "المختار",
        "الصادق",
        "الناصر",
        "المولدي",
        "الشاذلي",
        "الطاهر",
        "الجيلاني",
        "الهاشمي",
        "المنجي",
        "الصحبي",
        "العياشي",
    }
)
# ---------------------------------------------------------------------- posts and their synonyms
# Two words for one post, as the writer likes (normalised, without the article; the feminine kept):
# the spokesman is "الناطق" or "المتحدث", the king "العاهل" or "الملك" ("العاهل البحريني، الملك
# حمد" … "ملك البحرين"). Each maps to the word the title index files the post under.
POST_HEAD_SYNONYMS = MappingProxyType({"ناطق": "متحدث", "ناطقه": "متحدثه", "عاهل": "ملك", "عاهله": "ملكه"})
# Words of a title chain that a later definite description may use for one another (a definite
# head with nisbas only, names.NameIndex.chain_holder): a member of parliament is "النائب" or
# "البرلماني"; a head of state "الرئيس الروسي X" is "الزعيم الروسي" later (the nisba must agree).
POST_WORD_SYNONYMS = MappingProxyType(
    {"برلماني": "نائب", "برلمانيه": "نائبه", "زعيم": "رئيس", "زعيمه": "رئيسه"}
)
# Two words for the body a post heads: the prime minister is "رئيس الحكومة" or "رئيس الوزراء".
POST_DOMAIN_SYNONYMS = MappingProxyType({"حكومه": "وزراء"})
# Two phrases for one office, head and genitive: the foreign minister is "وزير الخارجية" or "رئيس
# الدبلوماسية" ("رئيس الدبلوماسية الفرنسية" … "وزير الخارجية الفرنسي X").
OFFICE_SYNONYMS = MappingProxyType(
    {("رئيس", "دبلوماسيه"): ("وزير", "خارجيه"), ("رئيسه", "دبلوماسيه"): ("وزيره", "خارجيه")}
)

# "عندما كنا نقول إن …": a first-person imperfect after these reports past speech.
PAST_AUXILIARIES = frozenset({"كنا", "كنت", "كان", "كانت", "كانوا"})
# The second half of theophoric names (نصر الله، عبد الله): the word before it is a name.
GOD_NAMES = frozenset({"الله", "اللـه"})
# An imperfect after these is subjunctive: wanted or due, not reported ("يريد أن يقول").
SUBJUNCTIVE_PARTICLES = frozenset({"ان", "كي", "لكي", "لن"})
# Modal verbs: the verb after their أن is an imperfect subjunctive ("لا يمكن أن تحدث" "happen"),
# never a perfect of saying that happens to spell it (تحدّث).
MODAL_VERBS = frozenset({"يمكن", "يجب", "ينبغي", "يتعين", "يستطيع", "تستطيع", "يمكنه", "يمكنها", "يمكنهم"})
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
# Whether a singular relative takes up a feminine noun (its gender, for agreement with the verb after it).
RELATIVE_IS_FEMININE = MappingProxyType({"التي": True, "الذي": False})
# Nouns that name a person by a bond with another (kin, friend, lawyer), normalised: in
# construct with a name ("صديق كافانو") they describe someone else, the name's friend.
BOND_NOUNS = frozenset(
    {"صديق", "صديقه", "زميل", "زميله", "شقيق", "شقيقه", "زوج", "زوجه", "نجل", "نجله", "ابنه", "والد"}
    | {"والده", "خطيب", "خطيبه", "محامي", "محاميه"}
)
# Words that never take the conjunction و on the verb after them (كما، حسبما، الذي …): there a
# first و is the root's ("كما ورد اسم آخر": ورد "came up", not و + ردّ "and replied").
NO_CONJUNCTION_AFTER = RELATIVES | frozenset({"كما", "ما", "حسبما", "بما", "لما", "مما", "عما", "فيما"})
DEMONSTRATIVES = frozenset({"هذا", "هذه", "هذين", "هاتين", "هؤلاء", "ذلك", "تلك", "اولئك"})
# Quantifiers head objects ("جميع الأطراف"), never a source.
QUANTIFIERS = frozenset({"جميع", "كل", "كافه"})
PRONOUN_SUBJECTS = frozenset({"هو", "هي", "هم", "هما", "فهو", "فهي", "فهم"})
# Independent pronouns: a clause of their own starts at one ("الرئيس بوتين ونحن نشك").
INDEPENDENT_PRONOUNS = frozenset({"انا", "نحن", "انت", "انتم", "هو", "هي", "هم", "هما", "هن"})
# Possessive pronouns on a noun: قوله، تصريحاتها، تعبيرهم.
POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن")
_POSSESSIVE_ENDINGS_LONGEST_FIRST = tuple(sorted(POSSESSIVE_ENDINGS, key=len, reverse=True))
# A noun with a possessive pronoun (إدانته، مسؤوليها) belongs to someone named before: an object.
OBJECT_ENDINGS = ("ته", "تها", "تهم", "اته", "اتها", "يها", "يهم")
# "رسالة … قال فيها": a verb with these after it describes a speech just named.
SPEECH_PRONOUNS = frozenset({"فيها", "فيه", "فيهم", "فيهما"})

_PREPOSITIONS = ("في", "ل", "ب", "عن", "من", "علي", "الي", "مع", "لدي", "عند")
_ATTACHED_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم")
# فيها، عنه، لديهم: a preposition carrying a pronoun is never part of a name.
PREPOSITION_PRONOUNS = frozenset(p + s for p in _PREPOSITIONS for s in _ATTACHED_PRONOUNS)

# ---------------------------------------------------------------------- complementizers

# Complementizers with their pronoun-suffixed forms (إنه، أنها، بأنهم).
_COMPLEMENTIZER_BASES = ("ان", "بان", "لان")
_COMPLEMENTIZER_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
COMPLEMENTIZERS = frozenset(
    b + p for b in _COMPLEMENTIZER_BASES if b != "لان" for p in _COMPLEMENTIZER_PRONOUNS
)
# وأن، وأنه، وأنها …: a complementizer with the conjunction written on it opens a coordinated clause.
COORDINATED_COMPLEMENTIZERS = frozenset("و" + word for word in COMPLEMENTIZERS)
# أن after these is part of a conjunction (بعد أن، قبل أن، إلا أن), not of the cue.
NOT_COMPLEMENTIZER_AFTER = frozenset({"بعد", "قبل", "دون", "الا", "منذ", "بد", "حين", "رغم", "من"})

# ---------------------------------------------------------------------- clauses

# Clause openers that can precede a preposed subject: "وكان ترامب قد طالب", "أن الوزارة قالت".
_CLAUSE_OPENER_WORDS = frozenset(
    {
        "كان", "كانت", "كانوا", "كنا", "كنت", "يكون", "تكون", "قد", "لقد", "ان", "بان", "لان", "انه", "انها",
        "كما", "ثم", "عندها", "حين", "بينما", "فيما", "اذ", "اذا", "حيث", "لكن", "لكنه", "لكنها", "الا",
        "ما", "الذي", "التي", "الذين", "بعدما", "عندما", "بل", "اما", "فقد", "وقد", "كذلك", "ايضا",
    }
)  # fmt: skip
# لكن، إن and أن take pronoun suffixes (لكنهم، إنهم): all open a clause.
CLAUSE_OPENERS = _CLAUSE_OPENER_WORDS | frozenset(
    base + suffix
    for base in ("لكن", "ان", "بان", "لان")
    for suffix in ("ه", "ها", "هم", "هما", "هن", "ني", "نا")
)
# Conjunctions that open a main clause, which may put its subject first: "لكن الكرملين استنكر".
MAIN_CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "بينما", "فيما", "ثم"})
# Words that start a new clause after a comma and so end an indirect quote's content.
CLAUSE_BREAKS = frozenset(
    {"وذلك", "ذلك", "فيما", "بينما", "لكن", "لكنه", "لكنها", "وفقا", "وفق", "حسب", "بحسب", "قبل", "دون",
     "وهو", "وهي", "الامر", "مما", "ما", "وسط", "في", "وقد", "كما", "كان", "كانت", "الا",
     # News formulas that open the reporter's own next clause: "، يأتي ذلك مع …"
     "ياتي", "تاتي", "جاء", "جاءت", "يذكر", "يشار"}
)  # fmt: skip
# A fronted subordinate clause ("بعد أن أكد أن …، تحولت …") ends at its comma.
SUBORDINATORS = frozenset({"عندما", "حين", "بعدما", "لما", "كلما", "بينما", "طالما", "حينما"})
SUBORDINATOR_HEADS = frozenset({"بعد", "قبل", "منذ", "رغم", "مع"})
AUXILIARIES = frozenset({"كان", "كانت", "كانوا"})
# كان and its sisters after a subject, in the imperfect and the future (not كان alone, which is
# also the city of Cannes): a verb that opens the predicate, never a word of a name.
COPULAS = frozenset(
    prefix + verb
    for verb in ("يكون", "تكون", "يكونون", "يصبح", "تصبح", "يظل", "تظل", "يبقي", "تبقي")
    for prefix in ("", "س")
) | frozenset({"كانت", "كانوا", "اصبح", "اصبحت", "بات", "باتت", "ظل", "ظلت", "ليس", "ليست"})
# "غير معلنة"، "كانت معلنة": a participle after these is a predicate adjective, not a cue.
PREDICATE_WORDS = frozenset(
    {"غير", "كان", "كانت", "ليس", "ليست", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت"}
)

# ---------------------------------------------------------------------- around a cue

# "حسب ما نقلت عنه وكالة …": a verb after these only says where words were published.
RELAY_WORDS = frozenset({"ما", "لما", "بما"})
CARRIER_PARTICIPLE = "قال"  # قائلا after a verb of saying: "وتابع X قائلا: …"
# ب-words that are not an attached preposition governed by the cue.
NOT_BI_COMPLEMENT = frozenset(
    {"بيان", "بشان", "بعد", "بين", "بدوره", "بدورها", "بلاده", "بسبب", "بنحو", "بشكل", "بصفته", "بينما",
     "بما", "بحسب", "باسم", "بذلك", "بها", "به", "بهم", "بلدة", "بيانا", "بريطانيا", "بروكسل", "بغداد",
     "بيروت", "بكين", "باريس", "برلين", "بوتين", "بوتن", "بعثه", "بعثات"}
)  # fmt: skip
SHORT_BI_WORDS = frozenset(
    {"بها", "بهم", "بنا", "بكم", "بين", "بعد", "بلا", "بما", "بمن", "بكل", "بان", "بدل", "بقي"}
)
# "آنذاك"، "وقتها": adverbs that point back to a time already named. Unlike a day or اليوم they
# never head a noun phrase, so after a verb of saying they are no subject, whatever follows
# them ("وصرح آنذاك بالانسحاب، مشيرا …"); after a post they date it ("المرشح حينها X").
THEN_WORDS = frozenset({"انذاك", "حينذاك", "وقتذاك", "وقتها", "يومها", "حينئذ", "حينها", "عندئذ"})
# ب + a noun of manner: an adverbial ("صرحت موسكو بشكل رسمي"، "نفى الوزير بشدة"), never a
# word of a name, so a name before it ends there.
MANNER_ADVERBIALS = frozenset(
    {"بشكل", "بصوره", "بطريقه", "بشده", "بوضوح", "بصراحه", "باستمرار", "بحزم", "بلهجه", "بنبره"}
)
# بال-adverbials, never the complement a verb governs: "ذكر الوزير بالمناسبة أن …".
# Adverbs that may follow a title or role noun ("المترجم عامة ومترجم الشعر خاصة"): no name.
SENTENCE_ADVERBS = frozenset({"عامه", "خاصه", "ايضا", "فقط", "جدا", "تحديدا", "شخصيا"})
# Conjunctions that open a clause of their own: a complementizer after them is not governed by
# a cue word before them ("بين أفراد الأسرة، حيث يبدو أن").
SUBORDINATE_OPENERS = frozenset({"حيث", "اذ", "عندما", "حين", "بعدما"})
# فإنّ and its pronoun forms answer a fronted phrase ("وبحسب X، فإن …"، "فإنه تم …").
FA_ANSWERS = frozenset({"فان", "فانه", "فانها", "فانهم", "فانهما"})
BI_ADVERBIALS = frozenset(
    {"بالنسبه", "بالتالي", "بالاضافه", "بالمناسبه", "بالخصوص", "بالفعل", "بالذات", "بالمقابل", "بالتزامن"}
)
# A short quoted span after these is a name (على "تويتر"، عبر "فيسبوك"), not a quote.
NAME_PREPOSITIONS = frozenset({"في", "عبر", "علي", "عن", "من", "لدي"})

# ---------------------------------------------------------------------- source phrases

# "…، ذلك ما أكده الوزير": a pronoun pointing back + ما + a verb of saying, like حسبما.
POINTING_BACK_WHAT = frozenset({"ذلك", "هذا", "هو", "وذلك", "وهذا", "وهو"})
SOURCE_WORDS = frozenset({"بحسب", "حسب", "وفقا", "وفق", "طبقا", "تبعا", "نقلا"})
# Source words with ما attached: "حسبما أكده X" (a verb of saying follows).
RELATIVE_SOURCE_WORDS = frozenset({"حسبما", "بحسبما", "وفقما", "كما", *POINTING_BACK_WHAT})
# Verbs that only say where words were published: "وفقا لما نقلته وكالة …".
RELAY_LEMMAS = frozenset({"نقل", "أورد", "كتب", "نشر"})
# Nouns between a source word and its source: "بحسب تصريحات محاميتها", "وفق حصيلة للصليب الأحمر".
SOURCE_CARRIERS = frozenset(
    {"تصريحات", "تصريح", "تعليقات", "بيان", "تقرير", "تقارير", "حصيله", "ارقام", "معلومات", "افاده",
     "روايه", "تقديرات", "احصاءات", "احصائيات", "بيانات", "نشريه", "معطيات", "دراسه", "مسح"}
)  # fmt: skip
# Nouns of saying that carry their source as a pronoun: "حسب تعبيره"، "على حد قوله".
SPEECH_NOUNS = frozenset(
    {"تعبير", "قول", "راي", "وصف", "تصريح", "تصريحات", "روايت", "زعم", "كلام", "تقدير", "تقديرات", "اعتقاد"}
)  # fmt: skip

# ---------------------------------------------------------------------- statements

# A letter (رسالة) is its sender's statement like a بيان is its issuer's.
STATEMENT_NOUNS = frozenset({"بيان", "بلاغ", "رساله"})
# Written forms of a statement noun inside a clause: في بيان، ببيان، بيانا، بيانها، البيان.
_STATEMENT_PREFIXES = ("", "ب", "ل", "و", "وب", "ف", "ال", "بال", "لل", "وال")
_STATEMENT_ENDINGS = ("", "ا", "ه", "ها", "هم")
STATEMENT_FORMS = frozenset(
    p + n + e for p in _STATEMENT_PREFIXES for n in STATEMENT_NOUNS for e in _STATEMENT_ENDINGS
)

# ---------------------------------------------------------------------- names and titles

NAME_LINKS = frozenset({"عبد", "ابو", "ابا", "بن", "ابن", "ال", "بنت", "ام", "ابي"})
TITLE_ADJECTIVES = frozenset(
    {"الجديد", "الجديده", "الاول", "الاولي", "الاخير", "الاخيره", "العام", "العامه", "الكبير", "الدايم",
     "الحالي", "الحاليه", "الراحل", "المقبل", "المنتخب"}
)  # fmt: skip
# عام is "general" after a noun, "year" before its adjective or number (العام الماضي، عام 2016).
GENERAL_WORDS = frozenset({"عام", "العام", "عامه", "العامه"})
YEAR_ADJECTIVES = frozenset(
    {"الماضي", "المقبل", "الحالي", "الجاري", "القادم", "المنصرم", "الفائت", "السابق", "ماضي", "مقبل"}
)
# "ذات المصدر"، "نفس المتحدث"، "المصدر ذاته": the speaker named last, referred to again.
SAME_WORDS = frozenset({"ذات", "نفس"})
SAME_ENDINGS = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها"})
# "وأضاف المتحدث أن …"، "ونفى محدثنا …": the noun for whoever is speaking, with no office after
# it, is the article's informant again, not a title of its own.
# "وبيّن المسؤول أن …": "the official", alone, is the source just quoted, like المتحدث, unless
# the article introduced "an official" (مسؤول كبير) that it points back to.
# So is "the unionist" (النقابي) in a story that quotes a union official.
ROLE_INTERLOCUTORS = frozenset({"المسؤول", "المسؤوله", "النقابي", "النقابيه"})
INTERLOCUTORS = (
    frozenset({"المتحدث", "المتحدثه", "محدثنا", "محدثتنا", "محدثي", "محدثتي"}) | ROLE_INTERLOCUTORS
)
# Place names without the article are feminine (قالت موسكو، أعلنت كييف); these few are not.
MASCULINE_PLACES = frozenset({"لبنان"})
# Words that end the full name of a body looked back for ("المنظمة" -> "منظمة حظر الأسلحة …").
EXPANSION_STOPS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "ان", "الذي", "التي", "قد", "لم", "لا"})

# "وجاء في البيان أن …", "وورد في الرسالة": the verbs that open a sentence saying what a text says
# (bare جاء is also "came": only with its و).
OPENING_CAME_VERBS = frozenset({"وورد", "وجاء"})

# Nouns that name a state of affairs or a stance and take its owner as a genitive (ضرورة الحوار،
# حرص الحكومة، عدم وجود، وقوف الاتحاد): after a verb of saying they head its object, never its
# subject or a name ("أكد الوزير ضرورة …"، "ونفى المصدر وجود …"). Kept apart from the speaker
# words so that none of them (رفض، دعم) stops reading as a verb after a fronted subject.
PROPOSITION_NOUNS = frozenset(
    normalize(word)
    for word in (
        "ضرورة",
        "أهمية",
        "حرص",
        "عدم",
        "رفض",
        "دعم",
        "رغبة",
        "نية",
        "إمكانية",
        "صعوبة",
        "خطورة",
        "جاهزية",
        "أحقية",
        "مسؤولية",
        "حق",
        "تضامن",
        "غياب",
        "فشل",
        "صحة",
        "مقتل",
        "وفاة",
        "إصابة",
        "عودة",
        "بدء",
        "وجود",
        "وقوف",
        "وصول",
        "دخول",
        "حصول",
        "خروج",
        "سقوط",
        "ثبوت",
        "حدوث",
        "وقوع",
        "زيادة",
        "نمو",
        "نجاح",
        "براءة",
        "ضلوع",
        "تورط",
    )
)
# فَعْل verbal nouns that news reports take with the article as their object (نفت السعي إلى،
# أعلن النصر على); bare, they are also given names (نصر، سعيد), so only the definite form counts.
DEFINITE_EVENTS = frozenset(normalize(word) for word in ("سعي", "نصر", "فوز", "رفض", "دعم", "قبول"))

# Imperfect prefixes of the derived verb forms (يتفاعل، يتفعّل، يستفعل and their تـ), and the
# imperfect of form VIII (يفتعل: يلتقي، يجتمع، تنتقد: ي/ت, a root letter, the infixed ت, two more
# letters; a long vowel second, as in يوسف، تيريزا، تامر, is no root letter of an imperfect).
# No name, given or family, opens with these shapes.
_DERIVED_IMPERFECT = ("يت", "يست", "تت", "تست")
MIN_DERIVED_IMPERFECT = 4
_FORM_EIGHT_IMPERFECT = re.compile(r"^[يت][^اوي]ت..$")


def derived_imperfect(key: str) -> bool:
    """Whether a normalised word without clitics has the shape of an imperfect verb of the
    derived forms (يتعلق، يستعد، تتجاوز، يلتقي): a verb, never a noun or a name."""
    if len(key) < MIN_DERIVED_IMPERFECT:
        return False
    return key.startswith(_DERIVED_IMPERFECT) or _FORM_EIGHT_IMPERFECT.match(key) is not None


def possessed_stem(key: str, shortest: int) -> str | None:
    """The noun a normalised word with a possessive pronoun is written on (رفضها → رفض،
    أنصاره → أنصار), at least ``shortest`` letters long, or None when no pronoun ends it."""
    for ending in _POSSESSIVE_ENDINGS_LONGEST_FIRST:
        if key.endswith(ending) and len(key) - len(ending) >= shortest:
            return key[: -len(ending)]
    return None
