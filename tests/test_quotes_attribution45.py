"""Attribution round 45: the subject of the clause that governs a cue, when it is not the last
speaker.

- A name that opens its clause, then a description between commas, then the verb with no
  conjunction ("لكن X، محلل …، قال"، "أما X، وهو …، يقول") is that verb's subject; a noun after
  the verb is then its object.
- "سبق لـX أن + verb": the body or titled person under لـ is the verb's subject.
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def test_name_before_apposition_is_subject(pipeline: Pipeline) -> None:
    text = (
        "وقال سمير الكعبي، مدير الشركة، إن الأسعار سترتفع. "
        "لكن هشام بن سالم، محلل أسواق المال لدى شركة كبرى، قال إن الهروب برؤوس الأموال أمر طبيعي. "
        "وأضاف أن الفائدة مرتفعة."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == [
        "سمير الكعبي",
        "هشام بن سالم",
        "هشام بن سالم",
    ]


def test_name_before_pronoun_apposition_takes_verb_from_object(pipeline: Pipeline) -> None:
    text = (
        "وقالت الشرطة إن الحادث عرضي. "
        "الناشطة ليلى الفارسي، وهي باحثة في علم النفس، وصفت نصيحة الشرطة بالسخيفة. "
        "وقالت إن الشرطة مخطئة."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == [
        "الشرطة",
        "ليلى الفارسي",
        "ليلى الفارسي",
    ]


def test_topic_with_pronoun_apposition(pipeline: Pipeline) -> None:
    text = (
        "وقال سمير الكعبي إن الأسعار سترتفع. أما كمال العياري، وهو مسؤول في الحزب، يقول إن المفاوضات متعثرة."
    )
    assert speakers_and_names(pipeline, text)[1] == ("كمال العياري", "كمال العياري")


def test_name_after_preposition_is_no_fronted_subject(pipeline: Pipeline) -> None:
    # Look-alike: the name is a preposition's genitive; the verb's subject is dropped.
    text = (
        "وقال سمير الكعبي، مدير الشركة، إن الأسعار سترتفع. "
        "وفي لقاء مع الوزير هشام بن سالم، وزير المالية، قال إن الهروب برؤوس الأموال أمر طبيعي."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["سمير الكعبي", "سمير الكعبي"]


def test_apposition_disagreeing_with_verb(pipeline: Pipeline) -> None:
    # Look-alike: "وهي" does not agree with the masculine verb, so the phrase is no subject of it.
    text = "وقال سمير الكعبي إن الأسعار سترتفع. ليلى الفارسي، وهي باحثة في علم النفس، قال إن الأرقام دقيقة."
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["سمير الكعبي", "سمير الكعبي"]


def test_preceded_subject_under_li(pipeline: Pipeline) -> None:
    text = "وقال مسؤول إن الوضع صعب. وسبق للرئيس الفلسطيني محمود عباس، أن أعلن أنه بصدد تنفيذ خطوات جديدة."
    assert speakers_and_names(pipeline, text)[1] == ("محمود عباس", "محمود عباس")


def test_preceded_without_li_goes_on(pipeline: Pipeline) -> None:
    # Look-alike: "وسبق أن أعلن" names no one: the subject is the speaker before.
    text = "وقال الوزير سمير علي إن الوضع صعب. وسبق أن أعلن أنه بصدد تنفيذ خطوات."
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["سمير علي", "سمير علي"]
