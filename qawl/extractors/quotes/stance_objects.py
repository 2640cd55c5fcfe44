"""A verbal noun of stance with a possessive pronoun right after a verb of saying: its object.

"وأكد رفضه لفكرة أن …"، "ويعلن دعمه للقرار"، "وأبدى استعداده للحوار"، "وجدد تأكيده أن …": the
speaker declares his own refusal, support or readiness. The pronoun on the noun points back to
the subject, which is dropped (or stands before the verb: "ترامب يدافع عن السعودية ويؤكد رفضه
…"); the noun is what the verb acts on, never who speaks. A noun of a person with a pronoun is
a subject ("وقال محاميها"، "يحذر أطباؤها"), so only nouns of a stance, a feeling or a matter
count, and verbal nouns of saying (حديثه، تأكيده) the cue lexicon reads.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.complements import ABSTRACT_HEADS
from qawl.extractors.quotes.frames import Frame
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import possessed_stem

# Verbal nouns of a stance or a feeling a speaker declares, in the singular: the object of أكد،
# أعلن، أبدى، جدد، أعرب عن. None names a person or a body.
STANCE_NOUNS = frozenset(
    normalize(word)
    for word in (
        "رفض",
        "دعم",
        "تأييد",
        "معارضة",
        "ترحيب",
        "قلق",
        "أسف",
        "استياء",
        "غضب",
        "انزعاج",
        "استغراب",
        "استنكار",
        "إدانة",
        "تضامن",
        "استعداد",
        "رغبة",
        "نية",
        "عزم",
        "حرص",
        "تمسك",
        "التزام",
        "ثقة",
        "أمل",
        "تفاؤل",
        "تشاؤم",
        "سعادة",
        "فخر",
        "ارتياح",
        "امتنان",
        "شكر",
        "تقدير",
        "اعتراض",
        "تحفظ",
        "قبول",
        "موافقة",
        "اعتذار",
        "مخاوف",
        "تخوف",
        "دهشة",
        "حزن",
        "رأي",
    )
)


def _stem(key: str) -> str | None:
    """The noun a normalised word with a possessive pronoun is written on (رفضه → رفض، نيتها →
    نيه, the ة normalised), or None when no pronoun ends it."""
    stem = possessed_stem(key, 2)
    if stem is None:
        return None
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


def stance_object(view: DocView, frame: Frame) -> bool:
    """Whether the phrase read as the subject of a verb cue opens with a verbal noun of stance
    (or of saying) carrying a possessive pronoun, right after the verb: the verb's object."""
    phrase = frame.speaker
    if phrase is None or phrase.title is not None or phrase.pair is not None:
        return False
    first = phrase.first
    if first != frame.cue + 1 or not view.is_word(first) or has_article(view, first):
        return False
    cue = view.cues[frame.cue]
    if cue is None or cue.kind != "verb" or view.mention_label(first) is not None:
        return False
    said = view.cues[first]
    if said is not None and said.kind == "noun" and said.object_suffix:
        return True  # "وتابع حديثه"، "وجدد تأكيده": a verbal noun of saying and its owner
    stem = _stem(view.keys[first])
    return stem is not None and (stem in STANCE_NOUNS or stem in ABSTRACT_HEADS)
