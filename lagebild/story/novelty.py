"""What each article adds: per article in time order, the sentences it is first to report.

A sentence is new when no earlier article has a sentence sharing most of its content words,
it is not agency copy of an earlier article, and it carries a fact (a number, a time, a
named entity or a quote).
"""

from __future__ import annotations

from lagebild.model import Article, Duplicate, Span
from lagebild.story.text import overlap, story_sentences

SEEN_OVERLAP = 0.5


def _has_fact(article: Article, start: int, end: int) -> bool:
    return (
        any(start <= q.start < end for q in article.quantities)
        or any(start <= t.start < end for t in article.times)
        or any(start <= m.start < end for m in article.mentions)
        or any(start <= q.start < end for q in article.quotes)
    )


def article_additions(articles: list[Article], duplicates: list[Duplicate] | None = None) -> dict[str, list[Span]]:
    copied: dict[str, list[tuple[int, int]]] = {}
    for dup in duplicates or []:
        copied.setdefault(dup.b.article, []).append((dup.b.start, dup.b.end))
    seen: list[set[str]] = []
    additions: dict[str, list[Span]] = {}
    current, pending = None, []
    for item in story_sentences(articles):
        if item.article.id != current:
            seen.extend(pending)
            pending, current = [], item.article.id
            additions.setdefault(current, [])
            if item.article.duplicate_of:
                continue
        s = item.sentence
        if item.article.duplicate_of or any(a <= s.start and s.end <= b for a, b in copied.get(current, [])):
            continue
        if len(item.lemmas) >= 3 and _has_fact(item.article, s.start, s.end):
            if all(overlap(item.lemmas, old) < SEEN_OVERLAP for old in seen):
                additions[current].append(Span.of(item.article, s.start, s.end))
        pending.append(item.lemmas)
    return additions
