"""Grammar checks by word form: agreement in gender and number, the passive, and participles
used as adjectives, which tell a cue's subject from its object and a cue from a word that only
looks like one.

Without a parser, Arabic morphology is the surest clue: a verb agrees with its subject (a
feminine verb before a masculine plural is not its subject), a participle that agrees with the
indefinite noun before it describes that noun, and a perfect verb with damma on its first
radical is passive and has no speaker of its own.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.document import Span
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.speakers import SpeakerPhrase, has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import MASCULINE_PLACES, POSSESSIVE_ENDINGS, PREDICATE_WORDS

PLACE_LABELS = frozenset({"LOC", "GPE"})


def is_passive(surface: str) -> bool:
    """A perfect verb written with damma on its first radical is passive, so it has no speaker
    of its own: "ما وُصف بأنه هجوم". Imperfect prefixes (يُؤكد) take damma in the active."""
    damma = "\u064f"
    body = surface
    if len(body) > 3 and body[0] in "وف" and body[1] != damma:
        body = body[1:]  # attached conjunction
    return len(body) > 2 and body[1] == damma and body[0] not in "يتن"


def participle_as_adjective(view: DocView, i: int, cue: Cue) -> bool:
    """A participle that describes a noun rather than a speaker: "فصيلة مهددة بالانقراض"
    (it agrees with the indefinite feminine noun before it), "غير معلنة", "كانت معلنة"."""
    if i == 0 or not view.is_word(i - 1):
        return False
    before = view.bare[i - 1]
    if before in PREDICATE_WORDS:
        return True
    # A feminine noun (…ة) or a non-human plural (…ات) takes a feminine adjective.
    feminine_noun = view.tokens[i - 1].text.endswith(("ة", "ات")) and not before.startswith("ال")
    return bool(cue.feminine) and feminine_noun


def plural_cue(view: DocView, cue: int) -> bool:
    """A verb or participle in the plural or dual: قالوا، يقولون، مؤكدين، قالا."""
    key = view.bare[cue]
    if key.endswith(("وا", "ون")):
        return True
    found = view.cues[cue]
    if (
        found is not None
        and found.kind == "verb"
        and key in (normalize(found.lemma) + "ا", normalize(found.lemma) + "تا")
    ):
        return True  # the dual, "وبيّنا"، "وأكدتا": two speakers go on together
    if found is not None and found.kind == "noun" and found.object_suffix:
        return key.endswith(("هم", "هما"))  # the possessor of "تصريحاتهم"
    return found is not None and found.kind == "participle" and key.endswith("ين")


def speaker_gender(view: DocView, phrase: SpeakerPhrase, verb_gender: bool | None) -> bool | None:
    """The speaker's gender for later agreement: a relative pronoun right after the name says
    it outright ("تشوي، التي كانت …"), else the verb's form, else a title in ة (المتحدثة)."""
    k = phrase.last
    while k < len(view) and view.is_comma(k):
        k += 1
    if k < len(view) and view.bare[k] in ("التي", "الذي"):
        return view.bare[k] == "التي"
    if verb_gender is not None:
        return verb_gender
    if phrase.title is not None and view.tokens[phrase.title[0]].text.endswith("ة"):
        return True
    return None


def disagrees(view: DocView, frame: Frame) -> bool:
    """A masculine verb before a definite feminine noun or ات plural: the noun is its object,
    not its subject ("ووصف الرسالة بأنها …"، "ووصف العقوبات بأنها …": the subject is dropped)."""
    phrase = frame.speaker
    if frame.feminine is None or phrase is None or phrase.title is not None or phrase.kind != "name":
        return False
    head = view.bare[phrase.first]
    if not head.startswith("ال"):
        return False
    if frame.feminine:
        # A feminine verb before a masculine sound plural: "ووصفت المحتجين بأنهم …".
        return head.endswith(("ين", "ون")) and not head.endswith(("يين", "يون"))
    # Feminine nouns in ة and plurals in ات (العقوبات، السلطات) take a feminine verb.
    return view.tokens[phrase.first].text.endswith(("ة", "ات"))


def possessed_object(view: DocView, frame: Frame) -> bool:
    """A lone noun carrying a possessive pronoun right after a verb that takes an object first
    (حذر، اتهم، دعا، وصف): "وحذر حلفاءه من …" — the pronoun points back to the dropped subject,
    so the noun is what the verb acts on, not who speaks."""
    phrase = frame.speaker
    if phrase is None or phrase.title is not None or phrase.kind != "name":
        return False
    if phrase.last - phrase.first != 1 or phrase.first != frame.cue + 1 or has_article(view, phrase.first):
        return False
    surface = view.tokens[phrase.first].text
    return len(view.bare[phrase.first]) >= 5 and surface.endswith(POSSESSIVE_ENDINGS)


def place_after_masculine(view: DocView, frame: Frame, span: Span) -> bool:
    """A city or country after a masculine verb is its object, not its subject: a place
    speaks with a feminine verb (طالبت كييف), so in "وطالب كييف بفتح تحقيق" the subject is
    dropped and كييف is the one asked. Names with the article (العراق، الأردن) are masculine."""
    phrase = frame.speaker
    if frame.feminine is not False or phrase is None or phrase.title is not None:
        return False
    if phrase.last - phrase.first != 1 or has_article(view, phrase.first):
        return False
    if view.bare[phrase.first] in MASCULINE_PLACES:
        return False
    return any(
        m.label in PLACE_LABELS and m.start <= span.start and m.end >= span.end for m in view.doc.mentions
    )
