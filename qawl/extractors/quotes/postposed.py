"""Subjects that follow a verb of saying past what the verb carries first.

In a verb-first clause a short prepositional phrase with a pronoun may stand between the verb
and its subject ("المرة الأولى التي يُعلن فيها الجيش الإسرائيلي مسؤوليته"، "ما صرح به مؤخرا
العقيد الليبي أحمد المسماري"): the pronoun takes up a noun named before (the occasion, the
thing said), and the noun phrase after it is the verb's subject. The cue reader stops at the
pronoun or at the adverb after it, so these rules read on.
"""

from __future__ import annotations

import bisect

from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.grammar import feminine_head
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import COMPLEMENTIZERS, PREPOSITION_PRONOUNS

MAX_POSTPOSED_WORDS = 8  # a title, its nisba and a full name
MIN_ADVERB_LETTERS = 4  # مؤخرا، سابقا، أيضا


def _content_token(view: DocView, frame: Frame) -> int:
    """The first token of the frame's content."""
    return bisect.bisect_left(view.starts, frame.content[0])


def _adverb(view: DocView, k: int) -> bool:
    """Whether word k is an adverb that may stand before a postposed subject: a word of time
    ("أمس"، "اليوم") or an indefinite accusative in ـًا ("مؤخرا"، "مجددا") with no article."""
    if not view.is_word(k) or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if view.words.is_a("time", key):
        return True
    plain = not has_article(view, k) and key == view.keys[k]
    return plain and key.endswith("ا") and len(key) >= MIN_ADVERB_LETTERS


