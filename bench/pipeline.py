"""Benchmark: the whole pipeline stage by stage on 1,028 real DER STANDARD articles (2 cores).

ingest + clean + store → language layer (sentences, tokens, NER, quotes, times, quantities)
→ dedup (MinHash) → online clustering → story synthesis. Prints articles/s per stage and end
to end, and peak memory. Goal (stories issue): ≥ 200 articles/s up to clustering.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gnad_records, write_jsonl  # noqa: E402

from lagebild.cluster import StoryClusterer  # noqa: E402
from lagebild.dedup import ArticleDedup  # noqa: E402
from lagebild.nlp.annotate import annotate, default_workers  # noqa: E402
from lagebild.nlp.ner import load_ner  # noqa: E402
from lagebild.pipeline import ingest_into  # noqa: E402
from lagebild.store import Store  # noqa: E402
from lagebild.story.builder import StoryOptions, synthesise  # noqa: E402


def main() -> None:
    load_ner()
    records = gnad_records()
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = write_jsonl(records, Path(tmp) / "gnad.jsonl")
        with Store.open(Path(tmp) / "bench.duckdb") as store:
            t = time.perf_counter()
            ingest_into(store, [str(jsonl)])
            timings["ingest + clean + store"] = time.perf_counter() - t
            articles = store.articles()
            t = time.perf_counter()
            annotate(articles)  # one worker process per core (default_workers)
            timings["language layer"] = time.perf_counter() - t
            t = time.perf_counter()
            dedup = ArticleDedup()
            for article in articles:
                article.duplicate_of = dedup.add(article)
            timings["dedup"] = time.perf_counter() - t
            t = time.perf_counter()
            clusterer = StoryClusterer()
            groups: dict[str, list] = {}
            for article in sorted(articles, key=lambda a: a.published or ""):
                groups.setdefault(clusterer.assign(article), []).append(article)
            clusterer.save(store.conn)
            timings["clustering"] = time.perf_counter() - t
            t = time.perf_counter()
            for story_id, members in groups.items():
                synthesise(story_id, members, StoryOptions())
            timings["story synthesis"] = time.perf_counter() - t
    n = len(records)
    print(f"{n} articles, language layer in {default_workers(n)} worker process(es)")
    for stage, seconds in timings.items():
        print(f"{stage:24} {seconds:7.2f} s  {n / seconds:8.0f} articles/s")
    upto = sum(v for k, v in timings.items() if k != "story synthesis")
    print(f"{'up to clustering':24} {upto:7.2f} s  {n / upto:8.0f} articles/s  (goal ≥ 200)")
    print(f"{'end to end':24} {sum(timings.values()):7.2f} s  {n / sum(timings.values()):8.0f} articles/s")
    print(f"peak memory (RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
