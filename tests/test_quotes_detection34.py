"""Detection round 34 (census of 30 fresh Jawhara FM articles): relatives, name links, feminine verbs.

- "ما صرّح به الوزير "…"": with the relative as the complement (a pronoun of the cue's own
  preposition after the verb), a short pair of marks after the verb holds its subject, no quote.
- Inside quoted speech, إنْ "if" blocks a report only right before its verb: "وأن الحكومات تعترف
  بأنها …" is أنّ + subject + a verb that reports.
- A verb cue after بن/ابن/أبو is the second half of a name (صدري بن طالب), no cue.
- أنّ after غير/بيد ("however") is theirs, not the content of a cue further back.
- "…، على حد تعبيره، دون …": a pronoun source phrase in mid-sentence marks the words before it.
- A definite masculine verbal noun right after a feminine verb is its object (كما أعلنت التقدم …).
- حمّل X مسؤوليته: the needed noun may carry its owner's pronoun; "تحمل الحكومة مسؤوليتها" is borne.
- "واعتبرها الوزير خطوة هامة": the predicate after a title subject.
- "…، التي تؤكد أن": a relative set off by a comma after a named body reports.
- "وورد في رسالة X التي تلاها … إن": a relative clause on the text lengthens the phrase.
"""

from __future__ import annotations

from quote_helpers import kinds_contents_and_cues

from qawl.pipeline import Pipeline


def test_marks_after_a_resumed_relative_hold_the_subject(pipeline: Pipeline) -> None:
    text = 'واعتبر المدير أن ما صرّحت به السبت " جمعية القضاة الشبان"، من غلق القسم، لا أساس له من الصحة.'
    found = kinds_contents_and_cues(pipeline, text)
    assert [q[2] for q in found] == ["واعتبر"]


def test_what_clause_with_a_resumed_complement_is_the_object(pipeline: Pipeline) -> None:
    text = "ونفى المدير ما صرّحت به النقابة من غلق قسم الاستعجالي بالمستشفى."
    found = kinds_contents_and_cues(pipeline, text)
    assert found == [("nominal", "ما صرّحت به النقابة من غلق قسم الاستعجالي بالمستشفى", "ونفى")]


def test_marks_after_a_verb_without_relative_still_open_a_quote(pipeline: Pipeline) -> None:
    text = 'وصرّح به أمس " نقابة الأطباء تطالب بغلق القسم فورا وبلا تأخير".'
    found = kinds_contents_and_cues(pipeline, text)
    assert ("direct", "نقابة الأطباء تطالب بغلق القسم فورا وبلا تأخير", "وصرّح") in found


def test_report_after_anna_and_subject_inside_quoted_speech(pipeline: Pipeline) -> None:
    text = 'وقال الخبير: "الجفاف يتفاقم وأن المزارعين يؤكدون بأنهم خسروا نصف المحصول هذا العام".'
    found = kinds_contents_and_cues(pipeline, text)
    assert ("indirect", "خسروا نصف المحصول هذا العام", "يؤكدون") in found


def test_hypothetical_in_right_before_a_verb_inside_quoted_speech(pipeline: Pipeline) -> None:
    text = 'وقال الخبير: "إن قالت الوزارة إنها سترفع الأسعار فسيحتج المزارعون في كل الجهات".'
    found = kinds_contents_and_cues(pipeline, text)
    assert [q[2] for q in found] == ["وقال"]


def test_verb_after_bin_is_part_of_a_name(pipeline: Pipeline) -> None:
    text = "وأكد منير بن طالب أن المشروع سينطلق الشهر المقبل في ثلاث ولايات."
    found = kinds_contents_and_cues(pipeline, text)
    assert [(q[1], q[2]) for q in found] == [("المشروع سينطلق الشهر المقبل في ثلاث ولايات", "وأكد")]


def test_verb_after_a_plain_noun_is_still_a_cue(pipeline: Pipeline) -> None:
    text = "وكان منير بن سالم قد طالب بالزيادة في المنح الجامعية."
    found = kinds_contents_and_cues(pipeline, text)
    assert ("nominal", "بالزيادة في المنح الجامعية", "طالب") in found


def test_ghayr_anna_is_no_content_of_an_earlier_cue(pipeline: Pipeline) -> None:
    text = "وقال الوزير إن التعاون بين المدارس تراجع، غير أنّ الوزارة تسعى إلى دعمه."
    found = kinds_contents_and_cues(pipeline, text)
    assert [q[2] for q in found] == ["وقال"]


