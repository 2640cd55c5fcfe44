"""Span rules after the NER tagger, kept as data: given names it drops and bank names it misses.

Both lists were read off the gold training data (their headers say how) and follow ANERcorp's
conventions, so the rules only move the tagger's output towards what the gold data would say:

- ``data/given_names.txt``: a PER mention directly after one or more listed given names grows to
  take them in (``طلعت زكريا`` when the tagger found only ``زكريا``).
- ``data/org_heads.txt``: a definite head noun followed by definite relational adjectives is an
  ORG when the tagger left all of it untagged (``البنك التجاري``).
- hashtag names: news copies social-media hashtags, which write a name's spaces as underscores
  (``# شيرين_عبدالوهاب``, ``#الاتحاد_الأوروبي``). The tagger has never seen such a token and leaves
  it O. An untagged token of two to six underscore-joined words is read as those words: when they
  are a known name (``data/known_names.tsv``, its first word also without a proclitic) the token
  is a mention of that name's label; when they are two to four words opening with a listed given
  name, a PER. A hashtag of ordinary words (``#الجيش_اليمني``, ``#أسعار_الوقود``) stays O.

Ministries, committees, courts and municipalities are deliberately *not* heads here: ANERcorp
tags ``وزارة الخارجية الأمريكية`` O and the place in ``بلدية باريس`` LOC (see the list header).
Rules never remove a mention and never cross another one, so they sit on top of any model.
apply_span_rules runs them with the other sentence rules: persons grown to the gazetteer's full
names (ner_gazetteer_names), known names (ner_known), quoted names after a kind word (ner_quoted) and
institution names grown over their لِ phrase (ner_org_phrases).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.extractors.ner_compounds import join_hyphenated_persons, join_institutions
from qawl.extractors.ner_filter import read_word_list
from qawl.extractors.ner_gazetteer_names import grow_to_gazetteer_names
from qawl.extractors.ner_known import (
    KnownNames,
    apply_known_names,
    first_word_readings,
    known_names,
    word_key,
)
from qawl.extractors.ner_org_phrases import extend_org_phrases
from qawl.extractors.ner_quoted import apply_quoted_names

DATA_DIR = Path(__file__).resolve().parent / "data"
GIVEN_NAMES_FILE = DATA_DIR / "given_names.txt"
ORG_HEADS_FILE = DATA_DIR / "org_heads.txt"

Span = tuple[int, int, str]  # first token, last token (exclusive), label

# One attached conjunction or preposition before a name: وأسامة، بعبدالاله، لمحمد.
NAME_PROCLITICS = "وفبل"
# Proclitic chains before a definite head: والبنك، بالبنك، للبنك (ل + ال written لل).
HEAD_PREFIXES = ("وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
MIN_ADJECTIVE_LENGTH = 5  # ال + three letters: keeps out الذي، التي
HASHTAG_JOINER = "_"
MAX_HASHTAG_WORDS = 6  # as many words as a known name has at most
MAX_HASHTAG_PERSON_WORDS = 4  # a given name and up to three more: شيرين_عبدالوهاب، هشام_توفيق


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The bundled given-name list (read once; this cache is its owner)."""
    return read_word_list(GIVEN_NAMES_FILE)


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """The bundled institution head nouns, without the article (read once)."""
    return read_word_list(ORG_HEADS_FILE)


def given_name_key(word: str, names: frozenset[str] | None = None) -> tuple[str, bool] | None:
    """The listed name ``word`` is, and whether it carried a proclitic; None if it is none."""
    names = given_names() if names is None else names
    key = word_key(word)
    if key in names:
        return key, False
    if len(key) > 3 and key[0] in NAME_PROCLITICS and key[1:] in names:
        return key[1:], True
    return None


def org_head_key(word: str, heads: frozenset[str] | None = None) -> str | None:
    """The listed head noun of a definite ``word`` (البنك، للبنك، والبنك), else None."""
    if heads is None:
        return _bundled_org_head_key(word)
    key = word_key(word)
    for prefix in HEAD_PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in heads:
            return key[len(prefix) :]
    return None


@lru_cache(maxsize=50_000)
def _bundled_org_head_key(word: str) -> str | None:
    """org_head_key with the bundled heads, cached per word: it is asked of every token."""
    return org_head_key(word, org_heads())


def is_relational_adjective(word: str, feminine: bool) -> bool:
    """A definite nisba adjective of the head's gender (البنك التجاري، الهيئة الدولية).

    Agreement keeps out an adjective of an earlier noun: in ``متطلبات البنك الرأسمالية`` the
    adjective belongs to متطلبات, not to the bank.
    """
    key = word_key(word)
    if len(key) < MIN_ADJECTIVE_LENGTH or not key.startswith("ال"):
        return False
    return key.endswith("يه") if feminine else key.endswith("ي")


