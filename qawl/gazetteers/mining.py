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
* with a proclitic (وباشينيان → باشينيان), written with another spacing (عبدالله / عبد الله), or,
  for a place or an organisation, with the article (الجوهرة أف أم / جوهرة أف أم);
* or a transliteration variant word for word (same skeleton, rapidfuzz score over the
  threshold; words that differ have five letters and begin alike, so محمد / محمود and
  بن عمر / بن عمار stay apart) with evidence: the linker grouped the two in some document,
  or, for names of several words or one long word, their documents name the same entities.
A spelling seen under two labels takes its most frequent one; spellings of different labels
are never joined. Full names and bare surnames stay apart: a surname is not a spelling. An
entity of one word that NER tags in under 40% of the places the word occurs (in every
document read since NER first tagged it) is an ordinary word NER sometimes mistakes
(الله، الولايات), a bare given name (محمد) or a part of longer names (أبابا), and is left out.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from qawl.arabic import skeleton
from qawl.document import Document
from qawl.gazetteers.index import spelling_variant
from qawl.gazetteers.text import WORD_RE, clitic_readings, key_text, name_key

# Bounds on what one spelling keeps: enough to rank, little enough for a 40k-article dump.
_MAX_SURFACES = 4
_MAX_CONTEXT = 24
_MAX_PARTNERS = 12
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


@dataclass(slots=True)
class Spelling:
    """What the dump says about one spelling of an unlinked name."""

    count: int = 0
    documents: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    surfaces: Counter[str] = field(default_factory=Counter)
    example: str = ""
    partners: Counter[str] = field(default_factory=Counter)  # spellings grouped with it in a document
    in_text: int = 0  # one-word spellings: times the word occurs, tagged or not, since first seen
    context: Counter[str] = field(default_factory=Counter)  # entities its documents link

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

    def __init__(self, max_spellings: int = 300_000, common_words: frozenset[str] = frozenset()) -> None:
        self.spellings: dict[str, Spelling] = {}
        self.max_spellings = max_spellings
        self.common_words = common_words
        self.documents = 0
        self.pruned = 0

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
        """Count the words of ``text`` that are one-word spellings, tagged or not: a word NER
        tags in few of the places it occurs is an ordinary word (see :meth:`candidates`)."""
        spellings = self.spellings
        for word in WORD_RE.findall(key_text(text)):
            spelling = spellings.get(word)
            if spelling is not None:
                spelling.in_text += 1

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
        # a place's or organisation's name with the article the same name without it.
        for key in spellings:
            words = key.split(" ")
            for _, stem in clitic_readings(words[0]):
                bare = " ".join((stem, *words[1:]))
                # (لل + a word reads as ال + the word with no prefix left: still a proclitic.)
                if stem != words[0] and bare in spellings and label[bare] == label[key]:
                    union(key, bare)
                    break
            if label[key] != "PER" and words[0].startswith("ال") and len(words[0]) > 5:
                bare = " ".join((words[0][2:], *words[1:]))
                if bare in spellings and label[bare] == label[key]:
                    union(key, bare)
        # Spacing and transliteration variants meet in one block: the skeleton without spaces.
        blocks: dict[tuple[str, str], list[str]] = {}
        for key in spellings:
            blocks.setdefault((label[key], skeleton(key).replace(" ", "")), []).append(key)
        for block in blocks.values():
            if len(block) < 2:
                continue
            for i, a in enumerate(block):
                for b in block[i + 1 :]:
                    if self._same(a, b):
                        union(a, b)
        clusters: dict[str, list[str]] = {}
        for key in spellings:
            clusters.setdefault(find(key), []).append(key)
        out = []
        for members in clusters.values():
            members.sort(key=lambda k: (-spellings[k].count, k))
            count = sum(spellings[k].count for k in members)
            single = [spellings[k] for k in members if " " not in k]
            if count < min_count or (
                single and sum(s.count for s in single) < _MIN_TAGGED_SHARE * sum(s.in_text for s in single)
            ):
                continue
            labels: Counter[str] = Counter()
            for key in members:
                labels.update(spellings[key].labels)
            out.append((labels.most_common(1)[0][0], tuple((k, spellings[k]) for k in members)))
        out.sort(key=lambda item: (-sum(s.count for _, s in item[1]), item[1][0][0]))
        return [
            MinedEntity(f"mined:{n:05d}", lab, members, _clitic_forms([k for k, _ in members]))
            for n, (lab, members) in enumerate(out, start=1)
        ]

    def _same(self, a: str, b: str) -> bool:
        """Two spellings of one block are one name: the same letters spaced otherwise, or a
        transliteration variant word for word with evidence that they name the same thing.

        Words that differ must each have five letters (محمد / محمود، عمر / عمار are two names)
        and begin alike (بلحاج is not الحاج). The evidence: the linker grouped them in some
        document; or, for names of several words or one long word, their documents name the
        same entities (two short surnames of one sport or town do that too: الزواري، الزايري).
        """
        if a.replace(" ", "") == b.replace(" ", ""):
            return True
        words_a, words_b = a.split(" "), b.split(" ")
        if len(words_a) != len(words_b) or spelling_variant(a, b) is None:
            return False
        for x, y in zip(words_a, words_b, strict=True):
            if x != y and (x[0] != y[0] or spelling_variant(x, y) is None):
                return False
        if len(words_a) == 1 and a.startswith("ال"):
            return False  # Arabic words, whose look-alikes are other words (النصر، النسور)
        sa, sb = self.spellings[a], self.spellings[b]
        if sa.partners[b] or sb.partners[a]:
            return True
        if len(words_a) == 1 and len(a) < 8:
            return False
        return _cosine(sa.context, sb.context) >= _CONTEXT_SIMILARITY


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
