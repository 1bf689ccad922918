"""The contact hook: nothing leaves the machine unless ``MENTOR_SAFETY_HOOK`` names a command.

When it does, the crisis screen runs that command each time it fires, with three arguments
(also in the environment): the crisis category, the time (UTC, ISO 8601) and a pseudonymous
user id. Never the message, nor anything taken from it. The command is started at once and
waited for in the background (the person's reply never waits for it), killed after
:data:`TIMEOUT_S`; a failure is logged without any of the three values.

The pseudonym is a keyed hash (HMAC-SHA256) of the user name, with a random key kept in the data
directory (``safety-hook.key``, readable by its owner only): the same person always gets the same
id, and only someone with the key (the programme, on the machine) can tell who it is, by hashing
the names it knows (:func:`pseudonym`).

The turn's user reaches the screen, whose signature is (message, language), through a context
variable: the agent screens a message inside :func:`screening_for`.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import shlex
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from pathlib import Path

from assistant.config import Settings

log = logging.getLogger(__name__)

TIMEOUT_S = 30.0
"""Seconds the hook may run before it is killed."""
KEY_FILE = "safety-hook.key"

_user: ContextVar[str] = ContextVar("mentor_screened_user", default="")


@contextmanager
def screening_for(user: str) -> Iterator[None]:
    """Screens run inside this block see ``user`` as the one who wrote the message."""
    token = _user.set(user)
    try:
        yield
    finally:
        _user.reset(token)


class ContactHook:
    """The configured command, or nothing (then :meth:`fire` does nothing at all)."""

    def __init__(self, settings: Settings) -> None:
        self.command = shlex.split(settings.safety_hook)
        self.key_path = settings.data_dir / KEY_FILE

    def fire(self, category: str) -> subprocess.Popen[bytes] | None:
        """Start the command for a crisis of ``category`` by the user being screened; the
        started process (None when no hook is set or it could not start). Never raises."""
        if not self.command:
            return None
        try:
            when = datetime.now(UTC).replace(microsecond=0).isoformat()
            who = pseudonym(_user.get(), self.key_path)
            values = {
                "MENTOR_CRISIS_CATEGORY": category,
                "MENTOR_CRISIS_TIME": when,
                "MENTOR_CRISIS_USER": who,
            }
            process = subprocess.Popen(
                [*self.command, category, when, who],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env={**os.environ, **values},
                start_new_session=True,  # a Ctrl-C in the terminal does not stop the alert
            )
        except Exception as exc:  # a crisis reply never fails because of the hook
            log.error("the safety hook could not start: %s", type(exc).__name__)
            return None
        threading.Thread(target=_wait, args=(process,), name="safety-hook", daemon=True).start()
        return process


def pseudonym(user: str, key_path: Path) -> str:
    """A stable id for ``user`` that does not reveal the name without the key."""
    digest = hmac.new(_key(key_path), user.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"u-{digest[:16]}"


def _key(path: Path) -> bytes:
    """The installation's key, created (owner-only) the first time."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it meanwhile
            pass
        else:
            with os.fdopen(fd, "w", encoding="ascii") as file:
                file.write(secrets.token_hex(32))
    return path.read_text(encoding="ascii").strip().encode("ascii")


def _wait(process: subprocess.Popen[bytes]) -> None:
    try:
        code = process.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        log.error("the safety hook did not finish in %.0f s and was stopped", TIMEOUT_S)
        return
    if code != 0:
        log.error("the safety hook failed with exit code %s", code)
