"""Build the NER training, dev and test files from ``../shared/data/ner``.

Train = ANERcorp CAMeL ``train.txt`` (first 90% of sentences) + the AQMAR articles the Mohit
et al. (2012) split marks ``dev``, minus one. Dev (early stopping only) = the last 10% of ANERcorp
train sentences + that one AQMAR article. ANERcorp ``test.txt`` and the 20 AQMAR test articles
are written out for the final scores only and never read during training.

Options (the dev set never changes, so variants compare on it):
``--wikifane`` adds WikiFANE Gold to train (``harmonized``: the 4-class file with ANERcorp's span
and MISC conventions, see its SOURCES.md; ``4class``: the plain mapping); ``--wikifane-file`` writes
it, re-tokenised, to ``wikifane.bio`` on its own instead (the bundled recipe names each training file
itself, train_base three times); ``--news FILE`` splits qawl's hand-annotated news sentences
(``training/data/ner_news.bio``) into ``news_build.bio`` (the first ``--news-train``, 3,200) and
``news_slice.bio`` (the rest: the held-out news slice); ``--head N`` keeps only the first N sentences
of every output (a smoke test of the recipe, never a model to ship); ``--normalize`` keys the
JSON tokens by :func:`qawl.arabic.normalize` (for a model trained on normalised words, see
:mod:`qawl.training.ner`); the ``.bio`` files always keep the text as written. ``--restore-hamza``
spells WikiFANE's words as news writes them: WikiFANE writes no hamza on alef (اكبر، افريقيا), so
each word takes the most frequent spelling, in the news corpus and ANERcorp train, among those that
differ from it only by hamza on alef (أكبر، أفريقيا). The model can then read words as written,
and a hamza that tells two words apart (إلهام / الهام) keeps doing so.

Every sentence is re-tokenised with qawl's own tokeniser (see ``qawl.evaluation.ner_eval``), so
the model sees the tokens it will see at run time. Outputs, in ``--out``: ``{train,dev}.json``
(Stanza's NER format) and ``{train,dev,anercorp_test,aqmar_test}.bio``, plus ``train_base.bio``:
train without WikiFANE (the in-domain part a union-trained model is fine-tuned on).

    python training/prepare_ner_data.py --shared ../shared --out training/work/data \
        [--wikifane harmonized | --wikifane-file harmonized] [--news training/data/ner_news.bio] [--normalize]
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from train_vectors import news_texts  # training/ is this script's folder

from qawl.arabic import tokenize
from qawl.evaluation.ner_eval import GoldSentence, read_bio, retokenize
from qawl.training.ner import write_bio, write_stanza_json

DEV_FRACTION = 0.10
# One of the eight AQMAR dev articles goes to our dev set so early stopping also watches
# Wikipedia-style text; Real_Madrid is mid-sized and its domain (sports) is common in news.
AQMAR_DEV_HOLDOUT = "Real_Madrid"
# The bundled tagger (ft2) trained on the first 3,200 news gold sentences; 3,201-4,000 are held out.
NEWS_TRAIN = 3200
WIKIFANE_FILES = {
    "harmonized": "wikifane_gold.4class.harmonized.bio",
    "4class": "wikifane_gold.4class.bio",
}


def aqmar_split(aqmar_dir: Path) -> dict[str, list[str]]:
    """Article names per Mohit et al. split (``dev``/``test``), from ``splits.tsv``."""
    split: dict[str, list[str]] = {"dev": [], "test": []}
    with (aqmar_dir / "splits.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            split[row["mohit2012_split"]].append(row["document"])
    return split


HAMZA_ALEFS = str.maketrans("أإآ", "ااا")


def written_spellings(news_dir: Path, sentences: list[GoldSentence]) -> dict[str, str]:
    """Each word's most frequent spelling among those equal to it but for hamza on alef."""
    counts: collections.Counter[str] = collections.Counter()
    for text in news_texts(news_dir, 0):
        counts.update(token.text for token in tokenize(text))
    for sentence in sentences:
        counts.update(sentence.tokens)
    best: dict[str, tuple[int, str]] = {}
    for word, count in counts.items():
        if "ا" in word or any(alef in word for alef in "أإآ"):
            key = word.translate(HAMZA_ALEFS)
            # (count, word) order makes ties deterministic, so every run writes the same file
            if key not in best or (count, word) > best[key]:
                best[key] = (count, word)
    return {key: word for key, (_, word) in best.items() if key != word}


