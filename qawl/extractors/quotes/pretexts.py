"""The subject of the clause that governs a pretext noun (بحجة، بدعوى، بزعم أنّ).

"بحجة أن …" "on the pretext that" is an adverbial of the clause it stands in: the pretext is
given by that clause's subject. Where the clause is verb-first the subject follows its verb and
the general reading finds it; two clause shapes put the subject before the verb instead:

- a relative clause: "السفير …، الذي دافع عن الصفقة بزعم أنها …": the relative pronoun's
  antecedent is its verb's subject;
- a plural subject before its verb: "لكن المعارضين رفعوا دعوى … بحجة أن …": a verb after its
  subject agrees with it in number.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import is_title_word
from qawl.extractors.quotes.subjects import plural_phrase_before, plural_verb, relative_antecedent
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import RELATIVES

_COMPLEMENT_PREPOSITIONS = frozenset(normalize(word) for word in ("لدى", "في", "من", "عن", "إلى", "على"))
MAX_TITLE_WORDS = 3  # a title and its adjectives before its complement: "السفير الأميركي لدى"

# How far back from the pretext noun its clause's verb may stand: the verb, its object and a
# prepositional phrase or two ("رفعوا دعوى ضدنا أمام المحكمة العليا").
PRETEXT_REACH = 10


def pretext_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject that stands before the verb governing the pretext noun at ``cue``: a
    relative's antecedent or a plural noun before a plural verb, in the same sentence and with
    no other cue between."""
    sentence_first, _ = view.sentence_range(cue)
    lo = max(sentence_first, cue - PRETEXT_REACH)
    for k in range(cue - 1, lo - 1, -1):
        if not view.is_word(k):
            if view.is_mark(k):
                return None  # a quotation ends there: words of someone else
            continue
        if view.cues[k] is not None:
            return None
        if view.bare[k] in RELATIVES:
            if k + 1 >= cue or not view.is_word(k + 1):
                return None
            phrase = relative_antecedent(view, k)
            end = k - 1 if k > 0 and view.is_comma(k - 1) else k
            if phrase is None or not (phrase.last == end or view.is_comma(phrase.last)):
                # "وانتقد الوزير سالم السفير، الذي …": the antecedent stands right before the
                # relative (or before a description set off by commas), never a subject that
                # an object noun separates from it.
                return None
            if phrase.first > 0 and view.bare[phrase.first - 1] in _COMPLEMENT_PREPOSITIONS:
                # "السفير الأميركي لدى إسرائيل، الذي"، "إلى قائمة المنتخب التي": a noun after a
                # preposition completes the word before it; the antecedent is a title there.
                return _title_before(view, phrase.first - 1, end)
            return phrase
        if view.keys[k] == view.bare[k] and plural_verb(view.bare[k]):
            return plural_phrase_before(view, k)
    return None


def _title_before(view: DocView, preposition: int, end: int) -> SpeakerPhrase | None:
    """The title whose complement opens at ``preposition`` ("السفير الأميركي لدى إسرائيل"), with
    its complement up to ``end``; None when no title stands right before it."""
    for k in range(preposition - 1, max(-1, preposition - 1 - MAX_TITLE_WORDS), -1):
        if not view.is_word(k) or view.cues[k] is not None:
            return None
        if is_title_word(view, k):
            phrase = parse_speaker(view, k, end)
            return phrase if phrase is not None and phrase.start == k else None
    return None
