"""Quote stage, attribution round 21 on issue 19: former holders written السابق or الأسبق, a middle
name the short form leaves out, شيخ/سيد inside a compound name, a definite name after a title's
prepositional phrase, and the subject a pronoun of identity introduces (with the gender it gives).
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- السابق ~ الأسبق


def test_former_and_earlier_former_name_one_office() -> None:
    quotes = quotes_of(
        "وقال وزير الخارجية الأسبق عمرو موسى إن المرحلة صعبة. وأضاف الوزير السابق أن الحل سياسي."
    )
    assert quote_with(quotes, "الحل سياسي").speaker_name == "عمرو موسى"


def test_the_same_tenure_word_wins_over_the_other_one() -> None:
    quotes = quotes_of(
        "وقال الرئيس الأسبق جورج بوش إن الحرب ضرورية. وقال الرئيس السابق باراك أوباما إن المرحلة "
        "صعبة. وأضاف الرئيس الأسبق أن الحل عسكري."
    )
    # Two former presidents: "الأسبق" stays with the one the document calls so.
    assert quote_with(quotes, "الحل عسكري").speaker_name == "جورج بوش"


# ---------------------------------------------------------------- a middle name left out


def test_a_short_name_without_its_middle_name_takes_the_full_one() -> None:
    quotes = quotes_of(
        "وقالت وزيرة التعليم نجاة فالو بلقاسم إن القرار نهائي. وقالت نجاة بلقاسم إن المعارضة تكذب."
    )
    assert quote_with(quotes, "المعارضة").speaker_name == "نجاة فالو بلقاسم"


def test_a_different_family_name_is_no_middle_name() -> None:
    quotes = quotes_of("وقال الوزير أحمد علي الصالح إن القرار نهائي. وقال أحمد الخطيب إن المعارضة تكذب.")
    assert quote_with(quotes, "المعارضة").speaker_name == "أحمد الخطيب"


# ---------------------------------------------------------------- شيخ/سيد inside a name


def test_sheikh_without_the_article_inside_a_name() -> None:
    quote = quote_with(
        quotes_of("وقال الرئيس الصومالي الشيخ شريف شيخ أحمد إن الحكومة ستواصل الحوار."), "الحوار"
    )
    assert quote.speaker_name == "شريف شيخ أحمد"


def test_a_post_after_a_name_still_ends_it() -> None:
    quote = quote_with(quotes_of("وقال عبدالله الثاني ملك الأردن إن الحكومة ستواصل الحوار."), "الحوار")
    assert quote.speaker_name == "عبدالله الثاني"


# ---------------------------------------------------------------- a definite name after a PP


def test_a_definite_name_after_a_feminine_body() -> None:
    quote = quote_with(
        quotes_of("وقال القيادي في حركة النهضة العجمي الوريمي إن الحركة جاهزة للانتخابات."), "جاهزة"
    )
    assert quote.speaker_name == "العجمي الوريمي"


def test_a_feminine_adjective_of_the_body_is_no_name() -> None:
    quote = quote_with(
        quotes_of("وقال القيادي في حركة النهضة الإسلامية إن الحركة جاهزة للانتخابات."), "جاهزة"
    )
    assert quote.speaker_name == "القيادي"


# ---------------------------------------------------------------- a person introduced by وهو


def test_a_name_introduced_by_wa_huwa_is_the_subject_later_cues_continue() -> None:
    quotes = quotes_of(
        "وقال الرئيس إن القانون ضروري. وصوت جان ميشيل كليمنت، وهو عضو في الحزب، ضد مشروع القانون "
        "وقال إنه سيخالف الأغلبية."
    )
    assert quote_with(quotes, "سيخالف").speaker_name == "جان ميشيل كليمنت"


def test_a_name_without_the_apposition_is_not_taken_after_any_verb() -> None:
    quotes = quotes_of(
        "وقال الرئيس إن القانون ضروري. واستقبل جان ميشيل كليمنت في قصر الإليزيه وقال إنه سيخالف الأغلبية."
    )
    assert quote_with(quotes, "سيخالف").speaker_name == "الرئيس"


def test_wa_hiya_makes_the_subject_feminine() -> None:
    quotes = quotes_of(
        "قال المدير إن القانون ضروري. وصوتت ماري لوبان، وهي عضو في البرلمان، ضد القانون. "
        "وأضافت أن الأغلبية مخطئة."
    )
    assert quote_with(quotes, "مخطئة").speaker_name == "ماري لوبان"


# ---------------------------------------------------------------- a given name a role introduces


def test_a_family_name_takes_the_given_name_a_title_chain_introduced() -> None:
    quotes = quotes_of("ووصل إلى بكين وفد أمريكي بقيادة وزير التجارة ويلبور روس. وقال روس إن المفاوضات صعبة.")
    assert quote_with(quotes, "المفاوضات").speaker_name == "ويلبور روس"


def test_an_adjective_of_origin_introduces_the_given_name() -> None:
    quotes = quotes_of("وفاز بالسباق الأسترالي جورج كورونيس، الذي سيحتفل غدا. وقال كورونيس إن السباق صعب.")
    assert quote_with(quotes, "السباق صعب").speaker_name == "جورج كورونيس"


def test_an_apposition_between_commas_gives_the_given_name() -> None:
    quotes = quotes_of(
        "ونقلت الصحيفة عن محام آخر لترامب، رودي جولياني، أن الدفع تم. وقال جولياني إن الدفع قانوني."
    )
    assert quote_with(quotes, "قانوني").speaker_name == "رودي جولياني"


def test_a_verb_after_a_clause_subject_is_no_given_name() -> None:
    quotes = quotes_of(
        "وتراجعت المبيعات كثيرا. هذه الصفعة دفعت أبل لإعادة حساباتها. وقالت أبل إن المبيعات ستتحسن."
    )
    assert quote_with(quotes, "ستتحسن").speaker_name == "أبل"


def test_a_clause_after_a_comma_is_no_apposition() -> None:
    quotes = quotes_of("وفي الدقائق الأخيرة، تحاول موزنجا جاهدة أن تنهض. وقالت موزنجا إن الألم شديد.")
    assert quote_with(quotes, "الألم").speaker_name == "موزنجا"


def test_a_relative_after_a_body_leaves_the_body_feminine() -> None:
    quotes = quotes_of(
        "وقالت الوزيرة إن الحوار انتهى. من جهتها، احتفلت حكومة ماريانو راخوي الذي رفض أي تفاوض، "
        "بانتصار دولة القانون. وأضافت أن الديمقراطية انتصرت."
    )
    # "الذي" belongs to the genitive راخوي: the government stays feminine for "وأضافت".
    assert quote_with(quotes, "الديمقراطية").speaker_name == "حكومة ماريانو راخوي"
