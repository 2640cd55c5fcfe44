"""A subject reported by a source phrase (a123): "وبحسب بيان X فإن Y قال …": the phrase says where
the words come from, and the subject it reports (Y) is the speaker the article goes on with; a
later subjectless cue ("كما دعا") continues Y, not the statement."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_the_subject_a_source_phrase_reports_goes_on() -> None:
    text = (
        "وأعلنت الحكومة خطة جديدة للتقشف. وبحسب بيان مكتب رئيس الوزراء فإن رئيس الوزراء خالد منصور "
        'قال مساء الأحد إن "الخطة ضرورية لإنقاذ الاقتصاد". كما دعا النقابات إلى "الحوار بدل الإضراب".'
    )
    assert quote_with(quotes_of(text), "الحوار بدل الإضراب").speaker_name == "خالد منصور"
