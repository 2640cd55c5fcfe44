"""Attribution round 48: a title's holder named after the rest of its post, and one body named
with or without the adjectives its name may carry.

- A title phrase the parser closes before the rest of its domain or seat ("المندوب الجهوي
  للسياحة" of "… بولاية سوسة، فؤاد الواد إنه …") is named by the apposition after the comma:
  the name is closed by punctuation or by the report's complementizer, and it names this
  holder, not another holder of a compatible title elsewhere in the story.
- "الرئيس المدير العام للديوان الوطني" is the holder of "الرئيس المدير العام لديوان الحبوب":
  the same post and the same head noun of the body, once the adjectives a body's name may
  carry or drop (الوطني، العام، الجهوي، المركزي) are aside.
"""

from __future__ import annotations

from quote_helpers import record_quotes

from qawl.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> list[str | None]:
    return [q["speaker_name"] for q in record_quotes(pipeline, text)]


def test_apposition_after_seat_closed_by_complementizer(pipeline: Pipeline) -> None:
    # The first delegate is named after his seat; the second one, named later, is another holder.
    text = (
        "قال المندوب الجهوي للفلاحة بولاية سوسة، منير الحامدي إن الصابة ستكون وفيرة. "
        "وقال المندوب الجهوي للفلاحة بالمنستير، سالم العكرمي، إن الأمطار كانت كافية. "
        "وأضاف العكرمي أن السدود امتلأت."
    )
    assert _names(pipeline, text) == ["منير الحامدي", "سالم العكرمي", "سالم العكرمي"]


def test_apposition_after_domain_closed_by_comma(pipeline: Pipeline) -> None:
    # The parser closes the title at the coordinated "وآسيا"; the holder follows the comma,
    # and his family name alone later is the same person.
    text = (
        "قال مدير إدارة أوروبا وآسيا الوسطى بالبنك الدولي، كريم بن سالم، إن النمو سيتحسن. "
        "وأضاف بن سالم أن الإصلاحات ضرورية."
    )
    assert _names(pipeline, text) == ["كريم بن سالم", "كريم بن سالم"]


def test_no_apposition_after_an_adverbial(pipeline: Pipeline) -> None:
    # Look-alike: the name after "خلال لقائه بالرئيس" is the president's, not the minister's.
    text = "وقال وزير الخارجية خلال لقائه بالرئيس، نبيل الصغير، إن العلاقات متينة."
    assert "نبيل الصغير" not in _names(pipeline, text)


def test_body_named_with_its_adjective(pipeline: Pipeline) -> None:
    text = (
        "وأفاد الرئيس المدير العام لديوان الحبوب، كمال الفرجاني، أن الصابة جيدة هذا العام. "
        "وتراجعت الواردات بشكل ملحوظ. "
        "وأكد الرئيس المدير العام للديوان الوطني أن الكميات المجمعة كافية لتغطية الحاجيات."
    )
    assert _names(pipeline, text) == ["كمال الفرجاني", "كمال الفرجاني"]


def test_body_with_another_complement_is_another_post(pipeline: Pipeline) -> None:
    # Look-alike: the same head noun with another complement names another body.
    text = (
        "وأفاد الرئيس المدير العام لديوان الحبوب، كمال الفرجاني، أن الصابة جيدة هذا العام. "
        "وتراجعت الواردات بشكل ملحوظ. "
        "وأكد الرئيس المدير العام لديوان التجارة أن الكميات المستوردة كافية لتغطية الحاجيات."
    )
    assert _names(pipeline, text)[1] != "كمال الفرجاني"


def test_apposition_of_a_second_post_is_not_the_speaker(pipeline: Pipeline) -> None:
    # Look-alike: after "متحدث باسم رئيس الحكومة" the name is the prime minister's.
    text = (
        "وقال متحدث باسم رئيس الحكومة التونسية بقصر القصبة، يوسف الشاهد، إن الحكومة ستواصل "
        "الإصلاحات. وقال الشاهد إن الوضع صعب."
    )
    assert _names(pipeline, text)[0] != "يوسف الشاهد"
