"""A written source's issuer: who a statement, study or report that "says" something stands for.

The guidelines name the fullest name the document gives for a source, and a document is a
metonym for whoever wrote it. Arabic names the author right after the document noun and its
adjectives, in one of four ways:

- a participle "issued by": "بيان صادر اليوم عن المكتب التنفيذي"، "تقرير صادر عن مركز الخليج";
- the preposition من: "بيان من وزارة الدفاع"، "بيان علمي من جمعية القلب الأمريكية";
- the preposition لـ: "بلاغ لوزارة المالية"، "دراسة لمنظمة الصحة العالمية";
- a relative clause whose verb of making takes the document back as its pronoun object:
  "دراسة أعدتها منظمة الصحة العالمية"، "تدقيق أنجزه المنتدى"، "البيان الذي أصدره نادي برشلونة"
  (an outlet that only published it, نشرته صحيفة, is not its author).

A definite reference ("الدراسة"، "التقرير") points back to the nearest earlier mention of the same
noun, and so to that mention's issuer.
"""

from __future__ import annotations

from collections.abc import Callable

from qawl.extractors.ner_spans import given_names
from qawl.extractors.quotes.name_ends import outlet_addressee
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView

# Written sources by their normalised head noun (ة read as ه).
WRITTEN_SOURCES = frozenset(
    {"بيان", "بلاغ", "دراسه", "تقرير", "مسح", "تدقيق", "استطلاع", "وثيقه", "مذكره", "رساله"}
)
# Texts whose issuer is read once they speak, though detection does not take them for sources:
# "تحقيق" (an investigative report, "تحقيق استقصائي لرويترز"; as often an inquiry).
# Plural texts (دراسات أجرتها الوزارة، تقارير أعدتها المنظمة) and a body's count of the dead
# ("حصيلة سابقة للمرصد"، "حصيلة أعلنتها الوزارة") name their issuer the same ways.
_ISSUED_TEXTS = WRITTEN_SOURCES | {"تحقيق", "دراسات", "تقارير", "حصيله"}
# Verbs of making a text, perfect, third person: the relative clause's pronoun (ه/ها) refers
# back to the document (أصدره، أعدتها، أنجزه، أجراها).
# Not نشر/بث: an outlet that published a text is no author of it.
_MAKING_STEMS = ("اصدر", "اعد", "انجز", "وضع", "اطلق", "قدم", "اجر")
MAKING_VERBS = frozenset(
    stem + person + pronoun
    for stem in _MAKING_STEMS
    for person in (("ا", "ت") if stem == "اجر" else ("", "ت"))
    for pronoun in ("ه", "ها")
)
# What a source said, named by the verbal noun of its saying ("وجاء في التصريح المنسوب لرئيس
# النادي أن …"، "وورد في التوضيح أن …"): after جاء/ورد في it holds the words like a statement,
# and its issuer is named the same ways. A ل-phrase on an outlet after it is whom it was given to
# ("في تصريح لإذاعة موزاييك"), not its author. An editorial (افتتاحية الصحيفة) is its paper's text.
UTTERANCE_NOUNS = frozenset(
    {"تصريح", "تصريحات", "توضيح", "اعتراف", "اعترافات", "شهاده", "شهادات", "وثيقه", "مقال", "حوار",
     "مقابله", "حديث", "رد", "مداخله", "تعليق", "نداء", "اعلان", "افتتاحيه"}
)  # fmt: skip
# Verbs of publishing, perfect, third person, with the text's pronoun (نشره، نشرتها): a body
# that publishes its own statement is its issuer ("بيانا نشرته الجمعية"); an outlet that
# publishes a statement only passes on another's words.
PUBLISHING_VERBS = frozenset(f"نشر{person}{pronoun}" for person in ("", "ت") for pronoun in ("ه", "ها"))
# Texts a body issues and an outlet only passes on: the outlet is never their issuer.
_PASSED_ON = frozenset({"بيان", "بلاغ", "رساله", "وثيقه", "مذكره"})
ISSUED_BY = frozenset({"صادر", "صادره", "الصادر", "الصادره"})
RELATIVES = frozenset({"الذي", "التي"})
MAX_ADJECTIVES = 3  # adjectives of the document noun before its issuer (البيان الختامي المشترك)
MAX_BEFORE_AN = 3  # words between صادر and عن: a day, a time (صادر اليوم الجمعة عن)
MAX_ISSUER_WORDS = 10
DOCUMENT_REACH = 600  # tokens looked back for the mention a definite reference points to


