"""A statement as a speaker: "وأضاف البيان"، "وأوضح البيان الروسي" report what a body said.

A statement (بيان) is a metonym for whoever issued it, and the guidelines name the source,
not the document. Arabic news introduces the statement with its issuer ("قالت الوزارة في
بيان"، "أصدرت الوزارة بيانا"، "بيان لوزارة الدفاع") and then refers back to it with the
article; these helpers tell the words apart, :mod:`resolve` picks the issuer.
"""

from __future__ import annotations

from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import STATEMENT_FORMS, STATEMENT_NOUNS


def _head_key(view: DocView, i: int) -> str:
    key = view.bare[i]
    return key[2:] if key.startswith("ال") else key


def is_statement(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is a statement ("البيان"، "البيان الروسي الأخير"، "بيان للجيش")."""
    return view.is_word(phrase.first) and _head_key(view, phrase.first) in STATEMENT_NOUNS


def issuer_in_phrase(view: DocView, phrase: SpeakerPhrase) -> tuple[int, int] | None:
    """The body a statement phrase names after its head: the genitive of "بيان وزارة الدفاع"
    or the ل-phrase of "بيان للجيش". An adjective (البيان الروسي) names no issuer."""
    rest = [k for k in range(phrase.first + 1, phrase.last) if view.is_word(k)]
    if not rest:
        return None
    key = view.bare[rest[0]]
    core = key[2:] if key.startswith("لل") else (key[1:] if key.startswith("ل") else key)
    core = core[2:] if core.startswith("ال") else core
    if not (
        view.words.is_a("institution", core)
        or view.words.is_a("media", core)
        or view.title_state(core) is not None
    ):
        return None
    # The body's name runs on through its definite genitives and adjectives, which the
    # speaker phrase may have cut ("بيان لوزارة | الصحة المصرية"): words with the article, not
    # إلى, whose normalised key also begins with ال ("بيان لوزارة الصحة إلى المواطنين").
    last = rest[0] + 1
    while view.is_word(last) and has_article(view, last) and last - rest[0] < MAX_ISSUER_WORDS:
        last += 1
    return rest[0], max(last, rest[-1] + 1)


MAX_ISSUER_WORDS = 5


def mentions_statement(view: DocView, first: int, last: int) -> bool:
    """Whether tokens [first, last) speak of a statement: "قالت الوزارة في بيان"، "أصدر بيانا"."""
    if STATEMENT_FORMS.isdisjoint(view.keys[first:last]):
        return False  # most stretches name no statement: one test at C speed
    return any(view.is_word(k) and view.keys[k] in STATEMENT_FORMS for k in range(first, last))
