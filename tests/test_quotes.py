"""Quote stage: the seed's 16 quotes pinned, and hard cases on real-looking Arabic news."""

from __future__ import annotations

import itertools
import json

import pytest
from conftest import shared_path

from qawl.document import Document, Entity, Mention, Quote
from qawl.evaluation.quotes_eval import gold_items, match, predicted_items, same_speaker
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(text: str, doc: Document | None = None) -> list[Quote]:
    doc = doc or Document(id="t", text=text)
    QuoteAttributor().process([doc])
    return doc.quotes


def one_quote(text: str, fragment: str) -> Quote:
    """The quote whose content contains ``fragment``."""
    found = [q for q in quotes_of(text) if fragment in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes_of(text)]
    return found[0]


# --------------------------------------------------------------------------- the seed


def _seed() -> dict:
    with shared_path("data", "quotes", "seed.jsonl").open(encoding="utf-8") as handle:
        return json.loads(handle.readline())


@pytest.fixture(scope="module")
def seed_result() -> tuple[dict, list[dict]]:
    gold = _seed()
    doc = Document(id=gold["id"], text=gold["text"])
    QuoteAttributor().process([doc])
    return gold, doc.to_record()["quotes"]


@pytest.mark.parametrize("index", range(16))
def test_seed_quote_found_and_attributed(seed_result: tuple[dict, list[dict]], index: int) -> None:
    gold, predicted = seed_result
    assert len(gold["quotes"]) == 16
    pairs = dict((g, p) for p, g in match(predicted_items(predicted), gold_items(gold["quotes"])))
    assert index in pairs, f"not found: {gold['quotes'][index]['content']}"
    got = predicted[pairs[index]]
    assert same_speaker(got["speaker_name"], gold["quotes"][index]["speaker_name"]), got


def test_seed_has_no_spurious_quotes(seed_result: tuple[dict, list[dict]]) -> None:
    gold, predicted = seed_result
    assert len(predicted) == len(gold["quotes"])


def test_seed_headline_title_resolves_to_name(seed_result: tuple[dict, list[dict]]) -> None:
    _, predicted = seed_result
    headline = next(q for q in predicted if q["cue"]["text"] == ":" and "كارثة" in q["content"]["text"])
    assert headline["speaker"]["text"] == "رئيس الوزراء الأرمني"
    assert headline["attribution"] == "title"
    assert headline["speaker_name"] == "نيكول باشينيان"


# --------------------------------------------------------------------------- direct quotes


def test_direct_quote_after_colon_and_marks() -> None:
    q = one_quote('وقال نتنياهو: "إسرائيل تقدر قرار ترمب بشكل كبير".', "إسرائيل")
    assert q.kind == "direct"
    assert q.content.text == "إسرائيل تقدر قرار ترمب بشكل كبير"
    assert q.cue.text == "وقال" and q.speaker.text == "نتنياهو"


def test_guillemets_and_curly_quotes() -> None:
    text = "قال الوزير «سنرد على أي هجوم» ثم أضاف “لن نتراجع عن قرارنا”."
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == ["سنرد على أي هجوم", "لن نتراجع عن قرارنا"]
    assert all(q.kind == "direct" for q in quotes)
    assert quotes[1].attribution == "carried" and quotes[1].speaker_name == "الوزير"


def test_colon_quote_without_marks_runs_to_sentence_end() -> None:
    q = one_quote("وقال مصدر في الإليزيه :نتحرك باتجاه هدنة إما الليلة أو غداً. وانتهى الاجتماع.", "نتحرك")
    assert q.content.text == "نتحرك باتجاه هدنة إما الليلة أو غداً"
    assert q.speaker.text == "مصدر في الإليزيه"
    assert q.attribution == "anonymous"


