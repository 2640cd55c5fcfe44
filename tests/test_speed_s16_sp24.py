"""Speed round sp24 (issue 18): name_ends.name_before_object asks accusative_participle only of a
word that ends in ا, the participle's own last test (its pattern ends in ا, and the و/ف it may
strip first leaves the word's end as it was). The guard is a necessary condition, so the calls it
skips are exactly those that answered False. These tests pin that at every token of sentences of
my own, and that a participle after a name still ends the name through name_before_object."""

from __future__ import annotations

import pytest
from quote_helpers import view_of

from qawl.extractors.quotes import name_ends
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.stops import accusative_participle
from qawl.extractors.quotes.view import DocView

# Sentences of my own: participles of circumstance after a name (متحدثا، معتبرا، مشيرا، مضيفة
# in its feminine ة form is no ا-word), with و/ف before them, nouns with a possessive in -نا/-ها,
# and plain reports.
TEXTS = [
    "وأضاف كارلسون متحدثا في مؤتمر صحفي أن المحادثات ستستأنف قريبا.",
    "وقال بيترسن معتبرا أن القرار جاء متأخرا، ومستدركا أن الباب ما زال مفتوحا.",
    "وأوضحت سيمونا مضيفة أن الفريق مستعد، فمحدثنا يرى أن مسؤوليها مقتنعون.",
    "وتابع هاريسون مشيرا إلى أن الأسعار ارتفعت، فمعلنا أن الحكومة ستتدخل.",
    "وأكد ماركوس مستنكرا الهجوم أن المنطقة آمنة وأن مستشفياتنا تعمل بكامل طاقتها.",
]


@pytest.fixture(scope="module")
def views(attributor: QuoteAttributor) -> list[DocView]:
    return [view_of(attributor, text) for text in TEXTS]


def test_participle_needs_final_alif_at_every_token(views: list[DocView]) -> None:
    """Wherever accusative_participle answers True, the guard (a final ا) holds."""
    true_count = 0
    for view in views:
        for token in view.tokens:
            if accusative_participle(token.text):
                true_count += 1
                assert token.text.endswith("ا"), token.text
    assert true_count >= 6  # the sentences hold participles, with و/ف before some


@pytest.mark.parametrize(
    "word",
    ["متحدثا", "ومتحدثا", "فمعلنا", "مستنكرا", "متحدثة", "محدثنا", "مسؤوليها", "متحدث", "مستشار", "ما", "ا"],
)
def test_guard_agrees_with_participle_on_words(word: str) -> None:
    """The guarded test gives what the unguarded one gives, participle or not."""
    assert (word.endswith("ا") and accusative_participle(word)) == accusative_participle(word)


def test_name_ends_before_participle(attributor: QuoteAttributor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through name_before_object the participle after a name is still asked and still ends the
    name: "وأضاف كارلسون متحدثا" keeps كارلسون alone."""
    asked: list[str] = []

    def spy(surface: str) -> bool:
        asked.append(surface)
        return accusative_participle(surface)

    monkeypatch.setattr(name_ends, "accusative_participle", spy)
    view = view_of(attributor, TEXTS[0])
    texts = [token.text for token in view.tokens]
    start = texts.index("كارلسون")
    name = [start, start + 1, start + 2]
    assert name_ends.name_before_object(view, name) == [start]
    assert "متحدثا" in asked
    assert all(surface.endswith("ا") for surface in asked)
