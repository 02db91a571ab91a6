"""The web app in a real browser: Debian's chromium driven by Playwright against `lagebild serve`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import ROOT
from web_fixtures import filled_db

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.browser


def _require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium (make test does so when run as root)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, seeds_dir):
    _require_chromium()
    db = filled_db(tmp_path_factory.mktemp("browser"), [str(seeds_dir)])
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "lagebild.cli", "serve", "--db", str(db), "--port", str(port), "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(base + "/api/stories", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"lagebild serve did not start: {process.stdout.read().decode()[-2000:]}")
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        yield page
        browser.close()


def test_open_story_click_citation_see_highlight(server, page):
    page.goto(server + "/")
    page.screenshot(path=str(ARTIFACTS / "index.png"))
    _open_first_story(server, page)
    citation = page.locator(".summary a.cite").first
    article, start, end = (citation.get_attribute(k) for k in ("data-article", "data-start", "data-end"))
    citation.click()
    mark = page.locator("mark#highlight")
    mark.wait_for()
    expected = page.evaluate(f"fetch('/api/articles/{article}').then(r => r.json()).then(a => a.text.slice({start}, {end}))")
    assert mark.inner_text() == expected
    assert mark.is_visible()
    page.screenshot(path=str(ARTIFACTS / "story-citation.png"))


def _open_first_story(server, page) -> None:
    page.goto(server + "/")
    page.locator("table.list a").first.click()
    page.wait_for_selector("#story-title")


def test_filter_quotes_by_speaker(server, page):
    _open_first_story(server, page)  # each test stands alone, whatever ran before it
    page.select_option("#speaker-filter", "Wladimir Putin")
    visible = [b.get_attribute("data-speaker") for b in page.locator(".speaker").all() if b.is_visible()]
    assert visible == ["Wladimir Putin"]
    page.screenshot(path=str(ARTIFACTS / "speaker-filter.png"))


def test_search_magadan(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "Magadan")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("#article-results")
    assert page.locator("#article-results a").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "search-magadan.png"))