def postposed_subject(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The subject after a pronoun on a preposition (and an adverb) that follow a finite verb of
    saying: "يُعلن فيها الجيش الإسرائيلي صراحة مسؤوليته"، "صرح به مؤخرا العقيد أحمد
    المسماري من أن". Only a definite noun phrase or a title reads so, and only one that agrees
    with the verb: a masculine verb's subject is no noun in ة, a feminine verb's is one
    ("يطالب فيها الحكومة بـ": the government is the object). A verb that takes its object first
    (اتهم، دعا، طالب) may have its object there ("بيان يتهم فيه الجيش بـ"), so it reads only a
    sound plural in the nominative there ("مظاهرة هدد فيها المتظاهرون بقطع الطريق"), whose case
    says it is the subject; a bare name is left out ("رسالة يتهم فيها ترامب").
    """
    cue = frame.cue
    found = view.cues[cue]
    if found is None or found.kind != "verb" or frame.feminine is None:
        return None
    k = cue + 1
    if k >= len(view.tokens) or not view.is_word(k) or view.keys[k] not in PREPOSITION_PRONOUNS:
        return None
    k += 1
    if k < len(view) and _adverb(view, k):
        k += 1
    end = min(_content_token(view, frame), view.sentence_range(cue)[1], k + MAX_POSTPOSED_WORDS)
    if k >= end or not view.is_word(k):
        return None
    phrase = parse_speaker(view, k, end)
    if phrase is None or phrase.start != k or phrase.kind == "anonymous":
        return None
    if phrase.title is None and not has_article(view, phrase.first):
        return None
    if feminine_head(view, phrase) != frame.feminine:
        return None
    if "dobj" in found.frames and not _nominative_plural(view, phrase.first):
        return None
    return phrase


NOMINATIVE_PLURAL = "ون"  # the sound masculine plural in the nominative; ـين is its object form
MIN_PLURAL_LETTERS = 6  # ال, a stem of two letters or more, ون


def _nominative_plural(view: DocView, k: int) -> bool:
    """Whether word k is a definite sound masculine plural in the nominative ("المتظاهرون"،
    "العاملون"): it can only be the verb's subject, never its object (المتظاهرين)."""
    key = view.bare[k]
    return has_article(view, k) and key.endswith(NOMINATIVE_PLURAL) and len(key) >= MIN_PLURAL_LETTERS


BARE_COMPLEMENTIZERS = frozenset({"ان", "بان"})  # إنّ/أنّ with no pronoun: a noun follows
RESUMING = {True: "ها", False: "ه"}  # the object pronoun that takes up a noun of each gender
MAX_EMBEDDED_WORDS = 16  # إنّ, its noun, a clause describing it, up to the verb


def embedded_noun_subject(view: DocView, frame: Frame) -> SpeakerPhrase | None:
    """The noun of إنّ/أنّ as the subject of the verb of saying that is its predicate: "وقال إن
    دراسة أنجزها المعهد سنة 2015 على عينة من ألف أسرة، أبرزت أن …". An indefinite noun after
    إنّ takes a clause describing it (a verb with a pronoun that takes the noun up: أنجزها), and
    the predicate إنّ still needs comes after that clause: the verb of saying, with no
    conjunction and no subject of its own, agreeing with the noun. Its subject is that noun, not
    the speaker of the sentence; the words between hold no punctuation or other complementizer
    (a cue word there, أعدها or طالب "student", reports nothing without one). Only a
    feminine noun and verb, whose ت no man who speaks shares, and a verb with no pronoun after
    it ("إن رسالة بعثها …، طالبت فيها" may be the speaker's own verb, the letter taken up)."""
    cue = frame.cue
    found = view.cues[cue]
    if found is None or found.kind != "verb" or frame.feminine is None or view.keys[cue] != view.bare[cue]:
        return None
    if not frame.feminine or found.object_suffix:
        return None  # a masculine verb or one with a pronoun may go on with the sentence's speaker
    if cue + 1 < len(view) and view.keys[cue + 1] in PREPOSITION_PRONOUNS:
        return None  # "إن رسالة بعثها إلى …، طالبت فيها": the pronoun takes the noun up
    sentence_first, _ = view.sentence_range(cue)
    end = cue - 1 if cue > 0 and view.is_comma(cue - 1) else cue
    for k in range(end - 1, max(sentence_first, cue - MAX_EMBEDDED_WORDS) - 1, -1):
        if view.tokens[k].text.isdigit():
            continue  # "عام 2019": a year in the clause describing the noun
        if not view.is_word(k):
            return None
        if view.bare[k] not in BARE_COMPLEMENTIZERS:
            if view.bare[k] in COMPLEMENTIZERS:
                return None
            continue
        noun = k + 1
        if noun + 1 >= end or has_article(view, noun) or view.keys[noun] != view.bare[noun]:
            return None  # "إن الدراسة أبرزت": a definite noun's predicate follows it at once
        if view.tokens[noun].text.endswith("ة") != frame.feminine:
            return None
        return _described_noun_phrase(view, noun, end, frame.feminine)
    return None


def _described_noun_phrase(view: DocView, noun: int, end: int, feminine: bool) -> SpeakerPhrase | None:
    """The indefinite noun at ``noun`` with its adjectives, when a verb that takes it up by a
    pronoun (دراسة حديثة أنجزها) follows them before ``end``."""
    k = noun + 1
    while k < end and view.is_word(k) and not has_article(view, k) and not _resumes(view, k, feminine):
        if view.tokens[k].text.endswith("ة") != feminine:
            return None  # an adjective agrees with its noun ("دراسة حديثة")
        k += 1
    if k >= end or not _resumes(view, k, feminine):
        return None
    return SpeakerPhrase(noun, k, "name", None, (noun, k))


def _resumes(view: DocView, k: int, feminine: bool) -> bool:
    """Whether word k is a verb with the object pronoun of the given gender (أنجزها، أعده)."""
    text = view.tokens[k].text
    if not view.is_word(k) or has_article(view, k) or view.keys[k] != view.bare[k]:
        return False
    if not text.endswith(RESUMING[feminine]) or text.endswith("ة"):
        return False
    stem = text[: -len(RESUMING[feminine])]
    return len(stem) >= 3 and not stem.endswith(("ة", "ات", "ين", "ون"))
