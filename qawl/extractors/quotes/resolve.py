"""Who an explicit speaker phrase names: its record name, entity id and kind of attribution.

In order of trust: a statement stands for its issuer ("البيان" -> the ministry that issued
it); a linked mention of the earlier stages gives the entity; an unnamed source or a bare title
points back to its first mention or to the name the title stands next to elsewhere; a one-word
definite reference ("المنظمة") to the body named before; any other name becomes the fullest
name the document gives (:class:`names.NameIndex`).
"""

from __future__ import annotations

import bisect
import re

from qawl.arabic import FATHATAN, normalize
from qawl.document import Span
from qawl.extractors.ner_spans import given_names
from qawl.extractors.quotes.content import trim
from qawl.extractors.quotes.history import Said
from qawl.extractors.quotes.issuers import (
    ISSUED_BY,
    MAKING_VERBS,
    PUBLISHING_VERBS,
    WRITTEN_SOURCES,
    is_written_source,
    issuer_text,
    li_reference,
    text_of_source,
    title_holder,
)
from qawl.extractors.quotes.issuers import issuer as written_issuer
from qawl.extractors.quotes.name_ends import DERIVED_FORM_VERBAL_NOUN, outlet_addressee
from qawl.extractors.quotes.names import (
    COUNTERPARTS,
    MIN_ACCUSATIVE_STEM,
    PRESENT_TENURE,
    TENURE_ADJECTIVES,
    NameIndex,
    apposed_holder,
    body_by_nisba,
    description_text,
    earlier_description,
    earlier_description_span,
    first_word_definite,
    hashtag_at,
    hashtag_holder,
    holder_after_post_seat,
    indefinite_introduction,
    li_title,
    marks_after,
    name_after_definite_source,
    name_after_seat,
    name_after_title_seat,
    name_set_off_after_naming,
    name_words,
    named_by_pronoun,
    naming_verb,
    person_entity_name,
    quoted_name_after,
    same_words,
    set_off_after_relay,
    set_off_before_report,
    title_key_of,
    title_nisbas,
    with_construct_genitive,
    writer_before,
    written_in,
)
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.quantities import without_approximator
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.statements import is_statement, issuer_in_phrase
from qawl.extractors.quotes.stops import has_article, has_li_proclitic, is_title_word, may_name, may_stop
from qawl.extractors.quotes.titles import head_state
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    COMPLEMENTIZERS,
    COPULAS,
    NAME_LINKS,
    POSSESSIVE_ENDINGS,
    RELATIVES,
    ROLE_INTERLOCUTORS,
    SAME_ENDINGS,
    SOURCE_WORDS,
    STATEMENT_NOUNS,
    THEN_WORDS,
)

# The speaker words' classes of a source that is no person: a body, an outlet, an unnamed source.
_SOURCE_KINDS = ("institution", "anonymous", "media")


def _source_word(view: DocView, key: str) -> bool:
    """Whether ``key`` is a body, outlet or unnamed-source word of the speaker words."""
    return any(view.words.is_a(kind, key) for kind in _SOURCE_KINDS)


def resolve(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, span: Span, history: list[Said]
) -> tuple[str, str | None, str]:
    """(speaker_name, speaker_entity, attribution) of an explicit speaker phrase."""
    names.add_seat_holders(view)
    name, entity, attribution = _resolve(view, names, phrase, span, history)
    if name != span.text:
        cut = _before_outlet_addressee(view, name)
        if cut is not None and cut != name:
            # An entity "غادين لفرانس" read from "وقال غادين لفرانس 24": a name never ends in ل +
            # an outlet, whom the words were said to; the person is the name before it.
            name, entity = names.fullest(cut), None
    # "جماعة تدعى" read on into the marks after it ("جماعة تدعى سرايا …") is still the phrase.
    if entity is None and (name == span.text or name.startswith(span.text + " ")):
        called = _name_after_naming_verb(view, phrase)
        if called is not None:
            # "أكدت مسؤولة كردية كبيرة تدعى X": the description's person is named by the verb.
            return names.fullest(called), None, "explicit"
    if name in (span.text, names.fullest(span.text)) and entity is None:
        called = named_by_pronoun(view, phrase)
        if called is not None:
            # "السائق المحتجز" … "وقالت إن اسمه X": the description's person, named by "اسمه".
            return names.fullest(called), None, "title"
    if name == span.text:
        # With or without an entity: the earlier stages may link the short form on its own.
        long_form = _long_form_of_body(view, names, phrase)
        if long_form is not None:
            name, attribution = long_form, "title"
    if name == span.text and entity is None:
        body = body_of_kind(view, names, phrase)
        if body is not None:
            name, attribution = body, "title"
    if name == span.text and entity is None:
        office = _office_of_title(view, phrase, object_follows=False)
        if office is not None:
            name, attribution = office, "title"
    if entity is None and (name == span.text or len(name_words(span.text)) == 1):
        # "وقالت هيئة قناة السويس إن": the head's genitive after it names the body.
        named = _body_of_genitive(view, phrase)
        if named is not None and not _continues_with(name, named):
            name, attribution = named, "title"
    if name == span.text and entity is None and attribution in ("explicit", "anonymous"):
        referent = _described_referent(view, names, phrase, history)
        if referent is not None:
            # "وأضاف الدبلوماسي الفرنسي": a definite description points back to a person quoted.
            name, entity, attribution = referent.name, referent.entity, "title"
    name = _without_function_tail(_without_conjunction(view, phrase, _without_li(view, span, name)))
    name = _fuller_without_proclitic(names, span, name)
    name = _without_accusative_alif(view, phrase, name)
    name = _without_copula_predicate(view, phrase, name)
    # "قال حوالي ثلاثة أرباع المهنيين": "about" qualifies the count, the group starts at the number.
    name = without_approximator(name)
    # A name written as a hashtag ("#جيمس_ماتيس") is read with spaces between its words.
    return name.replace("_", " "), entity, attribution


def _before_outlet_addressee(view: DocView, name: str) -> str | None:
    """The words of ``name`` before a word that is ل + an outlet ("غادين لفرانس" -> "غادين"), or
    None when it has none after its first word."""
    words = name.split(" ")
    for k in range(1, len(words)):
        if words[k][:1] != "ل":
            continue
        key = normalize(words[k])
        if key[:1] == "ل" and not key.startswith("لل") and len(key) > 3 and outlet_addressee(view, key[1:]):
            return " ".join(words[:k])
    return None


# Words no name ends in (normalised): prepositions, relatives and interrogatives, and adverbs of
# time. أمام and إلى are read only as written with their hamza or ى (the name إمام); على is left
# out, since some papers write the name علي with ى too ("محمد على").
_NAME_FINAL_NEVER = frozenset(
    {"في", "من", "الي", "عن", "مع", "لدي", "حول", "خلال", "منذ", "عند", "ضد", "نحو", "عبر", "بين", "امام"}
    | {"عما", "مما", "كيف", "لماذا", "ماذا", "اذا", "هل", "متي", "اين", "الذي", "التي", "الذين"}
    | {"اليوم", "امس", "غدا", "الليله", "مؤخرا", "سابقا", "لاحقا", "حاليا", "ايضا", "مجددا"}
    | {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}
    | THEN_WORDS
    | SOURCE_WORDS
)
_WRITTEN_AS = {"امام": "أمام", "الي": "لى"}


def _without_function_tail(name: str) -> str:
    """The name without the function or time words a phrase ran on to after it: a preposition
    ("بيان الجيش الإسرائيلي إلى أن" names "الجيش الإسرائيلي"), a relative or interrogative word
    ("وتساءلت X عما إذا"، "وقال X كيف"), an adverb of time ("مدير الصندوق آنذاك"، "شبكة X
    الأحد") or a word of "according to" ("ترامب نقلا عن") ends a name, and no name is made of
    such words after its first; nor does a counterpart joined by و ("X ونظيره الفرنسي")
    belong to it."""
    words = name.split()
    for k in range(1, len(words)):
        if normalize(words[k])[1:] in COUNTERPARTS and words[k][:1] == "و":
            # "دونالد ترامب ونظيره الفرنسي": a second person, his counterpart, joined by و.
            words = words[:k]
            break
    while len(words) > 1:
        last = words[-1]
        key = normalize(last)
        key = key[1:] if key[:1] in "وف" and len(key) > 3 else key
        if key not in _NAME_FINAL_NEVER or not last.endswith(_WRITTEN_AS.get(key, "")):
            break
        words.pop()
    return name if len(words) == len(name.split()) else " ".join(words)


MAX_CALLED_NAME_WORDS = 4


def _fuller_without_proclitic(names: NameIndex, span: Span, name: str) -> str:
    """A fuller name taken from a mention under a preposition, without it: "ونسبت الصحيفة
    لعاموس يادلين القول" files "لعاموس يادلين", yet "وأضاف يادلين" is عاموس يادلين. The ل or ب
    of the first word, a word the speaker span does not hold, is the preposition when the word
    without it is a given name, or when the name without it is how a person entity of the
    earlier stages ends (its mention starts after the clitic); a given name in ل/ب (لطفي، بشير)
    stays. The و of a second party joined to the first ("قال X، وموسي راز، …" files "وموسي
    راز") goes as well when the word without it is a given name (موسى) and with it none (وليد)."""
    words = name.split(" ")
    first = words[0]
    if len(words) < 2 or first[:1] not in ("ل", "ب", "و") or first in span.text.split(" "):
        return name
    key = normalize(first)
    if len(key) < 4 or key in given_names() or key[1:2] == "ل":
        return name
    bare = " ".join([first[1:], *words[1:]])
    if key[1:] in given_names() or names.ends_person_entity(name_words(bare)):
        return bare
    return name


def _accusative_stem(word: str) -> str | None:
    """``word`` without the alif of the indefinite accusative (مصدراً، مسؤولا), if it ends in one."""
    stem = word.rstrip(FATHATAN)
    if not stem.endswith("ا") or stem.endswith("اا"):
        return None
    stem = stem[:-1].rstrip(FATHATAN)
    return stem if len(normalize(stem)) >= MIN_ACCUSATIVE_STEM else None


# Words after an accusative source noun that open no genitive: prepositions of place and origin.
_AFTER_ACCUSATIVE = frozenset({"في", "من", "داخل", "لدي", "عن", "مع", "قرب", "بين"})


def _without_accusative_alif(view: DocView, phrase: SpeakerPhrase, name: str) -> str:
    """The source named in the nominative: "ولكن مصدرا قال" (the noun of لكن, accusative) names
    "مصدر", as "المصدر" after it does. The alif of the indefinite accusative is taken off a head
    noun without the article whose bare form is a listed source or title noun (مصدر، مسؤول،
    دبلوماسي) and the word with the alif is none, and off the indefinite adjectives that agree
    with it ("مسؤولا أمريكيا رفيعا" -> "مسؤول أمريكي رفيع"); a name (روسيا، تركيا) keeps its
    alif, as its bare form is no such noun. A dual in construct ends in the same alif ("مؤلفا
    الكتاب"، "وزيرا الخارجية": the two authors, the two ministers): the noun as written is kept
    unless the word after it in the text opens no genitive (the cue's verb, an agreeing adjective
    with the alif, a preposition)."""
    words = name.split(" ")
    stem = _accusative_stem(words[0])
    if stem is None or normalize(words[0]).startswith("ال") or view.tokens[phrase.first].text != words[0]:
        return name
    key, written = normalize(stem), normalize(words[0])
    if not (view.title_state(key) is not None or _source_word(view, key)):
        return name
    if view.title_state(written) is not None or _source_word(view, written):
        return name
    after = phrase.first + 1
    if after >= phrase.last and after < len(view) and view.cues[after] is not None:
        pass  # the cue's verb right after the noun: "لكن مصدرا قال"
    elif after < len(view) and view.is_word(after):
        following = view.tokens[after].text
        agreeing = _accusative_stem(following) is not None and not view.bare[after].startswith("ال")
        prepositional = view.bare[after] in _AFTER_ACCUSATIVE or view.bare[after].startswith(("بال", "لل"))
        if not (agreeing or prepositional):
            return name
    words[0] = stem
    for k in range(1, len(words)):
        adjective = _accusative_stem(words[k])
        if adjective is None or normalize(words[k]).startswith("ال"):
            break
        words[k] = adjective
    return " ".join(words)


def _without_copula_predicate(view: DocView, phrase: SpeakerPhrase, name: str) -> str:
    """The subject of كان without its predicate: in "إن كان بوتين خصما، قال" the noun in the
    accusative ا after the name, closing the clause, is what كان says he is (خصما "a rival"), no
    word of his name; no place or other mention the earlier stages found."""
    words = name.split(" ")
    first, last = phrase.first, phrase.last - 1
    if len(words) < 2 or last == first or first == 0 or view.bare[first - 1] not in COPULAS | {"كان"}:
        return name  # "كان روما وافق": a one-word subject, filled out to "نادي روما", has no predicate
    key = view.bare[last]
    if view.tokens[last].text != words[-1] or not key.endswith("ا") or len(key) - 1 < MIN_ACCUSATIVE_STEM:
        return name
    if view.mention_label(last) is not None or (last + 1 < len(view) and view.is_word(last + 1)):
        return name  # "وكان بنك إنجلترا قد صرح": a place, and the clause goes on; a predicate ends it
    return " ".join(words[:-1])


