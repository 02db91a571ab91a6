"""Optional abstractive summary from the user's own OpenAI-compatible endpoint, with verified citations.

The model sees the story's sentences, numbered, and must answer JSON: sentences, each citing
the numbers of the source sentences it rests on. :func:`verify_sentence` then drops every
sentence whose content is not supported by what it cites: a number, a name, a weekday or
month, or a negation that the cited sentences do not contain (or a negation the cited
sentences have and the sentence leaves out), or too little shared content. Nothing is sent
anywhere unless the user names an endpoint.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import httpx

from lagebild.errors import LagebildError
from lagebild.model import Article, Duplicate, Entity, Span, SummarySentence
from lagebild.nlp.numbers import UNITS_WORDS
from lagebild.nlp.sentences import lemma
from lagebild.story.text import STOPWORDS, content_lemmas, story_sentences

MAX_SOURCE_SENTENCES = 120
MIN_SUPPORT = 0.5  # share of the sentence's content words the cited sentences must contain
NEGATION = r"nicht|kein\w*|nie|niemals|niemand|nirgends|ohne|weder|nichts"
NEGATIONS = re.compile(rf"\b({NEGATION})\b", re.I)
# Negators whose scope is what comes before them ("Verletzt wurde niemand", "räumte die Stadt nicht").
BACKWARD_NEGATIONS = frozenset({"niemand", "nichts", "nicht", "nie", "niemals"})
NEGATION_SCOPE_WORDS = 3
STEM_LENGTH = 6
CALENDAR = re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\w*", re.I)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Number words also count at the start of a compound: "zwölfminütig", "dreistündig", "zweitägig".
NUMBER_COMPOUND_STEMS = ("minüt", "stünd", "tägig", "wöchig", "monatig", "jährig", "fach", "mal", "köpfig", "teilig")
ARTICLE_NUMBERS = frozenset({"ein", "eine", "einen", "einem", "einer", "eins"})
WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß-]*")
NAME_RUN = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)+")
JSON_FENCE = re.compile(r"^```(?:json)?|```$", re.M)
CITE_KEYS = ("cite", "cites", "citations", "ids", "sources")

Cited = Sequence[Span | str]


def _numbers(text: str) -> set[str]:
    """Every number in the text, digits or words, normalised (``2,5`` → ``2.5``, ``zwölf`` → ``12``)."""
    found = {n.replace(".", "").replace(",", ".") for n in NUMBER.findall(text)}
    for word in re.findall(r"[a-zäöüß]+", text.lower()):
        if word in UNITS_WORDS and word not in ARTICLE_NUMBERS:
            found.add(str(float(UNITS_WORDS[word])))
            continue
        for prefix, value in UNITS_WORDS.items():
            rest = word[len(prefix) :]
            if prefix not in ARTICLE_NUMBERS and word.startswith(prefix) and rest.startswith(NUMBER_COMPOUND_STEMS):
                found.add(str(float(value)))
    return {str(float(n)) if re.fullmatch(r"\d+(?:\.\d+)?", n) else n for n in found}


def _names(text: str, entities: Sequence[Entity]) -> set[str]:
    """Names the text gives: the story's entities it names, and runs of capitalised words (``Anna Berger``)."""
    names = set()
    for entity in entities:
        forms = {entity.name, *entity.aliases}
        if any(re.search(rf"\b{re.escape(f)}\b", text) for f in forms if f):
            names.add(entity.name.split()[-1])
    for run in NAME_RUN.findall(text):
        words = re.split(r"[- ]", run)
        if words[0].casefold() in STOPWORDS:
            words = words[1:]  # "Die Elbe", "Am Freitag": a capitalised article or preposition, not a name
        if len(words) >= 2:
            names.add(words[-1])  # the family name carries the identity
    return names


def _negated_words(text: str) -> set[str]:
    """Content lemmas in the scope of a negation (the words after it; before it for ``niemand``, ``nicht``)."""
    scoped: set[str] = set()
    for clause in re.split(r"[,;:.!?–]", text):
        words = WORD.findall(clause)
        for i, word in enumerate(words):
            if not NEGATIONS.fullmatch(word):
                continue
            scope = words[i + 1 : i + 1 + NEGATION_SCOPE_WORDS]
            if word.lower() in BACKWARD_NEGATIONS:
                scope += words[max(0, i - NEGATION_SCOPE_WORDS) : i]
            scoped |= content_lemmas(" ".join(scope))
    return scoped


def _stems(words: set[str]) -> set[str]:
    """Crude stems, so that ``Verletzte`` meets ``verletzt`` across word classes."""
    return {w[:STEM_LENGTH] for w in words}


def _texts(cited: Cited) -> list[str]:
    return [c.text if isinstance(c, Span) else c for c in cited]


