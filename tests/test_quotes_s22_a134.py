"""Quote round a134: names, second round (issue 19, item 3).

- A name compounded with عبد is written joined or apart ("عبدالرحمن" / "عبد الرحمن"), often both
  ways in one article: the two spellings are one name, so the fuller of either is the speaker's.
- An indefinite body head in construct governs its genitive: where the parser stopped at the head
  ("هيئة" before "مؤسسة …", "حزب" before "المعارضة"), the head is named with its genitive, not left
  bare nor taken for another body of its kind; the genitive ends before an object in the
  accusative with its adjective and before a rank in apposition.
- A person's role followed by a one-word hashtag ("المطربة #X") is named by it, as by a longer tag;
  a rank before the tag ("ولي العهد الأمير #X") or opening it ("#الأمير_X") is no second post.
"""

from __future__ import annotations

from collections import Counter

from quote_helpers import quote_with, quotes_of, view_of

from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.names import NameIndex, name_words
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.resolve import _body_of_genitive


def test_a_joined_abd_name_finds_its_fuller_name_written_apart() -> None:
    text = (
        'قال وزير الزراعة سليم عبد الرحمن إن "الموسم كان جيدا". '
        'وأضاف عبدالرحمن أن "الأسعار ستنخفض في الشتاء".'
    )
    assert quote_with(quotes_of(text), "الأسعار").speaker_name == "سليم عبد الرحمن"


def test_an_abd_name_written_apart_finds_its_fuller_name_written_joined() -> None:
    text = (
        'قال وزير الزراعة سليم عبدالرحمن إن "الموسم كان جيدا". '
        'وأضاف عبد الرحمن أن "الأسعار ستنخفض في الشتاء".'
    )
    assert quote_with(quotes_of(text), "الأسعار").speaker_name == "سليم عبدالرحمن"


def _index(*names: str) -> NameIndex:
    index = NameIndex()
    for name in names:
        index.add(name, person=True)
    index.word_counts = Counter(word for name in names for word in name_words(name))
    return index


def test_a_patronymic_cut_from_a_name_is_not_respelled_to_another_son() -> None:
    index = _index("فهد بن عبدالله الراشد", "ماجد بن عبدالله", "بن عبد الله")
    assert index.fullest("بن عبد الله") == "بن عبد الله"


def test_the_index_respells_an_abd_name() -> None:
    index = _index("سليم عبد الرحمن", "عبدالرحمن")
    assert index.fullest("عبدالرحمن") == "سليم عبد الرحمن"


def test_a_body_head_is_named_by_its_genitive_not_by_another_body_of_its_kind() -> None:
    text = (
        "قالت هيئة تنظيم الطاقة الأردنية إن الأسعار ثابتة. "
        'وقالت هيئة مؤسسة المياه الأردنية إن "الضخ سيعود غدا".'
    )
    assert quote_with(quotes_of(text), "الضخ").speaker_name == "هيئة مؤسسة المياه الأردنية"


def test_a_party_head_is_named_with_its_genitive() -> None:
    text = "وقال حزب المعارضة الرئيسي في البلاد إن النتائج مزورة."
    assert quote_with(quotes_of(text), "النتائج").speaker_name == "حزب المعارضة الرئيسي"


def test_a_leadership_head_is_named_with_the_body_it_leads() -> None:
    text = 'ووصفت قيادة منظمة التحرير الفلسطينية الجمعة القرار بأنه "مرفوض".'
    assert quote_with(quotes_of(text), "مرفوض").speaker_name == "قيادة منظمة التحرير الفلسطينية"


def test_the_genitive_ends_before_an_accusative_object_and_its_adjective() -> None:
    text = "وتتخذ إدارة الرئيس الأميركي جو بايدن موقفا متشددا في المحادثات حيث تطالب بخفض الرسوم."
    assert quote_with(quotes_of(text), "بخفض").speaker_name == "إدارة الرئيس الأميركي جو بايدن"


def _genitive_after_head(text: str, head: str) -> str | None:
    view = view_of(QuoteAttributor(), text)
    first = next(k for k in range(len(view)) if view.tokens[k].text == head)
    return _body_of_genitive(view, SpeakerPhrase(first, first + 1, "name"))


def test_the_genitive_ends_before_a_rank_in_apposition() -> None:
    text = "أعلن نادي النجم الساحلي ثالث الدوري التونسي أنه تعاقد مع مدرب جديد."
    assert _genitive_after_head(text, "نادي") == "نادي النجم الساحلي"


def test_a_one_word_hashtag_after_a_persons_role_names_the_holder() -> None:
    text = 'وقالت المطربة اللبنانية #نوال إنها "ستعود إلى المسرح قريبا".'
    assert quote_with(quotes_of(text), "المسرح").speaker_name == "نوال"


def test_a_one_word_hashtag_after_a_post_in_construct_names_no_holder() -> None:
    text = 'وقال وزير الخارجية #فرنسا إن "المفاوضات مستمرة".'
    assert quote_with(quotes_of(text), "المفاوضات").speaker_name != "فرنسا"


def test_a_rank_before_a_hashtag_holder_is_no_second_post() -> None:
    text = "وشدد ولي العهد الأردني الأمير #حسين_بن_عبدالله على أهمية دعم الشباب."
    assert quote_with(quotes_of(text), "الشباب").speaker_name == "حسين بن عبدالله"


def test_a_rank_may_open_the_hashtag_of_the_holder() -> None:
    text = 'وأكد ولي العهد #الأمير_حسين_بن_عبدالله أن "الشباب هم المستقبل".'
    assert quote_with(quotes_of(text), "الشباب").speaker_name == "الأمير حسين بن عبدالله"
