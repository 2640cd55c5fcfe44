"""Mining gazetteer candidates from a dump: the names NER finds that the gazetteer does not
link, counted across every document and clustered into entities.

:class:`NameMiner` reads linked documents one at a time and keeps counters only (memory does
not grow with the dump, only with the number of distinct spellings, and that table is
pruned of one-off spellings when it passes ``max_spellings``). For each spelling (the
normalised words of a mention) it keeps how often and in how many documents it occurs, its
labels, its most frequent surface form, one example context, the other spellings the linker
grouped with it inside a document (باشينيان … باشنيان), and the entities the documents that
name it also link (its topic: أرمينيا، يريفان …).

:meth:`NameMiner.candidates` then joins spellings into entities where one is another
* with a proclitic (وباشينيان → باشينيان; not when the word is commoner than the rest of it,
  بارك، or the rest is short and NER's label or the hamza differ, بابل ≠ ب + أبل), written with
  another spacing (عبدالله / عبد الله; a syllable apart outside an Arabic compound needs the
  evidence below: سو تشي is not سوتشي), or, for a place or an organisation, with the article
  (الجوهرة أف أم / جوهرة أف أم);
* or a transliteration variant word for word (same skeleton, rapidfuzz score over the
  threshold; words that differ have five letters and begin alike, so محمد / محمود and
  بن عمر / بن عمار stay apart) with evidence: the linker grouped the two in some document,
  or, for names of several words or one long word, their documents name the same entities.
A spelling seen under two labels takes its most frequent one; spellings of different labels
are never joined. Full names and bare surnames stay apart: a surname is not a spelling; but a
person's name and the same name with the family after آل are one (محمد بن زايد / … آل نهيان)
when their stories agree. An article-less word after an indefinite plural is a people's
plural, not a place's name without the article (متمردون شيشان ≠ الشيشان). An
entity of one word that NER tags in under 40% of the places the word occurs (in every
document read since NER first tagged it) is an ordinary word NER sometimes mistakes
(الله، الولايات), a bare given name (محمد) or a part of longer names (أبابا), and is left out.
Likewise left out, each with its reason in the rejected file: units (a number stands before
them), parts of longer names (mostly inside a longer mined name, or followed by one same word
in nine uses of ten: نادي باريس + سان), phrases of common words (seldom tagged, each word
frequent on its own: البنك المركزي), heads that several names go on from (المنظمة الدولية
للهجرة / للطيران), verbal nouns that govern من (النيل من), indefinite accusatives and
descriptions (منظمة إرهابية), and one-word names of several bearers (people too: أوسكار،
كروز). The label is NER's majority, but LOC for a name after a place noun (ملعب أنفيلد) and
PER for a one-word name after a given name (نوفاك جوكوفيتش، فتح الله غولن) or a given name
and such a surname (مارتن غريفيث).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from rapidfuzz import fuzz

from qawl.arabic import skeleton
from qawl.document import Document
from qawl.gazetteers.index import spelling_variant
from qawl.gazetteers.text import COMPOUND_HEADS, COMPOUND_TAILS, WORD_RE, clitic_readings, key_text, name_key

# Bounds on what one spelling keeps: enough to rank, little enough for a 40k-article dump.
_MAX_SURFACES = 4
_MAX_CONTEXT = 24
_MAX_PARTNERS = 12
_MAX_NEIGHBOURS = 8
_CONTEXT_CHARS = 50
# Two variant spellings whose documents name the same entities this much (cosine) are one.
_CONTEXT_SIMILARITY = 0.2
# A name is tagged where it occurs: a word NER tags alone in under this share of its
# occurrences is an ordinary word it sometimes mistakes (الله، الولايات، بالجهة), a given name
# (محمد، سعيد) or part of longer names (أبابا of أديس أبابا).
_MIN_TAGGED_SHARE = 0.4
# Proclitics that NER leaves on a name (وباشينيان): such a spelling is not listed as an alias.
_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "لل")
_LABELS = ("PER", "ORG", "LOC", "MISC")
# Number words that stand before a counted noun (5 آلاف يورو، مليون دولار). A name seldom
# follows a number; a unit of measure or of money follows one in much of its uses.
_NUMBER_WORDS = frozenset(
    key_text(word)
    for word in (
        "ألف",
        "آلاف",
        "ألفا",
        "مليون",
        "ملايين",
        "مليونا",
        "مليار",
        "مليارات",
        "مليارا",
        "مائة",
        "مئة",
    )
)
_MIN_UNIT_SHARE = 0.25
# A name bound to a neighbour word in this share of its uses is a piece of a longer name
# (أبابا of أديس أبابا، بوكو of بوكو حرام) when the neighbour is bound to it too.
_FRAGMENT_SHARE = 0.6
_BOUND_NEIGHBOUR_SHARE = 0.05
# A phrase none of whose words occurs in it this share of the word's uses is made of common
# words only (قوات الأمن، البنك المركزي): a description that names a different thing in
# each country or story, not a name.
_MIN_BOUND_WORD_SHARE = 0.2
# A phrase NER tags in under this share of the places it occurs, each of whose words occurs
# outside it in a third of its uses (so this many times the phrase's own uses), is a common
# noun phrase that NER tags now and then (البنك المركزي), not a name (بيونغ يانغ: its words
# seldom stand apart).
_MAX_PHRASE_TAGGED_SHARE = 0.2
_MIN_PHRASE_WORD_SPREAD = 1.5
# A name followed by one same word in this share of the places it occurs is the start of a
# longer name (نادي باريس + سان، كيم جونغ + أون).
_DOMINANT_NEXT_SHARE = 0.9
# A one-word name that this many others, each this frequent, bear in longer names is a given
# name or a surname of several people (مريم، كونتي) or a club name of several towns (الأهلي).
_MIN_BEARERS = 2
_MIN_BEARER_COUNT = 3
# A stem this short under a proclitic may well be another word (بابل is Babylon, not ب + أبل).
_SHORT_STEM = 4
# A word with a proclitic's letter before it, more frequent than the rest of it and used this
# often, is a word of its own (بارك، برونو، لوسي), not the rest with a proclitic.
_MIN_OWN_WORD_USES = 10
# Nouns of places that stand before a place's name (ملعب أنفيلد، ولاية سيدي بوزيد): a name after
# one in this share of its uses is a place's, whatever label NER gave it.
_PLACE_HEADS = frozenset(
    key_text(word) for word in ("ملعب", "مدينة", "ولاية", "محافظة", "إقليم", "منطقة", "بلدة", "قرية", "جزيرة")
)
_MIN_PLACE_HEAD_SHARE = 0.3
# A word NER tags alone this often, nearly always as PER, and as a person's name in this share
# of its uses, is a given name; a one-word name after one in this share of its uses is a
# person's surname (نوفاك جوكوفيتش), whatever label NER gave it.
_MIN_GIVEN_NAME_COUNT = 10
_GIVEN_NAME_PER_SHARE = 0.9
_MIN_GIVEN_NAME_SHARE = 0.3
_MIN_GIVEN_NAME_TAGGED_SHARE = 0.2
# A one-word name followed by two different adjectives of relation, each in this share of its
# uses, is told apart two ways: several bearers (الأهلي المصري / الأهلي السعودي).
_MIN_QUALIFIER_SHARE = 0.02
# A definite word followed by من (or من with a pronoun) in this share of its uses is a verbal
# noun that governs it (النيل من، النيل منه), whatever else the word names.
_MIN_FORMS = frozenset(("من", "منه", "منها", "منهم", "منهما", "مني", "منا", "منك", "منكم"))
_MIN_GOVERNED_SHARE = 0.1
# A thing's one-word name is several things' when people bear it this often (their mentions
# and its own tagged PER, against its mentions).
_MIN_PEOPLE_SHARE = 0.1
# A phrase of common words that goes on with a word with لل in this share of its uses heads
# several names (المنظمة الدولية للهجرة / للطيران).
_MIN_HEAD_SHARE = 0.15
# A word after an indefinite plural in this share of its uses is an adjective or a plural of
# relation (متمردون شيشان), not a name without its article.
_MIN_PLURAL_SHARE = 0.3
# Spellings of one word that differ but for a letter or two and that share a skeleton are one
# name without other evidence only when their documents name much the same entities.
_STRONG_CONTEXT_SIMILARITY = 0.5


# Words a compound name begins with, written joined to the next as often as apart: the
# linker's (عبد، أبو، بن) and the forms and family words it need not read (أبي، ابن، بو، آل).
_COMPOUND_HEADS = frozenset((*COMPOUND_HEADS, "ابي", "ابن", "بو", "ال"))
# Those of them that begin a given name or a by-name (عبد الحميد، أبو الفتوح), not a family.
_GIVEN_HEADS = frozenset(("عبد", "ابو", "ابي"))


@dataclass(slots=True)
class Spelling:
    """What the dump says about one spelling of an unlinked name."""

    count: int = 0
    documents: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    surfaces: Counter[str] = field(default_factory=Counter)
    example: str = ""
    partners: Counter[str] = field(default_factory=Counter)  # spellings grouped with it in a document
    in_text: int = 0  # times the spelling occurs in the text, tagged or not, since first seen
    context: Counter[str] = field(default_factory=Counter)  # entities its documents link
    # Where it occurs in the text, tagged or not: the words just before and after it, and how
    # often a number stands just before it (a unit: 5 آلاف يورو).
    left: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    after_number: int = 0

    @property
    def label(self) -> str:
        return self.labels.most_common(1)[0][0]

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]


@dataclass(frozen=True, slots=True)
class MinedEntity:
    """One candidate entry: the most frequent spelling first, the others as aliases."""

    id: str
    label: str
    spellings: tuple[tuple[str, Spelling], ...]  # (normalised spelling, its counts), most frequent first
    clitic_forms: frozenset[str] = frozenset()  # spellings that are another with a proclitic

    @property
    def names(self) -> list[str]:
        """The spellings a gazetteer lists: proclitic forms left out (the linker reads them off)."""
        named = [s.surface for key, s in self.spellings if key not in self.clitic_forms]
        return list(dict.fromkeys(_cell(name) for name in named or [self.spellings[0][1].surface]))

    @property
    def count(self) -> int:
        return sum(s.count for _, s in self.spellings)

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def aliases(self) -> list[str]:
        return self.names[1:]


def _trim(counter: Counter[str], limit: int) -> None:
    """Keep the ``limit`` most frequent keys of a counter that grew past twice that."""
    if len(counter) > 2 * limit:
        kept = counter.most_common(limit)
        counter.clear()
        counter.update(dict(kept))


def _context(text: str, start: int, end: int) -> str:
    """The mention in its words: a line of the document around it, on one line."""
    left = text.rfind("\n", max(0, start - _CONTEXT_CHARS), start) + 1 or max(0, start - _CONTEXT_CHARS)
    right = text.find("\n", end, end + _CONTEXT_CHARS)
    snippet = text[max(left, start - _CONTEXT_CHARS) : right if right >= 0 else end + _CONTEXT_CHARS]
    return " ".join(snippet.split())


class NameMiner:
    """Counts the unlinked NER names of linked documents (see the module docstring)."""

    def __init__(
        self,
        max_spellings: int = 300_000,
        common_words: frozenset[str] = frozenset(),
        max_words: int = 1_000_000,
    ) -> None:
        self.spellings: dict[str, Spelling] = {}
        self.max_spellings = max_spellings
        self.common_words = common_words
        self.documents = 0
        self.pruned = 0
        # How often each word of the dump occurs (lossy: rare words are forgotten when the table
        # passes ``max_words``): a word of a name that occurs mostly elsewhere is a common word.
        self.words: Counter[str] = Counter()
        self.max_words = max_words
        self.rejected: list[tuple[str, MinedEntity]] = []
        self._longest: dict[str, int] = {}  # first word of a spelling -> most words a spelling has

    def add(self, doc: Document) -> None:
        """Count the names of one linked document that no gazetteer entry links."""
        self.documents += 1
        if doc.error is not None:
            return
        topics = {e.kb_id for e in doc.entities if e.kb_id}
        seen: set[str] = set()

        for entity in doc.entities:
            if entity.kb_id or entity.label not in _LABELS:
                continue
            spellings = []
            for index in entity.mentions:
                mention = doc.mentions[index]
                if mention.source == "gazetteer" or mention.candidates:
                    continue  # only NER names, and not those several entries may bear
                key = self._key(mention.text)
                if key is None:
                    continue
                spelling = self.spellings.get(key)
                if spelling is None:
                    spelling = self.spellings[key] = Spelling(
                        example=_context(doc.text, mention.start, mention.end)
                    )
                    self._index(key)
                spelling.count += 1
                spelling.labels[mention.label] += 1
                if len(spelling.surfaces) < _MAX_SURFACES or mention.text in spelling.surfaces:
                    spelling.surfaces[mention.text] += 1
                if key not in seen:
                    seen.add(key)
                    spelling.documents += 1
                    spelling.context.update(topics)
                    _trim(spelling.context, _MAX_CONTEXT)
                spellings.append(key)
            distinct = set(spellings)
            if len(distinct) > 1:
                for key in distinct:
                    partners = self.spellings[key].partners
                    partners.update(other for other in distinct if other != key)
                    _trim(partners, _MAX_PARTNERS)
        self.count_words(doc.text)
        if len(self.spellings) > self.max_spellings:
            self._prune()

    def count_words(self, text: str) -> None:
        """Count the words of ``text``, and where each spelling occurs in it, tagged or not: its
        neighbours and whether a number precedes it (see :meth:`candidates`)."""
        tokens = WORD_RE.findall(key_text(text))
        self.words.update(tokens)
        if len(self.words) > self.max_words:
            self.words = Counter({w: c for w, c in self.words.items() if c > 2})
        spellings, longest, last = self.spellings, self._longest, len(tokens)
        for i, word in enumerate(tokens):
            most = longest.get(word)
            if most is None:
                continue
            for n in range(1, min(most, last - i) + 1):
                spelling = spellings.get(word if n == 1 else " ".join(tokens[i : i + n]))
                if spelling is None:
                    continue
                spelling.in_text += 1
                if i:
                    before = tokens[i - 1]
                    spelling.left[before] += 1
                    _trim(spelling.left, _MAX_NEIGHBOURS)
                    if before.isdigit() or before in _NUMBER_WORDS:
                        spelling.after_number += 1
                if i + n < last:
                    spelling.right[tokens[i + n]] += 1
                    _trim(spelling.right, _MAX_NEIGHBOURS)

    def _index(self, key: str) -> None:
        first, _, rest = key.partition(" ")
        words = rest.count(" ") + 2 if rest else 1
        if self._longest.get(first, 0) < words:
            self._longest[first] = words

    def add_all(self, docs: Iterable[Document]) -> Iterator[Document]:
        """:meth:`add` each document as it passes (for a progress bar over the stream)."""
        for doc in docs:
            self.add(doc)
            yield doc

    def _key(self, text: str) -> str | None:
        key = name_key(text)
        letters = sum(len(word) for word in key)
        if not key or letters < 3 or not any("\u0621" <= ch <= "\u064a" for ch in key[0]):
            return None
        if len(key) == 1 and key[0] in self.common_words:
            return None
        return " ".join(key)

    def _prune(self) -> None:
        """Forget the spellings seen once (lossy counting: a name that recurs comes back)."""
        before = len(self.spellings)
        self.spellings = {k: s for k, s in self.spellings.items() if s.count > 1}
        self.pruned += before - len(self.spellings)
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the first-word index of the spellings (after pruning or unpickling)."""
        self._longest = {}
        for key in self.spellings:
            self._index(key)

    # ------------------------------------------------------------------ clustering

    def candidates(self, min_count: int = 2) -> list[MinedEntity]:
        """The entities of the dump, most mentioned first; those under ``min_count`` left out."""
        spellings = self.spellings
        parent = {key: key for key in spellings}

        def find(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                # The more frequent spelling leads, so clusters read from their main name.
                if (spellings[ra].count, ra) < (spellings[rb].count, rb):
                    ra, rb = rb, ra
                parent[rb] = ra

        label = {key: s.label for key, s in spellings.items()}
        # A proclitic form joins its bare form when the bare form is a spelling of its own, and
        # a place's or organisation's name with the article the same name without it. NER's
        # label is not asked to agree here: the words are the same (ببن قردان ORG, بن قردان PER);
        # the cluster takes the label most of its mentions bear.
        for key in spellings:
            words = key.split(" ")
            for shift, stem in clitic_readings(words[0]):
                bare = " ".join((stem, *words[1:]))
                # (لل + a word reads as ال + the word with no prefix left: still a proclitic.)
                if stem != words[0] and bare in spellings and self._clitic_form(key, bare, shift, label):
                    union(key, bare)
                    break
            if label[key] != "PER" and words[0].startswith("ال") and len(words[0]) > 5:
                bare = " ".join((words[0][2:], *words[1:]))
                if bare in spellings and label[bare] == label[key] and not self._plural_adjective(bare):
                    union(key, bare)
        # Spacing and transliteration variants meet in one block: the skeleton without spaces,
        # taken word by word and of the words joined (the skeleton of الملك keeps an ا that
        # عبدالملك does not have, so عبد الملك meets عبدالملك only in the second).
        blocks: dict[str, list[str]] = {}
        for key in spellings:
            blocks.setdefault(skeleton(key).replace(" ", ""), []).append(key)
            if " " in key and skeleton(key.replace(" ", "")) != skeleton(key).replace(" ", ""):
                blocks.setdefault(skeleton(key.replace(" ", "")), []).append(key)
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1 :]:
                    if find(a) != find(b) and self._same(a, b, label[a] == label[b]):
                        union(a, b)
        # Names of several words that differ in one word only, by a letter that transliterates
        # one sound two ways (سيرخيو / سيرجيو راموس), meet in a block of the other words.
        shared: dict[tuple[int, str], list[str]] = {}
        for key in spellings:
            words = key.split(" ")
            if 1 < len(words) <= 4 and spellings[key].count > 1:
                for i in range(len(words)):
                    shared.setdefault((i, " ".join([*words[:i], "*", *words[i + 1 :]])), []).append(key)
        for (i, _), block in shared.items():
            for n, a in enumerate(block):
                for b in block[n + 1 :]:
                    if label[a] == label[b] and self._one_letter_apart(
                        a.split(" ")[i], b.split(" ")[i], a, b
                    ):
                        union(a, b)
        # A person's name and the same name with the family after آل (محمد بن زايد / محمد بن
        # زايد آل نهيان) are one person when the linker grouped the two or their documents name
        # much the same entities; a bare given name before آل (سعود، عبد الله آل ثاني) is not asked. The
        # name joins one family only, its commonest (تميم بن حمد آل ثاني, not a slip's آل خليفة).
        families: dict[str, str] = {}
        for key in spellings:
            words = key.split(" ")
            if len(words) >= 4 and words[-2] == "ال" and label[key] == "PER":
                short = " ".join(words[:-2])
                if (
                    not all(_compound_cut(before, after) for before, after in _cuts(short).values())
                    and label.get(short) == "PER"
                    and self._same_stories(short, key, _STRONG_CONTEXT_SIMILARITY)
                    and (short not in families or spellings[families[short]].count < spellings[key].count)
                ):
                    families[short] = key
        for short, key in families.items():
            union(short, key)
        clusters: dict[str, list[str]] = {}
        for key in spellings:
            clusters.setdefault(find(key), []).append(key)
        rejected: list[tuple[str, tuple[str, tuple[tuple[str, Spelling], ...]]]] = []
        kept: list[tuple[None, tuple[str, tuple[tuple[str, Spelling], ...]]]] = []
        evidence = _Evidence(spellings, self.words, {key: find(key) for key in spellings})
        for members in clusters.values():
            members.sort(key=lambda k: (-spellings[k].count, k))
            if sum(spellings[k].count for k in members) < min_count:
                continue
            labels: Counter[str] = Counter()
            for key in members:
                labels.update(spellings[key].labels)
            label_ = labels.most_common(1)[0][0]
            reason = evidence.not_a_name(label_, members)
            # The label is NER's, unless the words around the name say what it names.
            if evidence.after_place_head(members):
                label_ = "LOC"
            elif label_ != "PER" and (
                evidence.after_given_name(members[0]) or evidence.given_name_and_surname(members[0])
            ):
                label_ = "PER"
            if reason is None and label_ != "PER" and evidence.borne_by_people(members):
                reason = "several bearers"
            item = (label_, tuple((k, spellings[k]) for k in members))
            if reason is None:
                kept.append((None, item))
            else:
                rejected.append((reason, item))
        order = lambda item: (-sum(s.count for _, s in item[1][1]), item[1][1][0][0])  # noqa: E731
        kept.sort(key=order)
        rejected.sort(key=order)
        out = [
            MinedEntity(f"mined:{n:05d}", lab, members, _clitic_forms([k for k, _ in members]))
            for n, (_, (lab, members)) in enumerate(kept, start=1)
        ]
        self.rejected = [
            (reason, MinedEntity(f"rejected:{n:05d}", lab, members, _clitic_forms([k for k, _ in members])))
            for n, (reason, (lab, members)) in enumerate(rejected, start=1)
        ]
        return out

    def _clitic_form(self, key: str, bare: str, shift: int, label: dict[str, str]) -> bool:
        """The one-word spelling ``key`` is ``bare`` with a proclitic of ``shift`` letters, not a
        word of its own that begins alike: it is rarer in the text than ``bare``, or rare
        (بارك is no ب + أرك; بجنيف is ب + a misspelt جنيف); and where ``bare`` is short (four
        letters or fewer), where a word of its own is likeliest (بابل، لوفا), NER gave the two
        one label and the proclitic kept the hamza ``bare`` is written with (بأبل، not بابل,
        is ب + أبل)."""
        if " " in key:
            return True
        if self.words[key] > max(self.words[bare], _MIN_OWN_WORD_USES):
            return False
        if len(bare) > _SHORT_STEM:
            return True
        if label[key] != label[bare]:
            return False
        written, stem = self.spellings[key].surface, self.spellings[bare].surface
        return not (shift and stem[:1] in "أإآ" and written[shift : shift + 1] == "ا")

    def _same(self, a: str, b: str, same_label: bool) -> bool:
        """Two spellings of one block are one name: the same letters spaced otherwise, or a
        transliteration variant word for word with evidence that they name the same thing.

        Words that differ must each have five letters (محمد / محمود، عمر / عمار are two names)
        and begin alike (بلحاج is not الحاج). The evidence: the linker grouped them in some
        document; or, for names of several words or one long word, their documents name the
        same entities (two short surnames of one sport or town do that too: الزواري، الزايري),
        for a word of six or seven letters much the same entities (برانسون / برونسون).
        A variant must bear the same label; a spacing need not (بنقردان / بن قردان).
        """
        if a.replace(" ", "") == b.replace(" ", ""):
            # Arabic compounds are written joined as often as spaced, and so are the long
            # parts of a foreign name (كوكاكولا / كوكا كولا); a syllable or spelt letter apart
            # is a word boundary of another name unless the two spellings' documents name the
            # same entities (سوتشي, Sochi / سو تشي, Suu Kyi; سيدي / سي دي).
            return not _short_part_spacing(a, b) or self._same_stories(a, b)
        words_a, words_b = a.split(" "), b.split(" ")
        if not same_label or len(words_a) != len(words_b) or spelling_variant(a, b) is None:
            return False
        for x, y in zip(words_a, words_b, strict=True):
            if x != y and (x[0] != y[0] or spelling_variant(x, y) is None):
                return False
        if len(words_a) == 1 and a.startswith("ال"):
            return False  # Arabic words, whose look-alikes are other words (النصر، النسور)
        if len(words_a) == 1 and len(a) < 8 and not self._grouped(a, b):
            return len(a) >= 6 and len(b) >= 6 and self._same_stories(a, b, _STRONG_CONTEXT_SIMILARITY)
        return self._same_stories(a, b)

    def _plural_adjective(self, key: str) -> bool:
        """The one word ``key`` stands after an indefinite plural (متمردون شيشان، مقاتلين
        أفغان) in a good share of its uses: a people's plural or adjective of relation, not
        the article-less spelling of a place (الشيشان)."""
        spelling = self.spellings[key]
        if " " in key or not spelling.in_text:
            return False
        plurals = sum(
            count
            for word, count in spelling.left.items()
            if len(word) >= 5
            and not word.startswith("ال")
            and word.endswith(("ون", "ين"))
            and word not in _NUMBER_WORDS  # (ملايين يورو: a unit)
        )
        return plurals >= _MIN_PLURAL_SHARE * spelling.in_text

    def _grouped(self, a: str, b: str) -> bool:
        """The linker grouped spellings ``a`` and ``b`` as one entity in some document."""
        return bool(self.spellings[a].partners[b] or self.spellings[b].partners[a])

    def _same_stories(self, a: str, b: str, similarity: float = _CONTEXT_SIMILARITY) -> bool:
        """The linker grouped spellings ``a`` and ``b`` in some document, or their documents
        name the same entities (cosine of the entities they link at least ``similarity``)."""
        if self._grouped(a, b):
            return True
        return _cosine(self.spellings[a].context, self.spellings[b].context) >= similarity

    def _one_letter_apart(self, x: str, y: str, a: str, b: str) -> bool:
        """Words ``x`` / ``y`` of names ``a`` / ``b`` (alike in their other words) are one
        word transliterated two ways: as long, alike but for one letter not at the start
        (سيرخيو / سيرجيو, not بشار / عمار), and the two names' documents name much the same
        entities."""
        if (
            len(x) != len(y)
            or len(x) < 5
            or x[0] != y[0]
            or sum(p != q for p, q in zip(x, y, strict=True)) != 1
        ):
            return False
        return _cosine(self.spellings[a].context, self.spellings[b].context) >= _STRONG_CONTEXT_SIMILARITY


