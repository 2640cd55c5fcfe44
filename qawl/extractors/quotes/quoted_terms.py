"""Quotation marks that open no quote: a name, a title or a term the writer marks (صحيفة
"الشرق الأوسط"، حركة "حماس"، مراكز الاحتجاز "السرية"، ندوة حول "آفاق الزراعة").

:mod:`triggers` passes over them on its way to the content, and :func:`has_quoted_speech`
leaves them out when it tells a mixed quote from an indirect one: both ask whether marks hold
words said, which is this module's one question.
"""

from __future__ import annotations

from qawl.extractors.quotes.clauses import bi_complement, is_complementizer, reports_here
from qawl.extractors.quotes.coordinated import before_examples, coordinate_after
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.noun_patterns import indefinite_event, is_nisba, verbal_noun
from qawl.extractors.quotes.objects import past_time, strong_object
from qawl.extractors.quotes.predicates import object_after_comma
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    NAME_PREPOSITIONS,
    POSSESSIVE_ENDINGS,
    PREPOSITION_PRONOUNS,
    RELATIVES,
)

MAX_NAME_IN_SUBJECT = 6  # words of a quoted name or title inside the subject phrase
MAX_NAME_BEFORE_COMPLEMENT = 3  # a quoted name between the subject and the cue's complement
# A name or term after a preposition the cue does not take; longer marked words there are a
# fragment of the cue's own noun phrase ("نفى قيامه بـ"دبلوماسية موازية للدولة التونسية"").
MAX_PREPOSITION_TERM = 3
# Words in each of two coordinated pairs of marks that read as items of a list of titles or names.
MAX_LIST_ITEM = 4


# A quoted name after these is the outlet spoken to (لمراسل "الجوهرة أف أم"، في مقابلة مع "العربية").
_AMONG = frozenset({"بينهم", "بينهما", "بينها", "بينهن"})
_REFLEXIVES = frozenset({"نفسه", "نفسها", "نفسهم", "انفسهم", "انفسها"})
# A radio's envoy (موفد) is its reporter sent to a place: "صرح لموفد "الجوهرة أف أم"".
_ENVOYS = frozenset({"موفد", "موفده", "موفدنا", "موفدتنا"})
_ADDRESSEE_WORDS = frozenset({"مع", "مراسل", "مراسله", "مراسلنا", "مراسلتنا"}) | _ENVOYS
# Marks after these hold a title (بعنوان "…"، تحت عنوان "…") or a model's name (من طراز "…").
_TITLED = frozenset({"بعنوان", "عنوان", "عنوانه", "عنوانها", "طراز", "ماركه"})
MAX_TITLE_WORDS = 16


