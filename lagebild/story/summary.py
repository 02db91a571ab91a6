"""The extractive, cited summary: source sentences chosen for coverage, novelty and low redundancy.

Each candidate sentence gets a salience from the features in :data:`WEIGHTS`: how central
its content words are to the story (how many articles use them), the facts it carries
(numbers, times, people), whether the sources dispute, echo or copy it, whether it states
the outcome of the event, its place in its article (news is an inverted pyramid) and how
many other outlets report the same. Selection is greedy with a redundancy penalty (MMR);
agency copy counts once; the chosen sentences are ordered by when they were first
reported. Every summary sentence is an exact source sentence; its citations are that
sentence and the sentences of other articles that state the same.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from lagebild.model import Article, Disagreement, Duplicate, Entity, Span, SummarySentence
from lagebild.story.disagreements import negative_outcomes, outcome_polarity, positive_outcomes
from lagebild.story.llm import verify_sentence
from lagebild.story.text import StorySentence, overlap, story_sentences

# How much each feature adds to a sentence's salience.
WEIGHTS = {
    "quantity": 0.6,  # per number with a unit
    "time": 0.4,  # per time expression
    "person": 0.3,  # per distinct person of the story named
    "key_fact": 1.5,  # the sources dispute, echo or copy it
    "outcome": 1.2,  # it says how the event ended (agreed, failed, no ceasefire)
    "lead": 1.0,  # among the first sentences of its article
    "second_lead": 0.4,
    "support": 0.35,  # per other outlet stating the same (multiplier)
}
LEAD_SENTENCES, SECOND_LEAD_SENTENCES = 4, 8
PLANNED_FACTOR = 0.6  # what was expected weighs less than what happened
REDUNDANCY_WEIGHT = 0.8
SAME_OUTCOME_REDUNDANCY = 0.6  # two sentences with the same outcome cue ("ohne Ergebnis") are mostly redundant
PLANNED = re.compile(r"\b(soll|sollen|solle|will|wollen|wolle|könnte|könnten|dürfte|erwartet|geplant|voraussichtlich)\b", re.I)
SUPPORT_OVERLAP = 0.5  # another article's sentence this similar is cited as support
SUPPORT_SCORE_OVERLAP = 0.3  # … and this similar counts as reporting the same fact
CITATION_SUPPORT = 0.65  # share of a sentence's content words a citation must contain
MIN_WORDS, MAX_WORDS_SENTENCE = 7, 45
MEASURED = frozenset({"duration", "money", "percent"})

Spans = dict[str, list[tuple[int, int]]]


def _copied(duplicates: Iterable[Duplicate]) -> Spans:
    """The later copy of each shared passage: counted once, through the earlier article."""
    copied: Spans = {}
    for dup in duplicates:
        copied.setdefault(dup.b.article, []).append((dup.b.start, dup.b.end))
    return copied


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _touches(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _eligible(item: StorySentence, copied: Spans) -> bool:
    words = item.text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS_SENTENCE or item.text.startswith("•"):
        return False
    if item.text.endswith("?") or item.article.duplicate_of:
        return False
    s = item.sentence
    if _within(s.start, s.end, copied.get(item.article.id, [])):
        return False
    # A sentence that is nothing but a quote needs its speaker around it: skip it.
    return not any(q.kind == "direct" and q.start <= s.start + 2 and s.end - 2 <= q.end for q in item.article.quotes)


def _key_spans(articles: list[Article], duplicates: Iterable[Duplicate], disagreements: Iterable[Disagreement]) -> Spans:
    """Spans the sources dispute (disagreement claims), echo (quotes linked across outlets) or copy (agency passages)."""
    spans: Spans = {}
    for item in disagreements:
        for claim in item.claims:
            spans.setdefault(claim.article, []).append((claim.start, claim.end))
    for article in articles:
        for quote in article.quotes:
            if quote.same_as:
                spans.setdefault(article.id, []).append((quote.start, quote.end))
    for dup in duplicates:
        spans.setdefault(dup.a.article, []).append((dup.a.start, dup.a.end))
    return spans


def _spread(articles: list[Article], sentences: list[StorySentence]) -> Counter[str]:
    """How many articles use each content word: the story's centre of gravity."""
    words: dict[str, set[str]] = {}
    for item in sentences:
        words.setdefault(item.article.id, set()).update(item.lemmas)
    return Counter(w for used in words.values() for w in used)


def _recency(articles: list[Article]) -> dict[str, float]:
    """0 for the first day's articles, 1 for the last day's: later reports know what happened."""
    dates = sorted({(a.published or "")[:10] for a in articles})
    return {a.id: dates.index((a.published or "")[:10]) / max(len(dates) - 1, 1) for a in articles}


def _in(item: StorySentence, things) -> list:
    s = item.sentence
    return [t for t in things if s.start <= t.start < s.end]


