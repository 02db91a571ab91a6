"""Passages shared by two articles (agency copy), aligned to exact sentence spans in both.

Sentences are compared by their content words; matching sentences that follow each other
in both articles form one passage. Light editing between outlets (``muss``/``müsse``, a
name spelled out, a clause dropped) still matches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from lagebild.model import Article, Duplicate, Sentence, Span
from lagebild.nlp.sentences import split_sentences

_WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber auch als an auf aus bei bis
    durch für gegen in im ins mit nach ohne über um unter von vor zu zum zur sich sie er es wir ihr ich
    ist sind war waren wird werden wurde wurden sei seien hat haben hatte hatten nicht noch nur so wie
    dass daß ob wenn dann doch schon sehr mehr man kein keine einem diese dieser dieses beim vom am
    """.split()
)
MIN_SENTENCE_WORDS = 5
SENTENCE_THRESHOLD = 0.5


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2}


def _similarity(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / min(len(a), len(b)) * (shared / max(len(a), len(b))) ** 0.5


def _sentences(article: Article) -> list[Sentence]:
    return [s for s in (article.sentences or split_sentences(article.text)) if not s.is_heading]


def _matches(a: Article, b: Article) -> list[tuple[int, int, float]]:
    """(index in a, index in b, similarity) for sentences of a that b repeats."""
    sa, sb = _sentences(a), _sentences(b)
    words_a = [_content(a.text[s.start : s.end]) for s in sa]
    words_b = [_content(b.text[s.start : s.end]) for s in sb]
    postings: dict[str, list[int]] = defaultdict(list)
    for j, words in enumerate(words_b):
        for w in words:
            postings[w].append(j)
    found = []
    for i, words in enumerate(words_a):
        if len(words) < MIN_SENTENCE_WORDS:
            continue
        counts: dict[int, int] = defaultdict(int)
        for w in words:
            for j in postings.get(w, ()):
                counts[j] += 1
        best_j, best = None, 0.0
        for j, shared in counts.items():
            if shared < 3:
                continue
            score = _similarity(words, words_b[j])
            if score > best:
                best_j, best = j, score
        if best_j is not None and best >= SENTENCE_THRESHOLD and len(words_b[best_j]) >= MIN_SENTENCE_WORDS:
            found.append((i, best_j, best))
    return found


def find_shared_passages(a: Article, b: Article, min_sentences: int = 1) -> list[Duplicate]:
    """Passages of ``a`` repeated in ``b``; consecutive matching sentences join into one passage."""
    sa, sb = _sentences(a), _sentences(b)
    runs: list[list[tuple[int, int, float]]] = []
    for match in _matches(a, b):
        if runs and match[0] - runs[-1][-1][0] <= 2 and 0 < match[1] - runs[-1][-1][1] <= 2:
            runs[-1].append(match)
        else:
            runs.append([match])
    passages = []
    for run in runs:
        if len(run) < min_sentences:
            continue
        # A single sentence only counts when it is long: short ones repeat by chance.
        if len(run) == 1 and len(_content(a.text[sa[run[0][0]].start : sa[run[0][0]].end])) < 9:
            continue
        a_start, a_end = sa[run[0][0]].start, sa[run[-1][0]].end
        b_start, b_end = sb[run[0][1]].start, sb[run[-1][1]].end
        similarity = sum(m[2] for m in run) / len(run)
        passages.append(Duplicate(Span.of(a, a_start, a_end), Span.of(b, b_start, b_end), similarity))
    return passages


def find_duplicates(articles: list[Article]) -> list[Duplicate]:
    """All passages shared by two articles of the story (``a`` from the earlier article)."""
    ordered = sorted(articles, key=lambda x: (x.published or "", x.id))
    found: list[Duplicate] = []
    for a, b in combinations(ordered, 2):
        if a.duplicate_of == b.id or b.duplicate_of == a.id:
            continue  # whole-article copies are reported as duplicate_of
        found.extend(find_shared_passages(a, b))
    return found


def copied_sentences(articles: list[Article]) -> dict[str, set[int]]:
    """For each article, the start offsets of its sentences that repeat an earlier article's."""
    ordered = sorted(articles, key=lambda x: (x.published or "", x.id))
    copied: dict[str, set[int]] = defaultdict(set)
    for later_index, later in enumerate(ordered):
        sentences = _sentences(later)
        for earlier in ordered[:later_index]:
            for i, _j, _score in _matches(later, earlier):
                copied[later.id].add(sentences[i].start)
    return copied
