"""Quote round s17/a109: a clean speaker_name, without an attached clitic or a case ending.

- An indefinite source noun in the accusative (the noun of لكن/إن, "لكن مصدرا قال") is named in
  the nominative, the alif of its tanwin off it and off the adjectives that agree with it
  (resolve._without_accusative_alif); a dual in construct ("مؤلفا الكتاب") keeps its alif.
- A person's mention that covers exactly half the speaker span does not head it: "سفير فرنسا"
  is the ambassador, named by the title index, not France (names.EntityLookup.heading).
- The و that joins a person to the one named before ("بن رودس وكولين كال") is no part of the
  second person's name, though the mention took it in (names.person_entity_name).
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention


def _with_mentions(text: str, linked: list[tuple[str, str, str, str]]) -> Document:
    """The text with every occurrence of each (word, label, entity id, entity name) linked."""
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    for word, label, entity_id, name in linked:
        entity = entities.setdefault(entity_id, Entity(entity_id, label, name, None, []))
        start = text.find(word)
        while start >= 0:
            entity.mentions.append(len(mentions))
            mentions.append(Mention(start, start + len(word), word, label, entity=entity_id))
            start = text.find(word, start + 1)
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    renumber = {old: new for new, old in enumerate(order)}
    for entity in entities.values():
        entity.mentions = sorted(renumber[k] for k in entity.mentions)
    return Document(
        id="t", text=text, mentions=[mentions[k] for k in order], entities=list(entities.values())
    )


def test_an_accusative_source_noun_is_named_in_the_nominative() -> None:
    text = (
        "لم تكشف الشرطة عن هوية المهاجم، لكن مصدرا قال للصحفيين إن التحقيق يتقدم بسرعة. "
        "وأضاف المصدر أن الشرطة تبحث عن شاهدين."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "التحقيق يتقدم").speaker_name == "مصدر"
    assert quote_with(quotes, "تبحث عن شاهدين").speaker_name == "مصدر"


def test_the_agreeing_adjectives_lose_their_alif_too() -> None:
    text = "تعثرت المفاوضات مجددا، إلا أن دبلوماسيا عربيا قال إن الجولة المقبلة ستعقد في القاهرة."
    assert quote_with(quotes_of(text), "الجولة المقبلة").speaker_name == "دبلوماسي عربي"


def test_a_dual_in_construct_keeps_its_alif() -> None:
    text = "صدرت الدراسة الشهر الماضي. ويرى باحثا الجامعة أن المياه الجوفية تتراجع بسرعة."
    assert quote_with(quotes_of(text), "المياه الجوفية").speaker_name == "باحثا الجامعة"


def test_a_place_in_alif_keeps_it() -> None:
    text = "تصاعد التوتر في المنطقة. وقالت روسيا إن العقوبات الجديدة غير قانونية."
    assert quote_with(quotes_of(text), "العقوبات الجديدة").speaker_name == "روسيا"


def test_a_mention_of_half_the_span_is_no_head() -> None:
    text = (
        "وقال سفير فرنسا في المنطقة إن هجوما وقع في العاصمة. "
        "وكتب السفير جان لوك موريل على حسابه أن الوضع تحت السيطرة الآن."
    )
    doc = _with_mentions(
        text, [("فرنسا", "LOC", "e1", "فرنسا"), ("جان لوك موريل", "PER", "e2", "جان لوك موريل")]
    )
    quote = quote_with(quotes_of(doc), "هجوما وقع")
    assert quote.speaker_entity != "e1" and quote.speaker_name == "جان لوك موريل"


def test_the_conjunction_before_a_second_person_is_no_part_of_the_name() -> None:
    text = (
        "جمعت الشركة معلومات عن مسؤولين سابقين، من بينهم سامر داود وكريستوفر هيل في العام الماضي. "
        "وقال هيل إن شركة خاصة اتصلت بزوجته."
    )
    doc = _with_mentions(
        text,
        [("سامر داود", "PER", "e1", "سامر داود"), ("وكريستوفر هيل", "PER", "e2", "وكريستوفر هيل")],
    )
    doc.mentions.append(Mention(text.rfind("هيل"), text.rfind("هيل") + 3, "هيل", "PER", entity="e2"))
    doc.entities[1].mentions.append(len(doc.mentions) - 1)
    assert quote_with(quotes_of(doc), "شركة خاصة").speaker_name == "كريستوفر هيل"


def test_a_first_name_in_waw_after_no_person_keeps_it() -> None:
    text = "عاد الكاتب إلى بيروت. وقال ويليام هيل إن المدينة تغيرت كثيرا."
    doc = _with_mentions(text, [("ويليام هيل", "PER", "e1", "ويليام هيل")])
    assert quote_with(quotes_of(doc), "المدينة تغيرت").speaker_name == "ويليام هيل"


def test_a_second_full_name_without_waw_is_the_object() -> None:
    text = (
        "أعلن الرئيس الأمريكي جيمي كارتر فوزه بالجائزة. وأكد كارتر أن الجائزة لكل العاملين معه. "
        "وفي إسرائيل، هنأ رئيس الوزراء سامي داود كارتر بالفوز معتبرا أن الجائزة مستحقة. "
        "وقال رئيس الوزراء إن العلاقات قوية."
    )
    assert quote_with(quotes_of(text), "العلاقات قوية").speaker_name == "سامي داود"


def test_a_three_part_name_written_whole_again_stays_whole() -> None:
    text = (
        "استقبل الزعيم الكوري كيم جونغ أون الوفد. وقال كيم جونغ أون إن بلاده تريد السلام. "
        "وأضاف الزعيم الكوري أن المحادثات مثمرة."
    )
    assert quote_with(quotes_of(text), "المحادثات مثمرة").speaker_name == "كيم جونغ أون"


def test_a_three_part_name_whose_last_word_never_stands_alone_stays_whole() -> None:
    text = (
        "كرمت الجامعة الباحث خالد علي العام الماضي. وقالت الممثلة سلوى محمد علي إن المسرح يحتاج إلى دعم أكبر."
    )
    assert quote_with(quotes_of(text), "المسرح يحتاج").speaker_name == "سلوى محمد علي"


def test_a_mention_of_two_people_joined_by_waw_is_left_as_it_is() -> None:
    text = (
        "تنافس في الحلقة كل من رامي سعيد وهالة وسلمى أمام الجمهور. "
        "وقالت هالة إن المنافسة كانت صعبة هذا الموسم."
    )
    doc = _with_mentions(
        text, [("رامي سعيد", "PER", "e1", "رامي سعيد"), ("وهالة وسلمى", "PER", "e2", "وهالة وسلمى")]
    )
    doc.mentions.append(Mention(text.rfind("هالة"), text.rfind("هالة") + 4, "هالة", "PER", entity="e2"))
    doc.entities[1].mentions.append(len(doc.mentions) - 1)
    assert quote_with(quotes_of(doc), "المنافسة كانت صعبة").speaker_name != "هالة وسلمى"
