"""Speed round sp37 (issue 18), with the same results.

1. The hot call sites read ``len(view.tokens)`` instead of ``len(view)`` (the Python
   ``DocView.__len__``): the two are one number.
2. ``governed_nouns.governed_noun_frames`` picks the forms a document holds as the keys of its
   word counts (``view.distinct_keys()``), where it called ``view.count`` on each of ~60 forms;
   ``DocView.key_positions`` reads the counts without the ``count`` call.
3. ``SpeakerWords.is_a`` written out at its hottest call sites as
   ``key in words.classes.get(cls, ())``.

The replaced readings are written out here and compared on texts of my own and on the news
fixtures.
"""

from __future__ import annotations

from quote_helpers import fixture_texts

from qawl.document import Document
from qawl.extractors.quotes import antecedents, attribution, governed_nouns, history, names, resolve, titles
from qawl.extractors.quotes.attribution import document_names
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.lexicon import SpeakerWords
from qawl.extractors.quotes.names import PREPOSITION_PRONOUNS
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.stops import has_article, is_title_word
from qawl.extractors.quotes.view import DocView

# Texts of my own: verbal nouns of saying governed by a verb of beginning or wishing and by a
# verb of striving (دفع/سعى/حرص with their prepositions), with و/ف on the verb; bodies and
# outlets (وزارة، قناة، وكالة) with and without the article; stop and time words.
TEXTS = [
    "وبدأ الوزير الحديث عن الأزمة قائلا إن الحل قريب.",
    "ودفع الحادث الوزارة إلى الإعلان عن خطة جديدة، فيما سعت الحكومة إلى التأكيد أن الوضع مستقر.",
    "وحرص الرئيس على التشديد على أن الانتخابات ستجري في موعدها، وأراد القول إن الباب مفتوح.",
    "وقالت وزارة الخارجية في بيان اليوم إن قناة الإخبارية نقلت عن وكالة الأنباء تصريحا.",
    "وذكرت الوكالة أمس أن مصدرا في الوزارة قال إن المفاوضات مستمرة منذ يومين.",
    "فيحرصون على الدعوة إلى الحوار، وتسعى المعارضة للمطالبة بالإفراج عن المعتقلين.",
    "وذكرت قناة «الميادين» أن الوفد وصل، ونقلت وكالة «سبوتنيك» عن مصدر قوله إن الاتفاق قريب.",
    "",
]

_STAGE = QuoteAttributor()


def _view(text: str, words: SpeakerWords | None = None) -> DocView:
    return DocView(
        Document("d", text), _STAGE.lexicon, words or _STAGE.words, _STAGE.vocabulary, _STAGE.features
    )


def _texts() -> list[str]:
    return TEXTS + [text for text in fixture_texts() if text][:4]


def test_len_view_is_the_token_count() -> None:
    for text in _texts():
        view = _view(text)
        assert len(view) == len(view.tokens) == len(view.doc.tokens)


def _old_governed_noun_frames(view: DocView, quoted: set[int]) -> list:
    """governed_noun_frames as it was: view.count asked of every form."""
    frames: list = []
    count = view.count
    for key in governed_nouns._NOUNS:
        if not count(key):
            continue
        for k in view.positions(key):
            if k in quoted:
                continue
            frame = governed_nouns._frame_at(view, k)
            if frame is not None:
                frames.append(frame)
                frames += governed_nouns._joined_frames(view, frame)
    for key in governed_nouns._AIMING_FORMS:
        if not count(key):
            continue
        for v in view.positions(key):
            frame = governed_nouns._aimed_frame(view, v, quoted)
            if frame is not None:
                frames.append(frame)
    return frames


def test_governed_noun_frames_match_the_count_loop() -> None:
    found = 0
    for text in _texts():
        for quoted in (set(), set(range(0, 400, 3))):
            new = governed_nouns.governed_noun_frames(_view(text), quoted)
            old = _old_governed_noun_frames(_view(text), quoted)
            assert new == old, text
            found += len(new)
    assert found >= 4  # my texts do make such frames


