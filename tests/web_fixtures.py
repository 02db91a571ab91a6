"""A database filled through the real pipeline, for the API, report and browser tests."""

from __future__ import annotations

from pathlib import Path

from lagebild.pipeline import run
from lagebild.store import Store


def filled_db(folder: Path, inputs: list[str]) -> Path:
    db = folder / "web.duckdb"
    with Store.open(db) as store:
        report = run(store, inputs)
        assert not report.errors, report.errors
    return db
