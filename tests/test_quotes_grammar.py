"""Quote stage: the grammar rules behind attribution, each pinned with a sentence of its own.

Pro-drop antecedents, subject against object after a verb of saying, verbal nouns with a
possessive pronoun, statements standing for their issuer, and definite references back to a
source named before.
"""

from __future__ import annotations

from quote_helpers import quote_with

from qawl.document import Document, Entity, Mention, Quote
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(text: str, doc: Document | None = None) -> list[Quote]:
    doc = doc or Document(id="t", text=text)
    QuoteAttributor().process([doc])
    return doc.quotes


def with_places(text: str, *places: str) -> Document:
    """A document whose gazetteer found ``places`` (LOC), as the pipeline would."""
    mentions = []
    entities = []
    for n, place in enumerate(places):
        start = text.index(place)
        mentions.append(Mention(start, start + len(place), place, "LOC", entity=f"p{n}"))
        entities.append(Entity(f"p{n}", "LOC", place, None, [n]))
    return Document(id="t", text=text, mentions=mentions, entities=entities)


# --------------------------------------------------------------------------- pro-drop chains


def test_dropped_subject_continues_a_verb_first_clause_after_a_fronted_adverbial() -> None:
    # The second sentence is about another person and its verb is not one of saying; the
    # adverbial "من جهته،" comes before that verb.
    text = (
        "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار. "
        "من جهته، استقبل الرئيس التركي رجب طيب أردوغان الوفد الروسي في أنقرة. "
        "وأكد أن تركيا تدعم الحل السياسي."
    )
    q = quote_with(quotes_of(text), "تركيا تدعم")
    assert q.speaker is None and q.attribution == "carried"
    assert q.speaker_name == "رجب طيب أردوغان"


def test_dropped_subject_continues_a_fronted_subject_of_a_non_speech_verb() -> None:
    # "لكن البرلمان رفض …" puts the subject before a verb that is not of saying; the
    # coordinated cue shares it, not the minister quoted before.
    text = (
        "وقال رئيس الوزراء العراقي حيدر العبادي إن الحكومة ماضية في الإصلاح. "
        "لكن البرلمان رفض الموازنة الجديدة، وطالب بأن تقدم الحكومة خطة بديلة."
    )
    doc = Document(
        id="t",
        text=text,
        mentions=[
            Mention(text.index("البرلمان"), text.index("البرلمان") + 8, "البرلمان", "ORG", entity="o1")
        ],
        entities=[Entity("o1", "ORG", "البرلمان", None, [0])],
    )
    q = quote_with(quotes_of(text, doc), "خطة بديلة")
    assert q.speaker_name == "البرلمان"


def test_a_subject_before_the_auxiliary_kana_is_the_speaker() -> None:
    text = "ويذكر أن المتحدثة باسم الحكومة، ليلى بنعلي، كانت أعلنت أمس أن الحكومة ستخفض الضرائب."
    (q,) = quotes_of(text)
    assert q.speaker is not None and q.speaker_name == "ليلى بنعلي"


def test_an_indefinite_source_noun_before_a_verb_is_its_subject() -> None:
    # An indefinite noun takes its relative clause without الذي: "تقارير قالت" = reports that said.
    text = "وتأتي الزيارة وسط تقارير قالت إن الطرفين توصلا إلى اتفاق مبدئي."
    (q,) = quotes_of(text)
    assert q.speaker is not None and q.speaker.text == "تقارير"


# --------------------------------------------------------------------------- subject or object


def test_a_place_after_a_masculine_verb_is_its_object() -> None:
    # Cities and countries take a feminine verb (طالبت موسكو); after طالب the place is asked.
    text = (
        "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو لم تتلق أي طلب. "
        'وطالب كييف بفتح "تحقيق شفاف" في الحادث.'
    )
    q = quote_with(quotes_of(text, with_places(text, "موسكو", "كييف")), "تحقيق شفاف")
    assert q.speaker is None
    assert q.speaker_name == "ديمتري بيسكوف"


def test_a_place_after_a_feminine_verb_stays_the_speaker() -> None:
    text = 'وطالبت كييف بفتح "تحقيق شفاف" في الحادث.'
    (q,) = quotes_of(text, with_places(text, "كييف"))
    assert q.speaker is not None and q.speaker.text == "كييف"


