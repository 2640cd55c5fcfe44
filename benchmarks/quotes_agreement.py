"""Agreement between two annotations of the same articles, scored like `qawl eval quotes`.

    python benchmarks/quotes_agreement.py GOLD.jsonl OTHER.jsonl

Documents of OTHER are paired with GOLD's by id; OTHER's quotes are scored as if qawl had
predicted them (aggregates only, so it can run on a blind set).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qawl.evaluation.quotes_eval import read_gold, score_records


def as_record(doc: dict[str, Any]) -> dict[str, Any]:
    """A gold line in the shape of a qawl record's quotes."""
    quotes = []
    for q in doc["quotes"]:
        quotes.append(
            {
                "content": {"start": q["content_start"], "end": q["content_end"]},
                "cue": {"start": q.get("cue_start"), "end": q.get("cue_end")},
                "speaker": {} if q.get("speaker_start") is not None else None,
                "speaker_name": q.get("speaker_name"),
                "kind": q.get("kind"),
            }
        )
    return {"quotes": quotes}


def main() -> None:
    gold_path, other_path = Path(sys.argv[1]), Path(sys.argv[2])
    other = read_gold(other_path)
    by_id = {doc["id"]: doc for doc in read_gold(gold_path)}
    gold = [by_id[doc["id"]] for doc in other]
    scores = score_records(gold, [as_record(doc) for doc in other])
    print(json.dumps(scores.as_dict(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
