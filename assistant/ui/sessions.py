"""Web sessions: which of Gradio's sign-in tokens are still honoured, and the sign-in cookies.

Gradio's ``/login`` route stores a random token in ``app.tokens`` (token -> login name) and sets
it in two cookies, ``access-token-<id>`` and ``access-token-unsecure-<id>``; every route then
asks ``app.tokens`` who the caller is, for as long as the process runs. This module owns what
Gradio lacks:

- :class:`Sessions` records, per token, the login name, the login's session epoch at sign-in
  (:func:`assistant.records.logins.session_epoch`), when it began and when it was last used; a
  session ends when the login is gone (removed or erased), when its epoch changed (a password
  change, from any process), after ``idle_s`` without a request, or ``max_s`` after sign-in.
- :class:`SessionGuard`, an ASGI middleware in front of every Gradio route, removes an ended
  session's token from ``app.tokens`` before the route reads it: Gradio then treats the browser
  as signed out (401, and the sign-in page on reload). On ``POST /login`` it shares the client
  address with the sign-in check (:func:`current_sign_in`), binds the new token to the epoch
  that check read, and sets the cookies' flags (``SameSite=Lax``; ``Secure`` on both with
  ``secure_cookies``).

Nothing here logs a token, a name or an address; ended sessions go to the audit log with the
user's pseudonym and the reason.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.requests import cookie_parser

from assistant.records.audit import audit
from assistant.records.logins import session_epoch

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UNKNOWN_ADDRESS = "unknown"


@dataclass
class SignIn:
    """One ``POST /login`` request: the client's address, and once the password is right, the
    login name and the session epoch it was checked under."""

    address: str
    name: str = ""
    epoch: str | None = None


_sign_in: ContextVar[SignIn | None] = ContextVar("mentor_sign_in", default=None)


def current_sign_in() -> SignIn | None:
    """The sign-in request being handled, when called from within :class:`SessionGuard`."""
    return _sign_in.get()


@dataclass
class _Session:
    name: str
    epoch: str
    started: float
    seen: float


class Sessions:
    """The live web sessions of one app; thread-safe. ``clock`` is monotonic seconds."""

    def __init__(
        self,
        records_path: Path,
        idle_s: float,
        max_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.records_path = Path(records_path)
        self.idle_s, self.max_s = idle_s, max_s
        self.clock = clock
        self._sessions: dict[str, _Session] = {}
        self._lock = threading.Lock()

    def start(self, token: str, name: str, epoch: str) -> None:
        """A session for ``token``, signed in now as ``name`` under ``epoch``."""
        now = self.clock()
        with self._lock:
            for old in [t for t, s in self._sessions.items() if self._timed_out(s, now)]:
                del self._sessions[old]
            self._sessions[token] = _Session(name, epoch, now, now)

    def end_reason(self, token: str) -> str | None:
        """None if ``token``'s session goes on (it counts as used now); else why it ended, and
        it is forgotten. Reads the login's epoch from the records file: call off the event
        loop."""
        now = self.clock()
        with self._lock:
            session = self._sessions.get(token)
        if session is None:
            return "unknown"
        reason = self._timed_out(session, now) or self._login_changed(session)
        with self._lock:
            if reason:
                self._sessions.pop(token, None)
            else:
                session.seen = max(session.seen, now)
        if reason:
            audit(self.records_path.parent, "session-ended", session.name, reason=reason)
        return reason

    def _timed_out(self, session: _Session, now: float) -> str | None:
        if now - session.started >= self.max_s:
            return "max-lifetime"
        if now - session.seen >= self.idle_s:
            return "idle"
        return None

    def _login_changed(self, session: _Session) -> str | None:
        epoch = session_epoch(self.records_path, session.name)
        if epoch is None:
            return "login-gone"  # removed, erased, or the records file unreadable
        return None if epoch == session.epoch else "password-changed"


class SessionGuard:
    """ASGI middleware in front of Gradio's routes (see the module docstring)."""

    def __init__(self, app: ASGIApp, sessions: Sessions, secure_cookies: bool = False) -> None:
        self.app = app
        self.sessions = sessions
        self.secure_cookies = secure_cookies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gradio = scope.get("app")
        cookie_id = getattr(gradio, "cookie_id", None)
        tokens = getattr(gradio, "tokens", None)
        if scope["type"] not in {"http", "websocket"} or cookie_id is None or tokens is None:
            await self.app(scope, receive, send)
            return
        names = _cookie_names(str(cookie_id))
        await self._end_sessions(scope, tokens, names)
        if not _is_sign_in(scope):
            await self.app(scope, receive, send)
            return
        attempt = SignIn(client_address(scope))
        reset = _sign_in.set(attempt)
        try:
            await self.app(scope, receive, self._binding(send, attempt, names))
        finally:
            _sign_in.reset(reset)

    async def _end_sessions(
        self, scope: Scope, tokens: MutableMapping[str, str], names: tuple[str, str]
    ) -> None:
        """Remove from ``tokens`` the request's tokens whose session has ended."""
        cookies = _cookies(scope)
        for token in {cookies[name] for name in names if name in cookies}:
            if token not in tokens:
                continue
            reason = await asyncio.to_thread(self.sessions.end_reason, token)
            if reason is not None:
                tokens.pop(token, None)

    def _binding(self, send: Send, attempt: SignIn, names: tuple[str, str]) -> Send:
        """``send``, which on a successful sign-in binds the new token to its session and sets
        the cookies' flags."""

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start" and message.get("status") == 200:
                message["headers"] = [
                    self._cookie_header(key, value, attempt, names)
                    for key, value in message.get("headers", [])
                ]
            await send(message)

        return sending

    def _cookie_header(
        self, key: bytes, value: bytes, attempt: SignIn, names: tuple[str, str]
    ) -> tuple[bytes, bytes]:
        if key.lower() != b"set-cookie":
            return key, value
        text = value.decode("latin-1")
        name, _, rest = text.partition("=")
        if name not in names:
            return key, value
        token = rest.split(";", 1)[0]
        if attempt.epoch is not None and token:
            self.sessions.start(token, attempt.name, attempt.epoch)
        return key, _with_flags(text, self.secure_cookies).encode("latin-1")