def test_report_inside_quoted_speech_is_a_nested_quote_and_the_outer_keeps_its_span() -> None:
    # GUIDELINES.md: reported speech with its own cue and quote marks inside another quote's
    # content is a quote of its own; the outer quote keeps its span.
    text = 'وقال المتحدث: "لقد قال لنا الوزير «لن ننسحب» وهذا موقفنا الثابت".'
    quotes = quotes_of(text)
    assert len(quotes) == 2
    outer, inner = quotes
    assert outer.content.text == "لقد قال لنا الوزير «لن ننسحب» وهذا موقفنا الثابت"
    assert outer.speaker.text == "المتحدث"
    assert inner.content.text == "لن ننسحب" and inner.speaker_name == "الوزير"


def test_unbalanced_mark_keeps_document_and_closes_at_sentence_end() -> None:
    text = 'وقال الحوثي: "قادمون للعام الرابع بطائراتنا المسيرة. وكانت السعودية اعترضت صاروخا.'
    quotes = quotes_of(text)
    assert quotes and quotes[0].content.text == "قادمون للعام الرابع بطائراتنا المسيرة"


@pytest.mark.parametrize(
    "text",
    ['"""', "«", "»»«", 'قال "', "قال:", 'وأضاف "', ":", "إن", "قال إن", "\n\n", "“مرحبا", 'قال أن "'],
)
def test_degenerate_marks_never_raise(text: str) -> None:
    for q in quotes_of(text):
        assert 0 <= q.content.start < q.content.end <= len(text)


# --------------------------------------------------------------------------- not quotes


def test_scare_quotes_and_quoted_names_are_not_quotes() -> None:
    text = 'بدأت عملية "عاصفة الحزم" في اليمن، وشارك فيها تحالف "دعم الشرعية" بقيادة السعودية.'
    assert quotes_of(text) == []


def test_negated_speech_act_is_not_a_quote() -> None:
    assert quotes_of("ولم يؤكد البيان أن الضربات أصابت أهدافها.") == []


def test_relay_phrase_after_a_quote_is_not_a_second_quote() -> None:
    text = 'وأضاف: "نحن قبلنا الاتفاق النووي"، وفقا لما نقلته وكالة الأنباء الإيرانية "إرنا".'
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == ["نحن قبلنا الاتفاق النووي"]


# --------------------------------------------------------------------------- indirect and mixed


def test_coordinated_inna_clauses_are_one_quote() -> None:
    text = (
        "وقالت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن باكو ويريفان أكدتا مشاركتهما "
        "في المشاورات، وإن التحضيرات جارية للمحادثات."
    )
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert (
        quotes[0].content.text == "باكو ويريفان أكدتا مشاركتهما في المشاورات، وإن التحضيرات جارية للمحادثات"
    )
    assert quotes[0].speaker.text == "ماريا زاخاروفا"
    assert quotes[0].kind == "indirect"


def test_mixed_quote_keeps_inner_marks() -> None:
    q = one_quote("وأكد الرئيس أن الاتفاق «مسألة وقت لا أكثر» بالنسبة لبلاده.", "الاتفاق")
    assert q.kind == "mixed"
    assert q.content.text == "الاتفاق «مسألة وقت لا أكثر» بالنسبة لبلاده"


def test_complement_wholly_in_marks_is_the_inner_text() -> None:
    q = one_quote('وقال الحريري إن "هذا التحالف سيبقى مستمرا".', "التحالف")
    assert q.kind == "mixed" and q.content.text == "هذا التحالف سيبقى مستمرا"


def test_indirect_ends_before_the_next_cue() -> None:
    text = "وقال باشينيان إن الوضع خطير، مؤكداً أن باكو تستخدم أسلحة حديثة."
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == ["الوضع خطير", "باكو تستخدم أسلحة حديثة"]
    assert [q.cue.text for q in quotes] == ["وقال", "مؤكداً"]


def test_prepositional_and_attached_bi_complements() -> None:
    text = "ودعا الصدر إلى مظاهرة سلمية في البصرة، مطالبا بإقالة المحافظ."
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == ["مظاهرة سلمية في البصرة", "بإقالة المحافظ"]
    assert quotes[1].speaker is None and quotes[1].speaker_name == "الصدر"


