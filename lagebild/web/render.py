"""Render story pages and the story list to HTML, for the offline report and the web app alike.

Templates live in ``lagebild/web/templates`` (Jinja2, autoescaped: article text is untrusted).
In the offline report CSS and JavaScript are inlined, so a page works from a file:// URL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).resolve().parent

LABELS = {
    "de": {
        "stories": "Geschichten", "story": "Geschichte", "period": "Zeitraum", "sources": "Quellen", "articles": "Artikel",
        "quotes": "Zitate", "summary": "Zusammenfassung", "timeline": "Zeitleiste", "who_said_what": "Wer sagte was",
        "speaker": "Sprecher", "all": "alle", "disagreements": "Widersprüche", "entities": "Akteure", "texts": "Artikeltexte",
        "planned": "geplant", "undated": "ohne Datum", "adds": "neu in diesem Artikel", "shared_copy": "gleiche Agenturpassage wie",
        "search": "Suche", "ingest": "Einlesen", "entity": "Akteur", "outlet": "Medium", "filter": "Filtern",
        "empty": "Noch keine Geschichten.", "file": "Datei", "unattributed": "ohne Zuordnung", "via": "über",
    },
    "en": {
        "stories": "Stories", "story": "Story", "period": "Period", "sources": "Sources", "articles": "articles",
        "quotes": "quotes", "summary": "Summary", "timeline": "Timeline", "who_said_what": "Who said what",
        "speaker": "Speaker", "all": "all", "disagreements": "Where sources differ", "entities": "Entities", "texts": "Article texts",
        "planned": "planned", "undated": "undated", "adds": "new in this article", "shared_copy": "shares agency copy with",
        "search": "Search", "ingest": "Ingest", "entity": "Entity", "outlet": "Outlet", "filter": "Filter",
        "empty": "No stories yet.", "file": "File", "unattributed": "unattributed", "via": "via",
    },
}


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))


@lru_cache(maxsize=1)
def assets() -> tuple[str, str]:
    return (HERE / "static" / "style.css").read_text(encoding="utf-8"), (HERE / "static" / "app.js").read_text(encoding="utf-8")


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def _timeline_svg(events: list[dict]) -> str:
    """The timeline on a time axis: one dot per event, hollow when planned."""
    days = []
    for event in events:
        try:
            days.append(date.fromisoformat(event["when"][:10]))
        except ValueError:
            days.append(None)
    known = [d for d in days if d]
    if not known:
        return ""
    first, last = min(known), max(known)
    span = max((last - first).days, 1)
    parts = ['<svg viewBox="0 0 1000 70" role="img" aria-label="timeline"><line x1="20" y1="35" x2="980" y2="35" stroke="#d1d9e0" stroke-width="2"/>']
    for event, day in zip(events, days):
        if day is None:
            continue
        x = 20 + 960 * (day - first).days / span
        fill = "none" if event.get("status") == "planned" else "#0969da"
        parts.append(f'<circle cx="{x:.0f}" cy="35" r="6" fill="{fill}" stroke="#0969da" stroke-width="2"><title>{day.isoformat()}</title></circle>')
    for day in sorted(set(known)):
        x = 20 + 960 * (day - first).days / span
        parts.append(f'<text x="{x:.0f}" y="62" font-size="12" text-anchor="middle" fill="#59636e">{day.isoformat()}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _speakers(story: dict, lang: str) -> list[tuple[str, list[dict]]]:
    """Quotes grouped by speaker (the same statement from several outlets shown once, with its echoes)."""
    by_id = {q["id"]: q for q in story["quotes"]}
    shown: set[str] = set()
    groups: dict[str, list[dict]] = defaultdict(list)
    for quote in story["quotes"]:
        if quote["id"] in shown:
            continue
        shown.add(quote["id"])
        shown.update(q for q in quote.get("same_as", []) if q in by_id)
        groups[quote["speaker"] or labels(lang)["unattributed"]].append(quote)
    return sorted(groups.items(), key=lambda kv: -len(kv[1]))


def render_story(story: dict, articles: list[dict], *, inline: bool, root: str = "/") -> str:
    lang = story.get("language") if story.get("language") in LABELS else "en"
    by_id = {a["id"]: a for a in articles}
    quotes_by_id = {q["id"]: q for q in story["quotes"]}

    def label(article_id: str) -> str:
        article = by_id.get(article_id) or {}
        name = article.get("outlet") or article.get("author") or article.get("title")
        return (name or str(article.get("source", article_id)).rsplit("/", 1)[-1])[:40]

    css, js = assets()
    return environment().get_template("story.html").render(
        story=story, articles=[by_id[a] for a in story["articles"] if a in by_id], lang=lang, t=labels(lang),
        page_title=story["title"], inline=inline, css=css, js=js, root=root, label=label,
        same_as=lambda q: [quotes_by_id[i] for i in q.get("same_as", []) if i in quotes_by_id],
        speakers=_speakers(story, lang), timeline_svg=_timeline_svg(story["timeline"]), outlets=lambda s: _outlets(s, by_id),
    )


def _outlets(story: dict, by_id: dict) -> list[str]:
    seen = []
    for article_id in story["articles"]:
        outlet = (by_id.get(article_id) or {}).get("outlet")
        if outlet and outlet not in seen:
            seen.append(outlet)
    return seen


def render_index(stories: list[dict], articles: list[dict], *, inline: bool, root: str = "/", story_href=None, filters: dict | None = None) -> str:
    languages = [s.get("language") for s in stories]
    lang = max(set(languages), key=languages.count) if languages else "de"
    lang = lang if lang in LABELS else "en"
    by_id = {a["id"]: a for a in articles}
    css, js = assets()
    return environment().get_template("index.html").render(
        stories=stories, lang=lang, t=labels(lang), page_title=labels(lang)["stories"], inline=inline, css=css, js=js,
        root=root, story_href=story_href or (lambda sid: f"{root}stories/{sid}"), outlets=lambda s: _outlets(s, by_id), filters=filters or {},
    )


def render_page(template: str, *, lang: str = "de", root: str = "/", **context) -> str:
    css, js = assets()
    return environment().get_template(template).render(lang=lang, t=labels(lang), inline=False, css=css, js=js, root=root, **context)
