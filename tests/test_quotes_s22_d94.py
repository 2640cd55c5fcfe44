"""Quote round d94: quotes put before their reporting clause, and quoted stretches a closing
relay attributes.

- '"…".. هكذا قال X' / '«…»، هكذا وصفت X دورها': هكذا points back to the quote just closed, the
  verb after it reports it and the noun phrase after the verb is its source.
- '"…".. هكذا بدأ X حديثه' / '"…".. بهذه الكلمات استهل X كلمته': a verb of beginning or ending
  whose object is a noun of speech with its subject's pronoun; the words opened or closed that
  speech. Without such a noun ("هكذا بدأ الموسم") it is no quote.
- '… "…" كما يقول' / '… "…" حسب تعبيره' / '"…" كما قال لنا X': a closing relay right after marks,
  with no comma between, attributes the marked words (three or more) and nothing else, whatever
  quote the sentence held before them. Two words in marks stay a term ('إلى "مدير الشركة" حسب
  تعبيرها').
"""

from __future__ import annotations

from quote_helpers import quote_fields


def test_thus_said_after_the_quote() -> None:
    text = '"لقد كانت سنة صعبة على الجميع".. هكذا قال الوزير أحمد سالم للصحفيين أمس.'
    assert quote_fields(text) == [("direct", "لقد كانت سنة صعبة على الجميع", "قال", "أحمد سالم")]


def test_thus_began_his_speech() -> None:
    text = '"لقد كانت سنة صعبة على الجميع".. هكذا بدأ الوزير أحمد سالم حديثه مع الصحفيين أمس.'
    assert quote_fields(text) == [("direct", "لقد كانت سنة صعبة على الجميع", "بدأ", "أحمد سالم")]


def test_thus_began_past_an_apposition_with_marks() -> None:
    text = '"لقد كانت سنة صعبة على الجميع".. هكذا بدأ سامي ناصر، مؤسس شركة "نور"، حديثه مع الصحفيين.'
    assert quote_fields(text) == [("direct", "لقد كانت سنة صعبة على الجميع", "بدأ", "سامي ناصر")]


def test_with_these_words_she_opened_her_speech() -> None:
    text = '"هذا يوم تاريخي لنا جميعا"، بهذه الكلمات استهلت الوزيرة سلمى علي كلمتها أمام البرلمان.'
    assert quote_fields(text) == [("direct", "هذا يوم تاريخي لنا جميعا", "استهلت", "سلمى علي")]


def test_thus_began_with_no_speech_is_no_quote() -> None:
    assert quote_fields('"هذا يوم تاريخي لنا جميعا"، هكذا بدأ الموسم الجديد في المدينة.') == []


def test_thus_after_a_short_term_is_no_quote() -> None:
    # Two words in marks may be a name; the quote must hold a sentence.
    assert quote_fields('"الربيع الجديد".. هكذا بدأ الوزير أحمد سالم حديثه مع الصحفيين.') == []


def test_thus_after_a_dateline_dash() -> None:
    text = 'القاهرة (وكالات)-- "كانت سنة صعبة على الجميع".. هكذا بدأ سامي ناصر حديثه مع الصحفيين.'
    assert quote_fields(text) == [("direct", "كانت سنة صعبة على الجميع", "بدأ", "سامي ناصر")]


def test_as_he_says_after_the_quoted_words() -> None:
    text = 'فهو يستأجر شقة صغيرة في انتظار أن "تتحسن الأحوال قريبا" كما يقول. ويرى أن الوضع صعب.'
    assert quote_fields(text)[0] == ("direct", "تتحسن الأحوال قريبا", "يقول", None)


def test_in_his_words_right_after_three_quoted_words() -> None:
    text = 'وهو سائق أجرة يواجه "الخطط الظالمة بالصبر" حسب تعبيره. وقال أيضا إنه متعب.'
    assert quote_fields(text)[0] == ("direct", "الخطط الظالمة بالصبر", "حسب", None)


def test_in_his_words_after_an_earlier_source_phrase() -> None:
    text = 'وعاش السكان يوما من "الإذلال" حسب قول سامي وهو سائق يواجه "الخطط الظالمة بالصبر" حسب تعبيره.'
    assert [q[1] for q in quote_fields(text)][-1] == "الخطط الظالمة بالصبر"


def test_in_her_words_after_a_two_word_term_stays_no_quote() -> None:
    assert quote_fields('وأرسلت الطفلة رسالة إلى "مدير الشركة" حسب تعبيرها. ثم نامت.') == []


def test_as_he_said_after_a_long_quote_ends_with_the_marks() -> None:
    text = 'وبعد جلسات طويلة، "يحتاج الطفل وقتا طويلا كي يثق بالكبار" كما قال لنا أحد الأطباء.'
    assert quote_fields(text) == [("direct", "يحتاج الطفل وقتا طويلا كي يثق بالكبار", "قال", "أحد الأطباء")]


def test_as_they_call_him_after_a_two_word_name_is_no_quote() -> None:
    text = 'ومن الشعراء ابن القرية "سالم العلي" أو "شاعر الوادي" كما يسميه أهل الشعر وموته الغامض.'
    assert quote_fields(text) == []


def test_as_announced_before_the_writers_comment() -> None:
    text = "ارتفعت الأسعار بنسبة كبيرة خلال الشهر الماضي، كما أعلن البنك المركزي قبلا، ما ينذر بأزمة جديدة."
    assert quote_fields(text) == [
        ("indirect", "ارتفعت الأسعار بنسبة كبيرة خلال الشهر الماضي", "أعلن", "البنك المركزي")
    ]


def test_as_announced_before_wa_huwa_ma() -> None:
    text = "تراجعت صادرات القمح هذا العام، كما أعلنت وزارة الزراعة، وهو ما يهدد المزارعين."
    expected = [("تراجعت صادرات القمح هذا العام", "أعلنت", "وزارة الزراعة")]
    assert [q[1:] for q in quote_fields(text)] == expected
