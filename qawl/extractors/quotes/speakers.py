"""Speaker phrases: find the source noun phrase of a cue and choose its name or its title.

Arabic news names a source as a title followed by a name ("الرئيس الأمريكي دونالد ترامب"), a title
and a name in apposition between commas ("المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا،"), a name
followed by its title ("أنور قرقاش، وزير الدولة …"), or a description ("مصدر في الإليزيه"). The
guidelines take the name when one is given, else the title or description. Each comma segment is read
by :mod:`segments`; this module joins the segments into one phrase.
"""

from __future__ import annotations

from functools import lru_cache

from qawl.arabic import normalize
from qawl.extractors.ner_known import known_names
from qawl.extractors.ner_spans import given_names
from qawl.extractors.quotes.abbreviations import abbreviated_title
from qawl.extractors.quotes.name_ends import POSSESSIVES, adjective_like, outlet_addressee
from qawl.extractors.quotes.noun_patterns import indefinite_event, is_nisba, object_noun
from qawl.extractors.quotes.person_plurals import owned_person_plural
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.segments import SIMPLE_PARTICIPLE_ACCUSATIVE, parse_segment, segments
from qawl.extractors.quotes.stops import (
    ADVERB_PRONOUNS,
    adverbial_accusative,
    has_article,
    has_li_proclitic,
    is_stop,
    is_title_word,
)
from qawl.extractors.quotes.titles import (
    MAX_NAME_AFTER_TITLE,
    SHORT_MANNER_NOUNS,
    band_letters,
    bi_adverbial,
    bi_manner,
    clitic_phrase,
    closes_with_name,
    in_person_mention,
    is_body_noun,
    names_a_place_or_body,
    spokesman_of_person,
    without_article,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    ARTICLE_GIVEN_NAMES,
    COMPLEMENTIZERS,
    GOD_NAMES,
    NAME_LINKS,
    RELATIVES,
    SOURCE_WORDS,
    THEN_WORDS,
    derived_imperfect,
)


def _definite_body(view: DocView, phrase: SpeakerPhrase) -> str:
    """The head of a phrase without its article, when it has one ("" otherwise)."""
    return view.bare[phrase.first][2:] if has_article(view, phrase.first) else ""


def _apposition_closes(view: DocView, first: int, seg: list[int]) -> bool:
    """Whether the segment after a title's comma may be its apposition. A title a source word
    governs ("X، وفق الوزير، Y") is a phrase inside another sentence: after its comma that
    sentence goes on ("بصعوبة اعتماد …"), so only a segment a second comma closes is a name."""
    source = first > 0 and view.bare[first - 1] in SOURCE_WORDS
    return not source or (seg[-1] + 1 < len(view) and view.is_comma(seg[-1] + 1))


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


def _after_verb_of_saying(view: DocView, i: int) -> bool:
    """Whether word i follows a verb of saying directly, where its subject would stand (VSO)."""
    found = view.cues[i - 1] if i > 0 and view.is_word(i - 1) else None
    return found is not None and found.kind == "verb"


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


# Adjectives that govern ل ("مصادر مقربة لحماس"، "الموالية لنادي"): the ل-phrase is theirs.
_LAM_ADJECTIVES = frozenset(
    {
        "مقرب",
        "مقربه",
        "مقربون",
        "مقربين",
        "تابع",
        "تابعه",
        "موالي",
        "مواليه",
        "خاضع",
        "خاضعه",
        "قريب",
        "قريبه",
    }
)
# Texts whose ل-phrase is their author ("تقرير لرويترز"، "دراسة لجامعة …").
_AUTHORED_TEXTS = frozenset({"تقرير", "تقارير", "دراسه", "بيان", "استطلاع"})
# "قال لإحدى الصحف"، "لبعض وسائل الإعلام": whom a source spoke to, a quantifier in ل.
_ADDRESSEE_QUANTIFIERS = frozenset({"احدي", "احد", "بعض"})


def _addressee_word(view: DocView, k: int, outlet_only: bool) -> bool:
    """Whether word k is ل + whom the words were said to ("قال روبوشون لإحدى الصحف"، "قال شهود
    عيان لبي بي سي"): ل on a quantifier, on an outlet word, or on a word the document also writes
    without it. Not لل + the article (a domain), nor a name that starts with ل (لطفي، لويس) whose
    rest the document never writes alone."""
    key = view.bare[k]
    if key[:1] != "ل" or key.startswith("لل") or len(key) < 3 or view.keys[k] != key:
        return False
    rest = key[1:]
    if rest in _ADDRESSEE_QUANTIFIERS or outlet_addressee(view, rest):
        return True
    if outlet_only or view.words.is_a("stop", rest) or is_title_word(view, k):
        return False
    return view.count(rest) > 0


def _before_addressee(view: DocView, phrase: SpeakerPhrase | None) -> SpeakerPhrase | None:
    """The name of a subject cut before a ل-phrase glued to it: after a complete subject, ل +
    noun names the addressee of قال/صرح/أكد ("وقال الوزير لرويترز إن"), never a word of the
    name. A name left empty leaves its title, or no phrase."""
    if phrase is None or phrase.pair is not None:
        return phrase
    if phrase.name is not None:
        start, end = phrase.name
    elif phrase.kind == "anonymous" and view.bare[phrase.first] not in _AUTHORED_TEXTS:
        # "مصدر مسؤول في الهيئة العامة لأراضي …"، "تقرير لمنظمة …": a ل-phrase in a description
        # is its complement or owner; only an outlet is whom it spoke to ("مصدر مطلع لرويترز"). A
        # text's ل-phrase is its author ("تقرير لرويترز").
        start, end = phrase.first + 1, phrase.last
    else:
        return phrase  # "الرئيس التنفيذي لشركة …": a title's ل-phrase is its complement
    outlet_only = phrase.name is None
    cut = next(
        (
            k
            for k in range(start, end)
            if _addressee_word(view, k, outlet_only)
            and not (k > start and view.bare[k - 1] in _LAM_ADJECTIVES)
        ),
        None,
    )
    if cut is None:
        return phrase
    if phrase.name is None or cut > start:
        name = None if phrase.name is None else (start, cut)
        return SpeakerPhrase(phrase.first, cut, phrase.kind, phrase.title, name)
    if phrase.title is not None and phrase.title[1] <= start:
        return SpeakerPhrase(phrase.title[0], phrase.title[1], "title", phrase.title, None)
    return phrase


def whole_subject(view: DocView, first: int, end: int) -> SpeakerPhrase | None:
    """The subject of a verb when it fills tokens [first, end) exactly, an object after it:
    the words between a verb and what follows it are one noun phrase or no subject at all."""
    phrase = parse_speaker(view, first, end, object_follows=True)
    return phrase if phrase is not None and phrase.first == first and phrase.last == end else None


