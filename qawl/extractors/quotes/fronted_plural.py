"""The fronted plural subject of a nominal sentence whose head has a plural relative clause on it.

"وهؤلاء الذين يعارضون القانون يعتقدون أنه …"، "والنساء اللاتي تظاهرن أمس أكدن أن …": the
sentence opens with a noun (its topic), a plural relative clause describes it, and the verb of
saying after the clause, with no conjunction of its own and in the plural, is the topic's
predicate. Its subject is that topic, not the last plural group the article quoted.
"""

from __future__ import annotations

from qawl.extractors.quotes.grammar import plural_cue
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.resolve import conjunction_on
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import COMPLEMENTIZERS

# Plural and dual relatives: the masculine ones and the feminine ones (which the cue agrees with
# in ـن: أكدن، يقلن).
MASCULINE_PLURAL_RELATIVES = frozenset({"الذين", "اللذين", "اللذان"})
FEMININE_PLURAL_RELATIVES = frozenset({"اللاتي", "اللواتي", "اللائي", "اللتين", "اللتان"})
DEMONSTRATIVES = frozenset({"هؤلاء", "هولاء", "اولئك", "هذان", "هاتان"})
MAX_CLAUSE_WORDS = 10  # words of the relative clause between the relative and the cue
MAX_HEAD_WORDS = 4  # words of the topic before the relative ("عدد من النساء")


def fronted_plural_head(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The topic a plural cue with no subject is the predicate of: the noun phrase that opens its
    sentence (or the clause after و) and has a plural relative clause on it, with no comma, cue
    or complementizer between the relative and the cue. The cue has no conjunction: a verb
    joined by و to the relative's own verb belongs to the relative clause."""
    if view.keys[cue] != view.bare[cue] or cue < 3:
        return None  # "ويقولون": joined to what comes before, not the topic's own predicate
    sentence_first, _ = view.sentence_range(cue)
    for k in range(cue - 2, max(sentence_first, cue - 2 - MAX_CLAUSE_WORDS) - 1, -1):
        if not view.is_word(k) or view.cues[k] is not None or view.bare[k] in COMPLEMENTIZERS:
            return None
        key = view.bare[k]
        feminine = key in FEMININE_PLURAL_RELATIVES
        if not feminine and key not in MASCULINE_PLURAL_RELATIVES:
            continue
        if not (plural_cue(view, cue) or (feminine and view.bare[cue].endswith("ن"))):
            return None
        return _topic(view, sentence_first, k)
    return None


def _topic(view: DocView, sentence_first: int, relative: int) -> SpeakerPhrase | None:
    """The noun phrase right before the relative that opens its sentence or the clause after و
    ("… . والنساء اللاتي"): a noun in the middle of a clause is an object or a genitive."""
    for start in range(relative - 1, max(sentence_first, relative - MAX_HEAD_WORDS) - 1, -1):
        if not view.is_word(start):
            return None
        opens = start == sentence_first or view.keys[start] != view.bare[start]
        if not opens:
            continue
        if view.bare[start].removeprefix("و") in DEMONSTRATIVES:
            return None  # "وهؤلاء الذين": a pointer, whom the clause alone describes
        if start != sentence_first and not conjunction_on(view, start):
            return None  # a و the name resolver would keep in the name: a word of its root
        phrase = parse_speaker(view, start, relative)
        if phrase is None or phrase.first != start or phrase.last != relative:
            return None
        return phrase
    return None
