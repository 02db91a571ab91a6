"""Where sources differ: values given for the same thing, planned versus actual, updates, and framing.

* **value** — quantities of the same measure whose sentences speak of the same thing (a
  shared measuring verb such as ``dauern``, or two shared content words besides the unit)
  and whose values differ by more than 15 %;
* **planned-vs-actual** — such a group where one side is planned or expected
  (``vorgesehen``, ``könnten … dauern``) and the other is what happened;
* **update** — such a group where a later article gives the new value with an update cue
  (``inzwischen``, ``korrigiert``, ``nach neuen Angaben``);
* **framing** — one source says the event failed (``ohne Ergebnis``, ``keine
  Fortschritte``) while another reports agreement (``Einigungen``, ``Vereinbarungen``): the
  outcome cue tables below, with negation and aspiration (``für eine Einigung``) handled.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import NamedTuple

from lagebild.model import Article, Disagreement, Quantity, Span
from lagebild.story.text import content_lemmas

PLANNED = re.compile(r"\b(vorgesehen\w*|geplant\w*|erwartet\w*|könnte|könnten|soll|sollen|solle|sollte|sollten|dürfte|dürften|angesetzt\w*|voraussichtlich)\b", re.I)
UPDATE_CUES = re.compile(
    r"\b(inzwischen|mittlerweile|nunmehr|korrigiert\w*|revidiert\w*|nach (?:neuen|neuesten|jüngsten|aktuellen|aktualisierten) (?:Angaben|Informationen|Zahlen)|"
    r"stieg\w* auf|erhöht\w* sich auf|sank\w* auf|ist auf|zuvor war von)\b",
    re.I,
)
UNIT_WORDS = frozenset("stunde stunden minute minuten sekunde sekunden tag tage tagen woche wochen monat monate jahr jahre jahren prozent euro dollar seit nach rund etwa nur insgesamt zwischen".split())
EVENT_NOUNS = re.compile(r"\b(Gipfel\w*|Treffen\w*|Gespräch\w*|Runde|Unterredung\w*|Verhandlung\w*|Konferenz\w*|Sitzung\w*|Begegnung\w*|Abstimmung\w*|Spiel\w*|Wahl\w*|Tarifrunde\w*|Schlichtung\w*)\b")
# Outcome cues: (name, pattern). A failure needs the event as its subject; an agreement must be reported, not hoped for.
NEGATIVE_OUTCOMES: list[tuple[str, str]] = [
    ("ohne Ergebnis", r"ohne (?:ein |jedes |konkretes )*(?:Ergebnis\w*|Einigung\w*|Durchbruch\w*|Abkommen|Deal|Annäherung\w*)"),
    ("ergebnislos", r"ergebnislos\w*"),
    ("keine Einigung", r"kein(?:e|en|er)? (?:konkreten? )?(?:Einigung\w*|Ergebnis\w*|Durchbruch\w*|Annäherung\w*|Abkommen|Deal)"),
    ("keine Fortschritte", r"kein(?:e|en)? (?:nennenswerten? )?Fortschritt\w*"),
    ("ohne Äußerungen", r"ohne (?:Äußerung\w*|Aussage\w*|Zusage\w*|Angaben) zu"),
    ("nichts Konkretes", r"nichts Konkretes"),
    ("gescheitert", r"gescheitert|scheiterte\w*"),
]
POSITIVE_OUTCOMES: list[tuple[str, str]] = [
    ("Einigung", r"Einigung\w*|einigten sich|geeinigt"),
    ("Vereinbarung", r"Vereinbarung\w*|vereinbarten"),
    ("Durchbruch", r"Durchbruch\w*"),
    ("Fortschritt", r"Fortschritt\w*"),
    ("Abkommen", r"Abkommen (?:unterzeichnet|geschlossen)|unterzeichneten"),
]
NEGATIVE_OUTCOME = re.compile(r"\b(?:" + "|".join(f"(?P<n{i}>{p})" for i, (_n, p) in enumerate(NEGATIVE_OUTCOMES)) + r")\b", re.I)
POSITIVE_OUTCOME = re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{p})" for i, (_n, p) in enumerate(POSITIVE_OUTCOMES)) + r")\b", re.I)
ASPIRATION = re.compile(r"\b(für|auf|um|zu|über|nach)\s+(?:eine[nmrs]?\s+|einen\s+)?(?:[a-zäöüß]+\s+)?$", re.I)
NEGATORS = re.compile(r"\b(kein\w*|nicht|ohne|weder|nie)\s+(?:\w+\s+){0,2}$", re.I)
NEGATED_AFTER = re.compile(r"^[^,;:.!?]*\b(nicht|nie|niemals)\b", re.I)
SUBORDINATE = re.compile(r"[:;]|\s[-–]\s|\bals ob\b")
SUBJECT_WINDOW = 70
# The verb that says what a quantity measures; sharing it is enough to compare two claims.
MEASURE_VERBS = {"duration": {"dauern"}, "money": {"kosten", "betragen", "schätzen"}, "percent": {"wachsen", "steigen", "sinken", "fallen"}}
# What is counted, however it is worded: two claims naming the same concept measure the same thing.
MEASURED_CONCEPTS = {
    "Tote": re.compile(r"\b(Tote[nr]?|Todesopfer\w*|ums Leben|getötet\w*|starben|gestorben|tödlich verunglückt)\b", re.I),
    "Verletzte": re.compile(r"\b(Verletzte[nr]?|verletzt\w*|Schwerverletzte\w*)\b", re.I),
    "Vermisste": re.compile(r"\b(Vermisste[nr]?|vermisst\w*)\b", re.I),
    "Festnahmen": re.compile(r"\b(Festnahme\w*|festgenommen\w*|Verhaftung\w*|verhaftet\w*)\b", re.I),
    "Teilnehmende": re.compile(r"\b(Teilnehmer\w*|Demonstrant\w*|Besucher\w*|Zuschauer\w*)\b", re.I),
}
RELATIVE_TIME = re.compile(r"^\s*(nach|vor|seit|später|zuvor|früher)\b", re.I)
MEASURE_LABELS = {"duration": "Dauer", "percent": "Anteil", "money": "Betrag", "age": "Alter", "distance": "Entfernung"}
COMPARED_MEASURES = ("duration", "percent", "money")


class Claim(NamedTuple):
    article: Article
    quantity: Quantity
    context: frozenset[str]
    planned: bool
    updated: bool
    concepts: frozenset[str]


def _sentence_bounds(article: Article, offset: int) -> tuple[int, int]:
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset


def _context(article: Article, q: Quantity) -> frozenset[str]:
    """The content words around a quantity that say what it measures (names and units left out)."""
    start, end = _sentence_bounds(article, q.start)
    names = sorted((m.start, m.end) for m in article.mentions)
    pieces = []
    for a, b in ((start, q.start), (q.end, end)):
        cut = a
        for m_start, m_end in names:
            if a <= m_start < b:
                pieces.append(article.text[cut:m_start])
                cut = max(cut, m_end)
        pieces.append(article.text[cut:b])
    return frozenset(w for w in content_lemmas(" ".join(pieces)) if w not in UNIT_WORDS and not w[0].isdigit())


def _differs(a: Quantity, b: Quantity) -> bool:
    """Values (or ranges) that do not overlap and differ by more than 15 % (but not by orders of magnitude)."""
    lo_a, hi_a = a.value or 0, a.high or a.value or 0
    lo_b, hi_b = b.value or 0, b.high or b.value or 0
    if hi_a >= lo_b and hi_b >= lo_a:
        return False
    small, large = (hi_a, lo_b) if hi_a < lo_b else (hi_b, lo_a)
    return large > 0 and (large - small) / large > 0.15 and large / max(small, 1e-9) <= 4


def _claims(articles: list[Article]) -> list[Claim]:
    claims = []
    for article in articles:
        for q in article.quantities:
            if not (q.measure in COMPARED_MEASURES or q.measure.startswith("count:")):
                continue
            if q.measure == "duration" and RELATIVE_TIME.match(article.text[q.end : q.end + 12]):
                continue  # "einen Tag nach dem Deichbruch" places an event in time; it measures nothing
            start, end = _sentence_bounds(article, q.start)
            sentence = article.text[start:end]
            concepts = frozenset(name for name, pattern in MEASURED_CONCEPTS.items() if pattern.search(sentence))
            claims.append(Claim(article, q, _context(article, q), bool(PLANNED.search(sentence)), bool(UPDATE_CUES.search(sentence)), concepts))
    return claims


def _comparable(a: Claim, b: Claim) -> bool:
    if a.quantity.measure != b.quantity.measure:
        return False
    if a.article.id == b.article.id and a.planned == b.planned:
        return False  # one article contradicting itself is rarely meant: a range and its part, before and after
    shared = a.context & b.context
    enough = len(shared) >= 2 or bool(shared & MEASURE_VERBS.get(a.quantity.measure, set())) or bool(a.concepts & b.concepts)
    return enough and _differs(a.quantity, b.quantity)


def _groups(claims: list[Claim]) -> list[list[Claim]]:
    """Connected groups of comparable, differing claims."""
    groups: list[list[Claim]] = []
    for a, b in combinations(claims, 2):
        if not _comparable(a, b):
            continue
        joined = [g for g in groups if a in g or b in g]
        merged = [c for g in joined for c in g]
        for item in (a, b):
            if item not in merged:
                merged.append(item)
        groups = [g for g in groups if g not in joined] + [merged]
    return groups


def _published(article: Article) -> str:
    return article.published or ""


def _kind(group: list[Claim]) -> str:
    if {c.planned for c in group} == {True, False}:
        return "planned-vs-actual"
    dates = sorted({_published(c.article) for c in group})
    latest = [c for c in group if _published(c.article) == dates[-1]]
    if len(dates) > 1 and any(c.updated for c in latest):
        return "update"
    return "value"


def _topic(group: list[Claim]) -> str:
    measure = group[0].quantity.measure
    concepts = frozenset.intersection(*(c.concepts for c in group))
    label = min(concepts) if concepts else MEASURE_LABELS.get(measure, measure.split(":")[-1])
    sentences = [c.article.text[slice(*_sentence_bounds(c.article, c.quantity.start))] for c in group]
    nouns = [m.group(0) for s in sentences for m in EVENT_NOUNS.finditer(s)]
    if nouns:
        return f"{label}: {max(set(nouns), key=nouns.count)}"
    common = frozenset.intersection(*(c.context for c in group)) or frozenset.union(*(c.context for c in group))
    return f"{label}: " + ", ".join(sorted(common)[:3])


def _value_disagreements(articles: list[Article]) -> list[Disagreement]:
    found = []
    for group in _groups(_claims(articles)):
        group.sort(key=lambda c: (c.planned is False, _published(c.article), c.article.id, c.quantity.start))
        spans, seen = [], set()
        for c in group:
            span = Span.of(c.article, c.quantity.start, c.quantity.end)
            # A live blog repeating its own sentence states the value once.
            key = (c.article.id, span.text)
            if key not in seen:
                seen.add(key)
                spans.append(span)
        if len(spans) >= 2:
            found.append(Disagreement(topic=_topic(group), claims=spans, kind=_kind(group)))
    return found


def _cue_name(match: re.Match, table: list[tuple[str, str]], prefix: str) -> str:
    return next(table[i][0] for i in range(len(table)) if match.group(f"{prefix}{i}"))


def negative_outcomes(text: str) -> list[tuple[str, re.Match]]:
    """Failure cues whose subject is the event itself (``Das Treffen ist ohne Ergebnis verlaufen``)."""
    found = []
    for m in NEGATIVE_OUTCOME.finditer(text):
        before = text[max(0, m.start() - SUBJECT_WINDOW) : m.start()]
        subject = list(EVENT_NOUNS.finditer(before))
        if subject and not SUBORDINATE.search(before[subject[-1].end() :]):
            found.append((_cue_name(m, NEGATIVE_OUTCOMES, "n"), m))
    return found


def positive_outcomes(text: str) -> list[tuple[str, re.Match]]:
    """Agreement cues that report an outcome: not negated, not hoped for, not planned."""
    if PLANNED.search(text):
        return []
    found = []
    for m in POSITIVE_OUTCOME.finditer(text):
        if NEGATORS.search(text[: m.start()]) or NEGATED_AFTER.search(text[m.end() :]):
            continue  # "keine Einigung", "eine Einigung gab es nicht"
        if ASPIRATION.search(text[: m.start()]):
            continue  # "Bedingungen für eine Einigung", "hoffen auf einen Durchbruch": not an outcome
        found.append((_cue_name(m, POSITIVE_OUTCOMES, "p"), m))
    return found


def outcome_polarity(text: str) -> str | None:
    """``"negative"`` if the sentence says the event failed, ``"positive"`` if it reports agreement, else None."""
    if negative_outcomes(text):
        return "negative"
    if positive_outcomes(text):
        return "positive"
    return None


def _rank(cue: str, table: list[tuple[str, str]]) -> int:
    return [name for name, _p in table].index(cue)


def _framing(articles: list[Article]) -> list[Disagreement]:
    negatives: list[tuple[int, Span]] = []
    positives: list[tuple[int, Span]] = []
    for article in articles:
        for sentence in article.sentences:
            if sentence.is_heading:
                continue
            text = article.text[sentence.start : sentence.end]
            span = Span.of(article, sentence.start, sentence.end)
            if neg := negative_outcomes(text):
                negatives.append((min(_rank(c, NEGATIVE_OUTCOMES) for c, _m in neg), span))
            elif pos := positive_outcomes(text):
                positives.append((min(_rank(c, POSITIVE_OUTCOMES) for c, _m in pos), span))
    # The clearest failure against the clearest agreement reported by another outlet.
    for _rank_neg, neg in sorted(negatives, key=lambda x: (x[0], x[1].article, x[1].start)):
        rivals = sorted((p for p in positives if p[1].article != neg.article), key=lambda x: (x[0], x[1].article, x[1].start))
        if rivals:
            subject = EVENT_NOUNS.search(neg.text)
            topic = f"Ergebnis: {subject.group(0)}" if subject else "Ergebnis"
            return [Disagreement(topic=topic, claims=[neg, rivals[0][1]], kind="framing")]
    return []


def find_disagreements(articles: list[Article]) -> list[Disagreement]:
    """Value, planned-vs-actual, update and framing disagreements between the story's articles."""
    return _value_disagreements(articles) + _framing(articles)
