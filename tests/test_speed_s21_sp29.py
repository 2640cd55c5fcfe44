"""Speed round sp29 (issue 18). The clause subjects (``sentence_subjects`` and ``fronted_subjects``)
are read once a document, where ``subjects_of_dropped_frames`` read them a second time.

``attributor.clause_subjects`` reads them skipping only the tokens both steps skip, keeps the run in
the view, and each step drops the events at the cues it skips. That is the same list because both
readers skip a token of ``taken`` only where it is the cue of the event they would make (or the
relative pronoun after a fronted subject, which sends the reading back to the readers). The replaced
forms are written out here and compared on texts of my own and on the fixture articles.

Also: ``DocView.bare_opening`` (the ل/ب words ``NameIndex._li_titles`` reads, found by one regex
search over the joined keys instead of a regex call a token) and ``without_possessive`` remembered.
"""

from __future__ import annotations

import re
import sys
from itertools import compress, count

import pytest
from quote_helpers import fixture_texts

from qawl.document import Document
from qawl.extractors.quotes import antecedents, attributor
from qawl.extractors.quotes.antecedents import (
    SINGULAR_RELATIVES,
    SUBJECT_RUNS,
    fronted_subjects,
    relative_among,
    sentence_subjects,
    subjects_of_dropped_frames,
    subjects_read_before,
)
from qawl.extractors.quotes.attribution import attribute, document_names
from qawl.extractors.quotes.attributor import QuoteAttributor, clause_subjects
from qawl.extractors.quotes.cues import read_cues, without_overlaps
from qawl.extractors.quotes.noun_patterns import without_possessive
from qawl.extractors.quotes.view import DocView

# Texts of my own: verb-first and fronted subjects, a fronted subject with a relative clause,
# verbs after قد، ف، و، بينما and قبل أن, and verbs of saying whose frame gives way to a later one.
TEXTS = [
    "ونفى المتحدث باسم الشركة كل الاتهامات، ووصف التقرير بأنه كاذب، وأكد أن الشركة ستقاضي الصحيفة.",
    "زار وزير الخارجية المغربي العاصمة أمس، وندد رئيس الوزراء بالهجوم. وأضاف أن التحقيق مستمر.",
    "لكن الوزير الذي زار المدينة أمس أكد أن المشروع سيكتمل، بينما هاجمت المعارضة الخطة وقالت إنها فاشلة.",
    "وكان المدير قد استعرض النتائج، فيرد الرئيس التنفيذي قائلا إن الأرباح تضاعفت.",
    "قبل أن يتدخل مدرب الفريق ويقول إن اللاعبين تعبوا. إلا أن رئيس النادي رفض الحديث عن الموضوع.",
    "وقد انتقدت النائبة سعاد بن علي القرار، واعتبرت أنه يضر بالفلاحين، مشيرة إلى أن الأسعار سترتفع.",
    "المنظمة التي أصدرت التقرير طالبت الحكومة بالتحقيق، وقالت إن الوضع خطير.",
    "وأكد الوزير أن الخطة جاهزة. ورئيس الحكومة الذي يقود الائتلاف يواصل مشاوراته، وقال إنها مثمرة.",
    "",
]

ALL_TEXTS = TEXTS + fixture_texts()
_STAGE = QuoteAttributor()


def _view(text: str) -> DocView:
    return DocView(Document("d", text), _STAGE.lexicon, _STAGE.words, _STAGE.vocabulary, _STAGE.features)


def _steps(view: DocView):
    frames, events = read_cues(view)
    taken = {e.cue for e in events} | {f.cue for f in frames}
    frames = without_overlaps(frames, view)
    return frames, events, taken


# ---------------------------------------------------------------- the replaced forms, written out


def _find_subjects_before(view: DocView, taken: set[int], before: int) -> list[antecedents.SpeakerEvent]:
    """QuoteAttributor.find's step 3 as it was: both readers with the step's own ``taken``."""
    return sentence_subjects(view, taken, before=before) + fronted_subjects(view, taken, before=before)


def _dropped_before(view: DocView, frames, events):
    """subjects_of_dropped_frames as it was: both readers read again."""
    if not frames:
        return []
    read = {frame.cue for frame in frames} | {event.cue for event in events}
    last_cue = max(frame.cue for frame in frames)
    found = _find_subjects_before(view, read, last_cue)
    return [event for event in found if event.cue not in read and view.cues[event.cue] is not None]


# ---------------------------------------------------------------- the property the run rests on


