"""Model text made safe to show, as it streams: no images, no raw HTML, no links.

A model's answer may carry what a poisoned document or an injected question put there: a
markdown image or an HTML tag that makes the reader's browser fetch an outside address (a way to
leak data), or a link to a phishing page. Code removes them from every piece of model text before
anyone sees it, so the web chat, ``mentor ask`` and its JSON all get clean text:

- ``![alt](url)`` images and reference-style definitions go entirely;
- ``<tag ...>`` HTML tags (and comments) go, their text between tags stays;
- ``[text](url)`` links keep their text; bare ``http(s)://``, ``www.`` and ``data:`` addresses go.

Citation markers (``[1]``) and ordinary brackets are kept. Only the characters of a construct
that might still turn into one of these are held back while it streams.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

MAX_HELD = 600  # a construct longer than this is not one: its text is let through as it is
_URL = re.compile(r"(?:https?://|www\.|data:)\S*", re.IGNORECASE)
_URL_STARTS = ("http://", "https://", "www.", "data:")
_DEFINITION = re.compile(
    r"^\s*\[[^\]\n]+\]:\s*(?:<|/|https?://|www\.|data:)\S*.*$", re.MULTILINE | re.IGNORECASE
)


def clean(text: str) -> str:
    """``text`` without images, HTML or links (see the module docstring)."""
    return "".join(clean_stream([text]))


def clean_stream(pieces: Iterable[str]) -> Iterator[str]:
    """The pieces of a streamed text, cleaned; closing the result closes ``pieces``."""
    cleaner = _Cleaner()
    source = iter(pieces)
    try:
        for piece in source:
            if out := cleaner.feed(piece):
                yield out
        if out := cleaner.finish():
            yield out
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


class _Cleaner:
    """Holds back the text of a possible construct until it is complete or cannot be one."""

    def __init__(self) -> None:
        self.held = ""

    def feed(self, piece: str) -> str:
        self.held += piece
        out: list[str] = []
        while self.held:
            start = _first_start(self.held)
            if start < 0:
                out.append(self.held)
                self.held = ""
                break
            out.append(self.held[:start])
            self.held = self.held[start:]
            resolved = _resolve(self.held)
            if resolved is None:  # may still become a construct: wait for more
                if len(self.held) > MAX_HELD:
                    out.append(self.held[0])
                    self.held = self.held[1:]
                    continue
                break
            text, used = resolved
            out.append(text)
            self.held = self.held[used:]
        return "".join(out)

    def finish(self) -> str:
        """What is still held once the stream ends: an unfinished construct is dropped if it
        can only be an address or a tag, else let through."""
        held, self.held = self.held, ""
        if held.startswith(("<", "![")) or _URL.match(held) or _DEFINITION.match(held):
            return ""
        return _URL.sub("", held)


def _first_start(text: str) -> int:
    """Where the first character that may open a construct stands, or -1."""
    lowered = text.lower()
    starts = [text.find(c) for c in "<![" if c in text]
    starts += [lowered.find(u) for u in _URL_STARTS if u in lowered]
    starts += [_partial_url_start(lowered)]
    return min((s for s in starts if s >= 0), default=-1)


def _partial_url_start(lowered: str) -> int:
    """The start of an address prefix cut by the end of a piece ("...see htt")."""
    for size in range(min(len(lowered), 8), 0, -1):
        tail = lowered[-size:]
        if any(u.startswith(tail) for u in _URL_STARTS) and (
            size == len(lowered) or not lowered[-size - 1].isalnum()
        ):
            return len(lowered) - size
    return -1


def _resolve(text: str) -> tuple[str, int] | None:
    """For ``text`` starting at a possible construct: ``(what to show, characters used)``, or
    None while it may still become one."""
    if text.startswith("<"):
        return _tag(text)
    if text.startswith("!"):
        return _image(text)
    if text.startswith("["):
        return _link(text)
    return _address(text)


def _tag(text: str) -> tuple[str, int] | None:
    if len(text) == 1:
        return None
    if not (text[1].isalpha() or text[1] in "/!?"):
        return "<", 1  # "a < b": not a tag
    end = text.find(">")
    return None if end < 0 else ("", end + 1)


def _image(text: str) -> tuple[str, int] | None:
    if len(text) == 1:
        return None
    if text[1] != "[":
        return "!", 1
    link = _link(text[1:])
    if link is None:
        return None
    shown, used = link
    is_image = used > 1 and text[1 + used - 1] == ")"
    return ("", used + 1) if is_image else ("!" + shown, used + 1)


def _link(text: str) -> tuple[str, int] | None:
    close = text.find("]")
    if close < 0:
        return None if "\n" not in text else (text[: text.index("\n") + 1], text.index("\n") + 1)
    label = text[1:close]
    after = text[close + 1 : close + 2]
    if not after:
        return None  # "[1]" or "[text](" : the next character decides
    if after == ":":  # "[ref]: http://..." defines a link for later use
        line_end = text.find("\n", close)
        if line_end < 0:
            return None
        line = text[: line_end + 1]
        return ("", len(line)) if _DEFINITION.match(line) else (text[: close + 1], close + 1)
    if after != "(":
        return text[: close + 1], close + 1  # a citation marker or plain brackets
    end = text.find(")", close)
    if end < 0:
        return None
    return clean(label), end + 1


def _address(text: str) -> tuple[str, int] | None:
    match = re.match(r"\S*", text)
    word = match.group(0) if match else ""
    if len(word) == len(text):
        lowered = word.lower()
        if any(u.startswith(lowered) for u in _URL_STARTS) or _URL.match(word):
            return None  # the address may go on in the next piece
    if _URL.match(word):
        return "", len(word)
    return text[0], 1
