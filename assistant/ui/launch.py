"""How the web app is served: the single local user on a loopback address, or behind logins.

With no login in the records file the app has one user, ``local``, and must stay on a loopback
address: anyone who reached it would see that user's goals. Once a login exists (``mentor user
add NAME``) every visitor signs in and sees only their own goals; sign-ins are throttled per
login name and per client address, and sessions end on a password change, a removal or an
erasure and after the idle and absolute lifetimes (:mod:`assistant.ui.sessions`).
"""

from __future__ import annotations

import asyncio
import atexit
import ipaddress
import os
import signal
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from starlette.middleware import Middleware

from assistant.config import Settings
from assistant.language.messages import LANGUAGES, message
from assistant.records.audit import audit
from assistant.records.copies import private_files, remove_web_copies
from assistant.records.logins import Logins
from assistant.records.throttle import SignInThrottle
from assistant.ui.app import warm_up
from assistant.ui.services import AppServices
from assistant.ui.sessions import SessionGuard, Sessions, current_sign_in

AUTH_MESSAGE = " / ".join(message(language, "goals_web.sign_in") for language in LANGUAGES)
"""The sign-in page's words, in every language: it shows before anyone picks one."""


class UnsafeHostError(RuntimeError):
    """The app would serve the single local user beyond this machine."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


def launch_options(settings: Settings) -> dict[str, Any]:
    """The keyword arguments of ``demo.launch``; :class:`UnsafeHostError` for a non-loopback
    host without logins."""
    with Logins(settings.records_path) as logins:
        has_logins = logins.count() > 0
    host = settings.web_host
    if not has_logins and not is_loopback(host):
        raise UnsafeHostError(
            f"refusing to serve on {host} without logins: anyone who reaches it would see the "
            "local user's goals; add a login with `mentor user add NAME`, or set "
            "MENTOR_WEB_HOST=127.0.0.1"
        )
    options: dict[str, Any] = {"server_name": host, "server_port": settings.web_port}
    options["share"] = False  # never a public tunnel (GRADIO_SHARE would otherwise open one)
    if has_logins:
        options["auth"] = login_check(settings.records_path)
        options["auth_message"] = AUTH_MESSAGE
        options["app_kwargs"] = {"middleware": [session_guard(settings)]}
    return options


def session_guard(settings: Settings, sessions: Sessions | None = None) -> Middleware:
    """The :class:`~assistant.ui.sessions.SessionGuard` for the app Gradio builds (passed to
    FastAPI through ``launch(app_kwargs=...)``, so it is in place before the first request)."""
    if sessions is None:
        sessions = Sessions(
            settings.records_path,
            idle_s=settings.session_idle_min * 60,
            max_s=settings.session_max_h * 3600,
        )
    return Middleware(SessionGuard, sessions=sessions, secure_cookies=settings.web_secure_cookies)


def apply_proxy_policy(settings: Settings, environ: MutableMapping[str, str] = os.environ) -> None:
    """Let uvicorn take the client address and scheme from X-Forwarded-For/-Proto only behind a
    trusted proxy (``MENTOR_WEB_TRUSTED_PROXY``): uvicorn trusts those headers from any loopback
    peer by default (``FORWARDED_ALLOW_IPS``), which would let a local client pick the address
    its sign-ins are throttled under."""
    if not settings.web_trusted_proxy:
        environ["FORWARDED_ALLOW_IPS"] = ""


def login_check(
    path: Path,
    throttle: SignInThrottle | None = None,
    addresses: SignInThrottle | None = None,
) -> Callable[[str, str], Awaitable[bool]]:
    """Gradio's ``auth`` callable: checks a name and password against the logins in ``path``,
    slowed after failures and refused while the name or the client's address is locked
    (:mod:`~assistant.records.throttle`). The address comes from the
    :class:`~assistant.ui.sessions.SessionGuard` handling the request; on success the login's
    session epoch goes back to it, to bind the new session.

    Logins added or removed while the app runs count from the next sign-in. The check is async
    so the slow password hash and the waits run off the server's event loop.
    """
    names = throttle or SignInThrottle()
    clients = addresses or SignInThrottle(
        free=10, lock_after=30, max_delay_s=8.0, kind="client address"
    )

    def check(name: str, password: str) -> str | None:
        with Logins(path) as logins:
            return logins.sign_in(name, password)

    async def auth(name: str, password: str) -> bool:
        attempt = current_sign_in()
        address = attempt.address if attempt else ""
        log = _Audit(path.parent, name, address)
        if not _begin(names, clients, name, address):
            log("sign-in-refused-locked")
            return False
        try:
            await asyncio.sleep(max(names.delay_s(name), clients.delay_s(address)))
            epoch = await asyncio.to_thread(check, name, password)
        except BaseException:  # cancelled (the client left): counted neither way
            names.finished(name)
            clients.finished(address)
            raise
        if epoch is None:
            _count_failure(names, clients, name, address, log)
            return False
        names.succeeded(name)
        clients.finished(address)  # the address keeps its count: see SignInThrottle.succeeded
        if attempt:
            attempt.name, attempt.epoch = name, epoch
        log("sign-in")
        return True

    return auth


def _begin(names: SignInThrottle, clients: SignInThrottle, name: str, address: str) -> bool:
    """Start an attempt under the name and (if known) the address; False if either refuses."""
    if not names.begin(name):
        return False
    if address and not clients.begin(address):
        names.finished(name)
        return False
    return True


class _Audit:
    """Audit lines about one sign-in attempt: the user's and the address's pseudonyms."""

    def __init__(self, data_dir: Path, name: str, address: str) -> None:
        self.data_dir, self.name, self.address = data_dir, name, address

    def __call__(self, event: str, **details: object) -> None:
        audit(self.data_dir, event, self.name, self.address, **details)


def _count_failure(
    names: SignInThrottle, clients: SignInThrottle, name: str, address: str, log: _Audit
) -> None:
    """Count a wrong password against the name and the address; audit it and any lockout."""
    counts = {"name_failures": names.failures(name) + 1}
    locked = {"name": names.failed(name)}
    if address:
        counts["client_failures"] = clients.failures(address) + 1
        locked["client"] = clients.failed(address)
    log("sign-in-failed", **counts)
    for scope, started in locked.items():
        if started:
            lock_s = (names if scope == "name" else clients).lock_s
            log("sign-in-lockout", scope=scope, lock_s=int(lock_s))


def serve(demo: Any, settings: Settings, services: AppServices) -> None:
    """Check where the app may listen, start loading the models, then serve ``demo``. Files the
    app creates are this account's only, and its exports and cached copies are removed when it
    stops (Ctrl-C and SIGTERM included)."""
    try:
        options = launch_options(settings)
    except UnsafeHostError as exc:
        raise SystemExit(f"Error: {exc}") from None
    private_files()
    apply_proxy_policy(settings)
    atexit.register(remove_web_copies, settings.data_dir)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    warm_up(settings, services)
    demo.launch(**options)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(0)  # runs the exit handlers, which remove the web copies