def _skip_sets(view: DocView) -> list[set[int]]:
    n = len(view)
    taken = _steps(view)[2]
    return [
        taken,
        set(range(n)),
        set(range(0, n, 2)),
        set(range(1, n, 3)),
        {i for i in range(n) if view.cues[i] is not None},
        {i for i in range(n) if view.bare[i] in SINGULAR_RELATIVES},
    ]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_a_reader_skips_a_token_only_at_the_cue_of_its_event(text: str) -> None:
    """With fewer tokens skipped, each reader gives every event it gave, in order, and the others
    have their cue among the tokens skipped (the relative pronouns aside, for fronted_subjects)."""
    view = _view(text)
    n = len(view)
    for before in (None, n // 2, n):
        all_subjects = sentence_subjects(view, set(), before=before)
        all_fronted = fronted_subjects(view, set(), before=before)
        for taken in _skip_sets(view):
            assert sentence_subjects(view, taken, before=before) == [
                e for e in all_subjects if e.cue not in taken
            ]
            if not relative_among(view, taken):
                assert fronted_subjects(view, taken, before=before) == [
                    e for e in all_fronted if e.cue not in taken
                ]


def test_a_skipped_relative_pronoun_drops_the_event_after_its_clause() -> None:
    """Why a relative pronoun sends the reading back: fronted_subjects skips the event at the verb
    after the clause when the pronoun is skipped, though that verb is not."""
    view = _view("قال الوزير إن الخطة جاهزة. لكن وزير الخارجية الذي زار المصنع أمس يرفض الحديث عن الأرباح.")
    relative = view.keys.index("الذي")
    found = fronted_subjects(view, set())
    assert [e.cue for e in found] == [view.keys.index("يرفض")]
    assert fronted_subjects(view, {relative}) == []
    assert relative_among(view, {relative}) and not relative_among(view, {relative - 1, len(view) + 5})


# ---------------------------------------------------------------- the two steps against their old forms


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_clause_subjects_are_the_two_readers(text: str) -> None:
    if not text.strip():
        return
    view = _view(text)
    frames, events, taken = _steps(view)
    if not frames:
        return
    before = max(frame.cue for frame in frames)
    expected = _find_subjects_before(_view(text), taken, before)
    assert clause_subjects(view, taken, frames, events, before) == expected
    assert before in view.answers[SUBJECT_RUNS]
    # Cues of events as well, which no frame or event of the step holds: the run reads their
    # events, and the step drops them.
    extra = {e.cue for e in _find_subjects_before(_view(text), set(), before)}
    assert clause_subjects(_view(text), taken | extra, frames, events, before) == _find_subjects_before(
        _view(text), taken | extra, before
    )
    # A relative pronoun among the tokens skipped: the fronted subjects are read again.
    relatives = {i for i in range(len(view)) if view.bare[i] in SINGULAR_RELATIVES}
    fresh = _view(text)
    assert clause_subjects(fresh, taken | relatives, frames, events, before) == _find_subjects_before(
        _view(text), taken | relatives, before
    )


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_subjects_of_dropped_frames_read_from_the_run(text: str) -> None:
    if not text.strip():
        return
    view = _view(text)
    frames, events, taken = _steps(view)
    if not frames:
        return
    before = max(frame.cue for frame in frames)
    events = events + clause_subjects(view, taken, frames, events, before)
    read = {f.cue for f in frames} | {e.cue for e in events}
    assert subjects_read_before(view, read, before) is not None
    assert subjects_of_dropped_frames(view, frames, events) == _dropped_before(_view(text), frames, events)
    # No run for another end, none that skipped a token the caller reads.
    assert subjects_read_before(view, read, before + 1) is None
    skipped = view.answers[SUBJECT_RUNS][before][0]
    if skipped:
        assert subjects_read_before(view, read - {min(skipped)}, before) is None
    # Without the run, the readers read again: the same events.
    assert subjects_of_dropped_frames(_view(text), frames, events) == _dropped_before(
        _view(text), frames, events
    )


def _quote_records(text: str) -> list[dict[str, object]]:
    doc = Document("d", text)
    QuoteAttributor().process([doc])
    return doc.to_record()["quotes"]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_quotes_with_the_run_turned_off_are_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _quote_records(text)
    monkeypatch.setattr(
        attributor,
        "clause_subjects",
        lambda view, taken, frames, events, before: _find_subjects_before(view, taken, before),
    )
    for name, module in list(sys.modules.items()):
        if name.startswith("qawl.extractors.quotes") and hasattr(module, "subjects_read_before"):
            monkeypatch.setattr(module, "subjects_read_before", lambda view, taken, before: None)
    assert _quote_records(text) == expected


def test_the_stage_reads_the_run() -> None:
    """The run is made by the stage and used by attribute (no second reading)."""
    view = _view(TEXTS[0])
    frames, events, taken = _steps(view)
    before = max(frame.cue for frame in frames)
    events = events + clause_subjects(view, taken, frames, events, before)
    names = document_names(view, frames)
    calls: list[int] = []
    original = antecedents.sentence_subjects

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    antecedents.sentence_subjects = counted  # type: ignore[assignment]
    try:
        attribute(view, names, frames, events)
    finally:
        antecedents.sentence_subjects = original
    assert calls == []


# ---------------------------------------------------------------- bare_opening, without_possessive

OPENING_TEXTS = [
    "للعضو في المركز الإعلامي، رضا عيسى، وبالنسبة لرئيس الحزب لبنى",
    "ـ لبنان ب لب لبنا لبنان بالغ ـ بلدية",  # a tatweel alone has an empty key
    "لبنانيون",
    "ب",
    "",
]


@pytest.mark.parametrize("text", OPENING_TEXTS + TEXTS + fixture_texts())
def test_bare_opening_is_the_regex_at_every_token(text: str) -> None:
    view = _view(text)
    for letters, length in (("لب", 5), ("ل", 1), ("بل", 3), ("و", 2), ("ا", 9)):
        pattern = re.compile(f"[{letters}].{{{length - 1}}}", re.S)
        assert view.bare_opening(letters, length) == list(compress(count(), map(pattern.match, view.bare)))


def test_bare_opening_finds_the_first_and_the_last_token() -> None:
    view = _view("لبنان يزور بلدية")
    assert view.bare_opening("لب", 5) == [0, 2]
    assert "" in _view("ـ لبنان").bare  # an empty key between two line breaks: no shift
    assert _view("ـ لبنان ـ بلدية").bare_opening("لب", 5) == [1, 3]


def test_without_possessive_remembered_is_the_function() -> None:
    keys = ["ضرورته", "ضرورتها", "حرصه", "الرئيس", "هم", "تعهدهم", "ته", ""]
    for key in keys * 2:
        assert without_possessive(key) == without_possessive.__wrapped__(key)
