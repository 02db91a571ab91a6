"""Checks every export must pass: the JSON schema, and spans that hold exactly."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "shared" / "contract" / "export.schema.json"


def iter_spans(node):
    if isinstance(node, dict):
        if {"article", "start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from iter_spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_spans(value)


def assert_valid_export(document: dict) -> int:
    """Validate against the contract; returns the number of spans checked."""
    if SCHEMA_PATH.exists():
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=str)
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    texts = {a["id"]: a["text"] for a in document["articles"]}
    count = 0
    for span in iter_spans(document["stories"]):
        assert span["article"] in texts, span
        assert texts[span["article"]][span["start"]:span["end"]] == span["text"], span
        count += 1
    for story in document["stories"]:
        names = {e["name"] for e in story["entities"]}
        for quote in story["quotes"]:
            assert texts[quote["article"]][quote["start"]:quote["end"]] == quote["text"], quote
            assert quote["speaker"] is None or quote["speaker"] in names or not names, quote
    return count
