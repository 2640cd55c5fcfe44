"""Where a quote's content ends, and what kind of quote it is (:func:`content_from`).

Quoted words run to their closing mark, colon content to the end of its sentence, and indirect
or nominal content to the end of its clause (:func:`clause_end`): the sentence end, or a comma
before the next clause (a new cue, "وذلك", "على حد تعبيره"), a verb of saying with content of its
own, a contrast (في حين، بينما), or, for a noun phrase, a clause of state, reason or place.
Quoted words are atomic: a sentence end inside quotation marks does not end the content.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.quotes.clauses import (
    NEAR_MIDDLE,
    Trigger,
    concessive_if,
    is_complementizer,
    relative_report,
    reports_here,
)
from qawl.extractors.quotes.lexicon import Cue, lemma_key
from qawl.extractors.quotes.noun_patterns import accused_participle, copula_predicate, participle_of_noun
from qawl.extractors.quotes.quoted_terms import has_quoted_speech
from qawl.extractors.quotes.stops import accusative_participle, has_article
from qawl.extractors.quotes.triggers import (
    CLAUSE_ONLY,
    CONCLUDED,
    NAMED_SUBJECT,
    PROMISE,
    concludes_with_clause,
    find_trigger,
)
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    COORDINATED_COMPLEMENTIZERS,
    FA_ANSWERS,
    NO_CONJUNCTION_AFTER,
    ON,
    POSSESSIVE_ENDINGS,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    RELATIVE_SOURCE_WORDS,
    RELATIVES,
    RELAY_WORDS,
    SPEECH_NOUNS,
    SUBJUNCTIVE_PARTICLES,
)

# حيث "where, as", إذ "since, as" (normalised): after a comma they open a clause of place or
# cause, which a noun phrase cannot hold.
_CAUSE_OPENERS = frozenset({"حيث", "اذ"})


def clause_end(
    view: DocView, start: int, stop_at_comma: bool = False, nominal: bool = False, governed: bool = False
) -> int:
    """Token index one past the end of the indirect content starting at token ``start``
    (``nominal``: a noun or prepositional complement, which a coordinated verb ends; ``governed``:
    a complement after the preposition the cue governs, which never holds the cue's subject)."""
    limit = len(view.tokens)
    _, sentence_last = view.sentence_range(start) if start < limit else (start, start)
    j = start
    # The loop asks these at every token it passes: read once.
    is_mark, is_comma, is_word = view.is_mark, view.is_comma, view.is_word
    is_sentence_mark, break_before = view.is_sentence_mark, view.break_before
    open_close, tokens, keys, bare, cues = view.open_close, view.tokens, view.keys, view.bare, view.cues
    quiet = _QUIET_PATH
    loud = _PHRASE_WORDS if nominal else _CLAUSE_WORDS
    # The last "، حسب تعبيره،" set off inside the clause: (its first comma, its second comma).
    aside: tuple[int, int] | None = None
    while j < limit:
        if (
            quiet
            and j > start
            and j < sentence_last
            and cues[j] is None
            and is_word(j)
            and keys[j] not in loud
            and bare[j] not in loud
            # في and على stop the walk only before حين/ما and حد (_contrast_report, _according_to).
            and (
                (bare[j] != _IN and keys[j] != _IN and keys[j] != ON)
                or j + 1 >= limit
                or (bare[j + 1] not in _IN_FOLLOWERS and keys[j + 1] not in _IN_FOLLOWERS)
            )
            and not break_before(j)
        ):
            # Most words of a clause are none of the words the tests below stop at: passed at once.
            j += 1
            continue
        if is_mark(j) and j in open_close:
            close = open_close[j]
            if close is not None:
                if close + 1 > sentence_last:
                    sentence_last = view.sentence_range(close)[1]
                j = close + 1
                continue
        if j >= sentence_last:
            break
        if is_sentence_mark(j):
            break
        if tokens[j].text == ":" and j > start:
            break
        if j > start and break_before(j):  # a line break between j - 1 and j
            break
        if is_comma(j) and stop_at_comma:
            break
        if is_comma(j) and j + 1 < limit:
            nxt = j + 1
            while nxt < limit and is_mark(nxt) and nxt not in open_close:
                nxt += 1
            key = keys[nxt] if nxt < limit else ""
            cue = cues[nxt] if nxt < limit and is_word(nxt) else None
            if _seemingly(view, nxt, limit):
                j = nxt + 2  # "أن الحملة، فيما يبدو، تستهدف …": "as it seems", set off inside the clause
                continue
            second = _relay_aside(view, nxt, sentence_last)
            if second:
                # "الذي يجب أن يبقى، حسب تعبيره، اجتماعيا": the writer's "in his words" set off
                # inside the clause; the comma after it decides whether the clause goes on.
                aside = (j, second)
                j = second
                continue
            # "، دون النظر إلى …" goes on with the reported clause; "، دون أن يذكر …" is the writer's.
            without = bare[nxt] == _WITHOUT and not _omission_note(view, nxt)
            if cue is not None and cue.kind == "noun":
                cue = participle_of_noun(view, nxt, cue)  # "…، مطالبة باعتذار": a participle
            if (
                (key in CLAUSE_BREAKS or bare[nxt] in CLAUSE_BREAKS)
                and not without
                and not _clause_goes_on(view, nxt, sentence_last, nominal, start)
                and (nominal or not _closing_relay(view, nxt, sentence_last))
            ) or (
                cue is not None
                and cue.kind != "noun"
                and reports_here(view, nxt, cue)
                # "…، وتوصلت إلى إقناع البحارة": without a conclusion of its own, the same clause
                and (
                    (CONCLUDED not in cue.frames and NAMED_SUBJECT not in cue.frames)
                    or _has_own_content(view, nxt)
                )
                and not _no_frame_here(view, nxt, cue)
            ):
                break
            if bare[nxt] in _CONDEMNING:
                break  # "…، منددا بـ"انتهاك واضح …"": the source's own act beside the words, no part of them
            if key == ON and _according_to(view, nxt):
                break
            if key == _WITH and nxt + 1 < limit and is_word(nxt + 1) and _owned_report(view, nxt + 1):
                break  # "أن التقرير "يمس هوية الشعب"، مع إقراره بوجود …": his own report, apart
            if _new_report_ahead(view, nxt, nominal):
                break
            if nominal and is_mark(j + 1) and j + 1 in open_close:
                break  # "الذي أبدى مخاوف حيال …، "غير مقبولة"": quoted words after a comma end a noun phrase
            if nominal and key in _CAUSE_OPENERS:
                break  # "أعلن انسحابه، حيث دافع عن …"، "تطرق إلى X، إذ احتل …": a clause of place or cause
            if nominal and key == "بعد":
                break  # "حذر من أي عمل متهور، بعد تهديد غربي …": the writer's time of the report
            if nominal and key in FA_ANSWERS:
                break  # "تحدثت عن المشروع، فإن …": a noun phrase takes no فإن; the answer of a fronted phrase
            if nominal and key in COORDINATED_COMPLEMENTIZERS and not concessive_if(view, nxt):
                break  # "أعلنت السيطرة على الحريق، وأن الحادث …": a clause, no noun of the phrase
            if nominal and _joined_verb(view, nxt, limit):
                break  # "وصفته الصحيفة بالمفاجأة، واستعرضت عددا …": the writer's next clause
        if j > start and is_word(j):
            cue = cues[j]
            key = keys[j]
            # A verb opens the next clause with its conjunction attached (وأكد) or written apart
            # ("… بل وصفتها بأنها …"، "ثم أضاف").
            if (
                cue is not None
                and (
                    cue.kind == "participle"
                    or (
                        cue.kind == "verb"
                        # "ما ورد في": after ما the first و is the root's, no conjunction
                        and (
                            (key != bare[j] and bare[j - 1] not in NO_CONJUNCTION_AFTER)
                            or keys[j - 1] in _APART_CONJUNCTIONS
                            or (bare[j - 1] == _ALSO and _also_reports(view, j, cue))
                        )
                    )
                )
                and _has_own_content(view, j, any_complement=nominal)
                # "إن الشركات باتت مهددة بالإفلاس": the predicate of a copula goes on with the
                # clause; a noun phrase takes no copula, so a nominal content still ends there.
                and (nominal or cue.kind != "participle" or not copula_predicate(view, j))
                and not accused_participle(view, j, cue)  # "إن بارك متهمة بالتواطؤ": a passive
                and (nominal or not _coordinated_present(view, j, cue))
                and not _second_between(view, j, start)
                and not _no_frame_here(view, j, cue)
            ):
                if (keys[j - 1] in _APART_CONJUNCTIONS or bare[j - 1] == _ALSO) and j - 1 > start:
                    j -= 1
                break
            if nominal and cue is not None and _colon_report(view, j):
                break
            if key == ON and _according_to(view, j):
                break
            if key in _CONFORMING and _relays_the_source(view, j):
                break  # "… بعد الثورة وفق قوله": "in his words", the writer's, after the content
            if key != bare[j] and bare[j] in _RELAY_HEADS and _next_source(view, j):
                break  # "… حيث احتجز بالمدينة ووفقا لأحد الباحثين اتهم …": the writer's next source
            if key in _SOURCE_BREAKS and j + 1 < limit and is_word(j + 1):
                if key == _WITHOUT and not _omission_note(view, j):
                    j += 1  # "تم دون الرجوع إلى النقابات": "without" inside the reported clause
                    continue
                if key == _WITHOUT and bare[j - 1] in _PREVENTING:
                    j += 1  # "تحول دون تحسين الاقتصاد": دون is what the verb of preventing governs
                    continue
                if key == _WITHOUT and bare[j - 1] == "من":
                    if j - 1 == start:
                        j += 1  # "أنه من دون هذا النص لن يكون …": the clause opens with its adverbial
                        continue
                    j -= 1  # "من دون ذكر سبب": من goes with its دون
                break
            # _opens_topic and _contrast_report, asked only at the words they start from.
            word = bare[j]
            if word == "اما" and _opens_topic(view, j):
                break
            if (word == "في" or word in _CONTRAST_OPENERS) and _contrast_report(view, j):
                break
            if word == "في" and _in_reference(view, j):
                break  # '"لم يكن متكافئا" في إشارة إلى أعمال العنف': the writer's gloss on the words
            if (word in _BUT_PRONOUNS or word in _BUT_THAT) and _but_report(view, j):
                break  # "إن رفع الحظر خطوة صغيرة لكنها دعت إلى …": the source's next report
            if word in _BUT and _but_other_report(view, j):
                break  # "إنها تستهدف المسلحين ولكن المنظمة تقول إن …": another source's report
            if nominal and _reason_clause(view, j):
                break
            if nominal and _adverbial_clause(view, j) and not _clause_so_far(view, start, j):
                if keys[j - 1] == "و" and j - 1 > start:
                    j -= 1  # "… و عندما": the conjunction written apart goes with its clause
                break
            if nominal and _new_clause_in_phrase(view, j):
                if keys[j - 1] == "و" and j - 1 > start:
                    j -= 1  # "… و لكن": the conjunction written apart goes with its clause
                break  # "طالب بإقالة الشاهد وهو مطلب يؤيده …"، "طالب بالبقاء فتم إبقاؤه"
            if governed and _governing_clause(view, start, j):
                break  # "وقال بعد مطالبته بزيادة المساهمات إن الحلف أقوى": إن is قال's
            if nominal and word in RELATIVES and relative_report(view, j):
                break  # "نافيا انتقاده ماي في مقابلته مع الصحيفة التي نقلت عنه قوله إن …"
            if (
                nominal
                and cue is not None
                and _owned_report(view, j)
                and not _genitive_of_noun(view, j, start)
            ):
                # "أعلن التزامه بالبند بعد إعلانها عن …": the next report ends a noun phrase,
                # with the time word that binds it.
                if bare[j - 1] in TIME_PREPOSITIONS and j - 1 > start:
                    j -= 1
                break
        j += 1
    if aside is not None and j <= aside[1] + 1:
        j = aside[0]  # the clause ends at the aside ("…، حسب تعبيره، مشيرا إلى …"): before it
    return j


# The singular circumstantial participles of condemning (منددا، مستنكرة، شاجبا): after a comma
# they tell what the source did beside the words reported (حال of the verb of saying), whatever
# follows them ("أن الهجوم يهدف إلى …، منددا بـ"انتهاك …""، "…، مستنكرة ما وصفته بـ…").
_CONDEMNING = frozenset(
    stem + ending for stem in ("مندد", "مستنكر", "مستهجن", "شاجب") for ending in ("ا", "ه")
)
_SOURCE_BREAKS = frozenset({"دون", "حسب", "بحسب"})
_WITH = "مع"
# وفق، وفقا، طبقا "in conformity with": inside a clause they govern a rule or plan ("تم التصويت
# وفق القانون"); they end the content only when they relay a saying (_relays_the_source).
_CONFORMING = frozenset({"وفق", "وفقا", "طبقا"})
_WHAT = frozenset({"ما", "لما"})
# "وفق ما أقره المجلس": done as a body approved or decided, a rule inside the reported words.
_DECIDING = frozenset({"أقر", "قرر", "اعتمد", "اشترط"})


def _relays_the_source(view: DocView, j: int) -> bool:
    """Whether وفق/وفقا/طبقا at ``j`` opens the writer's note of whose words these are: before a
    noun of saying with a possessive pronoun ("وفق قوله"، "وفقا لتعبيرها") or before ما and a
    verb of saying ("وفق ما صرح به"); not "وفق القانون"، "وفق ما ينص عليه الدستور"."""
    nxt = j + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    key = view.keys[nxt]
    if key in _WHAT:
        verb = view.cues[nxt + 1] if nxt + 1 < len(view) and view.is_word(nxt + 1) else None
        return verb is not None and verb.kind == "verb" and verb.lemma not in _DECIDING
    key = key[1:] if key[:1] == "ل" else key
    return any(key.endswith(ending) and key[: -len(ending)] in SPEECH_NOUNS for ending in POSSESSIVE_ENDINGS)


# "one of" (ل attached after وفقا): "ووفقا لأحد الباحثين"، "وحسب إحدى الروايات".
_ONE_OF = frozenset({"احد", "احدي", "لاحد", "لاحدي"})
# Nouns of what someone said or told, before the one who did: "وحسب أقوال السكان"، "وفقا لرواية الشرطة".
_SAYINGS = SPEECH_NOUNS | frozenset(
    normalize(word) for word in ("أقوال", "اعتراف", "رواية", "شهادة", "شهادات", "لرواية", "لشهادة", "لأقوال")
)


def _next_source(view: DocView, j: int) -> bool:
    """Whether a source word joined to و (ووفقا، وحسب، وبحسب، وطبقا) at ``j`` opens the writer's
    attribution of the next clause to a new source: before "one of" a group ("ووفقا لأحد
    الباحثين اتهم …"), a noun of saying of someone named after it ("وحسب أقوال السكان فإن …"،
    "وحسب اعتراف الوزير") or ما and a verb of saying ("وطبقا لما أفادت به وسائل الإعلام").
    Joined by و it opens a clause of its own; a rule or a plan ("ووفقا للقانون") goes on."""
    nxt = j + 1
    if nxt + 1 >= len(view) or not view.is_word(nxt) or not view.is_word(nxt + 1):
        return False
    key = view.bare[nxt]
    if key in _ONE_OF or _relays_the_source(view, j):
        return True
    return key in _SAYINGS and view.cues[nxt + 1] is None and has_article(view, nxt + 1)


# "، في تصريح …"، "، في كلمة …"، "، في محاولة …"، "، في ثاني حادث …": the occasion of the report or
# the writer's framing of it, after the content.
_OCCASIONS = frozenset(
    {"تصريح", "تصريحات", "حديث", "حوار", "مقابله", "كلمه", "ندوه", "لقاء", "ختام", "افتتاح", "اجتماع",
     "مؤتمر", "زياره", "رد", "رده", "ردها", "ردهم", "تدوينه", "مداخله", "بيان", "بلاغ", "تعليق", "اشاره",
     "المقابل", "الاثناء", "معرض", "محاوله", "خطوه", "تلميح", "احدث", "ثاني", "ثالث"}
)  # fmt: skip
# "، وفي هذا الإطار"، "، في ذات السياق": a demonstrative before a word of context is the writer's
# link to what follows ("في ذات الفترة" is a time of the report's own, "في إطار الشراكة" a phrase
# of the reported clause).
_SAME = frozenset({"هذا", "ذات", "نفس"})
_CONTEXTS = frozenset({"سياق", "السياق", "اطار", "الاطار", "الصدد"})
# "، وهو ما يعني …"، "، وهي شركة …": a pronoun clause that goes on describing what was said.
_DESCRIBING_PRONOUNS = frozenset({"وهو", "وهي"})
_SENTENCE_REACH = 10


def _clause_goes_on(
    view: DocView, nxt: int, sentence_last: int, nominal: bool = False, start: int | None = None
) -> bool:
    """After a comma inside reported content, whether a clause word that usually closes it goes
    on with the same report instead: a prepositional phrase of time, place or manner ("أن
    القروض تطورت، في ذات الفترة، بمعدل …"، "، وفي مقدمتهم رجال الأعمال") or a pronoun
    clause describing the last noun ("…، وهو ما يعني تراجعا"). It ends there when the phrase is
    the occasion of the report ("، في تصريح لـ…"، "، وفي سياق آخر"), a contrast (في حين، tested
    at its word), or a verb of saying with its own content follows soon ("، وفي سياق آخر، أكد
    …"، "، وهو ما نفته موسكو")."""
    limit = min(sentence_last, len(view))
    bare, keys = view.bare, view.keys
    if keys[nxt] == _IN and bare[nxt] in ("في", "وفي"):
        after = nxt + 1
        if after >= limit or not view.is_word(after):
            return False
        if bare[after] in _SAME and after + 1 < limit and bare[after + 1] in _CONTEXTS:
            return False
        if bare[after] in _OCCASIONS or (view.cues[after] is not None and view.cues[after].kind == "noun"):
            return False
    elif bare[nxt] == _ALSO and _also_that(view, nxt + 1, limit):
        if nominal or start is None or _inner_clause(view, start):
            return False  # a noun phrase holds no clause of its own
    elif _consequence(view, nxt, limit) or _that_by_means(view, nxt, limit) or _before_that(view, nxt, limit):
        # "، ما دفع النقابات إلى التأكيد أن …": a report of its own in the consequence ends the
        # reported clause before it, as does a noun phrase (which holds no clause of its own).
        # The consequence's own verb may be a cue word in another sense ("ما ينذر بتأجيج الصراع").
        verb = nxt + 2 if bare[nxt] == "الامر" else nxt + 1
        close = view.open_close.get(start) if start is not None and view.is_mark(start) else None
        if close is not None and _only_punctuation(view, close + 1, nxt):
            return False  # 'وصفهم بأنهم "خونة"، ما أثار …': quoted words alone, then the writer's
        cues = view.cues
        return not nominal and not any(
            (
                k != verb
                and cues[k] is not None
                and reports_here(view, k, cues[k])
                and _has_own_content(view, k)
            )
            or is_complementizer(view, k)
            or view.tokens[k].text == ":"
            for k in range(verb, limit)
            if view.is_word(k) or view.tokens[k].text == ":"
        )
    elif view.keys[nxt] in _BUT_GOES_ON or bare[nxt] in _BUT_GOES_ON:
        return not nominal and not _past_belief(view, start) and _but_same_account(view, nxt, limit)
    elif bare[nxt] == _ALSO and _also_does(view, nxt + 1, limit):
        # "، كما سيتم …"، "، كما قدمت المملكة …": "and also" + a verb, the same source's next point,
        # unless the clause reports on its own ("، كما أكد …"، "، كما قال مديره") or holds a
        # clause of its own ("، كما رفضت أن …": the source's next act, told by the writer).
        return (
            not nominal
            and _but_same_account(view, nxt, limit)
            and not any(view.is_word(m) and is_complementizer(view, m) for m in range(nxt + 2, limit))
        )
    elif bare[nxt] not in _DESCRIBING_PRONOUNS or (nxt + 1 < limit and view.is_comma(nxt + 1)):
        return False  # "، وهي، إن صحت، …": the writer's aside
    elif _past_event_note(view, nxt + 1, limit):
        return False
    commas = 0
    for k in range(nxt + 1, min(nxt + 1 + _SENTENCE_REACH, limit)):
        if view.tokens[k].text == ":":
            return False  # "، وهو بنفسه: …": his own words follow
        if view.is_comma(k):
            commas += 1
            if commas > 1:
                break
            continue
        cue = view.cues[k]
        if view.is_word(k) and cue is not None and cue.kind == "verb" and reports_here(view, k, cue):
            return False
    return True


# "، لكن …" "but": the contrast goes on with the reported clause when nothing after it reports
# ("قال إن المطار أصيب بأضرار، لكن الآمال معلقة على المروحيات": the source's own "but"); a verb
# of saying, a colon or a note on checking the words after it is the writer's next clause ("،
# لكن الشرطة نفت ذلك"، "، لكن لم يتسن التحقق من ذلك").
_BUT_GOES_ON = frozenset({"لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها"})
_CHECKING = frozenset({"التحقق", "التاكد", "يتسن", "يتسني", "تتسن"})
# "، لكنه لم يحدد موعدا"، "، لكن لم يتضح سبب ذلك"، "، لكنه لم يقدم دليلا": after لم, what the
# report left out, the writer's note on it.
_LEFT_OUT = frozenset(
    {"يتضح", "تتضح", "يحدد", "تحدد", "يقدم", "تقدم", "يستطع", "تستطع", "يتمكن", "تتمكن", "يعرف", "تعرف"}
)
# "، لكن الحقيقة غير ذلك"، "، لكن الواقع …": the writer sets the facts against the view reported.
_THE_FACTS = frozenset({"الحقيقه", "الواقع"})


_WAS = frozenset({"كان", "كانت", "كانوا", "كنا", "كنت"})
MAX_CUE_BEFORE = 3  # tokens from the cue to its content ("كنا نعتقد أن …")


def _past_belief(view: DocView, start: int | None) -> bool:
    """Whether the cue of the content at ``start`` follows كان ("كنا نعتقد أن الأزمة انتهت، لكن
    الوضع يزداد سوءا"): a belief or hope held before, which the "but" clause corrects."""
    if start is None:
        return False
    for m in range(start - 1, max(start - 1 - MAX_CUE_BEFORE, 0), -1):
        if view.is_word(m) and view.cues[m] is not None:
            return view.bare[m - 1] in _WAS
    return False


def _but_same_account(view: DocView, k: int, limit: int) -> bool:
    """Whether the "but" clause at ``k`` (after a comma) holds no report of its own to its sentence
    end: no cue word (a verb of saying or thinking, asserted or not: "، لكنه لم يوضح"، "، لكن
    ترامب يعتبر …"), no colon, no "it seems", no word of checking the report, nothing the report
    left out ("، لكنها لم تحدد …") and no "the truth is" ("، لكن الحقيقة …")."""
    if k + 1 >= limit or not view.is_word(k + 1):
        return False  # "، لكن، …": an aside follows
    bare = view.bare
    if bare[k + 1] in _THE_FACTS:
        return False
    for m in range(k + 1, limit):
        if bare[m - 1] == "لم" and bare[m] in _LEFT_OUT:
            return False
        if view.tokens[m].text == ":":
            return False
        if not view.is_word(m):
            continue
        if view.cues[m] is not None or bare[m] in _CHECKING or bare[m] in ("يبدو", "بدا"):
            return False
    return True


# "، ما يعني …"، "، مما أدى إلى …"، "، الأمر الذي جعله …": ما "which" (or الأمر الذي "a thing
# which") after a comma takes up the whole clause before it and says what follows from it, a
# relative of that clause: the consequence goes on with the reported words.
_CONSEQUENCE_WORDS = frozenset({"ما", "مما"})


def _consequence(view: DocView, k: int, limit: int) -> bool:
    """Whether ``k`` (after a comma) opens a consequence clause: ما/مما or الأمر الذي, then a verb
    (a word without the article, no noun of saying: "، ما يجعل …", not "، ما الدليل …")."""
    bare = view.bare
    verb = k + 1
    if bare[k] == "الامر" and verb < limit and bare[verb] == "الذي":
        verb += 1
    elif bare[k] not in _CONSEQUENCE_WORDS:
        return False
    if verb >= limit or not view.is_word(verb) or has_article(view, verb) or bare[verb][:1].isdigit():
        return False
    cue = view.cues[verb]
    # "، ما أكده الوزير"، "، وهو ما نفته موسكو": a verb of saying with the pronoun of what was said
    # is another source's relay of it, no consequence.
    return cue is None or (cue.kind == "verb" and not cue.object_suffix)


# "، وذلك عبر …"، "، وذلك بسبب …"، "، وذلك لتعزيز …": وذلك "and that (is)" then how, why or what
# for: the manner, cause or purpose of what was just said, which goes on with the reported words
# (not "، وذلك في بيان"، "، وذلك بعد لقائه": the occasion or time of the report, the writer's).
_MEANS = frozenset(
    {"عبر", "بسبب", "بفضل", "جراء", "بهدف", "بغيه", "لان", "لانه", "لانها", "لانهم", "حتي", "تفاديا",
     "سعيا", "حرصا"}
)  # fmt: skip
_MEANS_PAIRS = frozenset({("من", "خلال"), ("من", "اجل")})
MIN_PURPOSE_NOUN = 5  # letters of لـ + a verbal noun of purpose (لتعزيز، لإثبات), not لتلك


def _that_by_means(view: DocView, k: int, limit: int) -> bool:
    """Whether ``k`` (after a comma) is وذلك before a word of manner, cause or purpose."""
    bare = view.bare
    nxt = k + 1
    if view.tokens[k].text != "وذلك" or nxt >= limit or not view.is_word(nxt):
        return False
    word = bare[nxt]
    if word in _MEANS:
        return True
    if nxt + 1 < limit and (word, bare[nxt + 1]) in _MEANS_PAIRS:
        return True
    # لـ + a verbal noun of the forms تفعيل/إفعال (لتعزيز، لتهيئة، لإثبات): "in order to".
    return len(word) >= MIN_PURPOSE_NOUN and word[:2] in ("لت", "لا") and not has_article(view, nxt)


def _before_that(view: DocView, k: int, limit: int) -> bool:
    """Whether ``k`` (after a comma) is قبل "before" with a clause or a noun after it ("، قبل أن
    ينشرها"، "، قبل السفر إلى الخارج"): the next step of the events reported, in the same account."""
    nxt = k + 1
    return view.tokens[k].text == "قبل" and nxt < limit and view.is_word(nxt) and view.cues[nxt] is None


def _also_that(view: DocView, k: int, limit: int) -> bool:
    """Whether the word at ``k`` after كما is a complementizer: "قال إن الحزب بصدد …، كما أنه
    بصدد …" coordinates a second clause under the same cue ("and also that"), as "… وإن …" does."""
    return k < limit and view.keys[k] in COMPLEMENTIZERS and not view.keys[k].startswith("ب")


def _also_does(view: DocView, k: int, limit: int) -> bool:
    """Whether the word at ``k`` after كما "as, also" is a verb ("، كما سيتم تنظيم …"، "، كما
    شوهدت …"): a word without the article, no digit and no pronoun (not "كما هو الحال")."""
    if k >= limit or not view.is_word(k) or has_article(view, k):
        return False
    word = view.bare[k]
    return not word[:1].isdigit() and word not in _ALSO_NOT_VERBS


# After كما: words that are no verb ("كما في …"، "كما هو الحال"، "كما لو …").
_ALSO_NOT_VERBS = frozenset({"في", "هو", "هي", "هم", "لو", "ان", "انه", "انها", "كان", "كانت", "يلي"})


def _inner_clause(view: DocView, start: int) -> bool:
    """Whether the clause starting at ``start`` follows another complementizer of its sentence:
    in "ويقول المتهمون إن الرئاسة اكتفت بتوقيفه، وهي عقوبة رأوا أنها غير متناسبة، كما أن …" the
    كما أنّ clause coordinates with the outer إنّ clause, not with the nested one."""
    first, _ = view.sentence_range(start)
    return any(view.is_word(k) and is_complementizer(view, k) for k in range(first, start - 1))


# "، وهي المرة الأولى …"، "، وهو أول …": the writer's note on the event reported.
_FIRST_TIME = frozenset({"المره", "اول", "اولي"})


def _past_event_note(view: DocView, k: int, limit: int) -> bool:
    """After "، وهو/وهي": "ما" or "الأمر الذي" with a verb that is not a present or future
    ("وهو ما حدث بالفعل"، "وهو الأمر الذي لم يحدث") tells what came of the report, the writer's
    note; a present ("وهو ما يعني …"، "وهو ما يتطلب …") draws the source's own conclusion."""
    if k >= limit or not view.is_word(k):
        return False
    if view.bare[k] in _FIRST_TIME:
        return True
    if view.bare[k] == "الامر" and k + 1 < limit and view.bare[k + 1] == "الذي":
        k += 1
    elif view.bare[k] != "ما":
        return False
    verb = k + 1
    return verb < limit and view.is_word(verb) and view.bare[verb][:1] not in "يتس"


def _seemingly(view: DocView, k: int, limit: int) -> bool:
    """ "، فيما يبدو،": a parenthetical "as it seems" between commas, no clause of its own."""
    return k + 2 < limit and view.bare[k] == "فيما" and view.bare[k + 1] == "يبدو" and view.is_comma(k + 2)


_WITHOUT = "دون"
# Verbs and nouns of preventing, which govern دون ("prevented … from"): حال دون، تحول دون،
# للحيلولة دون. After them دون is inside the clause, not the writer's "without" that ends it.
_PREVENTING = frozenset(
    {"حال", "حالت", "يحول", "تحول", "يحولان", "تحولان", "يحولون", "حالوا", "الحيلوله", "للحيلوله",
     "الحؤول", "بالحؤول", "للحؤول", "حائلا", "حائل"}
)  # fmt: skip
TIME_PREPOSITIONS = frozenset({"بعد", "قبل", "عقب", "اثر", "منذ"})
# "على حد السواء" "alike": a fixed adverbial of the clause, not "على حد قوله" "as he put it".
_ALIKE = frozenset({"السواء", "سواء"})


# "حسب تعبيره"، "بحسب قوله"، "وفق تقديره"، "وفقا لرأيه"، "على حد قوله": the relay words before
# a noun of saying with the source as a possessive pronoun.
_RELAY_HEADS = _CONFORMING | {"حسب", "بحسب"}


def _relay_aside(view: DocView, k: int, sentence_last: int) -> int:
    """After a comma, at ``k``: a pronoun relay ("حسب تعبيره"، "على حد قوله"، "وفقا لرأيه")
    closed by a comma before the sentence ends, the writer's aside inside the reported clause
    ("يجب أن يبقى، حسب تعبيره، اجتماعيا"). Returns the index of its closing comma, else 0."""
    if k + 2 >= sentence_last or not view.is_word(k):
        return 0
    keys = view.keys
    head = keys[k][1:] if keys[k][:1] == "و" and keys[k][1:] in _RELAY_HEADS else keys[k]
    noun = k + 1
    if head == ON or head == "وعلي":
        if keys[noun] != "حد" or view.bare[noun + 1] in _ALIKE:
            return 0
        noun += 1
    elif head not in _RELAY_HEADS:
        return 0
    if noun + 1 >= sentence_last or not view.is_word(noun) or not view.is_comma(noun + 1):
        return 0
    if noun + 2 < sentence_last:
        after = view.tokens[noun + 2].text
        if accusative_participle(after) or (after[-1:] == "ة" and accusative_participle(after[:-1] + "ا")):
            return 0  # "…، حسب تقديرها، مستشهدة بـ…": a circumstantial of the source, the writer's
    key = keys[noun][1:] if keys[noun][:1] == "ل" else keys[noun]
    if any(key.endswith(ending) and key[: -len(ending)] in SPEECH_NOUNS for ending in POSSESSIVE_ENDINGS):
        return noun + 1
    return 0


MAX_RELAYED_TAIL = 40  # tokens from a comma to a sentence-final "حسب تعبيره"
_CONTRASTIVE_BREAKS = frozenset({"لكن", "لكنه", "لكنها", "ولكن", "بينما", "فيما", "الا"})


def _closing_relay(view: DocView, k: int, sentence_last: int) -> bool:
    """Whether the sentence from ``k`` (after a comma) to its end is one stretch that a pronoun
    relay closes ("…، وفي حال عدم الحصول عليها باتت الحكومة فاقدة للثقة، بحسب تعبيره."): the
    writer's "in his words" at the sentence end marks everything before it as the source's, so a
    clause opener after the comma goes on with the reported words. Not when a verb of saying or a
    complementizer comes first (the next report, with a source of its own)."""
    if view.bare[k] in _CONTRASTIVE_BREAKS or view.keys[k] in _CONTRASTIVE_BREAKS:
        return False  # "…، لكن الحكومة تعمل على حله، حسب تعبيره": the writer may set the contrast
    m = sentence_last - 1
    while m > k and not view.is_word(m):
        m -= 1
    if m - k > MAX_RELAYED_TAIL or m - 1 <= k:
        return False
    keys = view.keys
    noun = keys[m][1:] if keys[m][:1] == "ل" else keys[m]
    if not any(
        noun.endswith(ending) and noun[: -len(ending)] in SPEECH_NOUNS for ending in POSSESSIVE_ENDINGS
    ):
        return False
    head = m - 1
    if keys[head] == "حد" and head - 1 > k and keys[head - 1] == ON:
        head -= 1
    elif keys[head] not in _RELAY_HEADS:
        return False
    if not view.is_comma(head - 1):
        return False  # "… على حد قوله" run into the clause: the clause before it was cut elsewhere
    for n in range(k, head - 1):
        cue = view.cues[n] if view.is_word(n) else None
        if (cue is not None and cue.kind != "noun") or is_complementizer(view, n) or view.is_sentence_mark(n):
            return False
    return True


def _according_to(view: DocView, j: int) -> bool:
    """على حد at ``j`` opens the writer's "as X put it" (على حد قوله، على حد تعبيره), which ends
    the content before it, unless it is the adverbial "على حد السواء" "alike"."""
    keys = view.keys
    if j + 1 >= len(view) or keys[j + 1] != "حد":
        return False
    return not (j + 2 < len(view) and view.bare[j + 2] in _ALIKE)


# What the writer says a source left out ("دون ذكر التفاصيل"، "دون أن يوضح الأسباب"): a word of
# mentioning or specifying after دون (or دون أن). Any other "without" (تم دون الرجوع إلى …،
# "لن يمر دون محاسبة") belongs to the reported clause.
_OMITTED_NOUNS = frozenset(
    {"ذكر", "تحديد", "توضيح", "الكشف", "كشف", "الافصاح", "افصاح", "الخوض", "التطرق", "الاشاره",
     "اشاره", "تفاصيل", "مزيد", "المزيد", "تسميه", "ايراد", "التعليق", "تعليق", "الادلاء",
     # "دون ورود أنباء عن ضحايا"، "دون معلومات عن الخسائر": no news of it yet, the writer's note
     "ورود", "معلومات", "انباء"}
)  # fmt: skip
# Imperfect stems after دون أن, without the person prefix (يذكر، توضح، يتطرق، يأتي على ذكر، تتضح
# "become clear").
_OMITTED_VERBS = frozenset(
    {"ذكر", "وضح", "حدد", "كشف", "فصح", "شير", "بين", "ورد", "علق", "عطي", "دلي", "خوض", "تطرق",
     "سمي", "اتي", "تحدث", "قدم", "تضح", "توضح"}
)  # fmt: skip
# Giving reports an omission only with details as its object: "دون تقديم تفاصيل" is the writer's,
# "لا يمكن توجيه الاتهامات دون تقديم أدلة" is reported.
_GIVING_VERBS = frozenset({"قدم", "عطي"})
_GIVING_NOUNS = frozenset({"تقديم", "اعطاء", "اضافه"})
_DETAILS = frozenset({"تفاصيل", "مزيد", "المزيد", "ايضاحات", "توضيحات", "توضيح", "معلومات", "اي", "تفسير"})


def _omission_note(view: DocView, j: int) -> bool:
    """Whether دون at ``j`` opens the writer's note of what the source did not say."""
    n, bare = len(view), view.bare
    k = j + 1
    if k < n and bare[k] == "ان":
        k += 1
        if k >= n:
            return False
        word = bare[k]
        if word[:1] not in "يتن":
            return False
        stem = word[1:]
        for ending in ("وا", "ون", "ا"):
            if stem.endswith(ending) and stem[: -len(ending)] in _OMITTED_VERBS:
                stem = stem[: -len(ending)]
                break
        if stem not in _OMITTED_VERBS:
            return False
        if stem in _GIVING_VERBS:
            return _details_follow(view, k)
        return True
    if k < n and bare[k] in _GIVING_NOUNS:
        return _details_follow(view, k)
    return k < n and bare[k] in _OMITTED_NOUNS


MAX_BEFORE_DETAILS = 3  # "دون أن يقدم البنك أي توضيحات": the verb's subject may come first


def _in_reference(view: DocView, j: int) -> bool:
    """Whether في at ``j`` opens "في إشارة إلى …" "in reference to …", the writer's note on what
    the reported words meant, after them (with a comma, _OCCASIONS ends the clause the same way)."""
    return j + 2 < len(view) and view.bare[j + 1] == "اشاره" and view.bare[j + 2] in ("الي", "لي")


def _details_follow(view: DocView, k: int) -> bool:
    return any(view.bare[m] in _DETAILS for m in range(k + 1, min(len(view), k + 1 + MAX_BEFORE_DETAILS)))


_APART_CONJUNCTIONS = frozenset({"بل", "ثم"})
# كما "also" before a verb of saying: "دعت إلى الحوار كما طالبت بمراجعة القانون" coordinates a second
# report; "كما أعلن محاميه" "as his lawyer announced", with no content of its own, is a relay.
_ALSO = "كما"
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
# Quotation marks right after كما + verb hold the earlier report's words ("اتهم بعضها كما قال بـ"دعم …""),
# and a bare object may be the clause's own: only these open a report of its own.
_ALSO_TRIGGERS = frozenset({"that", "prep", "colon"})


def _also_reports(view: DocView, i: int, cue: Cue) -> bool:
    """Whether the verb after كما at i has its own complementizer, colon, marks or governed
    preposition in its sentence, so that كما is "also" and the verb opens a new report. A verb
    with an object pronoun (كما وصفته بـ، كما أوردته الصحف) takes up what was said before it:
    "as X described it", a relay."""
    word = view.bare[i]
    if word.endswith(_OBJECT_PRONOUNS) and not normalize(cue.lemma).endswith("ه"):
        return False
    _, last = view.sentence_range(i)
    trigger, _ = find_trigger(view, i, cue, max(last, i + 1))
    return trigger is not None and trigger.kind in _ALSO_TRIGGERS


MAX_BETWEEN_TERM = 6  # the first term of "بين X و بين Y": a noun phrase


def _second_between(view: DocView, j: int, start: int) -> bool:
    """ "بينها و بين الجهات الحكومية": بين repeated after و is the second term of "between X
    and Y", never the verb بيّن."""
    if view.keys[j] != "وبين":
        return False
    return any(view.bare[k].startswith("بين") for k in range(max(start, j - MAX_BETWEEN_TERM - 1), j))


def _governing_clause(view: DocView, start: int, j: int) -> bool:
    """إنّ (hamza below) opens the clause of a word of saying, never a part of a noun phrase, which
    takes أنّ ("طالب بضرورة أن …"). With no word of saying in the phrase before it, that word is
    the one the phrase depends on; one inside the phrase keeps its clause there ("مقتل 18 شخصا
    بأيدي مسلحين قال إنهم …"، "على القول من جديد إن …"). Only إنّ with its pronoun (إنه) or before
    a definite noun or quotation marks: a verb after إن is "if" (إن لم، إن تطلب الأمر)."""
    if view.tokens[j].text[:1] != "إ" or not is_complementizer(view, j):
        return False
    if view.bare[j] == "ان" and not (
        j + 1 < len(view) and (view.bare[j + 1].startswith("ال") or view.is_mark(j + 1))
    ):
        return False
    cues, bare = view.cues, view.bare
    return all(cues[k] is None and _without_article(bare[k]) not in SPEECH_NOUNS for k in range(start, j))


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") else word


def _owned_report(view: DocView, j: int) -> bool:
    """A verbal noun of saying with its owner's pronoun (إعلانها، تأكيده، مطالبتهم): a report
    of its own inside a noun phrase."""
    cue = view.cues[j]
    return cue is not None and cue.kind == "noun" and cue.object_suffix


# Nouns used as prepositions of cause, manner or concession: the report after them is the
# writer's circumstance of the statement, not a word of the phrase ("رغم إعلانها"، "بسبب تصريحاته").
_ADVERBIAL_HEADS = frozenset({"رغم", "برغم", "بسبب", "جراء", "حيال", "دون", "بفعل", "اثر", "باثر"})


def _genitive_of_noun(view: DocView, j: int, start: int) -> bool:
    """The report noun at ``j`` is the genitive of the noun before it, inside the content ("طالب
    بإدانة تصريحاتها"، "حذر من تداعيات تصريحاته"، "دعا إلى نشر مطالبهم"): a noun in construct
    (no article) takes it as its complement, so the phrase goes on; after a preposition, a time
    word or a noun of cause ("بعد إعلانها"، "رغم تصريحاته") it is a report of its own."""
    head = j - 1
    if head < start or not view.is_word(head) or view.cues[head] is not None or has_article(view, head):
        return False
    key = view.bare[head]
    words = view.words
    return not (
        key in _ADVERBIAL_HEADS
        or key in TIME_PREPOSITIONS
        or words.is_a("stop", key)
        or words.is_a("time", key)
        or key in PRONOUN_SUBJECTS
        or key.isdigit()
    )


# و/ف + an independent pronoun opens a clause of state (وهو مطلب …): a noun is never joined to
# a pronoun. و/ف + one of these verbs opens the next clause (فتم إبقاؤه، وكان …): a noun phrase
# coordinates nouns, not verbs.
_PRONOUN_CLAUSES = frozenset({"هو", "هي", "هم", "هما", "هن"})
_CLAUSE_VERBS = frozenset(
    {"تم", "كان", "كانت", "قام", "قامت", "اصبح", "اصبحت", "بات", "باتت", "ظل", "ظلت", "جاء", "جاءت"}
)


def _new_clause_in_phrase(view: DocView, j: int) -> bool:
    key = view.keys[j]
    if key in _NOMINAL_BREAKS or (key == "في" and j + 1 < len(view) and view.keys[j + 1] == "حين"):
        return True  # "… لكنه لم يذكر"، "… بينما تعرض بعضهم": a clause of its own
    if key[:1] not in "وف":
        return False
    if key[1:] in _PRONOUN_CLAUSES:
        # "شيء مهم وهو أننا …" ("namely that"): the clause spells the noun out.
        return not (j + 1 < len(view) and is_complementizer(view, j + 1))
    return key[1:] in _CLAUSE_VERBS


_NOMINAL_BREAKS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "ولكنه", "ولكنها", "بينما", "وبينما"})


