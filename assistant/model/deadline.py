"""Deadlines on the model's answers: the first piece within ``first_token_s``, the whole answer
within ``total_s``, or the fixed "model unavailable" message.

The client's own timeouts count from the last bytes received, so an endpoint that keeps a stream
open without sending text (or trickles keep-alive lines) would hold a chat forever. Here the
stream is read by a helper thread and the reader waits with a deadline; past it, the answer
stops with :class:`DeadlineError` (a :class:`~assistant.model.llm.ModelUnavailableError`), and
the helper thread drops the rest of the stream as soon as it gets it.

Two places use it: the agent, on every streamed reply (from the question on), and the chat model
itself (:func:`timely_chat_openai`), on every request it makes, so a structured call (the goal
rewrite, the agenda fill) or a call outside a chat (the anticipated questions) has the same
deadlines.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from assistant.model.llm import ModelUnavailableError

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

T = TypeVar("T")

_END = object()


class DeadlineError(ModelUnavailableError, TimeoutError):
    """The model did not answer in time. Also a ``TimeoutError`` (an ``OSError``), so code that
    treats a transport failure as the model being down (see
    :func:`~assistant.model.llm.transport_errors`) treats a missed deadline the same way."""


def within(
    pieces: Iterator[T],
    first_token_s: float,
    total_s: float,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[T]:
    """``pieces`` as they come, under the two deadlines."""
    inbox: queue.Queue[object] = queue.Queue()
    stop = threading.Event()

    def pump() -> None:
        try:
            for piece in pieces:
                if stop.is_set():
                    break
                inbox.put(piece)
            inbox.put(_END)
        except BaseException as exc:  # handed to the reader, raised there
            inbox.put(exc)
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()

    threading.Thread(target=pump, name="model-stream", daemon=True).start()
    started = clock()
    limit = first_token_s
    try:
        while True:
            try:
                item = inbox.get(timeout=max(0.0, started + limit - clock()))
            except queue.Empty:
                which = "first words" if limit == first_token_s else "whole answer"
                raise DeadlineError(f"no {which} from the model in time") from None
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            limit = total_s
            yield cast(T, item)
    finally:
        stop.set()


def timely_chat_openai(first_token_s: float, total_s: float, **options: Any) -> ChatOpenAI:
    """``ChatOpenAI(**options)`` whose every request is read under the two deadlines: a stream,
    and also a call answered at once (``invoke``, as structured output uses), which a streaming
    client reads as a stream (``options`` should set ``streaming=True``)."""
    timely: Any = _timely_class()  # its two fields are unknown to ChatOpenAI's signature
    return cast("ChatOpenAI", timely(first_token_s=first_token_s, total_s=total_s, **options))


@cache
def _timely_class() -> type[ChatOpenAI]:
    from langchain_openai import ChatOpenAI

    class TimelyChatOpenAI(ChatOpenAI):
        """ChatOpenAI with the deadlines of :func:`within` on each request's stream."""

        first_token_s: float = 60.0
        total_s: float = 180.0

        def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            return within(super()._stream(*args, **kwargs), self.first_token_s, self.total_s)

    return TimelyChatOpenAI
