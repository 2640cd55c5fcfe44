"""One-word tests of clause structure that every frame module asks, and the :class:`Trigger`
they pass around.

A complementizer (أنّ، إنّ، بأنّ), a ب-word that may be a verb's complement, a verb after ما that
only relays (حسب ما نقلت), a cue that reports where it stands, a relative clause that reports
on its own, a subordinate clause placed before its main clause; and how far after the cue its
content may start (:data:`MAX_MIDDLE`, :data:`NEAR_MIDDLE`). A module of its own because
:mod:`triggers`, :mod:`objects`, :mod:`content` and :mod:`readings` all read these, and none of
them should import another only for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    BI_ADVERBIALS,
    COMPLEMENTIZERS,
    NOT_BI_COMPLEMENT,
    NOT_COMPLEMENTIZER_AFTER,
    RELATIVES,
    RELAY_WORDS,
    SHORT_BI_WORDS,
    SUBORDINATOR_HEADS,
    SUBORDINATORS,
)

MAX_MIDDLE = 40
NEAR_MIDDLE = 12  # a subject with its title, and an adverbial


def is_complementizer(view: DocView, i: int) -> bool:
    if not view.is_word(i) or view.keys[i] not in COMPLEMENTIZERS:
        return False
    return not (i > 0 and view.bare[i - 1] in NOT_COMPLEMENTIZER_AFTER)


# The words that follow the concessive وإنْ "even if": a perfect of كان or بدا, the jussive of
# كان, لم + jussive, شاء ("وإن كان الطريق طويلا"، "وإن يكن متأخرا"، "وإن لم يعلن ذلك"). أنّ and
# إنّ are followed by their noun (وأن الحريق), أنْ by a subjunctive (وأن يكون، وأن تلتزم).
_CONCESSIVE_FOLLOWERS = frozenset(
    {"كان", "كانت", "كانوا", "كنت", "كنا", "كن", "يكن", "تكن", "لم", "شاء", "بدا", "بدت"}
)


_WA_IN = "وإن"
_SUKUN = "\u0652"


def concessive_if(view: DocView, i: int) -> bool:
    """Whether و+إن at token i is the concessive "even if" (a conditional particle before a
    verb), not the complementizer إنّ/أنّ: the next word is a perfect of كان/بدا, a jussive of
    كان, لم or شاء; or وإن is written with the hamza below and the next word has no article."""
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    if view.bare[nxt] in _CONCESSIVE_FOLLOWERS:
        return True
    # Written with the hamza below and no pronoun (وإن، وإنْ), before a word without the article:
    # إنّ takes a noun (وإن المشتبه به), the conditional a verb ("وإنْ تقدم أحد الفريقين").
    written = view.tokens[i].text.replace(_SUKUN, "")
    return written == _WA_IN and not view.bare[nxt].startswith("ال")


def is_relay(view: DocView, i: int) -> bool:
    """A verb after ما that only says where words were published: "حسب ما نقلت عنه وكالة …"."""
    return i > 0 and view.bare[i - 1] in RELAY_WORDS


def bi_complement(view: DocView, i: int) -> bool:
    key = view.bare[i]
    if len(key) == 3:
        # Doubled and short verbal nouns (بمدّ، بحلّ، بدء) are complements too; these are not.
        return key.startswith("ب") and key not in SHORT_BI_WORDS
    # بالنسبة، بالتالي: adverbials, never what a verb reports (واعدا بالنسبة للمستثمرين).
    return key.startswith("ب") and len(key) >= 4 and key not in NOT_BI_COMPLEMENT and key not in BI_ADVERBIALS


@dataclass(slots=True)
class Trigger:
    kind: str  # that | colon | quote | prep | obj
    index: int  # token where the content starts (the mark itself for quote)


def relative_report(view: DocView, j: int) -> bool:
    """A relative pronoun whose verb is one of saying with content of its own ("الصحيفة التي
    نقلت عنه قوله إن …"): a report about the noun, which a noun phrase's content leaves out."""
    if view.bare[j] not in RELATIVES or j + 1 >= len(view.tokens) or not view.is_word(j + 1):
        return False
    cue = view.cues[j + 1]
    if cue is None or cue.kind != "verb" or not _agrees_with_relative(view, j, cue):
        return False  # "تونس، التي قال إنها …": the source's own words about the noun
    # A clause of its own follows ("… قوله إن"); "الإجراءات التي أعلن عنها الوزير" only describes.
    for k in range(j + 2, min(j + 10, len(view))):
        if is_complementizer(view, k) and view.bare[k].startswith("ب"):
            return False  # "ووصف الاتهامات التي وردت في التقرير بأنها …": بأنّ is the main verb's
        if is_complementizer(view, k) or view.tokens[k].text == ":":
            return True
        if view.is_sentence_mark(k) or view.is_comma(k):
            return False
    return False


def _agrees_with_relative(view: DocView, j: int, cue: Cue) -> bool:
    """Whether the verb after a relative agrees with it, so that the relative's noun is its
    subject: التي نقلت، الذي أعلن، الذين أكدوا."""
    relative, verb = view.bare[j], view.bare[j + 1]
    if relative in ("الذين", "اللواتي"):
        return verb.endswith(("وا", "ون", "ن"))
    if relative in ("التي", "اللتين"):
        return cue.feminine is True
    return cue.feminine is not True


def in_fronted_subordinate(view: DocView, i: int) -> bool:
    """Whether the cue at i opens a subordinate clause placed before its main clause."""
    first, _ = view.sentence_range(i)
    before = [k for k in range(max(first, i - 3), i) if view.is_word(k)]
    if not before:
        return False
    opener = before[-1]
    if (
        view.bare[opener] in COMPLEMENTIZERS
        and len(before) > 1
        and view.bare[before[-2]] in SUBORDINATOR_HEADS
    ):
        opener = before[-2]
    elif view.bare[opener] not in SUBORDINATORS:
        return False
    prev = opener - 1
    return prev < first or view.is_comma(prev) or (view.is_word(prev) and view.keys[prev] != view.bare[prev])


def reports_here(view: DocView, i: int, cue: Cue) -> bool:
    """A participle that also spells a noun ("next": مذكرة "reminding" or "memo") reports only
    with its complementizer right after it and no preposition before it: "…، مذكرة بأن …" but
    "ورأى المحلل في مذكرة أن …", where أنّ is رأى's."""
    if "next" not in cue.frames:
        return True
    if i > 0 and view.is_word(i - 1) and view.words.is_a("stop", view.bare[i - 1]):
        return False
    return i + 1 < len(view) and is_complementizer(view, i + 1)
