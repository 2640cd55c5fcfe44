"""Speed round s10/sp11: NameIndex.fullest ranks candidates lazily (NameIndex._outranks).

The rank is ``_fullness``: (length, times written in a row, a person entity's ending written by
the document, the words' counts), compared lexicographically, the first best kept on a tie.
The lazy comparison asks the times written only of names as long as the best so far; these
tests pin the ranking it must keep, on sentences of our own.
"""

from __future__ import annotations

from collections import Counter
from itertools import product

from qawl.extractors.quotes.names import NameIndex, name_words


def _index(text: str, *people: str) -> NameIndex:
    index = NameIndex()
    for name in people:
        index.add(name, person=True)
    index._text = text
    index.word_counts = Counter(name_words(text))
    return index


def test_equal_length_names_are_ranked_by_times_written() -> None:
    text = (
        "قال رياض المنصوري إن المفاوضات مستمرة. وأكد رياض المنصوري أن الوفد وصل. "
        "وكان رياض الهاشمي قد تحدث أمس."
    )
    index = _index(text, "رياض المنصوري", "رياض الهاشمي")
    assert index.fullest("رياض") == "رياض المنصوري"
    # The other order of writing: the name written twice wins again, whichever sorts first.
    text = (
        "قال رياض الهاشمي إن المفاوضات مستمرة. وأكد رياض الهاشمي أن الوفد وصل. "
        "وكان رياض المنصوري قد تحدث أمس."
    )
    index = _index(text, "رياض المنصوري", "رياض الهاشمي")
    assert index.fullest("رياض") == "رياض الهاشمي"


def test_shorter_name_never_wins_over_a_longer_one() -> None:
    # "نبيل عمار" is written three times, "سامي نبيل عمار" once: the longer name still wins.
    text = (
        "وقال نبيل عمار إن الاتفاق قريب. وأضاف نبيل عمار أن الحوار جاد. "
        "وذكر نبيل عمار أن الوفد عاد. وكان سامي نبيل عمار قد زار المدينة."
    )
    index = _index(text, "نبيل عمار", "سامي نبيل عمار")
    assert index.fullest("عمار") == "سامي نبيل عمار"
    assert index.fullest("نبيل عمار") == "سامي نبيل عمار"


def test_times_written_tie_is_decided_by_word_counts() -> None:
    # Each two-word name is written once in a row; "الهاشمي" recurs alone, so its name's words
    # count more.
    text = "قال رياض المنصوري إن الوفد وصل. وأكد رياض الهاشمي ذلك. وختم الهاشمي حديثه."
    index = _index(text, "رياض المنصوري", "رياض الهاشمي")
    assert index.fullest("رياض") == "رياض الهاشمي"


def test_full_tie_keeps_the_first_candidate_in_sorted_order() -> None:
    text = "قال رياض المنصوري إن الوفد وصل. وأكد رياض الهاشمي ذلك."
    index = _index(text, "رياض المنصوري", "رياض الهاشمي")
    first = min(name_words("رياض المنصوري"), name_words("رياض الهاشمي"))
    assert index.fullest("رياض") == " ".join(first)


def test_lazy_comparison_is_the_rank_compared_whole() -> None:
    text = (
        "قال رياض المنصوري إن الوفد وصل. وأكد رياض الهاشمي ذلك. وختم الهاشمي حديثه. "
        "وقال سامي نبيل عمار إن نبيل عمار سافر. وأضاف نبيل عمار أن رياض المنصوري عاد."
    )
    people = ("رياض المنصوري", "رياض الهاشمي", "الهاشمي", "نبيل عمار", "سامي نبيل عمار", "رياض")
    index = _index(text, *people)
    names = [name_words(name) for name in people]
    for (a, b), usage in product(product(names, names), (True, False)):
        assert index._outranks(a, b, usage) == (index._fullness(a, usage) > index._fullness(b, usage))
