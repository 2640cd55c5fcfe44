"""Detection round d55 (issue 19, nominal quotes, part B). A nominal report inside quoted speech
nests only with marks of its own, not because the outer speech closes after it; a preposition
(بين "between") stays one inside quotation marks. The cue's own من before أنّ opens an indirect
clause (حذّر من أنّ). An object comes after a subject and the occasion of the report when a
comma closes a long occasion, or when the occasion noun has its owner's pronoun (في بيانها).
A preposition is not the cue's when it belongs to an accusative of purpose before it (تعقيبا
على), to "issued by" or "citing" in the subject (صادر عن، نقلا عن), or to the deputy's "for"
(النائب عن); a لـ-word before the cue's إلى is in the subject. أفاد reports with عن. Sentences
written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_topic_in_outer_speech_is_no_nested_quote() -> None:
    assert quote_fields('وقال الطبيب: "في المستشفى الميداني، تحدث المرضى عن نقص حاد في الأدوية".') == [
        ("direct", "في المستشفى الميداني، تحدث المرضى عن نقص حاد في الأدوية", "وقال", "الطبيب")
    ]


def test_topic_deep_in_mixed_quote_is_no_nested_quote() -> None:
    got = quote_fields('وقال المدير إن "الأمور تسير بشكل جيد ولم نسمع أحدا يتحدث عن عراقيل".')
    assert [q[2] for q in got] == ["وقال"]


def test_marked_fragment_at_its_cue_still_nests() -> None:
    # Guard: the marks open at the report's clause, the outer speaker quotes its words.
    got = quote_fields('وقالت المتحدثة إن "المنظمة تدعو إلى وقف فوري للقتال".')
    assert ("nominal", "وقف فوري للقتال", "تدعو", "المنظمة") in got


def test_between_stays_a_preposition_in_quotes() -> None:
    got = quote_fields('وقال الخبير إن "الطريق بين المدينتين، لا يبدو أن العمل فيه سينتهي قريبا".')
    assert [q[2] for q in got] == ["وقال"]


def test_own_min_before_that_is_indirect() -> None:
    assert quote_fields("وحذر الخبراء من أن المخزون قد ينفد قبل الصيف.") == [
        ("indirect", "المخزون قد ينفد قبل الصيف", "وحذر", "الخبراء")
    ]


def test_object_after_long_occasion_closed_by_comma() -> None:
    got = quote_fields(
        "وأكد الوزير في تصريح للصحفيين خلال زيارته اليوم إلى الميناء، ضرورة تسريع أشغال التوسعة."
    )
    assert got == [("nominal", "ضرورة تسريع أشغال التوسعة", "وأكد", "الوزير")]


def test_object_after_owned_occasion_holds_the_preposition() -> None:
    got = quote_fields("واستغربت النقابة في بيانها تمسك الإدارة بقرارها رغم الجهود التي بذلت من الطرفين.")
    assert got[0][:3] == ("nominal", "تمسك الإدارة بقرارها رغم الجهود التي بذلت من الطرفين", "واستغربت")


def test_purpose_accusative_keeps_its_preposition() -> None:
    assert quote_fields("وأكد المسؤول ردا على سؤال حول الملف أن الأشغال ستنتهي قريبا.") == [
        ("indirect", "الأشغال ستنتهي قريبا", "وأكد", "المسؤول")
    ]


def test_li_word_before_ila_is_in_the_subject() -> None:
    got = quote_fields("ودعت الهيئة المستقلة للاتصال المؤسسات الإعلامية إلى احترام قواعد المهنة.")
    assert [(q[0], q[1], q[2]) for q in got] == [("nominal", "احترام قواعد المهنة", "ودعت")]


def test_issued_by_an_is_the_subjects() -> None:
    got = quote_fields("وكشف تقرير صادر عن المرصد عن تراجع عدد الزوار.")
    assert [(q[0], q[1], q[2]) for q in got] == [("nominal", "تراجع عدد الزوار", "وكشف")]


def test_deputy_for_constituency_is_the_subjects() -> None:
    got = quote_fields("وكشف النائب عن ولاية قفصة، سامي العابد، أن المشروع سينطلق قريبا.")
    assert [(q[0], q[1], q[2]) for q in got] == [("indirect", "المشروع سينطلق قريبا", "وكشف")]


def test_deputy_an_alone_is_the_cues() -> None:
    # Guard: with no complement later, عن after the deputy is the cue's own.
    got = quote_fields("وكشف النائب عن تفاصيل جديدة في القضية.")
    assert [(q[0], q[1], q[2]) for q in got] == [("nominal", "تفاصيل جديدة في القضية", "وكشف")]


def test_afad_reports_with_an() -> None:
    got = quote_fields("وأفادت مصادر محلية عن سقوط أمطار غزيرة في المنطقة.")
    assert [(q[0], q[1], q[2]) for q in got] == [("nominal", "سقوط أمطار غزيرة في المنطقة", "وأفادت")]


def test_office_an_before_named_apposition_is_the_subjects() -> None:
    got = quote_fields("وكشف المسؤول الإداري عن المهرجان، سمير الحداد، أن الدورة ستنطلق في موعدها.")
    assert [(q[0], q[1], q[2]) for q in got] == [("indirect", "الدورة ستنطلق في موعدها", "وكشف")]


def test_an_of_anonymity_request_is_the_nouns() -> None:
    got = quote_fields("وكشف موظفون في البلدية، مفضلين عدم الكشف عن هوياتهم، أن الأشغال متوقفة منذ أشهر.")
    assert [(q[0], q[1], q[2]) for q in got] == [("indirect", "الأشغال متوقفة منذ أشهر", "وكشف")]


def test_issued_verb_an_is_the_subjects() -> None:
    got = quote_fields("وكشف بيان صدر عن الولاية أن الطريق أعيد فتحها.")
    assert [(q[0], q[1], q[2]) for q in got] == [("indirect", "الطريق أعيد فتحها", "وكشف")]
