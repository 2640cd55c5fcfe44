"""Attribution round 77 (a114): the unstated subject carried to the right person.

- "نشر الباحث X مقالا قال فيه: … . وأضاف": the author a text's cue takes goes on speaking, when he
  is the topic the sentence opens with (not "دعوى ضد المنتج X تتهمه فيه").
- "ودعت فرنسا …، وختم مذكرا": a participle listed as written (مذكرا، آملة) shows its gender.
- "وقال البيان إن X …، حسب ما ذكرت وكالة … . وأضاف": a weak subject (البيان) goes back to X, past the
  agency the masculine verb disagrees with.
- "وكان الخبير في شؤون … منير أديب قال": the phrase between كان and the verb is its subject.
- "نقابة الصحفيين، التي رفضت القرار وقالت"، "الصين، التي تطور ما تصفه": a later verb of a relative clause
  has the antecedent as subject, unless the cue's pronoun takes the antecedent up (الذي عاش … ووصفه).
- "نشرت صحيفة X مقالا زعم أن": the verb after an outlet's indefinite article has the outlet as source.
- "وكشف صحيفة الأيام …، وقالت": a body in ة is feminine after a masculine verb.
- "لاحقت ديشان سمعة …": a verb of saying shows a name's gender over a clause that reports nothing.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.extractors.quotes.history import Said, agreeing_antecedent


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_author_of_a_text_goes_on_speaking() -> None:
    text = (
        "وقال الكاتب سمير الحلو إن الرواية لاقت نجاحا كبيرا في المعرض. "
        "الناقد وليد المصري المتخصص في الأدب الحديث نشر بدوره مقالا ساخرا ردا على الحلو "
        'قال فيه: "الرواية ضعيفة ولا تستحق كل هذا الضجيج". '
        'وتابع قائلا: "لم أجد فيها شخصية واحدة مقنعة".'
    )
    assert _name(text, "الرواية ضعيفة") == "وليد المصري"
    assert _name(text, "شخصية واحدة مقنعة") == "وليد المصري"


def test_participle_listed_as_written_shows_its_gender() -> None:
    text = (
        "وقال وزير الخارجية الإسباني خوسيه مارتينيز إن بلاده تتابع الوضع عن كثب. "
        'ودعت الخارجية الإسبانية الطرفين إلى وقف القتال مشددة على "حماية المدنيين". '
        'وختم مذكرا "بواجب احترام القانون الدولي".'
    )
    assert _name(text, "احترام القانون الدولي") == "خوسيه مارتينيز"


def test_weak_subject_goes_back_to_a_speaker_who_agrees() -> None:
    text = (
        "قال وزير المالية الأردني، أحمد السعدي، الأحد، إن حكومته أقرت خطة جديدة لخفض الدين العام. "
        'وقال البيان إن السعدي أعلم خلال لقاء في مكتبه عددا من المستثمرين أن "قيمة الخطة تبلغ ملياري دولار". '
        'وقال إن الخطة ستكون على النحو التالي: "مليار دولار للطرق ومليار للمدارس"، حسب ما ذكرت وكالة رويترز. '
        'وأضاف: "سنواصل دعم القطاع الخاص رغم الصعوبات".'
    )
    assert _name(text, "دعم القطاع الخاص") == "أحمد السعدي"


def test_subject_between_auxiliary_and_verb() -> None:
    text = (
        "قال الباحث سامي خليل إن الوضع خطير. "
        'وكان الخبير في شؤون الطاقة المتجددة منير حداد قال لموقع "الأخبار"، إن الأسعار سترتفع مجددا.'
    )
    assert _name(text, "سترتفع مجددا") == "منير حداد"


def test_later_verb_of_a_relative_clause_has_the_antecedent_as_subject(pipeline) -> None:
    text = (
        "وقال المحلل أحمد سعيد إن القرار سيؤثر على الأسعار. "
        'وجاء الرد سريعا من نقابة الصحفيين، التي رفضت القرار وقالت إن "الحكومة لم تستشر أحدا". '
        'وفي الهند، التي تطور ما تصفه بأنه "أكبر شبكة طرق في العالم"، بدأ العمل أمس.'
    )
    names = {q["content"]["text"][:12]: q["speaker_name"] for q in record_quotes(pipeline, text)}
    assert names["الحكومة لم ت"] == "نقابة الصحفيين"
    assert names['"أكبر شبكة ط'] == "الهند"


def test_a_verb_of_saying_shows_a_name_gender_over_a_clause_that_reports_nothing() -> None:
    history = [
        Said("سامي العلوي", None, False),  # "وقال سامي العلوي": a verb of saying
        Said("المباراة", None, None),
        Said("سامي العلوي", None, True, informant=False),  # "لاحقت العلوي سمعة": the object
        Said("سامي العلوي", None, None, informant=False),
    ]
    said = agreeing_antecedent(history, False)
    assert said is not None and said.name == "سامي العلوي"


def test_an_outlets_article_speaks_for_the_outlet() -> None:
    text = (
        "وقال وزير الداخلية سامي حداد إن التحقيق مستمر. "
        "وفي الشهر الماضي، نشرت صحيفة الأيام مقالا زعم أن الوزير تلقى أموالا من شركة أجنبية."
    )
    assert _name(text, "تلقى أموالا") == "صحيفة الأيام"


def test_a_body_in_ta_marbuta_is_feminine_after_a_masculine_verb() -> None:
    text = (
        "وقال الوزير سامي حداد إن الشركة لم تخالف القانون. "
        "وكشف صحيفة الأيام عام 2015 جوانب عن ماهية الشركة وصلتها بالحكومة، "
        'وقالت إن مديرها "ضابط سابق في الجيش".'
    )
    assert _name(text, "ضابط سابق") == "صحيفة الأيام"


def test_a_body_in_ta_marbuta_is_feminine_in_a_clause_that_reports_nothing() -> None:
    text = (
        "وقال الوزير سامي حداد إن الشركة لم تخالف القانون. "
        "وكشف صحيفة الأيام عام 2015 في معرض تناولها للخلاف الذي كانت تنظر فيه المحاكم بين الشركة "
        "ورجل أعمال، جوانب عن ماهية الشركة والصلة العميقة بينها وبين الحكومة "
        'وقالت إن مدير الشركة "ضابط سابق في الجيش".'
    )
    assert _name(text, "ضابط سابق") == "صحيفة الأيام"


def test_a_cue_whose_pronoun_takes_up_the_antecedent_is_no_verb_of_the_relative_clause() -> None:
    text = (
        "وقال الرئيس سامي حداد إن المعرض سيفتتح غدا. "
        'وأشاد حداد بالكاتب الراحل الذي عاش في القرن الماضي ووصفه "بأعظم كاتب في تاريخ البلاد".'
    )
    assert _name(text, "بأعظم كاتب") == "سامي حداد"


def test_only_the_topic_of_a_sentence_goes_on_from_a_text_it_wrote() -> None:
    text = (
        "وقال وزير الثقافة أحمد سليم إن المعرض سيفتتح غدا. "
        "أقامت الممثلة سارة خليل دعوى قضائية ضد المنتج وليد المصري تتهمه فيه بالتحرش بها، "
        'زاعمة أنه "ألحق الضرر بمستقبلها الفني".'
    )
    name = _name(text, "ألحق الضرر")
    assert name is not None and "سارة خليل" in name


def test_the_author_of_a_text_keeps_his_own_gender() -> None:
    text = (
        "انتقد سامي حداد، رئيس شركة الأفق للاستشارات، الطريقة التي تطالب فيها الحكومة من البرلمان "
        "برفع سقف الاستدانة. وطالب حداد بشفافية أكبر في إدارة المال العام. "
        "وكانت #الكويت أجلت تطبيق ما وصفته بإصلاحات في برنامج عمل سابق."
    )
    assert _name(text, "بإصلاحات في برنامج") != "سامي حداد"
