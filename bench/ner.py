"""Benchmark: the shipped German NER model on held-out data, its speed and its size.

Quality is entity-level exact match (seqeval style: a mention counts only with the
right label and the exact span) of ``NerTagger.mentions`` (the model plus the role
post-rules) on the gold tokens joined by spaces, on two held-out sets that are
never trained or tuned on:

* GermEval 2014: the first 2,000 sentences of NER-de-test.tsv, mapped as in
  training (outer layer; OTH → MISC; ``deriv``/``part`` → O, so the figures are
  not the shared task's official metric, which scores those as extra classes);
* Europarl (Faruqui & Padó), test split, IOB1 → IOB2. Its MISC marks adjectives
  such as "europäischen", which Lagebild deliberately does not tag, so the
  overall figure is printed with and without MISC.

Speed: articles/s on one core for 300 DER STANDARD articles (10kGNAD test).
Goal (German language layer): >= 85 F1 overall and >= 90 PER on GermEval,
>= 50 articles/s per core.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "training" / "ner"))

import corpora  # noqa: E402
from _corpus import gnad_records  # noqa: E402

from lagebild.nlp.ner import LABELS, MODEL_DIR, NerTagger, load_ner  # noqa: E402

ANCHORS = "anchors (GermEval 2014 test, official metric): best shared-task system ≈ 79 F1, GBERT-large 88.2, GELECTRA-large 89.0; goal ≥ 85 overall, ≥ 90 PER"
Gold = set[tuple[int, int, int, str]]


def as_text(tokens: list[str], tags: list[str], index: int) -> tuple[str, Gold]:
    """The sentence as space-joined text, and its gold mentions as (sentence, start, end, label)."""
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    gold: Gold = set()
    start = label = None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            gold.add((index, offsets[start][0], offsets[i - 1][1], label))
            start = None
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return " ".join(tokens), gold


def score(tagger, sentences: list[corpora.Sentence]) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, gold) per label."""
    texts, gold = [], set()
    for index, (tokens, tags) in enumerate(sentences):
        text, spans = as_text(tokens, tags, index)
        texts.append(text)
        gold |= spans
    predicted = {(i, m.start, m.end, m.label) for i, found in enumerate(tagger.mentions_batch(texts)) for m in found}
    hits = predicted & gold
    count = lambda spans: Counter(span[3] for span in spans)  # noqa: E731
    tp, pred, true = count(hits), count(predicted), count(gold)
    return {label: (tp[label], pred[label], true[label]) for label in LABELS}


def prf(tp: int, pred: int, true: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / true if true else 0.0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def report(name: str, counts: dict[str, tuple[int, int, int]]) -> None:
    print(f"\n{name}")
    print(f"  {'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for label in LABELS:
        p, r, f = prf(*counts[label])
        print(f"  {label:<14}{p:7.1f}{r:7.1f}{f:7.1f}{counts[label][2]:7d}")
    for title, labels in (("overall", LABELS), ("PER/ORG/LOC", ("PER", "ORG", "LOC"))):
        total = tuple(sum(counts[label][k] for label in labels) for k in range(3))
        p, r, f = prf(*total)
        print(f"  {title:<14}{p:7.1f}{r:7.1f}{f:7.1f}{total[2]:7d}")


def throughput(tagger, count: int = 300) -> None:
    texts = [record["text"] for record in gnad_records()[:count]]
    words = sum(len(text.split()) for text in texts)
    tagger.mentions_batch(texts[:5])  # warm up
    start = time.perf_counter()
    tagger.mentions_batch(texts)
    elapsed = time.perf_counter() - start
    per_400 = words / 400 / elapsed
    print(f"\nthroughput (1 thread): {len(texts) / elapsed:.0f} articles/s ({words / len(texts):.0f} words each), {words / elapsed:,.0f} words/s = {per_400:.0f} articles/s of 400 words (goal ≥ 50)")


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description="German NER benchmark")
    parser.add_argument("--model", type=Path, default=MODEL_DIR, help="a spaCy model folder (default: the shipped one)")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    args = parser.parse_args()
    tagger = load_ner(args.model)
    print(f"model {args.model} version {tagger.version}: {size_mb(args.model):.1f} MB on disk")
    print(ANCHORS)
    raw = NerTagger(tagger.nlp, post_rules=False)
    for name, sentences in (
        (f"GermEval 2014 test, first {corpora.GERMEVAL_HELDOUT:,} sentences (held out)", corpora.germeval_heldout()),
        ("Europarl NER test (held out; MISC includes adjectives, not tagged by design)", corpora.europarl("test")),
    ):
        report(name, score(tagger, sentences))
        overall = lambda counts: prf(*(sum(c[k] for c in counts.values()) for k in range(3)))[2]  # noqa: E731
        print(f"  (the model alone, without the post-rules: overall F1 {overall(score(raw, sentences)):.1f})")
    if not args.no_speed:
        throughput(tagger)


if __name__ == "__main__":
    main()