MIN_VERB_STEM = 4  # letters of a word after و read as a verb by its shape: "صوت"، "وقت" are nouns


def _joined_verb(view: DocView, j: int, limit: int) -> bool:
    """Whether the word at j, after a comma, is و joined to a verb by its shape alone: a perfect
    with the feminine ت ("واستعرضت"، "وسجلت"; not a plural in ات) or the future سـ before an
    imperfect ("وسيحاول"), with a word after it. A noun phrase goes on after "، و" with a noun,
    never with a verb: the verb opens the writer's next clause. A word the lexicon knows (وتحت)
    or a name (وبيروت) is no such verb."""
    text = view.tokens[j].text
    if not view.is_word(j) or not text.startswith("و") or view.bare[j] != view.keys[j]:
        return False
    if not view.keys[j].startswith("و") or view.mention_label(j) is not None:
        return False
    stem = view.bare[j][1:]
    if len(stem) < MIN_VERB_STEM or stem.startswith("ال") or view.words.is_a("stop", stem):
        return False
    verb = (stem.endswith("ت") and not stem.endswith("ات")) or (stem[:1] == "س" and stem[1:2] in "يتن")
    return verb and j + 1 < limit and view.is_word(j + 1)


def _reason_clause(view: DocView, j: int) -> bool:
    """لأنّ or باعتبار أنّ "because, since" open a clause of reason, which a noun phrase does not
    hold: "وصفه بـ"الدقيق" باعتبار أن الحوار …" ends before it."""
    key = view.bare[j]
    if key in ("لان", "لانه", "لانها", "لانهم"):
        return True
    return key == "باعتبار" and j + 1 < len(view) and is_complementizer(view, j + 1)


