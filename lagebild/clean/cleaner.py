"""The line-by-line cleaner; its rules live in :mod:`lagebild.clean.rules`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.clean.dates import normalize_date
from lagebild.clean.language import detect_language, detect_languages
from lagebild.clean.rules import (
    AGENCY_LINE,
    BYLINE_AUTHOR,
    BYLINE_VON,
    DATELINE,
    FURNITURE,
    INLINE_NOTICE,
    MONTHS_DE,
    READING_TIME_TAIL,
)
from lagebild.model import Article, RemovedLine

HEAD_WINDOW = 14  # header lines the caption pre-pass looks at
_FINAL_PUNCT = re.compile(r"[.;]\s*$")
_BULLET = re.compile(r"^\s*[•·▪●◦\-–*]\s+")


@dataclass(slots=True)
class _Line:
    number: int
    text: str  # stripped
    removed_by: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text


def _furniture_rule(text: str) -> str | None:
    for rule in FURNITURE:
        if rule.pattern.match(text):
            return rule.name
    return None


def _is_headline_like(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 22 and not _FINAL_PUNCT.search(text) and not _BULLET.match(text)


def _parse_dateline(text: str) -> tuple[str | None, str | None] | None:
    """(published, author) from a dateline or byline, or None if ``text`` is not one."""
    m = DATELINE.match(text)
    if m:
        month = int(m.group("mnum")) if m.group("mnum") else MONTHS_DE.get(m.group("mname").lower().rstrip("."))
        if not month:
            return None
        iso = normalize_date(f"{m.group('day')}.{month}.{m.group('year')}" + (f" {m.group('hour')}:{m.group('minute')}" if m.group("hour") else ""))
        author = None
        rest = (m.group("rest") or "").strip()
        if rest and not READING_TIME_TAIL.search(rest):
            a = BYLINE_AUTHOR.match(rest)
            author = a.group("author") if a else None
        return iso, author
    m = BYLINE_VON.match(text)
    if m:
        return None, m.group("author")
    return None


def _mark_captions(lines: list[_Line]) -> None:
    """Image captions: lines repeated in the header, and the lines right before a photo credit."""
    head = [line for line in lines if not line.blank][:HEAD_WINDOW]
    seen: dict[str, _Line] = {}
    for line in head:
        if line.removed_by:
            continue
        if line.text in seen:
            line.removed_by = "caption-repeated"
            seen[line.text].removed_by = "caption-repeated"
        seen[line.text] = line
    # Only a credit above the dateline belongs to the page's lead image; a credit inside the
    # body may follow a real paragraph, which must never be lost.
    limit = next((i for i, line in enumerate(head) if not line.removed_by and (_parse_dateline(line.text) or AGENCY_LINE.match(line.text))), 6)
    for index, line in enumerate(head[:limit]):
        if line.removed_by != "photo-credit":
            continue
        back = index - 1
        while back >= 0 and head[back].removed_by in (None, "caption-repeated") and index - back <= 4:
            if head[back].removed_by is None:
                if _parse_dateline(head[back].text) or AGENCY_LINE.match(head[back].text):
                    break
                head[back].removed_by = "image-caption"
            back -= 1


def clean_text(text: str, article: Article | None = None) -> tuple[str, list[RemovedLine], dict[str, str]]:
    """Clean ``text``; returns (cleaned text, removed lines, metadata found in the header)."""
    lines = [_Line(number, raw.strip()) for number, raw in enumerate(text.split("\n"), start=1)]
    cut: list[RemovedLine] = []  # notices cut out of a line that keeps the rest
    for line in lines:
        notice = INLINE_NOTICE.search(line.text)
        if notice and line.text[: notice.start()].strip() + line.text[notice.end() :].strip():
            cut.append(RemovedLine(notice.group(), "notice", line.number))
            line.text = (line.text[: notice.start()] + " " + line.text[notice.end() :]).strip()
        elif notice:
            line.removed_by = "notice"
            continue
        if not line.blank:
            line.removed_by = _furniture_rule(line.text)
    _mark_captions(lines)

    meta: dict[str, str] = {}
    kept: list[_Line] = []
    in_header = True
    pending_short: list[_Line] = []  # short header lines: kicker and headline candidates
    for line in lines:
        if line.blank or line.removed_by:
            continue
        if in_header:
            if AGENCY_LINE.match(line.text) and "outlet" not in meta:
                meta["outlet"] = line.text.strip("()")
                line.removed_by = "meta:agency"
                continue
            dateline = _parse_dateline(line.text)
            if dateline is not None:
                published, author = dateline
                if published and "published" not in meta:
                    meta["published"] = published
                if author and "author" not in meta:
                    meta["author"] = author
                line.removed_by = "meta:dateline"
                continue
            if _is_headline_like(line.text) and len(pending_short) < 2 and "title" not in meta:
                pending_short.append(line)
                continue
            in_header = False
        kept.append(line)

    # Of two short lines atop the page the first is the kicker, the second the headline.
    if pending_short:
        headline = pending_short[-1]
        if len(pending_short) == 2:
            meta["kicker"] = pending_short[0].text
            pending_short[0].removed_by = "meta:kicker"
        meta["title"] = headline.text
        kept.insert(0, headline)
        kept.sort(key=lambda line: line.number)

    # Adjacent identical lines in the body are a caption or a scraping echo.
    body: list[_Line] = []
    for line in kept:
        if body and body[-1].text == line.text:
            line.removed_by = "duplicate-line"
            continue
        body.append(line)

    cleaned = "\n\n".join(_BULLET.sub("• ", line.text) if _BULLET.match(line.text) else line.text for line in body)
    removed = sorted(cut + [RemovedLine(line.text, line.removed_by, line.number) for line in lines if line.removed_by], key=lambda r: r.line)
    return cleaned, removed, meta


def clean_articles(articles: list[Article]) -> list[Article]:
    """:func:`clean_article` for a batch; the languages left open are detected in one parallel call."""
    for article in articles:
        clean_article(article, detect=False)
    open_language = [a for a in articles if a.language in ("und", "", None)]
    for article, code in zip(open_language, detect_languages([a.text for a in open_language])):
        article.language = code
    return articles


def clean_article(article: Article, detect: bool = True) -> Article:
    """Clean ``article`` in place (and return it). Metadata the input gave explicitly wins.

    ``detect=False`` leaves an open language open (:func:`clean_articles` detects a batch at once).
    """
    cleaned, removed, meta = clean_text(article.text, article)
    article.text = cleaned
    article.removed.extend(removed)
    article.title = article.title or meta.get("title")
    article.kicker = article.kicker or meta.get("kicker")
    article.outlet = article.outlet or meta.get("outlet")
    article.author = article.author or meta.get("author")
    published = article.published or meta.get("published")
    normalized = normalize_date(published)
    if published and not normalized:
        article.warnings.append(f"publication date {published!r} is not a date Lagebild can read; ignored")
    article.published = normalized
    if detect and article.language in ("und", "", None):
        article.language = detect_language(cleaned)
    return article