def extend_given_names(
    words: Sequence[str], spans: Sequence[Span], names: frozenset[str] | None = None
) -> list[Span]:
    """PER spans grown leftwards over untagged given names just before them.

    A name written with a proclitic (وأسامة) starts the name, so the growth stops after it:
    ``أحمد ومحمد حسن`` is two people, not one. For the same reason a mention that starts with the
    conjunction (``قسطنطين وكلوفيس``) does not grow at all.
    """
    taken = {i for first, last, _ in spans for i in range(first, last)}
    grown = []
    for first, last, label in spans:
        if label == "PER" and not _starts_with_conjunction(words[first], names):
            while first > 0 and first - 1 not in taken:
                found = given_name_key(words[first - 1], names)
                if found is None:
                    break
                first -= 1
                taken.add(first)
                if found[1]:
                    break
        grown.append((first, last, label))
    return grown


def _starts_with_conjunction(word: str, names: frozenset[str] | None) -> bool:
    """``word`` is و + a word, not a name spelt with و (وليم، وديع)."""
    found = given_name_key(word, names)
    return word_key(word).startswith("و") and (found is None or found[1])


def add_institutions(
    words: Sequence[str], spans: Sequence[Span], heads: frozenset[str] | None = None
) -> list[Span]:
    """``spans`` plus an ORG for each untagged listed head with its relational adjectives."""
    taken = {i for first, last, _ in spans for i in range(first, last)}
    added = list(spans)
    i = 0
    while i < len(words):
        head = None if i in taken else org_head_key(words[i], heads)
        if head is None:
            i += 1
            continue
        feminine = head.endswith("ه")  # ة as normalised
        end = i + 1
        while end < len(words) and end not in taken and is_relational_adjective(words[end], feminine):
            end += 1
        if end > i + 1:
            added.append((i, end, "ORG"))
        i = end
    return sorted(added)


def hashtag_words(word: str) -> list[str] | None:
    """The words of a hashtag token joined by underscores (``حسام_حبيب`` → حسام، حبيب), else None."""
    if HASHTAG_JOINER not in word:
        return None
    parts = [part for part in word.split(HASHTAG_JOINER) if part]
    if not 2 <= len(parts) <= MAX_HASHTAG_WORDS or not all(any(c.isalpha() for c in part) for part in parts):
        return None
    return parts


def hashtag_label(
    parts: Sequence[str], names: KnownNames | None = None, given: frozenset[str] | None = None
) -> str | None:
    """The label of the name a hashtag's words spell, or None when they are no name we know."""
    names = known_names() if names is None else names
    rest = tuple(word_key(part) for part in parts[1:])
    for stem, _ in first_word_readings(parts[0]):
        name = names.by_key.get((stem, *rest))
        if name is not None:
            return name.label
    if len(parts) <= MAX_HASHTAG_PERSON_WORDS and given_name_key(parts[0], given) is not None:
        return "PER"
    return None


def add_hashtag_names(
    words: Sequence[str],
    spans: Sequence[Span],
    names: KnownNames | None = None,
    given: frozenset[str] | None = None,
) -> list[Span]:
    """``spans`` plus a mention for each untagged hashtag token that spells a known or given name."""
    taken = {i for first, last, _ in spans for i in range(first, last)}
    added = list(spans)
    for i, word in enumerate(words):
        if i in taken:
            continue
        parts = hashtag_words(word)
        label = hashtag_label(parts, names, given) if parts else None
        if label is not None:
            added.append((i, i + 1, label))
    return sorted(added)


def apply_span_rules(words: Sequence[str], spans: Sequence[Span]) -> list[Span]:
    """All span rules with the bundled lists, in a fixed order: persons grow over given names, then
    to full names of the gazetteer (ner_gazetteer_names); known names (ner_known) come after them,
    so they see whole persons and institutions; hyphenated persons and institutions named by a head,
    a place and the head's adjective are joined (ner_compounds); quoted names after a kind word
    (ner_quoted), then institution names grown over their لِ phrase (ner_org_phrases), which a
    known name may have started (الاتحاد الأوروبي [لكرة القدم]); last, names written as hashtags
    (add_hashtag_names)."""
    persons = join_hyphenated_persons(words, grow_to_gazetteer_names(words, extend_given_names(words, spans)))
    known = join_institutions(words, apply_known_names(words, add_institutions(words, persons)))
    named = apply_quoted_names(words, known)
    return add_hashtag_names(words, extend_org_phrases(words, named))
