"""The offline report folder: index.html, one page per story, export.json."""

from __future__ import annotations

import html
from pathlib import Path

from lagebild.export.json_export import build_export, write_export
from lagebild.export.markdown import export_markdown
from lagebild.store import Store


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
    items = "".join(
        f"<li><h2>{html.escape(s['title'])}</h2><p>{len(s['articles'])} articles</p></li>" for s in document["stories"]
    )
    index = out / "index.html"
    index.write_text(f"<!doctype html><html lang='de'><meta charset='utf-8'><title>Lagebild</title><ul>{items}</ul></html>", encoding="utf-8")
    paths["index"] = index
    return paths
