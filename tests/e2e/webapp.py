"""The real web app as a user runs it: `python app.py` in its own process, on a free port.

Settings reach it as environment variables only (``MENTOR_*``, ``GRADIO_SERVER_PORT``), the way an
administrator configures it; nothing of the developer's own environment or ``.env`` leaks in.
"""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import free_port

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
START_TIMEOUT_S = 90.0  # the page is served before the knowledge base and model finish loading
STOP_TIMEOUT_S = 15.0
# Two of the bundled guides: enough for cited answers and search, a fraction of the ingest time
GUIDES = ("knowledge/en/mentoring-vs-coaching.md", "knowledge/en/smart-goals.md")


@dataclass(frozen=True)
class WebApp:
    url: str
    log: Path
    process: subprocess.Popen[bytes]

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def app_env(data_dir: Path, **settings: str) -> dict[str, str]:
    """This machine's environment without any MENTOR_*/OPENAI_*/GRADIO_* setting, plus
    ``settings`` (env var names), offline model loading and no telemetry."""
    own = ("MENTOR_", "OPENAI_", "GRADIO_")
    env = {key: value for key, value in os.environ.items() if not key.startswith(own)}
    env.update(
        MENTOR_DATA_DIR=str(data_dir),
        HF_HUB_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        GRADIO_ANALYTICS_ENABLED="False",
    )
    env.update(settings)
    return env


def ingest_guides(data_dir: Path, timeout: float = 300) -> None:
    """Index ``GUIDES`` into ``data_dir`` with the real `mentor ingest` command."""
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(BIN / "mentor"), "ingest", *(str(REPO / guide) for guide in GUIDES)],
        cwd=data_dir.parent,  # not the repo: a developer's .env there must not apply
        env=app_env(data_dir),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"mentor ingest failed:\n{result.stdout}\n{result.stderr}"


def copy_data(source: Path, target: Path) -> Path:
    """A private copy of an ingested data dir (one writer per store)."""
    shutil.copytree(source, target)
    return target


@contextmanager
def running_app(data_dir: Path, log: Path, **settings: str) -> Iterator[WebApp]:
    """Start `python app.py` with ``settings`` and stop its whole process group afterwards."""
    port = free_port()
    # MENTOR_WEB_PORT is the app's own setting; Gradio reads GRADIO_SERVER_PORT when none is given
    env = app_env(data_dir, MENTOR_WEB_PORT=str(port), GRADIO_SERVER_PORT=str(port), **settings)
    with log.open("wb") as out:  # the child keeps its own descriptor
        process = subprocess.Popen(
            [sys.executable, str(REPO / "app.py")],
            cwd=log.parent,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    app = WebApp(f"http://127.0.0.1:{port}", log, process)
    print(f"web app {app.url} (log: {log})")
    try:
        _wait_until_serving(app, START_TIMEOUT_S)
        yield app
    finally:
        _stop(process)


def _wait_until_serving(app: WebApp, timeout: float) -> None:
    host, port = app.url.removeprefix("http://").split(":")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.process.poll() is not None:
            raise RuntimeError(f"app.py exited with {app.process.returncode}:\n{app.log_tail()}")
        connection = http.client.HTTPConnection(host, int(port), timeout=2)
        try:
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        time.sleep(0.2)
    raise TimeoutError(f"app.py did not serve {app.url} within {timeout} s:\n{app.log_tail()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(STOP_TIMEOUT_S)
            break
        except subprocess.TimeoutExpired:
            continue
    process.wait()