def verify_sentence(
    text: str, cited: Cited, entities: Sequence[Entity] | None = None, *, min_support: float = MIN_SUPPORT
) -> tuple[bool, list[str]]:
    """Is ``text`` supported by the ``cited`` spans (or sentence texts)? Returns (ok, reasons it is not)."""
    sources = _texts(cited)
    if not sources:
        return False, ["cites nothing"]
    source = " ".join(sources)
    reasons = []
    if missing := _numbers(text) - _numbers(source):
        reasons.append(f"numbers not in the sources: {sorted(missing)}")
    if names := {n for n in _names(text, entities or []) if not re.search(rf"\b{re.escape(n)}", source)}:
        reasons.append(f"names not in the sources: {sorted(names)}")
    if calendar := {m.lower()[:5] for m in CALENDAR.findall(text)} - {m.lower()[:5] for m in CALENDAR.findall(source)}:
        reasons.append(f"dates not in the sources: {sorted(calendar)}")
    own, theirs = content_lemmas(text), content_lemmas(source)
    if NEGATIONS.search(text) and not NEGATIONS.search(source):
        reasons.append("negation differs from the sources: the sentence negates what they state")
    elif NEGATIONS.search(source) and not NEGATIONS.search(text) and _stems(own) & _stems(_negated_words(source)):
        reasons.append("negation differs from the sources: the sentence states what they negate")
    if own and len(own & theirs) / len(own) < min_support:
        reasons.append("most of its words are not in the sources")
    return not reasons, reasons


def _endpoint(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


def _cites(item: dict) -> list[int]:
    raw = next((item[k] for k in CITE_KEYS if k in item), [])
    raw = raw if isinstance(raw, list) else [raw]
    ids = []
    for value in raw:
        if isinstance(value, int) and not isinstance(value, bool):
            ids.append(value)
        elif isinstance(value, str) and (digits := re.sub(r"\D", "", value)):
            ids.append(int(digits))
    return ids


def _parse(content: str) -> list[dict]:
    data = json.loads(JSON_FENCE.sub("", content.strip()).strip())
    items = data.get("sentences", data) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValueError("no list of sentences in the answer")
    return [i for i in items if isinstance(i, dict) and isinstance(i.get("text"), str) and i["text"].strip()]


def build_prompt(sources: list[str], language: str, max_words: int) -> str:
    numbered = "\n".join(f"[{i}] {text}" for i, text in enumerate(sources, start=1))
    return (
        f"Fasse die Geschichte in der Sprache '{language}' in höchstens {max_words} Wörtern zusammen. "
        "Verwende nur Fakten aus den nummerierten Quellsätzen. Antworte nur mit JSON der Form "
        '{"sentences": [{"text": "…", "cite": [1, 4]}]}; jede Aussage nennt die Nummern der Sätze, auf denen sie beruht.\n\n'
        + numbered
    )


def llm_summarise(
    articles: list[Article],
    entities: list[Entity] | None = None,
    duplicates: list[Duplicate] | None = None,
    *,
    url: str,
    model: str,
    api_key: str | None = None,
    client: httpx.Client | None = None,
    max_words: int = 200,
    timeout: float = 120.0,
) -> tuple[list[SummarySentence], int]:
    """(verified summary sentences, number dropped by the verifier)."""
    copied = {(d.b.article, d.b.start) for d in duplicates or []}
    sources = [s for s in story_sentences(articles) if (s.article.id, s.sentence.start) not in copied][:MAX_SOURCE_SENTENCES]
    if not sources:
        return [], 0
    languages = [a.language for a in articles if a.language != "und"]
    language = max(set(languages), key=languages.count) if languages else "de"
    prompt = build_prompt([s.text for s in sources], language, max_words)
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    owned = client is None
    client = client or httpx.Client(timeout=timeout)
    try:
        response = client.post(
            _endpoint(url),
            json={"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": 0},
            headers=headers,
        )
        response.raise_for_status()
        items = _parse(response.json()["choices"][0]["message"]["content"])
    except (httpx.HTTPError, KeyError, IndexError, ValueError, TypeError) as exc:
        raise LagebildError(f"the LLM at {url} gave no usable answer ({exc}); run without --llm-url for the extractive summary") from exc
    finally:
        if owned:
            client.close()
    kept, dropped = [], 0
    for item in items:
        cited = [sources[i - 1] for i in dict.fromkeys(_cites(item)) if 1 <= i <= len(sources)]
        spans = [Span.of(c.article, c.sentence.start, c.sentence.end) for c in cited]
        ok, _reasons = verify_sentence(item["text"], spans, entities)
        if not ok:
            dropped += 1
            continue
        kept.append(SummarySentence(text=item["text"].strip(), citations=spans))
    return kept, dropped
