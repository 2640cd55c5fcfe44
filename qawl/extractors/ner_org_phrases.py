"""Institution names that end in a لِ phrase, kept as data: ``الاتحاد الدولي لكرة القدم`` is one ORG.

Names of federations, organisations, agencies and institutes often end in ل + a noun phrase
(``المنظمة العالمية للملكية الفكرية``, ``الوكالة الدولية للطاقة الذرية``); the tagger tends to stop
before it (``الاتحاد الدولي``). ``data/org_phrase_heads.tsv`` lists the head words after which the
gold training data puts such a phrase inside the ORG (how it was derived is in its header, built by
``training/build_org_phrases.py``). An ORG mention that starts with a listed head (a proclitic
allowed: ``للإتحاد``) and has no لِ word yet grows over the untagged phrase right after it: a word
ل + three letters or more, then the definite words that follow it (``القدم``, ``الفكرية``), at
least one of them. ``الاتحاد الأوروبي للانضمام`` stays as tagged (no definite word
follows: an infinitive, not a name), and so does a لِ word that is a known name (لبنان، لندن).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.arabic import normalize
from qawl.extractors.ner_known import first_word_readings, known_names, word_key

ORG_PHRASE_HEADS_FILE = Path(__file__).resolve().parent / "data" / "org_phrase_heads.tsv"

Span = tuple[int, int, str]  # first token, last token (exclusive), label

MIN_LAM_WORD = 4  # ل + three letters: keeps out له، لها، لكل
MAX_PHRASE_WORDS = 4  # the لِ word and up to three definite words after it
MIN_DEFINITE = 5  # ال + three letters: keeps out إلى (الي), الذي، التي
NOT_DEFINITE_NOUNS = frozenset({"الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"})


def read_heads(path: Path) -> frozenset[str]:
    """``head<TAB>evidence`` lines, normalised heads; ``#`` starts a comment line."""
    heads = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            heads.add(normalize(line.split("\t")[0]))
    return frozenset(heads)


@lru_cache(maxsize=1)
def org_phrase_heads() -> frozenset[str]:
    """The bundled list (read once; this cache is its owner)."""
    return read_heads(ORG_PHRASE_HEADS_FILE)


def is_lam_word(word: str) -> bool:
    """ل + a word of three letters or more (لكرة، للملكية), as normalised."""
    key = word_key(word)
    return key.startswith("ل") and len(key) >= MIN_LAM_WORD


def head_of(word: str, heads: frozenset[str]) -> str | None:
    """The listed head ``word`` is, read as written or without its proclitic; None if none."""
    return next((stem for stem, _ in first_word_readings(word) if stem in heads), None)


def _is_definite(word: str) -> bool:
    """A definite noun or adjective (القدم، الفكرية), not a preposition or pronoun (إلى، الذي). One
    with a conjunction (والأمم) starts the next name more often than it ends this one."""
    key = word_key(word)
    return key.startswith("ال") and len(key) >= MIN_DEFINITE and key not in NOT_DEFINITE_NOUNS


def phrase_end(words: Sequence[str], start: int, taken: set[int]) -> int | None:
    """End of the untagged لِ phrase starting at ``start``, or None when there is none."""
    if start >= len(words) or start in taken or not is_lam_word(words[start]):
        return None
    listed = known_names().by_key
    if any((stem,) in listed for stem, alone in first_word_readings(words[start]) if alone):
        return None  # لبنان، لندن: a name of its own after the institution (read as ner_known reads it)
    end = start + 1
    while (
        end < len(words) and end not in taken and end - start < MAX_PHRASE_WORDS and _is_definite(words[end])
    ):
        end += 1
    return end if end > start + 1 else None


def extend_org_phrases(
    words: Sequence[str], spans: Sequence[Span], heads: frozenset[str] | None = None
) -> list[Span]:
    """``spans`` with ORG mentions of a listed head grown over the لِ phrase right after them."""
    heads = org_phrase_heads() if heads is None else heads
    taken = {i for first, last, _ in spans for i in range(first, last)}
    grown = []
    for first, last, label in spans:
        if (
            label == "ORG"
            and head_of(words[first], heads) is not None
            and not any(is_lam_word(words[i]) for i in range(first + 1, last))
        ):
            end = phrase_end(words, last, taken)
            if end is not None:
                taken.update(range(last, end))
                last = end
        grown.append((first, last, label))
    return grown