# عندما، حينما، بعدما، حيث، كلما open a finite clause of time or place; بعد أن "after" and إلا أن /
# غير أن "however" likewise. A noun phrase holds no such clause: it tells when or where the source
# spoke (the writer's words) or what came next, so a nominal content ends before it, with a comma
# or without one.
_ADVERBIAL_OPENERS = frozenset({"عندما", "حينما", "بعدما", "حيث", "كلما"})
_BEFORE_THAT = frozenset({"بعد", "الا", "غير"})
_WHERE = "حيث"
_WHERE_PREPOSITIONS = frozenset({"من", "الي", "في", "الى"})


def _adverbial_clause(view: DocView, j: int) -> bool:
    """Whether word j opens a clause of time, place or contrast after a noun phrase: "دعا إلى
    التهدئة عندما زار المدينة"، "طالب بوقف القتال في البلدة حيث يعيش آلاف"، "تعهد بإلغاء القرار بعد أن
    عارضته النقابة"، "أكد تمسكه بالحوار غير أن المعارضة رفضت"."""
    word = view.bare[j]
    if word in _ADVERBIAL_OPENERS:
        # "من حيث المبدأ" "in principle"، "إلى حيث …" "to where": a preposition's own noun.
        return not (word == _WHERE and j > 0 and view.bare[j - 1] in _WHERE_PREPOSITIONS)
    if word[:1] in "وف" and word[1:] in _ADVERBIAL_OPENERS:
        return True
    nxt = j + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    return word in _BEFORE_THAT and view.bare[nxt] == "ان"


