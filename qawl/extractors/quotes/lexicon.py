"""The cue lexicon and speaker word lists of the quote stage, loaded from ``data/*.tsv``.

The TSV files list lemmas; this module generates their written forms by the regular rules of
Arabic inflection (perfect and imperfect in every person, gender and number, object pronoun
suffixes, participles in both genders and numbers), so the data reads as grammar and stays
short. Every form is keyed by :func:`qawl.arabic.normalize`; attached و/ف and the future سـ are
stripped by :meth:`CueLexicon.lookup`, not listed. The stage holds one lexicon and hands it to
every rule through the document view; :func:`load_cues` and :func:`load_speaker_words` are only
the cached defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import repeat
from pathlib import Path

from qawl.arabic import normalize, strip_diacritics
from qawl.extractors.quotes.words import (
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    QUANTIFIERS,
    RELAY_WORDS,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
CUES_FILE = DATA_DIR / "cues.tsv"
SPEAKER_WORDS_FILE = DATA_DIR / "speaker_words.tsv"

# Perfect endings after the long stem (3rd person: قال، قالت، قالا، قالتا، قالوا) and after the
# short stem (قلن، قلت، قلنا، قلتم). Sound verbs use one stem for both.
_PERFECT_LONG = ("", "ت", "ا", "تا", "وا")
_PERFECT_SHORT = ("ن", "ت", "نا", "تم", "تما")
# Defective verbs (نفى، دعا، رأى): the weak final letter becomes ت/و/ي before endings.
_PERFECT_DEFECTIVE = ("ت", "تا", "وا", "يا", "يت", "ينا", "ون", "وت", "ونا")
_IMPERFECT_PREFIXES = ("ي", "ت", "ا", "ن")
_NUMBERED_PREFIXES = ("ي", "ت")  # the persons that take ـون، ـان، ـين، ـوا
_IMPERFECT_SUFFIXES = ("", "ون", "ان", "ين", "وا")
_DEFECTIVE_DROPS = ("ون", "ين", "وا")
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم")
# Participle: masc. acc. (مؤكدا) -> fem. (مؤكدة), plurals and duals.
# The bare form (مؤكد، مشير) is left out: it is also an adjective or a noun.
_PARTICIPLE_ENDINGS = ("ا", "ه", "ين", "تين")


_POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "ه")
_UNKNOWN = object()  # not yet in the lookup cache
_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry as found in text."""

    lemma: str
    kind: str  # verb | participle | noun | source
    frames: frozenset[str]
    feminine: bool | None = None  # from the form: قالت / قائلة -> True; None when unknown
    object_suffix: bool = False  # an object pronoun is attached (وصفه، اتهمهم), or on a noun its possessor


def _verb_forms(
    cls: str, perfect: str, short: str, imperfect: str, takes_object: bool = False
) -> dict[str, tuple[bool | None, bool]]:
    """Written forms of a verb -> (gender when the ending tells it, has an object pronoun)."""
    forms: dict[str, bool | None] = {}
    p, s = normalize(perfect), normalize(short)
    if cls == "defective":
        forms[p] = False
        for ending in _PERFECT_DEFECTIVE:
            forms.setdefault(s + ending, ending in ("ت", "تا") or None)
    else:
        for ending in _PERFECT_LONG:
            forms.setdefault(p + ending, True if ending in ("ت", "تا") else (False if ending == "" else None))
        for ending in _PERFECT_SHORT:
            forms.setdefault(s + ending, None)
    if imperfect != "-":
        stem = normalize(imperfect)[1:]
        for prefix in _IMPERFECT_PREFIXES:
            # The first person (أقول، نقول) takes no number ending: أردان is a name, not أ + ردّ.
            for ending in _IMPERFECT_SUFFIXES if prefix in _NUMBERED_PREFIXES else ("",):
                gender = (
                    True
                    if prefix == "ت" and ending == ""
                    else (False if prefix == "ي" and ending == "" else None)
                )
                # A defective imperfect drops its weak last letter before the plural endings
                # (يرى -> يرون، يدعو -> يدعون، ينفي -> تنفين) and keeps it in the dual (يدعوان).
                weak = cls == "defective" and ending in _DEFECTIVE_DROPS
                forms.setdefault(prefix + (stem[:-1] if weak else stem) + ending, gender)
    result = {form: (gender, False) for form, gender in forms.items()}
    for form, gender in forms.items():
        for suffix in _OBJECT_SUFFIXES:
            # ـوا drops its alef before a pronoun (قالوه); ـت stays (وصفته).
            base = form[:-1] if form.endswith("وا") else form
            result.setdefault(base + suffix, (gender, True))
    if takes_object and cls == "defective" and p.endswith("ي"):
        # The final alef maqsura is written alef before a pronoun (أسمى -> أسماه بـ). Only for a
        # verb whose object comes before its content: elsewhere the pronoun points back to what
        # was said ("الدعم الذي أبداه"), and no content follows.
        for suffix in _OBJECT_SUFFIXES:
            result.setdefault(p[:-1] + "ا" + suffix, (False, True))
    return result


