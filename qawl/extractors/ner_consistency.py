"""Document-level label consistency after the NER tagger: a name tagged once is tagged throughout.

News repeats its names; the tagger, reading one sentence at a time, finds some occurrences and
misses others. After the sentence rules (ner_filter, ner_spans, ner_known), a name the document
tags with several labels first takes the label of a clear majority of its mentions (vote_labels),
then the mentions of a document name the document's names:

- an untagged occurrence of a tagged name gets the name's label (``أنقرة`` LOC in one sentence,
  untagged in the next). Words match as ner_known matches them: normalised, the first word also
  read without a proclitic (``ولأنقرة``), never without the article alone;
- a one-word untagged occurrence of the last word of a multi-word PER gets PER: a family name
  alone (``باشينيان`` after ``نيكول باشينيان``), matched only as written, and not when it is an
  ordinal, half of a compound given name or a definite nisba (see is_family_name).

A name is left out when the document tags it with two labels, when it has fewer than
MIN_NAME_LETTERS letters, or when it is one word of ``data/not_names.txt`` or NEVER_ALONE. A
one-word name must also look like a name *in this document*: used untagged more than
MAX_UNTAGGED_PER_TAGGED times per tagged use, it is an ordinary word the tagger was right to
leave. Only untagged tokens become mentions; the one change to a mention is a PER growing over a
family name just after it (حسين [الفردان]), which the tagger cut one word short.

Then complete_fragments puts the document's multi-word names back together where the tagger cut
them: the mentions inside another occurrence of a name the document tags whole, with one label,
become that name (``سسكا موسكو`` ORG where the tagger found ``موسكو`` LOC alone). Last, the
institutions the document rule tagged grow over their لِ phrase as in the sentence rules
(ner_org_phrases), mentions grow over the words that end names of their label (``الأمم المتحدة``,
ner_name_tails), and PER and LOC mentions lose the words that only lead into a name (``الحارس``,
``ولاية``; ner_lead_words).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from qawl.extractors.ner_filter import not_names
from qawl.extractors.ner_known import MAX_NAME_WORDS, first_word_readings, word_key
from qawl.extractors.ner_lead_words import trim_lead_words
from qawl.extractors.ner_name_tails import grow_name_tails
from qawl.extractors.ner_org_phrases import extend_org_phrases

Span = tuple[int, int, str]  # first token, last token (exclusive), label
Key = tuple[str, ...]

MIN_NAME_LETTERS = 2
MAX_UNTAGGED_PER_TAGGED = 3.0
# A document's majority label for a name it tags several ways (vote_labels): two thirds of its
# mentions, and two at least. Dev F1 and WikiFANE agreed on it over three quarters and three.
MAJORITY = 2 / 3
MIN_VOTES = 2
# Names that normalise like a preposition (علي/على، الي/إلى): never a one-word name of a document.
NEVER_ALONE = frozenset({"علي", "الي"})
# Last words of a PER that are no family name alone: ordinals of rulers (هنري الثاني) and the
# second halves of compound given names (عبد الله، صلاح الدين، عبد الرحمن). Normalised spelling.
NOT_FAMILY_NAMES = frozenset(
    {
        *("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"),
        *("العاشر", "الله", "الدين", "الرحمن", "الرحيم", "الكريم", "الملك", "الكبير", "الصغير"),
    }
)


def apply_document_consistency(
    sentences: Sequence[Sequence[str]],
    spans: Sequence[Sequence[Span]],
    never: frozenset[str] | None = None,
) -> list[list[Span]]:
    """``spans`` (one list per sentence of a document) with the document's names added where the
    tagger left them untagged, then its multi-word names put back together where the tagger cut
    them into pieces (complete_fragments)."""
    never = not_names() if never is None else never
    norm = [[word_key(word) for word in words] for words in sentences]
    readings = [[first_word_readings(word) for word in words] for words in sentences]
    spans = vote_labels(norm, readings, spans)
    names = _document_names(norm, readings, spans, never)
    if not names:
        return _last_rules(sentences, complete_fragments(norm, readings, spans))
    by_first: dict[str, list[Key]] = {}
    for key in names:
        by_first.setdefault(key[0], []).append(key)
    result = []
    for words, reads, found in zip(norm, readings, spans, strict=True):
        taken = {i for first, last, _ in found for i in range(first, last)}
        added = list(found)
        i = 0
        while i < len(words):
            key = None if i in taken else _longest_untagged(words, reads, i, names, by_first, taken)
            if key is None:
                i += 1
                continue
            label = names[key][0]
            before = next((span for span in added if span[1] == i), None)
            if label == "PER" and before is not None and before[2] == "PER":
                # The tagger's PER stopped one word short: حسين [الفردان] is one person.
                added[added.index(before)] = (before[0], i + len(key), label)
            else:
                added.append((i, i + len(key), label))
            i += len(key)
        result.append(added)
    return _last_rules(sentences, complete_fragments(norm, readings, result))


def _last_rules(sentences: Sequence[Sequence[str]], spans: list[list[Span]]) -> list[list[Span]]:
    """ner_org_phrases once more, for the institutions this document rule tagged (the sentence
    rules ran before the document told them that ``للإتحاد الإسباني`` is one); mentions grow over
    the words that end names of their label (ner_name_tails); then the words that lead into a name
    come off the PER and LOC mentions, the ones this rule copied too (ner_lead_words)."""
    return [
        trim_lead_words(words, grow_name_tails(words, extend_org_phrases(words, found)))
        for words, found in zip(sentences, spans, strict=True)
    ]


def vote_labels(
    norm: Sequence[Sequence[str]],
    readings: Sequence[Sequence[tuple[tuple[str, bool], ...]]],
    spans: Sequence[Sequence[Span]],
) -> list[list[Span]]:
    """``spans`` with each name the document tags with several labels given its majority label.

    A name (its first word without a proclitic, as ner_known reads it) whose mentions carry one
    label at least MIN_VOTES times and in at least MAJORITY of them gets that label at the others:
    ``برشلونة`` ORG twice and LOC once in a match report is the club three times. The rest of
    apply_document_consistency then sees one label and spreads it to untagged occurrences.
    """
    votes: dict[Key, Counter[str]] = {}
    keys = []
    for words, reads, found in zip(norm, readings, spans, strict=True):
        keys.append([_vote_key(words, reads, first, last) for first, last, _ in found])
        for key, (_, _, label) in zip(keys[-1], found, strict=True):
            votes.setdefault(key, Counter())[label] += 1
    result = []
    for found, found_keys in zip(spans, keys, strict=True):
        voted = []
        for (first, last, label), key in zip(found, found_keys, strict=True):
            top, count = votes[key].most_common(1)[0]
            if top != label and count >= MIN_VOTES and count >= MAJORITY * sum(votes[key].values()):
                label = top
            voted.append((first, last, label))
        result.append(voted)
    return result


def _vote_key(
    words: Sequence[str], reads: Sequence[tuple[tuple[str, bool], ...]], first: int, last: int
) -> Key:
    """A mention's words, its first word without the proclitics it may shed (وبرشلونة → برشلونه)."""
    rest = tuple(words[first + 1 : last])
    stem = [stem for stem, single_ok in reads[first] if rest or single_ok][-1]
    return (stem, *rest)