_BEING = "كون"


def _clause_so_far(view: DocView, start: int, j: int) -> bool:
    """Whether the content from ``start`` to word j is already a clause, in which a clause of
    time belongs to its verb: "كونها قررت التخلي عنه بعدما التزمت به"، "ثقته بأن فريقه لن يتأثر
    عندما يحل ضيفا" (كون + subject, or a complementizer on the way)."""
    if view.bare[start].startswith(_BEING):
        return True
    keys = view.keys
    return any(keys[k] in COMPLEMENTIZERS for k in range(start, j))


# "في حين" / "بينما" / "فيما" "whereas": a clause of their own, set against the one before.
_CONTRAST_OPENERS = frozenset({"بينما", "فيما"})
# "but he/she/they" (لكنه، ولكنها …), and the two-word "غير أنه"، "إلا أنه".
_BUT_PRONOUNS = frozenset({"لكنه", "لكنها", "لكنهم", "لكنهما"})
_BUT_THAT = frozenset({"غير", "الا"})
_THAT_PRONOUNS = frozenset({"انه", "انها", "انهم", "انهما"})


def _but_report(view: DocView, j: int) -> bool:
    """Whether word j opens "but he …" + a verb of saying with content of its own ("… خطوة صغيرة
    لكنها دعت إلى إنهاء …"، "… مستقر غير أنه طالب بـ…"): the pronoun's verb is the source's next
    report, a quote of its own, not more of the reported clause; a conjunction before لكن is
    dropped like the one attached to a verb."""
    verb = j + 1
    if view.bare[j] in _BUT_THAT:
        if verb >= len(view) or view.bare[verb] not in _THAT_PRONOUNS:
            return False
        verb += 1
    if verb >= len(view) or not view.is_word(verb):
        return False
    cue = view.cues[verb]
    if cue is None or cue.kind != "verb" or view.keys[verb] != view.bare[verb]:
        return False
    # The verb's own frame, not any complement: "لكنه نقل له خطابا" (conveyed) goes on.
    return _has_own_content(view, verb)


