"""Words that lead into a name but are no part of it, trimmed off PER, LOC and ORG mentions.

The tagger often takes the word before a name into the mention: a title or role (``الحارس
هيلتون``, ``للحارس كيم``), a relation (``زميله هنري``) or a verb (``وقال``) before a person, a kind
of place before a place (``ولاية الجلفة``, ``شارع الدقي``), a kind of body or a verb before an
institution (``ميليشيات الحوثي``, ``شركة أرامكو``, ``أعلنت الخطوط``). ANERcorp's convention leaves such words
outside the name. ``data/lead_words.tsv`` lists, per label, the words the gold training data puts
untagged right before an entity of that label far more often than inside any name (how it was
derived is in its header); a mention that starts with one of its label's words loses it, as long
as a word is left, and a one-word mention that is one of its label's words is dropped (nineteenth
session): the title, kind noun or verb alone is no name (``بالفنان``, which the document rule then
spread as ``الفنان`` to every use of the word; ``لصالح`` read as ل + صالح after a person صالح). A quoted
word stays (صحيفة "طرف": a title quoted is a name). On the gold data this drops 4 of about 53,000
entities (LOC: مسجد، بحيرة ×2، شرق; no PER or ORG). A listed word may carry a proclitic chain
before its article (للحارس، والدكتور); other proclitics are not read off, since باسم and ومعالي are
names as often as ب + اسم.

It runs last, after the document rules (ner_consistency), so it also trims the mentions that
those rules copied or grew. A mention that is, word for word, a training name of its label
(``data/known_names.tsv``, source "train": ساحل العاج، جمهورية كوريا، شركة البحر الأحمر للتطوير) keeps
its first word: the gold data has the whole of it as one name. This halves the gold entities the rule
would cut (train_base 13 → 6 of 9,889, the news gold 13 → 4 of 10,285; fifteenth session).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.extractors.ner_filter import read_labelled_words
from qawl.extractors.ner_known import KnownNames, first_word_readings, known_names, word_key
from qawl.extractors.ner_quoted import is_quote

LEAD_WORDS_FILE = Path(__file__).resolve().parent / "data" / "lead_words.tsv"

Span = tuple[int, int, str]  # first token, last token (exclusive), label
LeadWords = dict[str, frozenset[str]]  # label -> normalised words

# Proclitic chains read off a definite lead word (للحارس = ل + الحارس, written لل).
DEFINITE_PREFIXES = ("وال", "فال", "بال", "كال", "ولل", "فلل", "لل")
MIN_STEM_LETTERS = 3  # after the article: keeps out ل + ال + a two-letter word


@lru_cache(maxsize=1)
def lead_words() -> LeadWords:
    """The bundled list (read once; this cache is its owner)."""
    return read_labelled_words(LEAD_WORDS_FILE)


@lru_cache(maxsize=50_000)
def lead_word_readings(word: str) -> tuple[str, ...]:
    """``word`` normalised, then as the definite word under a proclitic chain (للحارس → الحارس)."""
    key = word_key(word)
    readings = [key]
    for prefix in DEFINITE_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= MIN_STEM_LETTERS:
            readings.append("ال" + key[len(prefix) :])
    return tuple(readings)


def trim_lead_words(
    words: Sequence[str],
    spans: Sequence[Span],
    leads: LeadWords | None = None,
    names: KnownNames | None = None,
) -> list[Span]:
    """``spans`` with each mention's leading listed words of its label cut off, keeping one word,
    unless the mention is a training name of its label as it stands (is_known_whole)."""
    leads = lead_words() if leads is None else leads
    trimmed = []
    for first, last, label in spans:
        listed = leads.get(label)
        if listed and last - first == 1 and is_lone_lead_word(words, first, listed, label, names):
            continue
        if (
            listed
            and last - first > 1
            and _is_listed(words[first], listed)
            and not is_known_whole(words[first:last], label, names)
        ):
            while last - first > 1 and _is_listed(words[first], listed):
                first += 1
        trimmed.append((first, last, label))
    return trimmed


def is_lone_lead_word(
    words: Sequence[str], i: int, listed: frozenset[str], label: str, names: KnownNames | None = None
) -> bool:
    """Whether the one-word mention at ``i`` is a lead word of its label and nothing else: a title
    (الفنان، بالفنان), a kind of place or body (العاصمة، قنوات) or a verb (أوردت) is no name alone.
    A quoted word stays (صحيفة "طرف"، صندوق "هدف": a title quoted is a name), and so does a
    training name of the label (is_known_whole)."""
    if not _is_listed(words[i], listed) or is_known_whole(words[i : i + 1], label, names):
        return False
    return not (0 < i < len(words) - 1 and is_quote(words[i - 1]) and is_quote(words[i + 1]))


def _is_listed(word: str, listed: frozenset[str]) -> bool:
    return any(reading in listed for reading in lead_word_readings(word))


def is_known_whole(mention: Sequence[str], label: str, names: KnownNames | None = None) -> bool:
    """Whether the words of ``mention`` are one training name of ``label`` (a proclitic allowed on
    the first word: وجنوب السودان)."""
    names = known_names() if names is None else names
    norm = [word_key(word) for word in mention]
    found = names.matches_at(norm, [first_word_readings(mention[0])], 0)
    return any(
        name.source == "train" and name.label == label and len(name.key) == len(mention) for name in found
    )
