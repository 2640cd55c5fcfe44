"""Write ``qawl/extractors/data/quoted_name_markers.tsv``: kind words before quoted names.

Training data only (``train_base``, as for ``build_known_names.py``): ANERcorp CAMeL train (first
90%) + the AQMAR dev articles but the held-out one; never the dev slice or a test set.

Every untagged word followed by quotation marks around one to six words is a candidate
(``صحيفة " واشنطن بوست "``), read as ``qawl.extractors.ner_quoted`` reads it at run time: as
written and without a proclitic. Each of its uses is counted as the label of the gold entity
that is exactly the quoted words, as O (no quoted word tagged) or as "part" (another split). A
word is listed when it has at least MIN_COUNT uses and one label in at least MIN_SHARE of them.
A minimum of three uses also listed مدينة (LOC) and أسود (MISC); news writes مدينة "الصمت
الإعلامي" as a figure of speech, so four it is.

News gold (fifth session): ``--news FILE`` (default training/data/ner_news.bio, 4,000 news
sentences hand-annotated in ANERcorp conventions; ``--no-news`` for train_base alone) adds a second
gold source, read as train_base is read. Measured with the bundled model and every rule, dev / WikiFANE
from the lists built from train_base + all 4,000, and a news slice (sentences 3,201-4,000 of the file,
scored against lists built from train_base + sentences 1-3,200); train_base alone: 78.78 / 58.91 / 74.35.
This list from both (5 -> 32 words: موقع، مراسل، وكالة، قناة، برنامج MISC …): 79.13 / 58.96 / 75.07
alone; left out of the other news lists: 78.80 / 59.62 / 81.07 against 79.15 / 59.67 / 81.18. Kept.
No gold entity of train_base or the news gold changes.

Sixteenth session (n10): a kind word used to be counted under every reading of marker_readings, as
written and without each one-letter proclitic, so words that begin with one of those letters were
also listed cut (رنامج from برنامج, كاله and اله from وكالة). Now each use counts under one reading
(kind_reading, the rule build_known_names.py uses for names since n7): the proclitic comes off only
when the stem is CLITIC_RATIO times as frequent in the news as the word with it (لصحيفة 666 : صحيفة
3,938), else the letter belongs to the word (برنامج 2,526 : رنامج 0; وكالة 5,116 : كالة 4). 28 -> 22
words: رنامج، كاله، اله out; لصحيفة، لشبكة (their stems listed, so found at run time as before) and
مراسلة (its 7 uses were all لمراسلة, 386 : مراسلة 266) out. The news counts are those of the news
corpus (build_known_names.news_counts); the words of the training data itself give the same list.

Usage: python training/build_quoted_names.py --shared ../shared [--news FILE | --no-news]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_known_names import (  # training/ is this folder
    CLITIC_RATIO,
    NEWS_GOLD,
    add_news_option,
    news_counts,
    news_note,
    training_data,
)

from qawl.arabic import normalize
from qawl.extractors.ner_quoted import QUOTED_MARKERS_FILE, marker_readings, quoted_after_word

MIN_COUNT = 4
MIN_SHARE = 0.9
LABELS = ("PER", "LOC", "ORG", "MISC")

NEWS = NEWS_GOLD  # the news gold joins train_base (None: train_base only)

HEADER = """\
# Kind words before quoted names: after one of these words, the words in the quotation marks
# that follow (one to six) are one mention of its label (qawl.extractors.ner_quoted): صحيفة
# "الحياة" -> ORG. The word may carry a proclitic (لصحيفة). Compared by qawl.arabic.normalize.
#
# Derived from the gold training data, train_base.bio (ANERcorp CAMeL train, first 90%, + the 7
# AQMAR dev articles) by training/build_quoted_names.py: words before quoted words at least
# {count} times, the quoted words one gold entity of one label in >= {share:.0%} of them. No dev
# or test data was read.
# word<TAB>label<TAB>evidence (label:count over train_base uses; O = quoted words untagged,
# part = tagged otherwise)
"""


def kind_reading(word: str, news: collections.Counter) -> str:
    """The reading of a kind word that its use counts under: of marker_readings (as written, then
    without a proclitic), the stems longest first, each taken over the reading taken before it when
    CLITIC_RATIO times as frequent in ``news`` (normalised word counts); else the letter belongs to
    the word. لصحيفة -> صحيفه, but برنامج and وكالة stay whole (not رنامج, كاله or اله)."""
    readings = marker_readings(word)
    best = readings[0]
    for stem in sorted(readings[1:], key=len, reverse=True):
        if news.get(stem, 0) > CLITIC_RATIO * news.get(best, 0):
            best = stem
    return best


def count_uses(
    sentences: list[tuple[list[str], list[tuple[int, int, str]]]],
    news: collections.Counter | None = None,
) -> dict[str, collections.Counter]:
    """Per kind word (normalised, one reading: kind_reading), how the quoted words after it are
    tagged. ``news``: word counts that decide the reading; by default those of ``sentences``."""
    if news is None:
        news = collections.Counter(normalize(word) for words, _ in sentences for word in words)
    uses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for words, spans in sentences:
        exact = {(first, last): label for first, last, label in spans}
        tagged = {i for first, last, _ in spans for i in range(first, last)}
        for word, first, last in quoted_after_word(words):
            if word in tagged:
                continue
            if (first, last) in exact:
                kind = exact[(first, last)]
            else:
                kind = "part" if any(i in tagged for i in range(first, last)) else "O"
            uses[kind_reading(words[word], news)][kind] += 1
    return uses


def markers(uses: dict[str, collections.Counter]) -> list[tuple[str, str, str]]:
    rows = []
    for key, counts in uses.items():
        label, n = counts.most_common(1)[0]
        total = sum(counts.values())
        if label in LABELS and total >= MIN_COUNT and n >= MIN_SHARE * total:
            evidence = " ".join(f"{kind}:{c}" for kind, c in counts.most_common())
            rows.append((key, label, evidence))
    return sorted(rows, key=lambda row: (-sum(uses[row[0]].values()), row[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=QUOTED_MARKERS_FILE)
    add_news_option(parser, NEWS)
    args = parser.parse_args()
    sentences = training_data(args.shared, args.news, args.news_sentences)
    rows = markers(count_uses(sentences, news_counts(args.shared)))
    print(f"{len(rows)} kind words", file=sys.stderr)
    header = HEADER.format(count=MIN_COUNT, share=MIN_SHARE)
    args.out.write_text(
        header
        + news_note(args.news, limit=args.news_sentences)
        + "\n".join("\t".join(row) for row in rows)
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