def _participle_forms(participle: str) -> dict[str, bool | None]:
    base = normalize(participle)
    if base.endswith("ا"):
        base = base[:-1]
    genders = {"ا": False, "ه": True, "ين": None, "تين": True}
    forms = {base + ending: genders[ending] for ending in _PARTICIPLE_ENDINGS}
    if base.endswith("ي"):
        # A defective participle loses its final ي before the plural ending: داعين، نافين، مبدين.
        forms.setdefault(base[:-1] + "ين", None)
    return forms


# Possessive pronouns on a verbal noun name its subject: قوله (his), قولها (her), قولهم.
_POSSESSIVE_GENDERS: dict[str, bool | None] = {"ه": False, "ها": True, "هم": None, "هما": None, "هن": True}


def _possessive_forms(noun: str) -> dict[str, bool | None]:
    """A verbal noun with a possessive pronoun, alone or after بـ: إقراره، بإقراره، مطالبتها
    (ة is written ت before the pronoun)."""
    stem = strip_diacritics(noun)
    stem = stem[:-1] + "ت" if stem.endswith("ة") else stem
    stem = normalize(stem)
    return {
        prefix + stem + suffix: gender
        for suffix, gender in _POSSESSIVE_GENDERS.items()
        for prefix in ("", "ب")
    }


@dataclass(frozen=True)
class CueLexicon:
    """Normalised form -> cue; multi-word source phrases kept apart."""

    forms: dict[str, Cue]
    phrases: dict[tuple[str, ...], Cue]
    excluded: frozenset[str] = frozenset()  # surface forms, hamza kept (هنا is not هنأ)
    _cache: dict[str, Cue | None] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def first_form_lemmas(self) -> frozenset[str]:
        """The verb lemmas whose participle of state is of the first form, فاعل with no م
        (زاعما، قائلا), where the derived forms have مُـ (مؤكدا)."""
        participles = [(form, cue.lemma) for form, cue in self.forms.items() if cue.kind == "participle"]
        derived = {lemma for form, lemma in participles if form[:1] == "م"}
        return frozenset({lemma for form, lemma in participles if form[:1] != "م"} - derived)

    def lookup(self, word: str, key: str | None = None) -> Cue | None:
        """The cue a surface ``word`` is, with attached و/ف (and سـ on imperfects) allowed.

        ``key``, when given, is ``normalize(word)``, which the caller already has.
        """
        if word in self._cache:
            return self._cache[word]
        cue = self._lookup(word, normalize(word) if key is None else key)
        # Bounded low: the quote stage keeps each word's cue in its own per-run table
        # (view.WordFeatures); 50,000 here cost 5 MB of peak RSS over the corpus for no speed.
        if len(self._cache) < 8_000:
            self._cache[word] = cue
        return cue

    def find(self, word: str, key: str) -> Cue | None:
        """:meth:`lookup` without this lexicon's cache, for a caller that keeps its own
        (:class:`~qawl.extractors.quotes.view.WordFeatures`); ``key`` is ``normalize(word)``.

        Every reading :func:`_conjunction_readings` tries is the key less at most its first
        two letters, so a word none of whose three tails is a form is no cue, and most words
        are answered by three dictionary look-ups.
        """
        forms = self.forms
        if key not in forms and key[1:] not in forms and key[2:] not in forms:
            return None
        return self._lookup(word, key)

    def lookup_all(self, words: list[str], keys: list[str]) -> list[Cue | None]:
        """``[self.lookup(w) for w in words]``, with the cached words read at C speed;
        ``keys`` are the words normalised."""
        found = list(map(self._cache.get, words, repeat(_UNKNOWN, len(words))))
        for k, cue in enumerate(found):
            if cue is _UNKNOWN:
                found[k] = self.lookup(words[k], keys[k])
        return found  # type: ignore[return-value]

    def _lookup(self, word: str, key: str) -> Cue | None:
        forms = self.forms
        for candidate in _conjunction_readings(key):
            cue = forms.get(candidate)
            if cue is not None:
                # An excluded surface is no cue whatever it reads as; asked only of the few
                # words that read as one.
                surface = strip_diacritics(word)
                if surface in self.excluded or (surface[:1] in "وف" and surface[1:] in self.excluded):
                    return None
                if cue.object_suffix and surface.endswith("ة"):
                    return None  # ة is a noun ending, never the pronoun ـه (تابعة, not تابعه)
                if cue.lemma.endswith("ة") and surface.endswith("ه") and candidate == normalize(cue.lemma):
                    return None  # ـه is the pronoun, never ة: أمله "his hope", not آملة "hoping"
                if surface.endswith("أ") and not lemma_key(cue.lemma).endswith("ا"):
                    # اقرأ "read" (اقرأ أيضاً: …): a written hamza is a root's letter, never the
                    # alef of a number ending (أقرّا "the two acknowledged").
                    return None
                if (
                    cue.kind == "verb"
                    and cue.lemma[:1] == "أ"
                    and _hamza_below(surface, len(key) - len(candidate))
                ):
                    return None  # إضافتها، إعلانه: إ opens the verbal noun إفعال, never the verb أفعل
                return cue
        return None


