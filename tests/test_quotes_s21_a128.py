"""Quote round a128: the fullest proper name for a speaker, and titles paired with names.

- إمام ("imam"), written with its hamza under the alif, is a noun and no stop: only أمام "in
  front of" is the preposition its key also spells.
- A given name in -يا right after a title, with its family name after it and then إن, a comma
  or من, is no adverbial accusative (رسميا) once the gazetteer has found places.
- A letter name of a spelled-out initialism (سي بي إس، آي إم دي بي) is part of the name,
  though بي ("with me") and إن are stops elsewhere.
- A name set off by two commas right before the report's complementizer, after a title and the
  words that qualify its post (no other title or person among them), is the title's holder.
- A text in construct with a body named in quote marks ("تقرير مؤسسة "X"") is that body's.
- A name in Latin letters in marks after a body's Arabic name spells that body, no person.
- A person's mention that ran into the preposition على before أن or a quote mark ("وشدد الملك
  X على أن") is named without it.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.document import Document, Entity, Mention
from qawl.pipeline import Pipeline, PipelineOptions

_PIPELINE = Pipeline(PipelineOptions(ner=False))


def test_an_imam_written_with_his_hamza_is_the_speaker() -> None:
    text = 'وقال إمام الجامع الكبير في البلدة إن "المصلين يطالبون بترميم المبنى".'
    assert quote_with(quotes_of(text), "المصلين").speaker_name == "إمام الجامع الكبير"


def test_the_preposition_amam_still_stops_the_speaker() -> None:
    text = 'وقال الوزير أمام النواب إن "الميزانية ستقر قريبا".'
    assert quote_with(quotes_of(text), "الميزانية").speaker_name == "الوزير"


def _record_speakers(text: str) -> list[tuple[str | None, str | None]]:
    # The pipeline without NER: the gazetteer's place mentions let a word in -يا be read as an
    # adverb, which the quote stage alone (no mentions) never does.
    return speakers_and_names(_PIPELINE, text)


def test_a_given_name_in_ya_after_a_title_is_no_adverb() -> None:
    text = 'وتقول الباحثة تانيا فيشر من لندن إن "النتائج مقلقة للغاية".'
    assert _record_speakers(text) == [("تانيا فيشر", "تانيا فيشر")]


def test_bi_in_a_spelled_out_initialism_is_a_letter() -> None:
    text = 'وتراجعت أسعار النفط بشدة هذا الأسبوع "بسبب المخاوف"، بحسب ما نقلته قناة سي بي إس نيوز.'
    assert quote_with(quotes_of(text), "أسعار").speaker_name == "قناة سي بي إس نيوز"


def test_bi_with_me_after_no_letter_is_still_a_stop() -> None:
    text = 'وقال المدرب بي إن "الفريق جاهز للمباراة".'
    assert quote_with(quotes_of(text), "الفريق").speaker_name == "المدرب"


def test_a_name_set_off_before_the_complementizer_is_the_titles_holder() -> None:
    text = (
        "وأعلن رئيس لجنة الموازنة في البرلمان والتي تتمتع بنفوذ واسع، كريم بوعلاق، أنه اتصل "
        "بالوزير حول هذه المسألة."
    )
    assert quote_with(quotes_of(text), "اتصل").speaker_name == "كريم بوعلاق"


def test_a_name_set_off_after_another_title_is_not_the_subjects() -> None:
    text = "وأعلن رئيس الوزراء في مؤتمر صحفي عقده مع الرئيس الفرنسي، ماتيو لوران، أن البلدين سيتعاونان."
    assert quote_with(quotes_of(text), "البلدين").speaker_name == "رئيس الوزراء"


def test_a_report_of_a_body_named_in_marks_is_that_bodys() -> None:
    text = 'ويشير تقرير منظمة "العين الساهرة" إلى أن عدد المعتقلين تضاعف خلال عام.'
    assert quote_with(quotes_of(text), "المعتقلين").speaker_name == "منظمة العين الساهرة"


def test_a_latin_name_in_marks_after_a_company_is_not_its_officers() -> None:
    text = (
        'شدد نائب رئيس شركة نوفا تك "Nova Tech" سامي الخطيب، على أهمية الاستراتيجية، مؤكداً دور '
        "الشركة في دعم المكون المحلي."
    )
    assert quote_with(quotes_of(text), "المكون").speaker_name == "سامي الخطيب"


def _person_doc(text: str, run: str) -> Document:
    # One person mention of the earlier stages, as NER reads it, at each place ``run`` is written.
    starts = [k for k in range(len(text)) if text.startswith(run, k)]
    mentions = [Mention(k, k + len(run), run, "PER", entity="e1") for k in starts]
    return Document(
        id="t",
        text=text,
        mentions=mentions,
        entities=[Entity("e1", "PER", run, None, list(range(len(mentions))))],
    )


def test_a_person_mention_run_into_the_preposition_ala_drops_it() -> None:
    text = 'وشدد الأمير فيصل بن ناصر على أن "الحوار هو السبيل الوحيد".'
    doc = _person_doc(text, "فيصل بن ناصر على")
    assert quote_with(quotes_of(doc), "الحوار").speaker_name == "فيصل بن ناصر"


def test_the_name_ali_written_with_ya_maqsura_stays_before_punctuation() -> None:
    text = 'وقال الوزير حسن محمد على، في مؤتمر صحفي، إن "الحوار هو السبيل الوحيد".'
    doc = _person_doc(text, "حسن محمد على")
    assert quote_with(quotes_of(doc), "الحوار").speaker_name == "حسن محمد على"