# "but" written alone, with or without و (لكنْ، ولكنّ): a subject of its own may follow it.
_BUT = frozenset({"لكن", "ولكن"})
MAX_BUT_SUBJECT = 5  # words of the subject between لكن and its verb of saying


def _but_other_report(view: DocView, j: int) -> bool:
    """Whether لكن/ولكن at ``j`` opens a clause whose subject, written after it, is the subject of
    a verb of saying with content of its own: "إنها تستهدف الجماعات الإرهابية ولكن الخوذ البيضاء
    تقول إن …". The other source's report is a quote of its own, not more of the reported clause.
    Only a definite or named subject (no "لكن الأمر …" is told apart here: the verb must report)."""
    first = j + 1
    if first >= len(view) or not view.is_word(first) or view.cues[first] is not None:
        return False
    if not (has_article(view, first) or view.mention_label(first) is not None):
        return False
    for k in range(first + 1, min(first + 1 + MAX_BUT_SUBJECT, len(view))):
        if not view.is_word(k):
            return False
        cue = view.cues[k]
        if cue is None:
            continue
        if cue.kind != "verb" or view.keys[k] != view.bare[k]:
            return False
        return _has_own_content(view, k)
    return False


def _contrast_report(view: DocView, j: int) -> bool:
    """Whether word j opens a contrasting clause whose verb of saying reports on its own ("…
    سقطوا في الأحداث في حين أقرت الحكومة بسقوط …"): the other side's report is no longer the
    first speaker's words."""
    verb = j + 1
    # "في حين"، and "في ما" written apart for فيما ("… في برلين في ما أكدت النيابة أن …"); with
    # an object pronoun on the verb, "في ما قاله" is "in what he said", a preposition's relative.
    apart = False
    if view.bare[j] == "في" and verb < len(view) and view.bare[verb] in ("حين", "ما"):
        apart = view.bare[verb] == "ما"
        verb += 1
    elif view.bare[j] not in _CONTRAST_OPENERS:
        return False
    if verb >= len(view) or not view.is_word(verb):
        return False
    cue = view.cues[verb]
    if cue is None or cue.kind != "verb" or (apart and cue.object_suffix):
        return False
    return _has_own_content(view, verb)


