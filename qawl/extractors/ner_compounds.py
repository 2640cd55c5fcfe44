"""Span rules after the NER tagger for two kinds of compound names the tagger cuts in pieces.

- **Hyphenated personal names.** East Asian and Spanish names join two parts of a name with a
  hyphen, which the news writes between spaces: ``كيم جونغ - أون``، ``مون جيه - إن``، ``ميغيل دياز -
  كانيل``. The tagger reads the hyphen as a break and returns two persons, the second a lone
  syllable. A PER of two or more words, a hyphen and a PER of one word are one person. Two names
  of one word each are left apart, since a hyphen also pairs two people (``قمة ترامب - كيم``). The
  news gold writes such names whole (7 of 8 uses in sentences 1-3,200; the eighth is ترامب -
  كيم); ANERcorp train splits them (كيم جونغ - ايل as two persons, 8 uses), an annotation
  choice this rule does not follow: one person is one mention for everything downstream (a
  quote's speaker).
- **Institutions named by a head noun, a place and the head's adjective.** ``مصرف قطر المركزي``
  "Qatar Central Bank", ``منظمة التحرير الفلسطينية``، ``قوات سوريا الديمقراطية``: an indefinite head
  noun in construct with a place, then a definite adjective that agrees with the head (المركزي
  with مصرف, not with قطر) names one body. The tagger tags the place alone. When a listed head
  (``data/institution_heads.txt``) stands untagged right before a LOC mention of one or two words
  that is followed by such adjectives, the whole phrase becomes one ORG. A nationality adjective
  is not part of the name (``جامعة دمشق السورية``: the name is جامعة دمشق, as the gold has it),
  so the adjectives stop before one, and a nationality alone makes no name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from qawl.extractors.ner_filter import read_word_list
from qawl.extractors.ner_known import first_word_readings, known_names, word_key

DATA_DIR = Path(__file__).resolve().parent / "data"
INSTITUTION_HEADS_FILE = DATA_DIR / "institution_heads.txt"

Span = tuple[int, int, str]  # first token, last token (exclusive), label

HYPHENS = frozenset({"-", "–", "‐"})
MIN_ADJECTIVE_LENGTH = 5  # ال + three letters: keeps out الذي، التي
MAX_PLACE_WORDS = 2
# A nisba is a place's when its stem, with at most this many letters more, spells a place name:
# فرنسي/فرنسا، سوري/سوريا، اماراتي/الامارات، الماني/المانيا.
MAX_PLACE_SUFFIX = 2
MIN_NISBA_STEM = 3


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """The bundled head nouns, normalised (read once; this cache is its owner)."""
    return read_word_list(INSTITUTION_HEADS_FILE)


def join_hyphenated_persons(words: Sequence[str], spans: Sequence[Span]) -> list[Span]:
    """``spans`` with ``PER(2+ words) - PER(1 word)`` joined into one PER."""
    spans = sorted(spans)
    joined: list[Span] = []
    i = 0
    while i < len(spans):
        first, last, label = spans[i]
        if (
            label == "PER"
            and last - first >= 2
            and i + 1 < len(spans)
            and last < len(words)
            and words[last] in HYPHENS
        ):
            nxt = spans[i + 1]
            if nxt[2] == "PER" and nxt[0] == last + 1 and nxt[1] - nxt[0] == 1:
                joined.append((first, nxt[1], "PER"))
                i += 2
                continue
        joined.append(spans[i])
        i += 1
    return joined


@lru_cache(maxsize=1)
def place_stems() -> frozenset[str]:
    """One-word LOC names of the known-name list without the article, each also cut by one and by
    two letters (فرنسا: فرنس، فرن), so that a nisba's stem is looked up once."""
    stems = set()
    for key, name in known_names().by_key.items():
        if name.label == "LOC" and len(key) == 1:
            # ال may be the article (الكويت) or the name's own letters (ألمانيا → المانيا).
            for place in {key[0], key[0][2:] if key[0].startswith("ال") else key[0]}:
                for cut in range(MAX_PLACE_SUFFIX + 1):
                    if len(place) - cut >= MIN_NISBA_STEM:
                        stems.add(place[: len(place) - cut])
    return frozenset(stems)


@lru_cache(maxsize=20_000)
def is_place_nisba(word: str) -> bool:
    """A definite nisba of a place: الفرنسي، السورية، الإماراتي (a nationality, not a name's part)."""
    key = word_key(word)
    stem = key[2:] if key.startswith("ال") else key
    for ending in ("يه", "ي"):
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    return len(stem) >= MIN_NISBA_STEM and stem in place_stems()


def _agreeing_adjective(word: str, feminine: bool) -> bool:
    key = word_key(word)
    if len(key) < MIN_ADJECTIVE_LENGTH or not key.startswith("ال"):
        return False
    return key.endswith("يه") if feminine else key.endswith("ي")


def _head_key(word: str, heads: frozenset[str]) -> str | None:
    """The listed head ``word`` is, as written or after a proclitic (لمصرف، ومنظمة), else None."""
    return next((stem for stem, _ in first_word_readings(word) if stem in heads), None)


def join_institutions(
    words: Sequence[str], spans: Sequence[Span], heads: frozenset[str] | None = None
) -> list[Span]:
    """``spans`` with ``head + LOC + agreeing adjectives`` made one ORG (مصرف قطر المركزي)."""
    heads = institution_heads() if heads is None else heads
    spans = sorted(spans)
    taken = {i for first, last, _ in spans for i in range(first, last)}
    out: list[Span] = []
    for first, last, label in spans:
        head = first - 1
        key = None
        if label == "LOC" and last - first <= MAX_PLACE_WORDS and head >= 0 and head not in taken:
            key = _head_key(words[head], heads)
        if key is None:
            out.append((first, last, label))
            continue
        feminine = key.endswith(("ه", "ات"))
        end = last
        while (
            end < len(words)
            and end not in taken
            and _agreeing_adjective(words[end], feminine)
            and not is_place_nisba(words[end])
        ):
            end += 1
        if end == last:
            out.append((first, last, label))
            continue
        out.append((head, end, "ORG"))
        taken.update(range(head, end))
    return sorted(out)
