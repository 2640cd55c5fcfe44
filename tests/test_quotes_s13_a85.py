"""Quote round s13/a85: an explicit speaker span is not cut inside a body's name or before a name
in apposition.

- "وقال المجلس الأعلى للسكان في الأردن إن": a body named with the article is its head, the
  head's definite adjectives, then its domain in لل and the domain's own adjectives or
  و-joined nouns. Adjectives agree with their head in definiteness, so لل after them opens
  the body's domain, not an addressee; the span used to stop before لل ("المجلس الأعلى").
- "وقال رئيس الوزراء الصيني، لي كه شيانغ، إن": the surname لي after a title and a comma is
  the name in apposition, not "to me".
- Guards: a head with no adjective before ل ("قال المتنبي للرجل"), people spoken to
  ("للصحفيين"), a time ("للمرة الأولى"), a quantifier or a noun that is the verb's object
  ("الجميع"، "الغاز"), a plural head in ات (many bodies, and ل whom they address), and لي
  "to me" after a comma.
"""

from __future__ import annotations

from quote_helpers import quote_fields, quote_with, quotes_of


def _speaker(text: str, fragment: str) -> str | None:
    quote = quote_with(quotes_of(text), fragment)
    return quote.speaker.text if quote.speaker else None


def test_body_domain_after_its_adjective_stays_in_the_span() -> None:
    text = "وقال المجلس الأعلى للسكان في الأردن إن عدد السكان سيتضاعف خلال عشرين عاما."
    assert _speaker(text, "عدد السكان") == "المجلس الأعلى للسكان"


def test_domain_keeps_its_adjective_and_a_joined_noun() -> None:
    text = "أعلن الجهاز المركزي للتعبئة العامة والإحصاء اليوم أن معدل البطالة تراجع."
    assert _speaker(text, "معدل البطالة") == "الجهاز المركزي للتعبئة العامة والإحصاء"


def test_body_domain_after_a_source_preposition() -> None:
    text = "وبحسب المكتب الوطني للإحصاء، فإن الصادرات ارتفعت بنسبة عشرة في المئة."
    assert _speaker(text, "الصادرات ارتفعت") == "المكتب الوطني للإحصاء"


def test_speaker_name_is_the_whole_body_name() -> None:
    text = "وأكدت الهيئة الوطنية المستقلة للإعلام أن البث سيستأنف غدا."
    quote = quote_with(quotes_of(text), "البث سيستأنف")
    assert quote.speaker_name == "الهيئة الوطنية المستقلة للإعلام"


def test_people_spoken_to_are_no_domain() -> None:
    text = "وقالت الوزارة الكندية للصحفيين إن المفاوضات ستستمر."
    assert _speaker(text, "المفاوضات ستستمر") == "الوزارة الكندية"


def test_a_time_after_the_body_is_no_domain() -> None:
    text = "وقالت الحكومة الكندية للمرة الأولى إن المفاوضات فشلت."
    assert _speaker(text, "المفاوضات فشلت") == "الحكومة الكندية"


def test_the_verbs_object_after_the_domain_is_left_out() -> None:
    text = "ودعا المركز الوطني للأرصاد الجميع إلى البقاء في المنازل."
    assert _speaker(text, "البقاء في المنازل") == "المركز الوطني للأرصاد"


def test_a_plural_head_speaks_to_someone_in_li() -> None:
    text = "وأكدت المنظمات الإنسانية للمانحين أن المساعدات لا تكفي."
    assert _speaker(text, "المساعدات لا تكفي") == "المنظمات الإنسانية"


def test_surname_li_after_a_title_and_a_comma_is_the_name() -> None:
    text = "وقال نائب وزير التجارة الصيني، لي شين غانغ، إن الصادرات ارتفعت."
    quote = quote_with(quotes_of(text), "الصادرات ارتفعت")
    assert quote.speaker_name == "لي شين غانغ"


def test_li_after_a_comma_and_no_title_stays_to_me() -> None:
    text = "وقال الوزير، لي أن أقول إن الوضع صعب."
    speakers = {speaker for _, _, _, speaker in quote_fields(text)}
    assert not any(speaker and speaker.startswith("لي") for speaker in speakers)