def _noun(view: DocView, i: int) -> str | None:
    """The written-source noun word i is, without the article ("" when it has none)."""
    key = view.bare[i]
    body = key[2:] if has_article(view, i) else key
    return body if body in _ISSUED_TEXTS or body in UTTERANCE_NOUNS else None


def is_written_source(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is headed by a written source (بيان، دراسة، تقرير …)."""
    return phrase.title is None and view.is_word(phrase.first) and _noun(view, phrase.first) is not None


def issuer(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The issuer a written-source speaker phrase names after its head, or that the earlier
    mention a definite one points back to names."""
    head = phrase.first
    found = issuer_after(view, head)
    if found is not None or not has_article(view, head):
        return found
    noun = _noun(view, head)
    earlier = [i for i in range(head - 1, max(-1, head - DOCUMENT_REACH), -1) if view.is_word(i)]
    accusative = False  # "أصدر المكتب بياناً": a nearer mention as an object, whose maker is not read
    for i in earlier:
        if not has_article(view, i) and view.bare[i] == f"{noun}ا" and not accusative:
            accusative = True
            maker = maker_subject(view, i)
            if maker is not None:
                return maker
        if not has_article(view, i) and _bare_noun(view, i) == noun:
            return issuer_after(view, i) or (None if accusative else reporting_subject(view, i))
        if has_article(view, i) and view.bare[i] == view.bare[head]:
            # "ووجد التحقيق، الذي أجرته هيئة محلفين، أن … ويقول المسؤولون إن التحقيق وجد": the
            # same definite noun again is the same text, whose issuer its first mention named.
            # An anonymous group ("الذي أعده خبراء من الأمم المتحدة") leaves an earlier, fuller naming.
            found = issuer_after(view, i)
            if found is not None and found.kind != "anonymous":
                return found
    # "أشار مسح جديد أجرته منظمة الصحة … وتشير الدراسة إلى …": a noun the text never introduced
    # names again, in other words, the written source it did introduce with its author.
    for i in earlier:
        if not has_article(view, i) and _bare_noun(view, i) is not None:
            found = issuer_after(view, i)
            if found is not None:
                return found
    # "وقال تقرير لمجلة X …" and, far on in a long article, "ويرجح التقرير": the article still
    # points to the one report the document introduced, however far back.
    introduced = _indefinite_mentions(view, noun, max(0, head - DOCUMENT_REACH + 1))
    return issuer_after(view, introduced[0]) if noun and len(introduced) == 1 else None


# The auxiliary of a pluperfect report whose subject stands before its verb ("وكانت المؤسسة
# ذكرت في تقرير لها").
_AUXILIARIES = frozenset({"كان", "كانت"})
MAX_SUBJECT_WORDS = 8


def reporting_subject(view: DocView, i: int) -> SpeakerPhrase | None:
    """The issuer of a written source the text brings in as where a subject said something: "قالت
    منظمة العفو الدولية في تقرير نشرته اليوم إن …"، "وكانت المؤسسة ذكرت في تقرير ربع سنوي لها أن
    …" ("said in a report"): the subject of the verb of saying whose complement في/ب the noun at
    token ``i`` is wrote the report, so "التقرير" later stands for that subject. The subject is
    the whole run between the verb and the preposition (verb first), or between كان and the verb
    right before it; any other word between them (an object, "عن مصدر") leaves it unread."""
    key = view.bare[i]
    if key[:1] == "ب" and key[1:] in WRITTEN_SOURCES:
        preposition = i
    elif i > 0 and view.is_word(i - 1) and view.bare[i - 1] == "في":
        preposition = i - 1
    else:
        return None
    first, _ = view.sentence_range(i)
    verb = preposition - 1
    while verb >= max(first, preposition - 1 - MAX_SUBJECT_WORDS):
        if not view.is_word(verb):
            return None
        cue = view.cues[verb]
        if cue is not None:
            if cue.kind != "verb":
                return None
            break
        verb -= 1
    else:
        return None
    if verb + 1 < preposition:
        return _whole_subject(view, verb + 1, preposition)
    for aux in range(verb - 1, max(first, verb - 1 - MAX_SUBJECT_WORDS) - 1, -1):
        if not view.is_word(aux):
            return None
        if view.bare[aux] in _AUXILIARIES:
            return _whole_subject(view, aux + 1, verb) if aux + 1 < verb else None
    return None


# Verbs of issuing a text, perfect, third person, whose object the text is ("أصدرت المحكمة
# تقريرا"، "أعد المركز دراسة"): the stems of the making verbs, without the pronoun.
ISSUING_VERBS = frozenset(
    stem + person for stem in _MAKING_STEMS if stem != "اجر" for person in ("", "ت")
) | {"اجري", "اجرت"}


def maker_subject(view: DocView, i: int) -> SpeakerPhrase | None:
    """The maker of a text the sentence brings in as the object of a verb of issuing: in "أصدرت
    المحكمة العليا في ولاية بنسلفانيا تقريرا يشرح …" (verb, subject, object) the subject between
    the verb and the accusative noun at token ``i`` issued the report, so "التقرير" later stands
    for it. The subject is the whole run between the two, one source phrase, not an anonymous
    one; any other word between them (an adverb, a second object) leaves it unread."""
    first, _ = view.sentence_range(i)
    for verb in range(i - 1, max(first, i - 1 - MAX_SUBJECT_WORDS) - 1, -1):
        if not view.is_word(verb):
            return None
        if view.bare[verb] in ISSUING_VERBS:
            return _subject_with_seat(view, verb + 1, i) if verb + 1 < i else None
    return None


def _subject_with_seat(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The source phrase of tokens ``first`` to ``last``: the whole run, or a phrase followed by
    where it sits ("المحكمة العليا في ولاية بنسلفانيا": في and its words, no verb or comma)."""
    found = parse_speaker(view, first, last)
    if found is None or found.start != first or found.kind == "anonymous":
        return None
    rest = range(found.last, last)
    if rest and (
        view.bare[found.last] != "في" or not all(view.is_word(k) and view.cues[k] is None for k in rest)
    ):
        return None
    return found


def _whole_subject(view: DocView, first: int, last: int) -> SpeakerPhrase | None:
    """The speaker phrase that spans exactly tokens ``first`` to ``last``, if the words are one."""
    found = parse_speaker(view, first, last)
    if found is None or found.start != first or found.last != last or found.kind == "anonymous":
        return None
    return found


def _indefinite_mentions(view: DocView, noun: str | None, end: int) -> list[int]:
    """The tokens before ``end`` that introduce the written source ``noun`` without the article
    (تقرير، لتقرير، بتقرير)."""
    found: list[int] = []
    if not noun:
        return found
    for key in (noun, "ل" + noun, "ب" + noun):
        k = -1
        while True:
            try:
                k = view.bare.index(key, k + 1, end)
            except ValueError:
                break
            found.append(k)
    return sorted(found)


TEXT_OF = "نص"  # "نص البلاغ": the text of a statement says what the statement says


def text_of_source(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """A speaker phrase "نص البلاغ"، "نص البيان" read as the written source it is the text of."""
    first = phrase.first
    if view.bare[first] != TEXT_OF or first + 1 >= phrase.last or not view.is_word(first + 1):
        return phrase
    if _noun(view, first + 1) is None:
        return phrase
    return SpeakerPhrase(first + 1, phrase.last, phrase.kind, phrase.title, (first + 1, phrase.last))


def _bare_noun(view: DocView, i: int) -> str | None:
    """The written-source noun of an indefinite mention, with or without a clitic preposition
    (في بيان، ببيان، لدراسة)."""
    key = view.bare[i]
    if key in _ISSUED_TEXTS:
        return key
    return key[1:] if key[:1] in "بل" and key[1:] in _ISSUED_TEXTS else None


def issuer_after(view: DocView, head: int) -> SpeakerPhrase | None:
    """The issuer named right after the written-source noun at token ``head``."""
    _, end = view.sentence_range(head)
    utterance = _noun(view, head) in UTTERANCE_NOUNS
    k = head + 1
    adjectives = 0
    while k < end and view.is_word(k) and adjectives < MAX_ADJECTIVES and _adjective(view, head, k):
        k += 1
        adjectives += 1
    if (
        has_article(view, head)
        and k + 1 < end
        and view.tokens[k].text == "،"
        and view.is_word(k + 1)
        and view.bare[k + 1] in RELATIVES
    ):
        # "التحقيق، الذي أجرته هيئة محلفين كبرى، أن": a relative clause set off by commas; its
        # verb's subject closes it ("الذي قدمه الفريق لمجلس الأمن نهاية الشهر،" has more in it).
        close = next((m for m in range(k + 2, end) if not view.is_word(m)), end)
        if view.bare[k + 2] not in MAKING_VERBS or close >= end or view.tokens[close].text != "،":
            return None
        found = _agent(view, k + 3, close) if k + 3 < close else None
        return found if found is not None and found.last == close else None
    if k >= end or not view.is_word(k):
        return None
    key = view.bare[k]
    if k == head + 1 and not has_article(view, head) and utterance and _genitive_issuer(view, k):
        # "مداخلة الوزير"، "تصريح منسقة المشاريع X": the verbal noun of saying in construct
        # with a body or a title, its subject.
        return _agent(view, k, end)
    if key in RELATIVES:
        k += 1
        if k >= end or not view.is_word(k):
            return None
        key = view.bare[k]
        if key not in MAKING_VERBS:
            return None
        return _agent(view, k + 1, end)
    if key in MAKING_VERBS:
        return None if has_article(view, head) else _agent(view, k + 1, end)
    passed_on = view.bare[head].removesuffix("ا") in _PASSED_ON
    if key in PUBLISHING_VERBS and passed_on and _not_in_phrase(view, head):
        # "نقلت وسائل الإعلام بيانا نشرته الجمعية": the body published its own statement; not
        # an outlet, which passes on another's ("بيانا نشرته وكالة الأنباء الرسمية").
        found = _agent(view, k + 1, end)
        if found is None or found.kind != "name" or _outlet(view, found.first, found.last):
            return None
        return found
    if key in ISSUED_BY:
        for m in range(k + 1, min(end, k + 2 + MAX_BEFORE_AN)):
            if view.is_word(m) and view.bare[m] == "عن":
                return _agent(view, m + 1, end)
            if view.is_word(m) and not view.words.is_a("time", view.bare[m]):
                return None
        return None
    if key == "من":
        return _agent(view, k + 1, end)
    if key[:1] == "ل" and len(key) > 3:
        given_to = utterance and outlet_addressee(view, key[1:])
        if given_to:
            return None
        return _agent(view, k, end, li=True) or _li_person(view, head, k, end)
    return None


# Texts a person writes, never addresses: after them a ل-phrase on a person's name is the
# author ("الإعلان الشيوعي لكارل ماركس"، "دراسة لجون سميث"، "مقال لعلي الأحمد"), where after a
# letter, an appeal or a reply it is whom it was sent to ("رسالة لترامب").
_AUTHORED_TEXTS = frozenset({"بيان", "دراسه", "دراسات", "تقرير", "تقارير", "مقال", "اعلان", "كتاب"})
MAX_LI_NAME_WORDS = 4


def _li_person(view: DocView, head: int, k: int, end: int) -> SpeakerPhrase | None:
    """ "الإعلان الشيوعي لكارل ماركس جاء فيها": a person's name under ل after an authored text
    (a listed given name, then at least one more word of the name: no article, no stop, no cue)
    is the text's author."""
    noun = view.bare[head]
    noun = noun[2:] if has_article(view, head) else noun
    if noun not in _AUTHORED_TEXTS or view.bare[k][1:] not in given_names():
        return None
    last = k + 1
    while (
        last < end
        and last - k < MAX_LI_NAME_WORDS
        and view.is_word(last)
        and not has_article(view, last)
        and view.cues[last] is None
        and not view.words.is_a("stop", view.bare[last])
        and view.bare[last] not in given_names()
    ):
        last += 1
    return SpeakerPhrase(k, last, "name", None, (k, last)) if last > k + 1 else None


def _genitive_issuer(view: DocView, k: int) -> bool:
    """A body or a title as the genitive of a text noun: the head noun of an institution, an
    outlet or a post, with the article or without it."""
    key = view.bare[k]
    core = key[2:] if has_article(view, k) else key
    words = view.words
    return words.is_a("institution", core) or words.is_a("media", core) or view.title_state(key) is not None


def li_reference(view: DocView, head: int) -> tuple[int, str] | None:
    """(token, head noun) of a body named after a written source by its head noun alone, with
    the article under لـ ("بلاغ إعلامي للوزارة"، "بيان للنادي"): a reference back to the body
    the document named before with that head, which :func:`issuer_after` leaves to the caller."""
    _, end = view.sentence_range(head)
    k = head + 1
    adjectives = 0
    while k < end and view.is_word(k) and adjectives < MAX_ADJECTIVES and _adjective(view, head, k):
        k += 1
        adjectives += 1
    if k >= end or not view.is_word(k) or not view.bare[k].startswith("لل"):
        return None
    rest = view.bare[k][2:]
    if not (view.words.is_a("institution", rest) or view.words.is_a("media", rest)):
        return None
    if k + 1 < end and view.is_word(k + 1) and _goes_on_body(view, k + 1):
        return None  # "للوزارة الأولى …": the body's own name goes on; issuer_after reads it
    return k, rest


# Adjectives of a text's time: new, recent, earlier, last (دراسة حديثة، حصيلة سابقة، تقرير أخير).
_TIME_ADJECTIVES = frozenset({"حديثه", "جديد", "جديده", "سابق", "سابقه", "اخير", "اخيره"})


_NEWS = frozenset({"انباء", "اخبار", "الانباء", "الاخبار"})


def _outlet(view: DocView, first: int, last: int) -> bool:
    """Whether a phrase names an outlet: an outlet's head noun (صحيفة، الوكالة، موقع) or the
    news it carries ("مركز أنباء الأمم المتحدة"، "وكالة الأنباء")."""
    for k in range(first, last):
        key = view.bare[k]
        if key in _NEWS or view.words.is_a("media", key[2:] if has_article(view, k) else key):
            return True
    return False


def _not_in_phrase(view: DocView, head: int) -> bool:
    """An indefinite text noun that is no preposition's: a verb's object or subject ("نقلت
    الوكالة بيانا"). After في it is the text a report's cue names its speaker's words in ("قالت
    المنظمة في بيان نشره مركز …"), whose speaker the cue names already."""
    key = view.bare[head]
    if has_article(view, head) or (key[:1] in "بل" and key[1:].removesuffix("ا") in _PASSED_ON):
        return False  # "ببيان"، "لبيان"
    return head == 0 or not view.is_word(head - 1) or view.bare[head - 1] not in {"في", "وفي", "عبر"}


def _adjective(view: DocView, head: int, k: int) -> bool:
    """An adjective of the document noun: it agrees in definiteness and is relational or a
    participle (البيان الختامي، بيان مشترك، دراسة أميركية حديثة)."""
    key = view.bare[k]
    if has_article(view, head) != has_article(view, k) or key in ISSUED_BY or key in RELATIVES:
        return False
    body = key[2:] if has_article(view, k) else key
    if len(body) < 4:
        return False
    return body.endswith(("ي", "يه")) or body.startswith("م") or body in _TIME_ADJECTIVES


def _agent(view: DocView, first: int, end: int, li: bool = False) -> SpeakerPhrase | None:
    """The issuer phrase at token ``first``: a body, title, name or anonymous group, not a time
    word or a number."""
    while first < end and view.is_word(first) and view.words.is_a("time", view.bare[first]):
        first += 1
    if first >= end or not view.is_word(first) or view.keys[first][:1].isdigit():
        return None
    if li:
        return _li_body(view, first, end)
    found = parse_speaker(view, first, min(end, first + MAX_ISSUER_WORDS))
    if found is None or found.start != first:
        return None
    after = found.last
    if has_article(view, first) and after < end and view.is_word(after) and view.bare[after].startswith("لل"):
        # "المكتب التنفيذي للجمعية"، "الهيئة الإدارية للاتحاد": an organ of a body the
        # document named before, which its earlier naming resolves better.
        return None
    if found.kind == "name" and found.title is None:
        # "نادي برشلونة"، "مركز الخليج للأبحاث": a body's name is its whole construct, which
        # the name parser may cut after its head.
        last = found.last
        while last < end and last - first < MAX_ISSUER_WORDS and view.is_word(last) and _goes_on(view, last):
            last += 1
        found = SpeakerPhrase(first, last, "name", None, (first, last))
    return found


def _li_body(view: DocView, first: int, end: int) -> SpeakerPhrase | None:
    """ "بلاغ لوزارة المالية": the ل-phrase names a body, a title or an outlet, never a purpose
    or a time ("بيان للرد على"، "بيان لليوم"); its definite genitives and adjectives go on with
    it, and an outlet's name may follow in quotation marks ("تقرير لصحيفة "تلغراف"")."""
    key = view.bare[first]
    rest = key[2:] if key.startswith("لل") else key[1:]
    words = view.words
    if key[:1] == "ل" and rest in AGENCIES:
        # "تحقيق استقصائي لرويترز"، "تقرير لفرانس برس": an agency the press names without a head.
        last = first + 1
        if last < end and view.is_word(last) and view.bare[last] in AGENCIES[rest]:
            last += 1
        return SpeakerPhrase(first, last, "name", None, (first, last))
    if not (
        words.is_a("institution", rest) or words.is_a("media", rest) or view.title_state(rest) is not None
    ):
        return None
    last = first + 1
    if not key.startswith("لل") and last < end and view.is_word(last) and _proper_genitive(view, last):
        last += 1  # "تقرير لوكالة بلومبيرغ": an indefinite head's genitive is the body's own name
        last = _proper_name_to_nisba(view, first, last, end)
    while last < end and last - first < MAX_ISSUER_WORDS and view.is_word(last) and _goes_on_body(view, last):
        last += 1
    if last == first + 1 and key.startswith("لل") and view.open_close.get(last) is None:
        if title_holder(view, SpeakerPhrase(first, last, "name", None, (first, last)), end) is not None:
            # "تصريحات للرئيس بشار الأسد": the title's holder, named right after it.
            return SpeakerPhrase(first, last, "name", None, (first, last))
        return None  # "بيان للوزارة": the body named before, which the statement's history resolves
    close = view.open_close.get(last) if last == first + 1 else None
    if close is not None and words.is_a("media", rest) and close - last <= MAX_QUOTED_NAME:
        last = close + 1
    return SpeakerPhrase(first, last, "name", None, (first, last))


MAX_QUOTED_NAME = 5


def title_holder(view: DocView, author: SpeakerPhrase, end: int) -> SpeakerPhrase | None:
    """The holder named right after a title under لـ that names a text's author ("تصريحات
    لرئيس الوزراء الروسي نيكيتا خروتشوف"، "تصريحات للرئيس بشار الأسد"): the title and its
    adjectives, then a person's name in apposition, which is the author (the title's holder),
    as the title without ل would be ("قال الرئيس بشار الأسد")."""
    key = view.bare[author.first]
    rest = key[2:] if key.startswith("لل") else key[1:]
    words = view.words
    if key[:1] != "ل" or view.title_state(rest) is None or author.last >= end:
        return None
    if words.is_a("institution", rest) or words.is_a("media", rest):
        return None  # "تقرير لوكالة "بلومبيرغ" الأميركية": a body's head, whose name goes on
    first = author.last
    set_off = view.tokens[first].text == "،"
    if set_off:
        first += 1  # "تصريحا للمدرب الوطني، رابح ماجر، يؤكد فيه": the name set off by commas
    # A name opens with a word of its own: no article, no preposition ("للفريق الأممي المعني
    # باليمن"، "للمتحدث باسم قوات التحالف").
    if first >= end or not view.is_word(first) or not _proper_genitive(view, first):
        return None
    if view.bare[first] == "باسم":
        return None  # "بيان للمتحدث باسم قوات التحالف": a spokesman "in the name of", no name
    named = parse_speaker(view, first, end)
    if named is None or named.start != first or named.kind != "name":
        return None
    if set_off and (named.last >= end or view.tokens[named.last].text != "،"):
        return None  # a comma that opens no apposition closed by another
    return SpeakerPhrase(named.first, named.last, "name", (author.first, author.last), named.name)


# News agencies the press names without a head noun, with the second word of their names.
AGENCIES: dict[str, frozenset[str]] = {
    "رويترز": frozenset(),
    "بلومبرغ": frozenset(),
    "بلومبيرغ": frozenset(),
    "بلومبرج": frozenset(),
    "فرانس": frozenset({"برس"}),
    "اسوشيتد": frozenset({"برس"}),
    "سكاي": frozenset({"نيوز"}),
}


def _proper_name_to_nisba(view: DocView, first: int, last: int, end: int) -> int:
    """ "تقرير لصحيفة يديعوت أحرونوت الإسرائيلية": a foreign proper name of several words runs
    on to the definite nisba that closes the outlet's or body's name; without such a nisba the
    words after the first are not surely the name's (a verb, an adverb), and it stops there."""
    k = last
    while k < end and k - first < MAX_ISSUER_WORDS and view.is_word(k) and _proper_genitive(view, k):
        k += 1
    if k == last or k >= end or not view.is_word(k) or not has_article(view, k):
        return last
    return k if view.keys[k].endswith(("ي", "يه")) else last


def _proper_genitive(view: DocView, k: int) -> bool:
    """A name word after an indefinite body noun (بلومبيرغ): no article, no stop, no cue, not
    a ل/ب-phrase (which would be another preposition's)."""
    key = view.bare[k]
    # ب/ل opens a prepositional phrase when the word after it is one the document writes
    # alone, a definite one or one with a pronoun (بالعاصمة، بشأنها); a name may begin with
    # those letters (بلومبيرغ).
    preposition = key[:1] in "لب" and (
        key[1:3] == "ال" or view.count(key[1:]) > 0 or len(key) < 4 or key.endswith(("ها", "هم", "هما"))
    )
    return (
        not has_article(view, k)
        and not preposition
        and view.cues[k] is None
        and not view.words.is_a("stop", key)
        and not view.words.is_a("time", key)
        and not key[:1].isdigit()
    )


def _goes_on_body(view: DocView, k: int) -> bool:
    """A definite genitive or adjective of a body's name, or a ل/بال-phrase naming its domain
    after one ("للمركز الوطني لمراقبة الإرهاب"، "للفريق الأممي المعني باليمن")."""
    key = view.bare[k]
    if view.words.is_a("time", key):
        return False  # "بيان لوزارة الداخلية اليوم الأربعاء": the day it was issued
    if has_article(view, k):
        return True
    domain = key.startswith(("لل", "بال")) or (key[:1] == "ل" and len(key) > 3)
    return domain and k > 0 and has_article(view, k - 1) and k + 1 < len(view) and has_article(view, k + 1)


def issuer_text(view: DocView, phrase: SpeakerPhrase) -> str:
    """The issuer's words as a name: without the ل of a ل-phrase ("للمرصد" -> "المرصد") and
    without quotation marks."""
    start, end = view.chars(phrase.first, phrase.last)
    text = view.doc.text[start:end]
    key = view.bare[phrase.first]
    if key.startswith("لل"):
        text = "ال" + text[text.index("ل", text.index("ل") + 1) + 1 :]
    elif key.startswith("ل") and key[1:2] != "ل":
        text = text[text.index("ل") + 1 :].lstrip("\u0640")
    return " ".join(text.replace('"', " ").replace("«", " ").replace("»", " ").split())


def _goes_on(view: DocView, k: int) -> bool:
    """A word that continues a body's name: its definite genitive or adjective, or a word of
    its proper name (no article after a definite word, no cue, no stop). A time word is the
    verb's adverbial ("أصدرته الوزارة اليوم الجمعة")."""
    key = view.bare[k]
    if view.words.is_a("time", key):
        return False
    if has_article(view, k) or key.startswith("لل"):
        return True
    if has_article(view, k - 1) or view.cues[k] is not None:
        return False
    return not view.words.is_a("stop", key)


# Speeches and texts a relative clause may describe ("كلمة أردوغان التي قال خلالها"، "تصريحات
# لوزير … قال فيها"): the clause's verb of saying has the speech's author as its dropped subject.
SPEECH_NOUNS = WRITTEN_SOURCES | UTTERANCE_NOUNS | {"كلمه", "خطاب", "تغريده", "تدوينه", "تقدير"}
MAX_SPEECH_REACH = 30  # tokens from the speech noun to the clause that describes it
MAX_AUTHOR_GAP = 7  # tokens from the speech noun to به: its adjectives, then كان قد بعث
SENT_WITH = frozenset({"به", "بها"})  # "تقرير بعث به السفير"، "تصريحات أدلى بها الوزير"


def speech_author(view: DocView, cue: int, known: Callable[[str], bool]) -> SpeakerPhrase | None:
    """The author of the speech a cue describes with its pronoun ("قال فيها"، "قال خلالها"): the
    nearest speech noun before the cue in its sentence, and the author Arabic names with it:
    its genitive (a title, a body or a name ``known`` accepts: "كلمة أردوغان"), the issuer
    :func:`issuer_after` reads ("تصريحات لوزير الشؤون الدينية X"), or the subject of a verb
    after it that takes it back as به/بها ("تقدير موقف كان قد بعث به السفير البريطاني").
    None when the text names none there (the subject is then the speaker before)."""
    pronoun = view.bare[cue + 1]
    if not pronoun.endswith(("ه", "ها")):
        return None  # "بيانان أنكرت فيهما": two speeches, or several people's
    feminine = pronoun.endswith("ها")
    first, _ = view.sentence_range(cue)
    for head in range(cue - 1, max(first, cue - MAX_SPEECH_REACH) - 1, -1):
        if not view.is_word(head):
            continue
        if _speech_noun(view, head):
            # The pronoun agrees with its noun: ها with كلمة or تصريحات, ه with بيان or تقرير.
            if view.tokens[head].text.endswith(("ة", "ات")) != feminine:
                return None
            return _author_of(view, head, cue, known)
        if view.cues[head] is not None:
            return None  # another report's clause stands between
    return None


def _speech_noun(view: DocView, i: int) -> bool:
    key = view.bare[i]
    if key[:1] in "بل" and key[1:] in SPEECH_NOUNS:
        key = key[1:]
    body = key[2:] if has_article(view, i) else key
    # The accusative of a masculine noun ends in alif: "نقلت الوكالة بيانا نشرته الجمعية".
    accusative = body.endswith("ا") and body[:-1] in SPEECH_NOUNS and not has_article(view, i)
    return body in SPEECH_NOUNS or accusative


def _author_of(view: DocView, head: int, cue: int, known: Callable[[str], bool]) -> SpeakerPhrase | None:
    found = issuer_after(view, head)
    if found is not None:
        if found.kind == "name":
            # "لوزير الشؤون الدينية عبد الجليل سالم": the title under لـ, then its holder's name.
            holder = title_holder(view, found, cue)
            if holder is not None:
                return holder
        return found
    after = head + 1
    # An accusative in alif (بيانا) has its tanween: no genitive follows it.
    accusative = not has_article(view, head) and view.bare[head].endswith("ا")
    genitive_may_follow = not has_article(view, head) and not accusative and not _adjective(view, head, after)
    if after < cue and view.is_word(after) and genitive_may_follow and view.cues[after] is None:
        # "كلمة أردوغان"، "تصريحات وزير الداخلية"; not "بيان مصور معد على عجل" (an adjective).
        genitive = parse_speaker(view, after, cue)
        speaks = genitive is not None and genitive.start == after
        if speaks and (genitive.title is not None or known(view.text_of(genitive.first, genitive.last))):
            return genitive
    for k in range(head + 1, min(cue, head + 2 + MAX_AUTHOR_GAP)):
        if not view.is_word(k) or view.cues[k] is not None:
            return None  # a comma or a verb of saying ends the noun's own clause
        if view.bare[k] in SENT_WITH:
            subject = parse_speaker(view, k + 1, cue)
            if subject is not None and subject.start == k + 1 and subject.kind != "anonymous":
                return subject
            return None
    return None


def li_agent(view: DocView, first: int, end: int) -> SpeakerPhrase | None:
    """The body, title or outlet a ل-phrase at token ``first`` names, as far as ``end`` ("لوزارة
    المالية"، "للرئيس الفلسطيني محمود عباس"), or None when it names none of those."""
    return _agent(view, first, end, li=True)
