"""Titles: split a comma segment into its title chain and the name after it.

A title is read with the grammar of the Arabic construct state: an indefinite head noun (رئيس،
وزير، نائب) governs the next word as its genitive (رئيس جهاز الأمن), definite words (الوزراء،
الأرمني) and ل/بـ phrases (للشؤون الخارجية، باسم) extend it, and the first word that is neither
starts the name ("… الأوكراني | فاسيل غريتساك").
"""

from __future__ import annotations

import re

from qawl.extractors.quotes.abbreviations import TITLE_LETTERS, abbreviation_end
from qawl.extractors.quotes.lexicon import SpeakerWords
from qawl.extractors.quotes.name_ends import (
    DERIVED_VERBAL_NOUN,
    OCCASION_STEMS,
    POSSESSIVES,
    SPEECH_OCCASIONS,
    adjective_like,
    bi_on_owned_noun,
    closed_name,
    is_relational,
    owned_noun,
    plural_after_singular,
    singular_then_plural,
)
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.stops import (
    BI_VERBAL_NOUN,
    adverbial_accusative,
    has_article,
    is_stop,
    is_title_word,
)
from qawl.extractors.quotes.view import DocView, WordFeatures
from qawl.extractors.quotes.words import (
    ARTICLE_GIVEN_NAMES,
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    GOD_NAMES,
    NAME_LINKS,
    QUANTIFIERS,
    THEN_WORDS,
)

MAX_NAME_AFTER_TITLE = 4


# The spelled letters of a radio band (FM) that close a station's name: "الجوهرة أف أم".
_BAND_LETTERS = frozenset({("اف", "ام")})


def band_letters(view: DocView, seg: list[int], position: int) -> bool:
    """Whether the words at ``position`` in ``seg`` are a radio band spelled in letters ("أف أم",
    "اف ام"): the last words of a station's name, never a person's."""
    if position + 1 >= len(seg):
        return False
    return (view.bare[seg[position]], view.bare[seg[position + 1]]) in _BAND_LETTERS


def seat_before_rank(view: DocView, seg: list[int], position: int) -> bool:
    """Whether ``seg[position]`` is في opening a one-word seat phrase that a title word
    follows ("في باريس الدكتور"): the seat closes the office and the rank opens the name. A rank
    before a name has the article and no relational ending; a noun in ي after the place agrees
    with it as its adjective ("في مؤتمر صحفي"، "في مؤتمره الصحفي": a press conference)."""
    if position + 2 >= len(seg) or view.bare[seg[position]] != "في":
        return False
    place, rank = seg[position + 1], seg[position + 2]
    if not has_article(view, rank) or is_relational(view.bare[rank]) or speech_occasion(view, seg, position):
        return False
    return not is_stop(view, place) and not is_title_word(view, place) and is_title_word(view, rank)


def speech_occasion(view: DocView, seg: list[int], position: int) -> bool:
    """Whether the word after the preposition at ``seg[position]`` names the occasion of the
    report (في كلمة، في مؤتمره), an adverbial of the verb, not the place a source belongs to."""
    if position + 1 >= len(seg):
        return False
    key = view.bare[seg[position + 1]]
    for suffix in ("ه", "ها", "هم"):
        if key.endswith(suffix) and key[: -len(suffix)] in OCCASION_STEMS:
            return True
    return key in SPEECH_OCCASIONS


def numbered_name(view: DocView, i: int) -> bool:
    """A number right after a definite noun of a title's genitive names it ("منظمة المادة 19"،
    "مجموعة الـ20"), unless that noun is a time word or it counts what follows ("العدد 3 آلاف")."""
    if not view.keys[i][:1].isdigit() or i == 0 or not view.is_word(i - 1) or not has_article(view, i - 1):
        return False
    if view.words.is_a("time", view.bare[i - 1]) or view.words.is_a("stop", view.bare[i - 1]):
        return False
    nxt = i + 1
    return (
        nxt < len(view)
        and view.is_word(nxt)
        and not view.words.is_a("time", view.bare[nxt])
        and (
            view.bare[nxt][:1] in "بل"
            or view.title_state(view.bare[nxt]) is not None
            or view.mention_label(nxt) is not None
            or (not has_article(view, nxt) and view.bare[nxt] not in NUMBER_WORDS)
        )
    )


