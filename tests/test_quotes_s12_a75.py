"""Quote round s12/a75: a definite description used as a speaker points back to a person quoted.

- "وقال دانيال بروكس إن … وأضاف الدبلوماسي الكندي السابق أن …": news goes on with a source it
  named and quoted by the article, a person noun and its nisba or tenure adjectives, with no
  name after them; the description stands for the last person quoted of its gender, even when
  the document never writes the title next to the name.
- Guards: an indefinite description (a new source), a description of the other gender, a state
  office after a person who holds another one, a nisba of another country, and an anonymous
  "المصدر" are left as they are.
- "الجاسوس"، "العميل": agents of a secret service are person nouns of such descriptions.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

INTRO = "وقال دانيال بروكس إن المفاوضات لم تصل إلى نتيجة. وأضاف بروكس أن الوفدين سيلتقيان مجددا. "


def test_definite_description_points_back_to_the_person_quoted() -> None:
    text = INTRO + "وأوضح الدبلوماسي الكندي السابق أن الخلاف يتعلق بالحدود."
    assert quote_with(quotes_of(text), "الخلاف يتعلق").speaker_name == "دانيال بروكس"


def test_feminine_description_points_back_to_the_last_woman_quoted() -> None:
    text = (
        "وقالت ناتاليا سوكولوفا إن موكلها بريء. وأكدت سوكولوفا أن الأدلة مزورة. "
        "وقالت آنا ليندبرغ إن التحقيق لم ينته. وأضافت ليندبرغ أن الشهود كثر. "
        "وأشارت الباحثة السويدية إلى أن المحكمة ستنظر في الطعن الأسبوع المقبل."
    )
    assert quote_with(quotes_of(text), "المحكمة ستنظر").speaker_name == "آنا ليندبرغ"


def test_agent_noun_with_nisba_and_tenure_points_back() -> None:
    text = INTRO + "وقال الجاسوس الكندي السابق إن الحكومة كانت تعرف كل شيء."
    assert quote_with(quotes_of(text), "الحكومة كانت تعرف").speaker_name == "دانيال بروكس"


def test_indefinite_description_is_a_new_source() -> None:
    text = INTRO + "وقال دبلوماسي كندي إن الخلاف يتعلق بالحدود."
    assert quote_with(quotes_of(text), "الخلاف يتعلق").speaker_name != "دانيال بروكس"


def test_description_of_the_other_gender_is_not_the_man_quoted() -> None:
    text = INTRO + "وأوضحت الدبلوماسية الكندية أن الخلاف يتعلق بالحدود."
    assert quote_with(quotes_of(text), "الخلاف يتعلق").speaker_name != "دانيال بروكس"


def test_state_office_is_not_the_holder_of_another() -> None:
    text = (
        "وقال رئيس الوزراء الكندي دانيال بروكس إن المفاوضات لم تصل إلى نتيجة. "
        "وأضاف بروكس أن الوفدين سيلتقيان مجددا. وقال الوزير الكندي إن الخلاف يتعلق بالحدود."
    )
    assert quote_with(quotes_of(text), "الخلاف يتعلق").speaker_name != "دانيال بروكس"


def test_nisba_of_another_country_is_not_the_person_quoted() -> None:
    text = (
        "وقال الخبير الكندي دانيال بروكس إن المفاوضات لم تصل إلى نتيجة. "
        "وأضاف بروكس أن الوفدين سيلتقيان مجددا. وقال الخبير الفرنسي إن الخلاف يتعلق بالحدود."
    )
    assert quote_with(quotes_of(text), "الخلاف يتعلق").speaker_name != "دانيال بروكس"


def test_anonymous_source_stays_unnamed() -> None:
    text = INTRO + "وقال مصدر في الوزارة إن الاجتماع تأجل. وأضاف المصدر أن الموعد الجديد لم يحدد."
    assert quote_with(quotes_of(text), "الموعد الجديد").speaker_name != "دانيال بروكس"


def test_kinship_noun_is_not_the_person_quoted() -> None:
    text = (
        INTRO + "وقال مارك هيوز إن الوفد الثاني لم يصل. "
        "وقد اتصلت العائلة بالمستشفى، حيث أفاد الشقيق أن المريض غادر ليلا."
    )
    assert quote_with(quotes_of(text), "المريض غادر").speaker_name == "الشقيق"


def test_same_post_of_another_seat_is_not_the_person_quoted() -> None:
    text = (
        "وقال حاكم ولاية تكساس الجنوبية جون ماير إن السدود صمدت. وأضاف ماير أن المياه انحسرت. "
        "وقال الحاكم الشمالي إن الطرق مغلقة."
    )
    assert quote_with(quotes_of(text), "الطرق مغلقة").speaker_name != "جون ماير"
