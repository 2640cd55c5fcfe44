"""Round d67 (issue 19, nominal quotes missed although the cue is in the lexicon). Three ways the
object of a verb of denying or announcing was lost after its VSO subject:

- the subject is a name the gazetteer finds and the object a verbal noun with its owner's pronoun
  ("ونفت روسيا تورطها"): a name closes the noun phrase, and the pronoun is the subject's;
- web news tags the subject with # ("ونفت #موسكو مرارا …"، "وأعلن #التحالف مساء الأحد …"): a
  tag right after the verb stopped the search, and adverbs of manner between name and object too;
- the participle مطالبةً after a comma with an adverb of addition before its بـ complement
  ("، مطالبة أيضا بفرض …") was read as the noun and its complement joined the quote before it.

Sentences written for these tests."""

from __future__ import annotations

from qawl.pipeline import Pipeline
from tests.quote_helpers import kinds_contents_and_cues, record_quotes, speakers_and_names


def test_possessed_verbal_noun_after_a_named_subject(pipeline: Pipeline) -> None:
    text = "ونفت روسيا تورطها في تسريب الوثائق."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "تورطها في تسريب الوثائق", "ونفت")]
    assert speakers_and_names(pipeline, text)[0][0] == "روسيا"


def test_manner_adverb_between_name_and_object(pipeline: Pipeline) -> None:
    # Guard (passes before this round too): the adverb closes the subject.
    text = "ونفت موسكو مرارا تدخلها في الانتخابات."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "تدخلها في الانتخابات", "ونفت")]


def test_pointed_object_after_a_named_subject(pipeline: Pipeline) -> None:
    text = "وتنفي واشنطن هذه الروايات منذ البداية."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "هذه الروايات منذ البداية", "وتنفي")]


def test_hashtag_name_then_adverb_then_object(pipeline: Pipeline) -> None:
    text = "ونفت #موسكو بشدة تورطها في الحادث."
    quotes = record_quotes(pipeline, text)
    assert [(q["kind"], q["content"]["text"]) for q in quotes] == [("nominal", "تورطها في الحادث")]
    assert quotes[0]["speaker"]["text"] == "موسكو"


def test_hashtag_subject_then_time_then_event(pipeline: Pipeline) -> None:
    text = "وأعلن #الجيش_الوطني مساء الخميس استعادة السيطرة على المطار."
    quotes = record_quotes(pipeline, text)
    assert [(q["kind"], q["content"]["text"]) for q in quotes] == [("nominal", "استعادة السيطرة على المطار")]
    assert quotes[0]["speaker"]["text"] == "الجيش_الوطني"


def test_hashtag_subject_then_proposition_noun_in_waw(pipeline: Pipeline) -> None:
    # وجود starts with و but is no coordination: a noun of a state of affairs is the object.
    text = "ونفت #الوزارة وجود أي نقص في الأدوية."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "وجود أي نقص في الأدوية", "ونفت")]


def test_hashtag_subject_with_coordination_goes_on(pipeline: Pipeline) -> None:
    # Guard: "#X وزوجها" is a coordinated subject; what follows the tag is no object.
    text = "وأعلنت #نادين وزوجها انفصالهما رسميا."
    assert all(not q["content"]["text"].startswith("وزوجها") for q in record_quotes(pipeline, text))


def test_participle_with_additive_adverb_opens_its_own_quote(pipeline: Pipeline) -> None:
    text = "واتهمت اللجنة الشركة بإخفاء الأرقام، داعية إلى فتح تحقيق، مطالبة أيضا بتعويض المتضررين."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("nominal", "بإخفاء الأرقام", "واتهمت"),
        ("nominal", "فتح تحقيق", "داعية"),
        ("nominal", "بتعويض المتضررين", "مطالبة"),
    ]


def test_negated_cue_after_name_gives_no_quote(pipeline: Pipeline) -> None:
    # Guard: a negated cue stays without a quote (the tuning gold annotates none).
    text = "ولم تنف روسيا تورطها في الحادث."
    assert record_quotes(pipeline, text) == []
