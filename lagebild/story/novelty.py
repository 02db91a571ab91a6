"""What each article adds: per article in publication order, the sentences it is first to report.

A sentence is new when no earlier sentence (of an earlier article, or earlier in the same
article: live blogs repeat themselves) shares most of its content words, it is not agency
copy of an earlier article, it is not a question, and it carries a fact: a number, a time,
a named entity or a quote.
"""

from __future__ import annotations

from collections import Counter

from lagebild.model import Article, Duplicate, Span
from lagebild.story.text import StorySentence, overlap, story_sentences

SEEN_OVERLAP = 0.5
MIN_CONTENT_WORDS = 3
COMMON_SHARE = 0.6


def _has_fact(article: Article, start: int, end: int) -> bool:
    return any(
        start <= item.start < end
        for items in (article.quantities, article.times, article.mentions, article.quotes)
        for item in items
    )


def _copied(duplicates: list[Duplicate]) -> dict[str, list[tuple[int, int]]]:
    """The later side of each shared passage (``b`` is from the later article)."""
    copied: dict[str, list[tuple[int, int]]] = {}
    for dup in duplicates:
        copied.setdefault(dup.b.article, []).append((dup.b.start, dup.b.end))
    return copied


def _common_words(items: list[StorySentence], n_articles: int) -> set[str]:
    """Words most articles use (the protagonists, "Gipfel"): sharing them says nothing about sharing a fact."""
    per_article: dict[str, set[str]] = {}
    for item in items:
        per_article.setdefault(item.article.id, set()).update(item.lemmas)
    counts = Counter(w for words in per_article.values() for w in words)
    return {w for w, n in counts.items() if n >= max(3, COMMON_SHARE * n_articles)}


def _is_new(item: StorySentence, own: set[str], seen: list[set[str]], postings: dict[str, list[int]], copied: list[tuple[int, int]]) -> bool:
    s = item.sentence
    if item.article.duplicate_of or any(a <= s.start and s.end <= b for a, b in copied):
        return False
    if item.text.rstrip().endswith("?") or len(item.lemmas) < MIN_CONTENT_WORDS:
        return False
    if not _has_fact(item.article, s.start, s.end):
        return False
    # Only earlier sentences sharing a word can repeat this one.
    earlier = {j for w in own for j in postings.get(w, ())}
    return all(overlap(own, seen[j]) < SEEN_OVERLAP for j in earlier)


def article_additions(articles: list[Article], duplicates: list[Duplicate] | None = None) -> dict[str, list[Span]]:
    """Article id → the exact sentences it is first to report, articles in publication order."""
    copied = _copied(duplicates or [])
    additions: dict[str, list[Span]] = {a.id: [] for a in sorted(articles, key=lambda a: (a.published or "", a.id))}
    items = story_sentences(articles)
    common = _common_words(items, len(articles))
    seen: list[set[str]] = []
    postings: dict[str, list[int]] = {}
    for item in items:
        # What a sentence says beyond the story's common words; all of it if that leaves too little to compare.
        own = item.lemmas - common if len(item.lemmas - common) >= MIN_CONTENT_WORDS - 1 else item.lemmas
        if _is_new(item, own, seen, postings, copied.get(item.article.id, [])):
            additions[item.article.id].append(Span.of(item.article, item.sentence.start, item.sentence.end))
        for w in own:
            postings.setdefault(w, []).append(len(seen))
        seen.append(own)
    return additions
