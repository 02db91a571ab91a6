"""Build stories from stored articles: annotate, deduplicate, cluster, then synthesise each story."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lagebild.model import Article, Story, stable_id


@dataclass(slots=True)
class StoryOptions:
    summary_min_words: int = 80
    summary_max_words: int = 200
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None


@dataclass(slots=True)
class BuildResult:
    stories: list[Story] = field(default_factory=list)
    llm_dropped: int = 0


def build_stories(articles: list[Article], store=None, options: StoryOptions | None = None, progress: Callable | None = None) -> BuildResult:
    # Baseline until clustering lands: one story per article.
    stories = []
    for article in articles:
        stories.append(Story(id=stable_id("s-", article.id), title=article.title or article.text[:80], article_ids=[article.id], first_seen=article.published, last_seen=article.published, language=article.language))
    return BuildResult(stories)