def test_key_positions_and_counts() -> None:
    for text in _texts():
        view = _view(text)
        keys = view.keys
        for key in [*set(keys), "غائبة", ""]:
            expected = [i for i, k in enumerate(keys) if k == key]
            assert view.key_positions(key) == expected
            assert view.count(key) == len(expected)
            assert (key in view.distinct_keys()) == (view.count(key) > 0)


def _every_key(view: DocView) -> list[str]:
    keys = set(view.keys) | set(view.bare)
    return sorted(keys | {k[2:] for k in keys if k.startswith("ال")})


def test_classes_written_out_are_is_a() -> None:
    partial_words = SpeakerWords({"title": _STAGE.words.classes["title"]})  # a stage lacking classes
    seen = 0
    for words in (_STAGE.words, partial_words):
        for text in _texts():
            view = _view(text, words)
            for key in _every_key(view):
                for cls in (*_STAGE.words.classes, "no_such_class"):
                    assert (key in words.classes.get(cls, ())) == words.is_a(cls, key)
                # the functions that read them, against their is_a readings
                assert titles.names_a_body(words, key) == (
                    words.is_a("media", key) or words.is_a("institution", key) or words.is_a("namer", key)
                )
                assert names._is_stop_key(view, key) == (
                    words.is_a("stop", key) or words.is_a("time", key) or key in PREPOSITION_PRONOUNS
                )
                seen += titles.names_a_body(words, key) + names._is_stop_key(view, key)
            for k in range(len(view.tokens)):
                old = not antecedents._negation(view, k) and (
                    view.is_word(k) and (words.is_a("stop", view.bare[k]) or words.is_a("time", view.bare[k]))
                )
                assert antecedents._adverbial_opener(view, k) == old
    assert seen >= 10


def test_names_body_is_the_is_a_reading() -> None:
    found = 0
    for text in _texts():
        view = _view(text)
        for first in range(len(view.tokens)):
            if not view.is_word(first):
                continue
            phrase = SpeakerPhrase(first=first, last=first + 1, kind="body")
            head = view.bare[first]
            head = head[2:] if has_article(view, first) else head
            old = view.words.is_a("institution", head) or view.words.is_a("media", head)
            assert history.names_body(view, phrase) == old
            found += old
    assert found >= 4


def _old_document_bodies(view: DocView, index: names.NameIndex) -> list[tuple[int, str, str]]:
    """resolve.document_bodies as it was (is_a at every word), without its memo."""
    found: list[tuple[int, str, str]] = []
    words = view.words
    for i, key in enumerate(view.bare):
        if key.startswith("ال") or not view.is_word(i):
            continue
        head = key if key[:1] not in resolve._HEAD_PROCLITICS else key[1:]
        if not (words.is_a("institution", head) or words.is_a("media", head)):
            if head is key or not (words.is_a("institution", key) or words.is_a("media", key)):
                continue
            head = key
        name = resolve._name_after_head(view, index, i)
        if name is not None:
            if not resolve._names_itself(view, index, i + 1, name):
                name = view.tokens[i].text[len(view.tokens[i].text) - len(head) :] + " " + name
            found.append((i, head, name))
    return found


def _old_name_goes_on(view: DocView, index: names.NameIndex, k: int) -> bool:
    """attribution._name_goes_on_in_coordination as it was."""
    bare, key = view.bare[k], view.keys[k]
    if view.words.is_a("stop", bare) or view.words.is_a("time", bare) or is_title_word(view, k):
        return False
    governed = key[:1] in "بلك" and (key[1:3] == "ال" or key[:2] == "لل")
    return not governed or index.known(bare) or view.mention_label(k) is not None


def test_name_index_readers_match_their_is_a_readings() -> None:
    bodies = going_on = 0
    for text in _texts():
        view = _view(text)
        index = document_names(view, [])
        old = _old_document_bodies(view, index)
        assert resolve.document_bodies(view, index) == old
        bodies += len(old)
        for k in range(len(view.tokens)):
            if view.is_word(k):
                expected = _old_name_goes_on(view, index, k)
                assert attribution._name_goes_on_in_coordination(view, index, k) == expected
                going_on += not expected
        for key in _every_key(view):
            expected = any(
                view.words.is_a(kind, key[2:] if key.startswith("ال") else key)
                for kind in ("institution", "media")
            )
            assert index._body_word(key) == expected
    assert bodies >= 1 and going_on >= 20
