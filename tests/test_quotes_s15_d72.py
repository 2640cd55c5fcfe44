"""Round d72 (issue 19, quote detection). Speech needs a speaker who can speak: a verb of saying
whose subject is an action named by its verbal noun ("القيام بذلك يهدد بـ …"، "الاستمرار في …
يهدد بـ …"), a sign ("علامات … تحث على …") or a thing written or shown ("منشورات وصور تدعو إلى …"،
"المنشور الذي أعلن عن …"، "دعوى قضائية تطالب بـ …") reports no one's speech. أعلن + the first-form
verbal noun فصل ("أعلن البيت الأبيض فصل …") is a nominal quote like "أعلن وقف …". And the issuer of a
statement ("بيان لوزارة الصحة") does not run on over إلى, whose normalised key begins with ال.
Sentences written for these tests."""

from __future__ import annotations

from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.statements import issuer_in_phrase
from tests.quote_helpers import quote_fields
from tests.test_quotes_view import _view

# ------------------------------------------------ a subject that cannot speak


def test_action_noun_as_subject_reports_no_one() -> None:
    text = "وتريد الشركة هدم المبنى القديم. لكن القيام بذلك يهدد بإغضاب السكان المحليين."
    assert quote_fields(text) == []


def test_form_eight_and_ten_verbal_nouns_as_subject_report_no_one() -> None:
    assert quote_fields("وفي رأي الكاتب، الالتفاف الشعبي حول الحملة يعبر عن رغبة في التغيير.") == []
    assert quote_fields("وبعد ساعات، الاستمرار في التجاهل يهدد بانهيار الاقتصاد.") == []


def test_sign_as_subject_reports_no_one() -> None:
    text = "وما زالت هناك علامات على جدران المدرسة تحث على الابتعاد عن التدخين."
    assert quote_fields(text) == []


def test_posts_and_pictures_report_no_one() -> None:
    text = "وانتشرت على مواقع التواصل منشورات وصور تدعو النساء إلى مقاطعة المهرجان."
    assert quote_fields(text) == []


def test_post_before_a_relative_reports_no_one() -> None:
    assert quote_fields("وحصد المنشور الذي أعلن عن الحملة آلاف الإعجابات.") == []


def test_lawsuit_reports_no_one() -> None:
    assert quote_fields("ورفع المحامي دعوى قضائية تطالب بتعويض كبير.") == []


def test_lawsuit_inside_quoted_speech_reports_no_one() -> None:
    text = 'وقال المحامي في تغريدة: "لقد رفعنا دعوى قضائية تطالب بتعويض كبير عن الأضرار".'
    assert [k for k, *_ in quote_fields(text)] == ["direct"]


def test_bodies_and_plurals_before_an_imperfect_still_speak() -> None:
    # Guards: a government, an opposition (a verbal noun that names a body), a broken plural
    # أفعال (spelled like the verbal noun إفعال) are sources.
    assert quote_fields("وفي الأثناء، الحكومة تدعو إلى الحوار.") == [("nominal", "الحوار", "تدعو", None)]
    got = quote_fields("كما أن المعارضة تطالب بإسقاط الحكومة.")
    assert got == [("nominal", "بإسقاط الحكومة", "تطالب", "المعارضة")]
    got = quote_fields("وقال المحلل إن الحرب طويلة. الأطراف كافة تجزم بأن الحل لن يكون عسكريا.")
    assert ("indirect", "الحل لن يكون عسكريا", "تجزم", "الأطراف") in got


def test_pictures_as_object_of_a_relative_keep_the_speaker() -> None:
    # Guard: "التي يقول عنها الشاعر": the pronoun on عن takes up the pictures, the poet speaks.
    text = 'وهذه الصور التي يقول عنها الشاعر: "الحب لا يموت".'
    assert quote_fields(text) == [("direct", "الحب لا يموت", "يقول", "الشاعر")]


# ------------------------------------------------ أعلن + فصل


def test_announced_dismissal_is_nominal() -> None:
    text = "وفي الشهر الماضي، أعلن البيت الأبيض فصل مديرة الاتصالات من منصبها."
    assert quote_fields(text) == [("nominal", "فصل مديرة الاتصالات من منصبها", "أعلن", "البيت الأبيض")]


# ------------------------------------------------ a statement's issuer


def test_statement_issuer_stops_before_ila() -> None:
    view = _view("وأضاف بيان لوزارة الصحة إلى المواطنين أن اللقاح آمن.")
    # بيان (1) لوزارة (2) الصحة (3) إلى (4): the issuer is لوزارة الصحة, not "… إلى المواطنين".
    assert issuer_in_phrase(view, SpeakerPhrase(1, 4, "name")) == (2, 4)
