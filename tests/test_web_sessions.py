"""Web sessions end when they must: on a password change (from any process), a removed or erased
login, after the idle and the absolute lifetime; sign-ins are throttled per client address too.

The strongest checks run the real Gradio app on 127.0.0.1 and talk HTTP to it; the lifetimes
use an injected clock, so nothing sleeps.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from assistant.config import Settings
from assistant.records.audit import where, who
from assistant.records.logins import Logins
from assistant.records.store import Records
from assistant.records.throttle import SignInThrottle
from assistant.ui.launch import apply_proxy_policy, launch_options, login_check, session_guard
from assistant.ui.sessions import Sessions, _with_flags
from tests.helpers import free_port
from tests.test_web_launch import PASSWORD, gradio_loops  # noqa: F401  (a fixture)

NEW_PASSWORD = "a brand new secret"
WRONG = "wrong-guess-"


class Clock:
    """Monotonic seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def with_logins(settings: Settings) -> Settings:
    with Logins(settings.records_path) as logins:
        logins.add("amira", PASSWORD)
        logins.add("bruno", "another long one")
    return settings


# -- the session rules, on the records file ------------------------------------------------------


def _signed_in(settings: Settings, clock: Clock, name: str = "amira") -> Sessions:
    sessions = Sessions(settings.records_path, idle_s=60, max_s=600, clock=clock)
    with Logins(settings.records_path) as logins:
        epoch = logins.sign_in(name, PASSWORD if name == "amira" else "another long one")
    assert epoch is not None
    sessions.start(f"token-{name}", name, epoch)
    return sessions


def test_a_session_from_before_a_password_change_is_refused_after_it(
    with_logins: Settings,
) -> None:
    clock = Clock()
    sessions = _signed_in(with_logins, clock)
    others = _signed_in(with_logins, clock, "bruno")
    assert sessions.end_reason("token-amira") is None
    with Logins(with_logins.records_path) as elsewhere:  # as `mentor user passwd` would
        elsewhere.set_password("amira", NEW_PASSWORD)
    assert sessions.end_reason("token-amira") == "password-changed"
    assert sessions.end_reason("token-amira") == "unknown", "ended for good"
    assert others.end_reason("token-bruno") is None, "other logins keep their sessions"


@pytest.mark.parametrize("how", ["remove", "erase"])
def test_removing_or_erasing_the_login_ends_its_sessions(with_logins: Settings, how: str) -> None:
    sessions = _signed_in(with_logins, Clock())
    if how == "remove":
        with Logins(with_logins.records_path) as logins:
            logins.remove("amira")
    else:
        with Records(with_logins.records_path) as records:
            records.erase_user("amira")
    assert sessions.end_reason("token-amira") == "login-gone"


def test_an_idle_session_ends_and_an_active_one_goes_on(with_logins: Settings) -> None:
    clock = Clock()
    sessions = _signed_in(with_logins, clock)
    for _ in range(5):  # a request every 50 s: never idle for 60 s
        clock.now += 50
        assert sessions.end_reason("token-amira") is None
    clock.now += 60
    assert sessions.end_reason("token-amira") == "idle"


def test_a_session_ends_at_its_absolute_lifetime_however_active(with_logins: Settings) -> None:
    clock = Clock()
    sessions = _signed_in(with_logins, clock)
    for _ in range(11):  # 550 s of activity
        clock.now += 50
        assert sessions.end_reason("token-amira") is None
    clock.now += 50
    assert sessions.end_reason("token-amira") == "max-lifetime"


def test_a_token_no_session_was_started_for_is_refused(with_logins: Settings) -> None:
    assert Sessions(with_logins.records_path, 60, 600).end_reason("made-up") == "unknown"


def test_ended_sessions_are_audited_with_a_pseudonym_and_the_reason(
    with_logins: Settings,
) -> None:
    clock = Clock()
    sessions = _signed_in(with_logins, clock)
    clock.now += 61
    sessions.end_reason("token-amira")
    log = (with_logins.data_dir / "audit.log").read_text(encoding="utf-8")
    assert "session-ended user:" in log and "reason=idle" in log
    assert "amira" not in log and "token-amira" not in log


# -- throttling per address, without the app -----------------------------------------------------


