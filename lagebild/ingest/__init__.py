"""Ingest: turn paths, globs, stdin, URLs and feeds into Articles, keeping every raw input.

The public entry point is :func:`ingest`. It never stops at a bad input: each
failure becomes an :class:`~lagebild.errors.InputError` naming the input, and the
rest of the batch goes on.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest.decode import decode_text
from lagebild.ingest.feed import parse_feed
from lagebild.ingest.fetch import Fetcher
from lagebild.ingest.formats import SUPPORTED_SUFFIXES, Format, detect_format
from lagebild.ingest.html import parse_html
from lagebild.ingest.jsonl import parse_jsonl
from lagebild.ingest.text import parse_text
from lagebild.model import Article, RawInput, stable_id

__all__ = ["IngestOptions", "IngestBatch", "ingest", "expand_inputs", "parse_raw"]

_MEDIA_TYPES = {
    Format.TEXT: "text/plain",
    Format.HTML: "text/html",
    Format.JSONL: "application/jsonl",
    Format.FEED: "application/rss+xml",
}


@dataclass(slots=True)
class IngestOptions:
    allow_private: bool = False
    follow_links: bool = False
    max_bytes: int = 50 * 1024 * 1024
    timeout: float = 15.0


@dataclass(slots=True)
class IngestBatch:
    articles: list[Article] = field(default_factory=list)
    raw_inputs: list[RawInput] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def expand_inputs(specs: Iterable[str]) -> Iterator[str | InputError]:
    """Each spec as files (folders recursively, globs expanded), URLs and ``-`` as given."""
    for spec in specs:
        if spec == "-" or _is_url(spec):
            yield spec
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                yield InputError(spec, f"the folder holds no {', '.join(sorted(SUPPORTED_SUFFIXES))} files")
            yield from (str(p) for p in files)
        elif path.is_file():
            yield spec
        elif any(ch in spec for ch in "*?["):
            matches = sorted(m for m in glob.glob(spec, recursive=True) if os.path.isfile(m))
            if not matches:
                yield InputError(spec, "the pattern matches no files")
            yield from matches
        else:
            yield InputError(spec, "no such file, folder or URL")


def parse_raw(raw: RawInput, fmt: Format, fetcher: Fetcher | None = None, follow_links: bool = False) -> tuple[list[Article], list[InputError], list[str]]:
    """Articles from one raw input. Returns (articles, errors, warnings)."""
    source = raw.source
    if fmt is Format.FEED:
        follow = None
        if follow_links and fetcher is not None:
            def follow(link: str) -> Article:
                fetched = fetcher.fetch(link)
                page = RawInput(link, fetched.content, "text/html")
                articles, _errors, _warnings = parse_raw(page, Format.HTML)
                return articles[0]
        articles, errors = parse_feed(raw.content, source, follow)
        return articles, errors, []
    text, warnings = decode_text(raw.content, source)
    if fmt is Format.JSONL:
        articles, errors = parse_jsonl(text, source)
        for article in articles:
            article.warnings.extend(warnings)
        return articles, errors, warnings
    article = Article(
        id=stable_id("a-", raw.sha256),
        source=source,
        raw=raw.content,
        raw_sha256=raw.sha256,
        media_type=_MEDIA_TYPES[fmt],
        url=source if _is_url(source) else None,
        warnings=list(warnings),
    )
    if fmt is Format.HTML:
        parse_html(text, article)
    else:
        parse_text(text, article)
        if article.given_id:
            article.id = article.given_id
    if not article.text.strip():
        raise InputError(source, "no article text left after reading the header")
    return [article], [], warnings


def _read(spec: str, options: IngestOptions, fetcher: Fetcher | None) -> tuple[RawInput, Format]:
    if spec == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        source, content_type = "<stdin>", None
    elif _is_url(spec):
        assert fetcher is not None
        fetched = fetcher.fetch(spec)
        data, source, content_type = fetched.content, spec, fetched.content_type
    else:
        size = os.path.getsize(spec)
        if size > options.max_bytes:
            raise InputError(spec, f"the file is {size / 1e6:.1f} MB, over the {options.max_bytes / 1e6:.0f} MB limit (--max-bytes)")
        try:
            data = Path(spec).read_bytes()
        except OSError as exc:
            raise InputError(spec, f"cannot read the file ({exc.strerror})") from exc
        source, content_type = spec, None
    if len(data) > options.max_bytes:
        raise InputError(source, f"the input is over the {options.max_bytes / 1e6:.0f} MB limit (--max-bytes)")
    fmt = detect_format(source, data, content_type)
    return RawInput(source, data, content_type or _MEDIA_TYPES[fmt]), fmt


def ingest(specs: Iterable[str], options: IngestOptions | None = None, progress=None) -> IngestBatch:
    """Read every input; bad ones become errors in the batch, never exceptions."""
    options = options or IngestOptions()
    batch = IngestBatch()
    fetcher = Fetcher(allow_private=options.allow_private, timeout=options.timeout, max_bytes=min(options.max_bytes, 20 * 1024 * 1024))
    try:
        for spec in expand_inputs(specs):
            if isinstance(spec, InputError):
                batch.errors.append(spec)
                continue
            try:
                raw, fmt = _read(spec, options, fetcher)
                articles, errors, warnings = parse_raw(raw, fmt, fetcher, options.follow_links)
            except InputError as exc:
                batch.errors.append(exc)
                continue
            batch.raw_inputs.append(raw)
            batch.articles.extend(articles)
            batch.errors.extend(errors)
            batch.warnings.extend(f"{raw.source}: {w}" for w in warnings)
            if progress is not None:
                progress(spec)
    finally:
        fetcher.close()
    return batch
