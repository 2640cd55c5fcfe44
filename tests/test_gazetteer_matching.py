"""The gazetteer index: normalised exact names, proclitics, spans, variants, look-alikes."""

from __future__ import annotations

import pytest

from qawl.gazetteers import GazetteerIndex, load_index
from qawl.gazetteers.entries import Entry
from qawl.gazetteers.text import clitic_forms, clitic_readings, vowel_agreement


@pytest.fixture(scope="module")
def index() -> GazetteerIndex:
    return load_index()


def names(index: GazetteerIndex, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[m.start : m.end], m.entry_ids) for m in index.scan(text)]


@pytest.mark.parametrize(
    ("text", "surface", "entry_id"),
    [
        ("وقال وباشينيان إن", "باشينيان", "person:nikol-pashinyan"),
        ("وصل الوفد بالقاهرة أمس", "القاهرة", "city:360630"),
        ("في رسالة للأمم المتحدة اليوم", "للأمم المتحدة", "org:un"),
        ("بين أذربيجان وأرمينيا حول الإقليم", "أرمينيا", "country:AM"),
        ("إقليم آرتساخ / قره باغ", "قره باغ", "region:artsakh"),
        ("الرئيس رجب طيب إردوغان", "رجب طيب إردوغان", "person:recep-tayyip-erdogan"),
        ("الرئيس رجب طيب أردوغان", "رجب طيب أردوغان", "person:recep-tayyip-erdogan"),
        ("وقال نيكي هايلي", "نيكي هايلي", "person:nikki-haley"),
        ("أعلنت وكالة فرانس برس", "وكالة فرانس برس", "org:afp"),
    ],
)
def test_names_with_proclitics_are_found(
    index: GazetteerIndex, text: str, surface: str, entry_id: str
) -> None:
    assert (surface, (entry_id,)) in names(index, text)


@pytest.mark.parametrize(
    "text",
    [
        "علاقة روحانية مع مدينة",  # روحانية is not روحاني
        "وعثر بحوزتهم على عبوتين ناسفتين",  # عبوتين is not بوتين
        "ولدي أشياء أخرى أولى باهتمامي وتفكيري",  # تفكيري is not كيري
        "تقدمت الأمم في التنمية",  # الأمم alone is not الأمم المتحدة
        "الوضع المالي صعب ودعم مالي جديد",  # مالي (financial) is not Mali
        "قالت وكالة أسوشيتد برس",  # برس is not ب + الرس
        "أعلنت فرانس برس",  # فرانس is not ف + رانس (Reims)
        "كان الاجتماع يوم الخميس",  # كان، الخميس are words, not towns
    ],
)
def test_look_alikes_are_not_linked(index: GazetteerIndex, text: str) -> None:
    found = names(index, text)
    assert not [
        n for n in found if n[1][0].startswith(("person:hassan", "person:vladimir", "person:john-kerry"))
    ]
    assert not [n for n in found if n[1][0].startswith("city:")], found
    assert ("الأمم", ("org:un",)) not in found
    assert not [n for n in found if "country:ML" in n[1]]


def test_names_do_not_cross_commas_or_lines(index: GazetteerIndex) -> None:
    assert names(index, "الولايات المتحدة") == [("الولايات المتحدة", ("country:US",))]
    assert ("الولايات المتحدة", ("country:US",)) not in names(index, "الولايات، المتحدة")
    assert ("الولايات المتحدة", ("country:US",)) not in names(index, "الولايات\nالمتحدة")


def test_spans_keep_diacritics_and_skip_proclitics(index: GazetteerIndex) -> None:
    text = "زار وَبُوتِينُ مُوسْكُو"
    found = names(index, text)
    assert found == [("بُوتِينُ", ("person:vladimir-putin",)), ("مُوسْكُو", ("city:524901",))]


def test_hyphen_and_space_join_words_of_one_name() -> None:
    index = GazetteerIndex({"x": Entry("x", "LOC", "إسكالديس-إنجورداني")})
    for text in ("في إسكالديس-إنجورداني", "في إسكالديس إنجورداني", "في إسكالديس - إنجورداني"):
        assert [m.entry_ids for m in index.scan(text)] == [("x",)], text


def test_longest_name_wins(index: GazetteerIndex) -> None:
    found = names(index, "عقد مجلس الأمن الدولي جلسة")
    assert found == [("مجلس الأمن الدولي", ("org:un-security-council",))]


