"""Who has spoken so far: the record each resolved speaker leaves behind, and the antecedent a
cue without a subject continues.

Arabic news drops the subject of a report that goes on with the same speaker ("وأضاف"،
"مؤكداً"). Each explicit speaker is remembered as a :class:`Said` with its gender and number and
whether it is a body that issued a statement; a subjectless cue takes the most recent speaker
that agrees with it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.statements import mentions_statement
from qawl.extractors.quotes.stops import has_article
from qawl.extractors.quotes.view import DocView

STATEMENT_REACH = 4  # words before a cue that may name the statement it is made in


@dataclass(slots=True)
class Said:
    """What a resolved speaker leaves behind for the cues that follow without a subject."""

    name: str
    entity: str | None
    feminine: bool | None
    plural: bool = False
    statement: bool = False  # its clause speaks of a statement: "قالت الوزارة في بيان"
    body: bool = False  # an institution or outlet, not a person
    sentence: int = -1  # first token of its sentence, when a common noun that may be plural
    clause: int = -1  # first token of the sentence of the verb it is the subject of
    # False for a bare common noun that stands for itself ("أفاد الشقيق"): a person in the
    # story, not a source the article goes back to as "the same source".
    informant: bool = True
    # False for the subject of a clause that reports nothing ("وكانت المنظمة قد منحته …"): an
    # antecedent of dropped subjects, but no body the article has quoted.
    reported: bool = True
    # True for an explicit subject nothing marks as a source (no entity, title, body, role or
    # name the document writes again): a parse that may have taken an object or an adverbial.
    weak: bool = False
    # True for names joined by و ("سامي ومراد وفهد"): several people, whom only a plural verb
    # continues; a singular verb after them goes on with someone else.
    joined: bool = False


def clause_subject(history: list[Said], sentence: int) -> Said | None:
    """The subject named in the sentence a cue stands in. A plural participle after a singular
    verb with a plural subject ("وأشار النواب …، مشددين") continues that subject: a verb before
    its subject stays singular, so the verb's form does not show the number."""
    if history and history[-1].sentence == sentence:
        return history[-1]
    return None


def sentence_speaker(history: list[Said], sentence: int) -> Said | None:
    """The last speaker when it is the subject of a verb in the sentence a cue stands in."""
    if history and history[-1].clause == sentence:
        return history[-1]
    return None


def antecedent(history: list[Said], feminine: bool | None, plural: bool = False) -> Said | None:
    """The speaker a subjectless cue continues: the last recent one that agrees in gender and
    number ("وطالبوا" continues a plural subject, never one person), else the last one. The
    masculine is the unmarked form a writer falls back on, so a masculine verb after a woman
    ("وقالت شارابوفا …، وتابع") is a slip that still continues the only speaker there is; the
    feminine is marked, so a feminine verb ("وأضافت"، "مشيرة") after men only is no slip but
    another speaker, a woman or a body, and continues none of them (None). Number is no
    preference either: a singular verb never continues names joined by و, and a masculine one
    right after a plural of men ("قال المحتجون …. وقال") is someone else, whom the text does not
    name here: they would take the plural (وقالوا)."""
    if not plural and history and _men(history[-1]) and feminine is False:
        return None  # "قال المحتجون …. وقال": the masculine singular is someone else, unnamed
    if not plural and any(said.joined for said in history[-4:]):
        history = [said for said in history if not said.joined]
    if not history:
        return None
    recent = history[-4:]
    if plural:
        return next((said for said in reversed(recent) if said.plural), None)
    said = history[-1]
    if feminine is not None:
        agreeing = agreeing_antecedent(history, feminine)
        if agreeing is not None:
            said = agreeing
        elif feminine:
            return None  # "قال الوزير …. وأشارت"، "قال المحتجون …. وأشارت": someone else speaks
    if said.weak and not said.plural:
        # A subject nothing marks as a source ("ووصف طريقة …") starts no chain: the report
        # goes on with the last speaker before it that is one.
        # It goes back past a speaker the verb disagrees with ("وقال البيان إن X …، حسب ما
        # ذكرت وكالة رويترز. وأضاف"): the masculine verb continues X, not the agency.
        strong = next(
            (
                other
                for other in reversed(recent)
                if not other.weak
                and not other.plural
                and (feminine is None or other.feminine in (None, feminine))
            ),
            None,
        )
        if strong is not None:
            return strong
    return said