NUMBER_WORDS = frozenset(
    {"الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "مرات", "مره", "بالمئه", "بالمائه"}
)


# The prepositions a verbal noun used as an adverbial accusative governs: نقلا عن، ردا على،
# استنادا إلى، تعليقا على (normalised: علي، الي).
_ADVERBIAL_PREPOSITIONS = frozenset({"عن", "علي", "الي"})


def _governing_accusative(view: DocView, name: list[int]) -> bool:
    """Whether the words after a title open with a noun in the indefinite accusative governing
    عن/على/إلى ("نقلا عن"، "ردا على"، "استنادا إلى"): a verbal noun as an adverbial of the
    verb (مفعول مطلق أو لأجله), which a name in apposition, nominative, never is."""
    after = name[0] + 1  # the segment may end before the preposition, a stop word
    if after >= len(view.tokens) or view.bare[after] not in _ADVERBIAL_PREPOSITIONS:
        return False
    text = view.tokens[name[0]].text
    return (
        text.endswith("ا")
        and len(view.bare[name[0]]) >= 3
        and not has_article(view, name[0])
        and not in_person_mention(view, name[0])
    )


def head_state(view: DocView, i: int) -> str | None:
    """The title state of word i read on its written form: a noun written with ة carries no
    possessive pronoun, though its normalised key ends in ه like one ("مؤسسة" is no "مؤسس" +
    "his"). Without the article it is the feminine of its title, indefinite: it governs the
    genitive after it ("مؤسسة أبحاث السرطان")."""
    key = view.bare[i]
    state = view.title_state(key)
    written = view.tokens[i].text
    if state == "indefinite" and written.endswith("ه") and not has_article(view, i):
        # "محاميه لويس غارسيا"، "ابنه زياد": the written ه is a possessive pronoun, though the
        # normalised key is that of a feminine title (محامية، ابنة). The possessed noun is
        # definite: it governs no genitive, and the name after it stands in apposition.
        return "definite"
    if state != "definite" or has_article(view, i) or not written.endswith("ة"):
        return state
    return view.title_state(key[:-1]) if len(key) > 3 else state


def split_title(view: DocView, seg: list[int]) -> tuple[list[int], list[int]]:
    """(title words, name words) of a segment that starts with a title noun."""
    words = view.words
    bare, title_state = view.bare, view.title_state
    title = [seg[0]]
    # An indefinite head (رئيس، وزير) governs the next word as its genitive; so does باسم.
    governs = head_state(view, seg[0]) == "indefinite"
    seen_nisba = False
    bi_domain = False
    coordinated_at = -1  # the position after a coordinated noun the title took
    # Where a بال-phrase after the adjective began: the office's seat ("الإداري بالإدارة العامة
    # … نجاة الجندوبي") when a name closes the chain, else the verb's complement ("رحب
    # المندوب الروسي بالقرار"), and the title ends before it.
    seat_from: int | None = None
    position = 1
    while position < len(seg):
        i = seg[position]
        key = bare[i]
        if not governs and key in ARTICLE_GIVEN_NAMES and position + 1 < len(seg):
            # "وزير الداخلية الهادي مجدوب": a given name written with the article (Maghreb
            # style) after a closed title, with a family name after it, opens the name; it is
            # no adjective of the title.
            break
        if key in TITLE_LETTERS:
            end = abbreviation_end(view, i)
            if end is not None and end in seg:
                # "وزير المالية د. سامي يوسف": the abbreviated rank (الدكتور) closes the title
                # and opens the name, as seat_before_rank's "الدكتور" does.
                title.extend(seg[position : seg.index(end)])
                position = seg.index(end)
                break
        state = title_state(key)
        # has_article: إليز is a name, not ال + ...
        definite = has_article(view, i) or key.startswith(("لل", "بال", "وال")) or state == "definite"
        # A لل-phrase after the adjective is the office's domain (الأمين العام للاتحاد), never
        # an object, which the verb takes without a preposition; a وال-word is coordinated
        # with the word before it (وزير التربية والتعليم).
        domain_li = key.startswith(("لل", "وال")) or key in GOD_NAMES  # حزب الله، عبد الله
        if seen_nisba and seat_from is None and key.startswith("بال") and len(key) > 5 and not governs:
            seat_from = len(title)
            title.append(i)
            position += 1
            continue
        if (
            definite
            and state is None
            and seen_nisba
            # "وحث السفير الفرنسي المستثمرين": a plural after a singular nisba agrees with no
            # word of the title, so however adjective-like, it is the verb's object.
            and (not adjective_like(key) or singular_then_plural(view, seg[position - 1], i))
            and not governs
            and not domain_li
        ):
            if seat_from is not None:
                return title[:seat_from], []
            # "ووصف المندوب الروسي الهجوم الكيماوي": after the relational adjective a
            # definite noun is the verb's object, not more title.
            return title, []
        # The first tests of numbered_name and seat_before_rank, asked here first.
        if len(title) > 1 and view.keys[i][:1].isdigit() and numbered_name(view, i):
            title.append(i)  # "مديرة منظمة المادة 19": the number is part of the body's name
            position += 1
            if position < len(seg) and bare[seg[position]][:1] == "ب" and len(bare[seg[position]]) > 3:
                title.append(seg[position])  # "… 19 بتونس": the body's seat closes its name
                position += 1
            continue
        if (
            position == 1
            and has_article(view, seg[0])
            and has_article(view, i)
            and state is None
            and view.tokens[i].text.endswith("ات")
            and (not adjective_like(key) or plural_after_singular(view, seg[0], i))
        ):
            # "وحثّ الوزير النقابات على …": a definite head takes no definite genitive, and a
            # plural in ات is no adjective of a person's title: the verb's object begins.
            return title, []
        if position == 1 and state is not None and _masculine_title_after_feminine(view, seg[0], i):
            return title, []  # "وتتهم الكاتبة الوزير بالكذب": the object, see the function
        if key == "في" and seat_before_rank(view, seg, position) and len(title) > 1:
            # "مدير المرصد … في باريس الدكتور بشير العبيدي": the office's seat, then a rank
            # or honorific that opens the name.
            title.extend(seg[position : position + 2])
            position += 2
            governs = False
            continue
        if len(title) > 1 and band_letters(view, seg, position):
            # "مراسل الجوهرة أف أم"، "لإذاعة موزاييك اف ام": the spelled letters of a radio band
            # end the station's name, the genitive before them; no person is named so.
            title.extend(seg[position : position + 2])
            position += 2
            governs = False
            continue
        if governs and key in DEMONSTRATIVES:
            title.append(i)  # "رئيسة هذه الجمعية": the genitive is "this association"
            position += 1
            continue
        seen_nisba = seen_nisba or (key.startswith("ال") and adjective_like(key))
        if (
            key[:1] == "و"
            and len(key) > 3
            and position > 1
            and not governs
            and state is None
            and not in_person_mention(view, i)  # "… الطبيعية ويليام رامبانجيلاي"
        ):
            # "لدائرة الأمريكيتين وآسيا": a coordinated noun inside the office's name
            title.append(i)
            position += 1
            coordinated_at = position
            continue
        if (
            key.startswith("ب")
            and len(key) > 3
            and len(title) > 1
            and not governs
            and (view.count(key[1:]) > 0 or _bi_place(view, i))
            and title_state(key[1:]) is None
        ):
            # "لشركة المترو الخفيف بصفاقس": ب + a word the document also writes alone, or a
            # place the earlier stages found inside the word ("المحكمة الابتدائية بسوسة"), is
            # the seat closing the office's name, not the first word of a person's name.
            title.append(i)
            position += 1
            continue
        # "المبعوث الأممي لسوريا"، "المدير العام لدائرة الأمريكيتين": a ل-phrase names the
        # office's domain; a common noun in ة there governs a genitive in turn.
        domain = (
            key.startswith("ل")
            and len(key) > 3
            and title_state(key) is None
            and len(title) > 1
            and not bi_domain  # one domain phrase: "القيادي بحركة النهضة لطفي" (لطفي is a name)
            and not _li_given_name(view, seg, position)
        )
        # "القيادي بحركة النهضة"، "عضو بالمجلس": a ب-phrase on a body names the office's domain
        # like a ل-phrase does.
        domain = domain or (
            key.startswith("ب")
            and len(key) > 3
            and (is_body_noun(view, without_article(key[1:])) or _joined_body(words, key[1:]))
        )
        if governs or definite or key == "باسم" or state is not None or domain:
            title.append(i)
            marbuta = view.tokens[i].text.endswith("ة")
            # A body's own name after a ب-domain is one genitive ("بحركة فتح"): a name follows.
            ends_body_name = governs and bi_domain and not definite and state is None and not marbuta
            # "بمجلس نواب الشعب": a body noun after ب without the article is in construct, and
            # its genitive may itself govern a definite noun; the body's name ends after that.
            ends_body_name = ends_body_name and not _definite_next(view, seg, position)
            bi_domain = bi_domain or (domain and key.startswith("ب"))
            # An indefinite relational adjective (وسائل إعلام سورية) ends the construct.
            # A ل-word is a preposition's phrase, never an adjective: "لدارسي اللغة".
            adjective_ends = (
                position > 1 and not definite and state is None and is_relational(key) and key[:1] != "ل"
            )
            governs = (
                not ends_body_name
                and not adjective_ends
                and (
                    key == "باسم"
                    or state == "indefinite"
                    or (domain and marbuta and not key.startswith("لل"))  # للديوانة is definite
                    # "لتعليم اللغة العربية"، "لدارسي اللغة": an indefinite ل-noun right before a
                    # definite word is its construct head, and the genitive stays in the title.
                    or (domain and key[:1] == "ل" and not definite and _definite_next(view, seg, position))
                    or (
                        domain and key[:1] == "ب" and not definite and _definite_next(view, seg, position + 1)
                    )
                    or (governs and not definite and state is None and not domain)
                )
            )
            position += 1
            continue
        break
    name = seg[position:]
    if len(name) > 2 and bare[name[0]] in THEN_WORDS and not governs:
        # "المرشح آنذاك سمير العلوي": the adverb dates the post, as السابق would; the name follows.
        title, name = [*title, name[0]], name[1:]
    genitive = _coordinated_genitive(view, name) if position == coordinated_at else 0
    if genitive:
        # "مدافع منتخب الكاميرون وفريق أرسنال السابق، لوران،": the name follows "former".
        title, name = title + name[:genitive], name[genitive:]
    if seat_from is not None and not closes_with_name(view, name):
        return title[:seat_from], []
    if seen_nisba and is_body_noun(
        view, bare[title[0]][2:] if has_article(view, title[0]) else bare[title[0]]
    ):
        # "وصفت الوكالة السعودية زيارة …": a body described by its adjective is complete;
        # its own name would come before the adjective (صحيفة نيويورك تايمز الأمريكية).
        return title, []
    # "متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي": the name belongs to the inner title,
    # the source is the spokesman.
    # spokesman_of_person's first test (باسم in the title), asked before the phrase is built.
    if "باسم" in bare[title[0] : title[-1] + 1] and spokesman_of_person(
        view, SpeakerPhrase(title[0], title[-1] + 1, "title")
    ):
        return title, []
    if name and names_a_place_or_body(view, name[0]) and not _given_name_like_place(view, name):
        # "وزار المتحدث باسم الخارجية موسكو": a place or body after the title is its object;
        # the person's name would be a PER name, not a LOC/ORG one.
        return title, []
    if (
        len(name) > 1
        and view.bare[name[0]][:1] == "ل"
        and clitic_phrase(view, name[0])
        and has_article(view, name[1])
    ):
        # "المتحدث باسم الوكالة الوطنية لإدارة الكوارث": a ل-phrase in construct is the
        # office's domain, never a name's first word.
        return title + name, []
    if name and derived_perfect(view, name[0]):
        return title, []  # "خطة الوزيرة تزامنت مع …": the verb of the clause, no name
    if name and (owned_noun(view, name[0]) or bi_on_owned_noun(view, name[0])):
        return title, []  # "وختم المدرب مؤتمره الصحفي": a name takes no possessive pronoun
    if (
        name
        and has_article(view, title[-1])
        # "وزير الوظيفة المنتهية مهامه X": a participle takes the owned noun as its own subject.
        and not view.bare[title[-1]].startswith("الم")
        and _possessed_after_closed_title(view, name[0], view.tokens[title[0]].text.endswith("ة"))
    ):
        # "وتابع رئيس الوزراء كلامه": a title closed by a definite word governs nothing more,
        # and a noun with a pronoun pointing back to the subject is the verb's object.
        return title, []
    if name and view.keys[name[0]] in QUANTIFIERS and has_article(view, title[-1]):
        # "وطمأن الوزير جميع التونسيين": a definite title is complete (it governs no genitive),
        # and a quantifier opens no name: it heads the verb's object.
        return title, []
    if name and view.tokens[name[0]].text[:2] in ("وأ", "وإ"):
        return title, []  # "النار على المهاجم وأصابوه": و + hamza opens a coordinated word, no name
    if name and bi_adverbial(view, name):
        return title, []  # "وبعث الوزير برسالة رسمية": a ب-phrase, never a nominative name
    if name and _governing_accusative(view, name):
        return title, []  # "وقالت الصحيفة نقلا عن مصادرها": an adverbial, no name
    # A name ends where a second title begins: "عبدالله الثاني ملك الأردن".
    for k, i in enumerate(name):
        if (
            k > 0
            and is_title_word(view, i)
            and not after_name_link(view, name[k - 1])
            and not honorific_in_name(view, name, k)
            and not _family_name_like_post(view, name, k)
        ):
            name = name[:k]
            break
    return title, closed_name(view, name)  # "الملك عبد الله الثاني مسار السلام": see the function


def _family_name_like_post(view: DocView, name: list[int], k: int) -> bool:
    """Whether the title noun at k, the last word of the name, is a family name: "وزيرة
    التضامن غادة والي قالت". A post without the article (والي، أمير، ملك) is the head of a
    construct and governs the place or body it serves ("والي القصرين"); with no genitive after
    it, before a verb, a complementizer or punctuation, it governs nothing and so is no post."""
    i = name[k]
    if k != len(name) - 1 or has_article(view, i) or head_state(view, i) != "indefinite":
        return False
    after = i + 1
    if after >= len(view) or not view.is_word(after):
        return True
    if view.bare[after] in COMPLEMENTIZERS:
        return True
    cue = view.cues[after]
    return cue is not None and cue.kind == "verb"


# "Former" and "earlier": adjectives of a post's tenure (names.TENURE_ADJECTIVES, which imports
# this module), agreeing with the title's head, never words of a name.
_FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})