def test_a_plural_in_at_after_a_masculine_verb_is_its_object() -> None:
    # Plurals in ات take a feminine verb: "ووصف العقوبات" has a dropped subject.
    text = (
        "وأكد الرئيس الإيراني حسن روحاني أن بلاده لن تتفاوض تحت الضغط. "
        'ووصف العقوبات الأمريكية بأنها "حرب اقتصادية".'
    )
    q = quote_with(quotes_of(text), "حرب اقتصادية")
    assert q.speaker is None and q.speaker_name == "حسن روحاني"


def test_a_noun_carrying_a_possessive_after_a_coordinated_verb_is_its_object() -> None:
    text = (
        "هاجم وزير الخارجية الإيراني محمد جواد ظريف الإدارة الأمريكية واتهم مسؤوليها بتقويض الاتفاق النووي."
    )
    q = quote_with(quotes_of(text), "تقويض")
    assert q.speaker is None and q.speaker_name == "محمد جواد ظريف"


def test_an_adverb_in_the_accusative_is_not_a_subject() -> None:
    text = (
        "ورفض رئيس الوزراء الكندي جاستن ترودو الدعوات إلى الاستقالة، "
        "وأعلن عوضا عن ذلك، الأربعاء، أنه سيجري تعديلا وزاريا."
    )
    q = quote_with(quotes_of(text), "تعديلا وزاريا")
    assert q.speaker is None and q.speaker_name == "جاستن ترودو"


# --------------------------------------------------------------------------- verbal nouns


def test_verbal_noun_with_a_possessive_is_a_cue_whose_pronoun_is_the_speaker() -> None:
    text = (
        'أنهى وزير الدفاع الأمريكي جيمس ماتيس جولته في المنطقة، واختتمها بإقراره أن الحل العسكري "ليس كافيا".'
    )
    q = quote_with(quotes_of(text), "الحل العسكري")
    assert q.cue is not None and q.cue.text == "بإقراره"
    assert q.speaker is None and q.speaker_name == "جيمس ماتيس"


def test_the_possessive_pronoun_agrees_in_gender_with_its_antecedent() -> None:
    text = (
        "قالت رئيسة الوزراء النيوزيلندية جاسيندا أرديرن إن بلادها ستشدد قوانين السلاح. "
        "وقال وزير الشرطة ستيوارت ناش إن الشرطة ستجمع الأسلحة. "
        "وجاء ذلك بعد تأكيدها أن القانون سيقر خلال أسابيع."
    )
    q = quote_with(quotes_of(text), "القانون سيقر")
    assert q.speaker_name == "جاسيندا أرديرن"


def test_a_verbal_noun_with_a_possessive_ends_the_speaker_phrase() -> None:
    text = "وجددت المستشارة الألمانية أنغيلا ميركل تأكيدها أن برلين لن تقبل بالتهديدات."
    (q,) = quotes_of(text)
    assert q.speaker is not None and q.speaker.text == "أنغيلا ميركل"


def test_a_relayed_verbal_noun_names_the_source_after_an() -> None:
    # وصفها is spelled like the verb وصف with an object, but after "نقل … عن Y" it is Y's
    # description: Y is the source, the agency only relays.
    text = 'ونقلت وكالة الأنباء الألمانية عن وزارة الداخلية النمساوية وصفها المعتقلين بأنهم "خلية خطيرة".'
    (q,) = quotes_of(text)
    assert q.speaker is not None and q.speaker_name == "وزارة الداخلية النمساوية"


# --------------------------------------------------------------------------- statements


def test_a_statement_stands_for_the_body_that_issued_it() -> None:
    text = (
        "وقالت وزارة الخارجية الكندية في بيان إن أوتاوا تدين الهجوم. "
        "وقال رئيس الوزراء جاستن ترودو إن بلاده ستقدم المساعدة. "
        "وأضاف البيان أن السفارة تتابع أوضاع المواطنين."
    )
    q = quote_with(quotes_of(text), "السفارة تتابع")
    assert q.speaker is not None and q.speaker.text == "البيان"
    assert q.speaker_name == "وزارة الخارجية الكندية"


