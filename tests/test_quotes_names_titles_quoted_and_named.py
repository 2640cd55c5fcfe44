"""Quote round a141: names next to titles.

- "المحامية منى سعيد": a name written with alif maqsura (منى) normalises to the preposition with
  the pronoun ي ("مني", "from me"), which is never written with ى: the word is a name, and the
  title's holder is read through it, for the quote and for the later "المحامية".
- "محررة الشؤون السياسية"، "محرر": the editor's title, a head a name follows as it follows مراسل.
- "رئيس الوزراء اليوناني "أليكسيس تسيبراس" قال": a name in quote marks after a title (or after
  its seat, where the verb of saying or إن follows the marks) is the holder's, and the أل of a
  foreign given name written with hamza is no article.
- "وكالة الأنباء الرسمية الكورية الجنوبية يونهاب إن": the outlet's own name after its description.
- "امرأة تركية تُدعى X Y تقول إن": the name a naming verb gives right after the subject (تُدعى
  written with ى is "is called"; تدعي with ي is "claims").
"""

from __future__ import annotations

from quote_helpers import quotes_of, speaker_name_with, speaker_with


def test_name_in_alif_maqsura_after_a_title() -> None:
    text = "قالت المحامية منى سعيد إن الجلسة المقبلة ستعقد الشهر المقبل."
    assert speaker_name_with(text, "الجلسة المقبلة") == "منى سعيد"


def test_title_alone_later_points_back_to_the_maqsura_name() -> None:
    text = "\n".join(
        (
            "خضعت ليلى لعملية جراحية في المستشفى، وتؤكد التقارير الطبية خطورة حالتها.",
            "يقول زوج ليلى إن العائلة تنتظر التصريح منذ أشهر.",
            "تقول المحامية منى سعيد، التي تمثل عائلات المرضى، للصحفيين إن القضية ما تزال أمام"
            " المحكمة، وإنها طلبت منح المرضى الحق في العلاج،",
            "غير أن السلطات لا تعتبر العلاج حقا للمرضى، كما أكدت المحامية.",
            "وأضافت أن الجلسة المقبلة ستعقد الشهر المقبل.",
        )
    )
    quotes = quotes_of(text)
    by_content = {q.content.text[:12]: q.speaker_name for q in quotes}
    assert by_content["غير أن السلط"] == "منى سعيد"
    assert by_content["الجلسة المقب"] == "منى سعيد"


def test_preposition_with_pronoun_still_ends_a_name() -> None:
    # "مني" written with ي is "from me": no name word.
    text = "قال المدرب لي إن الفريق سيعود أقوى، وطلب مني الصبر."
    assert speaker_name_with(text, "الفريق سيعود") == "المدرب"


def test_editor_title_before_a_name() -> None:
    text = "وقالت محررة الشؤون الاقتصادية سارة وليامز إن الأسواق تترقب قرار البنك."
    assert speaker_name_with(text, "الأسواق تترقب") == "سارة وليامز"


def test_editor_title_with_name_set_off_by_commas() -> None:
    text = "وقال محرر الشؤون الدولية في الإذاعة، توم بيترز، إن المفاوضات متعثرة."
    assert speaker_name_with(text, "المفاوضات متعثرة") == "توم بيترز"


def test_quoted_foreign_name_with_hamza_after_a_fronted_title() -> None:
    text = 'لكن وزير الخارجية النمساوي "ألفريد شتاين" قال إن بلاده لن تطرد أي دبلوماسي.'
    assert speaker_with(text, "بلاده لن تطرد")[1] == "ألفريد شتاين"


def test_quoted_foreign_name_after_the_seat_of_a_post() -> None:
    text = 'وقال السفير الروسي في بريطانيا "ألكسي بوريسوف" إن بلاده لا تقبل ذلك.'
    assert speaker_name_with(text, "بلاده لا تقبل") == "ألكسي بوريسوف"


def test_words_in_marks_after_a_seat_and_a_verbal_noun_name_nobody() -> None:
    text = 'وفي المقابل، طالب وزير الداخلية في الحكومة المؤقتة بتقديم "أدلة دامغة".'
    assert speaker_name_with(text, "أدلة دامغة") == "وزير الداخلية"


def test_outlet_named_after_its_description() -> None:
    text = "وذكرت وكالة الأنباء الرسمية الماليزية برناما أن الحكومة ستعلن الميزانية غدا."
    assert speaker_name_with(text, "الحكومة ستعلن") == "وكالة الأنباء الرسمية الماليزية برناما"


def test_outlet_description_before_a_time_word_keeps_its_words() -> None:
    text = "وقالت وكالة الأنباء الرسمية الماليزية أمس إن الحكومة ستعلن الميزانية غدا."
    assert speaker_name_with(text, "الحكومة ستعلن") == "وكالة الأنباء الرسمية الماليزية"


def test_name_after_a_naming_verb_after_a_fronted_subject() -> None:
    text = "شاب مصري يدعى كريم فوزي يقول إنه فقد عمله بسبب الأزمة."
    assert speaker_name_with(text, "فقد عمله") == "كريم فوزي"


def test_claims_written_with_ya_names_nobody() -> None:
    # "تدعي" ("claims") is no "تُدعى" ("is called"): no name follows it.
    text = "وقالت الشركة إن منافستها تدعي أرباحا كبيرة لم تحققها."
    assert speaker_name_with(text, "منافستها") == "الشركة"