@lru_cache(maxsize=4096)
def lemma_key(lemma: str) -> str:
    """``normalize(lemma)``: the rules compare a cue's word with its lemma's key at every verb
    they read, and a lexicon has a few hundred lemmas."""
    return normalize(lemma)


def _hamza_below(surface: str, conjunction: int) -> bool:
    """Whether the word after its attached conjunction (``conjunction`` letters) opens with إ."""
    return surface[conjunction : conjunction + 1] == "إ"


def _conjunction_readings(key: str) -> tuple[str, ...]:
    readings = [key]
    if len(key) > 2 and key[0] in "وف":  # ورد = و + رد (doubled verbs are two letters)
        readings.append(key[1:])
    for reading in list(readings):
        # سيقول، ستعلن: the future prefix sits on imperfects only (ي/ت/ن/ا follows it).
        if len(reading) > 4 and reading[0] == "س" and reading[1] in "يتنا":
            readings.append(reading[1:])
    return tuple(readings)


# "told": a verb that names a topic with its bare object (تناول، ناقش) reports only when that
# object is itself a saying, a claim or what was told ("وتناولت الحلقة مزاعم فساد …"، "وناقش
# الخبراء أسباب …"); each such noun is one of its needed objects ("needs-", as حمّل X المسؤولية),
# where its content opens. "تناول الطعام"، "ناقش المجلس الميزانية" report nothing. The news
# (خبر، نبأ، أنباء) is what was told too: "تداول ناشطون خبر اعتقال …"، "ونفى مقربوه خبر وفاته".
TOLD = "told"
TOLD_NOUNS = (
    "مزاعم", "ادعاءات", "اتهامات", "اتهام", "تفاصيل", "معلومات", "أسماء", "شهادات", "شهادة",
    "روايات", "رواية", "آراء", "رؤية", "مواقف", "موقف", "تصريحات", "أقوال", "حجج", "أسباب",
    "ملامح", "مطالب", "مخاوف", "انتقادات", "ذكريات", "خبر", "نبأ", "أنباء", "أخبار",
)  # fmt: skip
TOLD_OBJECTS = frozenset("needs-" + normalize(noun) for noun in TOLD_NOUNS)
# "also told": a verb of revealing, mentioning or explaining (كشف، ذكر، أوضح) that reports
# through a clause, a colon, quote marks or its preposition also reports a told noun as its bare
# object ("وكشفت الصحيفة تفاصيل الصفقة"، "ويذكر التقرير أسماء …"، "موضحا الأسباب التي …"). Not a
# needed object: its other frames stand without one, and any other bare object ("كشف الغطاء"،
# "ذكر الحادث") reports nothing.
ALSO_TOLD = "alsotold"
# "pronoun": a verb that is a cue only with an object pronoun on it: سمّى in "من سمّاهم "…"" and
# "ما يسميه "…"" names what the source called it; its bare forms are, in news, the passive
# "is called" (ما يسمى بـ"…"، ما سمي "…") with no source, or the name سما.
PRONOUN_ONLY = "pronoun"


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_FILE) -> CueLexicon:
    """Read ``cues.tsv`` and generate every form."""
    forms: dict[str, Cue] = {}
    phrases: dict[tuple[str, ...], Cue] = {}
    rows = _rows(path)
    excluded = frozenset(strip_diacritics(row[1]) for row in rows if row[0] == "not")
    # Nouns and phrases first: a generated verb form must not shadow a verbal noun it happens
    # to spell (أشار + ـه = أشاره, the same letters as إشارة once normalised).
    for row in sorted(rows, key=lambda r: r[0] == "verb"):
        kind, lemma, cls, perfect, short, imperfect, participle, frames_text = row
        # Prepositions are matched as normalised keys (إلى -> الى); frame names are ASCII.
        frames = frozenset(normalize(f) for f in frames_text.split(",") if f and f != "-")
        if TOLD in frames:
            frames = frames | TOLD_OBJECTS
        if kind == "verb":
            forms_of = _verb_forms(cls, perfect, short, imperfect, "dobj" in frames)
            for form, (gender, has_object) in forms_of.items():
                if has_object or PRONOUN_ONLY not in frames:
                    forms.setdefault(form, Cue(lemma, "verb", frames, gender, has_object))
            if participle != "-":
                for form, gender in _participle_forms(participle).items():
                    forms.setdefault(form, Cue(lemma, "participle", frames, gender))
        elif kind == "adverbial":
            forms.setdefault(normalize(lemma), Cue(lemma, "participle", frames))
        elif kind == "noun":
            forms.setdefault(normalize(lemma), Cue(lemma, "noun", frames))
            for form, gender in _possessive_forms(lemma).items():
                forms.setdefault(form, Cue(lemma, "noun", frames, gender, object_suffix=True))
        elif kind == "possessive":
            for form, gender in _possessive_forms(lemma).items():
                forms.setdefault(form, Cue(lemma, "noun", frames, gender, object_suffix=True))
        elif kind == "source":
            words = tuple(normalize(lemma).split())
            if len(words) == 1:
                forms.setdefault(words[0], Cue(lemma, "source", frames))
            else:
                phrases[words] = Cue(lemma, "source", frames)
        elif kind != "not":
            raise ValueError(f"{path}: unknown cue kind {kind!r}")
    return CueLexicon(forms, phrases, excluded)


