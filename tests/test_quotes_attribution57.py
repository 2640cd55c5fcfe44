"""Attribution round 57: speaker_name is the fullest proper name, with no words run on.

- "وصف X تصريحات Y": a longer name that reaches, across a common noun, the name of another
  speaker is a verb's subject and object, not one person's name.
- A longer name that adds a relative pronoun or ل/ب/ك + the article after its first word
  ("… شنايدرمان بالحصول على") is the name with the verb's complement run on.
- كان and its sisters (سيكون، يصبح) after a titled name open the predicate: no word of the name.
"""

from __future__ import annotations

from collections import Counter

from quote_helpers import record_quotes

from qawl.extractors.quotes.names import NameIndex, name_words
from qawl.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> list[str | None]:
    return [q["speaker_name"] for q in record_quotes(pipeline, text)]


def _index(*people: str) -> NameIndex:
    index = NameIndex()
    for name in people:
        index.add(name, person=True)
    index.word_counts = Counter(w for name in people for w in name_words(name))
    return index


def test_subject_and_object_genitive_are_not_one_name() -> None:
    # "ووصف بيلانجيه تصريحات غرانت": a frame read the subject, the object and its genitive as
    # one speaker; each of the two men is a speaker of his own.
    index = _index("مارك بيلانجيه", "توماس غرانت", "بيلانجيه", "غرانت", "بيلانجيه تصريحات غرانت")
    assert index.fullest("غرانت") == "توماس غرانت"
    assert index.fullest("بيلانجيه") == "مارك بيلانجيه"


def test_name_with_link_word_is_kept_as_one() -> None:
    # بن joins a given name to the father's: one name, though "خالد" speaks alone too.
    index = _index("فيصل بن خالد", "خالد", "فيصل")
    assert index.fullest("فيصل") == "فيصل بن خالد"


def test_preposition_with_article_is_no_name_word(pipeline: Pipeline) -> None:
    text = (
        "ويطالب النائب العام في نيويورك دانيال كوهلر بالحصول على تعويضات مالية. "
        'وقال كوهلر إن "الشركة أخفت الأدلة".'
    )
    assert _names(pipeline, text) == ["دانيال كوهلر", "دانيال كوهلر"]


def test_copula_ends_the_name_after_a_title(pipeline: Pipeline) -> None:
    text = (
        "أعلنت الشركة أن المهندس رامي الشابي سيكون مدير المشروع الجديد. "
        'وقال المهندس إن "العمل سيبدأ الشهر المقبل".'
    )
    assert _names(pipeline, text)[-1] == "رامي الشابي"
