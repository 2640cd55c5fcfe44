"""Attribution round 78 (a116): the governing clause, postposed subjects, the noun of إنّ.

- "وفي الشؤون الاقتصادية أيد X Y … وأكد": a fronted prepositional phrase with no comma still
  opens a verb-first clause, whose subject the later subjectless cue goes on with; not when the
  phrase holds a relative ("وعن الانتقادات التي طالت المسلسل … قالت"). A day before the verb
  needs no comma either ("والخميس اجتمع الوزير X … وأكد").
- "التي يؤكد فيها المجلس العسكري"، "ما صرح به أمس العميد X": the subject after a pronoun on a
  preposition (and an adverb); not an object of a verb that takes one first (يطالب فيه المجلس بـ).
  The subject of such a relative clause is no topic a later cue goes on with.
- "وقال إن دراسة أعدها المركز …، كشفت أن": the feminine noun of إنّ is the subject of the verb of
  saying that is its predicate.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.antecedents import sentence_subjects
from qawl.extractors.quotes.view import DocView


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_fronted_prepositional_phrase_without_comma_opens_the_clause() -> None:
    text = (
        "قال النائب سامر حداد إن الميزانية متوازنة. وقال الوزير كريم نصار إن العجز كبير. "
        "وفي الشؤون الاقتصادية أيد حداد نصار في خطته لخفض الضرائب وأكد مرارا على ضرورة دعم الصناعة المحلية."
    )
    assert _name(text, "دعم الصناعة المحلية") == "سامر حداد"


def test_day_without_comma_opens_the_clause() -> None:
    text = (
        "قال المدير العام كمال نجار إن المستشفى جاهز. "
        "والخميس اجتمع وزير الصحة سامي عون مع الأطباء وأكد أن الوضع مستقر."
    )
    assert _name(text, "الوضع مستقر") == "سامي عون"


def _subjects(text: str) -> list[str]:
    doc = Document(id="t", text=text)
    stage = QuoteAttributor()
    view = DocView(doc, stage.lexicon, stage.words, stage.vocabulary, stage.features)
    return [view.tokens[event.cue].text for event in sentence_subjects(view, set())]


def test_fronted_phrase_with_a_relative_opens_no_clause() -> None:
    text = (
        "وفي الشؤون الخارجية أيد الوزير موقف الحكومة. "
        "وعن الانتقادات التي طالت المسلسل بسبب طوله قالت إنها طبيعية."
    )
    assert _subjects(text) == ["أيد"]


def test_subject_after_pronoun_on_preposition() -> None:
    text = (
        "قال رئيس الوزراء فادي سلوم إن الانتخابات ستجري في موعدها. "
        "وكانت تلك المناسبة الوحيدة التي يؤكد فيها المجلس العسكري علنا دعمه للحكومة المدنية. "
        "وأضاف سلوم أن الحكومة ستحترم النتائج. "
        "ونفت الحكومة ما صرح به أمس العميد سليم داود من أن الجيش سيتدخل في الانتخابات."
    )
    assert _name(text, "دعمه للحكومة المدنية") == "المجلس العسكري"
    said = [q for q in quotes_of(text) if q.content.text == "الجيش سيتدخل في الانتخابات"]
    assert [q.speaker_name for q in said] == ["سليم داود"]


def test_object_after_pronoun_of_a_verb_that_takes_one_first() -> None:
    text = "قال النائب جميل عواد إن الحكومة فشلت. ونشرت النقابة بيانا يطالب فيه المجلس بالاستقالة."
    assert _name(text, "بالاستقالة") != "المجلس"


def test_subject_of_a_relative_clause_is_no_later_topic() -> None:
    text = (
        "قال المتحدث باسم الحملة نزار حمدان إن الرحلة ستنطلق الأحد. "
        "وهي المرة الأولى التي يعلن فيها الناشطون عن رحلة بحرية من الميناء. "
        "وأوضح أن السفينة ستقل مرضى وطلبة."
    )
    assert _name(text, "رحلة بحرية من الميناء") == "الناشطون"
    assert _name(text, "السفينة ستقل") == "نزار حمدان"


def test_noun_of_inna_is_the_subject_of_its_predicate() -> None:
    text = (
        "وقال الباحث وائل منصور إن دراسة أعدها المركز عام 2019 على عينة من خمسمئة طالب، "
        "كشفت أن نصفهم يعانون من القلق."
    )
    name = _name(text, "نصفهم يعانون")
    assert name is not None and name != "وائل منصور"
