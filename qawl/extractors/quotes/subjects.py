"""Subjects before their cue: the source named before a verb of saying rather than after it.

A topic ("الرئيس … قال"), the antecedent of a relative clause ("الزعيم الذي رحب …"), a noun phrase
fronted before a parenthesis or before a clause that fills the verb's subject, and the word tests
(conjoined verbs, compound given names) these readings need.
"""

from __future__ import annotations

from qawl.arabic import normalize
from qawl.extractors.ner_spans import given_names
from qawl.extractors.quotes.joined_subjects import joined_subject
from qawl.extractors.quotes.lexicon import lemma_key
from qawl.extractors.quotes.name_ends import adjective_like
from qawl.extractors.quotes.noun_patterns import verbal_noun
from qawl.extractors.quotes.person_plurals import BROKEN_PERSON_PLURALS
from qawl.extractors.quotes.phrase import SpeakerPhrase
from qawl.extractors.quotes.segments import MAX_SEGMENT_WORDS, parse_segment, segments
from qawl.extractors.quotes.speakers import names_source, parse_speaker
from qawl.extractors.quotes.stops import has_article, is_stop, is_title_word
from qawl.extractors.quotes.titles import MAX_NAME_AFTER_TITLE, is_body_noun
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.voices import voice_plural_before
from qawl.extractors.quotes.words import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    MAIN_CLAUSE_OPENERS,
    RELATIVE_IS_FEMININE,
    RELATIVES,
    SPEECH_PRONOUNS,
)
from qawl.extractors.quotes.written_on import sign_writer, writes_on_it

MAX_SUBJECT_WORDS = 8

# The pronoun of a speech in the clause that describes it: "كلمة … قال فيها / خلالها".
SPEECH_WITHIN = SPEECH_PRONOUNS | {"خلالها", "خلاله"}


PERSONS_RELATIVE = "الذين"


def _plural_after_relative(view: DocView, verb: int) -> bool:
    """Whether the verb after a relative is in the plural: ـوا or يـ…ـون, or a short imperfect
    of a verb of saying in يـ…ـون ("يرون"، "يعون"), where the cue rules out a singular like يكون."""
    key = view.keys[verb]
    return plural_verb(key) or (view.cues[verb] is not None and key[:1] == "ي" and key.endswith("ون"))


def relative_antecedent(view: DocView, relative: int) -> SpeakerPhrase | None:
    """The noun a relative pronoun refers to: "الزعيم الكوري الشمالي الذي رحب …"."""
    verb = relative + 1
    if (
        view.bare[relative] == PERSONS_RELATIVE
        and verb < len(view)
        and view.is_word(verb)
        and _plural_after_relative(view, verb)
        and (group := plural_phrase_before(view, relative)) is not None
    ):
        # "العلماء الذين يزعمون"، "عددا من الخبراء الذين أكدوا": الذين refers to persons only,
        # so a plural noun before it is a group of people, never an object thing. The verb
        # after it agrees with it; "المصابين الذين قالت دائرة الطوارئ" has a subject of its own.
        return group
    apposed = _name_before_apposed_title(view, relative) or _holder_before_complement(view, relative)
    if apposed is not None:
        return apposed
    end = relative
    i = relative - 1
    if i >= 0 and view.is_comma(i):
        end, i = i, i - 1
    start = end
    after_verb = False
    while i >= 0 and end - i <= MAX_SEGMENT_WORDS:
        if not view.is_word(i) or is_stop(view, i) or view.bare[i] in CLAUSE_OPENERS:
            break
        if conjoined_verb(view.tokens[i].text):
            after_verb = True  # "وستمانع إسرائيل التي تتهم": the noun phrase begins after its verb
            break
        start = i
        i -= 1
    if start >= end:
        return None
    # The noun phrase may follow other words ("تحولت لهجة الرئيس الأمريكي دونالد ترامب الذي"):
    # it starts at its title when there is one, else it is the last few words.
    titles = [k for k in range(start, end) if view.is_word(k) and is_title_word(view, k)]
    if titles:
        start = titles[0]
    else:
        named = _name_after_description(view, start, end, relative)
        if named is not None:
            return named
        if end - start > 3:
            start = end - 3
    phrase = parse_speaker(view, start, end)
    # An object noun ("نداء إلى سكان البصرة التي …", "الحكومة المقبلة التي …") is no source:
    # keep titles, anonymous sources and names without the article.
    if phrase is None:
        return None
    if phrase.kind == "name" and phrase.title is None and not (after_verb and phrase.start == start):
        # Right after its verb the noun is that verb's subject ("ووافقت المرأة التي قالت"), one
        # who acts and may speak, not an object noun.
        head = end - 1
        while head > start and has_article(view, head) and adjective_like(view.bare[head]):
            head -= 1  # "الحكومة المقبلة التي": the antecedent is the noun before its adjectives
        if phrase.last - phrase.first == 1 and _family_nisba(view, phrase.first):
            return phrase  # "وفق الدهماني الذي بيّن أن": a family name, not an object noun
        if (
            view.keys[relative] == view.bare[relative]
            and _speaking_body(view, head)
            and not (verb < len(view) and _passive_reading(view, verb))
        ):
            # "توفد العشيرة، التي تقول"، "من البنك المركزي الذي شدد": a body speaks; the
            # verb after its relative, agreeing with it, has it as its subject.
            return parse_speaker(view, head, end)
        if has_article(view, head) or has_article(view, phrase.first) or phrase.last - phrase.first > 3:
            return None
    return phrase


# Collective nouns of persons (اسم جمع) that act and speak as one body: "العشيرة التي تقول".
_KIN_COLLECTIVES = frozenset(normalize(word) for word in ("عائلة", "أسرة", "عشيرة", "قبيلة"))


def _speaking_body(view: DocView, i: int) -> bool:
    """Whether the definite word at ``i`` is the head of a body or a collective of persons
    (الوزارة، الحكومة، الصحيفة، العشيرة): the subject of the verb after "التي/الذي" that refers
    to it, as a thing described is not. A feminine noun right before it ("إجراءات الحكومة التي
    تشير") is the head of the construct the relative may describe instead."""
    if not view.is_word(i) or not has_article(view, i) or not view.keys[i].startswith("ال"):
        return False
    before = i - 1
    if before >= 0 and view.is_word(before) and view.tokens[before].text.endswith(("ات", "ة")):
        return False
    head = view.keys[i][2:]
    return view.words.is_a("institution", head) or view.words.is_a("media", head) or head in _KIN_COLLECTIVES


MAX_APPOSED_NAME_WORDS = 3  # a given name, a father's or middle name, a family name
MAX_APPOSED_TITLE_WORDS = 10  # the description between the commas: a title and its complements


def _name_before_apposed_title(view: DocView, relative: int) -> SpeakerPhrase | None:
    """The person named before a description set off by commas, when the relative follows that
    description: "كريستين بلازي فورد، الأستاذة في علم النفس بجامعة كاليفورنيا، التي تقول …". The
    description opens with a definite title of the relative's gender (الأستاذة … التي، المحلل …
    الذي) and holds no verb of saying, relative or sentence mark; it and the relative both take
    up the name before it, two or three words without the article or a proclitic. The last nouns
    of the description (كاليفورنيا) are its complements, no antecedent."""
    gender = RELATIVE_IS_FEMININE.get(view.bare[relative])
    close = relative - 1
    if gender is None or close < 2 or not view.is_comma(close):
        return None
    open_ = next(
        (k for k in range(close - 1, max(0, close - 2 - MAX_APPOSED_TITLE_WORDS), -1) if not view.is_word(k)),
        None,
    )
    if open_ is None or not view.is_comma(open_) or open_ + 1 >= close:
        return None
    title = open_ + 1
    if not (has_article(view, title) and is_title_word(view, title)):
        return None
    if view.tokens[title].text.endswith("ة") != gender:
        return None
    if any(view.cues[k] is not None or view.bare[k] in RELATIVES for k in range(title, close)):
        return None
    start = open_
    while start > 0 and open_ - start < MAX_APPOSED_NAME_WORDS and _apposed_name_word(view, start - 1):
        start -= 1
    if open_ - start < 2:
        return None  # one word may be a common noun's last word or a surname the text gives again
    return SpeakerPhrase(start, open_, "name", None, (start, open_))


COMPLEMENT_PREPOSITIONS = frozenset({"عن", "في", "من", "لدي"})
MAX_HOLDER_WORDS = 4  # a title and its genitive before the preposition: "عضو الكونغرس"


def _holder_before_complement(view: DocView, relative: int) -> SpeakerPhrase | None:
    """The person a masculine relative refers to across the place that completes his title:
    "مارك سانفورد عضو الكونغرس عن كارولينا الجنوبية الذي تساءل". The place is feminine (its last
    adjective or its indefinite head noun ends in ة), which الذي does not agree with; the
    preposition before it (عن، في، من، لدى) opens the complement of a title right before it, and
    the relative takes up the title's holder: the name before the title (two or three words),
    else the title. After one word the title is a genitive ("جمهور الفنان في السعودية الذي"),
    whose head noun the relative goes with."""
    if view.bare[relative] != MASCULINE_RELATIVE or relative < 4:
        return None
    last = relative - 1
    preposition = next(
        (k for k in range(last - 1, max(-1, last - 4), -1) if view.keys[k] in COMPLEMENT_PREPOSITIONS),
        None,
    )
    if preposition is None or not all(view.is_word(k) for k in range(preposition, relative)):
        return None
    # The place is feminine: its head noun (ولاية فلوريدا) or its last adjective (كارولينا
    # الجنوبية) ends in ة.
    head_feminine = view.tokens[preposition + 1].text.endswith("ة") and not has_article(view, preposition + 1)
    adjective_feminine = (
        has_article(view, last) and view.tokens[last].text.endswith("ة") and adjective_like(view.bare[last])
    )
    if not (head_feminine or adjective_feminine):
        return None
    title = next(
        (
            k
            for k in range(preposition - 1, max(-1, preposition - 1 - MAX_HOLDER_WORDS), -1)
            if view.is_word(k) and is_title_word(view, k)
        ),
        None,
    )
    if title is None or not all(view.is_word(k) and view.cues[k] is None for k in range(title, preposition)):
        return None
    if view.tokens[title].text.endswith("ة"):
        return None  # a woman's title: الذي goes with someone else
    start = title
    while start > 0 and title - start < MAX_APPOSED_NAME_WORDS and _apposed_name_word(view, start - 1):
        start -= 1
    if title - start >= 2:
        return SpeakerPhrase(start, title, "name", None, (start, title))
    if title - start == 1:
        return None  # "جمهور الفنان في السعودية الذي": the title is a genitive; the head is the noun
    phrase = parse_speaker(view, title, preposition)
    return phrase if phrase is not None and phrase.start == title else None


