"""The Gradio web app. Handlers are plain functions, testable without a browser."""

from assistant.ui.app import build_app, warm_up
from assistant.ui.handlers import search_knowledge

__all__ = ["build_app", "search_knowledge", "warm_up"]
