"""Ingesting every input format, and every kind of bad input, into a real store."""

from __future__ import annotations

import json
import socket
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from lagebild.errors import InputError
from lagebild.ingest import IngestOptions, ingest
from lagebild.ingest.decode import decode_text
from lagebild.ingest.formats import Format, detect_format
from lagebild.ingest.jsonl import parse_jsonl
from lagebild.ingest.text import parse_text
from lagebild.model import Article
from lagebild.pipeline import ingest_into
from lagebild.store import Store

ARTICLE_DE = (
    "Nach tagelangem Regen ist die Elbe in Lindenau über die Ufer getreten. "
    "Bürgermeisterin Petra Vogt sagte am Freitag: „Wir rechnen mit weiter steigendem Wasser.“ "
    "Rund 300 Helferinnen und Helfer füllten in der Nacht Sandsäcke, die Feuerwehr sperrte die Uferstraße."
)

PAGE = """<!doctype html><html lang="de"><head><title>Deich hält | Elbtal-Kurier</title>
<meta property="og:site_name" content="Elbtal-Kurier"><meta name="author" content="Jana Roth">
<meta property="article:published_time" content="2026-03-14T08:30:00+01:00"></head><body>
<nav><a href="/">Startseite</a><a href="/lokales">Lokales</a></nav>
<article><h1>Hochwasser in Lindenau: Deich hält vorerst</h1>
<p class="teaser">Die Elbe steigt weiter, die Stadt bereitet Evakuierungen vor.</p>
<p>{body}</p><p>Die Uferstraße bleibt bis auf Weiteres gesperrt, teilte die Stadtverwaltung mit.</p></article>
<footer>Impressum · Datenschutz · Kontakt</footer></body></html>""".format(body=ARTICLE_DE)

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nordwest-Anzeiger</title><link>http://example.test/</link>
<description>Nachrichten</description><language>de</language>
<item><title>Pegel in Lindenau steigt</title><link>{base}/artikel/pegel.html</link>
<pubDate>Fri, 13 Mar 2026 18:05:00 +0100</pubDate>
<description>&lt;p&gt;{body}&lt;/p&gt;</description></item>
<item><title>Landtag berät Haushalt</title><link>{base}/artikel/landtag.html</link>
<pubDate>Sat, 14 Mar 2026 09:00:00 +0100</pubDate>
<description>&lt;p&gt;Der Landtag hat am Dienstag über den Doppelhaushalt beraten. Die Opposition kritisierte die neuen Kredite scharf, die Regierung verteidigte sie.&lt;/p&gt;</description></item>
</channel></rss>"""


@contextmanager
def serve(routes: dict[str, tuple[int, str, bytes]]):
    """A local HTTP server answering ``routes`` {path: (status, content type, body)}."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            status, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            if status in (301, 302):
                self.send_header("Location", body.decode())
                body = b""
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "db.duckdb")


# -- formats -------------------------------------------------------------------------------

def test_text_with_metadata_header(tmp_path):
    path = tmp_path / "vogt.txt"
    path.write_text(f"title: Elbe tritt über die Ufer\ndate: 2026-03-13\noutlet: Elbtal-Kurier\nauthor: Jana Roth\n\n{ARTICLE_DE}\n", encoding="utf-8")
    with _store(tmp_path) as store:
        report = ingest_into(store, [str(path)])
        article = store.article(report.added[0])
    assert (article.title, article.published, article.outlet, article.author, article.language) == (
        "Elbe tritt über die Ufer", "2026-03-13", "Elbtal-Kurier", "Jana Roth", "de")
    assert article.text == ARTICLE_DE
    assert store.raw is not None


def test_html_keeps_the_teaser_and_reads_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    batch = ingest([str(path)])
    assert not batch.errors
    article = batch.articles[0]
    assert "Die Elbe steigt weiter, die Stadt bereitet Evakuierungen vor." in article.text
    assert article.text.index("Die Elbe steigt weiter") < article.text.index("Nach tagelangem Regen")
    assert (article.outlet, article.author, article.published) == ("Elbtal-Kurier", "Jana Roth", "2026-03-14T08:30:00+01:00")
    assert "Impressum" not in article.text and "Startseite" not in article.text


