"""Annotate articles for the later stages, in two tiers.

* :func:`annotate_for_clustering` — what story clustering needs, fast enough for a stream:
  the lemma counts of the whole text's content words and entity mentions of the article's
  *opening* (its first sentences, about :data:`OPENING_CHARS` characters, where news names
  who and where);
* :func:`annotate` — everything synthesis needs: sentences, tokens with lemmas, entity mentions
  of the whole text, time expressions and quantities; mentions made consistent and quotes per
  story.

NER is most of the cost (about 17 ms for a 400-word article): the first tier runs it on a
sixth of the text, the second only for the stories that are built.

After the NER model, three document-level rules make mentions consistent (a sentence-level
tagger cannot see the article):

* **trim** — a capitalised function word the model took into a name goes (``Für Putin`` →
  ``Putin``); so does a noun after a genitive name (``Trumps Wunsch`` → ``Trumps``);
* **role** — a name right after a person's role word is a person (``Präsident Wolodymyr
  Selenskyj``, ``Kreml-Sprecher Dmitri Peskow``), whatever label the model gave it;
* **propagate** — a name the article uses once as a mention is a mention wherever it recurs
  in that article, with the label it has most often (``Donald Trump`` … ``Trump`` … ``Trumps``).
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from lagebild.clean.rules import AGENCIES
from lagebild.model import Article, Mention, Token
from lagebild.nlp.ner import load_ner
from lagebild.nlp.numbers import extract_quantities
from lagebild.nlp.channels import find_channels
from lagebild.nlp.quotes import extract_quotes
from lagebild.nlp.roles import is_role_word, role_before
from lagebild.nlp.sentences import content_lemmas, lemma, split_sentences, tokenize
from lagebild.nlp.temporal import tag_times

LEADING_FUNCTION_WORDS = frozenset(
    "für auch mit nach bei laut dass wie als am im in an auf aus von vor zu zum zur und oder aber doch so da "
    "wenn weil ob über unter gegen ohne durch seit bis während trotz wegen dann nun zudem denn".split()
)


def _trim(article: Article, mentions: list[Mention]) -> list[Mention]:
    text = article.text
    names = {m.text.split()[-1] for m in mentions if len(m.text.split()) == 1 or m.label == "PER"}
    kept = []
    for m in mentions:
        start, end = m.start, m.end
        words = text[start:end].split()
        while len(words) > 1 and words[0].lower() in LEADING_FUNCTION_WORDS:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) == 2 and words[0].endswith("s") and words[0][:-1] in names and words[1][0].isupper():
            end = start + len(words[0])  # "Trumps Wunsch": the genitive name only
            words = words[:1]
        if not words or not words[0][0].isupper():
            continue
        kept.append(Mention(start, end, text[start:end], m.label, m.role))
    return kept


def _role_rule(article: Article, mentions: list[Mention]) -> None:
    text = article.text
    for m in mentions:
        # "Präsident Wolodymyr Selenskyj" tagged as "Selenskyj": the word between role and name is a first name.
        gap = re.search(r"(?:^|\s)([A-ZÄÖÜ][a-zäöüß]+)\s+$", text[max(0, m.start - 30) : m.start])
        if gap and len(m.text.split()) == 1:
            first_start = m.start - len(text[max(0, m.start - 30) : m.start]) + gap.start(1)
            if role_before(text, first_start) and not is_role_word(gap.group(1)):
                m.start = first_start
                m.text = text[m.start : m.end]
        before = role_before(article.text, m.start)
        if before and m.label != "PER" and not is_role_word(m.text.split()[0]):
            m.label = "PER"
            m.role = before[1]


def _label_table(mentions: list[Mention]) -> dict[str, Counter]:
    labels: dict[str, Counter] = {}
    for m in mentions:
        # A role before the name is strong evidence of a person: count it thrice.
        weight = 3 if m.role else 1
        label = "PER" if m.role else m.label
        labels.setdefault(m.text, Counter())[label] += weight
        words = m.text.split()
        if label == "PER" and len(words) > 1:
            labels.setdefault(words[-1], Counter())["PER"] += weight
    return labels


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _occurrences(text: str, surface: str):
    """Spans of ``surface`` as a whole word in ``text``, with a genitive ``s`` or ``'`` if present.

    A plain ``str.find`` scan: one compiled regex per surface cost more than the search itself.
    """
    at = text.find(surface)
    while at >= 0:
        end = at + len(surface)
        if at == 0 or not _is_word_char(text[at - 1]):
            if end < len(text) and text[end] in "s'" and (end + 1 == len(text) or not _is_word_char(text[end + 1])):
                yield at, end + 1
            elif end == len(text) or not _is_word_char(text[end]):
                yield at, end
        at = text.find(surface, at + 1)


def _propagate(article: Article, mentions: list[Mention], labels: dict[str, Counter] | None = None) -> list[Mention]:
    text = article.text
    labels = labels or _label_table(mentions)
    for m in mentions:
        if m.text in labels:
            m.label = labels[m.text].most_common(1)[0][0]
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    for surface, counts in labels.items():
        if len(surface) < 3:
            continue
        label = counts.most_common(1)[0][0]
        for start, end in _occurrences(text, surface):
            if any(a < end and start < b for a, b in taken):
                continue
            before = role_before(text, start) if label == "PER" else None
            added.append(Mention(start, end, text[start:end], label, before[1] if before else None))
            taken.append((start, end))
    return sorted(mentions + added, key=lambda m: m.start)


_AGENCY = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in AGENCIES if len(a) > 2) + r")(?![\w-])")


def _agency_rule(article: Article, mentions: list[Mention]) -> list[Mention]:
    """News agencies (the cleaner's table) are organisations wherever they are named,
    also where the model gave the name another label ("Reuters hatte berichtet" read as a person)."""
    mentions = [Mention(m.start, m.end, m.text, "ORG") if m.label != "ORG" and _AGENCY.fullmatch(m.text) else m for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    for match in _AGENCY.finditer(article.text):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            mentions.append(Mention(match.start(), match.end(), match.group(), "ORG"))
    return sorted(mentions, key=lambda m: m.start)


def consistent_mentions(article: Article, mentions: list[Mention]) -> list[Mention]:
    mentions = _agency_rule(article, _trim(article, mentions))
    _role_rule(article, mentions)
    mentions = _propagate(article, mentions)
    _role_rule(article, mentions)  # names found by propagation may stand after a role too
    return mentions


def consistent_story_mentions(articles: list[Article]) -> None:
    """Story-wide consistency: a name one article tags is a mention, with one label, in all of them."""
    labels = _label_table([m for a in articles for m in a.mentions])
    for article in articles:
        article.mentions = _propagate(article, list(article.mentions), labels)
        _role_rule(article, article.mentions)
        article.quotes = extract_quotes(article)
        find_channels(article, article.quotes)


def _annotation(text: str, language: str, published: str | None, mentions: list[Mention], article_id: str = "") -> tuple:
    """Everything ``annotate`` fills for one text, as a plain tuple (it crosses process boundaries)."""
    probe = Article(id=article_id, source="", text=text, language=language, published=published)
    sentences = split_sentences(text)
    tokens = tokenize(text, language if language != "und" else "de")
    # Tokens cross the process boundary as flat lists: unpickling 400 Token objects an article
    # cost the receiving process three times what rebuilding them does.
    packed = ([t.start for t in tokens], [t.end for t in tokens], [t.lemma for t in tokens])
    consistent = consistent_mentions(probe, mentions)
    times = tag_times(text, published, sentences=sentences)
    return sentences, packed, consistent, times, extract_quantities(text)


def _annotate_chunk(chunk: list[tuple[str, str, str | None]]) -> list[tuple]:
    tagger = load_ner()
    found = tagger.mentions_batch([text for text, _, _ in chunk])
    return [_annotation(text, language, published, mentions) for (text, language, published), mentions in zip(chunk, found)]


OPENING_CHARS = 600


def opening_end(text: str, chars: int = OPENING_CHARS) -> int:
    """Where the article's opening ends: after the sentence that reaches ``chars`` characters."""
    if len(text) <= chars:
        return len(text)
    for sentence in split_sentences(text[: chars * 2]):
        if sentence.end >= chars:
            return sentence.end
    return chars * 2


def _clustering_chunk(chunk: list[tuple[str, str, str | None]]) -> list[tuple]:
    tagger = load_ner()
    openings = [text[: opening_end(text)] for text, _, _ in chunk]
    found = tagger.mentions_batch(openings)
    out = []
    for (text, language, published), opening, mentions in zip(chunk, openings, found):
        probe = Article(id="", source="", text=opening, language=language, published=published)
        # The opening is a prefix of the text: its offsets are the text's.
        out.append((content_lemmas(text, language), consistent_mentions(probe, mentions)))
    return out


def default_workers(articles: int) -> int:
    """Worker processes for ``annotate``: one per usable core for big batches, none for small ones.

    ``LAGEBILD_WORKERS`` overrides it. Starting a worker (it loads the model) costs about a second,
    so batches under ``PARALLEL_FROM`` articles stay in this process.
    """
    configured = os.environ.get("LAGEBILD_WORKERS")
    if configured:
        return max(1, int(configured))
    if articles < PARALLEL_FROM:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8))


