"""Benchmark: ingest + clean + store of 1,028 real DER STANDARD articles.

Prints articles/s and the process's peak memory. Goal (foundation issue):
>= 500 articles/s for ingest + clean + store on 2 cores.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gnad_records, write_jsonl  # noqa: E402

from lagebild.clean.language import detect_language  # noqa: E402
from lagebild.pipeline import ingest_into  # noqa: E402
from lagebild.store import Store  # noqa: E402


def main() -> None:
    records = gnad_records()
    detect_language("Ein kurzer Satz zum Aufwärmen des Sprachmodells.")  # load lingua outside the timing
    with tempfile.TemporaryDirectory() as tmp:
        # As files: one .txt per article (the common case), and one JSONL with all of them.
        folder = Path(tmp) / "txt"
        folder.mkdir()
        for record in records:
            (folder / f"{record['id']}.txt").write_text(f"date: {record['published']}\noutlet: DER STANDARD\n\n{record['text']}\n", encoding="utf-8")
        jsonl = write_jsonl(records, Path(tmp) / "gnad.jsonl")
        for label, inputs in (("txt files", [str(folder)]), ("one JSONL", [str(jsonl)])):
            with Store.open(Path(tmp) / f"{label.replace(' ', '_')}.duckdb") as store:
                start = time.perf_counter()
                report = ingest_into(store, inputs)
                elapsed = time.perf_counter() - start
                assert not report.errors, report.errors[:3]
                stored = store.count("articles")
                start2 = time.perf_counter()
                again = ingest_into(store, inputs)
                elapsed2 = time.perf_counter() - start2
            print(f"{label:>10}: {stored} articles in {elapsed:.2f} s = {stored / elapsed:,.0f} articles/s "
                  f"(goal >= 500); re-ingest {len(again.existing)} unchanged in {elapsed2:.2f} s")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