def respell(sentence: GoldSentence, spellings: dict[str, str]) -> GoldSentence:
    return GoldSentence(tuple(spellings.get(t, t) for t in sentence.tokens), sentence.tags)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("training/work/data"))
    parser.add_argument("--wikifane", choices=sorted(WIKIFANE_FILES), help="add WikiFANE Gold to train")
    parser.add_argument(
        "--wikifane-file", choices=sorted(WIKIFANE_FILES), help="write WikiFANE Gold to wikifane.bio apart"
    )
    parser.add_argument("--news", type=Path, help="hand-annotated news BIO file to split (ner_news.bio)")
    parser.add_argument("--news-train", type=int, default=NEWS_TRAIN, help="news sentences to train on")
    parser.add_argument("--head", type=int, help="keep the first N sentences of each output (smoke tests)")
    parser.add_argument("--normalize", action="store_true", help="normalised word keys in the JSON files")
    parser.add_argument(
        "--restore-hamza", action="store_true", help="spell WikiFANE's words with hamza on alef as news does"
    )
    args = parser.parse_args()
    ner_dir = args.shared / "data" / "ner"
    args.out.mkdir(parents=True, exist_ok=True)

    anercorp = [retokenize(s) for s in read_bio(ner_dir / "anercorp_camel" / "train.txt")]
    cut = round(len(anercorp) * (1 - DEV_FRACTION))
    train, dev = anercorp[:cut], anercorp[cut:]
    split = aqmar_split(ner_dir / "aqmar")
    for name in split["dev"]:
        sentences = [retokenize(s) for s in read_bio(ner_dir / "aqmar" / f"{name}.txt")]
        (dev if name == AQMAR_DEV_HOLDOUT else train).extend(sentences)
    base = list(train)
    outputs: dict[str, list[GoldSentence]] = {}
    if args.wikifane_file:
        wikifane_file = ner_dir / "wikifane" / WIKIFANE_FILES[args.wikifane_file]
        outputs["wikifane"] = [retokenize(s) for s in read_bio(wikifane_file)]
    if args.news:
        # As written: the news gold is in qawl tokens already (drawn with qawl's tokenizer).
        news = read_bio(args.news)
        outputs["news_build"], outputs["news_slice"] = news[: args.news_train], news[args.news_train :]
    if args.wikifane:
        wikifane = [retokenize(s) for s in read_bio(ner_dir / "wikifane" / WIKIFANE_FILES[args.wikifane])]
        if args.restore_hamza:
            spellings = written_spellings(args.shared / "data" / "news", base)
            respelled = [respell(s, spellings) for s in wikifane]
            before = [t for s in wikifane for t in s.tokens]
            after = [t for s in respelled for t in s.tokens]
            changed = sum(a != b for a, b in zip(before, after, strict=True))
            print(f"WikiFANE: {changed} of {len(before)} tokens respelled with hamza on alef")
            wikifane = respelled
        train.extend(wikifane)
    tests = {
        "anercorp_test": [retokenize(s) for s in read_bio(ner_dir / "anercorp_camel" / "test.txt")],
        "aqmar_test": [
            retokenize(s) for name in split["test"] for s in read_bio(ner_dir / "aqmar" / f"{name}.txt")
        ],
    }
    written = {"train": train, "train_base": base, "dev": dev, **tests, **outputs}
    if args.head is not None:
        written = {name: sentences[: args.head] for name, sentences in written.items()}
        train, dev = written["train"], written["dev"]
    for name, sentences in written.items():
        write_bio(args.out / f"{name}.bio", sentences)
        print(f"{name}: {len(sentences)} sentences, {sum(len(s.tokens) for s in sentences)} tokens")
    write_stanza_json(args.out / "train.json", train, args.normalize)
    write_stanza_json(args.out / "dev.json", dev, args.normalize)


if __name__ == "__main__":
    main()
