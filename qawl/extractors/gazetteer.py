"""Gazetteer stage: links NER mentions to gazetteer entities, adds names NER missed, and
groups each document's mentions into entities.

* An NER mention is looked up by its normalised form (exact, then without proclitics, then
  as a spelling variant through the skeleton key); the entity's label must agree.
* Names NER missed are found by the index scan: exact and proclitic matches only, never by
  a fuzzy score alone. One-word names that are also ordinary words (روحاني، مالي) and
  spelling variants of a person's name (ميركيل) count only when the document also names
  that entity exactly.
* An NER person no name matches may be the last two words or more of one listed person's
  name (جواد ظريف → محمد جواد ظريف); one word is not enough (عباس is a given name too)
  unless the document links an entity related to that person (ماي in a story that names
  بريطانيا is تيريزا ماي).
* A name several entities bear is settled by label, by the vowels written on it (عُمان is
  Oman, not Amman), then by the other entities of the document (``related`` ids in the
  gazetteer), else left unlinked with its candidates.
* NER mentions no entry matches are still grouped when they are variants of each other
  (نيكول باشينيان … باشينيان … باشنيان → one entity without kb_id).
* A listed name inside a wider NER mention links it when the words before the name are
  titles or generic heads (آية الله علي خامنئي، حلف الناتو، مدينة حلب), and the mention is
  narrowed to the name: a title is a role, not part of what the entity is called, and the
  span is then the one the scan gives without NER. Other heads make another entity
  (طيران الإمارات، جامعة كيوتو، نيويورك نيكس), and so do words after a name (أوروبا الشرقية،
  ترامب جونيور): no link. A person's listed name followed by a patronymic links with NER's
  span, the patronymic being part of the name (عبدالله الثاني بن الحسين).
* A sure match (the exact name or alias, or it with a proclitic; several words, or one word
  of a person or organisation) links across PER and LOC/ORG whatever NER's label, and the
  mention takes the gazetteer's label (أبو ظبي tagged PER is the city). One word of a place
  does not: given names are place names too (ديانا، جمال، هاميلتون).
* A person's name right after بن/ابن/بنت is the father's, not the person (خالد بن سلمان).
* A family name the document gave earlier with a fuller name is that person's (يوسف بن علي …
  بن علي is Youssef Ben Ali, not the former president): the mention takes the candidates of the
  full name, or none when the full name links to nothing and starts with a given name. The full
  names are indexed once per document, by their tails, in document order (_family_names).
* A full name whose first word is a given name is not the person of a linked entity none of
  whose names has that given name: ميلانيا ترمب, يوليا سكريبال, بهية الحريري are relatives of
  Donald Trump, Sergei Skripal and Saad Hariri, not them (_find_group). The given names are
  ``data/person_first_words.txt`` (built from the NER gold by
  training/build_person_first_words.py); a bare family name (ترمب) still joins.

With and without NER one code path runs: without NER the mentions are the scan's alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from qawl.document import Document, Entity, Mention
from qawl.extractors.ner_filter import read_word_list
from qawl.extractors.ner_spans import DATA_DIR, given_name_key
from qawl.gazetteers import Candidate, Entry, GazetteerIndex, load_index
from qawl.gazetteers.index import (
    SCORE_CLITIC,
    SCORE_EXACT,
    SCORE_FUZZY_FACTOR,
    NameMatch,
    spelling_variant,
)
from qawl.gazetteers.text import clitic_readings, has_vowels, name_key, vowel_agreement
from qawl.gazetteers.view import NormalizedText

# How much a link is worth when NER's label and the gazetteer's differ: countries and
# organisations stand for each other (روسيا أعلنت), MISC is vague; a person is never a place.
_LABEL_FACTOR = {
    frozenset({"LOC", "ORG"}): 0.8,
    frozenset({"MISC", "PER"}): 0.7,
    frozenset({"MISC", "LOC"}): 0.7,
    frozenset({"MISC", "ORG"}): 0.7,
}


def label_factor(mention_label: str, entry_label: str) -> float | None:
    """Weight of linking a mention of one label to an entry of another (None: never)."""
    if mention_label == entry_label:
        return 1.0
    return _LABEL_FACTOR.get(frozenset({mention_label, entry_label}))


@dataclass(slots=True)
class _Resolution:
    """What one mention resolved to: an entry id, or the candidates left open."""

    entry_id: str | None = None
    score: float | None = None
    candidates: list[Candidate] = field(default_factory=list)


def label_of(candidates: list[Candidate]) -> str:
    """The label of a gazetteer mention: its best candidate's."""
    return candidates[0].entry.label if candidates else "MISC"


