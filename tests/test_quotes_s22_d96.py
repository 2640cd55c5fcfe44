"""Quote round d96: headline lines inside an article.

- "قد يهمك| X: …" / "قد يهمك أيضا: X: …": the page's label of a link to a related story; the
  headline after it is read as a headline line of its own, its colon quote running to the line's
  end over a ".." that joins its halves. "قد يهمك الأمر" (no mark after the label) is the verb's.
- A headline whose colon content is a caption of the name before it, not words that name said,
  is no quote: a single word (a field's value), a description opening with أحد/إحدى "one of",
  a short "من … إلى …" range. A range that goes on with a clause stays a quote.
"""

from __future__ import annotations

from quote_helpers import quote_fields

_BEFORE = "وقال الوزير إن الجهود مستمرة.\n"
_AFTER = "\nوأضاف الوزير أن التحقيق مستمر."


def _headline_quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [q for q in quote_fields(text) if q[2] == ":"]


def test_related_story_link_with_a_bar() -> None:
    line = "قد يهمك|\u00a0مسؤول رفيع لـCNN: الحكومة لم تتدخل في القضية.. ونتعاطف مع العائلة"
    assert _headline_quotes(_BEFORE + line + _AFTER) == [
        ("direct", "الحكومة لم تتدخل في القضية.. ونتعاطف مع العائلة", ":", "مسؤول رفيع")
    ]


def test_related_story_link_with_also_and_a_colon() -> None:
    line = "قد يهمك أيضا: وزير الزراعة لـCNN: المحصول هذا العام أفضل من المتوقع"
    assert _headline_quotes(_BEFORE + line + _AFTER) == [
        ("direct", "المحصول هذا العام أفضل من المتوقع", ":", "وزير الزراعة")
    ]


def test_may_concern_you_without_a_mark_is_no_label() -> None:
    assert _headline_quotes("قد يهمك الأمر: هذا ما حدث أمس في المدينة") == []


def test_one_word_after_a_line_colon_is_a_field_value() -> None:
    assert _headline_quotes("المدينة: باريس\nوتستمر الفعاليات حتى نهاية الشهر.") == []


def test_one_of_after_a_line_colon_describes_the_name() -> None:
    text = "سامي الخطيب: أحد وجوه الخلاف بين الناديين\nوكان اللاعب قد انتقل إلى النادي قبل عامين."
    assert _headline_quotes(text) == []


def test_a_from_to_range_after_a_line_colon_is_a_heading() -> None:
    text = 'الاتحاد: من "السوق المشتركة" إلى "العملة الموحدة"\nبدأت القصة قبل ستين عاما.'
    assert _headline_quotes(text) == []


def test_a_from_to_range_going_on_with_a_clause_stays_a_quote() -> None:
    text = "وزير الخارجية: من الرياض إلى طهران رسالتنا واحدة هي السلام\nوتستمر الجولة أسبوعا."
    assert _headline_quotes(text) == [
        ("direct", "من الرياض إلى طهران رسالتنا واحدة هي السلام", ":", "وزير الخارجية")
    ]
