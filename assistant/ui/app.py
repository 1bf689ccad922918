"""The Gradio app: chat (grounded answers and goal coaching), my goals, and cited search.

Building the app touches nothing (no data dir, no model); :func:`warm_up` starts the knowledge
base and the embedded model in the background at launch, so the page is usable while they load.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from assistant.agent import Conversation, Role
from assistant.config import Settings
from assistant.ui.handlers import (
    ChatMessages,
    chat_turn,
    export_goal,
    goal_choices,
    goals_markdown,
    search_knowledge,
    shared_agent,
    user_of,
)

LANGUAGES = {"Any language / Toutes": None, "English": "en", "Français": "fr"}
AUDIENCES = {"Everyone / Tous": None, "Mentee": "mentee", "Mentor": "mentor", "Trainer": "trainer"}
ROLE_LABELS: dict[str, Role] = {
    "Mentee / Mentoré": "mentee",
    "Mentor": "mentor",
    "Trainer / Formateur": "trainer",
}
INTRO = (
    "# Mentor Assistant\nAsk about mentoring (answers cite the guides), or say **“help me set "
    "a goal”** to turn an aim into a SMART goal. / *Posez une question sur le mentorat, ou dites "
    "**« aide-moi à définir un objectif »**.*"
)
EXAMPLES = [
    "What is the difference between coaching and mentoring?",
    "Help me set a goal",
    "Comment préparer ma première séance de mentorat ?",
]


def warm_up(settings: Settings) -> None:
    """Start loading the knowledge base and the embedded model in the background."""
    if settings.llm_backend == "embedded":
        from assistant.llm import start_embedded

        start_embedded(settings)
    threading.Thread(target=shared_agent, args=(settings,), daemon=True).start()


def build_app(settings: Settings) -> Any:
    """Build (not launch) the Gradio Blocks app."""
    import gradio as gr

    def on_chat(
        message: str,
        chat: ChatMessages,
        conversation: Conversation | None,
        role_label: str,
        request: gr.Request,
    ) -> Iterator[tuple[ChatMessages, str, Conversation]]:
        agent = shared_agent(settings)
        role = ROLE_LABELS.get(role_label, "mentee")
        yield from chat_turn(agent, conversation, user_of(request), role, message, chat or [])

    def on_goals(include_archived: bool, request: gr.Request) -> tuple[str, Any]:
        records = shared_agent(settings).records
        user = user_of(request)
        choices = goal_choices(records, user)
        return goals_markdown(records, user, include_archived), gr.update(choices=choices)

    def on_export(goal_id: str | None, fmt: str, request: gr.Request) -> str | None:
        return export_goal(shared_agent(settings).records, user_of(request), goal_id, fmt)

    def on_search(query: str, language: str, audience: str) -> str:
        kb = shared_agent(settings).kb
        return search_knowledge(kb, query, LANGUAGES[language], AUDIENCES[audience])

    with gr.Blocks(title="Mentor Assistant") as demo:
        gr.Markdown(INTRO)
        with gr.Tab("Chat"):
            conversation = gr.State(None)
            role = gr.Radio(list(ROLE_LABELS), value=next(iter(ROLE_LABELS)), label="I am")
            chat = gr.Chatbot(label="Mentor Assistant", height=480, elem_id="chat")
            message = gr.Textbox(
                label="Message",
                placeholder=EXAMPLES[0],
                max_length=4000,
                elem_id="message",
            )
            gr.Examples(EXAMPLES, message)
            send = gr.Button("Send / Envoyer", variant="primary", elem_id="send")
            for trigger in (send.click, message.submit):
                trigger(
                    on_chat,
                    [message, chat, conversation, role],
                    [chat, message, conversation],
                    concurrency_limit=4,
                )
        with gr.Tab("My goals / Mes objectifs"):
            archived = gr.Checkbox(label="Show archived / Afficher les archivés")
            refresh = gr.Button("Refresh / Actualiser")
            goals = gr.Markdown(elem_id="goals")
            picked = gr.Dropdown([], label="Goal / Objectif")
            fmt = gr.Radio(["md", "ics"], value="md", label="Format")
            download = gr.File(label="Export")
            refresh.click(on_goals, [archived], [goals, picked])
            gr.Button("Export / Exporter").click(on_export, [picked, fmt], download)
        with gr.Tab("Search the guides / Chercher"):
            with gr.Row():
                query = gr.Textbox(label="Question", scale=4, max_length=4000)
                language = gr.Dropdown(list(LANGUAGES), value=next(iter(LANGUAGES)), label="Lang")
                audience = gr.Dropdown(list(AUDIENCES), value=next(iter(AUDIENCES)), label="For")
            results = gr.Markdown(elem_id="results")
            gr.Button("Search / Rechercher").click(
                on_search, [query, language, audience], results, concurrency_limit=4
            )
            query.submit(on_search, [query, language, audience], results, concurrency_limit=4)
    return demo
