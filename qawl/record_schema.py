"""JSON Schema of the record ``qawl extract`` writes (``qawl schema`` prints it)."""

from __future__ import annotations

from typing import Any

from qawl.document import ATTRIBUTIONS, LABELS, QUOTE_KINDS

_SPAN = {
    "type": "object",
    "required": ["start", "end", "text"],
    "additionalProperties": False,
    "properties": {
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string"},
    },
}
_NULLABLE_SPAN = {"oneOf": [{"type": "null"}, _SPAN]}
_NULLABLE_STRING = {"type": ["string", "null"]}

RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "qawl document record",
    "description": "One line of `qawl extract` output. Offsets are Python string indices into the "
    "document text, end exclusive.",
    "type": "object",
    "required": ["id", "meta", "entities", "mentions", "quotes", "error"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string"},
        "meta": {"type": "object", "description": "Fields of the input line other than text and id."},
        "entities": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "label", "name", "kb_id", "mentions"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": "^e[0-9]+$"},
                    "label": {"enum": list(LABELS)},
                    "name": {"type": "string"},
                    "kb_id": _NULLABLE_STRING,
                    "mentions": {"type": "array", "items": {"type": "integer", "minimum": 0}},
                },
            },
        },
        "mentions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start", "end", "text", "label", "entity", "source", "score"],
                "additionalProperties": False,
                "properties": {
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 0},
                    "text": {"type": "string"},
                    "label": {"enum": list(LABELS)},
                    "entity": _NULLABLE_STRING,
                    "source": {"enum": ["ner", "gazetteer", "ner+gazetteer"]},
                    "score": {"type": ["number", "null"]},
                    "candidates": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "kind",
                    "content",
                    "cue",
                    "speaker",
                    "speaker_entity",
                    "speaker_name",
                    "speaker_kb_id",
                    "attribution",
                    "confidence",
                ],
                "additionalProperties": False,
                "properties": {
                    "kind": {"enum": list(QUOTE_KINDS)},
                    "content": _SPAN,
                    "cue": _NULLABLE_SPAN,
                    "speaker": _NULLABLE_SPAN,
                    "speaker_entity": _NULLABLE_STRING,
                    "speaker_name": _NULLABLE_STRING,
                    "speaker_kb_id": _NULLABLE_STRING,
                    "attribution": {"enum": list(ATTRIBUTIONS)},
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
        },
        "error": {
            "oneOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "required": ["code", "message"],
                    "additionalProperties": False,
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
                },
            ]
        },
    },
}