def _coordinated_present(view: DocView, j: int, cue: Cue | None) -> bool:
    """و + an imperfect verb of saying with no subject of its own inside reported content ("إن
    غوتيريس يدعو إلى … ويحضّ جميع الأطراف على …"): the reported clause goes on, its subject
    the one before; the article's own next report is in the perfect (وأضاف) or names its
    subject (ويقول المحلل)."""
    if cue is None or cue.kind != "verb" or view.keys[j][:1] != "و":
        return False
    key = view.bare[j]
    if key[:1] not in "يت" or key.startswith(lemma_key(cue.lemma)):
        return False
    nxt = j + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    return (
        view.bare[nxt] in QUANTIFIERS
        or view.bare[nxt] in CLAUSE_OPENER_PREPOSITIONS
        or (
            view.cues[nxt] is None
            and not has_article(view, nxt)
            and view.title_state(view.bare[nxt]) is None
            and view.mention_label(nxt) is None
            and not view.words.is_a("anonymous", view.bare[nxt])
        )
    )


CLAUSE_OPENER_PREPOSITIONS = frozenset({"الي", "علي", "من", "عن", "في"})


def _opens_topic(view: DocView, i: int) -> bool:
    """أمّا … فـ: a fronted topic whose comment starts with ف opens a new sentence ("… أما رئيس
    اللجنة فقد أبرز أن …"); إمّا … أو ("either … or") has no ف answer and goes on."""
    if view.bare[i] != "اما":
        return False
    for k in range(i + 2, min(i + 16, len(view))):
        if view.is_sentence_mark(k) or view.bare[k] in {"او", "ام"}:
            return False
        if (
            view.is_word(k)
            and view.bare[k].startswith("ف")
            and (view.bare[k] in {"فقد", "فان", "فانه", "فانها"} or view.cues[k])
        ):
            return True
    return False