def complete_fragments(
    norm: Sequence[Sequence[str]],
    readings: Sequence[Sequence[tuple[tuple[str, bool], ...]]],
    spans: Sequence[Sequence[Span]],
) -> list[list[Span]]:
    """``spans`` with each partly tagged occurrence of a multi-word document name made one mention.

    A multi-word name the document tags as one mention, always with one label, replaces the
    mentions that lie inside another occurrence of it: ``سسكا موسكو`` ORG where the tagger found
    ``موسكو`` LOC alone, ``فان نيستلروي`` where it found ``نيستلروي``. An occurrence with no
    mention inside, or with a mention reaching outside it, is left alone (the first is
    apply_document_consistency's job, the second a longer name the tagger saw).
    """
    names = _multi_word_names(norm, readings, spans)
    if not names:
        return [sorted(found) for found in spans]
    by_first: dict[str, list[Key]] = {}
    for key in names:
        by_first.setdefault(key[0], []).append(key)
    result = []
    for words, reads, found in zip(norm, readings, spans, strict=True):
        found = list(found)
        i = 0
        while i < len(words):
            key = _longest_name_at(words, reads, i, by_first)
            if key is not None:
                end = i + len(key)
                inside = [span for span in found if span[0] < end and i < span[1]]
                whole = all(i <= span[0] and span[1] <= end for span in inside)
                if inside and whole and not any(span[:2] == (i, end) for span in inside):
                    found = [span for span in found if span not in inside] + [(i, end, names[key])]
                    i = end
                    continue
            i += 1
        result.append(sorted(found))
    return result


