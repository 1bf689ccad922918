"""Serving the web app: the single local user stays on loopback; logins make everyone sign in."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.config import Settings, load_settings
from assistant.records.logins import Logins
from assistant.records.throttle import SignInThrottle
from assistant.ui.launch import UnsafeHostError, is_loopback, launch_options, login_check
from tests.conftest import REPO
from tests.helpers import free_port

PASSWORD = "correct horse battery"


@pytest.fixture
def with_login(settings: Settings) -> Settings:
    with Logins(settings.records_path) as logins:
        logins.add("amira", PASSWORD)
    return settings


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.1.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("mentor.example.org", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_without_logins_the_app_serves_the_local_user_on_loopback(settings: Settings) -> None:
    options = launch_options(settings)
    assert options == {"server_name": "127.0.0.1", "server_port": 7860, "share": False}


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "mentor.example.org"])
def test_without_logins_an_open_host_is_refused(tmp_path: Path, host: str) -> None:
    settings = load_settings(data_dir=tmp_path / "data", web_host=host)
    with pytest.raises(UnsafeHostError, match="add a login with `mentor user add NAME`"):
        launch_options(settings)


def test_with_a_login_any_host_asks_everyone_to_sign_in(with_login: Settings) -> None:
    settings = with_login.model_copy(update={"web_host": "0.0.0.0", "web_port": 8080})
    options = launch_options(settings)
    assert (options["server_name"], options["server_port"]) == ("0.0.0.0", 8080)
    assert options["share"] is False and options["auth_message"]
    assert options["app_kwargs"]["middleware"], "the session guard"
    auth = options["auth"]
    assert asyncio.run(auth("amira", PASSWORD)) is True
    assert asyncio.run(auth("amira", "wrong password")) is False
    assert asyncio.run(auth("local", PASSWORD)) is False


def test_guessing_is_slowed_then_locked_even_for_the_right_password(
    with_login: Settings,
) -> None:
    now = [0.0]
    throttle = SignInThrottle(
        free=2, lock_after=5, lock_s=600, max_delay_s=0.0, clock=lambda: now[0]
    )
    auth = login_check(with_login.records_path, throttle)
    for _ in range(4):
        assert asyncio.run(auth("amira", "a wrong guess")) is False
    assert throttle.delay_s("amira") == 0.0  # capped at 0 here; doubling is tested below
    assert asyncio.run(auth("amira", "a wrong guess")) is False  # the fifth: locked
    assert throttle.locked("Amira")
    assert asyncio.run(auth("amira", PASSWORD)) is False, "locked, whatever the password"
    now[0] += 601
    assert asyncio.run(auth("amira", PASSWORD)) is True
    assert not throttle.locked("amira") and throttle.delay_s("amira") == 0.0


def test_the_wait_doubles_after_the_free_tries_up_to_a_cap() -> None:
    throttle = SignInThrottle(free=2, lock_after=100, max_delay_s=8.0)
    waits = []
    for _ in range(8):
        waits.append(throttle.delay_s("bruno"))
        throttle.failed("bruno")
    assert waits == [0.0, 0.0, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert throttle.delay_s("someone-else") == 0.0


def test_logins_added_while_the_app_runs_count_at_once(with_login: Settings) -> None:
    auth = launch_options(with_login)["auth"]
    with Logins(with_login.records_path) as logins:
        logins.add("bruno", "another long one")
        assert asyncio.run(auth("bruno", "another long one")) is True
        logins.remove("amira")
    assert asyncio.run(auth("amira", PASSWORD)) is False


def test_app_py_refuses_an_open_host_without_logins(tmp_path: Path) -> None:
    """The real entry point stops before serving anything (or loading any model)."""
    result = subprocess.run(
        [sys.executable, "app.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "MENTOR_DATA_DIR": str(tmp_path / "data"),
            "MENTOR_WEB_HOST": "0.0.0.0",
            "MENTOR_WEB_PORT": str(free_port()),
            "GRADIO_ANALYTICS_ENABLED": "False",
        },
        check=False,
    )
    assert result.returncode == 1
    assert "Error: refusing to serve on 0.0.0.0 without logins" in result.stderr
    assert "mentor user add NAME" in result.stderr
    assert "Running on" not in result.stdout


@pytest.fixture
def gradio_loops(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Close the event loops Gradio makes and never closes (``gradio.utils.safe_get_stop_event``
    makes one per app it builds), which this suite would report as leaked resources."""
    loops: list[asyncio.AbstractEventLoop] = []
    new_event_loop = asyncio.new_event_loop

    def recorded() -> asyncio.AbstractEventLoop:
        loops.append(new_event_loop())
        return loops[-1]

    monkeypatch.setattr(asyncio, "new_event_loop", recorded)
    yield
    asyncio.set_event_loop(None)
    for loop in loops:
        loop.close()


@pytest.fixture
def served(
    with_login: Settings, monkeypatch: pytest.MonkeyPatch, gradio_loops: None
) -> Iterator[str]:
    """The real Gradio app with logins, in this process, on a free loopback port."""
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    from assistant.ui import build_app

    settings = with_login.model_copy(update={"web_port": free_port(), "llm_backend": "fake"})
    demo: Any = build_app(settings)
    demo.launch(**launch_options(settings), prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{settings.web_port}"
    finally:
        demo.close(verbose=False)


def test_the_served_app_lets_in_the_right_password_only(served: str) -> None:
    with httpx.Client(base_url=served, timeout=30) as client:
        assert client.get("/config").status_code == 401, "nothing is shown before signing in"

        wrong = client.post("/login", data={"username": "amira", "password": "wrong password"})
        assert wrong.status_code == 400
        assert client.get("/config").status_code == 401

        unknown = client.post("/login", data={"username": "nobody", "password": PASSWORD})
        assert unknown.status_code == 400

        right = client.post("/login", data={"username": "amira", "password": PASSWORD})
        assert right.status_code == 200 and right.json() == {"success": True}
        assert client.get("/config").status_code == 200
        assert client.get("/gradio_api/user").json() == "amira", "handlers see this name"


def test_the_sign_in_page_speaks_every_language(with_login: Settings) -> None:
    from assistant.language.messages import message

    words = launch_options(with_login)["auth_message"]
    assert message("en", "goals_web.sign_in") in words
    assert message("fr", "goals_web.sign_in") in words


def test_the_local_app_and_the_command_line_share_one_owner(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without logins the page acts as the command line's default user: a goal saved by
    either is the other's; MENTOR_USER moves only the command line; a login is its own user."""
    from types import SimpleNamespace

    from assistant.config import current_user
    from assistant.goals.model import GoalDraft
    from assistant.records.store import Records
    from assistant.ui.goal_handlers import goals_markdown
    from assistant.ui.handlers import user_of

    page = user_of(SimpleNamespace(username=None), settings)
    assert page == current_user(settings) == "local"
    with Records(settings.records_path) as records:
        records.save_goal(current_user(settings), GoalDraft(statement="Run a team retro"))
        assert "Run a team retro" in goals_markdown(records, page)

    monkeypatch.setenv("MENTOR_USER", "amira")
    assert current_user(load_settings()) == "amira"
    with Logins(settings.records_path) as logins:
        logins.add("amira", PASSWORD)
    assert user_of(SimpleNamespace(username="amira"), settings) == "amira"
