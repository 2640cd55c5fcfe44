"""a63 (issue 19, speaker_name): names after a title that the speaker phrase cut or missed.

Sentences are the helper's own. Each rule: البروفسور (without ي) is the same rank as
البروفيسور, a title and an honorific before a name; a given name written with the article
(Maghreb usage: الهادي، المنصف، الطاهر) after a closed title opens the holder's name, it is no
adjective of the title; and such a name, read alone by the segment parser, runs on into the
family name after it, at the head of the subject and in apposition after a comma.
"""

from __future__ import annotations

import pytest

from qawl.document import Document
from qawl.extractors.quotes.attributor import QuoteAttributor


@pytest.fixture(scope="module")
def stage() -> QuoteAttributor:
    return QuoteAttributor()


def _first(stage: QuoteAttributor, text: str) -> tuple[str | None, str | None]:
    doc = Document(id="t", text=text)
    quote = stage.find(doc)[0]
    return (quote.speaker.text if quote.speaker else None, quote.speaker_name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The rank spelled without ي: the name after it is the speaker.
        ("وقال البروفسور كيم لارسن إن التجربة نجحت في المختبر.", "كيم لارسن"),
        # A given name with the article after a closed title opens the name.
        ("قال والي الجهة المنصف الرياحي إن الطريق ستفتح غدا.", "المنصف الرياحي"),
        ("وأكد مدير المستشفى الطاهر مقدود أن المخزون يكفي شهرا.", "الطاهر مقدود"),
        # Alone at the head of the subject, and in apposition after a comma, it takes its
        # family name with it.
        ("وقال الطاهر مقدود إن المخزون يكفي شهرا.", "الطاهر مقدود"),
        ("وأكد رئيس الجمعية، المنصف بن سالم أن الموسم كان جيدا.", "المنصف بن سالم"),
        # Guards (pass before and after): a title word of the list's kind keeps its reading.
        ("وقال رئيس جامعة الأزهر إن الامتحانات تأجلت.", "رئيس جامعة الأزهر"),
        ("وقال الرئيس الأمريكي إن الاتفاق سيوقع.", "الرئيس الأمريكي"),
    ],
)
def test_speaker(stage: QuoteAttributor, text: str, speaker: str) -> None:
    assert _first(stage, text)[0] == speaker


def test_name_carried_to_the_family_name(stage: QuoteAttributor) -> None:
    """The short family name later resolves to the full name the title gave."""
    text = "قال وزير الفلاحة، الهادي مقدود إن الموسم جيد. وأضاف مقدود أن الأسعار ستنخفض."
    doc = Document(id="t", text=text)
    names = [q.speaker_name for q in stage.find(doc)]
    assert names == ["الهادي مقدود", "الهادي مقدود"]
