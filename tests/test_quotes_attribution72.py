"""Quote stage, attribution round 72 on issue 19: which earlier subject a subjectless cue takes.
A verb that opens an adverbial clause of time or cause (بعد أن، بعدما، حيث) with its subject
dropped shares the subject of the clause the adverbial clause hangs on, also when that clause's
verb is no verb of saying ("ضجة أثارها المدرب X، بعد أن أعلن"); a verb after بينما/فيما opens a
clause of contrast whose subject a coordinated subjectless cue goes on with.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.document import Document, Mention
from qawl.pipeline import Pipeline


def test_an_adverbial_clause_takes_the_subject_of_a_relative_clause_it_hangs_on() -> None:
    # "أثارها المدرب …، بعد أن أعلن": the pronoun is the object, the trainer the subject.
    text = (
        "قال رئيس النادي محمد الكعبي إن الملعب سيكون جاهزا الشهر المقبل. "
        "وتأتي هذه الأزمة بعد ضجة كبيرة أثارها المدرب سامي الطرابلسي، بعد أن أعلن أنه سيترك تدريب الفريق."
    )
    quote = quote_with(quotes_of(text), "سيترك")
    assert quote.speaker is None
    assert quote.speaker_name == "سامي الطرابلسي"


def test_a_prepositional_complement_may_follow_the_governing_subject() -> None:
    # "أطلقها المدرب X في مؤتمر، بعدما أعلن": the phrase after the name completes the verb.
    text = (
        "قال رئيس النادي محمد الكعبي إن الملعب سيكون جاهزا الشهر المقبل. "
        "وجاء ذلك بعد مفاجأة أطلقها المدرب سامي الطرابلسي في مؤتمر صحفي، "
        "بعدما أعلن أنه سيرحل في نهاية الموسم."
    )
    quote = quote_with(quotes_of(text), "سيرحل")
    assert quote.speaker_name == "سامي الطرابلسي"


def test_a_free_relative_does_not_govern_the_adverbial_clause() -> None:
    # "تحدث X عما حققه الفريق، بعدما أكد": the clause on ما is inside the complement of تحدث.
    text = (
        "وتحدث رئيس النادي محمد الكعبي طويلا عما حققه المدرب سامي الطرابلسي، "
        "بعدما أكد أن الفريق سيفوز باللقب."
    )
    quote = quote_with(quotes_of(text), "سيفوز باللقب")
    assert quote.speaker_name != "سامي الطرابلسي"


def test_a_clause_after_fima_keeps_its_own_subject_for_the_next_verb() -> None:
    # "…، فيما رفضت الحكومة الخطة وأكدت أن …": the government speaks, not the union quoted first.
    text = (
        "قالت النقابة العامة للتعليم إن الإضراب سيتواصل الأسبوع المقبل، "
        "فيما رفضت الحكومة التونسية مطالب النقابة وأكدت أن الميزانية لا تسمح بأي زيادة."
    )
    quote = quote_with(quotes_of(text), "الميزانية")
    assert quote.speaker_name is not None and "الحكومة" in quote.speaker_name


def test_wa_dhalika_ends_the_clause_a_later_verb_could_go_on_with() -> None:
    # "…، وذلك بعد رسائل تلقتها المدارس وتفيد": تفيد is the letters', not the government's.
    text = (
        "قالت النقابة العامة للتعليم إن الإضراب سيتواصل، فيما أغلقت الحكومة التونسية عدة مدارس، "
        "وذلك بعد رسائل تلقتها الإدارات الجهوية وتفيد بأن المدارس مستهدفة."
    )
    quotes = [q for q in quotes_of(text) if "مستهدفة" in q.content.text]
    assert all(q.speaker_name is None or "الحكومة" not in q.speaker_name for q in quotes)


def test_a_place_name_ends_the_subject_before_an_indefinite_word(pipeline: Pipeline) -> None:
    # "كانت تركيا تنتهج سياسة …": a place heads no construct, so تنتهج is no part of its name.
    text = (
        "قال وزير الداخلية النمساوي إن القرار نهائي. "
        "من جهتها، كانت تركيا تنتهج سياسة الحياد، آملة أن تبقى بعيدة عن الحرب."
    )
    quote = next(q for q in record_quotes(pipeline, text) if "بعيدة" in q["content"]["text"])
    assert quote["speaker_name"] == "تركيا"


def test_the_verb_after_bayna_ma_opens_no_fronted_subject() -> None:
    # "بينما هاجمت إسبانيا تبني برلين …": verb first; برلين is no verb with a subject before it.
    text = (
        "قالت فرنسا إنها ستدعم الخطة، بينما هاجمت إسبانيا تبني برلين "
        '"نهجا خاطئا لا يحل شيئا" محذرة من أن الاتفاق قد ينهار.'
    )
    mentions = []
    for word in ("فرنسا", "إسبانيا", "برلين"):
        k = text.index(word)
        mentions.append(Mention(k, k + len(word), word, "LOC", source="gazetteer", entity=word))
    quote = quote_with(quotes_of(Document(id="t", text=text, mentions=mentions)), "الاتفاق قد ينهار")
    assert quote.speaker_name == "إسبانيا"
