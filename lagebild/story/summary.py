"""The extractive, cited summary: source sentences chosen for coverage, novelty and low redundancy.

Each candidate sentence is scored by how central its content words are to the story (how
many articles use them), plus what facts it carries (numbers, times, people). Selection is
greedy with a redundancy penalty (MMR), agency copy counts once, and the chosen sentences
are ordered by when they were first reported. Every summary sentence is an exact source
sentence; its citations are that sentence and the sentences of other articles that state
the same.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from lagebild.model import Article, Duplicate, Entity, Span, SummarySentence
from lagebild.story.text import StorySentence, overlap, story_sentences

REDUNDANCY_WEIGHT = 0.8
PLANNED = re.compile(r"\b(soll|sollen|solle|will|wollen|wolle|könnte|könnten|dürfte|erwartet|geplant|voraussichtlich)\b", re.I)
SUPPORT_OVERLAP = 0.5  # another article's sentence this similar is cited as support
SUPPORT_SCORE_OVERLAP = 0.3  # … and this similar counts as reporting the same fact
SUPPORT_WEIGHT = 0.35
KEY_FACT_WEIGHT = 1.5
MIN_WORDS, MAX_WORDS_SENTENCE = 7, 45


def _copied(duplicates: list[Duplicate]) -> dict[str, list[tuple[int, int]]]:
    copied: dict[str, list[tuple[int, int]]] = {}
    for dup in duplicates:
        copied.setdefault(dup.b.article, []).append((dup.b.start, dup.b.end))
    return copied


def _eligible(item: StorySentence, copied: dict[str, list[tuple[int, int]]]) -> bool:
    words = item.text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS_SENTENCE or item.text.startswith("•"):
        return False
    if item.text.endswith("?") or item.article.duplicate_of:
        return False
    s = item.sentence
    if any(a <= s.start and s.end <= b for a, b in copied.get(item.article.id, [])):
        return False
    # A sentence that is nothing but a quote needs its speaker around it: skip it.
    return not any(q.kind == "direct" and q.start <= s.start + 2 and s.end - 2 <= q.end for q in item.article.quotes)


def _contested_and_echoed(articles: list[Article], duplicates: list[Duplicate], disagreements) -> dict[str, list[tuple[int, int]]]:
    """Spans the sources dispute (disagreement claims), echo (quotes linked across outlets) or copy (agency passages)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in disagreements or []:
        for claim in item.claims:
            spans.setdefault(claim.article, []).append((claim.start, claim.end))
    for article in articles:
        for quote in article.quotes:
            if quote.same_as:
                spans.setdefault(article.id, []).append((quote.start, quote.end))
    for dup in duplicates:
        spans.setdefault(dup.a.article, []).append((dup.a.start, dup.a.end))
    return spans


