"""Quote stage, thirteenth round on issue 19: attribution mechanisms that recur across the tuning
sets (an anonymous description named in apposition). Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a description named in apposition


def test_one_of_his_friends_is_named_between_commas() -> None:
    # "أحد أصدقائه، المغربي X،": the description names no one; the apposition between commas
    # does, after an adjective of origin that describes the same man.
    text = "ويؤكد أحد أصدقائه القدامى، المغربي سمير الفاسي، أنه رجل كريم."
    quote = quote_with(quotes_of(text), "كريم")
    assert quote.speaker_name == "سمير الفاسي"


def test_pronoun_of_identity_names_the_description() -> None:
    # "مسؤولة …، هي X": the pronoun of identity opens the name; a later participle of the same
    # sentence goes to her too.
    text = "ورفضت مسؤولة في وزارة الصحة، هي سلمى الورتاني، التصريحات، واصفة إياها بالخاطئة."
    quote = quote_with(quotes_of(text), "بالخاطئة")
    assert quote.speaker_name == "سلمى الورتاني"


def test_time_adverbial_between_commas_is_no_name() -> None:
    # The look-alike: what the commas enclose is a time adverbial, so the description stays.
    text = "وقال أحد السكان، مساء الأحد، إن الوضع مستقر."
    quote = quote_with(quotes_of(text), "الوضع")
    assert quote.speaker_name == "أحد السكان"


# ---------------------------------------------------------------- a person's name in quotes after a title


def test_quoted_name_after_a_closed_title_is_the_speaker() -> None:
    # The title ends in a definite adjective, so the quoted words are no genitive of it: they
    # name the publisher, and the comma after the marks opens the content.
    text = 'ومن جهته قال الناشر الإيطالي "ماركو أنطونيو دي لوكا"، إنه اكتشف الشاعر صدفة.'
    quote = quote_with(quotes_of(text), "اكتشف")
    assert quote.speaker_name == "ماركو أنطونيو دي لوكا"


def test_quoted_name_governed_by_a_construct_is_no_speaker_name() -> None:
    # The look-alike: "زعيم حركة" is an open construct; the quoted words are the movement's name.
    text = 'وقال زعيم حركة "الأمل الجديد"، إن الهدنة انتهت.'
    quote = quote_with(quotes_of(text), "الهدنة")
    assert quote.speaker_name != "الأمل الجديد"


def test_quoted_words_after_a_title_stay_the_content() -> None:
    text = 'وقال الوزير التونسي "نحن مستعدون للحوار".'
    quote = quote_with(quotes_of(text), "مستعدون")
    assert quote.speaker_name == "الوزير التونسي"


# ---------------------------------------------------------------- the author of a written source


def test_report_a_channel_aired_is_the_channels() -> None:
    # "تقرير بثته … قناة X": a verb with a pronoun after an indefinite noun opens a relative
    # clause; its subject (after the time words) wrote the report.
    text = 'وأشار تقرير بثته اليوم الاثنين قناة "الأفق الجديد" إلى أن الوضع خطير.'
    quote = quote_with(quotes_of(text), "الوضع")
    assert quote.speaker_name == "الأفق الجديد"


def test_figures_an_official_presented_are_the_officials() -> None:
    text = "وتفيد مؤشرات قدمها المدير العام للمعهد الوطني للإحصاء، كمال الرياحي، أن الأسعار ارتفعت."
    quote = quote_with(quotes_of(text), "الأسعار")
    assert quote.speaker_name == "كمال الرياحي"


def test_person_a_paper_met_is_no_source_of_the_paper() -> None:
    # The look-alike: a person, not a written source, heads the relative clause; the paper
    # that met him is not who speaks.
    text = "وقال مسؤول التقته الصحيفة إن الوضع خطير."
    quote = quote_with(quotes_of(text), "الوضع")
    assert quote.speaker_name != "الصحيفة"
