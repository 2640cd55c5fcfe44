"""Quote round a138 (names).

- A capital that speaks is its country only where the document makes the country speak at least
  as often as the capital: a document that writes "أعلنت موسكو" twice and "أكدت روسيا" once names
  the government by its capital, and keeps it as written.
- A one-word speaker is the full name the document writes once as any verb's subject or object,
  its indefinite post after it in apposition ("تجاهل ماركو فيلاني مدرب نادي الاتحاد"), unless the
  word before is definite or a function word (then the first word is a verb).
- After أبو/أم (a kunya) the next word is a word of the name, never a title, as after عبد.
- A body named again by its head noun made definite and its adjective, the genitive left out
  ("الحلف الأطلسي" for "حلف شمال الأطلسي"), is the name in full; not a title.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.pipeline import Pipeline


def test_capital_that_speaks_more_often_than_its_country_keeps_its_name(pipeline: Pipeline) -> None:
    text = (
        "وأعلنت موسكو أنها سترد على العقوبات الجديدة بإجراءات مماثلة. "
        "وأكدت روسيا أن الحوار مع الاتحاد الأوروبي ما زال ممكنا. "
        "وأعلنت موسكو لاحقا أنها ستطرد عشرة دبلوماسيين."
    )
    assert speakers_and_names(pipeline, text) == [
        ("موسكو", "موسكو"),
        ("روسيا", "روسيا"),
        ("موسكو", "موسكو"),
    ]


def test_capital_that_speaks_as_often_as_its_country_is_the_country(pipeline: Pipeline) -> None:
    text = (
        "وأعلنت موسكو أنها سترد على العقوبات الجديدة بإجراءات مماثلة. "
        "وأكدت روسيا أن الحوار مع الاتحاد الأوروبي ما زال ممكنا. "
        "وقالت روسيا لاحقا إنها ستطرد عشرة دبلوماسيين."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["روسيا", "روسيا", "روسيا"]


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_name_in_full_before_its_post_after_any_verb_names_the_speaker_later() -> None:
    # "تجاهل" reports nothing: the full name comes only from the name and its post.
    text = (
        "تجاهل ماركو فيلاني مدرب نادي الاتحاد الانتقادات الأخيرة. "
        'وقال فيلاني للصحفيين: "الفريق يتحسن من أسبوع إلى آخر".'
    )
    assert _name(text, "الفريق يتحسن") == "ماركو فيلاني"


def test_verb_and_family_name_after_a_definite_noun_are_no_full_name() -> None:
    # "في المقابل تجاهل فيلاني مدرب …": the verb and its subject; a verb never takes the article.
    text = (
        "في المقابل تجاهل فيلاني مدرب نادي الاتحاد الانتقادات الأخيرة. "
        'وقال فيلاني للصحفيين: "الفريق يتحسن من أسبوع إلى آخر".'
    )
    assert _name(text, "الفريق يتحسن") == "فيلاني"


def test_verb_after_a_function_word_and_its_subject_are_no_full_name() -> None:
    # "أن يستقبل فيلاني رئيس …": a verb, its subject and its object.
    text = (
        "ومن المقرر أن يستقبل فيلاني رئيس نادي الاتحاد الأسبوع المقبل. "
        'وقال فيلاني للصحفيين: "الفريق يتحسن من أسبوع إلى آخر".'
    )
    assert _name(text, "الفريق يتحسن") == "فيلاني"


def test_kunya_noun_that_is_also_a_title_stays_in_the_name() -> None:
    # القمصان reads as a title (the dual of القمص) alone; after أبو it is the kunya's noun.
    text = (
        "أعلنت رئيسة جمعية النساء العاملات (وهي جمعية أهلية)، سعاد أبو القمصان، أنها ستتابع "
        "القضية أمام المحاكم. وأضافت أبو القمصان أن الجمعية تلقت شكاوى كثيرة."
    )
    assert _name(text, "ستتابع القضية") == "سعاد أبو القمصان"


def test_definite_head_and_adjective_stand_for_the_body_named_in_full() -> None:
    text = (
        "وأكد حلف الدفاع الآسيوي أنه سيعقد قمة طارئة الشهر المقبل. "
        "وقال الحلف الآسيوي إن الدول الأعضاء ستناقش زيادة الإنفاق العسكري."
    )
    assert _name(text, "الدول الأعضاء") == "حلف الدفاع الآسيوي"


def test_definite_head_and_adjective_of_two_bodies_named_in_full_stay_as_written() -> None:
    text = (
        "وأكد حلف الدفاع الآسيوي أنه سيعقد قمة طارئة الشهر المقبل. "
        "وأعلن حلف التجارة الآسيوي أنه سيخفض الرسوم على السلع الزراعية. "
        "وقال الحلف الآسيوي إن الدول الأعضاء ستناقش زيادة الإنفاق العسكري."
    )
    assert _name(text, "الدول الأعضاء") == "الحلف الآسيوي"
