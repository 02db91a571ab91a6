"""Shared helpers of the story stage: content lemmas of a span, similarity, and the sentences of a story."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.model import Article, Sentence
from lagebild.nlp.sentences import lemma, split_sentences

_WORD = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*")
STOPWORDS = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber auch als an auf aus bei bis durch für gegen
    in im ins mit nach ohne über um unter von vor zu zum zur sich sie er es wir ihr ich ist sind war waren wird werden
    wurde wurden sei seien hat haben hatte hatten nicht noch nur so wie dass ob wenn dann doch schon sehr mehr man kein
    keine diese dieser dieses beim vom am da dafür darauf daran dabei damit mir mich dir ihm ihn ihnen uns euch sein
    seine seiner seinem seinen ihre ihrer ihrem ihren können könnte könnten müssen muss müsse soll sollen solle will
    wollen wolle würde würden wäre zwar etwa jedoch bereits zudem zuvor dort hier heute gestern nun erst immer wieder
    the a an of and to in is for on that with as by at from this be are was it or
    """.split()
)


def content_lemmas(text: str) -> set[str]:
    return {lemma(w).casefold() for w in _WORD.findall(text) if len(w) > 2 and w.casefold() not in STOPWORDS and not w.isdigit()}


def overlap(a: set[str], b: set[str]) -> float:
    """Overlap coefficient, damped for very unequal sizes."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / min(len(a), len(b)) * (shared / max(len(a), len(b))) ** 0.25


@dataclass(slots=True)
class StorySentence:
    article: Article
    sentence: Sentence
    index: int  # position in the article
    lemmas: set[str]

    @property
    def text(self) -> str:
        return self.article.text[self.sentence.start : self.sentence.end]


def story_sentences(articles: list[Article]) -> list[StorySentence]:
    """Every sentence of the story's articles (in publication order), headings excluded."""
    found = []
    for article in sorted(articles, key=lambda a: (a.published or "", a.id)):
        for index, sentence in enumerate(article.sentences or split_sentences(article.text)):
            if sentence.is_heading:
                continue
            text = article.text[sentence.start : sentence.end]
            found.append(StorySentence(article, sentence, index, content_lemmas(text)))
    return found
