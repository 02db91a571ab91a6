"""DuckDB-backed store. One file holds everything; every batch is one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import importlib.util
import sys

import duckdb

# DuckDB's Python binding tries `import pandas` for every bound parameter. Without pandas
# installed each try is a full, uncached search of sys.path (~37 per article row, most of
# the ingest time). Marking the absent module as absent makes the failure instant.
if "pandas" not in sys.modules and importlib.util.find_spec("pandas") is None:
    sys.modules["pandas"] = None  # type: ignore[assignment]

from lagebild.errors import InputError, StoreError
from lagebild.model import Article, RawInput, RemovedLine, Story

DEFAULT_DB = "lagebild.duckdb"

_ARTICLE_COLUMNS = (
    "id", "raw_sha256", "source", "url", "media_type", "title", "published", "outlet", "author",
    "language", "kicker", "text", "duplicate_of", "removed", "warnings",
)


@dataclass(slots=True)
class AddResult:
    added: list[str] = field(default_factory=list)  # ids of articles new to the store
    existing: list[str] = field(default_factory=list)  # ids already stored (same content)
    raw_added: int = 0


def bulk_insert(conn: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert many rows in one statement.

    The rows travel as one JSON document, unnested by DuckDB: binding Python lists costs a
    conversion per value (about 7 µs each, 1 s for the document frequencies of a thousand
    articles), the JSON text almost nothing. Tables with BLOB columns bind column lists instead.
    """
    if not rows:
        return
    types = _column_types(conn, table)
    names = ", ".join(f'"{c}"' for c in columns)
    if any(types[c] == "BLOB" for c in columns):
        select = ", ".join("unnest(?)" for _ in columns)
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {select}", [list(column) for column in zip(*rows)])
        return
    # JSON columns arrive as JSON text (a VARCHAR) and are cast back.
    shape = {f"c{i}": ["VARCHAR" if types[c] == "JSON" else types[c]] for i, c in enumerate(columns)}
    payload = {f"c{i}": list(column) for i, column in enumerate(zip(*rows))}
    select = ", ".join(f"unnest(j.c{i})" + ("::JSON" if types[c] == "JSON" else "") for i, c in enumerate(columns))
    conn.execute(
        f"INSERT INTO {table} ({names}) SELECT {select} FROM (SELECT json_transform(?::JSON, ?) AS j)",
        [json.dumps(payload, ensure_ascii=False), json.dumps(shape)],
    )