def quoted_name(view: DocView, open_token: int, cue: Cue | None = None, cue_index: int | None = None) -> bool:
    """A short quoted span inside the subject, not the quote: a name after the noun it names
    (صحيفة "إندبندنت"، حركة "حماس"، على "تويتر"), or one the content still follows
    ("وأضافت "الإخبارية" أن …"، "هددت شركة "إيرباص" بمغادرة …")."""
    close = view.open_close.get(open_token)
    if close is None:
        return False
    inner = [k for k in range(open_token + 1, close) if view.is_word(k)]
    before = open_token - 1
    # After a word of the subject phrase (not the cue) a longer name or title fits too:
    # 'قال الناشر الإسباني "خوسي مانويل لوثيا مخيياس"، إنه'، 'مترجم كتاب "من عيون شعر الشابي"'.
    inside_subject = before >= 0 and view.is_word(before) and view.cues[before] is None
    if before >= 0 and view.is_word(before) and view.cues[before] is None and _acronym(view, inner):
        return True  # "مكتب التحقيقات الاتحادي "إف.بي.آي"": the body's short name after its name
    if len(inner) <= MAX_NAME_IN_SUBJECT and _receiver(view, before, close):
        return True  # "في بلاغ تلقت "وات" نسخة منه": the outlet that received the statement
    if before >= 0 and view.bare[before] in _AMONG and len(inner) <= MAX_NAME_IN_SUBJECT:
        return True  # "من بينهم "أبو عبد الله الكويتي"": the marks hold a name in a list
    if before >= 0 and view.bare[before] in _TITLED and len(inner) <= MAX_TITLE_WORDS:
        return True  # "في تقريرها السنوي بعنوان "تحليل سنوي …"": a title of any length is a name
    if len(inner) <= MAX_NAME_IN_SUBJECT and _subject_before_apposition(view, close):
        return True  # "وقال "المعهد الوطني للطب الشرعي"، الهيئة المكلفة …، إن": the subject
    if len(inner) > (MAX_NAME_IN_SUBJECT if inside_subject else 3):
        return False
    if before >= 0 and view.is_word(before):
        key = view.bare[before]
        stems = {key, key[1:]} if key[:1] in "لب" else {key}
        if (
            any(view.words.is_a("media", k) or view.words.is_a("namer", k) for k in stems)
            or key in NAME_PREPOSITIONS
            or any(k in _ADDRESSEE_WORDS for k in stems)
        ):
            return True
        if key == "ال":
            return True  # "الارتفاعات الـ"جنونية"": the mark sits inside a word
        if key == "ب" and before > 0 and view.words.is_a("namer", view.bare[before - 1]):
            return True  # "المعروف بـ "…"": the name a participle of naming gives, بـ written apart
        if _named_kind(view, before, inner):
            return True  # "في منطقة "البحيرة""، "مسلسلها "ليالي الصيف"": a place or a work by its name
        if _qualified_namer(view, before, inner, close):
            return True  # "المهرجان الدولي "أيام قرطاج"": the name after its head and adjectives
        if key in _REFLEXIVES and before > 0 and view.bare[before - 1] == "علي":
            return True  # "جماعة تطلق على نفسها "منظمات الهيكل"": the name it goes by
    if (
        inside_subject
        and inner
        and len(inner) <= MAX_NAME_BEFORE_COMPLEMENT
        and _described_after(view, inner, close)
    ):
        return True  # "أعلنت الشركة "أليتاليا" التي …": a relative or an adjective describes a name
    if len(inner) <= MAX_PREPOSITION_TERM and _interviewer(view, open_token):
        return True
    if cue is not None and _subject_before_object(view, open_token, inner, close, cue):
        return True  # 'ودعت "الهايكا" هذه القنوات إلى …': the verb's subject, then its object
    if _list_item(view, open_token, inner):
        return True
    if cue is not None and _set_off_acronym(view, open_token, inner, close, cue):
        return True
    short = len(inner) <= MAX_PREPOSITION_TERM
    if cue is not None and short and _object_of_preposition(view, open_token, cue):
        return True
    # A verb with no complement but its content (قال) takes any quote after its subject.
    if (
        cue is not None
        and inside_subject
        and cue.frames - _CONTENT_FRAMES
        and _quoted_modifier(view, before, inner, close)
    ):
        return True
    if (
        cue is not None
        and inside_subject
        and "obj" in cue.frames
        and _quoted_kind(view, before, inner, close)
    ):
        return True
    if (
        cue is not None
        and inside_subject
        and len(inner) <= MAX_NAME_BEFORE_COMPLEMENT
        and not view.words.is_a("stop", view.bare[inner[0]])
        and _complement_next(view, close + 1, cue)
    ):
        return True
    if (
        cue is not None
        and cue.kind == "verb"
        and inside_subject
        and len(inner) <= MAX_NAME_BEFORE_COMPLEMENT
        and not view.words.is_a("stop", view.bare[inner[0]])
        # 'واتهم الشرطة "بتحريف" أقواله': a verbal noun in the marks is a fragment of the content
        and not verbal_noun(view, inner[0])
        and not (view.bare[inner[0]][:1] == "ب" and bi_complement(view, inner[0]))
        and _possessed_object_next(view, close + 1)
    ):
        return True  # 'وكرر زعيم الحزب "X Y" دعوته إلى …': the subject's name, then its own act
    if (
        cue is not None
        and inside_subject
        and "obj" in cue.frames
        and len(inner) <= MAX_NAME_BEFORE_COMPLEMENT
        and close + 1 < len(view)
        and view.is_comma(close + 1)
        and object_after_comma(view, close + 1, view.sentence_range(close)[1]) is not None
    ):
        return True  # "أعلن المتحدث باسم وكالة … "أونروا"، المنظمة التابعة …، الأربعاء إنهاء …"
    series = open_token  # the last pair of a series of sayings that starts at these marks
    k, stop = close, min(close + 13, len(view))
    while k + 1 < stop:
        k += 1
        other = view.cues[k] if view.is_word(k) else None
        # "وأوضحت "بلتون" في مذكرة بحثية أن …": مذكرة there is the noun "memo", no cue.
        if other is not None and reports_here(view, k, other) and not _occasion_or_relay(view, k, other):
            return False
        if view.is_word(k) and view.bare[k] in _OTHER_CLAUSE:
            # 'هتفت "الله أكبر" لدى توقيفها لكنها "تنفي …"': the marks past لكن are another
            # clause's; the content was the pair before it.
            return False
        if (
            view.is_mark(k)
            and k in view.open_close
            and _series_of_sayings(view, series, k, cue, cue_index, open_token)
        ):
            # '"الشعب يريد إسقاط الحكومة" و"لن نركع"': the pairs are coordinates, what the
            # cue quotes one after another; what follows the last one decides.
            series = k
            k = view.open_close[k] or k
            stop = min(k + 13, len(view))
            continue
        if (
            is_complementizer(view, k)
            or view.tokens[k].text == ":"
            or (view.is_mark(k) and k in view.open_close)
        ):
            return True
        # "ودعت "الهايكا" في بيان لها إلى …": the cue's own preposition still follows the marks,
        # right after them or after the occasion of the report, so they held its subject.
        if (
            cue is not None
            and len(inner) <= MAX_NAME_BEFORE_COMPLEMENT
            and view.is_word(k)
            and view.bare[k] in cue.frames
            and (
                k == close + 1
                or (k == close + 2 and view.is_comma(close + 1))
                or (k - close <= MAX_OCCASION_AFTER_NAME and view.bare[close + 1] in _OCCASION_OPENERS)
            )
        ):
            return True
        if view.is_sentence_mark(k):
            return False
    return False


