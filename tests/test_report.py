"""The offline report: self-contained pages whose citations point at exact article ranges."""

from __future__ import annotations

import json
import re

from conftest import DEMO
from lagebild.cli import main


def test_report_is_offline_and_citations_are_exact(tmp_path):
    out = tmp_path / "report"
    assert main(["run", str(DEMO), "--out", str(out), "--db", str(tmp_path / "db.duckdb"), "-q"]) == 0
    document = json.loads((out / "export.json").read_text(encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in document["articles"]}
    pages = sorted(out.glob("story-*.html"))
    assert len(pages) == len(document["stories"]) == 2
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in pages:
        assert page.name in index
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']https?://""", html), "the report must not load anything from the web"
        assert "<style>" in html and "<script>" in html
        for article, start, end in re.findall(r'data-article="([^"]+)" data-start="(\d+)" data-end="(\d+)"', html):
            assert article in texts and 0 <= int(start) < int(end) <= len(texts[article])
            assert f'id="art-{article}"' in html
        assert "Zusammenfassung" in html and "Wer sagte was" in html


def test_article_text_is_escaped(tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text("title: Test <script>alert(1)</script>\ndate: 2026-03-01\noutlet: Testblatt\n\n"
                    "Der Stadtrat hat <script>alert(2)</script> am Montag beraten. Die Sitzung dauerte drei Stunden.", encoding="utf-8")
    out = tmp_path / "report"
    main(["run", str(evil), "--out", str(out), "--db", str(tmp_path / "db.duckdb"), "-q"])
    for page in out.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert" in html


def test_markdown_digest(tmp_path):
    out = tmp_path / "md"
    assert main(["run", str(DEMO), "--out", str(out), "--db", str(tmp_path / "db.duckdb"), "--format", "md", "-q"]) == 0
    text = (out / "report.md").read_text(encoding="utf-8")
    assert text.startswith("# ") and "## Summary" in text and "## Sources" in text
