"""Quote round s16/a102: a description names what the document introduced.

- "الكاتب"/"الكاتبة" names the writer introduced as the subject of a verb of writing ("المقال
  الذي كتبه X"، "عنونه X") or after "بقلم X".
- "الصحيفة" names the newspaper whose editorial the document quoted ("تقول افتتاحية X").
- The title index refuses to pair a person's title with words that all carry the article
  ("المدير، الفني الأول،"): they are adjectives, not a name.
- Guards (pass before and after): a holder's name after a seat whose place is known
  ("المبعوث الأمريكي إلى ليبيا X إن") is already read; a seat without a name leaves the title.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Mention


def _with_places(text: str, places: tuple[str, ...]) -> Document:
    mentions = []
    for word in places:
        k = text.index(word)
        mentions.append(Mention(k, k + len(word), word, "LOC", source="gazetteer", entity=word))
    return Document(id="t", text=text, mentions=mentions)


def test_the_writer_is_the_subject_of_the_verb_of_writing() -> None:
    text = (
        "في صحيفة الشرق نقرأ هذا المقال الذي كتبه سمير العلي أحد أعضاء نقابة المحامين. "
        "الكاتب يرى أن القانون الجديد خطوة مهمة للعدالة."
    )
    assert quote_with(quotes_of(text), "خطوة مهمة").speaker_name == "سمير العلي"


def test_the_writer_of_an_article_he_titled() -> None:
    text = (
        'نشرت صحيفة الأهرام مقالا عنونه أحمد الشامي بـ "زمن الإصلاح". '
        "ويقول الكاتب إن الحكومة تأخرت كثيرا في الإصلاح."
    )
    assert quote_with(quotes_of(text), "تأخرت كثيرا").speaker_name == "أحمد الشامي"


def test_the_writer_after_bi_qalam() -> None:
    text = "وفي مقال بقلم ليلى حسن في صحيفة الغد، ترى الكاتبة أن التعليم يحتاج إلى مراجعة شاملة."
    assert quote_with(quotes_of(text), "مراجعة شاملة").speaker_name == "ليلى حسن"


def test_his_books_is_no_verb_of_writing() -> None:
    # "كتبه" after a noun that is no text is "his books": no writer is introduced.
    text = "باع الرجل كتبه القديمة في السوق. ويقول الكاتب إن القراءة تراجعت كثيرا."
    assert quote_with(quotes_of(text), "القراءة تراجعت").speaker_name == "الكاتب"


def test_the_newspaper_of_an_editorial_is_the_nearer_naming() -> None:
    text = (
        "وذكرت صحيفة الأخبار أن المفاوضات توقفت. "
        "وتقول افتتاحية الوطن العمانية إن الحكومة أخطأت في حساباتها. "
        "وأضافت الصحيفة أن الوزارة تتحمل المسؤولية."
    )
    assert quote_with(quotes_of(text), "تتحمل المسؤولية").speaker_name == "الوطن العمانية"


def test_an_editorial_of_the_day_names_no_newspaper() -> None:
    text = (
        "وذكرت صحيفة الأخبار أن المفاوضات توقفت. "
        "وتقول افتتاحية اليوم إن الحكومة أخطأت في حساباتها. "
        "وأضافت الصحيفة أن الوزارة تتحمل المسؤولية."
    )
    assert quote_with(quotes_of(text), "تتحمل المسؤولية").speaker_name == "صحيفة الأخبار"


def test_a_name_after_the_seat_of_an_envoy() -> None:
    text = "وقال المبعوث الأمريكي إلى ليبيا جون سميث إن الحوار سيستأنف قريبا."
    quote = quote_with(quotes_of(_with_places(text, ("ليبيا",))), "سيستأنف")
    assert quote.speaker_name == "جون سميث"


def test_a_name_after_the_seat_of_a_correspondent() -> None:
    text = "وأفاد مراسل القناة في بغداد أحمد الزاويتي بأن الانفجار وقع قرب السوق."
    quote = quote_with(quotes_of(_with_places(text, ("بغداد",))), "الانفجار")
    assert quote.speaker_name == "أحمد الزاويتي"


def test_a_seat_without_a_name_leaves_the_title() -> None:
    text = "وقال المبعوث الأمريكي إلى ليبيا أمس إن الحوار سيستأنف قريبا."
    quote = quote_with(quotes_of(_with_places(text, ("ليبيا",))), "سيستأنف")
    assert quote.speaker_name == "المبعوث الأمريكي"


def test_the_title_index_pairs_no_title_with_definite_adjectives() -> None:
    # "المدير، الفني الأول،": definite words after a definite title are no person's name.
    text = "وقال المدير، الفني الأول، إن الفريق جاهز. وأضاف المدير أن اللاعبين بخير."
    assert quote_with(quotes_of(text), "اللاعبين بخير").speaker_name == "المدير"
