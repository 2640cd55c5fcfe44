"""Quote round a115: one source, one name, however the document writes it.

- A capital that speaks ("قالت لندن") is its country when the document quotes the country
  itself too ("أعلنت بريطانيا"): one government, one name. Alone it keeps its own name.
- A definite written source ("التقرير") far on in a long article is the one report the document
  introduced ("تقرير لمجلة X"), however far back: its issuer is the speaker.
- A definite body noun under ل ("وتبعا للوكالة الرسمية") refers back to the body named with that
  head noun, as the noun alone does ("الوكالة").
- A foreign g is written ج or غ: a one-word name written one way ("قال فيراغ") is the fuller name
  the document gives written the other way ("ديفيد فيراج").
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.pipeline import Pipeline


def test_family_name_with_the_other_letter_for_g() -> None:
    text = (
        'وقال رئيس الجمعية ديفيد فيراج للصحفيين إن "الوفد التقى الرئيس أمس". '
        "وأضاف فيراغ أن اللقاء تناول ملف اللاجئين في المنطقة."
    )
    quote = quote_with(quotes_of(text), "ملف اللاجئين")
    assert quote.speaker_name == "ديفيد فيراج"


def test_capital_is_its_country_when_the_country_speaks_too(pipeline: Pipeline) -> None:
    text = (
        "وقالت لندن إن المحادثات التجارية ستستأنف الأسبوع المقبل. "
        "وأعلنت بريطانيا أمس أنها ستخفض الرسوم على واردات الصلب."
    )
    assert speakers_and_names(pipeline, text) == [("لندن", "بريطانيا"), ("بريطانيا", "بريطانيا")]


def test_capital_keeps_its_name_when_the_country_never_speaks(pipeline: Pipeline) -> None:
    text = "وقالت لندن إن المحادثات التجارية ستستأنف الأسبوع المقبل في بريطانيا."
    assert speakers_and_names(pipeline, text) == [("لندن", "لندن")]


def test_capital_keeps_its_name_when_the_country_is_only_cited(pipeline: Pipeline) -> None:
    # بحسب cites the country as a source; it does not make it the government that speaks.
    text = (
        "وقالت لندن إن المحادثات التجارية ستستأنف الأسبوع المقبل. "
        "وستخفض الرسوم على واردات الصلب، بحسب بريطانيا."
    )
    assert speakers_and_names(pipeline, text)[0] == ("لندن", "لندن")


def test_definite_report_far_on_is_the_one_report_introduced() -> None:
    filler = "وشهدت المدينة أمطارا غزيرة خلال الأسبوع الماضي وأغلقت بعض الطرق الفرعية. " * 90
    text = (
        "وقال تقرير لمجلة الأفق الاقتصادي إن أسعار القمح سترتفع هذا العام. "
        + filler
        + "ويرجح التقرير أن تلجأ الحكومة إلى الاستيراد لسد النقص."
    )
    quote = quote_with(quotes_of(text), "الاستيراد")
    assert quote.speaker_name == "مجلة الأفق الاقتصادي"


def test_definite_report_far_on_after_two_reports_is_neither() -> None:
    filler = "وشهدت المدينة أمطارا غزيرة خلال الأسبوع الماضي وأغلقت بعض الطرق الفرعية. " * 90
    text = (
        "وقال تقرير لمجلة الأفق الاقتصادي إن أسعار القمح سترتفع هذا العام. "
        "وقال تقرير لمعهد الدراسات الزراعية إن المحصول سيتراجع. "
        + filler
        + "ويرجح التقرير أن تلجأ الحكومة إلى الاستيراد لسد النقص."
    )
    quote = quote_with(quotes_of(text), "الاستيراد")
    assert quote.speaker_name not in ("مجلة الأفق الاقتصادي", "معهد الدراسات الزراعية")


def test_body_noun_under_li_refers_back_to_the_body_named() -> None:
    text = (
        "وذكرت وكالة سبأ اليمنية الرسمية أن الحكومة وافقت على الموازنة الجديدة. "
        "وتبعا للوكالة الرسمية فإن الموازنة تتضمن زيادة في رواتب المعلمين."
    )
    quote = quote_with(quotes_of(text), "رواتب المعلمين")
    assert quote.speaker_name == "وكالة سبأ اليمنية الرسمية"
