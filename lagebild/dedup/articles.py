"""Whole-article near-duplicates with MinHash and LSH (datasketch)."""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from lagebild.model import Article

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 5) -> set[str]:
    """Word ``size``-grams of the lower-cased text (the whole text when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _minhash(items: set[str], num_perm: int) -> MinHash:
    m = MinHash(num_perm=num_perm)
    m.update_batch([s.encode("utf-8") for s in items])
    return m


class ArticleDedup:
    """An LSH index of the articles seen so far; ``add`` answers whether a new one repeats one of them."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._shingles: dict[str, set[str]] = {}

    def add(self, article: Article) -> str | None:
        items = shingles(article.text)
        if not items:
            return None
        signature = _minhash(items, self.num_perm)
        best, best_score = None, 0.0
        for candidate in self._lsh.query(signature):
            other = self._shingles[candidate]
            score = len(items & other) / len(items | other)  # exact Jaccard: LSH only proposes
            if score >= self.threshold and score > best_score:
                best, best_score = candidate, score
        if article.id not in self._shingles:
            self._lsh.insert(article.id, signature)
            self._shingles[article.id] = items
        return best
