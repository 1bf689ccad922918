"""The copies of users' data the web app writes as files: exports handed out for download and
Gradio's cache of them. They live under the data directory, never in the system temp folder,
in folders only this account can open, and erasure and shutdown remove them.

``<data_dir>/web/exports/<hash of the user id>/``  a user's latest export (one file)
``<data_dir>/web/cache/``                         Gradio's copies of served files
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077


def private_files() -> None:
    """From now on, files and folders this process creates are its account's only (0600, 0700):
    records, the vector store, indexes and exports."""
    os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """``path`` created if needed, readable by this account only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    path.chmod(PRIVATE_DIR)
    return path


def web_dir(data_dir: Path) -> Path:
    return data_dir / "web"


def exports_dir(data_dir: Path) -> Path:
    return web_dir(data_dir) / "exports"


def web_cache_dir(data_dir: Path) -> Path:
    return web_dir(data_dir) / "cache"


def user_folder(root: Path, user: str) -> Path:
    """A user's folder under ``root``, named by a hash of the id, never by the id itself."""
    return root / hashlib.sha256(user.encode("utf-8")).hexdigest()[:24]


def erase_copies(data_dir: Path, user: str) -> None:
    """Remove the user's export folder and every cached copy the web app served (the cache
    cannot tell whose a copy is, so all of it goes; it is only a cache)."""
    shutil.rmtree(user_folder(exports_dir(data_dir), user), ignore_errors=True)
    shutil.rmtree(web_cache_dir(data_dir), ignore_errors=True)


def remove_web_copies(data_dir: Path) -> None:
    """Remove every export and cached copy (when the web app stops)."""
    shutil.rmtree(web_dir(data_dir), ignore_errors=True)
