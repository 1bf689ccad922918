"""Accent-folded text that remembers where each character came from.

Rules match on folded text (lower case, no accents, straight apostrophes: people type
"d'ici fin fevrier" as often as "d’ici fin février"), while evidence must quote the user's own
words. :class:`Folded` keeps, for every folded character, the index of the original character it
came from, so a span found in the folded text maps back to the exact original substring.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.language.text import fold


@dataclass(frozen=True)
class Folded:
    """``text`` folded with :func:`assistant.language.text.fold`, plus the way back."""

    original: str
    text: str
    origins: tuple[int, ...]  # origins[i]: index in ``original`` of folded character i

    @classmethod
    def of(cls, original: str) -> Folded:
        pieces: list[str] = []
        origins: list[int] = []
        for index, char in enumerate(original):
            folded = fold(char)
            pieces.append(folded)
            origins.extend([index] * len(folded))
        return cls(original, "".join(pieces), tuple(origins))

    def source(self, start: int, end: int) -> str:
        """The original substring behind folded characters ``start:end``."""
        if start >= end:
            return ""
        return self.original[self.origins[start] : self.origins[end - 1] + 1]