def _parse_speaker(view: DocView, first: int, last: int, object_follows: bool) -> SpeakerPhrase | None:
    """:func:`parse_speaker`, read anew."""
    if object_follows and event_object_after_verb(view, first, last):
        return None
    if view.bare[first][:1] == "ل" and view.is_word(first) and _addressee_word(view, first, outlet_only=True):
        return _subject_after_addressee(view, first, last, object_follows)
    return _figures_owner(view, _before_addressee(view, _subject_phrase(view, first, last, object_follows)))


# Figures and data in construct with whose they are: "فتشير أرقام المنظمة إلى أن …"، "وتظهر بيانات
# الوزارة أن …". The numbers say nothing; the body that published them is the source.
_FIGURES = frozenset(normalize(word) for word in ("أرقام", "بيانات", "إحصاءات", "إحصائيات", "معطيات"))


def _figures_owner(view: DocView, phrase: SpeakerPhrase | None) -> SpeakerPhrase | None:
    """The genitive of figures as the source: a body ("المنظمة"، "وزارة الصحة") or a name the
    document marks; other genitives ("أرقام البطالة") leave the phrase as it was."""
    if phrase is None:
        return None
    head = phrase.first
    owner = head + 1
    if view.keys[head] not in _FIGURES or owner >= phrase.last or not view.is_word(owner):
        return phrase
    key = view.bare[owner]
    if not (view.mention_label(owner) is not None or is_body_noun(view, key) or is_body_noun(view, key[2:])):
        return phrase
    found = parse_speaker(view, owner, phrase.last)
    return found if found is not None and found.first == owner else phrase


_SUBJECT_KINDS_AFTER_ADDRESSEE = ("title", "anonymous", "description")


def _subject_after_addressee(
    view: DocView, first: int, last: int, object_follows: bool
) -> SpeakerPhrase | None:
    """The subject after an outlet that opens the words after a verb: a subject never carries
    ل, so "وقال لفرانس 24: …" says to whom the verb's pronoun spoke, and the subject, if any,
    follows the addressee ("وقال لرويترز مسؤول في الوزارة إن"). Only a title or a description
    reads so there; a name after the outlet is the outlet's own ("لصحيفة نيويورك تايمز")."""
    phrase = parse_speaker(view, first + 1, last, object_follows) if first + 1 < last else None
    if phrase is None or phrase.first != first + 1 or phrase.kind not in _SUBJECT_KINDS_AFTER_ADDRESSEE:
        return None
    return phrase


def _subject_phrase(view: DocView, first: int, last: int, object_follows: bool) -> SpeakerPhrase | None:
    """:func:`_parse_speaker` before an addressee glued to the subject is cut off."""
    groups = segments(view, first, last)
    if not groups:
        return None
    if derived_imperfect(view.bare[groups[0][0]]):
        # "فيما يتعلق بـ…، قال"، "وفي ما يتجاوز الانتخابات، يتوقع": a verb opens a clause, no subject.
        return None
    subject = _subject_after_time(view, groups, last, object_follows)
    if subject is not None:
        return subject
    if view.bare[groups[0][0]] in THEN_WORDS or _pronoun_after_third_person(view, groups[0][0]):
        return None  # "وأوضح " أنا …": a first or second person is no subject of "he said"
    phrase = _read_speaker(view, first, last, groups, object_follows)
    if phrase is not None and (phrase.kind != "name" or _clitic_word(view, phrase.first)):
        # A title, or a "name" that starts with و or a preposition (a coordinated title, a
        # complement): the chain may still close with the holder's name before the content.
        named = None if object_follows else _name_before_content(view, groups, last, phrase)
        if named is not None:
            return named
    return phrase


def _clitic_word(view: DocView, i: int) -> bool:
    """Whether word i is و or a preposition (ب، ل) on a word the speaker words know: "ومقدمة"،
    "بشؤون". No name in apposition starts so; a coordinated title or a complement does."""
    key = view.bare[i]
    return key[:1] in "وبل" and (view.title_state(key[1:]) is not None or key[1:] in view.vocabulary)


# What may stand between a title chain's head and the name closing it: the prepositions of the
# office's complement ("مسؤولة مكتب تونس لمنظمة …"، "المتخصص في شؤون الخليج لدى …"، "المساواة
# بين الجنسين").
_OFFICE_PREPOSITIONS = frozenset({"في", "لدي", "عن", "علي", "من", "بين"})
# Tokens a content opens with, right after the subject of a verb of saying: a colon.
_CONTENT_PUNCTUATION = frozenset({":"})


def _opens_content(view: DocView, i: int) -> bool:
    """Whether token i opens what a verb of saying reports: a complementizer (إن، أنه، بأن), a
    colon, or an opening quotation mark."""
    if i >= len(view.tokens):
        return False
    if view.is_word(i):
        return view.bare[i] in COMPLEMENTIZERS
    return view.tokens[i].text in _CONTENT_PUNCTUATION or i in view.open_close