def _series_of_sayings(
    view: DocView, open_token: int, k: int, cue: Cue | None, cue_index: int | None, first: int | None = None
) -> bool:
    """Whether the pair of marks opening at ``k`` is joined by و/أو right after the pair at
    ``open_token`` ("…" و"…"), close after a verb whose only complement is its content (قال،
    هتف، كتب): a list of things said, which the verb takes as its quotes unless the content
    still follows the list (then the pairs name its subject: 'وقالت "حماس" و"الجهاد" في بيان
    إن …'). Past a preposition the pairs are names of its noun phrase ('في أعمال مثل "…" و"…"'،
    'بين "سمية" و"جبل"'), and after a noun the verb's letters spell its verbal noun ('قرار رفض
    طلب التأشيرة "…" و"…"': "the refusal of the request")."""
    if cue is None or cue_index is None or cue.frames - _CONTENT_FRAMES or cue.kind != "verb":
        return False
    close = view.open_close.get(open_token)
    if close is None or coordinate_after(view, close) != k:
        return False
    # The words between the cue and the series' first pair (``first``; this pair by default).
    first = open_token if first is None else first
    between = range(cue_index + 1, before_examples(view, cue_index + 1, first))
    if len(between) > MAX_SERIES_SUBJECT or not all(view.is_word(m) for m in between):
        return False
    if any(view.bare[m] in _SERIES_BREAKS for m in between):
        return False
    return not _verbal_noun_reading(view, cue_index)


def _verbal_noun_reading(view: DocView, i: int) -> bool:
    """A verb's letters without a conjunction right after a noun and before a definite noun
    ("رفض طلب التأشيرة"): the verbal noun in a construct, "the refusal of the request"."""
    before, after = i - 1, i + 1
    return (
        view.keys[i] == view.bare[i]
        and view.is_word(before)
        and not view.words.is_a("stop", view.bare[before])
        and view.is_word(after)
        and has_article(view, after)
    )


# لكن "but" and its pronoun forms, بينما "while", ثم "then": a clause of the writer's own.
_OTHER_CLAUSE = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "بينما", "ثم"})
MAX_SERIES_SUBJECT = 4  # words between the verb and a series of quoted sayings: its subject
# Words that open a phrase or clause of their own between the verb and the marks.
_SERIES_BREAKS = frozenset(
    {"في", "علي", "من", "عن", "الي", "مع", "بين", "مثل", "حول", "خلال", "عند", "لدي", "بعد", "قبل"}
    | {"حيث", "اذ", "عندما", "حين", "بعدما", "لكن", "لكنه", "لكنها", "بينما", "فيما", "ثم"}
)


# Prepositions that open the occasion of a report between a quoted subject and the complement.
_OCCASION_OPENERS = frozenset({"في", "خلال", "عبر", "لدي"})
MAX_OCCASION_AFTER_NAME = 7
_RELAYING = "نقلا"


def _occasion_or_relay(view: DocView, k: int, other: Cue) -> bool:
    """Whether the cue word at ``k``, after a quoted name, opens no report of its own: a noun of
    saying after an occasion preposition, the occasion of the verb before the name ("وقال
    "سامي" في تصريح لإذاعة محلية إن …"), or نقلاً عن, the relay the name reports through
    ("وتقول "دويتشه فيله" نقلا عن خبراء إن …"). The complementizer after them is still the verb's."""
    if other.kind == "noun":
        return k > 0 and view.bare[k - 1] in _OCCASION_OPENERS
    return other.kind == "source" and view.bare[k] == _RELAYING


_CONTENT_FRAMES = frozenset({"that", "colon", "quote", "near", "next"})

MAX_APPOSITION = 12


def _subject_before_apposition(view: DocView, close: int) -> bool:
    """The marks are followed by an apposition set off by commas and then the complementizer
    ("وقال "المعهد الوطني"، الهيئة المكلفة بالتحقيق، إن …"): an apposition describes a noun, so
    the marks held the name of the source, and the words said follow the complementizer."""
    if close + 2 >= len(view.tokens) or not view.is_comma(close + 1) or not view.is_word(close + 2):
        return False
    if view.words.is_a("stop", view.bare[close + 2]) or view.words.is_a("time", view.bare[close + 2]):
        return False  # "، في كلمته أمام النواب،": an adverbial of the cue, not an apposition
    for k in range(close + 2, min(close + 2 + MAX_APPOSITION, len(view) - 1)):
        if view.is_comma(k):
            return k > close + 2 and is_complementizer(view, k + 1)
        if not view.is_word(k) or view.cues[k] is not None:
            return False
    return False


# Verbs of receiving a statement (تلقت، تسلم، تحصلت، وردت على), whose subject in marks is the
# outlet that got a copy ("في بلاغ تلقت "وات" نسخة منه"), and the copy itself (نسخة).
_RECEIVING = frozenset(
    {"تلقت", "تلقي", "تلقينا", "تسلمت", "تسلم", "استلمت", "استلم", "تحصلت", "تحصل", "حصلت", "حصل"}
)  # fmt: skip
_COPY = frozenset({"نسخه", "نسخته"})


