"""The offline report folder: index.html, one self-contained page per story, export.json (or report.md)."""

from __future__ import annotations

from pathlib import Path

from lagebild.export.json_export import build_export, write_export
from lagebild.export.markdown import export_markdown
from lagebild.store import Store
from lagebild.web.render import render_index, render_story


def story_filename(story_id: str) -> str:
    return f"story-{story_id}.html"


def write_report(store: Store, out: Path, fmt: str = "html") -> dict[str, Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    document = build_export(store)
    paths = {"export": write_export(document, out / "export.json")}
    if fmt == "md":
        index = out / "report.md"
        index.write_text(export_markdown(store), encoding="utf-8")
        paths["index"] = index
        return paths
    for story in document["stories"]:
        page = out / story_filename(story["id"])
        page.write_text(render_story(story, document["articles"], inline=True, root=""), encoding="utf-8")
    index = out / "index.html"
    index.write_text(
        render_index(document["stories"], document["articles"], inline=True, root="", story_href=story_filename),
        encoding="utf-8",
    )
    paths["index"] = index
    return paths