def _men(said: Said) -> bool:
    """Whether ``said`` is several men: names joined by و, or a group headed by a sound masculine
    plural ("المحتجون"), which a masculine singular verb never continues."""
    return said.joined or (said.plural and sound_masculine_plural(said.name))


def agreeing_antecedent(history: list[Said], feminine: bool) -> Said | None:
    """The last recent speaker whose gender is ``feminine`` or unknown; None when every recent
    one shows the other gender (then a dropped subject of that gender is someone else)."""
    # A person keeps one gender: a subject whose clause did not show it ("ريكس تيلرسون"
    # after a verb-first "وقد أبدى") has the gender the same name took elsewhere. Not so a
    # source named by its statement ("ولم يذكر بيان القوات …، لكنه قال"): the verb
    # agrees with the statement.
    known: dict[str, bool] | None = None  # read only when a recent subject showed no gender
    for said in reversed(history[-4:]):
        if said.joined:
            continue  # several people: no singular verb's subject
        gender = said.feminine
        if gender is None and not said.statement:
            if known is None:
                known = _known_genders(history)
            gender = known.get(said.name)
        if gender is None and said.plural and sound_masculine_plural(said.name):
            gender = False  # "المشاركون": men, whom a feminine singular verb never has as subject
        if gender is None or gender == feminine:
            return said
    return None


def _known_genders(history: list[Said]) -> dict[str, bool]:
    """The gender each name took where its verb showed one. A verb of saying whose subject the
    name is (an informant) shows it surely; a clause that reports nothing may have read its
    object as the subject ("لاحقت ديشان سمعة": the feminine verb agrees with سمعة), so its
    gender counts only for a name no verb of saying showed."""
    known = {other.name: other.feminine for other in history if other.feminine is not None}
    known.update(
        {other.name: other.feminine for other in history if other.feminine is not None and other.informant}
    )
    return known


MIN_SOUND_PLURAL = 5  # مشاركون، محتجين: a stem and its ending, not a short word in ون/ين


# Singular nouns that end in ون like a plural: "التلفزيون الرسمي ووكالة …" is no group of men.
_SINGULAR_IN_UN = frozenset({"تلفزيون", "تليفزيون", "قانون", "مليون", "صالون", "كانون"})


def sound_masculine_plural(name: str) -> bool:
    """Whether a group's name is headed by a sound masculine plural ("المشاركون"، "مسؤولون
    أميركيون"): a plural of men, which a verb after it agrees with in the masculine plural (and
    a verb before it in the masculine singular), never in the feminine singular that a broken
    plural ("المصادر") or a body takes."""
    head = name.split(maxsplit=1)[0] if name.strip() else ""
    head = head[2:] if head.startswith("ال") else head
    return len(head) >= MIN_SOUND_PLURAL and head.endswith(("ون", "ين")) and head not in _SINGULAR_IN_UN


def with_source_kind(
    view: DocView, said: Said, phrase: SpeakerPhrase, cue: int, content_start: int | None
) -> Said:
    """Mark whether the speaker is a body and whether its clause issues a statement: the
    words from just before the cue ("وفي بيان لها، قالت") to its content, not the whole
    sentence, which may speak of another statement."""
    sentence_first, last = view.sentence_range(cue)
    said.clause = sentence_first
    first = max(sentence_first, cue - STATEMENT_REACH)
    if content_start is not None:
        # The first token from the content on (token starts are in order).
        last = bisect.bisect_left(view.starts, content_start, first, last)
    said.statement = mentions_statement(view, first, last)
    said.body = names_body(view, phrase)
    return said


def names_body(view: DocView, phrase: SpeakerPhrase) -> bool:
    """Whether a speaker phrase is headed by an institution or an outlet (الوزارة، وكالة)."""
    head = view.bare[phrase.first]
    head = head[2:] if has_article(view, phrase.first) else head
    classes = view.words.classes  # is_a, its calls written out
    return head in classes.get("institution", ()) or head in classes.get("media", ())
