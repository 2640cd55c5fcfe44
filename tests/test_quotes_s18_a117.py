"""Quote round a117: a body's name read through what refers to it.

- A body noun whose genitive carries a possessive pronoun ("مجلس إدارته") is named with the
  pronoun's owner, the body the sentence is about ("مجلس إدارة البنك المركزي الأردني").
- A body named under ل ("تقرير لمجلة X الأميركية") is named as one named alone: a definite
  re-mention ("المجلة الأميركية") refers back to it.
- A generic head with a nisba ("الشركة الكويتية") is the one body the document named with that
  nisba ("الخطوط الجوية الكويتية").
- An indefinite plural with its nisba ("مراقبون عراقيون") ends before the preposition its verb
  governs ("يستغرب … من صمت"): the definite re-mention is the plural and its nisba only.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, view_of

from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.names import indefinite_introduction
from qawl.extractors.quotes.phrase import SpeakerPhrase


def test_possessed_board_is_named_with_the_body_it_belongs_to() -> None:
    text = (
        "قرر البنك المركزي الأردني رفع نسبة الفائدة. "
        "وأفاد البنك، في بيان حول اجتماع مجلس إدارته، أن القرار يهدف إلى كبح التضخم. "
        "وأكد المجلس أن سعر الصرف سيبقى مستقرا."
    )
    quote = quote_with(quotes_of(text), "سيبقى مستقرا")
    assert quote.speaker_name == "مجلس إدارة البنك المركزي الأردني"


def test_feminine_pronoun_takes_a_feminine_body() -> None:
    text = (
        "أعلنت الشركة الوطنية للإسمنت زيادة رأس مالها. "
        "وأفادت الشركة، في بيان عقب اجتماع مجلس إدارتها، أن الزيادة ستمول توسعة المصنع. "
        "وأكد المجلس أن الأرباح ستوزع نهاية العام."
    )
    quote = quote_with(quotes_of(text), "ستوزع")
    assert quote.speaker_name == "مجلس إدارة الشركة الوطنية للإسمنت"


def test_body_named_under_li_is_referred_back_to() -> None:
    text = (
        "وقال تقرير لمجلة ذا ديبلومات الأميركية إن الاقتصاد يواجه صعوبات كبيرة. "
        "ووفقا للمجلة الأميركية، فإن الحكومة ستلجأ إلى الاحتياطي."
    )
    quote = quote_with(quotes_of(text), "الاحتياطي")
    assert quote.speaker_name == "مجلة ذا ديبلومات الأميركية"


def test_generic_head_with_nisba_is_the_one_body_of_that_nisba() -> None:
    text = (
        "وأطلقت الخطوط الجوية الكويتية رحلة جديدة إلى مدريد. "
        "وقالت الشركة الكويتية في بيان إن الرحلة ستكون يومية."
    )
    quote = quote_with(quotes_of(text), "يومية")
    assert quote.speaker_name == "الخطوط الجوية الكويتية"


def test_generic_head_with_nisba_of_two_bodies_stays_open() -> None:
    text = (
        "وأطلقت الخطوط الجوية الكويتية رحلة جديدة إلى مدريد بدعم من الحكومة الكويتية. "
        "وقالت الشركة الكويتية في بيان إن الرحلة ستكون يومية."
    )
    quote = quote_with(quotes_of(text), "يومية")
    assert quote.speaker_name == "الشركة الكويتية"


def test_introduction_ends_before_its_verbs_preposition() -> None:
    text = (
        "ويستغرب مراقبون عراقيون من صمت المنظمات الأممية والدولية عن ذلك. "
        "وطالب المراقبون هذه المنظمات بالقيام بدورها."
    )
    view = view_of(QuoteAttributor(), text)
    reference = view.bare.index("المراقبون")
    introduced = indefinite_introduction(view, SpeakerPhrase(reference, reference + 1, "anonymous"))
    assert introduced is not None
    assert view.text_of(introduced.first, introduced.last) == "مراقبون عراقيون"


def test_introduction_keeps_the_body_its_sources_are_from() -> None:
    text = "وقال مسؤولون عراقيون من وزارة الخارجية إن الرد تأخر. وطالب المسؤولون الحكومة بالقيام بدورها."
    view = view_of(QuoteAttributor(), text)
    reference = view.bare.index("المسؤولون")
    introduced = indefinite_introduction(view, SpeakerPhrase(reference, reference + 1, "anonymous"))
    assert introduced is not None
    assert view.text_of(introduced.first, introduced.last) == "مسؤولون عراقيون من وزارة الخارجية"


def test_body_referred_to_with_the_article_before_a_li_naming_goes_on() -> None:
    text = (
        "كشفت النيابة العامة في إسبانيا أنها طالبت بسجن اللاعب. "
        "واتهم قسم تابع لنيابة العاصمة الإسبانية اللاعب بالتهرب الضريبي. "
        "وطالبت النيابة بتوقيع نفس العقوبة على مستشاري اللاعب."
    )
    quote = quote_with(quotes_of(text), "مستشاري اللاعب")
    assert quote.speaker_name == "النيابة العامة"