def client_address(scope: Scope) -> str:
    """The client's address as the server saw it (uvicorn puts the proxy's X-Forwarded-For
    there only when ``MENTOR_WEB_TRUSTED_PROXY`` lets it: see :func:`~assistant.ui.launch.
    apply_proxy_policy`)."""
    client = scope.get("client")
    return str(client[0]) if client else UNKNOWN_ADDRESS


def _cookie_names(cookie_id: str) -> tuple[str, str]:
    return f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"


def _is_sign_in(scope: Scope) -> bool:
    path = str(scope.get("path", "")).rstrip("/")
    return scope["type"] == "http" and scope.get("method") == "POST" and path.endswith("/login")


def _cookies(scope: Scope) -> dict[str, str]:
    for key, value in scope.get("headers", []):
        if key.lower() == b"cookie":
            return cookie_parser(value.decode("latin-1"))
    return {}


def _with_flags(cookie: str, secure: bool) -> str:
    """``cookie`` (a Set-Cookie value) with ``SameSite=Lax``, and ``Secure`` if it had it or
    ``secure`` asks for it (Gradio sets ``SameSite=None``, needed only inside another site's
    frame, which this app never is)."""
    first, *attributes = [part.strip() for part in cookie.split(";")]
    was_secure = any(a.lower() == "secure" for a in attributes)
    kept = [a for a in attributes if a.lower() != "secure" and not a.lower().startswith("samesite")]
    kept.append("SameSite=lax")
    if was_secure or secure:
        kept.append("Secure")
    return "; ".join([first, *kept])
