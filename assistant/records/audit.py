"""The audit log: who did what and when (sign-ins, exports, erasures, documents ingested or
removed), never any content. Users appear as a short hash of their id (``user:3f2a...``), so the
log names no one, survives erasure without keeping the person, and can still be searched for a
given user by hashing their id. Client addresses of sign-ins appear the same way
(``client:9b1c...``): one address's attempts can be told apart and searched for, but the log
shows no address (the hash is unsalted, so whoever reads the log can still test a guess). One
file, ``<data_dir>/audit.log``, readable by this account only, rotated at 1 MB with 5 old files
kept.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from assistant.records.copies import private_dir

MAX_BYTES = 1_000_000
KEPT = 5
_lock = threading.Lock()
_loggers: dict[Path, logging.Logger] = {}


def who(user: str) -> str:
    """The pseudonym a user has in the audit log."""
    return "user:" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:12]


def where(address: str) -> str:
    """The pseudonym a client address has in the audit log."""
    return "client:" + hashlib.sha256(address.encode("utf-8")).hexdigest()[:12]


def audit(data_dir: Path, event: str, user: str = "", client: str = "", **details: object) -> None:
    """Append one line: time, event, the user's pseudonym, the client address's pseudonym if
    one is given, and plain details (counts, formats)."""
    parts = [event, who(user) if user else "-", *([where(client)] if client else [])]
    parts += [f"{k}={v}" for k, v in sorted(details.items())]
    _logger(data_dir).info(" ".join(parts))


def _logger(data_dir: Path) -> logging.Logger:
    path = data_dir / "audit.log"
    with _lock:
        if path not in _loggers:
            private_dir(data_dir)
            handler = RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            logger = logging.getLogger(f"mentor.audit.{len(_loggers)}")
            logger.propagate = False
            logger.setLevel(logging.INFO)
            logger.addHandler(handler)
            _loggers[path] = logger
            path.touch()
            path.chmod(0o600)
        return _loggers[path]
