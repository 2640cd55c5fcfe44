"""The quick paths of the cue reader (remembered per-lemma and per-frame sets, a document's line
breaks found once) answer as the plain per-call tests they replace, on real Arabic text."""

from __future__ import annotations

from pathlib import Path

import orjson
from hypothesis import given
from hypothesis import strategies as st

from qawl.arabic import normalize, tokenize
from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.lexicon import Cue, lemma_key, load_cues
from qawl.extractors.quotes.marks import (
    CLOSERS,
    MAX_EITHER_WAY_SPAN,
    OPENERS,
    QUOTE_CHARS,
    STRAIGHT,
    _either_way,
    _mixed_opener,
    _spaced_closer,
    pair_marks,
    straight_direction,
)
from qawl.extractors.quotes.triggers import (
    _needed_object,
    _person_suffixed_perfect,
    _pronoun_complement,
    find_trigger,
)
from qawl.extractors.quotes.view import _CUE_CANDIDATE, _SEATED, _SOME_WORDS, _TITLE, DocView
from qawl.extractors.quotes.words import COMMAS, POSSESSIVE_ENDINGS, SENTENCE_MARKS

NEWS = Path(__file__).resolve().parent / "fixtures" / "news_sample.jsonl"
TEXTS = [orjson.loads(line)["text"] for line in NEWS.read_bytes().splitlines()]
_ATTRIBUTOR = QuoteAttributor()


def _view(text: str) -> DocView:
    a = _ATTRIBUTOR
    return DocView(Document("d", text), a.lexicon, a.words, a.vocabulary)


def _plain_needed_object(cue: Cue, key: str) -> bool:
    for frame in cue.frames:
        noun = frame[len("needs-") :] if frame.startswith("needs-") else ""
        # Short needed words are prepositions (needs-عن), except the news nouns خبر and نبأ.
        if (len(noun) > 3 or noun in ("خبر", "نبا")) and key in (noun, "ال" + noun):
            return True
    return False


def _plain_person_suffixed(view: DocView, i: int, cue: Cue) -> bool:
    stem = normalize(cue.lemma)
    return cue.kind == "verb" and view.bare[i] in {stem + e for e in ("ت", "ا", "تا", "وا", "نا")}


def _cues() -> list[Cue]:
    return list(dict.fromkeys(load_cues().forms.values()))


def test_lemma_key_is_the_normalised_lemma() -> None:
    for cue in _cues():
        assert lemma_key(cue.lemma) == normalize(cue.lemma)


def test_needed_object_reads_as_the_loop_over_frames() -> None:
    cues = _cues()
    needing = [c for c in cues if any(f.startswith("needs-") for f in c.frames)]
    assert needing, "the lexicon has verbs that need an object noun (حمّل X المسؤولية)"
    nouns = {f[len("needs-") :] for c in needing for f in c.frames if f.startswith("needs-")}
    keys = {normalize(t.text) for text in TEXTS for t in tokenize(text)}
    keys |= nouns | {"ال" + n for n in nouns} | {"", "ال"}
    hits = 0
    for cue in cues:
        for key in keys:
            plain = _plain_needed_object(cue, key)
            assert _needed_object(cue, key) == plain, (cue.lemma, key)
            hits += plain
    assert hits > 0


def test_person_suffixed_perfect_as_the_plain_set() -> None:
    seen = 0
    for text in [*TEXTS, "وقالت الوزيرة إن الحكومة أكدوا وأوضحنا وبيّنتا وأكدا ما قالته."]:
        view = _view(text)
        for i, cue in enumerate(view.cues):
            if cue is None:
                continue
            plain = _plain_person_suffixed(view, i, cue)
            assert _person_suffixed_perfect(view, i, cue) == plain
            seen += plain
    assert seen > 0


