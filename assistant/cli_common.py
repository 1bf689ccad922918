"""What every ``mentor`` command shares: settings, one-line errors, exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from assistant.config import Settings, load_settings
from assistant.records import RecordsError
from assistant.retrieval import QueryError
from assistant.retrieval.embeddings import EmbeddingModelError
from assistant.retrieval.store import StoreUnavailableError

err = Console(stderr=True)
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
        return load_settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"MENTOR_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors()
        )
        raise fail(f"invalid setting: {problems}") from exc


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn expected failures into one clear line on stderr and exit code 2."""
    try:
        yield
    except _USER_ERRORS as exc:
        raise fail(str(exc)) from exc
