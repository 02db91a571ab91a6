"""Annotation of whole batches: the same result in worker processes as in one."""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from lagebild.nlp.sentences import tokenize
from lagebild.nlp.annotate import OPENING_CHARS, annotate, annotate_for_clustering, default_workers, opening_end, stream_for_clustering


def _fields(article):
    return (article.sentences, article.mentions, article.times, article.quantities)


def test_workers_give_the_same_annotations_as_one_process(seeds_run):
    _document, by_id = seeds_run
    serial = copy.deepcopy(list(by_id.values()))
    parallel = copy.deepcopy(serial)
    for article in serial + parallel:
        article.sentences, article.mentions, article.times, article.quantities = [], [], [], []
    annotate(serial, workers=1)
    annotate(parallel, workers=2, batch_size=2)  # three chunks over two processes
    assert all(a.mentions for a in parallel)
    assert all(a.tokens == tokenize(a.text) for a in parallel)  # rebuilt exactly from the worker's flat lists
    assert [_fields(a) for a in parallel] == [_fields(a) for a in serial]


def test_progress_counts_every_article(seeds_run):
    _document, by_id = seeds_run
    articles = copy.deepcopy(list(by_id.values()))
    seen: list[int] = []
    annotate(articles, progress=lambda _stage, n, _total: seen.append(n), batch_size=2, workers=1)
    assert sum(seen) == len(articles)


def test_small_batches_stay_in_process_and_the_environment_overrides(monkeypatch):
    monkeypatch.delenv("LAGEBILD_WORKERS", raising=False)
    assert default_workers(5) == 1
    monkeypatch.setenv("LAGEBILD_WORKERS", "3")
    assert default_workers(5) == 3
    monkeypatch.setenv("LAGEBILD_WORKERS", "0")
    assert default_workers(10_000) == 1


@pytest.mark.parametrize("count", [0, 1])
def test_empty_and_single_batches(count, seeds_run):
    _document, by_id = seeds_run
    articles = copy.deepcopy(list(by_id.values()))[:count]
    annotate(articles, workers=2)
    assert all(a.sentences for a in articles)


def test_clustering_tier_reads_the_opening_the_same_in_workers(seeds_run):
    _document, by_id = seeds_run
    serial = copy.deepcopy(list(by_id.values()))
    for article in serial:
        article.content_lemmas, article.opening_mentions = None, None
    parallel = copy.deepcopy(serial)
    annotate_for_clustering(serial, workers=1)
    annotate_for_clustering(parallel, workers=2, batch_size=2)
    assert [(a.content_lemmas, a.opening_mentions) for a in parallel] == [(a.content_lemmas, a.opening_mentions) for a in serial]
    for article in serial:
        end = opening_end(article.text)
        assert OPENING_CHARS <= end or end == len(article.text)
        assert article.opening_mentions and all(m.end <= end for m in article.opening_mentions)
        assert all(article.text[m.start : m.end] == m.text for m in article.opening_mentions)
        # The content lemmas are those of the full tokenisation's capitalised words.
        expected = Counter(t.lemma.casefold() for t in tokenize(article.text) if len(t.text) > 2 and t.text[0].isupper())
        assert article.content_lemmas == expected
        assert article.content_lemmas["gipfel"] >= 1
    # Every seed's opening names both presidents in full.
    for article in serial:
        names = {(m.text, m.label) for m in article.opening_mentions}
        assert {("Donald Trump", "PER"), ("Wladimir Putin", "PER")} <= names, article.id


def test_opening_ends_at_a_sentence_end():
    text = "Erster Satz über den Gipfel in Alaska. " * 30
    end = opening_end(text)
    assert OPENING_CHARS <= end < OPENING_CHARS + 60 and text[:end].endswith(".")
    assert opening_end("Kurz.") == len("Kurz.")


def test_stream_yields_every_article_once_in_order(seeds_run):
    _document, by_id = seeds_run
    articles = copy.deepcopy(list(by_id.values()))
    for article in articles:
        article.content_lemmas, article.opening_mentions = None, None
    annotate_for_clustering(articles[1:2], workers=1)  # one already read: skipped, still yielded in its place
    before = articles[1].opening_mentions
    chunks = list(stream_for_clustering(articles, batch_size=2, workers=2))
    assert [a.id for chunk in chunks for a in chunk] == [a.id for a in articles]
    assert all(a.opening_mentions is not None and a.content_lemmas is not None for chunk in chunks for a in chunk)
    assert articles[1].opening_mentions is before


def test_agency_named_as_speaker_is_an_organisation_whatever_the_model_said() -> None:
    from lagebild.model import Article, Mention
    from lagebild.nlp.annotate import consistent_mentions

    text = "Reuters hatte zuvor berichtet, der Gipfel werde verschoben."
    article = Article(id="a", source="a", text=text, language="de")
    mentions = consistent_mentions(article, [Mention(0, 7, "Reuters", "PER")])
    assert [(m.text, m.label) for m in mentions] == [("Reuters", "ORG")]


def _blas_threads(_payload) -> list[int]:
    import numpy  # noqa: F401  (as the NER does: the BLAS is loaded by the time the work starts)
    from threadpoolctl import threadpool_info

    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_worker_processes_run_numpys_blas_on_one_thread(monkeypatch) -> None:
    """Workers already fill the cores: each one's BLAS must not start a thread per core as well."""
    from lagebild.model import Article
    from lagebild.nlp.annotate import _map_chunks

    articles = [Article(id=str(i), source="test", text=f"Der Pegel der Elbe stieg um {i} Zentimeter.", language="de") for i in range(4)]
    for method in ("fork", "spawn"):  # forked from a process with the BLAS loaded, or started afresh
        monkeypatch.setattr("lagebild.nlp.annotate._start_method", lambda: method)
        results = [threads for _chunk, threads in _map_chunks(_blas_threads, articles, batch_size=1, workers=2)]
        assert len(results) == 4 and all(threads and set(threads) == {1} for threads in results), method
