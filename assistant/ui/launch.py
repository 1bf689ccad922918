"""How the web app is served: the single local user on a loopback address, or behind logins.

With no login in the records file the app has one user, ``local``, and must stay on a loopback
address: anyone who reached it would see that user's goals. Once a login exists (``mentor user
add NAME``) every visitor signs in and sees only their own goals.
"""

from __future__ import annotations

import asyncio
import atexit
import ipaddress
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.records.audit import audit
from assistant.records.copies import private_files, remove_web_copies
from assistant.records.logins import Logins
from assistant.records.throttle import SignInThrottle
from assistant.ui.app import warm_up
from assistant.ui.services import AppServices

AUTH_MESSAGE = "Sign in with the name and password your mentoring programme gave you."


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
    return options


def login_check(
    path: Path, throttle: SignInThrottle | None = None
) -> Callable[[str, str], Awaitable[bool]]:
    """Gradio's ``auth`` callable: checks a name and password against the logins in ``path``,
    slowed after failures and refused while the name is locked (:mod:`~assistant.records.throttle`).

    Logins added or removed while the app runs count from the next sign-in. The check is async
    so the slow password hash and the waits run off the server's event loop.
    """
    guard = throttle or SignInThrottle()

    def check(name: str, password: str) -> bool:
        with Logins(path) as logins:
            return logins.verify(name, password)

    async def auth(name: str, password: str) -> bool:
        if guard.locked(name):
            audit(path.parent, "sign-in-refused-locked", name)
            return False
        await asyncio.sleep(guard.delay_s(name))
        ok = await asyncio.to_thread(check, name, password)
        (guard.succeeded if ok else guard.failed)(name)
        audit(path.parent, "sign-in" if ok else "sign-in-failed", name)
        return ok

    return auth


def serve(demo: Any, settings: Settings, services: AppServices) -> None:
    """Check where the app may listen, start loading the models, then serve ``demo``. Files the
    app creates are this account's only, and its exports and cached copies are removed when it
    stops (Ctrl-C and SIGTERM included)."""
    try:
        options = launch_options(settings)
    except UnsafeHostError as exc:
        raise SystemExit(f"Error: {exc}") from None
    private_files()
    atexit.register(remove_web_copies, settings.data_dir)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    warm_up(settings, services)
    demo.launch(**options)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(0)  # runs the exit handlers, which remove the web copies
