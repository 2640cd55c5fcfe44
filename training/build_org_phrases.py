"""Write ``qawl/extractors/data/org_phrase_heads.tsv``: heads of ORG names that end in a لِ phrase.

Training data only (``train_base``, as for ``build_known_names.py``): ANERcorp CAMeL train (first
90%) + the AQMAR dev articles but the held-out one; never the dev slice or a test set.

Each gold ORG entity counts for its first word (as written and without its proclitic, read as
``qawl.extractors.ner_org_phrases`` reads it at run time): "in" when a لِ word follows the first
word inside the entity (``الاتحاد الدولي لكرة القدم``), "out" when the rule would grow the entity
over a لِ phrase right after it (``الاتحاد الأوروبي لحسم الخلاف``). A head is listed when it has at
least MIN_COUNT uses of either kind and "in" in at least MIN_SHARE of them. Ministries, councils and
the United Nations have the phrase outside (مجلس، الأمم، حزب), so they stay out.
Measured on dev / WikiFANE (v1): 78.35 -> 78.53 / 58.82 -> 58.83, after the known names of this round.

News gold (fifth session): ``--news FILE`` (default training/data/ner_news.bio, 4,000 news
sentences hand-annotated in ANERcorp conventions; ``--no-news`` for train_base alone) adds a second
gold source, read as train_base is read. Measured with the bundled model and every rule, dev / WikiFANE
from the lists built from train_base + all 4,000, and a news slice (sentences 3,201-4,000 of the file,
scored against lists built from train_base + sentences 1-3,200); train_base alone: 78.78 / 58.91 / 74.35.
This list from both (7 -> 34 heads: الهيئة، وكالة، المرصد …): 78.78 / 58.91 / 74.35 alone, and no
change with the other news lists either. Not kept, as it wins nothing: NEWS is None.

Usage: python training/build_org_phrases.py --shared ../shared [--news FILE]
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_known_names import gold_list_parser, news_note, training_data  # training/ is this folder

from qawl.extractors.ner_known import first_word_readings
from qawl.extractors.ner_org_phrases import ORG_PHRASE_HEADS_FILE, is_lam_word, phrase_end

MIN_COUNT = 2
MIN_SHARE = 0.8

NEWS = None  # train_base only: the news gold did not win (see the docstring); --news FILE adds it

HEADER = """\
# Heads of institution names that end in a لِ phrase: an ORG mention starting with one of these
# words (a proclitic allowed) grows over the untagged لِ phrase right after it
# (qawl.extractors.ner_org_phrases): الاتحاد الدولي [لكرة القدم]. Compared by qawl.arabic.normalize.
#
# Derived from the gold training data, train_base.bio (ANERcorp CAMeL train, first 90%, + the 7
# AQMAR dev articles) by training/build_org_phrases.py: first words of gold ORG entities with a
# لِ phrase inside the entity in >= {share:.0%} of at least {count} uses (in = inside, out = the
# phrase right after the entity, where the rule would grow it). No dev or test data was read.
# head<TAB>evidence
"""


def count_uses(
    sentences: list[tuple[list[str], list[tuple[int, int, str]]]],
) -> dict[str, collections.Counter]:
    """Per first-word reading of a gold ORG, how often the لِ phrase is inside or after it."""
    uses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for words, spans in sentences:
        taken = {i for first, last, _ in spans for i in range(first, last)}
        for first, last, label in spans:
            if label != "ORG":
                continue
            if any(is_lam_word(words[i]) for i in range(first + 1, last)):
                kind = "in"
            elif phrase_end(words, last, taken) is not None:
                kind = "out"
            else:
                continue
            for stem in {stem for stem, _ in first_word_readings(words[first])}:
                uses[stem][kind] += 1
    return uses


def heads(uses: dict[str, collections.Counter]) -> list[tuple[str, str]]:
    rows = []
    for head, counts in uses.items():
        total = sum(counts.values())
        if total >= MIN_COUNT and counts["in"] >= MIN_SHARE * total:
            rows.append((head, " ".join(f"{kind}:{n}" for kind, n in counts.most_common())))
    return sorted(rows, key=lambda row: (-sum(uses[row[0]].values()), row[0]))


def main() -> None:
    parser = gold_list_parser(__doc__.split("\n\n")[0], ORG_PHRASE_HEADS_FILE, NEWS, wikifane=None)
    args = parser.parse_args()
    rows = heads(count_uses(training_data(args.shared, args.news, args.news_sentences)))
    print(f"{len(rows)} heads", file=sys.stderr)
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
