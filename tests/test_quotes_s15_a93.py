"""Quote round s15/a93: a speaker's name is made of name words only.

- A name stops at an interrogative or a relative of what ("وتساءل X عما إذا"، "وقال X كيف"), and
  no name ends in a preposition or an adverb of time ("بيان الجيش … إلى أن"، "وقال X آنذاك").
- An envoy (موفد) is a title like مبعوث: its seat under إلى and its holder's name follow it.
- After a verb that takes an object, a second family name is the object, not the end of the
  subject's name, when the document writes each of the two after a given name of its own
  ("ووصف ترامب نيومان بأنها" with "دونالد ترامب" and "أوماروسا نيومان" elsewhere).
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.pipeline import Pipeline


def test_an_interrogative_ends_the_name() -> None:
    text = "وقال نيكولا دوفال كيف يمكن أن نقبل بهذا الاتفاق؟ وأضاف أن الحكومة أخطأت في حساباتها."
    assert quote_with(quotes_of(text), "نقبل بهذا").speaker_name == "نيكولا دوفال"


def test_an_adverb_of_then_is_no_word_of_the_name() -> None:
    text = "وقال المدرب كارلوس مينيزيس آنذاك إن الفريق يحتاج إلى الصبر."
    assert quote_with(quotes_of(text), "الفريق يحتاج").speaker_name == "كارلوس مينيزيس"


def test_a_statement_issuer_does_not_run_on_to_the_preposition_of_the_verb() -> None:
    text = "وأشار بيان الجيش المغربي إلى أن القوات صدت الهجوم على الحدود."
    assert quote_with(quotes_of(text), "القوات صدت").speaker_name == "الجيش المغربي"


def test_an_envoy_to_a_country_is_a_title_before_its_holder(pipeline: Pipeline) -> None:
    text = 'وقال الموفد الفرنسي إلى ليبيا جان كلود مارتان بحسب ما نقلت الوكالات، "لن نتراجع".'
    quotes = record_quotes(pipeline, text)
    assert [q["speaker_name"] for q in quotes] == ["جان كلود مارتان"]


def test_a_second_family_name_after_the_subject_is_the_object() -> None:
    text = (
        "نشرت الكاتبة سيلفيا هارتمان كتابا عن الرئيس الأمريكي جيمي كارتر. "
        "ووصف كارتر هارتمان الأسبوع الماضي بأنها كاذبة. "
        "وقالت هارتمان إنها تملك تسجيلات."
    )
    assert quote_with(quotes_of(text), "كاذبة").speaker_name == "جيمي كارتر"


def test_a_given_name_written_once_after_a_verb_keeps_the_name_whole() -> None:
    # "أغضب كارلو": a verb before the given name, no given name of another person.
    text = (
        "ووصف كارلو بيتزولي المدرب بأنه رجل منافق. "
        "وهو ما أغضب كارلو أكثر من أي شيء. "
        "وقال بيتزولي في مقابلة إن العلاقة انتهت."
    )
    assert quote_with(quotes_of(text), "رجل منافق").speaker_name == "كارلو بيتزولي"
