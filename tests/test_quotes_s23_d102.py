"""Session 23, d102: where indirect content ends at "، لكن" (issue 19, items 2 and 5). Every
sentence is written for the test."""

from __future__ import annotations

from quote_helpers import quote_fields_with_cue

# --- "، لكن …" with no report of its own goes on with the reported clause --------------------


def test_but_clause_without_a_report_goes_on() -> None:
    text = "وقال المهندس إن الجسر القديم تضرر في العاصفة، لكن السيارات ما زالت تمر فوقه ببطء."
    found = quote_fields_with_cue(text, "وقال")
    assert len(found) == 1
    assert found[0][1].endswith("لكن السيارات ما زالت تمر فوقه ببطء")


def test_but_with_pronoun_and_no_report_goes_on() -> None:
    text = "وأوضحت الشركة أن المصنع توقف عن العمل أسبوعين، لكنه سيعود إلى الإنتاج الشهر المقبل."
    found = quote_fields_with_cue(text, "وأوضحت")
    assert len(found) == 1
    assert found[0][1].endswith("لكنه سيعود إلى الإنتاج الشهر المقبل")


def test_but_clause_with_a_verb_of_saying_still_ends() -> None:
    text = "وقال المدرب إن الفريق لعب جيدا في الشوط الأول، لكن الحكم نفى وجود أي خطأ في المباراة."
    found = quote_fields_with_cue(text, "وقال")
    assert found
    assert found[0][1].endswith("في الشوط الأول")


def test_but_clause_that_checks_the_report_still_ends() -> None:
    text = "وقالت الجماعة إن مقاتليها أسقطوا طائرة مسيرة قرب الحدود، لكن لم يتسن التحقق من ذلك بشكل مستقل."
    found = quote_fields_with_cue(text, "وقالت")
    assert len(found) == 1
    assert found[0][1].endswith("قرب الحدود")


def test_but_after_a_noun_phrase_still_ends() -> None:
    text = "وأعلن الوزير رفضه للقرار الجديد، لكن الحكومة ماضية في تطبيقه."
    for q in quote_fields_with_cue(text, "وأعلن"):
        assert "ماضية" not in q[1]


def test_but_what_the_report_left_out_still_ends() -> None:
    text = "وقالت الشرطة إن عشرة أشخاص أصيبوا في الحادث، لكنها لم تحدد أعمارهم."
    found = quote_fields_with_cue(text, "وقالت")
    assert len(found) == 1
    assert found[0][1].endswith("أصيبوا في الحادث")


def test_but_the_truth_is_still_ends() -> None:
    text = "ويعتقد المشجعون أن الفريق سيفوز باللقب بسهولة، لكن الحقيقة أن المنافسة صعبة هذا الموسم."
    found = quote_fields_with_cue(text, "ويعتقد")
    assert len(found) == 1
    assert found[0][1].endswith("باللقب بسهولة")


def test_but_after_a_past_belief_still_ends() -> None:
    # كنا نعتقد "we used to think": the "but" clause corrects the belief, it is no part of it.
    text = 'وقالت المعلمة للصحفيين: "كنا نعتقد أن المدرسة ستفتح أبوابها قريبا، لكن الأعمال ما زالت متوقفة".'
    found = quote_fields_with_cue(text, "نعتقد")
    assert len(found) == 1
    assert found[0][1] == "المدرسة ستفتح أبوابها قريبا"
