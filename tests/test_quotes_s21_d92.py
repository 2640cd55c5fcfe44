"""Quote round d92: chants and quoted sayings in a series, governed verbal nouns, content ends.

- A series of quoted sayings after a verb of saying or chanting is linked by و/أو, by a comma
  alone or by nothing at all ('هتفوا "…"، "…" أو "…"'، 'يصرخون "…" "…"'): one quote per pair,
  however many pairs.
- After a noun of utterances and the word that brings its examples ("ورددوا شعارات مثل "…""،
  "عبارات من قبيل "…" و"…""), the pairs are what was chanted; past any other noun ("في أعمال مثل
  "…" و"…"") they stay names.
- A straight closing mark with none open closes a « the text never closes ('«لا للظلم"').
- A cue word that gives no frame does not end the content it stands in: a verb that reports
  only through its complementizer, with none after it and no definite subject right after it
  ("أن نتائج الفحوص …، أظهرت إصابة 40 عاملا"), and ردّد before one quoted word ('وردد "أكاذيب"').
  With its own subject ("، وقدرت الحكومة الخسائر …") or its own content it still ends it.
- A verbal noun of saying after a verb of causing, striving or taking care reports: "دفع X إلى
  الإعلان عن …" (X the source), "يسعى X لنفي …"، "حرص X على توضيح …" (the subject the source).
  In construct its genitive is the content; a noun of a verb with an object first (وصف) keeps
  its verb's frame ("لوصف القرار بالمتسرع"). Not negated, and not with no one pushed.
"""

from __future__ import annotations

from quote_helpers import quote_fields

from qawl.extractors.quotes.marks import pair_marks


def _contents(text: str) -> list[str]:
    return [q[1] for q in quote_fields(text)]


def test_a_series_linked_by_a_comma_and_or() -> None:
    text = 'وهتف المتظاهرون أمام البرلمان "ارحل يا وزير"، "لا للغلاء" أو "الخبز حق". ثم تفرقوا بهدوء.'
    assert _contents(text) == ["ارحل يا وزير", "لا للغلاء", "الخبز حق"]


def test_a_series_of_three_linked_by_wa() -> None:
    text = 'وهتف المشجعون "عاش الفريق" و"نحن معكم" و"إلى الأمام". ثم غادروا الملعب.'
    assert _contents(text) == ["عاش الفريق", "نحن معكم", "إلى الأمام"]


def test_pairs_written_side_by_side() -> None:
    text = 'وكان الطلاب يهتفون "نريد العمل" "كفى فسادا"، ثم تفرقوا بهدوء.'
    assert _contents(text) == ["نريد العمل", "كفى فسادا"]


def test_chants_after_a_noun_of_utterances_and_min_qabil() -> None:
    text = 'ورفع الطلاب لافتات وكانوا يرددون شعارات من قبيل "التعليم حق" و"لا للرسوم". ثم تفرقوا.'
    assert _contents(text) == ["التعليم حق", "لا للرسوم"]


def test_chants_after_a_noun_of_utterances_and_mithl() -> None:
    text = 'وردد المحتجون هتافات مثل "لا للتمديد" و"الشعب يقرر". ثم تفرقوا بهدوء.'
    assert _contents(text) == ["لا للتمديد", "الشعب يقرر"]


def test_names_after_another_noun_and_mithl_stay_names() -> None:
    assert quote_fields('وكتب الروائي أعمالا مثل "الطريق" و"السراب". ثم توقف عن الكتابة.') == []
    assert quote_fields('وهتف المشجعون بأسماء لاعبين مثل "الخطيب" و"حسام". ثم غادروا.') == []


def test_a_straight_mark_closes_a_guillemet_never_closed() -> None:
    text = 'وهتف المحتجون «لا للظلم"، ثم تفرقوا بهدوء.'
    assert _contents(text) == ["لا للظلم"]
    assert [tuple(p) for p in pair_marks(text)] == [(text.index("«"), text.index('"'))]


def test_a_guillemet_closed_later_keeps_its_own_mark() -> None:
    text = 'وقال الوزير «نحن نرفض" الحلول المؤقتة» ثم غادر.'
    assert [tuple(p) for p in pair_marks(text)] == [(text.index("«"), text.index("»"))]


def test_titles_listed_after_a_colon_are_no_series_of_sayings() -> None:
    contents = _contents('كتب الروائي روايات شهيرة مثل: "الطريق"، "السراب" و"اللص والكلاب". ثم توقف.')
    assert "السراب" not in contents and "اللص والكلاب" not in contents