def _plain_trigger(view: DocView) -> list[object]:
    found = []
    for i, cue in enumerate(view.cues):
        if cue is not None and cue.kind in ("verb", "participle"):
            trigger, carriers = find_trigger(view, i, cue, len(view))
            found.append((i, trigger and (trigger.kind, trigger.index), carriers))
    return found


def test_triggers_of_real_text_unchanged() -> None:
    # The words find_trigger passes: "قال" with its complementizer, حمّل with the object it needs.
    view = _view("وحمّل الوزير الحكومة المسؤولية عن الأزمة، وقال إن الوضع صعب.")
    found = dict((i, t) for i, t, _ in _plain_trigger(view))
    words = [t.text for t in view.tokens]
    assert found[words.index("وحمّل")] == ("obj", words.index("المسؤولية"))
    assert found[words.index("وقال")] == ("that", words.index("الوضع"))


def test_break_before_is_newline_between() -> None:
    texts = [*TEXTS, "قال الوزير\nإن الحكومة\n\n«ستعمل»\n", "\nسطر أول\r\nسطر ثان \n"]
    breaks = 0
    for text in texts:
        view = _view(text)
        n = len(view)
        plain = [j > 0 and view.newline_between(j - 1, j) for j in range(n)]
        assert [view.break_before(j) for j in range(n)] == plain
        assert not view.break_before(n) and not view.break_before(-1)
        breaks += sum(plain)
    assert breaks >= 5


@given(st.text(st.sampled_from([*"قال إن«»،.\n\t ", "\u200c", "\u200f"]), max_size=40))
def test_break_before_on_any_text(text: str) -> None:
    view = _view(text)
    assert [view.break_before(j) for j in range(len(view))] == [
        j > 0 and view.newline_between(j - 1, j) for j in range(len(view))
    ]


def test_pronoun_complement_as_the_loop_over_frames() -> None:
    def plain(key: str, cue: Cue) -> bool:
        return any(
            key == p + s for p in cue.frames if p in ("الي", "من", "عن", "علي") for s in POSSESSIVE_ENDINGS
        )

    keys = {normalize(t.text) for text in TEXTS for t in tokenize(text)}
    keys |= {"اليه", "منها", "عنهم", "عليه", "فيه", "اليهن"}
    hits = 0
    for cue in _cues():
        for key in keys:
            assert _pronoun_complement(key, cue) == plain(key, cue), (cue.lemma, key)
            hits += plain(key, cue)
    assert hits > 0


def _pair_marks_plainly(text: str) -> list[tuple[int, int | None]]:
    """:func:`pair_marks` flushing at every line break, open marks or none, reading every character."""
    pairs: list[tuple[int, int | None]] = []
    stacks: dict[str, list[int]] = {o: [] for o in OPENERS}
    straight: int | None = None
    tentative = False  # opened only because no straight mark was open

    def flush() -> None:
        nonlocal straight
        pairs.extend((pos, None) for stack in stacks.values() for pos in stack)
        for stack in stacks.values():
            stack.clear()
        if straight is not None and not tentative:
            pairs.append((straight, None))
        straight = None

    for index, ch in enumerate(text):
        if ch == "\n":
            flush()
        elif ch in OPENERS:
            stacks[ch].append(index)
        elif ch in CLOSERS and stacks[CLOSERS[ch]]:
            pairs.append((stacks[CLOSERS[ch]].pop(), index))
        elif ch == STRAIGHT:
            opens = straight_direction(text, index) == "open"
            if opens and straight is not None and not tentative and _spaced_closer(text, index):
                opens = False
            if opens or (straight is None and _either_way(text, index)):
                if straight is not None and not tentative:
                    pairs.append((straight, None))
                straight, tentative = index, not opens
            elif straight is not None:
                if not tentative or index - straight <= MAX_EITHER_WAY_SPAN:
                    pairs.append((straight, index))
                straight = None
            elif (opener := _mixed_opener(text, index, stacks)) is not None:
                pairs.append((stacks[opener].pop(), index))
    flush()
    return sorted(pairs, key=lambda p: p[0])