def _name_before_content(
    view: DocView, groups: list[list[int]], last: int, phrase: SpeakerPhrase
) -> SpeakerPhrase | None:
    """The person's name that closes a long title chain right before the content ("وقالت
    مفوضة الاتحاد للعدالة والمساواة بين الجنسين سلمى الكافي إن"، "وتقول مسؤولة مكتب تونس
    لمنظمة "العين الساهرة" نادية الكافي إن"), where the parser stopped inside the chain.

    Grammar: between a verb of saying and its content (إن، أن، a colon, quotation marks) stand
    its subject and complements, never its object, which is the content itself. A definite word
    (or a quoted name) closes a construct chain: an indefinite word after it is neither its
    genitive nor its adjective (adjectives agree in definiteness), so the run of indefinite words
    that ends at the content stands apart, in apposition to the title: the holder's name. The
    chain before it must read as one: title words, nouns, adjectives and the prepositions of an
    office's complement; no verb, no pronoun pointing elsewhere, no comma but one after the name.
    """
    head = groups[0][0]
    if not (is_title_word(view, head) or view.words.is_a("anonymous", view.bare[head])) or _clitic_word(
        view, head
    ):
        return None
    end = last
    if end > 0 and view.is_comma(end - 1) and view.is_word(last) and view.bare[last] in COMPLEMENTIZERS:
        end -= 1  # "… فيرا جورووفا، بأن": a comma may close the apposition before أن
    if not _opens_content(view, last):
        return None
    # The words back from the content that may be a name: no stop, time or title word, no
    # verb, clitic, pronoun or accusative. A family name may carry the article (سلمى الكافي).
    run: list[int] = []
    k = end - 1
    while k > head and view.is_word(k) and len(run) < MAX_NAME_AFTER_TITLE:
        key = view.bare[k]
        if (
            key not in NAME_LINKS
            and key not in GOD_NAMES
            and (
                is_title_word(view, k)
                or is_stop(view, k)
                or view.words.is_a("time", key)
                or key in _CALLED
                or view.cues[k] is not None
                or _clitic_word(view, k)
                or not key[:1].isalpha()
                or _owned_word(view, k)
                or adverbial_accusative(view, k)
                or names_a_place_or_body(view, k)
            )
        ):
            break
        run.insert(0, k)
        k -= 1
    # The name opens at the first indefinite word of the run right after a definite word, a
    # quoted body's closing mark or a title word, which closes the chain before it.
    name: list[int] = []
    for position, i in enumerate(run):
        before = i - 1
        if before <= phrase.first or has_article(view, i) or view.bare[i] in NAME_LINKS:
            continue
        if (view.is_mark(before) and before in view.close_open) or (
            view.is_word(before) and has_article(view, before)
        ):
            name = run[position:]
            break
    if len(name) < 2:
        return None  # "في تصريح صحفي": after a preposition the words are its object, no name
    if view.keys[name[0]][:1] in "وبل" or any(_not_name_word(view, i) for i in name):
        return None  # "والصناعة"، "لشؤون التجارة"، "شبه الرسمية": the chain goes on
    if any(band_letters(view, name, k) for k in range(len(name))):
        return None  # "مراسل إذاعة النخيل أف أم": a radio band closes the station's name
    before = name[0] - 1
    if not _chain_reads_as_one(view, head, name[0]):
        return None
    if spokesman_of_person(view, SpeakerPhrase(head, name[0], "title", (head, name[0]), None)):
        return None  # "المتحدث باسم رئيسة الوزراء X": the name is the inner title's
    return SpeakerPhrase(name[0], name[-1] + 1, "name", (head, before + 1), (name[0], name[-1] + 1))


# "is called" (يدعى، تدعى), before a name the parser already reads.
_CALLED = frozenset({"يدعي", "تدعي", "يسمي", "تسمي"})
# Definite words that are no family name: و، ب، ل or ك before the article (a coordinated or
# governed noun), and the feminine and plural endings of adjectives (الرسمية، المعدنية).
_DEFINITE_NOT_NAME = ("وال", "بال", "لل", "كال", "فال")
_ADJECTIVE_ENDINGS = ("ه", "ات", "ين", "ون")


def _not_name_word(view: DocView, i: int) -> bool:
    """Whether word i cannot be part of a person's name after a title chain."""
    key = view.bare[i]
    if key.startswith(_DEFINITE_NOT_NAME):
        return True
    return has_article(view, i) and key.endswith(_ADJECTIVE_ENDINGS)


def _owned_word(view: DocView, i: int) -> bool:
    """Whether word i carries a possessive pronoun (نظيره، بيانها); ة, normalised to ه, is none."""
    key = view.bare[i]
    return len(key) > 4 and key.endswith(POSSESSIVES) and not view.tokens[i].text.endswith("ة")


def _chain_reads_as_one(view: DocView, head: int, end: int) -> bool:
    """Whether tokens [head, end) are one title chain: words that are no verb, carry no
    pronoun and are no stop word but an office's preposition, quotation marks around a body's
    name and the sign of a hashtag; no comma, no other punctuation."""
    for k in range(head + 1, end):
        if view.is_mark(k) or view.tokens[k].text == "#":
            continue  # quotation marks around a body's name, a hashtag (#الشرق_الأوسط)
        if not view.is_word(k):
            return False
        key = view.bare[k]
        if key in _OFFICE_PREPOSITIONS or key.startswith("لل"):
            continue  # "بين الجنسين"، "للعدالة": the office's complement or domain
        if view.cues[k] is not None or view.keys[k][:1].isdigit():
            return False
        if is_stop(view, k):
            return False
        if _owned_word(view, k):
            return False  # "نظيره": a pronoun points outside the chain
    return True


# Independent pronouns of the first and second person: the subject of a verb in the third person
# ("وأوضح"، "وقالت") is never one of them; after the verb they open the words said.
SPEAKER_PRONOUNS = frozenset({"انا", "نحن", "انت", "انتم", "انتما", "انتن"})
# Endings of a verb in the first or second person (اتفقنا، قلتم), which such a pronoun may follow
# to stress its subject ("اتفقنا أنا ونواف"); a 3rd person feminine ت is read as one too, to be safe.
_SPEAKING_PERSON_ENDINGS = ("نا", "ت", "تم", "تما", "تن")


def _pronoun_after_third_person(view: DocView, i: int) -> bool:
    """Whether word i is a first or second person pronoun after a verb of saying in the third
    person: the opening of the words said, not the verb's subject."""
    if view.bare[i] not in SPEAKER_PRONOUNS or i < 1:
        return False
    verb = i - 1
    while verb > 0 and view.is_mark(verb):
        verb -= 1  # "وأوضح " أنا …"
    found = view.cues[verb] if view.is_word(verb) else None
    return (
        found is not None
        and found.kind == "verb"
        and not view.tokens[verb].text.endswith(_SPEAKING_PERSON_ENDINGS)
    )


