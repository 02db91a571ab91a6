"""Online, time-aware story clustering after Miranda et al. (EMNLP 2018).

Each arriving article is compared with the stories that share its salient terms: per
feature group (lemmas, entities, title) a TF-IDF cosine against the story's centroid,
plus time features (days to the story's first, last and mean article, with decay). A
logistic model (:data:`WEIGHTS_PATH`, fitted by ``bench/clustering.py --fit`` on labelled
pairs and shipped with the package) turns them into a probability of belonging; the
article joins the most probable story above 0.5 or opens a new one. Document
frequencies, centroids and assignments live in DuckDB, so a new batch continues the
stream instead of rebuilding it.
"""

from __future__ import annotations

import heapq
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from lagebild.cluster.features import GROUPS, article_terms, cosine, tfidf, timestamp
from lagebild.errors import StoreError
from lagebild.model import Article, stable_id
from lagebild.store import bulk_insert

WEIGHTS_PATH = Path(__file__).resolve().parent / "weights.json"
# The join decision with the optional multilingual embedding feature (--embeddings).
WEIGHTS_EMBEDDINGS_PATH = Path(__file__).resolve().parent / "weights-embeddings.json"
EMBEDDING_CANDIDATES = 10  # stories nearest by embedding scored in full, besides those sharing terms
CENTROID_TERMS = 150  # terms kept per group in a story's centroid
CANDIDATE_TERMS = 12  # an article's strongest terms used to look up candidate stories
MAX_GAP_DAYS = 21.0  # beyond this distance to a story's last article it is not a candidate
MAX_CANDIDATES = 25  # stories scored in full per arriving article
COMMON_SHARE = 0.05
POSTING_WINDOW = 300  # newest stories looked at per term  # terms in more than this share of documents do not retrieve candidates


def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, float]:
    return json.loads(path.read_text(encoding="utf-8"))


def decision_features(
    similarities: dict[str, float], gap_last: float | None, gap_mean: float | None, gap_first: float | None, tau: float, cross_lingual: bool = False
) -> dict[str, float]:
    """The features the join decision weighs (names match the keys of weights.json)."""
    def decay(gap: float | None) -> float:
        return 1.0 if gap is None else math.exp(-abs(gap) / tau)

    return {
        "lemmas": similarities.get("lemmas", 0.0),
        "entities": similarities.get("entities", 0.0),
        "title": similarities.get("title", 0.0),
        "embedding": similarities.get("embedding", 0.0),
        "decay_last": decay(gap_last),
        "decay_mean": decay(gap_mean),
        "decay_first": decay(gap_first),
        # Embeddings of one event in two languages are less alike than in one: the decision may
        # ask for less similarity across languages.
        "cross_lingual": 1.0 if cross_lingual else 0.0,
    }


CONTENT = ("lemmas", "entities", "title", "embedding")
TIME = ("decay_last", "decay_mean", "decay_first")


