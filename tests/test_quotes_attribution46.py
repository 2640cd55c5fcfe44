"""Attribution round 46: where a name ends, and a title under the preposition ل.

- Two mentions side by side are two nouns: a person's name found whole does not run on into a
  second person's name or a place ("الرئيس ترامب فلاديمير بوتين"، "أردوغان السعودية"), which
  is the verb's object.
- A title under ل ("وفقا للناطق باسم الجيش") is a title with its article (the ل takes the
  alif): the name in apposition after it ("…، سليم الورفلي.") is its holder's.
"""

from __future__ import annotations

from quote_helpers import record_quotes

from qawl.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> list[str | None]:
    return [q["speaker_name"] for q in record_quotes(pipeline, text)]


def test_second_person_name_is_the_object(pipeline: Pipeline) -> None:
    text = (
        "واستقبل الرئيس ترامب فلاديمير بوتين في البيت الأبيض يوم الخميس. "
        "وقال بوتين إن المحادثات كانت صريحة. وقال ترامب إن العلاقات ستتحسن."
    )
    assert _names(pipeline, text) == ["فلاديمير بوتين", "دونالد ترامب"]


def test_place_after_person_is_the_object(pipeline: Pipeline) -> None:
    text = "وانتقد الرئيس التركي رجب طيب أردوغان السعودية، مطالبا بكشف مصير الصحفي المختفي."
    assert _names(pipeline, text) == ["رجب طيب أردوغان"]


def test_whole_name_is_kept(pipeline: Pipeline) -> None:
    # Look-alike: one person's name whose words stand together stays whole.
    text = "وزار الرئيس التركي رجب طيب أردوغان أنقرة يوم الأحد. وقال أردوغان إن بلاده لن تتراجع."
    assert _names(pipeline, text) == ["رجب طيب أردوغان"]


def test_li_title_takes_name_in_apposition(pipeline: Pipeline) -> None:
    text = (
        "وسقط عشرات القتلى في الهجوم على المعسكر، وفقا للناطق باسم الجيش في المنطقة الغربية، "
        "سليم الورفلي. وقال الورفلي إن القوات تقدمت نحو المدينة."
    )
    assert _names(pipeline, text) == ["سليم الورفلي", "سليم الورفلي"]


def test_li_title_rank_before_name(pipeline: Pipeline) -> None:
    text = (
        "وسقط عشرات القتلى في الهجوم على المعسكر، وفقا للناطق باسم الجيش، العقيد سليم الورفلي. "
        "وقال الورفلي إن القوات تقدمت نحو المدينة."
    )
    assert _names(pipeline, text) == ["سليم الورفلي", "سليم الورفلي"]


def test_li_title_without_name_stays_description(pipeline: Pipeline) -> None:
    # Look-alike: the words after the comma are a preposition's phrase, no holder's name.
    text = "وسقط عشرات القتلى في الهجوم على المعسكر، وفقا للناطق باسم الجيش، خلفا للعقيد سليم الورفلي."
    assert _names(pipeline, text) == ["الناطق باسم الجيش"]
