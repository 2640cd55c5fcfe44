"""Round d71 (issue 19, nominal quote detection). A participle that is the predicate of a copula
(كان and its sisters, جعل with its pronoun, a pronoun subject) states what the subject is or has
become ("بات الفريق مهددا بالهبوط": threatened with, not threatening); the participle of اتهم with
its بـ right after it is the passive "accused (of)"; an imperfect verb of saying right after a
resolution or bill describes that text ("قرارا يدعو إلى …"), no one is said to speak. Sentences
written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields

# ------------------------------------------------ participle as a copula's predicate


def test_participle_after_copula_and_subject_is_no_quote() -> None:
    text = "وبات الفريق مهددا بالهبوط إلى الدرجة الثانية بعد الخسارة الثالثة."
    assert quote_fields(text) == []


def test_participle_after_imperfect_copula_is_no_quote() -> None:
    assert quote_fields("ولا يزال النادي مهددا بالهبوط رغم الفوز الأخير.") == []


def test_participle_after_jaala_with_pronoun_is_no_quote() -> None:
    text = "وتراجع الاهتمام بالألعاب الشعبية، ما جعلها مهددة بالنسيان."
    assert quote_fields(text) == []


def test_copula_predicate_goes_on_with_the_reported_clause() -> None:
    text = "وقال رئيس الغرفة إن الشركات الصغيرة باتت مهددة بالإفلاس."
    assert quote_fields(text) == [("indirect", "الشركات الصغيرة باتت مهددة بالإفلاس", "وقال", "رئيس الغرفة")]


def test_circumstantial_participle_after_a_clause_still_reports() -> None:
    # Guard: after a clause of its own, the participle is the speaker's threat.
    text = "وانتقد الوزير قرار البرلمان، مهددا بالاستقالة إذا لم يتراجع عنه."
    got = [(k, content, c) for k, content, c, _ in quote_fields(text)]
    assert ("nominal", "بالاستقالة إذا لم يتراجع عنه", "مهددا") in got


def test_accusative_predicate_is_no_subject_of_the_copula() -> None:
    # Guard: "لا يزال مرتفعا" closes on its own predicate; the participle after it is the
    # speakers' again (no copula reading over an accusative in ـا).
    text = "وأكد أصحاب المتاجر أن الطلب لا يزال مرتفعا، نافين تراجع المبيعات هذا العام."
    got = quote_fields(text)
    assert any(kind == "nominal" and cue == "نافين" for kind, _, cue, _ in got)


# ------------------------------------------------ the passive participle of اتهم


def test_accused_participle_with_its_bi_is_no_quote() -> None:
    text = "وأدرجت الوزارة على قائمتها عشر شركات ورجل أعمال، متهمين بمساعدة المهربين."
    assert quote_fields(text) == []


def test_accused_participle_inside_a_clause_does_not_end_it() -> None:
    text = "وقال المحامي إن موكلته متهمة بالتواطؤ مع شريكها."
    assert quote_fields(text) == [("indirect", "موكلته متهمة بالتواطؤ مع شريكها", "وقال", "المحامي")]


def test_accusing_participle_with_its_object_still_reports() -> None:
    # Guard: the active participle names the accused first, a pronoun or a name in بـ too.
    got = quote_fields("واعتقلت الشرطة المدير متهمة إياه بالإهمال.")
    assert [(k, c) for k, _, c, _ in got] == [("nominal", "متهمة")]
    got = quote_fields("وقال الوزير إن الحكومة ماضية في خطتها، متهما باسيل بتخويف النازحين.")
    assert any(k == "nominal" and c == "متهما" for k, _, c, _ in got)


# ------------------------------------------------ a resolution's provisions


def test_resolution_that_calls_for_is_no_quote() -> None:
    assert quote_fields("وتبنى مجلس الأمن بالإجماع قرارا يدعو إلى وقف إطلاق النار فورا.") == []
    assert quote_fields("وقدمت الكويت مشروع قرار يطالب بحماية المدنيين في القطاع.") == []


def test_body_calling_in_its_resolution_still_reports() -> None:
    # Guard: the body itself is the subject of the verb.
    got = quote_fields("ودعا المجلس في قراره إلى وقف القتال.")
    assert [(k, c, s) for k, _, c, s in got] == [("nominal", "ودعا", "المجلس")]
