"""Quote round s12/a78: a title + name chain cut inside, or a name that runs on (issue 19).

- A body named in quotation marks as the genitive of a title goes on into the holder's name with
  no comma: 'المتحدث باسم "الحرس الوطني" سليم الجبالي'.
- A post noun without the article (والي، أمير) governs a genitive; as the last word of a name
  before a verb it governs nothing and is a family name: "غادة والي قالت".
- ب + a noun of manner (بشكل، بصورة) is an adverbial, never a word of a name.
- An adverb that dates a post (حينها، آنذاك) belongs to the title: "المرشح آنذاك X".
- A deputy's seat "عن ولاية/دائرة X" closes the title like a body's name; the name follows the comma.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_name_after_a_quoted_body_the_title_governs() -> None:
    text = 'وقال المتحدث باسم "الحرس الوطني" سليم الجبالي إن الوضع هادئ في المدينة.'
    assert quote_with(quotes_of(text), "الوضع هادئ").speaker_name == "سليم الجبالي"


def test_name_after_a_quoted_team_with_a_participle_after() -> None:
    text = 'ورد عليه قائد "النسور" كريم الحداد قائلا إن الفريق سيعود أقوى.'
    assert quote_with(quotes_of(text), "الفريق سيعود").speaker_name == "كريم الحداد"


def test_quoted_body_without_a_name_stays_the_title() -> None:
    text = 'وقال زعيم جماعة "أنصار الله" إن الهدنة انتهت.'
    name = quote_with(quotes_of(text), "الهدنة انتهت").speaker_name
    assert name is not None and "زعيم" in name


def test_post_noun_closing_a_name_before_a_verb_is_a_family_name() -> None:
    text = "لكن وزيرة الصحة هالة والي قالت إن الوزارة تتابع الوضع عن كثب."
    assert quote_with(quotes_of(text), "الوزارة تتابع").speaker_name == "هالة والي"


def test_post_noun_with_its_genitive_is_still_a_title() -> None:
    text = "وقال والي القصرين فتحي الزواري إن الطريق سيفتح غدا."
    assert quote_with(quotes_of(text), "الطريق سيفتح").speaker_name == "فتحي الزواري"


def test_manner_adverbial_ends_the_subject() -> None:
    text = "وصرحت موسكو بشكل رسمي بأن الاتفاق انتهى."
    assert quote_with(quotes_of(text), "الاتفاق انتهى").speaker_name == "موسكو"


def test_adverb_dating_a_post_belongs_to_the_title() -> None:
    text = "ووعد المرشح آنذاك سمير العلوي بأن يخفض الضرائب على الشركات الصغيرة."
    assert quote_with(quotes_of(text), "يخفض الضرائب").speaker_name == "سمير العلوي"


def test_adverb_cut_from_the_title_before_the_name() -> None:
    text = "وقال الرئيس حينها سمير العلوي إن الضرائب ستنخفض العام المقبل."
    assert quote_with(quotes_of(text), "الضرائب ستنخفض").speaker_name == "سمير العلوي"


def test_deputy_seat_then_name_after_the_comma() -> None:
    text = "قال نائب حزب العمال عن ولاية صفاقس، منير الفرجاني، إن الحكومة فشلت في إدارة الأزمة."
    assert quote_with(quotes_of(text), "الحكومة فشلت").speaker_name == "منير الفرجاني"


def test_prepositional_phrase_after_a_quoted_body_is_no_name() -> None:
    text = 'وأضاف مراسل "الجزيرة" بالعاصمة الليبية أن الاشتباكات توقفت مساء أمس.'
    name = quote_with(quotes_of(text), "الاشتباكات توقفت").speaker_name
    assert name is not None and "بالعاصمة" not in name


def test_complement_after_a_quoted_body_is_no_name() -> None:
    text = 'وقام شقيق "بطل الحي" بتقديم الشكوى في مارس، مؤكدا أن أخاه تعرض للظلم.'
    name = quote_with(quotes_of(text), "أخاه تعرض").speaker_name
    assert name is None or "بتقديم" not in name