def test_an_address_throttle_locks_a_spray_of_names_and_forgets_old_failures() -> None:
    clock = Clock()
    throttle = SignInThrottle(
        free=2, lock_after=4, lock_s=100, clock=clock, kind="client address", forget_s=50
    )
    assert [throttle.failed("10.0.0.9") for _ in range(3)] == [False] * 3
    clock.now += 51  # quiet for longer than forget_s: a fresh start
    assert throttle.failures("10.0.0.9") == 0
    assert [throttle.failed("10.0.0.9") for _ in range(4)] == [False, False, False, True]
    assert throttle.locked("10.0.0.9") and not throttle.locked("10.0.0.10")
    clock.now += 101
    assert not throttle.locked("10.0.0.9")


# -- cookie flags and proxy headers --------------------------------------------------------------


def test_cookie_flags_are_lax_and_secure_when_asked() -> None:
    gradio_secure = "access-token-x=tok; HttpOnly; Path=/; SameSite=none; Secure"
    gradio_plain = "access-token-unsecure-x=tok; HttpOnly; Path=/; SameSite=lax"
    assert _with_flags(gradio_secure, False) == (
        "access-token-x=tok; HttpOnly; Path=/; SameSite=lax; Secure"
    )
    assert _with_flags(gradio_plain, False) == gradio_plain
    assert _with_flags(gradio_plain, True) == gradio_plain + "; Secure"


def test_forwarded_headers_count_only_behind_a_trusted_proxy(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "127.0.0.1")
    apply_proxy_policy(settings.model_copy(update={"web_trusted_proxy": True}))
    assert os.environ["FORWARDED_ALLOW_IPS"] == "127.0.0.1"
    apply_proxy_policy(settings)
    assert os.environ["FORWARDED_ALLOW_IPS"] == "", "uvicorn trusts no proxy"


# -- the real app on 127.0.0.1 -------------------------------------------------------------------


@dataclass
class Served:
    url: str
    demo: Any
    settings: Settings

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def sign_in(self, client: httpx.Client, name: str, password: str) -> httpx.Response:
        return client.post("/login", data={"username": name, "password": password})


@pytest.fixture
def serve(
    with_logins: Settings,
    monkeypatch: pytest.MonkeyPatch,
    gradio_loops: None,  # noqa: F811
) -> Iterator[Callable[..., Served]]:
    """Start the real Gradio app with logins on a free loopback port, as `serve` would (proxy
    policy and session guard included); ``sessions`` and ``auth`` replace the defaults."""
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "127.0.0.1")  # restored after the test
    from assistant.ui import build_app

    demos: list[Any] = []

    def start(sessions: Sessions | None = None, auth: Any = None, **update: Any) -> Served:
        settings = with_logins.model_copy(
            update={"web_port": free_port(), "llm_backend": "fake", **update}
        )
        apply_proxy_policy(settings)
        options = launch_options(settings)
        if sessions is not None:
            options["app_kwargs"] = {"middleware": [session_guard(settings, sessions)]}
        if auth is not None:
            options["auth"] = auth
        demo: Any = build_app(settings)
        demos.append(demo)
        demo.launch(**options, prevent_thread_lock=True, quiet=True)
        return Served(f"http://127.0.0.1:{settings.web_port}", demo, settings)

    yield start
    for demo in demos:
        demo.close(verbose=False)


def _signed_in_page(client: httpx.Client) -> bool:
    """Whether the app treats this browser as signed in (the config, the user, the page)."""
    config = client.get("/config").status_code
    user = client.get("/gradio_api/user").json()
    page = client.get("/").text
    signed_in = config == 200
    assert (user is not None) is signed_in and ('"auth_required":true' not in page) is signed_in
    return signed_in


def test_the_served_app_ends_a_session_when_the_password_changes_elsewhere(
    serve: Callable[..., Served],
) -> None:
    app = serve()
    with app.client() as amira, app.client() as bruno:
        assert app.sign_in(amira, "amira", PASSWORD).status_code == 200
        assert app.sign_in(bruno, "bruno", "another long one").status_code == 200
        assert _signed_in_page(amira) and _signed_in_page(bruno)
        token = amira.cookies[next(n for n in amira.cookies if "unsecure" in n)]
        assert token in app.demo.server_app.tokens

        with Logins(app.settings.records_path) as elsewhere:  # another process's connection
            elsewhere.set_password("amira", NEW_PASSWORD)

        assert not _signed_in_page(amira), "the old session is refused: the sign-in page"
        assert token not in app.demo.server_app.tokens, "Gradio's token is gone too"
        assert _signed_in_page(bruno), "other logins are untouched"
        assert app.sign_in(amira, "amira", PASSWORD).status_code == 400
        assert app.sign_in(amira, "amira", NEW_PASSWORD).status_code == 200
        assert _signed_in_page(amira)


