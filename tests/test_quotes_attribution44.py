"""Attribution round 44: a wrong chain head costs the whole chain.

- A definite word after a title that governs a prepositional complement ("الرئيس الروسي، الساعي
  للفوز") describes the holder; it is no name, and the title answers for its holder.
- An explicit subject that nothing marks as a source (no entity, title, body, role, or word the
  document writes again) starts no chain: a later subjectless cue goes on with the last speaker
  before it that is one.
"""

from __future__ import annotations

from quote_helpers import record_quotes

from qawl.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> list[str | None]:
    return [q["speaker_name"] for q in record_quotes(pipeline, text)]


def test_participle_after_title_is_no_name(pipeline: Pipeline) -> None:
    text = (
        "وقال الرئيس الروسي فلاديمير بوتين إن الصاروخ لا مثيل له. "
        "ولفت الرئيس الروسي، الساعي للفوز بولاية جديدة، إلى أن الصاروخ قادر على المناورة. "
        "وأضاف أن روسيا لن تبدأ أي حرب."
    )
    quotes = record_quotes(pipeline, text)
    assert quotes[1]["speaker"]["text"] == "الرئيس الروسي"
    assert [q["speaker_name"] for q in quotes] == ["فلاديمير بوتين"] * 3


def test_family_name_after_title_stays(pipeline: Pipeline) -> None:
    # Look-alike: a definite family name after the title, written again in the document.
    text = "وقال وزير الخارجية، الطيب البكوش، إن الزيارة مهمة. وقال الوزير، البكوش للصحفيين، إن تونس مستعدة."
    assert _names(pipeline, text) == ["الطيب البكوش"] * 2


def test_weak_subject_starts_no_chain(pipeline: Pipeline) -> None:
    text = (
        "وأعلنت الشرطة الفرنسية أنها اعتقلت المشتبه به، وأن التحريات الأولية تشير إلى أنه تصرف بمفرده. "
        "كما أكدت أنه ليس هناك أي مشتبه به آخر."
    )
    assert _names(pipeline, text) == ["الشرطة الفرنسية", "التحريات الأولية", "الشرطة الفرنسية"]


def test_named_subject_keeps_its_chain(pipeline: Pipeline) -> None:
    # Look-alike: a new speaker with a name goes on speaking.
    text = (
        "وأعلنت الشرطة الفرنسية أنها اعتقلت المشتبه به. "
        "وقالت المحامية سلمى العياري إن موكلها بريء. "
        "كما أكدت أنه لم يكن في المكان."
    )
    assert _names(pipeline, text)[-1] == "سلمى العياري"


def test_role_subject_keeps_its_chain(pipeline: Pipeline) -> None:
    # Look-alike: a definite role noun written once is a person, not a weak parse.
    text = (
        "قالت وزيرة الصحة ليلى الشابي إن الوضع مستقر. "
        "وقال الطبيب المناوب إن المريض تعافى. "
        "وأضاف أن المستشفى مستعد."
    )
    assert _names(pipeline, text)[-1] == "الطبيب المناوب"


def test_nisba_name_keeps_its_chain(pipeline: Pipeline) -> None:
    # Look-alike: a definite given name and a nisba family name, each written once, is a person.
    text = (
        "وقالت الشرطة الفرنسية إنها اعتقلت المشتبه به. "
        "وقال الهاشمي الحامدي إن الحزب سيقاضي القناة، مشيرا إلى أن القانون واضح."
    )
    assert _names(pipeline, text)[-1] == "الهاشمي الحامدي"


def test_passive_verb_starts_no_chain(pipeline: Pipeline) -> None:
    text = (
        "وقال رئيس الاتحاد سامي الطرابلسي إن الفريق جاهز. "
        'وفي حفل بموسكو حيث قُدم طلب الترشح المشترك، انتقل إلى المقارنة بين اللاعبين بالقول "الجميع '
        'يتحدث عن الفوز". '
        "وأكد أن المنتخب في وضع جيد."
    )
    assert _names(pipeline, text)[-1] == "سامي الطرابلسي"


def test_subject_before_its_addressee_keeps_its_chain(pipeline: Pipeline) -> None:
    # Look-alike: a one-word name followed by the addressee ("لصحيفة") is in the subject's place.
    text = (
        "وقالت الشرطة الفرنسية إنها اعتقلت المشتبه به. "
        'وقال كولالدج لصحيفة لو باريسيان: "المركز يجب أن يغلق". '
        "وأضاف أن البلدية ستجتمع الأسبوع المقبل."
    )
    assert _names(pipeline, text)[-1] == "كولالدج"
