"""Detection rules of the nineteenth session, round d84 (issue 19, items 1 and 5): source phrases
set off or run into their clause, nominal quotes of governed verbal nouns and of "any" objects,
the لـ-complement of دعا, complaints of a lack, naming verbs after ما, and three spurious shapes
(a quoted name before a set-off time adverbial, a section title on a situation noun, a
preposition in a negated clause after a comma)."""

from __future__ import annotations

from qawl.document import Document
from tests.quote_helpers import quote_fields, quote_with, quotes_of

# ----------------------------------------------------------------------------- source phrases


def test_ala_dhimmat_fronted_and_answered_names_its_source() -> None:
    # على ذمة X "on X's word": X vouches for what the فإن-clause says.
    quote = quote_with(quotes_of("وعلى ذمة شهود عيان، فإن القصف استمر حتى الفجر."), "القصف")
    assert quote.cue.text == "وعلى ذمة"
    assert quote.content.text == "القصف استمر حتى الفجر"
    assert quote.speaker.text == "شهود عيان"


def test_ala_dhimmat_an_investigation_is_the_legal_pending() -> None:
    # "حبسه على ذمة التحقيقات": held pending the investigation; no one speaks.
    assert quote_fields("وقررت النيابة حبسه أربعة أيام، على ذمة التحقيقات.") == []


def test_a_phrase_between_dashes_attributes_the_clause_around_it() -> None:
    text = "وتراجعت المبيعات – بحسب الغرفة التجارية – بنسبة كبيرة خلال الصيف."
    quote = quote_with(quotes_of(text), "بنسبة كبيرة")
    assert quote.content.text == "وتراجعت المبيعات – بحسب الغرفة التجارية – بنسبة كبيرة خلال الصيف"
    assert quote.speaker.text == "الغرفة التجارية"


def test_a_phrase_inside_its_clause_without_commas_keeps_the_words_after_it() -> None:
    # عن after the source goes on with أسفر: the words on both sides are the police's.
    quote = quote_with(quotes_of("وأسفر القصف بحسب الشرطة عن سقوط عشرة جرحى."), "القصف")
    assert quote.content.text == "وأسفر القصف بحسب الشرطة عن سقوط عشرة جرحى"
    assert quote.speaker.text == "الشرطة"


def test_a_phrase_with_fa_after_a_comma_runs_into_its_own_clause() -> None:
    text = "وتراجعت الصادرات، فبحسب وزارة التجارة هناك انخفاض في الطلب الخارجي."
    quote = quote_with(quotes_of(text), "انخفاض")
    assert quote.cue.text == "فبحسب"
    assert quote.content.text == "هناك انخفاض في الطلب الخارجي"
    assert quote.speaker.text == "وزارة التجارة"


# ------------------------------------------------------------------- nominal quotes


def test_a_governed_verbal_noun_of_warning_reports() -> None:
    quote = quote_with(quotes_of("واصلت النقابة التحذير من انهيار القطاع."), "انهيار")
    assert (quote.kind, quote.cue.text, quote.speaker.text) == ("nominal", "التحذير", "النقابة")


def test_a_verbal_noun_joined_by_wa_is_a_report_of_its_own() -> None:
    text = "دأبت المعارضة على التأكيد على نزاهة القضاء والمطالبة بإصلاح الإدارة."
    assert quote_fields(text) == [
        ("nominal", "نزاهة القضاء", "التأكيد", "المعارضة"),
        ("nominal", "بإصلاح الإدارة", "والمطالبة", "المعارضة"),
    ]


def test_any_after_the_verb_opens_its_object_before_a_participle_of_saying() -> None:
    # نفى takes "any link" as its object; the clause after قائلا is the participle's own.
    quotes = quotes_of("لكنه نفى أي علاقة بالحادث، قائلا إن التهم ملفقة.")
    assert [(q.kind, q.cue.text, q.content.text) for q in quotes] == [
        ("nominal", "نفى", "أي علاقة بالحادث"),
        ("indirect", "قائلا", "التهم ملفقة"),
    ]


def test_any_stays_in_the_object_after_a_subject() -> None:
    quote = quote_with(quotes_of("ونفت الشركة أية مسؤولية عن الحادث."), "مسؤولية")
    assert quote.content.text == "أية مسؤولية عن الحادث"


def test_a_complaint_of_a_lack_reports_without_quote_marks() -> None:
    quote = quote_with(quotes_of("ويشكو المزارعون من غياب الدعم الحكومي."), "الدعم")
    assert (quote.kind, quote.speaker.text) == ("nominal", "المزارعون")


def test_a_complaint_of_pain_is_no_report() -> None:
    assert quote_fields("ويشكو اللاعب من آلام في الظهر.") == []


def test_what_a_naming_verb_calls_it_in_quote_marks_is_its_quote() -> None:
    quote = quote_with(quotes_of('ويواصل الجيش ما يسميه "عملية تطهير" في الريف.'), "تطهير")
    assert (quote.kind, quote.cue.text, quote.content.text) == ("direct", "يسميه", "عملية تطهير")


def test_li_on_a_short_verbal_noun_is_what_daa_called_for() -> None:
    quote = quote_with(quotes_of("ودعا الرئيس الحكومة لوقف الإضرابات."), "الإضرابات")
    assert (quote.content.text, quote.speaker.text) == ("لوقف الإضرابات", "الرئيس")


