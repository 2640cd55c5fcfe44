"""Quote round s17/a108: where a person's name ends, so that it does not run on into the verb or
noun after it (name_ends.closed_name).

- A regnal ordinal closes a ruler's name ("الملك محمد السادس ملف الهجرة"); only بن goes on
  ("عبد الله الثاني بن الحسين").
- A whole nasab, بن + the father's name, closes a name before a verb or noun written once
  ("الشيخ جابر بن سالم قرر"); a family name goes on: one with the article, one in ي, or one
  the document writes again ("علي بن هادي راجحي"، "وأضاف حميدان").
- After a given and a family name, a verbal noun of the derived forms ("إيمانويل ماكرون إعلان")
  or an imperfect verb written once before more words ("جينا مور تقاضي منتج") begins a phrase.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_regnal_ordinal_closes_the_name() -> None:
    text = (
        "بحث العاهل المغربي الملك محمد السادس ملف الهجرة مع رئيس الحكومة الإسبانية أمس. "
        "وقال العاهل المغربي إن بلاده تريد شراكة متوازنة في هذا الملف."
    )
    assert quote_with(quotes_of(text), "شراكة متوازنة").speaker_name == "محمد السادس"


def test_only_bin_goes_on_after_the_ordinal() -> None:
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني بن الحسين وفدا أمريكيا. "
        "وقال العاهل الأردني إن السلام خيار استراتيجي."
    )
    assert quote_with(quotes_of(text), "خيار استراتيجي").speaker_name == "عبد الله الثاني بن الحسين"


def test_a_whole_nasab_closes_the_name_before_a_verb() -> None:
    text = (
        "أعلن الديوان الأميري أن أمير البلاد الشيخ جابر بن سالم قرر صرف منحة للمتقاعدين. "
        "وقال أمير البلاد إن المتقاعدين يستحقون التكريم."
    )
    assert quote_with(quotes_of(text), "يستحقون التكريم").speaker_name == "جابر بن سالم"


def test_a_whole_nasab_closes_the_name_before_a_perfect_of_the_second_form() -> None:
    text = (
        "ذكرت الوكالة أن ملك البحرين الملك حمد بن عيسى كلف الحكومة بإعداد خطة. "
        "وقال ملك البحرين إن الخطة ضرورية."
    )
    assert quote_with(quotes_of(text), "الخطة ضرورية").speaker_name == "حمد بن عيسى"


def test_a_family_name_in_ya_goes_on_after_the_nasab() -> None:
    text = (
        "أوضح مدير المشروع المهندس سالم بن ناصر عسيري أن الأعمال تسير وفق الجدول. "
        "وقال مدير المشروع إن المرحلة الثانية تبدأ قريبا."
    )
    assert quote_with(quotes_of(text), "المرحلة الثانية").speaker_name == "سالم بن ناصر عسيري"


def test_a_family_name_written_again_goes_on_after_the_nasab() -> None:
    text = (
        "أكد رئيس النادي خالد بن فهد حميدان أن الفريق جاهز. وقال رئيس النادي إن حميدان لا يفكر "
        "في الاستقالة، وأضاف حميدان أن الجماهير تستحق الفوز."
    )
    assert quote_with(quotes_of(text), "الجماهير تستحق").speaker_name == "خالد بن فهد حميدان"


def test_a_family_name_with_al_goes_on_after_the_nasab() -> None:
    text = (
        "دعا أمير منطقة الجوف الأمير فيصل بن نواف آل سعود المواطنين إلى الحذر. "
        "وقال أمير المنطقة إن الأمطار غزيرة."
    )
    assert quote_with(quotes_of(text), "الأمطار غزيرة").speaker_name == "فيصل بن نواف آل سعود"


def test_a_derived_verbal_noun_after_a_full_name_is_no_name_word() -> None:
    text = "يعتزم الرئيس الفرنسي إيمانويل ماكرون إعلان إصلاحات جديدة غدا. وقال إن فرنسا تحتاج إلى التغيير."
    assert quote_with(quotes_of(text), "تحتاج إلى").speaker_name == "إيمانويل ماكرون"


def test_an_imperfect_verb_after_a_full_name_is_no_name_word() -> None:
    text = "الممثلة جينا مور تقاضي منتج فيلمها الأخير. وقالت الممثلة إن المنتج خدعها."
    assert quote_with(quotes_of(text), "المنتج خدعها").speaker_name == "جينا مور"


def test_a_definite_noun_and_its_adjective_after_the_nasab_are_the_object() -> None:
    text = (
        "وأقر مجلس الوزراء برئاسة الشيخ سالم بن ناصر الخطة الوطنية للطاقة. "
        "وقال الشيخ سالم إن الخطة تحمي الموارد."
    )
    assert "الخطة" not in (quote_with(quotes_of(text), "تحمي الموارد").speaker_name or "")
