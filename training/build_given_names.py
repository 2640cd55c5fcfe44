"""Write ``qawl/extractors/data/given_names.txt``: given names a PER mention grows leftwards over.

Gold data: train_base (ANERcorp CAMeL train, first 90%, + the AQMAR dev articles but the held-out
one, as ``build_known_names.py`` reads it) and WikiFANE Gold (harmonised 4-class); never the dev
slice or a test set.

Candidates are the first words of multi-word gold PER entities, in Arabic letters, without the
article (الحافظ، المشير are titles as often as names), compared by ``qawl.arabic.normalize``. Each
token is read the way ``qawl.extractors.ner_spans.given_name_key`` reads it at run time (as
written, else without one proclitic و ف ب ل: ومحمد counts for محمد). A candidate is listed when it
is the first word of a multi-word gold PER at least ``--min-count`` times, is O in at most
MAX_O_SHARE and inside a non-PER entity in at most MAX_OTHER_SHARE of its occurrences, and is never
O directly before a gold PER: so the rule changes no gold entity of that data
(tests/test_ner_spans.py re-checks it). علي is left out: it normalises like the preposition على.

This script rebuilds the list of the second session (249 names; now 250, بهي added: the old counts
also held ANERcorp train's last 10%). Lower thresholds were measured (v1, fourth session's rules,
dev / WikiFANE F1 from 78.53 / 58.83): --min-count 2 (427 names) 78.53 / 58.88, 1 (1,155) 78.53 /
58.99; train_base alone (--no-wikifane) 3 / 2 / 1: 78.53 / 58.80, 58.82, 58.83. Dev never moves (its
missed given names, اياد، أميرة، ألفا، غواو, are in no list), and the WikiFANE gains come from
lists built from WikiFANE itself, so the threshold stays at 3.

News gold (fifth session): ``--news FILE`` (default training/data/ner_news.bio, 4,000 news
sentences hand-annotated in ANERcorp conventions; ``--no-news`` for train_base alone) adds a second
gold source, read as train_base is read. Measured with the bundled model and every rule, dev / WikiFANE
from the lists built from train_base + all 4,000, and a news slice (sentences 3,201-4,000 of the file,
scored against lists built from train_base + sentences 1-3,200); train_base alone: 78.78 / 58.91 / 74.35.
This list alone: 250 -> 316 names, 78.78 / 58.92 / 74.35; left out of the other news lists (known
names, tails, quoted names): WikiFANE 59.67 -> 59.66. Kept (it never lowers a figure); it changes no
gold entity of train_base, the news gold or WikiFANE.

WikiFANE (``--wikifane FILE``, default the harmonised file under --shared; ``--no-wikifane``) was a
source from the start. Measured on a held-out part of it (every 5th block of 100 sentences, see
build_known_names.py), with the known names from WikiFANE too: this list from train_base + the news
gold + the other blocks 79.61 / 63.42 / 81.15 (dev / held-out WikiFANE / news slice), without WikiFANE
(167 names) 79.61 / 63.41 / 81.15. Kept as it was (316 names from all of WikiFANE).

Usage: python training/build_given_names.py --shared ../shared [--min-count 3] [--news FILE | --no-news]
    [--wikifane FILE | --no-wikifane]
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_known_names import (
    NEWS_GOLD,
    gold_list_parser,
    gold_sources,
)  # training/ is this folder

from qawl.arabic import normalize
from qawl.extractors.ner_spans import GIVEN_NAMES_FILE, NAME_PROCLITICS

MIN_COUNT = 3
MAX_O_SHARE = 0.1
MAX_OTHER_SHARE = 0.1
NEWS = NEWS_GOLD  # the news gold joins train_base (None: train_base only)
WIKIFANE = True  # WikiFANE Gold joins them (--no-wikifane: not)
NEVER = frozenset({"علي"})
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")

Sentence = tuple[list[str], list[tuple[int, int, str]]]

HEADER = """\
# Given names: a PER mention directly after one or more of these words grows to take them in
# (qawl.extractors.ner_spans.extend_given_names), so "طلعت زكريا" stays whole when the tagger
# finds only "زكريا". A word may carry one proclitic (و ف ب ل: وأسامة), which ends the growth.
# Compared by qawl.arabic.normalize. {n} entries.
#
# Derived from the gold training data by training/build_given_names.py: ANERcorp train (first 90%)
# + the 7 AQMAR dev articles (train_base.bio) + WikiFANE Gold harmonised 4-class. Candidates: the
# first words of multi-word gold PER, in Arabic letters, without the article (الحافظ، المشير are
# titles as often as names). Occurrences count with one proclitic (ومحمد counts for محمد). A word
# is listed when it is the first word of a multi-word gold PER at least {min_count} times, is O in
# at most {o:.0%} of its occurrences, is inside a non-PER entity in at most {other:.0%}, and is NEVER O
# directly before a gold PER: so the rule changes no gold entity of that data
# (tests/test_ner_spans.py checks this).
# Left out by these tests, among the frequent: ابو ابن ابي (O or in other entities), علي (it
# normalises like على), حسن عمر صالح اشرف عادل (O directly before a PER at least once), جمال امين
# جان نصر (often O), خالد فيصل جيمس سانت (often inside ORG or LOC names).
# After each word: first word of a multi-word gold PER / all occurrences.
"""


def candidates(sentences: list[Sentence]) -> set[str]:
    """Normalised first words of multi-word gold PER, Arabic letters only, not definite; a word with
    a proclitic (ومحمد) counts as its stem when the stem is a candidate too."""
    found = set()
    for words, spans in sentences:
        for first, last, label in spans:
            key = normalize(words[first])
            if label == "PER" and last - first > 1 and ARABIC_WORD.match(key) and not key.startswith("ال"):
                found.add(key)
    return {key for key in found if reading(key, found - {key}) is None}


def reading(word: str, names: set[str]) -> str | None:
    """The candidate ``word`` is, as written or without one proclitic (given_name_key's reading)."""
    key = normalize(word)
    if key in names:
        return key
    if len(key) > 3 and key[0] in NAME_PROCLITICS and key[1:] in names:
        return key[1:]
    return None


def count(sentences: list[Sentence], names: set[str]) -> dict[str, collections.Counter]:
    """Per candidate: occurrences, first word of a multi-word PER, O, in another entity, O before a PER."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for words, spans in sentences:
        where = {}
        for first, last, label in spans:
            for i in range(first, last):
                where[i] = (first, last, label)
        per_starts = {first for first, _, label in spans if label == "PER"}
        for i, word in enumerate(words):
            key = reading(word, names)
            if key is None:
                continue
            c = counts[key]
            c["all"] += 1
            span = where.get(i)
            if span is None:
                c["O"] += 1
                if i + 1 in per_starts:
                    c["O_before_per"] += 1
            elif span[2] != "PER":
                c["other"] += 1
            elif span[0] == i and span[1] - span[0] > 1:
                c["first"] += 1
    return counts


def select(counts: dict[str, collections.Counter], min_count: int) -> list[tuple[str, collections.Counter]]:
    kept = [
        (key, c)
        for key, c in counts.items()
        if key not in NEVER
        and c["first"] >= min_count
        and c["O"] <= MAX_O_SHARE * c["all"]
        and c["other"] <= MAX_OTHER_SHARE * c["all"]
        and c["O_before_per"] == 0
    ]
    return sorted(kept, key=lambda item: (-item[1]["first"], item[0]))


def main() -> None:
    parser = gold_list_parser(__doc__.splitlines()[0], GIVEN_NAMES_FILE, NEWS, WIKIFANE)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args()
    sentences, notes = gold_sources(args)
    names = candidates(sentences)
    kept = select(count(sentences, names), args.min_count)
    header = HEADER.format(n=len(kept), min_count=args.min_count, o=MAX_O_SHARE, other=MAX_OTHER_SHARE)
    lines = [f"{key}  # {c['first']}/{c['all']}" for key, c in kept]
    args.out.write_text(header + notes + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} given names -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
