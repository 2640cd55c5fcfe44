"""Quote round a118: the fullest name of a source, the issuers of reports.

- A family name said alone ("وأكد الزبير") is the person the document set in apposition to a
  post with that family name ("عادل سعيد الزبير، قائد …"), not a second speaker joined to the given
  names, and not the town the gazetteer reads in it.
- A noun of a bond in construct with a name, in apposition to another person ("توم هاردي، صديق
  فرانكلين"), and a verbal noun of the form تفعيل ("ترشيح فرانكلين") give no fuller name.
- A post's holder may follow the seat of the post ("زعيم "حراك الجنوب" X Y"، "مندوبة X في مجلس …
  X Y"): the name after it is the holder when the document makes it a person's.
- A person entity the earlier stages know is the fuller name of the same name without its middle
  name ("مارتن غريفيث" -> "مارتن جون غريفيث").
- A name of the بن chain set in apposition to a post ("…، سالم بن فهد.") is its holder's, though
  written once.
- The predicate of كان after its subject ("إن كان شولتس حليفا") is no word of the subject's name.
- A report brought in as where its subject said something ("قالت المنظمة في تقرير") is that
  subject's: "التقرير" later names the subject; "تقرير كابا" names the body "كابا" is short for.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.document import Document, Entity, Mention
from qawl.pipeline import Pipeline


def test_family_name_alone_is_the_apposed_person(pipeline: Pipeline) -> None:
    # The gazetteer reads "الزبير" as a town; here it is the family name of the man named first.
    text = (
        "كشف الدكتور عادل سعيد الزبير، قائد شرطة الخرطوم، عن خطة أمنية جديدة. "
        "وأكد الزبير أن الخطة ستطبق في كل الأحياء."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["عادل سعيد الزبير"] * 2


def test_description_of_the_apposed_person_points_back_to_him(pipeline: Pipeline) -> None:
    text = (
        "كشف الدكتور عادل سعيد الزبير، قائد شرطة الخرطوم، عن خطة أمنية جديدة. "
        "وأكد الزبير أن الخطة ستطبق في كل الأحياء. "
        "وقال المسؤول السوداني إن الشرطة ستنشر دوريات إضافية."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("المسؤول السوداني", "عادل سعيد الزبير")


def test_family_name_the_document_writes_as_a_place_stays_a_place(pipeline: Pipeline) -> None:
    # "اشتباكات في الزبير": the document itself writes the word as the town.
    text = (
        "كشف الدكتور عادل سعيد الزبير، قائد شرطة الخرطوم، عن خطة أمنية جديدة. "
        "ووقعت اشتباكات في الزبير أمس. وأكدت الزبير أن الوضع هادئ."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الزبير", "الزبير")


def test_bond_noun_in_apposition_is_no_given_name() -> None:
    text = (
        "استدعت اللجنة توم هاردي، صديق فرانكلين الذي قال إنه لم يشهد الحادثة. "
        "وقال فرانكلين إنه بريء من كل الاتهامات."
    )
    assert quote_with(quotes_of(text), "بريء").speaker_name == "فرانكلين"


def test_bond_noun_after_a_title_may_be_a_given_name() -> None:
    # "صديق" is a given name too: after "عمدة لندن،" it is the mayor's.
    text = "وقال عمدة لندن، صديق خان إن المدينة آمنة. وأضاف خان أن الشرطة مستعدة."
    assert quote_with(quotes_of(text), "مستعدة").speaker_name == "صديق خان"


def test_verbal_noun_in_apposition_is_no_given_name() -> None:
    text = "وأيد 11 عضوا، من بينهم ريد، ترشيح فرانكلين، وعارضه 10 أعضاء. وقال فرانكلين إنه ممتن للجنة."
    assert quote_with(quotes_of(text), "ممتن").speaker_name == "فرانكلين"


def test_report_said_in_is_its_subjects() -> None:
    text = (
        "قالت منظمة العفو الدولية في تقرير نشرته اليوم إن السجون مكتظة. "
        "وأضاف التقرير أن المعتقلين يتعرضون لسوء المعاملة."
    )
    assert quote_with(quotes_of(text), "المعتقلين").speaker_name == "منظمة العفو الدولية"


def test_report_of_a_pluperfect_subject_before_its_verb() -> None:
    text = (
        "وكانت منظمة العفو الدولية ذكرت في تقرير ربع سنوي لها أن السجون مكتظة. "
        "وأضاف التقرير أن المعتقلين يتعرضون لسوء المعاملة."
    )
    assert quote_with(quotes_of(text), "المعتقلين").speaker_name == "منظمة العفو الدولية"


def test_report_in_construct_with_a_short_name_is_the_bodys() -> None:
    text = (
        "وقال مركز كابا للطيران في تقرير صدر مؤخرا إن السوق تنمو. "
        "وأشار تقرير كابا إلى أن الشركات الخليجية تتوسع."
    )
    assert quote_with(quotes_of(text), "الخليجية").speaker_name.startswith("مركز كابا")


def test_holder_named_after_the_seat_of_the_post() -> None:
    # The post's genitive in quote marks, then its holder, whose family name speaks again.
    text = (
        'وقال زعيم "حراك الجنوب" سامي الورداني أثناء مثوله أمام المحكمة إن محاكمته سياسية. '
        "وأضاف الورداني أن الشرطة حرفت أقواله."
    )
    assert quote_with(quotes_of(text), "محاكمته").speaker_name == "سامي الورداني"


def test_words_after_the_seat_that_never_come_back_are_no_holder() -> None:
    # Nothing in the document makes "سامي الورداني" a person's name: the title stays.
    text = 'وقال زعيم "حراك الجنوب" سامي الورداني أثناء مثوله أمام المحكمة إن محاكمته سياسية.'
    assert quote_with(quotes_of(text), "محاكمته").speaker_name == "زعيم"


def test_person_entity_with_a_middle_name_is_the_fuller_name() -> None:
    # The earlier stages know the person "مارتن جون غريفيث"; "مارتن غريفيث" leaves out the middle name.
    text = "وقال مارتن غريفيث إن الهدنة صامدة. وكان مارتن جون غريفيث قد زار صنعاء."
    full = "مارتن جون غريفيث"
    start = text.index(full)
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + len(full), full, "PER", entity="e1")],
        entities=[Entity("e1", "PER", full, None, [0])],
    )
    assert quote_with(quotes_of(doc), "الهدنة").speaker_name == full


def test_predicate_of_kana_is_no_word_of_the_name() -> None:
    # "إن كان شولتس حليفا": the subject of كان and its predicate in the accusative.
    text = (
        'وحين سئل إن كان شولتس حليفا، قال "نحن نتحدث بصراحة دائما". وقال شولتس إن الحوار مستمر بين البلدين.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "بصراحة").speaker_name == "شولتس"
    assert quote_with(quotes, "الحوار").speaker_name == "شولتس"


def test_son_of_name_in_apposition_is_a_person_written_once() -> None:
    # "…، سالم بن فهد.": a name of the بن chain is a person's, though the document writes it once.
    text = (
        "ونشرت الصحيفة مقالا للسفير الكويتي لدى فرنسا، سالم بن فهد. "
        "السفير الكويتي يرى أن العلاقات بين البلدين متينة."
    )
    assert quote_with(quotes_of(text), "متينة").speaker_name == "سالم بن فهد"
