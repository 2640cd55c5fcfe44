"""The subject of a nominal clause joined by و to what comes before it: "طهران تحذر من تداعيات
إقليمية وخامنئي يصف ترامب بـ …"، "ردود فعل دولية والأمم المتحدة تدعو إلى ضبط النفس".

و + a definite noun or a name, then a verb in the singular imperfect with no conjunction of its
own, opens a new clause (a headline's second half, or a حال clause "وصل الوفد والجماهير تهتف"):
an indefinite noun takes a describing verb without الذي ("ومذكرة تطالب بـ …"), a definite noun
or a name does not, so the verb's subject is the noun after و, never the speaker of the clause
before it, whose words the first half may still be.
"""

from __future__ import annotations

from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import is_stop
from qawl.extractors.quotes.view import DocView

# How many words may follow the و-word before the verb: "والأمم المتحدة"، "ووزير الخارجية الروسي".
MAX_JOINED_WORDS = 4
_MIN_NAME = 3  # the name after و: خامنئي، ماي (not a two-letter particle)
# The endings of a verb in the dual or the plural: "تركيا وألمانيا تتعهدان" has both nouns as its
# subject, not the second alone.
_NUMBER_ENDINGS = ("ان", "ون", "وا", "ين")


def joined_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The noun phrase after و right before an imperfect verb of saying in the singular."""
    found = view.cues[cue]
    if found is None or found.kind != "verb" or view.keys[cue] != view.bare[cue]:
        return None
    verb = view.bare[cue]
    if verb[:1] not in "يت" or verb.endswith(_NUMBER_ENDINGS):
        return None
    sentence_first, _ = view.sentence_range(cue)
    lowest = max(sentence_first + 1, cue - MAX_JOINED_WORDS)
    for j in range(cue - 1, lowest - 1, -1):
        if not view.is_word(j) or view.cues[j] is not None or view.words.is_a("time", view.bare[j]):
            return None
        text = view.tokens[j].text
        if text[:1] == "و" and _joined_noun(view, j):
            return _phrase_from(view, j, cue)
        if is_stop(view, j):
            return None
    return None


def _joined_noun(view: DocView, j: int) -> bool:
    """Whether word j is و + a definite noun ("والأمم") or + a name the document also writes
    without it ("وخامنئي" where "خامنئي" stands elsewhere)."""
    rest = view.keys[j][1:]
    if rest.startswith("ال"):
        return len(rest) > _MIN_NAME + 1 and not view.words.is_a("time", rest)
    if len(rest) < _MIN_NAME or view.words.is_a("stop", rest):
        return False
    return view.count(rest) > 0 or view.title_state(rest) is not None


def _phrase_from(view: DocView, j: int, cue: int) -> SpeakerPhrase | None:
    phrase = parse_speaker(view, j, cue)
    if phrase is None or phrase.start != j:
        return None
    return phrase
