"""Quote round a115: one source, one name, however the document writes it.

- A foreign g is written ج or غ: a one-word name written one way ("قال فيراغ") is the fuller name
  the document gives written the other way ("ديفيد فيراج").
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_family_name_with_the_other_letter_for_g() -> None:
    text = (
        'وقال رئيس الجمعية ديفيد فيراج للصحفيين إن "الوفد التقى الرئيس أمس". '
        "وأضاف فيراغ أن اللقاء تناول ملف اللاجئين في المنطقة."
    )
    quote = quote_with(quotes_of(text), "ملف اللاجئين")
    assert quote.speaker_name == "ديفيد فيراج"
