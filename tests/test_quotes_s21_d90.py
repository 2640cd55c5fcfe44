"""Quote round d90: source phrases and the shapes of detection.

- A source phrase that closes its sentence after a comma names its source in up to four words
  ("…، وفقا لتقديرات الحلف الأخيرة."), not a rule or a requirement followed ("…، حسب المتطلبات
  الخليجية.") nor one whose marks a site's dot left open by ending the sentence too soon.
- "…، وذلك حسبما نقلت الوكالة": ذلك points back to the clause before, and the outlet that relays
  a bare clause is its source as it is with nothing between them.
- "بحسب ما أعلنت الفصائل": after a source word, the definite subject of a verb of saying is the
  source whatever its class (not after كما, whose verb may be one of going on: "كما تتابع …").
- A straight mark written as opening (word, space, mark, word) while one is open closes it when
  the text writes its closing marks so ('عن "الدعم الكامل "للقرار'): the next mark reads as
  opening too, or none follows.
- A line's label of the page's own media or layout ("بالصور: …"، "فيديو: …"، "أدناه …:") names no
  source of a headline colon quote.
- A relay that closes its sentence names whom it relays after عن: that one is the source
  ("…، حسبما نقلت رويترز عن صحيفة الشرق."). Fronted and going on past a comma, the relay verb
  reports with its own أنّ. A demonstrative alone before a source phrase is no clause said.
- A nominal content ends at "، و" joined to a verb by its shape (a perfect in the feminine ت,
  the future سـ): "ووصفت الوزارة القرار بالخطوة الجريئة، وسجلت الأسواق …".
- Claims or news in construct past the verb's subject are its object ("ونفت السلطات مزاعم
  المعارضة"، "وأكد الحساب نبأ اعتقالها"); not in an agency's name (وكالة أنباء …).
"""

from __future__ import annotations

from quote_helpers import quote_fields

from qawl.extractors.quotes.marks import pair_marks


def test_a_closing_source_phrase_of_four_words() -> None:
    text = "وتراجع إنتاج الحبوب في البلاد بنحو الثلث هذا العام، وفقا لتقديرات الحلف الأخيرة."
    assert [(q[0], q[1], q[2]) for q in quote_fields(text)] == [
        ("indirect", "وتراجع إنتاج الحبوب في البلاد بنحو الثلث هذا العام", "وفقا")
    ]


def test_a_requirement_followed_is_no_source() -> None:
    text = "وتصدر الشركة منتجاتها إلى دول الخليج بعد فحصها في مختبراتها، حسب المتطلبات الخليجية."
    assert quote_fields(text) == []


def test_a_closing_phrase_with_a_mark_left_open_is_no_source() -> None:
    # The dot of a site's name ends the sentence too soon, inside the marks.
    text = (
        'ووقع البلدان عدة اتفاقيات. وأبرز هذه الاتفاقيات، بحسب وثيقة حصلت "الشرق.نت" على نسخة منها، '
        "اتفاقية للنقل البحري بين البلدين."
    )
    assert [q for q in quote_fields(text) if q[2] == "بحسب"] == []


def test_a_relay_after_pointing_back_dhalika() -> None:
    text = "وشارك آلاف المزارعين في المسيرة التي جابت شوارع العاصمة، وذلك حسبما نقلت وكالة الأنباء الفرنسية."
    assert quote_fields(text) == [
        (
            "indirect",
            "وشارك آلاف المزارعين في المسيرة التي جابت شوارع العاصمة",
            "حسبما",
            "وكالة الأنباء الفرنسية",
        )
    ]


def test_the_subject_of_a_verb_of_saying_after_bihasab_ma_is_the_source() -> None:
    # "الفصائل" is no body, outlet or title; the verb of saying names it as who spoke.
    text = "وانتهى الاجتماع دون اتفاق على موعد الانتخابات، بحسب ما أكدت الفصائل المشاركة فيه."
    assert quote_fields(text) == [
        ("indirect", "وانتهى الاجتماع دون اتفاق على موعد الانتخابات", "بحسب", "الفصائل المشاركة")
    ]


def test_kama_with_a_verb_of_going_on_names_no_source() -> None:
    # "كما تتابع الفرق": as the bands go on; كما is read only with a known source.
    assert quote_fields("وتستمر الأعمال الفنية في المدينة، كما تتابع الفرق المحلية.") == []


def test_a_closing_mark_written_with_its_space_on_the_wrong_side() -> None:
    # 'الكامل "للقرار': the mark closes the open one; the nominal content stops at the comma.
    text = 'وأعرب الوزير عن "الدعم الكامل "للقرار، مؤكدا أنه جاء في وقته.'
    assert [(p.open, p.close) for p in pair_marks(text)] == [(16, 30)]
    assert quote_fields(text)[0] == ("nominal", '"الدعم الكامل "للقرار', "وأعرب", "الوزير")


