"""A verb of writing with على and a pronoun right after it: written on a thing, in the passive.

"رفع المحتجون لافتات كُتب عليها "لا للغلاء""، "لوحة كتب عليها عبارة …": the verb describes
the sign or banner named before it (a relative clause on an indefinite noun, no الذي), and
what follows على + pronoun is what is written there (the passive's subject) or how it is
written ("بالعبرية"، "بخط يدها"), never a writer. The writer, if any, is the one who raised or
carried the thing, named before; the phrase after the verb is dropped as the speaker. A person
named after the pronoun ("كتب عليها الطالب") is rare in news and is left as the subject.
"""

from __future__ import annotations

from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView

# Verbs of writing, marking or carving, perfect (كُتب، كُتبت، دُوّن، نُقش، خُطّ) as the bare
# key writes them, without diacritics.
WRITING_VERBS = frozenset({"كتب", "كتبت", "دون", "دونت", "نقش", "نقشت", "خط", "خطت"})
# على with a pronoun of the thing written on.
ON_IT = frozenset({"عليها", "عليه", "عليهما", "عليهم"})
# Things carried or raised that words are written on (the bare key, ة read as ه).
SIGNS = frozenset(
    {
        "لافته",
        "لافتات",
        "يافطه",
        "يافطات",
        "لوحه",
        "لوحات",
        "ورقه",
        "اوراق",
        "ملصق",
        "ملصقات",
        "بطاقه",
        "بطاقات",
    }
    | {"قميص", "قمصان", "قبعه", "قبعات", "علم", "اعلام", "راية", "رايات", "دفتر"}
)
PLURAL_PERFECT = "وا"  # ووضعوا، وجعلوا: the verb holds its subject
MIN_WRITER_REACH = 3  # the opening verb, its subject and the thing written on
MIN_VERB_KEY = 4  # و and a perfect of three letters


def written_on(view: DocView, cue: int, phrase: SpeakerPhrase | None) -> bool:
    """Whether the phrase read as the subject of a writing cue follows على + pronoun right after
    the verb, and names no person: what is written on the thing, not who wrote it."""
    if phrase is None or phrase.pair is not None or phrase.title is not None:
        return False
    if not writes_on_it(view, cue) or phrase.start <= cue + 1:
        return False
    found = view.mention_label(phrase.first)
    return found is None or found[0] != "PER"


def writes_on_it(view: DocView, cue: int) -> bool:
    """Whether the cue is a verb of writing with على + pronoun right after it ("كتب عليها")."""
    return view.bare[cue] in WRITING_VERBS and cue + 1 < len(view) and view.bare[cue + 1] in ON_IT


def sign_writer(view: DocView, cue: int) -> SpeakerPhrase | None:
    """Who raised or carried the thing written on: the subject of the verb that opens the
    sentence with و ("ورفع المتظاهرون لافتات كتب عليها …"، "واحتشد المتظاهرون … حاملين لافتات
    كتب عليها"), a phrase that starts right after that verb and ends before the thing. The
    thing is a sign, banner or the like carried or raised, right before the verb (one adjective
    may stand between: "لافتات صغيرة كتب عليها"). None where the sentence opens otherwise, or
    with a plural perfect whose ending is its subject ("ووضعوا لوحة كتب عليها")."""
    if not any(0 <= k < cue and view.bare[k] in SIGNS for k in (cue - 1, cue - 2)):
        return None
    first, _ = view.sentence_range(cue)
    key = view.keys[first]
    if cue - first < MIN_WRITER_REACH or not view.is_word(first) or key[:1] != "و" or len(key) < MIN_VERB_KEY:
        return None
    if key.endswith(PLURAL_PERFECT):
        return None
    if has_article(view, first) or view.tokens[first].text.endswith(("ة", "ات")):
        return None  # "والحكومة …": a noun opens the sentence, not a verb
    phrase = parse_speaker(view, first + 1, cue - 1, object_follows=True)
    if phrase is None or phrase.start != first + 1 or phrase.pair is not None:
        return None
    return phrase