def test_source_phrase_postposed() -> None:
    text = 'وقالت لارا إنها لن تعود، إلا أنه "من غير المرجح أن تقبل بذلك"، بحسب تعليقات محاميتها.'
    q = one_quote(text, "المرجح")
    assert q.cue.text == "بحسب"
    assert q.content.text == "من غير المرجح أن تقبل بذلك"


# --------------------------------------------------------------------------- speakers


def test_svo_speaker_with_apposition() -> None:
    text = "رئيس الوزراء الأرمني، نيكول باشينيان، أعلن أن الإقليم يواجه كارثة إنسانية."
    q = one_quote(text, "كارثة")
    assert q.speaker.text == "نيكول باشينيان" and q.attribution == "explicit"


def test_kana_qad_preposed_subject() -> None:
    q = one_quote("وكان روحاني قد حذر من مواصلة السياسات العدائية لطهران.", "السياسات")
    assert q.speaker.text == "روحاني"
    assert q.content.text == "مواصلة السياسات العدائية لطهران"


def test_title_then_name_speaker_is_the_name() -> None:
    q = one_quote("قال الرئيس الأمريكي دونالد ترامب الخميس إنه مستعد للقاء.", "مستعد")
    assert q.speaker.text == "دونالد ترامب"


def test_name_then_title_speaker_is_the_name() -> None:
    q = one_quote("قال أنور قرقاش، وزير الدولة للشؤون الخارجية، إن الكلمات فارغة.", "فارغة")
    assert q.speaker.text == "أنور قرقاش"


def test_pro_drop_chain_carries_to_the_right_person() -> None:
    text = (
        "وقال وزير الخارجية الأمريكي مايك بومبيو إن العقوبات باقية. "
        "وأضاف أن الحوار ممكن، مشيرا إلى أن الرسالة وصلت. "
        "من جهتها قالت رئيسة الوزراء البريطانية تيريزا ماي إن لندن تدعم الحوار. "
        "وأضافت أن الوحدة ضرورية، مؤكدة أن روسيا تهديد."
    )
    by_content = {q.content.text: q for q in quotes_of(text)}
    assert by_content["الحوار ممكن"].speaker_name == "مايك بومبيو"
    assert by_content["الرسالة وصلت"].speaker_name == "مايك بومبيو"
    assert by_content["الوحدة ضرورية"].speaker_name == "تيريزا ماي"
    assert by_content["روسيا تهديد"].attribution == "carried"
    assert by_content["روسيا تهديد"].speaker_name == "تيريزا ماي"


def test_feminine_cue_skips_a_masculine_antecedent() -> None:
    text = (
        "وقالت المتحدثة ماريا زاخاروفا إن موسكو مستعدة. ثم قال الوزير سيرغي لافروف إن الاجتماع مهم. "
        "وأضافت أن الوفد سيصل غدا."
    )
    q = one_quote(text, "الوفد")
    assert q.speaker_name == "ماريا زاخاروفا"


def test_headline_colon_title_resolves_to_earlier_name() -> None:
    text = (
        "أجرى ماكرون اتصالا مع رئيس الوزراء الأرمني نيكول باشينيان أمس.\n\n"
        "رئيس الوزراء الأرمني: الإقليم يواجه كارثة إنسانية\n\n"
        "وتابع الحديث عن الهدنة."
    )
    q = one_quote(text, "كارثة")
    assert q.cue.text == ":" and q.kind == "direct"
    assert q.speaker.text == "رئيس الوزراء الأرمني"
    assert q.attribution == "title" and q.speaker_name == "نيكول باشينيان"


def test_short_name_resolves_to_fullest_name() -> None:
    text = "قال الرئيس الروسي فلاديمير بوتين إن الهدنة صامدة. وأضاف بوتين أن الحل سياسي."
    q = one_quote(text, "سياسي")
    assert q.speaker.text == "بوتين" and q.speaker_name == "فلاديمير بوتين"


