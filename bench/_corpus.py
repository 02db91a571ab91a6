"""Readers for the shared benchmark corpora (read-only, never copied into the project)."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def gnad_records(shift_days: int = 0) -> list[dict]:
    """The 1,028 DER STANDARD articles of 10kGNAD's test split, with dates spread over 2015–2016."""
    path = CORPUS / "10kgnad" / "test.csv"
    records = []
    with path.open(encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if len(row) < 2:
                continue
            day = date(2015, 1, 1) + timedelta(days=(index * 7) % 730 + shift_days)
            records.append({"id": f"gnad-{index}", "text": row[1], "published": day.isoformat(), "outlet": "DER STANDARD", "topic": row[0]})
    return records


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
