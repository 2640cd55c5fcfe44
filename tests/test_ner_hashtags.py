"""Names written as hashtags (qawl.extractors.ner_spans.add_hashtag_names): an untagged token of
underscore-joined words that spell a known name, or open with a given name, is a mention."""

from __future__ import annotations

from qawl.arabic import tokenize
from qawl.extractors.ner_spans import add_hashtag_names, apply_span_rules, hashtag_words

Span = tuple[int, int, str]


def _run(text: str, spans: list[Span] | None = None) -> list[tuple[str, str]]:
    words = [token.text for token in tokenize(text)]
    return [(" ".join(words[a:b]), label) for a, b, label in add_hashtag_names(words, spans or [])]


def test_a_hashtag_that_spells_a_known_name_takes_its_label() -> None:
    assert _run("ناقش وزراء #الاتحاد_الأوروبي الملف أمس") == [("الاتحاد_الأوروبي", "ORG")]
    assert _run("أطلقت #كوريا_الشمالية صاروخا جديدا") == [("كوريا_الشمالية", "LOC")]
    assert _run("غرد الرئيس #دونالد_ترمب صباح اليوم") == [("دونالد_ترمب", "PER")]
    # A proclitic on the first word is read off, as for a name written with spaces.
    assert _run("وجه رسالة #للاتحاد_الأوروبي أمس") == [("للاتحاد_الأوروبي", "ORG")]


def test_a_hashtag_that_opens_with_a_given_name_is_a_person() -> None:
    assert _run("نشرت الفنانة # شيرين_عبدالوهاب صورة جديدة") == [("شيرين_عبدالوهاب", "PER")]
    assert _run("التقى الوزير # هشام_توفيق بالمستثمرين") == [("هشام_توفيق", "PER")]


def test_hashtags_of_ordinary_words_stay_untagged() -> None:
    assert _run("تداول المغردون وسم #أسعار_الوقود أمس") == []
    assert _run("أعلن #الجيش_اليمني تقدمه في الجبهة") == []
    assert _run("تصدر وسم #مصر_تنتخب القائمة") == []
    assert hashtag_words("2018_") is None and hashtag_words("_الكويتي") is None
    assert hashtag_words("كلمة") is None


def test_a_tagged_hashtag_is_left_as_the_tagger_had_it() -> None:
    words = [token.text for token in tokenize("ناقش #الاتحاد_الأوروبي الملف")]
    at = words.index("الاتحاد_الأوروبي")
    assert add_hashtag_names(words, [(at, at + 1, "LOC")]) == [(at, at + 1, "LOC")]


def test_the_sentence_rules_add_hashtag_names() -> None:
    words = [token.text for token in tokenize("غرد # دونالد_ترمب و # هشام_توفيق أمس")]
    found = [(words[a], label) for a, _, label in apply_span_rules(words, [])]
    assert found == [("دونالد_ترمب", "PER"), ("هشام_توفيق", "PER")]
