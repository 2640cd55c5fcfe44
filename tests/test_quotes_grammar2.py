"""Quote stage, second round on issue 19: subjects told from objects and adverbials by grammar,
title chains of the Maghreb press, and the subject a plural participle continues. Every
sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Mention


def test_possessed_noun_after_verb_is_its_object() -> None:
    # حلفاءه carries a pronoun pointing back to the dropped subject: the object, not the speaker.
    quotes = quotes_of("وقال الوزير سليم القاسمي إن المفاوضات صعبة. وحذر حلفاءه من أن الوقت ينفد.")
    warned = quote_with(quotes, "الوقت ينفد")
    assert warned.speaker is None
    assert warned.speaker_name == "سليم القاسمي"


def test_day_after_subject_is_an_adverbial() -> None:
    quote = quote_with(quotes_of("وقال مرزوق يوم السبت إن الموسم سيكون صعبا."), "الموسم")
    assert quote.speaker_name == "مرزوق"


def test_accusative_adverb_is_no_subject() -> None:
    text = "وقالت الوزيرة نادية العياري إن المشروع تأخر. واعترفت ضمنيا بأن التمويل لم يصل."
    start = text.index("نادية")
    doc = Document(id="t", text=text, mentions=[Mention(start, start + 12, "نادية العياري", "PER")])
    quote = quote_with(quotes_of(doc), "التمويل")
    assert quote.speaker is None
    assert quote.speaker_name == "نادية العياري"


def test_name_after_a_title_chain_cut_at_its_domain() -> None:
    quote = quote_with(
        quotes_of("أكد المستشار المكلف بالنقابات بوزارة التعليم العالي، المولدي الزواوي، أن المنح ستصرف."),
        "المنح",
    )
    assert quote.speaker.text == "المولدي الزواوي"
    assert quote.speaker_name == "المولدي الزواوي"


def test_name_after_the_body_a_title_serves() -> None:
    quote = quote_with(quotes_of("أعلنت القيادية بحزب آفاق تونس، ريم الحاج، ان المكتب سيجتمع."), "المكتب")
    assert quote.speaker_name == "ريم الحاج"


def test_name_after_coordinated_titles() -> None:
    quote = quote_with(
        quotes_of(
            "قال الباحث المصري في الشؤون الإفريقية، ورئيس قسم الشؤون الإفريقية في جريدة الأهرام، "
            "كمال العدوي، إن الوضع يتحسن."
        ),
        "الوضع",
    )
    assert quote.speaker_name == "كمال العدوي"


def test_maghreb_family_name_in_bu() -> None:
    quote = quote_with(quotes_of("أوضح الكاتب العام للنقابة، حسين بوعجيلة، أن الإضراب قائم."), "الإضراب")
    assert quote.speaker_name == "حسين بوعجيلة"


def test_name_links_do_not_shorten_a_name() -> None:
    quote = quote_with(
        quotes_of("ونقلت الوكالة عن الأمير فيصل بن خالد آل سعود قوله إن الزيارة مهمة."), "الزيارة"
    )
    assert quote.speaker_name == "فيصل بن خالد آل سعود"


def test_nisba_family_name_before_an_object() -> None:
    quote = quote_with(quotes_of("ووصف طارق الفتيتي الإقالة بأنها مسرحية سياسية."), "مسرحية")
    assert quote.speaker_name == "طارق الفتيتي"


def test_plural_participle_continues_plural_subject_of_singular_verb() -> None:
    quotes = quotes_of("وأشار النواب إلى أن المشروع ناقص، مشددين على ضرورة تعديله.")
    stressed = quote_with(quotes, "تعديله")
    assert stressed.speaker is None
    assert stressed.speaker_name == "النواب"
