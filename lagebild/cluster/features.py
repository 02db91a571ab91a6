"""Feature groups for story clustering: content lemmas, entities and title, as sparse term counts."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import datetime, timezone

from lagebild.model import Article
from lagebild.nlp.sentences import content_lemmas, lemma

GROUPS = ("lemmas", "entities", "title")
STOPWORDS = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber auch als an auf aus bei bis durch
    für gegen in im ins mit nach ohne über um unter von vor zu zum zur sich sie er es wir ihr ich ist sind war
    waren wird werden wurde wurden sei seien hat haben hatte hatten nicht noch nur so wie dass ob wenn dann
    doch schon sehr mehr man kein keine diese dieser dieses beim vom am jahr jahre prozent uhr mal seit
    the of and to in is for on that with as by at from this be are was it an or
    """.split()
)
_GENITIVE = re.compile(r"(?<=[a-zäöü])s$")


def _entity_key(text: str) -> str:
    words = text.casefold().split()
    if words:
        words[-1] = _GENITIVE.sub("", words[-1]) if len(words[-1]) > 4 else words[-1]
    return " ".join(words)


def article_terms(article: Article) -> dict[str, Counter]:
    """Term counts per feature group: content lemmas, entities (of the opening, when the
    clustering tier has run) and the title's lemmas."""
    language = article.language if article.language != "und" else "de"
    counts = article.content_lemmas if article.content_lemmas is not None else content_lemmas(article.text, language)
    lemmas: Counter = Counter({key: n for key, n in counts.items() if key not in STOPWORDS})
    # The clustering tier's mentions (the opening's) when present, so that a story's features do
    # not depend on whether its articles were also fully annotated.
    mentions = article.opening_mentions if article.opening_mentions is not None else article.mentions
    entities: Counter = Counter(_entity_key(m.text) for m in mentions)
    title_source = article.title or article.text[:200]
    title = Counter(
        lemma(w).casefold() for w in re.findall(r"\w+", title_source) if len(w) > 2 and w.casefold() not in STOPWORDS
    )
    return {"lemmas": lemmas, "entities": entities, "title": title}


def timestamp(article: Article) -> float | None:
    """Days since the epoch of the article's publication (None when undated)."""
    if not article.published:
        return None
    value = article.published
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if "T" in value else datetime.fromisoformat(value[:10])
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp() / 86400.0


# A virtual background collection in which every term is rare: at a cold start (a handful of
# articles) shared terms then keep their weight instead of being discounted as common.
PRIOR_DOCUMENTS = 1000


def tfidf(counts: Counter, df: Counter, documents: int) -> dict[str, float]:
    """(1 + log tf) · idf, L2-normalised; idf is smoothed by :data:`PRIOR_DOCUMENTS`."""
    weights = {}
    for term, tf in counts.items():
        idf = math.log((documents + PRIOR_DOCUMENTS) / (df.get(term, 0) + 1))
        weights[term] = (1.0 + math.log(tf)) * idf
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
