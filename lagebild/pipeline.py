"""The main job, stage by stage: ingest → clean → store → nlp → dedup → cluster → story → store.

Each stage is a package of its own; this module only passes the core data model
from one to the next and decides what is stored when.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lagebild.clean import clean_articles
from lagebild.errors import InputError
from lagebild.ingest import IngestOptions, ingest
from lagebild.model import Article
from lagebild.store import Store
from lagebild.story.builder import StoryOptions, build_stories

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(slots=True)
class RunReport:
    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stories: int = 0
    llm_dropped: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def ingest_into(store: Store, specs: Iterable[str], options: IngestOptions | None = None, progress: Progress | None = None) -> RunReport:
    """Ingest and clean the inputs and store them in one transaction."""
    report = RunReport()
    specs = list(specs)
    batch = ingest(specs, options, progress=(lambda spec: progress("ingest", 1, len(specs))) if progress else None)
    report.errors.extend(batch.errors)
    report.warnings.extend(batch.warnings)
    kept: list[Article] = []
    for article in clean_articles(batch.articles):
        if len(article.text.split()) < 3:
            report.errors.append(InputError(article.source, "nothing but page furniture in this input; not stored"))
            continue
        report.warnings.extend(f"{article.source}: {w}" for w in article.warnings)
        kept.append(article)
    result = store.add_batch(batch.raw_inputs, kept)
    store.log_errors(report.errors)
    report.added, report.existing = result.added, result.existing
    return report


def analyse(store: Store, options: StoryOptions | None = None, progress: Progress | None = None) -> tuple[int, int]:
    """(Re)build the stories of everything stored. Returns (stories, LLM sentences dropped)."""
    articles = store.articles()
    result = build_stories(articles, store=store, options=options or StoryOptions(), progress=progress)
    store.set_duplicates({a.id: a.duplicate_of for a in articles})
    store.save_stories(result.stories, replace_all=True)
    return len(result.stories), result.llm_dropped


def run(store: Store, specs: Iterable[str], ingest_options: IngestOptions | None = None, story_options: StoryOptions | None = None, progress: Progress | None = None) -> RunReport:
    report = ingest_into(store, specs, ingest_options, progress)
    report.stories, report.llm_dropped = analyse(store, story_options, progress)
    return report
