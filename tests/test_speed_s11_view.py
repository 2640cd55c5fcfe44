"""Speed round s11 (issue 18): the view's place words read off the per-token labels, and the
stop test in its two steps, give the answers of the plain per-token forms they replace."""

from __future__ import annotations

from pathlib import Path

import orjson

from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.stops import is_stop, may_stop, stop_in_context
from qawl.extractors.quotes.view import DocView, WordFeatures
from qawl.pipeline import Pipeline, PipelineOptions

NEWS = Path(__file__).resolve().parent / "fixtures" / "news_sample.jsonl"
TEXTS = [orjson.loads(line)["text"] for line in NEWS.read_bytes().splitlines()]

# Sentences of my own: places the gazetteer knows, and stops of every kind (a preposition with
# its pronoun, a time word, tanwin, a clitic held apart by tatweel, an accusative participle,
# دون before أن, علي the name, لي after a title).
OWN = [
    "وقال وزير الخارجية الفرنسي في باريس إن فرنسا وألمانيا تدعمان الاتفاق مع روسيا.",
    "وأكد المتحدث باسم الحكومة المصرية في القاهرة أمس أن مصر لن تتراجع، مضيفاً أن الأردن يدعمها.",
    "وقال مسؤول في السفارة لـCNN خلالها، معتذرا عن التأخير، دون أن يذكر اسمه.",
    "وقال الرئيس الصيني لي كه شيانغ في بكين إن الصين مستعدة، وقال علي للصحافيين بإسهاب.",
    "وقالت الولايات المتحدة إن كوريا الشمالية والمملكة العربية السعودية في أمريكا الجنوبية.",
]


def _views(texts: list[str], features: WordFeatures | None = None) -> list[DocView]:
    pipeline = Pipeline(PipelineOptions(ner=False, quotes=False))
    attributor = QuoteAttributor()
    views = []
    for n, text in enumerate(texts):
        doc = Document(f"d{n}", text)
        pipeline.process([doc])  # the gazetteer's mentions, which place_words reads
        views.append(DocView(doc, attributor.lexicon, attributor.words, attributor.vocabulary, features))
    return views


def _plain_place_words(view: DocView) -> frozenset[str]:
    """DocView.place_words as written before this round: token by token."""
    return frozenset(
        view.bare[j]
        for j in range(len(view.tokens))
        if view.is_word(j) and (label := view.mention_label(j)) is not None and label[0] == "LOC"
    )


def test_place_words_as_read_token_by_token() -> None:
    views = _views(TEXTS + OWN)
    assert any(view.place_words() for view in views)  # the sample has places to find
    for view in views:
        assert view.place_words() == _plain_place_words(view)


def test_place_words_of_a_document_without_mentions_or_tokens() -> None:
    attributor = QuoteAttributor()
    for text in ("", "قال الرئيس إن الوضع خطير"):
        view = DocView(Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary)
        assert view.place_words() == frozenset()


def test_is_stop_is_may_stop_then_stop_in_context() -> None:
    attributor = QuoteAttributor()
    small = WordFeatures(attributor.lexicon, attributor.words, attributor.vocabulary, limit=30)
    for features in (attributor.features, small):
        for view in _views(TEXTS + OWN, features):
            assert view.features is not None
            stops = []
            for i, token in enumerate(view.tokens):
                stop = is_stop(view, i)
                assert stop == (may_stop(view.features, token.text) and stop_in_context(view, i))
                stops.append(stop)
            assert any(stops) and not all(stops)
