"""a61 (issue 19): the extent of the explicit speaker phrase after a cue.

Sentences are the helper's own. Each rule: a noun written with ة carries no possessive pronoun
(مؤسسة is no مؤسس + "his"); a verbal noun in the indefinite accusative governing عن/على/إلى is an
adverbial, not a name after a title; before a verb's object, a definite head governs no genitive,
a form VI verbal noun is no adjective, and a masculine plural after a singular word agrees with
none of the phrase.
"""

from __future__ import annotations

import pytest

from qawl.document import Document
from qawl.extractors.quotes.attributor import QuoteAttributor


@pytest.fixture(scope="module")
def stage() -> QuoteAttributor:
    return QuoteAttributor()


def _speakers(stage: QuoteAttributor, text: str) -> list[str | None]:
    doc = Document(id="t", text=text)
    return [q.speaker.text if q.speaker else None for q in stage.find(doc)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # ة is no possessive: "مؤسسة" heads a construct, the whole body is the source.
        ("وأكدت مؤسسة رعاية المكفوفين في المدينة أن عدد المسجلين ارتفع هذا العام.", "مؤسسة رعاية المكفوفين"),
        # نقلا عن after a title: an adverbial, the title stays the speaker.
        ("وذكرت الإذاعة نقلا عن شهود عيان أن الطريق أغلق لساعات.", "الإذاعة"),
        ("وقال المدير ردا على سؤال الصحفيين إن المصنع سيفتح أبوابه قريبا.", "المدير"),
        # A definite head governs no genitive: the second definite noun is the object.
        ("ووصف التقرير التراجع بأنه الأسوأ منذ عقد.", "التقرير"),
        # A plural after a word in ة describes neither word of the body's name.
        ("ودعت مديرية الزراعة المنتجين إلى تسجيل محاصيلهم قبل نهاية الشهر.", "مديرية الزراعة"),
        # A plural after a singular nisba in a title: the object.
        ("وحث القنصل الإيطالي المسافرين على تجنب المنطقة الحدودية.", "القنصل الإيطالي"),
    ],
)
def test_speaker_extent(stage: QuoteAttributor, text: str, speaker: str) -> None:
    assert speaker in _speakers(stage, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Guards: a broken plural in ة takes a plural adjective; a singular adjective stays.
        ("وطالب الأطباء المتقاعدون الحكومة بزيادة رواتبهم.", "الأطباء المتقاعدون"),
        ("وقالت الوكالة الوطنية المستقلة إن الانتخابات جرت في هدوء.", "الوكالة الوطنية المستقلة"),
        # A name in ا followed by عن is still a name when no accusative noun is read.
        ("وقال الرئيس كارلوس سانتانا إن الحكومة ستستقيل.", "كارلوس سانتانا"),
    ],
)
def test_speaker_extent_kept(stage: QuoteAttributor, text: str, speaker: str) -> None:
    assert speaker in _speakers(stage, text)