def logit(features: dict[str, float], weights: dict[str, float]) -> float:
    """Content similarities add evidence; time decay (1 at no distance) only takes it away."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * features[name] for name in CONTENT)
    z += weights.get("cross_lingual", 0.0) * features.get("cross_lingual", 0.0)
    return z + sum(weights.get(name, 0.0) * (features[name] - 1.0) for name in TIME)


def probability(features: dict[str, float], weights: dict[str, float]) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit(features, weights)))))


@dataclass(slots=True)
class StoryState:
    id: str
    first: float | None = None
    last: float | None = None
    time_sum: float = 0.0
    dated: int = 0
    size: int = 0
    centroid: dict[str, Counter] = field(default_factory=lambda: {g: Counter() for g in GROUPS})
    cached: tuple[int, int, dict] | None = None  # (size, documents, tf-idf vectors) of the centroid
    embedding_sum: np.ndarray | None = None  # sum of the members' embeddings (--embeddings)
    languages: Counter = field(default_factory=Counter)

    def add(self, terms: dict[str, Counter], moment: float | None, embedding: np.ndarray | None = None, language: str | None = None) -> None:
        self.size += 1
        if language:
            self.languages[language] += 1
        if embedding is not None:
            self.embedding_sum = embedding.copy() if self.embedding_sum is None else self.embedding_sum + embedding
        if moment is not None:
            self.first = moment if self.first is None else min(self.first, moment)
            self.last = moment if self.last is None else max(self.last, moment)
            self.time_sum += moment
            self.dated += 1
        for group in GROUPS:
            merged = self.centroid[group]
            merged.update(terms[group])
            if len(merged) > CENTROID_TERMS * 2:
                self.centroid[group] = Counter(dict(merged.most_common(CENTROID_TERMS)))

    @property
    def mean(self) -> float | None:
        return self.time_sum / self.dated if self.dated else None


class StoryClusterer:
    """The stream's state: document frequencies, stories with centroids, and article assignments.

    With ``embeddings`` each article's multilingual embedding (:mod:`lagebild.nlp.embeddings`)
    is a fourth feature and finds candidate stories that share no term, so that reports in
    different languages can join; the join weights are then those of ``weights-embeddings.json``.
    """

    def __init__(self, weights: dict[str, float] | None = None, embeddings: bool = False):
        self.embeddings = embeddings
        self.weights = weights or load_weights(WEIGHTS_EMBEDDINGS_PATH if embeddings else WEIGHTS_PATH)
        self.tau = self.weights.get("tau_days", 3.0)
        self.threshold = self.weights.get("threshold", 0.5)
        self.df: dict[str, Counter] = {g: Counter() for g in GROUPS}
        self.documents = 0
        self.stories: dict[str, StoryState] = {}
        self.assignments: dict[str, str] = {}
        self._postings: dict[str, list[str]] = defaultdict(list)  # term -> stories, oldest first
        self._posted: set[tuple[str, str]] = set()
        self._dirty: set[str] = set()
        self._embedding_rows: dict[str, int] = {}  # story id -> row of _embedding_matrix
        self._embedding_ids: list[str] = []
        self._embedding_matrix = np.zeros((0, 0), dtype=np.float32)  # unit centroids, one row per story

    # -- the decision -------------------------------------------------------------------
    def _vectors(self, terms: dict[str, Counter]) -> dict[str, dict[str, float]]:
        return {g: tfidf(terms[g], self.df[g], max(self.documents, 1)) for g in GROUPS}

    def _candidates(self, vectors: dict[str, dict[str, float]], moment: float | None) -> list[str]:
        """The stories sharing most of the article's strongest terms (at most MAX_CANDIDATES), recent enough."""
        hits: Counter = Counter()
        common = max(50, int(self.documents * COMMON_SHARE))
        for group in ("entities", "lemmas"):
            ranked = sorted(vectors[group].items(), key=lambda kv: -kv[1])[:CANDIDATE_TERMS]
            for term, weight in ranked:
                if self.df[group].get(term, 0) > common:
                    continue  # a term in most documents names no story
                # The newest stories of a term: old ones are beyond the time window anyway.
                for story_id in self._postings.get(f"{group}:{term}", ())[-POSTING_WINDOW:]:
                    hits[story_id] += weight
        ranked = (story_id for story_id, _ in heapq.nlargest(MAX_CANDIDATES * 4, hits.items(), key=lambda kv: kv[1]))
        return self._recent(ranked, moment, MAX_CANDIDATES)

    def _recent(self, ranked, moment: float | None, limit: int) -> list[str]:
        """The first ``limit`` of the ranked story ids whose last article is within MAX_GAP_DAYS."""
        found = []
        for story_id in ranked:
            last = self.stories[story_id].last
            if moment is None or last is None or abs(moment - last) <= MAX_GAP_DAYS:
                found.append(story_id)
                if len(found) >= limit:
                    break
        return found

    def score(self, terms: dict[str, Counter], moment: float | None, story: StoryState) -> tuple[float, dict[str, float]]:
        vectors = self._vectors(terms)
        return self._score_vectors(vectors, moment, story)

    def _centroid_vectors(self, story: StoryState) -> dict[str, dict[str, float]]:
        # Document frequencies drift slowly: a centroid's vectors are reused until the story grows
        # or the collection has grown by a twentieth since they were computed.
        if story.cached is None or story.cached[0] != story.size or self.documents > story.cached[1] * 1.05 + 10:
            vectors = {g: tfidf(story.centroid[g], self.df[g], max(self.documents, 1)) for g in GROUPS}
            story.cached = (story.size, self.documents, vectors)
        return story.cached[2]

    def _score_vectors(self, vectors, moment, story: StoryState, embedding: np.ndarray | None = None, language: str | None = None) -> tuple[float, dict[str, float]]:
        centroid = self._centroid_vectors(story)
        similarities = {g: cosine(vectors[g], centroid[g]) for g in GROUPS}
        if embedding is not None and story.embedding_sum is not None:
            norm = float(np.linalg.norm(story.embedding_sum)) or 1.0
            similarities["embedding"] = float(embedding @ story.embedding_sum) / norm
        gaps = [None if moment is None or ref is None else moment - ref for ref in (story.last, story.mean, story.first)]
        cross = bool(language and story.languages and language not in story.languages)
        features = decision_features(similarities, *gaps, tau=self.tau, cross_lingual=cross)
        return probability(features, self.weights), features

    def assign(self, article: Article) -> str:
        """The story ``article`` belongs to (joining the best one or opening a new one)."""
        if article.id in self.assignments:
            return self.assignments[article.id]
        terms = article_terms(article)
        moment = timestamp(article)
        embedding = self._embedding(article)
        # Document frequencies first, so that an article's own terms count as seen once.
        self.documents += 1
        for group in GROUPS:
            self.df[group].update(terms[group].keys())
        vectors = self._vectors(terms)
        best, best_p = None, 0.0
        candidates = self._candidates(vectors, moment)
        if embedding is not None:
            candidates += [c for c in self._nearest_by_embedding(embedding, moment) if c not in candidates]
        for story_id in candidates:
            p, _features = self._score_vectors(vectors, moment, self.stories[story_id], embedding, article.language)
            if p > best_p:
                best, best_p = story_id, p
        if best is None or best_p < self.threshold:
            best = stable_id("s-", article.id)
            self.stories[best] = StoryState(best)
        story = self.stories[best]
        story.add(terms, moment, embedding, article.language)
        self._index(story)
        self.assignments[article.id] = best
        self._dirty.add(best)
        return best

    def _embedding(self, article: Article) -> np.ndarray | None:
        if not self.embeddings:
            return None
        if article.embedding is None:
            from lagebild.nlp.embeddings import embed_articles

            embed_articles([article])
        return np.asarray(article.embedding, dtype=np.float32)

    def _nearest_by_embedding(self, embedding: np.ndarray, moment: float | None) -> list[str]:
        """The stories whose centroid embedding is nearest, recent enough (at most EMBEDDING_CANDIDATES)."""
        if not self._embedding_ids:
            return []
        scores = self._embedding_matrix[: len(self._embedding_ids)] @ embedding
        wanted = min(len(scores), EMBEDDING_CANDIDATES * 4)
        nearest = np.argpartition(-scores, wanted - 1)[:wanted]  # the best, unordered, in linear time
        ranked = (self._embedding_ids[row] for row in nearest[np.argsort(-scores[nearest])])
        return self._recent(ranked, moment, EMBEDDING_CANDIDATES)

    def _index_embedding(self, story: StoryState) -> None:
        if story.embedding_sum is None:
            return
        row = self._embedding_rows.get(story.id)
        if row is None:
            row = len(self._embedding_ids)
            if row >= self._embedding_matrix.shape[0]:  # grow by doubling
                grown = np.zeros((max(64, row * 2), len(story.embedding_sum)), dtype=np.float32)
                if row:
                    grown[:row] = self._embedding_matrix[:row]
                self._embedding_matrix = grown
            self._embedding_rows[story.id] = row
            self._embedding_ids.append(story.id)
        norm = float(np.linalg.norm(story.embedding_sum)) or 1.0
        self._embedding_matrix[row] = story.embedding_sum / norm

    def _index(self, story: StoryState) -> None:
        self._index_embedding(story)
        for group in ("entities", "lemmas"):
            for term, _ in story.centroid[group].most_common(40):
                key = f"{group}:{term}"
                if (key, story.id) not in self._posted:
                    self._posted.add((key, story.id))
                    self._postings[key].append(story.id)

    # -- persistence --------------------------------------------------------------------
    @classmethod
    def load(cls, conn, weights: dict[str, float] | None = None, embeddings: bool | None = None) -> "StoryClusterer":
        """The clusterer as stored in the database (an empty one for a new database).

        A database's stories were clustered either with embeddings or without. ``embeddings=None``
        continues the way it was built (without, for a new database); asking for the other way is
        refused (a StoreError says so) rather than mixing the two.
        """
        _ensure_tables(conn)
        mode = conn.execute("SELECT value FROM cluster_meta WHERE key = 'embeddings'").fetchone()
        stored = conn.execute("SELECT count(*) FROM cluster_stories").fetchone()[0]
        built_with = bool(stored) and (mode[0] == "1" if mode else False)
        if embeddings is None:
            embeddings = built_with
        clusterer = cls(weights, embeddings=embeddings)
        if stored and built_with != embeddings:
            raise StoreError(
                f"this database's stories were clustered {'with' if not embeddings else 'without'} --embeddings; "
                f"run again {'with' if not embeddings else 'without'} it, or use a new database"
            )
        row = conn.execute("SELECT value FROM cluster_meta WHERE key = 'documents'").fetchone()
        clusterer.documents = int(row[0]) if row else 0
        for group, term, count in conn.execute("SELECT grp, term, df FROM cluster_df").fetchall():
            clusterer.df[group][term] = count
        for sid, first, last, time_sum, dated, size, centroid in conn.execute(
            "SELECT id, first_ts, last_ts, time_sum, dated, size, centroid FROM cluster_stories"
        ).fetchall():
            groups = json.loads(centroid)
            embedding = groups.pop("embedding", None)
            languages = groups.pop("languages", {})
            state = StoryState(sid, first, last, time_sum, dated, size, {g: Counter(v) for g, v in groups.items()})
            state.languages = Counter(languages)
            if embedding is not None:
                state.embedding_sum = np.asarray(embedding, dtype=np.float32)
            clusterer.stories[sid] = state
            clusterer._index(state)
        clusterer.assignments = dict(conn.execute("SELECT article_id, story_id FROM cluster_assignments").fetchall())
        return clusterer

    def save(self, conn) -> None:
        """Write what changed since loading: document frequencies, changed stories, assignments."""
        _ensure_tables(conn)
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute("DELETE FROM cluster_meta WHERE key IN ('documents', 'embeddings')")
            conn.execute("INSERT INTO cluster_meta VALUES ('documents', ?), ('embeddings', ?)", [str(self.documents), "1" if self.embeddings else "0"])
            conn.execute("DELETE FROM cluster_df")
            bulk_insert(conn, "cluster_df", ("grp", "term", "df"), [(g, t, c) for g in GROUPS for t, c in self.df[g].items()])
            dirty = [self.stories[s] for s in self._dirty]
            if dirty:
                conn.execute("DELETE FROM cluster_stories WHERE id IN (SELECT unnest(?))", [[s.id for s in dirty]])
                bulk_insert(
                    conn, "cluster_stories", ("id", "first_ts", "last_ts", "time_sum", "dated", "size", "centroid"),
                    [(s.id, s.first, s.last, s.time_sum, s.dated, s.size, json.dumps(_centroid_json(s), ensure_ascii=False)) for s in dirty],
                )
            stored = {r[0] for r in conn.execute("SELECT article_id FROM cluster_assignments").fetchall()}
            bulk_insert(conn, "cluster_assignments", ("article_id", "story_id"), [(a, s) for a, s in self.assignments.items() if a not in stored])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._dirty.clear()