# What a mention with no candidates resolves to (shared: it is never changed).
_UNRESOLVED = _Resolution()


def _position(mention: Mention) -> tuple[int, int]:
    """Document order: by start, the longer of two mentions that start together first."""
    return (mention.start, -mention.end)


class GazetteerLinker:
    """The gazetteer stage of the pipeline (see the module docstring)."""

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index
        self._candidate_cache: dict[
            tuple[tuple[str, ...], bool], tuple[list[Candidate], list[Candidate]]
        ] = {}
        self._entry_word_cache: dict[str, frozenset[str]] = {}

    def _entry_words(self, entry: Entry) -> frozenset[str]:
        """The words of an entry's names (kept: the same entities recur across documents)."""
        words = self._entry_word_cache.get(entry.id)
        if words is None:
            words = frozenset(w for name in entry.names for w in name_key(name))
            if len(self._entry_word_cache) < 30_000:
                self._entry_word_cache[entry.id] = words
        return words

    @classmethod
    def load(cls, paths: Sequence[Path] = (), include_default: bool = True) -> GazetteerLinker:
        return cls(load_index(paths, include_default))

    def process(self, docs: Sequence[Document]) -> None:
        for doc in docs:
            self.link(doc)

    # ------------------------------------------------------------------ one document

    def link(self, doc: Document) -> None:
        """Link, add and group the mentions of ``doc`` (running it twice gives the same result).

        Without NER mentions (``--no-ner``) the same rules run over the scan's names alone."""
        ner = sorted((m for m in doc.mentions if m.source != "gazetteer"), key=_position)
        for mention in ner:
            if mention.source == "ner+gazetteer":
                mention.source = "ner"
            mention.entity, mention.candidates = None, []
        options: dict[int, list[Candidate]] = {id(m): self._ner_candidates(m) for m in ner}
        found = self._gazetteer_mentions(doc, ner, options)
        mentions = ner + [m for m, _ in found]
        # Scan matches come in order, variants and NER may not; sorting what is in order
        # already changes nothing and costs less than checking.
        mentions.sort(key=_position)
        for mention, candidates in found:
            options[id(mention)] = candidates
        cleared = self._family_names(mentions, options)
        if cleared:
            mentions = [m for m in mentions if id(m) not in cleared]
        resolved = self._resolve(mentions, options)
        doc.mentions[:] = mentions
        self._build_entities(doc, resolved)

    def _gazetteer_mentions(
        self, doc: Document, ner: list[Mention], options: dict[int, list[Candidate]]
    ) -> list[tuple[Mention, list[Candidate]]]:
        """Mentions for names the scan finds outside NER mentions.

        An NER mention that a longer gazetteer name contains, and that links to nothing by
        itself, takes the name's span. A one-word name that is also an ordinary word
        (روحاني، الأسد) counts only when the document names the same entity another way,
        and so do spelling variants of the words of a person's name (ميركل … ميركيل).
        """
        out: list[tuple[Mention, list[Candidate]]] = []
        if not doc.text:
            return out
        index, text = self.index, doc.text
        normalized = NormalizedText(text)
        matches = index.scan(normalized, include_common=True)
        common = [len(m.key) == 1 and m.key[0] in index.common_words for m in matches]
        anchored = _anchored(matches, index.common_words)
        for mention in ner:
            for candidate in options[id(mention)]:
                anchored.setdefault(candidate.entry.id, set()).update(name_key(candidate.matched))
        reach = list(accumulate((m.end for m in ner), max))  # furthest end so far
        spans: list[tuple[int, int]] = []
        for match, is_common in zip(matches, common, strict=True):
            candidates, not_people = self._match_candidates(match.key, match.prefix > 0)
            # Only a name that may be a person's asks what word stands before it.
            if not_people is not candidates and _after_bin(text, match.token_start):
                candidates = not_people
                if not candidates:
                    continue
            if is_common:
                candidates = [c for c in candidates if match.key[0] in anchored.get(c.entry.id, ())]
                if not candidates:
                    continue
            spans.append((match.start, match.end))
            self._place(doc, ner, reach, options, match.token_start, match.start, match.end, candidates, out)
        people = [entry_id for entry_id in anchored if index.entries[entry_id].label == "PER"]
        if people:
            for variant in index.scan_variants(normalized, people):
                if any(start < variant.end and variant.start < end for start, end in spans):
                    continue
                entry = index.entries[variant.entry_id]
                score = round(SCORE_FUZZY_FACTOR * SCORE_FUZZY_FACTOR * variant.similarity / 100, 3)
                reason = f"variant of {variant.target!r} named in the same document"
                candidate = Candidate(entry, score, reason, variant.target)
                self._place(
                    doc, ner, reach, options, variant.start, variant.start, variant.end, [candidate], out
                )
        return out

    def _family_names(self, mentions: list[Mention], options: dict[int, list[Candidate]]) -> set[int]:
        """Give a mention that is the tail (family name) of a person's fuller name written earlier
        in the document that name's candidates: the person the story named, before the gazetteer's
        famous bearer of the surname (يوسف بن علي … بن علي). A full name that links to nothing
        counts when its first word is a given name; the tail then links to nothing either (it is
        grouped with the full name), and a scan mention for it is dropped (returned: their ids).
        A tail is not one given name (علي of … بن علي) nor what follows بن alone. A tail that two
        full names give differently, or that the story used alone for someone else before the full
        name (الرئيس ترمب … ميلانيا ترمب … ترمب), is left as it is. Only tails whose candidates are
        all people change. One pass in document order, the tails kept in a dict (None: ambiguous)."""
        tails: dict[tuple[str, ...], tuple[str, ...] | None] = {}  # tail -> entry ids (None: two)
        targets: dict[tuple[str, ...], list[Candidate]] = {}
        alone: dict[tuple[str, ...], tuple[str, ...]] = {}  # a name linked by itself -> entry ids
        cleared: set[int] = set()
        for mention in mentions:
            candidates = options.get(id(mention)) or []
            key = name_key(mention.text)
            if not key:
                continue
            ids = tuple(c.entry.id for c in candidates)
            if candidates and all(c.entry.label == "PER" for c in candidates):
                variants = _key_variants(key)
                tail = next((v for v in variants if v in tails), None)
                if tail is not None and tails[tail] is not None and tails[tail] != ids:
                    options[id(mention)] = list(targets[tail])
                    if not tails[tail] and mention.source == "gazetteer":
                        cleared.add(id(mention))
                elif tail is None:
                    for variant in variants:
                        alone.setdefault(variant, ids)
            if mention.label != "PER" or len(key) < 2:
                continue
            if not candidates and given_name_key(mention.text.split()[0]) is None:
                continue
            for cut in range(1, len(key)):
                tail = key[cut:]
                if key[cut - 1] in _BIN or (tail[0] in _BIN and len(tail) < 2):
                    continue
                if len(tail) == 1 and given_name_key(tail[0]) is not None:
                    continue
                if tails.get(tail, ids) != ids or alone.get(tail, ids) != ids:
                    tails[tail] = None
                else:
                    tails[tail] = ids
                    targets[tail] = candidates
        return cleared

    def _place(
        self,
        doc: Document,
        ner: list[Mention],
        reach: list[int],
        options: dict[int, list[Candidate]],
        token_start: int,
        start: int,
        end: int,
        candidates: list[Candidate],
        out: list[tuple[Mention, list[Candidate]]],
    ) -> None:
        """Add a gazetteer mention at ``[start, end)`` unless NER mentions are there; an NER
        mention the name contains and that links to nothing itself takes the name's span."""
        # NER mentions are sorted by start; skip those that end before the name starts.
        overlapping = []
        for k in range(bisect_left(reach, token_start + 1), len(ner)):
            if ner[k].start >= end:
                break
            if ner[k].end > token_start:
                overlapping.append(ner[k])
        if not overlapping:
            mention = Mention(start, end, doc.text[start:end], label_of(candidates), source="gazetteer")
            out.append((mention, candidates))
            return
        if len(overlapping) == 1 and candidates:
            mention = overlapping[0]
            if options[id(mention)]:
                return
            inside = token_start <= mention.start and mention.end <= end
            longer = (end - start) > (mention.end - mention.start)
            if inside and longer:
                mention.start, mention.end, mention.text = start, end, doc.text[start:end]
                options[id(mention)] = candidates
            elif mention.start <= token_start and end <= mention.end:
                self._name_inside(doc.text, mention, token_start, start, end, candidates, options)

    def _name_inside(
        self,
        text: str,
        mention: Mention,
        token_start: int,
        start: int,
        end: int,
        candidates: list[Candidate],
        options: dict[int, list[Candidate]],
    ) -> None:
        """Link an NER mention wider than the listed name at ``[start, end)`` inside it, when
        the words before the name are titles or generic heads and none follow it; the mention
        is narrowed past the titles (see the module docstring for why)."""
        before = name_key(text[mention.start : token_start])
        if not before or name_key(text[end : mention.end]) or any(w not in _HEADS for w in before):
            return
        kept = self._label_agreeing(mention.label, candidates, False)
        if kept:
            # The proclitic of the name's first word goes with the titles.
            mention.start, mention.text = start, text[start : mention.end]
            options[id(mention)] = kept

    def _match_candidates(
        self, key: tuple[str, ...], clitic: bool
    ) -> tuple[list[Candidate], list[Candidate]]:
        """Candidates of a scanned name, and those of them that are no person (the same list
        when none is, and there are some). Cached: the same names recur across documents."""
        cached = self._candidate_cache.get((key, clitic))
        if cached is None:
            score = SCORE_CLITIC if clitic else SCORE_EXACT
            found = [Candidate(entry, score, "scan", " ".join(key)) for entry in self.index.entries_for(key)]
            not_people = [c for c in found if c.entry.label != "PER"]
            cached = found, (found if found and len(not_people) == len(found) else not_people)
            if len(self._candidate_cache) < 30_000:
                self._candidate_cache[(key, clitic)] = cached
        return cached

    def _ner_candidates(self, mention: Mention) -> list[Candidate]:
        """Entries an NER mention may name, with label agreement folded into the score."""
        key = name_key(mention.text)
        common = len(key) == 1 and any(stem in self.index.common_words for _, stem in clitic_readings(key[0]))
        found = self.index.find(mention.text, article=True)
        if not found and mention.label == "PER":
            found = self._patronymic_candidates(key)
        if not found and mention.label == "PER":
            found = self.index.surname_candidates(mention.text) or self.index.bare_surname_candidates(
                mention.text
            )
        sure = (
            len(found) == 1
            and found[0].score >= SCORE_CLITIC
            and not common
            and (len(key) > 1 or found[0].entry.label != "LOC")
        )
        return self._label_agreeing(mention.label, found, common, sure)

    def _patronymic_candidates(self, key: tuple[str, ...]) -> list[Candidate]:
        """A person's listed name of two words or more followed by a patronymic: عبدالله الثاني
        بن الحسين, محمد بن سلمان بن عبدالعزيز (the longest listed head before a بن)."""
        for cut in range(len(key) - 2, 1, -1):
            if key[cut] in _BIN:
                found = [
                    c for c in self.index.find(" ".join(key[:cut]), fuzzy=False) if c.entry.label == "PER"
                ]
                if found:
                    return found
        return []

    @staticmethod
    def _label_agreeing(
        label: str, found: list[Candidate], common: bool, sure: bool = False
    ) -> list[Candidate]:
        """The candidates a mention tagged ``label`` may link to, scores weighed by label.

        ``sure``: the one candidate is the mention's exact name (see the module docstring);
        it links whatever the label, and :meth:`_build_entities` gives the mention its label.
        """
        out = []
        for candidate in found:
            factor = label_factor(label, candidate.entry.label)
            if factor is None:
                if not sure:
                    continue
                factor = _SURE_ACROSS_LABELS
            else:
                fuzzy = candidate.score < SCORE_CLITIC
                if factor < 1.0 and (fuzzy or common):
                    continue
                # A country stands for its government (روسيا أعلنت, tagged ORG), but an
                # organisation named after a city or region is a club or a firm (ميلان, قرة باغ):
                # across LOC/ORG only entries that belong to no other entry link.
                if factor < 1.0 and candidate.entry.related:
                    continue
            out.append(
                Candidate(
                    candidate.entry,
                    round(candidate.score * factor, 3),
                    candidate.reason,
                    candidate.matched,
                    candidate.needs_support,
                )
            )
        return out

    def _resolve(
        self, mentions: list[Mention], options: dict[int, list[Candidate]]
    ) -> dict[int, _Resolution]:
        """Pick an entry for each mention: a single candidate, else the best label, else the
        one related to entities the document names unambiguously, else none."""
        resolved: dict[int, _Resolution] = {}
        sure: set[str] = set()
        open_: list[Mention] = []
        for mention in mentions:
            candidates = options.get(id(mention))
            if not candidates:
                resolved[id(mention)] = _UNRESOLVED
                continue
            if candidates[0].needs_support:
                open_.append(mention)  # settled by the other entities of the document alone
                resolved[id(mention)] = _Resolution(candidates=candidates)
                continue
            if len(candidates) == 1:
                top = candidates
            else:
                best = max(c.score for c in candidates)
                top = [c for c in candidates if c.score == best]
            if len(top) > 1 and has_vowels(mention.text):
                chosen = {e.id for e in vowelled_choice(mention.text, [c.entry for c in top])}
                top = [c for c in top if c.entry.id in chosen]
            if len(top) == 1:
                resolved[id(mention)] = _Resolution(top[0].entry.id, top[0].score)
                sure.add(top[0].entry.id)
            else:
                open_.append(mention)
                resolved[id(mention)] = _Resolution(candidates=top)
        for mention in open_:
            candidates = resolved[id(mention)].candidates
            winner = self._supported([c.entry.id for c in candidates], sure)
            if winner is not None:
                score = next(c.score for c in candidates if c.entry.id == winner)
                resolved[id(mention)] = _Resolution(winner, round(score * 0.95, 3))
            elif candidates[0].needs_support:
                resolved[id(mention)] = _UNRESOLVED  # a bare surname the story does not place
        return resolved

    def _supported(self, entry_ids: Sequence[str], linked: set[str]) -> str | None:
        """The one of these entries most related to the entities the document links for
        sure, if exactly one is and it is related to any."""
        support = {entry_id: self._support(self.index.entries[entry_id], linked) for entry_id in entry_ids}
        best = max(support.values())
        winners = [entry_id for entry_id in entry_ids if support[entry_id] == best]
        return winners[0] if best > 0 and len(winners) == 1 else None

    def _support(self, entry: Entry, linked: set[str]) -> int:
        """How many entities the document links to are related to ``entry`` (either way)."""
        entries = self.index.entries
        count = sum(1 for other in entry.related if other in linked)
        count += sum(1 for other in linked if entry.id in entries[other].related)
        return count

    # ------------------------------------------------------------------ entities

    def _build_entities(self, doc: Document, resolved: dict[int, _Resolution]) -> None:
        groups: list[_Group] = []
        by_entry: dict[str, _Group] = {}
        by_entry_ids: dict[int, str] = {}
        entries = self.index.entries
        unlinked: list[int] = []  # NER mentions that link to nothing and have no candidates
        for index, mention in enumerate(doc.mentions):
            resolution = resolved.get(id(mention), _UNRESOLVED)
            entry_id = resolution.entry_id
            if entry_id is not None:
                group = by_entry.get(entry_id)
                if group is None:
                    entry = entries[entry_id]
                    group = by_entry[entry_id] = _Group(entry.label, entry.name, entry.ref)
                    group.entry_words = self._entry_words(entry)
                    by_entry_ids[id(group)] = entry_id
                    groups.append(group)
                group.add(index, mention)
                if mention.source != "gazetteer":
                    mention.source = "ner+gazetteer"
                    if label_factor(mention.label, group.label) is None:
                        mention.label = group.label  # a sure match across labels: the gazetteer's
                mention.score = resolution.score
                if mention.candidates:
                    mention.candidates = []
            elif resolution.candidates:
                mention.candidates = [c.entry.ref for c in resolution.candidates]
            elif mention.source != "gazetteer":
                unlinked.append(index)
        if unlinked:
            for index in unlinked:
                mention = doc.mentions[index]
                group = _find_group(groups, mention)
                if group is None:
                    group = _Group(mention.label, None, None)
                    groups.append(group)
                group.add(index, mention)
            groups.sort(key=lambda g: g.mentions[0])
        if any(mention.source != "gazetteer" for mention in doc.mentions):
            for group in groups:
                self._trim_proclitics(doc, group, by_entry_ids.get(id(group)))
        doc.entities = []
        for number, group in enumerate(groups, start=1):
            entity_id = f"e{number}"
            for index in group.mentions:
                doc.mentions[index].entity = entity_id
            doc.entities.append(
                Entity(entity_id, group.label, group.display_name(doc), group.kb_id, group.mentions)
            )

    def _trim_proclitics(self, doc: Document, group: _Group, entry_id: str | None) -> None:
        """Move the start of a mention past a proclitic (وفرنسا → فرنسا, وباشينيان → باشينيان)
        when the rest is what the entity is called: one of its gazetteer names, or how another
        mention of the same entity is written. The tagger marks whole words, clitics included;
        a name in the output should not carry "and" or "in"."""
        if all(doc.mentions[i].source == "gazetteer" for i in group.mentions):
            return  # the scan's spans start after the proclitic already
        bare_keys = {name_key(doc.mentions[i].text) for i in group.mentions}
        for position, index in enumerate(group.mentions):
            mention = doc.mentions[index]
            if mention.source == "gazetteer":
                continue
            key = name_key(mention.text)
            if not key:
                continue
            for prefix, stem in clitic_readings(key[0]):
                if prefix == 0:
                    continue
                stemmed = (stem, *key[1:])
                named = stemmed in bare_keys or (
                    entry_id is not None
                    and any(entry.id == entry_id for entry in self.index.entries_for(stemmed))
                )
                if named:
                    cut = _surface_length(mention.text, prefix)
                    mention.start += cut
                    mention.text = mention.text[cut:]
                    group.texts[position] = mention.text
                    group._keys = None
                    break


