"""Words that lead into a name trimmed off PER, LOC and ORG mentions (qawl.extractors.ner_lead_words):
behaviour, and the list against the training data it is derived from."""

from __future__ import annotations

from conftest import SHARED, shared_path
from ner_helpers import gold_removed, training_script

from qawl.extractors.ner_consistency import apply_document_consistency
from qawl.extractors.ner_lead_words import LEAD_WORDS_FILE, lead_words, trim_lead_words
from qawl.extractors.ner_spans import given_names

Span = tuple[int, int, str]


def _words(text: str) -> list[str]:
    return text.split()


def _run(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    words = _words(text)
    return [(" ".join(words[a:b]), label) for a, b, label in trim_lead_words(words, spans)]


def _build_script():
    """training/build_lead_words.py, which derives the list."""
    return training_script("build_lead_words")


def test_a_title_or_relation_before_a_person_comes_off() -> None:
    assert _run("تصدى لها الحارس هيلتون ببراعة", [(2, 4, "PER")]) == [("هيلتون", "PER")]
    assert _run("ومرر الكرة الى زميله هنري داخل المنطقة", [(3, 5, "PER")]) == [("هنري", "PER")]
    # A proclitic chain before the article: ل + الحارس.
    assert _run("في الزاوية البعيدة للحارس كيم", [(3, 5, "PER")]) == [("كيم", "PER")]
    # Several leading words, and the name keeps all of its own words.
    assert _run("وقال الدكتور أحمد زويل إن", [(0, 4, "PER")]) == [("أحمد زويل", "PER")]


def test_a_kind_of_place_before_a_place_comes_off() -> None:
    assert _run("تقع البلدة جنوب ولاية الجلفة", [(3, 5, "LOC")]) == [("الجلفة", "LOC")]
    assert _run("ويقع المكتب في محافظة الجيزة", [(3, 5, "LOC")]) == [("الجيزة", "LOC")]


def test_look_alikes_stay_as_tagged() -> None:
    # A name whose first word is a given name; باسم is not read as ب + اسم; a label with no list
    # (MISC) is not trimmed, and a PER word does not trim a LOC. (A one-word mention that is a
    # listed word kept it until the nineteenth session; now it is dropped: tests/test_ner_s19_n1.py.)
    assert _run("وصل طلعت زكريا أمس", [(1, 3, "PER")]) == [("طلعت زكريا", "PER")]
    assert _run("قال باسم محفوظ إن", [(1, 3, "PER")]) == [("باسم محفوظ", "PER")]
    assert _run("أعلن الرئيس الفرنسي أمس", [(1, 3, "MISC")]) == [("الرئيس الفرنسي", "MISC")]
    assert _run("زار الدكتور زويل", [(1, 3, "LOC")]) == [("الدكتور زويل", "LOC")]


def test_a_kind_of_body_or_a_verb_before_an_institution_comes_off() -> None:
    # Apposition: "the company Aramco", "the militias of the Houthis" name Aramco and the Houthis;
    # the kind noun (with a proclitic too) and a verb the tagger took in stay outside.
    assert _run("وقعت شركة أرامكو عقدا جديدا", [(1, 3, "ORG")]) == [("أرامكو", "ORG")]
    assert _run("تقدمت ميليشيات الحوثي نحو المدينة", [(1, 3, "ORG")]) == [("الحوثي", "ORG")]
    assert _run("قال مسؤول في لشركة سامسونغ إن", [(3, 5, "ORG")]) == [("سامسونغ", "ORG")]
    assert _run("أعلنت الخطوط الجوية القطرية أمس", [(0, 4, "ORG")]) == [("الخطوط الجوية القطرية", "ORG")]
    # Head words that the gold data keeps inside institution names are not listed.
    assert _run("فاز نادي الزمالك أمس", [(1, 3, "ORG")]) == [("نادي الزمالك", "ORG")]
    assert _run("قال حزب العمال إن", [(1, 3, "ORG")]) == [("حزب العمال", "ORG")]


def test_the_document_rules_trim_last() -> None:
    # The document rule copies the tagger's mention, title and all, to the untagged second
    # occurrence; both come out without the title.
    first = _words("تصدى الحارس جيمس هيلتون للكرة")
    second = _words("ثم عاد الحارس جيمس هيلتون فأمسكها")
    found = apply_document_consistency([first, second], [[(1, 4, "PER")], []])
    assert found == [[(2, 4, "PER")], [(3, 5, "PER")]]


def test_the_list_says_how_it_was_derived() -> None:
    header = LEAD_WORDS_FILE.read_text(encoding="utf-8").split("\n\n")[0]
    assert "Derived from" in header and "train_base.bio" in header and "No dev" in header
    assert "ner_news.bio" in header and "WikiFANE Gold" in header
    leads = lead_words()
    assert {"الحارس", "زميله", "الدكتور", "وقال"} <= leads["PER"]
    assert {"ولايه", "محافظه"} <= leads["LOC"]
    assert {"شركه", "ميليشيات", "صحيفه"} <= leads["ORG"]
    assert set(leads) == {"PER", "LOC", "ORG"}
    assert not leads["PER"] & given_names()  # a given name is never O right before a person


def test_the_list_is_what_the_training_data_gives() -> None:
    """Re-derived from ../shared (train_base + the news gold + WikiFANE Gold, the script's defaults) by
    the build script; the rule run on each source's gold changes few of its gold entities (measured:
    train_base 11 of 9,889, news 11 of 10,285, WikiFANE 16 of 33,106; since the fifteenth session the
    news gold is read up to its held-out slice: 3 of the 8,157 entities of sentences 1-3,200)."""
    shared_path("data", "ner", "anercorp_camel", "train.txt")
    shared_path("data", "ner", "wikifane", "wikifane_gold.4class.harmonized.bio")
    build = _build_script()
    assert build.WIKIFANE, "the test reads the list as built with WikiFANE as a source"
    gold = training_script("build_known_names")  # where the gold readers live
    base = gold.training_data(SHARED, None)
    sources = [base, gold.training_data(SHARED, build.NEWS)[len(base) :], gold.wikifane(SHARED)]
    derived: dict[str, set[str]] = {}
    for word, label, _, _ in build.select(*build.count([s for source in sources for s in source])):
        derived.setdefault(label, set()).add(word)
    assert derived == {label: set(words) for label, words in lead_words().items()}
    for source in sources:
        changed, gold_entities = gold_removed(trim_lead_words, source)
        assert gold_entities > 8000 and changed <= 0.01 * gold_entities, (changed, gold_entities)