@dataclass(frozen=True)
class SpeakerWords:
    """Word classes of :file:`speaker_words.tsv`, as sets of normalised keys."""

    classes: dict[str, frozenset[str]]

    def is_a(self, cls: str, key: str) -> bool:
        return key in self.classes.get(cls, _NO_WORDS)

    @cached_property
    def _titles(self) -> frozenset[str]:
        return _titles_of(self)

    @cached_property
    def title_openings(self) -> frozenset[str] | None:
        """The first three letters after ال (:func:`title_opening`) of every word
        :meth:`title_state` can know, or None when the titles are not all of the shape that
        makes this a safe test.

        Each reading of a key (the title itself, with ال added or dropped, with a possessive,
        the feminine or the dual ending) keeps the title's first letters after the article, as
        long as every title has three letters past ال and none begins with ال twice; a title
        read with ال twice (ال + الرئيس) opens with the title's own first letters, and a title
        of three letters may have its last one, ة, written ت (before a possessive).
        """
        titles = self._titles
        if any(len(_after_article(t)) < 3 or t.startswith("الال") for t in titles):
            return None
        return frozenset(
            {_after_article(t)[:3] for t in titles}
            | {t[:3] for t in titles}
            | {(_after_article(t)[:-1] + "ت")[:3] for t in titles}
        )

    @cached_property
    def _title_table(self) -> dict[str, str]:
        """Every key that is a title by one of these readings, with its state; the first
        reading that knows a key decides it.

        A title's readings are bounded edits of it (ال added or dropped, a possessive or the
        dual ending), so they are listed from the titles here, once. The feminine reading is
        not listed: :meth:`title_state` tries it on a key this table does not hold.
        """
        titles = self._titles
        table: dict[str, str] = {}
        # The title as listed.
        for title in titles:
            table[title] = "definite" if title[:2] == "ال" else "indefinite"
        # Titles are listed in one form; the other follows by the article: جنرال / الجنرال.
        # A word the article only marks for its role (article_role) is no title without it.
        roles = self.classes.get("article_role", _NO_WORDS)
        for title in titles:
            table.setdefault("ال" + title, "definite")
        for title in titles:
            if title[:2] == "ال" and title[2:] not in roles:
                table.setdefault(title[2:], "indefinite")
        # A possessive pronoun makes a title definite; ة turns into ت before it:
        # محامية + ها -> محاميتها. The title keeps three letters or more.
        with_t = [title[:-1] + "ت" for title in titles if title[-1:] == "ه"]
        for base in (*titles, *with_t):
            if len(base) > 2:
                for suffix in _POSSESSIVE_SUFFIXES:
                    table.setdefault(base + suffix, "definite")
        # The dual subject: "الأمينان العامان" — two holders of one post (ة turns into ت:
        # الوزيرتان). Not ـين, which is also the plural and, after a verb, its object
        # ("أبلغت اللاعبين"). The article, not the ending, says whether a genitive follows.
        for base in (*titles, *(title[2:] for title in titles if title[:2] == "ال"), *with_t):
            key = base + "ان"
            if len(_after_article(key)) > 4:
                table.setdefault(key, "definite" if key[:2] == "ال" else "indefinite")
        return table

    def title_state(self, key: str) -> str | None:
        """'indefinite' for a bare title noun (رئيس: a genitive follows), 'definite' for one
        with ال or a possessive pronoun (الرئيس، محاميتها، نظيره), None for other words.

        The readings of :attr:`_title_table`, or else the feminine of a listed title
        (مبعوثة، وكيلة، المبعوثة: ة is ه once normalised), read as the key less its ه; each key
        asked passes the opening test first (:attr:`title_openings`).
        """
        openings = self.title_openings
        table = self._title_table
        while True:
            # title_opening(key), written out.
            if openings is not None and (key[2:5] if key[:2] == "ال" else key[:3]) not in openings:
                return None
            state = table.get(key)
            # The feminine reading comes after the possessive one, which نظيره (his
            # counterpart) needs; no key the dual reading knows ends in ه.
            if state is not None or key[-1:] != "ه" or len(key) <= 3:
                return state
            key = key[:-1]