PERSON_FIRST_WORDS_FILE = DATA_DIR / "person_first_words.txt"


@lru_cache(maxsize=1)
def person_first_words() -> frozenset[str]:
    """Words that open a person's full name (read once; this cache is its owner)."""
    return read_word_list(PERSON_FIRST_WORDS_FILE)


# The weight of a sure match whose label NER has wrong (a city tagged PER).
_SURE_ACROSS_LABELS = 0.9
# Words that name the father in a name (خالد بن سلمان): the person named after them is another.
_BIN = frozenset({"بن", "ابن", "بنت"})
_BIN_KEYS = frozenset((b,) for b in _BIN)  # as name_key gives them
# Titles and generic heads that stand before a name in apposition (normalised as keys are):
# آية الله علي خامنئي is Khamenei, حلف الناتو NATO, مدينة حلب Aleppo. Heads that make another
# entity (جامعة، مطار، نادي، بنك، طيران، شارع) are not here.
_HEADS = frozenset(
    name_key(
        "آية الله حجة الإسلام المرشد الأعلى الرئيس الملك الأمير الشيخ السيد السيدة الدكتور العاهل "
        "ولي العهد المستشارة المستشار الزعيم الجنرال المشير البابا الإمام الراحل الراحلة "
        "حلف منظمة حركة جماعة تنظيم ميليشيات ميليشيا مليشيات مليشيا "
        "مدينة دولة جمهورية مملكة إمارة إقليم ولاية محافظة العاصمة بلدة قرية جزيرة"
    )
)


