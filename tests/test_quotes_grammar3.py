"""Quote stage, third round on issue 19: postposed source phrases, the subject an unstated
subject continues, non-speech readings of cue words, and job nouns resolved to names. Every
sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- postposed source phrases


def test_ala_hadd_sawa_is_no_source_phrase() -> None:
    # على حد سواء "alike": حد is followed by no noun of saying.
    assert quotes_of("ويصلي في القاعة النساء والرجال على حد سواء.") == []


def test_ala_hadd_qawlihi_still_attributes_the_clause_before() -> None:
    text = "وقال المدير سامي الورتاني إن القاعة جاهزة. وستفتح القاعة أبوابها في الصيف على حد قوله."
    quote = quote_with(quotes_of(text), "أبوابها")
    assert quote.cue.text == "على حد"
    assert quote.content.text == "وستفتح القاعة أبوابها في الصيف"
    assert quote.speaker_name == "سامي الورتاني"


def test_pronoun_phrase_after_a_quote_repeats_its_source() -> None:
    text = (
        "وقال رئيس الجمعية سامي الورتاني إن القاعة ستكون فضاء للأنشطة، مضيفا أن المبادرة "
        "تأتي في إطار تحسيس التلاميذ على حد تعبيره."
    )
    quotes = quotes_of(text)
    assert [q.cue.text for q in quotes] == ["وقال", "مضيفا"]
    assert quote_with(quotes, "المبادرة").content.text.endswith("التلاميذ")


def test_postposed_phrase_is_the_cue_of_the_clause_before() -> None:
    quote = quote_with(quotes_of("وارتفعت الأسعار بنسبة خمسة بالمائة، وفق بيان وزارة التجارة."), "الأسعار")
    assert quote.cue.text == "وفق"
    assert quote.content.text == "وارتفعت الأسعار بنسبة خمسة بالمائة"


def test_time_adverbial_after_a_source_phrase_is_not_its_content() -> None:
    text = "تشهد البلاد موجة حر غير مسبوقة، بحسب بلاغ أصدره المعهد الوطني للرصد الجوي، الجمعة."
    quote = quote_with(quotes_of(text), "موجة")
    assert quote.content.text == "تشهد البلاد موجة حر غير مسبوقة"


def test_fronted_source_phrase_attributes_the_clause_after() -> None:
    text = "وحسب المعهد الوطني للرصد الجوي، تشهد البلاد موجة حر غير مسبوقة خلال الأسبوع القادم."
    quote = quote_with(quotes_of(text), "موجة")
    assert quote.content.text.startswith("تشهد البلاد")


def test_short_quoted_term_before_a_pronoun_phrase_is_no_quote() -> None:
    text = 'وقالت الطفلة سلمى إنها تحب الرسم. وأرسلت رسالة إلى "مدير الشركة" حسب تعبيرها.'
    assert [q.cue.text for q in quotes_of(text)] == ["وقالت"]


def test_quoted_sentence_before_a_pronoun_phrase_is_a_quote() -> None:
    text = 'وقالت الوزيرة سلمى الورتاني إنها تحب الرسم. "العمل في هذه الشركة حلمي منذ الصغر" حسب تعبيرها.'
    quote = quote_with(quotes_of(text), "حلمي")
    assert quote.speaker_name == "سلمى الورتاني"


def test_postposed_phrase_after_a_quote_takes_only_the_clause_between() -> None:
    text = (
        "وقال الوزير سامي الورتاني إن الموسم صعب، فيما ارتفعت الأسعار بنسبة خمسة بالمائة، "
        "وفق بيان وزارة التجارة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الموسم").content.text == "الموسم صعب"
    prices = quote_with(quotes, "الأسعار")
    assert prices.cue.text == "وفق"
    assert "الموسم" not in prices.content.text


# ---------------------------------------------------------------- antecedents of unstated subjects


def test_source_of_a_verbal_noun_in_the_object_is_no_antecedent() -> None:
    # مناشدات حلفاء … is the object of تجاهل: وأعلن continues its subject ترامب.
    text = (
        "وقال الرئيس دونالد ترامب إن الاتفاق سيئ. وتجاهل ترامب مناشدات حلفاء الولايات المتحدة "
        "بالبقاء في الاتفاق، وأعلن أن بلاده ستنسحب منه."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "بالبقاء").speaker_name.startswith("حلفاء")
    assert quote_with(quotes, "ستنسحب").speaker_name == "دونالد ترامب"


def test_source_of_a_verbal_noun_that_is_the_subject_is_continued() -> None:
    # Here the noun is the subject of تكررت: its source is the one وأكد continues.
    text = (
        "وقال الرئيس دونالد ترامب إن الاتفاق سيئ. وتكررت مناشدات الوزير سامي الورتاني "
        "بالتهدئة، وأكد أن الحوار ممكن."
    )
    assert quote_with(quotes_of(text), "الحوار").speaker_name == "سامي الورتاني"


# ---------------------------------------------------------------- cue words read otherwise


def test_bayna_an_before_a_verb_is_between() -> None:
    # أنْ before the imperfect تكون is "to": بين is the preposition "between".
    assert quotes_of("وتتراوح الأسعار بين أن تكون مرتفعة أو منخفضة حسب الموسم.") == []


def test_bayyana_anna_before_a_noun_reports() -> None:
    quote = quote_with(quotes_of("وبين الوزير أن يوم الجمعة عطلة."), "الجمعة")
    assert quote.speaker.text == "الوزير"


def test_qawlahu_after_nasaba_ila_names_the_source() -> None:
    quote = quote_with(quotes_of("ونسبت الصحيفة إلى الوزير سامي الورتاني قوله إن الموسم صعب."), "الموسم")
    assert quote.speaker_name == "سامي الورتاني"


def test_qawlahu_without_a_preposition_continues_the_speaker() -> None:
    text = "وقال الوزير سامي الورتاني إن الموسم صعب. واختتم كلمته بقوله إن الحل قريب."
    quote = quote_with(quotes_of(text), "الحل")
    assert quote.speaker is None
    assert quote.speaker_name == "سامي الورتاني"


def test_aqarra_with_a_definite_object_is_passed_not_admitted() -> None:
    assert quotes_of("وأقر البرلمان القانون الجديد يوم الثلاثاء بأغلبية واسعة.") == []


def test_aqarra_bi_after_its_subject_is_admitted() -> None:
    quote = quote_with(quotes_of("وأقر البرلمان الجديد بصعوبة المفاوضات."), "المفاوضات")
    assert quote.kind == "nominal"


# ---------------------------------------------------------------- job nouns before names


def test_job_noun_before_a_name_resolves_to_the_name() -> None:
    text = "وقالت المواطنة سلمى الورتاني إن الماء مقطوع منذ أسبوع. وأكدت المواطنة أن السلطات لم تتدخل."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الماء").speaker.text == "سلمى الورتاني"
    later = quote_with(quotes, "السلطات")
    assert later.speaker.text == "المواطنة"
    assert later.speaker_name == "سلمى الورتاني"


def test_job_noun_without_a_name_stays_the_speaker() -> None:
    quote = quote_with(quotes_of("وقال الرسام إن المعرض ناجح."), "المعرض")
    assert quote.speaker_name == "الرسام"