class _Evidence:
    """Why a cluster of spellings is not the name of one entity, read from where its spellings
    occur in the text (tagged or not) and from the other spellings (see :meth:`not_a_name`)."""

    def __init__(self, spellings: dict[str, Spelling], words: Counter[str], root: dict[str, str]) -> None:
        self.spellings = spellings
        self.words = words
        self.root = root
        # The longer spellings each spelling is a part of (its words, in a row), with where.
        self.inside: dict[str, list[tuple[str, int, int]]] = {}
        for key, spelling in spellings.items():
            words_ = key.split(" ")
            if spelling.count < 2 or not 1 < len(words_) <= 5:
                continue
            for i in range(len(words_)):
                for j in range(i + 1, len(words_) + 1):
                    if j - i < len(words_):
                        part = " ".join(words_[i:j])
                        if part in spellings:
                            self.inside.setdefault(part, []).append((key, i, len(words_) - j))

    def not_a_name(self, label: str, members: list[str]) -> str | None:
        """The reason the cluster ``members`` (most frequent first) is not one entity's name,
        or None when nothing says so."""
        spellings = self.spellings
        # (A given name written in two words is one word: عبد الله as much as عبدالله; a
        # family name after بن or آل is not.)
        single = [
            spellings[k]
            for k in members
            if all(b in _GIVEN_HEADS or a in COMPOUND_TAILS for b, a in _cuts(k).values())
        ]
        if single and sum(s.count for s in single) < _MIN_TAGGED_SHARE * sum(s.in_text for s in single):
            return "ordinary word"  # NER tags it in few of the places it occurs
        in_text = sum(spellings[k].in_text for k in members)
        before_number = sum(spellings[k].after_number for k in members)
        after_number = sum(c for k in members for w, c in spellings[k].right.items() if w.isdigit())
        if in_text and before_number >= _MIN_UNIT_SHARE * in_text and after_number < 0.1 * in_text:
            # A number stands before it, seldom after: a counted noun (دولار، يورو، جنيها), not
            # a team in a table of scores (2 شبيبة القيروان 1).
            return "unit"
        head = members[0]
        first = spellings[head]
        words = self.words
        # Where the head occurs inside a longer spelling of the cluster (حمد بن خليفة in حمد بن
        # خليفة آل ثاني), NER tagged it as that spelling.
        tagged = sum(spellings[k].count for k in members if f" {head} " in f" {k} ")
        if " " not in head:
            stem = head[:-1]
            # The indefinite accusative of an adjective (دبلوماسيا، جمهوريا): the word without
            # the ا, with and without the article, is as frequent as this form.
            if (
                head.endswith("يا")
                and not head.startswith("ال")
                and len(stem) >= 4
                and min(words[stem], words["ال" + stem]) >= words[head]
            ):
                return "indefinite accusative"
            if self._verbal_noun(head):
                return "verbal noun"
        elif (
            any(len(w) > 3 for w in head.split(" "))
            and all(first.in_text < _MIN_BOUND_WORD_SHARE * words[w] for w in head.split(" ") if len(w) > 3)
            and tagged < 0.5 * first.in_text
        ):
            # Every word is common elsewhere, and NER tags the phrase in under half of its uses:
            # a description (قوات الأمن، الاتحاد الدولي ل…), not a name. (Names are made of common
            # words too, but NER tags them where they occur; letters spelt out, سي بي إس, are
            # short words that acronyms share.)
            return "common words"
        elif tagged < _MAX_PHRASE_TAGGED_SHARE * first.in_text and all(
            words[w] >= _MIN_PHRASE_WORD_SPREAD * first.in_text for w in head.split(" ")
        ):
            return "common words"
        elif label != "PER" and self._indefinite_description(head):
            return "indefinite description"
        if self._fragment(head):
            return "part of a longer name"
        if " " in head and self._head_of_names(head):
            return "head of several names"
        if " " not in head and label in ("PER", "ORG") and self._bearers(label, head) >= _MIN_BEARERS:
            return "several bearers"
        if " " not in head and self._qualifiers(head) >= _MIN_BEARERS:
            return "several bearers"
        return None

    def borne_by_people(self, members: list[str]) -> bool:
        """The one-word name of a thing or place (spellings ``members``) that people bear too
        (أوسكار تاباريز، بينيلوبي كروز), often enough to be met in text: the name of several
        (not نوبل, whose ألفريد نوبل is met seldom). Asked only of names not labelled PER."""
        head = members[0]
        if " " in head:
            return False
        people = [c for c in self._bearer_mentions("PER", head) if c >= _MIN_BEARER_COUNT]
        persons = sum(people) + sum(self.spellings[k].labels["PER"] for k in members)
        total = sum(self.spellings[k].count for k in members)
        return len(people) >= _MIN_BEARERS and persons >= _MIN_PEOPLE_SHARE * total

    def after_place_head(self, members: list[str]) -> bool:
        """A place noun (ملعب، مدينة، ولاية …) stands before the spellings ``members`` in a good
        share of their uses: the name is a place's whatever NER said (ملعب أنفيلد، ولاية سيدي
        بوزيد, which NER tags ORG)."""
        uses = sum(self.spellings[k].in_text for k in members)
        heads = sum(
            count
            for k in members
            for word, count in self.spellings[k].left.items()
            if word in _PLACE_HEADS or (word[:1] in "وبلف" and word[1:] in _PLACE_HEADS)
        )
        return uses > 0 and heads >= _MIN_PLACE_HEAD_SHARE * uses

    def after_given_name(self, key: str) -> bool:
        """A given name stands before the one-word name ``key`` in a good share of its uses
        (نوفاك جوكوفيتش، which NER tags ORG): it is a person's surname. (Names of several
        words that begin with a given name are not asked: companies and ships bear them,
        ماجد الفطيم، هاري إس ترومان.)"""
        spelling = self.spellings[key]
        if " " in key or not spelling.left:
            return False
        word, together = spelling.left.most_common(1)[0]
        if together < _MIN_GIVEN_NAME_SHARE * spelling.in_text:
            return False
        # The tail of a compound given name (فتح الله غولن) ends a given name too, where NER
        # tags the whole as a person's name (not حزب الله الحجاز).
        return self._given_name(word) or (
            word in COMPOUND_TAILS
            and any(
                after == 0 and longer.endswith(f" {word} {key}") and self.spellings[longer].label == "PER"
                for longer, _, after in self.inside.get(key, ())
            )
        )

    def given_name_and_surname(self, key: str) -> bool:
        """``key`` is two words, a given name and a word that on its own is a surname after a
        given name (مارتن غريفيث, which NER tags ORG, and غريفيث alone after مارتن): a person."""
        words = key.split(" ")
        return (
            len(words) == 2
            and words[1] in self.spellings
            and self._given_name(words[0])
            and self.after_given_name(words[1])
        )

    def _given_name(self, word: str) -> bool:
        """``word`` is a given name: NER tags it alone often, nearly always as PER, and tags it
        alone or first in a person's name in a fifth of its uses or more (not على، أمام, which
        NER now and then takes for علي، إمام)."""
        spelling = self.spellings.get(word)
        if (
            spelling is None
            or spelling.count < _MIN_GIVEN_NAME_COUNT
            or spelling.labels["PER"] < _GIVEN_NAME_PER_SHARE * spelling.count
        ):
            return False
        tagged = spelling.count + sum(
            self.spellings[longer].count
            for longer, before, _ in self.inside.get(word, ())
            if before == 0 and self.spellings[longer].label == "PER"
        )
        return tagged >= _MIN_GIVEN_NAME_TAGGED_SHARE * self.words[word]

    def _head_of_names(self, key: str) -> bool:
        """The phrase ``key``, each of whose words occurs mostly elsewhere, goes on with two or
        more different words with لل, together in a good share of its uses: the head that several
        names share (المنظمة الدولية للهجرة / للطيران), which alone names any of them. A name that
        one or two phrases of its own follow (موديز للتصنيف، جائزة نوبل للسلام) has a word of its
        own."""
        spelling = self.spellings[key]
        if not spelling.in_text or not all(
            spelling.in_text < _MIN_BOUND_WORD_SHARE * self.words[w] for w in key.split(" ") if len(w) > 3
        ):
            return False
        goes_on = [c for w, c in spelling.right.items() if w.startswith("لل") and c >= _MIN_BEARER_COUNT]
        return len(goes_on) >= _MIN_BEARERS and sum(goes_on) >= _MIN_HEAD_SHARE * spelling.in_text

    def _verbal_noun(self, key: str) -> bool:
        """The one word ``key`` with the article is, in a good share of its uses, a verbal noun
        that governs من (النيل من "to harm", النيل منه): من or من with a pronoun follows it,
        and the word without the article is a common word (من أجل نيل). A name seldom has من
        after it (الإسلام من، الروهينغا من: under a tenth of their uses) or no bare form; a
        few uses say nothing."""
        spelling = self.spellings[key]
        if not key.startswith("ال") or not spelling.in_text:
            return False
        governed = sum(count for word, count in spelling.right.items() if word in _MIN_FORMS)
        return (
            governed >= max(_MIN_GOVERNED_SHARE * spelling.in_text, _MIN_OWN_WORD_USES)
            and self.words[key[2:]] >= _MIN_BOUND_WORD_SHARE * spelling.in_text
        )

    def _indefinite_description(self, key: str) -> bool:
        """``key`` is a noun and an adjective of relation without the article, each word common
        elsewhere: a thing of a kind (منظمة إرهابية، بطولة أوروبية), not one thing's name. The
        adjective (ending in ي or ية) is commoner with the article than without, as adjectives
        are; a family name (عماد مغنية) is not, and people are not asked."""
        words = key.split(" ")
        last = words[-1]
        uses = self.spellings[key].in_text
        return (
            not any(w.startswith("ال") for w in words)
            and len(last) >= 5
            and last.endswith(("ي", "يه"))
            and self.words["ال" + last] >= self.words[last]
            and all(uses < _MIN_BOUND_WORD_SHARE * self.words[w] for w in words)
        )

    def _fragment(self, key: str) -> bool:
        """``key`` occurs mostly inside one longer name: in longer spellings, or next to one
        word that occurs next to it in a good share of its own uses (أديس ↔ أبابا) or that
        NER tags with it (فتح + الله غولن). A title before a name (الرئيس) is next to many."""
        spelling = self.spellings[key]
        inside = sum(
            self.spellings[longer].count
            for longer, _, _ in self.inside.get(key, ())
            if self._bound(longer, key)
        )
        if inside >= _FRAGMENT_SHARE * (inside + spelling.count):
            return True
        if spelling.right and spelling.in_text >= _MIN_BEARER_COUNT:
            word, together = spelling.right.most_common(1)[0]
            if len(word) >= 3 and together >= _DOMINANT_NEXT_SHARE * spelling.in_text:
                return True  # the next word is always the same: the name goes on (نادي باريس سان)
        for side, joined in ((spelling.left, "{} " + key), (spelling.right, key + " {}")):
            if not side or spelling.in_text < _MIN_BEARER_COUNT:
                continue  # (a neighbour seen once or twice says nothing)
            word, together = side.most_common(1)[0]
            if together < _FRAGMENT_SHARE * spelling.in_text:
                continue
            longer = self.spellings.get(joined.format(word))
            if longer is not None and longer.count >= 0.1 * spelling.count:
                return True  # NER tags the two together too
            neighbour = self.spellings.get(word)
            if neighbour is not None and neighbour.count >= _MIN_TAGGED_SHARE * neighbour.in_text:
                return True  # a name of its own whenever it stands apart (أديس ↔ أبابا)
            # Else a word bound to it, unless it is a title before a person (وزير التربية X).
            if spelling.label != "PER" and together >= _BOUND_NEIGHBOUR_SHARE * self.words[word]:
                return True
        return False

    def _bound(self, longer: str, part: str) -> bool:
        """The words ``longer`` adds to ``part`` belong to it: each occurs in it in a good share
        of its uses (غولن in فتح الله غولن; not the title in وزير التربية ناجي جلول)."""
        uses = self.spellings[longer].in_text
        added = longer.split(" ")
        for word in part.split(" "):
            added.remove(word)
        return all(uses >= _BOUND_NEIGHBOUR_SHARE * self.words[w] for w in added)

    def _qualifiers(self, key: str) -> int:
        """How many different adjectives of relation (masculine, with the article: المصري،
        الشرقي) follow the one-word name ``key``, each in a good share of its uses. A name
        that writers tell apart two ways names two things (الأهلي المصري / الأهلي السعودي،
        الريف الغربي / الريف الشرقي); an agency's or a paper's kind and country are feminine
        (الأناضول التركية الرسمية) and not asked. Spellings of one adjective count once."""
        spelling = self.spellings[key]
        found: list[str] = []
        for word, count in spelling.right.most_common():
            if (
                word.startswith("ال")
                and len(word) >= 6
                and word.endswith("ي")
                and count >= _MIN_BEARER_COUNT
                and count >= _MIN_QUALIFIER_SHARE * spelling.in_text
                and not any(fuzz.ratio(word, other) >= 75 for other in found)
            ):
                found.append(word)
        return len(found)

    def _bearers(self, label: str, key: str) -> int:
        """How many entities, each mentioned a few times, bear the word ``key`` in a longer
        name: people whose names begin or end with it (مريم X، X كونتي), or for other labels
        names that go on after it (الأهلي المصري، الأهلي السعودي)."""
        return sum(1 for count in self._bearer_mentions(label, key) if count >= _MIN_BEARER_COUNT)

    def _bearer_mentions(self, label: str, key: str) -> list[int]:
        """The mentions of each entity of ``label`` that bears the word ``key`` in a longer name
        (see :meth:`_bearers`)."""
        bearers: list[tuple[set[str], int]] = []  # (the other words of its spellings, mentions)
        for longer, before, after in self.inside.get(key, ()):
            spelling = self.spellings[longer]
            if spelling.label != label or longer.count(" ") > 2:
                continue
            if (label == "PER" and (before == 0 or after == 0)) or (label != "PER" and before == 0):
                rest = longer.replace(key, "", 1).strip()
                # Another spelling of a bearer already counted is that bearer (جيمس / جايمس كومي،
                # دييغو / دييغو أرماندو مارادونا): the groups it matches become one.
                matched = [
                    group
                    for group in bearers
                    if any(o in rest or rest in o or fuzz.ratio(o, rest) >= 70 for o in group[0])
                ]
                merged = ({rest}, spelling.count)
                for group in matched:
                    bearers.remove(group)
                    merged = (merged[0] | group[0], merged[1] + group[1])
                bearers.append(merged)
        return [count for _, count in bearers]


