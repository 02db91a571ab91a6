"""RSS and Atom feeds through feedparser; optionally follow each item's link to the full page."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable

import feedparser
import lxml.html

from lagebild.errors import InputError
from lagebild.model import Article, sha256_hex, stable_id

_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "br")


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment with one blank line between block elements."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = ("\n\n" + element.tail) if element.tail else "\n\n"
    text = root.text_content()
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _author_name(value: str | None) -> str | None:
    """``redaktion@example.org (Malte Ahrens)`` → ``Malte Ahrens``; RSS puts an e-mail first."""
    if not value:
        return None
    match = re.match(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$", value)
    if match:
        return match.group("name").strip()
    return None if "@" in value and " " not in value.strip() else value.strip()


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)


def parse_feed(
    data: bytes,
    source: str,
    follow: Callable[[str], Article] | None = None,
) -> tuple[list[Article], list[InputError]]:
    """Articles from a feed's items. ``follow(link)`` fetches an item's full page when given."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(source, f"not a readable RSS/Atom feed ({reason or 'no items'})")
    if not parsed.entries:
        raise InputError(source, "the feed has no items")
    outlet = (parsed.feed.get("title") or "").strip() or None
    language = (parsed.feed.get("language") or "und").lower()[:2]
    articles: list[Article] = []
    errors: list[InputError] = []
    for index, entry in enumerate(parsed.entries):
        link = entry.get("link")
        location = f"{source}#item{index + 1}"
        if entry.get("content"):
            body = html_fragment_to_text(entry.content[0].get("value", ""))
        else:
            body = html_fragment_to_text(entry.get("summary", "") or entry.get("description", ""))
        article: Article | None = None
        if follow and link:
            try:
                article = follow(link)
            except InputError as exc:
                errors.append(InputError(location, f"could not follow the item's link ({exc.message}); using the feed's text"))
        if article is None:
            if len(body.split()) < 3:
                errors.append(InputError(location, "the item has no text and its link was not followed (use --follow-links)"))
                continue
            record = {"feed": source, "link": link, "title": entry.get("title"), "published": entry.get("published"), "text": body}
            raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
            digest = sha256_hex(raw)
            article = Article(
                id=stable_id("a-", digest),
                source=link or location,
                raw=raw,
                raw_sha256=digest,
                media_type="application/rss+xml",
                url=link,
                text=body,
                language=language,
            )
        article.title = article.title or (entry.get("title") or "").strip() or None
        # A feed's own date is what the publisher claims; a followed page's date wins when it has one.
        article.published = article.published or _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        article.author = article.author or _author_name(entry.get("author"))
        article.outlet = article.outlet or outlet
        if entry.get("published") and not entry.get("published_parsed"):
            article.warnings.append(f"the feed's date {entry.get('published')!r} is not a valid date; ignored")
        articles.append(article)
    return articles, errors