def _new_report_ahead(view: DocView, first: int, in_noun_phrase: bool = False) -> bool:
    """After a comma: a verb of saying within the next few words that opens its own quote
    ("…، وبعد القمة ذكرت أن …") starts a new clause; after a noun phrase (``in_noun_phrase``)
    any verb there does, with any complement."""
    if _consequence(view, first, len(view.tokens)):
        return False  # "، ما يتفق مع …": the consequence's verb has the fact before it as subject
    for k in range(first, min(first + 4, len(view.tokens))):
        if not view.is_word(k) or view.bare[k] in RELATIVES or view.bare[k] in PRONOUN_SUBJECTS:
            return False  # "، الذي وصفه بأنه" describes; "، فهو يرى أنه" goes on with one speaker
        cue = view.cues[k]
        if cue is not None and cue.kind == "verb":
            return _has_own_content(view, k, any_complement=in_noun_phrase)
    return False


def _colon_report(view: DocView, j: int) -> bool:
    """A verb of saying with no conjunction, then its subject and a colon ("… وفي تعليقه على
    الخبر قال خلفان: "…""): a new report, which a noun phrase never holds (a relative clause of
    saying inside one comes after الذي/ما, "التي قال إنها …")."""
    cue = view.cues[j]
    if cue.kind != "verb" or view.keys[j] != view.bare[j] or view.bare[j - 1] in NO_CONJUNCTION_AFTER:
        return False
    if view.words.is_a("stop", view.keys[j]):
        return False  # "عبر موقع الوكالة التالي: …": عبر "via", not the verb
    for k in range(j + 1, min(j + 1 + MAX_COLON_SUBJECT, len(view))):
        if view.tokens[k].text == ":":
            return k > j + 1
        if not view.is_word(k):
            return False
    return False


MAX_COLON_SUBJECT = 5


