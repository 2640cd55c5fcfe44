"""The indefinite first mention a definite source phrase refers back to.

News introduces an unnamed source with an indefinite noun and goes on with the article: "نفى
مسؤول سعودي رفيع المستوى …" … "وقال المسؤول السعودي"، "قال محققون …" … "وقال المحققون"،
"وقال محامو هاجييفا …" … "وأضاف المحامون". The article marks the source as the one already
introduced, and the record names it as the document first did (GUIDELINES: the fullest form the
document gives). A sound plural in construct drops its ن ("محامو هاجييفا" is the plural محامون
governing the client's name), and its case may differ between the two mentions (مسؤولين،
المسؤولون).
"""

from __future__ import annotations

from qawl.extractors.quotes.names import DESCRIPTION_REACH, TITLE_WINDOW, bare_before
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import SOURCE_CARRIERS, STATEMENT_NOUNS

MAX_REFERENCE_WORDS = 3  # a head and two definite adjectives: "المسؤولون الأمنيون الألمان"
MIN_HEAD_LETTERS = 4
# Endings a nisba or another adjective changes with gender, number and case (السعودي، سعوديون،
# الألمان، ألمانا): the adjectives of the two mentions are compared without them.
_ADJECTIVE_ENDINGS = ("يين", "يون", "يه", "ين", "ون", "ي", "ا", "ه")


def _person_noun(view: DocView, head: str) -> bool:
    """Whether ``head`` (no article) names people who may be a source: a title or an unnamed
    source's noun, in the singular or as its sound plural (محققون: محقق); not a text that
    carries a source ("التقرير" is the report, whose source is its author)."""
    if head in SOURCE_CARRIERS or head in STATEMENT_NOUNS or view.words.is_a("document", head):
        return False
    if view.title_state(head) is not None or view.words.is_a("anonymous", head):
        return True
    if head.endswith(("ون", "ين")) and len(head) > MIN_HEAD_LETTERS:
        # A defective noun keeps its ي in the singular only: محامون، محامي.
        return any(
            view.title_state(stem) is not None or view.words.is_a("anonymous", stem)
            for stem in (head[:-2], head[:-2] + "ي")
        )
    return False


def _head_forms(head: str) -> list[str]:
    """The forms the head of the first mention may take: as it is, the other case of a sound
    plural (مسؤولون/مسؤولين), and the plural in construct without its ن (محامون -> محامو)."""
    forms = [head]
    if head.endswith("ون"):
        forms += [head[:-2] + "ين", head[:-1]]
    elif head.endswith("ين"):
        forms += [head[:-2] + "ون", head[:-2] + "و"]
    return forms


def _stem(word: str) -> str:
    word = word.removeprefix("ال")
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def indefinite_introduction(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The phrase of the indefinite mention a definite source phrase refers back to: the
    phrase is a person noun with the article and definite adjectives only (no name, no
    genitive), and the nearest earlier source phrase opens with the same noun without the
    article, with every adjective of the reference among its words ("المسؤول السعودي" goes back
    to "مسؤول سعودي رفيع المستوى", not to "مسؤول أمريكي"). None when there is none."""
    words = [k for k in range(phrase.first, phrase.last) if view.is_word(k)]
    if not words or len(words) > MAX_REFERENCE_WORDS or words != list(range(phrase.first, phrase.last)):
        return None
    if not all(has_article(view, k) for k in words) or view.keys[phrase.first] != view.bare[phrase.first]:
        return None  # "والمسؤولون": و joins a second party, no reference back
    head = view.bare[phrase.first][2:]
    if len(head) < MIN_HEAD_LETTERS or not _person_noun(view, head):
        return None
    adjectives = [_stem(view.bare[k]) for k in words[1:]]
    candidates = sorted(
        (i for form in _head_forms(head) for i in bare_before(view, form, phrase.first, DESCRIPTION_REACH)),
        reverse=True,
    )
    for i in candidates:
        if not view.is_word(i) or view.keys[i] != view.bare[i]:
            continue
        found = parse_speaker(view, i, min(view.sentence_range(i)[1], i + TITLE_WINDOW))
        if found is None or found.first != i or found.title is not None or found.last <= i:
            continue
        said = [_stem(view.bare[k]) for k in range(i + 1, found.last) if view.is_word(k)]
        if all(any(word.startswith(adjective) for word in said) for adjective in adjectives):
            return found
        return None  # the nearest mention of the noun is another source ("مسؤول أمريكي")
    return None
