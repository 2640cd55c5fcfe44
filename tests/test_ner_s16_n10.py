"""Quoted-name kind words counted under one reading (sixteenth session, n10, issue 21): a leading
letter is read as a proclitic only when the stem is clearly the word in the news counts, so the list
holds no cut keys (رنامج for برنامج, كاله / اله for وكالة). The sentences are our own."""

from __future__ import annotations

import collections

from ner_helpers import training_script

from qawl.extractors.ner_quoted import apply_quoted_names, quoted_name_markers

Sentence = tuple[list[str], list[tuple[int, int, str]]]


def _sentence(text: str, label: str) -> Sentence:
    words = text.split()
    first = words.index('"') + 1
    last = words.index('"', first)
    return words, [(first, last, label)]


SAMPLE = [
    _sentence('عرض برنامج " صباح الخير " تقريرا', "MISC"),
    _sentence('قدم برنامج " ليالي الصيف " حلقة', "MISC"),
    _sentence('نقلت وكالة " الأنباء الوطنية " الخبر', "ORG"),
    _sentence('وذكرت وكالة " أنباء الشرق " أمس', "ORG"),
    _sentence('وقال لصحيفة " الصباح " إن', "ORG"),
    _sentence('كتبت صحيفة " المساء " أمس', "ORG"),
]
NEWS = collections.Counter(
    {"برنامج": 2000, "رنامج": 0, "وكاله": 5000, "كاله": 4, "اله": 100, "لصحيفه": 600, "صحيفه": 4000}
)


def _quoted(text: str) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[a:b]), label) for a, b, label in apply_quoted_names(words, [])]


def test_a_kind_word_counts_under_one_reading() -> None:
    build = training_script("build_quoted_names")
    assert build.kind_reading("برنامج", NEWS) == "برنامج"
    assert build.kind_reading("وكالة", NEWS) == "وكاله"
    assert build.kind_reading("لصحيفة", NEWS) == "صحيفه"
    uses = build.count_uses(SAMPLE, NEWS)
    assert set(uses) == {"برنامج", "وكاله", "صحيفه"}
    assert uses["صحيفه"]["ORG"] == 2 and uses["برنامج"]["MISC"] == 2


def test_the_bundled_list_has_no_cut_keys_and_still_reads_proclitics() -> None:
    markers = quoted_name_markers()
    assert not {"رنامج", "كاله", "اله"} & set(markers)
    assert markers["برنامج"] == "MISC" and markers["وكاله"] == "ORG"
    assert _quoted('وقال لصحيفة " الفجر الجديد " أمس') == [("الفجر الجديد", "ORG")]
    # "in a god": ب + إله read through the old cut key اله (from وكالة) made the quoted word an ORG.
    assert _quoted('آمن القدماء بإله " الشمس " قديما') == []