def _apposed_name_word(view: DocView, k: int) -> bool:
    """A word of a person's name before an apposition: three letters or more, without the
    article or a proclitic, no stop word, title, cue or noun in ة."""
    if not view.is_word(k) or has_article(view, k) or view.keys[k] != view.bare[k]:
        return False
    bare = view.bare[k]
    if len(bare) < 3 or view.tokens[k].text.endswith("ة") or bare in PREPOSITIONAL_NOUNS:
        return False
    if bare in AUXILIARIES or bare in CLAUSE_OPENERS:
        return False  # "كان مارك سانفورد …": the verb the name is the subject of
    return not (is_stop(view, k) or view.title_state(bare) is not None or view.cues[k] is not None)


MASCULINE_RELATIVE = "الذي"
# Nouns that work as prepositions before a name ("مثل X"، "تحت قيادة X"), never a given name.
PREPOSITIONAL_NOUNS = frozenset({"مثل", "تحت", "فوق", "بين", "عند", "نحو", "ضد", "دون", "حول", "لدى", "غرار"})


def _name_after_description(view: DocView, start: int, end: int, relative: int) -> SpeakerPhrase | None:
    """A man's name in apposition at the end of a description, before "الذي" and a verb of saying
    of his gender: "… بمعتمد المنطقة حمادي الأديب الذي أكد أن …". A description ends in a definite
    word (المنطقة، الكبرى); a name opens with a word of three letters or more without the article
    or a proclitic, that is no title, stop word, cue or preposition-like noun (مثل، تحت), and takes
    two or three words, none with a proclitic or in ة, only the family name with the article.
    The relative then refers to the named person, not to the last nouns of the description."""
    verb = relative + 1
    if view.bare[relative] != MASCULINE_RELATIVE or verb >= len(view) or view.cues[verb] is None:
        return None
    if view.keys[verb].startswith("ت") or view.keys[verb].endswith("ت"):
        return None  # a feminine verb: the relative does not go with it ("الموازنة، التي أشارت")
    for k in range(max(start + 1, end - MAX_APPOSED_NAME_WORDS), end - 1):
        if not has_article(view, k - 1) or not all(view.is_word(j) for j in range(k - 1, end)):
            continue
        bare = view.bare[k]
        if has_article(view, k) or len(bare) < 3 or bare[:1] in "بلو":
            continue
        if any(view.keys[j] != view.bare[j] for j in range(k, end)):
            continue  # a proclitic: "لصالح الموازنة" is a phrase, no name
        if bare in PREPOSITIONAL_NOUNS or any(has_article(view, j) for j in range(k, end - 1)):
            continue  # "مثل ماركو روبيو"، "تقرير المخابرات الأميركية": no name
        if any(view.tokens[j].text.endswith("ة") for j in range(k, end)):
            continue  # a man's name has no feminine noun ("تحت قيادة كومان")
        if is_stop(view, k) or view.title_state(bare) is not None or view.cues[k] is not None:
            continue
        if any(not has_article(view, j) and view.title_state(view.bare[j]) for j in range(k, end)):
            continue
        return SpeakerPhrase(k, end, "name", None, (k, end))
    return None


def relative_clause_subject(view: DocView, verb: int) -> SpeakerPhrase | None:
    """The subject of a verb right after a relative pronoun: the relative's antecedent, for the
    verb's pronoun refers back to it, and the noun after the verb is its object ("جريدة الصباح
    التي نقلت التحركات …"). An antecedent in quotation marks is a body's name when it or the word
    before it is a body noun ("على غرار "جريدة الصباح" التي نقلت …")."""
    relative = verb - 1
    if relative < 0 or view.bare[relative] not in RELATIVES:
        return None
    close = relative - 1
    if close > 0 and view.is_comma(close):
        close -= 1
    if close > 0 and view.is_mark(close):
        open_ = close - 1
        while open_ > 0 and close - open_ <= MAX_SEGMENT_WORDS and view.is_word(open_):
            open_ -= 1
        if open_ < 0 or not view.is_mark(open_) or open_ + 1 >= close:
            return None
        first = open_ + 1
        if open_ > 0 and view.is_word(open_ - 1) and is_body_noun(view, view.bare[open_ - 1]):
            first = open_ - 1
        elif not is_body_noun(view, view.bare[first]):
            return None
        return SpeakerPhrase(first, close, "name", None, (first, close))
    return relative_antecedent(view, relative)


# The singular relatives and the gender of the noun they take up: التي feminine, الذي masculine.
# The object pronoun that takes up a singular relative in its clause: "القرارات التي اتخذها" has
# its antecedent as object (ها), "المرأة التي اتهمته" as subject (the ه is a man).
_RESUMPTIVE_SUFFIX = {True: "ها", False: "ه"}
_PLURAL_SUFFIXES = ("هم", "هما", "هن")


def relative_subject_agrees(view: DocView, relative: int, verb: int, object_suffix: bool) -> bool:
    """Whether the antecedent of the relative at ``relative`` can be the subject of ``verb`` right
    after it. A verb agrees with its subject pronoun, so a singular relative whose gender the verb
    does not show is no subject: "حركة نداء تونس، التي قال إنها …" (the antecedent is taken up by
    إنها; the subject of قال is dropped and goes back to the speaker). With an object pronoun
    the antecedent is the object when the pronoun agrees with the relative ("الحلفاء الذين
    اتهمهم"، "النتائج التي قالتها"), and the subject when the verb agrees with it and the pronoun
    does not ("روز ماكغوان، التي اتهمته"). The plural relatives are read as before: subject
    without an object pronoun, object with one."""
    gender = RELATIVE_IS_FEMININE.get(view.bare[relative])
    cue = view.cues[verb]
    feminine = cue.feminine if cue is not None else None
    if gender is None or feminine is None:
        return not object_suffix
    if feminine != gender:
        return False
    if not object_suffix:
        return True
    key = view.bare[verb]
    if key.endswith(_PLURAL_SUFFIXES):
        return True  # "التي اتهمتهم": the object is a group, the relative one woman or body
    return not key.endswith(_RESUMPTIVE_SUFFIX[gender]) and key.endswith(_RESUMPTIVE_SUFFIX[not gender])


# Letters after which a future س is followed by the person prefix of an imperfect (سيعلن، ستمانع).
_FUTURE_PERSONS = "يتن"


MIN_FUTURE_VERB = 5  # س + prefix + a three-letter root at least: ستمانع, not the name سيم


def conjoined_verb(surface: str) -> bool:
    """Whether a word is و/ف + a verb: an imperfect (ويؤكد)، a future (وستمانع، فسيعلن) or a
    perfect in ـت (وأرفقت), not a plural in ـات. A conjunction joins clauses, and a verb opens
    its own, so no noun phrase runs back across it; names with و (واشنطن، وليد) take none of
    these shapes."""
    if surface[:1] not in "وف" or len(surface) < 4:
        return False
    rest = surface[1:]
    future = rest[:1] == "س" and rest[1:2] in _FUTURE_PERSONS and len(rest) >= MIN_FUTURE_VERB
    # A plural in ات (وشهادات) ends in ت too: a coordinated noun, no verb.
    return future or rest[0] == "ي" or (rest.endswith("ت") and not rest.endswith("ات"))


def _family_nisba(view: DocView, i: int) -> bool:
    """A definite word in ـي that the document also writes right after a given name ("إياد
    الدهماني" … "الدهماني"): a family name, which no common noun is."""
    key = view.keys[i]
    if not has_article(view, i) or not key.endswith("ي"):
        return False
    for k, other in enumerate(view.keys):
        if other != key or k == 0 or k == i or not view.is_word(k - 1):
            continue
        before = view.bare[k - 1]
        if (
            not has_article(view, k - 1)
            and view.keys[k - 1] == before
            and view.title_state(before) is None
            and not view.words.is_a("stop", before)
            and view.cues[k - 1] is None
        ) or compound_given_name_ends(view, k - 1):
            return True
    return False


COMPOUND_NAME_HEADS = frozenset({"عبد", "ابو", "ابي"})


def compound_given_name_ends(view: DocView, k: int) -> bool:
    """Whether word k is the definite second half of a compound given name (عبد العزيز، أبو
    القاسم): the family name after it is a name's, though the word before it has the article."""
    return (
        k >= 1
        and view.is_word(k)
        and view.is_word(k - 1)
        and has_article(view, k)
        and view.bare[k - 1] in COMPOUND_NAME_HEADS
    )


MAX_TOPIC_WORDS = 20  # a topic may be a long title chain and its name
# ف + a pronoun that takes up the topic, before the verb: "أما الوكالة فهي أشارت"، "فإنه قال".
_RESUMING_PRONOUNS = frozenset({"فهو", "فهي", "فهم", "فانه", "فانها", "فانهم"})


def topic_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """أمّا X فـ: the fronted topic is the subject of the verb its ف answer opens ("أما رئيس
    اللجنة بدر الدين عبد الكافي فقد أبرز أن …"، "أما الوزيرة فأكدت أن …")."""
    fa = cue
    if view.tokens[cue].text[:1] != "ف":
        fa = cue - 1
        if fa < 0 or (view.bare[fa] != "فقد" and view.keys[fa] not in _RESUMING_PRONOUNS):
            return None
    sentence_first, _ = view.sentence_range(cue)
    for k in range(fa - 1, max(sentence_first, fa - MAX_TOPIC_WORDS) - 1, -1):
        if not view.is_word(k) and not view.is_comma(k):
            return None
        if view.bare[k] == "اما":
            if k + 1 >= fa:
                return None
            phrase = parse_speaker(view, k + 1, fa)
            return phrase if phrase is not None and phrase.start == k + 1 else None
        if view.cues[k] is not None:
            return None
    return None


def _prepositional_opener(view: DocView, i: int) -> bool:
    """Whether word i is a clitic preposition (بـ، لـ، كـ, after و/ف or not) on a demonstrative
    or a definite noun: "وبهذا الصدد"، "بالمقابل"، "كذلك". A subject is nominative and never
    follows a preposition."""
    key = view.keys[i]
    if key[:1] in "وف" and len(key) > 3 and key[1] in "بلك":
        key = key[1:]
    if key[:1] not in "بلك":
        return False
    rest = key[1:]
    # ب/ل/ك + a word the document also writes alone ("عن مباراة … بمباراة قال إنها"): a
    # preposition's phrase; names beginning with these letters (بيتر، لورا) leave no such word.
    return (
        rest in DEMONSTRATIVES
        or (rest.startswith("ال") and len(rest) > 4)
        or (len(rest) > 3 and view.count(rest) > 0 and view.title_state(rest) is None)
        or _preposition_on_verbal_noun(view, i)
    )


