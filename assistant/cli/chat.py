"""``mentor ask`` and ``mentor chat``: turns of the assistant (:meth:`Agent.respond`)."""

from __future__ import annotations

import contextlib
import json
from typing import Annotated

import typer
from rich.console import Console

from assistant import agent as turns
from assistant.cli.common import (
    LanguageOption,
    RoleOption,
    check_options,
    err,
    fail,
    open_agent,
    settings_or_exit,
    user_errors,
)
from assistant.config import current_user
from assistant.conversation import Conversation
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.search import check_query
from assistant.skills.qa.kinds import question_kind


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


CollectionOption = Annotated[
    str | None,
    typer.Option(
        "--collection",
        "-c",
        help="Answer only from this collection (e.g. your programme's documents, as named at "
        "`mentor ingest -c NAME`); default: every collection, the programme's first.",
    ),
]


def check_collection(kb: KnowledgeBase, collection: str | None) -> None:
    """Exit with a clear message when ``collection`` names no indexed collection."""
    if collection is None:
        return
    names = sorted(kb.store.collection_counts())
    if collection not in names:
        listed = ", ".join(names) or "none yet (run `mentor ingest`)"
        raise fail(f"no collection {collection!r} in the index; collections: {listed}")


def ask(
    question: Annotated[str, typer.Argument(help="Your question, in English or French.")],
    lang: LanguageOption = None,
    role: RoleOption = "mentee",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print {answer, citations} as JSON.")
    ] = False,
    collection: CollectionOption = None,
) -> None:
    """Answer a question from the mentoring guides, with cited sources (one turn of the
    assistant: "what can you do?" works too)."""
    chosen = check_options(lang, role)
    settings = settings_or_exit()
    with user_errors():
        check_query(question)  # before any model starts: an empty question costs nothing
    out = Console()
    conversation = Conversation(
        user=current_user(settings), role=chosen, language=lang, collection=collection
    )
    with user_errors():  # screens first: a person in distress waits for no model or index
        early = turns.first_reply(turns.default_screens(settings), conversation, question)
    with contextlib.ExitStack() as stack:
        stack.enter_context(user_errors())
        if early is not None:
            reply = early
        else:
            # code may answer alone: a list, and with answers quoted, most questions (the model
            # then starts only if a skill asks for it, leaving both cores to the search)
            composed = question_kind(question).kind == "list" or settings.answer_mode == "quote"
            agent = stack.enter_context(
                open_agent(settings, warm_up=False, model_early=not composed)
            )
            check_collection(agent.kb, collection)
            reply = agent.respond(conversation, question)
        if reply.kind == "invalid":
            raise fail(reply.complete())
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


def chat(
    lang: LanguageOption = None,
    role: RoleOption = "mentee",
    collection: CollectionOption = None,
) -> None:
    """Chat with the assistant: questions on mentoring, or "help me set a goal" for a guided
    goal conversation. Answers stream; an empty line or Ctrl-D quits."""
    chosen = check_options(lang, role)
    settings = settings_or_exit()
    out = Console()
    with user_errors(), open_agent(settings) as agent:
        check_collection(agent.kb, collection)
        conversation = Conversation(
            user=current_user(settings), role=chosen, language=lang, collection=collection
        )
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
