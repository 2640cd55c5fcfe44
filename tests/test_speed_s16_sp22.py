"""Speed round sp22 (issue 18): stops.may_stop and stops._stop_key read the word classes as three
sets joined once per stage (WordFeatures.derived), test a word's shape only where its first or
last letter lets the test hold, and may_stop no longer goes through _stop_key's memo; DocView.count
reads a word absent from the document without Counter.__missing__. Each fast path must give
exactly what the slow one gave: these tests compare them with copies of the old forms on every
word of the stage's word lists and vocabulary, with the proclitics and endings the tests read, and
on sentences of my own."""

from __future__ import annotations

from collections import Counter

import pytest
from quote_helpers import view_of

from qawl.arabic import normalize
from qawl.extractors.quotes import stops
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.view import WordFeatures, strip_conjunction
from qawl.extractors.quotes.words import BI_ADVERBIALS, PREPOSITION_PRONOUNS, STATEMENT_NOUNS

# Sentences of my own, with stops of every kind: prepositions with pronouns (written with and
# without و), time words, لل and ل + a title, ب + a verbal noun, an exceptive, a statement noun in
# the accusative, دون and أي, a clitic held apart by a tatweel, both tanwins, a participle of state,
# nisbas and places in -يا, علي the name, and digits.
TEXTS = [
    "وقال الوزير فيها أمس إن الاتفاق قائم، وأكد خلالها للصحافيين أن العمل مستمر بإسهاب.",
    "وذكر المتحدث بالمناسبة أن الوفد وصل، ولم يجد زميله سوى الإشادة.",
    "وأصدرت الوزارة بيانا قالت فيه إن الأمر محسوم.",
    "وقال لتلفزيون الدولة إن الأمر صحيح، دون أن يذكر التفاصيل، ونفت الشركة أي ضلوع في القضية.",
    "وصرح لـCNN بأن الوضع خطير، وأشار رسمياً إلى الاتفاق بلهجةٍ حادة، معتذرا عن التأخير.",
    "وقالت ماريا إن روسيا وسوريا وقعتا اتفاقا ضمنيا، وقال علي حسن إن عام 2016 كان صعبا.",
    "وأكد ولي العهد وفيه وعنهم أن 3 وزراء و5 نواب حضروا، فيما قال مسؤول لوكالة الأنباء إن الجلسة انتهت.",
    "وقال المدير العام للشركة إن النتائج جيدة، وأوضح أمامهم بالفعل أن الخطة ناجحة جملةً وتفصيلاً.",
]

_PREFIXES = ("", "و", "ف", "ب", "ل", "لل", "وب", "وال")
_ENDINGS = ("", "ا", "اً", "ٍ", "يا", "ـ")


def _features(attributor: QuoteAttributor) -> WordFeatures:
    """Fresh features: nothing remembered from an earlier answer."""
    return WordFeatures(attributor.lexicon, attributor.words, attributor.vocabulary)


def _old_stop_key(features: WordFeatures, key: str) -> bool:
    """stops._stop_key as written before this round."""
    words = features.words
    bare = strip_conjunction(key, features.vocabulary)
    title_state = features.title_states.__getitem__
    return (
        len(key) == 1
        or key[:1].isdigit()
        or stops._preposition_with_pronoun(key)
        or (key[:1] in "وف" and stops._preposition_with_pronoun(key[1:]) and title_state(key) is None)
        or words.is_a("stop", key)
        or words.is_a("stop", bare)
        or words.is_a("time", key)
        or words.is_a("time", bare)
        or bare in BI_ADVERBIALS
        or bare in stops.EXCEPTIVES
        or (bare.endswith("ا") and bare[:-1] in STATEMENT_NOUNS)
        or stops.BI_VERBAL_NOUN.match(bare) is not None
        or (key.startswith("لل") and title_state(key) is None)
        or (key.startswith("ل") and len(key) > 3 and title_state(key[1:]) is not None)
    )


def _old_may_stop(features: WordFeatures, text: str) -> bool:
    """stops.may_stop as written before this round."""
    key, bare, _, _ = features.rows[text]
    if key == "علي" and text.endswith("ي"):
        return False
    return (
        _old_stop_key(features, key)
        or key in stops.WITHOUT
        or key in stops.QUANTIFIERS
        or stops.clitic_written_apart(text)
        or text.endswith(stops._TANWIN_ENDINGS)
        or stops.accusative_participle(text)
        or (len(bare) >= 5 and bare.endswith("يا"))
    )


