"""Quote round a73: a station's band letters in speaker phrases.

- "وأفاد مراسل إذاعة النخيل أف أم أن …": the spelled letters of a radio band (FM) close the
  station's name, the reporter's genitive; they are no person's name after the title.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_band_letters_close_the_station_name_after_a_reporter() -> None:
    text = "وأفاد مراسل إذاعة النخيل أف أم أن الطريق أغلقت بسبب الفيضانات."
    quote = quote_with(quotes_of(text), "الطريق أغلقت")
    assert quote.speaker_name == "مراسل إذاعة النخيل أف أم"


def test_band_letters_after_a_definite_station_in_a_source_phrase() -> None:
    text = "وتضررت عشرات المنازل في القرية، وفق ما أكده مراسل النخيل اف ام بالمنطقة."
    quote = quote_with(quotes_of(text), "وتضررت عشرات المنازل")
    assert quote.speaker_name is not None
    assert quote.speaker_name.startswith("مراسل النخيل اف ام")
