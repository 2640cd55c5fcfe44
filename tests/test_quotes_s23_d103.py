"""Session 23, d103: where indirect content ends at "، كما" (issue 19, items 2 and 5). Every
sentence is written for the test."""

from __future__ import annotations

from quote_helpers import quote_fields_with_cue

# --- "، كما + verb" with no report of its own goes on with the reported clause -----------------


def test_also_with_a_future_passive_goes_on() -> None:
    text = "وقال الوزير إن الحكومة ستبني مدارس في الجنوب، كما سيتم تنظيم دورات لتدريب المعلمين في الصيف."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1
    assert found[0][1].endswith("كما سيتم تنظيم دورات لتدريب المعلمين في الصيف")


def test_also_with_a_past_verb_goes_on() -> None:
    text = "وأكدت الوزارة أن الأمطار أغلقت الطرق الرئيسية، كما تضررت عشرات المنازل في القرى المجاورة."
    found = quote_fields_with_cue(text, "وأكدت")
    assert len(found) == 1
    assert found[0][1].endswith("كما تضررت عشرات المنازل في القرى المجاورة")


def test_also_with_a_verb_of_saying_still_ends() -> None:
    text = "وقال المدير إن المصنع رفع إنتاجه هذا العام، كما أكد أن الشركة ستوظف مئات العمال."
    found = quote_fields_with_cue(text, "وقال")
    assert found
    assert found[0][1].endswith("هذا العام")


def test_also_as_a_closing_relay_still_ends() -> None:
    text = "وقال المدير إن المصنع رفع إنتاجه هذا العام، كما قال مساعده."
    found = quote_fields_with_cue(text, "وقال")
    assert found
    assert found[0][1].endswith("هذا العام")


def test_also_after_a_noun_phrase_still_ends() -> None:
    text = "وأعلن الاتحاد رفضه للقرار الجديد، كما تضررت الأندية الصغيرة من تأخير المباريات."
    found = quote_fields_with_cue(text, "وأعلن")
    assert found
    assert found[0][1].endswith("للقرار الجديد")


def test_also_with_a_clause_of_its_own_still_ends() -> None:
    text = "وأوضح المدرب أن الفريق تدرب جيدا طوال الأسبوع، كما ارتبط اللاعبون بعلاقة قوية وسبق أن فازوا."
    found = quote_fields_with_cue(text, "وأوضح")
    assert found
    assert found[0][1].endswith("طوال الأسبوع")
