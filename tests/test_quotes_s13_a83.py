"""Quote stage, attribution round a83 on issue 19: the speaker a subjectless cue goes on with.
- "كما"/"كذلك" before a perfect open a verb-first clause ("كذلك خطب رئيس الوزراء … متهما"): the
  participle goes on with that clause's subject, not with the speaker quoted before.
- A fronted subject with a relative clause between commas ("لكن منظمة X، التي …، قالت") is the
  subject of the verb after the clause, its quoted name included.
- A masculine verb before a titled subject ("سلم وزير الخارجية X …") shows a man: a later
  feminine cue does not go on with him.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_kadhalik_opens_a_verb_first_clause() -> None:
    text = (
        "واتهم وزير الخارجية كمال العيادي خلال المؤتمر الحكومة بالتقصير. "
        "كذلك خطب رئيس الوزراء سمير الحداد في الحاضرين متهما المعارضة بعرقلة الإصلاحات."
    )
    quote = quote_with(quotes_of(text), "بعرقلة الإصلاحات")
    assert quote.speaker is None
    assert quote.speaker_name == "سمير الحداد"


def test_kama_opens_a_verb_first_clause() -> None:
    text = (
        "وقال وزير الخارجية كمال العيادي إن المحادثات ستتواصل. "
        "كما اجتمع رئيس الوزراء سمير الحداد مع وفد المستثمرين الأجانب في قصر الحكومة بالعاصمة "
        "مؤكدا أن الحكومة ستدعم مشاريعهم."
    )
    quote = quote_with(quotes_of(text), "ستدعم مشاريعهم")
    assert quote.speaker_name == "سمير الحداد"


def test_kama_before_an_imperfect_opens_nothing() -> None:
    # "كما يرى" is "as … sees": no clause of its own; the participle stays with the minister.
    text = (
        "وقال وزير الخارجية كمال العيادي إن المحادثات ستتواصل، وكما يشارك في المؤتمر رئيس "
        "الوزراء سمير الحداد، مؤكدا أن الحكومة ستدعم المستثمرين."
    )
    quote = quote_with(quotes_of(text), "ستدعم المستثمرين")
    assert quote.speaker_name == "كمال العيادي"


def test_a_fronted_body_with_a_relative_clause_is_the_subject() -> None:
    text = (
        "وتقول وكالات الإغاثة إنها تحتاج إلى ضمانات قبل إرسال القوافل. "
        'ولكن منظمة "عين الرصد"، التي ترصد الأوضاع في الغوطة الشرقية، قالت في وقت سابق من هذا '
        "الأسبوع، إن أقل من خمس السكان سيسمح لهم بالخروج. وأضافت أن المسلحين يمنعون خروج المدنيين."
    )
    quotes = quotes_of(text)
    said = quote_with(quotes, "سيسمح لهم")
    assert said.speaker_name is not None and "عين الرصد" in said.speaker_name
    added = quote_with(quotes, "يمنعون خروج")
    assert added.speaker is None
    assert added.speaker_name == said.speaker_name


def test_a_feminine_cue_does_not_go_on_with_a_titled_man() -> None:
    text = (
        "وقالت الوزيرة سلمى الرياحي إن المفاوضات متواصلة. "
        "سلم وزير الخارجية كمال العيادي الأمين العام رسالة من الرئيس. "
        "وأكدت أن بلادها لن تتراجع عن مطالبها."
    )
    quote = quote_with(quotes_of(text), "لن تتراجع")
    assert quote.speaker is None
    assert quote.speaker_name == "سلمى الرياحي"


def test_a_masculine_cue_still_goes_on_with_the_titled_man() -> None:
    text = (
        "وقالت الوزيرة سلمى الرياحي إن المفاوضات متواصلة. "
        "سلم وزير الخارجية كمال العيادي الأمين العام رسالة من الرئيس، مؤكدا أن بلاده لن تتراجع."
    )
    quote = quote_with(quotes_of(text), "لن تتراجع")
    assert quote.speaker_name == "كمال العيادي"
