"""Last words of names the tagger leaves out: a mention grows over the untagged word after it when
the gold training data puts that word inside names of the mention's label.

``data/name_tail_words.tsv`` lists, per label, words that train_base's gold has as a later word of
an entity of that label (``الأمم [المتحدة]``, ``الشرق [الأوسط]``, ``بنك دبي [الوطني]``) in at least
90% of their uses there, counting as the other uses the times the word stands untagged right after
such an entity (how it was derived is in its header). A mention followed by an untagged listed word
of its label takes it in, and the next one too. Only LOC, ORG and MISC have words: for PER the
list held verbs and adjectives that follow a name in the news (ترمب طالب، زوكربيرغ الوحيد).

It runs after the document rules (ner_consistency), as their last growth before the lead words
come off (ner_lead_words).

The bundled list is empty since the fifteenth session (n8): with the news-tuned tagger ft2 it cost
0.25 F1 on dev and 0.05 on the held-out news slice, and no narrower rebuild beat having none (the
file's header). The rule stays, so a rebuilt list (training/build_name_tails.py --out) can be
tried again with another tagger.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.extractors.ner_filter import read_labelled_words
from qawl.extractors.ner_known import word_key

NAME_TAILS_FILE = Path(__file__).resolve().parent / "data" / "name_tail_words.tsv"

Span = tuple[int, int, str]  # first token, last token (exclusive), label
Tails = dict[str, frozenset[str]]  # label -> normalised words


@lru_cache(maxsize=1)
def name_tails() -> Tails:
    """The bundled list (read once; this cache is its owner)."""
    return read_labelled_words(NAME_TAILS_FILE)


def grow_name_tails(words: Sequence[str], spans: Sequence[Span], tails: Tails | None = None) -> list[Span]:
    """``spans`` with each mention grown over the untagged listed words of its label after it."""
    tails = name_tails() if tails is None else tails
    taken = {i for first, last, _ in spans for i in range(first, last)}
    grown = []
    for first, last, label in spans:
        listed = tails.get(label, frozenset())
        while last < len(words) and last not in taken and word_key(words[last]) in listed:
            taken.add(last)
            last += 1
        grown.append((first, last, label))
    return grown
