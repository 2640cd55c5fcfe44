"""Speed round sp27 (issue 18): the gazetteer stage and the tokenizer do the same work in fewer
instructions. Each fast form must give exactly what the form it replaced gave; the replaced forms
are written out here as references, and compared on texts of my own (marks, tatweel, invisible
controls, characters only NFKC changes), on the fixture articles, and exhaustively over code
points where a character class changed.

- ``normalize_with_offsets`` finds the deleted and the NFKC-only characters in one pass;
- the gazetteer view's non-word class names the Arabic letters by range first;
- the variant finders' classes take in the letters normalisation unifies (as ranges);
- the tokenizer looks for invisible controls one character at a time, and makes its tokens
  through starmap;
- the scan reads the view's text split at spaces once (``NormalizedText.pieces``);
- the linker keeps each entry's name words.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_helpers import fixture_texts

from qawl import arabic
from qawl.arabic import Token, normalize_with_offsets, tokenize_columns, unify_letters
from qawl.document import Document
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers import load_index
from qawl.gazetteers import variant_words as vw
from qawl.gazetteers.text import name_key
from qawl.gazetteers.view import NormalizedText

ROOT = Path(__file__).resolve().parent.parent

# Texts of my own: marks on letters, tatweel, a zero-width joiner and bidi controls, a
# presentation form (ﻻ), a maddah above (U+0653) that NFKC composes, high hamza letters (U+0675),
# the ellipsis and no-break space (which the fast path keeps as written), Latin, digits, hashtags.
TEXTS = [
    "وقالَ الرئيسُ إنّ المفاوضاتِ ستُستأنف غداً، وأضاف أن «الوفد» وصل…",
    "أكدت الوزيرة ﻻ تراجع عن القرار؛ فيما قال مسؤول\u00a0لـCNN إن 3.5 مليون شخص تضرروا.",
    "قـــال\u200d المتحدث\u200f: \u202bسنفوز\u202c! و\ufeffالجلسة\u200bمؤجلة؟ نعم",
    "الا\u0653ن ٵعلن #كوريا_الجنوبية (سيول) عن خطة - ١٢٣ مليون دولار",
    "",
    "   ",
    "\u0640\u064b",
    "no Arabic here, just text\nand a line",
]


ALL_TEXTS = TEXTS + fixture_texts()

# Pieces hypothesis builds texts from: letters unified or not, marks, tatweel, invisible
# controls, NFKC-only characters, punctuation, blanks.
_PIECES = st.sampled_from(
    [
        *"قالرئيسةأإآٱىیکوفبلءئؤ",
        "\u064e",
        "\u0651",
        "\u0653",
        "\u0670",
        "\u0640",
        "\u200c",
        "\u200f",
        "\ufeff",
        "\ufefb",
        "\u0675",
        "…",
        "\u00a0",
        "a",
        "1",
        " ",
        "\n",
        "،",
        ".",
    ]
)


# --------------------------------------------------------------------------- normalisation

_OLD_DELETED_RE = re.compile(f"[{arabic._DIACRITICS}{arabic._TATWEEL}{arabic._INVISIBLE}]")


def _old_normalize_with_offsets(text: str) -> tuple[str, arabic.OffsetMap]:
    """normalize_with_offsets as it was: an NFKC search, then the deletions found and removed."""
    if arabic._NEEDS_NFKC_RE.search(text):
        return arabic._normalize_clusters(text)
    deleted_at = [found.start() for found in _OLD_DELETED_RE.finditer(text)]
    if not deleted_at:
        return unify_letters(text), arabic._EXACT
    return unify_letters(_OLD_DELETED_RE.sub("", text)), arabic._Deletions(text, deleted_at)


def _same_normalisation(text: str) -> None:
    new_normal, new_map = normalize_with_offsets(text)
    old_normal, old_map = _old_normalize_with_offsets(text)
    assert new_normal == old_normal
    assert type(new_map) is type(old_map) and new_map.exact == old_map.exact
    # Every non-empty span of the normal text maps back to the same original span.
    n = len(new_normal)
    for start in range(n):
        for end in range(start + 1, min(n, start + 12) + 1):
            assert new_map.original_span(start, end) == old_map.original_span(start, end)


@pytest.mark.parametrize("text", ALL_TEXTS[:8])
def test_normalize_with_offsets_as_before_on_my_texts(text: str) -> None:
    _same_normalisation(text)


def test_normalize_with_offsets_as_before_on_the_fixture_articles() -> None:
    for text in ALL_TEXTS:
        new_normal, new_map = normalize_with_offsets(text)
        old_normal, old_map = _old_normalize_with_offsets(text)
        assert new_normal == old_normal
        if isinstance(old_map, arabic._Deletions):
            assert isinstance(new_map, arabic._Deletions) and new_map._shift == old_map._shift


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_normalize_with_offsets_as_before(text: str) -> None:
    _same_normalisation(text)


def test_one_pass_class_is_both_classes() -> None:
    """The one class finds exactly the characters either pass found, over every code point."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    either = {m.start() for m in _OLD_DELETED_RE.finditer(everything)}
    either |= {m.start() for m in arabic._NEEDS_NFKC_RE.finditer(everything)}
    assert {m.start() for m in arabic._DELETED_OR_NFKC_RE.finditer(everything)} == either


