"""Speed round sp21 (issue 18): the cue's lemma key read from lexicon.lemma_key's cache in
grammar.plural_cue / suffixed_plural, and the first tests of a few rules asked by their callers
(segments.parse_segment, frames.verb_frame) before the call. Each fast path must give exactly
what the slow one gives: these tests compare them on sentences of my own, at every token."""

from __future__ import annotations

import pytest
from quote_helpers import view_of

from qawl.arabic import normalize
from qawl.extractors.quotes import frames, grammar, segments
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.view import DocView

# Sentences of my own: duals, plurals, object pronouns on plural and singular verbs, a
# participle of state after a comma, bodies named with their domain, a light verb, a pair with
# بين, and "بهذه الكلمات" before a verb.
TEXTS = [
    "وأكدتا أن الاتفاق قائم، وبيّنا أن العمل مستمر. وقالا إن الوفد وصل.",
    "قالوا إن المفاوضات صعبة، ويقولون إنها ستستمر، مؤكدين أن الحل قريب.",
    "ووصفوها بأنها خطوة مهمة، فيما يعتبرونه قرارا صائبا. ونوّه الوزير بالجهود ويدعوها إلى الحوار.",
    "وجدد الناطقون تصريحاتهم حول الأزمة، وكرر الوزير التأكيد على أن الحوار هو الحل.",
    "وقال منير «الحكم جائر»، طالبا من المحكمة مراجعته. وقالت المنظمة، طالبة بالتحقيق، إن الوضع خطير.",
    "وقال المجلس الأعلى للسكان في الأردن إن النمو تراجع، وأعلن المركز الوطني للأرصاد أن الطقس حار.",
    "ودعت المنظمات الدولية للضغط على الطرفين، وبين الوزير أن الفرق بين الحكومة وبين النقابة كبير.",
    '"لن نتراجع".. بهذه الكلمات وصف رئيس الوزراء الموقف، وأضافت المتحدثتان أن الأمر محسوم.',
    "وأوضح مسؤول في السفارة أن الزيارة تأجلت، وقال المتحدث باسم الوزارة أحمد سالم إن القرار نهائي.",
]


def _old_plural_cue(view: DocView, cue: int) -> bool:
    """grammar.plural_cue as written before this round (the lemma normalised at each test)."""
    key = view.bare[cue]
    if key.endswith(("وا", "ون")):
        return True
    found = view.cues[cue]
    if (
        found is not None
        and found.kind == "verb"
        and key in (normalize(found.lemma) + "ا", normalize(found.lemma) + "تا")
        and not grammar._participle_of_state(view, cue, normalize(found.lemma))
    ):
        return True
    if found is not None and found.kind == "noun" and found.object_suffix:
        return key.endswith(("هم", "هما"))
    if _old_suffixed_plural(view, cue):
        return True
    return found is not None and found.kind == "participle" and key.endswith("ين")


def _old_suffixed_plural(view: DocView, cue: int) -> bool:
    found = view.cues[cue]
    if found is None or found.kind != "verb" or not found.object_suffix:
        return False
    return grammar._plural_before_object(view.keys[cue], normalize(found.lemma))


def test_plural_cue_gives_the_old_answer_at_every_token(attributor: QuoteAttributor) -> None:
    answers = {True: 0, False: 0}
    duals = 0
    for text in TEXTS:
        view = view_of(attributor, text)
        for i in range(len(view)):
            assert grammar.plural_cue(view, i) == _old_plural_cue(view, i), (text, i)
            assert grammar.suffixed_plural(view, i) == _old_suffixed_plural(view, i), (text, i)
            answers[grammar.plural_cue(view, i)] += 1
            found = view.cues[i]
            if found is not None and found.kind == "verb" and view.bare[i].endswith("ا"):
                duals += grammar.plural_cue(view, i)
    # Both answers occur, and the dual branch (the one the lemma key is read for) answers True.
    assert answers[True] >= 8 and answers[False] > 0
    assert duals >= 3


def test_plural_cue_on_the_dual_and_the_participle_of_state(attributor: QuoteAttributor) -> None:
    view = view_of(attributor, TEXTS[0])
    for word in ("وأكدتا", "وبيّنا", "وقالا"):
        assert grammar.plural_cue(view, view.tokens.index(next(t for t in view.tokens if t.text == word)))
    view = view_of(attributor, TEXTS[2])
    for word in ("ووصفوها", "يعتبرونه"):  # plural verbs with an object pronoun
        at = next(k for k, t in enumerate(view.tokens) if t.text == word)
        assert grammar.suffixed_plural(view, at) and grammar.plural_cue(view, at)
    at = next(k for k, t in enumerate(view.tokens) if t.text == "ويدعوها")  # a root و, singular
    assert not grammar.suffixed_plural(view, at)
    view = view_of(attributor, TEXTS[4])
    at = next(k for k, t in enumerate(view.tokens) if t.text == "طالبا")
    assert view.cues[at] is not None
    assert not grammar.plural_cue(view, at)  # "، طالبا من": the participle of state, one speaker


