"""The story's timeline: events dated by when they happened, with the sentences that report them.

An event is a sentence that reports something happening: it carries a resolved date or
time, or it is an action in the past tense that names someone. Its date is the time
expression in the sentence; without one, the article's temporal focus (the last date
the article resolved before it, else its publication date). Planned or expected events
(``soll``, ``will``, ``könnten … dauern``, ``geplant``) are marked ``planned``. The same
event told by several outlets (same day, overlapping content) is merged with all its
evidence.
"""

from __future__ import annotations

import re

from lagebild.model import Article, Entity, Span, TimelineEvent
from lagebild.story.text import overlap, story_sentences

PLANNED = re.compile(r"\b(soll|sollen|solle|sollte|sollten|will|wollen|wolle|geplant|plant|planen|erwartet|vorgesehen|könnte|könnten|dürfte|dürften|wird|werden|voraussichtlich|angekündigt)\b", re.I)
PAST_ACTION = re.compile(r"\b(\w+te|\w+ten|traf|trafen|kam|kamen|begann|begannen|fand|fanden|gab|flog|flogen|legte|stieg|stiegen|fuhr|fuhren|sprach|sprachen|verließ|verließen|empfing|hielt|ging|blieb|endete|beendet|getroffen|gelandet|eingetroffen|abgesagt)\b")
REPORTING = re.compile(r"\b(sagte|sagten|erklärte|betonte|fügte|meinte|hieß es|so\s+\w+$)\b", re.I)
MERGE_OVERLAP = 0.35
MAX_EVENTS = 30
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _when(value: str) -> str | None:
    """An ISO 8601 date or datetime from a TIMEX value (``2025-08-15TEV`` → ``2025-08-15``)."""
    if not _ISO_DAY.match(value):
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
        return value
    return value[:10]


def _who(article: Article, start: int, end: int, entities: list[Entity]) -> list[str]:
    names = []
    for entity in entities:
        if entity.type != "PER":
            continue
        if any(m.article == article.id and start <= m.start < end for m in entity.mentions):
            names.append(entity.name)
    return names


def _story_day(articles: list[Article]) -> str | None:
    """The day most dated expressions of the story point to: the default for undated past events."""
    days = [t.value[:10] for a in articles for t in a.times if t.type in ("DATE", "TIME") and _ISO_DAY.match(t.value)]
    return max(set(days), key=days.count) if days else None


def build_timeline(articles: list[Article], entities: list[Entity] | None = None) -> list[TimelineEvent]:
    entities = entities or []
    story_day = _story_day(articles)
    candidates: list[tuple[str, str, TimelineEvent, set[str]]] = []
    focus: dict[str, str] = {}
    for item in story_sentences(articles):
        article, sentence = item.article, item.sentence
        text = item.text
        times = [t for t in article.times if sentence.start <= t.start < sentence.end and t.type in ("DATE", "TIME")]
        dated = [w for w in (_when(t.value) for t in times) if w]
        if dated:
            focus[article.id] = dated[-1][:10]
        is_quote = any(q.start <= sentence.start + 2 and sentence.end - 2 <= q.end for q in article.quotes)
        if is_quote or len(text.split()) < 5:
            continue
        when = dated[0] if dated else None
        who = _who(article, sentence.start, sentence.end, entities)
        if when is None:
            if not (who and PAST_ACTION.search(text)) or REPORTING.search(text):
                continue
            published = article.published[:10] if article.published else None
            when = focus.get(article.id) or (story_day if story_day and (published is None or story_day <= published) else published)
            if when is None:
                continue
        status = "planned" if PLANNED.search(text) else "happened"
        event = TimelineEvent(when=when, text=text, evidence=[Span.of(article, sentence.start, sentence.end)], status=status, who=who)
        candidates.append((when[:10], status, event, item.lemmas))

    merged: list[tuple[str, str, TimelineEvent, set[str]]] = []
    for day, status, event, lemmas in candidates:
        for other in merged:
            if other[0] == day and other[1] == status and overlap(lemmas, other[3]) >= MERGE_OVERLAP:
                other[2].evidence.extend(event.evidence)
                other[2].who = sorted(set(other[2].who) | set(event.who))
                if len(event.when) > len(other[2].when):
                    other[2].when = event.when  # keep the more precise time
                other[3].update(lemmas)
                break
        else:
            merged.append((day, status, event, set(lemmas)))
    events = [m[2] for m in merged]
    # Keep the best-supported events: more outlets, more people, a precise time.
    ranked = sorted(events, key=lambda e: (-len({s.article for s in e.evidence}), -len(e.who), -len(e.when)))[:MAX_EVENTS]
    keep = {id(e) for e in ranked}
    return sorted((e for e in events if id(e) in keep), key=lambda e: (e.when, e.status != "happened"))
