"""Inline citations owned by code: every sentence of an answer ends with the [n] it rests on.

The small embedded model often writes a correct answer without any [n]. Rather than trust it to
cite, code attributes each sentence that cites nothing to the source sharing most of its words
(besides the question's own words, which every source shares), and adds the marker as the answer
streams: only a sentence's closing punctuation is held back, and its words only while they may
be a repeat of an earlier sentence.

Checked answers (:func:`cite_as_you_go` with ``supported_at``) go further: each sentence is held
until it ends and shown only if most of its words (the question's aside) come from one source and
it can be cited (the model cited it, or it shares enough words with one source); a line that is
only markers or a bare heading, or a sentence broken off on a linking word, is dropped. What
replaces an answer of which nothing survives is the caller's decision (grounded Q&A quotes the
passage, or says "not covered").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from assistant.language.text import tokenize
from assistant.reply import Source

MIN_SHARED = 2  # words a sentence must share with a source (question words aside) to cite it
SUPPORTED = 0.5  # share of a sentence's words (question words aside) one source must hold
NEW_WORDS = 1  # words of a checked sentence that neither the question nor any source holds
_CITED = re.compile(r"\[\d+\]")
_END = ".!?…"
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLOSERS = "\"'»)]*”’"  # may follow a full stop before the blank
_QUOTES = '"»”’'
# words a finished sentence cannot end on, after a blank: the model broke off ("… les règles
# [3] et ."); « faites-le » and "move on" end well
_DANGLING = {
    "en": frozenset("a an and but for from of or the to with".split()),
    "fr": frozenset("au aux avec de des du et la le les mais ou pour un une".split()),
}
_LEADING_MARKERS = re.compile(r"^(\s*(?:[-*•]\s+|\d+[.)]\s+)?)((?:\[\d+\]\s*)+)")
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)[^\w]*$")


def attribute(sentence: str, sources: Sequence[Source], question: str, language: str) -> int | None:
    """The number of the source sharing most words with ``sentence``, if it shares enough."""
    attributor = _Attributor(sources, question, language)
    return attributor.best(attributor.own_words(sentence))


class _Attributor:
    """Each source's words, read once per answer rather than once per sentence."""

    def __init__(self, sources: Sequence[Source], question: str, language: str) -> None:
        self.language = language
        self.asked = set(tokenize(question, language))
        self.known = [
            (s.number, set(tokenize(f"{s.heading} {s.excerpt}", language))) for s in sources
        ]

    def own_words(self, sentence: str) -> set[str]:
        """The words of ``sentence`` (as tokens) that the question does not hold."""
        return set(tokenize(_CITED.sub(" ", sentence), self.language)) - self.asked

    def support(self, words: set[str]) -> float:
        """The largest share of a sentence's own ``words`` one source holds; 1.0 for a
        sentence that adds no word of its own."""
        if not words:
            return 1.0
        return max((len(words & known) / len(words) for _, known in self.known), default=0.0)

    def unheard(self, words: set[str]) -> set[str]:
        """The words of ``words`` that no source holds (the model's own: "Exploration" in a
        list of Kram's phases that has no such phase)."""
        return words.difference(*(known for _, known in self.known))

    def best(self, words: set[str]) -> int | None:
        """The number of the source sharing most of a sentence's own ``words``, if it shares
        :data:`MIN_SHARED` at least."""
        best: tuple[int, int] | None = None
        for number, source_words in self.known:
            shared = len(words & source_words)
            if shared >= MIN_SHARED and (best is None or shared > best[0]):
                best = (shared, number)
        return best[1] if best else None