def _short_part_spacing(a: str, b: str) -> bool:
    """``a`` and ``b``, the same letters spaced otherwise, part at a word of one or two
    letters where no Arabic compound joins (head عبد، أبو، بن، آل … or tail الله، الدين …)."""
    cuts_a, cuts_b = _cuts(a), _cuts(b)
    for cut in cuts_a.keys() ^ cuts_b.keys():
        before, after = (cuts_a if cut in cuts_a else cuts_b)[cut]
        # The first word may bear a proclitic: ببن قردان / ببنقردان، وسو تشي.
        bare = before[1:] if before[:1] in "وبلف" and cut == len(before) else before
        if not _compound_cut(before, after) and min(len(bare), len(after)) < 3:
            return True
    return False


def _compound_cut(before: str, after: str) -> bool:
    """Words ``before`` ``after`` are the parts of an Arabic compound name (عبد الله، أبو ظبي،
    نصر الله), the first perhaps with a proclitic (ببن قردان)."""
    bare = before[1:] if before[:1] in "وبلف" else before
    return before in _COMPOUND_HEADS or bare in _COMPOUND_HEADS or after in COMPOUND_TAILS


def _cuts(key: str) -> dict[int, tuple[str, str]]:
    """Where the words of ``key`` part (letters before the space), with the words either side."""
    words = key.split(" ")
    cuts, at = {}, 0
    for before, after in pairwise(words):
        at += len(before)
        cuts[at] = (before, after)
    return cuts


