"""The story's timeline: events dated by when they happened, with the sentences that report them.

An event is a sentence that reports something happening: it carries a resolved date or
time, or it is an action in the past tense by someone the text names. Its date is the
first date or time in the sentence, resolved against the publication date (by
:mod:`lagebild.nlp.temporal`); without one, the date the paragraph last named, else the day
the story speaks of most on the publication day or the day before (a report of the next
morning tells of yesterday), else the publication day.
Planned or expected events (``soll``, ``will``, ``könnten … dauern``, ``geplant``) are
marked ``planned``; irrealis (``wäre … ausgebrochen``) and speech without an event are left
out. The same event told by several outlets (same day, overlapping content) is merged with
all its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from lagebild.model import Article, Entity, Span, TimelineEvent
from lagebild.nlp.quotes import names_its_source
from lagebild.nlp.sentences import lemma
from lagebild.story.text import STOPWORDS, StorySentence, overlap, story_sentences

PLANNED = re.compile(
    r"\b(soll|sollen|solle|sollte|sollten|will|wollen|wolle|geplant\w*|plant|planen|erwartet\w*|vorgesehen\w*|"
    r"könnte|könnten|dürfte|dürften|wird|werden|werde|voraussichtlich|angekündigt\w*|bevorstehend\w*)\b",
    re.I,
)
IRREALIS = re.compile(r"\b(wäre|wären|hätte|hätten|würde|würden)\b", re.I)
# Reporting verbs: a sentence that only says someone said something is a quote, not an event.
REPORTING = re.compile(r"\b(sagte|sagten|erklärte|betonte|fügte|meinte|hieß es|so\s+\w+[.!?]?$)\b", re.I)
# Where a main clause ends and a subordinate one begins: modals after it are someone's condition or fear.
SUBORDINATE = re.compile(r":|,\s*(?:dass|wenn|falls|ob|weil|bevor|sofern|damit|die|der|das|den|dem|um)\b")
# The newsroom speaking of itself ("Wir berichten ab 20 Uhr live") is no event of the story.
FIRST_PERSON = re.compile(r"^\W*(wir|ich)\b", re.I)
PAST_AUXILIARIES = frozenset("war waren hatte hatten wurde wurden".split())
PERFECT_AUXILIARIES = frozenset("hat haben habe ist sind sei seien".split())
INSEPARABLE_PREFIXES = ("be", "ver", "er", "ent", "zer", "emp", "miss", "ge")
MODALS = frozenset("können sollen wollen müssen dürfen mögen".split())
VERB_ENDINGS = ("en", "ern", "eln")
ADJECTIVE_ENDINGS = frozenset({"e", "en", "er", "es", "em"})
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")  # whole words: verbs are the lower-case ones
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
MERGE_OVERLAP = 0.35
MIN_WORDS = 5
MAX_EVENTS = 40  # what happened; planned events get a third of that
PLANNED_SHARE = 3


def _when(value: str) -> str | None:
    """An ISO 8601 date or datetime from a TIMEX value (``2025-08-15TEV`` → ``2025-08-15``)."""
    if not _ISO_DAY.match(value):
        return None
    return value if _ISO_TIME.match(value) else value[:10]


def is_past_verb(word: str) -> bool:
    """A finite verb or participle in a past tense: ``telefonierte``, ``saßen``, ``gab``, ``hatte``, ``beendet``."""
    if word in PAST_AUXILIARIES:
        return True
    if word in STOPWORDS or not word.islower():
        return False
    base = lemma(word)
    if base == word or base in MODALS or base == "werden" or not base.endswith(VERB_ENDINGS):
        return False
    if word.startswith(base) and word[len(base) :] in ADJECTIVE_ENDINGS:
        return False  # an inflected adjective or participle: eigenen, verschiedenen
    if word.replace("zu", "", 1) == base:
        return False  # an infinitive with zu: abzuhalten
    if word.endswith(("te", "ten", "test", "tet")):
        return True  # weak preterite: legte, telefonierten
    if word.startswith("ge") and not base.startswith("ge") and word.endswith(("t", "en")):
        return True  # participle of a perfect or passive: gefordert, getroffen
    # Strong preterite (sprach, saßen, blieb): unlike the present (spricht, treffe) it ends in neither -t nor -e.
    return not word.endswith(("t", "e"))


def _participle(word: str) -> bool:
    """``beendet``, ``eingetroffen``, ``verlaufen``: a participle of a verb with or without ``ge-``."""
    if word in STOPWORDS or not word.islower() or not word.endswith(("t", "en")):
        return False
    base = lemma(word)
    if base == word or not base.endswith(VERB_ENDINGS):
        return False
    return word.startswith(INSEPARABLE_PREFIXES) or "ge" in word[1:-2]


def is_past(text: str) -> bool:
    """Does the sentence tell something past: a preterite, or a perfect (``hat … beendet``, ``sind … eingetroffen``)?"""
    words = _WORD.findall(text)
    if any(is_past_verb(w) for w in words):
        return True
    return any(w in PERFECT_AUXILIARIES for w in words) and any(_participle(w) for w in words)


def _planned(text: str) -> bool:
    """Planned or expected: a modal or future in the main clause, or in a sentence with no past verb at all."""
    main = SUBORDINATE.split(text, maxsplit=1)[0]
    return bool(PLANNED.search(main)) or (not is_past(text) and bool(PLANNED.search(text)))


def _most_precise(dated: list[str]) -> str | None:
    """The sentence's first date, with the clock time another expression gives for that day (``Freitagabend (21.30 Uhr)``)."""
    if not dated:
        return None
    same_day = [d for d in dated if d[:10] == dated[0][:10]]
    return max(same_day, key=len)


