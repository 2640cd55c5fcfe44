"""A sound plural in ـين after a verb that takes an object is that object (a123).

- "ونصح المستثمرين بالانتظار": a plural subject after its verb would be nominative (ـون); the
  accusative ـين is the object, and the subject is dropped: the speaker before goes on.
- A name in ـين ("وقال الكرملين") is no plural and keeps its place as the subject.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_an_accusative_participle_plural_is_the_object() -> None:
    text = "وقال وزير الإسكان إن الأسعار ستنخفض قريبا، ونصح المستثمرين بالانتظار حتى نهاية العام."
    assert _name(text, "بالانتظار حتى نهاية") == "وزير الإسكان"


def test_an_accusative_faail_plural_is_the_object() -> None:
    text = "وقال مدرب الفريق إن المباراة صعبة. كما طالب المشجعين بالحضور بكثافة إلى الملعب."
    assert _name(text, "بالحضور بكثافة") == "مدرب الفريق"


def test_a_name_in_iin_stays_the_subject() -> None:
    text = "وقال وزير الخارجية إن العلاقات جيدة. واتهم الكرملين واشنطن بتقويض الاتفاق."
    assert _name(text, "بتقويض الاتفاق") == "الكرملين"