def test_speaker_entity_from_mentions_and_entities() -> None:
    text = "وقال باشنيان إن الوضع خطير."
    start = text.index("باشنيان")
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + 7, "باشنيان", "PER", entity="e1")],
        entities=[Entity("e1", "PER", "نيكول باشينيان", "person:nikol-pashinyan", [0])],
    )
    (q,) = quotes_of(text, doc)
    # The entity links the speaker; the name stays as the document spells it (GUIDELINES).
    assert q.speaker_entity == "e1" and q.speaker_name == "باشنيان"


def test_entity_name_used_when_fuller_and_spelled_alike() -> None:
    text = "وقال ترامب إن الاتفاق سيئ."
    start = text.index("ترامب")
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + 5, "ترامب", "PER", entity="e1")],
        entities=[Entity("e1", "PER", "دونالد ترامب", "person:donald-trump", [0])],
    )
    (q,) = quotes_of(text, doc)
    assert q.speaker_entity == "e1" and q.speaker_name == "دونالد ترامب"


def test_a_mention_inside_a_longer_speaker_is_not_its_entity() -> None:
    text = "وقالت إدارة ترامب إن العملية ستبدأ قريبا."
    start = text.index("ترامب")
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + 5, "ترامب", "PER", entity="e1")],
        entities=[Entity("e1", "PER", "دونالد ترامب", None, [0])],
    )
    (q,) = quotes_of(text, doc)
    assert q.speaker.text == "إدارة ترامب" and q.speaker_entity is None


def test_carried_quote_inherits_the_entity() -> None:
    text = "وقال باشنيان إن الوضع خطير، مضيفا أن الحل سياسي."
    start = text.index("باشنيان")
    doc = Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + 7, "باشنيان", "PER", entity="e1")],
        entities=[Entity("e1", "PER", "نيكول باشينيان", None, [0])],
    )
    quotes = quotes_of(text, doc)
    assert [q.speaker_entity for q in quotes] == ["e1", "e1"]
    assert quotes[1].attribution == "carried"


def test_quotes_never_overlap_and_offsets_are_exact() -> None:
    text = _seed()["text"] if shared_path("data", "quotes", "seed.jsonl").exists() else ""
    quotes = quotes_of(text)
    spans = sorted((q.content.start, q.content.end) for q in quotes)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    for q in quotes:
        assert text[q.content.start : q.content.end] == q.content.text
        assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_empty_and_whitespace_documents() -> None:
    assert quotes_of("") == []
    assert quotes_of("   \n ") == []


def test_record_shape() -> None:
    doc = Document(id="t", text="قال باشينيان إن الوضع خطير")
    QuoteAttributor().process([doc])
    (record,) = doc.to_record()["quotes"]
    assert record["kind"] == "indirect"
    assert record["content"] == {"start": 16, "end": 26, "text": "الوضع خطير"}
    assert record["cue"]["text"] == "قال" and record["speaker"]["text"] == "باشينيان"
    assert record["attribution"] == "explicit" and 0 < record["confidence"] <= 1


# --------------------------------------------------------------------------- more speakers


def test_speech_owner_of_a_relative_clause() -> None:
    text = (
        "وكان عبدالملك الحوثي قال إن العام الرابع سيشهد تطورات. "
        "وجاء ذلك عقب كلمة لعبدالملك الحوثي زعيم الجماعة، هدد فيها باستهداف الرياض."
    )
    q = one_quote(text, "باستهداف")
    assert q.speaker is None and q.speaker_name == "عبدالملك الحوثي"


def test_definite_reference_expands_to_the_body_named_before() -> None:
    text = "بدأت منظمة حظر الأسلحة الكيميائية تحقيقا في الهجوم. وقالت المنظمة إنها تجمع كل المعلومات المتاحة."
    q = one_quote(text, "المعلومات")
    assert q.speaker.text == "المنظمة"
    assert q.speaker_name == "منظمة حظر الأسلحة الكيميائية"


