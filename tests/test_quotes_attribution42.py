"""Attribution round 42: who speaks in a clause that describes a speech, and subjects of clauses
that report nothing.

- "كلمة أردوغان التي قال خلالها"، "تصريحات لوزير … X، …، قال فيها": the relative's pronoun is
  in فيها/خلالها, so its antecedent is the speech, not the speaker; the verb's dropped subject is
  the speech's author, named with the speech noun (its genitive, its ل-phrase, or the subject of a
  verb that takes it back as به: "تقرير بعث به السفير").
- "بعد أيام من الجدل، حول الصورة …، خرجت الفتاة المحجبة عن صمتها وقالت": adverbials may be fronted
  one after another, each with its comma; the main clause's verb comes after the last.
- "وقالت إنها …، بحسب ما ذكرت صحيفة الشروق. كما أكدت": the outlet that relayed the words just
  quoted is not who goes on speaking.
- "واكتفى المدرب الفرنسي بالقول إن": بالقول says how the verb's subject spoke; the noun phrase
  between the verb and it is the speaker.
- "X، وهو …، قد أهدى والدتها تلك الساعة": قد with no conjunction goes on with a subject named
  before it; the noun after its verb is the object, no antecedent of later cues.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

SAID = "وقال الوزير كمال الهادي إن الوضع مستقر. "


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_speech_genitive_is_the_speaker_of_a_relative_on_the_speech() -> None:
    text = SAID + "وبثت القناة كلمة الرئيس أحمد سالم التي قال خلالها إن البلاد بخير."
    assert _name(text, "البلاد بخير") == "أحمد سالم"


def test_li_phrase_title_and_name_is_the_author_of_the_statements() -> None:
    text = (
        "وجاء البيان بعد تصريحات لوزير الخارجية سامي العلوي، الخميس خلال جلسة بالبرلمان، "
        "قال فيها إن العلاقات ممتازة."
    )
    assert _name(text, "العلاقات ممتازة") == "سامي العلوي"


def test_subject_of_a_verb_taking_the_report_back_with_bihi_is_its_author() -> None:
    text = (
        SAID
        + "واستند التقييم إلى تقرير كان قد بعث به السفير الفرنسي في تونس إلى باريس، قال فيه إن الوضع هادئ."
    )
    assert _name(text, "الوضع هادئ") == "السفير الفرنسي"


def test_speech_with_no_author_named_goes_on_with_the_speaker_before() -> None:
    text = SAID + "وفي كلمة مقتضبة قال خلالها إن البلاد بخير."
    assert _name(text, "البلاد بخير") == "كمال الهادي"


def test_relative_without_a_pronoun_of_the_speech_keeps_its_antecedent() -> None:
    text = SAID + "وحضر اللقاء رئيس الحزب سمير بكار الذي قال إن الحزب جاهز."
    assert _name(text, "الحزب جاهز") == "سمير بكار"


def test_second_fronted_adverbial_leads_to_the_main_verb_and_its_subject() -> None:
    text = (
        "بعد أيام من الجدل، حول الصورة التي انتشرت على مواقع التواصل، خرج المدرب الفرنسي "
        "عن صمته وقال إن الفريق بخير."
    )
    assert _name(text, "الفريق بخير") == "المدرب الفرنسي"


def test_sentence_opening_with_a_noun_is_no_fronted_adverbial() -> None:
    text = (
        "وقالت الوزيرة سلمى العلوي إن الوضع مستقر. الصورة التي انتشرت على مواقع التواصل، حول "
        "الحادث الأخير، أثارت جدلا واسعا. وأضافت أن التحقيق مستمر."
    )
    assert _name(text, "التحقيق مستمر") == "سلمى العلوي"


def test_relaying_outlet_after_a_quote_does_not_go_on_speaking() -> None:
    text = (
        "بعد أيام من الجدل، خرجت الفتاة المحجبة عن صمتها وقالت إنها كانت تساعد الجرحى، بحسب ما "
        "ذكرت صحيفة الشروق. كما أكدت أنها صدمت."
    )
    assert _name(text, "صدمت") == "الفتاة المحجبة"


def test_source_phrase_of_its_own_quote_goes_on_speaking() -> None:
    text = SAID + "وقتل خمسة أشخاص في الحادث، بحسب ما ذكرت وكالة الأنباء. وأضافت أن التحقيق مستمر."
    assert _name(text, "التحقيق مستمر") == "وكالة الأنباء"


def test_noun_after_qad_without_conjunction_is_the_object() -> None:
    text = (
        "وقالت الوزيرة سلمى العلوي إن الوضع مستقر. وتؤكد مريم أن جدها، وهو أول طبيب في القرية، قد "
        "أهدى والدتها تلك الساعة الثمينة. وقالت إنها وجدتها لاحقا في المنزل."
    )
    assert _name(text, "وجدتها لاحقا") == "مريم"


def test_subject_after_kana_qad_and_verb_is_still_the_subject() -> None:
    text = (
        "وقالت الوزيرة سلمى العلوي إن الوضع مستقر. وكانت قد أعلنت الحكومة المغربية إجراءات جديدة، "
        "وقالت إنها ستطبق فورا."
    )
    assert _name(text, "ستطبق فورا") == "الحكومة المغربية"


def test_subject_of_the_verb_bil_qawl_completes_is_the_speaker() -> None:
    text = SAID + "وغاب المهاجم عن المباراة، واكتفى المدرب الفرنسي بالقول بعد المباراة إن الجميع بخير."
    assert _name(text, "الجميع بخير") == "المدرب الفرنسي"


def test_bil_qawl_after_a_verb_with_no_subject_goes_on_with_the_speaker_before() -> None:
    text = SAID + "وغاب المهاجم عن المباراة، واكتفى بالقول بعد المباراة إن الجميع بخير."
    assert _name(text, "الجميع بخير") == "كمال الهادي"
