"""The fixed drawing rule of the hand-annotated NER sets (draw_ner_news.py, draw_ner_blind.py)."""

from __future__ import annotations

from qawl.training.sampling import draw_sentences

TITLE = "الرئيس يزور المدينة القديمة اليوم ويلتقي بسكانها وتجارها"
ARTICLE = {
    "id": "a1",
    "title": TITLE,
    "text": (
        f"{TITLE}\n"
        "زار الرئيس المدينة القديمة صباح اليوم والتقى بعدد من سكانها وتجارها.\n"
        "قصير جدا.\n"
        "وقال المحافظ إن أعمال الترميم ستنتهي قبل نهاية العام الجاري في كل الأحياء.\n"
        "وأضاف أن الحكومة خصصت ميزانية جديدة لحماية المباني التاريخية في المدينة."
    ),
}
OTHER = {"id": "a2", "title": "", "text": "أعلنت وزارة الصحة اليوم عن حملة تطعيم تشمل كل المدارس في البلاد."}


def test_two_sentences_an_article_of_eight_words_or_more_never_the_title() -> None:
    drawn = list(draw_sentences([ARTICLE, OTHER], count=10))
    assert [(doc_id, number) for doc_id, number, _ in drawn] == [("a1", 1), ("a1", 3), ("a2", 0)]
    assert drawn[0][2][:2] == ["زار", "الرئيس"]
    assert all(8 <= len(words) <= 60 for _, _, words in drawn)


def test_the_draw_stops_at_its_count() -> None:
    assert [number for _, number, _ in draw_sentences([ARTICLE, OTHER], count=1)] == [1]
    assert len(list(draw_sentences([ARTICLE, OTHER], count=3, per_article=3))) == 3
