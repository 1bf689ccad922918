"""The ``mentor`` command line: one module per command group over the Python API."""

from assistant.cli.commands import app

__all__ = ["app"]