def _receiver(view: DocView, before: int, close: int) -> bool:
    """The marks hold the outlet that received a copy of the statement: after a verb of
    receiving ("بيان تلقت "الجوهرة أف أم" نسخة منه") or before the copy it received
    ("وصلت "الصباح" نسخة منه")."""
    if before >= 0 and view.is_word(before) and view.keys[before] in _RECEIVING:
        return True
    nxt = close + 1
    return nxt < len(view.tokens) and view.is_word(nxt) and view.bare[nxt] in _COPY


# The names of the Latin letters as Arabic spells them (normalised), which acronyms are written
# in ("إف.بي.آي"، "سي إن إن"، "إن إس إيه"). Some also spell a common word (إن، أو، في، أي، أم،
# ال): an acronym needs one letter name that spells nothing else.
_LETTER_NAMES = frozenset(
    {"اي", "ايه", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جاي", "كي", "كاي", "ال", "ام", "ان",
     "او", "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي"}
)  # fmt: skip
_WORD_LETTERS = frozenset({"اي", "ان", "او", "في", "ال", "ام"})
MAX_ACRONYM_LETTERS = 6


def _acronym(view: DocView, inner: list[int]) -> bool:
    """The marked words spell an acronym: one word in Latin capitals (APT32، NSA) or two to six
    Arabic names of Latin letters, at least one of which is no common word ("إن إس إيه")."""
    if len(inner) == 1:
        text = view.tokens[inner[0]].text
        return len(text) > 1 and text[0].isascii() and text.isupper() and text.isalnum()
    if len(inner) > MAX_ACRONYM_LETTERS:
        return False
    keys = [view.bare[k] for k in inner]
    return all(k in _LETTER_NAMES for k in keys) and any(k not in _WORD_LETTERS for k in keys)


def _described_after(view: DocView, inner: list[int], close: int) -> bool:
    """A relative pronoun or a definite relational adjective right after the closing mark, with no
    punctuation between ("شركة "أليتاليا" التي …"، "صحيفة "ذي غارديان" البريطانية"): it describes
    the marked words as a noun, so they are a name; words said end their clause at the mark.
    After a last marked word with the article the adjective may be that word's own, outside the
    marks ("قائلا "وين هيه الدولة" اللبنانية"), so only a relative pronoun tells a name there."""
    nxt = close + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    key = view.bare[nxt]
    if key in RELATIVES:
        return True
    return has_article(view, nxt) and is_nisba(key) and len(key) > 5 and not has_article(view, inner[-1])


# Indefinite heads of a place, a team, a role or a file, whose name follows in marks in
# construct ("منطقة "تبرورة""، "فريق "النجم""، "دور "ليلى""، "رحلتها رقم "…"", a number or code
# that identifies a flight, a law or a case; "خلال حصة "…""، "ضيف "…"", the broadcast a guest
# spoke on): none of them is a source of
# words said, so the marks after them are never the quote. Not موضوع: "هو موضوع "بحث
# قضائي"" is "is the object of", and its marks are the speaker's words.
_KIND_HEADS = frozenset(
    {"منطقه", "مدينه", "بلده", "قريه", "حي", "ولايه", "معتمديه", "جزيره", "ضاحيه", "شارع", "نهج", "ملعب",
     "فريق", "نادي", "منتخب", "دفعه", "دور", "شخصيه", "ملف", "موقع", "مواقع", "شبكه", "صفحه",
     "رقم", "حصه", "ضيف", "ضيفه"}
)  # fmt: skip
# The platform in "مواقع التواصل (الاجتماعي) "فيسبوك"".
_SOCIAL = frozenset({"التواصل", "الاجتماعي"})
_PLATFORM_HEADS = ("موقع", "مواقع", "شبكه", "شبكات", "منصه", "منصات")
_NAMING_VERBS = frozenset({"يسمي", "تسمي", "يدعي", "تدعي"})
MAX_KIND_NAME = 4  # words of the name after such a head; longer marked words are words said


def _named_kind(view: DocView, before: int, inner: list[int]) -> bool:
    """The word before the marks is the head that the marked name is in construct with: an
    indefinite place, team, role or file noun (منطقة، فريق، دور، ملف), the platform of the
    social networks (مواقع التواصل)، or a noun of a named thing with its owner's pronoun
    (مسلسلها، برنامجه، فيلمه "…"): a possessed noun is no speaker whose words follow."""
    if not inner or len(inner) > MAX_KIND_NAME:
        return False  # "على مواقع التواصل "آية قرآنية تتوعد الكفار بالنار"": what was posted
    key = view.bare[before]
    # Both readings, with the first letter a proclitic and without ("برنامجه" is ب + رنامجه
    # or the noun itself), in a fixed order: a set's order changes with the hash seed.
    stems = (key, key[1:]) if key[:1] in "لبو" else (key,)
    if _KIND_HEADS.intersection(stems):
        return True
    if key in _SOCIAL and before > 0 and view.is_word(before - 1):
        prev = view.bare[before - 1]
        return prev in _SOCIAL or prev.endswith(_PLATFORM_HEADS)
    for stem in stems:
        for ending in POSSESSIVE_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= 3:
                head = stem[: -len(ending)]
                if head[-1] == "ت":
                    head = head[:-1] + "ه"  # "حملته": the feminine ة before the pronoun
                # Not a verb of naming with its object pronoun ("ما تسميه "الجدار""): the
                # verb still governs what follows the name.
                if head not in _NAMING_VERBS and view.words.is_a("namer", head):
                    return True
                break  # the pronoun endings exclude one another: one reading per stem
    return False


