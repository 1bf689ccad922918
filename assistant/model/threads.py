"""CPU threads shared by the two models of a process: torch (the embedding model) and the
embedded chat model's llama.cpp."""

from __future__ import annotations


def set_torch_threads(threads: int) -> None:
    """Give torch (the embedding model's runtime) ``threads`` CPU threads, process-wide.

    Call it before the first embedding: torch and the embedded chat model's llama.cpp share one
    OpenMP runtime, and once torch has run with a thread pool of two, llama.cpp generates about
    a quarter slower for the rest of the process (measured on 2 cores: 15 instead of 20-22
    tokens/s), whatever torch is told afterwards.
    """
    import torch

    torch.set_num_threads(threads)
