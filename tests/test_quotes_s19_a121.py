"""Quote round a121: counterparts, issuers of reports.

- A counterpart ("نظيره اليوناني X") holds the post of the pronoun's owner for the nisba's
  country: "وزير الدفاع اليوناني", before or after, is X.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.document import Document, Entity, Mention
from qawl.pipeline import Pipeline

_COUNTERPART = (
    "قال وزير الدفاع التركي خلوصي أكار إن بلاده تريد الحوار. "
    "وأكد وزير الدفاع اليوناني أن المحادثات كانت مثمرة. "
    "والتقى {owner} أمس نظيره اليوناني نيكوس بانايوتوبولوس في أنقرة. "
    "وأضاف بانايوتوبولوس أن البلدين سيواصلان الحوار."
)


def test_counterpart_holds_the_owners_post_for_his_country() -> None:
    text = _COUNTERPART.format(owner="الوزير التركي")
    assert quote_with(quotes_of(text), "مثمرة").speaker_name == "نيكوس بانايوتوبولوس"


def test_counterpart_of_a_named_owner_holds_his_post() -> None:
    text = _COUNTERPART.format(owner="أكار")
    assert quote_with(quotes_of(text), "مثمرة").speaker_name == "نيكوس بانايوتوبولوس"


def test_counterpart_of_the_same_country_is_no_holder() -> None:
    # The owner's country and the counterpart's are one: no other country's post to give.
    text = (
        "قال وزير الدفاع اليوناني إن المحادثات كانت مثمرة. "
        "والتقى الوزير اليوناني أمس نظيره اليوناني نيكوس بانايوتوبولوس في أثينا."
    )
    assert quote_with(quotes_of(text), "مثمرة").speaker_name == "وزير الدفاع اليوناني"


def test_counterpart_of_a_portfolio_leaves_the_bare_post_to_its_owner() -> None:
    # "وزير الداخلية" names a portfolio, no country: the counterpart gets no post of it, and
    # "الوزير" stays the minister named with that post.
    text = (
        "قال وزير الداخلية، سليم الورتاني، بحضور نظيره المالطي، جوزيف كاميليري، إن الحدود آمنة. "
        'وقال الوزير "إن التعاون بين البلدين مهم جدا". '
        "وكان رئيس الحكومة استقبل وزير الداخلية المالطي جوزيف كاميليري."
    )
    assert quote_with(quotes_of(text), "التعاون").speaker_name == "سليم الورتاني"


def test_family_name_of_a_holder_after_the_posts_seat_is_filled_out() -> None:
    text = (
        'أكد زعيم "حراك الجنوب" سامي الورداني أثناء مثوله أمام المحكمة أن الحركة سلمية. '
        "وأضاف الورداني أن المحاكمة سياسية."
    )
    assert quote_with(quotes_of(text), "سياسية").speaker_name == "سامي الورداني"


def test_a_listed_given_name_opens_the_holder_after_a_seat() -> None:
    # "جامعة أوكلاند تكنولوجي": the words before the given name end the seat, not the name.
    text = (
        "قال رئيس قسم الهندسة في جامعة أوكلاند تكنولوجي ديفيد هاربر إن الطلب يزداد. "
        "وأضاف هاربر أن الجامعة ستفتح فرعا جديدا."
    )
    names = [q.speaker_name for q in quotes_of(text)]
    assert names == ["ديفيد هاربر", "ديفيد هاربر"]


def test_a_noun_under_a_preposition_is_no_holder_of_the_post() -> None:
    # "ائتلاف المعارضة بزعامة X": "بزعامة" is "led by", no given name of the speaker.
    text = (
        "وقال جوكو ويدودو إن الانتخابات نزيهة. وفاز ائتلاف المعارضة بزعامة ويدودو بالأغلبية. "
        "وقال ويدودو إنه سيشكل الحكومة قريبا."
    )
    assert quote_with(quotes_of(text), "الحكومة").speaker_name == "جوكو ويدودو"


def test_an_investigation_by_an_agency_is_the_agencys() -> None:
    text = (
        "وكشف تحقيق استقصائي لرويترز أن البحيرة فقدت نصف مياهها خلال عشر سنوات. "
        "وأضاف التحقيق أن الصيادين هجروا قراهم."
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["رويترز", "رويترز"]


def test_two_word_agency_under_li_is_the_issuer(pipeline: Pipeline) -> None:
    text = "وذكر تقرير لفرانس برس أن المفاوضات توقفت منذ أسبوعين."
    assert speakers_and_names(pipeline, text) == [("تقرير لفرانس برس", "وكالة فرانس برس")]


def test_an_utterance_given_to_an_agency_is_not_the_agencys(pipeline: Pipeline) -> None:
    text = "وقال وزير النفط في مؤتمر صحفي إن الإنتاج سيرتفع. وجاء في تصريح لرويترز أن الشركة ستغلق مصانعها."
    assert speakers_and_names(pipeline, text)[-1] == ("تصريح لرويترز", "تصريح لرويترز")


def test_a_family_name_is_not_filled_out_with_another_persons_name() -> None:
    text = (
        "قالت السناتورة كامالا هاريس إن الحزب موحد. ونافس الرئيس جو بايدن على الترشيح. "
        "وفي السياسة الخارجية أيد هاريس بايدن في مواقفه. وقالت هاريس إن الانتخابات ستكون صعبة."
    )
    run = "هاريس بايدن"
    start = text.index(run)
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + len(run), run, "PER", entity="e1")],
        entities=[Entity("e1", "PER", run, None, [0])],
    )
    assert quote_with(quotes_of(doc), "صعبة").speaker_name == "كامالا هاريس"
