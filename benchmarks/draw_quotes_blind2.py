"""Draw the articles of the second blind quote set (fixed rule, decided before annotating).

Rule: articles of ant_jawharafm.jsonl (a Tunisian outlet no quote set used before) whose text has
2,000+ characters and at least four whole-word speech cues of the list below (a proxy for three or
more speakers that reads no qawl output); ranked by length, longest first, ties by id; the first
COUNT kept, skipping an article whose first 150 characters repeat an earlier kept one (the
outlet republishes). Writes one JSON line per article ({"id", "title", "text", "quotes": []}) to stdout.

    python benchmarks/draw_quotes_blind2.py --shared ../shared --count 24 > drawn.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

CUES = [
    "قال",
    "وقال",
    "فقال",
    "قالت",
    "وقالت",
    "أكد",
    "وأكد",
    "أكدت",
    "وأكدت",
    "أضاف",
    "وأضاف",
    "أضافت",
    "وأضافت",
    "أعلن",
    "وأعلن",
    "أعلنت",
    "وأعلنت",
    "أشار",
    "وأشار",
    "أشارت",
    "وأشارت",
    "صرح",
    "وصرح",
    "صرحت",
    "وصرحت",
    "أوضح",
    "وأوضح",
    "أوضحت",
    "وأوضحت",
    "اعتبر",
    "واعتبر",
    "اعتبرت",
    "واعتبرت",
    "لاحظ",
    "ولاحظ",
    "بين",
    "وبين",
    "مؤكدا",
    "مضيفا",
    "مشيرا",
    "موضحا",
    "معتبرا",
]
CUE_RE = re.compile(r"(?<!\w)(?:" + "|".join(CUES) + r")(?!\w)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--count", type=int, default=24)
    args = parser.parse_args()
    rows = []
    with open(args.shared / "data/news/ant_jawharafm.jsonl", encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            text = doc["text"]
            if len(text) >= 2000 and len(CUE_RE.findall(text)) >= 4:
                rows.append(doc)
    rows.sort(key=lambda doc: (-len(doc["text"]), doc["id"]))
    seen: set[str] = set()
    kept = 0
    for doc in rows:
        if kept == args.count:
            break
        if doc["text"][:150] in seen:
            continue
        seen.add(doc["text"][:150])
        kept += 1
        print(
            json.dumps(
                {"id": doc["id"], "title": doc["title"], "text": doc["text"], "quotes": []},
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    main()
