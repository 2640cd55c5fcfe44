"""The one a verb of saying addresses, لـ and a noun or a particle right after it (a131).

"وقال لأعضاء البرلمان إن …"، "ويقول لقد تغير …": لـ governs the word, so it is no subject; the verb's
subject is dropped and the speaker is the one the text went on with. A name in لـ (لافروف) stays.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None), quote.speaker_name


def test_la_on_a_hamza_noun_is_the_addressee() -> None:
    text = "وتحدث الوزير سالم الهادي عن الميزانية. وقال لأعضاء البرلمان إن العجز تراجع."
    assert _speaker(text, "العجز تراجع") == (None, "سالم الهادي")


def test_laqad_after_the_verb_is_no_subject() -> None:
    text = 'وتحدث الوزير سالم الهادي عن الميزانية. ويقول لقد تغير الحال كثيرا "نحو الأفضل".'
    assert _speaker(text, "نحو الأفضل") == (None, "سالم الهادي")


def test_a_name_in_la_is_still_the_subject() -> None:
    assert _speaker("وقال لافروف إن موسكو لم تتلق طلبا.", "لم تتلق")[0] == "لافروف"
