"""REST API and web pages against a database built from the bundled demo corpus."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from conftest import DEMO
from lagebild.api.app import create_app
from web_fixtures import filled_db


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    db = filled_db(tmp_path_factory.mktemp("api"), [str(DEMO)])
    return create_app(str(db))


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


def test_stories_pagination_and_filters(client):
    page = client.get("/api/stories", params={"limit": 1}).json()
    assert page["total"] == 2 and len(page["items"]) == 1
    second = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()["items"]
    assert second[0]["id"] != page["items"][0]["id"]
    flood = client.get("/api/stories", params={"entity": "Petra Vogt"}).json()
    assert flood["total"] == 1 and "Lindenau" in flood["items"][0]["title"] or "Lindenau" in str(flood)
    strike = client.get("/api/stories", params={"outlet": "Alpenpost", "date_from": "2026-03-16"}).json()
    assert strike["total"] == 1
    assert client.get("/api/stories", params={"date_from": "gestern"}).status_code == 422


def test_story_article_quotes_entities_search(client):
    story_id = client.get("/api/stories").json()["items"][0]["id"]
    story = client.get(f"/api/stories/{story_id}").json()
    assert {"entities", "quotes", "timeline", "summary", "disagreements", "duplicates"} <= set(story)
    article_id = story["articles"][0]
    assert client.get(f"/api/articles/{article_id}").json()["id"] == article_id
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/stories/nope").json()["detail"].startswith("no story")
    vogt = client.get("/api/quotes", params={"speaker": "Petra Vogt"}).json()
    assert vogt["total"] >= 3 and all(q["speaker"] == "Petra Vogt" for q in vogt["items"])
    people = client.get("/api/entities", params={"type": "PER"}).json()["items"]
    assert "Petra Vogt" in {e["name"] for e in people}
    hits = client.get("/api/search", params={"q": "Deichbruch"}).json()
    assert hits["articles"]
    export = client.get("/api/export").json()
    assert export["schema"] == "lagebild.export/1"


def test_html_pages(client):
    story_id = client.get("/api/stories").json()["items"][0]["id"]
    assert "Lagebild" in client.get("/").text
    page = client.get(f"/stories/{story_id}").text
    assert 'class="cite"' in page and "speaker-filter" in page
    assert "Deichbruch" in client.get("/search", params={"q": "Deichbruch"}).text
    assert client.get("/stories/nope").status_code == 404


def test_upload_limits_and_ingest(client):
    assert client.post("/api/ingest/upload", files={"file": ("leer.txt", b"")}).status_code == 400
    too_big = b"x" * (10 * 1024 * 1024 + 1)
    assert client.post("/api/ingest/upload", files={"file": ("gross.txt", too_big)}).status_code == 413
    text = "Der Landtag in Kranichstadt hat am Dienstag den Doppelhaushalt beschlossen. Die Opposition stimmte dagegen und kritisierte neue Kredite."
    result = client.post("/api/ingest/upload", files={"file": ("landtag.txt", text.encode())}).json()
    assert len(result["added"]) == 1 and result["stories"] == 3
    refused = client.post("/api/ingest", json={"urls": ["http://127.0.0.1:9/feed.xml"]}).json()
    assert refused["errors"] and "private" in refused["errors"][0]
    assert client.post("/api/ingest", json={"urls": []}).status_code == 422


schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(str(filled_db(__import__("pathlib").Path(__import__("tempfile").mkdtemp()), [str(DEMO)]))))


@schema.include(method="GET").parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_5xx(case):
    response = case.call()
    assert response.status_code < 500, (case.path, response.status_code, response.text[:200])


def test_background_ingest_reports_progress(client):
    import time

    job = client.post("/api/jobs", json={"urls": ["http://127.0.0.1:9/nichts.html"]})
    assert job.status_code == 202
    job_id = job.json()["id"]
    for _ in range(100):
        state = client.get(f"/api/jobs/{job_id}").json()
        if state["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert state["status"] == "done" and state["result"]["errors"]
    assert client.get("/api/jobs/job-999").status_code == 404
