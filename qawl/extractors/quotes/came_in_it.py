"""A text, then "جاء فيه/فيها" "in which came": what the text says, the text its source.

"وأصدرت الوزارة بيانا جاء فيه: "…""، "وثيقة الادعاء التي قدمها المحامي، جاء فيها أن …"،
"تصريحات لرئيس الوزراء جاء فيها: "…"". جاء/ورد "came" with في + the pronoun of a text just
named says what that text holds, as "وجاء في البيان أن …" does with the text after في
(:func:`sources.came_in_frame`): the verb's subject is the content itself, and the text stands
for its issuer (:mod:`resolve`). The pronoun takes up the nearest text noun before the verb, in
the sentence (past the text's genitives and adjectives, a relative clause on it and its comma).
The content must open right after the pronoun, or after a short adverbial ("جاء فيها حسب
الترجمة: …"): "بما جاء فيه" or "ما ورد فيه من وصف" is a reference to the text, no report.
"""

from __future__ import annotations

from qawl.extractors.quotes.clauses import Trigger, is_complementizer
from qawl.extractors.quotes.content import content_from
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.issuers import UTTERANCE_NOUNS, WRITTEN_SOURCES
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import RELATIVES, STATEMENT_NOUNS

# The verb of coming in a text, with or without its و (its subject is what the text holds).
_CAME = frozenset({"جاء", "ورد", "وجاء", "وورد"})
# في with the pronoun of the text: masculine (بيان، تقرير) or feminine and plural (رسالة، تصريحات).
_IN_IT = ("فيه", "فيها")
# Heads of a text that holds words: statements, letters, utterances, written sources, and the
# parts and wordings of one (فقرة "a paragraph", مقتطفات "excerpts", عبارات "phrases").
_TEXT_HEADS = (
    STATEMENT_NOUNS
    | WRITTEN_SOURCES
    | UTTERANCE_NOUNS
    | frozenset(
        {"رساله", "تدوينه", "تغريده", "منشور", "تقرير", "كلمه", "خطاب", "فقره", "مقتطفات", "عبارات",
         "كلمات", "بيانات", "رسائل", "تقارير", "تغريدات", "خطبه", "عريضه", "مقال", "مقاله"}
    )
)  # fmt: skip
# Words before the verb that make the clause a reference to what came in the text: "بما جاء
# فيه"، "عما ورد فيها"، "كل ما جاء فيه".
_WHAT = frozenset({"ما", "بما", "عما", "مما", "لما", "فيما", "كما", "حسبما"})
MAX_ADVERBIAL_WORDS = 3  # "جاء فيها حسب الترجمة: …"، "جاء فيها على لسانه: …"
MAX_TEXT_DISTANCE = 14  # words back from the verb to the text noun its pronoun takes up
MAX_TEXT_WORDS = 6  # the speaker phrase: the text noun and its genitives


def came_in_it_frames(view: DocView, quoted: set[int]) -> list[Frame]:
    """The frames of "N … جاء فيه/فيها + content" in the document."""
    found: list[Frame] = []
    for pronoun in _IN_IT:
        for k in view.positions(pronoun):
            verb = k - 1
            if verb < 1 or verb in quoted or not view.is_word(verb) or view.keys[verb] not in _CAME:
                continue
            frame = _came_in_it(view, verb, k)
            if frame is not None:
                found.append(frame)
    return found


def _came_in_it(view: DocView, verb: int, pronoun: int) -> Frame | None:
    first, last = view.sentence_range(verb)
    if view.bare[verb - 1] in _WHAT:
        return None
    trigger = _trigger_after(view, pronoun + 1, last)
    if trigger is None:
        return None
    text = _text_before(view, verb, first)
    if text is None:
        return None
    # "وأصدرت الوزارة بيانا جاء فيه"، "وجه X عبارات قاسية جاء فيها": an indefinite text with
    # no issuer in لـ after it is the object of the verb before it, whose subject issued it and
    # goes on as the speaker.
    speaker = None if _unowned(view, text) else text
    found = content_from(view, trigger)
    if found is None:
        return None
    span, kind = found
    frame = Frame(verb, verb + 1, span, kind, speaker, None, 0.6)
    # A verb: inside another quote's content it nests ("مشيرا إلى فقرة … جاء فيها أن …").
    frame.verbal = True
    return frame


def _trigger_after(view: DocView, k: int, last: int) -> Trigger | None:
    """What opens the content after the pronoun: a complementizer, a colon or an opening mark,
    right after it or past a short adverbial without a cue."""
    start = k
    while k < last and k - start <= MAX_ADVERBIAL_WORDS:
        if is_complementizer(view, k):
            return Trigger("that", k + 1) if k + 1 < last else None
        if view.tokens[k].text == ":":
            return Trigger("colon", k + 1) if k + 1 < last else None
        if view.is_mark(k) and view.open_close.get(k) is not None:
            return Trigger("quote", k)
        found = view.cues[k] if view.is_word(k) else None
        if not view.is_word(k) or (found is not None and found.kind != "source"):
            return None  # "جاء فيها حسب الترجمة: …": a source word of the wording passes
        k += 1
    return None


def _text_before(view: DocView, verb: int, first: int) -> SpeakerPhrase | None:
    """The text noun phrase the pronoun after the verb takes up: the nearest text head before
    it, with the words after that head up to a relative, a comma or the verb."""
    k = verb - 1
    while k >= first and verb - k <= MAX_TEXT_DISTANCE:
        if view.is_sentence_mark(k):
            return None
        if view.is_word(k) and _text_head(view.bare[k]):
            end = k + 1
            while (
                end < verb
                and end - k < MAX_TEXT_WORDS
                and view.is_word(end)
                and view.bare[end] not in RELATIVES
                and view.cues[end] is None
            ):
                end += 1
            return SpeakerPhrase(k, end, "name", None, (k, end))
        k -= 1
    return None


def _text_head(key: str) -> bool:
    """A text noun, with its article, a preposition or the accusative ending: البيان، ببيان،
    بيانا، لرسالة."""
    for prefix in ("", "ال", "ب", "ل", "بال", "لل"):
        if not key.startswith(prefix):
            continue
        core = key[len(prefix) :]
        if core in _TEXT_HEADS or (core.endswith("ا") and core[:-1] in _TEXT_HEADS):
            return True
    return False


def _unowned(view: DocView, text: SpeakerPhrase) -> bool:
    """An indefinite text: no article on its head, no definite genitive after it (وثيقة الادعاء
    is definite by its genitive), and no issuer in لـ."""
    if view.bare[text.first].startswith(("ال", "بال", "لل")):
        return False
    second = text.first + 1
    if second < text.last and view.is_word(second) and has_article(view, second):
        return False
    return not any(view.bare[m].startswith("ل") for m in range(text.first + 1, text.last))
