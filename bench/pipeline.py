"""Benchmark: the whole pipeline stage by stage on 1,028 real DER STANDARD articles (2 cores).

The stream: ingest + clean + store → language layer, clustering tier (tokens and lemmas of the
whole text, NER on the opening) → dedup (MinHash) → online clustering. Then what building the
stories adds: the full language layer (sentences, NER on the whole text, times, quantities) and
story synthesis. Prints articles/s per stage, for the stream and end to end, and peak memory.
Goal (stories issue): ≥ 200 articles/s up to clustering.
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
from lagebild.nlp.annotate import annotate, default_workers, load_models, stream_for_clustering  # noqa: E402
from lagebild.pipeline import ingest_into  # noqa: E402
from lagebild.store import Store  # noqa: E402
from lagebild.story.builder import StoryOptions, synthesise  # noqa: E402


def main() -> None:
    started = time.perf_counter()
    load_models(["de"])  # once per process, as a long-running stream would
    loading = time.perf_counter() - started
    records = gnad_records()
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = write_jsonl(records, Path(tmp) / "gnad.jsonl")
        with Store.open(Path(tmp) / "bench.duckdb") as store:
            t = time.perf_counter()
            ingest_into(store, [str(jsonl)])
            timings["ingest + clean + store"] = time.perf_counter() - t
            articles = store.articles()
            # The stream as build_stories runs it: worker processes read the openings (the
            # clustering tier) while this process deduplicates and clusters the chunks before.
            t = time.perf_counter()
            dedup, clusterer = ArticleDedup(), StoryClusterer()
            groups: dict[str, list] = {}
            main_dedup = main_cluster = 0.0
            for chunk in stream_for_clustering(sorted(articles, key=lambda a: (a.published or "", a.id))):
                t1 = time.perf_counter()
                for article in chunk:
                    article.duplicate_of = dedup.add(article)
                t2 = time.perf_counter()
                for article in chunk:
                    groups.setdefault(clusterer.assign(article), []).append(article)
                main_dedup, main_cluster = main_dedup + t2 - t1, main_cluster + time.perf_counter() - t2
            t1 = time.perf_counter()
            clusterer.save(store.conn)
            main_cluster += time.perf_counter() - t1
            timings["stream: openings → dedup → clustering"] = time.perf_counter() - t
            t = time.perf_counter()
            annotate(articles)
            timings["language, full tier"] = time.perf_counter() - t
            t = time.perf_counter()
            for story_id, members in groups.items():
                synthesise(story_id, members, StoryOptions())
            timings["story synthesis"] = time.perf_counter() - t
    n = len(records)
    print(f"{n} articles, language layer in {default_workers(n)} worker process(es); models loaded once in {loading:.1f} s (not counted)")
    for stage, seconds in timings.items():
        print(f"{stage:38} {seconds:7.2f} s  {n / seconds:8.0f} articles/s")
        if stage.startswith("stream"):
            print(f"{'   of it in this process: dedup':38} {main_dedup:7.2f} s")
            print(f"{'                          clustering':38} {main_cluster:7.2f} s  (with saving its state)")
    upto = sum(v for k, v in timings.items() if k not in ("language, full tier", "story synthesis"))
    print(f"{'up to clustering':38} {upto:7.2f} s  {n / upto:8.0f} articles/s  (goal ≥ 200)")
    print(f"{'end to end, with stories':38} {sum(timings.values()):7.2f} s  {n / sum(timings.values()):8.0f} articles/s")
    print(f"peak memory (RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
