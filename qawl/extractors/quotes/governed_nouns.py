"""A definite verbal noun of saying governed by a verb of beginning, going on, habit or wish:
"دأبت الحكومة على القول إنها …"، "تود الشركة الإعلان عن …"، "بدأ اللاعب الحديث عن …".

The governing verb says how or when its subject speaks; the verbal noun is the speech itself, its
complement what was said, and the verb's subject the speaker. A definite verbal noun names no
source of its own (الإعلان has no genitive), so without such a verb it is no quote.

Verbs of causing, striving and taking care govern one too, after their preposition: "ما دفع
الوزارة إلى الإعلان عن …" (the one pushed is the source), "يسعى البيت الأبيض لنفي الأنباء …"،
"حرص الوزير على توضيح موقفه" (the subject is). There the noun may stand in construct, its
genitive what was said.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import Trigger
from qawl.extractors.quotes.content import content_from
from qawl.extractors.quotes.frames import MAX_LIGHT_SUBJECT, Frame
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.phrase import SpeakerPhrase
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
    # A look-up in the document's word counts skips a form it lacks before positions() builds
    # and stores an empty list for it (most documents hold none of the ~50 aiming forms): the
    # forms it holds are picked at C speed, as the keys of its counts (count(key) > 0).
    held = view.distinct_keys().__contains__
    for key in filter(held, _NOUNS):
        for k in view.positions(key):
            if k in quoted:
                continue
            frame = _frame_at(view, k)
            if frame is not None:
                frames.append(frame)
                frames += _joined_frames(view, frame)
    for key in filter(held, _AIMING_FORMS):
        for v in view.positions(key):
            frame = _aimed_frame(view, v, quoted)
            if frame is not None:
                frames.append(frame)
    return frames


# Verbs of causing, striving and taking care, whose complement after a preposition is what their
# subject (or, after دفع, their object) sets out to do: "دفع الحادث الوزارة إلى الإعلان عن …"،
# "يسعى البيت الأبيض لنفي الحديث عن …"، "وحرص الوزير على توضيح موقفه". With a verbal noun of
# saying there, that noun reports, and the one pushed or striving is its source.
# (perfect, imperfect stem without its prefix, the preposition, whether its object is the source)
_AIMING = (("دفع", "دفع", "الي", True), ("سعى", "سعى", "الي", False), ("حرص", "حرص", "علي", False))
_AIMING_FORMS: dict[str, tuple[str, bool]] = {}
for _perfect, _imperfect, _link, _pushed in _AIMING:
    _stem = _perfect[:-1] if _perfect.endswith("ى") else _perfect
    for _form in (
        _perfect,
        _stem + "ت",
        _stem + "وا",
        "ي" + _imperfect,
        "ت" + _imperfect,
        "ي" + (_imperfect[:-1] if _imperfect.endswith("ى") else _imperfect) + "ون",
    ):
        for _conj in ("", "و", "ف"):
            _AIMING_FORMS[normalize(_conj + _form)] = (_link, _pushed)
# سعى spells its own verbal noun once normalised (سعي "effort": "هو سعي حثيث للقول إن …"): only
# the forms with a person's prefix or ending read as the verb.
for _conj in ("", "و", "ف"):
    del _AIMING_FORMS[normalize(_conj + "سعى")]
# Verbal nouns of saying the lexicon lists only as their verb: each takes its verb's complements
# ("التوضيح بأن …" as "أوضح بأن …"), keyed by the noun, valued by a form of the verb. (الإيعاز
# بـ is a noun of the lexicon itself.)
_NOUN_VERBS = {normalize(noun): normalize(verb) for noun, verb in (("توضيح", "أوضح"),)}
MAX_AIM_GAP = 10  # tokens between the verb and its preposition: the subject, or the one pushed, and a time


def _aimed_frame(view: DocView, v: int, quoted: set[int]) -> Frame | None:
    """The report of a verbal noun of saying after a verb of causing or striving at token ``v``."""
    link, pushed = _AIMING_FORMS[view.bare[v]]
    first, last = view.sentence_range(v)
    if v > first and view.bare[v - 1] in NEGATIONS:
        return None
    for j in range(v + 1, min(last, v + MAX_AIM_GAP + 2)):
        if view.is_mark(j):
            continue  # 'دفع منظمة اليونسكو "يونسكو" إلى …': a short name in marks
        if not view.is_word(j):
            return None
        word = view.bare[j]
        if word == link:
            noun_at = j + 1
        elif word[:1] == "ل" and word[1:3] != "ل" and j > v + 1 - (not pushed) and _saying_noun(view, j, 1):
            noun_at = j  # "لنفي الحديث"، "لوصف الطلاب": لـ written on the noun
        else:
            continue
        if noun_at in quoted or noun_at >= last:
            return None
        cue = _saying_noun(view, noun_at, 1 if noun_at == j and word[:1] == "ل" else 0)
        if cue is None:
            return None
        if pushed and j == v + 1:
            return None  # "دفع إلى الإعلان": no one pushed, the subject itself
        if pushed and any(view.bare[m][:1] == "ب" for m in range(v + 1, j) if view.is_word(m)):
            return None  # "دفع قراره بالاتحاد إلى …": دفع بـ, the one pushed after a subject and بـ
        speaker = _aiming_subject(view, v + 1, j) if j > v + 1 else None
        if j > v + 1 and speaker is None:
            return None
        construct = "obj" in cue.frames or bare_key(view.bare[noun_at]) in _NOUN_VERBS
        if construct and "dobj" not in cue.frames and _in_construct(view, noun_at, last):
            # "لنفي الأنباء"، "على توضيح موقفه": the verbal noun in construct, its genitive the
            # thing said (the source is the verb's, given before it).
            trigger = Trigger("obj", noun_at + 1)
        else:
            trigger, _ = find_trigger(view, noun_at, cue, min(last, noun_at + MAX_COMPLEMENT_GAP + 1))
        if trigger is None or trigger.index > noun_at + MAX_COMPLEMENT_GAP:
            return None
        if trigger.kind == "obj" and trigger.index != noun_at + 1:
            return None
        found = content_from(view, trigger)
        if found is None:
            return None
        span, kind = found
        return Frame(noun_at, noun_at + 1, span, kind, speaker, None, 0.5)
    return None


# Prepositions of time that may close the subject before the verb's preposition ("يسعى البيت
# الأبيض منذ أسابيع لنفي …").
_TIME_OPENERS = frozenset({"منذ", "خلال", "بعد", "قبل", "في"})


def _aiming_subject(view: DocView, first: int, end: int) -> SpeakerPhrase | None:
    """The subject (or the one pushed) in tokens [first, end), a time phrase after it set aside."""
    phrase = whole_subject(view, first, end)
    if phrase is not None:
        return phrase
    for k in range(first + 1, end):
        if view.bare[k] in _TIME_OPENERS:
            return whole_subject(view, first, k)
    # "دفع العاهل الأردني عبدالله الثاني إلى …": the longest phrase the parser reads from the
    # first word (a title before a name it leaves out).
    for k in range(end - 1, first, -1):
        phrase = whole_subject(view, first, k)
        if phrase is not None:
            return phrase
    return None


def bare_key(key: str) -> str:
    """A word without a لـ written on it and without its article."""
    if key.startswith("لل"):
        key = "ال" + key[2:]
    elif key.startswith("ل"):
        key = key[1:]
    return key[2:] if key.startswith("ال") else key


def _in_construct(view: DocView, k: int, last: int) -> bool:
    """An indefinite verbal noun with a word after it that no preposition opens: its genitive."""
    key = view.bare[k]
    if key.startswith("ال") or key[:3] in ("لال", "لل"):
        return False
    nxt = k + 1
    return (
        nxt < last and view.is_word(nxt) and view.bare[nxt] not in _PREPOSITIONS and view.bare[nxt][:1] != "ب"
    )


_PREPOSITIONS = frozenset({"عن", "علي", "الي", "من", "في", "ان", "بان"})


def _saying_noun(view: DocView, k: int, prefix: int) -> Cue | None:
    """The cue a verbal noun of saying at ``k`` reads as, past ``prefix`` letters (لـ): a noun of
    the lexicon (الإعلان، إعلان), the verb it spells (نفي، وصف), or one of :data:`_NOUN_VERBS`."""
    key = view.bare[k][prefix:]
    if prefix and key.startswith("ل"):
        key = "ال" + key[1:]  # "للإعلان": لـ + الـ
    bare = key[2:] if key.startswith("ال") else key
    forms = view.lexicon.forms
    verb = _NOUN_VERBS.get(bare)
    if verb is not None:
        return forms.get(verb)
    cue = forms.get(bare) or forms.get(bare + "ه")
    if cue is None:
        return None
    if cue.kind == "noun" or (cue.kind == "verb" and normalize(cue.lemma) == bare):
        return cue  # a verb only where its noun is spelt as its perfect (نفي، وصف)
    return None


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
        speaker = _aiming_subject(view, verb + 1, end)
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
