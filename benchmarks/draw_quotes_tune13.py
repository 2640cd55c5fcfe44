"""Draw the articles of the thirteenth quote tuning set (held out for the eighteenth session).

Rule (fixed before any article was read): the blind3 rule's ranked list (draw_quotes_blind3.py:
multi-source articles of 3,000–9,000 characters with at least five whole-word speech cues, sorted by
id number, a republished text dropped, shuffled with random.Random(20261206)), in order, skipping
every id and every (whitespace-normalised) text of dev.jsonl, seed.jsonl and the quote sets named
below, every id in blind3_excluded_ids.txt and training/data/ner_news.ids, and the first 5,000
articles of the news corpus (multi-source first; the rule writers' sample). The census and check
files of the tenth to seventeenth sessions were not on the machine where the set was drawn, so the
rule could not skip them. The annotator takes the articles in this order until the set holds at
least 180 quotes.

    python benchmarks/draw_quotes_tune13.py --shared ../shared --count 20 > drawn.jsonl
"""

from __future__ import annotations

from multisource_draw import draw_fresh_cli

# The quote sets that existed when this set was drawn; listed, not globbed, so that later sets
# (this one included) do not change the draw.
EARLIER_SETS = [
    "quotes_blind.jsonl",
    "quotes_blind2.jsonl",
    "quotes_blind2_second_annotator.jsonl",
    "quotes_blind3.jsonl",
    "quotes_blind3_second_annotator.jsonl",
    "quotes_jawhara_dev.jsonl",
    "quotes_jawhara_tune2.jsonl",
    "quotes_jawhara_tune3.jsonl",
    "quotes_jawhara_tune5.jsonl",
    "quotes_multi_tune4.jsonl",
    *(f"quotes_tune{n}.jsonl" for n in range(6, 13)),
]

if __name__ == "__main__":
    draw_fresh_cli(__doc__, EARLIER_SETS)
