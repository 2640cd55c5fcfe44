"""Quote stage, twenty-third round of detection on issue 19: nominal quotes of a verbal noun with
its owner's pronoun. The complement right after the noun (مطالبته بـ …، دعوته إلى …) is its
content even when a complementizer follows further on, and إنّ (hamza below) ends a noun phrase:
it opens the clause that the verb of saying around the noun governs.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ------------------------------------------------ the complement right after a possessed noun


def test_a_possessed_noun_keeps_its_own_complement_before_the_verbs_clause() -> None:
    text = "وقال الوزير عقب مطالبته بتخفيض أسعار الوقود إن الحكومة ستراجع الميزانية."
    quotes = quotes_of(text)
    demand = quote_with(quotes, "الوقود")
    assert demand.cue.text == "مطالبته"
    assert demand.kind == "nominal"
    assert demand.content.text == "بتخفيض أسعار الوقود"
    said = quote_with(quotes, "الميزانية")
    assert said.cue.text == "وقال"
    assert said.content.text == "الحكومة ستراجع الميزانية"


def test_a_preposition_that_opens_the_complementizer_still_gives_a_clause() -> None:
    # "تأكيده على أن": the complementizer right after the preposition is the noun's own content.
    quote = quote_with(quotes_of("وجدد الوزير تأكيده على أن الحكومة ستراجع الميزانية."), "الميزانية")
    assert quote.kind == "indirect"
    assert quote.content.text == "الحكومة ستراجع الميزانية"


def test_a_possessed_noun_with_an_addressee_still_takes_the_complementizer() -> None:
    # للصحفيين is no complement of تصريحاته: the content is the clause after بأن.
    text = "وأثارت تصريحاته للصحفيين بأن الحكومة ستراجع الميزانية جدلا واسعا."
    quote = quote_with(quotes_of(text), "الميزانية")
    assert quote.cue.text == "تصريحاته"
    assert quote.kind == "indirect"


# ------------------------------------------------------------- إنّ ends a noun phrase


def test_inna_ends_a_nominal_complement() -> None:
    text = "وقال النائب مطالبا بفتح تحقيق في الصفقة إن المال العام أهدر."
    quote = quote_with(quotes_of(text), "تحقيق")
    assert quote.kind == "nominal"
    assert quote.content.text == "بفتح تحقيق في الصفقة"


def test_anna_inside_a_noun_phrase_does_not_end_it() -> None:
    quote = quote_with(quotes_of("وطالب النائب بضرورة أن تفتح النيابة تحقيقا في الصفقة."), "الصفقة")
    assert quote.content.text == "بضرورة أن تفتح النيابة تحقيقا في الصفقة"


def test_conditional_in_does_not_end_a_noun_phrase() -> None:
    quote = quote_with(quotes_of("وحذر النائب من احتجاجات واسعة إن لم تتراجع الحكومة عن القرار."), "احتجاجات")
    assert quote.content.text == "احتجاجات واسعة إن لم تتراجع الحكومة عن القرار"


def test_inna_of_a_verb_of_saying_inside_the_phrase_stays_in_it() -> None:
    # قال inside the noun phrase governs the إن after it: the phrase goes on, with its own quote.
    text = "وأعلن مصدر عسكري مقتل خمسة جنود بأيدي مسلحين قال إنهم ينتمون إلى جماعة متطرفة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "مقتل").content.text.endswith("ينتمون إلى جماعة متطرفة")
    assert [q.content.text for q in quotes if q.cue.text == "قال"] == ["ينتمون إلى جماعة متطرفة"]


def test_inna_after_a_noun_of_saying_inside_the_phrase_stays_in_it() -> None:
    quote = quote_with(quotes_of("وشدد الوزير على القول من جديد إن الحكومة لن تتراجع."), "القول")
    assert quote.content.text.endswith("إن الحكومة لن تتراجع")


# ------------------------------------------------- بعثة "mission": its ب is a root letter


def test_a_mission_as_subject_is_no_bi_complement() -> None:
    quote = quote_with(
        quotes_of("وصرحت بعثة الاتحاد الأوروبي في بيان إن المراقبين وصلوا إلى المدينة."), "المراقبين"
    )
    assert quote.kind == "indirect"
    assert quote.content.text == "المراقبين وصلوا إلى المدينة"


def test_a_bi_complement_of_sending_is_still_one() -> None:
    quote = quote_with(quotes_of("وطالب الوزير ببعث لجنة تحقيق مستقلة في الحادثة."), "لجنة")
    assert quote.kind == "nominal"
    assert quote.content.text == "ببعث لجنة تحقيق مستقلة في الحادثة"


def test_conditional_in_before_a_verb_does_not_end_a_noun_phrase() -> None:
    text = "وقال النائب مطالبا بفتح تحقيق يشمل كل المسؤولين إن تطلب الأمر ذلك."
    quote = quote_with(quotes_of(text), "تحقيق")
    assert quote.content.text.endswith("إن تطلب الأمر ذلك")
