"""The ``lagebild.export/1`` JSON document (see ``shared/contract/export.schema.json``)."""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.store import Store

SCHEMA_ID = "lagebild.export/1"


def build_export(store: Store) -> dict:
    """Everything in the database as one export document."""
    articles = [article.to_dict() for article in store.articles()]
    return {"schema": SCHEMA_ID, "articles": articles, "stories": store.stories_data()}


def write_export(document: dict, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)  # never leave a half-written export behind
    return path
