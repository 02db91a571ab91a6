"""Where sources differ: values given for the same thing, planned versus actual, and framing.

* **values** — quantities of the same measure whose sentences speak of the same thing
  (a shared content word besides the unit) and whose values differ by more than 15 %;
  if one side is planned or expected (``vorgesehen``, ``könnten … dauern``) and the other
  is what happened, the kind is ``planned-vs-actual``;
* **framing** — one source calls the outcome a failure (``ohne Ergebnis``, ``keine
  Fortschritte``) while another reports agreement or success (``Einigungen``,
  ``Vereinbarungen``): the cue tables below, with negation handled.
"""

from __future__ import annotations

import re
from itertools import combinations

from lagebild.model import Article, Disagreement, Quantity, Span
from lagebild.story.text import content_lemmas

PLANNED = re.compile(r"\b(vorgesehen\w*|geplant\w*|erwartet\w*|könnte|könnten|soll|sollen|solle|sollte|sollten|dürfte|dürften|angesetzt\w*|voraussichtlich)\b", re.I)
UNIT_WORDS = frozenset("stunde stunden minute minuten sekunde sekunden tag tage tagen woche wochen monat monate jahr jahre jahren prozent euro dollar seit nach rund etwa nur insgesamt zwischen".split())
EVENT_NOUNS = re.compile(r"\b(Gipfel\w*|Treffen\w*|Gespräch\w*|Runde|Unterredung\w*|Verhandlung\w*|Konferenz\w*|Sitzung\w*|Begegnung\w*|Abstimmung\w*|Spiel\w*|Wahl\w*)\b")
NEGATIVE_OUTCOME = re.compile(r"\b(ohne (?:ein )?Ergebnis\w*|ergebnislos\w*|keine[nr]? (?:Fortschritt\w*|Einigung\w*|Ergebnis\w*|Durchbruch\w*)|nichts Konkretes|gescheitert\w*|ohne Einigung|ohne Durchbruch)\b", re.I)
POSITIVE_OUTCOME = re.compile(r"\b(Einigung\w*|Vereinbarung\w*|Durchbruch\w*|Fortschritt\w*|erfolgreich\w*|produktiv\w*|Erfolg)\b", re.I)
ASPIRATION = re.compile(r"\b(für|auf|um|zu|über|nach)\s+(?:eine[nmrs]?\s+|einen\s+)?(?:[a-zäöüß]+\s+)?$", re.I)
NEGATORS = re.compile(r"\b(kein\w*|nicht|ohne|weder|nie)\s+(?:\w+\s+){0,2}$", re.I)
# The verb that says what a quantity measures; sharing it is enough to compare two claims.
MEASURE_VERBS = {"duration": {"dauern"}, "money": {"kosten", "betragen", "schätzen"}, "percent": {"wachsen", "steigen", "sinken", "fallen"}}
RELATIVE_TIME = re.compile(r"^\s*(nach|vor|seit|später|zuvor|früher)\b", re.I)
MEASURE_LABELS = {"duration": "Dauer", "percent": "Anteil", "money": "Betrag", "age": "Alter", "distance": "Entfernung"}


def _sentence_bounds(article: Article, offset: int) -> tuple[int, int]:
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset


def _context(article: Article, q: Quantity) -> set[str]:
    start, end = _sentence_bounds(article, q.start)
    # Names do not say what is measured: leave the article's entity mentions out.
    names = [(m.start, m.end) for m in article.mentions]
    pieces = []
    for a, b in ((start, q.start), (q.end, end)):
        cut = a
        for m_start, m_end in sorted(names):
            if a <= m_start < b:
                pieces.append(article.text[cut:m_start])
                cut = max(cut, m_end)
        pieces.append(article.text[cut:b])
    return {w for w in content_lemmas(" ".join(pieces)) if w not in UNIT_WORDS and not w[0].isdigit()}


def _differs(a: Quantity, b: Quantity) -> bool:
    lo_a, hi_a = a.value or 0, a.high or a.value or 0
    lo_b, hi_b = b.value or 0, b.high or b.value or 0
    if hi_a >= lo_b and hi_b >= lo_a:
        return False  # ranges overlap
    small, large = sorted((hi_a if hi_a < lo_b else lo_a, lo_b if hi_a < lo_b else hi_b))
    return large > 0 and (large - small) / large > 0.15 and large / max(small, 1e-9) <= 4


