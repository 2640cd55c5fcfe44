"""Attribution round 77 (a114): the unstated subject carried to the right person.

- "نشر الباحث X مقالا قال فيه: … . وأضاف": the author a text's cue takes goes on speaking.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_author_of_a_text_goes_on_speaking() -> None:
    text = (
        "وقال الكاتب سمير الحلو إن الرواية لاقت نجاحا كبيرا في المعرض. "
        "الناقد وليد المصري المتخصص في الأدب الحديث نشر بدوره مقالا ساخرا ردا على الحلو قال فيه: \"الرواية ضعيفة ولا تستحق كل هذا الضجيج\". "
        "وتابع قائلا: \"لم أجد فيها شخصية واحدة مقنعة\"."
    )
    assert _name(text, "الرواية ضعيفة") == "وليد المصري"
    assert _name(text, "شخصية واحدة مقنعة") == "وليد المصري"