_COORDINATORS = frozenset({"و", "او"})
# Words that open a clause (a particle or a pronoun of the speaker), never a title's first word.
_CLAUSE_OPENERS = frozenset({"لقد", "قد", "لا", "لن", "لم", "هل", "نحن", "انا", "انت", "انتم"})


def _list_item(view: DocView, open_token: int, inner: list[int]) -> bool:
    """Short marks right after و/أو that follow another short pair of marks: the next item of a
    list of titles or names (أفلام "الطريق" و"قوس قزح"، فرق "اسطمبالي" و"العيساوية"). A cue
    that quoted the list would have stopped at its first item; reaching a later one means the
    first was passed over as a name, and so is its coordinate. A first item that opens with a
    particle (لقد، لا) is a clause, words said, and leaves the list to the cue."""
    if not inner or len(inner) > MAX_LIST_ITEM:
        return False
    k = open_token - 1
    if k < 1 or not view.is_word(k) or view.bare[k] not in _COORDINATORS:
        return False
    k -= 1
    if view.is_comma(k):
        k -= 1
    first = view.close_open.get(k)
    if first is None:
        return False
    previous = [w for w in range(first + 1, k) if view.is_word(w)]
    if not previous or len(previous) > MAX_LIST_ITEM:
        return False
    # After a verbal noun the list is its object, the source's own terms (اتفقتا على إظهار "القوة"
    # و"الوحدة"), which the cue may take; titles and names follow the noun of their kind.
    if first >= 1 and view.is_word(first - 1) and verbal_noun(view, first - 1):
        return False
    opener = view.bare[previous[0]]
    return opener not in _CLAUSE_OPENERS and not view.words.is_a("stop", opener)


def _set_off_acronym(view: DocView, open_token: int, inner: list[int], close: int, cue: Cue) -> bool:
    """One quoted word between commas after a word of the subject ("وذكرت وكالة الأنباء
    السورية، "سانا"، نقلا عن …"): the short name of the body just named, in apposition; or one
    quoted word after a detached preposition the cue does not take (نفى بـ"شدة"): a manner."""
    if len(inner) != 1:
        return False
    before = open_token - 1
    if before >= 1 and view.is_word(before) and view.bare[before] in ("ب", "ل"):
        return view.bare[before] not in cue.frames and view.cues[before - 1] is None
    return (
        bool(cue.frames - _CONTENT_FRAMES)  # قال takes any quote after its subject
        and before >= 1
        and view.is_comma(before)
        and view.is_word(before - 1)
        and view.cues[before - 1] is None
        and close + 1 < len(view)
        and view.is_comma(close + 1)
    )


# Prepositions that take the marked words as their own object when the cue does not take them:
# the detached بـ/لـ ("لـ"العربية.نت""، "دخلت المياه بـ"شكل غير قانوني""), إلى "to", نحو, ضد.
_OBJECT_PREPOSITIONS = frozenset({"ب", "ل", "الي", "نحو", "ضد"})
# "من أجل "تسريع" الإغاثة" "in order to": أجل after من or لـ.
_PURPOSE = "اجل"


def _object_of_preposition(view: DocView, open_token: int, cue: Cue) -> bool:
    """Marks right after a preposition the cue does not take hold that preposition's object, a
    name or term of the writer's ("قال … لـ"العربية.نت""، "أعلن حالة الطوارئ من أجل "تسريع"
    الإغاثة""), not the cue's quotation: words said follow the cue, its subject or an adverbial."""
    before = open_token - 1
    if before < 1 or not view.is_word(before):
        return False
    key = view.bare[before]
    if key == _PURPOSE:
        return view.bare[before - 1] in ("من", "ل")
    if key not in _OBJECT_PREPOSITIONS or _takes(cue, key):
        return False
    # A verb of saying right before the preposition governs it ("رحب بـ"…""، "وصفه بـ"…""); a
    # noun of saying only with its own frame ("في تصريح لـ"وات"" names the outlet).
    owner = view.cues[before - 1]
    return owner is None or (owner.kind == "noun" and not _takes(owner, key))


MAX_NAMER_ADJECTIVES = 2


