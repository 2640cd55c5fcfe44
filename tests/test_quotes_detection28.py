"""Detection round 28: quotation marks a far cue must pass over, not take as a direct quote.

The later items of a list of titles or names in marks (أفلام "الطريق" و"قوس قزح") are names like
the first; the rest of an outlet's name after "لمراسلة الجوهرة" (الجوهرة "اف ام") is a name too.
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents

from qawl.pipeline import Pipeline


def test_last_name_of_a_list_is_no_quote(pipeline: Pipeline) -> None:
    text = 'وأكد الباحثان "سامي الهادي" و"منى العربي" من جامعة صفاقس نجاعة العلاج الجديد.'
    assert [q for q in kinds_and_contents(pipeline, text) if q[0] == "direct"] == []


def test_last_band_of_a_list_is_no_quote(pipeline: Pipeline) -> None:
    text = 'وتختتم التظاهرة بسهرة فنية تشارك فيها فرق "الحضرة" و"السلامية".'
    assert kinds_and_contents(pipeline, text) == []


def test_list_of_slogans_opening_with_a_particle_stays(pipeline: Pipeline) -> None:
    # look-alike: a first item that opens with a particle is a clause, words said
    text = 'ورفع المحتجون لافتات كتبوا عليها "لقد سئمنا الانتظار" و"الماء حق للجميع".'
    assert ("direct", "الماء حق للجميع") in kinds_and_contents(pipeline, text)


def test_single_marked_words_after_and_stay(pipeline: Pipeline) -> None:
    # look-alike: و before marks with no marked item before it
    text = 'وقال المدرب بعد المباراة وأمام الصحفيين "سنعود أقوى في المباراة القادمة".'
    assert ("direct", "سنعود أقوى في المباراة القادمة") in kinds_and_contents(pipeline, text)


def test_outlet_name_after_reporter_is_no_quote(pipeline: Pipeline) -> None:
    text = 'وأكد المندوب الجهوي للتربية في تصريح لمراسلة الصباح "اف ام" اليوم الخميس استئناف الدروس.'
    assert [q for q in kinds_and_contents(pipeline, text) if q[0] == "direct"] == []


def test_outlet_name_after_reporter_without_interview_noun(pipeline: Pipeline) -> None:
    text = 'وأكد الكاتب العام للنقابة لمراسل صدى "اف ام" بالجهة وجود نقص في الإطار الطبي.'
    assert [q for q in kinds_and_contents(pipeline, text) if q[0] == "direct"] == []


def test_words_said_after_a_time_word_stay(pipeline: Pipeline) -> None:
    # look-alike: a time word between the reporter and the marks; the marks hold the remark
    text = 'وأكد الكاتب العام للنقابة لمراسل صدى أمس "نحن في حاجة إلى أطباء".'
    assert ("direct", "نحن في حاجة إلى أطباء") in kinds_and_contents(pipeline, text)


def test_words_said_to_a_reporter_stay(pipeline: Pipeline) -> None:
    # look-alike: the marks right after لمراسل with nothing between are the remark
    text = 'وقال مدير المستشفى لمراسل الإذاعة "نحتاج إلى أطباء".'
    assert ("direct", "نحتاج إلى أطباء") in kinds_and_contents(pipeline, text)


def test_name_after_noun_of_its_kind_is_no_quote(pipeline: Pipeline) -> None:
    # متجر، مهرجان، جائزة، مصنع … name their thing in marks, like شركة or حركة
    text = 'انتقد وزير الاقتصاد اليوم قرار سحب متجر "دار الأزياء" منتجات البلاد من رفوفه.'
    assert [q for q in kinds_and_contents(pipeline, text) if q[0] == "direct"] == []


def test_words_said_after_a_phrase_noun_stay(pipeline: Pipeline) -> None:
    # look-alike: بعبارة introduces the words said, not a name
    text = 'وعلقت النائبة على الصور بعبارة "هذا هو الإرهاب".'
    assert ("direct", "هذا هو الإرهاب") in kinds_and_contents(pipeline, text)


def test_list_after_a_verbal_noun_is_left_to_the_cue(pipeline: Pipeline) -> None:
    # look-alike: marked objects of a verbal noun are the source's terms, not titles
    text = 'اتفق الوزيران على إظهار "الحزم" و"التضامن" في مواجهة الأزمة.'
    assert ("direct", "التضامن") in kinds_and_contents(pipeline, text)


def test_outlet_name_after_reporter_as_subject_is_no_quote(pipeline: Pipeline) -> None:
    text = 'وأفاد مراسل الصباح "اف ام" بالجهة نقلا عن مصدر أمني أن الموقوف مفتش عنه.'
    assert [q for q in kinds_and_contents(pipeline, text) if q[0] == "direct"] == []
