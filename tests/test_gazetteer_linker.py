"""The gazetteer stage: linking NER mentions, names NER missed, ambiguity, grouping."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_ARTICLE

from qawl.document import Document, Mention
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers import GazetteerIndex
from qawl.gazetteers.entries import Entry


@pytest.fixture(scope="module")
def linker() -> GazetteerLinker:
    return GazetteerLinker.load()


def ner(text: str, *spans: tuple[str, str], occurrence: int = 0) -> list[Mention]:
    """NER-like mentions for the given (surface, label) pairs, found left to right."""
    out, position = [], 0
    for surface, label in spans:
        start = text.index(surface, position)
        out.append(Mention(start, start + len(surface), surface, label))
        position = start + len(surface)
    return out


def entity_of(doc: Document, surface: str, nth: int = 0):
    hits = [m for m in doc.mentions if m.text == surface]
    mention = hits[nth]
    return doc.entity_by_id(mention.entity) if mention.entity else None


def test_seed_article_without_ner(linker: GazetteerLinker) -> None:
    doc = Document("seed", SEED_ARTICLE.read_text(encoding="utf-8"))
    linker.process([doc])
    by_kb = {e.kb_id: e for e in doc.entities}
    artsakh = by_kb["region:artsakh"]
    texts = {doc.mentions[i].text for i in artsakh.mentions}
    assert {"قره باغ", "جمهورية آرتساخ"} <= texts and any("آرتساخ" in t for t in texts)
    pashinyan = by_kb["person:nikol-pashinyan"]
    assert {doc.mentions[i].text for i in pashinyan.mentions} == {
        "نيكول باشنيان",
        "نيكول باشينيان",
        "باشينيان",
    }
    # every country and city mention carries its id
    for kb_id in (
        "geonames:174982",
        "geonames:587116",
        "geonames:524901",
        "geonames:616052",
        "geonames:587084",
    ):
        assert kb_id in by_kb, kb_id
    for mention in doc.mentions:
        assert mention.entity is not None and mention.source == "gazetteer"
        assert doc.text[mention.start : mention.end] == mention.text
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]
    firsts = [e.mentions[0] for e in doc.entities]
    assert firsts == sorted(firsts)


def test_seed_article_with_ner_mentions(linker: GazetteerLinker) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    mentions = []
    for surface, label in (
        ("آرتساخ", "LOC"),
        ("قره باغ", "LOC"),
        ("باشنيان", "PER"),
        ("باشينيان", "PER"),
        ("ماريا زاخاروفا", "PER"),
        ("الإليزيه", "ORG"),
    ):
        start = 0
        while (start := text.find(surface, start)) >= 0:
            mentions.append(Mention(start, start + len(surface), surface, label))
            start += len(surface)
    doc = Document("seed", text, mentions=mentions)
    linker.process([doc])
    assert entity_of(doc, "آرتساخ").id == entity_of(doc, "قره باغ").id
    assert entity_of(doc, "باشنيان").id == entity_of(doc, "باشينيان").id
    assert entity_of(doc, "باشنيان").kb_id == "person:nikol-pashinyan"
    assert {m.source for m in doc.mentions if m.text in ("آرتساخ", "باشنيان")} == {"ner+gazetteer"}
    assert any(m.source == "gazetteer" for m in doc.mentions)  # names NER missed (أرمينيا …)


def test_ner_mentions_link_with_clitics_and_variants(linker: GazetteerLinker) -> None:
    text = "وقال وباشينيان إن ميركيل ستزور يريفان"
    doc = Document("d", text, mentions=ner(text, ("وباشينيان", "PER"), ("ميركيل", "PER")))
    linker.process([doc])
    # linked through its proclitic reading, and the mention no longer carries the و
    assert entity_of(doc, "باشينيان").kb_id == "person:nikol-pashinyan"
    assert text[doc.mentions[0].start : doc.mentions[0].end] == "باشينيان"
    merkel = next(m for m in doc.mentions if m.text == "ميركيل")
    assert doc.entity_by_id(merkel.entity).kb_id == "person:angela-merkel"
    assert merkel.source == "ner+gazetteer" and merkel.score < 0.95
    assert entity_of(doc, "يريفان").kb_id == "geonames:616052"


def test_fuzzy_match_alone_never_adds_a_mention(linker: GazetteerLinker) -> None:
    doc = Document("d", "واضافت ميركيل ان الكثير من الشباب")
    linker.process([doc])
    assert doc.mentions == [] and doc.entities == []


def test_label_must_agree(linker: GazetteerLinker) -> None:
    # One word of a place tagged as a person is not the place: given names are place names too
    # (a person's name tagged LOC is a sure match and links: see test_gazetteer_rules.py).
    text = "وقالت ديانا إن"
    doc = Document("d", text, mentions=ner(text, ("ديانا", "PER")))
    linker.process([doc])
    mention = doc.mentions[0]
    assert doc.entity_by_id(mention.entity).kb_id is None  # grouped on its own, not linked
    assert mention.source == "ner"


def test_countries_named_as_organisations_still_link(linker: GazetteerLinker) -> None:
    text = "وأعلنت روسيا أن"
    doc = Document("d", text, mentions=ner(text, ("روسيا", "ORG")))
    linker.process([doc])
    assert doc.entities[0].kb_id == "geonames:2017370"
    assert doc.mentions[0].score == pytest.approx(0.8)


def test_ner_span_inside_a_longer_name_is_kept() -> None:
    index = GazetteerIndex(
        {"cairo": Entry("cairo", "LOC", "القاهرة"), "un": Entry("un", "ORG", "الأمم المتحدة")}
    )
    linker = GazetteerLinker(index)
    text = "درس في جامعة القاهرة ثم عمل في الأمم المتحدة"
    doc = Document("d", text, mentions=ner(text, ("جامعة القاهرة", "ORG"), ("الأمم", "ORG")))
    linker.process([doc])
    assert [m.text for m in doc.mentions] == ["جامعة القاهرة", "الأمم المتحدة"]
    assert doc.mentions[0].entity and doc.entity_by_id(doc.mentions[0].entity).kb_id is None
    assert doc.entity_by_id(doc.mentions[1].entity).kb_id == "un"


def ambiguous_index() -> GazetteerIndex:
    return GazetteerIndex(
        {
            "oman": Entry("oman", "LOC", "عُمان", ("سلطنة عمان",), "geonames:286963"),
            "amman": Entry("amman", "LOC", "عمّان", (), "geonames:250441", ("jordan",)),
            "jordan": Entry("jordan", "LOC", "الأردن", (), "geonames:248816"),
            "paris-person": Entry("paris-person", "PER", "باريس هيلتون"),
        }
    )


def test_ambiguity_is_settled_by_related_entities() -> None:
    linker = GazetteerLinker(ambiguous_index())
    doc = Document("d", "وصل الملك إلى عمان قادما من الأردن")
    linker.process([doc])
    assert entity_of(doc, "عمان").kb_id == "geonames:250441"


def test_ambiguity_left_open_lists_candidates() -> None:
    linker = GazetteerLinker(ambiguous_index())
    doc = Document("d", "وصل الوفد إلى عمان أمس")
    linker.process([doc])
    mention = doc.mentions[0]
    assert mention.entity is None
    assert sorted(mention.candidates) == ["geonames:250441", "geonames:286963"]
    assert doc.entities == []
    assert doc.to_record()["mentions"][0]["candidates"] == mention.candidates


def test_unknown_ner_names_are_grouped_when_they_are_variants() -> None:
    linker = GazetteerLinker(GazetteerIndex({}))
    text = "قال سيرجي شويغو إن شويغو سيزور موسكو وأكد شويجو ذلك وقال زويغو"
    doc = Document(
        "d",
        text,
        mentions=ner(
            text,
            ("سيرجي شويغو", "PER"),
            ("شويغو", "PER"),
            ("موسكو", "LOC"),
            ("شويجو", "PER"),
            ("زويغو", "PER"),
        ),
    )
    linker.process([doc])
    shoigu = entity_of(doc, "سيرجي شويغو")
    assert shoigu.kb_id is None and shoigu.name == "سيرجي شويغو"
    assert entity_of(doc, "شويغو").id == shoigu.id
    assert entity_of(doc, "شويجو").id == shoigu.id  # g/j variant
    assert entity_of(doc, "زويغو").id != shoigu.id
    assert entity_of(doc, "موسكو").id != shoigu.id


def test_common_word_names_count_only_when_the_document_names_them_otherwise(linker: GazetteerLinker) -> None:
    doc = Document("d", "وهذا أمر روحاني بالنسبة للبرازيليين")
    linker.process([doc])
    assert doc.mentions == []
    doc = Document("d", "التقى الرئيس حسن روحاني الوفد. وقال روحاني إن")
    linker.process([doc])
    rouhani = [m for m in doc.mentions if m.entity]
    assert [m.text for m in rouhani] == ["حسن روحاني", "روحاني"]
    assert rouhani[0].entity == rouhani[1].entity


def test_empty_and_odd_documents(linker: GazetteerLinker) -> None:
    docs = [Document("a", ""), Document("b", "   \n"), Document("c", "ﻻ إله ـــ ‏‏"), Document("d", "x" * 10)]
    linker.process(docs)
    assert all(d.entities == [] for d in docs)


def test_user_gazetteer_only(tmp_path: Path) -> None:
    path = tmp_path / "own.tsv"
    path.write_text("x\tORG\tجوهرة أف أم\tالجوهرة أف أم\n", encoding="utf-8")
    linker = GazetteerLinker.load([path], include_default=False)
    doc = Document("d", "أفاد مراسل الجوهرة أف أم في موسكو")
    linker.process([doc])
    assert [(m.text, m.entity) for m in doc.mentions] == [("الجوهرة أف أم", "e1")]
    assert doc.entities[0].kb_id == "x"


def test_variants_of_a_person_named_in_the_document_are_linked(linker: GazetteerLinker) -> None:
    doc = Document("d", "التقت المستشارة أنجيلا ميركل الرئيس. وقالت ميركيل إن")
    linker.process([doc])
    merkel = [m for m in doc.mentions if m.entity]
    assert [m.text for m in merkel] == ["أنجيلا ميركل", "ميركيل"]
    assert merkel[0].entity == merkel[1].entity and merkel[1].score < merkel[0].score


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس فلاديمير بوتين إن ماريا بوتينا بريئة",  # Butina is not a spelling of Putin
        "التقى الملك سلمان بالحرس الملكي",  # الملكي is not الملك
        "قال الرئيس عبد الفتاح السيسي إن الوضع السياسي مستقر",  # السياسي is not السيسي
    ],
)
def test_derived_words_are_not_variants(linker: GazetteerLinker, text: str) -> None:
    doc = Document("d", text)
    linker.process([doc])
    assert all(m.score is None or m.score >= 0.95 for m in doc.mentions), doc.mentions


def test_linking_twice_gives_the_same_record(linker: GazetteerLinker) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    doc = Document("seed", text, mentions=ner(text, ("ماريا زاخاروفا", "PER"), ("باشنيان", "PER")))
    linker.process([doc])
    first = doc.to_record()
    linker.process([doc])  # the pipeline retries a failed batch one document at a time
    assert doc.to_record() == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتقدم برشلونة بهدفين في الدوري الإسباني على ريال مدريد", "club:fc-barcelona"),
        ("هبطت طائرة في مطار برشلونة في إسبانيا", "geonames:3128760"),
        ("فاز ليفربول على تشيلسي في الدوري الإنجليزي", "club:liverpool"),
        ("زار الرئيس مدينة ليفربول في بريطانيا", "geonames:2644210"),
    ],
)
def test_a_club_and_its_city_are_told_apart_by_the_document(
    linker: GazetteerLinker, text: str, expected: str
) -> None:
    doc = Document("d", text)
    linker.process([doc])
    assert doc.entity_by_id(doc.mentions[0].entity).kb_id == expected


def test_a_club_or_city_name_alone_stays_open(linker: GazetteerLinker) -> None:
    doc = Document("d", "وصل الوفد إلى برشلونة أمس")
    linker.process([doc])
    assert doc.mentions[0].entity is None
    assert sorted(doc.mentions[0].candidates) == ["club:fc-barcelona", "geonames:3128760"]


def test_ner_mentions_lose_a_proclitic_when_the_rest_is_the_name(linker: GazetteerLinker) -> None:
    text = "وأعربت روسيا وفرنسا عن قلقهما، فيما التقى الوزير بالرئيس التركي."
    doc = Document("d", text, mentions=ner(text, ("روسيا", "LOC"), ("وفرنسا", "LOC")))
    linker.process([doc])
    france = [m for m in doc.mentions if m.entity and doc.entity_by_id(m.entity).kb_id == "geonames:3017382"]
    assert [(m.text, text[m.start : m.end]) for m in france] == [("فرنسا", "فرنسا")]


def test_unlisted_name_loses_a_proclitic_only_when_written_bare_elsewhere(linker: GazetteerLinker) -> None:
    text = "قال المدرب كوزمانوفيتش إن الفريق جاهز. وأكد وكوزمانوفيتش ثقته. ووليد لاعب جديد."
    doc = Document(
        "d",
        text,
        mentions=ner(text, ("كوزمانوفيتش", "PER"), ("وكوزمانوفيتش", "PER"), ("ووليد", "PER")),
    )
    linker.process([doc])
    texts = [m.text for m in doc.mentions if m.label == "PER"]
    # وليد is never written bare here, so its و is the name's own letter as far as we know.
    assert texts == ["كوزمانوفيتش", "كوزمانوفيتش", "ووليد"]
    assert all(text[m.start : m.end] == m.text for m in doc.mentions)
    assert len({m.entity for m in doc.mentions if m.text == "كوزمانوفيتش"}) == 1


def test_people_named_by_their_last_names_link(linker: GazetteerLinker) -> None:
    # News drops first names: "جواد ظريف" is محمد جواد ظريف, "بن سلمان" محمد بن سلمان.
    text = 'من جانبه، وصف وزير الخارجية الإيراني جواد ظريف تصريحات نتانياهو "بالسيرك الهزلي"'
    doc = Document("d", text, mentions=ner(text, ("جواد ظريف", "PER"), ("نتانياهو", "PER")))
    linker.process([doc])
    zarif = entity_of(doc, "جواد ظريف")
    assert zarif is not None and zarif.name == "محمد جواد ظريف"
    assert doc.mentions[0].score == 0.8  # weaker than a full name
    text = "والتقى ولي العهد السعودي الأمير بن سلمان بالرئيس الأمريكي"
    doc = Document("d", text, mentions=ner(text, ("بن سلمان", "PER")))
    linker.process([doc])
    assert entity_of(doc, "بن سلمان").name == "محمد بن سلمان"


def test_a_bare_surname_that_is_also_a_given_name_does_not_link(linker: GazetteerLinker) -> None:
    # عباس here is a detainee in Cairo, not محمود عباس; the same surname-only link as
    # "جواد ظريف" would be wrong: one word is not enough where the story does not place
    # the person (Cairo is not related to محمود عباس).
    text = 'وأفاد نشطاء مقربون من عباس بأن "قوات الأمن اقتحمت منزله في منطقة التجمع الخامس بالقاهرة'
    doc = Document("d", text, mentions=ner(text, ("عباس", "PER")))
    linker.process([doc])
    assert entity_of(doc, "عباس").kb_id is None  # an entity of its own, linked to nothing
    # … and last names link only as people (NER's label must be PER)
    doc = Document("d", "وقال جواد ظريف", mentions=ner("وقال جواد ظريف", ("جواد ظريف", "ORG")))
    linker.process([doc])
    assert entity_of(doc, "جواد ظريف").kb_id is None


def test_a_bare_surname_links_where_the_story_names_a_related_entity(linker: GazetteerLinker) -> None:
    text = "بعد خروج بريطانيا من الاتحاد الأوروبي، استبعدت ماي أي تغيير في موقفها"
    doc = Document("d", text, mentions=ner(text, ("بريطانيا", "LOC"), ("ماي", "PER")))
    linker.process([doc])
    may = entity_of(doc, "ماي")
    assert may is not None and may.kb_id == "person:theresa-may" and may.name == "تيريزا ماي"
    assert doc.mentions[-1].score == round(0.7 * 0.95, 3)  # weaker than a name or two last words
    text = "وقال عباس في فلسطين إن المفاوضات متوقفة"
    doc = Document("d", text, mentions=ner(text, ("عباس", "PER"), ("فلسطين", "LOC")))
    linker.process([doc])
    assert entity_of(doc, "عباس").name == "محمود عباس"
    # Without a related entity the surname stays an unlinked person, with no candidates listed.
    text = "وقالت ماي إن الوضع صعب في باريس"
    doc = Document("d", text, mentions=ner(text, ("ماي", "PER"), ("باريس", "LOC")))
    linker.process([doc])
    may = entity_of(doc, "ماي")
    assert may is not None and may.kb_id is None
    assert doc.mentions[0].candidates == []


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("وصل الوفد إلى عُمان أمس", "geonames:286963"),  # the damma of Oman
        ("وصل الوفد إلى عمّان أمس", "geonames:250441"),  # the shadda of Amman
        ("وصل الوفد إلى وعُمان أمس", "geonames:286963"),  # after a proclitic
    ],
)
def test_vowels_written_on_a_name_settle_its_ambiguity(text: str, kb_id: str) -> None:
    linker = GazetteerLinker(ambiguous_index())
    for mentions in ([], ner(text, (text.split()[3], "LOC"))):  # without and with NER
        doc = Document("d", text, mentions=mentions)
        linker.process([doc])
        assert [e.kb_id for e in doc.entities] == [kb_id]
