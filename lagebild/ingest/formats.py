"""Decide which parser an input needs, from its name, its declared type and its first bytes."""

from __future__ import annotations

import re
from enum import Enum


class Format(str, Enum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    FEED = "feed"


_BY_SUFFIX = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".json": Format.JSONL,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".xml": Format.FEED,
}

SUPPORTED_SUFFIXES = frozenset(_BY_SUFFIX)

_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S | re.I)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html\b|<head\b|<body\b|<article\b|<div\b|<p\b)", re.I)


def sniff(data: bytes) -> Format | None:
    """Recognise the format from the content alone; None when it looks like plain text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if _FEED_START.match(head):
        return Format.FEED
    if _HTML_START.match(head):
        return Format.HTML
    stripped = head.lstrip()
    if stripped[:1] in (b"{", b"["):
        return Format.JSONL
    return None


def detect_format(name: str, data: bytes, content_type: str | None = None) -> Format:
    """Pick the parser: content wins over a misleading name or header, the suffix over a guess."""
    sniffed = sniff(data)
    if content_type:
        ct = content_type.split(";")[0].strip().lower()
        if ct in ("application/rss+xml", "application/atom+xml", "application/rdf+xml") or (
            ct in ("application/xml", "text/xml") and sniffed in (None, Format.FEED)
        ):
            return Format.FEED if sniffed in (None, Format.FEED) else sniffed
        if ct in ("text/html", "application/xhtml+xml"):
            return sniffed if sniffed is Format.FEED else Format.HTML
        if ct in ("application/json", "application/x-ndjson", "application/jsonl"):
            return Format.JSONL
    lower = name.lower().split("?")[0]
    for suffix, fmt in _BY_SUFFIX.items():
        if lower.endswith(suffix):
            # A .txt or .xml that is really HTML (or a feed saved as .txt) is parsed as what it is.
            if sniffed is not None and fmt in (Format.TEXT, Format.FEED) and sniffed is not fmt:
                return sniffed
            return fmt
    return sniffed or Format.TEXT
