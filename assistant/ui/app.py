"""The Gradio app: one builder per tab (chat, my goals, mentor workspace, search, training,
programme) under a language switch. The mentor workspace shows each member their own pairs (a
mentee shares goals there); the training tab is shown to mentors and trainers, the programme
tab to trainers.

Building the app touches nothing (no data dir, no model); :func:`warm_up` starts the knowledge
base and the embedded model in the background at launch, so the page is usable while they load.
"""

import logging
import os
import threading

import gradio as gr

from assistant.config import Settings
from assistant.records.copies import web_cache_dir
from assistant.ui.chat_tab import build_chat_tab
from assistant.ui.goals_tab import build_goals_tab
from assistant.ui.mentor_tab import build_mentor_tab
from assistant.ui.programme_tab import build_programme_tab
from assistant.ui.search_tab import build_search_tab
from assistant.ui.services import AppServices
from assistant.ui.texts import LANGUAGE_CHOICES, Texts
from assistant.ui.training_tab import build_training_tab

log = logging.getLogger(__name__)

EXPORT_CACHE = (3600, 3600)
"""Gradio's copies of exported files are deleted hourly once an hour old, and at shutdown."""


def warm_up(settings: Settings, services: AppServices) -> threading.Thread:
    """Start loading the embedded model, then the knowledge base (indexed on a fresh data
    directory) and its embedding model, in the background."""
    from assistant.model.llm import start_model_early

    start_model_early(settings)

    def prepare() -> None:
        try:
            services.agent().kb.warm_up()
        except Exception as exc:  # the first request meets it again and says so
            log.warning("warm-up failed (%s); the first request will retry", type(exc).__name__)

    thread = threading.Thread(target=prepare, name="app-warm-up", daemon=True)
    thread.start()
    return thread


def build_app(settings: Settings, services: AppServices | None = None) -> gr.Blocks:
    """Build (not launch) the Gradio Blocks app; ``services`` is what its handlers share."""
    services = services or AppServices(settings)
    # Gradio's copies of served files (exports) go under the data directory, not the system
    # temp folder: private, and removed with the user or when the app stops
    os.environ["GRADIO_TEMP_DIR"] = str(web_cache_dir(settings.data_dir))
    texts = Texts()
    with gr.Blocks(title=texts.say("ui.title"), delete_cache=EXPORT_CACHE) as demo:
        with gr.Row():
            texts.make(gr.Markdown, {"value": "ui.intro"}, elem_id="intro")
            language = texts.make(
                gr.Radio,
                {"label": "ui.language"},
                choices=LANGUAGE_CHOICES,
                value=texts.language,
                elem_id="ui-language",
                scale=0,
            )
        with texts.make(gr.Tab, {"label": "ui.tab.chat"}, elem_id="tab-chat"):
            chat = build_chat_tab(services, texts, language)
        with texts.make(gr.Tab, {"label": "ui.tab.goals"}, elem_id="tab-goals"):
            build_goals_tab(services, texts, language, chat)  # refreshed by a save in the chat
        with texts.make(gr.Tab, {"label": "mentor_ui.tab"}, elem_id="tab-mentor"):
            build_mentor_tab(services, texts, language)  # each member sees their own pairs
        with texts.make(gr.Tab, {"label": "ui.tab.search"}, elem_id="tab-search"):
            build_search_tab(services, texts, language)
        build_training_tab(services, texts, language)  # mentors and trainers
        build_programme_tab(services, texts, language)  # trainers only
        language.change(texts.updates, language, texts.components)
    return demo