def _clitic_forms(keys: list[str]) -> frozenset[str]:
    """The spellings of a cluster that are another of its spellings with a proclitic."""
    present = set(keys)
    return frozenset(
        key
        for key in keys
        for prefix in _PROCLITICS
        if key.startswith(prefix)
        and (key[len(prefix) :] in present or (prefix == "لل" and "ال" + key[2:] in present))
    )


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(value * b[key] for key, value in a.items() if key in b)
    if not dot:
        return 0.0
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


def _cell(text: str) -> str:
    """A TSV cell: no tabs, newlines or the alias separator inside."""
    return " ".join(text.replace("|", " ").split())


def write_candidates(entities: list[MinedEntity], path: Path) -> Path:
    """Write ``entities`` as a gazetteer TSV at ``path`` and their evidence beside it (one line a
    spelling: id, spelling, count, documents, labels, an example); returns the evidence path."""
    evidence = path.with_name(path.stem + ".evidence.tsv")
    with path.open("w", encoding="utf-8") as out, evidence.open("w", encoding="utf-8") as side:
        out.write("id\tlabel\tname\taliases\tkb_id\trelated\n")
        side.write("id\tspelling\tcount\tdocuments\tlabels\texample\n")
        for entity in entities:
            out.write(f"{entity.id}\t{entity.label}\t{entity.name}\t{'|'.join(entity.aliases)}\t\t\n")
            for _, spelling in entity.spellings:
                labels = ",".join(f"{k}:{v}" for k, v in spelling.labels.most_common())
                side.write(
                    f"{entity.id}\t{_cell(spelling.surface)}\t{spelling.count}\t{spelling.documents}"
                    f"\t{labels}\t{_cell(spelling.example)}\n"
                )
    return evidence


def write_rejected(rejected: list[tuple[str, MinedEntity]], path: Path) -> None:
    """Write the clusters :meth:`NameMiner.candidates` left out, with the reason, for review."""
    with path.open("w", encoding="utf-8") as out:
        out.write("id\treason\tlabel\tname\taliases\tmentions\n")
        for reason, entity in rejected:
            out.write(
                f"{entity.id}\t{reason}\t{entity.label}\t{entity.name}\t{'|'.join(entity.aliases)}\t{entity.count}\n"
            )
