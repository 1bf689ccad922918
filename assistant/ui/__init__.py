"""The Gradio web app: one builder per tab; handlers are plain functions, testable without a
browser."""

from assistant.ui.app import build_app, warm_up
from assistant.ui.handlers import search_knowledge
from assistant.ui.services import AppServices

__all__ = ["AppServices", "build_app", "search_knowledge", "warm_up"]