def _column_types(conn: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()", [table]
    ).fetchall()
    return dict(rows)


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("lagebild.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def _fts_extension_path() -> str | None:
    try:
        import duckdb_extension_fts  # shipped as a PyPI package, so no download at run time
    except ImportError:
        return None
    base = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    return str(base) if base.exists() else None


class Store:
    """The Lagebild database. Open with :meth:`open`; use as a context manager to close it."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str):
        self.conn = connection
        self.path = path
        self._fts_loaded: bool | None = None

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, read_only: bool = False) -> "Store":
        path = str(path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(
                f"cannot open the database {path}: {exc}. Is another Lagebild process (lagebild serve?) using it?"
            ) from exc
        store = cls(connection, path)
        if not read_only:
            store.migrate()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()[0]
        if not exists:
            return 0
        return self.conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen, each in its own transaction."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        current = self.schema_version()
        applied = []
        for version, name, sql in _migrations():
            if version <= current:
                continue
            with self.transaction():
                self.conn.execute(sql)
                self.conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.conn.execute("BEGIN TRANSACTION")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------
    def add_batch(self, raw_inputs: Iterable[RawInput], articles: Iterable[Article]) -> AddResult:
        """Store raw inputs and articles in one transaction; content already stored is left as it is."""
        result = AddResult()
        raw_inputs = list(raw_inputs)
        articles = list(articles)
        with self.transaction() as conn:
            known_raw = self._existing("raw_inputs", "sha256", [r.sha256 for r in raw_inputs] + [a.raw_sha256 for a in articles])
            raw_rows = []
            for raw in raw_inputs:
                if raw.sha256 not in known_raw:
                    raw_rows.append((raw.sha256, raw.source, raw.media_type, len(raw.content), raw.content))
                    known_raw.add(raw.sha256)
            for article in articles:
                if article.raw and article.raw_sha256 not in known_raw:
                    raw_rows.append((article.raw_sha256, article.source, article.media_type, len(article.raw), article.raw))
                    known_raw.add(article.raw_sha256)
            if raw_rows:
                bulk_insert(conn, "raw_inputs", ("sha256", "source", "media_type", "size", "content"), raw_rows)
            result.raw_added = len(raw_rows)

            stored = dict(
                conn.execute(
                    "SELECT id, raw_sha256 FROM articles WHERE id IN (SELECT unnest(?))", [[a.id for a in articles]]
                ).fetchall()
            ) if articles else {}
            by_sha = dict(
                conn.execute(
                    "SELECT raw_sha256, id FROM articles WHERE raw_sha256 IN (SELECT unnest(?))",
                    [[a.raw_sha256 for a in articles]],
                ).fetchall()
            ) if articles else {}
            rows = []
            batch_ids: set[str] = set()
            for article in articles:
                if article.raw_sha256 in by_sha:
                    # Same content as a stored article (perhaps under a given id): nothing new.
                    article.id = by_sha[article.raw_sha256]
                    result.existing.append(article.id)
                    continue
                if article.id in stored or article.id in batch_ids:
                    # A given id that already names different content: keep both, by content hash.
                    from lagebild.model import stable_id

                    article.warnings.append(f"id {article.id!r} already names another article; stored under a content id")
                    article.id = stable_id("a-", article.raw_sha256)
                    if article.id in stored or article.id in batch_ids:
                        result.existing.append(article.id)
                        continue
                rows.append(self._article_row(article))
                batch_ids.add(article.id)
                by_sha[article.raw_sha256] = article.id
                result.added.append(article.id)
            if rows:
                bulk_insert(conn, "articles", _ARTICLE_COLUMNS, rows)
        return result

    def _existing(self, table: str, column: str, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        rows = self.conn.execute(f"SELECT {column} FROM {table} WHERE {column} IN (SELECT unnest(?))", [keys]).fetchall()
        return {row[0] for row in rows}

    @staticmethod
    def _article_row(article: Article) -> tuple:
        return (
            article.id, article.raw_sha256, article.source, article.url, article.media_type, article.title,
            article.published, article.outlet, article.author, article.language, article.kicker, article.text,
            article.duplicate_of, json.dumps([r.to_dict() for r in article.removed], ensure_ascii=False),
            json.dumps(article.warnings, ensure_ascii=False),
        )

    def log_errors(self, errors: Iterable[InputError]) -> None:
        rows = [(e.source, e.message) for e in errors]
        if rows:
            with self.transaction() as conn:
                conn.executemany("INSERT INTO ingest_errors (source, message) VALUES (?, ?)", rows)

    def set_duplicates(self, duplicate_of: dict[str, str | None]) -> None:
        if not duplicate_of:
            return
        with self.transaction() as conn:
            conn.execute(
                "UPDATE articles SET duplicate_of = d.dup FROM (SELECT unnest(?) AS id, unnest(?) AS dup) d WHERE articles.id = d.id",
                [list(duplicate_of), list(duplicate_of.values())],
            )

    def save_stories(self, stories: Iterable[Story], replace_all: bool = False) -> None:
        """Write stories (replacing any stored under the same ids) with their quote and entity rows."""
        stories = list(stories)
        with self.transaction() as conn:
            if replace_all:
                for table in ("stories", "story_articles", "quotes", "entities"):
                    conn.execute(f"DELETE FROM {table}")
            ids = [s.id for s in stories]
            if ids and not replace_all:
                for table, column in (("stories", "id"), ("story_articles", "story_id"), ("quotes", "story_id"), ("entities", "story_id")):
                    conn.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [ids])
                articles = [a for s in stories for a in s.article_ids]
                if articles:
                    conn.execute("DELETE FROM story_articles WHERE article_id IN (SELECT unnest(?))", [articles])
            story_rows, membership, quotes, entities = [], [], {}, {}
            for story in stories:
                story_rows.append((story.id, story.title, story.first_seen, story.last_seen, len(story.article_ids), story.language, json.dumps(story.to_dict(), ensure_ascii=False)))
                membership.extend((a, story.id) for a in story.article_ids)
                # Keyed like the tables' primary keys: a later row replaces an earlier one.
                quotes.update({q.id: (q.id, story.id, q.article, q.speaker, q.kind, q.text, q.start, q.end) for q in story.quotes})
                entities.update({(story.id, e.id): (e.id, story.id, e.name, e.type, len(e.mentions)) for e in story.entities})
            if not replace_all and quotes:
                conn.execute("DELETE FROM quotes WHERE id IN (SELECT unnest(?))", [list(quotes)])
            bulk_insert(conn, "stories", ("id", "title", "first_seen", "last_seen", "article_count", "language", "data"), story_rows)
            bulk_insert(conn, "story_articles", ("article_id", "story_id"), membership)
            bulk_insert(conn, "quotes", ("id", "story_id", "article_id", "speaker", "kind", "text", "start_pos", "end_pos"), list(quotes.values()))
            bulk_insert(conn, "entities", ("id", "story_id", "name", "type", "mention_count"), list(entities.values()))
        self._fts_loaded = None  # indexes are stale now

    # -- reading ------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("raw_inputs", "articles", "stories", "quotes", "entities", "ingest_errors", "story_articles"):
            raise ValueError(table)
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def articles(self, ids: Iterable[str] | None = None, with_raw: bool = False) -> list[Article]:
        """Stored articles in ingest order (all of them, or those with the given ids)."""
        columns = ", ".join(_ARTICLE_COLUMNS)
        if ids is None:
            rows = self.conn.execute(f"SELECT {columns} FROM articles ORDER BY seq").fetchall()
        else:
            rows = self.conn.execute(
                f"SELECT {columns} FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY seq", [list(ids)]
            ).fetchall()
        articles = [self._article_from_row(row) for row in rows]
        if with_raw:
            for article in articles:
                article.raw = self.raw(article.raw_sha256) or b""
        return articles

    def article(self, article_id: str) -> Article | None:
        found = self.articles([article_id])
        return found[0] if found else None

    @staticmethod
    def _article_from_row(row: tuple) -> Article:
        values = dict(zip(_ARTICLE_COLUMNS, row))
        removed = [RemovedLine(r["text"], r["rule"], r["line"]) for r in json.loads(values.pop("removed") or "[]")]
        warnings = json.loads(values.pop("warnings") or "[]")
        return Article(**values, removed=removed, warnings=warnings)

    def raw(self, sha256: str) -> bytes | None:
        row = self.conn.execute("SELECT content FROM raw_inputs WHERE sha256 = ?", [sha256]).fetchone()
        return bytes(row[0]) if row else None

    def story_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM stories ORDER BY last_seen DESC NULLS LAST, id").fetchall()]

    def story_data(self, story_id: str) -> dict | None:
        row = self.conn.execute("SELECT data FROM stories WHERE id = ?", [story_id]).fetchone()
        return json.loads(row[0]) if row else None

    def stories_data(self) -> list[dict]:
        rows = self.conn.execute("SELECT data FROM stories ORDER BY last_seen DESC NULLS LAST, id").fetchall()
        return [json.loads(r[0]) for r in rows]

    def story_assignments(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT article_id, story_id FROM story_articles").fetchall())

    # -- search ---------------------------------------------------------------------------
    def _ensure_fts(self) -> bool:
        if self._fts_loaded is not None:
            return self._fts_loaded
        path = _fts_extension_path()
        if not path:
            self._fts_loaded = False
            return False
        try:
            self.conn.execute(f"LOAD '{path}'")
            self.conn.execute("PRAGMA create_fts_index('articles', 'id', 'title', 'text', stemmer='german', overwrite=1)")
            self.conn.execute("PRAGMA create_fts_index('quotes', 'id', 'text', 'speaker', stemmer='german', overwrite=1)")
            self._fts_loaded = True
        except duckdb.Error:
            self._fts_loaded = False
        return self._fts_loaded

    def search(self, query: str, limit: int = 20, offset: int = 0) -> dict[str, list[dict]]:
        """Full-text search over articles and quotes (DuckDB FTS, BM25; substring match as fallback)."""
        query = query.encode("utf-8", "ignore").decode("utf-8").replace("\x00", " ")  # lone surrogates, NUL
        if self._ensure_fts():
            articles = self.conn.execute(
                """SELECT a.id, a.title, a.published, a.outlet, s.story_id, score FROM (
                       SELECT *, fts_main_articles.match_bm25(id, ?) AS score FROM articles) a
                   LEFT JOIN story_articles s ON s.article_id = a.id
                   WHERE score IS NOT NULL ORDER BY score DESC LIMIT ? OFFSET ?""",
                [query, limit, offset],
            ).fetchall()
            quotes = self.conn.execute(
                """SELECT id, story_id, article_id, speaker, kind, text, score FROM (
                       SELECT *, fts_main_quotes.match_bm25(id, ?) AS score FROM quotes)
                   WHERE score IS NOT NULL ORDER BY score DESC LIMIT ? OFFSET ?""",
                [query, limit, offset],
            ).fetchall()
        else:
            like = f"%{query}%"
            articles = self.conn.execute(
                """SELECT a.id, a.title, a.published, a.outlet, s.story_id, 1.0 FROM articles a
                   LEFT JOIN story_articles s ON s.article_id = a.id
                   WHERE a.text ILIKE ? OR a.title ILIKE ? ORDER BY a.seq LIMIT ? OFFSET ?""",
                [like, like, limit, offset],
            ).fetchall()
            quotes = self.conn.execute(
                "SELECT id, story_id, article_id, speaker, kind, text, 1.0 FROM quotes WHERE text ILIKE ? OR speaker ILIKE ? LIMIT ? OFFSET ?",
                [like, like, limit, offset],
            ).fetchall()
        return {
            "articles": [dict(zip(("id", "title", "published", "outlet", "story", "score"), r)) for r in articles],
            "quotes": [dict(zip(("id", "story", "article", "speaker", "kind", "text", "score"), r)) for r in quotes],
        }