def _value_disagreements(articles: list[Article]) -> list[Disagreement]:
    claims = []
    for article in articles:
        for q in article.quantities:
            if q.measure == "duration" and RELATIVE_TIME.match(article.text[q.end : q.end + 12]):
                continue  # "einen Tag nach dem Deichbruch" places an event in time; it measures nothing
            if q.measure in ("duration", "percent", "money") or q.measure.startswith("count:"):
                start, end = _sentence_bounds(article, q.start)
                planned = bool(PLANNED.search(article.text[start:end]))
                claims.append((article, q, _context(article, q), planned))
    groups: list[list[tuple]] = []
    for a, b in combinations(claims, 2):
        (art_a, qa, ca, pa), (art_b, qb, cb, pb) = a, b
        if qa.measure != qb.measure or art_a.id == art_b.id and pa == pb:
            continue
        shared = ca & cb
        enough = len(shared) >= 2 or bool(shared & MEASURE_VERBS.get(qa.measure, set()))
        if not enough or not _differs(qa, qb):
            continue
        for group in groups:
            if a in group or b in group:
                for item in (a, b):
                    if item not in group:
                        group.append(item)
                break
        else:
            groups.append([a, b])
    found = []
    for group in groups:
        spans = [Span.of(art, q.start, q.end) for art, q, _c, _p in group]
        planned = {p for *_rest, p in group}
        kind = "planned-vs-actual" if planned == {True, False} else "value"
        common = set.intersection(*(c for _a, _q, c, _p in group)) or set.union(*(c for _a, _q, c, _p in group))
        label = MEASURE_LABELS.get(group[0][1].measure, group[0][1].measure.split(":")[-1])
        topic = f"{label}: " + ", ".join(sorted(common)[:3])
        found.append(Disagreement(topic=topic, claims=spans, kind=kind))
    return found


def _outcome_claims(article: Article) -> tuple[list[Span], list[Span]]:
    negative, positive = [], []
    for sentence in article.sentences:
        text = article.text[sentence.start : sentence.end]
        if sentence.is_heading:
            continue
        for m in NEGATIVE_OUTCOME.finditer(text):
            before = text[max(0, m.start() - 70) : m.start()]
            subject = list(EVENT_NOUNS.finditer(before))
            if not subject or re.search(r"[:;]|\s[-–]\s|\bals ob\b", before[subject[-1].end() :]):
                continue  # a failure of something else than the event itself
            negative.append(Span.of(article, sentence.start + m.start(), sentence.start + m.end()))
        for m in POSITIVE_OUTCOME.finditer(text):
            if NEGATORS.search(text[: m.start()]) or NEGATIVE_OUTCOME.search(text[max(0, m.start() - 12) : m.end()]):
                continue
            if ASPIRATION.search(text[: m.start()]):
                continue  # "Bedingungen für eine Einigung", "hoffen auf einen Durchbruch": not an outcome
            positive.append(Span.of(article, sentence.start, sentence.end))
    return negative, positive


def _strength(span: Span) -> int:
    """Agreements and deals speak most clearly of an outcome; 'success' least."""
    text = span.text.lower()
    for rank, cue in enumerate(("einigung", "vereinbarung", "durchbruch", "fortschritt", "produktiv", "erfolg")):
        if cue in text:
            return rank
    return 9


def find_disagreements(articles: list[Article]) -> list[Disagreement]:
    found = _value_disagreements(articles)
    negatives, positives = [], []
    for article in articles:
        neg, pos = _outcome_claims(article)
        negatives.extend(neg)
        positives.extend(pos)
    negatives.sort(key=lambda span: next((i for i, cue in enumerate(("ohne ergebnis", "ergebnislos", "keine einigung", "kein ergebnis", "keine fortschritte", "ohne einigung")) if cue in span.text.lower()), 9))
    for neg in negatives:
        rivals = sorted((p for p in positives if p.article != neg.article), key=_strength)
        if rivals:
            found.append(Disagreement(topic="Ergebnis", claims=[neg, rivals[0]], kind="framing"))
            break
    return found
