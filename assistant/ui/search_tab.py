"""The Search tab: cited passages of the guides, filtered by language and audience."""

from typing import Any

import gradio as gr

from assistant.language.messages import message
from assistant.ui.handlers import search_knowledge
from assistant.ui.services import AppServices
from assistant.ui.texts import Texts

ANY = ""  # the filters' "no filter" value


def language_choices(language: str) -> list[tuple[str, str]]:
    """The language filter's choices, worded in ``language``."""
    return [
        (message(language, "ui.search.any_language"), ANY),
        ("English", "en"),
        ("Français", "fr"),
    ]


def audience_choices(language: str) -> list[tuple[str, str]]:
    """The audience filter's choices, worded in ``language``."""
    roles = [(message(language, f"ui.chat.role_{r}"), r) for r in ("mentee", "mentor", "trainer")]
    return [(message(language, "ui.search.everyone"), ANY), *roles]


def _language_filter(language: str) -> dict[str, Any]:
    return {"choices": language_choices(language), "label": message(language, "ui.search.language")}


def _audience_filter(language: str) -> dict[str, Any]:
    return {"choices": audience_choices(language), "label": message(language, "ui.search.audience")}


def build_search_tab(services: AppServices, texts: Texts, language: gr.Radio) -> None:
    """A query box, two filters and the cited results."""

    def on_search(query: str, only: str, audience: str, ui_language: str) -> str:
        kb = services.agent().kb
        return search_knowledge(kb, query, only or None, audience or None, ui_language=ui_language)

    with gr.Row():
        query = texts.make(
            gr.Textbox, {"label": "ui.search.query"}, scale=4, max_length=4000, elem_id="query"
        )
        only = texts.make(
            gr.Dropdown, worded=_language_filter, value=ANY, elem_id="search-language"
        )
        audience = texts.make(
            gr.Dropdown, worded=_audience_filter, value=ANY, elem_id="search-audience"
        )
    results = gr.Markdown(elem_id="results")
    button = texts.make(gr.Button, {"value": "ui.search.button"}, elem_id="search")
    inputs = [query, only, audience, language]
    button.click(on_search, inputs, results, concurrency_limit=4)
    query.submit(on_search, inputs, results, concurrency_limit=4)
