"""``mentor backup`` and ``mentor restore``: the data directory's records and vector store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.common import err, settings_or_exit, user_errors
from assistant.records.backup import BackupReport
from assistant.records.backup import backup as write_backup
from assistant.records.backup import restore as read_backup


def backup(
    folder: Annotated[Path, typer.Argument(help="A new (or empty) folder for the backup.")],
) -> None:
    """Back up the records (a consistent copy, even while the app runs) and the embedded vector
    store into FOLDER, readable by your account only."""
    settings = settings_or_exit()
    with user_errors():
        report = write_backup(settings, folder)
    what = _parts(report)
    err.print(
        f"Backed up {' and '.join(what) or 'nothing (the data directory is empty)'} to {folder}"
    )


def restore(
    folder: Annotated[Path, typer.Argument(help="A folder written by `mentor backup`.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Restore the records and vector store from a backup, replacing what is there now (the
    records' integrity is checked first). Restart the web app afterwards."""
    settings = settings_or_exit()
    if not yes:
        typer.confirm(
            f"Replace the data in {settings.data_dir} with the backup?", abort=True, err=True
        )
    with user_errors():
        report = read_backup(settings, folder)
    what = _parts(report)
    err.print(f"Restored {' and '.join(what) or 'nothing'} from {folder}; restart the web app.")


def _parts(report: BackupReport) -> list[str]:
    return [
        name
        for name, done in (("records", report.records), ("vector store", report.vectors))
        if done
    ]
