"""The speaker parser's shortcuts give the answers of the logic they skip: the cut of a segment at
its first stop reads the segment's first word alone; parse_segment asks the first test of
_proposition_in_construct and _name_after_country_nisba before calling them; parse_speaker returns
a name read without a title as it is, since every test after it would pass it through. Real news
text: the bundled samples, read by the gazetteer first so that mentions are there."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES

from qawl.document import Document
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.segments import (
    MAX_SEGMENT_WORDS,
    _cut_at_stop,
    _name_after_country_nisba,
    _proposition_in_construct,
    parse_segment,
    segments,
)
from qawl.extractors.quotes.speakers import _addressee_word, _after_verb_of_saying, _in_context, parse_speaker
from qawl.extractors.quotes.stops import (
    ADVERB_PRONOUNS,
    after_genitive_link,
    has_article,
    in_theophoric_name,
    is_stop,
    may_stop,
)
from qawl.extractors.quotes.titles import (
    bi_adverbial,
    is_body_noun,
    names_a_body,
    numbered_name,
    seat_before_rank,
    speech_occasion,
    spokesman_of_person,
    without_article,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import CLAUSE_OPENERS, DEMONSTRATIVES, PROPOSITION_NOUNS, SUBORDINATORS
from qawl.pipeline import Pipeline, PipelineOptions

WINDOW = 12  # the longest span a caller asks parse_speaker to read


def _texts(path: Path) -> list[str]:
    return [orjson.loads(line)["text"] for line in path.read_bytes().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def views() -> list[DocView]:
    texts = _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")
    texts += [
        "وقال بن علي إن الوضع صعب، وأكد مصدر في الوزارة أن الزيارة قائمة. "
        "وقال الرئيس الأمريكي دونالد ترامب إن بلاده مستعدة",
        # A title whose seat reads as a name, then the name in apposition; an anonymous
        # description and the name it gives.
        "وقالت الأستاذة الجامعية بقسم العربية بكلية الآداب بجامعة منوبة، ريم الشابي، إن الوضع صعب. "
        "وقالت مسؤولة من الوزارة، هي سلمى الورتاني، إن القرار نهائي. "
        "وقال متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي إن الحكومة مستعدة.",
    ]
    docs = [Document(str(k), text) for k, text in enumerate(texts)]
    Pipeline(PipelineOptions(ner=False)).process(docs)  # the gazetteer's mentions, for the rules
    attributor = QuoteAttributor()
    return [
        DocView(doc, attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features)
        for doc in docs
    ]


def _first_groups(views: list[DocView]) -> list[tuple[DocView, list[int]]]:
    """The first comma group of every window a caller may ask, from every word of every view."""
    found = []
    for view in views:
        for i in view.word_tokens:
            groups = segments(view, i, min(len(view), i + WINDOW))
            found.extend((view, group) for group in groups[:2])
    return found


def _plain_cut_at_stop(view: DocView, seg: list[int], anonymous: bool) -> list[int]:
    """segments._cut_at_stop as written before its first word was read apart (965eeac)."""
    kept: list[int] = []
    used_pp = False
    words = view.words
    cues, keys, bare, tokens = view.cues, view.keys, view.bare, view.tokens
    may_stop_memo = view.remembered(may_stop)
    titled = bool(seg) and view.title_state(bare[seg[0]]) is not None
    for position, i in enumerate(seg):
        cue = cues[i] if position > 0 else None
        if cue is not None and in_theophoric_name(view, i):
            cue = None
        if position > 0 and after_genitive_link(view, i):
            kept.append(i)
            continue
        if cue is not None and cue.kind == "verb":
            break
        if cue is not None and cue.kind == "noun" and cue.object_suffix:
            break
        if position > 0 and (keys[i] in CLAUSE_OPENERS or keys[i] in SUBORDINATORS):
            break
        key = bare[i]
        if titled and position == 1 and key in DEMONSTRATIVES and not has_article(view, seg[0]):
            kept.append(i)
            continue
        if titled and position > 0 and key.startswith("لل") and not words.is_a("stop", key):
            kept.append(i)
            continue
        if titled and kept and keys[i][:1].isdigit() and numbered_name(view, i):
            kept.append(i)
            continue
        if titled and key == "في" and len(kept) > 1 and seat_before_rank(view, seg, position):
            kept.append(i)
            continue
        after_definite = position > 1 and has_article(view, seg[position - 1])
        if anonymous and after_definite and keys[i] in PROPOSITION_NOUNS:
            break
        if may_stop_memo(tokens[i].text) and is_stop(view, i):
            if (
                anonymous
                and not used_pp
                and position > 0
                and key in {"في", "من", "ب"}
                and not speech_occasion(view, seg, position)
            ):
                used_pp = True
                kept.append(i)
                continue
            break
        kept.append(i)
    if kept and view.bare[kept[-1]] in {"في", "من"}:
        kept.pop()
    return kept


def test_the_cut_at_a_stop_as_the_plain_loop(views: list[DocView]) -> None:
    cut = 0
    for view, group in _first_groups(views):
        for anonymous in (False, True):
            kept = _cut_at_stop(view, group, anonymous)
            assert kept == _plain_cut_at_stop(view, group, anonymous), view.text_of(group[0], group[-1] + 1)
            cut += len(kept) < len(group)
    assert cut > 200  # segments cut and segments kept whole both compared


def test_the_first_tests_parse_segment_asks_are_those_of_the_functions(views: list[DocView]) -> None:
    """The functions answer only where their first test holds, and parse_segment, asking that
    test first, still gives the country nisba's reading wherever it applies."""
    propositions = nisbas = 0
    for view, group in _first_groups(views):
        head = view.bare[group[0]]
        if _proposition_in_construct(view, group):
            assert head in PROPOSITION_NOUNS
            propositions += 1
        cut = _cut_at_stop(view, group, False)[:MAX_SEGMENT_WORDS]
        after_nisba = _name_after_country_nisba(view, cut, False) if cut else None
        if after_nisba is not None:
            assert len(cut) >= 3 and head.startswith("ال")
            found = parse_segment(view, group)
            assert found is None or found == after_nisba, view.text_of(group[0], group[-1] + 1)
            nisbas += found is not None
    assert propositions > 0 and nisbas > 0  # both shortcuts meet cases that they must not skip