def summarise(
    articles: list[Article],
    entities: list[Entity] | None = None,
    duplicates: list[Duplicate] | None = None,
    min_words: int = 80,
    max_words: int = 200,
    disagreements=None,
) -> list[SummarySentence]:
    sentences = story_sentences(articles)
    if not sentences:
        return []
    copied = _copied(duplicates or [])
    key_spans = _contested_and_echoed(articles, duplicates or [], disagreements)
    # How many articles use each content word: the story's centre of gravity.
    spread: Counter[str] = Counter()
    for article in articles:
        words = set()
        for item in sentences:
            if item.article is article:
                words |= item.lemmas
        spread.update(words)
    n_articles = max(len(articles), 1)
    dates = sorted({(a.published or "")[:10] for a in articles})
    recency = {a.id: (dates.index((a.published or "")[:10]) / max(len(dates) - 1, 1)) for a in articles}
    person_names = {m.text for e in (entities or []) if e.type == "PER" for m in e.mentions}

    def salience(item: StorySentence) -> float:
        if not item.lemmas:
            return 0.0
        central = sum(math.log1p(spread[w]) for w in item.lemmas) / math.sqrt(len(item.lemmas))
        s = item.sentence
        facts = 0.0
        facts += 0.6 * sum(1 for q in item.article.quantities if s.start <= q.start < s.end)
        facts += 0.4 * sum(1 for t in item.article.times if s.start <= t.start < s.end)
        facts += 0.3 * len({m.text for m in item.article.mentions if s.start <= m.start < s.end and m.text in person_names})
        # What several sources dispute, echo or copy is what the story turns on.
        facts += KEY_FACT_WEIGHT * any(a < s.end and s.start < b for a, b in key_spans.get(item.article.id, []))
        # News is written as an inverted pyramid: an article's first sentences carry its news.
        early = 1.0 if item.index < 4 else 0.4 if item.index < 8 else 0.0
        value = central / (1 + math.log(n_articles)) + facts + early
        # What happened outweighs what was expected: later reports and factual sentences first.
        value *= 0.8 + 0.4 * recency[item.article.id]
        if PLANNED.search(item.text):
            value *= 0.6
        return value

    candidates = [c for c in sentences if _eligible(c, copied)]
    # Quotes linked across outlets: a sentence carrying one makes the sentences carrying its echoes redundant.
    quote_ids = {
        id(c): {q.id for q in c.article.quotes if c.sentence.start <= q.start < c.sentence.end} for c in candidates
    }
    echoes = {
        id(c): {other for q in c.article.quotes if c.sentence.start <= q.start < c.sentence.end for other in q.same_as}
        for c in candidates
    }

    def measured(c: StorySentence) -> set[tuple[str, float]]:
        return {(q.measure, q.value) for q in c.article.quantities
                if c.sentence.start <= q.start < c.sentence.end and q.measure in ("duration", "money", "percent") and q.value}

    values = {id(c): measured(c) for c in candidates}

    def redundancy(c: StorySentence, o: StorySentence) -> float:
        # The same remark in another translation, or the same measured value, is the same fact.
        if echoes[id(c)] & quote_ids.get(id(o), set()) or values[id(c)] & values.get(id(o), set()):
            return 1.0
        return overlap(c.lemmas, o.lemmas)

    # Words most articles use (the protagonists, "Gipfel") say nothing about which fact a sentence states.
    common = {w for w, n in spread.items() if n >= max(2, 0.6 * n_articles)}

    def support(item: StorySentence) -> int:
        """How many other articles state the same (agency copies included: the fact is carried twice)."""
        own = item.lemmas - common
        if len(own) < 3:
            return 0
        return len({o.article.id for o in sentences if o.article.id != item.article.id and overlap(own, o.lemmas - common) >= SUPPORT_SCORE_OVERLAP})

    scores = {id(c): salience(c) * (1 + SUPPORT_WEIGHT * support(c)) for c in candidates}
    chosen: list[StorySentence] = []
    words = 0
    while candidates and words < max_words:
        best, best_value = None, -1e9
        for c in candidates:
            repeated = max((redundancy(c, o) for o in chosen), default=0.0)
            value = scores[id(c)] - REDUNDANCY_WEIGHT * repeated * (1 + scores[id(c)])
            if value > best_value:
                best, best_value = c, value
        candidates.remove(best)
        length = len(best.text.split())
        if words + length > max_words:
            if words >= min_words:
                break
            continue
        chosen.append(best)
        words += length
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.published or "", a.id)))}
    chosen.sort(key=lambda c: (order[c.article.id], c.sentence.start))
    summary = []
    for item in chosen:
        citations = [Span.of(item.article, item.sentence.start, item.sentence.end)]
        for other in sentences:
            if other.article.id != item.article.id and overlap(item.lemmas, other.lemmas) >= SUPPORT_OVERLAP:
                if all(c.article != other.article.id for c in citations):
                    citations.append(Span.of(other.article, other.sentence.start, other.sentence.end))
        summary.append(SummarySentence(text=item.text, citations=citations))
    return summary
