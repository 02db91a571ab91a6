"""Markdown digests of stories, for newsletters and the terminal."""

from __future__ import annotations

from lagebild.model import Article
from lagebild.store import Store


def story_markdown(story: dict, articles: dict[str, Article]) -> str:
    lines = [f"# {story['title']}", ""]
    span = " – ".join(x[:10] for x in (story.get("first_seen"), story.get("last_seen")) if x)
    lines.append(f"{len(story['articles'])} article(s)" + (f", {span}" if span else ""))
    lines.append("")
    if story.get("summary"):
        lines.append("## Summary")
        lines.append("")
        for number, sentence in enumerate(story["summary"], start=1):
            refs = ", ".join(_label(c["article"], articles) for c in sentence["citations"])
            lines.append(f"{sentence['text']} [{refs}]")
        lines.append("")
    if story.get("timeline"):
        lines.append("## Timeline")
        lines.append("")
        for event in story["timeline"]:
            mark = " (planned)" if event.get("status") == "planned" else ""
            lines.append(f"- **{event['when']}**{mark}: {event['text']}")
        lines.append("")
    if story.get("quotes"):
        lines.append("## Who said what")
        lines.append("")
        for quote in story["quotes"]:
            if quote["kind"] == "indirect":
                continue
            who = quote["speaker"] or (f"_{quote['speaker_text']}_" if quote.get("speaker_text") else "unattributed")
            via = f", via {quote['channel']}" if quote.get("channel") else ""
            lines.append(f"- **{who}**: „{quote['text']}“ ({_label(quote['article'], articles)}{via})")
        lines.append("")
    if story.get("disagreements"):
        lines.append("## Where sources differ")
        lines.append("")
        for item in story["disagreements"]:
            lines.append(f"- {item['topic']}: " + " vs. ".join(f"„{c['text']}“ ({_label(c['article'], articles)})" for c in item["claims"]))
        lines.append("")
    lines.append("## Sources")
    lines.append("")
    for article_id in story["articles"]:
        article = articles.get(article_id)
        if article:
            lines.append(f"- {_label(article_id, articles)}: {article.title or article.source} ({article.published or 'undated'})")
    return "\n".join(lines) + "\n"


def _label(article_id: str, articles: dict[str, Article]) -> str:
    article = articles.get(article_id)
    if article is None:
        return article_id
    return article.outlet or article.author or article_id


def export_markdown(store: Store) -> str:
    articles = {a.id: a for a in store.articles()}
    return "\n\n".join(story_markdown(story, articles) for story in store.stories_data())
