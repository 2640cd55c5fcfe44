"""Quote round s25/a145: speaker names and titles.

- A person entity whose longest mention ran on past the name (into the clause after it: "وبحسب
  ميلمان فإن زاهدي"; or from another person's name before it: "أبلغ أولمرت حالوتس") is named
  by its longest mention that did not (names.person_entity_name, _ran_on_name).
- A second post in apposition after the first post's seat ("الجنرال المتقاعد بالجيش الفرنسي القائد
  السابق للقوات …، اللفتنانت X،") keeps the holder set off after it (names._apposed_second_title).
- A country's nisba alone between commas ("وقالت وكالة نوفوستي، الروسية، إن") is the outlet's
  adjective, never a name (segments._set_off_nisba).
- A post with its owner's pronoun ("قال مقدمه") is the post in construct with the noun the
  pronoun points back to, when the document writes it so ("مقدم البرنامج")
  (resolve._post_of_antecedent).
- A country's nisba before a compound given name ("قال المغربي نور الدين بلقاسم") is "the
  Moroccan" the name then gives (segments._name_after_country_nisba, name_ends.compound_second_at).
- A name of two words written after a title ("المطرب سامر الحلواني") fills out its given name and
  its family name used alone later, each a speaker of its own, when no other name of the document
  holds the word (names.NameIndex._one_titled_person).
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention


def _linked(text: str, linked: list[tuple[str, str, str, str]]) -> Document:
    """The text with each (surface, label, entity id, entity name) linked wherever it is written
    and no longer surface listed before it was linked there already."""
    mentions: list[tuple[int, int, str, str, str]] = []
    names: dict[str, tuple[str, str]] = {}
    for surface, label, entity_id, name in linked:
        names.setdefault(entity_id, (label, name))
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(s < end and start < e for s, e, *_ in mentions):
                mentions.append((start, end, surface, label, entity_id))
            start = text.find(surface, start + 1)
    mentions.sort()
    entities = {k: Entity(k, label, name, None, []) for k, (label, name) in names.items()}
    for n, (*_, entity_id) in enumerate(mentions):
        entities[entity_id].mentions.append(n)
    return Document(
        id="t",
        text=text,
        mentions=[Mention(s, e, w, label, entity=k) for s, e, w, label, k in mentions],
        entities=list(entities.values()),
    )


def test_a_mention_run_into_the_clause_after_it_does_not_name_the_person() -> None:
    text = (
        "كشف الصحفي يوسي ميلمان في كتابه الجديد تفاصيل عمليات الجهاز. "
        "وبحسب ميلمان فإن زاهدي قتل في انفجار غامض. ويضيف ميلمان أن العملية استغرقت شهورا."
    )
    doc = _linked(
        text,
        [
            ("يوسي ميلمان", "PER", "e1", "ميلمان فإن زاهدي"),
            ("ميلمان فإن زاهدي", "PER", "e1", "ميلمان فإن زاهدي"),
            ("ميلمان", "PER", "e1", "ميلمان فإن زاهدي"),
        ],
    )
    assert quote_with(quotes_of(doc), "العملية استغرقت").speaker_name == "يوسي ميلمان"


def test_a_mention_run_on_from_another_persons_name_does_not_name_the_person() -> None:
    text = (
        "التقى رئيس الوزراء إيهود أولمرت قائد الجيش دان حالوتس في مكتبه. "
        "وفي اللقاء أبلغ أولمرت حالوتس بقرار الحكومة. ويقول حالوتس إن القرار جاء متأخرا."
    )
    doc = _linked(
        text,
        [
            ("إيهود أولمرت", "PER", "e1", "إيهود أولمرت"),
            ("أولمرت حالوتس", "PER", "e2", "أولمرت حالوتس"),
            ("دان حالوتس", "PER", "e2", "أولمرت حالوتس"),
            ("حالوتس", "PER", "e2", "أولمرت حالوتس"),
        ],
    )
    assert quote_with(quotes_of(doc), "القرار جاء متأخرا").speaker_name == "دان حالوتس"


def test_a_name_that_ends_in_in_keeps_it() -> None:
    text = "وصل الرئيس مون جاي إن إلى طوكيو. وقال مون جاي إن إن المحادثات كانت مثمرة."
    doc = _linked(text, [("مون جاي إن", "PER", "e1", "مون جاي إن")])
    assert quote_with(quotes_of(doc), "المحادثات كانت مثمرة").speaker_name == "مون جاي إن"


def test_a_second_post_in_apposition_keeps_the_holder_set_off_after_it() -> None:
    text = (
        "قال الجنرال المتقاعد بالجيش الفرنسي القائد السابق للقوات الفرنسية في مالي، "
        'اللفتنانت جان ديبو، إن الوضع خطير. وأضاف "لا بد من الحذر في الأسابيع المقبلة".'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الوضع خطير").speaker_name == "جان ديبو"
    assert quote_with(quotes, "لا بد من الحذر").speaker_name == "جان ديبو"


def test_a_country_nisba_set_off_by_commas_is_no_name() -> None:
    text = "وقالت وكالة نوفوستي، الروسية، إن الطائرة هبطت بسلام في المطار."
    assert quote_with(quotes_of(text), "الطائرة هبطت").speaker_name == "وكالة نوفوستي"


def test_a_masculine_country_nisba_set_off_by_commas_is_no_name() -> None:
    text = "وقال المدرب، البرتغالي، إن الفريق جاهز للمباراة."
    assert quote_with(quotes_of(text), "الفريق جاهز").speaker_name != "البرتغالي"


def test_a_family_name_in_a_nisba_alone_after_the_verb_stays_a_name() -> None:
    text = "أعلن وزير الرياضة أحمد المصري خطة جديدة للمنتخب. وقال المصري إن الفريق جاهز للمباراة."
    assert quote_with(quotes_of(text), "الفريق جاهز").speaker_name == "أحمد المصري"


def test_a_post_with_its_owners_pronoun_is_the_post_of_the_antecedent() -> None:
    text = (
        "انطلق البرنامج الجديد مساء أمس. وفي مستهل البرنامج، قال مقدمه إن الحلقة ستكون مختلفة. "
        "وبعد ساعة، سأل مقدم البرنامج الضيف عن رأيه."
    )
    assert quote_with(quotes_of(text), "الحلقة ستكون مختلفة").speaker_name == "مقدم البرنامج"


def test_a_post_with_its_owners_pronoun_and_no_construct_stays() -> None:
    text = "انطلق البرنامج الجديد مساء أمس. وفي مستهل البرنامج، قال مقدمه إن الحلقة ستكون مختلفة."
    assert quote_with(quotes_of(text), "الحلقة ستكون مختلفة").speaker_name == "مقدمه"


def test_a_compound_given_name_after_a_country_nisba_is_the_name() -> None:
    text = "قال المغربي نور الدين بلقاسم، مدرب الفريق، إن اللاعبين مستعدون للمباراة."
    assert quote_with(quotes_of(text), "اللاعبين مستعدون").speaker_name == "نور الدين بلقاسم"


def test_a_titled_name_fills_out_its_given_and_family_names_used_alone() -> None:
    text = (
        "كشف المطرب سامر الحلواني أنه يستعد لإطلاق أغنية جديدة. "
        "وقال سامر في حديث للصحفيين إنه بدأ تسجيل الألبوم. "
        "وعبر الحلواني عن سعادته بالمشاركة في المهرجان."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "بدأ تسجيل").speaker_name == "سامر الحلواني"
    assert quote_with(quotes, "سعادته بالمشاركة").speaker_name == "سامر الحلواني"


def test_a_verbal_noun_of_saying_after_a_title_opens_no_name() -> None:
    text = (
        'يستذكر مهندس بالمصنع قول سالم إن "الإنتاج سيتوقف". '
        "ويقول مهندس من المدينة إنه التقى بسالم في الربيع الماضي."
    )
    assert quote_with(quotes_of(text), "التقى بسالم").speaker_name != "قول سالم"
