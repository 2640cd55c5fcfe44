"""Attribution round 76 (a113): the subject, not whatever follows the cue.

- "واستعرضت الصحيفة عددا من …": an indefinite accusative with من after a title is the object.
- "ويحاول السفير تصحيح صورة بلده": a verbal noun chain ending in a possessive is no name.
- "واتهم المعارضون المؤيدين بـ…": a word in ين after a head in the nominative ون is the object.
- "قابلته سيدتان قالتا": an indefinite dual right before a dual verb is its subject.
- "وافتتح النائب كارتر الاجتماع": a family name the document gives closes the titled name.
- "لم ينف ماركوس ويلسون تقارير …، لكنه قال": a given name and a known family name close it.
- "قال لتلفزيون24": ل + a word with digits is the addressee.
- "أستاذ التاريخ سامي …، قال": the person opening the sentence is the subject after the comma.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, view_of

from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.speakers import parse_speaker

_STAGE = QuoteAttributor()


def _speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None), quote.speaker_name


def _phrase_after_verb(text: str) -> str:
    """The speaker phrase the parser reads after the first word of ``text`` (a verb)."""
    view = view_of(_STAGE, text)
    phrase = parse_speaker(view, 1, len(view) - 1)
    assert phrase is not None
    return view.text_of(phrase.start, phrase.last)


def test_accusative_quantity_after_a_title_is_the_object() -> None:
    assert _phrase_after_verb("وعرضت المجلة عددا من الأرقام الجديدة.") == "المجلة"


def test_verbal_noun_chain_with_possessive_is_no_name() -> None:
    assert _phrase_after_verb("ويحاول السفير الكندي تحسين سمعة حكومته لدى الأوروبيين.") == "السفير الكندي"


def test_oblique_plural_after_nominative_plural_is_the_object() -> None:
    text = "واتهم المعارضون المؤيدين في البرلمان بمحاولة تمرير القانون بسرعة."
    assert _speaker(text, "تمرير القانون")[0] == "المعارضون"


def test_indefinite_dual_before_dual_verb_is_its_subject() -> None:
    text = (
        "وتحدث الوزير عن الحادث. لكن عند باب المستشفى قابلته سيدتان قالتا له إنهما شاهدتا الحريق من بدايته."
    )
    assert _speaker(text, "الحريق من بدايته") == ("سيدتان", "سيدتان")


def test_titled_family_name_closes_before_definite_object() -> None:
    text = (
        "وقال عضو مجلس الشيوخ عن ولاية أوهايو، روبرت كارتر، إنه يؤيد المشروع. "
        "وافتتح النائب كارتر الاجتماع بقوله إنه سيصوت لصالح القانون."
    )
    assert _speaker(text, "سيصوت لصالح")[1] == "روبرت كارتر"


def test_given_and_known_family_name_close_an_event_subject() -> None:
    text = (
        "وقال ويلسون إن الخطة جاهزة. "
        "لم ينف ماركوس ويلسون تقارير الصحف عن الاجتماع، لكنه قال للصحفيين إن موعده لم يحدد."
    )
    assert _speaker(text, "موعده لم يحدد")[1] == "ماركوس ويلسون"


def test_li_word_with_digits_is_the_addressee() -> None:
    text = 'وقال الوزير إن الوضع مستقر. وتحدث الخبير سامي عن الأزمة وقال لتلفزيون24 إن "الحل بعيد".'
    assert _speaker(text, "الحل بعيد")[0] is None


def test_person_opening_the_sentence_is_the_subject_after_its_description() -> None:
    text = (
        "وقال الوزير إن الوضع مستقر. "
        "أستاذ التاريخ سامي بن عمر الباحث في مركز الدراسات المتوسطية بجامعة تونس والمختص في "
        'الحركات الاحتجاجية، قال لتلفزيون24 في اتصال هاتفي إن "الأزمة عميقة".'
    )
    assert _speaker(text, "الأزمة عميقة")[1] == "سامي بن عمر"


def test_conjunction_of_time_ends_the_titled_name() -> None:
    text = 'وردت الممثلة السورية حينما قالت للجمهور "أنا سعيدة بوجودكم". وقال المخرج إن العرض ناجح.'
    assert _speaker(text, "سعيدة بوجودكم")[1] != "حينما"


def test_noun_in_construct_with_a_known_name_is_no_given_name() -> None:
    text = (
        "وقالت أصالة إن الحفل رائع. إلا أن تعليق أصالة أتى مخففا، وذلك عندما خاطبت الحضور "
        'قائلة: "سأواصل الغناء".'
    )
    assert _speaker(text, "سأواصل الغناء")[1] == "أصالة"


def test_dual_noun_takes_its_dual_adjective() -> None:
    text = "ورصدت السلطات قاربا على متنه سائحتان أمريكيتان أكدتا أنهما ضلتا الطريق."
    assert _speaker(text, "ضلتا الطريق")[0] == "سائحتان أمريكيتان"
