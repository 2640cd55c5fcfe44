"""Quote round a130: a text given instead of its issuer, named by who wrote it.

- A definite text with a relative clause set off by commas ("التحقيق، الذي أجرته لجنة …، أن")
  is that maker's, and the same definite text named again later is the same maker's.
- An issuer in ل after a verb of making or من/عن is the issuer's own word (لجنة), no ل-phrase.
- A person's name under ل after an authored text (بيان، إعلان، دراسة، مقال) is its author;
  after a letter (رسالة) it is whom it was sent to.
- An indefinite body that the document names elsewhere with the article ("هيئة محلفين كبرى" …
  "هيئة المحلفين الكبرى") is named as the document names it there.
- An account or page that bears a name in quote marks ("حساب يحمل اسم "X"") is named by it.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_relative_clause_set_off_by_commas_names_the_maker() -> None:
    text = "ووجد التحقيق، الذي أجرته لجنة برلمانية خاصة، أن المئات تعرضوا للإهمال في المستشفيات."
    assert quote_with(quotes_of(text), "المئات").speaker_name == "لجنة برلمانية خاصة"


def test_the_same_definite_text_again_is_the_same_makers() -> None:
    text = (
        "ووجد التحقيق، الذي أجرته لجنة برلمانية خاصة، أن المئات تعرضوا للإهمال في المستشفيات. "
        "ويقول المسؤولون إن التحقيق وجد أن الإدارة أخفت الأرقام."
    )
    said = [q for q in quotes_of(text) if q.content.text.startswith("الإدارة أخفت")]
    assert [q.speaker_name for q in said] == ["لجنة برلمانية خاصة"]


def test_a_person_under_li_after_a_declaration_is_its_author() -> None:
    text = 'وأشار الكاتب إلى فقرة من البيان الختامي لكارل شميدت جاء فيها أن "العمال سيحسمون المعركة".'
    said = [q for q in quotes_of(text) if q.cue.text == "جاء"]
    assert [q.speaker_name for q in said] == ["كارل شميدت"]


def test_a_person_under_li_after_a_letter_is_not_its_author() -> None:
    text = 'ونشرت الصحيفة رسالة لجون ميلر جاء فيها أن "الحكومة ستسقط قريبا".'
    said = [q for q in quotes_of(text) if q.cue.text == "جاء"]
    assert said and all(q.speaker_name != "جون ميلر" for q in said)


def test_an_indefinite_body_is_named_as_the_document_names_it_with_the_article() -> None:
    text = (
        "ووجد التحقيق، الذي أجرته هيئة محلفين كبرى، أن المئات تعرضوا للإهمال. "
        "وعقدت هيئة المحلفين الكبرى في ولاية أوهايو جلسات مع عشرات الشهود."
    )
    assert quote_with(quotes_of(text), "المئات").speaker_name == "هيئة المحلفين الكبرى"


def test_an_account_bearing_a_name_in_marks_is_named_by_it() -> None:
    text = (
        'وأكد حساب يحمل اسم "أحرار الوطن" على تويتر نبأ اعتقاله، وقال في تغريدة إن الناشط نقل إلى سجن مجهول.'
    )
    said = [q for q in quotes_of(text) if q.cue.text == "وأكد"]
    assert [q.speaker_name for q in said] == ["أحرار الوطن"]


def test_an_issuer_opening_with_lam_after_a_making_verb_keeps_its_lam() -> None:
    text = "وكشف التقرير الذي أعدته لجنة تقصي الحقائق أن الشرطة استخدمت القوة المفرطة."
    assert quote_with(quotes_of(text), "الشرطة").speaker_name == "لجنة تقصي الحقائق"


def test_an_issuer_opening_with_lam_after_an_keeps_its_lam() -> None:
    text = "وأكد بيان صادر عن لجنة المتابعة أن الإضراب مستمر."
    assert quote_with(quotes_of(text), "الإضراب").speaker_name == "لجنة المتابعة"


def test_a_set_off_relative_clause_with_more_than_its_subject_names_no_maker() -> None:
    text = "وأكد التقرير، الذي قدمه الفريق لمجلس الأمن نهاية الشهر الماضي، أن المسلحين يجمعون الضرائب."
    assert "مجلس" not in quote_with(quotes_of(text), "المسلحين").speaker_name


def test_an_anonymous_maker_of_the_same_text_leaves_its_earlier_naming() -> None:
    text = (
        "ذكر تقرير للأمم المتحدة أن الأمن يتدهور في الشمال. وجاء في التقرير الذي أعده خبراء من الأمم "
        "المتحدة أن الجماعات المسلحة تتوسع. وقال التقرير إن الوضع الإنساني لا يزال متفجرا."
    )
    assert quote_with(quotes_of(text), "الإنساني").speaker_name == "الأمم المتحدة"


def test_a_body_under_li_keeps_its_whole_name() -> None:
    text = "وقال تقرير لمركز الرصد للمساعدة القانونية، إن السلطات هدمت عشرات المنازل."
    assert quote_with(quotes_of(text), "السلطات").speaker_name == "مركز الرصد للمساعدة القانونية"
