"""The speaker phrase: the token ranges of a source, its title and its name, as the readers return them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """Token ranges of a source: the phrase reported, and its name part when it has one."""

    first: int
    last: int  # exclusive
    kind: str  # name | title | anonymous | description
    title: tuple[int, int] | None = None
    name: tuple[int, int] | None = None
    # "كل من X و Y": the two sources of one report, each a phrase of its own.
    pair: tuple[SpeakerPhrase, SpeakerPhrase] | None = None

    @property
    def start(self) -> int:
        """The first token of the whole phrase, title included ("المتحدث …، ماريا زاخاروفا")."""
        return self.title[0] if self.title is not None else self.first
