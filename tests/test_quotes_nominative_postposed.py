"""A nominative plural after "فيها" as the subject of a verb that takes an object (a131).

"مظاهرة هدد فيها المتظاهرون بقطع الطريق": the sound masculine plural in ـون is nominative, so it is
the verb's subject even after a verb like هدد or طالب, whose object may stand there in the
accusative (ـين: "بيانا اتهم فيه المتظاهرين بـ").
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None), quote.speaker_name


def test_a_nominative_plural_after_fiha_is_the_subject() -> None:
    text = (
        "وقال المحافظ إن الوضع هادئ. وانطلقت صباح السبت مظاهرة جديدة في المدينة، "
        "هدد فيها المتظاهرون بقطع الطريق المؤدي إلى الميناء."
    )
    assert _speaker(text, "بقطع الطريق") == ("المتظاهرون", "المتظاهرون")


def test_a_nominative_plural_after_fihi_with_talaba() -> None:
    text = "وقال المحافظ إن الوضع هادئ. وعقد اجتماع طارئ طالب فيه العاملون في المصنع برفع أجورهم."
    assert _speaker(text, "برفع أجورهم")[1] == "العاملون"


def test_the_accusative_plural_there_is_the_object() -> None:
    text = "وقال المحافظ إن الوضع هادئ. ونشر بيانا اتهم فيه المتظاهرين بتخريب الممتلكات العامة."
    assert _speaker(text, "بتخريب الممتلكات") == (None, "المحافظ")