def test_feminine_title_then_apposition_name() -> None:
    text = "قالت مبعوثة الأمم المتحدة، براميلا باتن، إنها وجدت نقصا كبيرا في الدعم."
    assert one_quote(text, "نقصا").speaker.text == "براميلا باتن"


def test_foreign_name_with_hamza_al_is_not_an_article() -> None:
    text = "وقال مدير المعسكر، أليكساي كاسبارزاك، إنه لم يكن يعرف بالأمر."
    assert one_quote(text, "يعرف").speaker.text == "أليكساي كاسبارزاك"


def test_family_name_with_article_stays_in_the_name() -> None:
    q = one_quote("أكد وزير الخارجية السعودي عادل الجبير أن المبادرة تؤكد سعي الرياض.", "المبادرة")
    assert q.speaker.text == "عادل الجبير"


def test_object_after_a_verb_that_takes_one() -> None:
    q = one_quote("ووصف ترامب الاتفاق النووي مع إيران بأنه سيئ للغاية.", "سيئ")
    assert q.speaker.text == "ترامب"
    assert q.content.text == "سيئ للغاية"


def test_masculine_verb_before_a_feminine_noun_is_pro_drop() -> None:
    text = 'وقال ترامب إن المحادثات جيدة. ووصف الرسالة بأنها "لطيفة جدا".'
    q = one_quote(text, "لطيفة")
    assert q.speaker is None and q.speaker_name == "ترامب"


def test_relay_verb_inside_the_subject_does_not_steal_the_quote() -> None:
    text = 'وأوضح بوتين حسب ما نقلت عنه وكالة الأنباء الرسمية "نؤكد أنه لا بد من سحب القوات".'
    q = one_quote(text, "سحب")
    assert q.cue.text == "وأوضح" and q.speaker.text == "بوتين"


def test_passive_verb_is_not_a_cue() -> None:
    assert quotes_of("ووقعت الضربة بعد ما وُصف بأنه هجوم كيميائي على دوما.") == []


def test_impersonal_yudhkar_is_not_a_cue() -> None:
    assert quotes_of("ويذكر أن الصحفي غادر بلاده قبل عامين.") == []


def test_nominal_object_after_time_adverb() -> None:
    q = one_quote("أعلنت السلطات الأوكرانية الثلاثاء مقتل الصحافي في كييف.", "مقتل")
    assert q.speaker.text == "السلطات الأوكرانية" and q.content.text == "مقتل الصحافي في كييف"


def test_headline_svo_with_nominal_object() -> None:
    q = one_quote("كييف تعلن اعتقال شخص متهم بالتحضير للاغتيال\n\nوقال المتحدث إن التحقيق مستمر.", "اعتقال")
    assert q.speaker.text == "كييف" and q.cue.text == "تعلن"


def test_title_with_former_and_apposition() -> None:
    text = "وجه رئيس الوزراء العراقي الأسبق، نوري المالكي، نداء قال فيه إن الحكومة مسؤولة عن الأزمة."
    q = one_quote(text, "الحكومة")
    assert q.speaker_name == "نوري المالكي"


def test_outlet_name_in_quotation_marks_is_part_of_the_speaker() -> None:
    text = 'وأضافت قناة "الإخبارية" أن الدفاعات الجوية نجحت في اعتراض الصاروخ.'
    q = one_quote(text, "الدفاعات")
    assert q.kind == "indirect" and "الإخبارية" in q.speaker.text


def test_quoted_name_after_a_person_title_is_not_the_speaker() -> None:
    text = 'وكان عبدالملك الحوثي زعيم جماعة "أنصار الله" قال إن العام الرابع سيشهد تطورات.'
    assert one_quote(text, "العام").speaker_name == "عبدالملك الحوثي"


