"""Cluster: articles into stories, online and time-aware, with stable story ids."""

from __future__ import annotations

import re

from lagebild.cluster.features import article_terms, cosine, tfidf
from lagebild.cluster.online import StoryClusterer, cluster_batch
from lagebild.model import Article

__all__ = ["StoryClusterer", "cluster_batch", "story_title"]

MAX_TITLE_CHARS = 110


def story_title(articles: list[Article]) -> str:
    """A short title from the story's own text: the headline most central to the story."""
    titled = [a for a in articles if a.title]
    if titled:
        terms = [article_terms(a)["lemmas"] for a in titled]
        merged = sum(terms, start=type(terms[0])())
        centroid = tfidf(merged, {}, 1)
        best = max(titled, key=lambda a: (cosine(tfidf(article_terms(a)["lemmas"], {}, 1), centroid), -len(a.title or "")))
        title = best.title or ""
    else:
        first = min(articles, key=lambda a: (a.published or "", a.id))
        sentence = re.split(r"(?<=[.!?])\s", first.text.strip(), maxsplit=1)[0]
        title = sentence
    title = " ".join(title.split())
    if len(title) > MAX_TITLE_CHARS:
        title = title[: MAX_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
    return title
