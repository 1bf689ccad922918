"""Inline citations owned by code: every sentence of an answer ends with the [n] it rests on.

The small embedded model often writes a correct answer without any [n]. Rather than trust it to
cite, code attributes each sentence that cites nothing to the source sharing most of its words
(besides the question's own words, which every source shares), and adds the marker as the answer
streams: only the sentence's closing punctuation is held back, never the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from assistant.reply import Source
from assistant.retrieval.text import tokenize

MIN_SHARED = 2  # words a sentence must share with a source (question words aside) to cite it
_CITED = re.compile(r"\[\d+\]")
_END = ".!?…"
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLOSERS = "\"'»)]*"  # may follow a full stop before the blank


def attribute(sentence: str, sources: Sequence[Source], question: str, language: str) -> int | None:
    """The number of the source sharing most words with ``sentence``, if it shares enough."""
    words = set(tokenize(sentence, language)) - set(tokenize(question, language))
    best: tuple[int, int] | None = None
    for source in sources:
        shared = len(words & set(tokenize(f"{source.heading} {source.excerpt}", language)))
        if shared >= MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, source.number)
    return best[1] if best else None


def cite_as_you_go(
    pieces: Iterable[str],
    sources: Sequence[Source],
    question: str,
    language: str,
    limit: int | None = None,
) -> Iterator[str]:
    """Stream ``pieces`` unchanged, except that a sentence citing nothing gets the [n] of the
    source it rests on, before its closing punctuation (or at the end of its line or answer).

    With ``limit``, the answer stops after that many sentences of substance (headings and
    one-word lines aside): a small model asked for five sentences may write fifteen, and the
    later ones drift from the sources.
    """
    sentence = ""  # the current sentence, as emitted so far
    held = ""  # its closing punctuation and what follows, until the next sentence shows
    said = 0  # sentences of substance so far
    for piece in pieces:
        out = ""
        for char in piece:
            if held:
                if char.isspace() or char in _END or (char in _CLOSERS and held[-1] in _END):
                    held += char
                    continue
                if not _ends_sentence(held):  # "3.5", "e.g": the sentence goes on
                    sentence += held
                    out, held = out + held, ""
                else:  # "[" right after the full stop: the model cited this sentence itself
                    marker = "" if char == "[" else _marker(sentence, sources, question, language)
                    said += _substantive(sentence)
                    if limit is not None and said >= limit and char != "[":
                        yield out + marker + held.rstrip()
                        return
                    out, sentence, held = out + marker + held, "", ""
            if char in _END or char == "\n":
                held = char
            else:
                sentence += char
                out += char
        if out:
            yield out
    marker = _marker(sentence, sources, question, language) if sentence.strip() else ""
    if marker or held:
        yield marker + held


def _substantive(sentence: str) -> int:
    """1 for a sentence that says something (four words or more), 0 for a heading or label."""
    return int(len(_WORD.findall(sentence)) >= 4)


def _ends_sentence(held: str) -> bool:
    return "\n" in held or any(c.isspace() for c in held)


def _marker(sentence: str, sources: Sequence[Source], question: str, language: str) -> str:
    """`` [n]`` for a sentence that cites nothing yet."""
    if _CITED.search(sentence):
        return ""
    number = attribute(sentence, sources, question, language)
    return f" [{number}]" if number is not None else ""
