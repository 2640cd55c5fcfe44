"""Quote round s14/a90: a definite description whose holder the document names elsewhere, in
other words.

- A person noun with the article and no name after it ("الخبيرة البريطانية"، "الباحث") points
  back to the person of its gender the document has quoted; a person noun never names a body,
  so a quoted name that reads as a person's counts even when its family name never comes back
  alone. With two such names of that gender quoted, the description is ambiguous and stays.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_feminine_person_noun_points_back_to_the_woman_quoted_before() -> None:
    text = (
        "وقالت سوزان هارتلي، من مؤسسة فيرست كابيتال، إن الأسواق تعاني من ضعف الثقة. "
        "وتراجعت الأسهم الأوروبية في ختام التعاملات. "
        "وأضافت الخبيرة البريطانية أن البنوك ستخفض الفائدة قريبا."
    )
    assert quote_with(quotes_of(text), "البنوك ستخفض").speaker_name == "سوزان هارتلي"


def test_two_women_quoted_leave_the_description_as_written() -> None:
    text = (
        "وقالت سوزان هارتلي، من مؤسسة فيرست كابيتال، إن الأسواق تعاني من ضعف الثقة. "
        "وقالت كارين دوبوا، من مصرف أوروبي، إن التضخم سيستمر. "
        "وأضافت الخبيرة البريطانية أن البنوك ستخفض الفائدة قريبا."
    )
    assert quote_with(quotes_of(text), "البنوك ستخفض").speaker_name == "الخبيرة البريطانية"


def test_the_king_is_the_monarch_named_before() -> None:
    text = "وصل الملك سلمان بن راشد الزياني إلى القاهرة أمس. وقال العاهل الليبي إن الاستثمار أولوية للمملكة."
    assert quote_with(quotes_of(text), "الاستثمار أولوية").speaker_name == "سلمان بن راشد الزياني"


def test_the_chief_of_diplomacy_is_the_foreign_minister() -> None:
    text = (
        "وصل وزير الخارجية الفرنسي جان بيير مارتان إلى بيروت أمس. "
        "وقال رئيس الدبلوماسية الفرنسية إن باريس تدعم الحوار."
    )
    assert quote_with(quotes_of(text), "باريس تدعم").speaker_name == "جان بيير مارتان"


def test_an_office_of_the_state_is_not_the_one_man_quoted() -> None:
    text = (
        "قال تشانغ هوا مينغ، من وزارة التجارة الصينية، إن الصين مستعدة للحوار. "
        "وأضاف أن المفاوضات لم تبدأ. "
        "ورحب الرئيس الأميركي بالخطاب وقال إن الخلاف انتهى."
    )
    assert quote_with(quotes_of(text), "الخلاف انتهى").speaker_name == "الرئيس الأميركي"


def test_the_leader_of_a_country_is_its_president_named_before() -> None:
    text = (
        "حذر الرئيس البرازيلي جواو كارلوس مينديش من أزمة اقتصادية. "
        "وقال الزعيم البرازيلي خلال مؤتمر في العاصمة إن الإصلاحات ضرورية."
    )
    assert quote_with(quotes_of(text), "الإصلاحات ضرورية").speaker_name == "جواو كارلوس مينديش"


def test_the_leader_of_another_country_is_not_the_president_named_before() -> None:
    text = (
        "حذر الرئيس البرازيلي جواو كارلوس مينديش من أزمة اقتصادية. "
        "وقال الزعيم الأرجنتيني خلال مؤتمر في العاصمة إن الإصلاحات ضرورية."
    )
    # The Argentine leader is not the Brazilian president named before; no name is given.
    assert quote_with(quotes_of(text), "الإصلاحات ضرورية").speaker_name == "الزعيم الأرجنتيني"


def test_a_subject_with_its_post_set_off_before_the_verb_holds_the_post() -> None:
    text = (
        "وكان مارتن كولفيلد، نائب وزير الداخلية، قال إن التحقيق سيستمر أشهرا. "
        "وتراجعت حدة الانتقادات في البرلمان. "
        "وقال نائب وزير الداخلية إن المتهمين غادروا البلاد."
    )
    assert quote_with(quotes_of(text), "المتهمين غادروا").speaker_name == "مارتن كولفيلد"


def test_a_description_restricted_by_a_relative_clause_is_no_one_quoted_before() -> None:
    text = (
        "وكان مارتن كولفيلد، نائب وزير الداخلية، قال إن التحقيق سيستمر أشهرا. "
        "وأضاف كولفيلد أن الشرطة تعمل بجد. "
        "وسيجلس الرئيس غدا مع الرجل الذي يتهم جيشه بالضلوع في الهجمات."
    )
    described = [q for q in quotes_of(text) if q.speaker is not None and q.speaker.text == "الرجل"]
    assert described and all(q.speaker_name == "الرجل" for q in described)


def test_the_kings_title_with_a_nisba_keeps_his_full_name_set_off() -> None:
    text = (
        "قال العاهل المغربي، الملك سعيد بن الحسن بن يوسف العلوي، الثلاثاء، إن الحوار ضروري. "
        "واستقبل الملك سعيد بن الحسن في قصر الرباط وفدا من رجال الأعمال. "
        "وأعرب الملك سعيد عن تقديره للوفد. ونقل الوفد تحيات الملك سعيد إلى الشعب. "
        'وتساءل العاهل المغربي "لماذا لم يأت الوفد قبل اليوم؟"'
    )
    assert quote_with(quotes_of(text), "لماذا لم يأت").speaker_name == "سعيد بن الحسن بن يوسف العلوي"