def _coordinated_genitive(view: DocView, rest: list[int]) -> int:
    """How many words after a title's coordinated noun ("… وفريق") are its genitive and the
    title's adjective ("أرسنال السابق"), 0 when none: one or two words without the article,
    then "former", which agrees with the title's head, so the words before it are the title's."""
    for k in (1, 2):
        if k < len(rest) and view.bare[rest[k]] in _FORMER:
            return k + 1 if not any(has_article(view, i) for i in rest[:k]) else 0
    return 0


def derived_perfect(view: DocView, i: int) -> bool:
    """A perfect of the derived forms تفعّل/تفاعل in the feminine (تزامنت، تواصلت، تمكنت): ت
    before the root and ت after it, a verb by its shape; a name with both is rare."""
    key = view.bare[i]
    return len(key) >= 6 and key[0] == "ت" and key.endswith("ت") and view.mention_label(i) is None


def _joined_body(words: SpeakerWords, key: str) -> bool:
    """A body noun run into its definite genitive without a space ("بوزارةالتربية"): the
    article inside the word shows where the second word began."""
    at = key.find("ال", 3)
    return at > 0 and names_a_body(words, key[:at]) and len(key) - at > 3


def _li_given_name(view: DocView, seg: list[int], position: int) -> bool:
    """A given name that begins with ل (لطفي، لمياء، لسعد) after a title, not ل + the office's
    domain (لسوريا، لشركة الفسفاط): what is left after ل is no word of the document, no body
    and no feminine noun, and a name's end follows it — a name link (لطفي بن عيسى), or one last
    word before the content: a family name in ـي (لمياء الزريبي) or without the article
    (لطفي زيتون)."""
    i = seg[position]
    key = view.bare[i]
    body = key[1:]
    if view.tokens[i].text.endswith(("ة", "ات")) or view.count(body) > 0 or names_a_place_or_body(view, i):
        return False
    if is_body_noun(view, body) or position + 1 >= len(seg):
        return False
    nxt = seg[position + 1]
    following = view.bare[nxt]
    if following in NAME_LINKS:
        return True
    if position + 2 != len(seg) or view.title_state(following) is not None or is_stop(view, nxt):
        return False
    if has_article(view, nxt):
        return following.endswith("ي")
    return following[:1] not in "بل"


