"""Quote stage, attribution round 27 on issue 19: the subject of a verb of saying told from the
words around it by grammar. A prepositional phrase written with a tatweel (لـ، بـ) or ب + a noun
is no subject; a quantifier, a plural in ات or a noun with a possessive pronoun after a complete
definite subject starts the verb's object; "ولي العهد" is a title, not و + "to me"; a subject may
stand before its verb with a relative clause or a name in apposition between them; a relative
clause's antecedent does not run back across a verb with its conjunction.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a preposition's phrase


def test_an_addressee_written_with_tatweel_is_no_subject() -> None:
    quotes = quotes_of("قالت متحدثة باسم وزارة النقل لـBBC إن القطارات ستتوقف يومين.")
    assert quote_with(quotes, "القطارات ستتوقف").speaker_name == "متحدثة باسم وزارة النقل"


def test_an_addressee_alone_after_the_verb_leaves_the_subject_dropped() -> None:
    text = "نشرت الكاتبة سلمى العابد روايتها الأولى. إذ قالت لـBBC: إن الكتابة علاج لها."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الكتابة علاج").speaker_name == "سلمى العابد"


def test_a_name_beginning_with_lam_after_the_verb_is_still_the_subject() -> None:
    quotes = quotes_of("وقالت لورا بيرنز إن الكتابة علاج لها.")
    assert quote_with(quotes, "الكتابة علاج").speaker_name == "لورا بيرنز"


def test_bi_and_a_noun_the_text_writes_alone_is_no_fronted_subject() -> None:
    text = (
        "أعلن اللاعب كريم الماجري عن مباراة خيرية يخوضها مع عدد من نجوم الكرة القدامى أيضاً، "
        "بمباراة قال إنها ستجمع نجوما كثيرين."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "ستجمع نجوما").speaker_name == "كريم الماجري"


def test_a_fronted_name_beginning_with_ba_stays_the_subject() -> None:
    quotes = quotes_of("قال الوزير إن المدارس جاهزة. بلال قال إن المدارس غير جاهزة.")
    assert quote_with(quotes, "المدارس غير جاهزة").speaker_name == "بلال"


# ---------------------------------------------------------------- the object after a subject


def test_a_quantifier_after_a_definite_title_opens_the_object() -> None:
    text = (
        "أكد وزير الصحة سامي العرفاوي أن اللقاحات متوفرة. "
        "وطمأن الوزير جميع المواطنين بشأن المخزون قائلا إنه يكفي لستة أشهر."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "يكفي لستة أشهر").speaker_name == "سامي العرفاوي"


def test_a_noun_with_a_pronoun_after_a_closed_title_is_the_object() -> None:
    text = (
        "قال رئيس الوزراء كريم بالطيب إن الحكومة باقية. "
        "وتابع رئيس الوزراء كلامه، قائلا إن الانتخابات في موعدها."
    )
    quotes = quotes_of(text)
    quote = quote_with(quotes, "الانتخابات في موعدها")
    assert quote.speaker_name == "كريم بالطيب"
    assert quote.speaker is not None and "كلامه" not in quote.speaker.text


def test_a_given_name_after_a_closed_title_stays_the_name() -> None:
    quotes = quotes_of("وقال المحلل السياسي عبدالله الساعدي إن الانتخابات في موعدها.")
    assert quote_with(quotes, "الانتخابات في موعدها").speaker_name == "عبدالله الساعدي"


def test_a_name_spelt_with_ha_after_a_feminine_title_stays_the_name() -> None:
    quotes = quotes_of("وأكدت المتحدثة باسم الوزارة ساره الماجري أن الامتحانات في موعدها.")
    assert quote_with(quotes, "الامتحانات في موعدها").speaker_name == "ساره الماجري"


def test_a_plural_in_at_after_a_singular_subject_is_the_object() -> None:
    quotes = quotes_of("وشرح المدرب التحديات التي تواجه الفريق قائلا إنها كبيرة.")
    quote = quote_with(quotes, "كبيرة")
    assert quote.speaker is not None and quote.speaker.text == "المدرب"


def test_a_plural_head_keeps_its_adjective() -> None:
    quotes = quotes_of("وقالت السلطات المحلية إن الطريق مغلق.")
    assert quote_with(quotes, "الطريق مغلق").speaker_name == "السلطات المحلية"


# ---------------------------------------------------------------- ولي العهد


def test_wali_al_ahd_is_a_title() -> None:
    quotes = quotes_of("قال ولي العهد الأردني، الأمير حسين بن عبدالله، إن الاقتصاد يتعافى.")
    assert quote_with(quotes, "الاقتصاد يتعافى").speaker_name == "حسين بن عبدالله"


# ---------------------------------------------------------------- a fronted subject and a parenthesis


def test_a_fronted_subject_with_a_relative_clause_before_the_verb() -> None:
    text = (
        "قال خبراء إن الدواء آمن. لكن الطبيب مراد الساسي الذي قاد فريق البحث قال إن المرضى "
        "يجب ألا يتوقفوا عن العلاج."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "يجب ألا يتوقفوا").speaker_name == "مراد الساسي"


def test_a_relative_clause_set_off_by_commas_before_the_verb() -> None:
    text = (
        "قال خبراء إن الميزانية مختلة. وزير المالية، الذي كان يتحدث في لقاء مع الصحفيين، "
        "قال إن الميزانية متوازنة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الميزانية متوازنة").speaker_name == "وزير المالية"


def test_a_relative_on_a_preposition_s_noun_leaves_the_subject_dropped() -> None:
    text = (
        "قال الوزير إن الاستثمار يتراجع. وفي ختام اللقاء مع السفير الفرنسي، الذي زار المدينة، "
        "قال إن الاستثمارات ستتضاعف."
    )
    quotes = quotes_of(text)
    quote = quote_with(quotes, "الاستثمارات ستتضاعف")
    assert quote.speaker_name == "الوزير"
    assert quote.speaker is None


def test_a_verb_after_whoever_is_that_relative_s_own() -> None:
    text = "وأكد الوزير أن الملف شفاف. ودعا، في رده على الأسئلة، كل من يتهم الوزارة بالفساد إلى تقديم أدلة."
    quotes = quotes_of(text)
    for quote in quotes:
        assert quote.speaker is None or "الوزارة" not in quote.speaker.text


def test_a_name_in_apposition_after_a_fronted_title_chain() -> None:
    text = (
        "قال خبراء إن التصنيف خاطئ. لكن المحاضر في علم الاجتماع في جامعة سوسة، منير الحداد، "
        "قال إن الخطوة متسرعة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الخطوة متسرعة").speaker_name == "منير الحداد"


def test_a_name_after_a_fronted_adverbial_is_no_apposition() -> None:
    text = "قال الوزير إن التصنيف خاطئ. وفي مؤتمر صحفي، أحمد، قال إن الخطوة متسرعة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الخطوة متسرعة").speaker_name == "الوزير"


# ---------------------------------------------------------------- a relative's antecedent


def test_a_relative_antecedent_stops_at_a_future_verb() -> None:
    quotes = quotes_of("وسترفض أنقرة التي تتهم الاتحاد الأوروبي بالانحياز أي وساطة أخرى.")
    quote = quote_with(quotes, "بالانحياز")
    assert quote.speaker is not None and quote.speaker.text == "أنقرة"


def test_a_relative_antecedent_crosses_a_coordinated_plural() -> None:
    quotes = quotes_of("وأشار التقرير إلى وقائع وشهادات المساجين التي تفيد بأن التعذيب منتشر.")
    found = [q for q in quotes if q.cue is not None and q.cue.text == "تفيد"]
    assert len(found) == 1 and found[0].speaker is not None


def test_a_noun_right_after_its_verb_is_the_antecedent_of_a_relative_cue() -> None:
    text = "ودعا المنظم امرأة من الحضور إلى المنصة. ووافقت السيدة التي قالت إنها معلمة على الصعود."
    quotes = quotes_of(text)
    quote = quote_with(quotes, "معلمة")
    assert quote.speaker is not None and quote.speaker.text == "السيدة"


def test_an_imperfect_after_a_relative_clause_gets_no_fronted_subject() -> None:
    text = (
        "وأكد الوزير سامي الهادي أن الإنتاج تحسن، خاصة وأن معدل المردود الذي لا يتجاوز طنين في "
        "الهكتار،يعتبر الأقل في المنطقة، مبينا أن الرفع منه ضروري."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الرفع منه ضروري").speaker_name == "سامي الهادي"