def _preposition_on_verbal_noun(view: DocView, i: int) -> bool:
    """Whether word i is بـ/لـ (after و/ف or not) on an indefinite verbal noun in construct: the
    لام of purpose ("ولمواجهة الكارثة طلب الحاكم"، "لتعزيز الأمن أعلنت الوزارة") or بـ of means
    ("وبتوقيع الاتفاق أكد"). The phrase is a fronted adverbial of the verb after it, whose subject
    follows the verb; a verbal noun (تفعيل، مفاعلة، إفعال، افتعال، استفعال) names an event, not a
    speaker, and no name reads as one."""
    bare = view.bare[i]
    proclitic = 1 if bare[:1] in "وف" and len(bare) > 3 and bare[1:2] in "بل" else 0
    if bare[proclitic : proclitic + 1] not in ("ب", "ل") or bare[proclitic + 1 : proclitic + 3] == "ال":
        return False
    return i + 1 < len(view) and view.is_word(i + 1) and verbal_noun(view, i, proclitic + 1)


def preposed_subject(view: DocView, cue: int, object_suffix: bool = False) -> SpeakerPhrase | None:
    """The subject before a verb without a conjunction (SVO): "وكان ترامب قد طالب", "كييف تعلن".

    The words between the clause start (sentence start, a clause opener such as كان/أن/قد, or
    a punctuation mark other than a comma) and the verb must form a short noun phrase, with at
    most one apposition ("رئيس الوزراء الأرمني، نيكول باشينيان، أعلن").
    """
    topic = topic_subject(view, cue)
    if topic is not None:
        return topic
    if view.keys[cue] != view.bare[cue]:
        return None  # وقال / فأكد open their own clause: the subject follows them
    within = cue + 1 < len(view.tokens) and view.keys[cue + 1] in SPEECH_WITHIN
    if cue > 0 and view.bare[cue - 1] in RELATIVES:
        # "ترامب الذي أعلن" takes the antecedent; "الحلفاء الذين اتهمهم" has it as object, and
        # "كلمة أردوغان التي قال خلالها" as the pronoun of خلالها: the speech, not its speaker.
        if within or not relative_subject_agrees(view, cue - 1, cue, object_suffix):
            return None
        return relative_antecedent(view, cue - 1)
    if within:
        return None  # "كلمة … هدد فيها": a relative clause on a noun, its subject dropped
    if writes_on_it(view, cue):
        # "ورفع المحتجون لافتات كتب عليها": a relative clause on the thing written on; its
        # writer is who raised it, the subject of the sentence's verb, or no one named.
        return sign_writer(view, cue)
    if nominative_after_verb(view, cue):
        return None  # "وأثناء الحفل تعهد العروسان": the subject follows the verb
    return (
        joined_subject(view, cue)
        or _accusative_subject(view, cue)
        or _dual_noun_before(view, cue)
        or _fronted_noun_phrase(view, cue)
        or _subject_before_relative(view, cue)
        or _subject_before_parenthesis(view, cue)
        or _name_before_description(view, cue)
        or _subject_filling_clause(view, cue)
        or _subject_before_adverbial(view, cue)
        or _plural_fronted_subject(view, cue)
    )


