"""Gradio app: for now the cited knowledge-base search (chat and workspaces build on it)."""

from __future__ import annotations

import threading
from typing import Any

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase, QueryError, SearchFilter

LANGUAGES = {"Any language / Toutes": None, "English": "en", "Français": "fr"}
AUDIENCES = {"Everyone / Tous": None, "Mentee": "mentee", "Mentor": "mentor", "Trainer": "trainer"}

_lock = threading.Lock()
_kb: dict[int, KnowledgeBase] = {}


def _knowledge_base(settings: Settings) -> KnowledgeBase:
    """One shared, stateless-per-user knowledge base per settings object (loaded on first use)."""
    with _lock:
        key = id(settings)
        if key not in _kb:
            _kb[key] = KnowledgeBase(settings)
        return _kb[key]


def search_knowledge(
    kb: Any, query: str, language: str | None, audience: str | None, k: int = 5
) -> str:
    """Markdown for a search: numbered, cited excerpts or a clear message."""
    try:
        hits = kb.search(query, k, SearchFilter(language=language, audience=audience))
    except QueryError as exc:
        return f"**{exc}**"
    if not hits:
        return "No matching passage. Has the knowledge base been ingested? Run `mentor ingest`."
    blocks = []
    for n, hit in enumerate(hits, 1):
        where = f"{hit.title} — {hit.section}" if hit.section else hit.title
        excerpt = " ".join(hit.text.split())
        blocks.append(f"**[{n}] {where}**  \n{excerpt}  \n<sub>{hit.source}</sub>")
    return "\n\n---\n\n".join(blocks)


def build_app(settings: Settings) -> Any:
    """Build (not launch) the Gradio Blocks app."""
    import gradio as gr

    def on_search(query: str, language: str, audience: str) -> str:
        kb = _knowledge_base(settings)
        return search_knowledge(kb, query, LANGUAGES[language], AUDIENCES[audience])

    with gr.Blocks(title="Mentor Assistant") as demo:
        gr.Markdown(
            "# Mentor Assistant\nSearch the mentoring guides: every passage comes with its "
            "source. / *Cherchez dans les guides de mentorat : chaque passage est sourcé.*"
        )
        with gr.Row():
            query = gr.Textbox(
                label="Question",
                placeholder="How do I prepare for my first mentoring session?",
                scale=4,
                max_length=4000,
            )
            language = gr.Dropdown(list(LANGUAGES), value=next(iter(LANGUAGES)), label="Language")
            audience = gr.Dropdown(list(AUDIENCES), value=next(iter(AUDIENCES)), label="For")
        button = gr.Button("Search / Rechercher", variant="primary")
        results = gr.Markdown(elem_id="results")
        button.click(on_search, [query, language, audience], results, concurrency_limit=4)
        query.submit(on_search, [query, language, audience], results, concurrency_limit=4)
    return demo
