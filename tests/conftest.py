"""Shared fixtures: where the read-only corpora live, and fresh databases."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = CORPUS / "seeds"
DEMO = ROOT / "examples" / "demo"


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (e.g. "002")."""
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return matches[0]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared seeds are not at {SEEDS}")
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def seeds_run(tmp_path_factory, seeds_dir):
    """The seeds through the whole pipeline once: (export document, annotated articles by id)."""
    from lagebild.export import build_export
    from lagebild.nlp.annotate import annotate
    from lagebild.pipeline import run
    from lagebild.store import Store

    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    with Store.open(db) as store:
        report = run(store, [str(seeds_dir)])
        assert not report.errors
        document = build_export(store)
        articles = store.articles()
    annotate(articles)
    return document, {a.id: a for a in articles}


@pytest.fixture(scope="session")
def seeds_story(seeds_run):
    """The seeds synthesised once as one story, on a copy of the annotated articles: (Story, articles by id)."""
    import copy

    from lagebild.story.builder import StoryOptions, synthesise

    _document, by_id = seeds_run
    articles = copy.deepcopy(list(by_id.values()))
    story, _dropped = synthesise("seeds", articles, StoryOptions())
    return story, {a.id: a for a in articles}


def seed_id(document: dict, prefix: str) -> str:
    """The article id of the seed file starting with ``prefix``."""
    return next(a["id"] for a in document["articles"] if a["source"].rsplit("/", 1)[-1].startswith(prefix))
