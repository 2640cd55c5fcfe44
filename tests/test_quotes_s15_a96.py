"""Quote round s15/a96: a right speaker span that resolved to the wrong name.

- A place preposition of nearness (قرب، بالقرب) opens no name: the holder filed for a title is
  never "قرب العاصمة …".
- An accusative of purpose set after the subject ("، دفاعا عن نفسها،") is no holder of the
  title before it, nor a word of the phrase: the title keeps its own words.
- "مراسلنا" is the outlet's own correspondent: the holder the document names with that post.
- A fuller name taken from a ل-phrase loses the preposition when the word without it is a given
  name ("لبيتر هولمان" -> بيتر هولمان).
- "تقرير لصحيفة X Y الإسرائيلية": the outlet's foreign name runs to its nisba.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_phrase_near_a_place_is_no_holder_of_the_title() -> None:
    text = (
        "وتقول المعارضة المسلحة إنها تتصدى للهجوم البري. "
        "وتعد البلدة آخر معاقل المعارضة المسلحة قرب العاصمة الليبية طرابلس، حيث تنتشر فصائل مختلفة."
    )
    assert quote_with(quotes_of(text), "تتصدى للهجوم").speaker_name == "المعارضة المسلحة"


def test_an_accusative_of_purpose_after_the_title_is_no_holder() -> None:
    text = (
        "وقال البيت الأبيض إن الموظفة السابقة كاذبة. "
        'وقالت المستشارة السابقة في البيت الأبيض، دفاعا عن نفسها: "التسجيل صحيح".'
    )
    name = quote_with(quotes_of(text), "التسجيل صحيح").speaker_name
    assert name == "المستشارة السابقة"


def test_our_correspondent_is_the_correspondent_named_before() -> None:
    text = (
        "ويقول فريد سمعان، مراسل بي بي سي في المؤتمر، إن الوفود غادرت. ويضيف مراسلنا أن الاجتماع سيستأنف غدا."
    )
    assert quote_with(quotes_of(text), "سيستأنف غدا").speaker_name == "فريد سمعان"


def test_our_correspondent_feminine() -> None:
    text = "وتقول سارة ويليامز، مراسلة بي بي سي في بروكسل، إن المفاوضات صعبة. وتضيف مراسلتنا أن الاتفاق بعيد."
    assert quote_with(quotes_of(text), "الاتفاق بعيد").speaker_name == "سارة ويليامز"


def test_our_post_without_a_named_holder_stays() -> None:
    assert quote_with(quotes_of("وقال رئيسنا إن الوضع صعب."), "الوضع صعب").speaker_name == "رئيسنا"


def test_the_fuller_name_drops_the_preposition_li() -> None:
    text = (
        "ونسبت الصحيفة لبيتر هولمان رئيس الاستخبارات السابق القول إن الهجوم وشيك. "
        "وأضاف هولمان أن الجيش مستعد."
    )
    assert quote_with(quotes_of(text), "الجيش مستعد").speaker_name == "بيتر هولمان"


def test_the_outlet_name_runs_to_its_nisba() -> None:
    text = "وذكر تقرير لصحيفة هآرتس تايمز الإسرائيلية أن الحكومة ستجتمع. وأضاف التقرير أن الوزراء منقسمون."
    quotes = quotes_of(text)
    assert quote_with(quotes, "ستجتمع").speaker_name == "صحيفة هآرتس تايمز الإسرائيلية"
    assert quote_with(quotes, "منقسمون").speaker_name == "صحيفة هآرتس تايمز الإسرائيلية"


def test_the_outlet_name_without_a_nisba_keeps_one_word() -> None:
    text = "وذكر تقرير لوكالة بلومبيرغ أمس أن الحكومة ستجتمع."
    assert quote_with(quotes_of(text), "ستجتمع").speaker_name == "وكالة بلومبيرغ"
