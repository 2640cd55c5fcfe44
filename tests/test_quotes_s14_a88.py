"""Quote round s14/a88: the right name for an explicit speaker whose span is already right.

- A verbal noun of the derived forms before a family name ("ترشيح هارتمان") governs the name as
  its genitive: it is no fuller form of the name, however often the document writes it; of two
  names as long, the one the document ties to a title wins.
- "العاهل الأردني، الملك NAME،": a second title and its holder in apposition after a title's
  comma name the first title's holder too; a rank keeps the words of its chain ("العقيد الركن").
- A title of a country ("ملك المغرب"، "الوزير المصري") stands for the one holder of the post the
  document gives that country, through any title tied to the holder's name, over a nearer holder
  of another country.
- "وفقا لNAME": the ل the script joins to the name after "وفقا" is the preposition.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.pipeline import Pipeline


def test_a_verbal_noun_before_a_family_name_is_no_fuller_name() -> None:
    text = (
        "مثل القاضي مارك هارتمان أمام اللجنة يوم الخميس. "
        "وانتقد الديمقراطيون ترشيح هارتمان مرة أخرى. "
        "ويجب أن تصوت اللجنة على ترشيح هارتمان قبل الشهر المقبل. "
        "وقد يؤثر تأكيد ترشيح هارتمان على الانتخابات. "
        "وقال هارتمان إن الاتهامات لا أساس لها من الصحة."
    )
    assert quote_with(quotes_of(text), "الاتهامات لا أساس").speaker_name == "مارك هارتمان"


def test_a_name_tied_to_a_title_keeps_a_given_name_of_verbal_noun_shape() -> None:
    text = "وصلت الفنانة تسنيم الخياري إلى القاهرة أمس. وقالت الخياري إن الفيلم سيعرض في الصيف."
    assert quote_with(quotes_of(text), "الفيلم سيعرض").speaker_name == "تسنيم الخياري"


def test_a_second_title_in_apposition_names_the_first_title_holder() -> None:
    text = (
        "استقبل العاهل الأردني، الملك عمر بن سالم الهاشمي، وفدا من رجال الأعمال. "
        "وقال العاهل الأردني إن الاستثمار أولوية للمملكة."
    )
    assert quote_with(quotes_of(text), "الاستثمار أولوية").speaker_name == "عمر بن سالم الهاشمي"


def test_a_second_title_joined_by_wa_is_another_person() -> None:
    text = (
        "حضر الاجتماع وزير الخارجية، والوزير السابق كريم ناصر الدين، وعدد من السفراء. "
        "وقال وزير الخارجية إن الاجتماع كان مثمرا."
    )
    # The minister is not the former minister named after "والوزير السابق"; no name is given.
    assert quote_with(quotes_of(text), "الاجتماع كان مثمرا").speaker_name == "وزير الخارجية"


def test_a_rank_chain_in_apposition_names_the_spokesman() -> None:
    text = (
        "وقال المتحدث باسم القوات المشتركة، العقيد الركن سالم الحداد، إن القوات تتقدم نحو المدينة. "
        "ونوه المتحدث باسم القوات المشتركة إلى أن العمليات مستمرة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "القوات تتقدم").speaker_name == "سالم الحداد"
    assert quote_with(quotes, "العمليات مستمرة").speaker_name == "سالم الحداد"


def test_a_title_of_a_country_goes_to_the_holder_of_that_country(pipeline: Pipeline) -> None:
    # The gazetteer stage finds the country (المغرب) that the title's genitive names.
    text = (
        "وصل العاهل المغربي، الملك يوسف بن أحمد العلوي، إلى القمة. "
        "وقال ملك المغرب إن المنطقة تحتاج إلى الاستقرار. "
        "وأشاد بمبادرة العاهل الأردني الراحل الملك طلال بن نايف في عام 1990. "
        "وأكد ملك المغرب أن التعاون ضروري."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["يوسف بن أحمد العلوي"] * 2


def test_a_title_with_a_domain_genitive_keeps_its_holder(pipeline: Pipeline) -> None:
    # "وزير الاقتصاد": the genitive is a domain, not a country, though "الاقتصادي" is a nisba.
    text = (
        "التقى المستشار الاقتصادي جون ميلر بالوفد. "
        "وأعلن وزير الاقتصاد الفرنسي برونو ديلما خطة جديدة. "
        "وقال وزير الاقتصاد إن الخطة ستخفض العجز."
    )
    names = dict(speakers_and_names(pipeline, text))
    assert names["وزير الاقتصاد"] == "برونو ديلما"


def test_li_joined_to_a_name_after_wafqan_is_the_preposition() -> None:
    text = "وتكمن المشكلة، وفقا لكارين هولم الباحثة في جامعة أوسلو، في أن الناس لا يعرفون الكثير عن النمل."
    assert quote_with(quotes_of(text), "الناس لا يعرفون").speaker_name == "كارين هولم"


def test_a_name_in_li_after_bihasab_keeps_its_letters() -> None:
    text = "وتحسن الاقتصاد هذا العام، بحسب لطفي بن عمار الخبير في البنك الدولي، بفضل السياحة."
    assert quote_with(quotes_of(text), "وتحسن الاقتصاد").speaker_name == "لطفي بن عمار"