def score_sentences(
    articles: list[Article],
    sentences: list[StorySentence],
    entities: list[Entity],
    key_spans: Spans,
) -> dict[int, float]:
    """Salience of each sentence (keyed by ``id(sentence)``), before redundancy."""
    spread = _spread(articles, sentences)
    n_articles = max(len(articles), 1)
    recency = _recency(articles)
    person_names = {m.text for e in entities if e.type == "PER" for m in e.mentions}
    # Words most articles use (the protagonists, "Gipfel") say nothing about which fact a sentence states.
    common = {w for w, n in spread.items() if n >= max(2, 0.6 * n_articles)}

    # Which sentences use each uncommon word: only those can state the same fact (keeps large stories fast).
    distinctive = [item.lemmas - common for item in sentences]
    postings: dict[str, list[int]] = {}
    for i, words in enumerate(distinctive):
        for w in words:
            postings.setdefault(w, []).append(i)

    def support(i: int, item: StorySentence) -> int:
        """How many other articles state the same (agency copies included: the fact is carried twice)."""
        own = distinctive[i]
        if len(own) < 3:
            return 0
        others = {j for w in own for j in postings[w]}
        return len({sentences[j].article.id for j in others if sentences[j].article.id != item.article.id and overlap(own, distinctive[j]) >= SUPPORT_SCORE_OVERLAP})

    scores = {}
    for i, item in enumerate(sentences):
        if not item.lemmas:
            scores[id(item)] = 0.0
            continue
        s, article = item.sentence, item.article
        central = sum(math.log1p(spread[w]) for w in item.lemmas) / math.sqrt(len(item.lemmas))
        planned = bool(PLANNED.search(item.text))
        facts = (
            WEIGHTS["quantity"] * len(_in(item, article.quantities))
            + WEIGHTS["time"] * len(_in(item, article.times))
            + WEIGHTS["person"] * len({m.text for m in _in(item, article.mentions) if m.text in person_names})
            + WEIGHTS["key_fact"] * _touches(s.start, s.end, key_spans.get(article.id, []))
            + WEIGHTS["outcome"] * (not planned and outcome_polarity(item.text) is not None)
        )
        early = WEIGHTS["lead"] if item.index < LEAD_SENTENCES else WEIGHTS["second_lead"] if item.index < SECOND_LEAD_SENTENCES else 0.0
        value = central / (1 + math.log(n_articles)) + facts + early
        value *= 0.8 + 0.4 * recency[article.id]
        if planned:
            value *= PLANNED_FACTOR
        scores[id(item)] = value * (1 + WEIGHTS["support"] * support(i, item))
    return scores


class _Redundancy:
    """How much a candidate repeats a chosen sentence: shared words, the same value, an echoed quote, the same outcome."""

    def __init__(self, candidates: list[StorySentence]) -> None:
        self.quote_ids = {id(c): {q.id for q in _in(c, c.article.quotes)} for c in candidates}
        self.echoes = {id(c): {o for q in _in(c, c.article.quotes) for o in q.same_as} for c in candidates}
        self.values = {
            id(c): {(q.measure, q.value) for q in _in(c, c.article.quantities) if q.measure in MEASURED and q.value}
            for c in candidates
        }
        self.outcome = {id(c): {cue for cue, _m in negative_outcomes(c.text) + positive_outcomes(c.text)} for c in candidates}

    def __call__(self, c: StorySentence, o: StorySentence) -> float:
        if self.echoes[id(c)] & self.quote_ids[id(o)] or self.values[id(c)] & self.values[id(o)]:
            return 1.0
        same_outcome = bool(self.outcome[id(c)] & self.outcome[id(o)])
        return max(overlap(c.lemmas, o.lemmas), SAME_OUTCOME_REDUNDANCY if same_outcome else 0.0)


def _select(candidates: list[StorySentence], scores: dict[int, float], min_words: int, max_words: int) -> list[StorySentence]:
    """Greedy MMR: the most salient sentence that repeats least of what is already chosen."""
    redundancy = _Redundancy(candidates)
    pool = list(candidates)
    chosen: list[StorySentence] = []
    words = 0
    while pool and words < max_words:
        def value(c: StorySentence) -> float:
            repeated = max((redundancy(c, o) for o in chosen), default=0.0)
            return scores[id(c)] - REDUNDANCY_WEIGHT * repeated * (1 + scores[id(c)])

        best = max(pool, key=value)
        pool.remove(best)
        length = len(best.text.split())
        if words + length > max_words:
            if words >= min_words:
                break
            continue
        chosen.append(best)
        words += length
    return chosen


def _states_the_same(a: StorySentence, b: StorySentence) -> bool:
    """One sentence supports the other: no number, name, date or negation of one is missing from the other."""
    return any(verify_sentence(x.text, [y.text], min_support=CITATION_SUPPORT)[0] for x, y in ((a, b), (b, a)))


def _citations(item: StorySentence, sentences: list[StorySentence]) -> list[Span]:
    """The sentence itself, then the most similar sentence of each other article that states the same."""
    best: dict[str, tuple[float, StorySentence]] = {}
    for other in sentences:
        if other.article.id == item.article.id:
            continue
        similarity = overlap(item.lemmas, other.lemmas)
        if similarity >= SUPPORT_OVERLAP and similarity > best.get(other.article.id, (0.0, None))[0] and _states_the_same(item, other):
            best[other.article.id] = (similarity, other)
    cited = [item] + [other for _sim, other in best.values()]
    return [Span.of(c.article, c.sentence.start, c.sentence.end) for c in cited]


def summarise(
    articles: list[Article],
    entities: list[Entity] | None = None,
    duplicates: list[Duplicate] | None = None,
    min_words: int = 80,
    max_words: int = 200,
    disagreements: list[Disagreement] | None = None,
) -> list[SummarySentence]:
    """An extractive summary of ``min_words``–``max_words`` words whose sentences cite exact source spans."""
    sentences = story_sentences(articles)
    if not sentences:
        return []
    duplicates = duplicates or []
    key_spans = _key_spans(articles, duplicates, disagreements or [])
    scores = score_sentences(articles, sentences, entities or [], key_spans)
    copied = _copied(duplicates)
    candidates = [c for c in sentences if _eligible(c, copied)]
    chosen = _select(candidates, scores, min_words, max_words)
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.published or "", a.id)))}
    chosen.sort(key=lambda c: (order[c.article.id], c.sentence.start))
    return [SummarySentence(text=item.text, citations=_citations(item, sentences)) for item in chosen]
