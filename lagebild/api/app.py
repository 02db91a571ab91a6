"""The web app and REST API (FastAPI): story pages, search, ingest, and JSON per the export contract.

``create_app(db_path)`` opens the DuckDB store once and serialises access with a lock
(DuckDB has one writer per file). HTML pages reuse the report's templates; the JSON
endpoints return the contract's objects, paginated with ``limit``/``offset``.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from lagebild import __version__
from lagebild.export import build_export
from lagebild.ingest import IngestOptions
from lagebild.store import Store
from lagebild.web.render import HERE as WEB_DIR
from lagebild.web.render import render_index, render_page, render_story

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class IngestRequest(BaseModel):
    urls: list[str] = Field(..., min_length=1, max_length=50, description="URLs of pages or feeds to ingest")
    follow_links: bool = Field(False, description="fetch the full page behind each feed item")


class IngestResult(BaseModel):
    added: list[str]
    existing: list[str]
    errors: list[str]
    stories: int


class Job(BaseModel):
    id: str
    status: str = Field(..., description="queued | running | done | failed")
    stage: str | None = None
    done: int = 0
    total: int = 0
    result: IngestResult | None = None
    error: str | None = None


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def _matches(story: dict, entity: str | None, outlet: str | None, date_from: str | None, date_to: str | None, outlets: dict[str, str | None]) -> bool:
    if entity and not any(entity.casefold() in (e["name"].casefold(), *(a.casefold() for a in e["aliases"])) for e in story["entities"]):
        return False
    if outlet and not any((outlets.get(a) or "").casefold() == outlet.casefold() for a in story["articles"]):
        return False
    if date_from and (story.get("last_seen") or "")[:10] < date_from:
        return False
    if date_to and (story.get("first_seen") or "9999")[:10] > date_to:
        return False
    return True


def _summary(story: dict) -> dict:
    return {k: story[k] for k in ("id", "title", "articles", "first_seen", "last_seen", "language")} | {
        "quotes": len(story["quotes"]), "entities": len(story["entities"])}


def create_app(db_path: str, allow_private: bool = False) -> FastAPI:
    app = FastAPI(
        title="Lagebild",
        version=__version__,
        description="Stories built from news articles: who said what, when, where sources differ, and a cited summary. "
        "JSON follows the lagebild.export/1 contract.",
    )
    store = Store.open(db_path)
    lock = threading.Lock()
    app.state.store = store

    def stories(entity=None, outlet=None, date_from=None, date_to=None) -> list[dict]:
        with lock:
            data = store.stories_data()
            outlets = dict(store.conn.execute("SELECT id, outlet FROM articles").fetchall())
        return [s for s in data if _matches(s, entity, outlet, date_from, date_to, outlets)]

    def story_or_404(story_id: str) -> dict:
        with lock:
            story = store.story_data(story_id)
        if story is None:
            raise HTTPException(404, f"no story with id {story_id!r}; GET /api/stories lists them")
        return story

    def articles_of(ids: list[str]) -> list[dict]:
        with lock:
            return [a.to_dict() for a in store.articles(ids)]

    jobs: dict[str, Job] = {}

    def ingest(specs: list[str], follow_links: bool = False, job: Job | None = None) -> IngestResult:
        from lagebild.pipeline import analyse, ingest_into

        def progress(stage: str, done: int, total: int) -> None:
            if job is not None:
                job.done = job.done + done if job.stage == stage else done
                job.stage, job.total = stage, total

        with lock:
            if job is not None:
                job.status = "running"
            report = ingest_into(store, specs, IngestOptions(allow_private=allow_private, follow_links=follow_links), progress)
            count = analyse(store, progress=progress)[0] if report.added else len(store.story_ids())
        return IngestResult(added=report.added, existing=report.existing, errors=[str(e) for e in report.errors], stories=count)

    def start_job(specs: list[str], follow_links: bool = False) -> Job:
        job = Job(id=f"job-{len(jobs) + 1}", status="queued")
        jobs[job.id] = job

        def work() -> None:
            try:
                job.result = ingest(specs, follow_links, job)
                job.status = "done"
            except Exception as exc:  # noqa: BLE001 - reported to the client, never a 5xx
                job.status, job.error = "failed", str(exc)

        threading.Thread(target=work, daemon=True).start()
        return job

    # -- HTML ---------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(entity: str | None = None, outlet: str | None = None, date_from: str | None = None, date_to: str | None = None):
        items = stories(entity, outlet, date_from, date_to)
        ids = sorted({a for s in items for a in s["articles"]})
        filters = {"entity": entity, "outlet": outlet, "date_from": date_from, "date_to": date_to}
        return render_index(items, articles_of(ids), inline=False, root="/", filters=filters)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str):
        story = story_or_404(story_id)
        return render_story(story, articles_of(story["articles"]), inline=False, root="/")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = ""):
        with lock:
            results = store.search(q) if q.strip() else {"articles": [], "quotes": []}
        return render_page("search.html", query=q, results=results, page_title=q or "Suche")

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_form():
        return render_page("ingest.html", message=None, page_title="Einlesen")

    @app.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
    async def ingest_submit(url: str = Form(""), file: UploadFile | None = File(None)):
        specs, tmp = [], None
        if url.strip():
            specs.append(url.strip())
        if file is not None and file.filename:
            tmp = await _save_upload(file)
            specs.append(str(tmp))
        if not specs:
            return render_page("ingest.html", message="Bitte eine URL oder eine Datei angeben.", page_title="Einlesen")
        result = ingest(specs)
        message = f"{len(result.added)} neu, {len(result.existing)} schon vorhanden, {len(result.errors)} Fehler. " + " ".join(result.errors)
        return render_page("ingest.html", message=message, page_title="Einlesen")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        path = WEB_DIR / "static" / name
        if name not in ("style.css", "app.js") or not path.exists():
            raise HTTPException(404, "no such file")
        return FileResponse(path)

    # -- JSON API -----------------------------------------------------------------------
    @app.get("/api/stories", response_model=Page, summary="Stories, newest first, with filters")
    def api_stories(
        limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0, le=10_000_000),
        entity: str | None = Query(None, max_length=200), outlet: str | None = Query(None, max_length=200),
        date_from: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"), date_to: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
    ):
        items = stories(entity, outlet, date_from, date_to)
        return Page(total=len(items), limit=limit, offset=offset, items=[_summary(s) for s in items[offset : offset + limit]])

    @app.get("/api/stories/{story_id}", summary="One story as in the export contract")
    def api_story(story_id: str) -> dict:
        return story_or_404(story_id)

    @app.get("/api/articles", response_model=Page, summary="Articles in ingest order")
    def api_articles(limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0, le=10_000_000)):
        with lock:
            total = store.count("articles")
            ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY seq LIMIT ? OFFSET ?", [limit, offset]).fetchall()]
            items = [a.to_dict() for a in store.articles(ids)]
        return Page(total=total, limit=limit, offset=offset, items=items)

    @app.get("/api/articles/{article_id}", summary="One article (cleaned text and metadata)")
    def api_article(article_id: str) -> dict:
        with lock:
            article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return article.to_dict()

    @app.get("/api/quotes", response_model=Page, summary="Quotes, by speaker, story and/or channel (the outlet or platform they came through)")
    def api_quotes(
        speaker: str | None = Query(None, max_length=200),
        story: str | None = Query(None, max_length=100),
        channel: str | None = Query(None, max_length=200),
        limit: int = Query(50, ge=1, le=500),
        offset: int = Query(0, ge=0, le=10_000_000),
    ):
        items = [
            q | {"story": s["id"]}
            for s in stories()
            if story in (None, s["id"])
            for q in s["quotes"]
            if speaker in (None, q["speaker"]) and channel in (None, q.get("channel"))
        ]
        return Page(total=len(items), limit=limit, offset=offset, items=items[offset : offset + limit])

    @app.get("/api/entities", response_model=Page, summary="Entities of all stories (or one), with mention counts")
    def api_entities(story: str | None = Query(None, max_length=100), type: str | None = Query(None, pattern="^(PER|ORG|LOC|MISC)$"), limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=10_000_000)):
        items = [
            {"id": e["id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"], "mentions": len(e["mentions"]), "story": s["id"]}
            for s in stories() if story in (None, s["id"]) for e in s["entities"] if type in (None, e["type"])
        ]
        return Page(total=len(items), limit=limit, offset=offset, items=items[offset : offset + limit])

    @app.get("/api/search", summary="Full-text search over articles and quotes")
    def api_search(q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0, le=10_000_000)) -> dict:
        with lock:
            return store.search(q, limit=limit, offset=offset)

    @app.post("/api/ingest", response_model=IngestResult, summary="Ingest URLs or feeds, then update the stories")
    def api_ingest(request: IngestRequest):
        return ingest(request.urls, request.follow_links)

    @app.post("/api/jobs", response_model=Job, status_code=202, summary="Ingest in the background; poll GET /api/jobs/{id} for progress")
    def api_start_job(request: IngestRequest):
        return start_job(request.urls, request.follow_links)

    @app.get("/api/jobs/{job_id}", response_model=Job, summary="Progress of a background ingest")
    def api_job(job_id: str):
        if job_id not in jobs:
            raise HTTPException(404, f"no job {job_id!r}")
        return jobs[job_id]

    @app.post("/api/ingest/upload", response_model=IngestResult, summary="Ingest an uploaded file (txt, html, jsonl, feed)")
    async def api_upload(file: UploadFile = File(...)):
        tmp = await _save_upload(file)
        return ingest([str(tmp)])

    @app.get("/api/export", summary="Everything, as the lagebild.export/1 document")
    def api_export() -> dict:
        with lock:
            return build_export(store)

    @app.exception_handler(ValueError)
    async def _value_error(request: Request, exc: ValueError):
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    return app


async def _save_upload(file: UploadFile) -> Path:
    data = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, f"upload is over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB limit")
    if not data:
        raise HTTPException(400, "the upload is empty")
    suffix = Path(file.filename or "upload.txt").suffix.lower()[:8] or ".txt"
    folder = Path(tempfile.mkdtemp(prefix="lagebild-upload-"))
    path = folder / f"{Path(file.filename or 'upload').stem[:60] or 'upload'}{suffix}"
    path.write_bytes(data)
    return path