def _read_speaker(
    view: DocView, first: int, last: int, groups: list[list[int]], object_follows: bool
) -> SpeakerPhrase | None:
    """The rest of :func:`_parse_speaker`: the phrase at the first segment, read past the
    adverbs and participles that may stand before a subject."""
    # Whether the segment opens right after a verb of saying: both tests below ask it.
    after_verb = _after_verb_of_saying(view, groups[0][0])
    if after_verb and _manner_participle(view, groups[0][0]):
        # "ورد مازحا "…""، "وأضاف ساخرا إن": the participle is the speaker's state, and the
        # subject, if any, follows it.
        # The phrase after it is taken only when it names a source: an object or an adverb
        # ("ذكرنا سابقا إبعاد …") stands there as often.
        rest = groups[0][1:]
        after = parse_speaker(view, rest[0], last, object_follows) if rest else None
        return after if after is not None and names_source(view, after) else None
    if after_verb and bi_adverbial(view, groups[0]):
        # "فقال بكل وضوح إن"، "مثلما صرح بذلك وزير الداخلية": a prepositional phrase, and the
        # subject, if any, is the title after it.
        if bi_manner(view, groups[0][0]) and view.bare[groups[0][0]][1:] not in SHORT_MANNER_NOUNS:
            # "قال بحضور وزير الخارجية"، "بمثابة": a verbal noun of that shape may govern the
            # title as its genitive, so no subject is read after it.
            return None
        after = next((k for k in groups[0][1:] if is_title_word(view, k)), None)
        return None if after is None else parse_speaker(view, after, last, object_follows)
    if view.bare[groups[0][0]] in ADVERB_PRONOUNS:
        # "وقفة احتجاجية، تعهدت خلالها السلط المحلية بـ…": an adverb with its pronoun may come
        # between the verb and its subject; "أشار خلالها إلى أن" has none after it.
        if len(groups[0]) < 2 or bi_adverbial(view, groups[0][1:]):
            return None  # "وتحدث خلاله بشكل معلن عن …": a manner adverbial, no subject
        return parse_speaker(view, groups[0][1], last, object_follows)
    if len(groups[0]) > 3 and view.bare[groups[0][0]] == "كل" and view.bare[groups[0][1]] == "من":
        return _each_of(view, groups[0][2:])
    head = _with_family_name(view, parse_segment(view, groups[0], object_follows), groups[0])
    if head is None and owned_person_plural(view, groups[0][0]):
        # "ويحذر أطباؤها من أن …"، "وقال أنصاره إن …": persons owned by someone named before.
        return SpeakerPhrase(groups[0][0], groups[0][0] + 1, "description")
    if head is None:
        return None
    body_head = head.last - head.first == 1 and is_body_noun(view, view.bare[head.first])
    if head.kind == "name" and head.title is None and not body_head and not _definite_source(view, head):
        # A name read without a title (most subjects): no title chain to close, so no
        # apposition after it; _in_context would pass it through unchanged.
        return head
    return _in_context(view, first, groups, head, body_head)


def _with_family_name(view: DocView, phrase: SpeakerPhrase | None, group: list[int]) -> SpeakerPhrase | None:
    """A one-word name that is a given name written with the article (الهادي، المنصف), read
    with the name that follows it in the segment: the article makes it no title or adjective
    ending a phrase, and a family name comes after it ("وقال الهادي مجدوب إن"، "…، المنصف بن
    سالم أن"). Other phrases are returned as they are."""
    if (
        phrase is None
        or phrase.kind != "name"
        or phrase.title is not None
        or phrase.last - phrase.first != 1
        or view.bare[phrase.first] not in ARTICLE_GIVEN_NAMES
        or phrase.last not in group
    ):
        return phrase
    family = parse_segment(view, group[group.index(phrase.last) :])
    if family is None or family.kind != "name" or family.title is not None or family.first != phrase.last:
        return phrase
    return SpeakerPhrase(phrase.first, family.last, "name", None, (phrase.first, family.last))


