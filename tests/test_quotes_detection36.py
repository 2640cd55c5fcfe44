"""Detection round 36 (census of 30 Jawhara FM and 30 multi-source articles): source phrases that
name a text or are answered by فإن past an apposition, and words that report no one here.

- A fronted source phrase answered by فإن may name a text (ووفق البيان، بحسب إحصائية الهيئة …،
  وفقا لوثيقة للداخلية) and may have a description or apposition set off by commas before فإن.
- The bare masculine imperfect of يتوقع/يرجح/يفترض before أنّ, with no subject, is the impersonal
  passive; so is يعتبر before a short quoted name and a superlative.
- Marks after بعنوان (a title of any length) or من طراز hold a name; a word before الدين is the
  first half of a compound name (نصر الدين), never a cue.
- A perfect whose ending cannot agree with الذي before it has its own dropped subject: it reports.
- "، خاصة أن" governs its own clause; "في ما" written apart opens a contrasting report.
- على after مطلع, or after an occasion of speech (في مداخلة له على …), is no complement when أنّ
  follows; ما يفسر states a fact.
"""

from __future__ import annotations

from quote_helpers import cues_and_speakers, kinds_contents_and_cues

from qawl.pipeline import Pipeline


def test_definite_statement_answered_by_fa_inna(pipeline: Pipeline) -> None:
    text = "ووفق البيان فإن الوزير التقى نظيره الأردني في العاصمة عمان."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "الوزير التقى نظيره الأردني في العاصمة عمان", "ووفق")
    ]
    assert cues_and_speakers(pipeline, text) == [("ووفق", "البيان")]


def test_statistic_of_a_body_answered_by_fa_inna(pipeline: Pipeline) -> None:
    text = "وبحسب إحصائية الوحدة الجهوية لمتابعة الهجرة، فإن عدد الوافدين تضاعف خلال العام الماضي."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "عدد الوافدين تضاعف خلال العام الماضي", "وبحسب")
    ]


def test_definite_statement_set_off_after_its_clause(pipeline: Pipeline) -> None:
    text = "وتمت العملية بفضل معلومات قدمها سكان القرية، حسب البيان."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "وتمت العملية بفضل معلومات قدمها سكان القرية", "حسب")
    ]


def test_a_rule_followed_is_no_source(pipeline: Pipeline) -> None:
    text = "وتم تنفيذ المشروع وفقا للقانون المنظم للصفقات العمومية."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_fa_inna_past_a_description_of_the_text(pipeline: Pipeline) -> None:
    text = "ووفقا لوثيقة للداخلية، تم إعدادها ضمن خطة الحكومة، فإن المجرمين استغلوا نقص عدد الأعوان."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "المجرمين استغلوا نقص عدد الأعوان", "ووفقا")
    ]


def test_fa_inna_past_an_apposition_of_the_source(pipeline: Pipeline) -> None:
    text = "وبحسب سامي الجلاصي، أحد المنظمين، فإن الأجواء كانت رائعة طيلة اليوم."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "الأجواء كانت رائعة طيلة اليوم", "وبحسب")]


def test_a_plan_with_a_description_is_no_source(pipeline: Pipeline) -> None:
    text = "وحسب الخطة، التي أعدتها الوزارة، فإن الأشغال ستنتهي في الصيف."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_impersonal_expected_is_no_report(pipeline: Pipeline) -> None:
    text = "وسجل معدل النمو نحو 2 بالمئة العام الماضي ويتوقع أن ينخفض خلال العام المقبل."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_expected_with_a_subject_still_reports(pipeline: Pipeline) -> None:
    text = "ويتوقع الخبراء أن تنخفض أسعار النفط خلال الأشهر المقبلة."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "تنخفض أسعار النفط خلال الأشهر المقبلة", "ويتوقع")
    ]


def test_considered_before_a_quoted_name_and_superlative_is_passive(pipeline: Pipeline) -> None:
    text = 'ويقترب الإعصار من السواحل ويعتبر "ماثيو" أول إعصار كبير يضرب المنطقة منذ سنوات.'
    assert kinds_contents_and_cues(pipeline, text) == []


def test_considering_with_its_subject_keeps_its_quote(pipeline: Pipeline) -> None:
    text = 'ويعتبر الوزير "الاتفاق خطوة أولى" نحو السلام.'
    assert kinds_contents_and_cues(pipeline, text) == [("direct", "الاتفاق خطوة أولى", "ويعتبر")]


