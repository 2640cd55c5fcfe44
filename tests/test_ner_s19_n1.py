"""Nineteenth session, n1: precision rules after the NER tagger.

- a known name relabels the tagger's mention only when the gold data never gives the name the
  tagger's label (qawl.extractors.ner_known.may_relabel);
- a word ending in tanween is indefinite, so never a one-word PER, LOC or ORG
  (qawl.extractors.ner_filter.drop_indefinite_names);
- a one-word mention that is a lead word of its label (a title, a kind noun, a verb) is dropped
  (qawl.extractors.ner_lead_words.is_lone_lead_word).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SHARED, shared_path
from ner_helpers import document_rules, tagged, training_script

from qawl.extractors.ner_filter import drop_indefinite_names, is_indefinite, without_tanween
from qawl.extractors.ner_known import (
    apply_known_names,
    evidence_uses,
    known_names,
    may_relabel,
    read_known_names,
)
from qawl.extractors.ner_lead_words import is_lone_lead_word, lead_words, trim_lead_words


def _words(text: str) -> list[str]:
    return text.split()


def _texts(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(" ".join(words[first:last]), label) for first, last, label in spans]


# ----------------------------------------------------------------------------- known names


def test_the_evidence_column_reads_as_whole_name_uses_per_label() -> None:
    assert evidence_uses("news ORG:7 | wikifane LOC:13 part:4 O:1") == (("LOC", 13), ("ORG", 7))
    rome = "LOC:16 ORG:2 part:1 | wikifane LOC:64 part:6 ORG:5 O:1"
    assert evidence_uses(rome) == (("LOC", 80), ("ORG", 7))
    assert evidence_uses("city:2538475, not in train_base") == ()
    assert evidence_uses("") == ()


def test_a_label_the_gold_also_gives_the_name_is_not_overridden(tmp_path: Path) -> None:
    listed = tmp_path / "names.tsv"
    listed.write_text(
        "# name, label, source, evidence\n"
        "ميلانو\tLOC\ttrain\tLOC:12 ORG:3 | wikifane LOC:40\n"
        "القاهرة\tLOC\ttrain\tLOC:50 | wikifane LOC:90\n"
        "نيس\tLOC\tgazetteer\tcity:1, not in train_base\n",
        encoding="utf-8",
    )
    names = read_known_names(listed)
    # The club: the tagger's ORG stands, Milan being ORG in 3 gold uses.
    words = _words("تعاقد نادي ميلانو مع مدافع جديد")
    assert _texts(words, apply_known_names(words, [(2, 3, "ORG")], names)) == [("ميلانو", "ORG")]
    # A PER reading the gold never has is still corrected, and so is an ORG the gold never has.
    words = _words("وصل الوزير إلى ميلانو ثم إلى القاهرة")
    found = apply_known_names(words, [(3, 4, "PER"), (6, 7, "ORG")], names)
    assert _texts(words, found) == [("ميلانو", "LOC"), ("القاهرة", "LOC")]
    # A gazetteer place still relabels only a PER.
    words = _words("فاز فريق نيس على منافسه")
    assert _texts(words, apply_known_names(words, [(2, 3, "ORG")], names)) == [("نيس", "ORG")]
    assert _texts(words, apply_known_names(words, [(2, 3, "PER")], names)) == [("نيس", "LOC")]


def test_the_bundled_list_leaves_a_club_and_an_agency_their_tagged_label() -> None:
    names = known_names()
    rome = names.by_key[("روما",)]
    assert rome.label == "LOC" and rome.uses_as("ORG") > 0
    assert not may_relabel(rome, "ORG") and may_relabel(rome, "PER")
    words = _words("يبحث نادي روما الإيطالي عن مدافع جديد")
    assert _texts(words, apply_known_names(words, [(2, 3, "ORG")])) == [("روما", "ORG")]
    words = _words("ذكرت وكالة الأناضول أن الوزير وصل")
    assert _texts(words, apply_known_names(words, [(2, 3, "ORG")])) == [("الأناضول", "ORG")]
    # A name the gold never tags ORG is still relabelled (the rule as before).
    assert not names.by_key[("بغداد",)].uses_as("ORG")
    words = _words("وصل الوفد إلى بغداد أمس")
    assert _texts(words, apply_known_names(words, [(3, 4, "ORG")])) == [("بغداد", "LOC")]


def test_every_train_name_of_the_bundled_list_has_evidence_for_its_own_label() -> None:
    # The guard reads the evidence column; a train name with no count for its label would mean
    # the column was misread.
    train = [name for name in known_names().by_key.values() if name.source == "train"]
    assert len(train) > 10_000
    missing = [name.key for name in train if name.uses_as(name.label) == 0]
    assert missing == []


@pytest.mark.slow
def test_a_club_named_after_its_city_stays_an_organisation(tagger) -> None:
    text = "يبحث نادي روما الإيطالي عن مدافع جديد قبل بداية الموسم ."
    assert tagged(tagger, text, rules=False) == [("روما", "ORG")]
    assert tagged(tagger, text, rules=True) == [("روما", "ORG")]


# ----------------------------------------------------------------------------- tanween


def test_a_word_ending_in_tanween_is_indefinite() -> None:
    for word in ("روسياً", "باكراً", "نموذجًا", "مدينةً", "كتابٌ", "بيتٍ", "شيئاً"):
        assert is_indefinite(word), word
    for word in ("روسيا", "سوريا", "باريس", "ٍسانتياغو", "أ", "", "دعا"):
        assert not is_indefinite(word), word


def test_one_word_names_of_indefinite_words_are_dropped_but_misc_and_longer_ones_kept() -> None:
    words = _words("طردت واشنطن ستين دبلوماسياً روسياً وبلغ السعر 39 دولاراً")
    spans = [(1, 2, "LOC"), (3, 4, "LOC"), (4, 5, "PER"), (8, 9, "MISC")]
    assert _texts(words, drop_indefinite_names(words, spans)) == [("واشنطن", "LOC"), ("دولاراً", "MISC")]
    words = _words("جائزة مونديالاً ذهبية")
    assert drop_indefinite_names(words, [(0, 2, "MISC"), (1, 2, "ORG")]) == [(0, 2, "MISC")]


def test_indefinite_words_are_hardly_ever_one_word_names_in_the_gold_data() -> None:
    shared_path("data", "ner", "wikifane")
    build = training_script("build_known_names")
    news = ROOT / "training" / "data" / "ner_news.bio"  # its first 3,200 sentences, as the lists read it
    sentences = build.training_data(SHARED, news) + build.wikifane(SHARED)
    uses = names = 0
    for tokens, spans in sentences:
        alone = {first for first, last, label in spans if last - first == 1 and label != "MISC"}
        for i, token in enumerate(tokens):
            if is_indefinite(token):
                uses += 1
                names += i in alone
    # 788 uses, 2 one-word PER/LOC/ORG (قريشاً، and a misspelt سويسراً).
    assert uses > 500 and names <= 0.005 * uses, (uses, names)


def test_a_given_name_in_the_accusative_stays_a_person() -> None:
    assert without_tanween("محمداً") == without_tanween("محمدًا") == "محمد"
    assert without_tanween("روسياً") == "روسي" and without_tanween("كتابٌ") == "كتاب"
    words = _words("إن محمداً رسول الله وإن خالداً صديق")
    given = frozenset({"محمد"})
    spans = [(1, 2, "PER"), (5, 6, "PER")]
    assert _texts(words, drop_indefinite_names(words, spans, given)) == [("محمداً", "PER")]
    assert drop_indefinite_names(words, [(1, 2, "LOC")], given) == []  # only a person keeps it


@pytest.mark.slow
def test_an_indefinite_nisba_is_no_place(tagger) -> None:
    text = "طردت واشنطن ستين دبلوماسياً روسياً بعد قضية التسميم ."
    assert ("روسياً", "LOC") in tagged(tagger, text, rules=False)
    assert tagged(tagger, text, rules=True) == [("واشنطن", "LOC")]
    text = "قدم الفنان معرضاً فوتوغرافياً في تونس ."
    assert tagged(tagger, text, rules=True) == [("تونس", "LOC")]


# ----------------------------------------------------------------------------- lone lead words


def _trimmed(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    words = _words(text)
    return _texts(words, trim_lead_words(words, spans))


def test_a_lead_word_alone_is_no_name() -> None:
    leads = lead_words()
    assert {"الفنان", "لصالح"} <= leads["PER"] and "قنوات" in leads["ORG"]
    assert _trimmed("أشاد الوزير بالفنان في كلمته", [(2, 3, "PER")]) == []
    assert _trimmed("وقال الفنان إن العرض ناجح", [(1, 2, "PER")]) == []
    assert _trimmed("ستبث شبكة قنوات الحفل مباشرة", [(2, 3, "ORG")]) == []
    # A name after the lead word is kept, without it (as before).
    assert _trimmed("وقال الفنان عادل إمام إن", [(1, 4, "PER")]) == [("عادل إمام", "PER")]


def test_a_quoted_lead_word_or_another_label_stays() -> None:
    assert "هدف" in lead_words()["ORG"]
    # The quoted title of a fund or a newspaper is its name.
    assert _trimmed('أعلن صندوق " هدف " برنامجا جديدا', [(3, 4, "ORG")]) == [("هدف", "ORG")]
    # A word listed for PER only does not drop a MISC (the title of a play).
    assert "الفنان" not in lead_words().get("MISC", frozenset())
    assert _trimmed("عرض الفنان أمس", [(1, 2, "MISC")]) == [("الفنان", "MISC")]


def test_the_document_rule_no_longer_spreads_a_title_or_a_preposition() -> None:
    # بالفنان tagged alone once made every الفنان of the document a person; a person صالح made the
    # preposition لصالح "in favour of" one through its proclitic reading.
    doc = [("أشاد بالفنان في كلمته", [(1, 2, "PER")]), ("وقال الفنان إن العرض ناجح", [])]
    assert document_rules(doc) == [[], []]
    doc = [("وقال صالح إن الاتفاق صامد", [(1, 2, "PER")]), ("وصوت البرلمان لصالح القانون الجديد", [])]
    assert document_rules(doc) == [[("صالح", "PER")], []]


def test_lone_lead_words_are_hardly_ever_gold_entities() -> None:
    shared_path("data", "ner", "wikifane")
    build = training_script("build_known_names")
    news = ROOT / "training" / "data" / "ner_news.bio"
    sentences = build.training_data(SHARED, news) + build.wikifane(SHARED)
    leads = lead_words()
    dropped: dict[str, int] = {}
    entities = 0
    for tokens, spans in sentences:
        entities += len(spans)
        for first, last, label in spans:
            if last - first == 1 and label in leads and is_lone_lead_word(tokens, first, leads[label], label):
                dropped[label] = dropped.get(label, 0) + 1
    # 4 LOC of about 53,000 entities (مسجد، بحيرة ×2، شرق), no person and no institution.
    assert (
        entities > 50_000 and sum(dropped.values()) <= 5 and not dropped.get("PER") and not dropped.get("ORG")
    )