def test_an_unintroduced_statement_is_the_lead_body_and_a_negated_verb_keeps_its_subject() -> None:
    # "ولم يوضح البيان …، بل أشار": the negated verb reports nothing, but its subject is the
    # one the next verb continues; the statement is the one the article opens with.
    text = (
        "أكدت وزارة الدفاع الهندية أن طائراتها أصابت أهدافها. "
        "وقال مسؤول باكستاني إن الطائرات لم تصب شيئا. "
        "ولم يوضح البيان عدد الطائرات، بل أشار إلى أن العملية انتهت."
    )
    q = quote_with(quotes_of(text), "العملية انتهت")
    assert q.speaker is None and q.speaker_name == "وزارة الدفاع الهندية"


def test_a_statement_with_its_issuer_in_the_genitive() -> None:
    text = "وأوضح بيان لوزارة الصحة المصرية أن عدد المصابين ارتفع إلى عشرين."
    (q,) = quotes_of(text)
    assert q.speaker_name == "وزارة الصحة المصرية"


# --------------------------------------------------------------------------- references back


def test_a_definite_source_refers_back_to_its_indefinite_first_mention() -> None:
    text = "قال مصدر أمني عراقي إن القوات استعادت السيطرة على المعبر. وأضاف المصدر أن الاشتباكات توقفت مساء."
    q = quote_with(quotes_of(text), "الاشتباكات توقفت")
    assert q.speaker_name == "مصدر أمني عراقي"


def test_a_definite_title_refers_back_only_to_an_agreeing_first_mention() -> None:
    text = (
        "أعلن مندوب فرنسا في مجلس الأمن أن باريس تملك أدلة. "
        "وقال المندوب الصيني إن بكين تدعو إلى التهدئة. "
        "وشدد المندوب الفرنسي على أن الرد سيكون جماعيا."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الرد سيكون").speaker_name == "مندوب فرنسا"
    assert quote_with(quotes, "بكين تدعو").speaker_name == "المندوب الصيني"


def test_the_document_spelling_wins_over_the_gazetteer_spelling() -> None:
    # The gazetteer writes قائد; the document writes the president's name قايد, and only his
    # son's قائد. The record keeps the document's spelling of the president's name.
    text = (
        "أعلن الرئيس التونسي الباجي قايد السبسي أن الحكومة ستبقى. "
        "وقال نجله حافظ قائد السبسي إن الحزب يعارض ذلك. "
        "وأضاف السبسي أن الانتخابات ستجرى في موعدها."
    )
    start = text.rindex("السبسي أن")
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + 6, "السبسي", "PER", entity="e1")],
        entities=[Entity("e1", "PER", "الباجي قائد السبسي", None, [0])],
    )
    q = quote_with(quotes_of(text, doc), "الانتخابات")
    assert q.speaker_entity == "e1" and q.speaker_name == "الباجي قايد السبسي"


def test_a_title_whose_domain_is_a_bi_phrase_keeps_the_name_after_it() -> None:
    text = "وقال القيادي بحركة النهضة عماد الخميري إن الحركة لن تشارك في الحكومة."
    (q,) = quotes_of(text)
    assert q.speaker is not None and q.speaker.text == "عماد الخميري"


# --------------------------------------------------------------------------- construct chains


def test_a_bodys_name_runs_to_the_end_of_its_construct_chain() -> None:
    quotes = quotes_of("وذكر مركز حقوق الإنسان في نيكاراغوا لوكالة الأنباء أن شخصين قتلا.")
    assert quote_with(quotes, "شخصين").speaker_name == "مركز حقوق الإنسان"
    quotes = quotes_of("وقال المرصد السوري لحقوق الإنسان إن القصف تواصل ليلا.")
    assert quote_with(quotes, "القصف").speaker_name == "المرصد السوري لحقوق الإنسان"


def test_a_definite_noun_after_a_closed_construct_is_the_object() -> None:
    quotes = quotes_of("ووصف مجلس حقوق الإنسان القرار بأنه انتهاك صريح.")
    assert quote_with(quotes, "انتهاك").speaker_name == "مجلس حقوق الإنسان"


def test_an_affiliation_participle_ends_the_speaker() -> None:
    quotes = quotes_of("وقال مجلس حقوق الإنسان التابع للأمم المتحدة إن اللجنة ستزور المنطقة.")
    assert quote_with(quotes, "اللجنة").speaker_name == "مجلس حقوق الإنسان"