def _words(attributor: QuoteAttributor) -> list[str]:
    """Every word the stop tests know, and the vocabulary, with the proclitics and endings the
    tests read, and every word of the sentences; single letters and digits too."""
    classes = attributor.words.classes
    known = sorted(
        classes.get("stop", frozenset())
        | classes.get("time", frozenset())
        | PREPOSITION_PRONOUNS
        | stops.ADVERB_PRONOUNS
        | BI_ADVERBIALS
        | stops.EXCEPTIVES
        | STATEMENT_NOUNS
        | stops.WITHOUT
        | stops.QUANTIFIERS
        | classes.get("title", frozenset())
    )
    words = [prefix + word + ending for word in known for prefix in _PREFIXES for ending in _ENDINGS]
    words += [prefix + word for word in sorted(attributor.vocabulary) for prefix in ("", "و", "ل", "لل")]
    words += [word + ending for word in sorted(attributor.vocabulary)[::5] for ending in _ENDINGS[1:]]
    for text in TEXTS:
        words += text.replace("،", " ").replace(".", " ").split()
    words += ["و", "ب", "ل", "1", "2016", "علي", "على", "علی", "لـ", "بـ«الإرهاب»", "ولـCNN", "ا", "ـ"]
    return list(dict.fromkeys(words))


def test_words_cover_every_answer(attributor: QuoteAttributor) -> None:
    features = _features(attributor)
    answers = Counter(_old_may_stop(features, w) for w in _words(attributor))
    assert answers[True] > 1000 and answers[False] > 1000


def test_may_stop_equals_the_old_form(attributor: QuoteAttributor) -> None:
    old, new = _features(attributor), _features(attributor)
    words = _words(attributor)
    differ = [w for w in words if stops.may_stop(new, w) != _old_may_stop(old, w)]
    assert differ == []


def test_may_stop_remembered_equals_the_old_form(attributor: QuoteAttributor) -> None:
    """Through the stage's memo, in two orders (what is remembered never changes an answer)."""
    words = _words(attributor)
    for order in (words, words[::-1]):
        old, new = _features(attributor), _features(attributor)
        remembered = new.remembered(stops.may_stop)
        assert [remembered(w) for w in order] == [_old_may_stop(old, w) for w in order]


def test_stop_key_equals_the_old_form(attributor: QuoteAttributor) -> None:
    old, new = _features(attributor), _features(attributor)
    keys = list(dict.fromkeys(old.rows[w][0] for w in _words(attributor)))
    keys += [old.rows[w][1] for w in _words(attributor)]
    differ = [k for k in dict.fromkeys(keys) if stops._stop_key(new, k) != _old_stop_key(old, k)]
    assert differ == []


def test_stop_sets_join_the_classes(attributor: QuoteAttributor) -> None:
    features = _features(attributor)
    keys, bare, may_keys = features.derived[stops._stop_sets]
    assert features.derived[stops._stop_sets] is features.derived[stops._stop_sets]  # made once
    assert "فيه" in keys and "خلالها" in keys and "امس" in keys
    assert "بالمناسبه" in bare and "سوي" in bare and "بيانا" in bare
    assert "دون" in may_keys and "اي" in may_keys and "دون" not in keys
    assert keys <= may_keys


@pytest.mark.parametrize("text", TEXTS)
def test_is_stop_and_count_in_sentences(attributor: QuoteAttributor, text: str) -> None:
    """is_stop at every token reads may_stop and the context as before; count is the Counter's."""
    view = view_of(attributor, text)
    old = _features(attributor)
    for i in range(len(view)):
        expected = _old_may_stop(old, view.tokens[i].text) and stops.stop_in_context(view, i)
        assert stops.is_stop(view, i) == expected
    counts = Counter(view.keys)
    for key in [*view.keys, "غائب", "", "في"]:
        assert view.count(key) == counts[key]


def test_named_stops(attributor: QuoteAttributor) -> None:
    """A few answers by name, each a different test of may_stop."""
    features = _features(attributor)
    for word in ("فيها", "وعنهم", "أمس", "للصحافيين", "لتلفزيون", "بإسهاب", "بالمناسبة", "سوى", "بيانا"):
        assert stops.may_stop(features, word), word
    for word in ("دون", "أي", "لـCNN", "رسمياً", "بلهجةٍ", "معتذرا", "روسيا", "2016", "و"):
        assert stops.may_stop(features, word), word
    for word in ("علي", "الوزير", "حسن", "ولي", "الاتفاق", "لافروف"):
        assert not stops.may_stop(features, word), word


def test_rows_bare_key_is_strip_conjunction(attributor: QuoteAttributor) -> None:
    """_Rows writes strip_conjunction out: each row's bare key is still what it gives."""
    features = _features(attributor)
    words = _words(attributor)
    words += ["و" + w for w in sorted(attributor.vocabulary)[::3]] + [
        "ف" + w for w in sorted(attributor.vocabulary)[::7]
    ]
    stripped = 0
    for word in words:
        key, bare, _, _ = features.rows[word]
        assert key == normalize(word)
        assert bare == strip_conjunction(key, attributor.vocabulary), word
        stripped += bare != key
    assert stripped > 100