def title_opening(key: str) -> str:
    """The letters of ``key`` that :attr:`SpeakerWords.title_openings` holds for every word
    with a title state: the first three after the article."""
    return key[2:5] if key.startswith("ال") else key[:3]


def _after_article(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


def _titles_of(words: SpeakerWords) -> frozenset[str]:
    return words.classes.get("title", frozenset()) | words.classes.get("media", frozenset())


@lru_cache(maxsize=4)
def load_speaker_words(path: Path = SPEAKER_WORDS_FILE) -> SpeakerWords:
    grouped: dict[str, set[str]] = {}
    for cls, word in _rows(path):
        grouped.setdefault(cls, set()).add(normalize(word))
    return SpeakerWords({cls: frozenset(words) for cls, words in grouped.items()})


def _rows(path: Path) -> list[list[str]]:
    """Data rows of a TSV file: comments, blank lines and the header left out."""
    rows = []
    header_seen = False
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        rows.append([cell.strip() for cell in cells])
    return rows


def known_words(lexicon: CueLexicon, words: SpeakerWords) -> frozenset[str]:
    """Every word the quote rules look up: cue forms, speaker words, function words.

    A word in this set is not read as و/ف + another word (:func:`view.strip_conjunction`), and
    no word in it is taken for the verb after a fronted subject.
    """
    known = set(lexicon.forms)
    for members in words.classes.values():
        known.update(members)
    known.update(CLAUSE_BREAKS, COMPLEMENTIZERS, RELAY_WORDS, CLAUSE_OPENERS, QUANTIFIERS)
    return frozenset(known)
