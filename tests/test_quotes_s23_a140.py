"""An outlet under ل after a verb of saying is whom the words were said to (a140).

A subject never carries the preposition ل: in "وقال لرويترز: …" the outlet is the addressee and
the subject is the verb's pronoun, carried from the speaker before; a title or description after
the outlet is the subject ("وقال لرويترز مسؤول …"). Nor is ل + an outlet ever a word of a
person's name ("وقال غادين لفرانس 24" names غادين, not "غادين لفرانس").
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speaker_name_with, view_of

from qawl.document import Document, Entity, Mention
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.names import NameIndex

EXPERT = "قال الخبير الزراعي سمير الحلبي إن موسم القمح سيكون ضعيفا هذا العام. "


def test_an_outlet_right_after_the_verb_is_the_addressee_and_the_speaker_goes_on() -> None:
    text = EXPERT + 'وقال لرويترز: "الأمطار تأخرت كثيرا في الشمال".'
    assert speaker_name_with(text, "الأمطار تأخرت") == "سمير الحلبي"


def test_a_description_after_the_outlet_is_the_subject() -> None:
    text = "وقال لرويترز مسؤول كبير في وزارة الزراعة إن الحكومة ستستورد القمح."
    assert speaker_name_with(text, "ستستورد القمح") == "مسؤول كبير في وزارة الزراعة"


def test_a_name_that_begins_with_lam_stays_the_subject() -> None:
    text = "وقال لافروف إن بلاده سترد على العقوبات الجديدة."
    assert speaker_name_with(text, "سترد على") == "لافروف"


def test_a_name_with_an_outlet_under_lam_is_no_name_of_the_index() -> None:
    text = (
        "وكان غادين روزنبرغ يعمل سائقا. وقال غادين لفرانس 24 إن الطريق مغلقة. "
        "وأضاف غادين لفرانس 24 أنها ستفتح."
    )
    view = view_of(QuoteAttributor(), text)
    index = NameIndex.build(view, ["غادين لفرانس", "غادين روزنبرغ"])
    assert index.fullest("غادين") == "غادين روزنبرغ"


def test_a_person_entity_run_into_an_outlet_under_lam_is_cut_before_it() -> None:
    # The earlier stages read "غادين لفرانس" as one person at each place it is written.
    text = "وقال غادين لفرانس 24 إن الطريق مغلقة منذ الصباح."
    run = "غادين لفرانس"
    start = text.index(run)
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + len(run), run, "PER", entity="e1")],
        entities=[Entity("e1", "PER", run, None, [0])],
    )
    assert quote_with(quotes_of(doc), "مغلقة").speaker_name == "غادين"