def _after_bin(text: str, start: int) -> bool:
    """The word before ``start`` is بن/ابن/بنت."""
    if not text[start - 1 : start].isspace():
        return False
    before = text[max(0, start - 6) : start].split()
    return bool(before) and name_key(before[-1]) in _BIN_KEYS


def _anchored(matches: list[NameMatch], common_words: frozenset[str]) -> dict[str, set[str]]:
    """Entities the document names exactly, with the words of those names: a common word
    counts when it is one of them (حسن روحاني … روحاني), not when it merely names the same
    entity (المدينة المنورة does not make every مدينة Medina)."""
    anchored: dict[str, set[str]] = {}
    for _, _, key, entry_ids, _, _ in matches:
        if len(key) > 1 or key[0] not in common_words:
            for entry_id in entry_ids:
                words = anchored.get(entry_id)
                if words is None:
                    anchored[entry_id] = set(key)
                else:
                    words.update(key)
    return anchored


def vowelled_choice(surface: str, entries: list[Entry]) -> list[Entry]:
    """Of the entries a name may denote, those the vowels written on it agree with best:
    عُمان is Oman, not Amman (عمّان); all of them when the vowels tell nothing."""
    agreement: dict[str, int | None] = {}
    for entry in entries:
        found = [a for a in (vowel_agreement(surface, name) for name in entry.names) if a is not None]
        agreement[entry.id] = max(found) if found else None
    kept = [entry for entry in entries if agreement[entry.id] is not None] or entries
    best = max(agreement[entry.id] or 0 for entry in kept)
    return [entry for entry in kept if (agreement[entry.id] or 0) == best]