@given(st.text(st.sampled_from([*'قال و "«»“”‘’\n،.']), max_size=40))
def test_pair_marks_as_flushing_at_every_line_break(text: str) -> None:
    assert [tuple(p) for p in pair_marks(text)] == _pair_marks_plainly(text)


def test_pair_marks_pairs_a_straight_mark_between_letters_tentatively() -> None:
    # Letters on both sides read "close"; with none open it opens tentatively (a case hypothesis found).
    assert [tuple(p) for p in pair_marks('ا"ا"')] == _pair_marks_plainly('ا"ا"') == [(1, 3)]


def test_pair_marks_closes_with_a_straight_mark_spaced_on_its_wrong_side() -> None:
    # The second mark reads as opening (a space before it, a letter after) but none follows to
    # close it, so it closes the open one (marks._spaced_closer; a case hypothesis found).
    assert [tuple(p) for p in pair_marks('"ا "ا')] == _pair_marks_plainly('"ا "ا') == [(0, 3)]


def test_pair_marks_of_real_text() -> None:
    text = "\n".join([*TEXTS, 'قال «إن الوزير\nأكد" أن “الحكومة” ستعمل»'])
    pairs = [tuple(p) for p in pair_marks(text)]
    assert pairs == _pair_marks_plainly(text)
    assert any(close is None for _, close in pairs) and any(close is not None for _, close in pairs)


def _token_lists(view: DocView) -> dict[str, list[int]]:
    return {
        "cue": view.cue_candidates,
        "title": view.title_tokens,
        "some": view.some_words_tokens,
        "seated": view.seated_tokens,
        "comma": [i for i in range(len(view)) if view.is_comma(i)],
        "mark": [i for i in range(len(view)) if view.is_mark(i)],
        "sentence": [i for i in range(len(view)) if view.is_sentence_mark(i)],
    }


def _token_lists_plainly(view: DocView) -> dict[str, list[int]]:
    bits = {"cue": _CUE_CANDIDATE, "title": _TITLE, "some": _SOME_WORDS, "seated": _SEATED}
    found = {name: [i for i, f in enumerate(view.flags) if f & bit] for name, bit in bits.items()}
    texts = [t.text for t in view.tokens]
    found["comma"] = [i for i, t in enumerate(texts) if t in COMMAS]
    found["mark"] = [i for i, t in enumerate(texts) if t in QUOTE_CHARS]
    found["sentence"] = [i for i, t in enumerate(texts) if t in SENTENCE_MARKS]
    return found


def test_rare_token_lists_as_read_from_every_token() -> None:
    for text in [*TEXTS, "قال مسؤول «إن 3.5 مليار» سئل، وأكد الرئيس: نعم؟"]:
        view = _view(text)
        lists = _token_lists(view)
        assert lists == _token_lists_plainly(view)
    assert all(lists.values())  # the last text has one of each


@given(st.text(st.sampled_from([*"قال رئيس سئل 3.5 «»،.؟:\na_bؤ"]), max_size=40))
def test_rare_token_lists_on_any_text(text: str) -> None:
    view = _view(text)
    assert _token_lists(view) == _token_lists_plainly(view)


def test_find_answers_as_the_full_lookup() -> None:
    lexicon = load_cues()
    forms = list(lexicon.forms)
    words = {t.text for text in TEXTS for t in tokenize(text)}
    words |= {p + f for f in forms[::7] for p in ("", "و", "ف", "س", "وس", "فس", "ال", "ب")}
    words |= {"سيقول", "وسيعلن", "فستؤكد", "ستنفي", "سوريا", "فيما", "وزير", "", "و", "س"}
    cues = 0
    for word in words:
        key = normalize(word)
        found = lexicon.find(word, key)
        assert found == lexicon._lookup(word, key), word
        cues += found is not None
    assert cues > 100
