"""HTML to heading-structured Markdown text; scripts, styles and embedded content are dropped."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

_DROP = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head"]
_BLOCKS = ["p", "div", "li", "tr", "br", "section", "article", "blockquote", "pre", "table"]


def html_to_markdown(html: str) -> tuple[str, str]:
    """Return ``(title, markdown)``: headings become ``#`` lines, blocks become paragraphs."""
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for level in range(1, 7):
        for tag in soup.find_all(f"h{level}"):
            text = tag.get_text(" ", strip=True)
            tag.replace_with(f"\n\n{'#' * level} {text}\n\n" if text else "")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    text = soup.get_text()
    # A line of body text that happens to start with '#' must not become a heading.
    lines = [ln.strip() for ln in text.splitlines()]
    text = "\n".join(lines)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return title, text
