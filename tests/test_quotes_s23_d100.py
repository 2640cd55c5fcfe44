"""Session 23, d100: where indirect content ends (issue 19, items 2 and 5). Every sentence is
written for the test."""

from __future__ import annotations

from quote_helpers import quote_fields, quote_fields_with_cue

# --- a consequence clause after a comma (، ما/مما + verb، الأمر الذي + verb) -------------------


def test_consequence_with_ma_goes_on_with_the_clause() -> None:
    text = "وقال الوزير إن الحكومة ستخفض الضرائب على الشركات الصغيرة، ما يشجع على الاستثمار في الأرياف."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1
    assert found[0][1].endswith("ما يشجع على الاستثمار في الأرياف")


def test_consequence_with_mimma_and_a_past_verb() -> None:
    text = "وأكدت الوزارة أن الأمطار الغزيرة أغلقت الطرق الرئيسية، مما أدى إلى تأخر وصول المساعدات."
    found = quote_fields_with_cue(text, "وأكدت")
    assert len(found) == 1
    assert found[0][1].endswith("مما أدى إلى تأخر وصول المساعدات")


def test_consequence_with_al_amr_alladhi() -> None:
    text = "وأوضح المدير أن المصنع رفع إنتاجه هذا العام، الأمر الذي سمح بتوظيف مئات العمال."
    found = quote_fields_with_cue(text, "وأوضح")
    assert len(found) == 1
    assert found[0][1].endswith("الأمر الذي سمح بتوظيف مئات العمال")


def test_consequence_verb_that_is_also_a_cue_word() -> None:
    # ينذر "portends" has the fact before it as subject; بين is "between", no verb of showing.
    text = "وقال الخبير إن الخلاف بين الجارتين يكتسب بعدا طائفيا، مما ينذر بتأجيج الصراع بين الطائفتين."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1
    assert found[0][1].endswith("مما ينذر بتأجيج الصراع بين الطائفتين")


def test_report_inside_the_consequence_ends_the_clause() -> None:
    text = "وقال المتحدث إن الحكومة ستخفض الضرائب، ما دفع النقابات إلى التأكيد أن القرار متأخر."
    found = quote_fields(text)
    outer = [q for q in found if q[2] == "وقال"]
    assert len(outer) == 1 and outer[0][1] == "الحكومة ستخفض الضرائب"
    assert any(q[1] == "القرار متأخر" for q in found)


def test_relay_with_object_pronoun_is_no_consequence() -> None:
    # "which the finance minister confirmed": another source's relay, not what follows from it.
    text = "وقال المتحدث إن الحكومة ستخفض الضرائب، ما أكده وزير المالية في مؤتمر صحفي."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1 and found[0][1] == "الحكومة ستخفض الضرائب"


def test_quoted_words_alone_keep_their_marks_before_a_consequence() -> None:
    # The description is the quoted word; what it caused is the writer's.
    text = 'ونفى الرئيس أن يكون "متعصبا" بعد تصريحات وصف فيها المعارضين بأنهم "خونة"، ما أثار استياء واسعا.'
    found = quote_fields_with_cue(text, "وصف")
    assert len(found) == 1 and found[0][1] == "خونة"


# --- "أو لا" ("or not") negates nothing after it ----------------------------------------------


def test_or_not_does_not_negate_the_participle_after_it() -> None:
    text = 'وسألته المذيعة عن المشروع إذا ما كان مفيدا أو لا قائلا: "لا أحد يعرف الجواب بعد".'
    found = quote_fields_with_cue(text, "قائلا")
    assert len(found) == 1 and found[0][1] == "لا أحد يعرف الجواب بعد"


def test_plain_negation_still_negates_the_participle() -> None:
    # Pin: لا without أو before it still negates ("not saying").
    text = 'وغادر الوزير القاعة لا قائلا شيئا ولا ملتفتا إلى "أسئلة الصحفيين".'
    assert quote_fields_with_cue(text, "قائلا") == []


# --- a participle of condemning after a comma is the source's own act --------------------------


def test_condemning_participle_after_a_comma_ends_the_clause() -> None:
    text = "وقال الوزير إن الحكومة ستخفض الضرائب، منددا بتجاهل المعارضة للأزمة."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1 and found[0][1] == "الحكومة ستخفض الضرائب"


def test_condemning_participle_after_quoted_words() -> None:
    text = 'وأضاف أن "القرار يهدف إلى حماية السوق" في المدن الكبرى، منددة بـ"جشع بعض التجار".'
    found = quote_fields_with_cue(text, "وأضاف")
    assert len(found) == 1 and found[0][1] == '"القرار يهدف إلى حماية السوق" في المدن الكبرى'


# --- "، وذلك" + a word of manner, cause or purpose ------------------------------------------


def test_that_by_means_goes_on_with_the_clause() -> None:
    text = "وقال المدير إن الشركة ستخفض تكاليف الإنتاج، وذلك عبر استخدام آلات أحدث في المصانع."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1 and found[0][1].endswith("وذلك عبر استخدام آلات أحدث في المصانع")


def test_that_for_a_purpose_goes_on_with_the_clause() -> None:
    text = "وأكد الوزير أن الحكومة ستدعم المزارعين، وذلك لتعزيز الأمن الغذائي في البلاد."
    found = quote_fields_with_cue(text, "وأكد")
    assert len(found) == 1 and found[0][1].endswith("وذلك لتعزيز الأمن الغذائي في البلاد")


def test_that_at_the_occasion_of_the_report_still_ends_it() -> None:
    # Pin: "in a statement" is when and where it was said, the writer's.
    text = "وقال الوزير إن الحكومة ستدعم المزارعين، وذلك في بيان نشرته الوزارة مساء الأحد."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1 and found[0][1] == "الحكومة ستدعم المزارعين"


# --- "، قبل أن …" / "، قبل + noun": the next step of the same account -------------------------


def test_before_that_goes_on_with_the_account() -> None:
    text = "وأكد الملياردير أنه لم يطلع أحدا على التغريدة، قبل أن ينشرها وهو في طريقه إلى المطار."
    found = quote_fields_with_cue(text, "وأكد")
    assert len(found) == 1 and found[0][1].endswith("قبل أن ينشرها وهو في طريقه إلى المطار")


def test_before_adding_is_a_report_of_its_own() -> None:
    # Pin: "before adding that …" opens the source's next report.
    text = "وقال الوزير إن الحكومة ستدعم المزارعين، قبل أن يضيف أن الدعم سيشمل الصيادين."
    found = quote_fields(text)
    assert [q[1] for q in found if q[2] == "وقال"] == ["الحكومة ستدعم المزارعين"]
    assert any(q[1] == "الدعم سيشمل الصيادين" for q in found)
