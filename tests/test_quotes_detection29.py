"""Detection round 29 (census of fresh multisource news): nominal objects after comma-set
appositions, quoted subjects before the cue's own complement, and terms in an indirect question.

- A VSO subject followed by an apposition or a date set off by commas still has its object after
  them ("أكد الوزير، رئيس الوفد، ضرورة …"); a quoted name may end that subject.
- A short quoted span right after the cue, with the cue's own preposition or complementizer still
  to come, is its subject ("ودعت "الجمعية" في بيان لها إلى …").
- Past an interrogative (هل، كيف …) the words are an indirect question, and short marks in it hold a
  name, not words said.
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents

from qawl.pipeline import Pipeline


def test_object_after_apposition_title(pipeline: Pipeline) -> None:
    text = "وأكد الوزير، رئيس الوفد المفاوض، ضرورة استئناف المحادثات في أقرب الآجال."
    assert ("nominal", "ضرورة استئناف المحادثات في أقرب الآجال") in kinds_and_contents(pipeline, text)


def test_object_after_apposition_and_date(pipeline: Pipeline) -> None:
    text = "أعلنت الشركة، المزود الأول للكهرباء في الجهة، الثلاثاء تأجيل أشغال الصيانة إلى الشهر القادم."
    assert ("nominal", "تأجيل أشغال الصيانة إلى الشهر القادم") in kinds_and_contents(pipeline, text)


def test_object_after_quoted_name_and_apposition(pipeline: Pipeline) -> None:
    text = 'أعلن رئيس جمعية "أمل"، المنظمة الخيرية المعروفة، الإثنين انطلاق حملة لجمع التبرعات.'
    assert kinds_and_contents(pipeline, text) == [("nominal", "انطلاق حملة لجمع التبرعات")]


def test_apposition_without_an_event_noun_gives_no_object(pipeline: Pipeline) -> None:
    # look-alike: after the apposition comes a person, the object of another kind of verb
    text = "وأعلن المدرب، لاعب الفريق السابق، اللاعبين المدعوين للتربص."
    assert kinds_and_contents(pipeline, text) == []


def test_adverbial_clause_between_commas_is_not_an_apposition(pipeline: Pipeline) -> None:
    # look-alike: a segment that opens with a particle is a clause of its own
    text = "وأكد الوزير، وهو يغادر القاعة، ثم رفض الإجابة عن الأسئلة."
    assert kinds_and_contents(pipeline, text) == []


def test_quoted_subject_before_complementizer(pipeline: Pipeline) -> None:
    text = 'وأوضحت "ماكسيما" في مذكرة بحثية أن الأسعار ستواصل ارتفاعها خلال الصيف.'
    assert kinds_and_contents(pipeline, text) == [("indirect", "الأسعار ستواصل ارتفاعها خلال الصيف")]


def test_quoted_subject_before_preposition(pipeline: Pipeline) -> None:
    text = 'ودعت "الجمعية" في بيان لها إلى فتح تحقيق في ظروف الحادث.'
    assert kinds_and_contents(pipeline, text) == [("nominal", "فتح تحقيق في ظروف الحادث")]


def test_short_quote_with_no_complement_after_stays(pipeline: Pipeline) -> None:
    # look-alike: nothing of the cue's follows the marks, which are its words
    text = 'وقال "لن نتراجع" في كلمته أمام البرلمان.'
    assert ("direct", "لن نتراجع") in kinds_and_contents(pipeline, text)


def test_name_in_indirect_question_is_no_quote(pipeline: Pipeline) -> None:
    text = 'ويتساءل المتابعون هل سينجح فريق "النجم" في تجاوز منافسه يوم الأحد.'
    assert [q for q in kinds_and_contents(pipeline, text) if q[0] == "direct"] == []


def test_question_in_marks_after_colon_stays(pipeline: Pipeline) -> None:
    # look-alike: the question itself in marks, the speaker's words
    text = 'وتساءل النائب: "هل يعقل أن تبقى الجهة دون مستشفى؟"'
    assert ("direct", "هل يعقل أن تبقى الجهة دون مستشفى؟") in kinds_and_contents(pipeline, text)


def test_long_quote_after_interrogative_stays(pipeline: Pipeline) -> None:
    # look-alike: marks of more than a term after the interrogative hold words said
    text = 'وتساءل النائب كيف يمكن ذلك "في ظل غياب أي رؤية واضحة للإصلاح".'
    assert ("direct", "في ظل غياب أي رؤية واضحة للإصلاح") in kinds_and_contents(pipeline, text)
