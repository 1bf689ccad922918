"""What every ``mentor`` command shares: settings, one-line errors, exit codes, the knowledge
base (indexed on first use), the agent of the interactive commands, and progress bars."""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from assistant.agent import Agent
from assistant.config import Settings, load_settings
from assistant.conversation import ROLES, Role
from assistant.language.messages import LANGUAGES
from assistant.model.llm import start_model_early
from assistant.records.logins import LOCAL_USER
from assistant.records.store import Records, RecordsError
from assistant.retrieval import KnowledgeBase, QueryError
from assistant.retrieval.embeddings import EmbeddingModelError
from assistant.retrieval.ingest import discover
from assistant.retrieval.onnx_encoder import export_for
from assistant.retrieval.store import StoreUnavailableError

err = Console(stderr=True)
LanguageOption = Annotated[
    str | None, typer.Option("--lang", help="Language: en, fr (default: detected).")
]
RoleOption = Annotated[str, typer.Option("--role", help="Who you are: mentee, mentor or trainer.")]
_USER_ERRORS = (
    QueryError,
    StoreUnavailableError,
    EmbeddingModelError,
    RecordsError,
    ValueError,
    OSError,
)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``Error: message`` on stderr; raise the result to exit with ``code``."""
    err.print(f"[bold red]Error:[/] {escape(message)}")
    return typer.Exit(code)


def settings_or_exit() -> Settings:
    """The settings, or a clear message naming the bad variable."""
    try:
        settings = load_settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"MENTOR_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors()
        )
        raise fail(f"invalid setting: {problems}") from exc
    hint = former_owner_hint(settings)
    if hint:
        err.print(f"[dim]Note: {escape(hint)}[/]")
    return settings


def former_owner_hint(settings: Settings) -> str | None:
    """A note for goals left under the login name, which the command line acted as before it
    shared the web app's local user: said when ``MENTOR_USER`` is unset, the login name owns
    goals and ``local`` owns none yet (nothing is moved: the data stays whose it was). Read
    only; any problem reading the records file means no note (the command meets it itself).
    """
    if settings.user.strip() or not settings.records_path.is_file():
        return None
    try:
        login = getpass.getuser()
    except Exception:  # no login name (a container without a user entry): nothing to hint
        return None
    if not login or login == LOCAL_USER:
        return None
    uri = f"{settings.records_path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as db:
            rows = db.execute(
                "SELECT owner, COUNT(*) FROM goals WHERE owner IN (?, ?) GROUP BY owner",
                (login, LOCAL_USER),
            ).fetchall()
    except sqlite3.Error:
        return None
    counts = {str(owner): int(count) for owner, count in rows}
    if not counts.get(login) or counts.get(LOCAL_USER):
        return None
    return (
        f"{counts[login]} goal(s) saved earlier under your login name '{login}' are not "
        f"listed: the command line now acts as '{LOCAL_USER}', the web app's user. To see "
        f"them, set MENTOR_USER={login}."
    )


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn expected failures into one clear line on stderr and exit code 2."""
    try:
        yield
    except _USER_ERRORS as exc:
        raise fail(str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # a damaged records file, met in the middle of a query
        raise fail(
            f"the records file is damaged ({type(exc).__name__}: {exc}): restore a backup or "
            "move it aside; `mentor status` checks it"
        ) from exc


@contextmanager
def ingest_progress(targets: Sequence[Path]) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr over the files under ``targets``; yields the per-file callback."""
    total = sum(1 for _ in discover(targets))
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("Ingesting", total=total)

        def advance(source: str) -> None:
            progress.update(task, advance=1, description=f"Ingesting {Path(source).name}")

        yield advance


@contextmanager
def open_knowledge_base(
    settings: Settings, *, index_if_empty: bool = True
) -> Iterator[KnowledgeBase]:
    """The knowledge base, closed on exit. A fresh, empty one first gets the bundled guides
    (once, with a progress bar), so the first question is not answered from nothing."""
    with KnowledgeBase(settings) as kb:
        if index_if_empty and kb.is_empty():
            err.print("[dim]First run: indexing the bundled mentoring guides (once).[/]")
            with ingest_progress([settings.knowledge_dir]) as advance:
                report = kb.index_bundled_if_empty(on_file=advance)
            if report is not None:
                err.print(f"[dim]{escape(report.summary())}[/]")
                prepare_quick_encoder(settings, kb)
        yield kb


def prepare_quick_encoder(settings: Settings, kb: KnowledgeBase) -> None:
    """Write the ONNX export of the embedding model when indexing used torch (once: later
    commands then start without torch; see :mod:`assistant.retrieval.onnx_encoder`)."""
    with err.status("preparing the quick embedding runtime (once)"):
        written = export_for(settings, kb.embedder)
    if written is not None:
        err.print("[dim]embedding model exported for ONNX Runtime: later commands start faster[/]")


@contextmanager
def open_agent(
    settings: Settings, *, warm_up: bool = True, model_early: bool = True
) -> Iterator[Agent]:
    """The agent of a command. The embedded model starts loading first (before any embedding:
    see :func:`assistant.model.llm.start_embedded`), then the knowledge base and the records
    open; with ``warm_up`` (interactive commands) the embedding model loads in the background
    while the user types. Without ``model_early`` (a question code answers alone, such as a
    list) the model starts only if a skill asks for it, leaving both cores to the search. Only
    interactive commands (``warm_up``) pre-fill the model's prompt cache with every system
    prompt; a one-question command waits for its own answer only."""
    if model_early:
        start_model_early(settings, warm=warm_up)
    with open_knowledge_base(settings) as kb, Records(settings.records_path) as records:
        if warm_up:
            kb.warm_up_in_background()
        yield Agent(settings, kb, records)


def check_options(language: str | None, role: str = "mentee") -> Role:
    """The ``--role`` given, once ``--lang`` and ``--role`` are known values; else exit with
    a clear message."""
    if language is not None and language not in LANGUAGES:
        raise fail(f"language must be one of {', '.join(LANGUAGES)}")
    for known in ROLES:
        if role == known:
            return known
    raise fail(f"role must be one of {', '.join(ROLES)}")