def _surface_length(text: str, letters: int) -> int:
    """Characters of ``text`` that hold its first ``letters`` letters (marks such as tashkeel
    and tatweel are deleted by normalisation, so they do not count)."""
    seen = 0
    for position, char in enumerate(text):
        if seen == letters:
            return position
        if name_key(char):
            seen += 1
    return len(text)


@dataclass(slots=True)
class _Group:
    """Mentions of one entity while a document is being linked."""

    label: str
    name: str | None
    kb_id: str | None
    mentions: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    entry_words: frozenset[str] = frozenset()  # the words of a linked entry's names
    _keys: list[tuple[str, ...]] | None = None

    def add(self, index: int, mention: Mention) -> None:
        self.mentions.append(index)  # callers add mentions in document order
        self.texts.append(mention.text)
        self._keys = None

    @property
    def keys(self) -> list[tuple[str, ...]]:
        """Keys of the mentions, with proclitic readings (computed only when grouping)."""
        if self._keys is None:
            keys: list[tuple[str, ...]] = []
            for text in dict.fromkeys(self.texts):
                key = name_key(text)
                if key:
                    keys.extend(k for k in _key_variants(key) if k not in keys)
            self._keys = keys
        return self._keys

    def display_name(self, doc: Document) -> str:
        if self.name:
            return self.name
        texts = [doc.mentions[i].text for i in self.mentions]
        return max(texts, key=lambda t: (len(t.split()), len(t)))


