"""The ``lagebild`` command line.

Exit codes: 0 everything went well; 1 some inputs could not be read (the rest
was processed and stored); 2 wrong usage; 3 the database or an output could not
be written; 4 a requested story or article does not exist.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from lagebild import __version__
from lagebild.errors import LagebildError, StoreError
from lagebild.ingest import IngestOptions
from lagebild.store.duck import DEFAULT_DB

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE, EXIT_STORE, EXIT_NOT_FOUND = 0, 1, 2, 3, 4

EPILOG = """examples:
  lagebild run examples/demo --out report/          ingest, analyse, write report/index.html and report/export.json
  lagebild ingest articles/*.txt feed.xml --db news.duckdb
  lagebild ingest https://example.org/feed.rss --follow-links
  cat article.txt | lagebild ingest -
  lagebild stories                                  list the stories in ./lagebild.duckdb
  lagebild show s-1a2b3c4d5e6f7a8b                  one story as text (--json for JSON)
  lagebild export --format json > export.json       the export contract document
  lagebild export --format md --out story.md        a newsletter-ready Markdown digest
  lagebild serve --port 8000                        web app and REST API at http://127.0.0.1:8000

exit codes: 0 ok · 1 some inputs failed (the rest was stored) · 2 usage · 3 database/output error · 4 not found
"""


class _Ui:
    def __init__(self, quiet: bool, verbose: bool):
        self.quiet = quiet
        self.verbose = verbose
        self.out = Console(highlight=False)
        self.err = Console(stderr=True, highlight=False)

    def info(self, message: str) -> None:
        if not self.quiet:
            self.err.print(message)

    def debug(self, message: str) -> None:
        if self.verbose:
            self.err.print(f"[dim]{message}[/dim]")

    def error(self, message: str) -> None:
        self.err.print(f"[bold red]error:[/bold red] {message}")

    def progress(self) -> Progress:
        return Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=self.err, disable=self.quiet, transient=True,
        )


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get("LAGEBILD_DB", DEFAULT_DB), help=f"database file (default: ./{DEFAULT_DB}, or $LAGEBILD_DB)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    parser.add_argument("-v", "--verbose", action="store_true", help="print warnings and details")


def _add_ingest_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help="files, folders, globs, URLs, feeds, or - for stdin")
    parser.add_argument("--allow-private", action="store_true", help="allow fetching private and loopback addresses")
    parser.add_argument("--follow-links", action="store_true", help="fetch the full page behind each feed item")
    parser.add_argument("--max-bytes", type=int, default=50 * 1024 * 1024, help="largest input accepted, in bytes (default 50 MB)")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for a URL (default 15)")


def _add_story_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--summary-words", type=int, default=200, help="upper bound of the summary length in words (default 200)")
    parser.add_argument("--llm-url", help="OpenAI-compatible endpoint for an abstractive summary (optional; citations are verified)")
    parser.add_argument("--llm-model", help="model name to ask at --llm-url")
    parser.add_argument(
        "--embeddings",
        action="store_true",
        help="join stories across languages with multilingual embeddings (needs: pip install 'lagebild[embeddings]'; "
        "slower, about 11 articles/s; a database built with it keeps using it)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild",
        description="Lagebild turns many news articles into one sourced picture per story: who said what, when, where sources disagree, and a cited summary.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"lagebild {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("run", help="ingest inputs, build stories, write the report and export.json", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_ingest_options(p)
    _add_story_options(p)
    p.add_argument("--out", required=True, type=Path, help="folder for index.html, one page per story, and export.json")
    p.add_argument("--format", choices=("html", "md"), default="html", help="report format besides export.json (default html)")
    _add_common(p)

    p = sub.add_parser("ingest", help="read inputs into the database (idempotent) and update the stories")
    _add_ingest_options(p)
    _add_story_options(p)
    p.add_argument("--no-analyse", action="store_true", help="only store the articles; build stories later with 'lagebild analyse'")
    _add_common(p)

    p = sub.add_parser("analyse", help="rebuild all stories from the stored articles")
    _add_story_options(p)
    _add_common(p)

    p = sub.add_parser("stories", help="list the stories in the database")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_common(p)

    p = sub.add_parser("show", help="show one story (or article) by id")
    p.add_argument("id", help="a story id (s-…) or article id")
    p.add_argument("--json", action="store_true", help="print the story's export JSON")
    _add_common(p)

    p = sub.add_parser("export", help="print or write everything in the database")
    p.add_argument("--format", choices=("json", "md", "html"), default="json", help="json: the export contract (default); md: Markdown digest; html: report folder")
    p.add_argument("--out", type=Path, help="file (json, md) or folder (html); default: standard output")
    _add_common(p)

    p = sub.add_parser("serve", help="serve the web app and REST API")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    _add_common(p)
    return parser


def _story_options(args: argparse.Namespace):
    from lagebild.story.builder import StoryOptions

    if bool(args.llm_url) != bool(args.llm_model):
        raise SystemExit(_usage_error("--llm-url and --llm-model go together"))
    return StoryOptions(
        summary_max_words=args.summary_words,
        summary_min_words=min(80, args.summary_words),
        llm_url=args.llm_url,
        llm_model=args.llm_model,
        llm_api_key=os.environ.get("LAGEBILD_LLM_API_KEY"),
        embeddings=True if args.embeddings else None,  # without the flag: as the database was built
    )


def _usage_error(message: str) -> int:
    Console(stderr=True).print(f"[bold red]error:[/bold red] {message}")
    return EXIT_USAGE


def _ingest_options(args: argparse.Namespace) -> IngestOptions:
    return IngestOptions(allow_private=args.allow_private, follow_links=args.follow_links, max_bytes=args.max_bytes, timeout=args.timeout)


def _report_ingest(ui: _Ui, report) -> None:
    for error in report.errors:
        ui.error(str(error))
    for warning in report.warnings:
        ui.debug(f"warning: {warning}")
    ui.info(f"{len(report.added)} new article(s), {len(report.existing)} already stored, {len(report.errors)} input error(s)")


def _progress_callback(progress: Progress):
    tasks: dict[str, int] = {}

    def callback(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], advance=done, total=total)

    return callback


def _cmd_run(args, ui: _Ui, store) -> int:
    from lagebild.export.report import write_report
    from lagebild.pipeline import run

    with ui.progress() as progress:
        report = run(store, args.inputs, _ingest_options(args), _story_options(args), _progress_callback(progress))
    _report_ingest(ui, report)
    if report.llm_dropped:
        ui.info(f"LLM summary: {report.llm_dropped} sentence(s) dropped by the citation verifier")
    paths = write_report(store, args.out, fmt=args.format)
    ui.info(f"{report.stories} stor{'y' if report.stories == 1 else 'ies'}; report: {paths['index']}  export: {paths['export']}")
    return EXIT_INPUT_ERRORS if report.failed else EXIT_OK


def _cmd_ingest(args, ui: _Ui, store) -> int:
    from lagebild.pipeline import analyse, ingest_into

    with ui.progress() as progress:
        callback = _progress_callback(progress)
        report = ingest_into(store, args.inputs, _ingest_options(args), callback)
        if not args.no_analyse and report.added:
            report.stories, _ = analyse(store, _story_options(args), callback)
    _report_ingest(ui, report)
    return EXIT_INPUT_ERRORS if report.failed else EXIT_OK


def _cmd_analyse(args, ui: _Ui, store) -> int:
    from lagebild.pipeline import analyse

    with ui.progress() as progress:
        count, dropped = analyse(store, _story_options(args), _progress_callback(progress))
    ui.info(f"{count} stories built" + (f"; {dropped} LLM sentence(s) dropped by the verifier" if dropped else ""))
    return EXIT_OK


def _cmd_stories(args, ui: _Ui, store) -> int:
    stories = store.stories_data()
    if args.json:
        print(json.dumps([{k: s[k] for k in ("id", "title", "articles", "first_seen", "last_seen")} for s in stories], ensure_ascii=False, indent=1))
        return EXIT_OK
    table = Table(box=None)
    table.add_column("id", no_wrap=True)
    table.add_column("articles", justify="right")
    table.add_column("from", no_wrap=True)
    table.add_column("to", no_wrap=True)
    table.add_column("title")
    for story in stories:
        table.add_row(story["id"], str(len(story["articles"])), (story.get("first_seen") or "")[:16], (story.get("last_seen") or "")[:16], story["title"])
    ui.out.print(table)
    return EXIT_OK


def _cmd_show(args, ui: _Ui, store) -> int:
    from lagebild.export.markdown import story_markdown

    story = store.story_data(args.id)
    if story is None:
        article = store.article(args.id)
        if article is None:
            ui.error(f"no story or article with id {args.id!r}; 'lagebild stories' lists the ids")
            return EXIT_NOT_FOUND
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=1) if args.json else f"# {article.title or article.id}\n\n{article.text}")
        return EXIT_OK
    if args.json:
        print(json.dumps(story, ensure_ascii=False, indent=1))
    else:
        articles = {a.id: a for a in store.articles(story["articles"])}
        print(story_markdown(story, articles))
    return EXIT_OK


def _cmd_export(args, ui: _Ui, store) -> int:
    from lagebild.export import build_export, write_export
    from lagebild.export.markdown import export_markdown
    from lagebild.export.report import write_report

    if args.format == "html":
        if not args.out:
            return _usage_error("--format html needs --out FOLDER")
        paths = write_report(store, args.out, fmt="html")
        ui.info(f"report: {paths['index']}")
        return EXIT_OK
    if args.format == "json":
        document = build_export(store)
        if args.out:
            write_export(document, args.out)
        else:
            sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    text = export_markdown(store)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_serve(args, ui: _Ui, store) -> int:
    import uvicorn

    from lagebild.api.app import create_app

    store.close()
    ui.info(f"Lagebild at http://{args.host}:{args.port}/  (API docs at /docs)")
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning" if args.quiet else "info")
    return EXIT_OK


COMMANDS = {
    "run": _cmd_run,
    "ingest": _cmd_ingest,
    "analyse": _cmd_analyse,
    "stories": _cmd_stories,
    "show": _cmd_show,
    "export": _cmd_export,
    "serve": _cmd_serve,
}


def main(argv: list[str] | None = None) -> int:
    from lagebild.store import Store

    args = build_parser().parse_args(argv)
    ui = _Ui(args.quiet, args.verbose)
    read_only = args.command in ("stories", "show", "export") and Path(args.db).exists()
    try:
        store = Store.open(args.db, read_only=read_only)
    except StoreError as exc:
        ui.error(str(exc))
        return EXIT_STORE
    try:
        return COMMANDS[args.command](args, ui, store)
    except StoreError as exc:
        ui.error(str(exc))
        return EXIT_STORE
    except LagebildError as exc:
        ui.error(str(exc))
        return EXIT_STORE
    except OSError as exc:
        ui.error(f"cannot write {exc.filename or 'output'}: {exc.strerror}")
        return EXIT_STORE
    except KeyboardInterrupt:
        ui.error("interrupted; everything stored so far is intact")
        return 130
    finally:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - closing twice after serve is harmless
            pass


if __name__ == "__main__":
    sys.exit(main())
