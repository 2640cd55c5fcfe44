"""Quote stage, attribution round 30 on issue 19: a bare title speaker takes the name of the one
person the document pairs with that office in another form. A country and its nisba read alike
("الرئيس الكوري الجنوبي" ~ "رئيس كوريا الجنوبية مون جاي إن"), and a counterpart ("نظيره القطري")
is the one person the document titles with that country. A pairing is taken only when it is
unique: a second holder of the office, or a second person of that country, leaves the title.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Mention


def test_a_nisba_title_takes_the_sole_holder_named_with_the_country() -> None:
    text = (
        "قال رئيس كوريا الجنوبية مون جاي إن اليوم إن القمة نجحت. وصرح مون للصحافيين أن المحادثات جيدة. "
        "كما قال الرئيس الكوري الجنوبي إنه دعا الطرفين إلى الحوار."
    )
    assert quote_with(quotes_of(text), "دعا الطرفين").speaker_name == "مون جاي"


def test_a_nisba_title_of_another_country_stays_a_title() -> None:
    text = (
        "قال رئيس كوريا الجنوبية مون جاي إن اليوم إن القمة نجحت. وصرح مون للصحافيين أن المحادثات جيدة. "
        "كما قال الرئيس الكوري الشمالي إنه دعا الطرفين إلى الحوار."
    )
    assert quote_with(quotes_of(text), "دعا الطرفين").speaker_name == "الرئيس الكوري الشمالي"


def test_a_counterpart_is_the_one_person_titled_with_its_country() -> None:
    text = (
        "قال وزير الخارجية السعودي عادل الجبير إن الأزمة طويلة. وأكد نظيره القطري أن الحوار ممكن. "
        "وقال وزير الخارجية القطري محمد آل ثاني في نيويورك إن بلاده منفتحة."
    )
    assert quote_with(quotes_of(text), "الحوار ممكن").speaker_name == "محمد آل ثاني"


def test_a_counterpart_stays_when_two_people_hold_posts_of_its_country() -> None:
    text = (
        "قال وزير الخارجية السعودي عادل الجبير إن الأزمة طويلة. وأكد نظيره القطري أن الحوار ممكن. "
        "وقال رئيس الوزراء القطري عبد الله آل ثاني إن الحصار ظالم. "
        "وقال وزير الخارجية القطري محمد آل ثاني في نيويورك إن بلاده منفتحة."
    )
    assert quote_with(quotes_of(text), "الحوار ممكن").speaker_name == "نظيره القطري"


def _with_places(text: str, *places: str) -> Document:
    """A document whose earlier stages found each of ``places`` where it stands alone."""
    mentions = [
        Mention(k, k + len(place), place, "LOC")
        for place in places
        for k in range(len(text))
        if text.startswith(place, k) and (k == 0 or text[k - 1] == " ")
    ]
    return Document(id="t", text=text, mentions=sorted(mentions, key=lambda m: m.start))


def test_a_name_after_the_place_of_the_post_is_the_speaker_and_the_holder() -> None:
    text = (
        "أعلن سفير هولندا بتونس يان فيرمير، خلال زيارة إلى صفاقس، أن بلاده ستمول المشروع. "
        "وأوضح سفير دولة هولندا بتونس أن التمويل يشمل تكوين الشبان. وزار الوفد تونس أمس."
    )
    quotes = quotes_of(_with_places(text, "صفاقس", "تونس"))
    assert quote_with(quotes, "ستمول المشروع").speaker_name == "يان فيرمير"
    assert quote_with(quotes, "تكوين الشبان").speaker_name == "يان فيرمير"


def test_a_phrase_and_its_adjective_after_the_place_are_no_name() -> None:
    text = "قالت رئيسة وزراء هولندا لفترة طويلة إن الصحافة تحتاج إلى الهدوء. وزارت هولندا الأسبوع الماضي."
    quotes = quotes_of(_with_places(text, "هولندا"))
    assert quote_with(quotes, "الصحافة تحتاج").speaker_name != "لفترة طويلة"