def test_bayna_with_its_own_anna_still_reports(pipeline: Pipeline) -> None:
    text = "وبيّن الوزير في تصريح إذاعي أنّ الوزارة تسعى إلى دعم المدارس."
    found = kinds_contents_and_cues(pipeline, text)
    assert ("indirect", "الوزارة تسعى إلى دعم المدارس", "وبيّن") in found


def test_pronoun_source_phrase_in_mid_sentence_attributes_no_following_clause(pipeline: Pipeline) -> None:
    text = "وطالب النائب بمراجعة قانون الجمعيات، على حد تعبيره، دون تقديم أي مقترح بديل."
    found = kinds_contents_and_cues(pipeline, text)
    assert [q for q in found if q[2] == "على حد"] == []


def test_pronoun_source_phrase_at_sentence_end_still_attributes(pipeline: Pipeline) -> None:
    text = "تراجعت نسبة البطالة في الجهة خلال الثلاثية الأولى، على حد تعبيره."
    found = kinds_contents_and_cues(pipeline, text)
    assert ("indirect", "تراجعت نسبة البطالة في الجهة خلال الثلاثية الأولى", "على حد") in found


def test_definite_masculine_verbal_noun_after_feminine_verb_is_the_object(pipeline: Pipeline) -> None:
    text = "كما أعلنت أيضا الانسحاب من المفاوضات الجارية مع الحكومة."
    found = kinds_contents_and_cues(pipeline, text)
    assert found == [("nominal", "الانسحاب من المفاوضات الجارية مع الحكومة", "أعلنت")]


def test_feminine_noun_after_feminine_verb_stays_a_subject(pipeline: Pipeline) -> None:
    text = "وأعلنت المنظمة الدولية أن المساعدات ستصل الأسبوع المقبل."
    found = kinds_contents_and_cues(pipeline, text)
    assert found == [("indirect", "المساعدات ستصل الأسبوع المقبل", "وأعلنت")]


def test_held_responsible_with_owned_noun(pipeline: Pipeline) -> None:
    text = "وحمّلت الجامعة الوزارة مسؤوليتها الكاملة في تأخر صرف المنح."
    found = kinds_contents_and_cues(pipeline, text)
    assert found == [("nominal", "مسؤوليتها الكاملة في تأخر صرف المنح", "وحمّلت")]


def test_bearing_ones_own_responsibility_is_no_report(pipeline: Pipeline) -> None:
    text = "وتحمل البلدية مسؤوليتها في تنظيف الأحياء الشعبية."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_predicate_after_a_title_subject_of_a_pronoun_object(pipeline: Pipeline) -> None:
    text = "واعتبرها الوزير خطوة هامة نحو إصلاح المنظومة."
    found = kinds_contents_and_cues(pipeline, text)
    assert [(q[0], q[1]) for q in found] == [("nominal", "خطوة هامة نحو إصلاح المنظومة")]


def test_name_after_a_title_subject_is_no_predicate(pipeline: Pipeline) -> None:
    text = "واعتبرها الوزير رضا بن مصباح في اجتماع الحكومة."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_relative_after_comma_describing_a_body_reports(pipeline: Pipeline) -> None:
    text = "وهو ما ترفضه النقابة الجهوية، التي تؤكد أن الإضراب سيتواصل إلى حين الاستجابة لمطالبها."
    found = kinds_contents_and_cues(pipeline, text)
    assert ("indirect", "الإضراب سيتواصل إلى حين الاستجابة لمطالبها", "تؤكد") in found


def test_relative_pointing_verb_after_comma_stays_silent(pipeline: Pipeline) -> None:
    text = "وارتفعت الأسعار في الأسواق، التي تشير إلى أن الموسم سيكون صعبا."
    found = kinds_contents_and_cues(pipeline, text)
    assert [q for q in found if q[2] == "تشير"] == []


def test_came_in_text_with_a_relative_clause(pipeline: Pipeline) -> None:
    text = (
        "وورد في رسالة الجمعية التي قرأها رئيسها منير الحامدي أمام الصحفيين في ندوة الخميس أن "
        "الهيئة ستقاطع الانتخابات."
    )
    found = kinds_contents_and_cues(pipeline, text)
    assert ("indirect", "الهيئة ستقاطع الانتخابات", "وورد") in found


def test_came_in_text_whose_relative_verb_reports_itself(pipeline: Pipeline) -> None:
    text = "وجاء في الرسالة التي أكد فيها رئيس الجمعية منير الحامدي أن الهيئة ستقاطع الانتخابات."
    found = kinds_contents_and_cues(pipeline, text)
    assert [q[2] for q in found] == ["أكد"]
