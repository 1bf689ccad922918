"""Metadata filters shared by the dense (Chroma ``where``) and lexical (in-memory) searches."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assistant.language.text import SUPPORTED_LANGUAGES
from assistant.retrieval.documents import AUDIENCES


def audience_key(audience: str) -> str:
    """The boolean metadata key that marks a chunk as written for ``audience``."""
    return f"audience_{audience}"


@dataclass(frozen=True)
class SearchFilter:
    """Restrict a search by language, audience and/or collection (``None`` = no restriction)."""

    language: str | None = None
    audience: str | None = None
    collection: str | None = None

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(SUPPORTED_LANGUAGES)}")
        if self.audience is not None and self.audience not in AUDIENCES:
            raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}")

    def _conditions(self) -> dict[str, Any]:
        conditions: dict[str, Any] = {}
        if self.language:
            conditions["language"] = self.language
        if self.audience:
            conditions[audience_key(self.audience)] = True
        if self.collection:
            conditions["collection"] = self.collection
        return conditions

    def to_where(self) -> dict[str, Any] | None:
        """The Chroma ``where`` clause, or ``None`` when nothing is filtered."""
        items = [{key: {"$eq": value}} for key, value in self._conditions().items()]
        if not items:
            return None
        return items[0] if len(items) == 1 else {"$and": items}

    def matches(self, metadata: Mapping[str, Any]) -> bool:
        """Whether a chunk's metadata passes the filter (same rule as :meth:`to_where`)."""
        return all(metadata.get(key) == value for key, value in self._conditions().items())
