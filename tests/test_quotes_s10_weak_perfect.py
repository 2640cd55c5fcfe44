"""The feminine perfect of a verb whose last root letter is weak (نفى -> نفت) is no imperfect.

Unvowelled, an imperfect that does not begin with the lemma may be the passive (يُعتبر), so
:func:`readings.passive_reading` drops it when no subject is found. نفت، ادّعت drop the weak
letter before ت and begin with ن/ا as an imperfect would; they are the active perfect, and the
object after them is the denied claim. All sentences are written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_fields

from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.readings import _defective_feminine_perfect


def test_feminine_perfect_of_nafa_reports_the_denial() -> None:
    text = "ونفت الوزارة الاتهامات الموجهة إليها بشأن تأخر صرف المنح."
    assert quote_fields(text) == [
        ("nominal", "الاتهامات الموجهة إليها بشأن تأخر صرف المنح", "ونفت", "الوزارة")
    ]


def test_adverb_between_verb_and_object_keeps_the_denial() -> None:
    text = "نفت الشركة بشدة الاتهامات التي وجهتها إليها النقابة."
    kinds = [(kind, cue, speaker) for kind, _, cue, speaker in quote_fields(text)]
    assert kinds == [("nominal", "نفت", "الشركة")]


def test_only_the_feminine_perfect_of_a_weak_verb_is_excepted() -> None:
    # The exception must leave imperfects (ينفي، تنفي، يعتبر) and strong verbs to the passive test.
    nafa = Cue("نفى", "verb", frozenset())
    considered = Cue("اعتبر", "verb", frozenset())
    assert _defective_feminine_perfect("نفت", nafa)
    assert not _defective_feminine_perfect("ينفي", nafa)
    assert not _defective_feminine_perfect("تنفي", nafa)
    assert not _defective_feminine_perfect("يعتبر", considered)
    assert not _defective_feminine_perfect("تعتبر", considered)
