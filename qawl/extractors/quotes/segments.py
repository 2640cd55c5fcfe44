"""Comma segments: read one segment as a name, a title, a title and its name, or a description.

The tokens between a cue and the next comma are cut at the first word no speaker phrase holds; a name
may stand after its title (split by :mod:`titles`), after a title's complement ("السفير لدى واشنطن
…"), after a country nisba, or before its title.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from pathlib import Path

from qawl.arabic import normalize_all
from qawl.extractors.ner_known import KNOWN_NAMES_FILE
from qawl.extractors.ner_spans import given_names
from qawl.extractors.quotes.abbreviations import TITLE_LETTERS, abbreviation_end, abbreviation_period
from qawl.extractors.quotes.name_ends import (
    adjective_like,
    compound_second_at,
    is_relational,
    name_before_object,
    plural_after_singular,
)
from qawl.extractors.quotes.noun_patterns import verbal_noun
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.stops import (
    GENITIVE_NAME_LINKS,
    after_genitive_link,
    has_article,
    in_theophoric_name,
    is_stop,
    is_title_word,
    may_stop,
    stop_in_context,
)
from qawl.extractors.quotes.titles import (
    MAX_NAME_AFTER_TITLE,
    after_name_link,
    closes_with_name,
    derived_perfect,
    honorific_in_name,
    in_person_mention,
    is_body_noun,
    names_a_place_or_body,
    numbered_name,
    seat_before_rank,
    speech_occasion,
    split_title,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    CLAUSE_OPENERS,
    DEMONSTRATIVES,
    NAME_LINKS,
    OBJECT_ENDINGS,
    PROPOSITION_NOUNS,
    QUANTIFIERS,
    SUBORDINATORS,
)

MAX_SEGMENT_WORDS = 7


MAX_TITLE_WORDS = 14


def _word_indices(view: DocView, first: int, last: int) -> list[int]:
    return [i for i in range(first, last) if view.is_word(i)]


def segments(view: DocView, first: int, last: int) -> list[list[int]]:
    """Word tokens of [first, last) grouped by commas, quotation marks and other punctuation."""
    groups: list[list[int]] = []
    group: list[int] = []
    is_word = view.is_word
    tokens = view.tokens
    for i in range(first, last):
        if is_word(i):
            group.append(i)
        elif (
            group
            and (text := tokens[i].text) not in "-–"
            and not (text == "." and abbreviation_period(view, i))
        ):
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    return groups


def _cut_at_stop(view: DocView, seg: list[int], anonymous: bool) -> list[int]:
    """The leading part of a segment before a preposition, time word or relative pronoun.

    An anonymous source keeps one prepositional phrase: "مصدر في الإليزيه", "مسؤول في السفارة".
    """
    kept: list[int] = []
    used_pp = False
    words = view.words
    cues, keys, bare, tokens = view.cues, view.keys, view.bare, view.tokens
    may_stop_memo = view.remembered(may_stop)
    if not seg:
        return kept
    # The first word: only the stop test below applies to it (every other test asks of a word
    # after it, and an anonymous head's one prepositional phrase cannot start there).
    head = seg[0]
    if (
        may_stop_memo(tokens[head].text)
        and stop_in_context(view, head)
        and not (bare[head] in TITLE_LETTERS and abbreviation_end(view, head) is not None)
    ):
        return kept
    kept.append(head)
    titled = view.title_state(bare[head]) is not None
    for position in range(1, len(seg)):
        i = seg[position]
        cue = cues[i]
        if cue is not None and in_theophoric_name(view, i):
            cue = None
        # after_genitive_link, its rarest condition asked first.
        if bare[i - 1] in GENITIVE_NAME_LINKS and after_genitive_link(view, i):
            kept.append(i)  # "وأكد بن طالب أن": the link's genitive, whatever else it may read as
            continue
        if cue is not None and cue.kind == "verb":
            break  # "وزير الأمن بنوالاس قال لتلفزيون …": the phrase ends at the next verb
        if cue is not None and cue.kind == "noun" and cue.object_suffix:
            break  # "جددت ميركل تأكيدها أن": a noun with its possessor is the object
        if keys[i] in CLAUSE_OPENERS or keys[i] in SUBORDINATORS:
            # "أما الرئيس الإيراني حسن روحاني فقد هاجم": قد opens the predicate; "النجمة
            # اللبنانية حينما قالت": a conjunction of time opens a clause, no word of a name.
            break
        key = bare[i]
        if titled and position == 1 and key in DEMONSTRATIVES and not has_article(view, seg[0]):
            kept.append(i)  # "رئيسة هذه الجمعية": a demonstrative inside the title's genitive
            continue
        if titled and key.startswith("لل") and not words.is_a("stop", key):
            kept.append(i)  # "المستشارة السابقة للبيت الأبيض": the office's domain, not an addressee
            continue
        # The first tests of numbered_name and seat_before_rank, asked here first.
        if titled and kept and keys[i][:1].isdigit() and numbered_name(view, i):
            kept.append(i)  # "مديرة منظمة المادة 19 بتونس": the number is part of the body's name
            continue
        if titled and key == "في" and len(kept) > 1 and seat_before_rank(view, seg, position):
            kept.append(i)  # "… في باريس الدكتور": the seat of the office, kept for split_title
            continue
        if (
            anonymous
            and position > 1
            and keys[i] in PROPOSITION_NOUNS
            and has_article(view, seg[position - 1])
        ):
            # "ونفى مصدر في القنصلية السعودية مقتل خاشقجي": after a definite word, which governs
            # no genitive, the noun heads the verb's object ("تحالف دعم الشرعية" is one name).
            break
        if may_stop_memo(tokens[i].text) and stop_in_context(view, i):  # is_stop, in its two steps
            if key in TITLE_LETTERS and abbreviation_end(view, i) is not None:
                kept.append(i)  # "وزير المالية د. سامي يوسف": the abbreviated rank before the name
                continue
            if (
                anonymous
                and not used_pp
                and key in {"في", "من", "ب"}
                and not speech_occasion(view, seg, position)
            ):
                used_pp = True
                kept.append(i)
                continue
            break
        kept.append(i)
    if kept and view.bare[kept[-1]] in {"في", "من"}:
        kept.pop()
    return kept


# People a source speaks to, after ل + the article: "وقالت الوزارة الروسية للصحفيين".
_ADDRESSED_PEOPLE = frozenset({"صحفيين", "صحافيين", "مراسلين", "اعلاميين", "حضور", "حاضرين", "مشاركين"})


def _definite_word_of_name(view: DocView, k: int, coordinated: bool) -> bool:
    """Whether word k may stand inside a body's name after its head or its domain: an adjective
    with the article by its pattern ("العليا"، "المستقلة"، "العامة"، "السامية"), or, in the domain
    (``coordinated``), a definite noun joined by و ("للتعبئة العامة والإحصاء"). Not a title, cue,
    time word, stop, quantifier ("الجميع" is the verb's object) or a body noun of its own (a
    second body, or the verb's object)."""
    key = view.bare[k]
    joined = key.startswith("وال")
    word = key[1:] if joined else key
    if not (has_article(view, k) or joined) or word[2:] in QUANTIFIERS:
        return False
    adjective = adjective_like(word) or (word.endswith("ه") and adjective_like(word[:-1]))
    words = view.words
    return (
        (adjective or (coordinated and joined))
        and not is_title_word(view, k)  # a role adjective passes: "المركز الإعلامي للجيش"
        and view.cues[k] is None
        and not words.is_a("time", key)
        and not is_stop(view, k)
        and not is_body_noun(view, word[2:])
    )


def _body_with_domain(view: DocView, seg: list[int]) -> list[int] | None:
    """A body named with the article: its head noun, its definite adjectives, then its domain in
    لل and the domain's own definite words ("المجلس الأعلى للسكان في الأردن"، "الجهاز المركزي
    المصري للتعبئة العامة والإحصاء اليوم"، "المركز الوطني للأرصاد"). Adjectives agree with their
    head in definiteness, so the words before لل are the head's adjectives, and لل after them
    opens the body's domain, a genitive in ل, never an addressee: with no adjective before it
    ("قال المتنبي للرجل"، "إخضاع المؤسسة للقانون") ل is the verb's complement. The domain is no
    time ("للمرة الأولى"، "لليوم الثاني") and no people spoken to ("للصحفيين"). The name ends at
    the first word that cannot continue it (a preposition, a time word, an indefinite word, a
    verb, a second body). None when the segment names no such body."""
    head = seg[0]
    if len(seg) < 3 or not has_article(view, head) or not is_body_noun(view, view.bare[head][2:]):
        return None
    if view.tokens[head].text.endswith("ات"):
        return None  # "دعت المنظمات الدولية للضغط": many bodies, and ل their purpose
    k = 1
    while k < len(seg) and _definite_word_of_name(view, seg[k], False):
        k += 1
    if k == 1 or k >= len(seg):
        return None
    domain = view.bare[seg[k]]
    rest = domain[2:]
    words = view.words
    if (
        not domain.startswith("لل")
        or len(rest) < 3
        or rest in _ADDRESSED_PEOPLE
        or words.is_a("time", rest)
        or words.is_a("time", "ال" + rest)
        or view.cues[seg[k]] is not None
    ):
        return None
    k += 1
    while k < len(seg) and _definite_word_of_name(view, seg[k], True):
        k += 1
    return seg[:k]


def _name_then_title(view: DocView, seg: list[int]) -> list[int]:
    """A segment that starts with a name: the name, ended by a following title ("قرقاش وزير")."""
    for k, i in enumerate(seg):
        if (
            k > 0
            and is_title_word(view, i)
            and not _title_word_as_family_name(view, seg, k)
            and not after_name_link(view, seg[k - 1])
            and not honorific_in_name(view, seg, k)
        ):
            return seg[:k]
    return seg


def _title_word_as_family_name(view: DocView, seg: list[int], k: int) -> bool:
    """A definite title noun right after a single given name and closing its segment ("شوقي
    الطبيب،"، "محمد القاضي"): a family name, since a post after a name is indefinite and takes
    its genitive ("عبدالله الثاني ملك الأردن") or comes after a comma."""
    i = seg[k]
    return (
        k == 1
        and k == len(seg) - 1
        and has_article(view, i)
        and not has_article(view, seg[0])
        and view.title_state(view.bare[seg[0]]) is None
    )


def _addressee_first(view: DocView, k: int) -> bool:
    """Whether the word right after a verb of saying is ل + an outlet the document also writes
    alone ("وأضاف لبي بي سي"، "وقال لرويترز مسؤول"): whom the source spoke to, never its subject,
    which is nominative. Not لل + the article (a domain), nor a name in ل (لافروف، ليلى) whose
    rest the document does not write alone or is a particle (يلي)."""
    key = view.bare[k]
    if key[:1] != "ل" or key.startswith("لل") or len(key) < 3 or view.keys[k] != key:
        return False
    rest = key[1:]
    if view.words.is_a("stop", rest) or is_title_word(view, k):
        return False
    if any(char.isdigit() for char in rest):
        return True  # "قال لفرانس24": a channel's name with its number; no person's name has one
    # A short outlet (لبي بي سي) may recur; a longer ل-word the document repeats may be a name.
    return view.count(rest) > 0 and (len(key) == 3 or view.count(key) == 1)


def parse_segment(view: DocView, seg: list[int], object_follows: bool = False) -> SpeakerPhrase | None:
    """The source one comma segment names: an anonymous source, a title (with the name after
    it, if any), or a name or description, cut where a predicate or an object begins.

    Remembered for the document (:attr:`DocView.segment_phrases`): the answer depends on the
    view and the arguments alone."""
    known = view.segment_phrases
    key = (*seg, object_follows)  # the flag last: keys of one length hold segments of one length
    if key in known:
        return known[key]  # type: ignore[return-value]
    phrase = known[key] = _parse_segment(view, seg, object_follows)
    return phrase


def _parse_segment(view: DocView, seg: list[int], object_follows: bool) -> SpeakerPhrase | None:
    """:func:`parse_segment`, read anew."""
    words = view.words
    if not seg:
        return None
    head = seg[0]
    cues = view.cues
    head_key = view.bare[head]
    if head_key in QUANTIFIERS:
        return None
    # _proposition_in_construct's first test, asked here first.
    if head_key in PROPOSITION_NOUNS and _proposition_in_construct(view, seg):
        return None
    first_cue = cues[head]
    if first_cue is not None and first_cue.kind == "verb" and not in_theophoric_name(view, head):
        # "بدعوة من الرئيس الإيطالي، قال قايد السبسي": a verb opens a clause; a name never
        # starts with one, so the segment is no apposition and no subject.
        return None
    if view.tokens[head].text[:2] in ("وإ", "وأ") and words.is_a("stop", view.keys[head][1:]):
        return None  # "وإلى جانب …": و on a preposition, not the title والي its key spells
    before = cues[head - 1] if head > 0 else None
    if before is not None and before.kind == "verb" and _addressee_first(view, head):
        # The subject, if any, follows the addressee: "وقال لرويترز مسؤول أمريكي إن".
        if len(seg) == 1:
            return None  # "وقال لرويترز إن": the subject is dropped
        nxt = seg[1]
        if words.is_a("anonymous", view.bare[nxt]) or is_title_word(view, nxt):
            return parse_segment(view, seg[1:], object_follows)
        return None
    if head_key in TITLE_LETTERS:
        abbreviated = _name_after_abbreviation(view, seg, object_follows)
        if abbreviated is not None:
            return abbreviated
    anonymous = words.is_a("anonymous", head_key)
    whole = seg
    # _body_with_domain's first tests (three words, a head with the article, whose bare key
    # starts with ال), asked here first: most segments fail them.
    named = _body_with_domain(view, seg) if len(seg) >= 3 and head_key.startswith("ال") else None
    if named is not None:
        return SpeakerPhrase(named[0], named[-1] + 1, "name", None, (named[0], named[-1] + 1))
    seg = _cut_at_stop(view, seg, anonymous)
    if not seg:
        return None
    if anonymous:
        seg = seg[:MAX_SEGMENT_WORDS]
        return SpeakerPhrase(seg[0], seg[-1] + 1, "anonymous")
    if is_title_word(view, seg[0]):
        # A title chain may be long (ranks, posts, the body and its domain): the limit is on
        # the name after it, not on the whole phrase.
        title, name = split_title(view, seg[:MAX_TITLE_WORDS])
        # Name links (بن، آل، عبد) join the parts of one name and do not count toward its length.
        if name:  # half the titles the name index reads have no name after them
            linked = sum(1 for k in name[: MAX_NAME_AFTER_TITLE * 2] if view.bare[k] in NAME_LINKS)
            name = name[: MAX_NAME_AFTER_TITLE + min(linked, MAX_NAME_AFTER_TITLE)]
            name = [] if _plural_construct(view, name) else name_before_object(view, name, object_follows)
            if len(name) > 1 and _manner_state(view, name[-1]):
                name = name[:-1]  # "سامي العلوي مازحا": the speaker's state, no part of his name
            if name and (_accusative_noun(view, name[0]) or _accusative_quantity(view, name[0])):
                # "أصدر النائب العام قرارا …": a name in apposition to its title is in the
                # subject's case; a noun in the indefinite accusative is the verb's object.
                name = []
            if name and has_article(view, title[-1]) and _owned_chain(view, name):
                name = []  # "ويحاول السفير تصحيح صورة بلده": a thing owned, the verb's object
        title_range = (title[0], title[-1] + 1)
        if name:
            name_range = (name[0], name[-1] + 1)
            return SpeakerPhrase(name[0], name[-1] + 1, "name", title_range, name_range)
        if title[-1] == seg[-1] and len(seg) < len(whole) and whole[len(seg) - 1] == seg[-1]:
            named = _name_after_complement(view, whole, len(seg))
            if named is not None:
                return SpeakerPhrase(
                    named[0], named[-1] + 1, "name", (title[0], named[0]), (named[0], named[-1] + 1)
                )
        return SpeakerPhrase(title[0], title[-1] + 1, "title", title_range, None)
    seg = seg[:MAX_SEGMENT_WORDS]
    if len(seg) == 1 and _set_off_nisba(view, head):
        return None
    # The cut keeps the segment's first word or nothing: seg[0] is still head.
    if len(seg) == 1 and head_key.endswith(OBJECT_ENDINGS):
        return None  # "أعلن إدانته": a verbal noun with its pronoun is the object
    # The pronoun read on the written word: normalisation turns ة into ه (المادة is no المادّه).
    if not view.tokens[head].text.endswith("ة") and _verbal_noun_with_pronoun(head_key):
        return None  # "وأكد التزامه بالعمل"، "أعلن استعداده لـ": the object, whatever follows it
    # _name_after_country_nisba's first tests (three words, a definite nisba), asked here first.
    if len(seg) >= 3 and head_key.startswith("ال"):
        after_nisba = _name_after_country_nisba(view, seg, object_follows)
        if after_nisba is not None:
            return after_nisba
    elif len(seg) == 2 and head_key.startswith("ال"):
        after_nisba = _one_name_after_country_nisba(view, seg)
        if after_nisba is not None:
            return after_nisba
    if has_article(view, seg[0]):
        seg = _description(view, seg, object_follows)
    seg = name_before_object(view, _name_then_title(view, seg), object_follows)
    if len(seg) > 1 and _manner_state(view, seg[-1]):
        seg = seg[:-1]  # "وقال أوشلي مازحا": the speaker's state, no part of the name
    return SpeakerPhrase(seg[0], seg[-1] + 1, "name", None, (seg[0], seg[-1] + 1))


def _name_after_abbreviation(view: DocView, seg: list[int], object_follows: bool) -> SpeakerPhrase | None:
    """A name after a title's abbreviation (د. سامي يوسف، أ.د. سامي يوسف): the abbreviation is
    the title, as الدكتور would be, and the words after it are read as the segment they open."""
    end = abbreviation_end(view, seg[0])
    if end is None or end not in seg:
        return None
    rest = seg[seg.index(end) :]
    phrase = parse_segment(view, rest, object_follows)
    if phrase is None or phrase.kind != "name" or phrase.title is not None or phrase.first != end:
        return None
    return SpeakerPhrase(phrase.first, phrase.last, "name", (seg[0], end), phrase.name)


@lru_cache(maxsize=1)
def _one_word_places() -> frozenset[str]:
    """The bundled list's one-word place names, normalised (البرتغال، المانيا، مصر); read once,
    this cache is its owner."""
    return one_word_places(KNOWN_NAMES_FILE)


def one_word_places(path: Path) -> frozenset[str]:
    """The names of ``read_known_names(path)`` (:mod:`~qawl.extractors.ner_known`) whose key is
    one word and whose label is LOC, read off the file's one-word lines alone: a one-word key
    comes from a one-word line only, and the last line of a key gives its label there too.
    Without NER nothing else reads the list, and normalising all of it cost about 0.1 s of every
    such process."""
    lines = path.read_text(encoding="utf-8").splitlines()
    # The lines whose name (the text before the first tab) is one word, found at C speed: one
    # line in five. A blank line's name has no word, so every line left has some text.
    names = map(itemgetter(0), map(str.partition, lines, repeat("\t")))
    words: list[str] = []
    labels: list[str] = []
    for line in compress(lines, map(_ONE.__eq__, map(len, map(str.split, names)))):
        if line.startswith("#"):
            continue
        name, label, _source = line.split("\t")[:3]  # read_known_names's columns
        words.append(name.strip())  # name.split()'s one word
        labels.append(label)
    # A key given twice keeps its last line's label, as a dictionary built in order does.
    by_key = dict(zip(normalize_all(words), labels, strict=True))
    return frozenset(key for key, label in by_key.items() if label == "LOC")


_ONE = 1


# How a country's name ends beyond its nisba's root: البرتغال، فرنسا، ألمانيا.
_COUNTRY_ENDINGS = ("", "ا", "يا")


def country_nisba(key: str) -> bool:
    """Whether a definite masculine nisba names a country's people: "البرتغالي" (البرتغال)،
    "الألماني" (ألمانيا)، "المصري" (مصر); not "الهاشمي" or "المكي", given names in ـي."""
    if not key.startswith("ال") or not key.endswith("ي") or len(key) < 6:
        return False
    root = key[2:-1]
    places = _one_word_places()
    return any(head + root + end in places for head in ("", "ال") for end in _COUNTRY_ENDINGS)


def _set_off_nisba(view: DocView, k: int) -> bool:
    """Whether word k, alone between commas or between a comma and what is said, is a country's
    nisba with the article (الروسية، البريطاني): an adjective of the noun before the comma, set
    off as writers set off an outlet's country ("وقالت صحيفة كوميرسانت، الروسية، إن"), never a
    name of its own."""
    if k == 0 or not view.is_comma(k - 1) or not has_article(view, k):
        return False
    key = view.bare[k]
    return country_nisba(key[:-1] if key.endswith("يه") else key)


def _name_after_country_nisba(view: DocView, seg: list[int], object_follows: bool) -> SpeakerPhrase | None:
    """A country's nisba with the article before a name of two words or more without it ("أكد
    البرتغالي جوزيه مورينيو"، "وقال المصري محمد صلاح") is "the Portuguese", the person the name
    then gives (news so introduces players, coaches and artists); the subject is that name."""
    if len(seg) < 3 or not country_nisba(view.bare[seg[0]]) or view.keys[seg[0]] != view.bare[seg[0]]:
        return None
    for k in seg[1:3]:
        if k == seg[2] and compound_second_at(view, k):
            continue  # "وقال الفرنسي زين الدين زيدان": a compound given name
        if not view.is_word(k) or has_article(view, k) or view.cues[k] is not None:
            return None
        if view.words.is_a("stop", view.bare[k]) or is_title_word(view, k) or view.bare[k][:1].isdigit():
            return None
    name = name_before_object(view, _name_then_title(view, seg[1:]), object_follows)
    if len(name) < 2:
        return None
    return SpeakerPhrase(name[0], name[-1] + 1, "name", None, (name[0], name[-1] + 1))


def _one_name_after_country_nisba(view: DocView, seg: list[int]) -> SpeakerPhrase | None:
    """A country's nisba with the article and one name word that closes the phrase, the words
    said or an apposition right after it ("قال الفرنسي فينغر: …"، "كشف الصربي رادي، مدرب
    نادي …، أنه"): "the Frenchman Wenger", the person named by his family name alone, as sports
    news writes players and coaches. The name word stands right before a comma, a colon or the
    complementizer, so no word of the clause (an object, a prepositional phrase) follows it; it
    has no article (an adjective agrees with the definite nisba), is no place (the nisba's
    country or a city), no function or time word, no title, no cue and no circumstantial."""
    nisba, k = seg
    if not country_nisba(view.bare[nisba]) or view.keys[nisba] != view.bare[nisba]:
        return None
    nxt = k + 1
    if nxt >= len(view):
        return None
    if view.tokens[nxt].text not in _CLOSING_MARKS and view.bare[nxt] not in _COMPLEMENTIZERS:
        return None  # "أكد الفرنسي فوز فريقه": a word of the clause follows, the name is unsure
    key = view.bare[k]
    if not view.is_word(k) or has_article(view, k) or view.cues[k] is not None or key[:1].isdigit():
        return None
    if view.words.is_a("stop", key) or is_title_word(view, k) or _manner_state(view, k):
        return None
    label = view.mention_label(k)
    if key in _one_word_places() or (label is not None and label[0] != "PER"):
        return None  # a place or a body is no name of a person
    return SpeakerPhrase(k, k + 1, "name", None, (k, k + 1))


# What closes a one-word name after a nisba: an apposition's comma, the colon before the words.
_CLOSING_MARKS = frozenset({"،", ",", ":"})
_COMPLEMENTIZERS = frozenset({"ان", "بان"})


# Proposition nouns that are also names ("قال عودة"، "نجاح العطار"، "رضوان زيادة").
_NAMES_AMONG_PROPOSITIONS = frozenset({"عوده", "زياده", "نجاح"})


def _proposition_in_construct(view: DocView, seg: list[int]) -> bool:
    """Whether the segment opens with a noun naming a state of affairs and its definite genitive
    ("وفسر وجود الحجارة بـ"، "وأكد عدم الحاجة"): that is what the source says or explains,
    never the source; the verb's subject is then the dropped pronoun."""
    key = view.bare[seg[0]]
    return (
        len(seg) > 1
        and key in PROPOSITION_NOUNS
        and key not in _NAMES_AMONG_PROPOSITIONS
        and view.keys[seg[0]] == key
        and has_article(view, seg[1])
    )


# Prepositions whose phrase completes a title before the person's name: "القيادي في حركة النهضة
# X"، "السفيرة لدى الأمم المتحدة X"، "المسؤول عن الملف X".
TITLE_COMPLEMENTS = frozenset({"في", "لدي", "عن", "الي", "علي", "من"})


MAX_COMPLEMENT_WORDS = 5


def _name_after_complement(view: DocView, seg: list[int], at: int) -> list[int] | None:
    """The name after a title's prepositional complement ("القيادي في حركة النهضة عبد الوهاب
    معطر"، "السفيرة الأمريكية لدى الأمم المتحدة سامنثا باور"). The complement's noun phrase is
    definite, or a body the earlier stages labelled, and ends at its last definite word: an
    indefinite word after it can be neither its genitive nor its adjective (adjectives agree in
    definiteness), so it opens a constituent of its own, which between the verb and its content
    is the title's name in apposition: a given and a family name at least, all of the words up
    to the content or to a word that stops a subject (في تصريح، يوم، الذي)."""
    if view.bare[seg[at]] not in TITLE_COMPLEMENTS or at + 3 >= len(seg):
        return None
    k = at + 1
    head = seg[k]
    if is_stop(view, head) or view.cues[head] is not None or view.keys[head][:1].isdigit():
        return None
    if _owned(view, head):
        return None  # "دافع الرسام عن رسمه …"، "في بيانه": a possessed noun is the verb's complement
    labelled = names_a_place_or_body(view, head)
    definite = has_article(view, head)
    definite_name = False
    k += 1
    while k < len(seg) and k - at <= MAX_COMPLEMENT_WORDS:
        i = seg[k]
        key = view.bare[i]
        if is_stop(view, i):
            return None  # "في بيانه الذي أصدره": a relative clause, no name
        if _definite_name_after_feminine(view, seg, k):
            definite_name = True
            break
        if has_article(view, i) or key.startswith(("لل", "وال", "بال")):
            definite = True  # "الأمم المتحدة"، "علم السياسة": genitives and adjectives
        elif labelled and names_a_place_or_body(view, i) and not view.mention_label(i)[1]:
            pass  # the rest of a labelled body's name: "حركة نداء تونس"
        else:
            break
        k += 1
    if not (definite or labelled) or k >= len(seg):
        return None
    if any(is_title_word(view, i) or _is_title_word_after_li(view, i) for i in seg[at + 1 : k]):
        return None  # "عن رسمه للاعبة التنس سيرينا ويليامز": the name is the inner title's
    if k == at + 2 and has_article(view, head) and is_relational(view.bare[head]):
        return None  # "فريق الدفاع عن الفرنسية ميلينا …": a nisba alone is a person, whose name it is
    name = []
    for i in seg[k:]:
        if is_stop(view, i):
            break
        name.append(i)
    if not 2 <= len(name) <= MAX_NAME_AFTER_TITLE:
        return None
    if not definite_name and not closes_with_name(view, name):
        return None
    if any(
        is_title_word(view, i)
        or view.cues[i] is not None
        or view.keys[i][:1].isdigit()
        or names_a_place_or_body(view, i)
        or _owned(view, i, single=False)  # a name may end in ه (طه، أوليفييه), not in ها/هم
        for i in name
    ):
        return None
    words = view.words
    if any(_accusative_noun(view, i) for i in name):
        return None  # "بدأ تحقيقا": an indefinite accusative is an object, no name
    in_person = any(in_person_mention(view, i) for i in name)
    if not in_person and sum(view.tokens[i].text.endswith("ا") for i in name) > 1:
        return None  # "سجالا ونقاشا عاصفا": accusatives in a row, unless labelled a person
    first = view.bare[name[0]]
    if first in PROPOSITION_NOUNS or any(
        words.is_a(kind, first) for kind in ("document", "institution", "media", "anonymous")
    ):
        return None  # "وأكد الوزير في المقابل ضرورة …"، "نتائج الانتخابات": the verb's object
    if first[:1] in "بلك" and has_article(view, name[1]) and not view.bare[name[1]].endswith("ي"):
        return None  # "بطب الأطفال": ب + a noun and its genitive is one more prepositional phrase
    if _verbal_noun_with_pronoun(first) or derived_perfect(view, name[0]):
        return None  # "أكد الوزير في الندوة تمسكه بـ": a noun with its owner is the object
    # Every word up to the stop is the name, or the words before an addressee (لمحطة، لصحيفة): a
    # word the name parser leaves out is otherwise an object.
    kept = name_before_object(view, name)
    if kept != name and (len(kept) < 2 or view.bare[name[len(kept)]][:1] not in "لب"):
        return None
    return kept


def _definite_name_after_feminine(view: DocView, seg: list[int], k: int) -> bool:
    """Whether word k opens a definite name after a body in ة ("القيادي في حركة النهضة العجمي
    الوريمي"): a masculine nisba after a feminine noun cannot be its adjective (adjectives agree
    in gender), nor a genitive (a genitive is no nisba), so a family name in ـي begins there,
    with a second definite word in ـي after it."""
    if k + 1 >= len(seg) or not has_article(view, seg[k]) or not has_article(view, seg[k + 1]):
        return False
    before = view.tokens[seg[k - 1]].text
    if not before.endswith("ة") or view.title_state(view.bare[seg[k - 1]]) is not None:
        return False
    return all(
        view.bare[i].endswith("ي")
        and not view.tokens[i].text.endswith("ة")
        and view.title_state(view.bare[i]) is None
        for i in (seg[k], seg[k + 1])
    )


def _plural_construct(view: DocView, name: list[int]) -> bool:
    """Whether the words after a title open with an indefinite plural in ات and its definite
    genitive ("وذكرت متحدثة باسم الحكومة مبررات الرفض"): a construct of things, the verb's
    object, not the name in apposition to the title (a given name is no feminine plural; short
    family names in ات such as بركات are left)."""
    if len(name) < 2 or not has_article(view, name[1]) or has_article(view, name[0]):
        return False
    text = view.tokens[name[0]].text
    return len(text) >= 6 and text.endswith("ات") and not in_person_mention(view, name[0])


# The active participle of the simple verb (فاعل) in the indefinite accusative: مازحا، ساخرا،
# ضاحكا، غاضبا. Not ـيا or ـوا, which end given names (رانيا، داليا، باولا).
SIMPLE_PARTICIPLE_ACCUSATIVE = re.compile(r"^[^اوي]ا[^اوي][^اوي]ا$")


def _manner_state(view: DocView, i: int) -> bool:
    """Whether word i, after a name and right before the words said (a colon or quotation
    marks), is a participle in the indefinite accusative: a circumstantial (حال) stating how
    the subject spoke ("وقال العلوي مازحا: "…""); a name in apposition to the subject takes the
    subject's case, the nominative, so it is no part of the name. Foreign family names end in
    ا as well (شارما، ناندا), so a comma or إن after the word leaves it in the name."""
    nxt = i + 1
    if nxt >= len(view.tokens) or not (view.tokens[nxt].text == ":" or nxt in view.open_close):
        return False
    return not has_article(view, i) and SIMPLE_PARTICIPLE_ACCUSATIVE.match(view.bare[i]) is not None


def _accusative_noun(view: DocView, i: int) -> bool:
    """A noun in the indefinite accusative written with its alef (تحقيقا، سجالا، ونقاشا) that
    the document also writes without it (تحقيق، التحقيق): foreign names end in ا too (سامنثا،
    فرانسوا), but their stem is no word of the text."""
    key = view.bare[i]
    if key[:1] == "و" and len(key) > 4 and view.keys[i] != key:
        key = key[1:]
    if not view.tokens[i].text.endswith("ا") or len(key) < 5 or has_article(view, i):
        return False
    stem = key[:-1]
    return view.count(stem) > 0 or view.count("ال" + stem) > 0


# What an indefinite accusative of quantity governs: "عددا من"، "مزيدا من"، "جزءا من".
_QUANTITY_PREPOSITIONS = frozenset({"من"})
_MIN_QUANTITY_NOUN = 4  # عدد+ا


def _accusative_quantity(view: DocView, i: int) -> bool:
    """An indefinite noun with the accusative's tanwin alef and من right after it ("واستعرضت
    الصحيفة عددا من الإشارات"، "وقدم الوزير مزيدا من التفاصيل"): the verb's object, which
    :func:`_accusative_noun` misses when the document never writes its stem alone. A name in
    apposition to the title shares the subject's nominative and governs no من. Not a given name
    in ا (رضا، لينا), nor a word the document writes again (a foreign name recurs)."""
    key = view.bare[i]
    if has_article(view, i) or not view.tokens[i].text.endswith("ا") or len(key) < _MIN_QUANTITY_NOUN:
        return False
    if key in given_names() or view.count(view.keys[i]) > 1:
        return False
    nxt = i + 1
    return nxt < len(view) and view.is_word(nxt) and view.bare[nxt] in _QUANTITY_PREPOSITIONS


def _owned_chain(view: DocView, name: list[int]) -> bool:
    """Whether the words read as the name after a definite title open a verbal noun in construct
    whose chain ends in its owner's pronoun ("ويحاول السفير السعودي تصحيح صورة بلده"، "وواصل
    المدرب دعم خيارات فريقه"): the pronoun makes the chain a thing someone owns, never a person's
    name, so it opens the verb's object. The verbal noun is no given name (تيسير، تحسين may be)."""
    if not name or not verbal_noun(view, name[0]) or view.bare[name[0]] in given_names():
        return False
    for k in range(name[0] + 1, min(len(view), name[0] + _MAX_OWNED_CHAIN)):
        if not view.is_word(k) or has_article(view, k):
            return False
        # بلد+ه: a stem of three letters before the pronoun; the ة of a noun is no pronoun.
        if len(view.bare[k]) > _MIN_OWNED_WORD and _owned_ending(view.tokens[k].text):
            return True
    return False


_MAX_OWNED_CHAIN = 4  # the verbal noun and up to three genitives
_MIN_OWNED_WORD = 3
_OWNED_ENDINGS = ("ه", "ها", "هم", "هما")


def _owned_ending(text: str) -> bool:
    return text.endswith(_OWNED_ENDINGS) and not text.endswith(("ة", "الله"))


def _owned(view: DocView, i: int, single: bool = True) -> bool:
    """A noun with a possessive pronoun (بيانه، رسمها، تصريحاتهم; not the ة of جمعية, read ه)."""
    key = view.bare[i]
    if view.tokens[i].text.endswith("ة") or key.endswith("الله"):  # عبدالله، نصرالله
        return False
    return len(key) > 4 and key.endswith(("ه", "ها", "هم", "هما") if single else ("ها", "هم", "هما"))


def _is_title_word_after_li(view: DocView, i: int) -> bool:
    key = view.bare[i]
    rest = key[2:] if key.startswith("لل") else key[1:] if key[:1] in "لب" else ""
    return bool(rest) and view.title_state(rest) is not None


# Verbal nouns of the derived forms by their pattern, before a possessive pronoun: إفعال
# (إعلان)، افتعال (التزام، اعتبار)، انفعال (انسحاب)، استفعال (استعداد)، تفعيل (تأكيد).
_VERBAL_NOUN = re.compile(r"^(?:ا..ا.|ا.ت.ا.|ان..ا.|است..ا.|ت..ي.)(?:هما|هم|هن|ها|ه)$")


def _verbal_noun_with_pronoun(key: str) -> bool:
    """Whether a normalised word is a derived verbal noun carrying a possessive pronoun
    ("التزامه"، "تأكيده"): it has an owner, so it is an object, never the subject."""
    return _VERBAL_NOUN.match(key) is not None


def _description(view: DocView, seg: list[int], object_follows: bool = False) -> list[int]:
    """A definite noun with its adjectives: adjectives agree in definiteness, so the phrase ends
    at an indefinite word ("وأكد البيان استمرار المهام"). Right after the noun any definite
    word is an adjective (البيت الأبيض، القوات المسلحة); after a relational adjective in ـي a
    definite word that is not one opens the object ("أعلن الإنتربول السعودي القبض على …").
    ل-phrases (لدعم الشرعية) complete the noun. Before a verb's object (حمّل X المسؤولية،
    وصف X بأنه) a definite word that is no adjective by its pattern is that object ("حمّل
    السبسي الحركة المسؤولية")."""
    kept = [seg[0]]
    seen_nisba = False
    genitive_next = False  # after an indefinite ل-noun: "المرصد السوري لحقوق الإنسان"
    for i in seg[1:]:
        key = view.bare[i]
        nisba = key.startswith("ال") and key.endswith(("ي", "يه", "يين", "يون"))
        participle = key.startswith(("الم", "الت"))
        adjective = key.startswith("ال") and (nisba or participle or not seen_nisba or genitive_next)
        li_noun = key.startswith("ل") and not key.startswith("لل") and len(kept) > 1
        if (
            object_follows
            and has_article(view, i)
            and (not adjective_like(key) or _oblique_plural(view, seg[0], i))
        ):
            break
        if len(kept) == 1 and has_article(view, i) and plural_after_singular(view, seg[0], i):
            break  # "وشرح السائق التحديات التي …": the object, see plural_after_singular
        if not genitive_next and has_article(view, i) and _masculine_after_feminine(view, kept, i):
            break  # "وحثت الشرطة المحلية المواطنين"، "كشفت السعودية النقاب": the object
        if adjective or key.startswith("لل") or li_noun:
            kept.append(i)
            seen_nisba = (seen_nisba or nisba) and not genitive_next
            genitive_next = li_noun and len(key) > 3
            continue
        break
    return kept


# Elatives (أفعل) keep their masculine form after a feminine noun: "الشركة الأكبر".
_ELATIVE = re.compile(r"^ال[اأ][^اوي]{3}$")


def _masculine_after_feminine(view: DocView, kept: list[int], i: int) -> bool:
    """Whether definite word i, after a definite feminine singular noun phrase, cannot be its
    adjective: an adjective agrees with its noun in gender and number, so a masculine word (no
    ة، ات، ى or ا ending) there begins the verb's object. The noun is known to be feminine
    singular when an adjective in ة already agrees with it ("الشرطة المحلية"), or when it is a
    place the earlier stages labelled ("السعودية"): a broken plural of persons in ة (القضاة،
    الطلبة) takes masculine adjectives, so a bare head in ة is not enough. Names the earlier
    stages labelled (a newspaper after its description) are appositions, not objects."""
    head = kept[0]
    if not view.tokens[head].text.endswith("ة"):
        return False
    agreeing = len(kept) > 1 and all(view.tokens[k].text.endswith("ة") for k in kept[1:])
    place = len(kept) == 1 and names_a_place_or_body(view, head)
    if not (agreeing or place):
        return False
    text = view.tokens[i].text
    if text.endswith(("ة", "ات", "ى", "ا")) or _ELATIVE.match(view.bare[i]) is not None:
        return False
    return view.mention_label(i) is None


def _oblique_plural(view: DocView, head: int, i: int) -> bool:
    """Whether word i, right after the definite head of a verb's subject, is a sound masculine
    plural in ين: a subject is nominative, so its plural adjective would end in ون; in ين the
    word is accusative, the object that follows the subject ("ودعا الولباني المترشحين إلى").
    A plural head is left: in ين itself (المحتجين الغاضبين, as the press often writes the
    subject) or a broken plural in ة (القضاة المتعهدين). A head in the nominative ون shows the
    case the plural adjective would share ("الديمقراطيون الجمهوريون"), so a word in ين after it
    is the object ("واتهم الديمقراطيون الجمهوريين بـ")."""
    text = view.tokens[i].text
    if len(text) <= _MIN_SOUND_PLURAL or not text.endswith("ين"):
        return False
    head_text = view.tokens[head].text
    if head_text.endswith("ون") and len(head_text) > _MIN_SOUND_PLURAL:
        return True
    return not head_text.endswith(("ين", "ون", "ات", "ة"))


_MIN_SOUND_PLURAL = 5  # ال + a stem of two or more letters + ون/ين