def test_names_called_on_end_the_subject_of_daa() -> None:
    quote = quote_with(quotes_of("دعا ماكرون ألمانيا وإيطاليا لرفع الحواجز الجمركية."), "الحواجز")
    assert (quote.content.text, quote.speaker.text) == ("لرفع الحواجز الجمركية", "ماكرون")


def test_bad_some_is_no_bi_complement() -> None:
    # بعض "some" opens the accused and the subject; the بـ-phrase after them is the content.
    accused = quote_with(quotes_of("وأشاد الوزير بالنتائج، متهما بعض الصحف بنشر الأكاذيب."), "الأكاذيب")
    assert (accused.cue.text, accused.content.text) == ("متهما", "بنشر الأكاذيب")
    demand = quote_with(quotes_of("وطالب بعض النواب بإقالة الوزير."), "الوزير")
    assert (demand.content.text, demand.speaker.text) == ("بإقالة الوزير", "بعض النواب")


# ---------------------------------------------------------------------------- spurious shapes


def test_a_quoted_name_before_a_set_off_day_is_no_quote() -> None:
    text = 'أعلن البنك العربي الأفريقي "أبيك"، الخميس، عن إطلاق خدمة جديدة للدفع.'
    assert [(q.kind, q.content.text) for q in quotes_of(text)] == [("nominal", "إطلاق خدمة جديدة للدفع")]


def test_a_section_title_on_a_situation_noun_has_no_source() -> None:
    doc = Document(id="t", text="وصل الوفد إلى جنيف.\nأزمة المياه: أرقام ودلالات\nوتستمر المفاوضات.\n")
    assert quotes_of(doc) == []


def test_a_headline_speaker_still_gives_its_colon_quote() -> None:
    doc = Document(id="t", text="وصل الوفد إلى جنيف.\nوزير الصحة: الوضع تحت السيطرة\nوتستمر المفاوضات.\n")
    assert [q.content.text for q in quotes_of(doc)] == ["الوضع تحت السيطرة"]


def test_a_negated_clause_after_a_comma_keeps_its_preposition() -> None:
    # في belongs to يرغب, not to يتحدثون "speak (a language)".
    text = "وعلى عكس الطلاب الذين يتحدثون الإنجليزية، لا يرغب المعلمون عن السفر إلى الخارج."
    assert quote_fields(text) == []


# ------------------------------------------------------------------- تقول after a relative


def test_taqul_after_a_relative_before_a_resuming_inna_has_a_speaker() -> None:
    # إنها takes up "the lands": they are what is said about; the feminine verb is no passive.
    text = "وكثفت الطائرات غاراتها على الأهداف داخل الأراضي اللبنانية التي تقول إنها مخازن للأسلحة."
    quote = quote_with(quotes_of(text), "مخازن")
    assert (quote.cue.text, quote.content.text) == ("تقول", "مخازن للأسلحة")


def test_the_masculine_passive_after_a_relative_stays_impersonal() -> None:
    assert quote_fields("وهو الأمر الذي يقال إنه سبب الأزمة.") == []


def test_a_mufaala_noun_before_any_is_the_object_of_a_dropped_subject() -> None:
    quote = quote_with(quotes_of("وتنفي مشاركة أي من عناصرها في الهجوم."), "عناصرها")
    assert (quote.kind, quote.content.text) == ("nominal", "مشاركة أي من عناصرها في الهجوم")


def test_taqul_before_the_pronoun_of_the_matter_is_the_antecedents_report() -> None:
    # إنه (masculine) after التي takes up nothing: the joke itself is what "says".
    assert quote_fields("ويتداول العشاق على نطاق واسع الطرفة التي تقول إنه تبقى منتخب واحد فقط.") == []


def test_an_active_denial_after_a_relative_keeps_its_any_object() -> None:
    # "any" follows the active ينفي, whose subject is the relative's noun, not the passive.
    text = "واتهمت الحكومة الداعية المقيم في الخارج والذي ينفي أي تورط في المحاولة."
    quote = quote_with(quotes_of(text), "تورط")
    assert (quote.kind, quote.content.text) == ("nominal", "أي تورط في المحاولة")


def test_a_feminine_perfect_after_a_relative_is_no_impersonal_passive() -> None:
    # The passive perfect is قيل; قالت has the relative's noun for its subject.
    assert quote_fields('وكانت هي التي قالت: "هذه المأدبة غير مقبولة".') == [
        ("direct", "هذه المأدبة غير مقبولة", "قالت", None)
    ]


def test_a_colon_after_a_relative_and_its_verb_is_a_report() -> None:
    # The impersonal passive (يُقال) reports with إنّ, never with a colon.
    assert quote_fields('وكان هو الذي يقول: "الاندماج يحتاج إلى وقت".') == [
        ("direct", "الاندماج يحتاج إلى وقت", "يقول", None)
    ]


def test_the_feminine_passive_of_a_verb_with_an_object_stays_no_report() -> None:
    # وُصفت "was described": a verb with an object has a personal passive, feminine with its noun.
    assert quote_fields("وأشاد التقرير بالإصلاحات الأخيرة التي وصفت على نطاق واسع بأنها إيجابية.") == []
