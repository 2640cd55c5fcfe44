"""The subject of a verb of saying whose frame gave way to a later one (a125).

"وأنكر هاريسون جميع التهم، ووصف الخميس اتهام النواب بأنه "مزحة"": أنكر first reads the rest of the
sentence as its content, and the frame of ووصف holds that content, so the first frame is dropped.
Its clause still has its own subject, which the subjectless ووصف coordinated after it shares.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_the_subject_of_a_dropped_frame_goes_on_to_the_coordinated_cue() -> None:
    text = (
        "وقال الديمقراطيون إن المرشح هاريسون لا يصلح للمنصب. "
        'وأنكر هاريسون جميع التهم، ووصف الخميس اتهام النواب بأنه "مزحة". '
        "ويشغل هاريسون منصبه منذ عامين."
    )
    assert _name(text, "مزحة") == "هاريسون"


def test_a_person_named_after_a_verb_of_saying_is_its_subject() -> None:
    # نفى takes what is said as its object, never a person: the name after it is who speaks.
    text = (
        "وقال نواب المعارضة إن الجلسة ستعقد غدا. "
        "ونفى محمد سلامة هذه الأنباء، وأكد أن الشركة لم تتلق أي أموال."
    )
    assert _name(text, "لم تتلق أي أموال") == "محمد سلامة"


def test_a_quantifier_after_the_given_name_opens_the_object() -> None:
    # Guard: "نفى فؤاد كل ما نسب إليه": كل begins the object; no family name is read.
    text = (
        "وقال نواب المعارضة إن الجلسة ستعقد غدا. ونفى محمد كل ما نسب إليه، مؤكدا أن الشركة لم تتلق أي أموال."
    )
    assert _name(text, "لم تتلق أي أموال") != "محمد كل"
