"""The speaker of a pretext (بحجة، بدعوى، بزعم أنّ) is the subject of the clause it stands in (a135).

"بحجة أن …" is an adverbial of its clause. When that clause is a relative clause, its subject is
the relative's antecedent ("السفير …، الذي دافع عن الصفقة بزعم أن …"); when a plural subject
stands before its verb, it is that noun ("لكن المعارضين رفعوا دعوى بحجة أن …"). Neither is the
speaker of the sentence before.
"""

from __future__ import annotations

from quote_helpers import speaker_with


def test_a_pretext_in_a_relative_clause_is_the_antecedents() -> None:
    text = (
        "وقال الوزير أحمد سالم إن الاتفاق سيوقع قريبا. "
        "وتحدث عن المستشار ماجد علي الذي رفض الاتفاق بحجة أنه يضر بالبلاد."
    )
    _, name = speaker_with(text, "يضر بالبلاد")
    assert name == "ماجد علي"


def test_bizaam_is_a_pretext_too() -> None:
    text = "وهاجم الوزير أحمد سالم بشدة السفير البريطاني جون سميث، الذي دافع عن الصفقة بزعم أنها تخدم السلام."
    _, name = speaker_with(text, "تخدم السلام")
    assert name == "جون سميث"


def test_a_relative_after_a_title_and_its_complement_goes_with_the_title() -> None:
    text = (
        "وشن الرئيس محمود عباس هجوما على السفير الأميركي لدى إسرائيل، "
        "الذي دافع عن الاستيطان بزعم أن الإسرائيليين يبنون في أرضهم."
    )
    speaker, _ = speaker_with(text, "يبنون في أرضهم")
    assert speaker == "السفير الأميركي"


def test_a_plural_subject_before_its_verb_gives_the_pretext() -> None:
    text = (
        "وقال الوزير أحمد سالم إن الحكومة ستواصل العمل. "
        "لكن المعارضين رفعوا دعوى أمام المحكمة بحجة أن القانون مخالف للدستور."
    )
    speaker, _ = speaker_with(text, "مخالف للدستور")
    assert speaker == "المعارضين"


def test_a_subject_an_object_separates_from_the_relative_is_not_its_antecedent() -> None:
    # The relative goes with the object before it (السفير … جون سميث), not with the verb's
    # subject: the minister is not read as the pretext's subject in its clause.
    text = "وانتقد الوزير أحمد سالم السفير البريطاني جون سميث، الذي دافع عن الصفقة بزعم أنها تخدم السلام."
    speaker, _ = speaker_with(text, "تخدم السلام")
    assert speaker is None
