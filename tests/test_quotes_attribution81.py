"""Attribution round 81 (a122): the fronted plural topic of a nominal sentence.

- "والمزارعون الذين خسروا محاصيلهم يقولون إن …": a sentence (or a clause after و) that opens
  with a noun and a plural relative clause on it, then a verb of saying with no conjunction of
  its own that agrees with the relative, has that noun as the verb's subject (the topic and its
  predicate), not the last plural group the article quoted. Likewise the feminine plural:
  "النساء اللاتي تظاهرن أمس أكدن أن …".
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_masculine_plural_topic_with_relative_clause() -> None:
    text = (
        "وقال وزير الزراعة إن الحكومة ستعوض المتضررين. "
        "والمزارعون الذين خسروا محاصيلهم في الفيضان يقولون إن التعويض لا يغطي خسائرهم."
    )
    assert _name(text, "التعويض لا يغطي") == "المزارعون"


def test_feminine_plural_topic_with_relative_clause() -> None:
    text = (
        "وقال الوزير إن الأسعار مستقرة. العاملات اللاتي تظاهرن أمام المصنع أكدن أن الأجور لم ترتفع منذ سنوات."
    )
    assert _name(text, "الأجور لم ترتفع") == "العاملات"


def test_verb_joined_to_the_relative_clause_is_not_the_predicate() -> None:
    text = (
        "قال المحتجون إن المطالب واضحة. وقابل الوزير الطلاب الذين اعتصموا أمس وقالوا إنهم لن يغادروا الساحة."
    )
    assert _name(text, "لن يغادروا") != "الطلاب"
