"""Quote round a62: a plural cue with a dropped subject goes on with the plural subject of its
own clause (issue 19, item 4).

- "لكن معارضين في البرلمان وصفوا …"، "وكان أكثر من عشرين نائبا قد طالبوا …": a plural verb
  after its subject agrees with it in number, so the plural noun phrase (or a number or part
  of a group: أكثر من، عدد من) that opens its clause (after لكن، إلا أن، كان, a comma or the
  sentence start) is its subject, whatever words describe it.
- "كما انضم عدد من النواب إلى المعارضة وطالبوا"، "أدانت جماعات حقوق الإنسان القمع واصفين"،
  "لكن المتحدثين باسم النقابة رفضوا الفكرة، واصفين": a subjectless plural cue goes on with the
  plural subject of the verb that opens its clause in the same sentence, not with the one
  person quoted before.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

BEFORE = "وقال الوزير إن الخطة جاهزة. "


def test_indefinite_plural_fronted_after_but() -> None:
    quote = quote_with(quotes_of(BEFORE + "لكن معارضين في البرلمان وصفوا الخطة بأنها فاشلة."), "فاشلة")
    assert quote.speaker is not None
    assert quote.speaker.text == "معارضين في البرلمان"


def test_group_noun_of_kana_before_qad() -> None:
    text = BEFORE + "وكان أكثر من عشرين نائبا في البرلمان قد طالبوا بسحب الخطة."
    quote = quote_with(quotes_of(text), "بسحب")
    assert quote.speaker_name is not None
    assert quote.speaker_name.startswith("أكثر من عشرين")


def test_plural_verb_after_singular_subject_is_not_taken() -> None:
    # A singular noun opening the clause is no subject of a plural verb: "الوزير" is not
    # "معارضين", and the rule must not make one of it.
    text = BEFORE + "لكن الوزير ومساعده وصفوا الخطة بأنها ناجحة."
    quote = quote_with(quotes_of(text), "ناجحة")
    assert quote.speaker_name != "الوزير ومساعده وصفوا"


def test_partitive_subject_after_first_verb() -> None:
    text = BEFORE + "كما انضم عدد من النواب المستقلين إلى المعارضة وطالبوا بسحب الخطة."
    quote = quote_with(quotes_of(text), "بسحب")
    assert quote.speaker_name == "عدد من النواب"


def test_plural_in_construct_after_first_verb() -> None:
    text = BEFORE + "كما أدانت جماعات حقوق الإنسان الخطة واصفين إياها بالمخزية."
    quote = quote_with(quotes_of(text), "بالمخزية")
    assert quote.speaker_name == "جماعات حقوق الإنسان"


def test_fronted_plural_of_a_plain_verb_for_participle() -> None:
    text = BEFORE + "لكن المتحدثين باسم النقابة رفضوا الفكرة، واصفين إياها بالخطيرة."
    quote = quote_with(quotes_of(text), "بالخطيرة")
    assert quote.speaker_name is not None
    assert quote.speaker_name.startswith("المتحدثين")


def test_singular_cue_keeps_its_speaker() -> None:
    text = BEFORE + "لكن معارضين في البرلمان رفضوا الخطة. وأضاف الوزير أن التنفيذ يبدأ غدا."
    quote = quote_with(quotes_of(text), "التنفيذ")
    assert quote.speaker_name == "الوزير"


def test_relative_before_plural_cue_keeps_its_antecedent() -> None:
    text = BEFORE + "ويرى المراقبون وجود خلافات، ومنها اللاعبون الذين يرون أنهم مهمشون في الفريق."
    quote = quote_with(quotes_of(text), "مهمشون")
    assert quote.speaker_name != "المراقبون"


def test_being_verb_is_no_part_of_the_plural_subject() -> None:
    text = BEFORE + "وكان المحتجون لا يزالون يطالبون بإلغاء الخطة."
    quote = quote_with(quotes_of(text), "بإلغاء")
    assert quote.speaker_name == "المحتجون"


def test_verb_in_hamza_ta_is_no_plural_noun() -> None:
    text = BEFORE + "طلبوا مني البقاء، تلكأت قليلا فظنوا أنني رافض، وأصروا على بقائي."
    quote = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "وأصروا"]
    assert not quote or quote[0].speaker_name != "تلكأت قليلا"