def test_a_text_that_writes_every_closing_mark_so() -> None:
    text = 'ودعا إلى "حوار شامل "بين الأطراف، وحذر من "تصعيد خطير "في المنطقة.'
    assert [q[1] for q in quote_fields(text)] == ['"حوار شامل "بين الأطراف', '"تصعيد خطير "في المنطقة']


def test_a_next_mark_that_closes_leaves_the_first_open() -> None:
    text = 'وقال "نحن هنا ثم أضاف "سنبقى هنا" في المدينة.'
    assert [(p.open, p.close) for p in pair_marks(text)] == [(5, None), (22, 32)]


def test_a_label_of_the_pages_pictures_is_no_source() -> None:
    text = "وانتهى الحفل في ساعة متأخرة.\nبالصور: لحظات الفرح في حفل زفاف الأمير\nوحضر الحفل عدد من النجوم."
    assert quote_fields(text) == []


def test_below_is_no_source_of_the_list_after_it() -> None:
    text = (
        "وأعلنت السلطات اعتقال عدد من الناشطات.\nأدناه بعض التفاصيل عن الناشطات:\n"
        "ولدت سارة في عام 1970 في الرياض ودرست الطب."
    )
    assert [q[2] for q in quote_fields(text)] == ["وأعلنت"]


def test_whom_a_closing_relay_relays_is_the_source() -> None:
    text = "وقررت الحكومة استبعاد الشركات الأجنبية من المناقصات حسبما نقلت رويترز عن صحيفة الشرق."
    assert quote_fields(text) == [
        ("indirect", "وقررت الحكومة استبعاد الشركات الأجنبية من المناقصات", "حسبما", "صحيفة الشرق")
    ]


def test_a_fronted_relay_with_an_apposition_stays_the_verbs_report() -> None:
    text = "وبحسب ما نقلت الصحيفة عن وليد سعيد، وكيل الوزارة، أن نحو 50 خبيرا غادروا المدينة."
    assert quote_fields(text) == [("indirect", "نحو 50 خبيرا غادروا المدينة", "نقلت", "وليد سعيد")]


def test_a_demonstrative_alone_is_no_clause_said() -> None:
    text = "وتراجعت السرقات كثيرا في السنوات الأخيرة.. وهذا بحسب ما أكده خبير في المجال."
    assert [q for q in quote_fields(text) if q[1] in ("وهذا", "هذا")] == []


def test_a_joined_feminine_perfect_after_a_comma_ends_a_nominal_content() -> None:
    text = "ووصفت الوزارة القرار بالخطوة الجريئة، وسجلت الأسواق ارتفاعا ملحوظا بعده."
    assert quote_fields(text) == [("nominal", "بالخطوة الجريئة", "ووصفت", "الوزارة")]


def test_a_joined_future_after_a_comma_ends_a_nominal_content() -> None:
    text = "ودعا الوزير إلى الحوار بين الأطراف، وسيزور العاصمة الأسبوع المقبل."
    assert quote_fields(text) == [("nominal", "الحوار بين الأطراف", "ودعا", "الوزير")]


def test_a_joined_noun_after_a_comma_goes_on_with_the_nominal_content() -> None:
    text = "ودعا الوزير إلى الحوار بين الأطراف، والتعاون مع المنظمات الدولية."
    assert quote_fields(text)[0][1] == "الحوار بين الأطراف، والتعاون مع المنظمات الدولية"


def test_claims_in_construct_past_the_subject_are_the_denied_object() -> None:
    text = "ونفت السلطات مزاعم المعارضة بشأن الانتخابات."
    assert quote_fields(text) == [("nominal", "مزاعم المعارضة بشأن الانتخابات", "ونفت", "السلطات")]


def test_news_in_construct_past_the_subject_is_the_confirmed_object() -> None:
    text = "وأكد حساب المنظمة نبأ اعتقالها في تغريدة."
    assert quote_fields(text)[0][:3] == ("nominal", "نبأ اعتقالها في تغريدة", "وأكد")


def test_the_news_of_an_agencys_name_is_no_object() -> None:
    text = (
        "وأصدرت النيابة مذكرات توقيف بحق 40 ضابطا بتهمة الانتماء لجماعة محظورة تتهمها بتدبير الهجوم، "
        "وفق ما أعلنت وكالة أنباء الأناضول الرسمية."
    )
    assert [q for q in quote_fields(text) if q[1].startswith("أنباء")] == []
