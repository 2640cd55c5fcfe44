"""Counted subjects (a123): a number in digits and the people or bodies it counts.

- "ورحبت 33 منظمة … بالتقرير ورأت": after a verb-first clause that reports nothing, the counted
  bodies are its subject, which the feminine singular verb after it goes on with.
- "وطالب 30 نائبا بـ…": the counted people right after a verb of saying are its subject, and the
  plural verbs after them ("وقالوا") go on with them.
- A counted thing ("وأطلق 70 صاروخا") is no source.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_counted_bodies_are_the_subject_a_later_verb_goes_on_with() -> None:
    text = (
        "وقال وزير العدل إن القانون سيعرض على البرلمان. "
        "ورحبت 12 جمعية أهلية وحقوقية بمشروع القانون ورأت أنه يحمي حقوق المستأجرين."
    )
    assert _name(text, "يحمي حقوق المستأجرين") == "12 جمعية أهلية وحقوقية"


def test_counted_bodies_before_a_participle() -> None:
    text = (
        "وقال رئيس البلدية إن المشروع سيكتمل قريبا. "
        "ووقعت 40 نقابة مهنية، مساء الأحد، عريضة مشتركة، محذرة من أن الأسعار سترتفع."
    )
    assert _name(text, "الأسعار سترتفع") == "40 نقابة مهنية"


def test_counted_people_after_a_verb_of_saying_and_the_plural_after_them() -> None:
    text = (
        "وقال رئيس الوزراء إن الحكومة باقية. وطالب 27 نائبا معارضا باستقالة وزير المالية. "
        "وقالوا إن العجز تضاعف خلال عام واحد."
    )
    assert _name(text, "باستقالة وزير المالية") == "27 نائبا معارضا"
    assert _name(text, "العجز تضاعف") == "27 نائبا معارضا"


def test_counted_things_are_no_source() -> None:
    text = (
        "وقال المتحدث العسكري إن الهدنة انهارت. وأطلق 70 صاروخا على المدينة ليلا، وقال إن الرد سيكون قاسيا."
    )
    assert _name(text, "الرد سيكون قاسيا") == "المتحدث العسكري"


def test_a_feminine_singular_verb_does_not_go_on_with_counted_men() -> None:
    text = (
        "شارك 80 رساما من 20 دولة في المعرض. "
        "وقد سبق أن هاجمت الحكومة بعض الرسامين الأجانب، واتهمتهم بالإساءة إلى رموز الدولة."
    )
    assert _name(text, "بالإساءة إلى رموز") != "80 رساما"


def test_a_number_word_with_the_article_and_its_definite_adjectives() -> None:
    text = (
        "وقال رئيس المجلس إن الجلسة ستعقد غدا. وطالب الخمسة أعضاء المستقلون في المجلس الحكومة "
        "بتأجيل التصويت. وقالوا إن المشروع لم يناقش بعد."
    )
    assert _name(text, "بتأجيل التصويت") == "الخمسة أعضاء المستقلون"
    assert _name(text, "المشروع لم يناقش") == "الخمسة أعضاء المستقلون"


def test_a_number_word_before_a_plural_of_sources() -> None:
    text = "وقال المتحدث إن المفاوضات متوقفة. وقالت أربعة مصادر دبلوماسية إن الاتفاق بات قريبا."
    assert _name(text, "الاتفاق بات قريبا") == "أربعة مصادر دبلوماسية"
