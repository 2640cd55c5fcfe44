"""Document-level label consistency after the tagger (qawl.extractors.ner_consistency)."""

from __future__ import annotations

import pytest
from ner_helpers import document_rules, tagged

from qawl.extractors.ner_consistency import is_family_name


def test_an_untagged_occurrence_of_a_tagged_name_gets_its_label() -> None:
    doc = [
        ("وصل الوزير إلى أنقرة صباح اليوم", [(3, 4, "LOC")]),
        ("وقالت مصادر في أنقرة إن المحادثات ستستمر", []),
        ("وعاد الوفد ولأنقرة موقف آخر", []),  # و + ل + أنقرة
        ("وأعلنت الأنقرية أمس", []),  # a look-alike word, not the name
    ]
    assert document_rules(doc) == [
        [("أنقرة", "LOC")],
        [("أنقرة", "LOC")],
        [("ولأنقرة", "LOC")],
        [],
    ]


def test_multi_word_names_match_whole_and_their_head_alone_stays() -> None:
    doc = [
        ("أعلن البنك التجاري أرباحه السنوية", [(1, 3, "ORG")]),
        ("وقال رئيس للبنك التجاري إن النتائج جيدة", []),
        ("وقرر البنك رفع الفائدة", []),  # the head alone is no name
    ]
    assert document_rules(doc) == [[("البنك التجاري", "ORG")], [("للبنك التجاري", "ORG")], []]


def test_a_family_name_alone_becomes_the_person() -> None:
    doc = [
        ("التقى نيكول باشينيان الرئيس الروسي", [(1, 3, "PER")]),
        ("وقال باشينيان إن الاتفاق قريب", []),
        ("وأكد حسين الفردان أن البرنامج ناجح", [(1, 3, "PER")]),
        ("وأضاف حسين الفردان أن الأرباح زادت", [(1, 2, "PER")]),  # the tagger cut the name short
    ]
    assert document_rules(doc) == [
        [("نيكول باشينيان", "PER")],
        [("باشينيان", "PER")],
        [("حسين الفردان", "PER")],
        [("حسين الفردان", "PER")],
    ]


def test_a_family_name_with_a_proclitic_is_a_word() -> None:
    doc = [
        ("وصل علي عبدالله صالح إلى الرياض", [(1, 4, "PER"), (5, 6, "LOC")]),
        ("وقال صالح إن الحوار مستمر", []),
        ("شنت الصحف حملة لصالح الحكومة", []),  # "in favour of", not ل + Saleh
    ]
    assert document_rules(doc) == [
        [("علي عبدالله صالح", "PER"), ("الرياض", "LOC")],
        [("صالح", "PER")],
        [],
    ]


def test_names_that_are_also_words_stay_untagged() -> None:
    doc = [
        ("استقبل محمد علي السفير الفرنسي", [(1, 3, "PER")]),
        ("وحصل على الموافقة", []),  # على normalises like the family name علي
        ("توج هنري الثاني ملكا", [(1, 3, "PER")]),
        ("وفي الثاني من الشهر", []),  # an ordinal, not a family name
        ("وقال محمد المصري إن", [(1, 3, "PER")]),
        ("وأكد الجانب المصري أن", []),  # a nisba adjective
        ("قال هيك إنه سيحضر", [(1, 2, "PER")]),
        ("ما بدي هيك", []),  # never a name alone (data/not_names.txt)
    ]
    result = document_rules(doc)
    assert result[1] == result[3] == result[5] == result[7] == []
    assert not is_family_name("الثاني") and not is_family_name("المصري") and is_family_name("الفردان")


def test_a_name_with_two_labels_or_mostly_untagged_is_left_alone() -> None:
    doc = [
        ("قالت قناة الجزيرة إن", [(2, 3, "ORG")]),
        ("تقع الجزيرة في البحر", [(1, 2, "LOC")]),
        ("وصلت السفينة إلى الجزيرة", []),  # ORG or LOC: the document does not say
        ("وصل سالم أمس", [(1, 2, "PER")]),
        *[("كان الجو سالم والطريق سالم تماما وسالم", [])] * 2,  # untagged far more often
    ]
    result = document_rules(doc)
    assert result[2] == [] and result[4] == result[5] == []


# ----------------------------------------------------------------------------- with the tagger


@pytest.mark.slow
def test_the_tagger_output_is_consistent_across_a_document(tagger) -> None:
    # The bundled tagger tags these names in the first sentence only (checked with the rules off).
    cases = {
        "قال رئيس مجلس الإدارة عبدالله العطية إن البنك حقق أرباحا.\nوأضاف العطية أن النتائج جيدة.": (
            "العطية",
            "PER",
        ),
        # (v1 also left الوكرة untagged after "فاز نادي الوكرة"; the news-tuned ft2 tags it alone.)
        "فاز نادي السيلية على ضيفه أمس.\nوتقدم السيلية إلى المركز الثالث.": ("السيلية", "ORG"),
    }
    for text, mention in cases.items():
        missed = tagged(tagger, text, rules=False).count(mention)
        assert tagged(tagger, text, rules=True).count(mention) == missed + 1, text
        # Its look-alike: the second sentence alone names nobody the document tagged.
        second = text.split("\n")[1]
        assert mention not in tagged(tagger, second, rules=True), second
