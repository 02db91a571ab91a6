"""Annotate articles for the later stages: sentences, tokens with lemmas, entity mentions,
time expressions, quantities and quotes — everything :mod:`lagebild.story` reads."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.model import Article
from lagebild.nlp.ner import load_ner
from lagebild.nlp.numbers import extract_quantities
from lagebild.nlp.quotes import extract_quotes
from lagebild.nlp.sentences import split_sentences, tokenize
from lagebild.nlp.temporal import tag_times


def annotate(articles: list[Article], progress: Callable[[str, int, int], None] | None = None, batch_size: int = 64) -> None:
    """Fill each article's sentences, tokens, mentions, times, quantities and quotes (in place)."""
    tagger = load_ner()
    total = len(articles)
    for offset in range(0, total, batch_size):
        batch = articles[offset : offset + batch_size]
        for article, mentions in zip(batch, tagger.mentions_batch([a.text for a in batch])):
            article.sentences = split_sentences(article.text)
            article.tokens = tokenize(article.text, article.language if article.language != "und" else "de")
            article.mentions = mentions
            article.times = tag_times(article.text, article.published)
            article.quantities = extract_quantities(article.text)
            article.quotes = extract_quotes(article)
        if progress:
            progress("analyse articles", len(batch), total)