def test_the_served_app_ends_sessions_of_an_erased_login(serve: Callable[..., Served]) -> None:
    app = serve()
    with app.client() as amira:
        assert app.sign_in(amira, "amira", PASSWORD).status_code == 200
        assert _signed_in_page(amira)
        with Records(app.settings.records_path) as records:
            records.erase_user("amira")
        assert not _signed_in_page(amira)


def test_the_served_app_ends_idle_and_old_sessions(
    serve: Callable[..., Served], with_logins: Settings
) -> None:
    clock = Clock()
    app = serve(sessions=Sessions(with_logins.records_path, idle_s=60, max_s=600, clock=clock))
    with app.client() as idle, app.client() as busy:
        assert app.sign_in(idle, "amira", PASSWORD).status_code == 200
        assert app.sign_in(busy, "bruno", "another long one").status_code == 200
        for _ in range(11):  # 550 s; the busy one makes a request every 50 s
            clock.now += 50
            assert _signed_in_page(busy)
        assert not _signed_in_page(idle), "idle for more than 60 s"
        clock.now += 50
        assert not _signed_in_page(busy), "600 s after signing in, however active"
        assert app.sign_in(busy, "bruno", "another long one").status_code == 200
        assert _signed_in_page(busy)


def test_the_served_app_sets_lax_cookies_secure_behind_https(
    serve: Callable[..., Served],
) -> None:
    for secure in (False, True):
        app = serve(web_secure_cookies=secure)
        with app.client() as client:
            response = app.sign_in(client, "amira", PASSWORD)
        cookies = response.headers.get_list("set-cookie")
        assert len(cookies) == 2 and all("HttpOnly" in c and "SameSite=lax" in c for c in cookies)
        assert sum("; Secure" in c for c in cookies) == (2 if secure else 1)


def test_the_served_app_locks_out_an_address_spraying_names(
    serve: Callable[..., Served],
) -> None:
    """From one address, wrong passwords for many names lock the address: even the right
    password for another login is refused. X-Forwarded-For does not dodge it (no trusted proxy
    is set), and the audit log holds no password and no address."""
    names = SignInThrottle(free=2, lock_after=5, lock_s=600, max_delay_s=0.0)
    clients = SignInThrottle(
        free=2, lock_after=6, lock_s=600, max_delay_s=0.0, kind="client address"
    )
    app = serve()
    app.demo.server_app.auth = login_check(app.settings.records_path, names, clients)
    with app.client() as client:
        for i in range(6):
            forged = {"X-Forwarded-For": f"198.51.100.{i}"}
            response = client.post(
                "/login",
                data={"username": f"user{i}", "password": f"{WRONG}{i}"},
                headers=forged,
            )
            assert response.status_code == 400
        assert clients.locked("127.0.0.1"), "the address is locked, whatever the header says"
        assert not any(names.locked(f"user{i}") for i in range(6)), "no single name was"
        assert app.sign_in(client, "bruno", "another long one").status_code == 400
        assert client.get("/config").status_code == 401

    log = (app.settings.data_dir / "audit.log").read_text(encoding="utf-8")
    assert log.count("sign-in-failed") == 6 and "client_failures=6" in log
    assert "sign-in-lockout" in log and "scope=client" in log
    assert f"sign-in-refused-locked {who('bruno')} client:" in log
    assert where("127.0.0.1") in log and "127.0.0.1" not in log
    for secret in [PASSWORD, "another long one", WRONG]:
        assert secret not in log
    assert "user0" not in log and "bruno" not in log


def test_the_auth_check_still_works_outside_a_web_request(with_logins: Settings) -> None:
    auth = login_check(with_logins.records_path)
    assert asyncio.run(auth("amira", PASSWORD)) is True
    assert asyncio.run(auth("amira", "wrong password")) is False


def test_a_burst_of_parallel_guesses_cannot_outrun_the_lock(with_logins: Settings) -> None:
    """Attempts being checked count as failures: of 12 guesses sent at once, only as many as
    the lock allows reach the password check."""
    throttle = SignInThrottle(free=100, lock_after=4, lock_s=600, max_delay_s=0.0)
    auth = login_check(with_logins.records_path, throttle)

    async def burst() -> list[bool]:
        return list(await asyncio.gather(*(auth("amira", f"{WRONG}{i}") for i in range(12))))

    assert asyncio.run(burst()) == [False] * 12
    log = (with_logins.data_dir / "audit.log").read_text(encoding="utf-8")
    assert log.count("sign-in-failed") == 4 and log.count("sign-in-refused-locked") == 8
    assert throttle.locked("amira")
    assert asyncio.run(auth("amira", PASSWORD)) is False
