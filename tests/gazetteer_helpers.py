"""What the gazetteer-stage tests share: run the stage on a text whose person names are given as
NER would give them."""

from __future__ import annotations

from qawl.document import Document, Mention
from qawl.extractors.gazetteer import GazetteerLinker


def linked(linker: GazetteerLinker, text: str, *names: str) -> list[tuple[str, str | None, str | None]]:
    """(text, KB id, entity) of each mention after the stage ran, with each of ``names`` tagged
    PER by NER at each place it occurs (longer names first; a shorter one inside is not tagged)."""
    mentions: list[Mention] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(m.start < end and start < m.end for m in mentions):
                mentions.append(Mention(start, end, name, "PER"))
            start = text.find(name, end)
    doc = Document("d", text, mentions=sorted(mentions, key=lambda m: m.start))
    linker.process([doc])
    return [(m.text, doc.entity_by_id(m.entity).kb_id if m.entity else None, m.entity) for m in doc.mentions]
