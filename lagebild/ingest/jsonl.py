"""JSON Lines (or a JSON array / single object): one article per record."""

from __future__ import annotations

import json
from collections.abc import Iterator

from lagebild.errors import InputError
from lagebild.model import Article, sha256_hex, stable_id

TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
DATE_FIELDS = ("published", "date", "published_at", "pubdate", "datetime", "date_publish")
SOURCE_FIELDS = ("url", "source", "link")


def _first(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


def _records(text: str, source: str) -> Iterator[tuple[str, int, object]]:
    """Yield (location, line number, parsed JSON) — or (location, line, InputError)."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except ValueError as exc:
            yield f"{source}", 1, InputError(source, f"invalid JSON ({exc.msg} at line {exc.lineno})")
            return
        for index, item in enumerate(data):
            yield f"{source}#{index}", index + 1, item
        return
    lines = text.split("\n")
    if stripped.startswith("{") and len([line for line in lines if line.strip()]) > 1:
        # A single pretty-printed object spans many lines.
        try:
            yield source, 1, json.loads(text)
            return
        except ValueError:
            pass  # not one object: treat as JSON Lines below
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        location = f"{source}:{number}"
        try:
            yield location, number, json.loads(line)
        except ValueError as exc:
            yield location, number, InputError(location, f"invalid JSON on this line ({exc.msg}); line skipped")


def parse_jsonl(text: str, source: str) -> tuple[list[Article], list[InputError]]:
    """Parse every record; a broken record is reported as ``file:line`` and skipped."""
    articles: list[Article] = []
    errors: list[InputError] = []
    seen_ids: set[str] = set()
    for location, _number, record in _records(text, source):
        if isinstance(record, InputError):
            errors.append(record)
            continue
        if not isinstance(record, dict):
            errors.append(InputError(location, "a record must be a JSON object; skipped"))
            continue
        body = _first(record, TEXT_FIELDS)
        if not body:
            errors.append(InputError(location, f"record has no text (expected one of {', '.join(TEXT_FIELDS)}); skipped"))
            continue
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        digest = sha256_hex(raw)
        given = _first(record, ("id", "guid", "uuid"))
        article = Article(
            id=stable_id("a-", digest),
            source=_first(record, SOURCE_FIELDS) or location,
            raw=raw,
            raw_sha256=digest,
            media_type="application/json",
            title=_first(record, ("title", "headline")),
            published=_first(record, DATE_FIELDS),
            outlet=_first(record, ("outlet", "publisher", "site", "sitename", "agency")),
            author=_first(record, ("author", "authors", "byline")),
            language=(_first(record, ("language", "lang")) or "und").lower()[:2] if _first(record, ("language", "lang")) else "und",
            url=_first(record, ("url", "link")),
            text=body.replace("\r\n", "\n"),
        )
        if given and given not in seen_ids:
            article.given_id = given
            article.id = given
        elif given:
            article.warnings.append(f"id {given!r} occurs twice in {source}; using a content hash id instead")
        seen_ids.add(article.id)
        articles.append(article)
    return articles, errors
