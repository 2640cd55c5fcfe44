"""The lists after the tagger re-checked with ft2 on dev + the held-out news slice (sixteenth session,
n9, issue 21). Two changes qualified by the scores and were not shipped: the lead words off (news
outside dev and the slice then keeps a title, a preposition or a conjunction at the head of names)
and known names at three uses (a one-word name the gold tags twice, أنقرة among them, is then
lost). These tests hold the shipped behaviour. The sentences are our own."""

from __future__ import annotations

import collections

from ner_helpers import training_script

from qawl.extractors.ner_lead_words import lead_words, trim_lead_words

Span = tuple[int, int, str]
Sentence = tuple[list[str], list[tuple[int, int, str]]]


def _trim(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[a:b]), label) for a, b, label in trim_lead_words(words, spans)]


def test_the_lead_words_ship_and_take_what_the_tagger_left_on_names() -> None:
    leads = lead_words()
    assert sum(len(words) for words in leads.values()) > 2000
    # A title under a proclitic chain, a preposition, a conjunction with بين, an artist's title.
    assert _trim("التقى الوزير بالرئيس كامارا أمس", [(2, 4, "PER")]) == [("كامارا", "PER")]
    assert _trim("قال إن لدي سيلفا عرضا جديدا", [(2, 4, "PER")]) == [("سيلفا", "PER")]
    assert _trim("جرى لقاء بين الوزير وبين حمدي المؤدب", [(4, 7, "PER")]) == [("حمدي المؤدب", "PER")]
    assert _trim("غنى الفنان ماهر زين في الحفل", [(1, 4, "PER")]) == [("ماهر زين", "PER")]
    # A kind of place before a place.
    assert _trim("تصاعد التوتر في إقليم كشمير أمس", [(3, 5, "LOC")]) == [("كشمير", "LOC")]


def _sentence(text: str, name: str, label: str) -> Sentence:
    words = text.split()
    start = words.index(name.split()[0])
    return words, [(start, start + len(name.split()), label)]


# A town the gold tags twice, a port three times, a two-word body once.
SAMPLE = [
    _sentence("وصل الوفد إلى زغوان صباح اليوم", "زغوان", "LOC"),
    _sentence("أمطار غزيرة في زغوان مساء أمس", "زغوان", "LOC"),
    _sentence("رست السفينة في ميناء بنزرت فجرا", "بنزرت", "LOC"),
    _sentence("أعلنت ولاية بنزرت عن مشاريع جديدة", "بنزرت", "LOC"),
    _sentence("يقع مصنع الحديد قرب بنزرت منذ عقود", "بنزرت", "LOC"),
    _sentence("أصدرت هيئة الانتخابات بيانا اليوم", "هيئة الانتخابات", "ORG"),
]
NEWS = collections.Counter({"زغوان": 40, "بنزرت": 300, "هيئه": 500})


def test_a_one_word_name_the_gold_tags_twice_is_a_known_name() -> None:
    build = training_script("build_known_names")
    assert build.MIN_COUNT == 2 and build.MIN_COUNT_MULTI == 1
    listed = {(name, label) for name, label, _, _ in build.train_entries(SAMPLE, [], NEWS)}
    assert {("زغوان", "LOC"), ("بنزرت", "LOC"), ("هيئة الانتخابات", "ORG")} <= listed
