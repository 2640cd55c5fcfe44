"""Quote round a65: the speaker phrase and its name (issue 19).

- Nouns of a calling (العالمة، الأديب، المؤرخ، المفكر، الفيلسوف، الشاعر) head a title like الباحث:
  the name after them and their nisba adjectives is the speaker, said directly or after a comma.
- "كأول"، "كإحدى": كـ "as" before a hamza opens no name after a title ("عرف الوزير الراحل كأول
  وزير"), so a later title-only speaker does not take it as its name.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_scholar_with_nisba_names_the_speaker() -> None:
    text = "وتقول العالمة الهولندية آنكه فيرمولن، أستاذة علم الآثار، إن المعبد بني في عهد واحد."
    quote = quote_with(quotes_of(text), "المعبد")
    assert quote.speaker_name == "آنكه فيرمولن"


def test_man_of_letters_with_two_callings_names_the_speaker() -> None:
    text = "وقال الأديب والمؤرخ السوداني عوض كباشي في ندوة بالخرطوم إن الرواية تعيش أزهى عصورها."
    quote = quote_with(quotes_of(text), "الرواية")
    assert quote.speaker_name == "عوض كباشي"


def test_calling_title_then_name_after_comma() -> None:
    text = "وقال الشاعر التونسي، منصف بوزيد، مدير بيت الشعر، إن الأمسية ستقام في موعدها."
    quote = quote_with(quotes_of(text), "الأمسية")
    assert quote.speaker_name == "منصف بوزيد"


def test_calling_title_alone_stays_the_speaker() -> None:
    text = "وقال المؤرخ إن الوثائق لا تكفي للحكم على تلك الحقبة."
    quote = quote_with(quotes_of(text), "الوثائق")
    assert quote.speaker_name == "المؤرخ"


def test_kaf_before_hamza_is_no_name_after_a_title() -> None:
    text = (
        "وشيع الناس الوزير الراحل. وقال الوزير الراحل في حوار قديم إن الكتابة صعبة. "
        "وقد عرف الوزير الراحل كأول وزير للثقافة في البلاد."
    )
    quote = quote_with(quotes_of(text), "الكتابة")
    assert quote.speaker_name == "الوزير الراحل"