def _no_frame_here(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a cue word inside a content gives no frame of its own there, so that the clause
    goes on past it: a verb that reports only through its complementizer, with none after it and
    no subject of its own (a definite noun) right after it, is the predicate of the clause's own
    fronted subject ("أن نتائج المسح …، أظهرت إصابة 40 طفلا"); ردّد before a single quoted word
    repeats a term, no saying ("وأنه تجاوز صلاحياته وردد "أكاذيب" خلال الجلسة")."""
    nxt = i + 1
    if cue.kind == "verb" and CLAUSE_ONLY in cue.frames:
        if view.keys[i] != view.bare[i] or (i > 0 and view.keys[i - 1] in _APART_CONJUNCTIONS | {"و"}):
            return False  # "، وقدرت فقدان …": the source's next act, with its conjunction
        if nxt >= len(view) or not view.is_word(nxt) or has_article(view, nxt):
            return False  # "، أظهرت الفحوص …": a subject of its own
        if view.bare[nxt][:1] in "بل" or view.bare[nxt] in _PREPOSITIONS:
            return False  # "، أشادت بالسياسة …": its own complement, a clause of its own
        return not _has_own_content(view, i)
    if cue.lemma == _REPEATING and nxt < len(view) and view.is_mark(nxt):
        close = view.open_close.get(nxt)
        return close is not None and sum(view.is_word(k) for k in range(nxt + 1, close)) == 1
    return False


_PREPOSITIONS = frozenset({"في", "علي", "الي", "من", "عن", "مع"})
# ردّد "repeated, chanted": a single quoted word after it is a term, no chant (cues._repeated_term).
_REPEATING = "ردد"


def _has_own_content(view: DocView, i: int, any_complement: bool = False) -> bool:
    """Whether a cue inside a content span opens its own quote soon after (a new clause).
    ``any_complement``: the span is a noun phrase, which never goes on with a coordinated verb
    ("أعلنت عن عقوبات جديدة وطلبت من الدول …"), so any complement after the verb will do."""
    cue = view.cues[i]
    if cue is not None and not reports_here(view, i, cue):
        return False  # "وقعت مذكرة تفاهم": the noun "memo", no participle
    if cue is not None and CONCLUDED in cue.frames:
        _, last = view.sentence_range(i)
        trigger, _ = find_trigger(view, i, cue, max(last, i + 1))
        return _concluded_here(view, i, cue, trigger, last)
    if cue is not None and NAMED_SUBJECT in cue.frames:
        # "أنه ذهب …، ووجد تفاعلا ضخما"، "حققت مع مديرها ووجدت أن …": a verb that reports only
        # with its subject named and its أنّ after it opens no report of its own otherwise.
        _, last = view.sentence_range(i)
        trigger = find_trigger(view, i, cue, max(last, i + 1))[0]
        return trigger is not None and trigger.kind == "that" and trigger.index - 1 > i + 1
    if cue is not None and PROMISE in cue.frames:
        # واعدا is also the adjective "promising" ("يعد استثمارا واعدا ويوفر …"): only a promise
        # found after it ends the span.
        _, last = view.sentence_range(i)
        return find_trigger(view, i, cue, max(last, i + 1))[0] is not None
    if cue is not None and not any_complement and _finite_verb_needing_trigger(view, i, cue):
        # A finite verb that takes no bare object reports only through what introduces its
        # content (a complementizer, a colon, quotation marks or a preposition it governs):
        # without one it forms no frame, and the clause it stands in goes on ("أنه زار اليوم
        # تلاميذ المعهد وتحدثوا في الموضوع").
        _, last = view.sentence_range(i)
        trigger, carriers = find_trigger(view, i, cue, max(last, i + 1))
        return trigger is not None or bool(carriers) or _needed_preposition_after(view, i, cue, last)
    for j in range(i + 1, min(i + 8, len(view))):
        if (
            is_complementizer(view, j)
            or view.tokens[j].text == ":"
            or (view.is_mark(j) and j in view.open_close)
        ):
            return True
        if view.keys[j] in {"الي", ON, "من", "عن"} or view.keys[j].startswith("ب"):
            return True
        if view.is_sentence_mark(j):
            return False
    return True


def _concluded_here(view: DocView, i: int, cue: Cue, trigger: Trigger | None, last: int) -> bool:
    """Whether a verb "needing إلى" (خلص، توصل) opens a report of its own inside a content span:
    a conclusion after إلى ("وتوصلت إلى أن …"), or إلى after a subject of its own ("وخلصت
    الدراسة إلى وجود …": a new clause). The same verb sharing the clause's subject ("وتوصلت
    إلى المراكب"، "ما توصلت إليه ماي") is part of what was said."""
    if i > 0 and view.bare[i - 1] in SUBJUNCTIVE_PARTICLES:
        return False  # "كي يتوصل الاتحاد إلى …": a conclusion wanted, not one reported
    if trigger is not None and concludes_with_clause(view, i, trigger):
        return True
    nxt = i + 1
    own_subject = (
        nxt < last and view.is_word(nxt) and view.bare[nxt] != "الي" and view.bare[nxt][:1] not in "لب"
    )
    return own_subject and _needed_preposition_after(view, i, cue, last)


def _finite_verb_needing_trigger(view: DocView, i: int, cue: Cue) -> bool:
    """A finite verb of saying with no bare-object frame, outside a source phrase: its frame is
    found by :func:`find_trigger` alone. A participle after a clause is the circumstantial of
    its verb ("…، داعيا X على …") and a verb after حسبما or ما relays a source ("حسبما أوردت
    الصحيفة"): both end the clause before them whatever follows, as before."""
    # A "near" verb's bare object (أبرز أهمية …) is read only where the verb opens its clause: inside
    # a span, "وبأن هذه المعلومات تبرز أهمية …" ("stands out", "shows") goes on as before.
    if cue.kind != "verb" or ("obj" in cue.frames and "near" not in cue.frames):
        return False
    return not (i > 0 and (view.bare[i - 1] in RELAY_WORDS or view.bare[i - 1] in RELATIVE_SOURCE_WORDS))


def _needed_preposition_after(view: DocView, i: int, cue: Cue, last: int) -> bool:
    """The preposition a verb reports only with ("needs-إلى": خلص إلى) close after it: "وخلصت
    الدراسة إلى وجود …" is a report of its own."""
    needed = {frame[len("needs-") :] for frame in cue.frames if frame.startswith("needs-")}
    if not needed:
        return False
    return any(view.bare[k] in needed for k in range(i + 1, min(last, i + 1 + NEAR_MIDDLE)))


def trim(view: DocView, start: int, end: int, drop_final_stop: bool = True) -> tuple[int, int]:
    """Character span [start, end) without surrounding spaces, commas and a final full stop."""
    text = view.doc.text
    while start < end and (text[start].isspace() or text[start] in "،,:؛;-–"):
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in "،,:؛;-–" or (drop_final_stop and text[end - 1] in ".…")
    ):
        end -= 1
    return start, end


def _inside_marks(view: DocView, open_token: int) -> tuple[int, int] | None:
    close = view.open_close.get(open_token)
    start = view.tokens[open_token].end
    end = view.tokens[close].start if close is not None else view.tokens[view.line_end(open_token) - 1].end
    if close is None:
        # An unclosed mark quotes to the end of its sentence (or line when it is the last one).
        sentence_last = view.sentence_range(open_token)[1]
        end = view.tokens[sentence_last - 1].end
    start, end = trim(view, start, end)
    return (start, end) if end > start else None


def content_from(
    view: DocView, trigger: Trigger, stop_at_comma: bool = False
) -> tuple[tuple[int, int], str] | None:
    """Content span and kind for a trigger.

    Remembered for the document (:attr:`DocView.answers`): the answer depends on the view and
    the trigger's kind and token alone."""
    known = view.answers["content_from"]
    key = (trigger.kind, trigger.index, stop_at_comma)
    if key in known:
        return known[key]  # type: ignore[return-value]
    found = known[key] = _content_from(view, trigger, stop_at_comma)
    return found


def _content_from(view: DocView, trigger: Trigger, stop_at_comma: bool) -> tuple[tuple[int, int], str] | None:
    """:func:`content_from`, read anew."""
    n = len(view.tokens)
    if trigger.kind in ("quote",):
        span = _inside_marks(view, trigger.index)
        return (span, "direct") if span else None
    start = trigger.index
    if start >= n:
        return None
    if trigger.kind == "colon":
        if view.is_mark(start) and start in view.open_close:
            span = _inside_marks(view, start)
            return (span, "direct") if span else None
        end = _colon_end(view, start)
        span = trim(view, view.tokens[start].start, view.tokens[end - 1].end) if end > start else None
        return (span, "direct") if span and span[1] > span[0] else None
    if trigger.kind == "prep" and _that_after_from(view, start):
        # "حذر من أن الوضع قد يتدهور": أنّ after the cue's own من opens a clause, not a noun phrase
        # (من before أن is elsewhere a comparison or a conjunction, which the trigger walk skips).
        start += 1
        trigger = Trigger("that", start)
    end = clause_end(view, start, stop_at_comma, trigger.kind in ("prep", "obj"), trigger.kind == "prep")
    if end <= start:
        return None
    # A noun or prepositional phrase after the cue (دعا إلى …، أعلن إلغاء …) is a nominal
    # quote, quoted words or not; only a clause after a complementizer is indirect or mixed.
    nominal = trigger.kind in ("prep", "obj")
    # A complement wholly inside quotation marks: the content is what the marks hold.
    if view.is_mark(start) and start in view.open_close:
        close = view.open_close[start]
        if close is None or _only_punctuation(view, close + 1, end):
            span = _inside_marks(view, start)
            if span:
                return span, "nominal" if nominal else "mixed"
    span = trim(view, view.tokens[start].start, view.tokens[end - 1].end)
    if span[1] <= span[0]:
        return None
    if nominal:
        return span, "nominal"
    kind = "mixed" if has_quoted_speech(view, start, end) else "indirect"
    return span, kind


def _that_after_from(view: DocView, start: int) -> bool:
    """Whether the complement after the cue's preposition من at ``start`` is a complementizer
    with words after it: "حذر من أن …"، "عبرت عن قلقها من أنه …" (the clause of a verb of fear)."""
    return (
        0 < start < len(view.tokens) - 1
        and view.bare[start - 1] == "من"
        and view.keys[start] in COMPLEMENTIZERS
        and not view.keys[start].startswith("ب")
        and (view.is_word(start + 1) or view.is_mark(start + 1))
    )


def _only_punctuation(view: DocView, first: int, last: int) -> bool:
    return all(not view.is_word(k) for k in range(first, last))


def _colon_end(view: DocView, start: int) -> int:
    """Colon quotes without marks run to the end of the sentence."""
    _, last = view.sentence_range(start)
    while last > start and view.is_sentence_mark(last - 1):
        last -= 1
    return last


# The words clause_end's tests act on at a word without a cue, as its key or bare key: any other
# word without a cue, inside the sentence and on the line, changes nothing in the walk, which
# passes it at once. In any clause: أمّا, دون/حسب, a contrast, and a complementizer (إنّ, which
# _governing_clause asks about); in a noun phrase (``nominal``) also a clause of reason or state
# and a relative. في and على are tested apart, by the word after them. A word added to a test's
# own set must be in here (tests/test_speed_s8_cues.py compares the walk with the plain one).
_CLAUSE_WORDS = frozenset(
    {"اما"}
    | _SOURCE_BREAKS
    | _CONFORMING
    | _CONTRAST_OPENERS
    | _BUT_PRONOUNS
    | _BUT_THAT
    | _BUT
    | COMPLEMENTIZERS
)
_PHRASE_WORDS = frozenset(
    _CLAUSE_WORDS
    | {"لان", "لانه", "لانها", "لانهم", "باعتبار"}
    | _ADVERBIAL_OPENERS
    | {conjunction + word for conjunction in "وف" for word in _ADVERBIAL_OPENERS}
    | _BEFORE_THAT
    | _NOMINAL_BREAKS
    | RELATIVES
    | {conjunction + word for conjunction in "وف" for word in _PRONOUN_CLAUSES | _CLAUSE_VERBS}
)
_IN = "في"
# في حين، في ما (_contrast_report, _new_clause_in_phrase); على حد (_according_to).
_IN_FOLLOWERS = frozenset({"حين", "ما", "حد", "اشاره"})
# False only in tests, to read every word through the full loop.
_QUIET_PATH = True
