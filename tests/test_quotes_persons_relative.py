"""الذين refers to persons only (a127).

A plural noun before الذين is a group of people, never an object thing, so it is the antecedent
the plural verb of the relative clause reports from: "عددا من العلماء الذين يزعمون أن …"،
"غضب المزارعين الذين يقولون إن …". A verb of the clause that does not agree with it has a subject
of its own.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_definite_plural_before_alladhina_is_the_source() -> None:
    text = "وأثار القرار غضب المزارعين الذين يقولون إن الحكومة تخلت عنهم منذ سنوات."
    name = quote_with(quotes_of(text), "الحكومة تخلت").speaker_name
    assert name is not None and name.startswith("المزارع")


def test_a_group_before_alladhina_is_the_source() -> None:
    text = "وأغضب الحكم عددا من المهندسين الذين يؤكدون أن الجسر آمن."
    name = quote_with(quotes_of(text), "الجسر آمن").speaker_name
    assert name is not None and "المهندس" in name


def test_a_singular_verb_after_alladhina_has_its_own_subject() -> None:
    # Guard: the feminine singular قالت does not agree with the group before الذين.
    text = "وهرعت سيارات الإسعاف لنقل المصابين الذين قالت إدارة المستشفى إن حالتهم مستقرة."
    name = quote_with(quotes_of(text), "حالتهم مستقرة").speaker_name
    assert name is None or "المصاب" not in name


def test_a_short_imperfect_of_saying_after_alladhina_is_plural() -> None:
    # يرون has four letters, like the singular يكون; the cue of saying shows it is a plural.
    text = "وانقسم الجمهور في المدرجات، ومنهم المشجعون الذين يرون أن الفريق ظلم في المباراة."
    name = quote_with(quotes_of(text), "الفريق ظلم").speaker_name
    assert name is not None and name.startswith("المشجع")
