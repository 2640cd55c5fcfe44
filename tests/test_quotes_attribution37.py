"""Attribution round 37: three speaker-side defects.

- "وأكد بن طالب أن": after بن/ابن/بنت/أبو a word is the genitive the link governs, the name's
  next part, though it also reads as a verb (طالب "demanded"), a preposition (على for Ben Ali)
  or a plural (فرحات): the speaker runs on past it.
- "واعتبرها الوزير خطوة هامة": after a verb of considering with an object pronoun, the
  indefinite noun after the title subject is the predicate, never the title's name.
- "وفقا للمتحدث باسم الوزارة": لل is ل + the article; the speaker's name keeps the article and
  drops the preposition (المتحدث باسم الوزارة).
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def test_verb_after_bin_is_part_of_the_name(pipeline: Pipeline) -> None:
    text = "وأكد بن طالب أن البلدية ستشرع في تهيئة الطريق قبل نهاية الشهر."
    assert speakers_and_names(pipeline, text)[0] == ("بن طالب", "بن طالب")


def test_plural_shaped_family_name_after_bin(pipeline: Pipeline) -> None:
    text = "وقال سامي بن فرحات إن الفلاحين ينتظرون الأمطار منذ أسابيع."
    assert speakers_and_names(pipeline, text)[0][0] == "سامي بن فرحات"


def test_preposition_after_given_name_look_alike(pipeline: Pipeline) -> None:
    # Without a name link, على after the name is the preposition: the speaker ends before it.
    text = "وأكد سامي على ضرورة أن تشرع البلدية في تهيئة الطريق."
    assert all(speaker != "سامي على" for speaker, _ in speakers_and_names(pipeline, text))


def test_verb_after_a_title_look_alike(pipeline: Pipeline) -> None:
    # طالب after a title (no link) is a second verb of saying: the speaker stays the title.
    text = "وقال الوزير إن الحكومة ستدعم الفلاحين، وطالب النواب بالمصادقة على القانون."
    assert speakers_and_names(pipeline, text)[0][0] == "الوزير"


def test_predicate_after_considering_verb_is_no_name(pipeline: Pipeline) -> None:
    text = "واعتبرها الوزير خطوة هامة في مسار الإصلاح، مؤكدا أن الحكومة ستواصل دعم البلديات."
    assert speakers_and_names(pipeline, text)[0] == ("الوزير", "الوزير")


def test_name_after_title_with_considering_verb_look_alike(pipeline: Pipeline) -> None:
    # A name after the title is still its name; the predicate comes after the whole subject.
    text = (
        "واعتبرها الوزير سمير الطيب خطوة هامة في مسار الإصلاح، مؤكدا أن الحكومة ستواصل دعم البلديات. "
        "وقال الوزير إن المشروع سينطلق قريبا."
    )
    assert speakers_and_names(pipeline, text)[-1][1] == "سمير الطيب"


def test_li_title_name_keeps_the_article(pipeline: Pipeline) -> None:
    text = "ووفقا للمتحدث باسم وزارة الصحة فإن عدد الإصابات تراجع خلال الأسبوع الماضي."
    speaker, name = speakers_and_names(pipeline, text)[0]
    assert speaker == "للمتحدث باسم وزارة الصحة"  # the speaker as written
    assert name == "المتحدث باسم وزارة الصحة"


def test_single_li_body_look_alike(pipeline: Pipeline) -> None:
    # One ل on an indefinite body noun: the name drops it as before, no article is added.
    text = "ووفقا لهيئة الحقيقة والكرامة فإن الملفات المودعة تجاوزت ستين ألفا."
    assert speakers_and_names(pipeline, text)[0][1].startswith("هيئة الحقيقة")
