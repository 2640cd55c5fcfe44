"""Quote round s16/a103: agreement left over from a101.

- A subjectless perfect in ـت (توقعت، قلت) inside a speaker's own words, after the colon that opens
  direct speech or inside quotation marks, is "I", not the feminine "she": it shows no gender and
  goes on with the quoting speaker.
- The first report of an article, when no speaker was named before it, takes the nearest name whose
  gender does not contradict its cue's: a feminine verb skips a man named last.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- "I" in ـت


def test_a_first_person_perfect_after_a_colon_goes_on_with_the_speaker() -> None:
    text = (
        "قال المدرب كريم الصافي إن فريقه جاهز للمباراة. "
        "وواصل: عندما وصلت إلى النادي توقعت أن أواجه صعوبات كبيرة في البداية."
    )
    assert quote_with(quotes_of(text), "أواجه صعوبات").speaker_name == "كريم الصافي"


def test_a_feminine_perfect_in_narration_is_still_she() -> None:
    text = "قال المدرب كريم الصافي إن فريقه جاهز للمباراة. ومن جهتها، توقعت أن يفوز الفريق بسهولة."
    assert quote_with(quotes_of(text), "يفوز الفريق").speaker_name is None


# ---------------------------------------------------------------- the first report


def test_the_first_report_skips_a_man_named_last_for_a_feminine_cue() -> None:
    text = (
        "في الصورة تظهر الفنانة ليلى المصري إلى جانب زوجها المخرج سامي الحداد، "
        "وقالت إن العمل الجديد سيعرض قريبا."
    )
    assert quote_with(quotes_of(text), "سيعرض قريبا").speaker_name == "ليلى المصري"


def test_the_first_report_with_a_masculine_cue_keeps_the_man_named_last() -> None:
    text = (
        "في الصورة تظهر الفنانة ليلى المصري إلى جانب زوجها المخرج سامي الحداد، "
        "وقال إن العمل الجديد سيعرض قريبا."
    )
    assert quote_with(quotes_of(text), "سيعرض قريبا").speaker_name == "سامي الحداد"


def test_words_in_quotation_marks_after_a_colon_end_where_the_marks_close() -> None:
    text = (
        'قال المتحدث باسم الدفاع المدني كمال الهادي: "أصيب ثلاثة أشخاص في الحريق"، '
        "بعدما كانت حصيلة أولى صادرة عن الشرطة أفادت بإصابة شخصين فقط."
    )
    assert quote_with(quotes_of(text), "بإصابة شخصين").speaker_name is None
