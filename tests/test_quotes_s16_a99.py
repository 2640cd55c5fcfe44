"""Quote round s16/a99: a definite description names the body or person the document
introduced with the same head noun.

- A body's or outlet's foreign name of several words runs on without the article to the nisba
  that closes it ("صحيفة ديلي ميل البريطانية"), or, after a verb of saying, to the
  complementizer ("ذكرت مجلة فورين بوليسي أن"): "الصحيفة"/"المجلة" later names the whole outlet.
- A body described by its kind and then named in quote marks ("جمعية حماية المستهلك "صوت
  الناس"") is that named body, and so is the head noun with the article later.
- A definite title whose other words are adjectives of description ("اللاعب المصاب") names the
  person the document introduced with that head noun; not a post's own adjective
  ("الرئيس التنفيذي") nor a clause quoted after a body ("مقتل أو اعتقال").
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_an_outlet_name_closed_by_its_nisba_is_named_whole_by_the_head_noun() -> None:
    text = (
        "ذكرت صحيفة ديلي ميل البريطانية أن الوزيرة ستستقيل قريبا. "
        "وأضافت الصحيفة أن رئيس الحكومة رفض الاستقالة."
    )
    name = quote_with(quotes_of(text), "رفض الاستقالة").speaker_name
    assert name is not None and "ديلي ميل" in name


def test_an_outlet_name_after_a_verb_of_saying_ends_at_the_complementizer() -> None:
    text = (
        "ذكرت مجلة فورين بوليسي أن المفاوضات متعثرة منذ أسابيع. وتابعت المجلة أن الوسطاء يستعدون لجولة جديدة."
    )
    name = quote_with(quotes_of(text), "لجولة جديدة").speaker_name
    assert name is not None and "فورين بوليسي" in name


def test_a_body_with_a_foreign_name_and_a_nisba_is_named_whole() -> None:
    text = (
        "قالت منظمة سيف ذا تشيلدرن البريطانية إن آلاف الأطفال فقدوا مدارسهم. "
        "وأضافت المنظمة أن المساعدات لا تكفي."
    )
    name = quote_with(quotes_of(text), "لا تكفي").speaker_name
    assert name is not None and "سيف ذا تشيلدرن" in name


def test_a_body_named_in_marks_after_its_kind_is_that_body() -> None:
    text = (
        'قالت جمعية حماية المستهلك "صوت الناس" إن الأسعار ارتفعت بشدة. '
        "وأضافت الجمعية أن الرقابة على الأسواق ضعيفة."
    )
    quotes = quotes_of(text)
    first = quote_with(quotes, "ارتفعت بشدة").speaker_name
    later = quote_with(quotes, "ضعيفة").speaker_name
    assert first is not None and "صوت الناس" in first
    assert later is not None and "صوت الناس" in later


def test_a_clause_quoted_after_a_body_is_no_name_of_it() -> None:
    text = 'وأعلنت هيئة الشرطة المحلية "توقيف أو ملاحقة" 30 مشتبها به خلال الحملة الأخيرة.'
    quote = quote_with(quotes_of(text), "ملاحقة")
    assert quote.speaker_name == "هيئة الشرطة المحلية"


def test_a_title_with_an_adjective_of_description_names_the_person_introduced() -> None:
    text = (
        "عاد اللاعب البرازيلي ماركوس سيلفا إلى التدريبات أمس بعد غياب طويل. "
        "وقال المدرب إن سيلفا سيغيب عن المباراة المقبلة. "
        "غير أن اللاعب المصاب أكد أنه سيكون جاهزا للمشاركة."
    )
    assert quote_with(quotes_of(text), "جاهزا للمشاركة").speaker_name == "ماركوس سيلفا"


def test_a_given_name_that_opens_like_the_article_is_still_a_name() -> None:
    text = (
        "ظهرت المغنية البريطانية أليس براون أمام المحكمة أمس. "
        "وقال المدعي إن براون خالفت القانون. "
        "غير أن المغنية الغاضبة أكدت أنها بريئة من كل التهم."
    )
    assert quote_with(quotes_of(text), "بريئة من كل").speaker_name == "أليس براون"


def test_a_post_adjective_keeps_the_title_apart_from_another_holder() -> None:
    text = (
        "قال الرئيس الأمريكي دونالد ترامب إن الاقتصاد قوي. وقال ترامب إن البطالة تراجعت. "
        "وقال الرئيس التنفيذي إن أرباح المصرف ارتفعت."
    )
    assert quote_with(quotes_of(text), "أرباح المصرف").speaker_name != "دونالد ترامب"


def test_the_senator_spelled_without_ya_is_a_title() -> None:
    text = (
        "وقدمت السناتورة المستقلة ماري كولينز مشروع القانون. وقالت السناتورة كولينز إن الطريق طويلة. "
        "وأضافت السناتورة أن التصويت تاريخي."
    )
    assert quote_with(quotes_of(text), "التصويت تاريخي").speaker_name == "ماري كولينز"
