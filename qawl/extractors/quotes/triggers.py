"""What introduces a cue's content: the first complementizer, colon, opening quotation mark or
preposition the verb governs after it (:func:`find_trigger`).

The one walk over the words after the cue, with the rules that tell the verb's own complement
from the words met on the way: adverbials (على هامش، عن بعد، a time phrase after في), the ب-
and لـ-complements (طالب بإقالة، دعت للإبلاغ، دعا X لـ …), the noun a verb needs (حمّل X
المسؤولية), relays (نقل X عن Y قوله) and other verbs of saying, which end the search. Bare
noun-phrase objects, found by reading noun phrases rather than particles, are :mod:`objects`'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qawl.arabic import SHADDA, normalize
from qawl.extractors.quotes.clauses import (
    MAX_MIDDLE,
    NEAR_MIDDLE,
    Trigger,
    bi_complement,
    is_complementizer,
    is_relay,
    relative_report,
    reports_here,
)
from qawl.extractors.quotes.issuers import ISSUED_BY, MAX_BEFORE_AN
from qawl.extractors.quotes.lexicon import ALSO_TOLD, PRONOUN_ONLY, TOLD, TOLD_OBJECTS, Cue, lemma_key
from qawl.extractors.quotes.modal_that import modal_first, modal_opens_content, modal_start
from qawl.extractors.quotes.noun_patterns import (
    SOME_WORDS,
    event_noun,
    indefinite_event,
    is_nisba,
    proposition_noun,
    purpose_accusative,
    verbal_noun,
    without_possessive,
)
from qawl.extractors.quotes.objects import FORM_ONE_EVENTS, object_in_subject, object_trigger
from qawl.extractors.quotes.predicates import predicate_before_marks
from qawl.extractors.quotes.quoted_terms import quoted_name, quoted_term_in_phrase, quoted_topic
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.stops import after_genitive_link, has_article, in_theophoric_name
from qawl.extractors.quotes.subjects import preposed_subject
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import (
    BI_ADVERBIALS,
    CARRIER_PARTICIPLE,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    COORDINATED_COMPLEMENTIZERS,
    INTERROGATIVES,
    MAIN_CLAUSE_OPENERS,
    MODAL_VERBS,
    NEGATIONS,
    POSSESSIVE_ENDINGS,
    PROPOSITION_NOUNS,
    RELATIVES,
    SPEECH_PRONOUNS,
    SUBORDINATE_OPENERS,
    SUBORDINATORS,
)

# The frame of a verb that reports only at the head of its own clause, "went on (saying)" (أكمل):
# it goes on with its subject's words, so after a relative, describing a noun, it is another verb
# ("بيرلو، الذي سيكمل عامه …: …" "who will complete"), and the colon after it is the main verb's.
MAIN_CLAUSE = "main"


def in_relative_clause(view: DocView, i: int) -> bool:
    """A verb that describes a noun rather than opening a report: "الذي كان يتحدث لجمهور",
    "بتغريدة كتب فيها" (a verb followed by a preposition carrying the noun's pronoun)."""
    before = {view.bare[k] for k in range(max(0, i - 2), i) if view.is_word(k)}
    if before & RELATIVES:
        return True
    nxt = i + 1
    return nxt < len(view.tokens) and view.keys[nxt] in SPEECH_PRONOUNS


def relayed_speech_noun(view: DocView, cue: Cue, cue_index: int, j: int, found: Cue | None) -> bool:
    """ "نقلت الوكالة عن الوزارة وصفها …"، "… عن الوزير قوله إن": after نقل X عن Y the
    verbal noun with Y's pronoun carries the content. وصفها is spelled like the verb وصف + its
    object, but after عن a verb would need a subject of its own, so it is the noun."""
    if cue.lemma != "نقل" or not view.is_word(j):
        return False
    if relay_source_start(view, cue_index + 1, j) is None:
        return False
    key = view.bare[j]
    if key.startswith("قول") and key.endswith(POSSESSIVE_ENDINGS):
        return True
    return found is not None and found.kind in ("verb", "noun") and found.object_suffix


def find_trigger(view: DocView, cue_index: int, cue: Cue, limit: int) -> tuple[Trigger | None, list[int]]:
    """The first thing after the cue that introduces its content, and carriers passed on the way;
    a complement that a colon and quote marks close gives way to them (:func:`_colon_after`)."""
    trigger, carriers = _first_trigger(view, cue_index, cue, limit)
    if trigger is not None and trigger.kind in _PHRASE_TRIGGERS and "colon" in cue.frames:
        colon = _colon_after(view, trigger.index, limit)
        if colon is not None:
            return Trigger("colon", colon + 1), carriers
    return trigger, carriers


_PHRASE_TRIGGERS = frozenset({"prep", "obj"})
MAX_PHRASE_BEFORE_COLON = 16  # tokens of a complement that a colon and quoted words close


def _colon_after(view: DocView, start: int, limit: int) -> int | None:
    """The colon that closes the cue's complement and opens quoted words: "ويشير الطبيب إلى
    معادلة يتبعها الأطباء: "…""، "وذكر المحامي في رسالة بالبريد الإلكتروني: "…"". A colon
    announces what follows it, so the words in the marks are what the cue reports, and the
    phrase before the colon only names them or the occasion (a direct quote, GUIDELINES). The
    phrase runs to the colon in one clause: no comma, no other quote marks, no complementizer
    and no other verb of saying on the way."""
    stop = min(limit, start + MAX_PHRASE_BEFORE_COLON, len(view) - 1)
    for k in range(start, stop):
        token = view.tokens[k].text
        if token == ":":
            nxt = k + 1
            return k if view.is_mark(nxt) and nxt in view.open_close else None
        if view.is_comma(k) or view.is_sentence_mark(k) or view.is_mark(k) or is_complementizer(view, k):
            return None
        other = view.cues[k] if view.is_word(k) else None
        if other is not None and k > start and reports_here(view, k, other):
            return None
    return None


def _first_trigger(view: DocView, cue_index: int, cue: Cue, limit: int) -> tuple[Trigger | None, list[int]]:
    """The first thing after the cue that introduces its content, and carriers passed on the way."""
    carriers: list[int] = []
    j = cue_index + 1
    # A cue that also spells a common word reports only with its content close after it; written
    # with its shadda (عبّر، بيّن) it spells no other word, and its content may come as far as any verb's.
    near = "near" in cue.frames and not written_doubled(view, cue_index, cue)
    # A perfect with a person ending (بيّنت، بيّنا، أبرزوا) spells no preposition or adjective,
    # so its content may come as far after it as any verb's.
    suffixed = person_suffixed_perfect(view, cue_index, cue)
    # "وبيّن الوزير، في تصريح لـ(وات)، أنّ …": the occasion of speech set after it shows the word
    # is the verb of saying, not "between", and its content may come as far as any verb's.
    occasion = near and _speech_occasion(view, cue_index, min(limit, cue_index + MAX_MIDDLE + 1))
    # "عبّر عدد من أهالي …، وتحديدا …، عن تذمرهم": opening its clause, عبّر has a long subject
    # before عن and its owned noun of feeling.
    expressed = near and not suffixed and not occasion and _opening_expression(view, cue_index, cue, limit)
    reach = NEAR_MIDDLE if near and not suffixed and not occasion and not expressed else MAX_MIDDLE
    filled = False
    in_adverbial = False
    frames = cue.frames
    needed = _needed_objects(frames)
    # A told noun as the bare object of a verb that also reports it (lexicon.ALSO_TOLD).
    told_forms = _TOLD_FORMS if ALSO_TOLD in frames else _NO_FORMS
    # What the loop asks of the cue and the view at every token: read once.
    marks_trigger = bool({"colon", "quote"} & frames)
    # A finite verb that reports with a clause: a ب-word that names no event before that clause
    # is no complement of it (_bi_word_before_content). A circumstantial participle's ب-phrase
    # comes right after it, inside another verb's sentence ("وقال مطالبا بفتح تحقيق … إن …").
    reports_clause = cue.kind == "verb" and (marks_trigger or "that" in frames)
    bi, li, bal, dobj = "ب" in frames, "لل" in frames, "بال" in frames, "dobj" in frames
    promise = PROMISE in frames  # its بـ-complement names an event (وعد بإعادة …، not وعد بلفور)
    # its complement reports only in quote marks ("تطرق إلى نشاط الهيئة" names a topic, no words)
    marked = "marked" in frames
    # a complaint of a lack (من عدم، من غياب) states a grievance even without quote marks
    grievance = GRIEVANCE in frames
    relays = cue.lemma == "نقل"  # relayed_speech_noun holds only after نقل
    dobj_or_obj = "obj" in frames
    takes_that = "that" in frames  # the cue governs a أنّ/إنّ clause of its own
    named = NAMED_SUBJECT in frames  # it reports only with its subject named (وجد أن "found that")
    # A verb of judging or believing ("clause": قدّر، أظهر، أشاد، ندد …) reports only through its
    # complementizer ("وقدر الخبراء أن …"): quote marks on the way are another phrase's ("قدرت
    # ب111 مليون دينار، … تسندها "أندا""; "واستنكرت الحكومة "الاعتداء"" names what was condemned).
    clause_only = CLAUSE_ONLY in frames
    is_mark, is_comma, is_word = view.is_mark, view.is_comma, view.is_word
    open_close, tokens, keys, bare, cues = view.open_close, view.tokens, view.keys, view.bare, view.cues
    # "يتساءل المشجعون هل سيتمكن منتخب "الأخضر" من …": past an interrogative the words are an
    # indirect question, and a short pair of marks in it holds a name or term, not words said.
    question = False
    # "إذ نجح الجيش في فرض السيطرة على …": past a subordinating conjunction the words are another
    # clause with its own verb, and a preposition there is that verb's, not the cue's complement,
    # until a comma closes that clause.
    subordinate = False
    # "ونفت الحكومة استخدام أسلحة، ولكن خبراء … على ثقة أن …": past a comma, لكن/بينما/ثم open a
    # main clause of the writer's with its own subject and predicate; a أنّ there is that
    # predicate's, never the cue's content, until a comma closes that clause.
    other_clause = False
    # "ما صرّحت به السبت "هيئة الحقيقة والكرامة"، من …": the relative is the complement and the
    # pronoun after the verb takes it up; a short pair of marks after them holds the subject.
    # _resumed_complement's first test (a relative right before the cue), asked before the call.
    resumed = (
        cue_index >= 1
        and (bare[cue_index - 1] in RELATIVES or bare[cue_index - 1] in _WHAT_RELATIVES)
        and _resumed_complement(view, cue_index, cue)
    )
    # The first letters of a word whose ب- or لـ-complement the cue may take; after نقل every
    # word is read (relayed_speech_noun), and so is every word when tests turn the fast path off.
    preposition_letters = _PREPOSITION_LETTERS[bi or bal, li]
    pronoun_complements = _pronoun_complements(frames)  # asked of the word right after the cue
    quiet = _QUIET_PATH and not relays
    while j < limit and j - cue_index <= reach:
        if (
            quiet
            and cues[j] is None
            and is_word(j)
            and keys[j] not in _WALK_WORDS
            and bare[j] not in _WALK_WORDS
            and keys[j] not in frames
            and bare[j] not in frames
            and bare[j] not in needed
            and bare[j] not in told_forms
            and bare[j] not in pronoun_complements
            and bare[j][:1] not in preposition_letters
            and bare[j - 1] not in RELATIVES
            and keys[j] not in COORDINATED_COMPLEMENTIZERS
        ):
            # A word without a cue that none of the tests below acts on: passed at once.
            j += 1
            continue
        token = tokens[j].text
        request_end = anonymity_end(view, j) if cues[j] is not None and j > cue_index + 1 else None
        if request_end is not None:
            # "وبين مصدر، طلب عدم الكشف عن هويته، لوات أن …": the request describes the subject.
            reach += request_end - j
            j = request_end
            continue
        if bare[j] in INTERROGATIVES:
            question = True
        if j > cue_index + 1 and (
            bare[j] in SUBORDINATE_OPENERS
            or (keys[j] in MAIN_CLAUSE_OPENERS and is_comma(j - 1))
            or _negated_clause(view, j)
        ):
            # "، لكن لم يصدر عن الحركة أي تأكيد": after a comma لكن/ثم/بينما open a clause of their
            # own, whose verb governs the prepositions in it, as a subordinate clause's does.
            subordinate = True
            other_clause = other_clause or keys[j] in MAIN_CLAUSE_OPENERS
        if is_comma(j):
            # "وشدد الوزير، حين التقى النقابيين، على …": a comma closes the subordinate clause too.
            in_adverbial = subordinate = other_clause = False
        elif j > cue_index + 2 and is_comma(j - 1) and keys[j] in COORDINATED_COMPLEMENTIZERS:
            # "أعلنت الوزارة السيطرة على الحريق، وأن الحادث لم يسفر عن إصابات": a أنّ-clause
            # coordinated after the object has its own verb, whose prepositions are not the cue's.
            subordinate = True
        if filled and is_comma(j):
            return None, carriers  # "التي يدعونني إليها، أحاول أن …": the complement was a pronoun
        # A preposition right after the cue opens an adverbial before the complement ("عبر في
        # الاتصال عن …"): the preposition عبر "via" or بين "between" never takes another one.
        # After a perfect with a subject ending (عبّرا) no such reading is left, and في may go on
        # with a time adverbial ("عبّرا الثلاثاء خلال قمتهما في واشنطن عن …").
        adverbial = bare[j] == "في" and (
            occasion or j == cue_index + 1 or (suffixed and _in_time_adverbial(view, cue_index, j))
        )
        if near and not adverbial and (bare[j] in CLAUSE_BREAKS or keys[j] in MAIN_CLAUSE_OPENERS):
            return None, carriers  # "التوازن بين السلطات، لكن على كل …": another clause
        if near and j > cue_index + 1 and bare[j] in SUBORDINATE_OPENERS:
            return None, carriers  # "بين أفراد الأسرة، حيث يبدو أن …": أن is the other verb's
        if occasion and token == ":" and not marks_trigger:
            return None, carriers  # "وتطرق X في تصريحاته إلى Y قائلا: …": the colon's quote is another cue's
        if near and (token == ":" or is_mark(j)) and not marks_trigger:
            j += 1
            continue
        if clause_only and "near" in frames and j > cue_index + 2 and bare[j - 1] in RELATIVES:
            # "وأشاد التقرير بالإصلاحات التي وُصفت بأنها إيجابية": past a relative, a أنّ is the
            # relative clause's verb's; the praise names a thing, no words. (A verb of estimating
            # or showing has its subject first, which a relative may describe: "وقدّر البحث الذي
            # نشرته الشركة أن …".)
            return None, carriers
        if (named or clause_only) and (is_mark(j) or token == ":"):
            # "وجدوا حلولا …، بحسب ما نقلته "…"": a verb that reports only through its أنّ
            # takes no quote marks or colon; marks on the way are another phrase's.
            if token == ":":
                return None, carriers
            if clause_only and j + 1 < limit and keys[j + 1] in COMPLEMENTIZERS:
                j += 1  # "وأشاد الوزير بـ"أن …"": the marks open the clause itself
                continue
            j = (open_close.get(j) or j) + 1
            continue
        if is_mark(j) and j in open_close:
            if needed and j + 1 < limit and bare[j + 1] in needed and not _bearing(view, cue_index):
                # "وحمّلت الوزارة روسيا "مسؤولية الهجمات" …": the marks open the object the verb
                # reports with; they quote a fragment of that noun phrase, which is the content.
                return Trigger("obj", j + 1), carriers
            if (
                ((question or resumed) and _short_marks(view, j))
                # "هتف المشجعون عندما سجل "ياري مينا" هدفا": past a subordinating conjunction a
                # short pair of marks holds a name or term of that clause, no words said.
                or (subordinate and not other_clause and _short_marks(view, j))
                or quoted_name(view, j, cue, cue_index)
                or quoted_term_in_phrase(view, cue_index, cue, j)
                or quoted_topic(view, cue, j)
                or _marks_before_that(view, j)
            ):
                j = (open_close[j] or j) + 1
                continue
            if dobj_or_obj and _object_before_saying(view, cue_index, cue, j):
                return None, _passed_on(carriers, j - 1)  # "أبدت X تفاؤلا …، قائلة "…"": قائلة's own words
            if predicate_before_marks(view, cue_index, cue, j):
                return None, carriers  # 'تونس تعتبر نموذجا … "…"': considered a model, no words
            return Trigger("quote", j), carriers
        if token == ":":
            if dobj_or_obj and _object_before_saying(view, cue_index, cue, j):
                return None, _passed_on(carriers, j - 1)
            return Trigger("colon", j + 1), carriers
        if view.is_sentence_mark(j):
            return None, carriers
        if is_word(j):
            if near and keys[j] == "ان" and _imperfect_next(view, j + 1):
                return None, carriers  # "تتراوح بين أن تكون …": أنْ before a verb, بين "between"
            if (
                takes_that
                and cue.kind in ("verb", "participle")
                # "والمحاكم الأوروبية ألا تخضع": a word with the article is a noun, whatever
                # verb (ألمح + كم) its letters also spell.
                and not view.tokens[cue_index].text.lstrip("وف").startswith("ال")
                and not other_clause
                and not subordinate
                and negative_that(view, j)
            ):
                if dobj_or_obj and _object_before_saying(view, cue_index, cue, j):
                    return None, _passed_on(carriers, j - 1)
                return Trigger("that", j + 1), carriers  # "وتعهدت الصين ألا تكون …": أنْ + لا
            if (
                keys[j] in COMPLEMENTIZERS
                and is_complementizer(view, j)
                and not _hyphen_joined(view, j)
                and not letter_of_abbreviation(view, j)
            ):
                modal = modal_start(view, j, cue_index)
                in_clause = modal is not None and modal_opens_content(view, cue_index, modal)
                if modal is not None and not in_clause:
                    # "…، لذلك علينا أن"، "التي يجب أن": the modal's own أنْ in another clause,
                    # never the cue's; the search goes on past it.
                    subordinate = True
                    j += 1
                    continue
                if (
                    in_clause
                    and takes_that
                    and not other_clause
                    and not subordinate
                    and modal_first(view, cue_index, modal)
                ):
                    # "وقال للصحافيين علينا أن نعمل": right after the cue (or its addressee) the
                    # modal clause is the content, modal and all.
                    return Trigger("that", modal), carriers
                if other_clause:
                    return None, carriers
                if dobj_or_obj and _object_before_saying(view, cue_index, cue, j):
                    return None, _passed_on(carriers, j - 1)  # "وأكد X تقليص المساحة قائلا إن …"
                if named and j - 1 > cue_index + 1 and bare[j - 1] in _GOVERNING_PREPOSITIONS:
                    # "ووجد اللاعب صعوبة في أن يغطي …": أنْ after a preposition is its noun
                    # clause; a verb that reports only with its subject takes أنّ after that.
                    return None, carriers
                if not _governed_that(view, cue_index, j):
                    # "وانتقد المدرب أداء اللاعبين … التي كان يجب أن يفوزوا بها": a cue without a
                    # "that" frame (بأنّ: a ب-frame) governs no أنّ; the clause is another word's.
                    governs = takes_that or (bi and keys[j].startswith("بان"))
                    if not governs and not _saying_participle_before(view, cue_index, j):
                        return None, carriers
                    return Trigger("that", j + 1), carriers
                # "في خطوة من شأنها أن تخفف الأعباء عن الأسر": the clause after a governed أنّ is
                # its governor's, and so are the prepositions in it, until a comma.
                subordinate = True
            key = bare[j]
            if j == cue_index + 1 and _pronoun_complement(key, cue):
                filled = True
            if key in told_forms:
                start = _told_start(view, cue_index, j)
                if start is not None and _told_after_subject(view, cue_index, cue, start, limit):
                    return Trigger("obj", start), carriers  # "وكشفت الصحيفة تفاصيل الصفقة"
            # _needed_object(cue, key): "حمّل X المسؤولية": the second object is the content
            if key in needed:
                if TOLD in frames and not _told_object(view, cue_index, j):
                    return None, carriers  # "ناقش المجلس التقرير السنوي عن رؤية …": a noun further in
                if j == cue_index + 1 and _bearing(view, cue_index):
                    return None, carriers  # "وكيف تحمل تبعات الدخول الصعب": borne, no report
                if _borne_own(view, cue_index, cue, j):
                    return None, carriers  # "وتحمل الحكومة مسؤوليتها": her own, borne
                return Trigger("obj", j), carriers
            if key == "علي" and j + 1 < limit and bare[j + 1] in _ALA_ADVERBIAL_NOUNS:
                j += 2  # "شدد، على هامش الندوة، على أن …": على هامش is an adverbial, not the complement
                in_adverbial = True
                continue
            if key == "علي" and _own_medium(bare[j + 1 : j + 2]) and _that_ahead(view, j + 2, limit):
                j += 2  # "وأكدت الوزارة على موقعها الرسمي أن …": where it published, not the complement
                in_adverbial = True
                continue
            if key == "علي" and bare[j - 1] in _INFORMED and _that_ahead(view, j + 1, limit):
                j += 1  # "أكد مسؤول مطلع على القضية أن …": على is the participle's, in the subject
                in_adverbial = True
                continue
            if (
                (key in frames or keys[j] in frames)
                and j - 1 > cue_index
                and (
                    bare[j - 1] in _SAYING_NOUNS_AN
                    or (view.cues[j - 1] is not None and has_article(view, j - 1))
                )
            ):
                j += 1  # "مفضلين عدم الكشف عن أسمائهم": the preposition of the verbal noun before it
                continue
            if key == "عن" and _representation_an(view, cue_index, j, limit):
                j += 1  # "أفاد عضو مجلس نواب الشعب عن ولاية تطاوين، X، بأنه …": whom the deputy represents
                continue
            if key == "عن" and _issuer_an(view, cue_index, j):
                j += 1  # "كشف تقرير صادر عن الرابطة عن …"، "نقلا عن شهود": the participle's عن
                continue
            if (
                key in _HEAD_PREPOSITIONS
                and (
                    bare[j - 1] in _IN_CHARGE
                    or (j - 2 > cue_index and bare[j - 2] in _IN_CHARGE and is_nisba(bare[j - 1]))
                )
                and _own_preposition(view, j, limit)
            ):
                # "أكدت المسؤولة على الإعلام … أن …"، "أعلنت الشركة المسؤولة عن الجسر عن …": على/عن
                # right after مسؤول/مشرف/قائم is that noun's complement, inside the subject.
                j += 1
                continue
            if (
                key in _OCCASION_PREPOSITIONS
                and j + 1 < limit
                and _occasion_noun(bare[j + 1])
                and (_reply_noun(bare[j + 1]) or _that_ahead(view, j + 2, limit))
            ) or (
                # _event_adverbial's first test, asked before the call
                (bare[j] in _OCCASION_PREPOSITIONS or bare[j] in _EVENT_PREPOSITIONS)
                and _event_adverbial(view, j, limit)
            ):
                # "أكد X في مداخلة له على الجوهرة أف أم أن …": with أنّ ahead, the medium of the
                # occasion of speech (على، عبر) is no complement of the cue, until a comma; so is
                # what a reply answers ("وأكد الوزير، في رده على أسئلة النواب، على أن …").
                in_adverbial = True
            if in_adverbial and key == "علي" and not is_complementizer(view, j + 1):
                j += 1  # "على هامش إشرافه على الحفل": على inside the adverbial's own noun phrase
                continue
            if key == "عن" and _distance_adverb(view, j + 1, limit):
                j += 2  # "الدفع عن بعد": "remote(ly)", a fixed adverbial, not the complement عن
                continue
            if key == "علي" and _name_ali(view, j):
                j += 1  # "ببطحاء محمد علي بالعاصمة، أن …": the name Ali, not the preposition على
                continue
            if (key in frames or keys[j] in frames) and bare[j - 1] in _ADDITIVE_CONNECTIVES:
                j += 1  # "اعتقال 21 شخصا، فضلا عن …": the preposition is the connective's
                continue
            if (key in frames or keys[j] in frames) and j - 1 > cue_index and purpose_accusative(view, j - 1):
                # "أكد X تعقيبا على التعليقات … أن …": the preposition is the accusative's, which
                # opens an adverbial of its own.
                j += 1
                continue
            if key in frames or keys[j] in frames:
                if is_complementizer(view, j + 1) or _own_min_that(view, j, limit):
                    return Trigger("that", j + 2), carriers
                if subordinate:
                    return None, carriers
                if not marked or (is_mark(j + 1) and not _future(view, cue_index)):
                    return Trigger("prep", j + 1), carriers
                if marked and grievance and key == "من" and j + 1 < limit and bare[j + 1] in _ABSENCE:
                    return Trigger("prep", j + 1), carriers  # "يشكو السكان من عدم السماح لهم …"
                # "وتطرق X إلى الملف العراقي، قائلا إن …": a topic; the walk goes on to the participle.
            # bi_complement, _definite_li_complement and _definite_bi_complement each need a
            # word that opens with their preposition.
            first = key[:1]
            # After a comma a ب-word opens an apposition (", بيتر ستريس،"), not the complement.
            # "وصرح الوزير بمقر الوزارة أن …": a place phrase before أنّ; the clause is the content.
            if (
                bi
                and not subordinate
                and first == "ب"
                # "في بلدة مجاورة بانفجار …": a word right after a preposition is its noun (بلدة), not
                # بـ + a complement, as no preposition governs another.
                and not (j - 1 > cue_index and bare[j - 1] in _NOUN_GOVERNORS)
                and key not in _BETWEEN_FORMS  # "بينهما" is "between them", not بـ + a complement
                and key not in SOME_WORDS  # "متهما بعض الصحف بشن …": بعض "some" opens the object
                and bi_complement(view, j)
                and (
                    not is_comma(j - 1)
                    or _bi_event(view, j)
                    or _closes_parenthetical(view, cue_index, j - 1)
                    or _last_bi_phrase(view, cue_index, j, limit)
                )
                and (dobj or not complementizer_after_phrase(view, j, limit))
                and (not promise or _promised(view, cue_index, j))
                and not (reports_clause and not resumed and _bi_word_before_content(view, j, limit))
            ):
                return Trigger("prep", j), carriers
            if (
                li
                and not subordinate
                and first == "ل"
                and j - cue_index <= MAX_LI_DISTANCE
                and _definite_li_complement(view, j)
                and not _ila_ahead(view, j + 1, limit)
            ):
                return Trigger("prep", j), carriers  # "دعت للإبلاغ عنها": لـ + a definite verbal noun
            if (
                bal
                and not subordinate
                and first == "ب"
                and _definite_bi_complement(view, j)
                and not is_relay(view, cue_index)
            ):
                return Trigger("prep", j), carriers  # "وذكّر بالمشاريع": ذكّر بـ "reminded of"
            if (
                j - 1 > cue_index
                and bare[j - 1] in RELATIVES
                and relative_report(view, j - 1)
                and not (cues[j] is not None and MAIN_CLAUSE in cues[j].frames)
                and not anonymity_request(view, j)
                and not (marks_trigger and _described_subject_colon(view, cue_index, j - 1, limit))
            ):
                return None, carriers  # "تصريحه للصحيفة التي نقلت عنه قوله إن …": إنّ is the relative's
            # Both tests read a cue at j (is it a name?); a word without one is asked neither.
            other = cues[j]
            if other is not None and (
                in_theophoric_name(view, j)
                or name_after_verb(view, j)
                or anonymity_request(view, j)
                or preposition_with_pronoun(view, j, other)
                or between_after_noun(view, j, other)
                or via_inside_clause(view, j, other)
                or _without_needed_preposition(view, cue_index, j, other)
                or _transfer_noun(view, j, other)
                or (dobj and _transfer_object(view, j, other))
                # "وقال X في رده على السؤال: …": the occasion of speech, a noun after في
                or (other.kind == "verb" and noun_after_preposition(view, j) and _occasion_noun(bare[j]))
                or not reports_here(view, j, other)
            ):
                other = None
            if other is not None and CONCLUDED in other.frames and not _reports_conclusion(view, j, limit):
                other = None
            if (
                other is not None
                and dobj_or_obj
                and bare[j - 1] in _WHAT_RELATIVES
                and j - 1 > cue_index
                and _resumed_complement(view, j, other)
                # "…، بحسب ما صرح به …": past a comma ما opens another phrase, no complement
                and not any(is_comma(m) for m in range(cue_index + 1, j))
            ):
                # "ونفى المدير ما صرّحت به النقابة من …": ما and its clause are the object.
                return Trigger("obj", j - 1), carriers
            if other is not None and names_in_marks(view, j, other) and j > cue_index + 1:
                # "واتهم الوزير من سمّاهم "المخربين" بأنهم …": the naming and its marks are the
                # object of the cue, whose complement comes after them.
                j = (open_close.get(j + 1) or j) + 1
                continue
            if relays and relayed_speech_noun(view, cue, cue_index, j, other):
                carriers.append(j)
                j += 1
                continue
            if other is not None and (close := _relay_parenthesis(view, j, other, limit)) is not None:
                j = close  # "أكد في حوار …، ونقله موقع …، أن …": where the words were carried
                continue
            if other is not None and not view.words.is_a("stop", key):
                if (other.lemma == CARRIER_PARTICIPLE and other.kind == "participle") or keys[j] == "بالقول":
                    carriers.append(j)
                    j += 1
                    continue
                if (
                    other.kind in ("verb", "participle")
                    and not is_relay(view, j)
                    and not in_relative_clause(view, j)
                ):
                    return None, carriers
                if other.kind == "verb" and j + 1 < limit and is_complementizer(view, j + 1):
                    return None, carriers  # "… الذي اعتبر أنه …": أنّ is the relative verb's
        if keys[j] == "بالقول":
            carriers.append(j)
        j += 1
    return None, carriers


MAX_RELAY_PARENTHESIS = 6  # tokens from a joined verb with a pronoun object to its closing comma


def _relay_parenthesis(view: DocView, j: int, other: Cue, limit: int) -> int | None:
    """The closing comma of a parenthesis set off by commas that a verb joined by و opens with an
    object pronoun ("أكد في حوار مع موقع "…"، ونقله موقع القدس العربي، أن …"): the pronoun takes
    up the occasion named before it, and the clause tells who carried it; the complementizer
    right after the closing comma is still the cue's. None for anything else."""
    if other.kind != "verb" or not other.object_suffix or not view.is_comma(j - 1) or view.keys[j][:1] != "و":
        return None
    for k in range(j + 1, min(limit, j + 1 + MAX_RELAY_PARENTHESIS)):
        if view.is_comma(k):
            after = k + 1
            return k if after < limit and view.keys[after] in COMPLEMENTIZERS else None
        if not view.is_word(k) or view.cues[k] is not None:
            return None
    return None


# Verbs of naming: "من سمّاهم "…""، "ما أسماه "…"".
_NAMING = frozenset({"أسمى", "سمّى"})
# The relatives a naming verb's pronoun takes up: ما and من, with the prepositions on them.
_NAMED_WORDS = frozenset({"ما", "لما", "بما", "مما", "من", "لمن", "بمن", "ممن"})


def unrelated_naming(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a verb of naming that reports only with its pronoun (سمّى) stands after no relative
    (ما، من) and no كما: after a noun it names a work or a thing ("ألّف كتابا سمّاه "…"", a
    title), no source's word for it."""
    return (
        cue.lemma in _NAMING
        and PRONOUN_ONLY in cue.frames
        and not (i > 0 and (view.bare[i - 1] in _NAMED_WORDS or view.bare[i - 1] == "كما"))
    )


def names_in_marks(view: DocView, i: int, cue: Cue) -> bool:
    """Whether a verb of naming with its object pronoun right after ما/من is followed at once by
    quotation marks ("من سمّاهم "المخربين""، "ما أسماه "الإرهاب""): the marks hold the name it
    gave, the whole of its quote."""
    return (
        cue.lemma in _NAMING
        and cue.object_suffix
        and i > 0
        and view.bare[i - 1] in _NAMED_WORDS
        and i + 1 < len(view)
        and view.open_close.get(i + 1) is not None
    )


GRIEVANCE = "grievance"
# Nouns of lack or absence: a complaint "of the lack of X" states what the speaker holds wrong
# (يشكو السكان من عدم السماح لهم …، اشتكى من غياب الدعم), not an illness or a hardship suffered;
# so do nouns of wrong done to the complainants by others (شكا السكان من التهميش، من التمييز ضدهم),
# which an illness never is.
_ABSENCE = frozenset(
    normalize(article + noun)
    for noun in ("عدم", "غياب", "افتقاد", "انعدام", "اضطهاد", "تهميش", "تمييز", "ظلم", "إهمال", "قمع")
    for article in ("", "ال")
    if not (article and noun == "عدم")
)


# Words after لا that do not make it open a clause: لا سيما "especially", a preposition (لا عن …
# بل عن …: "not about X but about Y" goes on with the cue's complement).
_NOT_AFTER_LA = frozenset({"سيما", "في", "من", "عن", "علي", "الي", "مع", "ب"})


def _negated_clause(view: DocView, j: int) -> bool:
    """Whether a negation right after a comma opens a clause of its own at j ("الإيغور الذين
    يتحدثون اللغة التركية، لا تسعى أقلية خوي إلى الانفصال عن …"): لم/لن/لا + a verb has its
    own subject and complements, and a preposition there is not the cue's."""
    if not view.is_comma(j - 1) or view.bare[j] not in NEGATIONS or j + 1 >= len(view):
        return False
    return view.is_word(j + 1) and view.bare[j + 1] not in _NOT_AFTER_LA


def _saying_participle_before(view: DocView, cue_index: int, j: int) -> bool:
    """Whether a circumstantial participle of saying that takes أنّ stands between the cue and
    the complementizer at j ("وانتقد النائب القرار، قائلا إنه …"، "ورحب بالاتفاق مشيرا إلى أن …"):
    the clause is the participle's, whose subject is the cue's, so the report stands."""
    for m in range(cue_index + 1, j):
        other = view.cues[m]
        if other is not None and other.kind == "participle" and "that" in other.frames:
            return True
    return False


def _passed_on(carriers: list[int], carrier: int) -> list[int]:
    """The carriers without the participle at ``carrier``, which reports on its own."""
    return [k for k in carriers if k != carrier]


def _object_before_saying(view: DocView, i: int, cue: Cue, j: int) -> bool:
    """Whether the content opener at ``j`` (أنّ/إنّ, a quotation mark, a colon) comes right after
    the participle قائلا, and the words between verb cue ``i`` and that participle hold the verb's
    noun-phrase object: a verb of saying takes one complement, so with its object read ("وأكد
    الوزير تقليص الإنفاق قائلا إن …"، "أبدت X تفاؤلا حيال …، قائلة "…"") the words after قائلا
    are the participle's own report, not the verb's second content. Right after the verb and its
    subject ("وأكد الوزير قائلا إن …") قائلا only carries the verb's report on."""
    carrier = j - 1
    if cue.kind != "verb" or carrier <= i + 2 or not view.is_word(carrier):
        return False
    other = view.cues[carrier]
    if other is None or other.lemma != CARRIER_PARTICIPLE or other.kind != "participle":
        return False
    has_subject = preposed_subject(view, i, cue.object_suffix) is not None
    return object_trigger(view, i, cue, has_subject, carrier) is not None or any_object(view, i) is not None


# أي/أية "any" opens a noun phrase that, right after a verb with an object, is that object.
ANY_WORDS = frozenset({"اي", "ايه"})


def any_object(view: DocView, i: int) -> int | None:
    """Where the object of the verb at ``i`` starts when أي/أية + a noun follows it at once ("لكنه
    نفى أي تدخل"، "ونفت أية مسؤولية"): in an affirmative clause "any" opens what is denied or
    rejected, never the verb's subject, which came before it or is a pronoun."""
    k = i + 1
    if _mufaala(view, k) and k + 2 < len(view) and view.is_word(k + 1) and view.bare[k + 1] in ANY_WORDS:
        return k  # "وتنفي ممارسة أي انتهاكات": a verbal noun in construct with "any"
    if k + 1 >= len(view) or not view.is_word(k) or view.bare[k] not in ANY_WORDS:
        return None
    return k if view.is_word(k + 1) and view.cues[k + 1] is None else None


def _mufaala(view: DocView, k: int) -> bool:
    """A verbal noun of the pattern مُفاعَلة (ممارسة، مشاركة، مساعدة): م, a radical, ا, two
    radicals and ة, which no name or title has."""
    if k >= len(view) or not view.is_word(k) or not view.tokens[k].text.endswith("ة"):
        return False
    key = view.bare[k]
    return len(key) == 6 and key[0] == "م" and key[2] == "ا" and view.cues[k] is None


MAX_RELATIVE_OBJECT = 6  # words from a relative's verb past its object to a colon


def _described_subject_colon(view: DocView, cue_index: int, rel: int, limit: int) -> bool:
    """ "وقال الوزير الذي أكد حضوره المؤتمر: "…""، "وقال X الذي لفت الأنظار: "…"": a relative
    clause in the subject of a verb of saying whose own verb has taken a noun object before the
    colon is complete; it describes the speaker, and the colon closes the main verb's lead-in.
    Not a relative verb followed by its preposition, a pronoun, a carrier noun (قوله) or a
    verb of saying ("التي نقلت عنه قوله: …"، "الذي كتب على حسابه: …"), which owns the colon."""
    if any(view.is_comma(k) or view.is_sentence_mark(k) for k in range(cue_index + 1, rel)):
        return False
    k = rel + 2
    if k >= limit or not view.is_word(k):
        return False
    key = view.bare[k]
    if (
        key[:1] in _OBJECT_OPENERS_NOT
        or key in SPEECH_PRONOUNS
        or key.startswith("قول")
        or view.cues[k] is not None
        or view.words.is_a("stop", key)
        or is_complementizer(view, k)
    ):
        return False
    for m in range(k + 1, min(limit, k + 1 + MAX_RELATIVE_OBJECT)):
        if view.tokens[m].text == ":":
            return True
        if not view.is_word(m) or is_complementizer(view, m) or view.cues[m] is not None:
            return False
    return False


# Letters a word in a preposition opens with (بـ، لـ، كـ، فـ): no bare noun object.
_OBJECT_OPENERS_NOT = frozenset({"ب", "ل", "ك", "ف"})


# Words that take أنّ themselves (علما أن "knowing that", بحجة أن "on the grounds that"; غير أنّ and
# بيد أنّ "however" open a clause of the writer's): the clause after them is theirs, not the content
# of a cue further back.
_THAT_GOVERNORS = frozenset(
    normalize(w)
    for w in ("علما", "بحجة", "بدعوى", "بذريعة", "بدليل", "بشرط", "لاسيما", "سيما", "باعتبار", "لدرجة",
              "غير", "بيد")
)  # fmt: skip
# Adjectives that take أنّ after من, impersonally ("من المفترض أن" "it is supposed that"); alone they
# may be a noun's adjective before the cue's own بأنّ ("العلاج الطبيعي بأنه …"). So does من شأنه.
_IMPERSONAL_THAT = frozenset(
    normalize(w)
    for w in ("المفترض", "المقرر", "المتوقع", "المحتمل", "المرجح", "الممكن", "المستبعد", "المعروف",
              "المعلوم", "الواضح", "الطبيعي", "المنتظر",
              # "في خطوة من شأنها أن تكرس …" "a step that would …": شأن "the nature of" with its pronoun
              "شأنه", "شأنها", "شأنهما", "شأنهم")
)  # fmt: skip


# A verb of seeming joined by و/ف ("ويبدو أنه اقتنع" "and it seems he was convinced"): it opens a
# clause of its own and governs its أنّ impersonally; the clause is never the content of a cue
# further back ("واقترحت عليه تعبئة دول الجوار ويبدو أنه اقتنع").
_SEEMING_JOINED = frozenset(
    conjunction + verb for conjunction in "وف" for verb in ("يبدو", "بدا", "يتضح", "اتضح", "يتبين", "تبين")
)


def _governed_that(view: DocView, cue_index: int, j: int) -> bool:
    """Whether the complementizer at j is governed by the words right before it, not by the cue."""
    before = view.bare[j - 1]
    if j - 1 <= cue_index or not view.is_word(j - 1):
        return False
    return (
        before in _THAT_GOVERNORS
        or view.keys[j - 1] in _SEEMING_JOINED
        or (before in _IMPERSONAL_THAT and j - 2 > cue_index and view.bare[j - 2] == "من")
        or (before in _ESPECIALLY and (view.keys[j - 1] != before or view.is_comma(j - 2)))
    )


# Prepositions whose أنْ-clause is their own noun ("صعوبة في أن يغطي"، "بدلا من أن"، "حرص على أن").
_GOVERNING_PREPOSITIONS = frozenset({"في", "من", "علي"})
# "…، خاصة أن الملف لم يغلق"، "وخصوصا أن …": "especially as", set off by a comma or joined by و,
# governs the clause after it; bare after the cue ("أكد خاصة أن") it is the cue's adverb.
_ESPECIALLY = frozenset({"خاصه", "خصوصا"})


def _marks_before_that(view: DocView, j: int) -> bool:
    """Marks right before the cue's complementizer (", خلال الندوة الوطنية حول "إصلاح …"، إن …"):
    they name a title or topic in the adverbial, and the clause after إنّ/أنّ is the content."""
    close = view.open_close.get(j)
    if close is None:
        return False
    k = close + 1
    if k < len(view) and view.is_comma(k):
        k += 1
    return k < len(view) and view.is_word(k) and is_complementizer(view, k)


# The names of Latin letters as Arabic spells an abbreviation ("إن بي آر" NPR, "سي إن بي سي"
# CNBC); في "V", أو "O" and إل "L" are left out: they spell "in", "or" and آل "the family of".
_LETTER_NAMES = frozenset(
    normalize(w)
    for w in ("بي", "بى", "سي", "سى", "دي", "آر", "إف", "جي", "إم", "إس", "تي", "إيه", "إتش", "إكس", "كيه")
)


def letter_of_abbreviation(view: DocView, j: int) -> bool:
    """The word إن at j is the letter N of an abbreviation, not the particle إنّ: a letter name
    follows it ("لشبكة إن بي آر"، "سي إن بي سي"), or it is one of the two N of CNN ("سي إن إن";
    a third إن after them is the particle: "وقال لشبكة سي إن إن إن …")."""
    if view.tokens[j].text not in ("إن", "ان"):
        return False  # أن is never a letter
    nxt = view.bare[j + 1] if j + 1 < len(view) and view.is_word(j + 1) else ""
    before = view.bare[j - 1] if j > 0 and view.is_word(j - 1) else ""
    before2 = view.bare[j - 2] if j > 1 and view.is_word(j - 2) else ""
    if nxt in _LETTER_NAMES:
        return True
    return (before == "سي" and nxt == "ان") or (before2 == "سي" and before == "ان")


# Words whose own أنْ-clause ألا is: a preposition, على with its pronoun ("عليه ألا" "he must
# not"), and the verbs and nouns of obligation (يجب، ينبغي، لا بد، من الضروري).
_NOT_NEGATIVE_THAT_AFTER = frozenset(
    normalize(w)
    for w in (
        "في", "من", "على", "عن", "إلى", "عليه", "عليها", "علينا", "عليك", "عليكم", "عليهم", "علي",
        "يجب", "ويجب", "ينبغي", "وينبغي", "يتعين", "بد", "لابد", "الضروري", "ضرورة", "يفترض",
    )
)  # fmt: skip


def negative_that(view: DocView, j: int) -> bool:
    """Word j is ألّا, أنْ + لا "that … not", before an imperfect ("تعهدت الحكومة ألا تفرض …"،
    "وأكد ألا يكون هناك …"): written with the hamza above, which keeps it apart from إلّا
    "except" and from ألا "is it not" opening a sentence."""
    text = view.tokens[j].text.replace(SHADDA, "")
    if text != "ألا" or j + 1 >= len(view) or not view.is_word(j + 1):
        return False
    if view.is_comma(j - 1) or view.is_sentence_mark(j - 1) or view.tokens[j - 1].text == ":":
        return False  # "…، ألا تعتقدون أنها …": opening its own sentence, it asks "don't you"
    if view.bare[j - 1] in _NOT_NEGATIVE_THAT_AFTER:
        return False  # "رغبتها في ألا يغادر"، "عليه ألا يرمي"، "يجب ألا": the preposition's or modal's
    key = view.bare[j + 1]
    if view.words.is_a("time", key) or view.mention_label(j + 1) is not None:
        return False
    return key[:1] in ("ي", "ت", "ن") and len(key) >= 3


def _hyphen_joined(view: DocView, j: int) -> bool:
    """Word j is joined by a hyphen to the word before it, with no space on either side ("مون
    جيه-إن"، "جاي-إن"): a part of a compound name, never the particle إنّ or أنّ."""
    if j < 2 or view.tokens[j - 1].text != "-":
        return False
    hyphen = view.tokens[j - 1]
    return view.tokens[j - 2].end == hyphen.start and hyphen.end == view.tokens[j].start


# Interrogatives that open an indirect question (هل "whether", كيف "how" …); من and ما also
# spell "from" and "what/not" and are left out.
MAX_TERM_IN_QUESTION = 3


# ما and the prepositions on it, which head a relative clause as الذي/التي do ("ما صرّح به").
_WHAT_RELATIVES = frozenset({"ما", "لما", "بما", "مما", "عما"})


def _resumed_complement(view: DocView, cue_index: int, cue: Cue) -> bool:
    """Whether the cue stands in a relative clause whose relative is its complement: a relative
    right before it and the cue's own preposition with a pronoun right after it (ما صرّح به،
    التي دعا إليها، ما أعلنت عنه). What the verb said is the relative's noun, not what follows."""
    nxt = cue_index + 1
    if cue_index < 1 or nxt >= len(view) or not view.is_word(nxt):
        return False
    before = view.bare[cue_index - 1]
    if before not in RELATIVES and before not in _WHAT_RELATIVES:
        return False
    return view.bare[nxt] in _resumptive_pronouns(cue.frames)


def pronoun_filled(view: DocView, cue_index: int, cue: Cue) -> bool:
    """The cue's own preposition with a pronoun right after it (دعا إليها، أعلن عنه، طالب به):
    the complement is the pronoun, which takes up a noun named before ("الاحتجاجات التي دعت
    إليها النقابة الوطنية للتعليم"), so no later preposition or noun is its content: a verb
    takes its complement once."""
    nxt = cue_index + 1
    return nxt < len(view.tokens) and view.is_word(nxt) and view.bare[nxt] in _resumptive_pronouns(cue.frames)


def _own_min_that(view: DocView, j: int, limit: int) -> bool:
    """The cue's own من followed by أنّ (حذّر من أنّ …، اشتكى من أنّ …): the clause is what the
    cue reports, so it is indirect, not a nominal complement "أن …". Elsewhere من أنّ is left to
    the preposition (لا بد من أن، أكثر من أن), which :func:`is_complementizer` does."""
    nxt = j + 1
    return (
        view.bare[j] == "من"
        and nxt < limit
        and view.is_word(nxt)
        and view.keys[nxt] in COMPLEMENTIZERS
        and not _hyphen_joined(view, nxt)
    )


MAX_WHAT_SUBJECT = 12  # "ما صرح به مؤخرا العقيد الليبي أحمد المسماري من أن …": the subject, then من


def what_explained(view: DocView, cue_index: int, limit: int) -> Trigger | None:
    """After "ما + cue + its preposition with a pronoun" (ما صرح به، ما أعلن عنه), the clause
    of من أنّ that explains ما ("ما صرح به العقيد من أن …"): the cue's content, as ما is its
    complement. Read to the first comma; None when there is none."""
    if cue_index < 1 or view.bare[cue_index - 1] not in _WHAT_RELATIVES:
        return None
    for k in range(cue_index + 2, min(limit, cue_index + MAX_WHAT_SUBJECT + 2)):
        if not view.is_word(k):
            return None
        if view.bare[k] == "من" and k + 1 < limit and view.keys[k + 1] in ("ان", "انه", "انها"):
            return Trigger("that", k + 2)  # is_complementizer leaves من أنّ to the preposition
    return None


@lru_cache(maxsize=1024)
def _resumptive_pronouns(frames: frozenset[str]) -> frozenset[str]:
    """The cue's prepositions with a pronoun on them (به، إليها، عنه), for a cue with ``frames``."""
    return frozenset(
        ("ب" if preposition == "بال" else preposition) + suffix
        for preposition in frames
        if preposition in ("ب", "بال", "الي", "من", "عن", "علي")
        for suffix in POSSESSIVE_ENDINGS
    )


def _short_marks(view: DocView, open_token: int) -> bool:
    close = view.open_close.get(open_token)
    if close is None:
        return False
    return sum(1 for k in range(open_token + 1, close) if view.is_word(k)) <= MAX_TERM_IN_QUESTION


# Occasions of speech: a statement, an interview, a reply, a speech, a meeting, and the post or
# account it was published in (تغريدة، منشور، حسابه، صفحتها) (normalised).
_OCCASION_NOUNS = frozenset(
    {"تصريح", "تصريحات", "بيان", "بلاغ", "حديث", "حوار", "كلمه", "ندوه", "لقاء", "مداخله", "مقابله",
     "رساله", "مؤتمر", "تدوينه", "رد", "جلسه", "اجتماع", "ملتقي", "منتدي", "تغريده", "منشور", "حساب",
     "صفحه", "تعليق"}
)  # fmt: skip
_OCCASION_PREPOSITIONS = frozenset({"في", "خلال", "عبر", "لدي", "اثناء"})
# "on the occasion of, upon": they open an adverbial of the event the words were said at.
_EVENT_PREPOSITIONS = frozenset({"بمناسبه", "عند"})
# "during, at": these take the gathering itself, with the article ("خلال الندوة التي نظمها …").
_DURING_OCCASION = frozenset({"خلال", "لدي", "اثناء"})
# "في هذا السياق"، "في ذات الصدد": a link to what the speaker said before, after a verb only.
_CONTEXT_NOUNS = frozenset({"السياق", "الصدد", "الاطار", "الشان"})
_CONTEXT_POINTERS = frozenset({"هذا", "ذات", "نفس"})


def _without_needed_preposition(view: DocView, cue_index: int, j: int, other: Cue) -> bool:
    """A verb that reports only with a preposition (نقل عن X), right after the occasion of the
    cue's speech and with no such preposition before the next comma, complementizer or mark: it
    says who carried or broadcast the occasion ("في كلمة نقلها التلفزيون على الهواء "…""، "في
    بيان، نقلته وكالة الأنباء، أن …"), so the walk of the cue before it goes on. Elsewhere the
    verb opens a clause of its own ("أشار لما يحدث بشكل لا يحمل …") and still ends the walk."""
    needed = [frame[len("needs-") :] for frame in other.frames if frame.startswith("needs-")]
    if not needed or CONCLUDED in other.frames or other.kind != "verb" or is_relay(view, j):
        return False
    first = max(cue_index + 1, j - _OCCASION_BEFORE_CARRIER)
    if not any(
        view.is_word(m) and (_occasion_noun(view.bare[m]) or view.bare[m] in _SPEECH_NOUNS)
        for m in range(first, j)
    ):
        return False
    return _needed_preposition_after(view, j, needed) is False


def _transfer_noun(view: DocView, j: int, other: Cue) -> bool:
    """A verb that reports only with its preposition (نقل عن X), spelled bare right after a
    preposition and with no such preposition after it before the next comma or mark: the verbal
    noun in its own sense ("احتجاجات على نقل السفارة"، "بعد نقل المصابين إلى المستشفى",
    "the transfer of"), a noun inside the cue's subject or adverbial, no report that ends the
    walk of the cue before it. "على حد ما نقل عنه" keeps its عن and stays a verb."""
    needed = [frame[len("needs-") :] for frame in other.frames if frame.startswith("needs-")]
    if not needed or other.kind != "verb" or view.keys[j] != view.bare[j] or view.break_before(j):
        return False
    if not (
        view.is_word(j - 1)
        and (view.keys[j - 1] in _NOUN_PREPOSITIONS or view.keys[j - 1] in _NOUN_GOVERNORS_MORE)
    ):
        return False
    return _needed_preposition_after(view, j, needed) is not True


def _transfer_object(view: DocView, j: int, other: Cue) -> bool:
    """A verb that reports only with its preposition (نقل عن X), spelled bare with no such
    preposition after it, inside the walk of a verb that takes an object before its content
    (وصف X بأنه، اتهم X بـ): the verbal noun "the transfer of" as that object ("ويصف الوزير نقل
    السفارة إلى القدس بأنه …"), no report that ends the walk. With a conjunction (ونقل عن …) or
    its عن it is still the verb."""
    if _FROM not in other.frames or other.kind != "verb" or view.break_before(j):
        return False
    if view.keys[j] != view.bare[j] or view.bare[j] != normalize(other.lemma):
        return False  # "يرتدي قميصا يحمل صورة"، "حملته الرئاسية": a verb, or another noun
    return _needed_preposition_after(view, j, ["عن"]) is not True


_FROM = "needs-عن"  # نقل عن "relayed from": bare, نقل is also the verbal noun "transfer"


def _needed_preposition_after(view: DocView, j: int, needed: list[str]) -> bool | None:
    """Whether the preposition a relay verb at j needs (عن, or عنه/عنها with the pronoun of whom
    it relays; or نقلا) comes before the clause ends at a mark or a complementizer: True when it
    does, False when the clause ends first, None when neither comes within reach."""
    for k in range(j + 1, min(j + 1 + _NEEDED_REACH, len(view))):
        if not view.is_word(k) or is_complementizer(view, k):
            return False
        key = view.bare[k]
        if key == "نقلا" or any(key.startswith(p) and len(key) <= len(p) + 2 for p in needed):
            return True
    return None


# Prepositions and adverbs of time that govern a noun, beyond _NOUN_PREPOSITIONS: no verb
# follows them ("على نقل السفارة"، "بعد نقل المصابين"، "عقب نقل …").
_NOUN_GOVERNORS_MORE = frozenset(normalize(w) for w in ("على", "بعد", "قبل", "عقب", "إثر", "بشأن", "منذ"))
_NEEDED_REACH = 12  # words after a verb within which the preposition it needs stands
_OCCASION_BEFORE_CARRIER = 6  # "في كلمة له أمام البرلمان الجديد نقلها": the occasion, then its carrier
# Occasions of speech that a broadcast carries, beyond those of _OCCASION_NOUNS.
_SPEECH_NOUNS = frozenset({"خطاب", "خطابه", "خطابها", "خطبه", "كلمته", "كلمتها"})


def _occasion_noun(key: str, during: bool = False) -> bool:
    """An occasion of speech, indefinite or with its owner's pronoun (تصريح، بلاغها، حديثه): with
    the article it is an event of its own ("في الحوار الوطني"), except after "during" (خلال
    الندوة)."""
    if key in _OCCASION_NOUNS or (during and key.startswith("ال") and key[2:] in _OCCASION_NOUNS):
        return True
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix):
            base = key[: -len(suffix)]
            return base in _OCCASION_NOUNS or (base.endswith("ت") and base[:-1] + "ه" in _OCCASION_NOUNS)
    return False


def _speech_occasion(view: DocView, cue_index: int, limit: int) -> bool:
    """Whether an adverbial of the occasion of speech (في تصريح، خلال ندوة صحفية، في بلاغها)
    follows a "near" cue before any complementizer, verb or clause break: "between" takes two
    nouns and no such adverbial, so the word is the verb of saying."""
    for k in range(cue_index + 1, limit - 1):
        if view.is_sentence_mark(k) or view.tokens[k].text == ":":
            return False
        if not view.is_word(k):
            continue
        key = view.bare[k]
        if (
            key in _OCCASION_PREPOSITIONS
            and view.is_word(k + 1)
            and _occasion_noun(view.bare[k + 1], key in _DURING_OCCASION)
        ):
            return True
        if key == "في" and k + 2 < limit and _in_this_context(view, k + 1):
            return True
        if is_complementizer(view, k) or key in CLAUSE_BREAKS or view.keys[k] in MAIN_CLAUSE_OPENERS:
            return False
        other = view.cues[k]
        if other is not None and other.kind in ("verb", "participle"):
            return False
    return False


# Words that may stand before a verb opening its clause: قد، كما، وقد.
_CLAUSE_LEAD = frozenset({"قد", "وقد", "كما", "فيما"})


def _opening_expression(view: DocView, cue_index: int, cue: Cue, limit: int) -> bool:
    """Whether عبّر (the "near" cue that needs عن) opens its clause and is followed, before any
    other verb of saying, complementizer or sentence end, by عن and a noun with its owner's
    pronoun (عن تذمرهم، عن استيائها). "Across/via" (عبر) is a preposition inside a clause whose
    verb came before it ("تحدث عبر الهاتف عن تجربته"), so at a clause's start, with عن and an
    owned noun ahead, the word is the verb, and its subject may run past the near reach."""
    if "needs-عن" not in cue.frames or cue.kind != "verb":
        return False
    start = view.sentence_range(cue_index)[0]
    before = cue_index - 1
    if before >= start and view.is_word(before) and view.bare[before] in _CLAUSE_LEAD:
        before -= 1
    if before >= start:
        return False
    for k in range(cue_index + 1, min(limit, cue_index + MAX_MIDDLE)):
        if view.is_sentence_mark(k) or view.tokens[k].text == ":":
            return False
        if not view.is_word(k):
            continue
        if is_complementizer(view, k) or view.keys[k] in MAIN_CLAUSE_OPENERS:
            return False
        if view.bare[k] in RELATIVES or view.bare[k] in MODAL_VERBS:
            return False  # "عبر المنصة التي أطلقتها … يمكن …": another clause's verb
        other = view.cues[k]
        if other is not None and other.kind in ("verb", "participle"):
            return False
        if view.bare[k] == "عن":
            nxt = k + 1
            return (
                nxt < limit
                and view.is_word(nxt)
                and view.bare[nxt].endswith(POSSESSIVE_ENDINGS)
                and not view.tokens[nxt].text.endswith("ة")
            )
    return False


def _in_this_context(view: DocView, k: int) -> bool:
    """ "(في) هذا السياق"، "ذات الصدد"، "السياق ذاته": the words at k point back to the context."""
    first, second = view.bare[k], view.bare[k + 1]
    if first in _CONTEXT_POINTERS:
        return second in _CONTEXT_NOUNS
    return first in _CONTEXT_NOUNS and second in ("ذاته", "نفسه")


# خلص/توصل إلى أن "concluded that": إلى takes the conclusion itself, a clause (إلى أن) or a noun
# of conclusion that opens one (إلى نتيجة مفادها أن، إلى القول إن); any other noun after إلى is
# what was reached (اتفاق، تسوية، الجاني), and a complementizer further on is another clause's.
CONCLUDED = "needs-الي"
# A verb that reports only with its subject named (وجد أن "found that"): its bare form is also
# an impersonal passive (وُجد أن "it was found that").
NAMED_SUBJECT = "named"
CLAUSE_ONLY = "clause"
# The frame of a verb of promising (وعد): its بـ-complement names an event (:func:`_promised`).
PROMISE = "event"
_CONCLUSION_NOUNS = frozenset({"نتيجه", "نتائج", "استنتاج", "خلاصه", "قناعه", "قول"})
MAX_CONCLUSION_WORDS = 2  # "نتيجة مفادها"، "النتائج الآتية": the noun and what relates the clause to it
MAX_PROPOSITION_WORDS = 6  # "إلى وجود أسباب منطقية للاعتقاد بأن …": the state of affairs concluded


def concludes_with_clause(view: DocView, cue_index: int, trigger: Trigger) -> bool:
    """Whether the content a trigger opens is what a verb "needing إلى" concluded: the إلى
    before it governs the complementizer, colon or quote marks, a noun of conclusion that takes
    them (إلى نتيجة مفادها أن) or a state of affairs (إلى وجود أسباب … بأن)."""
    to = next((k for k in range(trigger.index - 1, cue_index, -1) if view.bare[k] == "الي"), None)
    if to is None:
        return False
    # A "that" trigger points past its complementizer, a "colon" one past the colon, a "quote"
    # one at the mark.
    stop = trigger.index - 1 if trigger.kind in ("that", "colon") else trigger.index
    between = [k for k in range(to + 1, stop) if view.is_word(k)]
    if not between:
        return True
    head = view.bare[between[0]]
    head = head[2:] if head.startswith("ال") else head
    if head in PROPOSITION_NOUNS:
        return len(between) <= MAX_PROPOSITION_WORDS
    return head in _CONCLUSION_NOUNS and len(between) <= MAX_CONCLUSION_WORDS


def _reports_conclusion(view: DocView, j: int, limit: int) -> bool:
    """Whether a verb "needing إلى" met on the way reports a conclusion of its own (إلى أن،
    إلى نتيجة، إلى وجود …): "ولم تتوصل الدراسة إلى وجود فائدة" is negated, and "توصل إلى اتفاق"
    reached something; neither ends the walk of the verb before it."""
    if j > 0 and view.bare[j - 1] in NEGATIONS:
        return False
    to = next((k for k in range(j + 1, min(limit, j + NEAR_MIDDLE)) if view.bare[k] == "الي"), None)
    if to is None or to + 1 >= limit or not view.is_word(to + 1):
        return False
    head = view.bare[to + 1]
    head = head[2:] if head.startswith("ال") else head
    return is_complementizer(view, to + 1) or head in _CONCLUSION_NOUNS or head in PROPOSITION_NOUNS


_DISTANCE_NOUNS = frozenset({"بعد", "قرب", "كثب"})


def _distance_adverb(view: DocView, k: int, limit: int) -> bool:
    """عن بعد، عن قرب، عن كثب ("remotely", "closely") with no genitive after the noun: with one
    ("تحدث عن قرب الانتخابات"، "عن قرب دخول قوات") the noun is the complement's head. After
    the adverb come a prepositional phrase, a conjunction or the clause's end."""
    if k >= limit or view.bare[k] not in _DISTANCE_NOUNS:
        return False
    nxt = k + 1
    if view.bare[k] == "كثب" or nxt >= limit or not view.is_word(nxt):
        return True
    key = view.bare[nxt]
    return view.keys[nxt] != key or key[:1] in "بل" or view.words.is_a("stop", key)


MAX_BI_ADVERBIAL = 4


def complementizer_after_phrase(view: DocView, j: int, limit: int) -> bool:
    """Whether a complementizer follows the ب-phrase at j within a few words, with nothing but
    that phrase and a comma between: the verb's content is then the clause, and the ب-phrase
    an adverbial of place or manner (صرح بمقر الوزارة أنّ …، صرح، خلال ندوة بالعاصمة، أنّ …)."""
    for k in range(j + 1, min(limit, j + 1 + MAX_BI_ADVERBIAL)):
        if is_complementizer(view, k):
            return k > j + 1  # "يعترف بحقيقة أنّ …": the noun's own clause, the fact that
        if view.is_comma(k):
            # The phrase set off by commas on both sides (", خلال ندوة بالعاصمة، أنّ"); a comma
            # after the complement alone ("اتُّهم بالاغتصاب، إذ سبق أن …") opens another clause.
            return _opening_comma_before(view, j) and k + 1 < limit and is_complementizer(view, k + 1)
        if not view.is_word(k) or not has_article(view, k) or view.cues[k] is not None:
            return False  # "بمقر الوزارة": the place noun and its definite genitive only
    return False


def _opening_comma_before(view: DocView, j: int) -> bool:
    first, _ = view.sentence_range(j)
    for k in range(j - 1, max(first, j - MAX_BI_ADVERBIAL - 2) - 1, -1):
        if view.is_comma(k):
            return True
        if not view.is_word(k) or view.cues[k] is not None:
            return False
    return False


def _pronoun_complement(key: str, cue: Cue) -> bool:
    """The cue's own preposition with a pronoun right after it (دعا إليه، حذر منها): the
    complement is something named before, so no content follows after a comma."""
    return key in _pronoun_complements(cue.frames)


@lru_cache(maxsize=1024)
def _pronoun_complements(frames: frozenset[str]) -> frozenset[str]:
    """Every word :func:`_pronoun_complement` holds for a cue with ``frames``, asked at each verb
    cue: one set look-up."""
    return frozenset(
        preposition + suffix
        for preposition in frames
        if preposition in ("الي", "من", "عن", "علي")
        for suffix in POSSESSIVE_ENDINGS
    )


# Nouns that make على an adverbial of occasion, cause or level (على هامش، على خلفية، على صعيد).
# Prepositions written apart that take only a noun after them (not من "who", منذ "since").
# دون "without" governs a noun too ("من دون ختم جوازات سفرهم": the stamping, not "he concluded").
_NOUN_PREPOSITIONS = frozenset({"مع", "في", "الي", "حول", "خلال", "وسط", "ضد", "نحو", "دون"})


def noun_after_preposition(view: DocView, i: int) -> bool:
    """A verb form right after a preposition is the verbal noun it spells ("مع توقع حصول
    فيضانات"، "في رد على التغريدة"): a preposition governs a noun. Not across a line break,
    where a cut-off line may end in a preposition ("… في\nقال الأمير …")."""
    return (
        i > 0
        and view.is_word(i - 1)
        and view.keys[i - 1] in _NOUN_PREPOSITIONS
        and view.keys[i] == view.bare[i]
        and not view.break_before(i)
    )


MAX_THAT_AHEAD = 12


def occasion_start(view: DocView, start: int, end: int) -> int:
    """Where an adverbial of the occasion of speech (في مداخلة له، خلال تصريح) begins between
    ``start`` and ``end``, or ``end``: the subject before it ends there, and a name in marks
    inside it is the outlet spoken on ("وأكد المواطن في مداخلة له على الجوهرة "اف ام" أنه").
    The verb's object ends the subject that starts at ``start - 1`` too ("ووصف محللون القرار
    بأنه"، :func:`objects.object_in_subject`)."""
    end = object_in_subject(view, start - 1, end)
    for m in range(start, end - 1):
        if (
            view.bare[m] in _OCCASION_PREPOSITIONS
            and view.is_word(m + 1)
            and _occasion_noun(view.bare[m + 1])
        ):
            return m
    return end


def is_occasion_noun(key: str) -> bool:
    """An occasion of speech (تصريح، رده، مداخلة) as :func:`_occasion_noun` reads it."""
    return _occasion_noun(key)


def _reply_noun(key: str) -> bool:
    """رد "reply", bare or with its owner's pronoun (رده، ردها): its على is what it answers."""
    return key == "رد" or any(key == "رد" + suffix for suffix in POSSESSIVE_ENDINGS)


def _that_ahead(view: DocView, k: int, limit: int) -> bool:
    """Whether a complementizer comes within a few words from k, before or right after a comma.
    Quotation marks take no word's place ("على الجوهرة "اف ام" اليوم الجمعة أن …")."""
    end = min(limit, k + MAX_THAT_AHEAD)
    for m in range(k, limit):
        if m >= end:
            return False
        if view.is_mark(m):
            end = min(limit, end + 1)
            continue
        if view.is_comma(m):
            return m + 1 < limit and view.is_word(m + 1) and is_complementizer(view, m + 1)
        if view.is_sentence_mark(m):
            return False
        if view.is_word(m) and is_complementizer(view, m):
            return True
    return False


_MEDIA = frozenset({"موقع", "صفحه", "حساب"})


def _own_medium(keys: list[str]) -> bool:
    """A website, page or account with its owner's pronoun (موقعها، صفحته، حسابه): after على
    it names where a statement was published."""
    if not keys:
        return False
    key = keys[0]
    for suffix in POSSESSIVE_ENDINGS:
        if key.endswith(suffix):
            base = key[: -len(suffix)]
            return base in _MEDIA or (base.endswith("ت") and base[:-1] + "ه" in _MEDIA)
    return False


def _event_adverbial(view: DocView, j: int, limit: int) -> bool:
    """Whether an adverbial of the event the words were said at opens at j and holds على of its
    own, with a complementizer ahead ("وأكد لدى إشرافه على الاجتماع أن …"، "بمناسبة التوقيع على
    العقد، أن …"): a verbal noun governs its own complement, so that على is the noun's, not the
    cue's, and the clause after أنّ is the content."""
    if view.bare[j] not in _OCCASION_PREPOSITIONS and view.bare[j] not in _EVENT_PREPOSITIONS:
        return False
    noun = j + 1
    if noun + 2 >= limit or view.bare[noun + 1] != "علي" or not event_noun(view, noun):
        return False
    if proposition_noun(view, view.bare[noun + 2]):
        return False  # "خلال الاجتماع على ضرورة أن …": ضرورة and its أنّ are the cue's complement
    return _that_ahead(view, noun + 2, limit)


# "مطلع على" "informed about": a source's description, its على no complement of the cue.
_INFORMED = frozenset({"مطلع", "مطلعه", "مطلعين", "مطلعون", "المطلع", "المطلعه", "المطلعين", "المطلعون"})
# Nouns and participles of a subject's office that take على or عن themselves ("المسؤول عن الأمن"،
# "المشرفة على البرنامج"، "القائمون على المهرجان").
_IN_CHARGE = frozenset(
    pre + stem + end
    for pre in ("", "ال")
    for stem in ("مسؤول", "مسئول", "مشرف", "قائم", "ساهر")
    for end in ("", "ه", "ين", "ون", "تين", "تان", "ات")
)
_HEAD_PREPOSITIONS = frozenset({"علي", "عن"})
# "citing": a source phrase inside the subject ("أفادت مصادر، نقلا عن شهود، …"), its عن its own.
_CITING = frozenset({"نقلا"})
# Definite verbal nouns of saying that take عن themselves ("عدم الكشف عن هويته"، "بعد الإعلان عن").
_SAYING_NOUNS_AN = frozenset({"الكشف", "الاعلان", "التعبير", "الافصاح"})
# The perfect "was issued" in a relative without its pronoun: "بيان صدر عن مكتب الادعاء".
_ISSUED_VERBS = frozenset({"صدر", "صدرت"})


# Nouns of a deputy or representative, who sits "for" (عن) a constituency or a party.
_REPRESENTATIVES = frozenset(
    pre + stem + end
    for pre in ("", "ال")
    for stem in ("نائب", "ممثل", "مندوب")
    for end in ("", "ه", "ان", "ين", "ون", "و", "ي")
) | frozenset({"نواب", "النواب"})


MAX_REPRESENTED = 20  # tokens after the عن in which the cue's own complement is looked for


def _representation_an(view: DocView, cue_index: int, j: int, limit: int) -> bool:
    """Whether the عن at j follows a subject headed by or holding a deputy or representative
    (النائب، عضو مجلس نواب الشعب، ممثل) with no comma between, and the cue's own complement
    comes later in the sentence (a complementizer, or عن again): the first عن is that of whom
    they represent ("النائب عن حركة نداء تونس"، "عن ولاية تطاوين"), inside the subject. Alone
    it is the cue's ("وكشف النائب عن تفاصيل جديدة")."""
    if not any(view.bare[m] in _REPRESENTATIVES for m in range(cue_index + 1, j)):
        return False
    if not all(view.is_word(m) for m in range(cue_index + 1, j)):
        return False
    for m in range(j + 2, min(limit, j + MAX_REPRESENTED)):
        if view.is_sentence_mark(m) or view.cues[m] is not None:
            return False
        if is_complementizer(view, m) or view.bare[m] == "عن":
            return True
    return False


def _issuer_an(view: DocView, cue_index: int, j: int) -> bool:
    """Whether the عن at j is that of "issued by" (بيان صادر عن، التقرير الصادر اليوم عن) or of
    "citing" (نقلا عن), inside the subject: it names who issued or said the words, not what the
    cue reports."""
    bare = view.bare
    for m in range(j - 1, max(cue_index, j - 2 - MAX_BEFORE_AN), -1):
        if bare[m] in ISSUED_BY or bare[m] in _CITING or bare[m] in _ISSUED_VERBS:
            return True
        if not (view.is_word(m) and view.words.is_a("time", bare[m])):
            return False
    return False


def _own_preposition(view: DocView, j: int, limit: int) -> bool:
    """Whether the على/عن at j, after a noun of office, is that noun's and not the cue's: a
    complementizer follows in the same clause (past the rest of the subject: a name, the occasion
    of speech), or the same preposition comes again before a comma ("المسؤولة عن الجسر عن
    مساهمة"); a verb takes its complement once."""
    bare = view.bare
    for m in range(j + 2, min(limit, j + 2 + _OFFICE_REACH)):
        if view.is_sentence_mark(m):
            return False
        if view.is_comma(m):
            if m + 1 < limit and view.is_word(m + 1) and is_complementizer(view, m + 1):
                return True
            # "المسؤول التنفيذي عن البرنامج، إياد الأحمدي، أن …": a name in apposition, set
            # off by commas, then the complementizer.
            close = next(
                (c for c in range(m + 2, min(limit, m + 2 + _APPOSITION_WORDS)) if view.is_comma(c)), None
            )
            return (
                close is not None
                and all(view.is_word(c) and view.cues[c] is None for c in range(m + 1, close))
                and close + 1 < limit
                and is_complementizer(view, close + 1)
            )
        if view.is_word(m) and (bare[m] == bare[j] or is_complementizer(view, m)):
            return True
    return False


_APPOSITION_WORDS = 5  # a name in apposition between commas


# How far a subject with a noun of office may run after its preposition before the cue's own
# complement: the name, the body and the occasion of speech ("… لتظاهرة X سلمى فلاح في تصريح لمراسلة
# الجوهرة أن").
_OFFICE_REACH = 24


_ALA_ADVERBIAL_NOUNS = frozenset({"هامش", "خلفيه", "صعيد", "مستوي", "اثر", "غرار", "مدي", "امتداد"})
# "during, after": they open the time adverbial of an event (TIME_PREPOSITIONS, in
# content.py, order a clause before or after another).
_DURING_PREPOSITIONS = frozenset({"خلال", "اثناء", "عقب", "اثر", "ابان"})


def _in_time_adverbial(view: DocView, cue_index: int, j: int) -> bool:
    """Whether a time preposition (خلال، أثناء، عقب) stands between the cue and j."""
    return any(view.bare[m] in _DURING_PREPOSITIONS for m in range(cue_index + 1, j))


# Plural and dual object pronouns: بينهم، بينهما are "between them", never "explained them".
_PLURAL_OBJECTS = ("هم", "هما", "كم", "كما", "نا", "هن")


def preposition_with_pronoun(view: DocView, i: int, cue: Cue) -> bool:
    """A "near" verb that reports only through a complementizer (بيّن، أبان) with a plural or
    dual object pronoun: a verb whose content is its object cannot also take a person as one,
    so the word is the preposition it spells with its pronoun ("من بينهم تونسي"، "التحالف
    بينهما بأنه …")."""
    return (
        cue.kind == "verb"
        and cue.object_suffix
        and cue.frames <= {"that", "near"}
        and view.bare[i].endswith(_PLURAL_OBJECTS)
    )


# Words after which the verb بيّن may stand (كما بيّنت أن، الذي بيّن أن، ثم بيّن): the particles that
# open a clause; after a noun or adjective the word is the preposition "between".
_BEFORE_VERB = frozenset(
    {"كما", "قد", "لقد", "فقد", "وقد", "ثم", "حيث", "فيما", "بينما", "اذ", "عندما", "بعدما", "كذلك", "و", "ف"}
)
MAX_BETWEEN_NOUN = 3  # "بيّن الصندوق أنّ": the verb's subject, then its complementizer


def between_after_noun(view: DocView, i: int, cue: Cue) -> bool:
    """Bare بين right after a noun ("الاجتماع المباشر بين ترامب وكيم"، "ما بين"): the verb بيّن
    opens its clause after a comma, a conjunction or a particle, or follows a relative; right
    after a noun phrase, with no و attached, it is the preposition, unless a shadda shows the
    verb or a complementizer follows its subject at once ("وفي ما يتعلق بـ… بين الصندوق أن")."""
    if cue.lemma != "بين" or cue.kind != "verb" or view.keys[i] != "بين" or i == 0:
        return False
    if SHADDA in view.tokens[i].text:
        return False  # بيّن: the verb
    for k in range(i + 1, min(len(view), i + 1 + MAX_BETWEEN_NOUN)):
        if is_complementizer(view, k):
            return False
        if not view.is_word(k) or view.words.is_a("stop", view.bare[k]):
            break  # "الفارق بين الجنسين إلى أن …": أنّ after a preposition is the other phrase's
    prev = i - 1
    if not view.is_word(prev):
        return False
    key = view.bare[prev]
    return not (
        key in RELATIVES or key in _BEFORE_VERB or view.cues[prev] is not None or view.words.is_a("time", key)
    )


# Words for a name or an identity, with or without a possessive (اسمه، هويتها، أسمائهم).
_IDENTITY_STEMS = ("اسم", "هويه", "هويت", "اسماء", "اسماي")
MAX_ANONYMITY_WORDS = 4


def anonymity_request(view: DocView, i: int) -> bool:
    """A cue inside a source's request not to be named ("طلب عدم نشر اسمه"، "عدم الكشف عن
    هويته"، "تحدث مشترطا عدم ذكر اسمه"): the words describe the speaker, and the verb of the
    sentence reports. The cue right after عدم is a negated verbal noun; one right before it asks
    for the negation; a verb before a condition of it (شريطة، مشترطا) tells how the source spoke."""
    return anonymity_end(view, i) is not None


def anonymity_end(view: DocView, i: int) -> int | None:
    """One past the identity word of the request that the cue at i is part of (None when none)."""
    n = len(view.tokens)
    if i > 0 and view.bare[i - 1] == "عدم":
        first = i
    elif i + 1 < n and view.bare[i + 1] == "عدم":
        first = i + 2
    elif i + 2 < n and view.bare[i + 2] == "عدم" and view.bare[i + 1] in _CONDITIONS:
        first = i + 3
    else:
        return None
    for k in range(first, min(n, first + MAX_ANONYMITY_WORDS)):
        if view.is_word(k) and view.bare[k].startswith(_IDENTITY_STEMS):
            return k + 1
    return None


_CONDITIONS = frozenset({"مشترطا", "شريطه", "بشرط", "طالبا", "مفضلا"})


def name_after_verb(view: DocView, i: int) -> bool:
    """ "قال فيرون إن …": a word right after a verb of saying is its subject, so a cue there that
    reads as و/ف + a verb (فيرون) is a name: no conjunction joins a second verb to the first with
    nothing between them. After بن/ابن/بنت/أبو ("son, daughter, father of") a word is the second
    half of a name too: "صدري بن طالب" (طالب "demanded"), "محمد بن سلمان"."""
    if i == 0 or not view.is_word(i - 1):
        return False
    if after_genitive_link(view, i):
        return view.cues[i] is not None and view.cues[i].kind in ("verb", "participle")
    if view.keys[i] == view.bare[i]:
        return False
    cue, before = view.cues[i], view.cues[i - 1]
    return (
        cue is not None
        and cue.kind in ("verb", "participle")
        and before is not None
        and before.kind == "verb"
    )


def person_suffixed_perfect(view: DocView, i: int, cue: Cue) -> bool:
    """Whether the cue at i is its lemma's perfect with a subject ending: ـت، ـا، ـتا، ـوا، ـنا."""
    return cue.kind == "verb" and view.bare[i] in _person_suffixed_forms(cue.lemma)


# Second-form verbs of saying whose undotted spelling is also a preposition or another verb:
# عبّر (عبْر "via"), بيّن (بيْن "between"), لمّح (لمَح "glimpsed"). The written shadda on the
# middle letter belongs to the second form only.
_DOUBLED_MIDDLE = frozenset({"عبر", "بين", "لمح"})


def written_doubled(view: DocView, i: int, cue: Cue) -> bool:
    """Whether the cue at i is one of those verbs written with its shadda (عبّر، وعبّرت، بيّن،
    لمّح): the writer has spelled the verb of saying, so it needs no nearness to tell it from
    the preposition or the other verb ("وعبّر القائم بأعمال السفارة الأميركية في تركيا عن …")."""
    return cue.kind == "verb" and cue.lemma in _DOUBLED_MIDDLE and SHADDA in view.tokens[i].text


_PERSON_ENDINGS = ("ت", "ا", "تا", "وا", "نا")


_person_suffixed_perfect = person_suffixed_perfect  # the name tests/test_quotes_cue_paths.py reads


@lru_cache(maxsize=4096)
def _person_suffixed_forms(lemma: str) -> frozenset[str]:
    """The perfects of ``lemma`` with a subject ending; asked at every verb cue, so remembered
    (a few hundred lemmas)."""
    stem = lemma_key(lemma)
    return frozenset(stem + ending for ending in _PERSON_ENDINGS)


MAX_LI_DISTANCE = 4  # the verb, a short subject, the complement: لـ further on is another phrase's


MAX_LI_TO_ILA = 10


def _ila_ahead(view: DocView, first: int, limit: int) -> bool:
    """Whether the cue's إلى comes on in the same stretch of words, before any punctuation, verb
    of saying or complementizer: then a لـ-word before it is no complement of دعا but a word of
    the subject ("دعت الهيئة العليا المستقلة للاتصال السمعي البصري رئاسة الحكومة إلى …": the
    body's name), as the verb takes its complement once."""
    for k in range(first, min(limit, first + MAX_LI_TO_ILA)):
        if not view.is_word(k) or view.cues[k] is not None or is_complementizer(view, k):
            return False
        if view.bare[k] == "الي":
            return True
    return False


def _definite_li_complement(view: DocView, j: int) -> bool:
    """لـ + the article on a verbal noun, the complement of دعا "called for" (دعت للإبلاغ،
    دعا للتظاهر): an event by its pattern, not a person or body (دعا للرئيس "prayed for")."""
    key = view.bare[j]
    if not key.startswith("لل") or view.is_comma(j - 1) or is_complementizer(view, j + 1):
        return False
    body = key[2:]
    if body.endswith(("ي", "يه", "ين", "ون")) or view.title_state("ال" + body) is not None:
        return False
    if body.startswith("ا") and 5 <= len(body) <= 7:
        return body[-2] == "ا"
    return body.startswith("ت") and (len(body) == 4 or (len(body) == 5 and body[-2] in "يا"))


MAX_LI_REACH = 10  # the verb, its subject, its object, then لـ + the event called for
_OWN_PREPOSITIONS = frozenset({"في", "علي", "عن", "من", "مع", "الي"})


def _called_event(view: DocView, k: int) -> bool:
    """لـ + the article on a verbal noun of a pattern :func:`_definite_li_complement` leaves
    out, after the one called on (دعا الحضور للمساهمة، دعت المجتمع الدولي للوقوف، دعا بوتين
    للتخلي عن، داعيا الأطراف للتفاعل مع): مُفاعلة, فِعال/فُعول, تفاعُل and the defective تفعُّل
    (التصدي، التحلي), or a فَعْل followed by the preposition it governs (للعمل على، للنظر في,
    not "الاتحاد العام للشغل")."""
    key = view.bare[k]
    if not key.startswith("لل") or view.is_comma(k - 1) or is_complementizer(view, k + 1):
        return False
    body = key[2:]
    if view.title_state("ال" + body) is not None or view.words.is_a("stop", body):
        return False
    if len(body) == 6 and body[0] == "م" and body[2] == "ا" and body[-1] == "ه":
        return True  # المشاركة، المساهمة
    nxt = k + 1
    follows = view.bare[nxt] if nxt < len(view) and view.is_word(nxt) else ""
    if len(body) == 4 and body[0] != "ا" and (body[2] == "ا" or (body[2] == "و" and not is_nisba(follows))):
        # الدفاع، الحوار، الوقوف، الحضور; not the plural أفعال (الأيام، الأمور), nor a plural فُعول
        # with its adjective (للخطوط التونسية).
        return True
    if body[:1] == "ت" and ((len(body) == 4 and body[-1] == "ي") or (len(body) == 5 and body[2] == "ا")):
        return True  # التصدي، التخلي، التفاعل، التضامن
    return len(body) == 3 and follows in _OWN_PREPOSITIONS


def indefinite_li_complement(view: DocView, i: int, cue: Cue, last: int) -> int | None:
    """لـ + an indefinite noun of an event, the complement of دعا with no other one in its clause
    ("دعت النقابة الحكومة لمراجعة القانون"، "ودعا لاستجابة فورية"): the last such word before
    the clause's end, past commas of an apposition. A لـ-phrase after a relational adjective or
    the head of a body names its purpose ("الهيئة الوطنية لمكافحة الفساد"), not what was called
    for."""
    words = view.words
    found = None
    for k in range(i + 1, min(last, i + MAX_LI_REACH + 1)):
        if not view.is_word(k):
            if view.is_comma(k):
                continue  # "دعت اللجنة رئيس الحكومة، يوسف الشاهد، لدراسة …": an apposition
            break
        key = view.bare[k]
        if key.startswith("لل") and _definite_li_complement(view, k):
            found = k  # "يدعو المعلمون الوزارة والحكومة للاستجابة …": past the short reach
            continue
        if key.startswith("لل") and k > i + 1 and not _purpose_genitive(view, k) and _called_event(view, k):
            found = k  # "ودعا الحضور للمساهمة في …": past the one called on, what it was called to do
            continue
        if view.cues[k] is not None or is_complementizer(view, k):
            break
        body = key[1:]
        # A short first-form verbal noun is read by the list (لفتح صفحة، لوقف القتال، لحل الأزمة).
        short_event = len(body) == 3 and body in FORM_ONE_EVENTS and _construct_next(view, k, last)
        if key.startswith("ل") and not key.startswith("لل") and (len(body) >= 4 or short_event):
            before = view.bare[k - 1]
            named = any(words.is_a(c, body) for c in ("stop", "time", "institution", "media", "anonymous"))
            # A nisba right after the verb describes no noun: it is the object itself (ودعا التونسيين
            # لاسترجاع الثقة), unlike "الهيئة الوطنية لمكافحة الفساد".
            purpose = k > i + 1 and (
                (is_nisba(before) and k - 1 > i + 1)
                or any(words.is_a(c, before) for c in ("institution", "namer", "media"))
            )
            event = short_event or verbal_noun(view, k, proclitic=1) or view.tokens[k].text.endswith("ة")
            # After a verb the object before لـ is a definite noun (دعت النقابة الحكومة لـ…) or
            # an apposition closed by a comma; a bare name there may still be the subject's.
            placed = (
                cue.kind == "participle"
                or k == i + 1
                or has_article(view, k - 1)
                or view.is_comma(k - 1)
                or _named_object(view, i, k - 1)
            )
            if event and placed and not named and not purpose and view.title_state(body) is None:
                found = k
                continue
        if words.is_a("stop", key) and not words.is_a("time", key):
            break
    return found


def _construct_next(view: DocView, k: int, last: int) -> bool:
    """Whether a genitive follows the noun at k at once (لفتح صفحة جديدة): a word that is no
    particle, time word or cue."""
    nxt = k + 1
    if nxt >= last or not view.is_word(nxt) or view.cues[nxt] is not None:
        return False
    key = view.bare[nxt]
    return not (view.words.is_a("stop", key) or view.words.is_a("time", key))


_BODY_ADJECTIVES = frozenset(
    {"العام", "العامه", "العليا", "الاعلي", "المستقل", "المستقله", "الدائم", "الدائمه"}
)
MAX_BODY_ADJECTIVES = 3


def _purpose_genitive(view: DocView, k: int) -> bool:
    """لـ after a body's head, bare or with its adjectives, names the body's purpose ("هيئة
    للحوار"، "الجامعة التونسية للتنس"، "الاتحاد العام للشغل"), not what was called for; after
    another noun and its adjective the لـ-phrase is the call ("دعت المجتمع الدولي للوقوف")."""
    words = view.words
    head = k - 1
    while head > 0 and k - head <= MAX_BODY_ADJECTIVES and view.is_word(head):
        key = view.bare[head]
        if not (is_nisba(key) or key in _BODY_ADJECTIVES):
            break
        head -= 1
    if not view.is_word(head):
        return False
    key = view.bare[head]
    if head == k - 1 and has_article(view, head):
        return False  # "دعت النقابة الحكومة للنظر في …": the one called on
    body = key[2:] if has_article(view, head) else key
    return any(words.is_a(c, body) for c in ("institution", "namer", "media"))


def _named_object(view: DocView, i: int, k: int) -> bool:
    """A one-word name right after the verb or its definite subject, before لـ + an event
    ("ودعت تونس لإيجاد …"، "ودعا الرئيس روسيا لاستخدام …"): subject or object, the لـ-phrase
    after it is what was called for, as no name takes a لـ-complement of its own. So is a name
    after a one-word subject name ("ودعا أردوغان ألمانيا لفتح …"), and a name joined to such an
    object by و ("دعا أردوغان ألمانيا وتركيا لفتح …")."""
    if k > i + 1 and view.is_word(k) and view.tokens[k].text[:1] == "و" and len(view.bare[k]) > 3:
        return _one_word_name(view, k, joined=True) and _named_object(view, i, k - 1)
    if k > i + 2 or not _one_word_name(view, k):
        return False
    if k == i + 2 and _one_word_name(view, k - 1):
        return True
    return k == i + 1 or (has_article(view, k - 1) and view.title_state(view.bare[k - 1]) is not None)


def named_object_start(view: DocView, i: int, li: int) -> int | None:
    """Where the one-word names called on start, between the subject of verb ``i`` and its
    لـ-complement at ``li`` ("دعا أردوغان ألمانيا وتركيا لفتح …" → ألمانيا), or None."""
    k = li - 1
    while k > i + 1 and view.tokens[k].text[:1] == "و" and _one_word_name(view, k, joined=True):
        k -= 1
    if k == li - 1 or k <= i + 1:
        return None  # a single name right before لـ stays the speaker reader's to read
    return k if _named_object(view, i, k) else None


def _one_word_name(view: DocView, k: int, joined: bool = False) -> bool:
    """A word that may be a one-word name: no article, cue, particle, time word, body, title or
    event, and no لـ/بـ on it (``joined``: read past the و written on it)."""
    if not view.is_word(k) or has_article(view, k) or view.cues[k] is not None:
        return False
    key = view.bare[k]
    if joined and key[:1] == "و":
        key = key[1:]
        if key.startswith("ال"):
            return False
    if any(
        view.words.is_a(c, key) for c in ("stop", "time", "institution", "media", "anonymous", "document")
    ):
        return False
    return view.title_state(key) is None and not indefinite_event(view, k) and key[:1] not in "لب"


def _definite_bi_complement(view: DocView, j: int) -> bool:
    """بـ + the article on a noun, the complement of a verb that reports only with it (ذكّر
    بالمشاريع "reminded of the projects"; ذكر is "mentioned" otherwise): no name starts with
    بال, an adverbial (بالمناسبة "by the way") is not it, nor a ب-phrase a complementizer follows."""
    key = view.bare[j]
    if not key.startswith("بال") or len(key) <= 5 or key in BI_ADVERBIALS or view.is_comma(j - 1):
        return False
    return not is_complementizer(view, j + 1)


def _name_ali(view: DocView, j: int) -> bool:
    """علي written with ي in a text that spells the preposition على with ى elsewhere: the name Ali
    ("أكد الصحفي علي بن مزين"، "ساحة محمد علي"). Where a text writes ي for both, it stays على."""
    return view.tokens[j].text == "علي" and _WRITTEN_ALA.search(view.doc.text) is not None


_WRITTEN_ALA = re.compile(r"(?<!\w)على(?!\w)")


def _bearing(view: DocView, i: int) -> bool:
    """تحمّل "to bear" (تحمل المسؤولية، أو تحمل تبعات …, also its verbal noun) is spelt like حمّل's
    imperfect تحمل "she holds (X) responsible"; حمّل puts the person held before the needed noun,
    so that noun right after تحمل is borne, not laid on anyone."""
    return view.bare[i] == "تحمل"


def _borne_own(view: DocView, i: int, cue: Cue, j: int) -> bool:
    """A needed noun with its owner's pronoun (مسؤوليتها) right after the subject: the subject
    bears its own ("تحمل الحكومة الحالية مسؤوليتها"، "يحمل اللاعب مسؤوليته"); حمّل puts the
    one held responsible between them ("وحمّلت النقابة الوزارة مسؤوليتها"), or on the verb
    as a pronoun (حمّلها مسؤوليتها)."""
    owned = view.bare[j].endswith(POSSESSIVE_ENDINGS) and not view.tokens[j].text.endswith("ة")
    if not owned or view.bare[j][:2] == "ال" or cue.object_suffix:
        return False  # ة is written ه once normalised: مسؤولية has no pronoun
    between = [k for k in range(i + 1, j) if view.is_word(k)]
    return len(between) < 2 or is_nisba(view.bare[j - 1]) or view.mention_label(j - 1) is not None


# Free prepositions and particles (normalised): past one of them a told noun is in another phrase.
_TOLD_BARRIERS = frozenset(
    normalize(w)
    for w in ("في", "من", "عن", "على", "إلى", "مع", "حول", "خلال", "عبر", "ضد", "بين", "منذ", "بعد", "قبل",
              "عند", "لدى", "حتى", "كما", "أن", "إن", "الذي", "التي", "الذين", "ما", "لا", "لم", "لن")
)  # fmt: skip
MAX_BEFORE_TOLD = 4  # the subject and an adverbial: "ناقش فيه صحفيان استقصائيان مزاعم …"


def _told_object(view: DocView, i: int, j: int) -> bool:
    """Whether the told noun at j (lexicon.TOLD_NOUNS) heads the bare object of the verb at i:
    right after it, or after a subject of a few words, an adverbial pronoun (فيه، خلالها) or
    an occasion with its owner's pronoun (في كلمته), with no other preposition, particle, mark
    or comma between them and no conjunction on the noun.
    "وناقش الخبراء أسباب …" reports; in "ناقش المجلس التقرير السنوي عن رؤية …"، "وتناولوا سبل
    التعاون لدعم رؤية …" the noun is in another phrase, and the object is something else."""
    between = range(i + 1, j)
    if len(between) > MAX_BEFORE_TOLD or (view.tokens[j].text[:1] in "وف" and view.bare[j][:1] not in "وف"):
        return False
    for k in between:
        if not view.is_word(k):
            return False
        key = view.bare[k]
        if key == "في" and k + 1 < j and view.bare[k + 1].endswith(POSSESSIVE_ENDINGS):
            continue  # "وتناولت في حلقتها الأخيرة مزاعم …": the occasion, with its owner's pronoun
        if key in _TOLD_BARRIERS or key.startswith(("لل", "بال", "كال")) or view.cues[k] is not None:
            return False
    return True


# Quantities before a told noun, which open the object: "المزيد من المعلومات"، "بعض تفاصيل …".
_TOLD_AMOUNTS = frozenset(normalize(w) for w in ("المزيد", "مزيدا", "عددا", "عدد", "جملة", "بعضا"))
_TOLD_SOME = frozenset(normalize(w) for w in ("بعض", "أبرز", "أهم", "كل", "جميع", "كافة"))


def _told_start(view: DocView, i: int, j: int) -> int | None:
    """Where the bare object headed by the told noun at j of a verb that also reports one
    (lexicon.ALSO_TOLD) opens, or None when the noun heads no object of the verb at i (see
    :func:`_told_object`). A quantity before the noun opens the object with it ("كشفت الصحيفة
    المزيد من المعلومات …"، "وأوضح الوزير بعض تفاصيل الخطة")."""
    start = j
    if j - 2 > i and view.bare[j - 1] == "من" and view.bare[j - 2] in _TOLD_AMOUNTS:
        start = j - 2
    elif j - 1 > i and view.bare[j - 1] in _TOLD_SOME:
        start = j - 1
    return start if _told_object(view, i, start) else None


_FATHATAN = "\u064b"  # the accusative's tanween (قاطعاً), never on a name
# Speaker words that name a body, an outlet, a title or an anonymous source: without the article
# such a noun heads a construct, and the noun right after it is its genitive.
_HEAD_CLASSES = ("institution", "media", "title", "anonymous")


def _head_of_genitive(view: DocView, k: int) -> bool:
    """Whether the word at k is a noun of a body, an outlet, a title or a source without the
    article (وكالة، مركز، وكالات، مصدر), whose next word is its genitive, not a new phrase."""
    if not view.is_word(k) or has_article(view, k) or view.mention_label(k) is not None:
        return False
    key = view.bare[k]
    return any(view.words.is_a(cls, key) for cls in _HEAD_CLASSES)


def _told_after_subject(view: DocView, i: int, cue: Cue, start: int, limit: int) -> bool:
    """Whether the told object opening at ``start`` follows the subject of the verb at i (of a
    verb that also reports one, lexicon.ALSO_TOLD): the words between are its whole subject, or
    there are none and the subject came before the verb, or the cue is a participle. Right after
    a verb with no subject before it, the told noun is the subject itself ("وذكرت معلومات أمنية
    أن …"، "تكشف الرواية عن …"), and a bare verb form with no subject is the verbal noun ("امتنع
    عن ذكر أسماء …"). A verb with its object pronoun has its object (يذكرنا "reminds us"), and a
    colon after the noun opens the words it announces ("موضحا بعض تفاصيل اللقاء: "…""), which
    are the content."""
    if cue.object_suffix:
        return False
    for k in range(start + 1, limit):
        if view.tokens[k].text == ":":
            return False
        if view.is_comma(k) or view.is_sentence_mark(k) or view.cues[k] is not None:
            break
    if start == i + 1:
        return cue.kind == "participle" or preposed_subject(view, i, False) is not None
    before = start - 1
    inside = view.mention_label(start)
    if inside is not None and not inside[1]:
        return False  # "وذكرت وكالة الأنباء السعودية أن …": the noun is inside a name begun before it
    if _head_of_genitive(view, before):
        return (
            False  # "وذكرت وكالة أنباء الأناضول أن …"، "وأكد مركز المعلومات …": the told noun is its genitive
        )
    if (
        view.bare[start].startswith("ال")
        and not has_article(view, before)
        and view.tokens[before].text.endswith("ة")
        and view.mention_label(before) is None
    ):
        return False  # "وذكرت لائحة الاتهام أن …": the told noun is the genitive of the subject's noun
    subject = parse_speaker(view, i + 1, start, True)
    if subject is not None and subject.last == start:
        return True
    # One word that the speaker reader does not know, with no article, preposition or ة: a name
    # ("وأوضح بوفون الأسباب التي …").
    key = view.bare[before]
    return (
        before == i + 1
        and view.keys[before] == key
        and not has_article(view, before)
        and not view.tokens[before].text.endswith("ة")
        and _FATHATAN not in view.tokens[before].text  # "ننفي نفياً قاطعاً كل …": an accusative
        and not key.startswith(("بال", "لل", "كال"))
        and not view.words.is_a("stop", key)
    )


def _future(view: DocView, i: int) -> bool:
    """سـ + an imperfect (سيتطرق، ستتطرق): speech still to come, which reports nothing yet."""
    key = view.bare[i]
    return len(key) > 3 and key[0] == "س" and key[1] in "يتن"


def _promised(view: DocView, i: int, j: int) -> bool:
    """Whether the ب-word at j is what the verb of promising at i promises: an event
    (:func:`_event_bi_complement`) close after the verb and its subject ("ووعدت الحكومة بتقديم …",
    "وعد الرئيس، X، الاثنين، بتحقيق …"). وعدت is also و + عُدّت "was counted (among)" ("وعدت من
    أهم المحطات، مشتهرة بالأسواق"), and وعد after a preposition is the noun
    (:func:`_after_preposition`)."""
    if j - i > NEAR_MIDDLE or not _event_bi_complement(view, j) or _after_preposition(view, i):
        return False
    if is_relay(view, i) or (i > 0 and view.bare[i - 1] in _RELAY_JOINED) or _complementizer_ahead(view, j):
        # "حسبما أفادت الوكالة نقلا عن مصدر بالطوارئ": a relay names where words were published;
        # "أفاد مراسلنا بتونس، X، أنه …": the ب-phrase is a place, the clause the content.
        return False
    # "وعُدّت من أهم …"، "وعُدّت بمثابة …" ("was counted among, as"); "ما وعد بها" has its
    # complement in the pronoun, and a ب-word further on ("تقل بأربعة أضعاف") is another verb's.
    return view.bare[i + 1] not in _NOT_PROMISED_NEXT and view.bare[j] not in _NOT_PROMISED_NEXT


_RELAY_JOINED = frozenset({"حسبما", "وحسبما", "وفقما"})  # حسب ما written as one word


def _complementizer_ahead(view: DocView, j: int) -> bool:
    """Whether a complementizer follows the ب-word at j in its sentence before any other cue or a
    colon: the verb's content is then that clause."""
    _, last = view.sentence_range(j)
    for k in range(j + 1, min(last, j + MAX_MIDDLE)):
        if is_complementizer(view, k) and not _hyphen_joined(view, k):
            return True
        other = view.cues[k] if view.is_word(k) else None
        if view.tokens[k].text == ":" or (other is not None and other.kind in ("verb", "participle")):
            return False  # a noun of speech (في تصريح لـ …) is the occasion, not another report
        if view.bare[k] in ("وذلك", "ذلك") or view.keys[k] in MAIN_CLAUSE_OPENERS:
            return False  # "، وذلك خلال قمة …": another clause, whose أنّ is not the verb's
    return False


_NOT_PROMISED_NEXT = frozenset({"من", "بمثابه", "به", "بها", "بهم", "بهما"})


def _after_preposition(view: DocView, i: int) -> bool:
    """A word right after a preposition is a noun, never a verb: "من خلال وعد بضم …"، "عبر وعد
    للمستخدمين بنسخة مجانية" ("a promise")."""
    return i > 0 and view.is_word(i - 1) and view.bare[i - 1] in _PREPOSITIONS_BEFORE_NOUNS


# Prepositions and adverbs of time or place that govern a noun (normalised).
_PREPOSITIONS_BEFORE_NOUNS = frozenset(
    {"خلال", "عبر", "من", "في", "مع", "بعد", "قبل", "منذ", "حول", "الي", "علي"}
)
# Prepositions before a ب-word that must be their noun: علي is left out, as it also spells the name
# Ali ("واتهمت فيها قيس بن علي بالتحيل").
_NOUN_GOVERNORS = _PREPOSITIONS_BEFORE_NOUNS - {"علي"}
_BETWEEN_FORMS = frozenset({"بين", "بينه", "بينها", "بينهم", "بينهما", "بيننا", "بينكم", "بينهن"})
# Connectives of addition whose preposition is their own: فضلا عن، علاوة على، إضافة/بالإضافة إلى.
_ADDITIVE_CONNECTIVES = frozenset({"فضلا", "علاوه", "اضافه", "بالاضافه"})


def _event_bi_complement(view: DocView, j: int) -> bool:
    """بـ + what is promised: an event, named by a definite noun (وعد بالعودة), a negation (وعد
    بعدم إجراء …) or an indefinite noun of a derived verb, by its prefix (إفعال، افتعال، تفعيل،
    مفاعلة: بإعادة، بانتخابات، بتقديم، بمساعدة), or with the feminine or plural ending (بحملة،
    بإصلاحات). The noun وعد "a promise" in construct with a name (وعد بلفور "the Balfour
    Declaration") has none of these after it."""
    key = view.bare[j]
    if key in BI_ADVERBIALS or key in _BI_MANNER:
        return False  # "وعُد إلى الديار بسرعة": an adverb of manner, not what is promised
    if key.startswith("بال") or key == "بعدم" or verbal_noun(view, j, proclitic=1):
        return True
    noun = key[1:]
    if noun in FORM_ONE_EVENTS:
        return True  # "أفادت مصادر بوقوع انفجار": a first-form verbal noun names an event too
    if len(noun) < 3:
        return False
    if noun[0] in _DERIVED_PREFIXES or view.tokens[j].text.endswith(("ة", "ات")):
        return True
    # A plain verbal noun in construct with a definite noun (وعد بوقف التمارين، ببذل الجهود).
    return j + 1 < len(view) and view.is_word(j + 1) and has_article(view, j + 1)


# ب + a noun of manner or measure: "quickly, strongly, exactly, as" (normalised).
_BI_MANNER = frozenset({"بسرعه", "بقوه", "بدقه", "بمثابه", "بشده", "بصفه", "بصوره", "بطريقه"})
# The first letters of the verbal nouns of derived verbs: إفعال، افتعال، استفعال (ا), تفعيل، تفاعل (ت),
# مفاعلة (م); normalised, so إ is ا.
_DERIVED_PREFIXES = frozenset("اتم")


def _needed_object(cue: Cue, key: str) -> bool:
    """Whether a word is the noun a verb needs to report ("needs-مسؤولية": حمّل X مسؤولية …,
    "held X responsible"), with or without the article; a needed preposition (نقل عن) is no object."""
    return key in _needed_objects(cue.frames)


_SHORT_TOLD = frozenset(normalize(noun) for noun in ("خبر", "نبأ"))


@lru_cache(maxsize=1024)
def _needed_objects(frames: frozenset[str]) -> frozenset[str]:
    """Every word :func:`_needed_object` holds for a cue with ``frames``: :func:`find_trigger`
    asks it at every word it passes, so it is one set look-up there."""
    nouns = [frame[len("needs-") :] for frame in frames if frame.startswith("needs-")]
    # Short words are the prepositions of needs-عن, needs-على …; خبر and نبأ are nouns of news.
    nouns = [noun for noun in nouns if len(noun) > 3 or noun in _SHORT_TOLD]
    # "حمّله مسؤوليته"، "حمّلها تبعاتها": the noun may carry its owner's pronoun (ة turns ت there).
    stems = [noun[:-1] + "ت" if noun.endswith("ه") else noun for noun in nouns]
    owned = (stem + suffix for stem in stems for suffix in POSSESSIVE_ENDINGS)
    return frozenset([word for noun in nouns for word in (noun, "ال" + noun)] + list(owned))


_TOLD_FORMS = _needed_objects(TOLD_OBJECTS)
_NO_FORMS: frozenset[str] = frozenset()


def _imperfect_next(view: DocView, i: int) -> bool:
    """Whether word i is an imperfect verb (يكون، تكون، يصبح), which follows the particle أنْ
    "to" and never the complementizer أنّ, whose clause opens with a noun or pronoun."""
    if i >= len(view) or not view.is_word(i):
        return False
    key = view.bare[i]
    if view.words.is_a("time", key) or view.mention_label(i) is not None:
        return False  # يوم، يناير; a name the earlier stages found (يوسف)
    return key in ("تكون", "يكون") or (key[:1] == "ي" and len(key) >= 3)


def relay_source_start(view: DocView, first: int, last: int) -> int | None:
    """Where Y starts in "نقل X عن Y" or "نقل X على لسان Y" ("on the tongue of": quoting Y)."""
    for k in range(first, last):
        if view.bare[k] == "عن":
            return k + 1
        if view.bare[k] == "لسان" and k > first and view.bare[k - 1] == "علي":
            return k + 1
    return None


_PARENTHETICAL_OPENERS = frozenset({"في", "خلال", "علي", "وفق", "وفقا", "حسب", "بحسب", "عبر", "لدي"})


def _closes_parenthetical(view: DocView, cue_index: int, comma: int) -> bool:
    """Whether the comma closes a phrase set off after the subject ("وطالبت النقابة، في بيان
    لها، بفتح تحقيق"، "…، الثلاثاء، بمصرع …"): a ب-word after it follows an adverbial, not a
    name, so it cannot be an apposition of the subject and is the verb's complement."""
    for k in range(comma - 1, cue_index, -1):
        if view.is_comma(k):
            if k + 1 < comma and view.bare[k + 1] in _PARENTHETICAL_OPENERS:
                return True
            # "اعترفت الميليشيات الانقلابية، الثلاثاء، بمصرع …": a time adverbial set off by commas
            # is no name either.
            return k + 1 < comma and all(view.words.is_a("time", view.bare[m]) for m in range(k + 1, comma))
        if not view.is_word(k):
            return False
    return False


def _last_bi_phrase(view: DocView, cue_index: int, j: int, limit: int) -> bool:
    """A ب-word after the one comma that closes the subject ("وطالب المحتجون، بإقالة الوالي"):
    an apposition of the subject (", بشار الخطيب،") is closed by a second comma before the
    complement, so a ب-phrase that runs to the clause's end with no complement after it is the
    complement itself."""
    if j - 1 <= cue_index + 1 or not view.is_word(j - 2) or view.mention_label(j) is not None:
        return False
    for k in range(j + 1, limit):
        if view.is_sentence_mark(k) or (view.is_mark(k) and k not in view.open_close):
            break
        if view.is_comma(k) or view.tokens[k].text == ":" or is_complementizer(view, k):
            return False
        if view.is_word(k) and view.cues[k] is not None:
            return False
    return True


def _bi_word_before_content(view: DocView, j: int, limit: int) -> bool:
    """A ب-word that names no event, with the cue's own content (a colon, or the complementizer
    أنّ) close after it in its clause: the word is part of a name or of the subject ("وصرح
    مينامي لوكالة فرانس برس أن …"، "وصرح دميتري بيسكوف، للصحافيين، أن …"), an adverbial of
    place ("صرح مصدر مسؤول بوزارة الخارجية، بأن …") or the carrier بقوله, not the preposition
    the cue governs: a verb that reports with a clause takes one complement. A noun with its
    owner's pronoun (صرّح بحبه) names no one. The clause is another word's when a preposition or
    a conjunction governs the أنّ ("تقارير عن أن"، "رغم أن"، "كما أن"), when أنْ comes before a
    verb (أن يظل), or when another verb of saying comes first ("طالب برحيله، وقال إن …")."""
    key = view.bare[j]
    rest = key[1:]
    if key.startswith("بقول"):
        pass  # بقوله "by saying": the carrier of the content, never the content
    elif view.cues[j] is not None:
        return False  # "بررت قسوتها بزعم أنها …": a noun of saying governs the clause after it
    elif (
        key.startswith("بال")
        or (rest != without_possessive(rest) and not view.tokens[j].text.endswith("ة"))
        or rest in POSSESSIVE_ENDINGS
        or rest.endswith(("ك", "كم"))
    ):
        # A definite noun or one with its owner's pronoun names no one ("توعدت بالرد"، "صرح
        # بحبه …"); nor does a pronoun, which takes up ما ("ما صرّحت به …").
        return False
    elif _bi_event(view, j) or rest in FORM_ONE_EVENTS:
        return False  # "طالب بإقالة …"، "طالب بفتح تحقيق"
    for k in range(j + 1, min(limit, j + 1 + MAX_BI_NAME_REACH)):
        if view.is_sentence_mark(k):
            return False
        if view.tokens[k].text == ":":
            return True
        if not view.is_word(k):
            continue
        if view.bare[k] in _OTHER_CLAUSE_OPENERS:
            return False  # "يطالبها بمبالغ كبيرة، ولكن … أن": another clause
        if is_complementizer(view, k):
            if k == j + 1 and (view.tokens[j].text.endswith("ة") or _fal_noun(rest)):
                # "اعترف بحقيقة أن …"، "بررت قسوتها بزعم أنها …": the noun's own clause
                return False
            before = view.bare[k - 1]
            if _governed_that(view, j, k) or before in _THAT_AFTER_WORDS or before[1:] in _THAT_AFTER_WORDS:
                return False  # "فرغم أن …"، "تقارير عن أن …"
            return not (view.keys[k] == "ان" and _imperfect_next(view, k + 1))
        other = view.cues[k]
        if other is not None and other.kind in ("verb", "participle"):
            return False
    return False


def _fal_noun(key: str) -> bool:
    """فَعْل, a sound first-form verbal noun (زعم، فهم): three radicals, no long vowel."""
    return len(key) == 3 and key[0] not in "اوي" and key[1] not in "اوي"


# Tokens from a ب-word that names no one to the cue's own colon or أنّ: a name with its
# apposition and the addressee ("بيسكوف، للصحافيين، أن"، "باير، لمجموعة فونكه الإعلامية في
# مقابلة نشرت السبت، أن").
MAX_BI_NAME_REACH = 16
# Words that open another clause, whose أنّ is that clause's verb's.
_OTHER_CLAUSE_OPENERS = (
    MAIN_CLAUSE_OPENERS
    | SUBORDINATE_OPENERS
    | SUBORDINATORS
    # لم، لن: a negated verb is another clause's (", لم تكتمل، حينها أيقنت … أن")
    | frozenset({"مما", "وهو", "وهي", "وذلك", "لان", "لانه", "لانها", "لانهم", "لم", "لن", "حينها"})
)
# Words after which أنّ is theirs, not a verb's further back: prepositions and conjunctions
# (also with و or ف before them).
_THAT_AFTER_WORDS = frozenset(
    normalize(w)
    for w in ("عن", "من", "على", "إلى", "في", "حتى", "رغم", "برغم", "العلم", "كما", "بعد", "قبل", "منذ",
              "لو", "مجرد", "بمجرد", "حين", "لولا")
)  # fmt: skip


def _bi_event(view: DocView, j: int) -> bool:
    """بـ + a verbal noun (بتسوية، باسترجاع، بالتدخل): after a comma that closes an adverbial
    or an apposition ("ويطالب المحتجون، وفق مراسلنا، بتسوية …") it is still the complement, as
    an event noun opens no apposition of a person (", بيتر ستريس،")."""
    key = view.bare[j]
    if not key.startswith("ب") or view.mention_label(j) is not None:
        return False
    if not key.startswith("بال"):
        if key[1:2] == "ت" and len(key) == 6 and view.tokens[j].text.endswith("ة"):
            return True  # تفعلة: بتسوية، بتنمية
        return verbal_noun(view, j, 1) or without_possessive(key[1:]) in PROPOSITION_NOUNS
    body = key[3:]
    if body in PROPOSITION_NOUNS or body.endswith(("ي", "يه", "ين", "ون")):
        return body in PROPOSITION_NOUNS
    if body.startswith("ا") and 5 <= len(body) <= 7:
        return body[-2] == "ا"
    return body.startswith("ت") and (len(body) == 4 or (len(body) == 5 and body[-2] in "يا"))


# The words find_trigger's tests act on at a word without a cue, as its key or bare key (besides
# the cue's own frames, needed nouns and prepositions with a pronoun, and a ب/لـ-word the cue may
# govern): any other word, not after a relative, changes nothing in the walk, which passes it at
# once. A word added to a test's own set must be in here
# (tests/test_speed_s8_cues.py compares the walk with the plain one).
_WALK_WORDS = frozenset(
    INTERROGATIVES
    | SUBORDINATE_OPENERS
    | MAIN_CLAUSE_OPENERS
    | CLAUSE_BREAKS
    | COMPLEMENTIZERS
    | _OCCASION_PREPOSITIONS
    | _EVENT_PREPOSITIONS
    | NEGATIONS  # _negated_clause
    | {"في", "علي", "عن", "ان", "بالقول"}
)
# The first letters of a word whose complement a cue may take, by (ب- or بال-, لـ-complement).
_PREPOSITION_LETTERS = {
    (bi, li): frozenset(("ب" if bi else "") + ("ل" if li else ""))
    for bi in (False, True)
    for li in (False, True)
}
# False only in tests, to read every word through the full loop.
_QUIET_PATH = True


# Prepositions that open a phrase fronted before the verb ("وخلال الاتصال عبّر …"، "من جهته
# عبّر …"): the verb follows the phrase, as it follows a clause's start.
_FRONTED_PREPOSITIONS = frozenset({"في", "خلال", "بعد", "قبل", "عقب", "اثر", "اثناء", "من", "لدي", "علي"})
_VIA_LOOKBACK = 4  # "إن كيم يونج أون عبّر": the opener, then a subject of up to three words
_FRONTED_WORDS = 3  # "وخلال الاتصال الهاتفي عبّر": the preposition and its noun phrase


def via_inside_clause(view: DocView, i: int, cue: Cue) -> bool:
    """عبر (the verb that needs عن, spelled as the preposition "via") bare, after a word inside
    a clause whose verb came before it ("ومنعت بث أغانيهم عبر إذاعاتها"، "يتوجب على المتقدمين
    للنشر عبر الإنترنت …"، "وسأل هنيدي جمهوره عبر "تويتر" عن …"): a finite verb opens its
    clause, at a sentence start or comma, after a clause opener (قد، كما، حيث، الذي، عندما …)
    or a subject that one of them fronts ("أن ماكرون عبّر"), or after a fronted prepositional
    phrase ("وخلال الاتصال عبّر"); elsewhere the word is the preposition. A pronoun after it
    (عبّر فيها، عبّر عن) shows the verb, as in "بعبارات عبّر فيها عن حزنه"."""
    if "near" not in cue.frames or "needs-عن" not in cue.frames or cue.kind != "verb" or i == 0:
        return False
    key = view.keys[i]
    if key != lemma_key(cue.lemma) or written_doubled(view, i, cue):
        return False  # وعبر، عبروا، عبرت، عبّر: a conjunction, a person ending or the shadda shows the verb
    if (
        i + 1 < len(view)
        and view.is_word(i + 1)
        and (view.bare[i + 1] in SPEECH_PRONOUNS or view.bare[i + 1] == "عن")
    ):
        return False
    start = view.sentence_range(i)[0]
    words: list[int] = []
    k = i - 1
    while k >= start and len(words) < _VIA_LOOKBACK:
        if view.is_comma(k) or view.is_sentence_mark(k):
            break
        if view.is_word(k):
            words.append(k)
        k -= 1
    if not words:
        return False  # at the sentence start or after a comma
    at_start = len(words) < _VIA_LOOKBACK and (k < start or view.is_comma(k) or view.is_sentence_mark(k))
    bare = view.bare
    if bare[words[0]] in SUBORDINATORS or any(bare[w] in CLAUSE_OPENERS for w in words):
        return False
    return not (at_start and len(words) <= _FRONTED_WORDS and bare[words[-1]] in _FRONTED_PREPOSITIONS)
