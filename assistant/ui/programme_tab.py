"""The trainer's "Programme" tab: upload the programme's own documents into a collection, see
each file's outcome, list and remove documents, read and export the programme overview.

The tab is shown to trainers only (decided on page load from the signed-in login's role in the
records file); every handler checks the role again (:mod:`assistant.ui.programme_handlers`), so
calling the HTTP API directly is refused just the same.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.retrieval.loaders import SUPPORTED_SUFFIXES
from assistant.ui import programme_handlers as handlers
from assistant.ui.services import AppServices
from assistant.ui.texts import Texts


def build_programme_tab(services: AppServices, texts: Texts, language: gr.Radio) -> None:
    """The tab (hidden until the page knows the visitor is a trainer) and its events."""

    def on_load(request: gr.Request) -> Any:
        _, role = services.role(request)
        return gr.update(visible=role == "trainer")

    def on_upload(files: list[str] | None, collection: str, lang: str, request: gr.Request) -> Any:
        report = handlers.upload_documents(services, request, files, collection, lang)
        return report, None, *_listing(lang, request)

    def on_refresh(lang: str, request: gr.Request) -> Any:
        return _listing(lang, request)

    def on_remove(choice: str | None, lang: str, request: gr.Request) -> Any:
        outcome = handlers.remove_document(services, request, choice, lang)
        return outcome, *_listing(lang, request)

    def on_overview(lang: str, request: gr.Request) -> str:
        return handlers.show_overview(services, request, lang)

    def on_export(lang: str, request: gr.Request) -> str:
        return handlers.export_overview(services, request, lang)

    def _listing(lang: str, request: gr.Request) -> tuple[str, Any]:
        listing = handlers.list_sources(services, request, lang)
        choices = handlers.removable_choices(services, request, lang)
        return listing, gr.update(choices=choices, value=None)

    with texts.make(
        gr.Tab, {"label": "programme.tab"}, elem_id="tab-programme", visible=False
    ) as tab:
        texts.make(gr.Markdown, {"value": "programme.intro"})
        with gr.Row():
            files = texts.make(
                gr.File,
                {"label": "programme.files"},
                file_count="multiple",
                file_types=sorted(SUPPORTED_SUFFIXES),
                type="filepath",
                elem_id="programme-files",
                scale=3,
            )
            collection = texts.make(
                gr.Textbox,
                {"label": "programme.collection"},
                value=handlers.DEFAULT_COLLECTION,
                max_length=40,
                elem_id="programme-collection",
                scale=1,
            )
        upload = texts.make(
            gr.Button, {"value": "programme.upload"}, variant="primary", elem_id="programme-upload"
        )
        results = gr.Markdown(elem_id="programme-results")
        texts.make(gr.Markdown, {"value": "programme.sources_heading"})
        sources = gr.Markdown(elem_id="programme-sources")
        with gr.Row():
            picked = texts.make(
                gr.Dropdown,
                {"label": "programme.source"},
                choices=[],
                allow_custom_value=True,  # the handler checks the role, then the choice
                elem_id="programme-source",
            )
            remove = texts.make(
                gr.Button, {"value": "programme.remove"}, variant="stop", elem_id="programme-remove"
            )
            refresh = texts.make(
                gr.Button, {"value": "programme.refresh"}, elem_id="programme-refresh"
            )
        removed = gr.Markdown(elem_id="programme-removed")
        texts.make(gr.Markdown, {"value": "programme.overview_title"})
        overview = gr.Markdown(elem_id="programme-overview")
        with gr.Row():
            show = texts.make(gr.Button, {"value": "programme.show"}, elem_id="programme-show")
            export = texts.make(
                gr.Button, {"value": "programme.export"}, elem_id="programme-export"
            )
        csv_file = texts.make(gr.File, {"label": "programme.csv"}, elem_id="programme-csv")

    upload.click(
        on_upload,
        [files, collection, language],
        [results, files, sources, picked],
        api_name="programme_upload",
        concurrency_limit=1,
        concurrency_id="programme-writes",
    )
    remove.click(
        on_remove,
        [picked, language],
        [removed, sources, picked],
        api_name="programme_remove",
        concurrency_limit=1,
        concurrency_id="programme-writes",
    )
    refresh.click(on_refresh, [language], [sources, picked], api_name="programme_sources")
    tab.select(on_refresh, [language], [sources, picked], api_visibility="private")
    show.click(on_overview, [language], overview, api_name="programme_overview")
    export.click(on_export, [language], csv_file, api_name="programme_export")
    root = gr.context.Context.root_block
    if root is not None:  # built inside the app's Blocks: show the tab to trainers only
        root.load(on_load, None, tab, api_visibility="private")
