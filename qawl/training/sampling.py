"""Drawing sentences from news articles by a fixed rule, for sets that people annotate by hand."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from qawl.arabic import split_sentences, tokenize


def draw_sentences(
    docs: Iterable[dict], count: int, per_article: int = 2, min_words: int = 8, max_words: int = 60
) -> Iterator[tuple[str, int, list[str]]]:
    """From each article in turn, its first ``per_article`` sentences (qawl's splitter) of
    ``min_words``–``max_words`` tokens that are not its title, until ``count`` are drawn: yields
    (article id, sentence number, tokens). The order of ``docs`` is the draw's order."""
    drawn = 0
    for doc in docs:
        text = doc["text"]
        tokens = tokenize(text)
        taken = 0
        for number, sentence in enumerate(split_sentences(text, tokens)):
            words = [token.text for token in tokens[sentence.first_token : sentence.last_token]]
            is_title = text[sentence.start : sentence.end].strip() == doc.get("title")
            if is_title or not min_words <= len(words) <= max_words:
                continue
            yield doc["id"], number, words
            drawn += 1
            taken += 1
            if drawn == count:
                return
            if taken == per_article:
                break


def write_drawn(drawn: Iterable[tuple[str, int, list[str]]]) -> None:
    """Print drawn sentences for an annotator: a ``# <id> sentence <n>`` line, ``token<TAB>O`` lines,
    a blank line."""
    for doc_id, number, words in drawn:
        print(f"# {doc_id} sentence {number}")
        print("\n".join(f"{word}\tO" for word in words))
        print()
