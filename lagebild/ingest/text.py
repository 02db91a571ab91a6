"""Plain-text articles, with or without a metadata header.

Two header styles are read here; everything else about the text (agency lines,
kickers, headlines, datelines, bylines, page furniture) is the cleaner's job.

* the scrapers' one-line prefix: `` date 2025-08-15 Am Ende gab es …``
* a block of ``key: value`` lines (title, date/published, outlet/source, author,
  url, language, id) closed by a blank line or ``---``.
"""

from __future__ import annotations

import re

from lagebild.model import Article, RemovedLine

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+")
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-zÄÖÜäöü_-]{2,20})\s*:\s*(?P<value>.*\S)\s*$")
_HEADER_KEYS = {
    "title": "title",
    "titel": "title",
    "headline": "title",
    "date": "published",
    "datum": "published",
    "published": "published",
    "outlet": "outlet",
    "source": "outlet",
    "quelle": "outlet",
    "publisher": "outlet",
    "author": "author",
    "autor": "author",
    "autorin": "author",
    "byline": "author",
    "url": "url",
    "link": "url",
    "language": "language",
    "lang": "language",
    "sprache": "language",
    "id": "id",
}


def parse_text(text: str, article: Article) -> Article:
    """Fill ``article`` from a decoded text file: header metadata and the draft body text."""
    match = _DATE_PREFIX.match(text)
    if match:
        article.published = match.group(1).replace(" ", "T")
        article.removed.append(RemovedLine(match.group(0).strip(), "header:date-prefix", 1))
        article.text = text[match.end() :]
        return article

    lines = text.split("\n")
    header: dict[str, str] = {}
    consumed = 0
    for index, line in enumerate(lines):
        if not line.strip():
            if header:
                consumed = index + 1
            break
        if line.strip() == "---":
            consumed = index + 1
            break
        m = _HEADER_LINE.match(line)
        key = _HEADER_KEYS.get(m.group("key").lower()) if m else None
        if not key:
            header.clear()
            break
        header[key] = m.group("value")
    else:
        consumed = len(lines) if header else 0

    # A single "Key: value" line is too weak a signal (it may be a headline like "Trump: ...").
    if len(header) >= 2 and consumed:
        for index in range(consumed):
            if lines[index].strip():
                article.removed.append(RemovedLine(lines[index], "header:metadata", index + 1))
        article.title = header.get("title") or article.title
        article.published = header.get("published") or article.published
        article.outlet = header.get("outlet") or article.outlet
        article.author = header.get("author") or article.author
        if header.get("language"):
            article.language = header["language"].lower()[:2]
        if header.get("id"):
            article.given_id = header["id"]
        if header.get("url"):
            article.url = header["url"]
        article.text = "\n".join(lines[consumed:])
    else:
        article.text = text
    return article
