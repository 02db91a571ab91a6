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


def semeval_german_texts() -> list[str]:
    """The German texts of the SemEval-2022 Task 8 pairs, each once, in file order (they keep their quote marks)."""
    texts: list[str] = []
    seen: set[str] = set()
    for line in (CORPUS / "semeval8-pairs" / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for side in ("1", "2"):
            text = record[f"text{side}"]
            if record.get(f"url{side}_lang") == "de" and text not in seen:
                seen.add(text)
                texts.append(text)
    return texts
