"""Annotation of whole batches: the same result in worker processes as in one."""

from __future__ import annotations

import copy

import pytest

from lagebild.nlp.annotate import annotate, default_workers


def _fields(article):
    return (article.sentences, article.tokens, article.mentions, article.times, article.quantities)


def test_workers_give_the_same_annotations_as_one_process(seeds_run):
    _document, by_id = seeds_run
    serial = copy.deepcopy(list(by_id.values()))
    parallel = copy.deepcopy(serial)
    for article in serial + parallel:
        article.sentences, article.tokens, article.mentions, article.times, article.quantities = [], [], [], [], []
    annotate(serial, workers=1)
    annotate(parallel, workers=2, batch_size=2)  # three chunks over two processes
    assert all(a.mentions for a in parallel)
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
