"""Quote stage, attribution round a86 on issue 19: a dropped subject carried to no speaker.
- A thing in construct right after a verb that takes its object first ("ووصفت سياسة الحكومة
  بأنها …"، "وعلل تراجع الصادرات بأن …") is that verb's object: the subject is dropped and goes
  on from the speaker before that agrees with the verb, and the thing starts no chain.
- A fronted subject that names someone, with a relative clause and no commas ("لكن وزيرة المالية
  X التي تتولى الملف منذ عامين تواصل …") is the subject of the main verb after the relative
  clause, which a later subjectless cue goes on with.
- A negated verb (لم، لن، لا + imperfect) opens its clause even with a comma a few words later
  ("ولا تضع الحكومة أهدافا واضحة، إذ تقول"): its subject is the antecedent, not an adverbial.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_thing_after_a_feminine_object_verb_is_its_object() -> None:
    text = (
        "قالت منظمة العفو الدولية إن أوضاع السجون سيئة. "
        "ووصفت سياسة الحكومة الجديدة في مجال الحريات بأنها قمعية."
    )
    quote = quote_with(quotes_of(text), "قمعية")
    assert quote.speaker is None
    assert quote.speaker_name == "منظمة العفو الدولية"


def test_a_verbal_noun_in_i_after_an_object_verb_is_its_object() -> None:
    # "تفشي" ends in ي like a nisba, yet in construct with "الأمية" it is a verbal noun.
    text = (
        "وقال وزير التربية سامي العبدلي إن المدارس تحتاج إلى دعم. "
        "وعلل تفشي الأمية في الأرياف بأن العائلات تبعد أبناءها عن الدراسة. "
        "وأكد أن الحكومة ستبني مدارس جديدة."
    )
    quotes = quotes_of(text)
    reason = quote_with(quotes, "العائلات تبعد")
    assert reason.speaker is None
    assert reason.speaker_name == "سامي العبدلي"
    stressed = quote_with(quotes, "ستبني مدارس")
    assert stressed.speaker_name == "سامي العبدلي"


def test_a_woman_after_an_object_verb_stays_its_subject() -> None:
    # No speaker before agrees with the feminine verb: the name after it is its subject.
    text = "وقال وزير التربية سامي العبدلي إن المدارس تحتاج إلى دعم. ووصفت نادية الخطيب الخطة بأنها ضعيفة."
    quote = quote_with(quotes_of(text), "ضعيفة")
    assert quote.speaker is not None
    assert quote.speaker_name is not None and "نادية" in quote.speaker_name


def test_a_body_after_an_object_verb_stays_its_subject() -> None:
    text = "قالت منظمة العفو الدولية إن أوضاع السجون سيئة. ووصفت هيئة الدفاع الحكم بأنه جائر."
    quote = quote_with(quotes_of(text), "جائر")
    assert quote.speaker_name == "هيئة الدفاع"


def test_a_fronted_subject_with_a_relative_clause_without_commas() -> None:
    text = (
        "قال وزير النقل سامي العبدلي إن المطار الجديد جاهز. "
        "لكن وزيرة المالية هالة المنصوري التي تتولى الملف منذ عامين تواصل اجتماعاتها مع البنوك. "
        "وأعلنت أنها ستقدم الموازنة الشهر المقبل."
    )
    quote = quote_with(quotes_of(text), "ستقدم الموازنة")
    assert quote.speaker is None
    assert quote.speaker_name == "هالة المنصوري"


def test_a_described_body_with_a_relative_clause_is_left_to_resolution() -> None:
    # "شركة الطيران" names no one; the clause gives no antecedent, the chain goes on as before.
    text = (
        "قال وزير النقل سامي العبدلي إن المطار الجديد جاهز. "
        "ولكن شركة الطيران التي تتخذ من دبي مقرا لها تتعاون أيضا مع الشريك المحلي. "
        "وأضاف أن الرحلات ستبدأ قريبا."
    )
    quote = quote_with(quotes_of(text), "الرحلات ستبدأ")
    assert quote.speaker_name == "سامي العبدلي"


def test_a_negated_imperfect_opens_its_clause() -> None:
    text = (
        "قالت وزيرة التخطيط هالة المنصوري إن الخطة جاهزة. "
        "ولا تضع الحكومة أهدافا واضحة، إذ تقول في بيانها إنها تسعى إلى النمو."
    )
    quote = quote_with(quotes_of(text), "تسعى إلى النمو")
    assert quote.speaker is None
    assert quote.speaker_name == "الحكومة"


def test_a_negated_perfect_before_a_comma_opens_its_clause() -> None:
    text = (
        "قالت وزيرة التخطيط هالة المنصوري إن الخطة جاهزة. "
        "ولم تضع الحكومة أهدافا واضحة، إذ تقول في بيانها إنها تسعى إلى النمو."
    )
    quote = quote_with(quotes_of(text), "تسعى إلى النمو")
    assert quote.speaker_name == "الحكومة"


def test_la_before_a_noun_opens_no_clause() -> None:
    # "لا شك" is no verb: the participle goes on with the minister.
    text = (
        "وقال وزير النقل سامي العبدلي إن المطار جاهز. ولا شك الحكومة ستدعم المشروع، مؤكدا أن التمويل متوفر."
    )
    quote = quote_with(quotes_of(text), "التمويل متوفر")
    assert quote.speaker_name == "سامي العبدلي"
