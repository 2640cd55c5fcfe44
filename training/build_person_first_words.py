"""Write ``qawl/extractors/data/person_first_words.txt``: words that open a person's full name.

The linker (qawl.extractors.gazetteer, ``_find_group``) asks of an unlinked PER mention of two words
or more whether its first word is a given name: ميلانيا ترمب is not Donald Trump, يوليا سكريبال not
Sergei Skripal, بهية الحريري not Saad Hariri. Two full names with the same family name and another
given name are relatives, not one person. The given-name list of the span rules
(``given_names.txt``, 300-odd names) is strict, because a listed word there grows a mention; here a
wider list is safe, because a listed word only keeps a mention out of another person's entity.

Gold data: the same sources as build_given_names.py (train_base, the news gold up to its held-out
slice, WikiFANE Gold); never the dev slice or a test set. Candidates are the first words of
multi-word gold PER entities, in Arabic letters, not definite (the article opens titles and
family names: الحافظ، المشير), read as build_given_names reads them (one proclitic و ف ب ل off
when the stem is a candidate too). A candidate is listed when it is the first word of a multi-word
gold PER at least MIN_COUNT times and in at least MIN_FIRST_SHARE of its occurrences; a word that
is often O (a noun or verb: محامي، قال) or often inside an ORG/LOC name fails the share. Titles
(السيد، الرئيس) are O in ANERcorp's conventions and definite, so they are never candidates; the
words of NOT_GIVEN are left out by hand (checked on the list: parts of compound names or kin words
that stand before another person's name, not given names of their own).

The given names of given_names.txt are listed too, so this list contains that one.

Usage: python training/build_person_first_words.py --shared ../shared [--min-count 2]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_given_names import candidates, count  # training/ is this folder
from build_known_names import NEWS_GOLD, gold_list_parser, gold_sources

from qawl.extractors.ner_filter import read_word_list
from qawl.extractors.ner_spans import DATA_DIR, GIVEN_NAMES_FILE

OUT = DATA_DIR / "person_first_words.txt"
MIN_COUNT = 2
MIN_FIRST_SHARE = 0.5
# Read on the list: words that open gold PER spans but are not given names of one person.
NOT_GIVEN = frozenset(
    [
        "ابو",
        "ابي",
        "ابا",
        "ام",
        "ابن",
        "بن",
        "بنت",
        "عبد",
        "عبدا",
        "اخو",
        "اخت",
        "زوجه",
        "اق",
        "اير",
        "اماراتيا",
    ]
)
# A definite word behind a proclitic (والامام، للمحقق، بالامير) is a title or a family name.
DEFINITE = re.compile(r"^[وفبل]?(ال|لل)")

HEADER = """\
# Words that open a person's full name (given names, foreign ones included): an unlinked PER mention
# of two words or more whose first word is one of these, and which no name of a linked entity
# shares, is a relative, not that entity (qawl.extractors.gazetteer._find_group: ميلانيا ترمب is
# not Donald Trump). Compared by qawl.arabic.normalize, also without one proclitic (و ف ب ل).
# {n} entries: the {given} of given_names.txt and {new} more.
#
# Derived by training/build_person_first_words.py from the gold training data (the sources of
# given_names.txt): first words of multi-word gold PER, not definite, first word of a multi-word
# PER at least {min_count} times and in at least {share:.0%} of all their occurrences. Left out by hand:
# {never}.
# After each new word: first word of a multi-word gold PER / all occurrences.
"""


def select(counts: dict, min_count: int, given: frozenset[str]) -> list[tuple[str, str]]:
    kept = []
    for key, c in counts.items():
        if key in NOT_GIVEN or key in given or DEFINITE.match(key):
            continue
        if c["first"] >= min_count and c["first"] >= MIN_FIRST_SHARE * c["all"]:
            kept.append((key, f"{c['first']}/{c['all']}"))
    return sorted(kept)


def main() -> None:
    parser = gold_list_parser(__doc__.splitlines()[0], OUT, NEWS_GOLD, True)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args()
    sentences, notes = gold_sources(args)
    given = read_word_list(GIVEN_NAMES_FILE)
    new = select(count(sentences, candidates(sentences)), args.min_count, given)
    header = HEADER.format(
        n=len(given) + len(new),
        given=len(given),
        new=len(new),
        min_count=args.min_count,
        share=MIN_FIRST_SHARE,
        never=" ".join(sorted(NOT_GIVEN)),
    )
    lines = sorted(given) + [f"{key}  # {evidence}" for key, evidence in new]
    args.out.write_text(header + notes + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(given)} + {len(new)} words -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