def test_long_title_after_bi_unwan_is_a_name(pipeline: Pipeline) -> None:
    text = (
        'وأشارت الوكالة في تقريرها السنوي بعنوان "تحليل سنوي للتصنيف الائتماني للحكومة مع نظرة '
        'مستقرة على المدى المتوسط" إلى أن البلاد تتمتع ببنية تحتية جيدة.'
    )
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "البلاد تتمتع ببنية تحتية جيدة", "وأشارت")
    ]


def test_quote_after_a_titled_occasion_stays(pipeline: Pipeline) -> None:
    text = 'وقال الوزير في ندوة بعنوان الإصلاح الإداري: "سنبدأ التنفيذ قريبا".'
    assert kinds_contents_and_cues(pipeline, text) == [("direct", "سنبدأ التنفيذ قريبا", "وقال")]


def test_model_name_after_tiraz_is_no_quote(pipeline: Pipeline) -> None:
    text = 'ونقلت الوكالة عن القائد، الذي أشرف على اختبار صاروخ من طراز "موسودان"، قوله إن التجربة نجحت.'
    assert [q[1] for q in kinds_contents_and_cues(pipeline, text)] == ["التجربة نجحت"]


def test_compound_name_with_din_is_no_cue(pipeline: Pipeline) -> None:
    text = 'وأكدت الصحيفة أن الوزارة رحلت نصر الدين بن علي، الذي قالت "إنه خطط لهجمات".'
    assert [q[2] for q in kinds_contents_and_cues(pipeline, text)] == ["وأكدت", "قالت"]


def test_din_as_a_subject_after_a_complementizer_stays(pipeline: Pipeline) -> None:
    text = "وقال رئيس الحزب إن الدين لا علاقة له بالسياسة."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "الدين لا علاقة له بالسياسة", "وقال")]


def test_feminine_perfect_after_alladhi_reports(pipeline: Pipeline) -> None:
    text = "وأفرجت السلطات عن المتهم الذي قالت إنه بريء من التهم الموجهة إليه."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "بريء من التهم الموجهة إليه", "قالت")]


def test_impersonal_imperfect_after_alladhi_stays_dropped(pipeline: Pipeline) -> None:
    text = "وهذا هو الرقم الذي يتوقع أن يرتفع خلال السنة المقبلة."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_especially_that_governs_its_own_clause(pipeline: Pipeline) -> None:
    text = (
        "وأثارت الغارات حفيظة النواب الذين ينتقدون تقصير الحكومة في حماية البلاد، خاصة أن الملف لم يغلق بعد."
    )
    assert all(q[1] != "الملف لم يغلق بعد" for q in kinds_contents_and_cues(pipeline, text))


def test_bare_especially_after_the_subject_is_an_adverb(pipeline: Pipeline) -> None:
    text = "وأكد الوزير خاصة أن الحكومة ستدعم الفلاحين."
    assert [q[1] for q in kinds_contents_and_cues(pipeline, text)] == ["الحكومة ستدعم الفلاحين"]


def test_fi_ma_written_apart_opens_a_contrasting_report(pipeline: Pipeline) -> None:
    text = "وتقول الشرطة إنه كان على صلة بالمشتبه به في برلين في ما أكدت النيابة أن المذكرة تتعلق بحالات غش."
    assert [q[1] for q in kinds_contents_and_cues(pipeline, text)] == [
        "كان على صلة بالمشتبه به في برلين",
        "المذكرة تتعلق بحالات غش",
    ]


def test_fi_ma_with_a_resumptive_pronoun_is_in_what(pipeline: Pipeline) -> None:
    text = "وقال الوزير إنه يفكر في ما قاله الرئيس عن الإصلاح."
    assert [q[1] for q in kinds_contents_and_cues(pipeline, text)] == ["يفكر في ما قاله الرئيس عن الإصلاح"]


def test_informed_about_belongs_to_the_subject(pipeline: Pipeline) -> None:
    text = "وأكد مسؤول أمني مطلع على القضية، أن السلطات حددت هوية المشتبه به."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "السلطات حددت هوية المشتبه به", "وأكد")]


def test_informed_without_a_clause_leaves_the_complement(pipeline: Pipeline) -> None:
    text = "وأكد مصدر مطلع على أهمية الاتفاق."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "أهمية الاتفاق", "وأكد")]


