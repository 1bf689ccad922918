"""Is the data directory sound? The finding of one check, for ``mentor status``, and the records
file's check: SQLite's own integrity check, read-only (see :func:`check_records`). The knowledge
index has its own, :func:`assistant.retrieval.integrity.check_index`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.language.messages import message
from assistant.records.schema import integrity

Part = Literal["records", "index"]
State = Literal["ok", "absent", "damaged"]


@dataclass(frozen=True)
class Finding:
    """What a check of one part of the data directory found: ``ok``, ``absent`` (nothing
    written yet, which is fine) or ``damaged``, with what was wrong."""

    part: Part
    state: State
    detail: str = ""
    where: str = ""  # the file or folder checked

    @property
    def damaged(self) -> bool:
        return self.state == "damaged"

    def verdict(self, language: str = "en") -> str:
        """One or two words: ok, nothing yet, damaged."""
        return message(language, f"integrity.state.{self.state}")

    def advice(self, language: str = "en") -> str:
        """What happened and how to recover ("" when nothing is wrong)."""
        if not self.damaged:
            return ""
        return message(
            language, f"integrity.{self.part}_damaged", detail=self.detail, where=self.where
        )


def check_records(path: Path) -> Finding:
    """SQLite's integrity check of the records file at ``path`` (opened read-only)."""
    if not path.exists():
        return Finding("records", "absent", where=str(path))
    found = integrity(path)
    if found == "ok":
        return Finding("records", "ok", where=str(path))
    return Finding("records", "damaged", found, str(path))
