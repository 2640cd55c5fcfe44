"""Mentions grown over the words that end names of their label (qawl.extractors.ner_name_tails):
behaviour, and the list against the training data it is derived from."""

from __future__ import annotations

from conftest import SHARED, shared_path
from ner_helpers import gold_removed, training_script

from qawl.extractors.ner_consistency import apply_document_consistency
from qawl.extractors.ner_name_tails import NAME_TAILS_FILE, grow_name_tails, name_tails

Span = tuple[int, int, str]


def _words(text: str) -> list[str]:
    return text.split()


# The bundled list is empty since the fifteenth session (n8); the rule is shown on a list of its own.
TAILS = {
    "LOC": frozenset({"الاوسط"}),
    "ORG": frozenset({"المتحده", "الوطني"}),
    "MISC": frozenset({"المتحده"}),
}


def _run(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    words = _words(text)
    return [(" ".join(words[a:b]), label) for a, b, label in grow_name_tails(words, spans, TAILS)]


def _build_script():
    """training/build_name_tails.py, which derives the list."""
    return training_script("build_name_tails")


def test_a_mention_cut_short_grows_over_a_word_that_ends_names() -> None:
    assert _run("وصل الوفد إلى الأمم المتحدة أمس", [(3, 4, "ORG")]) == [("الأمم المتحدة", "ORG")]
    assert _run("تزور الوفود الشرق الأوسط", [(2, 3, "LOC")]) == [("الشرق الأوسط", "LOC")]
    assert _run("قال بنك دبي الوطني إن", [(1, 3, "ORG")]) == [("بنك دبي الوطني", "ORG")]


def test_look_alikes_stay_as_tagged() -> None:
    # Persons never grow (news follows names with verbs: ترمب طالب); a word that ends names of
    # another label only; a next word the tagger tagged itself.
    assert _run("أكد دونالد ترمب طالب بتمديد", [(1, 3, "PER")]) == [("دونالد ترمب", "PER")]
    assert _run("قام بطرس الأول بإلغاء البطريركية", [(1, 2, "PER")]) == [("بطرس", "PER")]
    assert _run("زار الوفد دبي الوطني", [(2, 3, "LOC")]) == [("دبي", "LOC")]
    spans = [(0, 1, "ORG"), (1, 2, "MISC")]
    assert _run("الأمم المتحدة", spans) == [("الأمم", "ORG"), ("المتحدة", "MISC")]


def test_the_document_rules_tag_without_a_tail_list() -> None:
    # The document rule tags the untagged الأمم of the second sentence from the first; with the
    # bundled list empty (n8) it no longer grows over المتحدة (before n8: (1, 3, "ORG")).
    first = _words("دعت الأمم إلى الهدوء")
    second = _words("وقالت الأمم المتحدة إن")
    found = apply_document_consistency([first, second], [[(1, 2, "ORG")], []])
    assert found == [[(1, 2, "ORG")], [(1, 2, "ORG")]]


def test_the_bundled_list_is_empty_and_says_why() -> None:
    header = NAME_TAILS_FILE.read_text(encoding="utf-8")
    assert "EMPTY ON PURPOSE" in header and "No dev or test data" in header
    assert name_tails() == {}


def test_the_build_script_still_derives_a_list() -> None:
    """Derived from ../shared (train_base + the news gold, the script's default) by the build
    script, which no longer writes the bundled file by default (n8); the rule with that list run on
    that gold changes few gold entities (measured: 18 of 20,174)."""
    shared_path("data", "ner", "anercorp_camel", "train.txt")
    build = _build_script()
    base = training_script("build_known_names").training_data(SHARED, build.NEWS)
    derived: dict[str, set[str]] = {}
    for word, label, _, _ in build.select(*build.count(base)):
        derived.setdefault(label, set()).add(word)
    assert "المتحده" in derived["ORG"] and "الاوسط" in derived["LOC"]
    assert set(derived) == {"LOC", "ORG", "MISC"} and build.DEFAULT_OUT != NAME_TAILS_FILE
    tails = {label: frozenset(words) for label, words in derived.items()}
    changed, gold_entities = gold_removed(lambda words, spans: grow_name_tails(words, spans, tails), base)
    assert gold_entities > 9000 and changed <= 0.01 * gold_entities, (changed, gold_entities)
