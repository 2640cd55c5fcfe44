"""أنْ after a modal: the modal's own complementizer, not the cue's.

«علينا أن»، «يجب أن»، «ينبغي أن»، «لا بد أن»، «يمكن لدول الخليج أن»: the modal (a verb or a
phrase of obligation or ability) takes أنْ and an imperfect as its own subject clause. The أنْ
after it never introduces the content of a verb of saying further back. Right after the cue
(and its subject or addressee), with no comma, the modal clause itself is what was said, and the
content starts at the modal ("وأضاف التقرير يمكن لدول الخليج أن تتعاون …"); anywhere else (past a
comma, a relative or a conjunction) the modal belongs to another clause, and its أنْ is no
trigger of the cue.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.view import DocView

# على with a pronoun: alone before أنْ it is the modal itself ("علينا أن"); after a verb modal it
# only names who must ("يجب عليه أن").
_ALA_PRONOUNS = frozenset(
    normalize(w) for w in ("علينا", "عليه", "عليها", "عليهم", "عليك", "عليكم", "عليهما")
)
# Verb modals that take a على/لـ phrase of who must or may before أنْ ("يجب على الحكومة أن").
_VERB_MODALS = frozenset(normalize(w) for w in ("يجب", "ينبغي", "يتعين", "يمكن", "يفترض", "بإمكان", "بامكان"))


def _modal_word(bare: str) -> bool:
    return bare in _VERB_MODALS or (bare[:1] == "و" and bare[1:] in _VERB_MODALS)


def modal_start(view: DocView, j: int, floor: int) -> int | None:
    """The first word of the modal whose أنْ stands at j, if one does: the modal right before it
    ("يجب أن"، "علينا أن"، "لا بد أن"), or a verb modal with a short phrase of who must or may
    ("يجب عليه أن"، "يجب على الحكومة أن"، "يمكن لدول الخليج أن"). Never at or before floor."""
    if view.bare[j] != "ان" or view.tokens[j].text.startswith("إ"):
        return None  # إنّ opens no modal's clause
    k = j - 1
    if k <= floor or not view.is_word(k):
        return None
    bare = view.bare
    if bare[k] in _ALA_PRONOUNS:
        if k - 1 > floor and view.is_word(k - 1) and _modal_word(bare[k - 1]):
            return k - 1  # "يجب عليه أن"
        return k  # "علينا أن"
    if bare[k] in ("بد", "لابد"):
        return k - 1 if bare[k] == "بد" and k - 1 > floor and bare[k - 1] in ("لا", "ولا") else k
    if _modal_word(bare[k]):
        return _negated(view, k, floor)
    # "يجب على الحكومة أن"، "يمكن لدول الخليج أن": one or two words of who must or may
    for span in (2, 3):
        m = j - span - 1
        if m <= floor or not all(view.is_word(x) for x in range(m, j)):
            continue
        if _modal_word(bare[m]) and (bare[m + 1] == "علي" or bare[m + 1][:1] == "ل"):
            return _negated(view, m, floor)
    return None


def _negated(view: DocView, m: int, floor: int) -> int:
    """The modal at m with لا before it, which belongs to it ("لا يمكن أن")."""
    return m - 1 if m - 1 > floor and view.bare[m - 1] in ("لا", "ولا") else m


# Words right before a modal that put it in another clause: relatives, conjunctions and
# particles that open a clause of their own. An interrogative does not: "وقال X كيف يمكن أن
# نقبل …" asks in the cue's own clause, and the question is the content.
_OTHER_CLAUSE_BEFORE = frozenset(
    normalize(w)
    for w in ("الذي", "التي", "الذين", "ما", "كما", "إذ", "اذ", "حيث", "لذلك", "لذا", "فإنه", "فانه",
              "فإنها", "لكن", "ولكن", "لأنه", "لانه", "بينما", "عندما", "إذا", "اذا", "كي", "لكي", "حتى",
              "مما", "بما", "لما", "عما", "وما")
)  # fmt: skip


def modal_opens_content(view: DocView, cue_index: int, m: int) -> bool:
    """The modal at m opens the content itself: it stands in the cue's clause with no comma,
    quote mark or clause opener between ("وأضاف التقرير يمكن لدول الخليج أن …"، "قال الوزير
    علينا أن نعمل …"), so nothing but the cue's subject or addressee comes before it."""
    if view.bare[m][:1] == "و" and (view.bare[m][1:] in _VERB_MODALS or view.bare[m] == "ولا"):
        return False  # "ويمكن أن": coordinated with another clause, not the cue's
    for k in range(cue_index + 1, m):
        if not view.is_word(k) or (view.cues[k] is not None and not _saying_word(view, k, m)):
            return False
    before = view.bare[m - 1] if m - 1 > cue_index else ""
    if before in _OTHER_CLAUSE_BEFORE:
        return False
    return m - cue_index <= 6


def modal_first(view: DocView, cue_index: int, m: int) -> bool:
    """Nothing of the cue's subject stands right before the modal at m: it follows the cue
    itself, a word of saying ("واختتم كلامه بالقول يجب أن …") or an addressee in لـ ("وقال
    الوزير للصحافيين علينا أن …").
    Right after the subject, the modal's أنْ still ends the subject (the speaker)."""
    before = m - 1
    return (
        m == cue_index + 1
        or _saying_word(view, before, m)
        or (view.bare[before][:1] == "ل" and before > cue_index)
    )


# The cue's own word of saying, right before what was said: "واختتم كلامه بالقول …"، "قائلا …".
_SAYING_WORDS = frozenset(normalize(w) for w in ("بالقول", "قائلا", "قائلة", "قائلين", "بقوله", "بقولها"))


def _saying_word(view: DocView, k: int, m: int) -> bool:
    """Word k, right before the modal at m, is a word of saying that hands on to what follows."""
    return k == m - 1 and view.bare[k] in _SAYING_WORDS