def test_a_showing_verb_without_its_clause_goes_on_with_the_content() -> None:
    text = "وأفاد مسعفون أن نتائج الفحوص التي أجريت للعمال في المصنع، أظهرت إصابة 40 عاملا بالتسمم الحاد."
    assert _contents(text) == ["نتائج الفحوص التي أجريت للعمال في المصنع، أظهرت إصابة 40 عاملا بالتسمم الحاد"]


def test_a_showing_verb_with_its_own_clause_or_subject_still_ends_the_content() -> None:
    text = "وأفاد مسعفون أن العمال نقلوا إلى المستشفى، وأظهرت الفحوص أن 40 منهم مصابون بالتسمم."
    assert _contents(text)[0] == "العمال نقلوا إلى المستشفى"
    text = "وأكد الخبير أن الإنتاج تراجع كثيرا هذا العام، وقدرت الحكومة الخسائر بملايين الدولارات."
    assert _contents(text) == ["الإنتاج تراجع كثيرا هذا العام"]


def test_a_term_repeated_goes_on_with_the_content() -> None:
    text = 'واعتبر النائب أن الوزير تجاوز صلاحياته وردد "أكاذيب" خلال الجلسة الأخيرة للبرلمان.'
    assert _contents(text) == ['الوزير تجاوز صلاحياته وردد "أكاذيب" خلال الجلسة الأخيرة للبرلمان']
    text = 'واعتبر النائب أن الوزير تجاوز صلاحياته وردد "لن نسمح بالفساد" خلال الجلسة.'
    assert _contents(text) == ["الوزير تجاوز صلاحياته", "لن نسمح بالفساد"]


def test_pushed_to_announce() -> None:
    text = "وتأخرت الرحلات ساعات طويلة، ما دفع إدارة المطار إلى الإعلان عن تعويض المسافرين المتضررين."
    assert quote_fields(text) == [("nominal", "تعويض المسافرين المتضررين", "الإعلان", "إدارة المطار")]


def test_pushed_to_order_with_a_title_before_a_name() -> None:
    text = "وتكررت الحوادث في المنجم، ما دفع العاهل المغربي محمد السادس إلى الإيعاز بفتح تحقيق في الأمر."
    [(kind, content, cue, speaker)] = quote_fields(text)
    assert (kind, content, cue) == ("nominal", "بفتح تحقيق في الأمر", "الإيعاز")
    assert speaker is not None and speaker.startswith("العاهل المغربي")


def test_pushed_to_describe_keeps_the_object_first() -> None:
    assert quote_fields("وهو ما دفع الوزيرة لوصف القرار بالمتسرع.") == [
        ("nominal", "بالمتسرع", "لوصف", "الوزيرة")
    ]


def test_striving_to_deny_after_a_time() -> None:
    text = "ويسعى الاتحاد منذ أشهر لنفي الأخبار المتداولة عن إفلاسه."
    assert quote_fields(text) == [("nominal", "الأخبار المتداولة عن إفلاسه", "لنفي", "الاتحاد")]


def test_taking_care_to_explain() -> None:
    text = "وحرص المدرب على توضيح أسباب استبعاد اللاعب من التشكيلة."
    assert quote_fields(text) == [("nominal", "أسباب استبعاد اللاعب من التشكيلة", "توضيح", "المدرب")]


def test_no_one_pushed_and_negated_care_report_nothing() -> None:
    assert quote_fields("وهو ما دفع إلى الإعلان عن تأجيل الانتخابات.") == []
    assert quote_fields("ولم يحرص الوزير على توضيح موقفه من الأزمة.") == []


def test_a_clause_only_verb_with_its_conjunction_or_complement_still_ends_the_content() -> None:
    text = "واعتبرت المنظمة أن الإجراء سيزيد التسرب من المدارس، وقدرت فقدان ثلاثة ملايين طفل حقهم في التعليم."
    assert _contents(text) == ["الإجراء سيزيد التسرب من المدارس"]
    text = "وإذ اعتبرت الوزيرة أن التجارة مهمة للبلدين، أشادت بالسياسة الأوروبية في المنطقة."
    assert _contents(text) == ["التجارة مهمة للبلدين"]


def test_effort_nouns_and_non_saying_aims_report_nothing() -> None:
    assert quote_fields("وهو سعي حثيث للقول إن الأزمة انتهت.") == []
    assert quote_fields("ويسعى النادي لرد اعتباره أمام منافسه.") == []
    assert quote_fields("ودفع القرار بالشركات إلى التهديد بوقف الاستثمار.") == []
    assert quote_fields("وحرصت الجمعية على نقل خبراتها إلى الشباب.") == []
    assert quote_fields("ويسعى الفريق إلى تأكيد صدارته في الدوري.") == []
