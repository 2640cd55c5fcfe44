"""A quote put first and its reporting clause after it, opened by هكذا "thus":
'"لقد كانت سنة صعبة".. هكذا قال الوزير'، '«…» هكذا وصفت الفنانة دورها'، '"…".. هكذا بدأ
الوزير حديثه'.

هكذا points back to the words just quoted: they are what the verb after it reports, and the noun
phrase after the verb is their source. Two kinds of verb take it:

- a verb of saying (قال، وصف، علق، أشار …): "هكذا علق المدرب" — the quote is its content;
- a verb of beginning or ending (بدأ، استهل، افتتح، ختم، اختتم), after هكذا or "بهذه الكلمات",
  whose object is a noun of speech that carries its subject's pronoun: "هكذا استهل الوزير
  كلمته"، "هكذا اختتم اللاعب رسالته". The words opened or closed the speech, so they are the
  speaker's. Without such a noun the verb begins something else ("هكذا بدأ السودان في تلبية
  النداء"): no quote. A verb of saying with such an object ends its subject there too.

The quoted words open their sentence or line and hold three words at least, as for a quote
before a bare verb of saying (:func:`frames._quote_before`): after a colon or a verb the marks
are another cue's, and a short pair may be a name.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import Trigger
from qawl.extractors.quotes.content import content_from
from qawl.extractors.quotes.frames import Frame, verb_frame
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.view import DocView

_THUS = normalize("هكذا")
# "بهذه الكلمات" "with these words" and its kin: after them a verb of saying is read by
# :func:`frames._these_words`; a verb of beginning or ending is read here.
_THESE = normalize("بهذه")
_THESE_WORDS = frozenset(normalize(w) for w in ("الكلمات", "الكلمة", "العبارة", "العبارات", "الجملة"))
MIN_THUS_QUOTE_WORDS = 3
MAX_THUS_SUBJECT = 14  # tokens from the verb to the noun of speech: a full name and an apposition in commas

# Verbs of beginning and ending: perfect, masculine and feminine (normalised keys).
_OPENING_VERBS = frozenset(
    normalize(stem + ending)
    for stem in ("بدأ", "استهل", "افتتح", "ختم", "اختتم", "أنهى")
    for ending in ("", "ت")
) | {normalize("أنهت")}
# Nouns of a speech or a text that a speaker opens or closes: حديثه، كلمتها، خطابه …
_SPEECH_NOUNS = frozenset(
    normalize(word)
    for word in (
        "حديث",
        "كلمة",
        "كلام",
        "خطاب",
        "تصريح",
        "تصريحات",
        "رسالة",
        "تغريدة",
        "تدوينة",
        "منشور",
        "مقابلة",
        "لقاء",
        "رد",
        "بيان",
        "مداخلة",
        "شهادة",
        "مقال",
        "حوار",
    )
)
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
# The dash after a dateline opens the story's first sentence: "دبي (CNN)-- "…".. هكذا".
_DASHES = frozenset({"-", "--", "—", "–"})


def _quote_opening(view: DocView, k: int) -> int | None:
    """The opening mark of the quote that هكذا at ``k`` points back to: its closing mark stands
    right before, with at most punctuation between ('"…".. هكذا'، '«…»، هكذا'), and the marks
    open a sentence or a line and hold a sentence rather than a term."""
    close = k - 1
    while close > 0 and not view.is_word(close) and not view.is_mark(close):
        close -= 1  # "..", "،", "…" after the marks
    if close <= 0 or not view.is_mark(close):
        return None
    opening = view.close_open.get(close)
    if opening is None:
        return None
    if opening > 0 and not (
        view.is_sentence_mark(opening - 1)
        or view.newline_between(opening - 1, opening)
        or view.tokens[opening - 1].text in _DASHES
    ):
        return None
    words = sum(1 for m in range(opening + 1, close) if view.is_word(m))
    return opening if words >= MIN_THUS_QUOTE_WORDS else None


def _speech_noun_with_pronoun(view: DocView, m: int) -> bool:
    """Whether word ``m`` is a noun of speech with a possessive pronoun: حديثه، كلمتها."""
    key = view.bare[m]
    for ending in _PRONOUNS:
        if key.endswith(ending) and len(key) > len(ending):
            stem = key[: -len(ending)]
            # The ة of كلمة is written ت before the pronoun (كلمته): normalised, the stem ends in ت.
            if stem in _SPEECH_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in _SPEECH_NOUNS):
                return True
    return False


def _opened_speech(view: DocView, v: int, last: int) -> int | None:
    """The token of the noun of speech that the verb of beginning or ending at ``v`` takes as its
    object, after its subject ("هكذا بدأ إيلون ماسك، مؤسس الشركة، حديثه")."""
    for m in range(v + 2, min(last, v + 2 + MAX_THUS_SUBJECT)):
        if view.is_word(m) and _speech_noun_with_pronoun(view, m):
            return m
        if view.is_sentence_mark(m):
            return None  # marks may hold a name in an apposition ('مؤسس شركة "تسلا"')
    return None


def _subject(view: DocView, v: int, end: int, whole: bool) -> SpeakerPhrase | None:
    """The source named right after the verb at ``v``, within tokens [v + 1, end); with
    ``whole``, one that fills them (the words before the object are the subject, or no
    subject is read: "هكذا اختتم القائد الإيطالي بوفون رسالته" must not leave a name half read)."""
    if end <= v + 1:
        return None
    phrase = parse_speaker(view, v + 1, end, object_follows=True)
    if phrase is None or phrase.start != v + 1 or phrase.kind not in ("name", "title"):
        return None
    if whole and phrase.last != end and not view.is_comma(phrase.last):
        return None  # "هكذا بدأ X، مؤسس الشركة، حديثه": an apposition set off by commas may follow
    return phrase


def thus_frames(view: DocView, quoted: set[int]) -> list[Frame]:
    """The frames of quotes that هكذا (or بهذه الكلمات) + a verb report after them."""
    frames: list[Frame] = []
    pointers = list(view.positions(_THUS)) if view.count(_THUS) else []
    if view.count(_THESE):
        pointers += [
            k + 1 for k in view.positions(_THESE) if k + 1 < len(view) and view.bare[k + 1] in _THESE_WORDS
        ]
    for k in sorted(pointers):
        v = k + 1
        if k in quoted or v >= len(view) or not view.is_word(v):
            continue
        these = view.bare[k] != _THUS
        opening = _quote_opening(view, k - 1 if these else k)
        if opening is None:
            continue
        _, last = view.sentence_range(v)
        cue = view.cues[v]
        saying = cue is not None and cue.kind == "verb" and view.keys[v] == view.bare[v] and not these
        if saying:
            own, _ = verb_frame(view, v, cue)
            if own is not None:
                continue  # "هكذا علق الوزير على القرار بأنه …": the verb has content of its own
            feminine = cue.feminine
        elif view.bare[v] in _OPENING_VERBS:
            feminine = view.bare[v].endswith("ت")
        else:
            continue
        noun = _opened_speech(view, v, last)
        if noun is None and not saying:
            continue  # "هكذا بدأ الموسم": a verb of beginning opens no speech
        end = last if noun is None else noun
        while noun is not None and end > v + 1 and not view.is_word(end - 1):
            end -= 1  # "هكذا بدأ X، مؤسس الشركة، حديثه": the comma before the object
        speaker = _subject(view, v, end, whole=noun is not None)
        if speaker is None:
            continue
        found = content_from(view, Trigger("quote", opening))
        if found is None:
            continue
        span, kind = found
        frame = Frame(v, v + 1, span, kind, speaker, feminine, 0.85)
        frame.verbal = True
        frames.append(frame)
    return frames
