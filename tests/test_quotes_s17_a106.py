"""Quote round s17/a106: the speaker's name, not a title or description.

- A title noun written with the pronoun ه ("محاميه"، "his lawyer") is definite: it governs no
  genitive, so the name after it stands in apposition and is the speaker's name, though the
  normalised key is that of the feminine title (محامية).
- Feminine nouns of kinship head a title like زوجة and والدة: "سلمى يلدز، خطيبة عثمان،" pairs
  the description with the name, and a later "خطيبة عثمان" names her.
- A word in ي that ends a person's name in the document is the genitive of an indefinite
  title, no nisba: "محامي ساركوزي" after "نيكولا ساركوزي" is the lawyer the document named.
- A person's mention right after an indefinite title is its genitive ("خطيبة خالدي"): it does
  not head the speaker, whose name the title index gives.
- Guards: the feminine title written with ة still governs its genitive ("محامية الشركة"); a
  possessed feminine (محاميته) was already read; an indefinite nisba stays a new source; a
  definite title before a person's mention (الرئيس X) keeps the entity.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention


def _with_person(text: str, word: str, name: str) -> Document:
    """The text with every mention of ``word`` linked to one person entity named ``name``."""
    mentions = []
    start = text.find(word)
    while start >= 0:
        mentions.append(Mention(start, start + len(word), word, "PER", entity="e1"))
        start = text.find(word, start + 1)
    entity = Entity("e1", "PER", name, None, list(range(len(mentions))))
    return Document(id="t", text=text, mentions=mentions, entities=[entity])


def test_a_possessed_title_leaves_the_name_after_it() -> None:
    text = "توفي الرئيس السابق في منزله. وقال محاميه لويس غارسيا يوم الأحد إن موكله تمسك ببراءته حتى وفاته."
    assert quote_with(quotes_of(text), "تمسك ببراءته").speaker_name == "لويس غارسيا"


def test_a_possessed_feminine_title_leaves_the_name_after_it() -> None:
    text = "اعتقل رجل الأعمال في العاصمة. وقالت محاميته سارة بنعلي إن موكلها بريء من كل التهم."
    assert quote_with(quotes_of(text), "بريء من كل").speaker_name == "سارة بنعلي"


def test_the_fiancee_named_in_apposition_is_named_later() -> None:
    text = (
        "اختفى الصحفي في إسطنبول. وقالت سلمى يلدز، خطيبة عثمان، إن الوضع صعب جدا. "
        "وذكرت خطيبة عثمان أنها تنتظر أخبارا منذ أيام."
    )
    assert quote_with(quotes_of(text), "تنتظر أخبارا").speaker_name == "سلمى يلدز"


def test_the_widow_named_in_apposition_is_named_later() -> None:
    text = (
        "توفي الكاتب الشهير الأسبوع الماضي. وقالت مريم الصالح، أرملة الكاتب، إن روايته الأخيرة ستنشر قريبا. "
        "وأضافت أرملة الكاتب أن العائلة تشكر القراء."
    )
    assert quote_with(quotes_of(text), "تشكر القراء").speaker_name == "مريم الصالح"


def test_a_feminine_title_written_with_ta_marbuta_governs_its_genitive() -> None:
    text = "رفعت الشركة دعوى أمام المحكمة. وقالت محامية الشركة إن العقد باطل منذ البداية."
    assert quote_with(quotes_of(text), "العقد باطل").speaker_name == "محامية الشركة"


def test_a_family_name_in_ya_is_the_genitive_of_the_title() -> None:
    text = (
        "مثل الرئيس الفرنسي السابق نيكولا ساركوزي أمام القضاء. "
        "وقال أحمد سالم، محامي ساركوزي، في تصريحات للصحفيين، إن الملف فارغ. "
        "وذكر محامي ساركوزي أن موكله لم يرتكب أي خطأ."
    )
    assert quote_with(quotes_of(text), "لم يرتكب").speaker_name == "أحمد سالم"


def test_an_indefinite_nisba_is_still_a_new_source() -> None:
    text = "وقال أحمد سالم، مسؤول سعودي، إن المفاوضات مستمرة. وذكر مسؤول سعودي آخر أن الوفد سيصل غدا."
    assert quote_with(quotes_of(text), "الوفد سيصل").speaker_name != "أحمد سالم"


def test_a_person_in_the_genitive_does_not_head_the_speaker() -> None:
    text = (
        "اختفى الصحفي سمير عثمان في إسطنبول. وقال أحمد سالم، شقيق عثمان، في تصريحات للصحفيين، "
        "إن الوضع صعب. وذكر شقيق عثمان أن سمير لم يكن مترددا."
    )
    quote = quote_with(quotes_of(_with_person(text, "عثمان", "سمير عثمان")), "لم يكن مترددا")
    assert quote.speaker_name == "أحمد سالم" and quote.speaker_entity is None


def test_a_verbal_noun_with_its_pronoun_after_bi_is_no_name() -> None:
    text = (
        "منعت الحضانة طفلا صغيرا من الدخول بعد أن قام والده بتسجيله فيها. "
        "إذ قالت إن بعض الأهالي اعترضوا على وجوده."
    )
    assert quote_with(quotes_of(text), "الأهالي اعترضوا").speaker_name != "بتسجيله"


def test_a_definite_title_keeps_the_person_after_it() -> None:
    text = "وقال الرئيس خالدي إن الوضع صعب جدا."
    quote = quote_with(quotes_of(_with_person(text, "خالدي", "سمير خالدي")), "الوضع صعب")
    assert quote.speaker_entity == "e1"


def test_a_person_whose_given_name_is_a_title_word_keeps_the_entity() -> None:
    text = "يعرض المسلسل في رمضان. وقال أمير سالم إن العمل يحتاج إلى وقت طويل."
    quote = quote_with(quotes_of(_with_person(text, "أمير سالم", "أمير سالم")), "وقت طويل")
    assert quote.speaker_entity == "e1" and quote.speaker_name == "أمير سالم"
