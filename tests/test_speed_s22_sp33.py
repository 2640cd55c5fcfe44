"""Speed round sp33 (issue 18). ``SpeakerWords.title_state`` reads a key in a table of every key
one of its readings knows (the title, with ال added or dropped, with a possessive or the dual
ending), built once from the titles, and tries the feminine reading (the key less a final ه)
only on a key the table lacks. The function it replaced is written out here and compared on many
keys: the stage's titles with prefixes and endings, the words of texts of my own and their
tails, and word lists made to reach each reading and its exceptions.
"""

from __future__ import annotations

from qawl.arabic import normalize, tokenize
from qawl.extractors.quotes.lexicon import SpeakerWords, load_speaker_words

_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _after_article(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


def reference_title_state(words: SpeakerWords, key: str) -> str | None:
    """title_state as it read before sp33 (lexicon.py at m4), written out."""
    openings = words.title_openings
    opening = key[2:5] if key.startswith("ال") else key[:3]
    if openings is not None and opening not in openings:
        return None
    titles = words.classes.get("title", frozenset()) | words.classes.get("media", frozenset())
    if key in titles:
        return "definite" if key.startswith("ال") else "indefinite"
    if key.startswith("ال") and key[2:] in titles:
        return "definite"
    if "ال" + key in titles and not words.is_a("article_role", key):
        return "indefinite"
    for suffix in _POSSESSIVES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            base = key[: -len(suffix)]
            if base in titles or (base.endswith("ت") and base[:-1] + "ه" in titles):
                return "definite"
    if key.endswith("ه") and len(key) > 3:
        masculine = reference_title_state(words, key[:-1])
        if masculine is not None:
            return masculine
    if key.endswith("ان") and len(_after_article(key)) > 4:
        base = key[:-2]
        if base in titles or "ال" + base in titles or (base.endswith("ت") and base[:-1] + "ه" in titles):
            return "definite" if key.startswith("ال") else "indefinite"
    return None


# Texts of my own: titles bare, with the article, a possessive, the feminine, the dual.
TEXTS = [
    "وقال رئيس الوزراء ونظيره الفرنسي إن المبعوثة الأممية ستزور العاصمة.",
    "أكد الوزيران والأمينان العامان أن محاميتها ووكيلة النيابة حضرتا الجلسة.",
    "وصرح الناطق باسم الجيش والمتحدثة الرسمية ومراسلنا بأن السفيرتين غادرتا.",
]

_ENDINGS = ("", "ه", "هه", "ههه", "ها", "هم", "هما", "هن", "ان", "تان", "ين", "ون", "ات", "هان", "تها")
_PREFIXES = ("", "ال", "و", "وال", "لل", "ب")


def _keys_of(titles: frozenset[str]) -> set[str]:
    """Every title cut and extended the ways the readings undo, with prefixes they do not."""
    keys = {"", "ه", "هه", "ال", "اله", "الهه", "ان", "الان"}
    for title in titles:
        stems = {title, title[2:], title[:-1], title[:-1] + "ت", title[:-1] + "ة", title[2:-1] + "ت"}
        for stem in stems:
            for prefix in _PREFIXES:
                for ending in _ENDINGS:
                    keys.add(prefix + stem + ending)
    return keys


def _text_keys() -> set[str]:
    keys = set()
    for text in TEXTS:
        for token in tokenize(text):
            key = normalize(token.text)
            keys.update({key, key[1:], key[2:], key[:-1], key[:-2], "ال" + key, key + "ه", key + "ان"})
    return keys


def _assert_same(words: SpeakerWords, keys: set[str]) -> int:
    """title_state agrees with the reference on every key; the count of keys with a state."""
    wrong = {key: (words.title_state(key), reference_title_state(words, key)) for key in keys}
    wrong = {key: pair for key, pair in wrong.items() if pair[0] != pair[1]}
    assert not wrong, sorted(wrong.items())[:10]
    return sum(reference_title_state(words, key) is not None for key in keys)


def test_stage_titles_read_as_before() -> None:
    words = load_speaker_words()
    keys = _keys_of(words.classes["title"] | words.classes["media"]) | _text_keys()
    known = _assert_same(words, keys)
    # The keys reach every reading: many titles, each with its forms.
    assert known > 2000


def test_own_texts_read_as_before() -> None:
    words = load_speaker_words()
    keys = _text_keys()
    assert _assert_same(words, keys) > 10
    # The readings the texts were written for.
    assert words.title_state("نظيره") == "definite"  # possessive, before the feminine reading
    assert words.title_state("المبعوثه") == "definite"  # feminine with the article
    assert words.title_state("وكيله") is not None
    assert words.title_state("الوزيران") == "definite"  # dual
    assert words.title_state("محاميتها") == "definite"  # ة written ت before a possessive


def test_small_list_every_reading_and_exception() -> None:
    # A list of my own: a title listed with the article, one ending in ة (ه once normalised),
    # an article_role word, and a short title the length tests turn away.
    words = SpeakerWords(
        {
            "title": frozenset({"رئيس", "الناطق", "المراسل", "محاميه", "مبعوث", "الوزيره", "سفير", "قاض"}),
            "media": frozenset({"الوكاله"}),
            "article_role": frozenset({"ناطق"}),
        }
    )
    assert words.title_openings is not None
    keys = _keys_of(words.classes["title"] | words.classes["media"]) | _text_keys()
    assert _assert_same(words, keys) > 100
    # article_role: ناطق alone is no title, المراسل's bare form is.
    assert words.title_state("ناطق") is None
    assert words.title_state("مراسل") == "indefinite"
    # ة written ت before the dual and a possessive; the feminine twice over.
    assert words.title_state("محاميتان") == "indefinite"
    assert words.title_state("سفيرهه") == "definite"


def test_openings_off_reads_as_before() -> None:
    # A title of two letters past ال turns the opening test off (title_openings is None); a
    # title of two letters takes no possessive reading (عمه is no title by it).
    words = SpeakerWords(
        {"title": frozenset({"رئيس", "الحر", "مدير", "الامينه", "عم"}), "article_role": frozenset()}
    )
    assert words.title_openings is None
    keys = _keys_of(words.classes["title"]) | _text_keys()
    assert _assert_same(words, keys) > 20
    assert words.title_state("عمه") is None
