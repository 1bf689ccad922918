"""Map character offsets of a Markdown file to its heading path (to judge baseline chunks)."""

from __future__ import annotations

import bisect

from assistant.retrieval.markdown import FENCE_RE, HEADING_RE, clean_heading


class SectionMap:
    """``paths_between(start, end)`` -> the heading paths a span of the raw file overlaps."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = [0]
        self.paths: list[tuple[str, ...]] = [()]
        stack: list[tuple[int, str]] = []
        offset, in_fence, seen_h1 = 0, False, False
        for line in text.splitlines(keepends=True):
            if FENCE_RE.match(line):
                in_fence = not in_fence
            match = None if in_fence else HEADING_RE.match(line.rstrip("\r\n"))
            if match:
                level, name = len(match.group(1)), clean_heading(match.group(2))
                if level == 1 and not seen_h1 and not stack:
                    seen_h1 = True
                else:
                    while stack and stack[-1][0] >= level:
                        stack.pop()
                    stack.append((level, name))
                    self.starts.append(offset)
                    self.paths.append(tuple(h for _, h in stack))
            offset += len(line)

    def paths_between(self, start: int, end: int) -> list[tuple[str, ...]]:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = max(bisect.bisect_right(self.starts, max(end - 1, start)) - 1, 0)
        return self.paths[first : last + 1]


def heading_names(text: str) -> set[str]:
    """Every heading text in a Markdown file (for dataset validation)."""
    return {clean_heading(m.group(2)) for m in map(HEADING_RE.match, text.splitlines()) if m}
