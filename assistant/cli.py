"""The ``mentor`` command line: a thin shell over the Python API."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from langchain_core.language_models import BaseChatModel
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.config import Settings, load_settings
from assistant.llm import ModelUnavailableError, build_chat_model, unavailable_message
from assistant.retrieval import IngestReport, KnowledgeBase, QueryError, SearchFilter
from assistant.retrieval.embeddings import EmbeddingModelError
from assistant.retrieval.ingest import discover
from assistant.retrieval.search import check_query
from assistant.retrieval.store import StoreUnavailableError
from assistant.skills.qa import LANGUAGE_NAMES, Answer, answer_question

app = typer.Typer(
    help="Mentor Assistant: mentoring guides, SMART goals and session prep, offline.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
err = Console(stderr=True)
_USER_ERRORS = (QueryError, StoreUnavailableError, EmbeddingModelError, ValueError, OSError)


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]Error:[/] {message}")
    return typer.Exit(code)


def _settings() -> Settings:
    try:
        return load_settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"MENTOR_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors()
        )
        raise fail(f"invalid setting: {problems}") from exc


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn expected failures into one clear line on stderr and exit code 2."""
    try:
        yield
    except _USER_ERRORS as exc:
        raise fail(str(exc)) from exc


@app.command()
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
) -> None:
    """Index documents (md, txt, pdf, docx, html). Re-running is safe: only changes are written,
    and files deleted from an ingested folder lose their chunks."""
    settings = _settings()
    targets = paths or [settings.knowledge_dir]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        raise fail(f"not found: {', '.join(missing)}")
    with _user_errors():
        total = sum(1 for _ in discover(targets))
        with KnowledgeBase(settings) as kb, _progress() as progress:
            task = progress.add_task("Ingesting", total=total)

            def advance(source: str) -> None:
                progress.update(task, advance=1, description=f"Ingesting {Path(source).name}")

            report = kb.ingest(targets, collection, on_file=advance)
    if as_json:
        typer.echo(json.dumps(_report_dict(report), ensure_ascii=False))
    else:
        _print_report(report)
    if strict and report.count("skipped"):
        raise typer.Exit(1)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
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


@app.command()
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
    settings = _settings()
    with _user_errors():
        where = SearchFilter(language=lang, audience=audience, collection=collection)
        with KnowledgeBase(settings) as kb:
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


def _answer(
    kb: KnowledgeBase,
    model: BaseChatModel,
    question: str,
    lang: str | None,
    history: list[tuple[str, str]],
    settings: Settings,
    stream_to: Console | None,
) -> tuple[Answer, bool]:
    """Run one grounded answer; returns it and whether the model failed (fixed message shown)."""
    answer = answer_question(
        question,
        kb,
        model,
        lang,
        history,
        settings.history_turns,
    )
    try:
        for piece in answer:
            if stream_to is not None:
                stream_to.print(piece, end="", highlight=False, markup=False)
    except ModelUnavailableError:
        answer.text = unavailable_message(answer.language)
        return answer, True
    return answer, False


def _print_sources(answer: Answer, out: Console) -> None:
    if answer.covered:
        out.print("\n[dim]Sources:[/]")
        for source in answer.cited:
            out.print(f"[dim]  [{source.number}] {source.label} ({source.source})[/]")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="Your question, in English or French.")],
    lang: Annotated[
        str | None, typer.Option("--lang", help="Answer language: en, fr (default: detected).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print {answer, citations} as JSON.")
    ] = False,
) -> None:
    """Answer a question from the mentoring guides, with cited sources."""
    if lang is not None and lang not in LANGUAGE_NAMES:
        raise fail("language must be one of en, fr")
    settings = _settings()
    with _user_errors(), KnowledgeBase(settings) as kb:
        check_query(question)
        try:
            model = build_chat_model(settings)
        except ModelUnavailableError as exc:
            err.print(f"[dim]{exc}[/]")
            raise fail(unavailable_message(lang or "en"), code=3) from exc
        out = Console()
        answer, failed = _answer(kb, model, question, lang, [], settings, None if as_json else out)
    if as_json:
        citations = [
            {"number": s.number, "title": s.title, "section": s.section, "source": s.source}
            for s in (answer.cited if answer.covered else [])
        ]
        typer.echo(
            json.dumps(
                {
                    "answer": answer.text,
                    "citations": citations,
                    "language": answer.language,
                    "covered": answer.covered,
                },
                ensure_ascii=False,
            )
        )
    elif failed:
        err.print(answer.text)
    else:
        out.print()
        _print_sources(answer, out)
    if failed:
        raise typer.Exit(3)


@app.command()
def chat(
    lang: Annotated[
        str | None, typer.Option("--lang", help="Answer language: en, fr (default: detected).")
    ] = None,
) -> None:
    """Chat with the assistant (answers stream; empty line or Ctrl-D to quit)."""
    settings = _settings()
    out = Console()
    history: list[tuple[str, str]] = []
    with _user_errors(), KnowledgeBase(settings) as kb:
        model: BaseChatModel | None = None
        out.print("[bold]Mentor Assistant[/] — ask about mentoring; empty line to quit.")
        while True:
            try:
                question = input("\nyou> ").strip()
            except EOFError:
                break
            if not question:
                break
            try:
                check_query(question)
                model = model or build_chat_model(settings)
            except QueryError as exc:
                err.print(f"[red]{exc}[/]")
                continue
            except ModelUnavailableError:
                err.print(unavailable_message(lang or "en"))
                continue
            out.print("[bold]mentor>[/] ", end="")
            answer, failed = _answer(kb, model, question, lang, history, settings, out)
            if failed:
                err.print("\n" + answer.text)
                continue
            out.print()
            _print_sources(answer, out)
            history.append((question, answer.text))


@app.command()
def status() -> None:
    """Show where data lives and how much is indexed."""
    settings = _settings()
    with _user_errors(), KnowledgeBase(settings) as kb:
        counts = kb.store.collection_counts()
    table = Table("setting", "value", title="Mentor Assistant")
    table.add_row("data dir", str(settings.data_dir.resolve()))
    table.add_row("vector store", settings.chroma_url or f"embedded ({settings.chroma_path})")
    table.add_row("embedding model", kb.embedder.model_path)
    for name, n in sorted(counts.items()):
        table.add_row(f"collection {name}", f"{n} chunks")
    Console().print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