PARALLEL_FROM = 300


def _start_method() -> str:
    """Fork (the loaded model is shared, nothing re-imported) unless other threads run: a forked
    child would inherit their held locks. Then a fork server, or spawn where there is none."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _one_blas_thread() -> None:
    """In a worker process: numpy's BLAS (the NER's matrix products) on one thread.

    The workers already use every core; a BLAS that also starts a thread per core in each of
    them oversubscribes the machine (measured on 2 cores: 33 articles/s for the full tier
    against 41–47 with one BLAS thread per worker).
    """
    import numpy  # noqa: F401  (loads the BLAS: a started or spawned worker has not yet, and a limit set before would miss it)
    from threadpoolctl import threadpool_limits

    global _BLAS_LIMIT
    _BLAS_LIMIT = threadpool_limits(limits=1, user_api="blas")


_BLAS_LIMIT = None  # kept alive so the worker's limit lasts


def _map_chunks(function, articles: list[Article], batch_size: int, workers: int | None):
    """(chunk of articles, results) pairs, the chunks processed in ``workers`` processes."""
    total = len(articles)
    workers = default_workers(total) if workers is None else workers
    chunks = [articles[offset : offset + batch_size] for offset in range(0, total, batch_size)]
    payloads = [[(a.text, a.language, a.published) for a in chunk] for chunk in chunks]
    if workers > 1 and len(chunks) > 1:
        context = multiprocessing.get_context(_start_method())
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_one_blas_thread) as pool:
            yield from zip(chunks, pool.map(function, payloads))
    else:
        yield from zip(chunks, map(function, payloads))


def load_models(languages: Iterable[str] = ("de",)) -> None:
    """Load what annotation needs once per process: the NER model and the lemma tables of
    ``languages`` (about a second each). Worker processes forked afterwards share them."""
    load_ner()
    for language in set(languages):
        lemma("Gipfel", language if language != "und" else "de")


def _read_for_clustering(article: Article) -> bool:
    return article.opening_mentions is not None and article.content_lemmas is not None


def annotate_for_clustering(
    articles: list[Article],
    progress: Callable[[str, int, int], None] | None = None,
    batch_size: int = 64,
    workers: int | None = None,
) -> None:
    """Fill each article's ``content_lemmas`` (whole text) and ``opening_mentions`` (in place):
    the clustering tier. Articles that have both already are skipped."""
    for _chunk in stream_for_clustering(articles, progress, batch_size, workers):
        pass


def stream_for_clustering(
    articles: list[Article],
    progress: Callable[[str, int, int], None] | None = None,
    batch_size: int = 64,
    workers: int | None = None,
) -> Iterator[list[Article]]:
    """:func:`annotate_for_clustering` chunk by chunk, in the articles' order: the caller can
    cluster one chunk while the worker processes read the next ones."""
    todo = [a for a in articles if not _read_for_clustering(a)]
    load_models({a.language for a in todo})  # before forking, so that workers share them
    cursor = 0
    for chunk, results in _map_chunks(_clustering_chunk, todo, batch_size, workers):
        for article, (lemmas, mentions) in zip(chunk, results):
            article.content_lemmas, article.opening_mentions = lemmas, mentions
        if progress:
            progress("read openings", len(chunk), len(todo))
        start = cursor
        while cursor < len(articles) and _read_for_clustering(articles[cursor]):
            cursor += 1
        if cursor > start:
            yield articles[start:cursor]
    if cursor < len(articles):
        yield articles[cursor:]


def annotate(
    articles: list[Article],
    progress: Callable[[str, int, int], None] | None = None,
    batch_size: int = 64,
    workers: int | None = None,
) -> None:
    """Fill each article's sentences, tokens, mentions, times and quantities (in place): the full tier.

    With ``workers`` > 1 (default: :func:`default_workers`) batches are annotated in that many
    processes; the result is the same as in one. Quotes come from
    :func:`consistent_story_mentions`, once the story's articles are known.
    """
    for chunk, results in _map_chunks(_annotate_chunk, articles, batch_size, workers):
        for article, (sentences, packed, mentions, times, quantities) in zip(chunk, results):
            tokens = [Token(start, end, article.text[start:end], lemma) for start, end, lemma in zip(*packed)]
            article.sentences, article.tokens, article.mentions = sentences, tokens, mentions
            article.times, article.quantities = times, quantities
            # Quotes wait for consistent_story_mentions: their speakers need the story's names.
        if progress:
            progress("analyse articles", len(chunk), len(articles))