def test_jsonl_keeps_given_ids_and_reports_broken_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "nw-1", "title": "Pegel steigt", "text": ARTICLE_DE, "published": "2026-03-13", "outlet": "Nordwest-Anzeiger"}, ensure_ascii=False),
        '{"id": "nw-2", "title": "kaputt", "text": "abgeschnitten',
        json.dumps({"id": "nw-3", "body": "Der Landtag hat am Dienstag über den Doppelhaushalt beraten. Die Opposition kritisierte die Kredite.", "date": "14.03.2026"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with _store(tmp_path) as store:
        report = ingest_into(store, [str(path)])
        assert sorted(report.added) == ["nw-1", "nw-3"]
        assert [e.source for e in report.errors] == [f"{path}:2"]
        assert "invalid JSON" in report.errors[0].message
        assert store.article("nw-3").published == "2026-03-14"


def test_feed_and_url_from_local_server(tmp_path):
    routes: dict[str, tuple[int, str, bytes]] = {}
    with serve(routes) as base:
        routes["/feed.xml"] = (200, "application/rss+xml", FEED.format(base=base, body=ARTICLE_DE).encode())
        routes["/artikel/pegel.html"] = (200, "text/html; charset=utf-8", PAGE.encode())
        routes["/alt"] = (302, "text/plain", b"/artikel/pegel.html")
        with _store(tmp_path) as store:
            refused = ingest_into(store, [f"{base}/feed.xml"])
            assert refused.errors and "private or loopback" in refused.errors[0].message
            options = IngestOptions(allow_private=True)
            report = ingest_into(store, [f"{base}/feed.xml"], options)
            assert not report.errors and len(report.added) == 2
            titles = {a.title for a in store.articles()}
            assert titles == {"Pegel in Lindenau steigt", "Landtag berät Haushalt"}
            feed_article = next(a for a in store.articles() if a.title == "Pegel in Lindenau steigt")
            assert feed_article.outlet == "Nordwest-Anzeiger" and feed_article.published.startswith("2026-03-13T17:05")
            page = ingest_into(store, [f"{base}/alt"], options)
            assert not page.errors
            assert store.article(page.added[0]).outlet == "Elbtal-Kurier"
            followed = ingest_into(store, [f"{base}/feed.xml"], IngestOptions(allow_private=True, follow_links=True))
            # The first link's page is the one fetched via /alt (same bytes: nothing new); the second
            # link 404s, so its feed text is used, which is stored already.
            assert followed.added == [] and len(followed.existing) == 2
            assert any("could not follow" in e.message for e in followed.errors)


def test_reingest_is_idempotent(tmp_path, seeds_dir):
    with _store(tmp_path) as store:
        first = ingest_into(store, [str(seeds_dir)])
        counts = (store.count("articles"), store.count("raw_inputs"))
        second = ingest_into(store, [str(seeds_dir)])
        assert len(first.added) == 5 and not first.errors
        assert second.added == [] and sorted(second.existing) == sorted(first.added)
        assert (store.count("articles"), store.count("raw_inputs")) == counts


# -- bad input -----------------------------------------------------------------------------

def test_bad_inputs_each_named_rest_stored_nothing_lost(tmp_path, seeds_dir):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE_DE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(("Die Bürgermeisterin äußerte sich besorgt über den Pegelstand und die Schäden an der Uferstraße. " * 2).encode("cp1252"))
    no_article = tmp_path / "index.html"
    no_article.write_text("<html><body><nav>Startseite</nav><footer>Impressum</footer></body></html>", encoding="utf-8")
    truncated = tmp_path / "cut.html"
    truncated.write_text(PAGE[: len(PAGE) // 2], encoding="utf-8")
    not_xml = tmp_path / "feed.rss"
    not_xml.write_text("this is not a feed at all", encoding="utf-8")
    with _store(tmp_path) as store:
        ingest_into(store, [str(seeds_dir)])
        before = {a.id: a.text for a in store.articles()}
        report = ingest_into(store, [str(p) for p in (good, empty, binary, latin, no_article, truncated, not_xml)] + [str(tmp_path / "missing.txt")])
        messages = {Path(e.source).name: e.message for e in report.errors}
        assert "empty" in messages["empty.txt"]
        assert "PNG" in messages["image.txt"]
        assert "no article text" in messages["index.html"]
        assert "feed" in messages["feed.rss"]
        assert "no such file" in messages["missing.txt"]
        assert "latin1.txt" not in messages and "cut.html" not in messages  # recoverable: stored
        assert any("Windows-1252" in w for w in report.warnings)
        assert len(report.added) == 3
        after = {a.id: a.text for a in store.articles()}
        assert {k: after[k] for k in before} == before
        latin_article = next(a for a in store.articles() if a.source.endswith("latin1.txt"))
        assert "Bürgermeisterin äußerte" in latin_article.text


def test_unreachable_url_is_an_error_not_a_crash(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    batch = ingest([f"http://127.0.0.1:{port}/nichts"], IngestOptions(allow_private=True, timeout=2))
    assert len(batch.errors) == 1 and "cannot reach" in batch.errors[0].message


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(ARTICLE_DE * 200, encoding="utf-8")
    batch = ingest([str(path)], IngestOptions(max_bytes=10_000))
    assert batch.errors and "over the" in batch.errors[0].message and batch.errors[0].source == str(path)


def test_store_rolls_back_a_failed_batch(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_DE, encoding="utf-8")
    with _store(tmp_path) as store:
        batch = ingest([str(path)])
        broken = Article(id="x", source="x", raw=b"x", raw_sha256="x" * 64, text=None)  # NOT NULL violation
        with pytest.raises(Exception):
            store.add_batch(batch.raw_inputs, batch.articles + [broken])
        assert store.count("articles") == 0 and store.count("raw_inputs") == 0


# -- parsers: properties ---------------------------------------------------------------------

@given(st.lists(st.dictionaries(st.sampled_from(["id", "title", "text", "date", "x"]), st.text(max_size=30), max_size=5), max_size=6))
def test_jsonl_parser_never_crashes(records):
    text = "\n".join(json.dumps(r) for r in records)
    articles, errors = parse_jsonl(text, "t.jsonl")
    assert len(articles) + len(errors) == sum(1 for line in text.split("\n") if line.strip())
    # Identical records share their content id (the store keeps one); distinct content never collides.
    by_id = {}
    for a in articles:
        assert by_id.setdefault(a.id, a.raw_sha256) == a.raw_sha256


@given(st.text(max_size=300))
def test_text_parser_keeps_body(text):
    article = parse_text(text, Article(id="t", source="t"))
    assert article.text in text or text.startswith((" date", "date")) or "\n" in text


@given(st.binary(max_size=300))
def test_decode_and_detect_never_crash(data):
    detect_format("x.bin", data)
    try:
        text, _ = decode_text(data, "x")
        assert "\r" not in text
    except InputError as exc:
        assert exc.source == "x"


def test_format_detection_trusts_content():
    assert detect_format("a.txt", b"<!doctype html><html><body>x</body></html>") is Format.HTML
    assert detect_format("feed", b'<?xml version="1.0"?><rss version="2.0"></rss>') is Format.FEED
    assert detect_format("x", b"<html></html>", "application/rss+xml") is Format.HTML
    assert detect_format("a.jsonl", b'{"text": "x"}') is Format.JSONL
    assert detect_format("notes", b"Der Landtag tagt.") is Format.TEXT


def test_bulk_insert_keeps_every_value_as_given(tmp_path):
    # Rows travel as one JSON document: quotes, umlauts, newlines, NULLs and JSON columns must survive.
    from lagebild.store import bulk_insert

    with Store.open(tmp_path / "bulk.duckdb") as store:
        rows = [
            ("s-1", "„Nächstes Mal in Moskau“", None, "2025-08-16", 2, "de", json.dumps({"a": ["ß", 1]}, ensure_ascii=False)),
            ("s-2", 'Er sagte: "ja"\nund ging', "2025-08-15", None, 1, None, "[]"),
        ]
        bulk_insert(store.conn, "stories", ("id", "title", "first_seen", "last_seen", "article_count", "language", "data"), rows)
        stored = store.conn.execute("SELECT id, title, first_seen, last_seen, article_count, language, data::VARCHAR FROM stories ORDER BY id").fetchall()
    assert [r[:6] for r in stored] == [r[:6] for r in rows]
    assert json.loads(stored[0][6]) == {"a": ["ß", 1]} and json.loads(stored[1][6]) == []


def test_batch_language_detection_matches_one_by_one():
    from lagebild.clean.language import detect_language, detect_languages

    texts = [
        "Der Kremlchef und der US-Präsident trafen sich auf einer Militärbasis in Alaska.",
        "The two presidents met at a military base in Alaska on Friday afternoon.",
        "kurz",
        "",
        "Les deux présidents se sont rencontrés vendredi sur une base militaire en Alaska.",
    ]
    assert detect_languages(texts) == [detect_language(t) for t in texts] == ["de", "en", "und", "und", "fr"]