def _who(article: Article, start: int, end: int, entities: list[Entity]) -> list[str]:
    return [
        e.name
        for e in entities
        if e.type == "PER" and any(m.article == article.id and start <= m.start < end for m in e.mentions)
    ]


def _happened_days(items: list[StorySentence]) -> list[str]:
    """The days the story's sentences date what happened (planned days left out), one entry per mention."""
    days = []
    for item in items:
        s = item.sentence
        times = [t for t in item.article.times if s.start <= t.start < s.end and t.type in ("DATE", "TIME")]
        if times and not _planned(item.text):
            days.extend(t.value[:10] for t in times if _ISO_DAY.match(t.value))
    return days


def _default_day(article: Article, story_days: list[str]) -> str | None:
    """For an undated event: the day the story speaks of most on the publication day or the day before it.

    A report published the morning after tells of yesterday; one published the same day, of today.
    """
    published = (article.published or "")[:10]
    if not _ISO_DAY.match(published):
        return max(set(story_days), key=lambda d: (story_days.count(d), d)) if story_days else None
    day_before = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
    recent = [d for d in story_days if day_before <= d <= published]
    return max(set(recent), key=lambda d: (recent.count(d), d)) if recent else published


@dataclass(slots=True)
class _Candidate:
    event: TimelineEvent
    lemmas: set[str]
    explicit: bool  # dated by its own time expression, not by the paragraph or story day
    day: str = field(init=False)

    def __post_init__(self) -> None:
        self.day = self.event.when[:10]


def _candidate(item: StorySentence, entities: list[Entity], focus: dict[tuple[str, int], str], story_days: list[str]) -> _Candidate | None:
    article, sentence, text = item.article, item.sentence, item.text
    times = [t for t in article.times if sentence.start <= t.start < sentence.end and t.type in ("DATE", "TIME")]
    dated = [w for w in (_when(t.value) for t in times) if w]
    paragraph = (article.id, sentence.paragraph)
    if dated:
        focus[paragraph] = dated[-1][:10]
    # A sentence that is all speech is no event, unless it is a fact with its source named
    # inside ("Putin legte staatlichen Medienberichten zufolge Blumen nieder").
    is_quote = any(q.start <= sentence.start + 2 and sentence.end - 2 <= q.end for q in article.quotes) and not names_its_source(text)
    if is_quote or FIRST_PERSON.match(text) or len(text.split()) < MIN_WORDS or text.endswith("?") or IRREALIS.search(SUBORDINATE.split(text, maxsplit=1)[0]):
        return None
    who = _who(article, sentence.start, sentence.end, entities)
    actor = who or any(sentence.start <= m.start < sentence.end and m.label in ("PER", "ORG") for m in article.mentions)
    planned = _planned(text)
    when = _most_precise(dated)
    if when is None:
        if not (actor and (planned or is_past(text))) or REPORTING.search(text):
            return None
        when = focus.get(paragraph) or _default_day(article, story_days)
        if when is None:
            return None
    status = "planned" if planned else "happened"
    evidence = [Span.of(article, sentence.start, sentence.end)]
    return _Candidate(TimelineEvent(when=when, text=text, evidence=evidence, status=status, who=who), set(item.lemmas), bool(dated))


def _merge(candidates: list[_Candidate], common: set[str]) -> list[_Candidate]:
    """The same event from several sentences: same day and status, overlapping content beyond the story's common words."""
    merged: list[_Candidate] = []
    for cand in candidates:
        for other in merged:
            if other.day != cand.day or other.event.status != cand.event.status:
                continue
            if overlap(cand.lemmas - common, other.lemmas - common) < MERGE_OVERLAP:
                continue
            event = other.event
            seen = {(s.article, s.text) for s in event.evidence}
            event.evidence.extend(s for s in cand.event.evidence if (s.article, s.text) not in seen)
            event.who = sorted(set(event.who) | set(cand.event.who))
            if len(cand.event.when) > len(event.when):
                event.when = cand.event.when  # keep the more precise time
            other.lemmas |= cand.lemmas
            other.explicit |= cand.explicit
            break
        else:
            merged.append(cand)
    return merged


def _common_words(items: list[StorySentence], n_articles: int) -> set[str]:
    """Words most articles use (the protagonists, 'Gipfel'): sharing them says nothing about sharing an event."""
    per_article: dict[str, set[str]] = {}
    for item in items:
        per_article.setdefault(item.article.id, set()).update(item.lemmas)
    counts: dict[str, int] = {}
    for words in per_article.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return {w for w, n in counts.items() if n >= max(3, 0.6 * n_articles)}


def _support(c: _Candidate) -> float:
    outlets = len({s.article for s in c.event.evidence})
    return 2 * outlets + c.explicit + 0.5 * min(len(c.event.who), 2)


def build_timeline(articles: list[Article], entities: list[Entity] | None = None, max_events: int = MAX_EVENTS) -> list[TimelineEvent]:
    """The story's events in time order (planned ones after what happened the same day)."""
    entities = entities or []
    items = story_sentences(articles)
    story_days = _happened_days(items)
    focus: dict[tuple[str, int], str] = {}
    candidates = [c for item in items if (c := _candidate(item, entities, focus, story_days))]
    merged = _merge(candidates, _common_words(items, len(articles)))
    # Keep the best-supported events (more outlets, an explicit date, the people involved), planned ones apart.
    keep: set[int] = set()
    for status, limit in (("happened", max_events), ("planned", max(1, max_events // PLANNED_SHARE))):
        ranked = sorted((c for c in merged if c.event.status == status), key=_support, reverse=True)
        keep.update(id(c.event) for c in ranked[:limit])
    events = [c.event for c in merged if id(c.event) in keep]
    return sorted(events, key=lambda e: (e.when[:10], e.status != "happened", e.when))
