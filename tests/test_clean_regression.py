"""Every case in tests/regression/clean: metadata, surviving paragraphs, removed lines and their rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.clean import clean_text

CASES = sorted((Path(__file__).parent / "regression" / "clean").glob("*.txt"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_regression_case(case: Path):
    expected = json.loads(case.with_suffix(".expected.json").read_text(encoding="utf-8"))
    cleaned, removed, meta = clean_text(case.read_text(encoding="utf-8"))
    for field in ("title", "kicker", "outlet", "published", "author"):
        assert meta.get(field) == expected[field], field
    assert cleaned.split("\n\n") == expected["paragraphs"]
    rules = {r.text: r.rule for r in removed}
    for line, rule in expected["removed"].items():
        assert rules.get(line) == rule, line
    kept_or_removed = set(cleaned.split("\n\n")) | {r.text for r in removed}
    for line in case.read_text(encoding="utf-8").split("\n"):
        assert not line.strip() or line.strip() in kept_or_removed or line.strip().lstrip("•").strip() in cleaned