def test_common_words_need_include_common() -> None:
    index = GazetteerIndex({"ml": Entry("ml", "LOC", "مالي")}, common_words=["مالي"])
    assert index.scan("دعم مالي") == []
    assert [m.entry_ids for m in index.scan("دعم مالي", include_common=True)] == [("ml",)]


def test_find_exact_clitic_and_variant(index: GazetteerIndex) -> None:
    exact = index.find("باشينيان")[0]
    assert (exact.entry.id, exact.score) == ("person:nikol-pashinyan", 1.0)
    clitic = index.find("لباشينيان")[0]
    assert clitic.entry.id == "person:nikol-pashinyan" and clitic.score < 1.0
    variant = index.find("ميركيل")[0]  # a real spelling in the news, not in the gazetteer
    assert variant.entry.id == "person:angela-merkel" and "variant" in variant.reason
    assert index.find("ميركيل", fuzzy=False) == []


@pytest.mark.parametrize("word", ["روحانية", "عبوتين", "تفكيري", "حسين", "عمرو", "الأمم"])
def test_find_does_not_turn_look_alikes_into_names(index: GazetteerIndex, word: str) -> None:
    ids = [c.entry.id for c in index.find(word)]
    assert not [i for i in ids if i.startswith(("person:", "org:"))], ids


def test_variants_need_the_same_skeleton_and_a_high_score() -> None:
    index = GazetteerIndex({"p": Entry("p", "PER", "باشينيان"), "q": Entry("q", "PER", "حسن")})
    assert [c.entry.id for c in index.find("باشنيان")] == ["p"]
    assert index.find("باشيان") == []  # a letter missing: another skeleton
    assert index.find("حسين") == []  # short names never match as variants


def test_clitic_forms_and_readings_agree() -> None:
    for stem in ("القاهره", "باشينيان", "الامم", "روسيا", "ارمينيا"):
        for form in clitic_forms(stem):
            assert stem in [s for _, s in clitic_readings(form)], form
    assert [s for _, s in clitic_readings("المالي")] == ["المالي"]


def test_proclitic_forms_that_are_words_never_start_names() -> None:
    index = GazetteerIndex({"z": Entry("z", "LOC", "زاريا")}, common_words=["وزاريا"])
    assert index.scan("عقد مجلسا وزاريا") == []  # ministerial, not و + Zaria
    assert [m.entry_ids for m in index.scan("وصل إلى زاريا وبزاريا")] == [("z",), ("z",)]
    assert index.find("وزاريا") == []


def test_bundled_blocked_forms(index: GazetteerIndex) -> None:
    assert names(index, "انعقد مجلسا وزاريا مضيقا") == []
    assert names(index, "قال وكيل الوزارة") == []  # not و + Kiel
    assert ("للقدس", ("city:281184",)) in names(index, "زيارة للقدس")


def test_words_with_nunation_are_not_names(index: GazetteerIndex) -> None:
    assert names(index, "استهدف جاسوساً روسياً سابقاً") == []
    assert names(index, "وصل إلى روسيا") == [("روسيا", ("country:RU",))]


def test_feminine_adjectives_after_definite_nouns_are_not_places(index: GazetteerIndex) -> None:
    assert names(index, "ارتفعت الأسهم السعودية") == []
    assert names(index, "أعلنت حالة القوة القاهرة في الميناء") == []
    assert names(index, "وصل إلى السعودية") == [("السعودية", ("country:SA",))]
    assert names(index, "في مدينة القاهرة") == [("القاهرة", ("city:360630",))]


def test_clubs_and_agencies_are_not_their_cities(index: GazetteerIndex) -> None:
    assert names(index, "فاز ريال مدريد") == [("ريال مدريد", ("org:real-madrid",))]
    found = names(index, "نقلت وكالة تونس افريقيا للأنباء")
    assert found == [("وكالة تونس افريقيا للأنباء", ("org:tap",))]
    assert names(index, "دول أميركا الجنوبية") == [("أميركا الجنوبية", ("region:cldr-005",))]


@pytest.mark.parametrize(
    ("surface", "name", "agreement"),
    [
        ("عُمان", "عُمان", 1),
        ("عُمان", "عمّان", 0),  # marks on different letters: no evidence either way
        ("عَمّان", "عمّان", 1),  # the shadda agrees, the fatha is only written in the text
        ("عِمان", "عُمان", None),  # kasra against damma
        ("وعُمان", "عُمان", 1),  # the proclitic is passed over
        ("أُمان", "عُمان", 0),  # other letters
    ],
)
def test_vowel_agreement(surface: str, name: str, agreement: int | None) -> None:
    assert vowel_agreement(surface, name) == agreement
