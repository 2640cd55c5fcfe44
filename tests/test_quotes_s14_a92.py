"""Quote stage, attribution round a92 on issue 19: a subject put before its verb of saying.
- "من جهته"، "بدوره" between a noun phrase and the verb: the pronoun points back to the party
  whose part the adverbial states, so the phrase before it is the verb's subject, also a bare
  family name the earlier stages did not find, when the pronoun and the verb agree in gender
  ("دياب من جهته يرى"، "سلمى بدورها ترى"; not "سلمى بدورها يرى").
- The conjunction و (or ف) on the first word of a fronted subject joins clauses; it is no part
  of the speaker's span or name: "والمسؤولون الأمريكيون يقولون" names "المسؤولون الأمريكيون".
  Words whose root opens with و/ف (وزير، واشنطن، فالفيردي) keep it.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None, quote.speaker_name)


def test_family_name_before_its_part_is_the_subject() -> None:
    text = "وانتقد الوزير القرار أمس. ووصفه بأنه خطأ كبير. دياب من جهته يرى أن القرار سيعرقل تشكيل الحكومة."
    assert _speaker_of(text, "سيعرقل")[0] == "دياب"


def test_feminine_name_before_in_turn_is_the_subject() -> None:
    text = "وانتقد الوزير القرار أمس. سلمى بدورها ترى أن القرار سيعرقل تشكيل الحكومة."
    assert _speaker_of(text, "سيعرقل")[0] == "سلمى"


def test_pronoun_that_disagrees_with_the_verb_names_no_subject() -> None:
    text = "وانتقد الوزير القرار أمس. سلمى بدورها يرى أن القرار سيعرقل تشكيل الحكومة."
    assert _speaker_of(text, "سيعرقل")[0] != "سلمى"


def test_conjunction_is_no_part_of_a_plural_subject() -> None:
    text = "وأعلنت الحكومة خطة جديدة للنقل. والمحللون الاقتصاديون يقولون إن الخطة لن تنجح."
    assert _speaker_of(text, "لن تنجح") == ("المحللون الاقتصاديون", "المحللون الاقتصاديون")


def test_conjunction_is_no_part_of_a_title_subject() -> None:
    text = "وزار الوزير العاصمة أمس. والسفيرة الفرنسية قالت إن البلدين سيتعاونان في مجال الطاقة."
    assert _speaker_of(text, "سيتعاونان")[0] == "السفيرة الفرنسية"


def test_conjunction_on_a_name_written_alone_elsewhere() -> None:
    text = "وكان كريم الهادي قد زار المدينة. وكريم يرى أن المشروع سيكتمل قبل الصيف."
    assert _speaker_of(text, "سيكتمل")[0] == "كريم"


def test_root_letter_waw_and_fa_stay() -> None:
    text = "وقال مدرب الفريق إرنستو فالبيرنو إن الفريق جاهز. وقال فالبيرنو إن المباراة صعبة."
    assert _speaker_of(text, "المباراة صعبة")[0] == "فالبيرنو"
    text = "وزيرة الخارجية قالت إن المحادثات كانت مثمرة."
    assert _speaker_of(text, "المحادثات")[0] == "وزيرة الخارجية"


def test_heading_word_before_its_part_is_no_subject() -> None:
    text = "وغادر السائق المستشفى. إجراءات من جهته قال والي المدينة، كريم الهادي، إنه تم اتخاذ تدابير جديدة."
    assert _speaker_of(text, "تدابير")[0] == "كريم الهادي"