def _definite_next(view: DocView, seg: list[int], position: int) -> bool:
    """Whether the word after ``seg[position]`` carries the article (so ``seg[position]``,
    indefinite, is a construct head governing it)."""
    return position + 1 < len(seg) and has_article(view, seg[position + 1])


def closes_with_name(view: DocView, name: list[int]) -> bool:
    """Whether the words after a title chain read as a person's name: a few words, the first
    without the article and neither a cue nor an accusative adverbial."""
    if not name or len(name) > MAX_NAME_AFTER_TITLE or has_article(view, name[0]):
        return False
    first = name[0]
    return view.cues[first] is None and not adverbial_accusative(view, first)


def in_person_mention(view: DocView, i: int) -> bool:
    found = view.mention_label(i)
    return found is not None and found[0] == "PER"


def _bi_place(view: DocView, i: int) -> bool:
    """Whether word i is ب + a place the earlier stages labelled inside it: "بسوسة" (in Sousse),
    a seat, never a person's name, whose first letter the place mention leaves out."""
    token = view.tokens[i]
    return any(m.label == "LOC" and m.end == token.end for m in view.mentions_from(token.start + 1))


def names_a_place_or_body(view: DocView, i: int) -> bool:
    """Whether word i lies inside a mention the earlier stages labelled other than PER."""
    found = view.mention_label(i)
    return found is not None and found[0] != "PER"


