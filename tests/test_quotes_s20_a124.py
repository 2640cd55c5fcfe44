"""Quote round a124: the name a title, description or written source stands for.

- A text brought in as the object of a verb of issuing ("أصدرت X تقريرا") is X's: "قال
  التقرير" later names X.
- A name set off by commas after the source of وفقا/بحسب is the title's holder.
- A description followed by a name set off by two commas is that person's: a later definite
  reference to the description ("العالم") names the person.
- A name right after a definite unnamed-source noun ("المسؤول الحكومي X Y إن") is the person's.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention


def test_a_report_issued_by_the_subject_is_the_subjects() -> None:
    text = (
        "أصدرت هيئة الرقابة المالية في ولاية كارولينا تقريرا يفصل المخالفات في البنوك المحلية. "
        'وقال التقرير إن "المخالفات تضاعفت خلال عامين".'
    )
    assert quote_with(quotes_of(text), "المخالفات تضاعفت").speaker_name == "هيئة الرقابة المالية"


def test_a_report_after_an_adverb_is_not_read_as_issued_by_the_subject() -> None:
    # Another word between the subject and the report: no whole subject, the report stays.
    text = (
        "أصدرت الهيئة أمس بعد ظهر الاثنين في مؤتمر طويل تقريرا يفصل المخالفات. "
        'وقال التقرير إن "المخالفات تضاعفت خلال عامين".'
    )
    assert quote_with(quotes_of(text), "المخالفات تضاعفت").speaker_name == "التقرير"


def test_a_name_set_off_after_the_source_of_wafqan_is_the_holder() -> None:
    text = "ووفقا لمحاميه، كريم بوعلاق، فإن موكله لم يرتكب أي مخالفة."
    assert quote_with(quotes_of(text), "موكله").speaker_name == "كريم بوعلاق"


def test_a_name_written_with_alif_madda_is_no_pronoun() -> None:
    text = "ووفقا لطبيبها، آنا ميلوفا، فإن إصابة اللاعبة ليست خطيرة."
    assert quote_with(quotes_of(text), "اللاعبة").speaker_name == "آنا ميلوفا"


def test_a_definite_reference_to_a_description_names_the_person_set_off_after_it() -> None:
    text = (
        "وحين وصل عالم الآثار البريطاني، هارولد كينسلي، إلى الموقع عام 1910، لم يجد شيئا. "
        'وقد قال العالم الذي قاد البعثة إن الموقع "نهب قبل قرون".'
    )
    assert quote_with(quotes_of(text), "نهب").speaker_name == "هارولد كينسلي"


def test_a_spokesman_of_a_body_is_not_the_name_set_off_after_the_body() -> None:
    # The name after "رئاسة البلاد" is the spokesman's: "الرئاسة" is the body, not him.
    text = (
        "أكد المتحدث باسم رئاسة البلاد، مارتن روسي، أن الحكومة ستعمل بسرعة. "
        "وفي رسالة إلى الصحافيين طالبت الرئاسة بمعاقبة المتهم فورا."
    )
    assert quote_with(quotes_of(text), "بمعاقبة").speaker_name != "مارتن روسي"


def test_a_spokesman_of_a_person_is_not_the_person_set_off_after_the_post() -> None:
    text = (
        "وقال متحدث باسم رئيسة الوزراء الكندية، ليندا ماكاي، إن الحكومة تدرس الرد. "
        "وقال المتحدث الكندي إن القرار سيصدر قريبا."
    )
    assert quote_with(quotes_of(text), "القرار سيصدر").speaker_name != "ليندا ماكاي"


def test_a_name_after_a_definite_unnamed_source_noun_is_the_persons() -> None:
    text = "وقال المسؤول الحكومي راجيف ناندا إن الفيضانات دمرت مئات المنازل."
    assert quote_with(quotes_of(text), "الفيضانات").speaker_name == "راجيف ناندا"


def test_a_name_after_a_definite_source_closed_by_a_comma_must_come_back() -> None:
    text = (
        "ويقول الدبلوماسي الفرنسي المتقاعد جان لوران، السفير السابق في بكين، إن الترجمة خاطئة. "
        'ويضيف لوران: "لم يصحح أحد ذلك الخطأ".'
    )
    assert quote_with(quotes_of(text), "الترجمة خاطئة").speaker_name == "جان لوران"


def test_a_body_mention_run_on_past_its_place_leaves_the_holder_after_it() -> None:
    # The earlier stages read one ORG mention from the body to the end of the holder's name; the
    # place under ب closes the body's name, and the words after it are the director's.
    text = (
        "وقالت مديرة جمعية النور للتنمية بصفاقس نجوى عمراني إن المشروع متأخر. "
        "وأضافت العمراني أن التمويل غير كاف لإتمام الأشغال في صفاقس."
    )
    run = "جمعية النور للتنمية بصفاقس نجوى عمراني"
    start, place = text.index(run), text.rindex("صفاقس")
    doc = Document(
        id="t",
        text=text,
        mentions=[
            Mention(start, start + len(run), run, "ORG", entity="e1"),
            Mention(place, place + len("صفاقس"), "صفاقس", "LOC", entity="e2"),
        ],
        entities=[Entity("e1", "ORG", run, None, [0]), Entity("e2", "LOC", "صفاقس", None, [1])],
    )
    quotes = quotes_of(doc)
    assert quote_with(quotes, "المشروع متأخر").speaker_name == "نجوى عمراني"
    assert quote_with(quotes, "التمويل").speaker_name == "نجوى عمراني"


def test_albaad_stands_for_some_people_not_an_earlier_partitive() -> None:
    text = "وكشفت الوثائق بعض الأسماء التي أخفيت سابقا. وذكر البعض أنهم تعرضوا للتهديد من قبل مسؤولين محليين."
    assert quote_with(quotes_of(text), "للتهديد").speaker_name == "البعض"


def test_a_noun_joined_by_wa_is_no_genitive_of_the_head_a_reference_names() -> None:
    # "منظمون وصحافيون": two nouns joined by و; "المنظمون" later is not "منظمون وصحافيون".
    text = 'وتجمع في المدينة الساحلية متطوعون وصحافيون لاستقبال الضيوف. وقال المتطوعون "كل شيء جاهز هنا".'
    assert quote_with(quotes_of(text), "كل شيء جاهز").speaker_name != "متطوعون وصحافيون"


def test_a_plural_in_construct_is_named_with_its_genitive() -> None:
    text = (
        "وطالب مراسلو صحيفة الأيام المحلية بالإفراج عن زملائهم المعتقلين. "
        "وقال المراسلون في بيان إن الاعتقالات غير قانونية."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الاعتقالات").speaker_name == "مراسلو صحيفة الأيام المحلية"


def test_a_plural_in_construct_with_a_foreign_name_after_the_body_head() -> None:
    text = "وقال مراسلو وكالة أسوشيتد برس إن الاشتباكات استمرت طوال الليل."
    assert quote_with(quotes_of(text), "الاشتباكات").speaker_name == "مراسلو وكالة أسوشيتد برس"


def test_a_body_head_in_construct_is_named_with_its_definite_genitive() -> None:
    text = "وقالت تقديرات مركز الدراسات الاقتصادية إن النمو سيتباطأ هذا العام."
    assert quote_with(quotes_of(text), "النمو").speaker_name == "تقديرات مركز الدراسات الاقتصادية"


def test_a_text_head_in_construct_is_named_with_its_genitive() -> None:
    text = "وتشير أرقام تقرير الثروات الدولي إلى أن الفقر تراجع في الريف."
    assert quote_with(quotes_of(text), "الفقر").speaker_name == "أرقام تقرير الثروات الدولي"


def test_the_participle_issued_is_no_genitive_of_the_text() -> None:
    text = "ووفقا لنتائج تقرير التجارة الخارجية الصادر أمس فإن الصادرات تراجعت بشكل حاد."
    assert quote_with(quotes_of(text), "الصادرات").speaker_name == "نتائج تقرير التجارة الخارجية"


def test_a_body_named_by_a_verb_of_bearing_a_name_is_that_name() -> None:
    text = (
        "وكشفت الصحيفة أن شركة استشارية بريطانية صغيرة تحمل اسم غرين هاربر تولت المشروع. "
        "وقالت الشركة إن عقدها انتهى العام الماضي."
    )
    assert quote_with(quotes_of(text), "عقدها").speaker_name == "غرين هاربر"


def test_a_described_person_named_by_ismuhu_is_that_person() -> None:
    text = (
        "ونقلت الشرطة عن الحارس المصاب قوله إنه لم ير المهاجمين. "
        "وعرضت الشرطة صورة بطاقة حارس المبنى. وقالت إن اسمه كمال بن يوسف."
    )
    assert quote_with(quotes_of(text), "المهاجمين").speaker_name == "كمال بن يوسف"


def test_ismuhu_after_another_title_names_that_person() -> None:
    # The minister stands between the guard and "اسمه": the pronoun is the minister's.
    text = (
        "ونقلت الشرطة عن الحارس المصاب قوله إنه لم ير المهاجمين. "
        "وتحدث الحارس إلى الوزير المكلف بالملف، وقالت الصحيفة إن اسمه كمال بن يوسف."
    )
    assert quote_with(quotes_of(text), "المهاجمين").speaker_name != "كمال بن يوسف"


def test_ismuhu_said_by_the_subject_names_someone_else() -> None:
    text = (
        "وقال المحافظ إن الوضع تحت السيطرة. "
        "وكشف المحافظ مساء الأحد هوية منفذ الهجوم، قائلا إن اسمه رامي الخطيب."
    )
    assert quote_with(quotes_of(text), "تحت السيطرة").speaker_name != "رامي الخطيب"


def test_a_body_head_before_a_mention_of_a_name_is_in_construct_with_it() -> None:
    # The earlier stages found "فالنسيا سيتي" as a body of its own, so the phrase stops at
    # "نادي"; the head is in construct with that name, not another club the story names.
    text = (
        "ولعب المهاجم سابقا لنادي روكسبورغ الفرنسي. "
        'وأصدر نادي فالنسيا سيتي بيانا قال فيه إن اللاعب "سيبقى في القلوب".'
    )
    run = "فالنسيا سيتي"
    start = text.index(run)
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + len(run), run, "ORG", entity="e1")],
        entities=[Entity("e1", "ORG", run, None, [0])],
    )
    assert quote_with(quotes_of(doc), "سيبقى").speaker_name == "نادي فالنسيا سيتي"


def test_a_name_opening_with_another_given_name_is_no_fuller_name() -> None:
    # One person mention of the earlier stages over the verb's subject and its object ("موشيه
    # ليفي كارتر"): "كارتر" is "جيمي كارتر", whose given name the document writes.
    text = (
        "قال الرئيس الأمريكي جيمي كارتر إن السلام ممكن. "
        "وهنأ رئيس الحكومة موشيه ليفي كارتر بالجائزة. "
        'وأعلن كارتر أن "الطريق ما زال طويلا".'
    )
    first, merged = text.index("جيمي كارتر"), text.index("موشيه ليفي كارتر")
    doc = Document(
        id="t",
        text=text,
        mentions=[
            Mention(first, first + len("جيمي كارتر"), "جيمي كارتر", "PER", entity="e1"),
            Mention(merged, merged + len("موشيه ليفي كارتر"), "موشيه ليفي كارتر", "PER", entity="e2"),
        ],
        entities=[
            Entity("e1", "PER", "جيمي كارتر", None, [0]),
            Entity("e2", "PER", "موشيه ليفي كارتر", None, [1]),
        ],
    )
    assert quote_with(quotes_of(doc), "الطريق").speaker_name == "جيمي كارتر"


def test_an_outlet_named_in_marks_with_a_number_first() -> None:
    text = 'وتقول صحيفة "24 ساعة" إن المتهم غادر البلاد قبل يومين.'
    assert quote_with(quotes_of(text), "المتهم").speaker_name == "صحيفة 24 ساعة"


def test_the_ministry_of_a_minister_named_by_his_portfolio() -> None:
    text = (
        "قال وزير النقل البحري الكندي، جون بيرس، إن الميناء سيغلق أسبوعا. "
        "وأضافت الوزارة في بيان أن الإغلاق مؤقت."
    )
    assert quote_with(quotes_of(text), "الإغلاق").speaker_name == "وزارة النقل البحري الكندية"
