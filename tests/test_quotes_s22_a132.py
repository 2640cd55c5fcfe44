"""Quote round a132: names (issue 19, item 3).

- A clause of age, number or birth after a name or a title ("البالغ من العمر 40 عاما"، "البالغ
  عمره"، "المولود في") describes the person; its participle is no word of the name.
- An approximator (حوالي، نحو، قرابة) before a counted group qualifies the count: the group's
  name starts at the number.
- A name written with a hamza on its first alif (أليكس، ألبرتو) opens with no article: it is a
  person's name that a later definite description ("اللاعب") points back to.
- "القاضي" never points back to a party the report quoted: the court's officer is a new person.
- An indefinite body or outlet head followed by its name in marks (even one opening with a stop
  or a letter: "لا ناسيون"، "أ س") or as a hashtag ("#العفو الدولية") is named by it.
- "مكتب" before a post is that post's office: "مكتب رئيس الوزراء X" is named whole.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.extractors.quotes.quantities import without_approximator


def test_an_age_clause_after_a_name_is_no_part_of_it() -> None:
    text = (
        'قال سامر حداد إن الفريق جاهز للموسم. وقال حداد البالغ من العمر 31 عاما إن "المباراة المقبلة '
        'صعبة جدا".'
    )
    name = quote_with(quotes_of(text), "المباراة").speaker_name
    assert name in ("حداد", "سامر حداد")


def test_an_age_clause_with_its_possessed_noun_ends_a_title() -> None:
    text = 'وقال حارس المرمى البالغ عمره 35 عاما إن "الدفاع ارتكب أخطاء كثيرة".'
    assert quote_with(quotes_of(text), "الدفاع").speaker_name == "حارس المرمى"


def test_a_birth_clause_after_a_name_is_no_part_of_it() -> None:
    text = 'عاد كريم نصار إلى حيه القديم. وقال نصار المولود في مدينة طرابلس: "الحي تغير كثيرا".'
    assert quote_with(quotes_of(text), "الحي").speaker_name in ("نصار", "كريم نصار")


def test_an_approximator_before_a_counted_group_is_no_part_of_its_name() -> None:
    text = "وفي استطلاع جديد، قال حوالي ثلثي الطلاب إنهم يفضلون الدراسة عن بعد."
    name = quote_with(quotes_of(text), "يفضلون").speaker_name
    assert name is not None and name.split()[0] == "ثلثي"


def test_an_approximator_before_no_number_is_left() -> None:
    assert without_approximator("نحو الحكومة") == "نحو الحكومة"
    assert without_approximator("قرابة 40 موظفا") == "40 موظفا"


def test_a_name_with_a_hamza_on_its_first_alif_is_a_persons_name() -> None:
    text = (
        "قال ألبرتو رويز، إنه سعيد بالانتقال إلى النادي الجديد. وأبلغ رويز الصحفيين: "
        '"سأبذل كل جهدي". وقال اللاعب إنه "يحتاج بعض الوقت للتأقلم مع الفريق".'
    )
    assert quote_with(quotes_of(text), "للتأقلم").speaker_name == "ألبرتو رويز"


def test_the_judge_is_no_party_quoted_before() -> None:
    text = (
        "وأبلغ ألبرتو رويز، محكمة المدينة بأنه يريد تغيير إقراره السابق. "
        "وأعلن القاضي أن الطالب مذنب في كل التهم."
    )
    assert quote_with(quotes_of(text), "مذنب").speaker_name == "القاضي"


def test_an_outlets_name_in_marks_opening_with_a_stop_is_its_name() -> None:
    text = 'وقالت صحيفة "لا برينسا" البيروفية إن الحكومة ستقدم استقالتها قريبا.'
    assert quote_with(quotes_of(text), "استقالتها").speaker_name == "صحيفة لا برينسا"


def test_a_bodys_name_as_a_hashtag_goes_on_with_its_nisba() -> None:
    text = "قالت منظمة #السلام_الأخضر الدولية إن التلوث يزداد في المحيطات."
    assert quote_with(quotes_of(text), "التلوث").speaker_name == "منظمة السلام الأخضر الدولية"


def test_a_clause_in_marks_after_an_outlet_is_no_name() -> None:
    text = 'وقالت صحيفة "لا، لن نتراجع" في افتتاحيتها إن الحرب ستطول.'
    assert quote_with(quotes_of(text), "الحرب").speaker_name == "صحيفة"


def test_an_office_is_named_with_the_post_it_serves() -> None:
    text = "وقال مكتب رئيس الوزراء الماليزي إن الزيارة تأجلت إلى موعد لاحق."
    assert quote_with(quotes_of(text), "الزيارة").speaker_name == "مكتب رئيس الوزراء الماليزي"


def test_an_office_keeps_the_holders_name_without_its_commas() -> None:
    text = "وذكر مكتب الرئيس الكيني، وليام روتو، أن الاتفاق وقع أمس."
    assert quote_with(quotes_of(text), "الاتفاق").speaker_name == "مكتب الرئيس الكيني وليام روتو"