def _institution_read_as_title(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a title phrase with no name opens with an institution noun written with ة and no
    article (مؤسسة) whose key also reads as a title with a possessive (مؤسس "founder" + ه): a
    body's head heads the construct of its own name, which names the source, and has no holder
    to resolve to."""
    first = phrase.first
    return (
        phrase.kind == "title"
        and phrase.name is None
        and view.tokens[first].text.endswith("ة")
        and not has_article(view, first)
        and view.words.is_a("institution", view.bare[first])
        # Its key read as a title with a possessive ("مؤسسه" = مؤسس + ه): a body noun that is a
        # title of its own (وكالة) keeps the title's reading, with the name it may be given.
        and view.title_state(view.bare[first]) == "definite"
        and phrase.last - first > 1
    )


def _manner_participle(view: DocView, i: int) -> bool:
    """Whether word i, right after a masculine verb of saying, is a participle of the simple
    verb in the indefinite accusative: a circumstantial accusative (حال) telling how the source
    spoke, never its subject, which is nominative. After a feminine verb the participle would
    end in ة (مازحة), so a word in ا there may be a woman's name. The caller has found word i
    right after a verb of saying (:func:`_after_verb_of_saying`)."""
    if view.tokens[i - 1].text.endswith("ت"):
        return False
    if view.is_word(i + 1) and has_article(view, i + 1):
        return False  # "أكد قائدا الأمن العام": a dual in construct with its genitive, the subject
    return (
        SIMPLE_PARTICIPLE_ACCUSATIVE.match(view.bare[i]) is not None
        and view.mention_label(i) is None
        and view.title_state(view.bare[i]) is None
    )


MAX_TIME_BEFORE_SUBJECT = 3  # "صباح اليوم الأحد"، "أمس الاثنين"
# Adverbs of the point in time a statement was made, which news puts between the verb and its
# subject ("أعلن أمس وزير …"); manner and frequency adverbs (أيضا، مجددا، مرة) come before the
# object or the complement as often, and are left out.
WHEN_WORDS = (
    frozenset({"اليوم", "امس", "غدا", "الليله", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس"})
    | {"الجمعه", "السبت", "مساء", "صباح", "ظهر", "فجر", "ليله"}
    | THEN_WORDS
)


def _subject_after_time(
    view: DocView, groups: list[list[int]], last: int, object_follows: bool
) -> SpeakerPhrase | None:
    """The subject of a verb of saying that a time adverb separates from it: "أعلنت الأحد وزيرة
    الإعلام …"، "وقال، أمس الاثنين، المتحدث باسم الحزب إن …". In a verbal sentence an adverb of
    time may stand between the verb and its subject; the subject is the noun phrase after it,
    when it reads as a source (a title, an anonymous source, a body, a name with its post or a
    person the earlier stages found), since an object may stand there too ("أعلنت الخميس سحب
    موظفيها"، "حمّل، الاثنين، المهاجرين مسؤولية …"). None when the first segment does not open
    with such an adverb or no subject follows it ("أعلن اليوم أن …")."""
    seg = groups[0]
    if view.bare[seg[0]] not in WHEN_WORDS:
        return None
    verb = seg[0] - 1
    if verb > 0 and view.is_comma(verb):
        verb -= 1  # "وأعلنت، أمس الثلاثاء، …"
    if not _after_verb_of_saying(view, verb + 1):
        return None
    lead = 1
    while lead < min(len(seg), MAX_TIME_BEFORE_SUBJECT) and view.words.is_a("time", view.bare[seg[lead]]):
        lead += 1
    if lead < len(seg):
        start = seg[lead]
    elif len(groups) > 1 and groups[1][0] - seg[-1] == 2:
        start = groups[1][0]  # "وأعلنت، أمس الثلاثاء، وزارة …": the adverb between commas
    else:
        return None
    if bi_adverbial(view, [start]):
        return None
    phrase = parse_speaker(view, start, last, object_follows)
    if phrase is None or phrase.start != start:
        return None
    return phrase if names_source(view, phrase) else None


def names_source(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a phrase read where a subject may stand opens with a source's word: a title, an
    anonymous source (مسؤول، مصدر), a body (وزارة، صحيفة), or a person the earlier stages found.
    An object or a verb may stand in the same place ("أعلنت الخميس سحب موظفيها"، "واحتشد
    المتظاهرون")."""
    first = phrase.start
    key = view.bare[first]
    if is_title_word(view, first) or view.words.is_a("anonymous", key):
        return True
    if key[:1] == "و" and view.title_state(key[1:]) is not None:
        return True  # "والنائبة سنية الهمامي": و on a title the vocabulary does not list
    if is_body_noun(view, without_article(key)):
        return True
    found = view.mention_label(first)
    return found is not None and found[0] == "PER" and found[1]


def _in_context(
    view: DocView, first: int, groups: list[list[int]], head: SpeakerPhrase, body_head: bool
) -> SpeakerPhrase | None:
    """:func:`_head_in_context`, an addressee glued to the subject cut off (as
    :func:`_parse_speaker` does on every path: the cut is idempotent)."""
    return _before_addressee(view, _head_in_context(view, first, groups, head, body_head))


def _head_in_context(
    view: DocView, first: int, groups: list[list[int]], head: SpeakerPhrase, body_head: bool
) -> SpeakerPhrase | None:
    """The phrase the first segment's ``head`` names, read with the segments after it: a title
    chain closed by a comma and the name in apposition after it, a hashtag name, or the person
    an anonymous description names."""
    if derived_imperfect(view.bare[groups[0][0]]):
        return None  # a verb opens the segment (see _parse_speaker): no subject in it
    head = _with_family_name(view, head, groups[0])
    if _institution_read_as_title(view, head):
        # "وقالت مؤسسة أبحاث السرطان": a body named by its construct, no post to find a holder of.
        return SpeakerPhrase(head.first, head.last, "name", None, (head.first, head.last))
    then_named = _name_after_then(view, head, groups[0])
    if then_named is not None:
        return then_named
    # A title chain may end in a domain phrase the segment parser stops at ("المستشار المكلف
    # بالنقابات بوزارة …، المولدي الزواوي،") or in the name of the body it serves ("القيادية
    # بحزب آفاق تونس، ريم محجوب"): the comma still closes the title, and the name follows.
    chain_end = head.last
    titled = False
    # A comma right after the first segment: what follows may be set off in apposition.
    set_off = groups[0][-1] + 1 < len(view.tokens) and view.is_comma(groups[0][-1] + 1)
    if _domain_read_as_name(view, head, groups[0]):
        chain_end = groups[0][-1] + 1
        titled = True
    elif head.kind == "title" or (
        head.kind == "name"
        and (
            _name_of_domain_body(view, head)
            or _definite_source(view, head)
            # a comma sets the holder's name off after the genitive (not a body's, in quotes)
            or (_genitive_read_as_name(view, head) and set_off)
        )
    ):
        rest = [k for k in groups[0] if k >= head.last]
        domain = _body_named_in_domain(view, rest) or _body_named_after(view, head, rest)
        if _possessed_in(view, rest):
            pass  # "الرئيس التركي حول تصوراته …، قضت": a pronoun points outside: no title's domain
        elif (
            all(_extends_title(view, k) for k in rest)
            or (head.kind == "title" and domain)
            or (set_off and all(_extends_title(view, k) or _inside_body_or_place(view, k) for k in rest))
        ):
            chain_end = groups[0][-1] + 1
            titled = True
    nxt = 1
    if (
        head.kind == "title"
        and head.last == groups[0][-1] + 1
        and len(groups) > 2
        # "صحيفة "نيويورك تايمز"": an outlet's own name in quotes is the apposition read below.
        and not is_body_noun(view, view.bare[head.first])
        and not is_body_noun(view, _definite_body(view, head))
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
        elif len(groups) > 2:
            named = _name_after_second_post(view, head, groups)
            named = named or _name_after_quoted_genitive(view, head, groups)
            if named is not None:
                return named
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
            is_body_noun(view, view.bare[head.first])
            or is_body_noun(view, _definite_body(view, head))
            or quoted_name,
            # A person's full name in quotes may be longer than an outlet's, and so may a body's
            # own name after its kind noun ("شركة "برايس واتر هاوس كوبرز"").
            MAX_NAME_AFTER_TITLE + 1 if quoted_name or is_body_noun(view, view.bare[head.first]) else 4,
        )
        and not (
            spokesman_of_person(view, head) and not _spokesman_set_off(view, head, chain_end, groups[nxt])
        )
    ):
        apposition = _with_family_name(view, parse_segment(view, groups[nxt]), groups[nxt])
        if (
            apposition is not None
            and apposition.kind == "name"
            and (
                apposition.title is None
                or _honorific_before_name(view, apposition)
                or abbreviated_title(view, apposition)  # "…، د. سامي يوسف،"
            )
            # "وأفاد المقدم الوسلاتي، بأنه تم …": after the comma the content begins.
            and view.bare[apposition.first] not in COMPLEMENTIZERS
            and _apposition_closes(view, first, groups[nxt])
            and not (titled and view.keys[apposition.first] != view.bare[apposition.first])
            and not definite_verbal_noun(view, apposition.first)
            and not _body_after_post(view, head, apposition)
            and not _definite_word_runs_on(view, apposition)
            and view.cues[apposition.first] is None  # "…، مشيرا إلى": a participle of saying
            # "ورحب المسؤول الأممي، بقرار": a preposition's phrase or a verb, no name.
            and not (
                _definite_source(view, head)
                and (
                    clitic_phrase(view, apposition.first)
                    or derived_imperfect(view.bare[apposition.first])
                    # a name in apposition is a full name; one word in ب/ل/ك is a phrase
                    or (apposition.last - apposition.first == 1 and view.bare[apposition.first][:1] in "بلك")
                )
            )
            and _whole_long_quote(view, groups[nxt], apposition)
        ):
            return SpeakerPhrase(
                apposition.first,
                apposition.last,
                "name",
                (head.start, chain_end) if titled else head.title or (head.first, head.last),
                (apposition.first, apposition.last),
            )
    seated = _name_after_quoted_seat(view, head, groups)
    if seated is not None:
        return seated
    tagged = _hashtag_name(view, head)
    if tagged is not None:
        return tagged
    if head.kind == "anonymous" and len(groups) > 1:
        named = _named_description(view, groups[0][-1] + 1, head, groups[1])
        if named is not None:
            return named
    return head


def _definite_source(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a phrase read as a name opens with an anonymous-source noun that carries the
    article ("المسؤولة السابقة في وزارة الخزانة"، "المسؤول الأمني"): the article makes the post
    a known person's, like a title, so the name set off by commas after its chain is that
    person's ("…، كاثرين باور، إن")."""
    key = view.bare[phrase.first]
    if key.endswith(_PLURAL_ENDINGS):
        return False  # "توقعها المحللون، ويعني": a group, whom one name does not explain
    return has_article(view, phrase.first) and view.words.is_a("anonymous", key[2:])


_PLURAL_ENDINGS = ("ون", "ين", "ات", "و")


def _whole_long_quote(view: DocView, group: list[int], apposition: SpeakerPhrase) -> bool:
    """A quoted name of four words or more after a body's kind noun is taken whole or not at
    all: "منظمة "أطباء من أجل السلام"" is no "أطباء"."""
    opening = group[0] - 1
    close = view.open_close.get(opening) if view.is_mark(opening) else None
    return close is None or close - opening <= 4 or apposition.last >= close


def _spokesman_set_off(view: DocView, head: SpeakerPhrase, chain_end: int, group: list[int]) -> bool:
    """A name set off by a comma after "المتحدث باسم الرئيس الروسي" is in apposition to the
    whole phrase, so it is the spokesman's own ("…، ديميتري بيسكوف،"). Only a definite
    spokesman is named: "متحدث باسم رئيسة الوزراء، X" leaves the indefinite source unnamed."""
    if not has_article(view, head.first) or not any(view.is_comma(k) for k in range(chain_end, group[0])):
        return False
    # "المتحدث باسم رئيسة الوزراء، تيريزا ماي،": a feminine inner title under a masculine
    # spokesman is the one the name agrees with.
    inner = view.bare[head.first : head.last].index("باسم") + head.first + 1
    feminine = "ة"
    return not (
        inner < head.last
        and view.tokens[inner].text.endswith(feminine)
        and not view.tokens[head.first].text.endswith(feminine)
    )


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
        "البروفسور",
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


# Words that qualify a military rank before the name, as its arm or its staff standing: "العقيد
# الطيار الركن"، "اللواء البحري"، "العميد المتقاعد".
RANK_QUALIFIERS = frozenset({"الركن", "الطيار", "البحري", "المتقاعد"})


_DUAL_RELATIVES = frozenset({"اللذان", "اللتان"})  # the nominative duals RELATIVES leaves out


def _definite_word_runs_on(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether an apposition after a title's comma is no name: a prepositional phrase with the
    article (بالمبادرة), or one word with the article that the clause runs on after ("وسلطت
    رئيسة المنظمة …، الضوء خلال الندوة على …"). A family name alone is set off by a comma or
    runs into the complementizer ("…، الجملي، إن"), or the document names the person by it
    again, or it has a family name's nisba ending; a common noun said once, before a preposition
    or adverb, is the verb's object."""
    if view.bare[phrase.first].startswith(("بال", "لل")) and not in_person_mention(view, phrase.first):
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
    return after < len(view) and view.is_word(after) and is_stop(view, after)


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
    rank = view.bare[first] in HONORIFICS or view.bare[first] in _JUDICIAL_RANKS
    # "العقيد الطيار الركن X"، "اللواء الدكتور X": a rank with its arm or staff qualifiers.
    qualified = all(bare in HONORIFICS or bare in RANK_QUALIFIERS for bare in view.bare[first + 1 : last])
    if not (rank and qualified) and not _rank_with_nisbas(view, first, last):
        return False
    if phrase.name[0] != last:
        return False
    return sum(1 for k in range(*phrase.name) if view.is_word(k)) >= 2


def _rank_with_nisbas(view: DocView, first: int, last: int) -> bool:
    """Whether tokens [first, last) are a definite title and its relational adjectives only
    ("السفير الكندي"، "الخبيرة الاقتصادية الفرنسية"): set after a post's comma before a name, they
    say who the holder is ("رئيس اللجنة، السفير الكندي جون سميث،"), as an honorific does."""
    if last - first < 2 or view.title_state(view.bare[first]) != "definite" or not has_article(view, first):
        return False
    if view.keys[first] != view.bare[first]:
        return False  # "…، والسفير الكندي X": a second person, joined by و
    return all(
        view.is_word(k)
        and has_article(view, k)
        and view.bare[k].endswith(("ي", "يه"))
        and view.title_state(view.bare[k]) is None
        for k in range(first + 1, last)
    )


# A judge's rank right before the name ("النائب العام، المستشار X،"، "رئيس المحكمة، القاضي X،"):
# in apposition after a post it names the holder as an honorific does. Not in HONORIFICS, where
# المستشار would also read as the honorific of "المستشار الألماني" (the chancellor).
_JUDICIAL_RANKS = frozenset({"المستشار", "المستشاره", "القاضي", "القاضيه"})


def _body_after_post(view: DocView, head: SpeakerPhrase, apposition: SpeakerPhrase) -> bool:
    """Whether a person's post is followed, after its comma, by a definite body: "ودعت الرئيسة
    المديرة العامة لأندا، البنك المركزي التونسي إلى …". A post stands in apposition with its
    holder's name, never with an institution, which is the verb's object."""
    if head.kind != "title" or is_body_noun(view, without_article(view.bare[head.first])):
        return False
    first = apposition.first
    return has_article(view, first) and view.words.is_a("institution", without_article(view.bare[first]))


def _hashtag_name(view: DocView, head: SpeakerPhrase) -> SpeakerPhrase | None:
    """A person's name written as a hashtag right after a complete title: "قال وزير الدفاع
    الأميركي #جيمس_ماتيس إن". The title ends in a definite word (so it governs no genitive:
    "وزير خارجية #السعودية" names the country), the tag joins a given and a family name
    without the article, and the content or a comma follows it."""
    if head.kind != "title" or not has_article(view, head.last - 1):
        return None
    tag, name = head.last, head.last + 1
    if name + 1 >= len(view.tokens) or view.tokens[tag].text != "#" or not view.is_word(name):
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
    if not closes_with_name(view, name) or view.bare[phrase.first] in COMPLEMENTIZERS:
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


def _inside_body_or_place(view: DocView, i: int) -> bool:
    """Whether word i goes on a body's or a place's name the earlier stages found ("في هيومن
    رايتس ووتش"، "لمانشستر يونايتد"): a foreign name of several words, no person's; set off by
    a comma, the chain's holder is named after it."""
    label = view.mention_label(i)
    return label is not None and label[0] != "PER"


_CHAIN_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "حول"})


def _possessed_in(view: DocView, words: list[int]) -> bool:
    """Whether one of the words carries a possessive pronoun (تصوراته، حكومتها): it refers to
    someone named before, so the words are a clause's complement, not the domain of a post."""
    bare, tokens = view.bare, view.tokens
    owned = [k for k in words if bare[k].endswith(POSSESSIVES) and len(bare[k]) > 4]
    return any(not tokens[k].text.endswith("ة") for k in owned)


def _body_named_after(view: DocView, head: SpeakerPhrase, rest: list[int]) -> bool:
    """Whether the words after a title up to its comma name the body its last word is: "مدير
    الكرة بنادي مانشستر سيتي، تكسيكي بغيريستين". A ب/ل-word on an indefinite body noun is in
    construct with the body's own name, a few words that are no stop, cue or title."""
    last = view.bare[head.last - 1]
    if not rest or rest[0] != head.last or last[:1] not in "بل" or len(last) < 4 or last[1:3] == "ال":
        return False
    if not is_body_noun(view, last[1:]):
        return False
    return len(rest) <= MAX_BODY_NAME_WORDS and not any(
        has_article(view, k) or is_stop(view, k) or view.cues[k] is not None or is_title_word(view, k)
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
        if not all(has_article(view, j) and adjective_like(view.bare[j]) for j in groups[k]):
            break
        k += 1
    end = groups[k - 1][-1] + 1
    if view.is_mark(end) and k == 2:
        end += 1
    return k if k < len(groups) and view.is_comma(end) else 0


def _name_after_second_post(
    view: DocView, head: SpeakerPhrase, groups: list[list[int]]
) -> SpeakerPhrase | None:
    """The name after a title that governs a body named in quotation marks and a second post of
    the same person joined by و with the body's pronoun: "مؤسس "فيسبوك" ومديره التنفيذي مارك
    زوكربرغ". The pronoun (ـه) refers to the quoted body, so both posts are one person's, and
    the name after the second post is that person's."""
    inner, after = groups[1], groups[2]
    opening = inner[0] - 1
    if opening != head.last or view.open_close.get(opening) != inner[-1] + 1:
        return None
    if len(inner) > MAX_QUOTED_GENITIVE or after[0] != inner[-1] + 2 or len(after) < 2:
        return None
    if not _coordinated_title(view, after[0]):
        return None  # "ومديره" (normalised, it spells مديرة too)
    rest = after[1:]
    while rest and has_article(view, rest[0]) and adjective_like(view.bare[rest[0]]):
        rest = rest[1:]  # "ومديره التنفيذي"
    named = parse_segment(view, rest) if rest else None
    if named is None or named.kind != "name" or named.title is not None or has_article(view, named.first):
        return None
    return SpeakerPhrase(
        named.first, named.last, "name", (head.start, named.first), (named.first, named.last)
    )


def _name_after_then(view: DocView, head: SpeakerPhrase, group: list[int]) -> SpeakerPhrase | None:
    """The name after a post and an adverb that dates it: "ووعد المرشح حينها سمير العلوي بأن"،
    "قال الرئيس آنذاك X إن". The adverb (حينها، آنذاك، وقتها) tells when the post was held, as
    the adjective السابق does, and belongs to the title; a person's name (two words or more,
    the first without the article, no title among them) right after it is the holder's."""
    if head.kind != "title":
        return None
    adverb = head.last
    if adverb not in group or view.bare[adverb] not in THEN_WORDS or adverb + 1 not in group:
        return None
    rest = group[group.index(adverb) + 1 :]
    named = parse_segment(view, rest)
    if named is None or named.kind != "name" or named.title is not None or named.first != rest[0]:
        return None
    name = list(range(named.first, named.last))
    if len(name) < 2 or not closes_with_name(view, name) or any(is_title_word(view, k) for k in name):
        return None
    return SpeakerPhrase(named.first, named.last, "name", (head.start, adverb + 1), (named.first, named.last))


def _name_after_quoted_genitive(
    view: DocView, head: SpeakerPhrase, groups: list[list[int]]
) -> SpeakerPhrase | None:
    """The name right after a body named in quotation marks that a title's last word governs,
    with no comma between: 'قائد "النسور" كريم الحداد'، 'المتحدث باسم "الحرس الوطني" سليم
    الجبالي'. The title chain goes on through its genitive, so the marks do not close it, and
    a person's name (two words or more, the first without the article, no title among them)
    follows the closing mark. Definite adjectives of the body may stand between (رئيسة «يوتيوب»
    التنفيذية سوزان وجسيكي)."""
    if has_article(view, head.last - 1) or view.bare[head.last - 1].startswith("لل"):
        return None
    return _name_after_quoted_body(view, head, groups, head.last)


# Prepositions that give a post's body or seat: "القيادي في …"، "النائب عن …"، "السفير لدى …".
_SEAT_PREPOSITIONS = frozenset({"في", "عن", "لدي"})


def _name_after_quoted_seat(
    view: DocView, head: SpeakerPhrase, groups: list[list[int]]
) -> SpeakerPhrase | None:
    """The name right after a body named in quotation marks that a preposition after the title
    governs: 'القيادي في "جيش الإسلام" محمد علوش'، 'النائب عن "حركة أمل" قاسم هاشم'. The
    preposition gives the post's body or seat (as "النائب عن حزب العمال" does), so the chain goes
    on through it to the closing mark, and the person's name follows, as after a title that
    governs the quoted body itself (:func:`_name_after_quoted_genitive`). A definite title may
    stand before the preposition: the body is the preposition's object, not the title's name."""
    if head.kind != "title" or len(groups) < 3 or groups[0][-1] != head.last:
        return None
    if view.bare[head.last] not in _SEAT_PREPOSITIONS:
        return None
    return _name_after_quoted_body(view, head, groups, head.last + 1)


def _name_after_quoted_body(
    view: DocView, head: SpeakerPhrase, groups: list[list[int]], opening: int
) -> SpeakerPhrase | None:
    """The person's name after the body named in quotation marks that opens at token
    ``opening`` (:func:`_name_after_quoted_genitive`, :func:`_name_after_quoted_seat`)."""
    inner, after = groups[1], groups[2]
    if opening != inner[0] - 1 or view.open_close.get(opening) != inner[-1] + 1:
        return None
    if len(inner) > MAX_QUOTED_GENITIVE or after[0] != inner[-1] + 2:
        return None
    rest = after
    while rest and has_article(view, rest[0]) and adjective_like(view.bare[rest[0]]):
        rest = rest[1:]  # "«يوتيوب» التنفيذية"
    named = parse_segment(view, rest) if rest else None
    if named is None or named.kind != "name" or named.title is not None or named.first != rest[0]:
        return None
    name = list(range(named.first, named.last))
    if len(name) < 2 or not closes_with_name(view, name) or any(is_title_word(view, k) for k in name):
        return None
    opening = view.bare[named.first]
    if opening[:1] in "بلك" and (opening[1:3] == "ال" or view.count(opening[1:]) > 0):
        return None  # 'مراسل "العربية" بالأراضي اليمنية': a preposition's phrase, no name
    family = named.last - 1
    recurs = not has_article(view, family) and view.count(view.bare[family]) > 1
    if not (_closes_subject(view, named.last) or recurs):
        # 'والد "مخترع الساعة" برفع الدعوى في …': the verb's complement runs on. A family name
        # the document writes again ("جول جونسون من أوائل …" … "وحذر جونسون") is a name wherever.
        return None
    return SpeakerPhrase(
        named.first, named.last, "name", (head.start, named.first), (named.first, named.last)
    )


def _closes_subject(view: DocView, k: int) -> bool:
    """Whether token k may follow a subject set before what it says: punctuation, a
    complementizer, a cue (قائلا) or a time word (مساء الثلاثاء)."""
    if k >= len(view) or not view.is_word(k):
        return True
    key = view.bare[k]
    return key in COMPLEMENTIZERS or view.cues[k] is not None or view.words.is_a("time", key)


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
        if is_stop(view, genitive) or view.cues[genitive] is not None:
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
    if last[:1] in "بل" and len(last) > 3 and is_body_noun(view, without_article(last[1:])):
        return True
    return (
        phrase.title[1] - phrase.title[0] > 1
        and not has_article(view, last_word)
        and view.words.is_a("institution", last)
    )


def _genitive_read_as_name(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the "name" after a title is a prepositional genitive of the post, so that a name
    set off by a comma after it is the holder's: ل/ب (no listed given name: لطفي، ليونيل) on a
    body or place the earlier stages found ("المهاجم السابق لمانشستر يونايتد، X،") or on a word
    the document also writes alone ("المتحدث باسم قوات التحالف لدعم الشرعية في اليمن، X،" in a
    story that speaks of دعم)."""
    if phrase.name is None or phrase.title is None:
        return False
    first = phrase.name[0]
    bare = view.bare[first]
    if bare[:1] not in "بل" or len(bare) < 4 or has_article(view, first) or bare in given_names():
        return False
    return _li_genitive_body(view, phrase) or has_li_proclitic(view, first)


def _li_genitive_body(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether the "name" after a title is ل/ب + a body or place the earlier stages found, the
    post's genitive ("المهاجم السابق لمانشستر يونايتد"، "المدرب الجديد لريال مدريد"): a
    person's name takes no preposition, so the holder is named elsewhere (in apposition)."""
    if phrase.name is None or phrase.title is None:
        return False
    first, last = phrase.name
    if view.bare[first][:1] not in "بل" or len(view.bare[first]) < 4 or has_article(view, first):
        return False
    return any(_inside_body_or_place(view, k) for k in range(first, last))


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
    # "نائب حركة النهضة عن ولاية سوسة، X": a deputy's seat is the division he stands for,
    # named after its noun like a body after its own.
    seat = view.bare[rest[0]] == "عن" and view.bare[body] in _SEAT_DIVISIONS
    if has_article(view, body) or not (seat or is_body_noun(view, view.bare[body])):
        return False
    return len(name) <= MAX_BODY_NAME_WORDS and not any(
        is_stop(view, k) or view.cues[k] is not None or is_title_word(view, k) for k in name
    )


# Nouns of the divisions a deputy is elected for, in "نائب عن ولاية/دائرة/محافظة X".
_SEAT_DIVISIONS = frozenset({"ولايه", "دائره", "محافظه", "منطقه", "اقليم", "مقاطعه", "مدينه", "جهه"})


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


# Verbs whose object is whom they address (دعا الحكومات، طالب الشركة، اتهم المعارضة، حذر
# المواطنين): no event noun is their object, so a noun right after them that looks like one is
# their subject ("ودعا تشوي الحكومات إلى …"، "ويهدد تسجيل صوتي …").
_PERSON_OBJECT_VERBS = frozenset(
    normalize(verb)
    for verb in ("حذر", "دعا", "طالب", "اتهم", "نصح", "أبلغ", "ناشد", "حث", "حض", "هنأ", "أوصى", "أخبر",
                 "طمأن", "هدد", "حمل")
)  # fmt: skip


def event_object_after_verb(view: DocView, first: int, last: int) -> bool:
    """Whether word ``first``, right after a verb that takes a thing as its object before its
    preposition or complementizer (وصف، فسر، برر، شرح، انتقد), is that object, the subject
    dropped ("ووصف رفض الخطة بأنه …"): an event or verbal noun (:func:`_event_object`). Not
    after دعا، طالب، اتهم (:data:`_PERSON_OBJECT_VERBS`), whose object is a person. In VSO the
    first noun after the verb is its subject, so a word that may name a person stays the
    subject (:func:`_may_name_a_person`: "ووصفت أحزاب المعارضة القرار بأنه …")."""
    verb = first - 1
    cue = view.cues[verb] if verb >= 0 and view.is_word(verb) else None
    if cue is None or cue.kind != "verb":
        return False
    if "dobj" not in cue.frames or "obj" in cue.frames or normalize(cue.lemma) in _PERSON_OBJECT_VERBS:
        return False
    if first >= last or not _event_object(view, first):
        return False
    return not _may_name_a_person(view, first)


def _event_object(view: DocView, k: int) -> bool:
    """Whether word k, right after a verb, heads its object by the noun's shape, as
    :func:`objects.object_before` reads it there: no body (وزارة، إدارة), and a proposition noun
    or a verbal noun with its owner's pronoun, or an indefinite event noun before a definite
    common noun, its genitive ("وصف وفاة بعض العمال"، "تطبيق القانون")."""
    if view.words.is_a("institution", view.bare[k]):
        return False
    if object_noun(view, k):
        return True
    nxt = k + 1
    return (
        indefinite_event(view, k)
        and nxt < len(view)
        and view.is_word(nxt)
        and has_article(view, nxt)
        and not is_nisba(view.bare[nxt])
        and view.mention_label(nxt) is None
    )


@lru_cache(maxsize=1)
def _person_name_words() -> frozenset[str]:
    """The words of the known persons' names (:func:`ner_known.known_names`, label PER),
    normalised: ترامب of دونالد ترامب."""
    names = known_names().by_key.values()
    return frozenset(word for name in names if name.label == "PER" for word in name.key)


def _may_name_a_person(view: DocView, k: int) -> bool:
    """Whether word k may name who acts, as a subject: a word with hamza above (a broken plural
    of persons or a name: أحزاب، أبناء; the verbal noun إفعال takes hamza below), a word an
    earlier stage marked as a mention, or a word of a known person's name, though it spells a
    verbal noun's pattern (ترامب, تفاعل)."""
    if view.tokens[k].text.lstrip("وف").startswith("أ") or view.mention_label(k) is not None:
        return True
    return view.bare[k] in _person_name_words()