def _qualified_namer(view: DocView, before: int, inner: list[int], close: int) -> bool:
    """The marks follow a noun that names things by a name in marks (مهرجان، برنامج، شركة،
    وكالة) and one or two relational adjectives that qualify it, with the clause going on after
    them: "شارك في المهرجان الدولي "أيام قرطاج" بفيلم …"، "أطلقت الوزارة حملة وطنية
    "صحتك أمانة" لفائدة …". The adjectives agree with the head, so the marked words are its
    name, not words said; a name ending the sentence may be words said after a source
    ("قال المتحدث باسم المنظمة الدولية "لن نتراجع"")."""
    if not inner or view.words.is_a("stop", view.bare[inner[0]]) or not _clause_goes_on(view, close):
        return False
    k = before
    for _ in range(MAX_NAMER_ADJECTIVES):
        if k <= 0 or not view.is_word(k) or view.cues[k] is not None or not _adjective(view.bare[k]):
            return False
        k -= 1
        if not view.is_word(k):
            return False
        key = view.bare[k]
        stems = (key, key[2:]) if key.startswith("ال") else (key,)
        if any(view.words.is_a("namer", s) or view.words.is_a("media", s) for s in stems):
            return view.cues[k] is None
    return False


MIN_NISBA_STEM = 4  # letters without the article: دولي، وطنية; not a short name (ماي، علي)


def _adjective(key: str) -> bool:
    """A relational adjective by its ending and length."""
    return is_nisba(key) and len(key[2:] if key.startswith("ال") else key) >= MIN_NISBA_STEM


def _takes(cue: Cue, preposition: str) -> bool:
    """Whether the cue takes the preposition, alone or as a clitic frame (بال، لل: "رحب بـ"…"")."""
    return preposition in cue.frames or (
        len(preposition) == 1 and any(frame[:1] == preposition for frame in cue.frames)
    )


# Nouns of an interview or remark, which name whom it was given to with لـ (في تصريح للجوهرة "أف
# أم"، في حديثه لراديو "كادينا سير"). A statement (بيان) is excluded: "في بيان للفاتيكان "…"" quotes it.
_INTERVIEW_NOUNS = frozenset(
    {"تصريح", "تصريحه", "تصريحها", "تصريحات", "تصريحاته", "تصريحاتها", "حديث", "حديثه", "حديثها",
     "حوار", "حواره", "مقابله", "مقابلته", "مداخله", "مداخلته"}
)  # fmt: skip


def _interviewer(view: DocView, open_token: int) -> bool:
    """A short span in marks right after "في تصريح لـX": the rest of the outlet's or
    interviewer's name, not the remark itself, which follows as its own clause or quote."""
    before = open_token - 1
    if before < 2 or not view.is_word(before):
        return False
    if not (_to_interviewer(view, before, interview_noun=True) or _outlet_head(view, before)):
        return False
    # The sentence goes on after a name ("للجوهرة "اف ام" اليوم …"); words said may end it
    # ("في تصريح لرويترز "أمامنا مشكلة بالفعل".").
    close = view.open_close.get(open_token)
    nxt = (close if close is not None else open_token) + 1
    return nxt < len(view) and (view.is_word(nxt) or view.is_comma(nxt))


_REPORTERS = frozenset({"مراسل", "مراسله", "مراسلنا", "مراسلتنا"}) | _ENVOYS


def _to_interviewer(view: DocView, k: int, interview_noun: bool) -> bool:
    """Word k is لـX after a noun of an interview ("في تصريح لرويترز"), or, when
    ``interview_noun`` is false, also "لمراسل(ة)" on its own: whom the remark was given to."""
    if not view.is_word(k):
        return False
    key = view.bare[k]
    if not key.startswith("ل") or key in PREPOSITION_PRONOUNS:
        return False
    head = k - 1
    if view.is_word(head) and view.bare[head] in _INTERVIEW_NOUNS:
        return True
    return not interview_noun and key[1:] in _REPORTERS


def _outlet_head(view: DocView, before: int) -> bool:
    """One word of an outlet's name between the reporter or interview phrase and the marks, which
    end that name: لمراسلة الجوهرة "اف ام"، في تصريح لإذاعة موزاييك "اف ام"."""
    key = view.bare[before]
    if view.cues[before] is not None or view.words.is_a("stop", key) or view.words.is_a("time", key):
        return False
    # The reporter may be the subject too: "وأفاد مراسل الجوهرة "اف ام" بالجهة …".
    reporter = before - 1
    if view.is_word(reporter) and view.bare[reporter] in _REPORTERS:
        return True
    return _to_interviewer(view, reporter, interview_noun=False)


MAX_OBJECT_AFTER_NAME = 4  # words of the object between a quoted subject and the complement
# Words that may open the object after a quoted subject: a demonstrative or كل before its noun.
_OBJECT_OPENERS = frozenset({"هذه", "هذا", "هؤلاء", "تلك", "ذلك", "كل", "جميع", "كافه"})


