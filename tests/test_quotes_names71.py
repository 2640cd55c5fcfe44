"""Quote round a71: posts, outlets and their names.

- "قال X رئيس حزب الأمل الوطني ورئيس البرلمان الأسبق إن …": a post whose genitive is a body
  noun in construct ("حزب الأمل") is definite by the end of the chain and stands in apposition
  after the name, as "وزير النقل" does; a second post joined by و is the same person's, and each
  post later stands for that person.
- "وترى الصحيفة": an outlet's head noun with the article refers back to the outlet the text
  named, never to a person's name that ends in that word; an outlet's foreign name ("صحيفة نيو
  داي تايمز كتبت") is read in full up to the verb it is the subject of.
- "افتتاحية الصحيفة تقول": an editorial is its paper's text; the paper is the source.
- "نادي X والرئيس الشرفي …": a body's name ends before a second post joined by و.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_post_over_a_body_construct_after_the_name() -> None:
    text = (
        "قال سامي الورتاني رئيس حزب الأمل الوطني إن الحزب يستعد للانتخابات. "
        "وأكد رئيس حزب الأمل الوطني أن الوضع الاقتصادي صعب."
    )
    assert quote_with(quotes_of(text), "الوضع الاقتصادي").speaker_name == "سامي الورتاني"


def test_second_post_joined_by_wa_is_the_same_person() -> None:
    text = (
        "قال سامي الورتاني رئيس حزب الأمل الوطني ورئيس البرلمان الأسبق إن الحزب يستعد للانتخابات. "
        "واعتبر رئيس البرلمان الأسبق أن الحوار ضروري."
    )
    assert quote_with(quotes_of(text), "الحوار ضروري").speaker_name == "سامي الورتاني"


def test_outlet_head_refers_back_to_the_outlet_in_full() -> None:
    text = (
        "افتتاحية الصحيفة تناولت الانتخابات. "
        "صحيفة نيو داي تايمز كتبت إن الحكومة تواجه أزمة، وترى الصحيفة أن الحل في الحوار."
    )
    assert quote_with(quotes_of(text), "الحل في الحوار").speaker_name == "صحيفة نيو داي تايمز"


def test_editorial_is_its_papers_text() -> None:
    text = (
        "صحيفة لوسوار البلجيكية قالت إن الأزمة طويلة. افتتاحية الصحيفة تقول إن الحكومة أخطأت في تقدير الموقف."
    )
    assert quote_with(quotes_of(text), "الحكومة أخطأت").speaker_name == "صحيفة لوسوار البلجيكية"


def test_body_name_ends_before_a_coordinated_post() -> None:
    text = (
        "وكان رجل الأعمال سعيد الفاسي مالك نادي النجوم والرئيس الشرفي لاتحاد الكرة قد انسحب. "
        "وقال النادي إن القرار نهائي."
    )
    assert quote_with(quotes_of(text), "القرار نهائي").speaker_name == "نادي النجوم"


def test_outlet_head_is_no_persons_family_name() -> None:
    text = (
        "صحيفة لوسوار البلجيكية قالت إن الأزمة طويلة. "
        "افتتاحية الصحيفة تقول إن الحكومة أخطأت في تقدير الموقف. "
        "صحيفة نيو داي تايمز كتبت إن الحكومة تواجه أزمة، وترى الصحيفة أن الحل في الحوار."
    )
    assert quote_with(quotes_of(text), "الحل في الحوار").speaker_name == "صحيفة نيو داي تايمز"
