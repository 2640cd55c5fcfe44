"""Quote round a126: the author a statement phrase names inside it.

- A title under لـ after a text noun, then its holder's name ("تصريحات للرئيس X هدد فيها"،
  "تصريحات لرئيس الوزراء X جاء فيها"، "تصريحا للمدرب الوطني، X، يؤكد فيه"): the holder.
- Plural texts and a body's toll name their issuer like a single text ("دراسات سابقة أجرتها
  الوزارة"، "حصيلة سابقة للمرصد").
- A statement a body published is its own ("بيانا نشرته الجمعية وقالت فيه"); an outlet only
  passes one on.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_definite_title_under_li_names_its_holder() -> None:
    text = (
        "زار وزير الخارجية فادي الحمصي مدينة حلب أمس. وجاءت الزيارة غداة تصريحات للرئيس سامر "
        "الخطيب هدد فيها باستخدام القوة لاستعادة المناطق الشمالية."
    )
    assert quote_with(quotes_of(text), "باستخدام القوة").speaker_name == "سامر الخطيب"


def test_an_indefinite_title_under_li_names_its_holder_in_came_in_it() -> None:
    text = (
        'وفي عام 1961، نشرت الصحف تصريحات لرئيس الوزراء البولندي ماريك كوفالسكي جاء فيها: "سنبني '
        'مصانع في كل قرية" أمام حشد من العمال.'
    )
    assert quote_with(quotes_of(text), "سنبني مصانع").speaker_name == "ماريك كوفالسكي"


def test_a_holder_set_off_by_commas_after_the_title() -> None:
    text = "سمعنا الأسبوع الماضي تصريحا للمدرب الوطني، نبيل بوعزة، يؤكد فيه ضرورة إجراء معسكر شهري للاعبين."
    assert quote_with(quotes_of(text), "معسكر شهري").speaker_name == "نبيل بوعزة"


def test_a_body_head_under_li_is_no_title_before_a_holder() -> None:
    # Guard: وكالة heads a body's name, and an article opens no holder's name: the words
    # after it are the agency's description (either guard alone keeps it).
    text = 'وتوقع تقرير لوكالة "بلومبيرغ" الأميركية المتخصصة بالأخبار أن ترتفع الاستثمارات.'
    assert quote_with(quotes_of(text), "ترتفع الاستثمارات").speaker_name == "وكالة بلومبيرغ"


def test_a_preposition_after_the_title_is_no_holder() -> None:
    # Guard: "المعني باليمن" is the team's description, not a name.
    text = "كشف التقرير النهائي للفريق الأممي المعني باليمن عن مصادر إيرادات الميليشيات."
    assert quote_with(quotes_of(text), "مصادر إيرادات").speaker_name != "باليمن"


def test_plural_studies_name_their_maker() -> None:
    text = (
        "وانخفض منسوب النهر إلى النصف. وكانت دراسات سابقة أجرتها وزارة الزراعة الأردنية، حذرت من "
        "انخفاض حصة البلاد من المياه."
    )
    assert quote_with(quotes_of(text), "حصة البلاد").speaker_name == "وزارة الزراعة الأردنية"


def test_an_earlier_toll_names_its_body() -> None:
    text = "وكانت حصيلة سابقة للمرصد الوطني لحقوق الإنسان قد أفادت بمقتل 12 مدنيا في القصف."
    assert quote_with(quotes_of(text), "بمقتل 12").speaker_name == "المرصد الوطني لحقوق الإنسان"


def test_a_statement_a_body_published_is_its_own() -> None:
    text = (
        "وتسلم السفير صورة من جمعية الإخاء في القدس. ونقلت وسائل الإعلام المحلية بيانا نشرته "
        'الجمعية وقالت فيه إن "أحد موظفيها تصرف بمبادرته الخاصة".'
    )
    assert quote_with(quotes_of(text), "بمبادرته الخاصة").speaker_name == "جمعية الإخاء"


def test_a_statement_in_which_the_speaker_spoke_keeps_the_speaker() -> None:
    # Guard: after في the statement is the cue's subject's, whoever published it; "البيان"
    # later still names that subject.
    text = (
        "وقالت منظمة الصحة العالمية في بيان صحفي نشره مركز الإعلام التابع للأمم المتحدة اليوم إن "
        "المضادات الحيوية تفقد فعاليتها. وأضاف البيان أن الحملة تستمر أسبوعا."
    )
    assert quote_with(quotes_of(text), "تستمر أسبوعا").speaker_name == "منظمة الصحة العالمية"


def test_a_body_head_with_its_name_in_marks_is_the_nearest_naming() -> None:
    text = (
        'وزار السفير جمعية خيرية في حيفا. وطالبت السفارة باعتذار من جمعية "الإخاء" التي قدم مسؤول '
        'فيها الصورة. وقالت الجمعية إن "أحد موظفيها تصرف بمبادرته".'
    )
    assert quote_with(quotes_of(text), "تصرف بمبادرته").speaker_name == "جمعية الإخاء"