# --------------------------------------------------------------------------- the gazetteer's view

_OLD_NON_WORD_RE = re.compile(r"[^\w ]")


def test_non_word_class_unchanged_over_every_code_point() -> None:
    from qawl.gazetteers import view as view_module

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    old = [m.start() for m in _OLD_NON_WORD_RE.finditer(everything)]
    assert [m.start() for m in view_module._NON_WORD_RE.finditer(everything)] == old


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_pieces_are_the_spaced_text_split_at_spaces(text: str) -> None:
    view = NormalizedText(text)
    assert view.pieces == view.spaced.split(" ")
    assert [piece for piece in view.pieces if piece] == view.words
    assert view.pieces is view.pieces  # read once


def test_scan_set_of_words_is_the_same_from_pieces() -> None:
    index = load_index()
    sets = index._scan_sets
    assert "" not in sets.words  # so the empty pieces between two spaces change nothing
    for text in ALL_TEXTS:
        view = NormalizedText(text)
        assert sets.words.intersection(view.pieces) == sets.words.intersection(view.words)


def test_occurrences_with_many_forms_read_the_pieces() -> None:
    # Two spaces, a comma and a line break: offsets must still be those of the spaced text.
    view = NormalizedText("قال  الوزير، إن\nالوزير قال " * 3)
    forms = ["قال", "الوزير", "ان"] + [f"كلمة{i}" for i in range(40)]  # many forms: the one-pass way
    found = view.occurrences(forms)
    assert found == sorted(found)
    for offset, form in found:
        assert view.spaced[offset : offset + len(form)] == form
        assert view.word_ends_at(offset + len(form)) and (offset == 0 or view.spaced[offset - 1] == " ")
    assert len(found) == 3 * 5
    assert found == view.occurrences(forms[:3])  # the search-per-form way


# --------------------------------------------------------------------------- variant finders


def _old_class(letters: str) -> str:
    return "[" + re.escape(letters) + "]" if letters else "(?!)"


def _old_finder(key: str) -> re.Pattern:
    silent = _old_class(vw._SILENT) + "*"
    parts = [silent]
    for position, letter in enumerate(key):
        optional = "?" if position == 0 and letter == "ا" else ""
        parts.append(_old_class(vw._letters(letter)) + optional + silent)
    return re.compile(f" {vw._PREFIX}{''.join(parts)}(?= )")


