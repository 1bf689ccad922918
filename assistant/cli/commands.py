"""The ``mentor`` command line: a thin shell over the Python API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from assistant.agent import ROLES, Conversation
from assistant.cli.common import (
    err,
    fail,
    ingest_progress,
    open_agent,
    open_knowledge_base,
    settings_or_exit,
    user_errors,
)
from assistant.cli.goal import goal_app
from assistant.cli.user import user_app
from assistant.config import current_user
from assistant.model.llm import (
    ModelUnavailableError,
    build_chat_model,
    start_model_early,
    unavailable_message,
)
from assistant.reply import Reply
from assistant.retrieval import IngestReport, KnowledgeBase, QueryError, SearchFilter
from assistant.retrieval.search import check_query
from assistant.skills.qa import LANGUAGE_NAMES, answer_question

app = typer.Typer(
    help="Mentor Assistant: mentoring guides, SMART goals and session prep, offline.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
app.add_typer(goal_app, name="goal")
app.add_typer(user_app, name="user")


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
    settings = settings_or_exit()
    targets = paths or [settings.knowledge_dir]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        raise fail(f"not found: {', '.join(missing)}")
    with (
        user_errors(),
        open_knowledge_base(settings, index_if_empty=False) as kb,
        ingest_progress(targets) as advance,
    ):
        report = kb.ingest(targets, collection, on_file=advance)
    if as_json:
        typer.echo(json.dumps(_report_dict(report), ensure_ascii=False))
    else:
        _print_report(report)
    if strict and report.count("skipped"):
        raise typer.Exit(1)


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


def _stream(reply: Reply, out: Console | None) -> None:
    """Print a reply as it streams (``out`` None: just consume it)."""
    for piece in reply:
        if out is not None:
            out.print(piece, end="", highlight=False, markup=False)


def _print_sources(reply: Reply, out: Console) -> None:
    if reply.sources:
        out.print("\n[dim]Sources:[/]")
        for source in reply.cited:
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
    settings = settings_or_exit()
    with user_errors():
        check_query(question)
        start_model_early(settings)
    with user_errors(), open_knowledge_base(settings) as kb:
        try:
            model = build_chat_model(settings)
        except ModelUnavailableError as exc:
            err.print(f"[dim]{exc}[/]")
            raise fail(unavailable_message(lang or "en"), code=3) from exc
        out = Console()
        reply = answer_question(question, kb, model, lang)
        _stream(reply, None if as_json or reply.failed else out)
    if as_json:
        citations = [
            {"number": s.number, "title": s.title, "section": s.section, "source": s.source}
            for s in reply.cited
        ]
        payload = {
            "answer": reply.text,
            "citations": citations,
            "language": reply.language,
            "covered": reply.covered,
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
    elif reply.failed:
        err.print("\n" + reply.text)
    else:
        out.print()
        _print_sources(reply, out)
    if reply.failed:
        raise typer.Exit(3)


@app.command()
def chat(
    lang: Annotated[
        str | None, typer.Option("--lang", help="Answer language: en, fr (default: detected).")
    ] = None,
    role: Annotated[
        str, typer.Option("--role", help="Who you are: mentee, mentor or trainer.")
    ] = "mentee",
) -> None:
    """Chat with the assistant: questions on mentoring, or "help me set a goal" for a guided
    goal conversation. Answers stream; an empty line or Ctrl-D quits."""
    if lang is not None and lang not in LANGUAGE_NAMES:
        raise fail("language must be one of en, fr")
    if role not in ROLES:
        raise fail(f"role must be one of {', '.join(ROLES)}")
    settings = settings_or_exit()
    out = Console()
    with user_errors(), open_agent(settings) as agent:
        conversation = Conversation(user=current_user(settings), role=role, language=lang)
        out.print(
            "[bold]Mentor Assistant[/] — ask about mentoring, or say “help me set a goal”. "
            "Empty line to quit."
        )
        while True:
            try:
                message = input("\nyou> ").strip()
            except EOFError:
                break
            if not message:
                break
            out.print("[bold]mentor>[/] ", end="")
            reply = agent.respond(conversation, message)
            _stream(reply, out)
            if reply.failed:
                err.print("\n" + reply.text)
                continue
            out.print()
            _print_sources(reply, out)


@app.command()
def status() -> None:
    """Show where data lives and how much is indexed."""
    settings = settings_or_exit()
    with user_errors(), open_knowledge_base(settings, index_if_empty=False) as kb:
        counts = kb.store.collection_counts()
    table = Table("setting", "value", title="Mentor Assistant")
    table.add_row("data dir", str(settings.data_dir.resolve()))
    table.add_row("vector store", settings.chroma_url or f"embedded ({settings.chroma_path})")
    table.add_row("embedding model", kb.embedder.model_path)
    for name, n in sorted(counts.items()):
        table.add_row(f"collection {name}", f"{n} chunks")
    if not counts:
        table.add_row("collections", "none yet: `mentor ingest` indexes the bundled guides")
    Console().print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