def _given_name_like_place(view: DocView, name: list[int]) -> bool:
    """A one-word place that a bare family name follows after a title ("مديرة المنظمة سلوى
    غزواني"): a person's given name spelt like a town, since a place object stands alone or
    with its own modifiers, which take the article (a family name may end in ي like one)."""
    if (
        len(name) < 2
        or view.mention_label(name[0]) != ("LOC", True)
        or view.mention_label(name[1]) is not None
    ):
        return False
    key = view.bare[name[1]]
    # "اتهمت … إسرائيل بإطلاق": a clitic preposition opens the verb's complement, no family name.
    return not (
        has_article(view, name[1])
        or is_stop(view, name[1])
        or key[:1].isdigit()
        or clitic_phrase(view, name[1])
    )


def _masculine_title_after_feminine(view: DocView, head: int, i: int) -> bool:
    """Whether the definite title word i, right after the definite feminine title at ``head``,
    names another person: a definite head governs no genitive, and a title in apposition or as
    an adjective agrees with it in gender, so a masculine title after a feminine one ("وانتقدت
    النائبة الوزير"، "وتتهم الكاتبة الرئيس") is the verb's object. The head is feminine when
    it is the ة form of a masculine title (الوزيرة، الكاتبة); titles in ة that are masculine
    (العلامة، الداعية، الخليفة) have no such pair and are left."""
    head_key = view.bare[head]
    if not (has_article(view, head) and has_article(view, i) and head_key.endswith("ه")):
        return False
    if view.title_state(head_key[:-1]) is None:
        return False
    return not view.tokens[i].text.endswith(("ة", "ات", "ى", "ا")) and view.mention_label(i) is None