def test_a_name_without_a_title_passes_through_the_later_segments(views: list[DocView]) -> None:
    """parse_speaker returns such a name without reading the segments after it: every first
    segment parse_speaker reads as a phrase, read again with the segments after it
    (_in_context, the plain path), gives the same answer."""
    names = titled = 0
    for view in views:
        for i in view.word_tokens:
            last = min(len(view), i + WINDOW)
            groups = segments(view, i, last)
            key = view.bare[i]
            if _after_verb_of_saying(view, i) and bi_adverbial(view, groups[0]):
                continue  # parse_speaker reads from the title after it
            if key in ADVERB_PRONOUNS or (key == "كل" and len(groups[0]) > 3):
                continue  # read after the adverb, or as two subjects
            if _addressee_word(view, i, outlet_only=True):
                continue  # ل + an outlet: an addressee, read by _subject_after_addressee
            for object_follows in (False, True):
                head = parse_segment(view, groups[0], object_follows)
                if head is None:
                    continue
                body_head = head.last - head.first == 1 and names_a_body(view.words, view.bare[head.first])
                plain = _in_context(view, i, groups, head, body_head)
                assert parse_speaker(view, i, last, object_follows) == plain, view.text_of(i, last)
                names += head.kind == "name" and head.title is None
                titled += plain != head
    assert names > 500 and titled > 20  # shortcut names, and phrases the later segments change


def test_remembered_body_nouns_and_the_spokesman_test(views: list[DocView]) -> None:
    """is_body_noun answers as names_a_body over every word; spokesman_of_person holds only for
    a title with باسم in it, the test split_title asks before building the phrase."""
    bodies = spokesmen = 0
    for view in views:
        for i in view.word_tokens:
            for key in (view.bare[i], without_article(view.bare[i])):
                assert is_body_noun(view, key) == names_a_body(view.words, key), key
                bodies += is_body_noun(view, key)
            for last in range(i + 1, min(len(view), i + 6)):
                if spokesman_of_person(view, SpeakerPhrase(i, last, "title")):
                    assert "باسم" in view.bare[i:last]
                    spokesmen += 1
    assert bodies > 50 and spokesmen > 0


def test_parse_speaker_answers_from_its_first_segment_as_before(views: list[DocView]) -> None:
    """A few answers the shortcuts decide, written out."""
    view = views[-2]
    found = {
        view.text_of(phrase.first, phrase.last)
        for k in view.word_tokens
        if (phrase := parse_speaker(view, k, min(len(view), k + WINDOW))) is not None
    }
    assert {"بن علي", "مصدر في الوزارة", "دونالد ترامب"} <= found