def _subject_before_object(view: DocView, open_token: int, inner: list[int], close: int, cue: Cue) -> bool:
    """A short quoted name right after a verb that takes an object before its complement
    (دعا X إلى، طالب X بـ، اتهم X بـ), with a noun phrase and the verb's own preposition after
    the marks: 'ودعت "الهايكا" هذه القنوات إلى …'، 'واتهمت "حماس" إسرائيل بخرق …'. In the
    verb-subject-object order the marks hold the subject, a body's name, and the object and
    the complement follow; words said in marks end the verb's clause or stand after a colon."""
    before = open_token - 1
    if before < 0 or not view.is_word(before) or view.cues[before] is not cue or cue.kind != "verb":
        return False
    if "dobj" not in cue.frames or not inner or len(inner) > MAX_NAME_BEFORE_COMPLEMENT:
        return False
    words = view.words
    if words.is_a("stop", view.bare[inner[0]]):
        return False  # 'ودعا "إلى الحوار" …': a preposition opens a fragment of the content
    n = len(view)
    for k in range(close + 1, min(close + 2 + MAX_OBJECT_AFTER_NAME, n)):
        if not view.is_word(k) or view.cues[k] is not None or is_complementizer(view, k):
            return False
        key = view.bare[k]
        if k > close + 1 and (key in cue.frames or ("ب" in cue.frames and bi_complement(view, k))):
            return True
        if words.is_a("stop", key) and key not in _OBJECT_OPENERS:
            return False  # "في رده على …": an adverbial, not the object
    return False


def _possessed_object_next(view: DocView, k: int) -> bool:
    """Whether word ``k``, right after the closing mark, is a noun of an act with a possessive
    pronoun (دعوته، رفضه، مشاركتها، تأكيدها): after a verb and its subject such a noun is the
    verb's object, the subject's own call, refusal or part ("وجدد رئيس الحزب "X" رفضه للقرار"),
    so the marks before it closed the subject, a name. Words said in marks end their clause;
    the verb's object does not come after them."""
    if k >= len(view) or not view.is_word(k):
        return False
    key = view.bare[k]
    if view.words.is_a("stop", key) or not key.endswith(POSSESSIVE_ENDINGS) or key[:1] in "وف":
        return False
    other = view.cues[k]
    if other is not None:
        return other.kind == "noun"
    return verbal_noun(view, k) and strong_object(view, k)


def _clause_goes_on(view: DocView, close: int) -> bool:
    """The clause goes on after the closing mark at ``close``: a word follows that is no cue, no
    و/ف opening a new clause and no complementiser."""
    nxt = close + 1
    return (
        nxt < len(view.tokens)
        and view.is_word(nxt)
        and view.cues[nxt] is None
        and view.tokens[nxt].text[:1] not in "وف"
        and not is_complementizer(view, nxt)
    )


def _quoted_modifier(view: DocView, before: int, inner: list[int], close: int) -> bool:
    """A quoted definite word or two inside a noun phrase, its adjective or genitive, with the
    clause going on after the marks ("اعترفت الفتاة "المختطفة" في …"، "فوز مرشح "الوسط
    الديمقراطي" بأكثر …"): a term the writer marks, not words said. Words a source said
    stand after the cue or a phrase of speech (للصحفيين، له), or end their clause."""
    if not inner or len(inner) > MAX_QUOTED_TERM or not has_article(view, inner[0]):
        return False
    key = view.bare[before]
    words = view.words
    if words.is_a("stop", key) or key in PREPOSITION_PRONOUNS or words.is_a("time", key):
        return False
    return _clause_goes_on(view, close)


def _quoted_kind(view: DocView, before: int, inner: list[int], close: int) -> bool:
    """A quoted make or model after the indefinite noun of its kind, inside an object that the
    clause goes on after ("إرسال صواريخ "توماهوك" إلى …"، "طرح هاتف "غالاكسي" الجديد"): the
    noun before the marks is in construct with a word before it, so it is no subject, and
    the marks name a thing rather than open words said."""
    if not inner or len(inner) > MAX_QUOTED_TERM or has_article(view, inner[0]):
        return False
    key = view.bare[before]
    words = view.words
    if has_article(view, before) or is_nisba(key) or view.title_state(key) is not None:
        return False
    if any(words.is_a(c, key) for c in ("stop", "time", "institution", "media", "anonymous", "document")):
        return False
    head = before - 1
    if head < 0 or not view.is_word(head) or view.cues[head] is not None or not indefinite_event(view, head):
        return False
    return _clause_goes_on(view, close)


def _complement_next(view: DocView, k: int, cue: Cue) -> bool:
    """Whether the cue's complement starts right at word k, after a quoted name that ends its
    subject: the cue's own preposition (بمغادرة، إلى، عن) or a noun that opens its object
    (إقامة بطولة): the marks were a name inside the subject, and the content still follows.
    A time adverbial set off by commas may stand before it ('أعلن البنك "ساب"، الخميس، عن …'):
    it names when the report was made and says nothing."""
    if k < len(view) and view.is_comma(k):
        after = past_time(view, k, view.sentence_range(k)[1])
        if after > k + 1 and any(view.is_word(m) for m in range(k, after)) and view.is_comma(after - 1):
            k = after
    if k >= len(view) or not view.is_word(k):
        return False
    key = view.bare[k]
    if key in cue.frames or ("ب" in cue.frames and bi_complement(view, k)):
        return True
    return "obj" in cue.frames and (strong_object(view, k) or verbal_noun(view, k))


# Prepositions that open a phrase of the clause (the topic, a place, an instrument).
_PHRASE_PREPOSITIONS = frozenset({"في", "عن", "حول", "علي", "من", "الي", "مع", "بشان", "خلال"})
MAX_QUOTED_TERM = 2