def test_relay_on_the_tongue_of_names_the_source() -> None:
    text = 'ونقلت وكالة الأنباء الرسمية على لسان وزير الداخلية قوله: "الأمن مستتب في العاصمة".'
    assert quote_with(quotes_of(text), "الأمن").speaker_name == "وزير الداخلية"


def test_expressed_abbara_an_is_a_verb_whose_fronted_subject_carries_on() -> None:
    text = (
        "وقال وزير الخارجية السعودي إن الوضع خطير. المتحدث باسم الخارجية المصرية عبر عن "
        "قلق بلاده من التصعيد، مؤكدا أن الحل سياسي."
    )
    assert quote_with(quotes_of(text), "الحل").speaker_name == "المتحدث باسم الخارجية المصرية"


def test_a_place_after_a_title_is_the_object_not_the_persons_name() -> None:
    text = (
        "وقال وزير الخارجية السعودي إن الوضع خطير. وزار المتحدث باسم الخارجية المصرية موسكو "
        "أمس، مؤكدا أن الحل سياسي."
    )
    quote = quote_with(quotes_of(text, with_places(text, "موسكو")), "الحل")
    assert quote.speaker_name == "المتحدث باسم الخارجية المصرية"


def test_an_indefinite_relational_adjective_closes_the_speaker_before_the_object() -> None:
    text = "واتهمت وسائل إعلام سورية إسرائيل بإطلاق صواريخ على هدف قرب دمشق."
    quote = quote_with(quotes_of(text, with_places(text, "إسرائيل", "دمشق")), "صواريخ")
    assert quote.speaker_name == "وسائل إعلام سورية"


def test_a_colon_quote_after_an_outlet_web_address() -> None:
    text = 'وقالت رئيسة هذه الجمعية إليز بوغوسيان لـ"العربية.نت": "نحاول مساعدة الأطفال على النسيان".'
    quote = quote_with(quotes_of(text), "الأطفال")
    assert quote.speaker_name == "إليز بوغوسيان"


def test_a_demonstrative_stays_inside_the_titles_genitive() -> None:
    assert quote_with(quotes_of("وقال رئيس هذا الحزب إن الانتخابات مزورة."), "الانتخابات").speaker_name == (
        "رئيس هذا الحزب"
    )
    # after a definite title it is a time phrase, not part of the speaker
    assert quote_with(
        quotes_of("وقال الوزير هذا الأسبوع إن الانتخابات مزورة."), "الانتخابات"
    ).speaker_name == ("الوزير")


def test_a_short_bi_complement_is_the_content_not_the_ministers_name() -> None:
    quote = quote_with(quotes_of('وطالب الوزير بمد فترة معارض "أهلا رمضان" بالمحافظات.'), "بمد")
    assert quote.speaker_name == "الوزير"
    assert quote.content.text.startswith("بمد فترة معارض")


def test_a_word_quoted_after_the_article_is_a_scare_quote() -> None:
    quotes = quotes_of('أعلنت الحكومة عدة إجراءات لمواجهة الارتفاعات الـ "جنونية" في الأسعار.')
    assert not any(q.content.text == "جنونية" for q in quotes)


def test_a_country_speaker_is_not_filled_out_to_a_persons_name() -> None:
    from qawl.pipeline import Pipeline, PipelineOptions

    text = (
        "قال وزير المخابرات الإسرائيلي، إسرائيل كاتس، إن القصف رسالة إلى إيران. "
        "واعترفت إسرائيل رسميا بأنها نفذت الضربة الجوية عام 2007."
    )
    doc = Document(id="t", text=text)
    Pipeline(PipelineOptions(ner=False)).process([doc])
    assert quote_with(doc.quotes, "القصف").speaker_name == "إسرائيل كاتس"
    assert quote_with(doc.quotes, "الضربة").speaker_name == "إسرائيل"


def test_a_person_tagged_name_after_a_title_is_not_a_coordinated_office() -> None:
    text = 'وقال مدير الوكالة الإندونيسية لإدارة الكوارث ويليام رامبانجيلاي، إن "الحصيلة ارتفعت".'
    start = text.index("ويليام")
    name = "ويليام رامبانجيلاي"
    doc = Document(id="t", text=text, mentions=[Mention(start, start + len(name), name, "PER", entity="e1")])
    doc.entities = [Entity("e1", "PER", name, None, [0])]
    assert quote_with(quotes_of(text, doc), "الحصيلة").speaker_name == name