def test_a_normalised_text_never_holds_a_unified_letter() -> None:
    assert {"أ", "إ", "آ", "ٱ", "ى", "ة", "ی", "ک"} == vw._UNIFIED
    # Both paths of normalize_with_offsets: every BMP character with a mark after it (the fast
    # path when no character needs NFKC), and with a presentation form added (cluster by cluster).
    bmp = "".join(chr(c) + "\u064e" for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    for text in (bmp, bmp + "\ufefb"):
        assert not vw._UNIFIED & set(normalize_with_offsets(text)[0])


def test_classes_gain_only_unified_letters() -> None:
    for letters in [vw._SILENT, *(vw._letters(key) for key in set(vw._AS_HEAD.values()) if key)]:
        old = {c for c in map(chr, range(0x600, 0x700)) if re.fullmatch(_old_class(letters), c)}
        new = {c for c in map(chr, range(0x600, 0x700)) if re.fullmatch(vw._class(letters), c)}
        assert old <= new and new - old <= vw._UNIFIED
    # The class every finder repeats is now two ranges (it was four runs, a bitmap to compile).
    assert vw._class(vw._SILENT) == "[ء-او-ي]"


def _keys_and_texts() -> tuple[list[str], list[str]]:
    index = load_index()
    # Every entry's target words (the finders only ever look for people's, but any key will do).
    people = list(index.entries.values())
    keys = sorted({key for entry in people for _, key in index._variant_targets(entry.id)})
    texts = [NormalizedText(text).padded for text in ALL_TEXTS]
    # Words of the names themselves, with proclitics, and spelled with the letters unified.
    words = [w for entry in people for name in entry.names for w in name_key(name)]
    texts.append(" " + " ".join(words + ["و" + w for w in words] + ["بال" + w for w in words]) + " ")
    return keys, texts


def test_variant_finders_find_the_same_words_in_a_view() -> None:
    keys, texts = _keys_and_texts()
    assert len(keys) > 1000
    found = 0
    for key in keys[::3]:  # a third of them: two compilations a key
        new, old = vw.variant_word_finder(key), _old_finder(key)
        for padded in texts:
            spans = [m.span() for m in old.finditer(padded)]
            assert [m.span() for m in new.finditer(padded)] == spans
            found += len(spans)
    assert found > 1000


def test_variant_words_unchanged_on_the_articles() -> None:
    keys, _ = _keys_and_texts()
    for text in ALL_TEXTS:
        view = NormalizedText(text)
        old: dict[str, list[int]] = {}
        for key in keys[::25]:
            for match in _old_finder(key).finditer(view.padded):
                old.setdefault(match.group()[1:], []).append(match.start())
        assert vw.variant_words(view, keys[::25]) == old


# --------------------------------------------------------------------------- tokens


def _old_tokenize_columns(text: str) -> tuple[list[Token], list[int], list[str]]:
    from itertools import accumulate, repeat
    from operator import sub

    matches = arabic._SPACED_TOKEN_RE.findall(text)
    if not matches:
        return [], [], []
    ends = list(accumulate(map(len, matches)))
    surfaces = list(map(str.lstrip, matches))
    starts = list(map(sub, ends, map(len, surfaces)))
    tokens = list(map(tuple.__new__, repeat(Token), zip(starts, ends, surfaces, strict=True)))
    if arabic._INVISIBLE_RE.search(text):
        tokens = [token for token in tokens if not arabic._INVISIBLE_RE.fullmatch(token.text)]
        starts = [token.start for token in tokens]
        surfaces = [token.text for token in tokens]
    return tokens, starts, surfaces


def test_invisible_characters_listed_one_by_one() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    listed = "".join(m.group() for m in arabic._INVISIBLE_RE.finditer(everything))
    assert "".join(arabic._INVISIBLE_CHARS) == listed


def _same_tokens(text: str) -> None:
    new = tokenize_columns(text)
    old = _old_tokenize_columns(text)
    assert new == old
    assert all(type(token) is Token for token in new[0])


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_tokens_as_before_on_my_texts(text: str) -> None:
    _same_tokens(text)


@settings(max_examples=300)
@given(
    st.lists(_PIECES | st.sampled_from(["\u202a", "\u2066", "\u200b", "3.5", "_"]), max_size=30).map("".join)
)
def test_tokens_as_before(text: str) -> None:
    _same_tokens(text)


def test_a_lone_invisible_control_is_no_token() -> None:
    # Found by the character searches (the regex pass is gone): "\u200b" alone between words.
    tokens = tokenize_columns("قال \u200b الوزير")[0]
    assert [token.text for token in tokens] == ["قال", "الوزير"]
    assert tokens[1] == Token(6, 12, "الوزير")


# --------------------------------------------------------------------------- the linker


def test_entry_words_kept_per_entry() -> None:
    linker = GazetteerLinker(load_index())
    entry = next(e for e in linker.index.entries.values() if len(e.names) > 1)
    words = linker._entry_words(entry)
    assert words == frozenset(w for name in entry.names for w in name_key(name))
    assert linker._entry_words(entry) is words


def test_linking_twice_gives_the_same_entities() -> None:
    linker = GazetteerLinker(load_index())
    for text in ALL_TEXTS:
        first, second = Document(id="a", text=text), Document(id="b", text=text)
        linker.link(first)
        linker.link(second)  # entry words now from the linker's table
        assert first.to_record()["entities"] == second.to_record()["entities"]


# --------------------------------------------------------------------------- the harness


def test_doc_instructions_report() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import doc_instructions
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    counts = {"base": 1000, "gazetteer": 1300, "pipeline": 2000, "records": 2100}
    lines = "\n".join(doc_instructions.report(counts, 10))
    assert "gazetteer stage" in lines and "300" in lines.split("gazetteer stage")[1].split("\n")[0]
    per_document = next(line for line in lines.split("\n") if line.startswith("per-document"))
    assert per_document.split()[-2:] == ["1,100", "110"]
