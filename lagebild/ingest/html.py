"""HTML pages: main text and metadata through trafilatura, keeping the lead paragraph.

trafilatura treats elements whose class says ``teaser`` as page furniture and drops
them, but on news pages ``<p class="teaser">`` is usually the article's lead. We
rename such classes before extraction so the lead survives.
"""

from __future__ import annotations

import json
import re

import lxml.html
import trafilatura

from lagebild.errors import InputError
from lagebild.model import Article

_LEAD_CLASS = re.compile(r"\b(teaser|article-?lead|lead-?text|intro(?:text)?|standfirst|dachzeile-lead|summary)\b", re.I)
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "date",
    "dc.date",
    "DC.date.issued",
    "pubdate",
)


def _protect_leads(tree: lxml.html.HtmlElement) -> list[str]:
    leads = []
    for element in tree.iter():
        cls = element.get("class") if isinstance(element.tag, str) else None
        if cls and _LEAD_CLASS.search(cls) and element.tag in ("p", "div", "section", "span", "strong"):
            text = " ".join(element.text_content().split())
            if text:
                leads.append(text)
            element.set("class", _LEAD_CLASS.sub("lagebild-lead", cls))
    return leads


def _meta_published(tree: lxml.html.HtmlElement) -> str | None:
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        if key in _PUBLISHED_META and element.get("content"):
            return element.get("content").strip()
    for element in tree.iter("time"):
        if element.get("datetime"):
            return element.get("datetime").strip()
    return None


def _jsonld_field(tree: lxml.html.HtmlElement, field: str) -> str | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get(field), str):
                return item[field]
    return None


def parse_html(html: str, article: Article) -> Article:
    """Fill ``article`` from an HTML page; raises InputError when the page holds no article."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(article.source, f"cannot parse this HTML ({exc})") from exc
    leads = _protect_leads(tree)
    published = _meta_published(tree) or _jsonld_field(tree, "datePublished")
    lang = tree.get("lang") or tree.get("xml:lang")
    cleaned_html = lxml.html.tostring(tree, encoding="unicode")
    extracted = trafilatura.extract(
        cleaned_html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
        url=article.url,
    )
    data = json.loads(extracted) if extracted else None
    text = (data or {}).get("text") or ""
    if len(text.split()) < 15:
        raise InputError(
            article.source,
            "no article text found in this HTML page (is it an index, a paywall or an error page?)",
        )
    lead_block = [lead for lead in leads if lead[:60] not in text]
    if lead_block:
        # Put the lead right after the headline line if trafilatura kept one, else first.
        lines = text.split("\n")
        title = (data.get("title") or "").strip()
        insert_at = 1 if title and lines and lines[0].strip() == title else 0
        text = "\n".join(lines[:insert_at] + lead_block + lines[insert_at:])
    article.lead = leads[0] if leads else None
    article.text = text.replace("\n", "\n\n")
    article.title = article.title or (data.get("title") or None)
    article.author = article.author or (data.get("author") or None)
    article.outlet = article.outlet or data.get("sitename") or data.get("source-hostname") or data.get("hostname")
    article.published = article.published or published or data.get("date")
    if lang and article.language == "und":
        article.language = lang.split("-")[0].lower()[:2]
    return article
