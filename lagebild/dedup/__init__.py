"""Dedup: near-duplicate articles (MinHash + LSH) and passages copied between articles (agency copy).

* :class:`ArticleDedup` — ``add(article)`` returns the id of an earlier article this one
  nearly repeats as a whole (Jaccard of word 5-shingles ≥ ``threshold``), else None.
* :func:`find_duplicates` — passages that appear nearly verbatim in two articles of a story,
  aligned to exact sentence spans in both (``Duplicate(a, b, similarity)``).
* :func:`copied_sentences` — which sentences of each article copy an earlier article, so
  that later stages count agency copy once.
"""

from lagebild.dedup.articles import ArticleDedup, shingles
from lagebild.dedup.passages import copied_sentences, find_duplicates, find_shared_passages

__all__ = ["ArticleDedup", "shingles", "find_duplicates", "find_shared_passages", "copied_sentences"]
