"""Backup and restore of a data directory: the records file copied with SQLite's backup API (a
consistent copy even while the app or another command is using it) and the embedded vector
store's folder, with a manifest. Restore checks the copy's integrity first and writes the
records back through the same API, so open connections see the restored data at once.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.config import Settings
from assistant.records.copies import private_dir
from assistant.records.schema import SCHEMA_VERSION, RecordsError, integrity

RECORDS = "records.sqlite3"
VECTORS = "chroma"
MANIFEST = "manifest.json"


class BackupError(RecordsError):
    """A backup cannot be written or restored; the message says why and what to do."""


@dataclass(frozen=True)
class BackupReport:
    folder: Path
    records: bool
    vectors: bool


def backup(settings: Settings, folder: Path) -> BackupReport:
    """Write a backup of ``settings.data_dir`` into ``folder`` (new or empty)."""
    if folder.exists() and any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty: give a new folder for the backup")
    private_dir(folder)
    has_records = settings.records_path.exists()
    if has_records:
        _copy_database(settings.records_path, folder / RECORDS)
    has_vectors = settings.chroma_mode == "embedded" and settings.chroma_path.exists()
    if has_vectors:
        shutil.copytree(settings.chroma_path, folder / VECTORS)
    manifest = {
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_version": SCHEMA_VERSION,
        "records": has_records,
        "vector_store": has_vectors,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return BackupReport(folder, has_records, has_vectors)


def restore(settings: Settings, folder: Path) -> BackupReport:
    """Bring the records (and the embedded vector store, if backed up) back from ``folder``."""
    if not (folder / MANIFEST).exists():
        raise BackupError(f"{folder} is not a Mentor Assistant backup (no {MANIFEST})")
    records = folder / RECORDS
    if records.exists():
        checked = integrity(records)
        if checked != "ok":
            raise BackupError(f"the backup's records file is damaged ({checked}): use another one")
        private_dir(settings.data_dir)
        _copy_database(records, settings.records_path)
    vectors = folder / VECTORS
    if vectors.exists():
        shutil.rmtree(settings.chroma_path, ignore_errors=True)
        shutil.copytree(vectors, settings.chroma_path)
    return BackupReport(folder, records.exists(), vectors.exists())


def _copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite file onto another with the backup API (safe while either is in use)."""
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(f"cannot copy {source.name} ({type(exc).__name__}: {exc})") from exc