def _multi_word_names(
    norm: Sequence[Sequence[str]],
    readings: Sequence[Sequence[tuple[tuple[str, bool], ...]]],
    spans: Sequence[Sequence[Span]],
) -> dict[Key, str]:
    """The document's multi-word mentions (first word also without a proclitic) with one label."""
    labels: dict[Key, set[str]] = {}
    for words, reads, found in zip(norm, readings, spans, strict=True):
        for first, last, label in found:
            if 1 < last - first <= MAX_NAME_WORDS:
                rest = tuple(words[first + 1 : last])
                for stem, _ in reads[first]:
                    labels.setdefault((stem, *rest), set()).add(label)
    return {key: next(iter(found)) for key, found in labels.items() if len(found) == 1}


def _longest_name_at(
    words: Sequence[str],
    reads: Sequence[tuple[tuple[str, bool], ...]],
    i: int,
    by_first: dict[str, list[Key]],
) -> Key | None:
    best: Key | None = None
    for stem, _ in reads[i]:
        for key in by_first.get(stem, ()):
            if (best is None or len(key) > len(best)) and tuple(words[i + 1 : i + len(key)]) == key[1:]:
                best = key
    return best


def is_family_name(word: str) -> bool:
    """Whether the normalised last word of a PER may stand for the person alone.

    A definite nisba (المصري، الجزائري) is as often the adjective "Egyptian" as a family name.
    """
    return word not in NOT_FAMILY_NAMES and not (word.startswith("ال") and word.endswith("ي"))


def _document_names(
    norm: list[list[str]],
    readings: list[list[tuple[tuple[str, bool], ...]]],
    spans: Sequence[Sequence[Span]],
    never: frozenset[str],
) -> dict[Key, tuple[str, bool]]:
    """Each name of the document with its one label, and whether it is only a family name."""
    labels: dict[Key, Counter[str]] = {}
    tagged: Counter[Key] = Counter()  # tagged uses of one-word names, family names included
    mentioned: set[Key] = set()  # names tagged as such, not only as the end of a PER
    for words, reads, found in zip(norm, readings, spans, strict=True):
        for first, last, label in found:
            if last - first > MAX_NAME_WORDS:
                continue
            rest = tuple(words[first + 1 : last])
            for stem, single_ok in reads[first]:
                if rest or single_ok:
                    key = (stem, *rest)
                    labels.setdefault(key, Counter())[label] += 1
                    mentioned.add(key)
                    if not rest:
                        tagged[key] += 1
            if label == "PER" and last - first > 1 and is_family_name(words[last - 1]):
                family = (words[last - 1],)
                labels.setdefault(family, Counter())["PER"] += 1
                tagged[family] += 1
    names: dict[Key, tuple[str, bool]] = {}
    for key, counts in labels.items():
        if len(counts) > 1 or sum(len(word) for word in key) < MIN_NAME_LETTERS:
            continue
        if len(key) == 1 and (key[0] in never or key[0] in NEVER_ALONE):
            continue
        names[key] = (next(iter(counts)), key not in mentioned)
    untagged = _untagged_uses({key for key in names if len(key) == 1}, readings, spans)
    return {
        key: found
        for key, found in names.items()
        if len(key) > 1 or untagged[key] <= MAX_UNTAGGED_PER_TAGGED * tagged[key]
    }


def _untagged_uses(
    keys: set[Key], readings: list[list[tuple[tuple[str, bool], ...]]], spans: Sequence[Sequence[Span]]
) -> Counter[Key]:
    """How often each one-word name occurs outside every mention of the document."""
    uses: Counter[Key] = Counter()
    for reads, found in zip(readings, spans, strict=True):
        taken = {i for first, last, _ in found for i in range(first, last)}
        for i, word_readings in enumerate(reads):
            if i not in taken:
                for stem, single_ok in word_readings:
                    if single_ok and (stem,) in keys:
                        uses[(stem,)] += 1
                        break
    return uses


def _longest_untagged(
    words: list[str],
    reads: list[tuple[tuple[str, bool], ...]],
    i: int,
    names: dict[Key, tuple[str, bool]],
    by_first: dict[str, list[Key]],
    taken: set[int],
) -> Key | None:
    """The longest document name at token ``i`` whose tokens are all untagged.

    A family name known only as the end of a PER matches only as written: with a proclitic it
    is too often a word (لصالح "in favour of" after علي عبدالله صالح).
    """
    best: Key | None = None
    for reading, (stem, single_ok) in enumerate(reads[i]):
        for key in by_first.get(stem, ()):
            n = len(key)
            if n == 1 and (not single_ok or (reading > 0 and names[key][1])):
                continue
            if best is not None and n <= len(best):
                continue
            if tuple(words[i + 1 : i + n]) == key[1:] and not any(j in taken for j in range(i, i + n)):
                best = key
    return best
