"""Detection round 31 (census of 40 fresh multisource articles): a preposition inside a
subordinate clause, a hyphenated name ending in إن, and quotation marks inside a nominal object.

- Past a subordinating conjunction (إذ، حيث، عندما …) the words are another clause, and a
  preposition there is that clause's verb's, not the cue's complement, until a comma closes it.
- A word joined to the one before it by a hyphen (مون جيه-إن) is part of a compound name,
  never the complementizer إنّ.
- Quotation marks that stand inside a noun-phrase object found before them (قلقها من نشر …
  صواريخ "إس 400") are a fragment of that object: the quote is the nominal, not the marks.
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents

from qawl.pipeline import Pipeline


def test_preposition_after_a_subordinating_conjunction_is_not_the_complement(pipeline: Pipeline) -> None:
    text = "وهذا ما أكدته التطورات الأخيرة، إذ تمكنت الفرق من السيطرة على أحياء واسعة من المدينة."
    assert kinds_and_contents(pipeline, text) == []


def test_subordinate_clause_set_off_by_commas_keeps_the_complement(pipeline: Pipeline) -> None:
    # look-alike: the comma closes the subordinate clause, and على is the verb's again
    text = "وشدد المدير، حين التقى العمال، على ضرورة احترام مواعيد العمل."
    assert ("nominal", "ضرورة احترام مواعيد العمل") in kinds_and_contents(pipeline, text)


def test_complementizer_after_a_subordinate_clause_still_counts(pipeline: Pipeline) -> None:
    # look-alike: only a preposition is held back; أنّ after the clause is still the verb's
    text = "وأكد الوزير عندما سئل عن الموضوع أن الحكومة ماضية في الإصلاح."
    assert ("indirect", "الحكومة ماضية في الإصلاح") in kinds_and_contents(pipeline, text)


def test_hyphenated_name_ending_in_in_is_no_complementizer(pipeline: Pipeline) -> None:
    text = "قال الرئيس الكوري الجنوبي، مون جيه-إن، يوم الجمعة، إن المحادثات ستستأنف قريبا."
    assert kinds_and_contents(pipeline, text) == [("indirect", "المحادثات ستستأنف قريبا")]


def test_spaced_hyphen_before_in_is_still_a_complementizer(pipeline: Pipeline) -> None:
    # look-alike: a dash set off by spaces is punctuation, and إن after it is the particle
    text = "وقال المتحدث - إن الوفد سيصل غدا إلى العاصمة."
    assert ("indirect", "الوفد سيصل غدا إلى العاصمة") in kinds_and_contents(pipeline, text)


def test_quoted_model_inside_a_stance_object_is_no_direct_quote(pipeline: Pipeline) -> None:
    text = 'وأبدت باريس قلقها من شراء أنقرة صواريخ "إس 400" الروسية.'
    assert kinds_and_contents(pipeline, text) == [("nominal", 'قلقها من شراء أنقرة صواريخ "إس 400" الروسية')]


def test_quoted_words_after_the_subject_stay_direct(pipeline: Pipeline) -> None:
    # look-alike: no object opens before the marks, so they hold the words said
    text = 'وأكد المدير "لن نغلق المصنع مهما كانت الظروف".'
    assert kinds_and_contents(pipeline, text) == [("direct", "لن نغلق المصنع مهما كانت الظروف")]


def test_marks_set_off_by_a_comma_hold_the_complement(pipeline: Pipeline) -> None:
    # look-alike: a comma before the marks ends what came before; the marks are the content itself
    text = 'وأكد رئيس البلدية، عشية الاحتفال بالذكرى، "الحرص على تطوير المدينة وتحسين خدماتها".'
    assert ("direct", "الحرص على تطوير المدينة وتحسين خدماتها") in kinds_and_contents(pipeline, text)