def test_medium_of_an_occasion_of_speech_is_no_complement(pipeline: Pipeline) -> None:
    text = "وأكد المدير في مداخلة له على إذاعة الجوهرة اليوم أن عدد المحلات المشاركة ليس كبيرا."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "عدد المحلات المشاركة ليس كبيرا", "وأكد")]


def test_ala_complement_after_an_occasion_stays(pipeline: Pipeline) -> None:
    text = "وشدد الوزير في كلمته على أهمية الحوار بين الأطراف."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "أهمية الحوار بين الأطراف", "وشدد")]


def test_what_explains_is_a_fact(pipeline: Pipeline) -> None:
    text = "وتراجع نشاط الخلايا العصبية ما يفسر الإحساس بالتعب لدى المرضى."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_explaining_with_a_subject_reports(pipeline: Pipeline) -> None:
    text = "وفسر الوزير ذلك بارتفاع أسعار المواد الأولية."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "بارتفاع أسعار المواد الأولية", "وفسر")]


def test_verb_form_after_a_preposition_is_the_noun(pipeline: Pipeline) -> None:
    text = "وأغلقت المدارس أبوابها في المدينة مع توقع حصول فيضانات في المناطق الساحلية."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_the_verb_itself_still_reports(pipeline: Pipeline) -> None:
    text = "وتوقع الخبراء حصول فيضانات في المناطق الساحلية."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("nominal", "حصول فيضانات في المناطق الساحلية", "وتوقع")
    ]


def test_a_request_followed_is_no_source(pipeline: Pipeline) -> None:
    text = "ويلزم القانون الحكومة، وفقا لطلب رئيس لجنة المالية، بتقديم تقرير سنوي."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_the_head_of_a_committee_is_a_source(pipeline: Pipeline) -> None:
    text = "وارتفعت الأسعار بشكل كبير، وفقا لرئيس لجنة المالية."
    assert cues_and_speakers(pipeline, text) == [("وفقا", "رئيس لجنة المالية")]


def test_the_issuer_of_a_statement_is_the_source(pipeline: Pipeline) -> None:
    text = "وأطلق الزوجان على المولود اسم لويس، وفقا للبيان الصادر عن القصر، صباح الجمعة."
    assert cues_and_speakers(pipeline, text) == [("وفقا", "القصر")]


def test_as_it_seems_between_commas_stays_in_the_clause(pipeline: Pipeline) -> None:
    text = "وتضيف الشبكة أن الحملة، فيما يبدو، تستهدف الناس عبر خدمات متعددة."
    assert [q[1] for q in kinds_contents_and_cues(pipeline, text)] == [
        "الحملة، فيما يبدو، تستهدف الناس عبر خدمات متعددة"
    ]


def test_whereas_it_seems_ends_the_clause(pipeline: Pipeline) -> None:
    text = "وقال الوزير إن الأسعار ارتفعت، فيما يبدو أن الحكومة عاجزة عن التدخل."
    assert [q[1] for q in kinds_contents_and_cues(pipeline, text)] == ["الأسعار ارتفعت"]


def test_a_preposition_ending_a_cut_line_leaves_the_verb(pipeline: Pipeline) -> None:
    text = "فما الذي دار بينه وبين مراقبي الحركة الجوية في\nقال الوزير إن التحقيق سينتهي قريبا."
    assert [q[2] for q in kinds_contents_and_cues(pipeline, text)] == ["قال"]


def test_verbal_noun_after_fi_leaves_the_verb_its_quote(pipeline: Pipeline) -> None:
    text = 'وقال الوزير في رد على سؤال أحد الصحفيين: "لن نتراجع عن هذا القرار".'
    assert cues_and_speakers(pipeline, text) == [("وقال", "الوزير")]


def test_what_a_reply_answers_is_no_complement(pipeline: Pipeline) -> None:
    text = "وأكد الوزير، في رده على أسئلة النواب حول الميزانية، على أن المالية العمومية متوازنة."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "المالية العمومية متوازنة", "وأكد")]


def test_verbal_noun_after_maa_keeps_its_own_complement(pipeline: Pipeline) -> None:
    text = 'واتفقت الدول المنتجة على زيادة الإنتاج مع تعهد السعودية بزيادة "محسوبة" في الإمدادات.'
    assert ("nominal", 'بزيادة "محسوبة" في الإمدادات', "تعهد") in kinds_contents_and_cues(pipeline, text)