def cite_as_you_go(
    pieces: Iterable[str],
    sources: Sequence[Source],
    question: str,
    language: str,
    limit: int | None = None,
    supported_at: float | None = None,
) -> Iterator[str]:
    """Stream ``pieces`` with code's citations: a sentence citing nothing gets the [n] of the
    source it rests on, before its closing punctuation (or at the end of its line or answer); a
    marker naming no source ("[4]" of three) is replaced by the right one, or dropped.

    With ``limit``, the answer stops after that many sentences of substance (headings and
    one-word lines aside): a small model asked for five sentences may write fifteen, and the
    later ones drift from the sources. Stopping closes ``pieces`` (and so the model's stream).

    With ``supported_at``, sentences are checked as described in the module's docstring.
    """
    citer = _Citer(sources, question, language, limit, supported_at)
    for piece in pieces:
        out = "".join(citer.feed(char) for char in piece)
        if out:
            yield out
        if citer.stopped:
            break
    else:
        if tail := citer.finish():
            yield tail


class _Citer:
    """The state of :func:`cite_as_you_go`, fed one character at a time.

    While the sentence being written reads like the start of one already said, its text is held
    back: a small model that starts repeating itself is looping, so a sentence that turns out to
    be a repeat is dropped and ends the answer, and the user never sees it.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        question: str,
        language: str,
        limit: int | None,
        supported_at: float | None = None,
    ) -> None:
        self.attributor = _Attributor(sources, question, language)
        self.language = language
        self.limit = limit
        self.supported_at = supported_at  # None: every sentence is shown as it streams
        self.kept = 0  # sentences shown
        self.headings = {_normalised(s.heading) for s in sources}
        self.numbers = {s.number for s in sources}
        self.sentence = ""  # the current sentence so far
        self.pending = ""  # its end not yet emitted, while it may be a repeat
        self.held = ""  # its closing punctuation and what follows, until the next sentence shows
        self.bracket = ""  # a "[12" that may be a citation marker
        self.said: list[str] = []  # the sentences of substance so far, normalised
        self.stopped = False

    def feed(self, char: str) -> str:
        if self.stopped:
            return ""
        if self.bracket:
            return self._in_bracket(char)
        out = ""
        if self.held:
            if (
                char.isspace()
                or char in _END
                or (char in _CLOSERS and self.held[-1] in _END)
                or (char in _QUOTES and _after_end(self.held))  # French: "? »"
            ):
                self.held += char
                return ""
            if not _ends_sentence(self.held) or (char.islower() and _quote_closed(self.held)):
                # "3.5", "e.g": the sentence goes on; so it does after a question quoted
                # inside it (« demandez « Quelles pistes voyez-vous ? » et laissez… »)
                held, self.held = self.held, ""
                out = self._add(held)
            else:  # "[" right after the full stop: the model cited this sentence itself
                out = self._end_sentence(cited_next=char == "[")
                if self.stopped:
                    return out
        if char == "[":
            self.bracket = char
        elif char in _END or char == "\n":
            self.held = char
        else:
            out += self._add(char)
        return out

    def _add(self, text: str) -> str:
        """Add ``text`` to the sentence; what may be shown now."""
        self.sentence += text
        self.pending += text
        start = _normalised(self.sentence)
        if self.supported_at is not None or any(e.startswith(start) for e in self.said):
            return ""  # held: a checked sentence shows once it ends and passes
        out, self.pending = self.pending, ""
        return out

    def _end_sentence(self, cited_next: bool = False, last: bool = False) -> str:
        """Close the current sentence: its held text, marker and punctuation, or nothing (and
        stop) if it repeats an earlier one or goes past the limit."""
        substantive = _substantive(self.sentence)
        normalised = _normalised(self.sentence)
        if substantive and normalised in self.said:
            self.stopped = True
            return ""
        if self.supported_at is not None and not self._passes(substantive, normalised):
            gap = "\n" if self.kept and "\n" in self.held else ""
            self.sentence, self.pending, self.held = "", "", ""
            return gap  # dropped; a line break after it stays between kept sentences
        self.kept += 1
        if self.supported_at is not None:  # held whole: "[2] Le mentoré…" -> "Le mentoré… [2]"
            self.pending = _markers_last(self.pending)
        marker = "" if cited_next else self._marker()
        # before the space French puts ahead of « ? » and « ! » ("voyez-vous [3] ?")
        text = self.pending.rstrip()
        out = text + marker + self.pending[len(text) :]
        if substantive:
            self.said.append(normalised)
        if self.limit is not None and len(self.said) >= self.limit and not cited_next:
            self.stopped = not last
            return out + self.held.rstrip()
        out += self.held
        self.sentence, self.pending, self.held = "", "", ""
        return out

    def _passes(self, substantive: int, normalised: str) -> bool:
        """Whether a checked sentence may be shown: it says something, is not a bare heading,
        does not break off on a word that needs another after it, most of its words come from
        one source, and it can be cited."""
        words = _WORD.findall(_CITED.sub(" ", self.sentence))
        if not words or normalised.strip(" *#:-") in self.headings:
            return False
        if _breaks_off(self.sentence, self.language):
            return False
        if not substantive:  # a short label ("**Options**") reads as a heading
            return False
        assert self.supported_at is not None
        own = self.attributor.own_words(self.sentence)
        if self.attributor.support(own) < self.supported_at:
            return False
        if len(self.attributor.unheard(own)) > NEW_WORDS:
            return False  # what no passage says is the model's, however much else it copied
        # and it can be cited: the model cited it, or it shares enough words with one source (a
        # sentence resting on one word a source happens to hold would be shown with no [n])
        return bool(
            _CITED.search(self.sentence) or not own or self.attributor.best(own) is not None
        )

    def _in_bracket(self, char: str) -> str:
        if char.isdigit() and len(self.bracket) < 4:
            self.bracket += char
            return ""
        text, self.bracket = self.bracket, ""
        if char == "]" and len(text) > 1:
            if int(text[1:]) in self.numbers:
                return self._add(text + char)
            # a source that does not exist: the right one, if any
            return self._add(self._marker().strip())
        return self._add(text) + self.feed(char)

    def finish(self) -> str:
        """What is still held when the model is done."""
        if self.stopped:
            return ""
        out = self._add(self.bracket)
        self.bracket = ""
        if self.sentence.strip() or self.held:
            out += self._end_sentence(last=True)
        return out

    def _marker(self) -> str:
        """`` [n]`` for a sentence that cites nothing yet."""
        if _CITED.search(self.sentence) or not self.sentence.strip():
            return ""
        number = self.attributor.best(self.attributor.own_words(self.sentence))
        return f" [{number}]" if number is not None else ""


def _markers_last(sentence: str) -> str:
    """``sentence`` with the markers it opens with moved to its end (before its trailing
    blanks): a small model sometimes heads each sentence with its source, as in a list."""
    lead = _LEADING_MARKERS.match(sentence)
    if lead is None or not sentence[lead.end() :].strip():
        return sentence
    body = lead.group(1) + sentence[lead.end() :]
    text = body.rstrip()
    return f"{text} {''.join(_CITED.findall(lead.group(2)))}{body[len(text) :]}"


def _breaks_off(sentence: str, language: str) -> bool:
    """Whether ``sentence`` ends on a word that needs another after it ("… the rules [3] and")."""
    last = _LAST_WORD.search(_CITED.sub(" ", sentence))
    return last is not None and last.group(1).lower() in _DANGLING.get(language, _DANGLING["en"])


def _normalised(sentence: str) -> str:
    """A sentence compared for repeats: lower case, no markers, single spaces."""
    return " ".join(_CITED.sub(" ", sentence).lower().split())


def _after_end(held: str) -> bool:
    """Whether ``held`` ends with closing punctuation, blanks aside ("? " before « » »: only a
    closing quote may follow the blank; "**" after it opens the next line's bold)."""
    tail = held.rstrip()
    return bool(tail) and tail[-1] in _END


def _quote_closed(held: str) -> bool:
    """Whether ``held`` closes a quotation after its punctuation ("? »", '?"')."""
    return any(c in _QUOTES for c in held)


def _ends_sentence(held: str) -> bool:
    return "\n" in held or any(c.isspace() for c in held)


def _substantive(sentence: str) -> int:
    """1 for a sentence that says something (four words or more), 0 for a heading or label."""
    return int(len(_WORD.findall(sentence)) >= 4)
