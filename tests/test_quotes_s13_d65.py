"""Round d65 (issue 19, quote detection around source phrases that no فإن answers). A fronted
source phrase closed by a comma attributes the clause after it whatever its noun names (a body,
a group, studies or figures: "وبحسب بلدية المدينة، تضرر …"), and so does one at the sentence
start that runs into its clause with no comma after a definite noun phrase ("وبحسب المنظمين
شارك …"): a definite noun takes no genitive and its adjectives take the article, so the first
word without the article after it opens the clause. Not a custom, a procedure or prices
followed, not a phrase closing the clause before it, not an indefinite noun whose verb may
describe it, and not a title before its holder's name. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields, quote_with, quotes_of

# ------------------------------------------------ set off by a comma, no فإن


def test_set_off_body_of_no_known_class() -> None:
    got = quote_fields("وبحسب بلدية المدينة، تضرر مئة منزل من العاصفة.")
    assert got == [("indirect", "تضرر مئة منزل من العاصفة", "وبحسب", "بلدية المدينة")]


def test_set_off_group() -> None:
    got = quote_fields("وبحسب المنظمين، شارك ألفا شخص في المسيرة.")
    assert got == [("indirect", "شارك ألفا شخص في المسيرة", "وبحسب", "المنظمين")]


def test_set_off_figures_name_their_owner() -> None:
    # The forecasts are the ministry's: the ministry is the source.
    got = quote_fields("وبحسب توقعات وزارة الزراعة، سيرتفع إنتاج القمح هذا العام.")
    assert got == [("indirect", "سيرتفع إنتاج القمح هذا العام", "وبحسب", "وزارة الزراعة")]


def test_set_off_mid_sentence_means_is_no_source() -> None:
    # Inside its clause, a phrase of no known source class says how, not who said it.
    assert quote_fields("وتعمل الشركة، وفق الإمكانيات المتاحة، على تحسين خدماتها.") == []


def test_set_off_source_is_no_antecedent() -> None:
    # Media named only in the phrase are not who the next subjectless verb goes on with.
    quotes = quotes_of(
        "وأكد وزير الطاقة سامي حداد أن الإنتاج مستقر. وبحسب الإعلام المحلي، تراجع الطلب على الوقود في "
        "الشتاء. ودعا إلى ترشيد الاستهلاك في المنازل."
    )
    assert quote_with(quotes, "تراجع الطلب").speaker_name == "الإعلام المحلي"
    assert quote_with(quotes, "ترشيد الاستهلاك").speaker_name == "سامي حداد"


def test_set_off_custom_is_no_source() -> None:
    assert quote_fields("ووفقا للتقاليد، يرتدي العريس ثوبا أبيض يوم الزفاف.") == []


def test_set_off_procedure_is_no_source() -> None:
    assert quote_fields("ووفقا للإجراءات المتبعة، يحق للموظف تقديم تظلم خلال شهر.") == []


def test_set_off_filing_is_left_to_its_party() -> None:
    # A lawsuit states a party's case; set off without فإن it is not read as the source.
    assert quote_fields("ووفقا للدعوى القضائية، اعتاد الرجل على السفر كل شهر.") == []


def test_closing_phrase_before_next_clause_is_no_source() -> None:
    got = quote_fields("وبيعت الحبوب بسعر مرتفع، حسب الأسعار العالمية، وبموجب ذلك ربح المزارعون كثيرا.")
    assert got == []


def test_set_off_source_with_relative_after_comma() -> None:
    # The relative after the comma describes the index; the clause is not what follows it.
    assert quote_fields("ووفقا للمؤشر، الذي يصدره البنك كل شهر، ارتفع الإنفاق على السفر.") == []


def test_set_off_possessed_view_is_no_named_source() -> None:
    assert quote_fields("وبحسب وجهة نظره، ستنخفض الأسعار قريبا.") == []


# ------------------------------------------------ run into the clause with no comma


def test_run_on_perfect_verb_after_definite_source() -> None:
    got = quote_fields("وبحسب المنظمين شارك ألفا شخص في المسيرة.")
    assert got == [("indirect", "شارك ألفا شخص في المسيرة", "وبحسب", "المنظمين")]


def test_run_on_negation_after_definite_source() -> None:
    got = quote_fields("وبحسب السكان لم تصل المساعدات إلى القرية بعد.")
    assert got == [("indirect", "لم تصل المساعدات إلى القرية بعد", "وبحسب", "السكان")]


def test_run_on_kana_after_definite_adjective() -> None:
    got = quote_fields("وبحسب الشرطة المحلية كان المهاجم يعيش في المدينة منذ سنوات.")
    assert got == [("indirect", "كان المهاجم يعيش في المدينة منذ سنوات", "وبحسب", "الشرطة المحلية")]


def test_run_on_modal_verb_after_definite_source() -> None:
    got = quote_fields("ووفقا للوثائق يمكن تفسير القرار على أنه خطأ إداري.")
    assert got == [("indirect", "يمكن تفسير القرار على أنه خطأ إداري", "ووفقا", "للوثائق")]


def test_run_on_not_after_title_and_name() -> None:
    # A title's holder follows it without the article: no clause starts at the name.
    assert quote_fields("وبحسب الوزير أحمد سالم ارتفعت الأسعار في الأسواق.") == []


def test_run_on_not_after_indefinite_noun() -> None:
    # After an indefinite noun a verb may describe it (a relative clause without الذي).
    assert quote_fields("وبحسب تقارير نشرت أمس ارتفع عدد الضحايا في المدينة.") == []