def _centroid_json(story: StoryState) -> dict:
    data: dict = {g: dict(c) for g, c in story.centroid.items()}
    data["languages"] = dict(story.languages)
    if story.embedding_sum is not None:
        data["embedding"] = [round(float(x), 6) for x in story.embedding_sum]
    return data


def _ensure_tables(conn) -> None:
    # Created by migration 002 in a Lagebild store; here too for a bare connection (benchmarks, tests).
    conn.execute("CREATE TABLE IF NOT EXISTS cluster_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    conn.execute("CREATE TABLE IF NOT EXISTS cluster_df (grp VARCHAR, term VARCHAR, df BIGINT)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS cluster_stories (id VARCHAR PRIMARY KEY, first_ts DOUBLE, last_ts DOUBLE, time_sum DOUBLE, dated INTEGER, size INTEGER, centroid JSON)"
    )
    conn.execute("CREATE TABLE IF NOT EXISTS cluster_assignments (article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL)")


def cluster_batch(articles: list[Article], clusterer: StoryClusterer | None = None) -> dict[str, str]:
    """Assign ``articles`` in publication order; returns article id → story id."""
    clusterer = clusterer or StoryClusterer()
    ordered = sorted(articles, key=lambda a: (a.published or "", a.id))
    return {a.id: clusterer.assign(a) for a in ordered}
