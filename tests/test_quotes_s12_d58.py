"""Round d58 (issue 19, nominal quotes, part B). The object of a verb of saying (a nominal quote)
is found past what closes its subject besides a single time word: a time adverbial of several
words (قبل أيام، في وقت سابق من اليوم، في منتصف شهر مارس الماضي), a time adverbial set off by
commas right after the verb, a short parenthesis (فيفا)، (2003-2010), a hashtag that closes the
subject's noun phrase (#سيلين_ديون). قطع and حرمان are first-form
verbal nouns that reports take as objects. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_object_after_subject_and_time_phrase() -> None:
    assert quote_fields("ونفت الشركة قبل أيام وجود أي خلل في المنظومة.") == [
        ("nominal", "وجود أي خلل في المنظومة", "ونفت", "الشركة")
    ]


def test_object_after_earlier_today() -> None:
    assert quote_fields("وأعلنت الوزارة في وقت سابق من اليوم تأجيل الامتحانات.") == [
        ("nominal", "تأجيل الامتحانات", "وأعلنت", "الوزارة")
    ]


def test_object_after_date_phrase() -> None:
    assert quote_fields("وأعلن الجيش في منتصف شهر مارس الماضي إطلاق عملية عسكرية واسعة.") == [
        ("nominal", "إطلاق عملية عسكرية واسعة", "وأعلن", "الجيش")
    ]


def test_object_after_month_with_its_other_name_and_year() -> None:
    got = quote_fields("وأعلن الرئيس الأمريكي في مارس (آذار) 2018 فرض رسوم جمركية على الصلب.")
    assert got == [("nominal", "فرض رسوم جمركية على الصلب", "وأعلن", "الرئيس الأمريكي")]


def test_object_after_comma_set_time_with_subject_before_verb() -> None:
    got = quote_fields("وكان مصدر في الوزارة قد نفى، السبت، وجود أي خلاف مع النقابة.")
    assert [q[:3] for q in got] == [("nominal", "وجود أي خلاف مع النقابة", "نفى")]


def test_comma_set_time_then_subject_is_no_object() -> None:
    # Guard: with no subject before the verb, a body after the adverbial is the subject.
    got = quote_fields("وأعلنت، الأحد، وزارة الصحة تسجيل إصابات جديدة.")
    assert not any(q[1].startswith("وزارة") for q in got)


def test_object_after_parenthesis_in_subject() -> None:
    assert quote_fields("وأعلن رئيس الاتحاد الدولي (فيفا) براءته من التهم.") == [
        ("nominal", "براءته من التهم", "وأعلن", "رئيس الاتحاد الدولي")
    ]


def test_object_after_parenthesis_and_manner_adverb() -> None:
    got = quote_fields("ونفى الرئيس السابق (2003-2010) بشكل قاطع الاتهامات الموجهة إليه.")
    assert [q[:3] for q in got] == [("nominal", "الاتهامات الموجهة إليه", "ونفى")]


def test_parenthesis_before_complementizer_stays_indirect() -> None:
    # Guard: a that-clause after the parenthesis is still the content.
    assert quote_fields("وأعلن الاتحاد الدولي (فيفا) أن المباراة ستقام في موعدها.") == [
        ("indirect", "المباراة ستقام في موعدها", "وأعلن", "الاتحاد الدولي")
    ]


def test_object_after_hashtag_name() -> None:
    assert quote_fields("أعلنت المغنية الفرنسية #ماري_لوران إلغاء جولتها الصيفية بسبب المرض.") == [
        ("nominal", "إلغاء جولتها الصيفية بسبب المرض", "أعلنت", "المغنية الفرنسية")
    ]


def test_hashtag_subject_coordinated_goes_on() -> None:
    got = quote_fields("أعلنت الممثلة #سارة_علي وزوجها المخرج #كريم_حسن انفصالهما بعد زواج دام عامين.")
    assert [q[:3] for q in got] == [("nominal", "انفصالهما بعد زواج دام عامين", "أعلنت")]


def test_first_form_object_after_name() -> None:
    got = quote_fields("وأعلنت الحكومة قطع الكهرباء عن المناطق الحدودية.")
    assert got == [("nominal", "قطع الكهرباء عن المناطق الحدودية", "وأعلنت", "الحكومة")]
