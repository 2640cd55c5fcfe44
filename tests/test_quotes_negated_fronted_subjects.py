"""A subject fronted before a negated verb (a123): "إلا أن الخبير الاقتصادي، سامي العلي، لا يستبعد
ارتفاع الأسعار، موضحا …". The name set off by commas after إلا أن is the subject of the verb after
لا/لم/لن; the noun after the verb is its object, and the participle after the clause goes on
with the subject."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_the_fronted_name_before_a_negated_verb_goes_on() -> None:
    text = (
        "وقال وزير المالية إن التضخم تحت السيطرة. إلا أن الخبير الاقتصادي، سامي العلي، لا يستبعد "
        "ارتفاع الأسعار مجددا، موضحا أن الطلب على الوقود يتزايد."
    )
    assert _name(text, "الطلب على الوقود") == "سامي العلي"
