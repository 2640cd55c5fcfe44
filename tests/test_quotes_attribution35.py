"""Attribution round 35: what makes a word a name after a title, and whom "the spokesman" means.

- A body has no personal name: after "المتحدث باسم الوكالة X" the name is the spokesman's.
- A ل-phrase in construct right after a title chain is the office's domain, not a name.
- A word in -يا set off by commas with another article-less word is a given name, not an adverb.
- A family name in ب/ل/ك (بارلي، لودريان) after a given name spelt like a place is no clitic phrase.
- A derived participle in the accusative (معتذرا، متحدثا) after a name or title is its circumstance.
- "لبي بي سي": a short outlet after a name is whom the source spoke to.
- Once the story has named a spokesman, a bare "المتحدث" is that spokesman, not whoever spoke last.
- "بيان X": an indefinite statement noun governing a name the document writes elsewhere names its issuer.
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def test_spokesman_of_a_body_keeps_his_name(pipeline: Pipeline) -> None:
    text = "وقال المتحدث باسم الوكالة الحكومية كارلوس ميندوزا إن فرق الإنقاذ وصلت إلى القرى المعزولة."
    assert speakers_and_names(pipeline, text)[0][1] == "كارلوس ميندوزا"


def test_spokesman_of_a_person_look_alike(pipeline: Pipeline) -> None:
    text = "وقال المتحدث باسم الرئيس الفرنسي إيمانويل ماكرون إن القمة ستعقد في موعدها."
    assert speakers_and_names(pipeline, text)[0][1] == "المتحدث باسم الرئيس الفرنسي"


def test_li_domain_after_title_then_name(pipeline: Pipeline) -> None:
    text = "وقال المتحدث باسم الوكالة الوطنية لإدارة الأزمات، كارلوس ميندوزا، إن عدد المفقودين ارتفع."
    assert speakers_and_names(pipeline, text)[0][1] == "كارلوس ميندوزا"


def test_given_name_in_ya_set_off_by_commas(pipeline: Pipeline) -> None:
    text = (
        "زار وفد من إيران مقر الهيئة الأسبوع الماضي. وقال المدير العام للهيئة، يوكيا تاناكا ، إن "
        'المفتشين "لم يجدوا أي خرق" للاتفاق.'
    )
    assert ("يوكيا تاناكا", "يوكيا تاناكا") in speakers_and_names(pipeline, text)


def test_adverb_in_ya_look_alike(pipeline: Pipeline) -> None:
    text = "زار وفد من إيران مقر الهيئة. وأعلن المدير العام للهيئة رسميا أن المفتشين لم يجدوا أي خرق."
    assert speakers_and_names(pipeline, text)[0][1] == "المدير العام للهيئة"


def test_family_name_in_ba_after_place_like_given_name(pipeline: Pipeline) -> None:
    text = "وقالت وزيرة الثقافة الفرنسية فلورانس بيرنار إن المتحف سيفتح أبوابه من جديد."
    assert speakers_and_names(pipeline, text)[0][1] == "فلورانس بيرنار"


def test_accusative_participle_after_title_is_no_name(pipeline: Pipeline) -> None:
    text = (
        "وقال الطبيب حسن الورتاني إن المريض نقل إلى المستشفى متأخرا. وتابع الطبيب مستغربا من تأخر "
        "سيارة الإسعاف، ومؤكدا أن الحالة كانت حرجة."
    )
    assert speakers_and_names(pipeline, text)[-1][1] == "حسن الورتاني"


def test_accusative_participle_after_name(pipeline: Pipeline) -> None:
    text = "وأضاف غوميز متحدثا في برنامج إذاعي صباح الأحد، أن الحكومة ستراجع الميزانية."
    assert speakers_and_names(pipeline, text)[0][0] == "غوميز"


def test_accusative_title_as_subject_look_alike(pipeline: Pipeline) -> None:
    text = "لكن متحدثا باسم الجيش نفى ذلك في وقت لاحق، قائلا إن القوات لم تنسحب."
    assert speakers_and_names(pipeline, text)[0][0] == "متحدثا باسم الجيش"


def test_short_outlet_after_name_is_addressee(pipeline: Pipeline) -> None:
    text = 'وقال هاموند لبي بي سي "لن نتراجع عن هذا القرار".'
    assert speakers_and_names(pipeline, text)[0][0] == "هاموند"


def test_bare_spokesman_points_back_to_the_named_one(pipeline: Pipeline) -> None:
    text = (
        "دعت كندا إلى الهدوء، بحسب ما صرح المتحدث باسم رئيس الوزراء للصحافيين. وطالب ديفيد موريسون "
        'وزير الدولة للشؤون الخارجية عبر تويتر "بوقف فوري للعنف". وأضاف المتحدث أن "الحكومة تتابع '
        'الوضع عن كثب".'
    )
    assert speakers_and_names(pipeline, text)[-1] == ("المتحدث", "المتحدث باسم رئيس الوزراء")


def test_spokesman_named_before_his_title_look_alike(pipeline: Pipeline) -> None:
    text = (
        "وقال ستيفان لامبير المتحدث باسم المنظمة إن التقرير نشر دون تشاور. وقال المتحدث للصحفيين "
        '"هذا ليس بسبب المحتوى".'
    )
    assert speakers_and_names(pipeline, text)[-1][1] == "ستيفان لامبير"


def test_participle_shaped_given_name_look_alike(pipeline: Pipeline) -> None:
    text = "وقالت مرغريتا سيمونيان رئيسة تحرير القناة إن الدعوى ستقدم الأسبوع المقبل."
    assert speakers_and_names(pipeline, text)[0][1] == "مرغريتا سيمونيان"


def test_bare_spokesman_without_named_one_look_alike(pipeline: Pipeline) -> None:
    text = 'وطالب ديفيد موريسون عبر تويتر "بوقف فوري للعنف". وأضاف المتحدث أن "الحكومة تتابع الوضع".'
    assert speakers_and_names(pipeline, text)[-1][1] == "ديفيد موريسون"


def test_statement_noun_governing_a_name(pipeline: Pipeline) -> None:
    text = (
        'ونفت وكالة الأنباء الرسمية "وفا" الاتهامات. وذكرت الخارجية الأمريكية في بيان أن "الأدلة واضحة". '
        'وأضاف بيان وفا أن "هذه الاتهامات مفبركة".'
    )
    assert speakers_and_names(pipeline, text)[-1][1] == "وفا"


def test_statement_noun_with_participle_look_alike(pipeline: Pipeline) -> None:
    text = 'وذكرت الخارجية الأمريكية في بيان أن "الأدلة واضحة". وأضاف بيان صادر أن "الاتهامات مفبركة".'
    assert speakers_and_names(pipeline, text)[-1][1] == "الخارجية الأمريكية"