def clitic_phrase(view: DocView, i: int) -> bool:
    """Whether a word opens with the clitic ب/ل/ك on a noun: the article after it (بالقرار), a
    verbal noun (بإطلاق، بتطبيق), a noun in ة (بتهمة) or a word the document also writes alone
    or with the article ("بقرار" where it writes "القرار": a common noun, for a name takes no
    article). Family names in ب/ل/ك (بارلي، لودريان، كوشنر) are none of these."""
    key = view.bare[i]
    if key[:1] not in "بلك":
        return False
    rest = key[1:]
    return (
        len(rest) < 3
        or rest.startswith("ال")
        or view.tokens[i].text.endswith("ة")
        or BI_VERBAL_NOUN.match(key) is not None
        or DERIVED_VERBAL_NOUN.match(rest) is not None
        or view.count(rest) > 0
        or view.count("ال" + rest) > 0
    )


def without_article(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


# Honorifics that, without the article, are words of a compound name ("شريف شيخ أحمد"،
# "محمد سيد أحمد"): an honorific before a name takes the article (الشيخ، السيد).
NAME_HONORIFICS = frozenset({"شيخ", "سيد"})


def honorific_in_name(view: DocView, name: list[int], k: int) -> bool:
    """Whether word k, inside a name, is an honorific without the article followed by another
    name word: a post after a name governs a genitive (ملك الأردن) or a ل-phrase, while "شيخ
    أحمد" goes on with a bare given name."""
    if view.bare[name[k]] not in NAME_HONORIFICS or k + 1 >= len(name):
        return False
    nxt = name[k + 1]
    key = view.bare[nxt]
    if not view.is_word(nxt) or has_article(view, nxt) or key[:1] in "لب" or is_title_word(view, nxt):
        return False
    return not is_stop(view, nxt) and not names_a_place_or_body(view, nxt)


def after_name_link(view: DocView, i: int) -> bool:
    """Whether word i is a link inside a name (بن، آل، عبد): the word after it is the name's
    next part even when it reads as a title ("هاجر بن الشيخ أحمد"، "عبد الملك الحوثي")."""
    return view.bare[i] in NAME_LINKS


MIN_POSSESSED_STEM = 3


def _possessed_after_closed_title(view: DocView, i: int, feminine: bool) -> bool:
    """A noun with a possessive pronoun (كلامه، جولتها، أنصارهم) right after a complete title:
    no name, whose first word is a given name. The pronoun points back to the subject, so it
    agrees with the title in gender: "المتحدثة … ساره" is a name spelt with ه for ة, not "her
    walk". Given names that end in a root ه have the pattern فعيل (نزيه، وجيه, ي before the ه)
    or are short (طه)."""
    surface = view.tokens[i].text
    key = view.bare[i]
    if surface.endswith("ة") or view.title_state(key) is not None or view.cues[i] is not None:
        return False
    if key.endswith("الله"):
        return False  # عبدالله، نصرالله: a theophoric name, its ه the root of الله
    suffix = next((s for s in POSSESSIVES if key.endswith(s)), "")
    if suffix == ("ه" if feminine else "ها"):
        return False  # "his" after a feminine subject, "her" after a masculine one: no agreement
    stem = key[: -len(suffix)] if suffix else ""
    return len(stem) >= MIN_POSSESSED_STEM and not stem.endswith(("ي", "ا", "و")) and key[:1] not in "وف"


# ب + the verbal noun of a simple verb is an adverbial of manner, as ب + a derived one is
# (BI_VERBAL_NOUN: بإسهاب، بانتظام): فعول (بوضوح، بهدوء)، فعالة (بصراحة، بشجاعة)، فعولة
# (بسهولة، بصعوبة), and the short ones news prose uses most (بشدة، بقوة، بحزم).
_MANNER_NOUN = re.compile(r"^(?:..و.|..ا.ه|..و.ه)$")
SHORT_MANNER_NOUNS = frozenset({"شده", "قوه", "حزم", "دقه", "سرعه", "جديه", "حده", "ثقه", "حراره", "اسف"})


def bi_manner(view: DocView, i: int) -> bool:
    """Whether word i is ب + a verbal noun of manner: "وقالت الوزيرة بصراحة إن"، "وأكد المتحدث
    بوضوح أن". A subject is nominative and never follows a preposition. Foreign names may
    take the same shape (بوفون، بيشوب، بلفور), but a name is labelled by the earlier stages or
    written again in the article, while such an adverb is written once."""
    key = view.bare[i]
    if key[:1] != "ب" or view.keys[i] != key:
        return False
    rest = key[1:]
    if rest in SHORT_MANNER_NOUNS:
        return True
    return _MANNER_NOUN.match(rest) is not None and view.count(key) == 1 and view.mention_label(i) is None


def bi_adverbial(view: DocView, seg: list[int]) -> bool:
    """Whether a segment opens with a prepositional phrase on the clitic ب, never a subject (a
    subject is nominative): ب + the article (بالمناسبة), ب + a noun with its pronoun (بكونه،
    بوصفه), ب + a demonstrative or quantifier (بذلك، بكل), ب + a word the document also writes
    without it (بمدنين … مدنين), or ب + a noun in ة and its adjective in ة (بنبرة حادة). Names in
    ب (بوريس، بشار، بثينة شعبان) are none of these."""
    i = seg[0]
    key = view.bare[i]
    if key[:1] != "ب" or len(key) < 3 or view.keys[i] != key or view.title_state(key) is not None:
        return False
    rest = key[1:]
    if rest in DEMONSTRATIVES or rest in QUANTIFIERS or bi_manner(view, i):
        return True
    # بكونه، بوصفه، بصفته: a short noun with its pronoun (a name in -يه, بارنييه, is no such).
    owned = 3 < len(rest) <= 5 and rest.endswith(("ه", "ها", "هم")) and not rest.endswith("يه")
    if owned and not view.tokens[i].text.endswith("ة"):
        return True
    # The document writes the word without ب (بالفصل … الفصل، بمدنين … مدنين), which it
    # would not for a name that begins with ب (بالادينو، بوتين).
    if view.mention_label(i) is not None:
        return False  # "بيونغ يانغ": a place or a person the earlier stages labelled
    if len(rest) > 2 and (view.count(rest) > 0 or (rest.startswith("ال") and view.count(rest[2:]) > 0)):
        return True
    return (
        len(seg) > 1
        and view.tokens[i].text.endswith("ة")
        and view.tokens[seg[1]].text.endswith("ة")
        and not has_article(view, seg[1])
        and view.mention_label(i) is None
    )


def names_a_body(words: SpeakerWords, key: str) -> bool:
    """An outlet or body whose own name may follow in quotation marks: قناة "الإخبارية"."""
    classes = words.classes  # is_a, its calls written out
    return (
        key in classes.get("media", ())
        or key in classes.get("institution", ())
        or key in classes.get("namer", ())
    )


def _body_noun(features: WordFeatures, key: str) -> bool:
    return names_a_body(features.words, key)


def is_body_noun(view: DocView, key: str) -> bool:
    """:func:`names_a_body` of the view's words, remembered by key for the stage (three word-class
    look-ups, asked of the same few head nouns in every phrase)."""
    return view.remembered(_body_noun)(key)


def spokesman_of_person(view: DocView, phrase: SpeakerPhrase) -> bool:
    """ "متحدث باسم رئيسة الوزراء": a name after it is the inner title's, not the speaker's.
    Only a title that is باسم's own genitive owns the name: in "الناطق باسم وزارة الدفاع
    المقدم X" the rank after the completed body is the spokesman's own, in apposition."""
    keys = view.bare[phrase.first : phrase.last]
    if "باسم" not in keys:
        return False
    inner = keys[keys.index("باسم") + 1 : keys.index("باسم") + 2]
    # "المتحدث باسم الوكالة الحكومية سوتو نوغروهو": a body has no personal name; the name is
    # the spokesman's own.
    return any(view.title_state(k) is not None and not is_body_noun(view, without_article(k)) for k in inner)
