"""``mentor ingest``, ``mentor search`` and ``mentor status``: the knowledge base."""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from assistant.cli.common import (
    err,
    fail,
    ingest_progress,
    open_knowledge_base,
    prepare_quick_encoder,
    settings_or_exit,
    user_errors,
)
from assistant.config import Settings
from assistant.language.messages import message
from assistant.model.anticipate import write_questions
from assistant.model.llm import build_chat_model, start_model_early
from assistant.records.audit import audit
from assistant.records.integrity import check_records
from assistant.retrieval import IngestReport, KnowledgeBase, QueryError, SearchFilter
from assistant.retrieval.anticipated import anticipate
from assistant.retrieval.integrity import check_index


def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to ingest. Default: the bundled knowledge base."),
    ] = None,
    collection: Annotated[
        str | None, typer.Option("--collection", "-c", help="Collection to ingest into.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with code 1 if any file was skipped.")
    ] = False,
    questions: Annotated[
        bool,
        typer.Option(
            "--questions",
            help="Then have the chat model write the questions each section of your own "
            "documents answers, so they are found as readily as the bundled guides (slow: "
            "about 10 s a section with the embedded model; resumable; done once per section).",
        ),
    ] = False,
) -> None:
    """Index documents (md, txt, pdf, docx, html). Re-running is safe: only changes are written,
    and files deleted from an ingested folder lose their chunks."""
    settings = settings_or_exit()
    targets = paths or [settings.knowledge_dir]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        raise fail(f"not found: {', '.join(missing)}")
    with user_errors(), open_knowledge_base(settings, index_if_empty=False) as kb:
        with ingest_progress(targets) as advance:
            report = kb.ingest(targets, collection, on_file=advance)
        if questions:
            _anticipate(settings, kb)
        prepare_quick_encoder(settings, kb)
    audit(
        settings.data_dir,
        "ingest",
        collection=report.collection,
        added=report.count("added"),
        updated=report.count("updated"),
        removed=report.count("removed"),
        skipped=report.count("skipped"),
    )
    if as_json:
        typer.echo(json.dumps(_report_dict(report), ensure_ascii=False))
    else:
        _print_report(report)
    if strict and report.count("skipped"):
        raise typer.Exit(1)


def _anticipate(settings: Settings, kb: KnowledgeBase) -> None:
    """Anticipated questions for the sections of the user's own documents that have none."""
    start_model_early(settings)
    model = build_chat_model(settings)
    with Progress(transient=True) as progress:
        task = progress.add_task("writing anticipated questions", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        report = anticipate(kb, partial(write_questions, model), on_section=advance)
    err.print(
        f"anticipated questions: {report.written} written for {report.sections - report.failed} "
        f"of {report.sections} section(s) that had none"
        + (
            f" ({report.failed} got none: the model was unavailable or wrote no question)"
            if report.failed
            else ""
        )
    )


def _report_dict(report: IngestReport) -> dict[str, object]:
    return {
        "collection": report.collection,
        "summary": {
            s: report.count(s) for s in ("added", "updated", "unchanged", "removed", "skipped")
        },
        "chunks_written": report.chunks_written,
        "chunks_deleted": report.chunks_deleted,
        "chunks_unchanged": report.chunks_unchanged,
        "seconds": round(report.seconds, 3),
        "files": [f.__dict__ for f in report.files],
    }


def _print_report(report: IngestReport) -> None:
    noteworthy = [f for f in report.files if f.status != "unchanged"]
    if noteworthy:
        table = Table("file", "status", "chunks", "note", title=f"collection {report.collection}")
        for f in noteworthy:
            style = {"skipped": "red", "removed": "yellow"}.get(f.status, "green")
            table.add_row(f.source, f"[{style}]{f.status}[/]", str(f.chunks), f.reason)
        err.print(table)
    err.print(report.summary())


def search(
    query: Annotated[str | None, typer.Argument(help="What to look for.")] = None,
    k: Annotated[int | None, typer.Option("--k", "-k", min=1, max=100, help="Hits.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language: en, fr.")] = None,
    audience: Annotated[
        str | None, typer.Option("--audience", help="Only guides for: mentee, mentor, trainer.")
    ] = None,
    collection: Annotated[
        str | None, typer.Option("--collection", "-c", help="Only this collection.")
    ] = None,
    queries: Annotated[
        Path | None,
        typer.Option(
            "--queries", help="Text file with one query per line (one JSON line out each)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print hits as JSON.")] = False,
) -> None:
    """Search the knowledge base (hybrid: meaning + keywords). Every hit is cited."""
    if (query is None) == (queries is None):
        raise fail("give either a QUERY or --queries FILE")
    settings = settings_or_exit()
    with user_errors():
        where = SearchFilter(language=lang, audience=audience, collection=collection)
        with open_knowledge_base(settings) as kb:
            if queries is not None:
                _search_many(kb, queries, k, where)
                return
            assert query is not None
            hits = kb.search(query, k, where)
    if as_json:
        typer.echo(json.dumps([h.model_dump() for h in hits], ensure_ascii=False))
        return
    if not hits:
        err.print("No hits. Is the knowledge base ingested? Try: mentor ingest")
    out = Console()
    for n, hit in enumerate(hits, 1):
        out.print(f"[bold][{n}][/] {hit.citation}  [dim]score {hit.score:.4f}[/]")
        out.print(f"    {_preview(hit.text)}\n", highlight=False)


def _search_many(kb: KnowledgeBase, file: Path, k: int | None, where: SearchFilter) -> None:
    lines = file.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip():
            continue
        try:
            row: dict[str, object] = {
                "query": line,
                "hits": [h.model_dump() for h in kb.search(line, k, where)],
            }
        except QueryError as exc:
            row = {"query": line, "error": str(exc), "hits": []}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _preview(text: str, width: int = 220) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def status() -> None:
    """Show where data lives and how much is indexed, after an integrity check of the records
    file and the knowledge index (exit code 1 when either is damaged, with how to recover)."""
    settings = settings_or_exit()
    records = check_records(settings.records_path)
    with user_errors():
        index = check_index(settings)
    counts: dict[str, int] = {}
    model_path = ""
    if not index.damaged:
        with user_errors(), open_knowledge_base(settings, index_if_empty=False) as kb:
            counts = kb.store.collection_counts()
            model_path = kb.embedder.model_path
    table = Table("setting", "value", title="Mentor Assistant")
    table.add_row("data dir", str(settings.data_dir.resolve()))
    table.add_row("vector store", settings.chroma_url or f"embedded ({settings.chroma_path})")
    if model_path:
        table.add_row("embedding model", model_path)
    for finding, label in ((records, "records file"), (index, "knowledge index")):
        verdict = escape(finding.verdict())
        table.add_row(label, f"[red]{verdict}[/]" if finding.damaged else verdict)
    for name, n in sorted(counts.items()):
        table.add_row(f"collection {name}", f"{n} chunks")
    if not counts and not index.damaged:
        table.add_row("collections", "none yet: `mentor ingest` indexes the bundled guides")
    Console().print(table)
    damaged = [f for f in (records, index) if f.damaged]
    for finding in damaged:
        typer.echo(finding.advice())
    if damaged:
        raise typer.Exit(1)
    typer.echo(message("en", "integrity.all_ok"))
