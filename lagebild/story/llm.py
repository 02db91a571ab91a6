"""Optional abstractive summary from the user's own OpenAI-compatible endpoint, with verified citations.

The model sees the story's sentences, numbered, and must answer JSON: sentences, each citing
the numbers of the source sentences it rests on. :func:`verify_sentence` then drops every
sentence whose content is not supported by what it cites: a number, a named entity, a
weekday or month, or a negation that the cited sentences do not contain, or too little
shared content. Nothing is sent anywhere unless the user names an endpoint.
"""

from __future__ import annotations

import json
import re

import httpx

from lagebild.errors import LagebildError
from lagebild.model import Article, Duplicate, Entity, Span, SummarySentence
from lagebild.nlp.numbers import UNITS_WORDS
from lagebild.story.text import content_lemmas, story_sentences

MAX_SOURCE_SENTENCES = 120
NEGATIONS = re.compile(r"\b(nicht|kein\w*|nie|niemals|niemand|nirgends|ohne|weder|nichts)\b", re.I)
CALENDAR = re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\w*", re.I)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
MIN_SUPPORT = 0.5


def _numbers(text: str) -> set[str]:
    values = {n.replace(".", "").replace(",", ".") for n in NUMBER.findall(text)}
    for word in re.findall(r"[a-zäöüß]+", text.lower()):
        if word in UNITS_WORDS and word not in ("ein", "eine", "einen", "einem", "einer"):
            values.add(str(float(UNITS_WORDS[word])).rstrip("0").rstrip("."))
    return {v.rstrip("0").rstrip(".") if "." in v else v for v in values}


def verify_sentence(text: str, cited: list[str], entities: list[Entity] | None = None) -> tuple[bool, list[str]]:
    """Is ``text`` supported by the ``cited`` source sentences? Returns (ok, reasons it is not)."""
    reasons = []
    source = " ".join(cited)
    if not cited:
        return False, ["cites nothing"]
    missing = _numbers(text) - _numbers(source)
    if missing:
        reasons.append(f"numbers not in the sources: {sorted(missing)}")
    for entity in entities or []:
        forms = {entity.name, *entity.aliases, entity.name.split()[-1]}
        if any(re.search(rf"\b{re.escape(f)}\b", text) for f in forms) and not any(re.search(rf"\b{re.escape(f)}\b", source) for f in forms):
            reasons.append(f"{entity.name} is not in the sources")
    if bool(NEGATIONS.search(text)) != bool(NEGATIONS.search(source)):
        reasons.append("negation differs from the sources")
    calendar = {m.lower()[:5] for m in CALENDAR.findall(text)} - {m.lower()[:5] for m in CALENDAR.findall(source)}
    if calendar:
        reasons.append(f"dates not in the sources: {sorted(calendar)}")
    own, theirs = content_lemmas(text), content_lemmas(source)
    if own and len(own & theirs) / len(own) < MIN_SUPPORT:
        reasons.append("most of its words are not in the sources")
    return not reasons, reasons


def _endpoint(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


def _parse(content: str) -> list[dict]:
    content = re.sub(r"^```(?:json)?|```$", "", content.strip(), flags=re.M).strip()
    data = json.loads(content)
    items = data.get("sentences", data) if isinstance(data, dict) else data
    return [i for i in items if isinstance(i, dict) and isinstance(i.get("text"), str)]


def llm_summarise(
    articles: list[Article],
    entities: list[Entity],
    duplicates: list[Duplicate],
    *,
    url: str,
    model: str,
    api_key: str | None = None,
    client: httpx.Client | None = None,
    max_words: int = 200,
) -> tuple[list[SummarySentence], int]:
    """(verified summary sentences, number dropped by the verifier)."""
    copied = {(d.b.article, d.b.start) for d in duplicates}
    sources = [s for s in story_sentences(articles) if (s.article.id, s.sentence.start) not in copied][:MAX_SOURCE_SENTENCES]
    if not sources:
        return [], 0
    language = articles[0].language if articles and articles[0].language != "und" else "de"
    numbered = "\n".join(f"[{i}] {s.text}" for i, s in enumerate(sources, start=1))
    prompt = (
        f"Fasse die Geschichte in der Sprache '{language}' in höchstens {max_words} Wörtern zusammen. "
        "Verwende nur Fakten aus den nummerierten Quellsätzen. Antworte nur mit JSON der Form "
        '{"sentences": [{"text": "…", "cite": [1, 4]}]}; jede Aussage nennt die Nummern der Sätze, auf denen sie beruht.\n\n'
        + numbered
    )
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    owned = client is None
    client = client or httpx.Client(timeout=120)
    try:
        response = client.post(_endpoint(url), json={"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": 0}, headers=headers)
        response.raise_for_status()
        items = _parse(response.json()["choices"][0]["message"]["content"])
    except (httpx.HTTPError, KeyError, IndexError, ValueError, TypeError) as exc:
        raise LagebildError(f"the LLM at {url} gave no usable answer ({exc}); run without --llm-url for the extractive summary") from exc
    finally:
        if owned:
            client.close()
    kept, dropped = [], 0
    for item in items:
        ids = [i for i in item.get("cite", []) if isinstance(i, int) and 1 <= i <= len(sources)]
        cited = [sources[i - 1] for i in ids]
        ok, _reasons = verify_sentence(item["text"], [c.text for c in cited], entities)
        if not ok:
            dropped += 1
            continue
        kept.append(SummarySentence(text=item["text"].strip(), citations=[Span.of(c.article, c.sentence.start, c.sentence.end) for c in cited]))
    return kept, dropped
