"""The quote stage as a package: the lexicon it is given is the one every rule reads, and its
modules import each other without cycles or private names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from qawl.document import Document, Quote
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.lexicon import CUES_FILE, CueLexicon, load_cues

PACKAGE = Path(__file__).resolve().parent.parent / "qawl" / "extractors" / "quotes"
PREFIX = "qawl.extractors.quotes."

# A verb no Arabic text uses, inflected by rule like any sound verb (زغرب، يزغرب، مزغربا).
MADE_UP_VERB = "verb\tزغرب\tsound\tزغرب\tزغرب\tيزغرب\tمزغربا\tthat,colon,quote"


def lexicon_from(tmp_path: Path, add: str | None = None, drop_lemma: str | None = None) -> CueLexicon:
    """The bundled cue lexicon with one row added or one verb's row left out."""
    lines = CUES_FILE.read_text(encoding="utf-8").splitlines()
    if drop_lemma is not None:
        kept = [line for line in lines if not line.startswith(f"verb\t{drop_lemma}\t")]
        assert len(kept) == len(lines) - 1, drop_lemma
        lines = kept
    if add is not None:
        lines.append(add)
    path = tmp_path / "cues.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_cues(path)


def quotes_with(attributor: QuoteAttributor, text: str) -> list[Quote]:
    doc = Document(id="t", text=text)
    attributor.process([doc])
    return doc.quotes


def test_a_cue_added_to_the_given_lexicon_finds_its_quotes(tmp_path: Path) -> None:
    text = "وزغرب الوزير أحمد سالم أن الحكومة ستخفض الضرائب."
    assert quotes_with(QuoteAttributor(), text) == []
    (quote,) = quotes_with(QuoteAttributor(lexicon=lexicon_from(tmp_path, add=MADE_UP_VERB)), text)
    assert (quote.cue.text, quote.content.text, quote.speaker_name) == (
        "وزغرب",
        "الحكومة ستخفض الضرائب",
        "أحمد سالم",
    )


def test_the_given_lexicon_decides_the_number_of_a_carried_cue(tmp_path: Path) -> None:
    # The plural participle's number comes from the lexicon's inflection: "مزغربين" (plural)
    # never continues one person, while "مزغربا" (singular) continues the minister.
    attributor = QuoteAttributor(lexicon=lexicon_from(tmp_path, add=MADE_UP_VERB))
    first = "وقال الوزير أحمد سالم إن الحكومة ستخفض الضرائب، "
    singular = quotes_with(attributor, first + "مزغربا أن الأسعار ستنخفض.")
    plural = quotes_with(attributor, first + "مزغربين أن الأسعار ستنخفض.")
    assert [(q.content.text, q.speaker_name, q.attribution) for q in singular] == [
        ("الحكومة ستخفض الضرائب", "أحمد سالم", "explicit"),
        ("الأسعار ستنخفض", "أحمد سالم", "carried"),
    ]
    assert [(q.content.text, q.speaker_name, q.attribution) for q in plural] == [
        ("الحكومة ستخفض الضرائب", "أحمد سالم", "explicit"),
        ("الأسعار ستنخفض", None, "none"),
    ]


def test_a_cue_missing_from_the_given_lexicon_reports_nothing(tmp_path: Path) -> None:
    text = "وأكد الوزير أحمد سالم أن الحكومة ستخفض الضرائب. وقال إن الأسعار ستنخفض."
    found = quotes_with(QuoteAttributor(), text)
    assert [q.cue.text for q in found] == ["وأكد", "وقال"]
    without = quotes_with(QuoteAttributor(lexicon=lexicon_from(tmp_path, drop_lemma="أكد")), text)
    assert [q.cue.text for q in without] == ["وقال"]


# ---------------------------------------------------------------------- layout


def package_imports() -> dict[str, list[ast.ImportFrom]]:
    """Module name -> its ``from qawl.extractors.quotes.X import …`` statements."""
    found: dict[str, list[ast.ImportFrom]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found[path.stem] = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PREFIX)
        ]
    return found


def test_the_package_has_its_modules() -> None:
    expected = {
        "__init__", "abbreviations", "antecedents", "asked", "attribution", "attributor", "came_in_it",
        "claims", "clauses",
        "complements", "content", "coordinated", "counted", "cues", "described_objects",
        "frames", "fronted_plural", "governed_nouns", "grammar", "history", "issuers", "joined_subjects",
        "lexicon", "marks",
        "modal_that",
        "name_ends", "names",
        "nesting", "noun_patterns", "objects", "pairs", "person_plurals", "phrase", "postposed", "predicates",
        "pretexts",
        "quantities",
        "quoted_terms",
        "readings", "resolve", "segments", "sources", "speakers", "stance_objects", "statements", "stops",
        "subjects",
        "thus_said", "titles", "triggers", "view", "voices", "words", "written_on",
    }  # fmt: skip
    assert set(package_imports()) == expected
    assert not list(PACKAGE.parent.glob("quote_*.py")), "the old flat modules are gone"


def test_package_imports_have_no_cycle() -> None:
    graph = {
        name: {node.module.removeprefix(PREFIX) for node in nodes if node.module}
        for name, nodes in package_imports().items()
    }
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in path:
            pytest.fail("import cycle: " + " -> ".join((*path, name)))
        if name in done:
            return
        for target in sorted(graph.get(name, ())):
            visit(target, (*path, name))
        done.add(name)

    for name in graph:
        visit(name, ())
    assert graph["words"] == set() and graph["marks"] == set()


def test_no_private_name_is_imported_across_modules() -> None:
    private = [
        f"{name}: {alias.name} from {node.module}"
        for name, nodes in package_imports().items()
        for node in nodes
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []


@pytest.mark.parametrize("loader", ["load_cues", "load_speaker_words", "known_words"])
def test_the_default_lexicon_is_loaded_in_one_place(loader: str) -> None:
    # Rules read the lexicon from the view; only the attributor picks the default.
    users = sorted(
        name
        for name, nodes in package_imports().items()
        for node in nodes
        if any(alias.name == loader for alias in node.names)
    )
    assert users == ["attributor"]


def test_every_module_says_its_job() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert docstring and len(docstring.split()) >= 12, path.name
