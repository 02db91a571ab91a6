"""Link quotes in different articles that render the same statement, also in other translations.

Two quotes are the same statement when their speakers agree (or one is unknown), they come
from different articles, and their content words overlap enough: translations of one
remark keep its key words (``interessant``, ``Ärger``; ``nächst``, ``Mal``, ``Moskau``) even
when the rest is worded differently.
"""

from __future__ import annotations

from itertools import combinations

from lagebild.model import Article, Quote
from lagebild.story.text import content_lemmas, overlap

MIN_OVERLAP = 0.45  # speakers unknown: the words must carry the match
MIN_OVERLAP_SAME_SPEAKER = 0.25  # the same person: two shared key words in a short remark suffice
MIN_SHARED = 2


def same_statement(a: Quote, b: Quote) -> bool:
    if a.article == b.article:
        return False
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return False
    la, lb = content_lemmas(a.text), content_lemmas(b.text)
    shared = la & lb
    if len(shared) < min(MIN_SHARED, len(la), len(lb)) or not shared:
        return False
    threshold = MIN_OVERLAP_SAME_SPEAKER if a.speaker and a.speaker == b.speaker else MIN_OVERLAP
    return overlap(la, lb) >= threshold


def link_same_statements(quotes: list[Quote], articles: list[Article] | None = None) -> None:
    """Fill each quote's ``same_as`` with the ids of quotes elsewhere that render the same statement."""
    for quote in quotes:
        quote.same_as = []
    speech = [q for q in quotes if q.kind in ("direct", "partial")]
    for a, b in combinations(speech, 2):
        if same_statement(a, b):
            a.same_as.append(b.id)
            b.same_as.append(a.id)
    for quote in quotes:
        quote.same_as.sort()
