"""Write ``qawl/extractors/data/lead_words.tsv``: words that lead into a name of a label without
being part of it (qawl.extractors.ner_lead_words trims them off mentions of that label).

Training data only (``train_base``, as for ``build_known_names.py``): ANERcorp CAMeL train (first
90%) + the AQMAR dev articles but the held-out one, then the news gold and WikiFANE Gold (below);
never the dev slice or a test set.

For each label and normalised word (as written): "before" counts its uses untagged right before a
gold entity of the label, "inside" its uses inside any gold entity of any label. A word is listed
for the label when "before" is at least MIN_COUNT and at least MIN_SHARE of before + inside, and it
has three letters or more. Chosen on dev and WikiFANE (v1, from the fourth session's 78.53 / 58.83):
PER with MIN_COUNT 3: 78.53 / 58.84; **2: 78.78 / 58.83**; 1: 78.78 / 58.73 (given names such as
فيصل، تامر come in); MIN_SHARE 0.8 or 1.0 gave the same dev figure as 0.9. Then (after the name
tails of ner_name_tails, 78.78 / 58.91) LOC added: 78.78 / 58.96; ORG too: 78.70 / 58.99 (فريق
مدريد is one ORG in dev), so ORG and MISC are not listed (LABELS).

News gold (fifth session): ``--news FILE`` (default training/data/ner_news.bio, 4,000 news
sentences hand-annotated in ANERcorp conventions; ``--no-news`` for train_base alone) adds a second
gold source, read as train_base is read. Measured with the bundled model and every rule, dev / WikiFANE
from the lists built from train_base + all 4,000, and a news slice (sentences 3,201-4,000 of the file,
scored against lists built from train_base + sentences 1-3,200); train_base alone: 78.78 / 58.91 / 74.35.
This list from both (459 -> 770 words): 78.78 / 58.90 / 74.35 alone, and with the other news lists
79.15 / 59.65 / 81.13 against 79.15 / 59.67 / 81.18 without it. Not kept then.

WikiFANE Gold (fifth session, after it became a source of known names): ``--wikifane FILE`` (default
the harmonised file under --shared; ``--no-wikifane``) joins as a third source. Measured as above, one
tagger run per set, only list files swapped, every list built from train_base + news sentences 1-3,200
+ the WikiFANE build part (12,620 sentences; every 5th block of 100 held out: 3,100 sentences), scored
on dev / held-out WikiFANE / news slice (sentences 3,201-4,000); the current lists: 79.52 / 63.41 /
81.15 (459 lead words). This list from train_base + news: 79.18 / 63.41 / 81.10 (700 words);
+ WikiFANE: 79.52 / 63.57 / 81.10 (1,356); **+ news + WikiFANE: 79.69 / 63.56 / 81.10 (1,529)**.
Kept: NEWS and WikiFANE both join; built from all of them the list has 1,758 words (was 459). Dev:
+2 right (مواطنه comes off جونينيو، هنري); news slice: ساحل العاج loses ساحل (-1 mention). Gold
entities the rule changes (list from all sources): train_base 11 of 9,889, news 11 of 10,285,
WikiFANE 16 of 33,106 (0.05-0.11%). `qawl eval ner` dev with every list: 80.15 -> 80.32
(PER 84.54 -> 85.11).

ORG (twelfth session, issue 21): with three sources the ORG counts are ORG's own apposition: a kind
noun (شركة، ميليشيات، جماعة، صحيفة، فريق) or a verb or role (أعلنت، رئيس، مهاجم، التابعة) before a
name the gold keeps outside it (شركة أرامكو = "the company Aramco"; ANERcorp, the news gold and
WikiFANE agree: شركة 290 times before an ORG, 6 inside one). Measured with every other list built
from the build parts (train_base + news sentences 1-3,200 + the WikiFANE build part), only this list
swapped: PER+LOC 80.32 / 78.04 / 88.56 (dev / held-out WikiFANE fifth / news slice 3,201-4,000),
PER+LOC+ORG 80.24 / 78.07 / 89.04 (374 ORG words). Dev loses one mention, فريق مدريد (a club's
historical name, "Madrid Football Club", in the AQMAR article); the news slice gains ميليشيات
الحوثي → الحوثي (7), لجماعة الإخوان → الإخوان, تابعة للخطوط الملكية المغربية; WikiFANE +2. Kept.

Sixteenth session (n9, issue 21), re-checked with ft2 on dev + the held-out news slice (ft2's cached
tags, every other rule on): the list changes nothing on the slice and costs dev one mention (فريق مدريد
again). Dev / slice: this list 79.32 / 87.74; no list 79.41 / 87.74; without its ORG words 79.41 / 87.74;
MIN_COUNT 3, 5, 10, MIN_SHARE 0.95, 1.0, without its PER or its LOC words: 79.32 / 87.74. "No list"
qualified under the decision rule and was NOT kept: the seed article's entities change (آرتساخ grows
to إقليم / جمهورية آرتساخ), and in news that no list had read (the quote tuning sets and 294 c5k
articles, with NER) every changed mention read worse: بالرئيس بيهاري، وبين بن علي، لدي مايو، بينهم بن
رودس، الفنان سامي جوهر (12 quotes' speaker_name with it), والبرازيلي بيليه; only tune5 gained (attribution
91.0 -> 92.3): with the verb left on the name (وبين بن علي, "Ben Ali explained"), بن علي no longer links
to the former president, and two speakers resolve to يوسف بن علي, named in the sentence before.

Usage: python training/build_lead_words.py --shared ../shared [--news FILE | --no-news]
    [--wikifane FILE | --no-wikifane]
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
from qawl.extractors.ner_lead_words import LEAD_WORDS_FILE

LABELS = ("PER", "LOC", "ORG")
MIN_COUNT = 2
MIN_SHARE = 0.9
MIN_LETTERS = 3

NEWS = NEWS_GOLD  # the news gold joins train_base (None: train_base only)
WIKIFANE = True  # WikiFANE Gold joins them (--no-wikifane: not)

Sentence = tuple[list[str], list[tuple[int, int, str]]]

HEADER = """\
# Words that lead into a name without being part of it: a mention of the label starting with one
# of them loses it (qawl.extractors.ner_lead_words): [الحارس] هيلتون، [زميله] هنري، [ولاية] الجلفة.
# Compared by qawl.arabic.normalize; a proclitic chain before the article is read off (للحارس).
#
# Derived from the gold training data, train_base.bio (ANERcorp CAMeL train, first 90%, + the 7
# AQMAR dev articles) by training/build_lead_words.py: words untagged right before a gold entity of
# the label at least {count} times and in at least {share:.0%} of those uses plus their uses inside
# any gold entity; {letters}+ letters; labels {labels}. {n} entries. No dev or test data was read.
# word<TAB>label<TAB>before:inside
"""


def count(sentences: list[Sentence]) -> tuple[dict[str, collections.Counter], collections.Counter]:
    """Per label and normalised word: uses untagged right before a gold entity of the label; and
    per word, uses inside any gold entity."""
    before: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    inside: collections.Counter = collections.Counter()
    for words, spans in sentences:
        taken = {i for first, last, _ in spans for i in range(first, last)}
        for first, last, label in spans:
            inside.update(normalize(word) for word in words[first:last])
            if first > 0 and first - 1 not in taken:
                before[label][normalize(words[first - 1])] += 1
    return before, inside


def select(
    before: dict[str, collections.Counter], inside: collections.Counter
) -> list[tuple[str, str, int, int]]:
    """(word, label, before, inside), by label, the most used first."""
    kept = [
        (word, label, n, inside[word])
        for label in LABELS
        for word, n in before[label].items()
        if n >= MIN_COUNT and n >= MIN_SHARE * (n + inside[word]) and len(word) >= MIN_LETTERS
    ]
    return sorted(kept, key=lambda item: (LABELS.index(item[1]), -item[2], item[0]))


def main() -> None:
    parser = gold_list_parser(__doc__.splitlines()[0], LEAD_WORDS_FILE, NEWS, WIKIFANE)
    args = parser.parse_args()
    data, notes = gold_sources(args)
    kept = select(*count(data))
    header = HEADER.format(
        count=MIN_COUNT, share=MIN_SHARE, letters=MIN_LETTERS, labels=" ".join(LABELS), n=len(kept)
    )
    lines = [f"{word}\t{label}\t{n}:{m}" for word, label, n, m in kept]
    args.out.write_text(header + notes + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} lead words -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