def _name_after_naming_verb(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """The name a naming verb gives at the end of a speaker phrase: "مسؤول في الشرطة المحلية يدعى
    X"، "أحد المتظاهرين ويدعى X" ("who is called X"). One to four words after the verb, to the
    end of the phrase, the first without the article and none a title or cue."""
    reach = min(phrase.last + 1, len(view.tokens))
    verb = next((k for k in range(phrase.first + 1, reach) if naming_verb(view.bare[k])), None)
    if verb is None:
        return None
    quoted = _name_in_marks_after(view, verb)
    if quoted is not None:
        return quoted
    if verb >= phrase.last - 1:
        return _name_after_closing_naming_verb(view, verb)
    words = list(range(verb + 1, phrase.last))
    if not 1 <= len(words) <= MAX_CALLED_NAME_WORDS or not all(view.is_word(k) for k in words):
        return None
    if has_article(view, words[0]):
        return None
    if any(view.title_state(view.bare[k]) is not None or view.cues[k] is not None for k in words):
        return None
    return view.text_of(words[0], phrase.last)


def _name_in_marks_after(view: DocView, verb: int) -> str | None:
    """The name in quote marks right after a naming verb written with alif maqsura: "أعلنت
    جماعة تدعى "سرايا …" مسؤوليتها"، "وقالت امرأة تدعى "أم خالد" إن": the marks hold the whole
    name, whatever the clause goes on with after them (not "تدعي", "claims")."""
    if view.tokens[verb].text.endswith("ي"):
        return None
    marks = _marks_after(view, verb)
    if marks is None:
        return None
    _, at, end = marks
    return (_clean_name(view.doc.text[at + 1 : end]) if end > at + 1 else "") or None


def _name_after_closing_naming_verb(view: DocView, verb: int) -> str | None:
    """The name after a naming verb that ends the speaker phrase or follows it: "وقالت امرأة
    تدعى X Y إنها"، "امرأة تركية تُدعى X Y تقول إن". The verb is the passive written with alif
    maqsura (تُدعى "is called"), not يدعي/تدعي ("claims"), which normalises alike; the name is
    one to four words, the first without the article, none a title or stop, up to the verb of
    saying or the complementizer that goes on with the clause."""
    if view.tokens[verb].text.endswith("ي"):
        return None  # "تدعي": "she claims", a verb of saying, not "is called"
    k = verb + 1
    while k < len(view) and view.is_word(k) and k - verb <= MAX_CALLED_NAME_WORDS:
        if view.cues[k] is not None or view.bare[k] in COMPLEMENTIZERS:
            break
        if view.title_state(view.bare[k]) is not None or may_stop(view.features, view.tokens[k].text):
            return None
        k += 1
    if k == verb + 1 or k - verb > MAX_CALLED_NAME_WORDS or has_article(view, verb + 1):
        return None
    if (
        k >= len(view)
        or not view.is_word(k)
        or not (view.cues[k] is not None or view.bare[k] in COMPLEMENTIZERS)
    ):
        return None
    return view.text_of(verb + 1, k)


def _without_li(view: DocView, span: Span, name: str) -> str:
    """The name as the speaker phrase's words, without the preposition ل that a definite word
    after "وفقا لـ"، "نسبة لـ" carries: لل + a noun is ل + its article, whose alif the script drops
    ("وفقا للمتحدث باسم الوزارة" names "المتحدث باسم الوزارة"). Not ل + a word in ل that the
    document writes alone ("للبنان")."""
    first = span.text.split(" ", 1)[0]
    if not (name == span.text or name.startswith(first + " ")):
        return name
    if not first.startswith("لل"):
        return _without_li_before_name(view, span, name, first)
    at = _token_starting(view, span.start)
    if at is None or not _li_definite(view, at):
        return name
    return "ال" + name[2:]


# Words of "according to" that take their source under ل: "وفقا لـX"، "طبقا لX"، "تبعا لX".
_LI_SOURCE_WORDS = frozenset({"وفقا", "طبقا", "تبعا"})


def _without_li_before_name(view: DocView, span: Span, name: str, first: str) -> str:
    """The source without the preposition ل the script joins to it after "وفقا"، "طبقا"، "تبعا"
    ("وفقا لسيريان سومنر" names "سيريان سومنر"، "وفقا لمستشاري ماكرون" "مستشاري ماكرون"): those
    words take their source under ل, so the ل on the first word there is the preposition (a
    source of two words at least, its first word neither definite nor a title; لل + a noun is
    ل + its article, read by :func:`_without_li`)."""
    at = _token_starting(view, span.start)
    if at is None or at == 0 or view.bare[at - 1] not in _LI_SOURCE_WORDS:
        return name
    if len(first) < 4 or first[:1] != "ل" or first[1:2] == "ـ" or len(name.split()) < 2:
        return name
    if has_article(view, at) or view.title_state(view.bare[at]) is not None:
        return name
    return name[1:]


def _token_starting(view: DocView, start: int) -> int | None:
    k = bisect.bisect_left(view.starts, start)
    return k if k < len(view.tokens) and view.starts[k] == start else None


def _li_definite(view: DocView, i: int) -> bool:
    """Whether word i is ل + a definite source noun: the noun with its article is a title, a
    body, a medium or an anonymous source, or the document writes it so; a word in ل the
    document writes alone (لبنان) is no article's."""
    key = view.bare[i]
    if not key.startswith("لل") or len(key) < 5 or view.count(key[1:]) > 0:
        return False
    definite, rest = "ال" + key[2:], key[2:]
    return view.title_state(definite) is not None or _source_word(view, rest) or view.count(definite) > 0


def _resolve(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, span: Span, history: list[Said]
) -> tuple[str, str | None, str]:
    if phrase.pair is not None:
        # Two parties: each resolved on its own, written "X وY" (README: a "we" of two).
        one, two = (resolve(view, names, part, speaker_span(view, part), history)[0] for part in phrase.pair)
        return f"{one} و{two}", None, "explicit"
    phrase = text_of_source(view, phrase)
    if is_written_source(view, phrase):
        # "بيان صادر عن X"، "دراسة أعدتها X"، "بلاغ لـX": the document's issuer is the source.
        author = written_issuer(view, phrase)
        if author is not None and _names_issuer(view, names, author):
            if _li_phrase(view, author):
                # The phrase bounds the holder's name when the issuer is inside it ("تصريحات
                # لرئيس الوزراء X جاء فيها"); an earlier mention's, by its sentence.
                inside = phrase.first <= author.first < phrase.last
                end = phrase.last if inside else view.sentence_range(author.first)[1]
                if inside and author.last > phrase.last and view.bare[author.first][1:] in given_names():
                    # "الإعلان الشيوعي لكارل ماركس جاء فيها": a person's name ends with the phrase.
                    author = SpeakerPhrase(author.first, phrase.last, author.kind, author.title, author.name)
                return _li_issuer_name(view, names, author, span.start, end), None, "title"
            definite = _definite_body(view, author)
            if definite is not None:
                return names.fullest(definite), None, "title"
            return resolve(view, names, author, speaker_span(view, author), history)[0], None, "title"
        if author is None:
            # "وفق ما جاء في بلاغ إعلامي للوزارة": the body by its head noun, named before.
            reference = li_reference(view, phrase.first)
            expanded = None if reference is None else _body_by_head(view, names, *reference)
            if expanded is not None:
                return _clean_name(expanded), None, "title"
            author_name = _genitive_author(view, names, phrase)
            if author_name is not None:
                return author_name, None, "title"
    if is_statement(view, phrase):
        issuer = _statement_issuer(view, names, phrase, history)
        if issuer is not None:
            return issuer.name, issuer.entity, "title"
    issuer = _document_issuer(view, names, phrase)
    if issuer is not None:
        return issuer, None, "title"
    author = _relative_clause_author(view, names, phrase, history)
    if author is not None:
        return author, None, "title"
    described = (
        _body_named_in_marks(view, phrase) or _bearing_name(view, phrase) or _outlet_named_after(view, phrase)
    )
    if described is not None:
        return described, None, "title"
    entity = names.entities.heading(span) if names.entities else None
    if entity is not None and _relation_of_person(view, phrase):
        entity = None  # "خطيبة خاشقجي": the title's holder, named by the title index, not Khashoggi
    office = entity is not None and _office_of_body(view, names, phrase, entity[0])
    if office:
        # "رئيس الفيفا": the holder of the office is a person, named next to this title elsewhere
        # in the document (a sure pairing); a body's name or a verbal noun names no holder.
        named = names.title_name(title_key_of(view, phrase.first, phrase.last), span.start, sure_only=True)
        if named is not None and not _names_a_body_entity(names, named) and not _verbal_noun_phrase(named):
            return names.fullest(named), None, "title"
        closing = name_after_chain(view, names, phrase)
        if closing is None and phrase.kind == "title":
            # "مديرة منظمة المادة 19 بتونس سلوى غزواني": the body's mention ran on into the holder.
            seat_holder = holder_after_post_seat(view, names, phrase)
            closing = None if seat_holder is None else names.fullest(view.text_of(*seat_holder))
        return (closing, None, "title") if closing is not None else (span.text, None, "explicit")
    if entity is not None:
        # The record names the speaker as the document does (GUIDELINES: the fullest name
        # the document gives); the gazetteer's canonical name only when it is fuller and
        # spelled the same ("ترامب" -> "دونالد ترامب", not غوتيريس -> غوتيريش). The entity
        # id links the two either way.
        entity_label = names.entities.entities[entity[0]].label if names.entities else None
        if entity_label == "LOC":
            person = names.family_name_of_place(view, span.text)
            if person is not None:
                # "وأكد الزبير" after "محمد خير الزبير، محافظ …": a family name, not the town.
                return person, None, "explicit"
        country = names.speaking_country(view, entity[0]) if entity_label == "LOC" else None
        if country is not None:
            # "باريس تدعو" where "دعت فرنسا" is quoted too: one government, by its country.
            return country[1], country[0], "explicit"
        # A place or body is not the first word of a person's name ("اعترفت إسرائيل" is not
        # the minister إسرائيل كاتس named earlier): only people's names are filled out.
        from_text = names.fullest(span.text) if entity_label in (None, "PER") else span.text
        entity_name = entity[1]
        if entity_label == "PER" and names.entities:
            # The name without a verb or addressee its mentions ran into (names.person_entity_name).
            entity_name = person_entity_name(
                view, names.entities.entities[entity[0]], names.token_starts(view)
            )
        fuller = len(entity_name.split()) > len(from_text.split()) and same_words(entity_name, from_text)
        name = written_in(view, entity_name if fuller else from_text, names.seatless_starts(view))
        return name, entity[0], "explicit"
    if phrase.kind == "anonymous":
        if view.bare[phrase.first].startswith("ال"):
            # "المسؤولة السياسية", "المصدر": the article points back to a source named before.
            named = names.title_name(
                title_key_of(view, phrase.first, phrase.last), span.start, sure_only=True
            )
            if named is not None:
                return names.fullest(named), None, "title"
        first_mention = earlier_description(view, phrase)
        return (first_mention or span.text), None, "anonymous"
    if phrase.kind == "title":
        seated = name_after_seat(view, phrase)
        if seated is not None:
            return names.fullest(view.text_of(*seated)), None, "title"
        closing = _name_closing_chain(view, names, phrase) or name_after_chain(view, names, phrase)
        if closing is not None:
            return closing, None, "title"
        apposed = name_after_title_seat(view, phrase) or hashtag_holder(view, phrase)
        apposed = apposed or set_off_after_relay(view, phrase) or set_off_before_report(view, phrase)
        if apposed is not None:
            # The title's own apposition names its holder, before any other holder's name.
            return names.fullest(view.text_of(*apposed)), None, "title"
        seat_holder = holder_after_post_seat(view, names, phrase)
        if seat_holder is not None:
            # "مندوبة إسرائيل في مجلس حقوق الإنسان X Y بالجلسة": the holder after the post's seat.
            return names.fullest(view.text_of(*seat_holder)), None, "title"
        family = _family_name_after_title(view, names, phrase)
        if family is not None:
            return family, None, "title"
        body = _quoted_body(view, names, phrase, history) or _named_body_before(view, names, phrase)
        if body is not None:
            return body, None, "title"
        title = title_key_of(view, phrase.first, phrase.last)
        if li_title(view, phrase.first):
            # "وفقا للمتحدث باسم الوزارة": the title under ل is looked up with its article.
            title = ("ال" + title[0][2:], *title[1:])
        # An indefinite "قائد عسكري" after the post's holder was named is another, unnamed source;
        # before it (a lede: "عبرت أميرة أردنية … الأميرة X"), the one named after.
        new_source = _indefinite_with_nisbas(view, phrase, names) and names.post_named_before(
            title, view, phrase.first
        )
        named = None if new_source else names.title_name(title, span.start)
        if named is not None:
            return names.fullest(named), None, "title"
        held = None if new_source or phrase.name is not None else names.chain_holder(title, span.start)
        if held is not None:
            # "النائب البرلماني X" … "وأضاف البرلماني المصري": a word of the holder's chain.
            return names.fullest(held), None, "title"
        writer = None if phrase.name is not None else writer_before(view, title, phrase.first)
        if writer is not None:
            # "المقال الذي كتبه X" … "الكاتب يرى": the agent noun names who wrote it.
            return names.fullest(writer), None, "title"
        head = None if new_source or phrase.name is not None else _head_of_description(title)
        named = None if head is None else names.title_name(head, span.start, sure_only=True)
        if named is not None and _written_person(names, named):
            # "الممثلة الأمريكية X" … "غير أن الممثلة المتهمة أنكرت": the head noun with an
            # adjective of description is the person the document introduced with that noun.
            return names.fullest(named), None, "title"
        mention = earlier_description_span(view, phrase)
        if mention is not None:
            # "وقال X، خبير اقتصادي …" … "واعتبر الخبير الاقتصادي": the description's holder.
            holder_name = apposed_holder(view, *mention)
            if holder_name is not None:
                return names.fullest(holder_name), None, "title"
            return description_text(view, mention) or span.text, None, "title"
        holder = _sole_quoted_holder(view, names, phrase, title, history)
        if holder is not None:
            return holder.name, holder.entity, "title"
        owned = _post_of_antecedent(view, names, phrase, span.start)
        if owned is not None:
            return owned, None, "title"
        return span.text, None, "explicit"
    holder = name_after_definite_source(view, phrase)
    if holder is not None:
        # "وقال المسؤول الحكومي X Y إن": the name after the described source is the person's.
        return names.fullest(view.text_of(*holder)), None, "title"
    ours = _our_post_holder(view, names, phrase, span)
    if ours is not None:
        return ours, None, "title"
    informant = _role_with_adjectives(view, names, phrase, history)
    if informant is not None:
        return informant.name, informant.entity, "title"
    if phrase.title is None and phrase.first + 1 < phrase.last:
        # "المنظمة الأممية": a definite body noun with its adjectives refers back like the noun.
        body = _named_body_before(view, names, phrase)
        if (
            body is not None
            and all(has_article(view, k) for k in range(phrase.first, phrase.last) if view.is_word(k))
            and _keeps_modifiers(view, phrase, body)
        ):
            return body, None, "title"
        if body is None:
            # "الشركة القطرية": the one body the document named with that nisba.
            body = body_by_nisba(view, phrase.first, phrase.last)
            if body is not None:
                return body, None, "title"
    if phrase.first + 1 == phrase.last:
        quoted = _quoted_body(view, names, phrase, history)
        if quoted is not None:
            return quoted, None, "title"
        expanded = names.expand_definite(view, phrase.first)
        set_off = None if expanded is None else name_set_off_after_naming(view, phrase.first, expanded)
        if set_off is not None:
            # "عالم الفضاء الإيطالي، X Y Z، …" … "قال العالم": the naming's own apposed name.
            return names.fullest(set_off), None, "title"
        if expanded is not None:
            return _fuller_known(view, names, phrase.first, span.text, _clean_name(expanded)), None, "title"
    if entity is None and phrase.title is None and phrase.name is not None:
        # "وقال المسؤول السعودي" after "نفى مسؤول سعودي رفيع المستوى": the source first introduced.
        introduced = indefinite_introduction(view, phrase)
        if introduced is not None:
            kind = "anonymous" if introduced.kind == "anonymous" else "title"
            return _clean_name(view.text_of(introduced.first, introduced.last)), None, kind
    # A one-word rank or role (العميد، النائب) is shared by many people of one story, so the
    # name another of them stands next to is no surer than the words after this one.
    one_word_title = phrase.title is not None and phrase.title[1] - phrase.title[0] == 1
    if phrase.title is not None and not names.recurs(span.text) and not one_word_title:
        # "وأكد الرئيس الفلسطيني حرص الحكومة …": what follows a title is only taken for a
        # name when the document repeats it; else the title's name elsewhere is surer.
        named = names.title_name(title_key_of(view, *phrase.title), span.start, sure_only=True)
        if named is not None and not same_words(named, span.text):
            return names.fullest(named), None, "title"
    genitive_end = _genitive_cut_off(view, phrase)
    if genitive_end is not None:
        # "تقديرات معهد التمويل الدولي"، "أعضاء مجلس الأمن": the head in construct and its genitive.
        return _clean_name(view.text_of(phrase.first, genitive_end)), None, "explicit"
    construct = with_construct_genitive(view, phrase)
    if construct.last > phrase.last:
        # "ناشد صحافيو مؤسسة الجمهورية للصحافة": the plural in construct with the noun it governs.
        return _clean_name(view.text_of(construct.first, construct.last)), None, "explicit"
    return names.fullest(span.text), None, "explicit"


MAX_GENITIVE_WORDS = 4  # definite words of a body's or a text's genitive: "التمويل الدولي"


def _post_of_antecedent(view: DocView, names: NameIndex, phrase: SpeakerPhrase, at: int) -> str | None:
    """The post a title with its owner's pronoun stands for ("مقدمه": its presenter), when the
    document writes the same post in construct with a noun ("مقدم البرنامج") that the sentence
    or the one before it names before the title, as the pronoun's antecedent ("وعند بدء
    البرنامج، يقول مقدمه"): that post, or the name of its holder. The pronoun is read on the
    written word (مقدمه, not the feminine مقدمة)."""
    if phrase.name is not None or phrase.last - phrase.first != 1:
        return None
    k = phrase.first
    bare, surface = view.bare[k], view.tokens[k].text
    for ending in POSSESSIVE_ENDINGS:
        post = bare[: -len(ending)]
        if not surface.endswith(ending) or not bare.endswith(ending) or len(post) < 3:
            continue
        if view.title_state(post) != "indefinite":
            continue
        sentence = view.sentence_range(k)[0]
        window = view.sentence_range(sentence - 1)[0] if sentence > 0 else sentence
        before = set(view.bare[window:k])
        for j in view.key_positions(post):
            owner = j + 1
            if owner >= len(view) or not view.is_word(owner) or not has_article(view, owner):
                continue
            if view.bare[owner] not in before or view.words.is_a("stop", view.bare[owner]):
                continue
            title = (post, view.bare[owner])
            named = names.title_name(title, at, sure_only=True)
            return names.fullest(named) if named is not None else _clean_name(view.text_of(j, owner + 1))
    return None


def _genitive_cut_off(view: DocView, phrase: SpeakerPhrase) -> int | None:
    """The end of the genitive a speaker phrase was cut short of: "تشير بيانات تقرير الثروات
    العالمي"، "قالت تقديرات معهد التمويل الدولي"، "قال أعضاء مجلس الأمن". A body's, an outlet's
    or a text's head noun without the article closing the phrase, followed right away by a definite
    word, is in construct with it: an indefinite noun takes no definite adjective, so the definite
    words after it (and a domain under لل) are its genitive and belong to the name. Not a time word
    or a relative after it (the verb's adverb, a clause)."""
    if phrase.title is not None or phrase.pair is not None:
        return None
    head = phrase.last - 1
    key = view.bare[head]
    if not view.is_word(head) or view.keys[head] != key or has_article(view, head):
        return None
    words = view.words
    if not (words.is_a("institution", key) or words.is_a("media", key) or key in WRITTEN_SOURCES):
        return None
    k = phrase.last
    named = _mention_starting(view, k)
    if named is not None:
        # "نادي ليستر سيتي": the head in construct with a body or place the earlier stages
        # found right after it (a mention of its own, which cut the phrase there).
        return named
    if phrase.last - phrase.first < 2:
        return None
    while (
        k < len(view)
        and k - phrase.last < MAX_GENITIVE_WORDS
        and view.is_word(k)
        and view.cues[k] is None
        and view.keys[k] == view.bare[k]
        and view.bare[k].startswith(("ال", "لل"))
        and view.bare[k] not in RELATIVES
        and view.bare[k] not in ISSUED_BY  # "تقرير الاستثمار الصادر عن …": issued by, no genitive
        and not words.is_a("time", view.bare[k])
        and view.title_state(view.bare[k]) is None
    ):
        k += 1
    return k if k > phrase.last and view.bare[phrase.last].startswith("ال") else None


def _mention_starting(view: DocView, k: int) -> int | None:
    """The token after a body's or place's mention of the earlier stages that starts at word
    ``k`` (None when none starts there)."""
    label = view.mention_label(k)
    if label is None or not label[1] or label[0] not in ("ORG", "LOC") or not view.is_word(k):
        return None
    end = k + 1
    while end < len(view) and view.is_word(end) and (found := view.mention_label(end)) is not None:
        if found[1] or found[0] != label[0]:
            break
        end += 1
    return end


# Definite adjectives that make a post of the head noun, or tell one holder from another:
# "الأمين العام"، "المدعي العام"، "القائد الأعلى"، "النائب الأول"، "الوزير الآخر".
_POST_ADJECTIVES = frozenset(
    {
        "العام",
        "العامه",
        "الاعلي",
        "الاول",
        "الاولي",
        "الثاني",
        "الثانيه",
        "الثالث",
        "الثالثه",
        "الاخر",
        "الاخري",
        "الاكبر",
        "الاصغر",
        "المساعد",
        "المساعده",
        "المنتدب",
        "المنتدبه",
        "المناوب",
        "المقبل",
        "المقبله",
        "المكلف",
        "المكلفه",
        "بالوكاله",
    }
)


def _body_named_in_marks(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """ "قالت منظمة حقوق الإنسان "هيومن رايتس ووتش" إن": a body described by its kind (an
    indefinite body or outlet noun and its genitives) and then named in quote marks is the
    body of that name; the description is only its kind. A text in construct with such a body
    ("تقرير مؤسسة "راند"") is named by that body."""
    key = view.bare[phrase.first]
    if key.startswith("ال"):
        return None
    if phrase.last - phrase.first == 2 and key in WRITTEN_SOURCES:
        # "ويشير تقرير مؤسسة "راند" إلى": a text in construct with a body named in marks is
        # that body's, its issuer, who is the source.
        body = phrase.first + 1
        bare = view.bare[body]
        if bare.startswith("ال") or view.keys[body] != bare:
            return None
        if not (view.words.is_a("institution", bare) or view.words.is_a("media", bare)):
            return None
        quoted = quoted_name_after(view, body)
        return None if quoted is None else f"{view.tokens[body].text} {quoted}"
    if not (view.words.is_a("institution", key) or view.words.is_a("media", key)):
        return None
    if phrase.last - phrase.first < 2:
        # "تقول صحيفة "168 تشاسا" إن": an outlet's head alone, its name in marks after it, one
        # the parser did not read as it opens with a number.
        quoted = quoted_name_after(view, phrase.first, numbered=True)
        if quoted is None or not name_words(quoted)[0].isdigit():
            quoted = _name_closed_after_head(view, phrase.first)
        return None if quoted is None else f"{view.tokens[phrase.first].text} {quoted}"
    quoted = quoted_name_after(view, phrase.last - 1)
    return None if quoted is None else f"{_clean_name(view.text_of(phrase.first, phrase.last))} {quoted}"


# Marks a body's name is written in after its kind ("صحيفة "لا ناسيون"").
_NAME_MARKS = {'"': '"', "«": "»", "“": "”"}
MAX_MARKED_NAME_CHARS = 30
MAX_MARKED_NAME_WORDS = 4
MAX_TAG_WORDS = 5


def _continues_tag(view: DocView, k: int) -> bool:
    """Whether word k, right after a hashtag, goes on with the body's name the tag began: a
    definite nisba ("#العفو الدولية") or a domain in لل ("#دبي للإحصاء"), no cue."""
    key = view.bare[k]
    if view.cues[k] is not None:
        return False
    return (has_article(view, k) and key.endswith(("ي", "يه"))) or (key.startswith("لل") and len(key) > 4)


def _name_closed_after_head(view: DocView, head: int) -> str | None:
    """The name an indefinite body or outlet head noun is followed by, in quote marks or as a
    hashtag, where the parser stopped at a word inside it that is a stop or a letter elsewhere
    ("وقالت صحيفة "لا ناسيون" الأرجنتينية إن"، "ذكرت قناة "سي إن إن ترك"، اليوم"، "أكدت وكالة
    #موديز"). An indefinite head in construct needs its genitive, and a name in marks or a tag
    right after it is that genitive: the body's own name. In marks: one to four words, no cue
    and no punctuation among them, and after the closing mark what follows a name (punctuation,
    a definite nisba, a complementizer, في or a time word), so that no clause quoted after the
    head is read as a name."""
    nxt = head + 1
    if nxt >= len(view):
        return None
    if hashtag_at(view, nxt):
        parts = view.tokens[nxt + 1].text.split("_")
        if len(parts) > MAX_TAG_WORDS or view.words.is_a("stop", view.keys[nxt + 1].split("_")[0]):
            return None
        # The tag may hold only part of the name: "منظمة #العفو الدولية"، "مركز #دبي للإحصاء".
        k = nxt + 2
        while k < len(view) and view.is_word(k) and len(parts) < MAX_TAG_WORDS and _continues_tag(view, k):
            parts.append(view.tokens[k].text)
            k += 1
        return " ".join(parts)
    marks = marks_after(view, head, _NAME_MARKS, MAX_MARKED_NAME_CHARS)
    if marks is None or marks[2] < 0:
        return None
    _, at, stop = marks
    inside = [k for k in range(nxt, len(view)) if view.tokens[k].start > at and view.tokens[k].end <= stop]
    if not inside or len(inside) > MAX_MARKED_NAME_WORDS * 2:
        return None
    words = [k for k in inside if view.is_word(k)]
    if not 1 <= len(words) <= MAX_MARKED_NAME_WORDS or any(view.cues[k] is not None for k in words):
        return None
    if any(not view.is_word(k) and view.tokens[k].text not in (".", "-") for k in inside):
        return None  # "«نعم، سنرد»": a clause, not a name
    after = inside[-1] + 2  # past the closing mark
    if after < len(view) and view.is_word(after):
        key = view.bare[after]
        nisba = has_article(view, after) and key.endswith(("ي", "يه"))
        if not (nisba or key in COMPLEMENTIZERS or key == "في" or view.words.is_a("time", key)):
            return None
    return _clean_name(view.doc.text[at + 1 : stop]) or None


def _definite_body(view: DocView, author: SpeakerPhrase) -> str | None:
    """ "التحقيق الذي أجرته هيئة محلفين كبرى" … "هيئة المحلفين الكبرى في ولاية X": a body the
    text introduces indefinite (a body noun in construct, without the article) is the body it
    names elsewhere with the article on the genitive and adjectives, the same words."""
    first, last = author.first, author.last
    if last - first < 2 or not all(view.is_word(k) and not has_article(view, k) for k in range(first, last)):
        return None
    if not view.words.is_a("institution", view.bare[first]):
        return None
    target = [view.bare[first], *("ال" + view.bare[k] for k in range(first + 1, last))]
    width = len(target)
    for p in range(len(view) - width + 1):
        if view.bare[p] == target[0] and [view.bare[k] for k in range(p, p + width)] == target:
            return view.text_of(p, p + width)
    return None


# "يحمل اسم" / "تحمل اسم": "bears the name" of an account, a page or a group.
_BEARS = frozenset({"يحمل", "تحمل"})
_NAME_NOUN = "اسم"


MAX_OUTLET_NAME_WORDS = 2
_FROM = "عن"  # "نقلت وكالة الأنباء اليابانية كيودو عن مسؤولين"


def _outlet_named_after(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """ "وقالت وكالة الأنباء الرسمية الكورية الجنوبية يونهاب إن": an outlet described by its head,
    genitive and adjectives (the chain ends in a definite word), then named by one or two words
    without the article, which the clause goes on past with the complementizer or عن; the name
    closes the outlet's own description. A verb after the words makes them its object ("نشرت
    صحيفة الأيام مقالا زعم")."""
    first, k = phrase.first, phrase.last
    if not view.words.is_a("media", view.bare[first]) or k - first < 2 or not has_article(view, k - 1):
        return None
    end = k
    while end < len(view) and end - k < MAX_OUTLET_NAME_WORDS and view.is_word(end):
        bare = view.bare[end]
        if has_article(view, end) or view.cues[end] is not None or bare in COMPLEMENTIZERS or bare == _FROM:
            break
        if may_stop(view.features, view.tokens[end].text) or view.keys[end] in view.vocabulary:
            return None
        label = view.mention_label(end)
        if view.title_state(bare) is not None or (label is not None and label[0] in ("PER", "LOC")):
            return None  # a title, a person or a place opens the next phrase
        end += 1
    if end == k or end >= len(view) or not view.is_word(end):
        return None
    if not (view.bare[end] in COMPLEMENTIZERS or view.bare[end] == _FROM):
        return None
    return f"{_clean_name(view.text_of(first, k))} {view.text_of(k, end)}"


def _bearing_name(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """ "وأكد حساب يحمل اسم "معتقلي الوطن" أن": an indefinite noun (an account, a page, a group)
    that a clause says bears a name in quote marks is named by it; the noun is only its kind."""
    first, k = phrase.first, phrase.last
    if k - first != 1 or has_article(view, first) or k + 1 >= len(view.tokens):
        return None
    bears = view.is_word(k) and view.bare[k] in _BEARS
    if not (bears and view.is_word(k + 1) and view.bare[k + 1] == _NAME_NOUN):
        return None
    return quoted_name_after(view, k + 1)


def _written_person(names: NameIndex, name: str) -> bool:
    """Whether ``name`` is a person's the document names again or quotes: a speaker, a person
    entity, or a name whose last word recurs ("أليسون ماك" … "ماك"), not a phrase of definite
    nouns ("النشاط الميداني الملحوظ")."""
    words = name_words(name)
    definite = all(w.startswith("ال") for w in words)
    return names.speaks(name) or (bool(words) and not definite and names.recurs(name))


# Heads of an office or a bureau whose genitive is a post: "مكتب الرئيس"، "ديوان رئيس الوزراء".
_OFFICE_HEADS = frozenset({"مكتب", "ديوان"})


def _office_of_title(view: DocView, phrase: SpeakerPhrase, object_follows: bool) -> str | None:
    """ "وقال مكتب رئيس الوزراء الإسرائيلي إن"، "وأفاد مكتب الرئيس X في بيان": the office of a
    post is named with the post it serves, its genitive: an indefinite head in construct governs
    the next word, so a title after "مكتب" is no new subject (the parser ended the phrase at it,
    as it does a name followed by a title) but the office's owner, with the holder's name."""
    if phrase.last != phrase.first + 1 or view.bare[phrase.first] not in _OFFICE_HEADS:
        return None
    if view.keys[phrase.first] != view.bare[phrase.first]:
        return None  # "ومكتب"، "لمكتب": a clitic, another reading
    owner = phrase.last
    if owner >= len(view) or not view.is_word(owner) or not is_title_word(view, owner):
        return None
    end = view.sentence_range(phrase.first)[1]
    post = parse_speaker(view, owner, end, object_follows)
    if post is None or post.start != owner or post.kind not in ("title", "name"):
        return None
    # The words alone: the commas of an apposition ("الرئيس التركي، رجب طيب أردوغان") are no part.
    owned = " ".join(view.tokens[k].text for k in range(owner, post.last) if view.is_word(k))
    return f"{view.tokens[phrase.first].text} {_clean_name(owned)}"


MAX_GENITIVE_WORDS = 5


def _body_of_genitive(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """ "وتوقعت هيئة قناة السويس"، "وقال حزب المعارضة الرئيسي في تركيا إن"، "وقالت هيئة مؤسسة
    البيئة البريطانية إن": an indefinite body or outlet head noun in construct governs the next
    word, its genitive, which names the body with it; where the parser ended the phrase at the
    head (the genitive being itself a post or a body), the head is named with the title or name
    read from its genitive, not left bare nor taken for another body of its kind the document
    names ("هيئة حماية البيئة الأسكتلندية"). The genitive is right after the head (no mark
    between), opens a title or a name and is no cue."""
    head = phrase.first
    if phrase.last != head + 1 or view.keys[head] != view.bare[head]:
        return None  # "ومكتب"، "لهيئة": a clitic, another reading
    key = view.bare[head]
    if not (view.words.is_a("institution", key) or view.words.is_a("media", key)):
        return None
    owner = phrase.last
    if owner >= len(view) or not view.is_word(owner) or view.cues[owner] is not None:
        return None
    if view.tokens[owner].start - view.tokens[head].end != 1:
        return None
    end = view.sentence_range(head)[1]
    genitive = parse_speaker(view, owner, end, False)
    if genitive is None or genitive.start != owner or genitive.kind not in ("title", "name"):
        return None
    words = []
    for k in range(owner, genitive.last):
        if not view.is_word(k):
            continue
        if words and _ends_genitive(view, k):
            break
        words.append(k)
    if not words or len(words) > MAX_GENITIVE_WORDS:
        return None
    owned = " ".join(view.tokens[k].text for k in words)
    return f"{view.tokens[head].text} {_clean_name(owned)}"


def _ends_genitive(view: DocView, k: int) -> bool:
    """Whether word k, inside the genitive after a body head, opens what follows the name: a
    verb's object, an indefinite noun in the accusative with an adjective agreeing in it ("واتخذت
    إدارة النادي موقفا واضحا"; a name in ا, روسيا, takes no such adjective), or a description in
    apposition, a post or rank ("نادي X بطل الدوري"، "ثالث الدوري")."""
    after = k + 1
    if (
        _accusative_stem(view.tokens[k].text) is not None
        and not has_article(view, k)
        and after < len(view)
        and view.is_word(after)
        and not has_article(view, after)
        and _accusative_stem(view.tokens[after].text) is not None
    ):
        return True
    return (is_title_word(view, k) and not has_article(view, k)) or view.bare[k] in _RANK_NOUNS


# Ranks of a team or a body in apposition after its name ("ثالث الدوري"، "بطل الدوري"، "حامل اللقب").
_RANK_NOUNS = frozenset({"اول", "ثاني", "ثالث", "رابع", "خامس", "وصيف", "متصدر", "بطل", "حامل"})


def _continues_with(name: str, named: str) -> bool:
    """Whether ``name`` is ``named`` or a fuller form of it (its words begin with them)."""
    words, target = name_words(name), name_words(named)
    return words[: len(target)] == target


def _head_of_description(title: tuple[str, ...]) -> tuple[str, ...] | None:
    """The bare head of a definite title whose other words are adjectives of description
    ("الممثلة المتهمة"، "المهاجم الشاب" -> the head alone): after a definite noun a definite
    word is its adjective, and one that neither makes the post (العام، الأول) nor names a
    country (a nisba: the title index reads those) nor the tenure (السابق، الجديد) only
    describes the person the document introduced with that noun. None for other titles."""
    if len(title) < 2 or not title[0].startswith("ال"):
        return None
    rest = title[1:]
    if not all(w.startswith("ال") and len(w) > 4 for w in rest):
        return None
    if any(w.endswith(("ي", "يه", "يين", "يون")) for w in rest):
        return None  # a nisba, or a relational adjective of the post (التنفيذي، الرسمي)
    if any(w in _POST_ADJECTIVES or w in TENURE_ADJECTIVES or w in PRESENT_TENURE for w in rest):
        return None
    return (title[0],)


def _our_post_holder(view: DocView, names: NameIndex, phrase: SpeakerPhrase, span: Span) -> str | None:
    """ "ويضيف مراسلنا": a post with the pronoun "our" is the outlet's own post, the same post
    as the bare title; its holder is the one the document names with that post ("ويقول X، مراسل
    بي بي سي في القمة، إن"), paired surely."""
    if phrase.first + 1 != phrase.last or not view.is_word(phrase.first):
        return None
    key = view.bare[phrase.first]
    post = key[:-3] + "ه" if key.endswith("تنا") else key[:-2]  # مراسلتنا: ة is ت before it
    if not key.endswith("نا") or len(key) < 6 or view.title_state(post) != "indefinite":
        return None
    named = names.title_name(("ال" + post,), span.start, sure_only=True)
    return names.fullest(named) if named is not None else None


def _role_with_adjectives(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, history: list[Said]
) -> Said | None:
    """The person just quoted, for "the official" qualified by relational adjectives only
    ("وأوضح المسؤول الجهوي"، "المسؤولة النقابية"): like the bare role noun, a definite role with
    no office or name after it points back to the person the article is quoting, when it has
    introduced no "مسؤول …" of its own and that person agrees in gender."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if len(words) < 2 or len(words) != phrase.last - phrase.first:
        return None
    role = view.bare[words[0]]
    if role not in ROLE_INTERLOCUTORS or not has_article(view, words[0]):
        return None
    for k in words[1:]:
        key = view.keys[k]
        if not has_article(view, k) or not key.endswith(("ي", "يه")) or view.title_state(view.bare[k]):
            return None  # "المسؤول الأول"، "المسؤول المدير": only relational adjectives (ـي)
    if (
        phrase.last < len(view)
        and view.is_word(phrase.last)
        and view.bare[phrase.last] in _OFFICE_PREPOSITIONS
    ):
        return None  # "المسؤول الجهوي عن القطاع": the office of the one in charge
    if earlier_description(view, phrase) is not None:
        return None  # "قال مسؤول جهوي … وأضاف المسؤول الجهوي": that mention
    people = [said for said in history if not said.body and not said.plural and said.reported]
    if not people or not people[-1].informant:
        return None
    last = people[-1]
    feminine = role.endswith("ه")
    if last.feminine is not None and last.feminine != feminine:
        return None
    words_of = name_words(last.name)
    head = words_of[0] if words_of else ""
    if not any(len(word) >= 3 for word in words_of) or view.words.is_a("anonymous", head.removeprefix("ال")):
        return None  # "مصدر"، "مسؤولون": an unnamed source is no holder this role names
    wanted = title_nisbas(tuple(view.bare[k] for k in words))
    held = names.nisbas_of(last.name)
    if wanted and held and not wanted & held:
        return None  # "المسؤول الإسرائيلي" after "الفنان المصري X": another country's person
    return last


def _sole_quoted_holder(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, title: tuple[str, ...], history: list[Said]
) -> Said | None:
    """The person the article has quoted by name, for a definite post at its first use ("قال X
    … وأكد رئيس الجمعية أن …"): news introduces its source by name and goes on by the post,
    which points back to that person when no one else could hold it. Only the last person
    quoted, when that person has no post of their own in the document, agrees with the post in
    gender, and is the only such person quoted so far (another quoted person with no known
    post, of that gender, could be the holder as well); a post the document has written before
    belongs to whoever it was written for, and a whole office ("الرئيس") to a head of state."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if not words or not title or (phrase.name is not None):
        return None
    head = words[0]
    definite = has_article(view, head) or (len(words) > 1 and has_article(view, words[1]))
    if not definite or view.bare[head][:2] == "لل" or view.title_state(view.bare[head]) is None:
        return None
    core = view.bare[head].removeprefix("ال")
    if core in _WHOLE_OFFICE_WORDS and has_article(view, head):
        return None  # "الرئيس الأمريكي": a head of state, whom news need not name
    if core.removesuffix("ه") in _OFFICES_BY_NAME_ALONE:
        return None  # "وأكد وزير الصحة": a state office, news brings its holder in by the post
    if _source_word(view, core):
        return None  # a body or an outlet, not a post
    if core.endswith(("ان", "ين", "ون")) and view.title_state(core[:-2]) is not None:
        return None  # "الوزيران": two holders
    if any(view.title_state(view.bare[k]) is not None for k in words[1:]):
        return None  # "الخبير الاقتصادي الدكتور X": a second title, with its own holder
    if names.post_named_before(title, view, phrase.first):
        return None
    people = [
        said
        for said in history
        if not said.body and not said.plural and said.reported and said.informant and not said.weak
    ]
    if not people:
        return None
    last = people[-1]
    feminine = core.endswith("ه")
    if not _could_hold(view, names, last, feminine) or not names.speaks(last.name):
        return None
    if any(
        not same_words(other.name, last.name) and _could_hold(view, names, other, feminine, strict=False)
        for other in people
    ):
        return None  # two people the post may name
    return last


def _described_referent(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, history: list[Said]
) -> Said | None:
    """The person a definite description stands for, when no name or post of the document
    resolved it ("وقال هيرفي جوبير … ولفت الجاسوس الفرنسي السابق إلى أن"): news goes on with a
    source it has named and quoted by the article, a person noun and its nisba or tenure
    adjectives, with no name after them. The description points back to the person quoted
    last of its gender, or to an earlier one when the later ones hold other posts or come from
    another country; a post the document gives someone else, or a last referent that is no
    person's name (an unnamed source, a body), leaves the description as it is. An indefinite
    description ("مسؤول أمريكي") brings in a new source and is not read here."""
    if phrase.pair is not None:
        return None
    words = list(range(phrase.first, phrase.last))
    if not words or not all(view.is_word(k) for k in words):
        return None
    bare = view.bare[words[0]]
    core = bare[2:]
    if not bare.startswith("ال") or len(core) < 3:
        return None
    role = core.removesuffix("ه")
    if role in _DESCRIBED_ROLES:
        pass  # "المسؤول"، "الدبلوماسي"، "الجاسوس": a person, though "مسؤول" alone is unnamed
    elif view.title_state(bare) != "definite" and not view.words.is_a("epithet", core):
        return None
    elif _source_word(view, core):
        return None  # "المصدر": an unnamed source goes on unnamed
    if core.endswith(("ان", "ين", "ون")) and view.title_state(core[:-2]) is not None:
        return None  # "الوزيران"، "المسؤولون": two people or more
    if role in _RELATIONS:
        return None  # "أفاد الشقيق": a relative of someone in the story, not a person quoted
    if len(words) == 1 and core in _WHOLE_OFFICE_WORDS:
        return None  # "الرئيس": the head of state, whom news need not name
    for k in words[1:]:
        adjective = view.bare[k]
        nisba = adjective.endswith(("ي", "يه")) and view.title_state(adjective) is None
        if not has_article(view, k) or not (nisba or adjective in TENURE_ADJECTIVES):
            return None  # "المسؤول عن الملف"، "المتحدث باسم": a post with its own domain
    after = phrase.last
    if after < len(view) and view.is_word(after) and view.bare[after] in _OFFICE_PREPOSITIONS | {"باسم"}:
        return None
    if (
        role in _GENERIC_PERSONS
        and after < len(view)
        and view.is_word(after)
        and view.bare[after] in RELATIVES
    ):
        # "الرجل الذي يتهم جيشه": a noun that says only "a person" is identified by its relative
        # clause, not by the story ("المدرب الإسباني الذي فاز …" describes the coach quoted).
        return None
    feminine = core.endswith("ه")
    generic = role in _GENERIC_ROLES
    wanted = title_nisbas(tuple(view.bare[k] for k in words))
    holders = [] if generic else names.holders_before(bare, view.starts[phrase.first])
    if role in _COURT_OFFICES and not holders:
        return None  # "وأعلن القاضي" after the accused spoke: the court's own officer, a new person
    people = [
        said
        for said in history
        if not said.body and not said.plural and said.reported and said.informant and not said.weak
    ]
    for said in reversed(people):
        if said.feminine is not None and said.feminine != feminine:
            continue
        if not _personal_name(view, names, said.name) and (
            role in _STATE_OFFICES or not _sole_person_of_gender(view, names, said, people, feminine)
        ):
            return None  # "قال مسؤول كويتي … وأضاف المسؤول الكويتي": that mention, unnamed
        held = names.nisbas_of(said.name)
        titles = names.posts_of(said.name)
        posts = {_head_of(title) for title in titles}
        seats = {root for title in titles if _head_of(title) == role for root in title_nisbas(title)}
        presidencies = [title for title in titles if _head_of(title) == role and role in _WHOLE_OFFICE_WORDS]
        if presidencies and all(_heads_a_body(title) for title in presidencies):
            continue  # "الرئيس اللبناني" after "رئيس الوزراء اللبناني X": the head of another body
        if wanted and seats and not wanted & seats:
            continue  # "الرئيس الكوري الشمالي" after "رئيس كوريا الجنوبية X": that post elsewhere
        offices = posts | {role}
        other_office = bool(posts) and not generic and role not in posts and bool(offices & _STATE_OFFICES)
        if (wanted and held and not wanted & held) or other_office:
            continue  # "الوزير الفرنسي" after a German quoted; "الوزير" after a president quoted
        if holders and not any(same_words(holder, said.name) for holder in holders):
            return None  # the document gave the post to another
        return said
    return None


# The officers of a court ("القاضي"، "القاضية"): a report brings the judge in by the post alone,
# as it does a minister, and never re-describes a party it has quoted (the accused, a witness) so.
_COURT_OFFICES = frozenset({"قاضي", "قاض"})
# Nouns that say only "a person": with a relative clause after them, the clause says who is meant.
_GENERIC_PERSONS = frozenset({"رجل", "مرا", "امرا", "شخص", "شاب", "فتا"})  # roles: no article, no ة
# Descriptions any office-holder takes: "وزير الخارجية X" … "وأضاف المسؤول الأمريكي".
_GENERIC_ROLES = frozenset({"مسؤول", "دبلوماسي", "سياسي", "قيادي"})
# Nouns of kinship, which name a person by a relation to another ("الشقيق"، "الوالدة"), and
# "الكبير", an adjective as often as a rank.
_RELATIONS = frozenset({"شقيق", "زوج", "والد", "نجل", "حفيد", "ابن", "ابنه", "ام", "اب", "اخ", "اخت", "كبير"})
# Person nouns that are no title heads here (a name after "جاسوس" or "عميل" is rarely the
# speaker's), or head unnamed sources when indefinite ("مسؤول أمريكي"): with the article they
# point back like any other description ("وأضاف المسؤول الأمريكي"، "ولفت الجاسوس الفرنسي السابق").
_DESCRIBED_ROLES = _GENERIC_ROLES | {"خبير", "جاسوس", "عميل"}


def _head_of(title: tuple[str, ...]) -> str:
    """A title's head word without its article or feminine ending: "الوزيرة" -> "وزير"."""
    return title[0].removeprefix("ال").removesuffix("ه") if title else ""


def _heads_a_body(title: tuple[str, ...]) -> bool:
    """Whether a head word governs a genitive, not only nisbas: "رئيس الوزراء اللبناني" heads a
    body; "الرئيس اللبناني" is the head of state."""
    return any(not (word.startswith("ال") and word.endswith(("ي", "يه"))) for word in title[1:])


def _personal_name(view: DocView, names: NameIndex, name: str) -> bool:
    """Whether a speaker's name reads as a person's proper name of two words or more: no
    article or title on its first word, no unnamed source, body or outlet; and a person's by
    the document, which writes the family name alone ("قال بيل غيتس … وأضاف غيتس")."""
    words = name_words(name)
    if len(words) < 2 or not all(len(word) >= 2 for word in words):
        return False
    if first_word_definite(name, words) or view.title_state(words[0]) is not None:
        return False
    if _source_word(view, words[0]):
        return False
    return names.named_alone(name)


def _sole_person_of_gender(
    view: DocView, names: NameIndex, said: Said, people: list[Said], feminine: bool
) -> bool:
    """Whether a source quoted before whose family name never comes back alone is still the
    person a definite person noun points back to ("قالت إيلين بوربيدج، من شركة …" … "بحسب
    الخبيرة البريطانية"): a person noun ("الخبيرة"، "الباحث") never names a body, so the source
    it points back to is a person when the name reads as one (two to four words of letters, no
    article, title, body or outlet head on its first word, no body or place the earlier stages
    know) and the document quotes no other source of that gender, with a verb marked for the
    gender (a person or an unnamed "مسؤول جهوي" the description may repeat): with two, the
    description is ambiguous and stays as written. (Not for an office of
    the state, "الرئيس الأميركي": news names its holder by the office, quoted or not.)"""
    if said.feminine is None or not _person_shaped(view, names, said.name):
        return False
    return not any(other.feminine == feminine and not same_words(other.name, said.name) for other in people)


def _person_shaped(view: DocView, names: NameIndex, name: str) -> bool:
    """Whether a speaker's name reads as a person's proper name (:func:`_personal_name` without
    the family name written alone): two to four words of Arabic letters, the first without the
    article, no title, body, outlet or unnamed source; no body or place entity."""
    words = name_words(name)
    if not 2 <= len(words) <= 4 or not all(len(word) >= 2 and _ARABIC_WORD.fullmatch(word) for word in words):
        return False
    if first_word_definite(name, words) or any(view.title_state(word) is not None for word in words):
        return False
    if any(_source_word(view, word) for word in words):
        return False
    return not _names_a_body_entity(names, name)


_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def _indefinite_with_nisbas(view: DocView, phrase: SpeakerPhrase, names: NameIndex) -> bool:
    """Whether a title speaker is an indefinite head with only indefinite nisba adjectives
    ("قائد عسكري"، "مسؤول أمني أمريكي"): "a commander", a source the report brings in as new.
    A word in ي that ends the name of a person of the document is that person's name, the
    head's genitive, and no nisba: "محامي ساركوزي" after "نيكولا ساركوزي" is Sarkozy's lawyer,
    one person, definite by the name it governs."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if len(words) < 2 or view.title_state(view.bare[words[0]]) != "indefinite":
        return False
    return all(
        not has_article(view, k)
        and view.keys[k].endswith(("ي", "يه"))
        and view.title_state(view.bare[k]) is None
        and not _family_name(view, names, k)
        for k in words[1:]
    )


def _family_name(view: DocView, names: NameIndex, k: int) -> bool:
    """Whether word k ends the name of a person the document names with more than one word."""
    key = name_words(view.tokens[k].text)
    return len(key) == 1 and names.person_ending_in(key[0]) is not None


_WHOLE_OFFICE_WORDS = frozenset({"رئيس", "رييس", "رئيسه", "رييسه"})
# Offices of the state whose holder news introduces by the post alone, a new person of the story.
_OFFICES_BY_NAME_ALONE = frozenset({"وزير", "سفير", "والي", "محافظ", "قنصل", "ملك", "امير"})
# Offices of the state: one person holds one of them, so a holder of another is not meant.
_STATE_OFFICES = _OFFICES_BY_NAME_ALONE | {"رئيس", "رييس"}


def _could_hold(view: DocView, names: NameIndex, said: Said, feminine: bool, strict: bool = True) -> bool:
    """Whether a quoted person may hold a post of that gender that the document has not given
    anyone: a named person (no unnamed source, no title), of that gender, with no post of
    their own in the document. ``strict``: a full name of two words or more."""
    if said.feminine is not None and said.feminine != feminine:
        return False
    words = name_words(said.name)
    if not words or (strict and len(words) < 2) or not all(len(word) >= 2 for word in words):
        return False  # a family name alone or a one-word mention may be no person's
    if words[0].startswith("ال") or view.title_state(words[0]) is not None:
        return False  # "الجيش الأفغاني": a definite noun phrase, not a person's name
    if _source_word(view, words[0]):
        return False
    if strict and not names.named_alone(said.name):
        return False  # a person's family name comes back alone ("قال بيل غيتس … وأضاف غيتس")
    return not names.posts_of(said.name)


# After a role noun, a preposition that opens its office: "المسؤول عن"، "المسؤول في".
_OFFICE_PREPOSITIONS = frozenset({"عن", "في", "علي", "لدي"})


def _name_closing_chain(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """The person's name a title chain ends in ("رئيس الجمهورية الباجي قائد السبسي"، "وزير خارجية
    تركيا مولود تشاوش أوغلو"), which the title parser reads as more of the title. The words
    are a name when the document names that person elsewhere by them ("وأضاف السبسي"): a chain of
    one post only (a second title noun owns what follows it: "زوجة الرئيس …"), and never the
    genitive of an indefinite head ("مدرب سيرينا" is the coach)."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if len(words) < 3:
        return None
    governs = view.title_state(view.bare[words[0]]) == "indefinite"
    for position in range(2 if governs else 1, len(words)):
        tail = words[position:]
        if any(_inner_post(view, words, j) for j in range(1, position)):
            return None
        if view.keys[tail[0]][:1].isdigit() or _names_a_body_word(view, tail[0]):
            continue
        if view.title_state(view.bare[tail[0]]) is not None:
            continue  # "… العقيد القذافي": a rank opens the name and is no word of it
        if view.bare[words[position - 1]] in _CHAIN_OWNERS:
            continue  # "متحدث باسم طيران الهند": whom the post serves, not who holds it
        text = view.text_of(tail[0], tail[-1] + 1)
        words_of = name_words(text)
        if names.person_closing(words_of):
            # A fuller name adds given names before; words after the chain's end would be
            # whatever followed the name somewhere else ("مايك بومبيو شروط").
            fuller = names.fullest(text)
            return fuller if name_words(fuller)[-len(words_of) :] == words_of else text
    return None


# Words after which a chain names whom or what the post serves: باسم and the prepositions.
_CHAIN_OWNERS = frozenset({"باسم", "في", "من", "عن", "لدي", "الي", "علي"})


def _inner_post(view: DocView, words: list[int], j: int) -> bool:
    """Whether chain word ``j`` opens a second person's post, who then owns the name after it:
    a definite title ("زوجة الرئيس الأمريكي …") or the genitive of an indefinite title ("مستشار
    رئيس الوزراء …"). An indefinite title after other words is the same person's second post
    ("رئيس مجلس الوزراء وزير شؤون الرئاسة …") or a word of the name ("الباجي قائد السبسي")."""
    state = view.title_state(view.bare[words[j]])
    if state is None:
        return False
    return state == "definite" or view.title_state(view.bare[words[j - 1]]) == "indefinite"


def _names_a_body_word(view: DocView, k: int) -> bool:
    key = view.bare[k]
    key = key[2:] if has_article(view, k) else key
    return view.words.is_a("institution", key) or view.words.is_a("media", key)


def _relation_of_person(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a title speaker is an indefinite head whose genitive, right after it, is a person's
    name: "خطيبة خاشقجي"، "محامي ترامب" (Khashoggi's fiancée, Trump's lawyer). A noun in
    construct names another person than its genitive, so the person's mention does not head the
    speaker; a definite title before a name is in apposition to it (الرئيس ترامب) and stays."""
    if phrase.kind != "title" or phrase.last - phrase.first < 2:
        return False
    head = view.bare[phrase.first]
    if (
        has_article(view, phrase.first)
        or view.words.is_a("institution", head)
        or view.words.is_a("media", head)
    ):
        return False
    label = view.mention_label(phrase.first + 1)
    if label is None or label[0] != "PER":
        return False
    # "أمير كرارة": a person's mention that takes in the title word is a name (a given name
    # spelled like a title), no construct.
    own = view.mention_label(phrase.first)
    return head_state(view, phrase.first) == "indefinite" and (own is None or own[0] != "PER")


def _office_of_body(view: DocView, names: NameIndex, phrase: SpeakerPhrase, entity: str) -> bool:
    """Whether a bare title's body entity is only its genitive: "رئيس الفيفا" is the office's
    holder, a person, not FIFA, whose mention the title governs."""
    if phrase.kind != "title" or names.entities is None:
        return False
    head = view.bare[phrase.first]
    head = head[2:] if has_article(view, phrase.first) else head
    label = names.entities.entities[entity].label
    return (
        label != "PER"
        and view.title_state(head) is not None
        and not view.words.is_a("institution", head)
        and not view.words.is_a("media", head)
    )


def _verbal_noun_phrase(name: str) -> bool:
    """Whether a "name" paired with a title is a verbal noun or a preposition's noun with its
    definite genitive ("تسجيل الأهداف"، "بضاحية المرسى"): an event or a place, never a person's
    name (a family name after a given name of that shape ends in ي: تسنيم الخياري)."""
    words = name_words(name)
    surface = name.split()
    # The written ي of a nisba, not the ى that normalisation also writes ي (المرسى).
    if len(words) < 2 or not words[1].startswith("ال") or (len(surface) > 1 and surface[1].endswith("ي")):
        return False
    # "بضاحية المرسى": ب/ل/ك + a noun and its definite genitive is a prepositional phrase.
    return DERIVED_FORM_VERBAL_NOUN.match(words[0]) is not None or words[0][:1] in "بلك"


def _names_a_body_entity(names: NameIndex, name: str) -> bool:
    """Whether ``name`` is the name of one of the document's bodies or places, not a person."""
    entities = names.entities.entities.values() if names.entities else ()
    return any(e.label != "PER" and same_words(e.name, name) for e in entities)


def _genitive_author(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """ "وأشار تقرير كابا إلى": a written source in construct with a short name that the document
    gives in full as a speaker or a titled name ("وقال مركز كابا للطيران في تقرير"): the genitive
    is the report's author, named in full. The noun has no article, the name none either."""
    first = phrase.first + 1
    if has_article(view, phrase.first) or first >= phrase.last or has_article(view, first):
        return None
    if not all(view.is_word(k) for k in range(first, phrase.last)):
        return None
    text = view.text_of(first, phrase.last)
    if not names.known(text):
        return None
    fuller = names.fullest(text)
    if len(name_words(fuller)) <= len(name_words(text)) or view.bare[phrase.first] in name_words(fuller):
        return None  # the phrase itself, a speaker too ("بيان سانا"), is no fuller name of the author
    return fuller


def _names_issuer(view: DocView, names: NameIndex, author: SpeakerPhrase) -> bool:
    """Whether the words after a document's verb of making name who made it: a title, a body
    or outlet, an anonymous group (باحثون), or a name the document knows; not any word that
    follows ("بلاغ أصدرته الخميس يتعلق ببرنامج …": the verb's subject was before it)."""
    if author.kind != "name" or author.title is not None or _li_phrase(view, author):
        return True
    head = view.bare[author.first]
    head = head[2:] if has_article(view, author.first) else head
    words = view.words
    return (
        words.is_a("institution", head)
        or words.is_a("media", head)
        or names.known(view.text_of(author.first, author.last))
    )


# What names a text's issuer before it when the issuer is a phrase of its own: a verb of making
# or publishing, or من/عن ("التقرير الذي أعدته لجنة برلمانية"): a word in ل after them opens
# the issuer's own name (لجنة), no preposition ل.
_BEFORE_OWN_ISSUER = MAKING_VERBS | PUBLISHING_VERBS | {"من", "عن"}


def _li_phrase(view: DocView, author: SpeakerPhrase) -> bool:
    """Whether a text's issuer is written as a ل-phrase ("بلاغ لوزارة المالية")."""
    first = author.first
    return view.bare[first][:1] == "ل" and not (first > 0 and view.bare[first - 1] in _BEFORE_OWN_ISSUER)


MIN_LI_BODY_KEY = 5  # لل and a head of three letters at least, as expand_definite asks of ال


def _named_body_before(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """ "الصحيفة"، "المنظمة الأممية": a definite body or outlet noun refers back to the body the
    document named with the same head noun ("صحيفة لوموند الفرنسية"، "منظمة الصحة العالمية");
    a person's name is never what such a title stands for."""
    key = view.bare[phrase.first]
    words = view.words
    if (
        phrase.kind == "title"
        and not key.startswith("ال")
        and words.is_a("media", key)
        and phrase.last - phrase.first > 1
    ):
        # "صحيفة لوموند الفرنسية": an outlet named by its own chain is its own name; a phrase
        # set off after it ("…، معززة شبهات فساد") is no name of it.
        return _clean_name(view.text_of(phrase.first, phrase.last))
    # "وتبعا للوكالة الرسمية": ل on the definite head refers back just as the head alone does.
    li = key.startswith("لل") and len(key) >= MIN_LI_BODY_KEY
    if not (key.startswith("ال") or li) or not (
        words.is_a("media", key[2:]) or words.is_a("institution", key[2:])
    ):
        return None
    first = phrase.first
    expanded = names.expand_head(view, key[2:], first) if li else names.expand_definite(view, first)
    if expanded is not None and words.is_a("media", key[2:]):
        # "صحيفة يو إس أي توداي": an outlet's foreign name has no article to run on with; the
        # name the document gives the outlet in full, begun by the words after the head noun.
        expanded = names.outlet_quoted_in_full(view, expanded, phrase.first) or expanded
    return _clean_name(expanded) if expanded is not None else None


def _fuller_known(view: DocView, names: NameIndex, first: int, reference: str, expanded: str) -> str:
    """The name a definite head noun takes: the naming found before it, unless that naming
    opens with the article and the document quotes a fuller name of that head (the fullest
    name the document gives: "الهيئة العليا المستقلة للاتصال السمعي البصري الهايكا" over a
    later "الهيئة العليا المستقلة للاتصال السمعي والبصري" in passing)."""
    words = name_words(expanded)
    if not words or not words[0].startswith("ال"):
        return expanded
    known = names.fullest(reference)
    known_words = name_words(known)
    if len(known_words) > len(words) and known_words[0] == words[0] and _body_name(known_words):
        return known
    if 1 < len(known_words) < len(words) and words[: len(known_words)] == known_words:
        # The body quoted by the start of its name ("أوضحت الهيئة العليا المستقلة للإتصال …"):
        # its name as first written in full, so that one body has one speaker name.
        head = words[0].removeprefix("ال")
        for naming in names.definite_namings(view, head, first):
            if name_words(naming)[: len(known_words)] == known_words:
                return _clean_name(naming)
    return expanded


def _keeps_modifiers(view: DocView, phrase: SpeakerPhrase, body: str) -> bool:
    """Whether a body's name keeps every adjective of a reference to it: a reference repeats
    the name's words ("الهيئة المستقلة" for "الهيئة العليا المستقلة للاتصال"), so an adjective
    the name lacks ("السلطات القضائية السويسرية" is no "السلطات السويسرية للإنابة") is another
    body's. Only names opening with the article are held to it: an indefinite naming ("منظمة
    الصحة العالمية") is referred back to by the head with an adjective of kind ("المنظمة
    الأممية")."""
    words = name_words(body)
    if not words or not words[0].startswith("ال"):
        return True
    cores = {w.removeprefix("و").removeprefix("لل").removeprefix("ال") for w in words}
    return all(
        view.bare[k].removeprefix("ال") in cores
        for k in range(phrase.first + 1, phrase.last)
        if view.is_word(k)
    )


def _long_form_of_body(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """The full name a body's short form stands for: a body noun and its definite genitive
    ("اتحاد الشغل") keep the head and the domain of the full name, dropping its adjectives
    ("الاتحاد العام التونسي للشغل"); one such name in the document, and only then."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if len(words) != 2 or has_article(view, words[0]) or not has_article(view, words[1]):
        return None
    head, domain = view.bare[words[0]], view.bare[words[1]][2:]
    if not view.words.is_a("institution", head):
        return None
    found = {
        name
        for name in names.names
        if len(nw := name_words(name)) > 2
        and nw[0].removeprefix("ال") == head
        and any(w.removeprefix("لل").removeprefix("ال") == domain for w in nw[2:])
    }
    return found.pop() if len(found) == 1 else None


def _quoted_body(view: DocView, names: NameIndex, phrase: SpeakerPhrase, history: list[Said]) -> str | None:
    """ "واعتبر الاتحاد": a body noun alone with the article refers back to the body of that
    head noun the article has already quoted, the one the story is about, before any other
    it names in passing ("تعيين القيادي في اتحاد الصناعة …" is no source). When the nearest
    naming is that body, its words as named there are kept."""
    key = view.bare[phrase.first]
    if phrase.last != phrase.first + 1 or not has_article(view, phrase.first):
        return None
    head = key[2:]
    if not view.words.is_a("institution", head):
        return None
    quoted = [
        said.name
        for said in reversed(history)
        if said.body
        and said.reported
        and len(words := name_words(said.name)) > 1
        and words[0].removeprefix("ال") == head
        and _body_name(words)
    ]
    if not quoted:
        return None
    nearest = names.expand_definite(view, phrase.first)
    if (
        nearest is not None
        and name_words(nearest)[0].startswith("ال")
        and len(name_words(nearest)) > max(len(name_words(name)) for name in quoted)
    ):
        # "وتحقق البعثة المشتركة للأمم المتحدة … وكانت البعثة قد كشفت": the body named in full,
        # with its article and domain, nearest before the reference, and fuller than the
        # naming it was quoted by ("بعثة الأمم المتحدة").
        return _clean_name(nearest)
    if nearest is not None:
        named = name_words(nearest)
        if any(name_words(name)[: len(named)] == named for name in quoted):
            return names.fullest(_clean_name(nearest))
        if any(named[: len(words)] == words for words in map(name_words, quoted)):
            return _clean_name(nearest)  # the speaker's name as cut before its و-word
    return quoted[0]


def _body_name(words: tuple[str, ...]) -> bool:
    """Whether a body's words are its name, not a description (الحكومة اليسارية): a head in
    construct (اتحاد الشغل) or a domain in لل (الاتحاد العام التونسي للشغل)."""
    return not words[0].startswith("ال") or any(w.startswith("لل") for w in words[1:])


def _family_name_after_title(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """ "الرئيس الأسد"، "الوزير الطبيب": a definite title then a family name with the article,
    which the title parser reads as one more definite word of the title. The word is a family
    name when it ends the name of exactly one person of the document ("بشار الأسد"); so is a
    title noun alone that ends one ("الطبيب" for "شوقي الطبيب")."""
    last = phrase.last - 1
    if last == phrase.first and view.is_word(last) and view.keys[last].startswith("ال"):
        # "وبيّن الطبيب": a title noun alone that ends a person's name ("شوقي الطبيب"); an
        # outlet's or a body's head noun (الصحيفة، الوزارة) refers back to the body instead.
        if _names_a_body_word(view, last):
            return None
        person = names.person_ending_in(view.keys[last])
        return names.fullest(person) if person is not None else None
    if last <= phrase.first or not view.is_word(last) or view.title_state(view.bare[last]) is not None:
        return None
    if not view.keys[last].startswith("ال") or view.title_state(view.bare[phrase.first]) != "definite":
        return None
    one_word_title = last == phrase.first + 1 and view.title_state(view.bare[phrase.first]) == "definite"
    nisba = view.keys[last].endswith(("يه", "يين", "يون"))
    if nisba or (view.keys[last].endswith("ي") and not one_word_title):
        # A relational adjective of the title: "المتحدثة باسم الخارجية الأمريكية". After a
        # one-word title, a Maghreb family name in ـي is written with the article ("النائب
        # الحمايدي" for "مراد الحمايدي"): the person whose name it ends, when there is one.
        return None
    person = names.person_ending_in(view.keys[last])
    if person is None:
        return None
    head = name_words(person)[0]
    if view.title_state(head) is not None or view.words.is_a("institution", head):
        return None  # a body or a post, not a person: "وزارة الخارجية …"
    if view.keys[last].endswith("ي"):
        # A word in ـي after the title is the family name only of the person the document
        # gives that title ("الرئيس التونسي" is no "محمد التونسي" the writer).
        holder = names.title_name((view.bare[phrase.first],), view.tokens[phrase.first].start)
        if holder is None or not same_words(names.fullest(holder), names.fullest(person)):
            return None
    return names.fullest(person)


def _document_issuer(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """The body whose text a document source is: "الأرقام الرسمية للبنك المركزي" are the
    central bank's figures, and the bank is the source (as "بيان لوزارة الدفاع" is the
    ministry's). The body is the definite genitive in لل after the document's adjectives."""
    head = view.bare[phrase.first]
    if phrase.name is None or not view.words.is_a("document", head[2:] if head.startswith("ال") else head):
        return None
    for k in range(phrase.first + 1, phrase.last):
        key = view.bare[k]
        if not view.is_word(k):
            return None
        if key.startswith("لل") and view.words.is_a("institution", key[2:]):
            start = view.tokens[k].start + 2  # ل + the article's alef: "للبنك" is "البنك"
            text = "ال" + view.doc.text[start : view.chars(k, phrase.last)[1]]
            return names.fullest(text)
        if not key.startswith("ال"):
            return None
    return None


# Written sources an indefinite relative clause may credit to their author ("تقرير بثته قناة X").
_WRITTEN_SOURCES = frozenset({"تقرير", "مؤشرات", "قواعد", "تحليل"}) | STATEMENT_NOUNS
MAX_WORDS_BEFORE_RELATIVE = 3


def _relative_clause_author(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, history: list[Said]
) -> str | None:
    """The author of an indefinite written source described by a relative clause: "تقرير بثته
    قناة X"، "مؤشرات قدمها المسؤول عن المعهد". After an indefinite noun a verb with a pronoun
    that refers back to it opens a relative clause, whose subject is who wrote the source."""
    head = view.bare[phrase.first]
    if has_article(view, phrase.first) or not (head in _WRITTEN_SOURCES or view.words.is_a("document", head)):
        return None
    end = view.sentence_range(phrase.first)[1]
    verb = None
    for k in range(phrase.first + 1, min(phrase.first + 2 + MAX_WORDS_BEFORE_RELATIVE, end)):
        key = view.bare[k]
        if not view.is_word(k) or has_article(view, k):
            return None
        # The pronoun read on the written word: normalisation turns ة into ه (جمعية is no verb).
        pronoun = not view.tokens[k].text.endswith("ة") and key.endswith(("ه", "ها"))
        if pronoun and 3 <= len(key.removesuffix("ها").removesuffix("ه")) <= 5:
            verb = k
            break
    if verb is None or verb + 1 >= end or view.cues[verb] is not None:
        return None
    first = verb + 1
    while first < end and view.words.is_a("time", view.bare[first]):
        first += 1
    agent = parse_speaker(view, first, end)
    if agent is None or agent.start != first or agent.kind == "anonymous":
        return None
    bare_name = agent.kind == "name" and agent.title is None and not has_article(view, agent.first)
    if bare_name and not names.known(view.doc.text[slice(*view.chars(agent.first, agent.last))]):
        return None  # an unknown indefinite word after the verb may be its object
    return resolve(view, names, agent, speaker_span(view, agent), history)[0]


def speaker_span(view: DocView, phrase: SpeakerPhrase) -> Span:
    """The characters of a speaker phrase, without a leading لـ and surrounding punctuation."""
    start, end = view.chars(phrase.first, phrase.last)
    if has_li_proclitic(view, phrase.first):
        start += 2 if view.tokens[phrase.first].text[1:2] == "\u0640" else 1  # "وفقا لهيئة …"
    elif conjunction_on(view, phrase.first):
        start += 1  # "والمسؤولون الأمريكيون يقولون": the conjunction joins clauses, not the name
    start, end = trim(view, start, end, drop_final_stop=False)
    return view.doc.span(start, end)


MIN_CONJOINED_WORD = 4  # و + a word of three letters at least: ودياب, not the name ولي


def conjunction_on(view: DocView, i: int) -> bool:
    """Whether word i is the conjunction و written on a word: on a source's word (والرئيس،
    والمسؤولون، والنقابات، واللجنة) or on a word the document writes alone elsewhere ("دياب …
    ودياب"). Words whose root opens with و (وزير، واشنطن، وليد، والي) are left, and so is ف,
    which opens foreign names (فالفيردي، فالكون)."""
    key = view.keys[i]
    if len(key) < MIN_CONJOINED_WORD or key[0] != "و":
        return False
    rest = key[1:]
    stem = rest[2:] if rest.startswith("ال") else rest
    if view.title_state(rest) is not None or _source_word(view, stem):
        return True
    if rest.startswith("ال") and len(key) >= MIN_CONJOINED_DEFINITE and stem.endswith(_SOUND_PLURALS):
        return True
    # A title written with its root و (والي "governor", not و + إلى) or و on a particle is left.
    if view.title_state(key) is not None or view.remembered(may_stop)(view.tokens[i].text[1:]):
        return False
    return view.bare[i] == key and view.count(rest) > 0


MIN_CONJOINED_DEFINITE = 7  # و + ال + a sound plural: والمحللون، والنقابات (not والاس، والتر)
_SOUND_PLURALS = ("ون", "ين", "ات")


def _without_conjunction(view: DocView, phrase: SpeakerPhrase, name: str) -> str:
    """The name as the speaker phrase's words, without the conjunction on its first word
    (:func:`speaker_span` drops it from the span the same way)."""
    first = view.tokens[phrase.first].text
    if phrase.pair is None and name.startswith(first) and conjunction_on(view, phrase.first):
        return name[1:]
    return name


def known_head(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The longest start of a name phrase that the document knows as a name: in "جعل ماكرون
    إقناع ترامب …" the subject is ماكرون and the words after it begin the object."""
    for last in range(phrase.last - 1, phrase.first, -1):
        if names.known(view.text_of(phrase.first, last)):
            return SpeakerPhrase(phrase.first, last, "name", None, (phrase.first, last))
    return None


def _body_by_head(view: DocView, names: NameIndex, at: int, head: str) -> str | None:
    """The body named before token ``at`` by the head noun ``head``: its definite genitives
    ("وزارة العدل") or its own name after the head ("منظمة "أطباء بلا حدود"")."""
    expanded = names.expand_head(view, head, at)
    if expanded is not None:
        return expanded
    before = [name for k, kind, name in document_bodies(view, names) if kind == head and k < at]
    return before[-1] if before else None


def _li_issuer_name(view: DocView, names: NameIndex, author: SpeakerPhrase, position: int, end: int) -> str:
    """The name of an issuer written as a ل-phrase: a title ("التصريح المنسوب لرئيس النادي")
    stands for the person the document names next to it, like the title without ل would; a body
    or any other words are read as they are written."""
    text = issuer_text(view, author)
    holder = title_holder(view, author, end)
    if holder is not None:
        # "تصريحات لرئيس الوزراء الروسي نيكيتا خروتشوف": the holder named right after the title.
        return names.fullest(view.text_of(holder.first, holder.last))
    first = view.bare[author.first]
    if not first.startswith("لل") and view.title_state(first[1:]) is not None:
        title = (first[1:], *(view.keys[k] for k in range(author.first + 1, author.last) if view.is_word(k)))
        named = names.title_name(title, position)
        if named is not None:
            return names.fullest(named)
    return names.fullest(text)


def _statement_issuer(
    view: DocView, names: NameIndex, phrase: SpeakerPhrase, history: list[Said]
) -> Said | None:
    """Who issued the statement a speaker phrase names: the body after its head ("بيان
    لوزارة الدفاع"), else the nearest speaker whose clause issued a statement ("قالت
    الوزارة في بيان"), else the first body the article reports (news leads open with the
    statement the article is about: "أكدت الوزارة أن … ولم يعط البيان …")."""
    inner = issuer_in_phrase(view, phrase)
    if inner is not None:
        first, last = inner
        start, end = (
            speaker_span(view, SpeakerPhrase(first, last, "name")).start,
            view.chars(first, last)[1],
        )
        text = view.doc.text[start:end]
        # "بيان المنظمة الأممية": the issuer refers back like any body noun with its adjectives;
        # the statement phrase itself, known as a speaker, is no fuller name of its issuer.
        body = _named_body_before(view, names, SpeakerPhrase(first, last, "name"))
        fullest = names.fullest(text)
        if body is None and _is_statement_name(Said(fullest, None, None)):
            fullest = text
        return Said(names.fullest(body) if body else fullest, None, None, body=True)
    named = _named_issuer(view, phrase)
    if named is not None:
        text = view.text_of(named, named + 1)
        fullest = names.fullest(text)
        # The statement phrase itself, known as a speaker, is no fuller name of its issuer.
        return Said(text if _is_statement_name(Said(fullest, None, None)) else fullest, None, None, body=True)
    issued = next(
        (said for said in reversed(history) if said.statement and not _is_statement_name(said)), None
    )
    if issued is not None:
        return issued
    return next((said for said in history if said.body and not _is_statement_name(said)), None)


# فاعل, the active participle of the ground form: "بيان صادر عن", "بيان سابق", no issuer's name.
_GROUND_PARTICIPLE = re.compile(r"^.ا.[^اوى]$")


def _named_issuer(view: DocView, phrase: SpeakerPhrase) -> int | None:
    """The issuer an indefinite statement noun governs by name ("وأضاف بيان سانا"): one word
    without the article that the document writes elsewhere too, and no adjective, participle,
    cue or common speaker word (بيان رسمي، بيان صادر)."""
    if (
        has_article(view, phrase.first)
        or phrase.last != phrase.first + 2
        or not view.is_word(phrase.first + 1)
    ):
        return None
    i = phrase.first + 1
    key = view.bare[i]
    if (
        has_article(view, i)
        or key in view.vocabulary
        or view.cues[i] is not None
        or view.count(view.keys[i]) < 2
        or key.endswith(("ي", "يه"))
        or _GROUND_PARTICIPLE.match(key) is not None
        or view.tokens[i].text.endswith(("ة", "ات"))
        or key[:1].isdigit()
    ):
        return None
    return i


def _is_statement_name(said: Said) -> bool:
    words = name_words(said.name)
    return bool(words) and (words[0][2:] if words[0].startswith("ال") else words[0]) in STATEMENT_NOUNS


def _clean_name(name: str) -> str:
    return " ".join(name.replace('"', " ").replace("«", " ").replace("»", " ").split())


# Proclitics a body's head noun carries where the document names the body: "لمجلة X"، "بشركة X"
# (و and ف are already off the bare key).
_HEAD_PROCLITICS = ("ل", "ب", "ك")
_CLOSING_QUOTE = {'"': '"', "«": "»", "“": "”", "(": ")"}
MAX_QUOTED_NAME_CHARS = 60
MAX_BODY_NAME_WORDS = 5
MAX_BODY_REFERENCE_WORDS = 3


def body_of_kind(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """The body a definite head noun stands for ("المنظمة"، "المجلة العريقة"، "الشركة ذاتها"):
    the one of that kind the document names, by the name written after the head noun even
    when the head carries a proclitic or the name is in quote marks ("فمنظمة "هيومن رايتس
    ووتش""، "لشركة يونايتد إيرلاينز"). The nearest naming before wins; a reference ahead of
    any naming points to the first one after it (a lead may name the body later)."""
    head = _definite_body_head(view, phrase)
    if head is None:
        return None
    if phrase.last < len(view) and view.is_word(phrase.last) and view.bare[phrase.last].startswith("لل"):
        return None  # "المنظمة الدولية للهجرة": the body's own name, its domain in لل
    bodies = document_bodies(view, names)
    before = [name for at, kind, name in bodies if kind == head and at < phrase.first]
    if before:
        return before[-1]
    after = [name for at, kind, name in bodies if kind == head and at > phrase.last]
    return after[0] if after else None


def _definite_body_head(view: DocView, phrase: SpeakerPhrase) -> str | None:
    """The head noun of a definite body reference: the head with the article, then only definite
    adjectives or ذاته/نفسه ("المنظمة الحقوقية ذاتها"); None for anything else."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if not words or len(words) > MAX_BODY_REFERENCE_WORDS or not has_article(view, words[0]):
        return None
    head = view.bare[words[0]][2:]
    if not (view.words.is_a("institution", head) or view.words.is_a("media", head)):
        return None
    for k in words[1:]:
        if not (has_article(view, k) or view.bare[k] in SAME_ENDINGS) or view.title_state(view.bare[k]):
            return None
        if view.keys[k].endswith(("ي", "يه")):
            return None  # "الشرطة الأسترالية"، "الشرطة الفيدرالية": a nisba describes a body of its own
    return head


def document_bodies(view: DocView, names: NameIndex) -> list[tuple[int, str, str]]:
    """(token, head noun, name) of every body the document names right after an indefinite head
    noun, in text order: a name in quote marks, or a name the document knows (a speaker, an
    entity) not opening with the article. Read once per document, on first use."""
    if names.bodies is not None:
        return names.bodies
    found: list[tuple[int, str, str]] = []
    words = view.words
    # is_a of the two classes, its calls written out
    institutions, media = words.classes.get("institution", ()), words.classes.get("media", ())
    for i, key in enumerate(view.bare):
        if key.startswith("ال") or not view.is_word(i):
            continue
        head = key if key[:1] not in _HEAD_PROCLITICS else key[1:]
        if not (head in institutions or head in media):
            if head is key or not (key in institutions or key in media):
                continue
            head = key
        name = _name_after_head(view, names, i)
        if name is not None:
            if not _names_itself(view, names, i + 1, name):
                # "شرطة نيو أورليانز"، "شركة نقل تونس": a name the document never gives alone
                # (a place, a description) is the body's name only with its head noun.
                name = view.tokens[i].text[len(view.tokens[i].text) - len(head) :] + " " + name
            found.append((i, head, name))
    names.bodies = found
    return found


def _names_itself(view: DocView, names: NameIndex, k: int, name: str) -> bool:
    """Whether the name after a body's head names the body alone: in quote marks, a body the
    earlier stages link ("مايكروسوفت"), or a speaker's name of its own ("وقالت يونايتد إيرلاينز")."""
    label = view.mention_label(k) if k < len(view) else None
    if label is not None:
        return label[0] == "ORG"
    return not view.is_word(k) or name_words(name) in names.speakers


def _marks_after(view: DocView, i: int) -> tuple[str, int, int] | None:
    """The marks or brackets opening right after token ``i``, closed within MAX_QUOTED_NAME_CHARS
    (see :func:`names.marks_after`)."""
    return marks_after(view, i, _CLOSING_QUOTE, MAX_QUOTED_NAME_CHARS)


def _name_after_head(view: DocView, names: NameIndex, i: int) -> str | None:
    marks = _marks_after(view, i)
    if marks is not None:
        _, at, end = marks
        quoted = _clean_name(view.doc.text[at + 1 : end]) if end > at + 1 else ""
        return quoted or None
    first = i + 1
    if first >= len(view) or not view.is_word(first) or has_article(view, first):
        return None
    for last in range(min(len(view), first + MAX_BODY_NAME_WORDS), first, -1):
        if not all(view.is_word(k) for k in range(first, last)):
            continue
        written = view.text_of(first, last)
        if names.known(written) and same_words(names.fullest(written), written):
            return written
    return None


# Words that carry a title chain on past where the parser closed it: the seat or the body the
# post is held at ("في بريطانيا"، "لدى الأمم المتحدة"، "بوزارة الخارجية").
_SEAT_PREPOSITIONS = frozenset({"في", "لدي"})
MAX_SEAT_WORDS = 5
MAX_PERSON_NAME_WORDS = 4


def name_after_chain(view: DocView, names: NameIndex, phrase: SpeakerPhrase) -> str | None:
    """The person's name a title chain ends in when the chain was closed before it, at the
    seat of the post ("قائد شرطة مكافحة الإرهاب في بريطانيا مارك راولي"، "سفير … لدى
    تونس X") or at a name in quote marks ("عمدة لندن "صديق خان""). The name is a person's:
    in quote marks (two to four words, no article), or a person the document knows; the seat
    runs without a comma or a verb of saying to it."""
    end = view.sentence_range(phrase.first)[1]
    k = phrase.last
    if view.keys[phrase.first].endswith(("ان", "ون", "ين")) and has_article(view, phrase.first):
        return None  # "الباحثان "X" و"Y"": a dual or plural post names more than one person
    # After a title in construct, a quoted name is its genitive: "مديرة "هيومن رايتس ووتش"".
    quoted = None if view.title_state(view.bare[k - 1]) == "indefinite" else _quoted_person_at(view, k)
    if quoted is not None:
        return quoted
    if k >= end or not view.is_word(k):
        return None
    key = view.bare[k]
    seat = key in _SEAT_PREPOSITIONS or _bi_body(view, k) or (key[:1] in "بل" and view.keys[k][1:3] == "ال")
    if not seat:
        return None
    for last in range(k + 1, min(end, k + 2 + MAX_SEAT_WORDS)):
        quoted = _quoted_person_at(view, last) if _saying_after_marks(view, last - 1) else None
        if quoted is not None:
            return quoted
        if not view.is_word(last) or view.cues[last] is not None:
            return None
        given = last - 1
        if given <= k or has_article(view, given) or has_article(view, last):
            continue
        labels = (view.mention_label(given), view.mention_label(last))
        if any(label is not None and label[0] != "PER" for label in labels):
            continue  # "في بريطانيا"، "في شركة مايكروسوفت": a place or a body, no person
        if _names_a_body_word(view, given) or _bi_body(view, given):
            continue
        # A given name and the family name of a person the document names elsewhere.
        if names.person_closing((view.keys[last],)) or names.person_closing(
            name_words(view.text_of(given, last + 1))
        ):
            return names.fullest(view.text_of(given, last + 1))
    return None


def _saying_after_marks(view: DocView, k: int) -> bool:
    """Whether marks open right after token ``k`` and the clause goes on after them with the verb
    of saying or its complementizer: "السفير الروسي في بريطانيا "X Y" قال"، "… "X Y" إن". After a
    post's seat, words in marks are its holder's name only in that place, the subject's
    apposition; elsewhere they are the words of a phrase ("بتقديم "أدلة واضحة"")."""
    marks = _marks_after(view, k)
    if marks is None or marks[2] < 0:
        return False
    after = bisect.bisect_left(view.starts, marks[2] + 1)
    return (
        after < len(view)
        and view.is_word(after)
        and (view.cues[after] is not None or view.bare[after] in COMPLEMENTIZERS)
    )


def _person_name_shaped(words: tuple[str, ...], written: str) -> bool:
    """Whether words (the :func:`name_words` of ``written``) may be a person's name: each of
    three letters or more (or a link: بن، آل), no digit, the article only after a link ("خالد
    عبد العال") or on the last word, a family name's ("يوسف الشاهد"); "زيادة الرواتب بوتيرة
    أسرع" is a phrase, no name. The article is read as written: the أل of a foreign given name
    ("أليكسيس تسيبراس"، "ألكساندر") is none, though normalisation spells it ال."""
    on_page = written.split()
    if len(on_page) != len(words):
        on_page = list(words)
    for at, word in enumerate(words):
        if word in NAME_LINKS:
            continue
        if len(word) < 3 or any(c.isdigit() for c in word):
            return False
        definite = first_word_definite(on_page[at], (word,))
        if definite and (at == 0 or (at < len(words) - 1 and words[at - 1] not in NAME_LINKS)):
            return False
    return True


def _bi_body(view: DocView, k: int) -> bool:
    key = view.bare[k]
    return key[:1] in "بل" and (view.words.is_a("institution", key[1:]) or view.words.is_a("media", key[1:]))


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def _quoted_person_at(view: DocView, k: int) -> str | None:
    """A person's name in quote marks opening right after token ``k - 1``: two to four words,
    the first no word with the article (a family name may have it: "يوسف الشاهد")."""
    marks = _marks_after(view, k - 1)
    if marks is None:
        return None
    closing, at, stop = marks
    if closing == ")" or stop < 0:
        return None
    quoted = _clean_name(view.doc.text[at + 1 : stop])
    if not _ARABIC_LETTER.search(quoted):
        # "نائب رئيس شركة بي ايه إي سيستمز "BAE Systems" X Y": a name in Latin letters in marks
        # after the Arabic words is how the body (or place) just named is spelled at home.
        return None
    inside = bisect.bisect_left(view.starts, at + 1)
    label = view.mention_label(inside) if inside < len(view) else None
    if label is not None and label[0] != "PER":
        return None  # a body or a place the earlier stages know ("بي بي سي")
    word = inside
    while word < len(view) and view.tokens[word].end <= stop:
        if not may_name(view, word):
            return None  # quoted words with a particle or a verb: "قال الوزير «سنرد على …»"
        word += 1
    words = name_words(quoted)
    if not 2 <= len(words) <= MAX_PERSON_NAME_WORDS or not _person_name_shaped(words, quoted):
        return None
    if _names_a_body_word(view, k - 1) or _bi_body(view, k - 1) or view.bare[k - 1] in _CHAIN_OWNERS:
        # "بمنظمة "أنا يقظ""، "المتحدث باسم "أحرار الشام"": the quoted words name the body.
        return None
    if view.words.is_a("institution", words[0]) or view.words.is_a("media", words[0]):
        return None
    return None if view.title_state(words[0]) else quoted
