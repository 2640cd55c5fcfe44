"""Precision rules after the NER tagger, kept as data: words that are never a name on their own.

The list (``data/not_names.txt``) holds colloquial and frequent function words the tagger
sometimes tags as a one-word name (مين، وين، هيك، مايبدو …). A single-token mention whose
normalised text is listed is dropped; longer mentions are kept as tagged, since a listed word
may still be part of a name. The list is checked against the training data by a test.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.arabic import normalize

NOT_NAMES_FILE = Path(__file__).resolve().parent / "data" / "not_names.txt"

Span = tuple[int, int, str]  # first token, last token (exclusive), label

# Tanween (fathatan, dammatan, kasratan) ends an indefinite word: روسياً "Russian" (acc.), باكراً
# "early", نموذجًا "a model". A name of a person, place or body is definite in itself and is not
# written so in the news; MISC is left alone, since a currency or a count noun may carry it (39
# دولاراً). Over the gold training data (train_base, the news gold 1-3,200, WikiFANE) a word ending
# in tanween is O in 783 of its 788 uses and a one-word PER, LOC or ORG in 2 (قريشاً، and سويسراً written
# so by mistake). A given name keeps a PER (qawl.extractors.ner.NerTagger passes the list): إن محمداً.
TANWEEN = frozenset("\u064b\u064c\u064d")
DEFINITE_LABELS = frozenset({"PER", "LOC", "ORG"})


def read_word_list(path: Path) -> frozenset[str]:
    """Normalised words of a list file: one word a line; ``#`` starts a comment, on a line of
    its own or after the word (where the lists keep their counts)."""
    words = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(normalize(word))
    return frozenset(words)


def read_labelled_words(path: Path) -> dict[str, frozenset[str]]:
    """Normalised words per label of a ``word<TAB>label<TAB>evidence`` file; ``#`` starts a
    comment line."""
    found: dict[str, set[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, label = line.split("\t")[:2]
        found.setdefault(label, set()).add(normalize(word))
    return {label: frozenset(words) for label, words in found.items()}


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """The bundled list (read once; this cache is its owner)."""
    return read_word_list(NOT_NAMES_FILE)


def is_indefinite(word: str) -> bool:
    """Whether ``word`` ends in tanween, on its last letter or before a final alif (نموذجًا)."""
    stem = word[:-1] if word.endswith("ا") else word
    return stem[-1:] in TANWEEN


def without_tanween(word: str) -> str:
    """``word`` without its final tanween and the alif that carries it (محمداً، محمدًا → محمد)."""
    stem = word[:-1] if word.endswith("ا") else word
    stem = stem.rstrip("".join(TANWEEN))
    return stem[:-1] if stem.endswith("ا") and word.endswith(("اً", "ًا")) else stem


def drop_indefinite_names(
    words: Sequence[str], spans: Sequence[Span], given: frozenset[str] = frozenset()
) -> list[Span]:
    """``spans`` without the one-word PER, LOC and ORG mentions of an indefinite word (is_indefinite).

    A PER whose word is a listed given name under its tanween stays: masculine names such as محمد
    take it in the accusative (إن محمداً رسول الله). ``given``: normalised given names.
    """
    return [
        (first, last, label)
        for first, last, label in spans
        if last - first > 1 or not _is_indefinite_name(words[first], label, given)
    ]


def _is_indefinite_name(word: str, label: str, given: frozenset[str]) -> bool:
    if label not in DEFINITE_LABELS or not is_indefinite(word):
        return False
    return label != "PER" or normalize(without_tanween(word)) not in given


def is_never_a_name(word: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``word`` alone cannot be a name (by the bundled list unless ``words`` is given)."""
    return normalize(word) in (not_names() if words is None else words)
