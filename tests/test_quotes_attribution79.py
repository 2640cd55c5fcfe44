"""Attribution round 79 (a119): the noun after a verb of saying that is its object, not its subject.

- "لكنه نفى أي خلاف"، "فهي تصف الإدارة بالإهمال": a pronoun of the verb's gender carries the
  subject before the verb; not "أنه قد كشف مصدر", the pronoun of the matter before قد.
- "أن النائب X قد أبلغ المجلس البلدي أنه …": قد with no conjunction goes on with the subject named
  before it (the subject before it is the speaker); "وكان قد أبلغ الوزير X …" keeps it after.
- "وطالبت مجلس الأمن بالتدخل": a feminine verb does not agree with a masculine body noun after it.
- "وأرجع سبب تراجع الاستثمار إلى …": a noun of a thing heads no speaker.
- "في الأوساط النقابية التي وصفت موقف الحكومة بـ…": a relative the verb agrees with and no
  pronoun takes up is its subject; not "البنود التي طلبت الأوساط النقابية تعديلها".
- "على رأس أولويات أردوغان الذي يؤكد": the antecedent is the name the phrase of a thing ends in.
- "قال المدير: "إن الوزيرة X تزور … وتؤكد أن …"": a nested subjectless cue of the other gender
  than the quoting speaker goes on with the subject of the clause it is joined to (or the
  person the complementizer's pronoun takes up: "إنه يزور … ويؤكد").
- "ووصف مسؤولون في وزارة الصحة تصرفات بعض المستشفيات بأنها …": a bare noun of a thing after a
  definite word ends the subject and opens the object (in an event's subject too).
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.pipeline import Pipeline


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def _inner(text: str, start: str) -> str | None:
    """The speaker of the one quote whose content starts with ``start`` (a report nested in another)."""
    found = [q for q in quotes_of(text) if q.content.text.startswith(start)]
    assert len(found) == 1, [q.content.text for q in found]
    return found[0].speaker_name


def test_subject_pronoun_before_the_verb() -> None:
    text = (
        "قال الوزير سامي حداد إن الانتخابات كانت نزيهة. "
        'لكنه نفى أي خلاف مع اللجنة، قائلا إن العلاقة بها "ممتازة".'
    )
    assert _name(text, "ممتازة") == "سامي حداد"


def test_feminine_subject_pronoun_before_the_verb() -> None:
    text = "قالت المديرة ليلى نصار إن المشروع تأخر عامين. فهي تصف الإدارة السابقة بالإهمال الشديد."
    assert _name(text, "بالإهمال") == "ليلى نصار"


def test_pronoun_of_the_matter_before_qad_keeps_the_subject_after() -> None:
    text = "وأشار التقرير إلى أنه قد كشف مصدر في الوزارة أن الاجتماع ألغي."
    assert _inner(text, "الاجتماع ألغي") == "مصدر في الوزارة"


def test_subject_before_qad() -> None:
    text = (
        "وذكرت الصحيفة أن رئيس لجنة الشؤون الخارجية في البرلمان التونسي النائب كريم عون "
        "قد أبلغ المجلس البلدي أنه سيستقيل."
    )
    assert _inner(text, "سيستقيل") == "كريم عون"


def test_subject_set_off_by_commas_before_qad() -> None:
    text = "وكانت الهيئة الوطنية، التي تضم عشرين نقابة مهنية، قد أبلغت المجلس البلدي أنها ستنسحب من الحوار."
    assert _name(text, "ستنسحب") == "الهيئة الوطنية"


def test_subject_after_kana_qad_stays() -> None:
    text = "وكان قد أبلغ الوزير كريم عون المجلس البلدي أنه سيستقيل من منصبه."
    assert _name(text, "سيستقيل") == "كريم عون"


def test_feminine_verb_before_masculine_body_is_its_object() -> None:
    text = "قالت منظمة العدالة إن الأوضاع صعبة. وطالبت مجلس الأمن بالتدخل لحماية المدنيين."
    assert _name(text, "لحماية المدنيين") == "منظمة العدالة"


def test_noun_of_a_thing_heads_no_speaker() -> None:
    text = 'قال الرئيس سامي حداد إن العلاقات متوترة. وأرجع سبب تراجع الاستثمار "إلى السياسات الخاطئة".'
    assert _name(text, "السياسات الخاطئة") == "سامي حداد"


def test_relative_before_the_verb_is_its_subject() -> None:
    text = 'أثارت الخطة انتقادات واسعة في الأوساط النقابية التي وصفت موقف الحكومة بـ"المتخاذل".'
    assert _name(text, "المتخاذل") == "الأوساط النقابية"


def test_relative_taken_up_in_its_clause_is_the_object() -> None:
    text = 'ومن بين البنود التي طلبت الأوساط النقابية تعديلها، بند يتعلق "بساعات العمل".'
    assert _name(text, "بساعات العمل") == "الأوساط النقابية"


def test_antecedent_headed_by_a_noun_of_a_thing(pipeline: Pipeline) -> None:
    text = "وتأتي السياحة على رأس أولويات أردوغان الذي يؤكد أن القطاع سيتعافى قريبا."
    quotes = [q for q in record_quotes(pipeline, text) if "سيتعافى" in q["content"]["text"]]
    assert [q["speaker"]["text"] for q in quotes] == ["أردوغان"]


def test_nested_cue_goes_on_with_the_reported_clause_subject() -> None:
    text = 'قال المدير سامي حداد: "إن الوزيرة ليلى نصار تزور المصنع اليوم وتؤكد أن العمال بخير".'
    assert _inner(text, "العمال بخير") == "ليلى نصار"


def test_nested_cue_goes_on_with_the_complementizer_pronoun() -> None:
    text = (
        "قال الوزير سامي حداد إن الإنتاج ارتفع. "
        'وقالت المديرة ليلى نصار: "إنه يزور المصنع اليوم ويؤكد أن العمال بخير".'
    )
    assert _inner(text, "العمال بخير") == "سامي حداد"


def test_subject_cut_before_a_noun_of_a_thing() -> None:
    text = 'ووصف مسؤولون في وزارة الصحة تصرفات بعض المستشفيات بأنها "غير مقبولة".'
    assert quote_with(quotes_of(text), "غير مقبولة").speaker.text == "مسؤولون في وزارة الصحة"


def test_event_subject_cut_before_a_noun_of_a_thing() -> None:
    text = 'وانتقد مدير سابق لجهاز المخابرات المركزية موقف الحكومة، ووصفه بأنه "ضعيف".'
    assert _name(text, "ضعيف") == "مدير سابق لجهاز المخابرات المركزية"