def test_subject_and_object_names_do_not_merge() -> None:
    text = "وقال كيم إن القمة ناجحة. وقال ترامب إن اللقاء مثمر. ووصف كيم ترامب بأنه رجل صادق."
    q = one_quote(text, "اللقاء")
    assert q.speaker_name == "ترامب"


def test_fronted_subordinate_clause_ends_at_its_comma() -> None:
    text = "وبعد أن أكد سابقا أن العملية ستبدأ قريبا، تحولت لهجة الرئيس."
    q = one_quote(text, "العملية")
    assert q.content.text == "العملية ستبدأ قريبا"


def test_relative_clause_antecedent_is_the_speaker() -> None:
    text = 'ونشر ترامب رسالة من الزعيم الكوري الشمالي الذي رحب بـ"بداية عملية مهمة".'
    q = one_quote(text, "بداية")
    assert q.speaker.text == "الزعيم الكوري الشمالي"


def test_adverbial_before_the_verb_is_not_a_preposed_subject() -> None:
    text = "وفيما يتعلق بمشروع القانون، قال العاهل الأردني إن المشروع جدلي."
    assert one_quote(text, "جدلي").speaker.text == "العاهل الأردني"


def test_subject_of_a_first_verb_carries_to_a_later_cue() -> None:
    text = (
        "هاجمت المستشارة السابقة للبيت الأبيض أوماروسا نيومان الرئيس في كتابها، "
        'واتهمت العاملين فيه بـ"الكذب".'
    )
    q = one_quote(text, "الكذب")
    assert q.speaker is None and q.speaker_name == "أوماروسا نيومان"


def test_participle_describing_a_noun_is_not_a_cue() -> None:
    assert quotes_of("تعد الدببة الرمادية فصيلة مهددة بالانقراض في الولايات المتحدة.") == []
    assert quotes_of("وكانت تفاصيل القمة غير معلنة إلا أنها كانت ستركز على السلاح النووي.") == []


def test_plural_cue_does_not_carry_to_one_person() -> None:
    text = (
        "وقال أردوغان إن الخدمة انتهت. وتظاهر سائقو سيارات الأجرة الذين اعتبروا الخدمة غير قانونية "
        "وطالبوا بحظرها."
    )
    q = one_quote(text, "بحظرها")
    assert q.speaker_name != "أردوغان"


def test_impersonal_relative_clause_is_not_a_quote() -> None:
    assert quotes_of("وتبدأ مشاورات تشكيل الحكومة المقبلة التي يتوقع أن تبدأ في أبريل.") == []


def test_relative_antecedent_starts_at_its_title() -> None:
    text = "تحولت لهجة الرئيس الأمريكي دونالد ترامب الذي أعلن الثلاثاء أنه ليس هناك مهلة محددة."
    q = one_quote(text, "مهلة")
    assert q.speaker.text == "دونالد ترامب"


def test_source_phrase_needs_a_source_not_a_rule() -> None:
    assert quotes_of("يحيي الإسرائيليون ذكرى قيام دولتهم بحسب التقويم العبري.") == []
    q = one_quote("وقتل أحد المتظاهرين برصاص الشرطة، حسب مسؤولين محليين.", "المتظاهرين")
    assert q.cue.text == "حسب" and q.speaker.text == "مسؤولين محليين"


def test_li_proclitic_is_not_part_of_the_speaker() -> None:
    q = one_quote("وزاد حجم المبيعات بنسبة ضئيلة، وفقا لهيئة الإحصاء الوطنية.", "المبيعات")
    assert q.speaker.text == "هيئة الإحصاء الوطنية"


def test_body_with_its_quoted_name() -> None:
    q = one_quote('وقالت منظمة "أنقذوا الأطفال" إن آلاف الأطفال بحاجة إلى المساعدة.', "الأطفال بحاجة")
    assert q.speaker_name == "أنقذوا الأطفال"
