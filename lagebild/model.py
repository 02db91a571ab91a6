"""The core data model every stage passes on.

An :class:`Article` is born in ``ingest`` (raw bytes and whatever metadata the
input carries), gets its ``text`` from ``clean``, its annotations from ``nlp``,
its ``duplicate_of`` from ``dedup``, and its story from ``cluster``. A
:class:`Story` is built from articles in ``story``. Offsets (``start``/``end``)
always index the article's cleaned ``text`` as Python string indices.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "partial", "indirect"]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stable_id(prefix: str, *parts: str, length: int = 16) -> str:
    """A short id that depends only on ``parts`` (so re-runs give the same ids)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:length]}"


@dataclass(frozen=True, slots=True)
class Span:
    """An exact piece of an article's cleaned text."""

    article: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article: "Article", start: int, end: int) -> "Span":
        return cls(article.id, start, end, article.text[start:end])

    def to_dict(self) -> dict:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class RawInput:
    """One input exactly as it arrived (a file, a URL's response, a feed), content-addressed."""

    source: str
    content: bytes
    media_type: str
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = sha256_hex(self.content)


@dataclass(slots=True)
class RemovedLine:
    """A line the cleaner dropped from the raw text, and the rule that dropped it."""

    text: str
    rule: str
    line: int  # 1-based line number in the decoded raw text

    def to_dict(self) -> dict:
        return {"text": self.text, "rule": self.rule, "line": self.line}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (blank-line or newline separated block)
    is_heading: bool = False


@dataclass(slots=True)
class Mention:
    """An entity mention found by NER or rules, before story-level merging."""

    start: int
    end: int
    text: str
    label: EntityType
    role: str | None = None  # e.g. "US-Präsident" in "US-Präsident Donald Trump"


@dataclass(slots=True)
class Entity:
    """A story-level entity: all its mentions across the story's articles."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
            "roles": list(self.roles),
        }


@dataclass(slots=True)
class Quote:
    id: str
    article: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None  # surface form in the article (resolved to canonical at story level)
    speaker_entity: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    same_as: list[str] = field(default_factory=list)
    # The words naming the speaker where no entity stands behind them ("ein Sprecher der Feuerwehr",
    # "nach Angaben der Polizei"): shown as given, never passed off as a canonical name.
    speaker_text: str | None = None
    # The outlet or platform the words came through ("Fox News" in "sagte der Republikaner dem Sender
    # Fox News", "Truth Social"), when the frame names it; its span in the article.
    channel: str | None = None
    channel_span: tuple[int, int] | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "article": self.article,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_entity": self.speaker_entity,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "same_as": list(self.same_as),
            "cue": self.cue,
            "speaker_text": self.speaker_text,
            "channel": self.channel,
        }


@dataclass(slots=True)
class TimeExpression:
    """A time expression in the text and its value resolved against the publication date."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET", "RANGE"]
    value: str  # ISO 8601: 2025-08-15, 2025-08-15T21:30+02:00, PT2H45M, P7Y ...
    anchor: str | None = None  # the date the value was resolved against


@dataclass(slots=True)
class Quantity:
    """A number with its unit, normalised: '2 Stunden 45 Minuten' -> 165.0 min, measure 'duration'."""

    start: int
    end: int
    text: str
    value: float | None  # normalised value (for ranges: the low end)
    unit: str | None  # normalised unit: 'min', '%', 'EUR', 'USD', 'count', 'year', ...
    measure: str  # what it measures: duration, percent, money, count, age, distance, ...
    high: float | None = None  # upper end of a range ('sechs bis sieben Stunden')
    approximate: bool = False  # 'rund', 'etwa', 'knapp', 'gut'


@dataclass(slots=True)
class Article:
    id: str
    source: str
    raw: bytes = b""
    raw_sha256: str = ""
    media_type: str = "text/plain"
    url: str | None = None
    given_id: str | None = None  # an id the input itself carries (JSONL ``id``, header ``id:``)
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str = "und"
    text: str = ""
    kicker: str | None = None
    lead: str | None = None
    duplicate_of: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Annotations from nlp (not persisted as columns; recomputed deterministically).
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # The clustering tier (None: not computed): NER on the article's opening only, and the
    # counts of its content words' lemmas.
    opening_mentions: list[Mention] | None = None
    content_lemmas: dict[str, int] | None = None
    # Optional (--embeddings): a unit vector of the title and opening, for cross-lingual clustering.
    embedding: tuple[float, ...] | None = None
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        return Span(self.id, start, end, self.text[start:end])

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "duplicate_of": self.duplicate_of,
            "raw_sha256": self.raw_sha256,
            "media_type": self.media_type,
            "url": self.url,
            "kicker": self.kicker,
            "removed": [r.to_dict() for r in self.removed],
        }


@dataclass(slots=True)
class Duplicate:
    """A passage that appears nearly verbatim in two articles."""

    a: Span
    b: Span
    similarity: float

    def to_dict(self) -> dict:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "similarity": round(self.similarity, 4)}


@dataclass(slots=True)
class TimelineEvent:
    when: str
    text: str
    evidence: list[Span]
    status: Literal["happened", "planned", "reported"] = "happened"
    who: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "when": self.when,
            "text": self.text,
            "evidence": [e.to_dict() for e in self.evidence],
            "status": self.status,
            "who": list(self.who),
        }


@dataclass(slots=True)
class Disagreement:
    topic: str
    claims: list[Span]
    kind: str = "value"  # value | framing | planned-vs-actual | update

    def to_dict(self) -> dict:
        return {"topic": self.topic, "claims": [c.to_dict() for c in self.claims], "kind": self.kind}


@dataclass(slots=True)
class SummarySentence:
    text: str
    citations: list[Span]

    def to_dict(self) -> dict:
        return {"text": self.text, "citations": [c.to_dict() for c in self.citations]}


@dataclass(slots=True)
class Story:
    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    additions: dict[str, list[Span]] = field(default_factory=dict)  # article id -> what it was first to report
    first_seen: str | None = None
    last_seen: str | None = None
    language: str = "und"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "articles": list(self.article_ids),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "timeline": [t.to_dict() for t in self.timeline],
            "disagreements": [d.to_dict() for d in self.disagreements],
            "duplicates": [d.to_dict() for d in self.duplicates],
            "summary": [s.to_dict() for s in self.summary],
            "additions": {k: [s.to_dict() for s in v] for k, v in self.additions.items()},
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }
