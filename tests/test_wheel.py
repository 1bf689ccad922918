"""The built wheel is the product: installed into a fresh virtual environment (not the editable
checkout), it indexes the bundled guides, searches them and answers ``--help``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def clean_env() -> dict[str, str]:
    """This environment less what would lead Python back to the checkout or our settings."""
    return {
        k: v for k, v in os.environ.items() if not k.startswith("MENTOR_") and k != "PYTHONPATH"
    }


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, f"{command[:3]} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only the wheel; the dependencies are borrowed from this venv's
    site-packages through a path file (which does not carry its editable install along)."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"  # build from a copy: the checkout stays as it was
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(".venv", ".git", "data", "build", "*.egg-info", ".*cache"),
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(root), "."], source)
    wheel = next(root.glob("mentor_assistant-*.whl"))
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root
    )
    Path(purelib.strip(), "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([*pip, "--python", str(python), "install", "--no-deps", "-q", str(wheel)], root)
    return env_dir


def mentor(env_dir: Path, *args: str, tmp_path: Path) -> str:
    env = clean_env() | {"MENTOR_DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1"}
    return run([str(env_dir / "bin" / "mentor"), *args], tmp_path, env)


def test_the_wheel_runs_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    where = run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import assistant.config as c; print(c.BUNDLED_KNOWLEDGE_DIR)",
        ],
        tmp_path,
    )
    assert "site-packages/assistant/_data/knowledge" in where, "not the checkout's folder"

    assert "--role" in mentor(installed, "ask", "--help", tmp_path=tmp_path)
    mentor(installed, "ingest", "--json", tmp_path=tmp_path)
    hits = mentor(installed, "search", "how do I set a SMART goal", "--json", tmp_path=tmp_path)
    assert "knowledge/en/smart-goals.md" in hits
    french = mentor(
        installed, "search", "objectif SMART", "--lang", "fr", "--json", tmp_path=tmp_path
    )
    assert "knowledge/fr/" in french