def _all_slices(view: DocView) -> list[list[int]]:
    """Every run of word tokens within each comma segment of each sentence, as parse_segment
    receives them (and their tails)."""
    out: list[list[int]] = []
    for first, last in view.sentence_bounds:
        for group in segments.segments(view, first, last):
            for start in range(len(group)):
                for end in range(start + 1, len(group) + 1):
                    out.append(group[start:end])
    return out


def test_body_with_domain_is_none_where_parse_segment_skips_it(attributor: QuoteAttributor) -> None:
    found = 0
    for text in TEXTS:
        view = view_of(attributor, text)
        for seg in _all_slices(view):
            named = segments._body_with_domain(view, seg)
            if not (len(seg) >= 3 and view.bare[seg[0]].startswith("ال")):
                assert named is None, (text, seg)
            found += named is not None
    assert found >= 2  # "المجلس الأعلى للسكان"، "المركز الوطني للأرصاد" are read


def test_parse_segment_reads_a_body_with_its_domain(attributor: QuoteAttributor) -> None:
    view = view_of(attributor, TEXTS[5])
    first = next(k for k, t in enumerate(view.tokens) if t.text == "المجلس")
    seg = segments.segments(view, first, view.sentence_range(first)[1])[0]
    phrase = segments.parse_segment(view, seg)
    assert phrase is not None and phrase.kind == "name"
    assert view.text_of(phrase.first, phrase.last) == "المجلس الأعلى للسكان"  # the name ends at في


def _cue_tokens(view: DocView) -> list[int]:
    return [i for i in range(len(view)) if view.cues[i] is not None]


def test_verb_frame_guards_imply_the_rules_answer(attributor: QuoteAttributor) -> None:
    """Where verb_frame does not call _between_pair, _light_verb_object or _these_words, each
    would have answered False / None; and where it does, the answers still occur."""
    seen = {"between": 0, "light": 0, "these": 0}
    for text in TEXTS:
        view = view_of(attributor, text)
        _, last = view.sentence_range(0)
        for i in _cue_tokens(view):
            cue = view.cues[i]
            assert cue is not None
            last = view.sentence_range(i)[1]
            if cue.lemma != frames._BETWEEN:
                assert not frames._between_pair(view, i, cue)
            else:
                seen["between"] += frames._between_pair(view, i, cue)
            if cue.lemma not in frames.LIGHT_VERBS:
                assert frames._light_verb_object(view, i, cue, last) is None
            else:
                seen["light"] += frames._light_verb_object(view, i, cue, last) is not None
            if not (i >= 3 and view.bare[i - 1] in frames._THESE_WORDS):
                assert frames._these_words(view, i, cue) is None
            else:
                seen["these"] += frames._these_words(view, i, cue) is not None
    assert seen == {"between": 1, "light": 1, "these": 1}  # "بين الحكومة وبين النقابة" is the pair


@pytest.mark.parametrize("lemma", ["قال", "جدد", "بين"])
def test_guards_on_cues_of_other_lemmas_at_every_token(attributor: QuoteAttributor, lemma: str) -> None:
    """The same implications for a cue of each lemma put at every token (what a rule may ask
    of any verb), so the guards never hide an answer the rule would give."""
    cue = Cue(lemma, "verb", frozenset({"that", "obj", "quote"}))
    for text in TEXTS:
        view = view_of(attributor, text)
        for i in range(len(view)):
            last = view.sentence_range(i)[1]
            if lemma != frames._BETWEEN:
                assert not frames._between_pair(view, i, cue)
            if lemma not in frames.LIGHT_VERBS:
                assert frames._light_verb_object(view, i, cue, last) is None
            if not (i >= 3 and view.bare[i - 1] in frames._THESE_WORDS):
                assert frames._these_words(view, i, cue) is None


def test_concluded_frame_read_as_a_membership_test() -> None:
    """verb_frame asks ``CONCLUDED in cue.frames`` where it looped over the frames: the same
    question of a frozenset."""
    for kept in (frozenset({"that"}), frozenset({"that", frames.CONCLUDED}), frozenset()):
        assert (frames.CONCLUDED in kept) == any(frame == frames.CONCLUDED for frame in kept)
