"""Relative clauses whose antecedent stands before a description (a123).

- "ليلى حداد، الباحثة في علم الاجتماع بجامعة القاهرة، التي تقول …": a description set off by
  commas, opening with a definite title of the relative's gender, takes up the name before it;
  the relative does too, not the last nouns of the description.
- "كان جون ميلر عضو مجلس الشيوخ عن ولاية فلوريدا الذي تساءل": الذي does not agree with a place
  in a feminine adjective; the place completes the title before the preposition, and the
  relative takes up the title's holder. After one word the title is a genitive ("جمهور الفنان في
  السعودية الذي"), and no holder is read.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_the_name_before_an_apposed_title_is_the_relative_antecedent() -> None:
    text = (
        "وعقدت الجمعية ندوة عن البطالة. واستمع الحضور إلى مداخلة ليلى حداد، "
        "الباحثة في علم الاجتماع بجامعة القاهرة، التي تقول إن البطالة تضاعفت بين الشباب."
    )
    assert _name(text, "البطالة تضاعفت") == "ليلى حداد"


def test_a_masculine_relative_after_a_feminine_place_goes_back_to_the_title_holder() -> None:
    text = (
        "ومن بين المعلقين على القضية كان جون ميلر عضو مجلس الشيوخ عن ولاية فلوريدا الذي "
        'تساءل: "لماذا لم تفتح الحكومة تحقيقا حتى الآن؟"'
    )
    assert _name(text, "لماذا لم تفتح") == "جون ميلر"


def test_a_title_in_construct_is_no_holder() -> None:
    text = (
        "أعلن المغني حفلة جديدة. ولقيت التغريدة تفاعلا من جمهور الفنان في مدينة الرياض "
        "الذي رحب بالخبر، واعتبرها مفاجأة سعيدة."
    )
    assert _name(text, "مفاجأة سعيدة") != "الفنان"
