"""A definite verbal noun of saying governed by a verb of beginning, going on, habit or wish:
"دأبت الحكومة على القول إنها …"، "تود الشركة الإعلان عن …"، "بدأ اللاعب الحديث عن …".

The governing verb says how or when its subject speaks; the verbal noun is the speech itself, its
complement what was said, and the verb's subject the speaker. A definite verbal noun names no
source of its own (الإعلان has no genitive), so without such a verb it is no quote.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.content import content_from
from qawl.extractors.quotes.frames import MAX_LIGHT_SUBJECT, Frame
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.speakers import whole_subject
from qawl.extractors.quotes.triggers import find_trigger
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import NEGATIONS

# The definite verbal nouns read, as normalised keys: announcing, talking about, saying,
# stressing, calling for, warning of, demanding.
_NOUNS = tuple(
    normalize(word)
    for word in ("الإعلان", "الحديث", "القول", "التأكيد", "التشديد", "الدعوة", "التحذير", "المطالبة")
)
# A second such noun joined by و goes on with the same governing verb and subject ("دأب القادة على
# التأكيد على مناهضة إسرائيل والدعوة إلى إزالتها"): a report of its own, which ends the first one.
_JOINED_NOUNS = frozenset("و" + key for key in _NOUNS)
# Verbs of beginning, going on, habit and wish: (perfect stem, imperfect stem without its prefix).
_BEGINNING = (("بدأ", "بدأ"), ("واصل", "واصل"), ("دأب", "دأب"), ("اعتاد", "عتاد"))
_WISHING = (("ود", "ود"), ("أراد", "ريد"))


def _forms(pairs: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """Perfect and imperfect in both genders and the masculine plural, normalised."""
    forms = set()
    for perfect, imperfect in pairs:
        forms.update(normalize(perfect + ending) for ending in ("", "ت", "وا"))
        forms.update(normalize(prefix + imperfect) for prefix in ("ي", "ت"))
        forms.add(normalize("ي" + imperfect + "ون"))
    return frozenset(forms)


_WISH_FORMS = _forms(_WISHING)
# Verbs of wish take the noun as object even right after them ("أراد القول إن …").
_GOVERNORS = _forms(_BEGINNING) | _WISH_FORMS
# The preposition a verb of habit takes before the noun (دأب على، اعتاد على).
_LINKS = frozenset({"علي"})
MAX_COMPLEMENT_GAP = 3  # tokens from the noun to what introduces its content


def governed_noun_frames(view: DocView, quoted: set[int]) -> list[Frame]:
    """The frames of the definite verbal nouns of saying that a governing verb makes report."""
    frames: list[Frame] = []
    for key in _NOUNS:
        for k in view.positions(key):
            if k in quoted:
                continue
            frame = _frame_at(view, k)
            if frame is not None:
                frames.append(frame)
                frames += _joined_frames(view, frame)
    return frames


def _joined_frames(view: DocView, frame: Frame) -> list[Frame]:
    """The reports of verbal nouns joined by و inside ``frame``'s content ("… على التأكيد على X
    والدعوة إلى Y"): each has the same speaker, its own complement for content, and ends the
    content before it."""
    joined: list[Frame] = []
    _, last = view.sentence_range(frame.cue)
    start, end = frame.content
    for k in range(frame.cue + 1, last):
        if view.tokens[k].start >= end:
            break
        if view.tokens[k].start <= start or view.keys[k] not in _JOINED_NOUNS:
            continue
        noun = _noun_of(view, view.keys[k][1:])
        if noun is None:
            continue
        trigger, _ = find_trigger(view, k, noun, min(last, k + MAX_COMPLEMENT_GAP + 1))
        if trigger is None or trigger.kind == "obj" or trigger.index > k + MAX_COMPLEMENT_GAP:
            continue
        found = content_from(view, trigger)
        if found is None:
            continue
        before = joined[-1] if joined else frame
        before.content = (before.content[0], view.tokens[k - 1].end)
        span, kind = found
        joined.append(Frame(k, k + 1, span, kind, frame.speaker, None, frame.confidence))
    return joined


def _noun_of(view: DocView, key: str) -> Cue | None:
    """The lexicon's verbal noun a definite key (الإعلان) spells, or None."""
    forms = view.lexicon.forms
    noun = forms.get(key[2:]) or forms.get(key[2:] + "ه")
    return noun if noun is not None and noun.kind in ("noun", "possessive") else None


def _frame_at(view: DocView, k: int) -> Frame | None:
    # A possessive-only noun (قول) is listed with its pronouns: its frames are the same.
    noun = _noun_of(view, view.bare[k])
    if noun is None:
        return None
    first, last = view.sentence_range(k)
    end = k
    if end - 1 >= first and view.bare[end - 1] in _LINKS:
        end -= 1
    verb = None
    for v in range(end - 1, max(first - 1, end - MAX_LIGHT_SUBJECT - 2), -1):
        if not view.is_word(v):
            return None
        word = view.bare[v]
        if word in _GOVERNORS or (word[:1] in "وف" and word[1:] in _GOVERNORS):
            verb = v
            break
    if verb is None or (verb > first and view.bare[verb - 1] in NEGATIONS):
        return None
    speaker = None
    word = view.bare[verb]
    wish = word in _WISH_FORMS or word[1:] in _WISH_FORMS
    if end == verb + 1 and end == k and not wish:
        return None  # "وبدأ الحديث عن …": the noun is the verb's subject, "talk began about"
    if end > verb + 1:
        speaker = whole_subject(view, verb + 1, end)
        if speaker is None:
            return None
    trigger, _ = find_trigger(view, k, noun, min(last, k + MAX_COMPLEMENT_GAP + 1))
    if trigger is None or trigger.kind == "obj" or trigger.index > k + MAX_COMPLEMENT_GAP:
        return None
    found = content_from(view, trigger)
    if found is None:
        return None
    span, kind = found
    confidence = 0.6 if trigger.kind in ("that", "quote", "colon") else 0.5
    return Frame(k, k + 1, span, kind, speaker, None, confidence)
