"""Attribution round 52: short titles and roles resolved to the holder the story named earlier.

- "أفاد مدير … بوزارة الفلاحة سامي بن يوسف اليوم الثلاثاء، أن …": the holder named after the
  rest of the post, the time adverbial set off by a comma before the report.
- "بحضور الوزير المغربي للشؤون الإفريقية … وجامعة الدول العربية، حسن البقالي،": a holder set
  between two commas after the rest of the post is named there once; "الوزير المغربي" later
  is he, while the bare "الوزير" is the unmarked holder ("وزير التجارة، كمال الورتاني").
- "وأوضح المسؤول الجهوي"، "ودعا النقابي": a definite role with only relational adjectives is
  the person the article is quoting, when it introduced no "مسؤول …" and the gender agrees.
"""

from __future__ import annotations

from quote_helpers import record_quotes

from qawl.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> list[str | None]:
    return [q["speaker_name"] for q in record_quotes(pipeline, text)]


def test_name_after_post_then_time_words_and_comma(pipeline: Pipeline) -> None:
    # The ministry is named alone later, so the parser closes the title at "بوزارة".
    text = (
        "أفاد مدير المخابر المركزية بوزارة الفلاحة سامي بن يوسف اليوم الثلاثاء، أن الموسم جيد. "
        "وأكد بن يوسف أن الخطة التي أعدتها وزارة الفلاحة ستنفذ."
    )
    assert _names(pipeline, text) == ["سامي بن يوسف", "سامي بن يوسف"]


_TWO_MINISTERS = (
    "افتتح وزير التجارة، كمال الورتاني، المعرض بحضور الوزير المغربي للشؤون الإفريقية والتعاون "
    "الدولي وجامعة الدول العربية، حسن البقالي، في العاصمة. وأكد الوزير أن المبادلات ارتفعت. "
    'من جانبه، أشاد الوزير المغربي بالتعاون، واصفا إياه ب"الممتاز".'
)


def test_holder_between_commas_after_the_post(pipeline: Pipeline) -> None:
    # "أشاد" reports nothing; "واصفا" continues its subject, the Moroccan minister.
    assert _names(pipeline, _TWO_MINISTERS)[-1] == "حسن البقالي"


def test_bare_title_is_the_unmarked_holder(pipeline: Pipeline) -> None:
    assert _names(pipeline, _TWO_MINISTERS)[0] == "كمال الورتاني"


def test_bare_title_after_a_nisba_title_alone(pipeline: Pipeline) -> None:
    # Look-alike: the only holder has a nisba, and the bare title is still he.
    text = "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. وأضاف الرئيس أن بلاده ستنسحب."
    assert _names(pipeline, text) == ["دونالد ترامب", "دونالد ترامب"]


def test_role_with_relational_adjective_is_the_person_quoted(pipeline: Pipeline) -> None:
    text = (
        "تحدث سامي القلال، وهو مشرف بالمندوبية الجهوية للفلاحة، عن الموسم. "
        "وأوضح المسؤول الجهوي أن الإنتاج ارتفع."
    )
    assert _names(pipeline, text) == ["سامي القلال", "سامي القلال"]


def test_role_does_not_take_a_person_of_the_other_gender(pipeline: Pipeline) -> None:
    text = "قالت سلمى القلال إن الموسم جيد. وأوضح المسؤول الجهوي أن الإنتاج ارتفع."
    assert _names(pipeline, text)[1] != "سلمى القلال"


def test_role_after_an_introduced_official_is_that_official(pipeline: Pipeline) -> None:
    # Look-alike: "مسؤول جهوي" was introduced; the definite role points back to it, not to the
    # person quoted in between.
    text = (
        "قال مسؤول جهوي بالفلاحة إن الموسم جيد. وقال سامي القلال إن الأمطار كافية. "
        "وأوضح المسؤول الجهوي أن الإنتاج ارتفع."
    )
    assert _names(pipeline, text)[2] != "سامي القلال"


def test_unionist_is_the_union_official_quoted(pipeline: Pipeline) -> None:
    text = (
        "أكد الكاتب العام للنقابة الأساسية للبريد منصف الحامدي أن الإضراب قائم. "
        "ودعا النقابي إلى الحوار مع الإدارة."
    )
    assert _names(pipeline, text) == ["منصف الحامدي", "منصف الحامدي"]