def quoted_term_in_phrase(view: DocView, cue_index: int, cue: Cue, open_token: int) -> bool:
    """A quoted term inside a phrase that stands between the cue and the marks: after a
    preposition the cue does not take ("انتقدت دوره في دعم مراكز الاحتجاز "السرية"") or a
    relative ("يرون ما يحدث "هناك""), when the cue takes an object, which the quote might
    otherwise be. A term is a word or two, the first one definite when there
    are two; words a source said begin a clause."""
    close = view.open_close.get(open_token)
    if close is None:
        return False
    inner = [k for k in range(open_token + 1, close) if view.is_word(k)]
    if not inner or len(inner) > MAX_QUOTED_TERM or (len(inner) > 1 and not has_article(view, inner[0])):
        return False
    # A verb with no object (قال) takes any quote after its adverbials ("قال في كلمته "…"").
    takes_object = bool({"obj", "dobj"} & cue.frames)
    for m in range(cue_index + 1, open_token):
        if not view.is_word(m):
            return False  # "وقال، في المؤتمر، "…"": a set-off adverbial; the quote is the content
        key = view.bare[m]
        if (
            takes_object
            and key in _PHRASE_PREPOSITIONS
            and key not in cue.frames
            and _in_phrase(view, open_token)
        ):
            return True
        if (key == "ما" or key in RELATIVES) and view.bare[m + 1] not in _ANNOUNCING_RELATIVES:
            return True
    return False


MAX_QUOTED_TOPIC = 6


def quoted_topic(view: DocView, cue: Cue, open_token: int) -> bool:
    """A title in marks after حول "about" ("ندوة حول "آفاق الزراعة""), which the cue does not
    take: the topic of an event, named, not words anyone said."""
    close = view.open_close.get(open_token)
    if close is None or open_token == 0 or view.bare[open_token - 1] != "حول" or "حول" in cue.frames:
        return False
    if any(view.tokens[k].text == "؟" for k in range(open_token + 1, close)):
        return False  # "وتساءل حول "ماذا نفعل؟"": a question asked, not a title
    return sum(1 for k in range(open_token + 1, close) if view.is_word(k)) <= MAX_QUOTED_TOPIC


def _in_phrase(view: DocView, open_token: int) -> bool:
    """Whether the marks still belong to the phrase before them: right after its preposition
    (حول "الخطة"), or a definite adjective after a definite noun (مراكز الاحتجاز "السرية"); a
    time word closes the phrase ("نفت في بلاغ لها اليوم "الاتهامات"": the object follows)."""
    before = open_token - 1
    key = view.bare[before]
    if key in _PHRASE_PREPOSITIONS:
        return True
    first = open_token + 1
    return (
        has_article(view, before)
        and has_article(view, first)
        and not view.words.is_a("time", key)
        and not view.words.is_a("time", key[2:])
    )


# "قال ما نصه "…""، "كتب ما يلي": the relative announces the words that follow.
_ANNOUNCING_RELATIVES = frozenset({"نصه", "يلي", "معناه", "مفاده"})


def has_quoted_speech(view: DocView, first: int, last: int) -> bool:
    """Whether tokens [first, last) hold quoted words of the speaker's, which make an indirect
    quote mixed: any quotation mark but those around a name (:func:`quoted_name_at`)."""
    names: set[int] = set()
    for k in range(first, last):
        if k in names or not view.is_mark(k):
            continue
        close = view.open_close.get(k)
        if close is not None and close < last and quoted_name_at(view, k):
            names.add(close)
            continue
        return True
    return False


MAX_QUOTED_NAME = 6


def quoted_name_at(view: DocView, open_token: int) -> bool:
    """Whether the marks opening at ``open_token`` enclose a name, not the speaker's words: a
    few words after a noun or verb of naming (حركة "خمس نجوم"، صحيفة "الشرق الأوسط"، تسمى
    "…"، باسم "…"), the noun without the article, alone or after لـ/بـ (لحملة "…")."""
    close = view.open_close.get(open_token)
    if close is None:
        return False
    inner = [k for k in range(open_token + 1, close) if view.is_word(k)]
    if not inner or len(inner) > MAX_QUOTED_NAME:
        return False
    before = open_token - 1
    if before >= 0 and view.is_word(before) and view.cues[before] is None and _acronym(view, inner):
        return True  # "أن الشبكة "سي إن إن" نشرت …": a body's short name, no words said
    if before >= 0 and view.bare[before] == "ب":
        before -= 1  # بـ "…" written apart
    if before < 0 or not view.is_word(before):
        return False
    # A definite head takes the marks as its object or predicate ("يخسر التنظيم "خلافته""),
    # unless it is a participle of naming (المسمى "…").
    key = view.bare[before]
    stems = {key, key[1:]} if key[:1] in "لب" and not key.startswith("لل") else {key}
    return (
        _named_kind(view, before, inner)
        or any(view.words.is_a(cls, k) for k in stems for cls in ("namer", "media", "institution"))
        or _qualified_namer(view, before, inner, close)
    )
