"""Attribution round 80 (a120): the antecedent of an unstated subject (carried speakers).

- "وأيدت كذلك سلطنة عمان العملية، وقالت": an adverb (كذلك، أيضا، بدوره) or a preposition with a
  pronoun ("واستمع إليها") may stand between a verb and its subject; the clause still has that
  subject, and a cue joined to it goes on with it.
  Before a person an adverb may follow a passive written without vowels ("كرمت أيضاً زوجته"):
  the noun after it is then no one who acts, so only a body or a place is read so.
- "التفت" is a masculine perfect: its ت is the root's, not the feminine.
- "في هذا البيان أدان الموقعون عليه ما وصفوه …": a fronted prepositional phrase with a
  demonstrative opens the clause as one with a definite noun does; a plural cue goes on with the
  plural subject of its own clause, not a group quoted in an earlier sentence.
- "ودأب رؤساء الولايات المتحدة السابقون على حث أوروبا على …": the verbal noun a verb governs
  through على/إلى has that verb's subject as its agent; the noun after it is its object.
- "وقالت كل من فرنسا وألمانيا إن …": the names joined by و after "كل من" are the verb's
  subject; after a verb that takes an object first ("وحث كل من الوزراء والنواب على …") they
  are its object while a recent speaker agrees with the verb.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_adverb_between_verb_and_body() -> None:
    text = (
        'ورأت البحرين أن العملية "ضرورية لحماية المدنيين". '
        'وتحركت كذلك وزارة الخارجية العمانية في الاتجاه نفسه، وقالت في بيان "إن السلطنة تؤيد الإجراءات".'
    )
    assert _name(text, "إن السلطنة") == "وزارة الخارجية العمانية"


def test_adverb_before_a_person_may_follow_a_passive() -> None:
    text = (
        'وتم تكريم الممثل التركي خالد أرغنتش، وقال إنه "سعيد جدا". '
        "كرمت أيضاً زوجته بيرغوزار كوريل في الحفل. "
        'كما تم تكريم الكاتبة الفلسطينية رولا جبريل، فشكرت لبنان وقالت "نحن صوتكم".'
    )
    assert _name(text, "نحن صوتكم") == "رولا جبريل"


def test_pronoun_complement_between_verb_and_subject() -> None:
    text = 'قالت الوزيرة إن الوضع "خطير جدا". واستمع إليها المدير العام للشركة، وقال إن "الأمر انتهى".'
    assert _name(text, "الأمر انتهى") == "المدير العام للشركة"


def test_masculine_perfect_in_root_t() -> None:
    text = 'قالت الوزيرة إن الوضع "خطير جدا". حينها، التفت إليها مدير المصنع، وقال "لا تقلق".'
    assert _name(text, "لا تقلق") == "مدير المصنع"


def test_demonstrative_in_fronted_phrase_opens_the_clause() -> None:
    text = (
        'قال الوزير إن الوضع "خطير". '
        'في هذا البيان أدان الموقعون عليه ما وصفوه "تطهيرا عرقيا بلا ضجيج" ضد السكان، '
        'ودعوا السلطات إلى "إبطال" القرار.'
    )
    assert _name(text, "تطهيرا عرقيا") == "الموقعون"
    assert _name(text, "إبطال") == "الموقعون"


def test_plural_subject_of_its_clause_before_an_earlier_group() -> None:
    text = (
        'قال المحتجون إن الوضع "خطير". '
        'وفي هذا الاجتماع انتقد النواب المعارضون الحكومة، وطالبوا "بإقالة الوزير فورا".'
    )
    assert _name(text, "بإقالة الوزير") == "النواب"


def test_each_of_joined_names_is_the_subject() -> None:
    text = (
        'قال الوزير إن الوضع "خطير". '
        "وقالت كل من فرنسا وألمانيا والمملكة المتحدة إنها مستمرة في الالتزام بالاتفاق."
    )
    assert _name(text, "مستمرة في الالتزام") == "فرنسا وألمانيا والمملكة المتحدة"


def test_each_of_then_a_dual_cue() -> None:
    text = (
        'قال الوزير إن الوضع "خطير". '
        'طالبت كل من بريطانيا وفرنسا بإجراء "تحقيق موثوق" في الحادث. '
        'وأضافتا أن "المسؤولين يجب أن يحاسبوا".'
    )
    assert _name(text, "تحقيق موثوق") == "بريطانيا وفرنسا"
    assert _name(text, "المسؤولين يجب") == "بريطانيا وفرنسا"


def test_each_of_after_an_object_verb_is_its_object() -> None:
    text = 'قال الرئيس إن الوضع "خطير". وحث كل من الوزراء والنواب على "العمل معا".'
    assert _name(text, "العمل معا") == "الرئيس"


def test_agent_of_a_governed_verbal_noun() -> None:
    text = (
        'قال الوزير إن الوضع "خطير". ودأب رؤساء الولايات المتحدة السابقون على حث أوروبا على "تحمل المسؤولية".'
    )
    assert _name(text, "تحمل المسؤولية") == "رؤساء الولايات المتحدة السابقون"