def _words_match(a: str, b: str) -> bool:
    return a == b or spelling_variant(a, b) is not None


def _key_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [(stem, *key[1:]) for _, stem in clitic_readings(key[0])]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """``shorter`` is a run of words of ``longer`` (words compared as spelling variants)."""
    n = len(shorter)
    return any(
        all(_words_match(longer[i + k], shorter[k]) for k in range(n)) for i in range(len(longer) - n + 1)
    )


def _same_entity(key: tuple[str, ...], group: _Group, label: str) -> bool:
    for variant in _key_variants(key):
        for other in group.keys:
            if len(variant) == len(other) and all(map(_words_match, variant, other)):
                return True
            if label == "PER" and len(variant) != len(other):
                longer, shorter = (variant, other) if len(variant) > len(other) else (other, variant)
                if _contains(longer, shorter):
                    return True
    return False


def _given_first(key: tuple[str, ...], label: str) -> str | None:
    """The given name a person's name of two words or more opens with (ميلانيا of ميلانيا ترمب),
    as written or without one proclitic; None for a bare family name or a title."""
    if label != "PER" or len(key) < 2:
        return None
    found = given_name_key(key[0], person_first_words())
    return found[0] if found is not None else None


def _has_given(group: _Group, given: str) -> bool:
    """One of the group's names (its mentions', its entry's) has the word ``given``."""
    if any(_words_match(given, word) for word in group.entry_words):
        return True
    return any(_words_match(given, word) for key in group.keys for word in key)


def _find_group(groups: list[_Group], mention: Mention) -> _Group | None:
    """The one earlier group of the same label this mention is a variant of, if exactly one.
    A full name that opens with a given name no name of a linked group has is a relative of
    that group's person (same family name), not that person."""
    key = name_key(mention.text)
    if not key:
        return None
    given = _given_first(key, mention.label)
    matching = [
        g
        for g in groups
        if g.label == mention.label
        and _same_entity(key, g, mention.label)
        and (given is None or g.kb_id is None or _has_given(g, given))
    ]
    return matching[0] if len(matching) == 1 else None
