"""Shares of a group as the subject of a verb of saying (a131).

In reports of polls the verb comes first and a share of those asked is its subject: "وقال 38% من
المشمولين بالدراسة إن …". The speaker is the share and of whom it is, not the pollster named
before. A word that makes the amount approximate (حوالي، نحو) stays out of the phrase.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None), quote.speaker_name


def test_a_percentage_with_of_whom_is_the_subject() -> None:
    text = (
        "وأجرت مؤسسة الرصد استطلاعا شمل ألفي ناخب في العاصمة. "
        "وقال 41% من الناخبين الشباب إنهم لن يشاركوا في الاقتراع المقبل."
    )
    assert _speaker(text, "لن يشاركوا") == ("41% من الناخبين الشباب", "41% من الناخبين الشباب")


def test_a_percentage_written_in_words_and_of_them() -> None:
    text = "ونشرت الجمعية نتائج مسحها السنوي للأسر. فيما أكد 12 في المئة منهم أنهم لا يدخرون شيئا من دخلهم."
    assert _speaker(text, "لا يدخرون")[1] == "12 في المئة منهم"


def test_a_bare_decimal_percentage_is_the_subject() -> None:
    text = "وأعدت الغرفة التجارية دراسة عن أصحاب المتاجر. وصرح 7,5٪ بأنهم سيغلقون متاجرهم قبل الصيف."
    assert _speaker(text, "سيغلقون متاجرهم")[1] == "7,5٪"


def test_an_approximator_stays_out_of_the_subject() -> None:
    text = (
        "وأجرت الوكالة مسحا على المعلمين في المدارس الحكومية. "
        "وأشار حوالي النصف إلى أن رواتبهم لا تكفي حاجات أسرهم."
    )
    assert _speaker(text, "رواتبهم لا تكفي")[1] == "النصف"


def test_an_approximator_before_a_fraction_of_a_group() -> None:
    text = "وشمل المسح مئات المزارعين في الجنوب. ويقول نحو ثلثي المزارعين إن المحصول تراجع هذا العام."
    assert _speaker(text, "المحصول تراجع")[1] == "ثلثي المزارعين"


def test_a_number_not_a_share_after_the_verb_is_no_share_subject() -> None:
    text = "وقال وزير الزراعة سالم الهادي إن 40% من المحاصيل تضررت بسبب الجفاف."
    assert _speaker(text, "المحاصيل تضررت")[1] == "سالم الهادي"
