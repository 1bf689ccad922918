"""Deadlines on a streamed answer: the first piece within ``first_token_s``, the whole answer
within ``total_s``, or the fixed "model unavailable" message.

The client's own timeouts count from the last bytes received, so an endpoint that keeps a stream
open without sending text (or trickles keep-alive lines) would hold a chat forever. Here the
stream is read by a helper thread and the reader waits with a deadline; past it, the answer
stops with :class:`~assistant.model.llm.ModelUnavailableError`, and the helper thread drops the
rest of the stream as soon as it gets it.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator

from assistant.model.llm import ModelUnavailableError

_END = object()


def within(
    pieces: Iterator[str],
    first_token_s: float,
    total_s: float,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[str]:
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
                raise ModelUnavailableError(f"no {which} from the model in time") from None
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            limit = total_s
            yield str(item)
    finally:
        stop.set()
