"""Quote round s25/a147: speaker names after a nisba, a post on a proper noun, a naming verb.

- A country's nisba with the article before one name word that closes the phrase (a comma, a
  colon, the complementizer) is the person that word names: "قال الإيطالي بوفون: …"
  (segments._one_name_after_country_nisba).
- A post in construct with a body's or country's own name right after a name ("قال X Y مدرب
  ارسنال إن") is that name's post, set off as by a comma; the same post later is the person
  (names._proper_genitive, _definite_construct_after).
- A naming verb before a name in quote marks ("امرأة تدعى "أم خالد"") names the described
  source by the marked name (resolve._name_in_marks_after).
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention


def _with_gazetteer_mentions(text: str, linked: list[tuple[str, str]]) -> Document:
    """The text with each (surface, label) marked wherever it is written, as the gazetteer
    would mark a team's or a country's name; one entity per surface."""
    found: list[tuple[int, int, str, str]] = []
    for surface, label in linked:
        at = text.find(surface)
        while at >= 0:
            found.append((at, at + len(surface), surface, label))
            at = text.find(surface, at + 1)
    found.sort()
    entities: dict[str, Entity] = {}
    mentions = []
    for n, (start, end, surface, label) in enumerate(found):
        entity = entities.setdefault(surface, Entity(f"e{len(entities) + 1}", label, surface, None, []))
        entity.mentions.append(n)
        mentions.append(Mention(start, end, surface, label, source="gazetteer", entity=entity.id))
    return Document(id="t", text=text, mentions=mentions, entities=list(entities.values()))


def test_one_name_word_after_a_country_nisba_before_a_colon_is_the_speaker() -> None:
    text = 'وبعد المباراة قال الإيطالي بوفون: "لعبنا بشكل جيد وسنعود أقوى".'
    assert quote_with(quotes_of(text), "لعبنا بشكل جيد").speaker_name == "بوفون"


def test_one_name_word_after_a_country_nisba_set_off_by_a_comma_is_the_speaker() -> None:
    text = "كشف الأرجنتيني ميسي، قائد المنتخب، أنه سيشارك في البطولة المقبلة."
    assert quote_with(quotes_of(text), "سيشارك في البطولة").speaker_name == "ميسي"


def test_a_post_on_a_teams_name_after_the_name_stands_for_him_later() -> None:
    text = (
        "قال جوزيه مورينيو مدرب تشيلسي إن فريقه سيقاتل حتى النهاية. "
        "وأضاف مدرب تشيلسي أن الإصابات أثرت على الفريق."
    )
    doc = _with_gazetteer_mentions(text, [("جوزيه مورينيو", "PER"), ("تشيلسي", "ORG")])
    assert quote_with(quotes_of(doc), "الإصابات أثرت").speaker_name == "جوزيه مورينيو"


def test_a_name_in_marks_after_a_naming_verb_names_the_source() -> None:
    text = 'وقالت امرأة تدعى "أم خالد" إن المياه انقطعت عن الحي منذ أيام.'
    assert quote_with(quotes_of(text), "المياه انقطعت").speaker_name == "أم خالد"
