"""Draw the articles of the twentieth quote tuning set (held out for the twenty-fifth session).

Rule (fixed before any article was read): draw_quotes_tune19.py's rule, with quotes_tune19.jsonl
added to the sets it skips. The annotator takes the articles in this order, none skipped, until
the set holds at least 180 quotes, and finishes the article in which it gets there.

    python benchmarks/draw_quotes_tune20.py --shared ../shared --count 20 > drawn.jsonl
"""

from __future__ import annotations

from draw_quotes_tune19 import EARLIER_SETS as SETS_BEFORE_TUNE19
from multisource_draw import draw_fresh_cli

# Listed, not globbed, so that later sets (this one included) do not change the draw.
EARLIER_SETS = [*SETS_BEFORE_TUNE19, "quotes_tune19.jsonl"]

if __name__ == "__main__":
    draw_fresh_cli(__doc__, EARLIER_SETS)
