"""CPU threads shared by the two models of a process: torch (the embedding model) and the
embedded chat model's llama.cpp."""

from __future__ import annotations

import sys

_pending: int = 0  # threads asked for before torch was imported


def set_torch_threads(threads: int) -> None:
    """Give torch (the embedding model's runtime) ``threads`` CPU threads, process-wide.

    Call it before the first embedding: torch and the embedded chat model's llama.cpp share one
    OpenMP runtime, and once torch has run with a thread pool of two, llama.cpp generates about
    a quarter slower for the rest of the process (measured on 2 cores: 15 instead of 20-22
    tokens/s), whatever torch is told afterwards.

    When torch is not imported yet, the number is kept and applied by
    :func:`apply_pending_threads` when the embedding model loads: a process whose embeddings run
    on ONNX Runtime never imports torch (2-3 s saved).
    """
    global _pending
    torch = sys.modules.get("torch")
    if torch is None:
        _pending = threads
    else:
        torch.set_num_threads(threads)


def apply_pending_threads() -> None:
    """Apply the threads :func:`set_torch_threads` was asked for before torch was imported."""
    if _pending:
        set_torch_threads(_pending)
