"""Session 23, d99: detection of direct/indirect quotes (issue 19, items 2 and 5). Every sentence
is written for the test."""

from __future__ import annotations

from quote_helpers import quote_fields, quote_fields_with_cue

# --- a closing "كما + verb of saying + subject." with no comma before كما -----------------------


def test_closing_as_without_comma_attributes_the_clause() -> None:
    text = "وستتراجع صادرات القمح في الموسم المقبل بسبب الجفاف كما قال خبير زراعي في الوزارة."
    found = quote_fields_with_cue(text, "قال")
    assert len(found) == 1
    kind, content, _, speaker = found[0]
    assert kind == "indirect"
    assert "صادرات القمح في الموسم المقبل بسبب الجفاف" in content
    assert speaker == "خبير زراعي في الوزارة"


def test_closing_as_without_comma_and_dropped_subject() -> None:
    text = "ستبدأ الفرقة جولتها الأوروبية في الربيع القادم كما قالت."
    found = quote_fields_with_cue(text, "قالت")
    assert len(found) == 1
    assert "ستبدأ الفرقة جولتها الأوروبية" in found[0][1]


def test_as_asked_is_no_report() -> None:
    # "as the president asked": what was done, not words said.
    text = "ووافق البرلمان على تأجيل التصويت إلى الأسبوع المقبل كما طلب رئيس الجمهورية."
    assert quote_fields_with_cue(text, "طلب") == []


def test_as_with_the_verbs_own_complement_is_also() -> None:
    # "and some also spoke of rifts": كما is "also", the clause before it is nobody's words.
    text = "وتراجع أداء المهاجم في المباريات الأخيرة كما تحدث البعض عن خلافات بينه وبين الإدارة."
    assert all("تراجع أداء المهاجم" not in q[1] for q in quote_fields(text))


# --- a first-form imperfect with damma on its prefix is passive ------------------------------


def test_first_form_passive_imperfect_reports_no_one() -> None:
    text = "تواجه الشركة دعوى جديدة، حيث يُزعم أنها نسخت تصميم منافستها دون إذن."
    assert quote_fields_with_cue(text, "يُزعم") == []


def test_active_first_form_imperfect_still_reports() -> None:
    text = "تواجه الشركة دعوى جديدة، حيث يَزعم المدعي أنها نسخت تصميم منافستها دون إذن."
    found = quote_fields_with_cue(text, "يَزعم")
    assert len(found) == 1 and found[0][3] == "المدعي"


def test_perfect_passive_of_a_root_in_nun_still_reports() -> None:
    # نُقل is the perfect passive (root ن ق ل), not a first person plural imperfect.
    text = "ونُقل عن المدرب أن الفريق سيلعب بتشكيلته الكاملة في النهائي."
    found = quote_fields_with_cue(text, "ونُقل")
    assert len(found) == 1 and found[0][3] == "المدرب"


# --- a noun of change heading a construct is a subject that cannot speak ---------------------


def test_increase_as_subject_of_indicating_is_no_report() -> None:
    text = "وقال الباحث إن زيادة عدد الزوار هذا العام يشير إلى أن المدينة استعادت جاذبيتها."
    found = quote_fields_with_cue(text, "يشير")
    assert found == []
    assert len(quote_fields_with_cue(text, "وقال")) == 1


def test_a_person_in_construct_still_reports() -> None:
    text = "وقال الباحث إن مدير المتحف يشير إلى أن المدينة استعادت جاذبيتها."
    found = quote_fields_with_cue(text, "يشير")
    assert len(found) == 1 and found[0][3] == "مدير المتحف"


# --- a fronted "بحسب ما أوردته X، فإن …" before news that is no one's report --------------------


def test_fronted_relay_phrase_attributes_news_to_the_outlet() -> None:
    text = "وبحسب ما أوردته صحيفة محلية، فإن البلدية قررت إغلاق السوق القديم لمدة شهر."
    found = quote_fields_with_cue(text, "وبحسب")
    assert len(found) == 1
    assert found[0][1].startswith("البلدية قررت إغلاق السوق القديم")
    assert found[0][3] == "صحيفة محلية"


def test_fronted_relay_phrase_before_a_report_only_relays_it() -> None:
    text = "وبحسب ما أوردته صحيفة محلية، فإن رئيس البلدية أكد أن السوق القديم سيغلق لمدة شهر."
    assert quote_fields_with_cue(text, "وبحسب") == []
    assert len(quote_fields_with_cue(text, "أكد")) == 1


def test_fronted_relay_phrase_before_an_adverb_is_no_report() -> None:
    text = 'وقال المحافظ إن السوق "سيغلق". تبعا لما أوردته صحيفة محلية، يومها، مضيفة أن المحافظ قال ذلك.'
    assert quote_fields_with_cue(text, "تبعا") == []
