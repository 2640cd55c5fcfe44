"""Write ``qawl/extractors/data/name_tail_words.tsv``: words that end names of a label, over which
a mention the tagger cut short grows (qawl.extractors.ner_name_tails).

Training data only (``train_base``, as for ``build_known_names.py``): ANERcorp CAMeL train (first
90%) + the AQMAR dev articles but the held-out one; never the dev slice or a test set.

For each label and normalised word: "in" counts its uses inside a gold entity of that label as a
word after the first, "after" its uses untagged right after such an entity (where the rule would
grow the entity over it). A word is listed for the label when "in" is at least MIN_COUNT and at
least MIN_SHARE of in + after, it has three letters or more, and it is not a word that joins a name
to the next one (CONNECTORS), for LOC, ORG and MISC only (LABELS). Chosen on dev and WikiFANE (v1,
with the person lead words of this round, 78.78 / 58.83; all four labels): MIN_COUNT 3: 78.78 /
58.91; 2: 78.53 / 58.91 (ORG drops on dev); 5: 78.78 / 58.88. PER alone: 78.78 / 58.87. Run in the
sentence rules instead of after the document rules: 58.90, and the document rule then tags ولد،
الأكبر alone as family names. With the LOC lead words too (78.78 / 58.88 without tails): all labels
78.78 / 58.96, LOC ORG MISC 78.78 / 58.91. PER is left out: its WikiFANE gain is regnal ordinals
(بطرس الأول), while on 500 news articles its only changes were people grown over a verb or an
adjective (دونالد ترمب طالب، زوكربيرغ الوحيد); the other labels changed 4 mentions there, 3 right
(بنك الإمارات دبي الوطني).

News gold (fifth session): ``--news FILE`` (default training/data/ner_news.bio, 4,000 news
sentences hand-annotated in ANERcorp conventions; ``--no-news`` for train_base alone) adds a second
gold source, read as train_base is read. Measured with the bundled model and every rule, dev / WikiFANE
from the lists built from train_base + all 4,000, and a news slice (sentences 3,201-4,000 of the file,
scored against lists built from train_base + sentences 1-3,200); train_base alone: 78.78 / 58.91 / 74.35.
This list from both (154 -> 363 words, جدة، تونس، سوريا now end ORG names: الأهلي جدة): 78.78 /
58.95 / 74.50 alone; left out of the other news lists: WikiFANE 59.67 -> 59.63, the rest unchanged.
Kept. It removes 18 of 20,174 gold entities of train_base + the news gold.

WikiFANE Gold as a third source (``--wikifane FILE``; default off) was measured on a held-out part
of it (every 5th block of 100 sentences, see build_known_names.py): counts summed, 363 -> 1,010 words,
dev 79.15 -> 78.97, held-out WikiFANE 59.90 -> 60.08, news slice 81.18 -> 81.08 (مدريد الملكي،
الأمم المتحدة للإعلام grow on dev); WikiFANE only for words train_base and the news gold never count
(797 words): 79.06 / 59.91 / 81.18, and with the WikiFANE known names 79.52 / 63.47 against 79.61 / 63.45
without. Not kept.

Fifteenth session (n8): the bundled list is empty. With ft2's tags and every other rule on, dev /
held-out news slice (sentences 3,201-4,000, never read by any list): this list (324 words) 79.07 /
87.70; no list 79.32 / 87.74; MIN_COUNT 5: 79.24 / 87.70; 10: 79.24 / 87.70; MIN_SHARE 0.95: 79.07 /
87.74; 0.99: 79.07 / 87.74; both 5 / 0.95: 79.24 / 87.74; without الالمانيه and للانباء: 79.24 / 87.79.
The decision rule (best dev F1 among the variants not worse on the slice) picked no list. This script
now writes to training/work/ by default; ``--out`` the bundled file to bring a list back.

Usage: python training/build_name_tails.py --shared ../shared [--news FILE | --no-news] [--wikifane FILE]
    [--min-count N] [--min-share S] [--out FILE]
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_known_names import (  # training/ is this folder
    NEWS_GOLD,
    gold_list_parser,
    gold_sources,
)

from qawl.arabic import normalize
from qawl.extractors.ner_name_tails import NAME_TAILS_FILE

LABELS = ("LOC", "ORG", "MISC")
MIN_COUNT = 3
MIN_SHARE = 0.9
MIN_LETTERS = 3
CONNECTORS = frozenset(normalize(word) for word in ("بن", "ابن", "ولد", "بنت", "أبو", "أبي", "عبد", "آل"))

DEFAULT_OUT = (
    Path(__file__).resolve().parent / "work" / "name_tail_words.tsv"
)  # the bundled list is empty (n8)
NEWS = NEWS_GOLD  # the news gold joins train_base (None: train_base only)
WIKIFANE = False  # WikiFANE Gold is no source (--wikifane FILE: it is); measured, not kept (docstring)

Sentence = tuple[list[str], list[tuple[int, int, str]]]

HEADER = """\
# Words that end names: a mention of the label followed by one of its words, untagged, grows over
# it (qawl.extractors.ner_name_tails): الأمم [المتحدة]، الشرق [الأوسط]. Compared by
# qawl.arabic.normalize.
#
# Derived from the gold training data, train_base.bio (ANERcorp CAMeL train, first 90%, + the 7
# AQMAR dev articles) by training/build_name_tails.py: words inside gold entities of the label,
# after their first word, at least {count} times and in at least {share:.0%} of those uses plus
# the uses untagged right after such an entity; {letters}+ letters; not بن ابن ولد بنت ابو ابي عبد
# ال; labels {labels}. {n} entries. No dev or test data was read.
# word<TAB>label<TAB>in:after
"""


def count(sentences: list[Sentence]) -> tuple[dict[str, collections.Counter], dict[str, collections.Counter]]:
    """Per label and normalised word: uses as a later word of an entity, and untagged right after one."""
    inside: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    after: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for words, spans in sentences:
        taken = {i for first, last, _ in spans for i in range(first, last)}
        for first, last, label in spans:
            inside[label].update(normalize(word) for word in words[first + 1 : last])
            if last < len(words) and last not in taken:
                after[label][normalize(words[last])] += 1
    return inside, after


def select(
    inside: dict[str, collections.Counter],
    after: dict[str, collections.Counter],
    min_count: int = MIN_COUNT,
    min_share: float = MIN_SHARE,
) -> list[tuple[str, str, int, int]]:
    """(word, label, in, after), the most used first."""
    kept = [
        (word, label, n, after[label][word])
        for label in LABELS
        for word, n in inside[label].items()
        if n >= min_count
        and n >= min_share * (n + after[label][word])
        and len(word) >= MIN_LETTERS
        and word not in CONNECTORS
    ]
    return sorted(kept, key=lambda item: (item[1], -item[2], item[0]))


def main() -> None:
    parser = gold_list_parser(
        __doc__.splitlines()[0], DEFAULT_OUT, NEWS, WIKIFANE, out_help=f"bundled list: {NAME_TAILS_FILE}"
    )
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--min-share", type=float, default=MIN_SHARE)
    args = parser.parse_args()
    sentences, notes = gold_sources(args)
    kept = select(*count(sentences), args.min_count, args.min_share)
    header = HEADER.format(
        count=args.min_count, share=args.min_share, letters=MIN_LETTERS, labels=" ".join(LABELS), n=len(kept)
    )
    lines = [f"{word}\t{label}\tin:{n} after:{m}" for word, label, n, m in kept]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + notes + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} tail words -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