def _dual_noun_before(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The indefinite noun in the dual right before a verb of saying in the dual: "قابلته
    امرأتان قالتا له إن …"، "وظهر شاهدان أكدا أن …". An indefinite noun takes its describing clause
    without الذي, and the verb agrees with it in number, which no other noun of the sentence
    shares, so the noun is the subject. The noun ends in the nominative dual ـان: ـتان, or ـان
    on a singular the document also writes (مسؤول، مسؤولان), not a name in ان (إيران، عمان)."""
    found = view.cues[cue]
    noun = cue - 1
    if found is None or found.kind != "verb" or noun < 0 or not view.is_word(noun):
        return None
    lemma = lemma_key(found.lemma)
    key = view.bare[cue]
    if key not in (lemma + "ا", lemma + "تا"):
        return None
    word = view.bare[noun]
    if has_article(view, noun) or view.mention_label(noun) is not None or not word.endswith("ان"):
        return None
    stem = word[:-2]
    if len(stem) < _MIN_DUAL_STEM or (
        not word.endswith("تان") and view.count(stem) + view.count("ال" + stem) == 0
    ):
        return None
    start = noun
    if noun > 0 and view.is_word(noun - 1) and _indefinite_dual(view, noun - 1):
        start = noun - 1  # "كوريان شماليان أعربا": the dual noun and its dual adjective
    return SpeakerPhrase(start, cue, "description")


def _indefinite_dual(view: DocView, k: int) -> bool:
    word = view.bare[k]
    return not has_article(view, k) and word.endswith("ان") and len(word) - 2 >= _MIN_DUAL_STEM


# A dual in ان and a sound masculine plural in ون: endings of the nominative only.
_NOMINATIVE_ENDINGS = ("ان", "ون")
_MIN_DUAL_STEM = 3  # العروس+ان، المسؤول+ون; not الآن، البيان (no singular "البي")


def nominative_after_verb(view: DocView, cue: int) -> bool:
    """Whether a definite dual (ـان) or sound masculine plural (ـون) stands right after the
    verb. Those endings are the nominative's (the accusative has ـين), so that noun is the
    verb's subject, and the phrase put before the verb is an adverbial or a topic, not its
    subject: "وأثناء طقوس الزواج تعهد العروسان"، "وحفل التوقيع أكد الوزيران". The singular must
    stand in the document too, so that a word that merely ends so (البيان، القانون، الآن) is not
    read as a dual or a plural."""
    k = cue + 1
    if k >= len(view.tokens) or not view.is_word(k) or not has_article(view, k):
        return False
    key = view.bare[k]
    if not key.endswith(_NOMINATIVE_ENDINGS) or view.mention_label(k) is not None:
        return False
    stem = key[2:-2]
    return len(stem) >= _MIN_DUAL_STEM and view.count("ال" + stem) + view.count(stem) > 0


# "من جهته"، "من جانبها"، "بدوره": an adverbial whose pronoun points back to the subject before it.
_ITS_PART = frozenset({"جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها"})
_IN_TURN = frozenset({"بدوره", "بدورها"})
# Prepositions that open an adverbial of the occasion: "في تصريح لـ…"، "خلال ندوة"، "لدى إشرافه".
_OCCASION_PREPOSITIONS = frozenset({"في", "خلال", "لدي", "عقب", "اثر", "وفي", "وخلال", "ولدي"})
_ON_THE_SIDELINES = ("علي", "هامش")  # "على هامش الندوة"; على alone governs a verb's complement
MAX_OCCASION_WORDS = 12  # "وفي رده على سؤال شفاهي توجه به النائب عن …"
# Prepositions after which a cue is a verbal noun, with no subject put before it.
_BEFORE_VERBAL_NOUN = _OCCASION_PREPOSITIONS | {"علي", "من", "الي"}


def _subject_before_adverbial(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject put before its verb with an adverbial between them: "الوزير من جهته أكد"،
    "الوزير، في تصريح لإذاعة محلية، أكد"، "والنائبة وفي ردها على سؤال قالت". The adverbial
    of the occasion or of the speaker's part (من جهته، بدوره) belongs to the verb, so the noun
    phrase before it is the verb's subject, read as one right before the verb would be."""
    sentence_first, _ = view.sentence_range(cue)
    k = cue - 1
    if k >= sentence_first and view.keys[k] in _BEFORE_VERBAL_NOUN:
        return None  # "وافق على طلب فريق الدفاع": after a preposition the cue is a verbal noun
    if k > sentence_first and view.is_comma(k):
        k -= 1
    if k < sentence_first or not view.is_word(k):
        return None
    if view.bare[k] in _IN_TURN:
        return _subject_ending_at(view, k, sentence_first, _part_agrees(view, k, cue))
    if view.bare[k] in _ITS_PART and k - 1 >= sentence_first and view.bare[k - 1] == "من":
        return _subject_ending_at(view, k - 1, sentence_first, _part_agrees(view, k, cue))
    # The occasion: from its preposition to the verb, set off by commas or not; the nearest
    # preposition may be inside it ("في ردها على سؤال"), so each is tried, nearest first.
    m = k
    while m > sentence_first and k - m < MAX_OCCASION_WORDS and view.is_word(m):
        found = view.cues[m]
        after_preposition = view.keys[m - 1] in _OCCASION_PREPOSITIONS
        if found is not None and found.kind == "verb" and not after_preposition:
            return None  # a verb opens a clause of its own; "في ردها" holds a verbal noun
        sidelines = (view.keys[m], view.keys[m + 1]) == _ON_THE_SIDELINES
        if view.keys[m] in _OCCASION_PREPOSITIONS or sidelines:
            phrase = _subject_ending_at(view, m, sentence_first)
            if phrase is not None:
                return phrase
        elif view.bare[m] in CLAUSE_OPENERS or view.bare[m] in RELATIVES:
            return None
        m -= 1
    return None


def _part_agrees(view: DocView, part: int, cue: int) -> bool:
    """Whether the pronoun of "من جهته"، "بدورها" at token ``part`` and the verb of saying agree
    in gender as a subject's pronoun and its verb do: جهته/بدوره with a masculine verb (قال،
    يرى), جهتها/بدورها with a feminine one (قالت، ترى). Its pronoun points back to the party
    whose part the adverbial states, so the noun before it is that party: the verb's subject."""
    feminine = view.bare[part].endswith("ها")
    if cue + 1 < len(view) and view.is_word(cue + 1) and is_title_word(view, cue + 1):
        return False  # "من جهته قال والي القصرين": the subject follows the verb
    verb = view.tokens[cue].text
    if verb.startswith(("ي", "ت")):
        return verb.startswith("ت") == feminine  # an imperfect shows gender by its prefix
    return verb.endswith("ت") == feminine  # a perfect by its suffix ت


def _party_agrees(view: DocView, phrase: SpeakerPhrase, part: int) -> bool:
    """Whether the last word before "من جهته"، "بدوره" may be what its pronoun points to: a
    masculine pronoun (ه) takes no noun in ة or in the plural ات ("إجراءات من جهته": a
    non-human plural takes ها)."""
    return view.bare[part].endswith("ها") or not view.keys[phrase.last - 1].endswith(("ه", "ات"))


def _subject_ending_at(
    view: DocView, adverbial: int, sentence_first: int, party: bool = False
) -> SpeakerPhrase | None:
    """The noun phrase right before the adverbial at token ``adverbial`` (a comma between them
    or not), when it reads as a fronted subject and names a source, not a common noun. With
    ``party`` (a pronoun in the adverbial that agrees with the verb: "دياب من جهته يرى") the
    phrase names the party the pronoun points to, whatever word it is: a bare family name the
    earlier stages did not find is the subject too."""
    end = adverbial
    if end - 1 > sentence_first and view.is_comma(end - 1):
        end -= 1
    if end <= sentence_first or not view.is_word(end - 1):
        return None
    phrase = _fronted_noun_phrase(view, end)
    if phrase is None or phrase.last != end or not _opens_clause(view, phrase.start, sentence_first):
        return None  # "أما X، وهو مسؤول في الحزب، يقول": "مسؤول" is the pronoun's predicate
    before = phrase.start - 1
    if before >= sentence_first and view.keys[before] in _THAT_OPENERS and not _but_that(view, before):
        return None  # "وفيما أكد هادي أن قوات الشرعية …، شدد": the noun of أنّ, in another clause
    if party and phrase.kind == "name" and phrase.last - phrase.first <= MAX_APPOSED_NAME_WORDS:
        return phrase if _party_agrees(view, phrase, adverbial + (view.bare[adverbial] == "من")) else None
    return phrase if names_source(view, phrase) else None


_BUT_HEADS = frozenset({"الا", "غير"})


def _but_that(view: DocView, that: int) -> bool:
    """Whether أنّ at token ``that`` is the second word of "إلا أنّ" / "غير أنّ" ("but"): its noun
    is the subject of the main clause that follows, not of a clause another verb governs."""
    return that > 0 and view.is_word(that - 1) and view.bare[that - 1] in _BUT_HEADS


MAX_PARENTHESIS_WORDS = 12  # "، الذي كان يتحدث في لقاء مع CNN بالعربية،"


MAX_FRONTED_TITLE_WORDS = 14  # a title chain with its seats: "المحاضر في علم … في جامعة …"


# Words that end a relative clause before the verb after them or open another clause: "الذي زار
# المدينة، ثم قال"، "الذي قال إنه …، بينما أكد".
# The particle قد and its compounds, always followed by a verb: "فقد اعترف"، "وقد تضمن".
_QAD = frozenset({"قد", "فقد", "وقد", "لقد"})


_PRONOUN_RELATIVES = frozenset({"من", "ما"})  # "whoever", "what": relatives with no antecedent


MIN_PLURAL_BODY = 6  # a sound plural's stem and ending: باحثون, not the place البحرين


MAX_ANTECEDENT_WORDS = 5  # "لكن الطبيب ساندوس بادمانابان الذي …": a title and a name


MAX_OPEN_RELATIVE_WORDS = 8  # a relative clause not closed by a comma: "الذي قاد فريق الدراسة"

# A relative clause set off by a comma on the noun phrase that opens the sentence may run as long
# as a clause of its own: "وأردوغان الذي بات يمسك … من تعيين حاكم البنك المركزي، يعلن".
MAX_LONG_RELATIVE_WORDS = 24


def _passive_reading(view: DocView, cue: int) -> bool:
    """Whether the verb of saying at ``cue`` is an imperfect of :data:`_PASSIVE_PRONE` with no
    أن/إن after it: the passive "is considered" ("الجماعة التي تُعتبر منظمة إرهابية"), no agent."""
    found = view.cues[cue]
    if found is None:
        return False
    key, lemma = view.bare[cue], lemma_key(found.lemma)
    imperfect = key[:1] in "يت" and not key.startswith(lemma)
    return imperfect and lemma in _PASSIVE_PRONE and not _complement_follows(view, cue)


def _complement_follows(view: DocView, cue: int) -> bool:
    """Whether أنّ/إنّ (with its pronoun) comes right after the verb at ``cue``: the active verb
    of saying with its reported clause, not the passive "is considered"."""
    nxt = cue + 1
    return nxt < len(view) and view.is_word(nxt) and view.bare[nxt] in COMPLEMENTIZERS


# Verbs of saying whose imperfect is often the passive with no agent (يُعتبر، يُعد، يُوصف، يُذكر،
# يُتوقع، يُرجح، يُعرف، يُقدر): after "X الذي …،" they say what X is taken to be.
_PASSIVE_PRONE = frozenset(
    lemma_key(word)
    for word in ("اعتبر", "عد", "وصف", "ذكر", "توقع", "رجح", "عرف", "قدر", "اعتقد", "قيل", "اتهم")
)


_CLAUSE_ENDS = frozenset(
    {"ثم", "بينما", "فيما", "لكن", "لكنه", "لكنها", "اذ", "اذا", "حيث", "عندما", "بعدما"}
)


def _subject_before_relative(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject put before its verb with a relative clause on it between them, set off by
    commas or not: "الرميحي، الذي كان يتحدث …، قال"، "لكن الطبيب X الذي قاد فريق الدراسة قال"،
    "المنظمة التي مقرها لندن دعت". The noun phrase must open its clause (sentence start, لكن،
    إن، a comma): after a preposition or a verb it is their genitive or object ("وفي ختام
    اللقاء مع السفير، الذي …، قال"), and the verb's subject is dropped. A complementizer inside
    the relative clause ("الذي رفض أن يقول"، "الذي قال إنه …") puts the cue in a subordinate
    clause of its own."""
    found = view.cues[cue]
    key = view.bare[cue]
    if found is None:
        return None
    # The perfect (قال، قالت، دعت; تحدث is its lemma) for any subject: an imperfect after a relative
    # is often the passive "is considered" ("معدل الإنتاجية الذي …، يعتبر الأقل"), which has no
    # speaker; it is read only after a proper name and for a verb with no such passive use.
    imperfect = key[:1] in "يت" and not key.startswith(lemma_key(found.lemma))
    if _passive_reading(view, cue):
        return None  # "X الذي …، يعتبر من أبرز الخبراء": passive; "…، يعتبر أن …" is active
    sentence_first, _ = view.sentence_range(cue)
    k = cue - 1
    if k < sentence_first or view.bare[k] in _PRONOUN_RELATIVES:
        return None  # "كل من يتهم"، "ما يقول": the verb is that relative's own
    closed = view.is_comma(k)  # a relative clause set off by a comma may be longer
    if closed:
        k -= 1
    reach = MAX_LONG_RELATIVE_WORDS if closed else MAX_OPEN_RELATIVE_WORDS
    relative = -1
    while k >= sentence_first and cue - k <= reach:
        if not view.is_word(k):
            return None
        if view.bare[k] in RELATIVES and (
            view.keys[k] == view.bare[k] or _coordinated_relative(view, k, cue, sentence_first)
        ):
            relative = k
            break
        if (
            view.bare[k] in COMPLEMENTIZERS
            or view.bare[k] in _CLAUSE_ENDS
            or (view.keys[k] in _QAD and view.keys[k] != "قد")  # "وكان X الذي … قد أكد" stays
        ):
            return None
        k -= 1
    if relative < 0 or relative >= cue - 1:
        return None
    end = relative - 1 if relative > 0 and view.is_comma(relative - 1) else relative
    if view.keys[relative] != view.bare[relative]:
        end = _before_apposition(view, end, sentence_first)
    m = end - 1
    while m >= sentence_first and end - m <= MAX_ANTECEDENT_WORDS and view.is_word(m):
        if view.bare[m] in CLAUSE_OPENERS or view.keys[m] in MAIN_CLAUSE_OPENERS:
            break
        if is_stop(view, m) or view.cues[m] is not None or conjoined_verb(view.tokens[m].text):
            return None
        m -= 1
    start = m + 1
    if start >= end or not _opens_clause(view, start, sentence_first) or _prepositional_opener(view, start):
        return None
    if start > sentence_first and view.keys[start - 1] in _QAD:
        return None  # "وقد تضمن الرسم الذي …": قد is followed by a verb, no noun phrase
    if cue - relative > MAX_PARENTHESIS_WORDS and start != sentence_first:
        # A relative clause longer than a remark aside ("وأردوغان الذي بات يمسك بكامل الصلاحيات
        # … من تعيين حاكم البنك المركزي، يعلن") ends before the main verb only when its noun
        # opens the sentence; deeper in it, the comma more likely ends a clause of its own.
        return None
    phrase = parse_speaker(view, start, end)
    if phrase is None or phrase.start != start:
        return None
    if imperfect and (phrase.kind != "name" or has_article(view, phrase.first)):
        return None  # "المبنى الذي …، يعتبر": only a proper name is sure to be the verb's agent
    if phrase.kind == "name" and phrase.title is None and has_article(view, phrase.first):
        # "وأن معدل الإنتاجية الذي …، يعتبر": a definite common noun before a relative clause is
        # a thing described; only people (الباحثون), a titled one or a body (المنظمة) speak.
        head = view.bare[phrase.first][2:]
        people = head.endswith(("ون", "ين")) and len(head) >= MIN_PLURAL_BODY  # الباحثون، المحتجين
        if not (people or view.words.is_a("institution", head) or view.words.is_a("media", head)):
            return None
    return phrase


# A relative's gender and number against the perfect verb of saying it describes: التي + أكدت.
_RELATIVE_ENDINGS = {"الذي": "", "التي": "ت", "الذين": "وا"}
MAX_APPOSITION_WORDS = 8  # "، منظمة حفلات في سان فرانسيسكو،"


def _coordinated_relative(view: DocView, relative: int, cue: int, sentence_first: int) -> bool:
    """Whether "والتي / والذي" at token ``relative``, after a comma, is a second description of
    the fronted subject ("لكن X، منظمة …، والتي تقود حملات …، أكدت"): the و joins the relative
    clause to an apposition before it, so both describe the noun phrase that opens the clause.
    The verb after them must agree with the relative in gender and number (التي … أكدت), as a
    verb agrees with its fronted subject; a verb that does not belongs to another clause."""
    found = view.cues[cue]
    ending = _RELATIVE_ENDINGS.get(view.bare[relative])
    if found is None or ending is None or view.keys[relative] != "و" + view.bare[relative]:
        return False
    if relative - 1 <= sentence_first or not view.is_comma(relative - 1):
        return False
    return view.bare[cue] == lemma_key(found.lemma) + ending


def _before_apposition(view: DocView, end: int, sentence_first: int) -> int:
    """The end of the noun phrase before an apposition set off by commas that ends at token
    ``end`` (a comma): "لكن X، منظمة حفلات …، والتي": X, which the apposition and the relative
    clause after it both describe. ``end`` itself when no such apposition precedes it."""
    m = end - 1
    while m > sentence_first and end - m <= MAX_APPOSITION_WORDS and view.is_word(m):
        if view.cues[m] is not None or view.bare[m] in CLAUSE_OPENERS or view.bare[m] in RELATIVES:
            return end
        m -= 1
    if m <= sentence_first or m >= end - 1 or not view.is_comma(m):
        return end
    return m


def _subject_before_parenthesis(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject put before its verb with a name in apposition between them, set off by
    commas, after a title chain that opens the clause ("لكن المحاضر في علم النفس …، بيتر
    إيتشلز، قال"): a verb with no conjunction right after the closing comma has the titled name
    as its subject."""
    close = cue - 1
    # The name is set off by two commas, or by brackets: "رئيسة الوزراء (تيريزا ماي) أعلنت".
    bracketed = close >= 1 and view.tokens[close].text == ")"
    if close < 1 or not (view.is_comma(close) or bracketed):
        return None
    sentence_first, _ = view.sentence_range(cue)
    k = close - 1
    while k >= sentence_first and view.is_word(k) and close - k <= MAX_PARENTHESIS_WORDS:
        k -= 1
    opens = view.tokens[k].text == "(" if bracketed else view.is_comma(k)
    if k < sentence_first or not opens or k + 1 >= close:
        return None
    opening = k
    first = opening + 1
    if close - first > MAX_NAME_AFTER_TITLE or any(view.cues[m] is not None for m in range(first, close)):
        return None
    name = parse_segment(view, list(range(first, close)))
    if name is None or name.kind != "name" or name.title is not None or name.last != close:
        return None
    # The title chain runs back from the opening comma to the start of its clause.
    m = opening - 1
    while m >= sentence_first and view.is_word(m) and opening - m <= MAX_FRONTED_TITLE_WORDS:
        if view.keys[m] in MAIN_CLAUSE_OPENERS or view.bare[m] in CLAUSE_OPENERS or view.cues[m] is not None:
            break
        m -= 1
    start = m + 1
    if start >= opening or not _opens_clause(view, start, sentence_first):
        return None
    if not (
        is_title_word(view, start) or (has_article(view, start) and view.keys[start] == view.bare[start])
    ):
        return None  # "وفي مؤتمر صحفي، …،": a fronted adverbial, no title the name explains
    return SpeakerPhrase(first, close, "name", (start, opening), (first, close))


MAX_NAME_TITLE_WORDS = 4  # a title before the name: "المحلل الاقتصادي"، "رئيس قسم الأبحاث"
_DESCRIPTION_PREPOSITIONS = frozenset({"من", "في", "لدي"})  # "، من شركة X،"، "، في جامعة X،"


def _name_before_description(view: DocView, cue: int) -> SpeakerPhrase | None:
    """A name that opens its clause, a description of its bearer set off by a comma after it,
    then the verb of saying with no conjunction: "سامي الحداد، من شركة النور، قال"، "ليلى حسن،
    الباحثة في معهد الدراسات، أكدت"، "X، رئيس قسم الاستثمار في "Y" يقول". The description (a
    title, or من/في + the body the person belongs to) is an apposition: it describes the name and
    holds no verb, relative or clause opener, so the verb after it has the name as its subject,
    a fronted subject (SVO) that no earlier speaker carries on past. The name is two or three
    words with no article or proclitic, as :func:`_name_before_apposed_title` reads it; a title
    in ة goes with a feminine verb, one without with a masculine verb."""
    sentence_first, _ = view.sentence_range(cue)
    close = cue - 1 if cue - 1 >= sentence_first and view.is_comma(cue - 1) else cue
    k = close - 1
    while k >= sentence_first and close - k <= MAX_APPOSED_TITLE_WORDS + 2:
        if view.is_comma(k):
            break
        if view.is_mark(k):
            k -= 1
            continue  # the quoted name of a body in the description: "في "فونتوبل كواليتي جروث""
        if not view.is_word(k) or view.cues[k] is not None:
            return None
        if view.bare[k] in RELATIVES or view.bare[k] in CLAUSE_OPENERS or view.bare[k] in COMPLEMENTIZERS:
            return None
        k -= 1
    else:
        return None
    if k < sentence_first or not view.is_comma(k) or k + 1 >= close:
        return None
    opening = k
    head = opening + 1
    if not view.is_word(head):
        return None
    if view.bare[head] in _DESCRIPTION_PREPOSITIONS:
        if close == cue:
            return None  # "X، من شركة Y قال": without a closing comma Y may open the clause
    elif is_title_word(view, head):
        verb_feminine = view.bare[cue].endswith("ت") or view.bare[cue][:1] == "ت"
        if view.tokens[head].text.endswith("ة") != verb_feminine:
            return None
    else:
        return None
    start = opening
    while start > sentence_first and opening - start < MAX_APPOSED_NAME_WORDS and _name_word(view, start - 1):
        start -= 1
    while start < opening and has_article(view, start):
        start += 1  # a name opens with no article: "الاقتصادي" of "المحلل الاقتصادي سامي الحداد"
    if opening - start < 2:
        return None
    if _opens_clause(view, start, sentence_first):
        return SpeakerPhrase(start, opening, "name", None, (start, opening))
    # A title before the name ("المحلل الاقتصادي سامي الحداد، من شركة النور، قال"): the title
    # chain must open the clause, and the whole read as one titled name.
    title = start
    while title > sentence_first and start - title < MAX_NAME_TITLE_WORDS and view.is_word(title - 1):
        if view.cues[title - 1] is not None or view.bare[title - 1] in CLAUSE_OPENERS:
            break
        title -= 1
        if is_title_word(view, title) and _opens_clause(view, title, sentence_first):
            phrase = parse_speaker(view, title, opening)
            if phrase is not None and phrase.start == title and phrase.last == opening:
                return phrase
    return None


def _name_word(view: DocView, k: int) -> bool:
    """:func:`_apposed_name_word`, or a family name with the article (سامي الحداد)."""
    if _apposed_name_word(view, k):
        return True
    if not (view.is_word(k) and has_article(view, k) and view.keys[k] == view.bare[k]):
        return False
    bare = view.bare[k]
    if view.tokens[k].text.endswith("ة") or is_stop(view, k) or view.cues[k] is not None:
        return False
    return view.title_state(bare) is None and not view.words.is_a("time", bare)


def _opens_clause(view: DocView, k: int, sentence_first: int) -> bool:
    """Whether a noun phrase at token k opens its clause, as a fronted subject does: it starts
    the sentence or follows a conjunction that opens a main clause (لكن، إلا أن) or a comma,
    not a preposition or a verb, whose object or genitive it would be."""
    before = k - 1
    if before < sentence_first or view.is_comma(before):
        return True
    if view.is_mark(before) and before in view.open_close:
        # 'وأضاف المتحدث إن "رئيسة الوزراء … أعلنت': an opening quotation mark starts the
        # quoted words, and their first noun phrase opens a clause of its own.
        before -= 1
        if before < sentence_first or view.is_comma(before) or view.tokens[before].text in (":", "،"):
            return True
    return view.is_word(before) and (
        view.keys[before] in MAIN_CLAUSE_OPENERS or view.keys[before] in _THAT_OPENERS
    )


# The particle إنّ/أنّ that puts its noun first ("فإن القوات …"، "إلا أن لوريمان …"), not بأنّ
# after a noun ("إقرار … بأن سوريا"), whose clause belongs to that noun.
_THAT_OPENERS = frozenset({"ان", "فان", "وان"})


# The sisters of كان that keep a state going or bring it about (ظل، ما زال، لا يزال، بات، أصبح،
# صار): a verb that opens the clause, with the subject of the verb of saying after it, as after كان.
BEING_VERBS = frozenset(
    {"ظل", "ظلت", "ظلوا", "مازال", "مازالت", "زال", "زالت", "يزال", "تزال", "مايزال", "ماتزال", "بات"}
    | {"باتت", "باتوا", "اصبح", "اصبحت", "اصبحوا", "صار", "صارت", "اضحي", "اضحت", "يظل", "تظل"}
)


_BEING_NEGATIONS = frozenset({"ما", "لا"})  # ما زال، لا يزال
# Prepositions before which ظل is the noun "shade" ("في ظل الأزمة"), no verb.
_BEFORE_SHADE = frozenset({"في", "وفي", "تحت"})


def _being_verb(view: DocView, i: int) -> bool:
    """Whether word i is one of :data:`BEING_VERBS`, with or without و/ف."""
    bare = view.bare[i]
    if i > 0 and view.is_word(i - 1) and view.bare[i - 1] in _BEFORE_SHADE:
        return False
    return (
        bare in BEING_VERBS or view.keys[i] in BEING_VERBS or (bare[:1] in "وف" and bare[1:] in BEING_VERBS)
    )


# "There is": an indefinite noun after it takes a verb that describes it without الذي ("وهناك
# دراسة أخرى بينت أن …"), so the noun is that verb's subject.
_EXISTENTIALS = frozenset({"هناك", "ثمه"})


def _existential_subject(view: DocView, start: int, end: int) -> SpeakerPhrase | None:
    """The noun after هناك / ثمة (tokens ``start`` to ``end``) as the subject of the verb at
    ``end`` that describes it: "وهناك دراسة أخرى بينت أن …". What is there is an indefinite
    nominative noun (not "هناك الكثير"، not an accusative "اختلافا"), with no comma before the
    verb, and the verb is a perfect that agrees with it (دراسة … بينت) and reports a clause
    (أنّ after it), so it is no preposition or noun that looks like a cue ("بين"، "رد فعل")."""
    found = view.cues[end]
    if found is None or found.kind != "verb" or start >= end or has_article(view, start):
        return None
    if any(not view.is_word(k) for k in range(start, end)) or view.tokens[start].text.endswith(("ا", "اً")):
        return None
    if end + 1 >= len(view) or view.keys[end + 1] not in COMPLEMENTIZERS:
        return None
    feminine_verb = view.bare[end] == lemma_key(found.lemma) + "ت"
    if not feminine_verb and view.bare[end] != lemma_key(found.lemma):
        return None
    if view.tokens[start].text.endswith("ة") != feminine_verb:
        return None
    return parse_speaker(view, start, end)


def _fronted_noun_phrase(view: DocView, cue: int) -> SpeakerPhrase | None:
    """:func:`preposed_subject` for a short noun phrase right before the verb."""
    words = view.words
    sentence_first, _ = view.sentence_range(cue)
    i = cue - 1
    if i >= sentence_first and words.is_a("anonymous", view.keys[i]) and not has_article(view, i):
        # "وسط تقارير قالت إن …": an indefinite noun takes its relative clause without الذي,
        # so the verb right after it describes it and it is the subject.
        return SpeakerPhrase(i, i + 1, "anonymous")
    if voice_plural_before(view, cue, sentence_first):
        # "وتعالت أصوات تطالب بـ"، "مظاهرات تندد بـ": the same for a plural of voices, protests
        # or writings, with the feminine singular verb a plural of things takes.
        return SpeakerPhrase(i, i + 1, "anonymous")
    if i >= sentence_first and view.bare[i] == "قد":
        i -= 1
    if (
        i > sentence_first
        and (view.keys[i] in AUXILIARIES or _being_verb(view, i))
        and (view.is_word(i - 1) or view.is_comma(i - 1))
    ):
        being = view.keys[i] not in AUXILIARIES
        i -= 1  # "آن ليندي، كانت أعلنت": the subject stands before the auxiliary كان
        if view.bare[i] == "قد" or (being and view.bare[i] in _BEING_NEGATIONS and i > sentence_first):
            i -= 1  # "الجماهير ما زالت ترى": ما/لا belong to زال
    end = i + 1
    count = 0
    while i >= sentence_first:
        token = view.tokens[i].text
        if view.is_word(i):
            if view.bare[i] in CLAUSE_OPENERS or view.keys[i] in CLAUSE_OPENERS or _being_verb(view, i):
                break  # "ومازال سكان الجنوب يشتكون": the subject follows the verb of being
            if view.bare[i] in _EXISTENTIALS:
                break  # "وهناك دراسة أخرى بينت": the indefinite noun a verb describes
            if is_stop(view, i) or words.is_a("time", view.bare[i]):
                return None
            if view.cues[i] is not None:
                return None  # another verb of saying: "ورد ترامب بتغريدة كتب فيها"
            count += 1
            if count > MAX_SUBJECT_WORDS:
                return None
        elif not (view.is_comma(i) or view.is_mark(i)) and token not in "-–/":
            # A slash joins two spellings of one word ("مارس/آذار"), it opens no clause.
            break
        i -= 1
    start = i + 1
    if _verb_clause_opener(view, i):
        return None  # "وبعد أن التقى الوزير نظيره، أكد": the words open the subordinate clause
    if i >= sentence_first and view.is_word(i) and view.bare[i] in _EXISTENTIALS:
        return _existential_subject(view, start, end)
    if i >= sentence_first and view.is_word(i) and view.bare[i] in RELATIVES:
        return None  # "السفير، الذي زار المدينة، قال": the words are the relative clause's own
    groups = segments(view, start, end)
    if not groups or len(groups) > 2:
        return None
    if any(view.is_word(k) and view.bare[k][:1].isdigit() for k in range(start, end)):
        return None
    first_word = groups[0][0]
    if _prepositional_opener(view, first_word):
        return None  # "وبهذا الصدد قال الدكتور": a fronted adverbial, the subject follows the verb
    if conjoined_verb(view.tokens[first_word].text):
        # "وأرفقت كامبل رابطا لمقال يقترح أن"، "ويمكن …": و + a verb (imperfect ي…, perfect
        # …ت) opens a clause, no subject; names like واشنطن do not look like that.
        return None
    return parse_speaker(view, start, end)


MAX_ACCUSATIVE_SUBJECT_WORDS = 6  # "صحفيا بوكالة "أسوشيتد برس"": a source and where it works


def _accusative_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The noun of لكنّ or of إلا أنّ / غير أنّ, put in the accusative, as the subject of the verb
    right after its phrase: "لكن متحدثا رسميا أخبر صحيفة X أنه …"، "غير أن صحفيا بوكالة … كشف سر
    …". The particle makes its noun accusative (متحدثا، صحفيا), so the noun is a source (a title
    or an anonymous-source word once its alef is off), and the noun after the verb is its object.
    The phrase runs from the particle to the verb: the noun, its accusative adjectives (رسميا)
    and a short genitive or prepositional phrase, with no cue, comma or clause opener among them."""
    sentence_first, _ = view.sentence_range(cue)
    k = cue - 1
    while k >= sentence_first and cue - k <= MAX_ACCUSATIVE_SUBJECT_WORDS + 1:
        if view.is_word(k) and (view.keys[k] in MAIN_CLAUSE_OPENERS or view.keys[k] == "ان"):
            break
        if not (view.is_word(k) or view.is_mark(k)) or (view.is_word(k) and view.cues[k] is not None):
            return None
        k -= 1
    else:
        return None
    particle = k
    but = particle > sentence_first and view.bare[particle - 1] in ("الا", "غير")
    if view.keys[particle] == "ان" and not but:
        return None  # "وأكد أن مسؤولا قال": after a verb the clause is that verb's reported words
    head = particle + 1
    if head >= cue or not view.is_word(head) or has_article(view, head):
        return None
    text = view.tokens[head].text
    key = view.bare[head]
    if not text.endswith("ا") or len(key) < 4:
        return None
    stem = key[:-1]
    if not (view.words.is_a("anonymous", stem) or view.title_state(stem) is not None):
        return None
    between = [m for m in range(head + 1, cue) if view.is_word(m)]
    if any(view.bare[m] in CLAUSE_OPENERS or view.bare[m] in RELATIVES for m in between):
        return None
    return SpeakerPhrase(head, cue, "anonymous")


def _subject_filling_clause(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The subject of a verb with no conjunction when one noun phrase fills every word between
    the opening of its clause (the sentence start, لكن، إلا أن) and the verb: "إلا أن القائد العام
    للوحدات الكردية سيبان حمو قال"، "لكن العديد من المصادر الأمنية أكدت". A verb that does not
    open its clause continues no one: the words before it are its subject, however long the title
    chain (its genitives لل/من are what stops :func:`_fronted_noun_phrase`)."""
    sentence_first, _ = view.sentence_range(cue)
    k = cue - 1
    while k >= sentence_first and cue - k <= MAX_FRONTED_TITLE_WORDS:
        if not (view.is_word(k) or view.is_comma(k)):
            return None
        if view.is_word(k) and (view.keys[k] in MAIN_CLAUSE_OPENERS or view.keys[k] in _THAT_OPENERS):
            break
        if view.is_word(k) and (
            view.cues[k] is not None or view.bare[k] in RELATIVES or view.bare[k] in CLAUSE_OPENERS
        ):
            return None  # "لكنها قالت": the pronoun is the subject, and it goes on with someone
        k -= 1
    start = k + 1
    if start >= cue or not _opens_clause(view, start, sentence_first):
        return None
    if _prepositional_opener(view, start) or conjoined_verb(view.tokens[start].text):
        return None
    if any(view.keys[m] in _QAD or view.keys[m] in AUXILIARIES for m in range(start, cue)):
        return None  # "وقد اعتبرت دمشق"، "فقد قال المحلل": قد and كان come before a verb-first clause
    if start > sentence_first and view.keys[start - 1] in _THAT_OPENERS and view.keys[start - 1] == "ان":
        # A bare أنّ opens a subject after "but" (إلا أن، غير أن), at its clause's start, or
        # after a verb of saying ("وأشار الوزير إلى أن الوكالة الدولية للطاقة الذرية تؤكد"):
        # the noun of أنّ is the subject of the verb that is its predicate, and a verb of
        # saying there reports the words of that noun, not of the outer speaker.
        before = start - 2
        if before < sentence_first or not (
            view.bare[before] in ("الا", "غير") or _after_saying(view, before)
        ):
            return None
    end = cue - 1 if view.is_comma(cue - 1) else cue
    phrase = parse_speaker(view, start, end)
    if phrase is None or phrase.start != start or phrase.last != end:
        return None
    return phrase


def _after_saying(view: DocView, k: int) -> bool:
    """Whether word k, right before a أنّ, is a verb of saying ("أكد أن") or the preposition
    such a verb takes ("أشار الوزير إلى أن"، "شدد على أن") with a definite noun after أن: the
    particle أنْ of "إلى أن" (until) takes a verb, never a noun with the article."""
    if view.cues[k] is not None:
        return True
    return view.bare[k] in ("الي", "علي") and k + 2 < len(view) and has_article(view, k + 2)


# Nouns of number or part that head a group before من ("أكثر من عشرين نائبا"، "كثير من المغردين")
# or before their genitive ("معظم النواب"، "عشرات المحتجين").
_GROUP_HEADS = frozenset(
    {"عدد", "عددا", "اكثر", "كثير", "كثيرا", "العديد", "عديد", "مجموعه", "بعض", "معظم"}
    # "الآلاف من سكان المدينة"، "عشرات من المحتجين": a count of a group, with من
    | {"الالاف", "المئات", "العشرات", "الاف", "مئات", "عشرات"}
)
_GROUP_HEADS_GENITIVE = frozenset({"بعض", "معظم", "اغلب", "عشرات", "مئات", "الاف", "جميع"})
MIN_PLURAL_NOUN = 5  # a sound plural's stem and ending: معارضين, not عين or دين
MAX_PLURAL_SUBJECT_WORDS = 8


def plural_verb(surface: str) -> bool:
    """Whether a verb without a conjunction is in the plural: a perfect in ـوا (وصفوا، طالبوا)
    or an imperfect in يـ…ـون (يطالبون)."""
    return (surface.endswith("وا") and len(surface) >= 4) or (
        surface.startswith("ي") and surface.endswith("ون") and len(surface) >= 5
    )


def broken_plural(view: DocView, i: int) -> bool:
    """A broken plural of a noun of persons, definite or not (النشطاء، خبراء، الأطباء): a group
    that a plural verb agrees with and later plural verbs (وقالوا، مؤكدين) continue. A name the
    earlier stages found is none."""
    if not view.is_word(i) or view.mention_label(i) is not None:
        return False
    key = view.keys[i]
    body = key[2:] if has_article(view, i) and key.startswith("ال") else key
    return body in BROKEN_PERSON_PLURALS


# Name parts in و that head a genitive without being plurals: "أبو الغيط"، "ذو الفقار".
_CONSTRUCT_SINGULARS = frozenset({"ابو", "اخو", "ذو"})


def _construct_plural(view: DocView, i: int, body: str) -> bool:
    """A sound masculine plural in construct, nominative: its ن falls before the genitive
    ("مسؤولو الصحة"، "ممثلو النقابات"، "مواطنو البلدة"), so it ends in و and a definite noun
    follows it."""
    nxt = i + 1
    if body != view.bare[i] or not body.endswith("و") or len(body) < MIN_PLURAL_NOUN:
        return False
    if body in _CONSTRUCT_SINGULARS or nxt >= len(view) or not view.is_word(nxt):
        return False
    if body.lstrip("وف")[:1] in "يت":
        return False  # "ويدعو التقرير"، "ويشكو الموظفون": an imperfect in و before its subject
    return has_article(view, nxt)


def _plural_noun(view: DocView, i: int) -> bool:
    """A common noun in the sound masculine plural, definite or not (معارضين، المتحدثين،
    ناشطون), or the head of a group (عدد من، أكثر من، معظم): a subject that a plural verb
    agrees with. A name the earlier stages found (البحرين، فلسطين) is none."""
    if not view.is_word(i) or view.mention_label(i) is not None:
        return False
    bare = view.bare[i]
    nxt = i + 1
    if bare in _GROUP_HEADS_GENITIVE or (
        bare in _GROUP_HEADS and nxt < len(view) and view.is_word(nxt) and view.bare[nxt] == "من"
    ):
        return True
    body = bare[2:] if has_article(view, i) else bare
    if body.endswith(("ين", "ون")) and len(body) >= MIN_PLURAL_NOUN:
        return True
    if _construct_plural(view, i, body):
        return True
    if broken_plural(view, i):
        return True
    # An indefinite plural in ات in construct with a definite noun ("جماعات حقوق الإنسان"): its
    # genitive chain ends in a definite word, which a verb in ـأت (تلكأت قليلا) does not have.
    if body != bare or not view.tokens[i].text.endswith("ات") or len(body) < MIN_PLURAL_NOUN:
        return False
    for k in range(nxt, min(len(view), nxt + MAX_APPOSED_NAME_WORDS)):
        if not view.is_word(k) or is_stop(view, k) or view.tokens[k].text.endswith("ا"):
            return False
        if has_article(view, k):
            return True
    return False


def group_head(view: DocView, i: int) -> bool:
    """Whether the word at ``i`` heads a group with من: "الآلاف من سكان المدينة"، "عدد من النواب"."""
    nxt = i + 1
    return (
        view.is_word(i)
        and view.bare[i] in _GROUP_HEADS
        and nxt + 1 < len(view)
        and view.is_word(nxt)
        and view.bare[nxt] == "من"
        and view.is_word(nxt + 1)
    )


def group_phrase(view: DocView, head: int, last: int) -> SpeakerPhrase:
    """:func:`_group_phrase`, for the attribution's group subjects."""
    return _group_phrase(view, head, last)


def _group_phrase(view: DocView, head: int, last: int) -> SpeakerPhrase:
    """The plural noun phrase from its head: a group head with من and its noun ("عدد من النواب"),
    a noun in construct with its genitives up to the first definite one ("جماعات حقوق الإنسان"),
    and the adjectives after it that share its plural ending ("النواب المستقلين")."""
    end = head + 1
    if end < last and view.is_word(end) and view.bare[end] == "من" and end + 1 < last:
        end += 2  # "عدد من النواب"
    elif view.bare[head] in _GROUP_HEADS_GENITIVE or (
        not has_article(view, head) and view.bare[head].endswith("ات")
    ):
        # "جميع أعضاء الحلف"، "جماعات حقوق الإنسان": the genitives up to the first definite one
        while (
            end < last
            and view.is_word(end)
            and not is_stop(view, end)
            and end - head < MAX_APPOSED_NAME_WORDS
        ):
            end += 1
            if has_article(view, end - 1):
                break
    noun = end - 1
    ending = view.bare[noun][-2:]
    while (
        end < last
        and view.is_word(end)
        and ending in ("ين", "ون")
        and view.bare[end].endswith(ending)
        and has_article(view, end) == has_article(view, noun)
        and view.cues[end] is None
    ):
        end += 1
    return SpeakerPhrase(head, end, "anonymous")


MAX_CLAUSE_REACH = 30  # tokens back from a plural cue to the verb that opens its clause


def plural_clause_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The plural subject of the clause a dropped-subject plural cue goes on with, in its own
    sentence: the subject after the clause's first verb ("كما انضم عدد من النواب إلى … وطالبوا"،
    "أدانت جماعات حقوق الإنسان القمع واصفين") or before a plural verb ("لكن المتحدثين باسم
    النقابة رفضوا الفكرة، واصفين"). A plural cue cannot go on with one person, and coordinated
    verbs share the subject of the first; no other verb of saying stands between."""
    sentence_first, _ = view.sentence_range(cue)
    lo = max(sentence_first, cue - MAX_CLAUSE_REACH)
    for k in range(cue - 1, lo - 1, -1):
        if not view.is_word(k):
            continue
        if view.cues[k] is not None:
            return None
        if view.bare[k] in RELATIVES:
            if k == cue - 1:
                return None  # "اللاعبون الذين يرون": the relative's antecedent is the subject
            break  # "… القمع الذي تعرض له": a relative clause on an object; its verb is its own
        if view.keys[k] == view.bare[k] and plural_verb(view.bare[k]):
            phrase = _plural_fronted_subject(view, k)
            if phrase is not None:
                return phrase
    first = _after_fronted_adverbial(view, sentence_first, cue)
    while first < cue and view.is_word(first) and view.keys[first] in _OPENING_PARTICLES:
        first += 1  # "كما انضم"، "وقد أدانت"
    head = first + 1
    if first >= cue or head >= cue or first < lo or not view.is_word(first) or has_article(view, first):
        return None
    if view.tokens[first].text.endswith(("ة", "ات")) or not _plural_noun(view, head):
        return None  # "زيارة …": a noun opens the sentence, not a verb
    return _group_phrase(view, head, cue)


def plural_noun_before_verb(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The plural noun of persons right before a plural verb with no conjunction: the subject
    of the clause the verb opens, which describes that noun or says what it did ("شارك فيها
    آلاف المواطنين طالبوا الحكومة بـ …"، "اعتقلت الشرطة ناشطين يطالبون بـ …"). A verb joined
    to nothing by و or ف and with no relative before it agrees with the noun it follows; a
    group head before the noun (آلاف، عشرات، عدد من) is part of the phrase."""
    if cue < 1 or view.keys[cue] != view.bare[cue]:
        return None
    verb = view.bare[cue]
    if not plural_verb(verb) and not plural_verb(_without_object_pronoun(verb)):
        return None
    phrase = plural_phrase_before(view, cue) or _joined_plural_before(view, cue)
    if phrase is None:
        return None
    head = phrase.start
    if has_article(view, head) and not (head > 0 and view.bare[head - 1] == "من"):
        # "المتسللون الذين سرقوا بيانات عملاء المصرفين الكنديين هددوا": a definite noun
        # before the verb may end a genitive or a relative clause of the clause's subject; an
        # indefinite one (ناشطين، آلاف المواطنين) or a part of a whole (12% من السكان) may not.
        return None
    return phrase


def _without_object_pronoun(verb: str) -> str:
    """A plural imperfect less the object pronoun on it: يعتبرونها → يعتبرون، يصفونه → يصفون."""
    if not verb.endswith(_PLURAL_OBJECT_ENDINGS):
        return verb
    for pronoun in _OBJECT_PRONOUNS:
        if verb.endswith("ون" + pronoun) and len(verb) - len(pronoun) >= MIN_PLURAL_IMPERFECT:
            return verb[: -len(pronoun)]
    return verb


_OBJECT_PRONOUNS = ("هما", "ها", "هم", "ه")
_PLURAL_OBJECT_ENDINGS = tuple("ون" + pronoun for pronoun in _OBJECT_PRONOUNS)
MIN_PLURAL_IMPERFECT = 5  # يقولون


def _joined_plural_before(view: DocView, cue: int) -> SpeakerPhrase | None:
    """An indefinite broken plural of persons joined by و right before a plural verb, the
    subject of a clause of its own: "صحيفة تزعم وجود تسجيلات وخبراء يعتبرونها محاولة …" (and
    experts consider it). The plural verb agrees with the noun, never with what came before و."""
    noun = cue - 1
    if not view.is_word(noun) or view.mention_label(noun) is not None or view.cues[noun] is not None:
        return None
    key = view.keys[noun]
    if key[:1] != "و" or key[1:] != view.bare[noun] or view.bare[noun] not in BROKEN_PERSON_PLURALS:
        return None
    return SpeakerPhrase(noun, cue, "anonymous")


OTHERS = frozenset({"اخرين", "اخرون", "الاخرين", "الاخرون"})


def plural_phrase_before(view: DocView, end: int) -> SpeakerPhrase | None:
    """The plural noun phrase of persons that ends right before ``end``: a sound or broken plural
    (ناشطين، النشطاء), an adjective of the same ending after it (النشطاء الحقوقيين), and a group
    head before it (آلاف المواطنين، عدد من النواب)."""
    noun = end - 1
    if noun < 0 or not view.is_word(noun) or view.cues[noun] is not None or is_stop(view, noun):
        return None
    if not _plural_noun(view, noun) or view.bare[noun] in _GROUP_HEADS | _GROUP_HEADS_GENITIVE:
        return None
    head = noun
    ending = view.bare[noun][-2:]
    if (
        ending in ("ين", "ون")
        and head - 1 >= 0
        and view.is_word(head - 1)
        and has_article(view, head - 1) == has_article(view, noun)
        and view.bare[head - 1] not in _GROUP_HEADS | _GROUP_HEADS_GENITIVE
        and _plural_noun(view, head - 1)
    ):
        head -= 1  # "النشطاء الحقوقيين": the adjective ends the phrase its noun heads
    if head - 1 >= 0 and view.is_word(head - 1) and view.bare[head - 1] in _GROUP_HEADS_GENITIVE:
        head -= 1  # "آلاف المواطنين"
    elif head - 2 >= 0 and view.bare[head - 1] == "من" and view.bare[head - 2] in _GROUP_HEADS:
        head -= 2  # "عدد من الناشطين"
    if head == noun and view.bare[noun] in OTHERS:
        return None  # "أربعة نجوم آخرين اتهموا": "others" describes a noun not read as plural
    return SpeakerPhrase(head, end, "anonymous")


_OPENING_PARTICLES = frozenset({"كما", "وكما", "قد", "وقد", "فقد", "ثم"})
MAX_FRONTED_ADVERBIAL = 8  # "وعقب نشر القصة،"، "وفي اليوم التالي،": a short adverbial before the verb


def _after_fronted_adverbial(view: DocView, first: int, cue: int) -> int:
    """Where the main clause starts after a short adverbial of time or place fronted before it
    and set off by a comma ("وعقب نشر القصة، تفاعل ناشطون …"): the verb after the comma opens
    the clause; else ``first``. The adverbial opens with a preposition or a word of time."""
    if not view.is_word(first):
        return first
    key = view.bare[first]
    if not (view.words.is_a("stop", key) or view.words.is_a("time", key)):
        return first
    for k in range(first + 1, min(cue, first + MAX_FRONTED_ADVERBIAL + 1)):
        if view.is_comma(k):
            return k + 1
        if not view.is_word(k) or view.cues[k] is not None:
            return first
    return first


def _plural_fronted_subject(view: DocView, cue: int) -> SpeakerPhrase | None:
    """The plural noun phrase that opens the clause of a plural verb, as its subject: "لكن
    معارضين في البرلمان وصفوا"، "وكان أكثر من عشرين نائبا قد طالبوا"، "إلا أن كثيرا من المغردين
    أبدوا". A verb after its subject agrees with it in number, so a plural verb whose clause
    opens with a plural noun (or a number or part of a group: عدد من، أكثر من، معظم) has that
    noun as subject, whatever words name or place it: the clause opens at the sentence start,
    a comma, لكن, إلا أن/غير أن, or كان before its noun; no verb of saying, relative or other
    clause opener stands between."""
    if not plural_verb(view.bare[cue]):
        return None
    sentence_first, _ = view.sentence_range(cue)
    end = cue - 1 if cue - 1 >= sentence_first and view.bare[cue - 1] in _QAD else cue
    k = end - 1
    while k >= sentence_first and end - k <= MAX_PLURAL_SUBJECT_WORDS:
        if view.is_comma(k):
            break
        if not view.is_word(k):
            return None
        key = view.keys[k]
        if key in MAIN_CLAUSE_OPENERS or key in AUXILIARIES or view.bare[k] in AUXILIARIES:
            break  # "وكان أكثر من عشرين نائبا قد طالبوا": the noun of كان
        if key == "ان" and k > sentence_first and view.bare[k - 1] in ("الا", "غير"):
            break
        if view.cues[k] is not None or view.bare[k] in RELATIVES or view.bare[k] in CLAUSE_OPENERS:
            return None
        k -= 1
    else:
        if k >= sentence_first:
            return None
    head = k + 1
    while end - 1 > head and (
        _being_verb(view, end - 1)
        or (view.bare[end - 1].endswith(("ون", "وا")) and view.bare[end - 1][:-2] in BEING_VERBS)
        or view.bare[end - 1] in _BEING_NEGATIONS
    ):
        end -= 1  # "كان العراقيون لا يزالون يتحدثون": ما زال / لا يزال are no part of the noun
    if head >= end or not _plural_noun(view, head):
        return None
    return SpeakerPhrase(head, end, "anonymous")


# Subordinators that a verb follows, never a noun: عندما، بعدما، and أنْ after بعد/قبل/منذ (the
# particle that makes a verbal noun of its clause, unlike أنّ after رغم or مع, which a noun follows).
VERB_SUBORDINATORS = frozenset({"عندما", "حينما", "بعدما", "لما", "كلما"})


VERB_AN_HEADS = frozenset({"بعد", "قبل", "منذ"})


def _verb_clause_opener(view: DocView, i: int) -> bool:
    """Whether word i opens a subordinate clause whose first word is its verb, so that the words
    after it, up to the main verb, are that clause and hold no subject of the main verb."""
    if i < 0 or not view.is_word(i):
        return False
    if view.bare[i] in VERB_SUBORDINATORS:
        return True
    return view.keys[i] == "ان" and i > 0 and view.is_word(i - 1) and view.bare[i - 1] in VERB_AN_HEADS


# Openers of an adverbial clause of time or cause: a verb right after one that drops its subject
# has the subject of the clause the adverbial clause hangs on (بعد أن، قبل أن، بعدما، عندما، حيث، إذ).
ADVERBIAL_OPENERS = frozenset({"بعدما", "عندما", "حينما", "حيث", "اذ"})
ADVERBIAL_AN_HEADS = frozenset({"بعد", "قبل"})
# Object pronouns a verb carries: with one, the noun phrase after the verb is its subject.
OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
MIN_VERB_STEM = 3  # letters of a perfect verb before its object pronoun: فجر، أطلق
MAX_GOVERNING_SUBJECT = 8
FREE_RELATIVES = frozenset(
    {"ما", "عما", "مما", "بما", "لما", "فيما", "كما", "من", "ممن", "لمن"}
)  # words of the subject between the verb and the adverbial clause


def adverbial_clause_governor(view: DocView, cue: int) -> tuple[int, SpeakerPhrase] | None:
    """The verb and subject of the clause an adverbial clause hangs on, when the adverbial clause
    opens with the cue and its subject is dropped: "مفاجأة من العيار الثقيل فجّرها المدرب X، بعد
    أن أعلن …"، "في هجوم شنّه التنظيم، حيث أكد …". A clause of time or cause whose verb drops its
    subject shares that of the clause it hangs on, whatever that clause's verb; the name quoted
    last is no part of it. Only a verb-first clause whose verb carries an object pronoun (a
    relative clause on the noun before it, with or without الذي/التي): the object is the pronoun,
    so the noun phrase after the verb can only be its subject. It fills the words up to the
    opener (a comma before it allowed), or up to a prepositional phrase that completes the verb
    ("أطلقها X لجمهوره، بعدما أعلن")."""
    opener = cue - 1
    if opener < 1 or not view.is_word(opener):
        return None
    if view.keys[opener] == "ان" and view.is_word(opener - 1) and view.bare[opener - 1] in ADVERBIAL_AN_HEADS:
        opener -= 1
    elif view.keys[opener] not in ADVERBIAL_OPENERS:
        return None
    sentence_first, _ = view.sentence_range(cue)
    end = opener - 1 if opener - 1 > sentence_first and view.is_comma(opener - 1) else opener
    for verb in range(end - 2, max(sentence_first, end - 2 - MAX_GOVERNING_SUBJECT) - 1, -1):
        if not view.is_word(verb):
            return None
        if pronoun_verb_gender(view, verb) is None:
            if view.cues[verb] is not None:
                return None  # a verb of saying with its own subject in between
            continue
        if verb > 0 and view.keys[verb - 1] in FREE_RELATIVES:
            # "الحديث عما حققه صلاح، بعدما غرد": a clause on ما/من names a thing inside another
            # clause's complement; the adverbial clause hangs on that other clause.
            return None
        phrase = parse_speaker(view, verb + 1, end)
        if phrase is None or phrase.start != verb + 1 or phrase.kind == "anonymous":
            return None
        if phrase.last != end and not _completing_phrase(view, phrase.last, end):
            return None
        return verb, phrase
    return None


def _completing_phrase(view: DocView, first: int, end: int) -> bool:
    """Whether words [first, end) are a prepositional phrase, all words: "لجمهوره ومحبيه"."""
    if not all(view.is_word(k) for k in range(first, end)):
        return False
    key = view.keys[first]
    return key in COMPLETING_PREPOSITIONS or (key[:1] in "لب" and not key.startswith(("ال", "با")))


IMPERFECT_PREFIXES = ("ي", "س", "ن")
COMPLETING_PREPOSITIONS = frozenset({"في", "علي", "على", "من", "عن", "الي", "إلى", "مع", "عبر", "خلال"})


def pronoun_verb_gender(view: DocView, i: int) -> bool | None:
    """For a word that reads as a perfect verb with an object pronoun (فجّرها، أطلقه، كشفتها),
    the gender it shows: True for ـت before the pronoun, False for none (a perfect of form V in
    ت too: تبنّاها); None for a word read as a noun or an imperfect. No article or preposition,
    no imperfect prefix, a stem of three letters or more before the pronoun (and before a
    feminine ـت), no long vowel before it, and a stem the rules know neither as a title nor as
    a body (رئيسها، بيانها are nouns); a verb of saying counts."""
    key = view.keys[i]
    bare = view.bare[i]
    if key.startswith(("ال", "لل", "بال")) or key[:1].isdigit() or view.tokens[i].text.endswith("ة"):
        return None  # "رغبة": the normalised ة reads as ه
    found = view.cues[i]
    if key in view.vocabulary and (found is None or found.kind != "verb"):
        return None
    suffix = next((s for s in OBJECT_PRONOUNS if bare.endswith(s)), None)
    if suffix is None:
        return None
    stem = bare[: -len(suffix)]
    if stem[:1] in IMPERFECT_PREFIXES:
        # "الخطة التي ستعرضها ماي": a relative clause on what is yet to be done describes a thing,
        # no event the adverbial clause goes on with.
        return None
    feminine = stem.endswith("ت")
    root = stem[:-1] if feminine else stem
    if len(root) < MIN_VERB_STEM or root.endswith(("ة", "ا", "ي", "و")):
        return None  # "أبناؤه"، "أخيه": a long vowel before the pronoun
    if view.title_state(stem) is not None or view.title_state(root) is not None:
        return None
    if view.words.is_a("stop", stem) or is_stop(view, i):
        return None
    if any(view.words.is_a(kind, word) for kind in ("institution", "media") for word in (stem, root)):
        return None
    return feminine


# Prepositions an accusative verbal noun of purpose governs: "دفاعا عن"، "ردا على"، "احتجاجا على".
_PURPOSE_PREPOSITIONS = frozenset({"عن", "علي", "الي", "من", "في", "مع"})
_MIN_PURPOSE_NOUN = 3  # رد+ا: the letters before the tanwin alef


def title_before_object(view: DocView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """The title alone, when the word read as the name after it cannot be one:
    - a verbal noun in ة in construct, or with its owner's pronoun (_event_noun_after_title:
      "مرافعة المتهم"، "مطالبة النقابة"، "توضيحه"): it names an event, never a person, so it opens
      the verb's object and the title is the subject ("وقاطع القاضي مرافعة المتهم");
    - after the title's comma, an indefinite noun in the accusative (its tanwin alef) that
      governs a preposition ("، دفاعا عن"، "، ردا على"): the accusative of purpose (مفعول لأجله),
      an adverbial; a name in apposition shares the title's nominative.
    Gives None otherwise."""
    if phrase.title is None or phrase.name is None or phrase.pair is not None:
        return None
    first, end = phrase.name
    if first != phrase.title[1] and not (first == phrase.title[1] + 1 and view.is_comma(phrase.title[1])):
        return None
    if view.mention_label(first) is not None:
        return None
    title = SpeakerPhrase(phrase.title[0], phrase.title[1], "title", phrase.title)
    if first == phrase.title[1]:
        # A title that ends in a noun without the article is in construct with the word after
        # it, its genitive ("متحدث باسم وحدات حماية الشعب"): only a definite title is complete.
        return title if has_article(view, first - 1) and _event_noun_after_title(view, first) else None
    return title if end == first + 1 and _accusative_of_purpose(view, first) else None


_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما")


def _event_noun_after_title(view: DocView, i: int) -> bool:
    """A verbal noun (noun_patterns.verbal_noun) in ة (مناقشة التقرير، مطالبة النقابة) or with its
    owner's pronoun (توضيحه): a given name has neither. The bare shapes إفعال، افتعال and تفعيل
    are left, since many given names have them (إيناس، إلهام، اشتياق، تيسير)."""
    text = view.tokens[i].text
    if not (text.endswith("ة") or text.endswith(_POSSESSIVE_ENDINGS)):
        return False
    return view.bare[i] not in given_names() and verbal_noun(view, i)


def _accusative_of_purpose(view: DocView, i: int) -> bool:
    """An indefinite noun with the accusative's tanwin alef followed by the preposition it
    governs: "دفاعا عن"، "ردا على"، "تعليقا على"."""
    key = view.bare[i]
    if has_article(view, i) or not key.endswith("ا") or len(key) - 1 < _MIN_PURPOSE_NOUN:
        return False
    if view.count(view.keys[i]) > 1:
        return False  # a name in ا (ماريا) is written again; "دفاعا عن" mostly once
    nxt = i + 1
    if nxt >= len(view) or not view.is_word(nxt):
        return False
    after = view.bare[nxt]
    return after in _PURPOSE_PREPOSITIONS or (after.startswith("ل") and len(after) > 3)
