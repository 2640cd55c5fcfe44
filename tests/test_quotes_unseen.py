"""Quote stage on news written unlike the dev articles (issue 19): nominal kind, records that link
speakers to the knowledge base, long title chains, titles resolved to names, a broader cue
lexicon, source phrases, and cue look-alikes. Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with

from qawl.document import Document, Entity, Mention, Quote
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(text: str, doc: Document | None = None) -> list[Quote]:
    doc = doc or Document(id="t", text=text)
    QuoteAttributor().process([doc])
    return doc.quotes


def with_people(text: str, *people: tuple[str, str | None]) -> Document:
    """A document whose earlier stages linked each (name, kb_id) as a PER entity."""
    mentions, entities = [], []
    for n, (name, kb_id) in enumerate(people):
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, "PER", entity=f"e{n}"))
        entities.append(Entity(f"e{n}", "PER", name, kb_id, [n]))
    return Document(id="t", text=text, mentions=mentions, entities=entities)


# --------------------------------------------------------------------------- records


def test_nominal_complements_are_their_own_kind() -> None:
    quotes = quotes_of(
        "دعا رئيس البلدية إلى تنظيف الشوارع قبل العيد. وطالب النقابي سامي الحاج بزيادة الأجور. "
        "وقال الوالي إن الطرقات ستفتح غدا."
    )
    assert quote_with(quotes, "تنظيف الشوارع").kind == "nominal"
    assert quote_with(quotes, "بزيادة الأجور").kind == "nominal"
    assert quote_with(quotes, "الطرقات ستفتح").kind == "indirect"


def test_nominal_complement_in_quote_marks_stays_nominal() -> None:
    quotes = quotes_of('وحذر الخبير من "انهيار وشيك" للمنظومة الصحية.')
    assert quote_with(quotes, "انهيار وشيك").kind == "nominal"


def test_record_carries_the_speakers_kb_id_also_when_resolved_through_a_title() -> None:
    text = "قال وزير الفلاحة سمير الطيب إن الموسم واعد. وأضاف الوزير أن الأمطار كانت كافية هذا العام."
    doc = with_people(text, ("سمير الطيب", "person:samir-taieb"))
    quotes = quotes_of(text, doc)
    record = doc.to_record()["quotes"]
    assert [q.speaker_name for q in quotes] == ["سمير الطيب", "سمير الطيب"]
    assert [q["speaker_entity"] for q in record] == ["e0", "e0"]
    assert [q["speaker_kb_id"] for q in record] == ["person:samir-taieb", "person:samir-taieb"]


def test_unlinked_speaker_has_null_kb_id() -> None:
    doc = Document(id="t", text="وقال مصدر أمني إن الوضع تحت السيطرة.")
    quotes_of(doc.text, doc)
    (quote,) = doc.to_record()["quotes"]
    assert quote["speaker_entity"] is None and quote["speaker_kb_id"] is None


# --------------------------------------------------------------------------- titles and names


def test_long_title_chain_with_a_domain_after_its_adjective_keeps_the_name() -> None:
    quotes = quotes_of(
        "أكد الكاتب العام للجامعة العامة التونسية للتعليم الثانوي محمد الصغير الهمامي، أن الإضراب سيتواصل."
    )
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "محمد الصغير الهمامي"
    assert quotes[0].speaker_name == "محمد الصغير الهمامي"


def test_bare_definite_title_resolves_to_the_name_given_with_the_full_title() -> None:
    quotes = quotes_of(
        "قال وزير الشؤون الدينية، أحمد عظوم، إن موعد الحج تحدد. وأوضح الوزير أن القرعة ستجرى قريبا."
    )
    assert quote_with(quotes, "القرعة").speaker_name == "أحمد عظوم"


def test_shorter_title_with_its_words_inside_the_full_title_resolves_to_the_name() -> None:
    quotes = quotes_of(
        "صرح وزير التربية والتعليم العالي، ناجي جلول، بأن الامتحانات في موعدها. "
        "وذكر وزير التربية أن النتائج ستعلن في جويلية."
    )
    assert quote_with(quotes, "النتائج").speaker_name == "ناجي جلول"


def test_definite_title_with_an_adjective_is_another_office() -> None:
    quotes = quotes_of(
        "قال رئيس الحكومة الليبية فايز السراج إن الحوار مستمر. "
        "وتحدث الرئيس الليبي السابق عن الماضي. وأشار رئيس الحكومة الليبية إلى أن الانتخابات قريبة."
    )
    assert quote_with(quotes, "الانتخابات").speaker_name == "فايز السراج"


def test_theophoric_name_is_not_read_as_a_cue() -> None:
    (quote,) = quotes_of("وقال رئيس الكتلة النيابية محمد جاب الله إن الجلسة أجلت إلى الخميس.")
    assert quote.cue is not None and quote.cue.text == "وقال"
    assert quote.speaker_name == "محمد جاب الله"


def test_title_of_a_body_named_after_god_keeps_the_name_after_it() -> None:
    (quote,) = quotes_of("وقال نائب الأمين العام لحزب الله نعيم قاسم إن الحكومة تأخرت.")
    assert quote.speaker_name == "نعيم قاسم"


# --------------------------------------------------------------------------- cue lexicon


def test_broader_lexicon_participles_and_verbs() -> None:
    quotes = quotes_of(
        "قال مدير المستشفى إن الوضع مستقر، مبينا أن عدد المصابين تراجع. "
        "وأبرز الطبيب أن الأدوية متوفرة. وتطرق المدير إلى أن الميزانية ضعيفة. "
        "وكرر مطالبته بدعم القطاع، آملا أن تتحسن الظروف. وعبر الطبيب عن ارتياحه للنتائج."
    )
    assert quote_with(quotes, "عدد المصابين").cue.text == "مبينا"
    assert quote_with(quotes, "الأدوية متوفرة").cue.text == "وأبرز"
    assert quote_with(quotes, "الميزانية ضعيفة").cue.text == "وتطرق"
    assert quote_with(quotes, "تتحسن الظروف").cue.text == "آملا"
    expressed = quote_with(quotes, "ارتياحه")
    assert expressed.cue.text == "وعبر" and expressed.kind == "nominal"


def test_cue_that_spells_a_preposition_needs_its_complementizer_close() -> None:
    quotes = quotes_of(
        "وتعمق الخلاف بين الحزبين الكبيرين في البرلمان، لكن على الجميع أن يتحاوروا. وتبين أن الصفقة لم تكتمل."
    )
    assert quotes == []
    (quote,) = quotes_of("وبين رئيس الجمعية، أن التبرعات تضاعفت.")
    assert quote.speaker_name == "رئيس الجمعية"


def test_wanted_speech_after_an_is_not_reported() -> None:
    quotes = quotes_of("ويريد النواب أن يعلنوا أن الدورة مفتوحة.")
    assert all(q.cue is None or q.cue.text != "يعلنوا" for q in quotes)


# --------------------------------------------------------------------------- source phrases


def test_source_phrase_with_a_verb_of_saying_after_the_content() -> None:
    (quote,) = quotes_of(
        "وسجلت الصادرات ارتفاعا بعشرة بالمائة، حسب ما أكده المدير العام للديوانة يوسف الزواغي."
    )
    assert quote.content.text == "وسجلت الصادرات ارتفاعا بعشرة بالمائة"
    assert quote.speaker_name == "يوسف الزواغي"


def test_outlet_relaying_a_quote_is_not_a_source() -> None:
    (quote,) = quotes_of("وقال الوزير إن الاتفاق جاهز، وفق ما أوردت وكالة الأنباء الرسمية.")
    assert quote.cue is not None and quote.cue.text == "وقال"


# --------------------------------------------------------------------------- nested quotes


def test_report_inside_indirect_content_is_a_nested_quote() -> None:
    quotes = quotes_of("وأوضح المحامي أن القاضي أكد أن الجلسة ستعقد غدا.")
    outer = quote_with(quotes, "القاضي أكد")
    (inner,) = [q for q in quotes if q.content.text == "الجلسة ستعقد غدا"]
    assert inner is not outer and inner.speaker_name == "القاضي"
    assert outer.speaker_name == "المحامي"
    assert outer.content.start <= inner.content.start and inner.content.end <= outer.content.end


def test_report_inside_direct_speech_takes_the_quoting_speaker_when_its_subject_is_dropped() -> None:
    quotes = quotes_of('وقال رئيس النادي سليم الرياحي: "أبلغت اللاعبين بأنني سأستقيل بعد الموسم".')
    inner = [q for q in quotes if q.cue is not None and q.cue.text == "أبلغت"]
    assert len(inner) == 1 and inner[0].speaker_name == "سليم الرياحي"
    assert quote_with(quotes, "أبلغت اللاعبين").speaker_name == "سليم الرياحي"


def test_speech_act_performed_in_a_quote_is_not_nested() -> None:
    quotes = quotes_of(
        'وقال الرئيس: "أؤكد أن الدولة ستحمي الجميع، وإذا قالت المعارضة إنها ستقاطع فذلك حقها".'
    )
    assert len(quotes) == 1


def test_nested_nominal_complement_counts_only_in_quote_marks() -> None:
    quotes = quotes_of('وقالت الوزارة إن الوزير دعا إلى الهدوء وحث الأطراف على "ضبط النفس".')
    cues = sorted(q.cue.text for q in quotes if q.cue is not None)
    assert cues == ["حث", "وقالت"] or cues == ["وحث", "وقالت"]


# --------------------------------------------------------------------------- scoring by kind


def test_scores_by_kind_and_with_kinds_left_out() -> None:
    from qawl.evaluation.quotes_eval import parse_kinds, score_records

    text = "دعا الوزير إلى الهدوء. وقال إن الأمن مستتب."
    gold = {
        "id": "g",
        "text": text,
        "quotes": [
            {"content_start": 15, "content_end": 21, "speaker_name": "الوزير", "kind": "nominal"},
            {"content_start": 32, "content_end": 43, "speaker_name": "الوزير", "kind": "indirect"},
        ],
    }
    doc = Document(id="g", text=text)
    quotes_of(text, doc)
    record = doc.to_record()
    assert [q["kind"] for q in record["quotes"]] == ["nominal", "indirect"]
    everything = score_records([gold], [record])
    assert everything.detection_by_kind()["nominal"]["recall"] == 1.0
    without = score_records([gold], [record], parse_kinds("direct,indirect,mixed"))
    assert without.gold == 1 and without.predicted == 1 and without.f1 == 1.0
    assert parse_kinds("all") is None
    try:
        parse_kinds("direct,reported")
    except ValueError as exc:
        assert "reported" in str(exc)
    else:
        raise AssertionError("an unknown kind must be refused")


def test_cue_spelled_like_a_preposition_leaves_no_antecedent_without_its_content() -> None:
    quotes = quotes_of(
        "وقال الوزير خلال اجتماع اللجنة المشتركة بين المجلس البلدي والولاية المنعقد في قفصة أمس، "
        "إن المعبر سيفتح، مؤكدا أن الإجراءات خففت."
    )
    assert quote_with(quotes, "الإجراءات خففت").speaker_name == "الوزير"


# --------------------------------------------------------------------------- subjects


def test_pronoun_addressee_before_the_subject() -> None:
    (quote,) = quotes_of("وأكد لنا مدير المعهد أن الدروس ستستأنف يوم الاثنين.")
    assert quote.speaker_name == "مدير المعهد"


def test_general_after_a_title_is_an_adjective_not_a_year() -> None:
    (quote,) = quotes_of("وأوضح مدير عام الديوانة، سامي الكافي، أن المداخيل ارتفعت.")
    assert quote.speaker_name == "سامي الكافي"


def test_same_source_refers_back_to_the_last_speaker() -> None:
    quotes = quotes_of(
        "قال رئيس الجامعة منير الشابي إن التسجيل مفتوح. وأضاف، ذات المصدر، أن الرسوم لم تتغير."
    )
    later = quote_with(quotes, "الرسوم")
    assert later.speaker is not None and later.speaker.text == "ذات المصدر"
    assert later.speaker_name == "منير الشابي"
