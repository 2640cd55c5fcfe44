"""The subject of a nominal clause joined by و to what comes before it: "طهران تحذر من تداعيات
إقليمية وخامنئي يصف ترامب بـ …"، "ردود فعل دولية والأمم المتحدة تدعو إلى ضبط النفس".

و + a definite noun or a name, then a verb in the singular imperfect with no conjunction of its
own, opens a new clause (a headline's second half, or a حال clause "وصل الوفد والجماهير تهتف"):
an indefinite noun takes a describing verb without الذي ("ومذكرة تطالب بـ …"), a definite noun
or a name does not, so the verb's subject is the noun after و, never the speaker of the clause
before it, whose words the first half may still be. A definite noun right before the و joins the
two into one phrase ("الأقمار الصناعية والخرائط الجوية توضح"، "للتواصل والإعلام يعرب"), so then
nothing is read; the name after و must be a mention where the document writes it bare, and the
phrase a name or a title that reaches the verb.
"""

from __future__ import annotations

from qawl.extractors.quotes.lexicon import lemma_key
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article, is_stop
from qawl.extractors.quotes.view import DocView

# How many words may follow the و-word before the verb: "والأمم المتحدة"، "ووزير الخارجية الروسي".
MAX_JOINED_WORDS = 4
_MIN_NOUN = 4  # الأمم after و: ال and three letters or more (not الآن)
# The endings of a verb in the dual or the plural: "تركيا وألمانيا تتعهدان" has both nouns as its
# subject, not the second alone.
_NUMBER_ENDINGS = ("ان", "ون", "وا", "ين")
_SPEAKER_KINDS = ("name", "title")


def joined_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The noun phrase after و right before an imperfect verb of saying in the singular."""
    found = view.cues[cue]
    if found is None or found.kind != "verb" or view.keys[cue] != view.bare[cue]:
        return None
    verb = view.bare[cue]
    perfect = lemma_key(found.lemma)
    if verb[:1] not in "يت" or verb.endswith(_NUMBER_ENDINGS) or verb[: len(perfect)] == perfect:
        return None  # "تحدثت"، "تعهدا": a perfect of the fifth form also opens with ت
    sentence_first, _ = view.sentence_range(cue)
    lowest = max(sentence_first + 1, cue - MAX_JOINED_WORDS)
    for j in range(cue - 1, lowest - 1, -1):
        if not view.is_word(j) or view.cues[j] is not None:
            return None
        if view.tokens[j].text[:1] == "و" and _joined_noun(view, j):
            return _phrase_from(view, j, cue)
        if not has_article(view, j) or is_stop(view, j):
            return None  # "والأمم المتحدة"، "ووزير المالية": only the noun's definite adjectives or genitive
    return None


def _joined_noun(view: DocView, j: int) -> bool:
    """Whether word j is و + a definite noun ("والأمم") or + a name the document marks where it
    stands without و ("وخامنئي" where "خامنئي" is a mention)."""
    rest = view.keys[j][1:]
    if rest.startswith("ال"):
        long_enough = len(rest) >= _MIN_NOUN + 1
        return long_enough and not view.words.is_a("time", rest) and not _definite_before(view, j)
    if len(rest) < _MIN_NOUN - 1 or view.words.is_a("stop", rest):
        return False
    return view.title_state(rest) is not None or any(
        view.mention_label(k) is not None for k in view.key_positions(rest)
    )


def _definite_before(view: DocView, j: int) -> bool:
    """Whether a definite noun stands right before the و-word: "الأقمار الصناعية والخرائط الجوية
    توضح"، "للتواصل والإعلام": two definite nouns joined by و are one phrase, a subject or a
    genitive, of which the verb's subject is the whole."""
    k = j - 1
    if k < 0 or not view.is_word(k):
        return False
    return has_article(view, k) or view.bare[k].startswith(("لل", "بال", "وال"))


def _phrase_from(view: DocView, j: int, cue: int) -> SpeakerPhrase | None:
    phrase = parse_speaker(view, j, cue)
    if phrase is None or phrase.start != j or phrase.last != cue or phrase.kind not in _SPEAKER_KINDS:
        return None
    return phrase
