"""The Gradio app: chat (grounded answers and goal coaching), my goals, and cited search.

Building the app touches nothing (no data dir, no model); :func:`warm_up` starts the knowledge
base and the embedded model in the background at launch, so the page is usable while they load.
"""

# No ``from __future__ import annotations`` here: Gradio reads each handler's annotations at run
# time to pass it the ``gr.Request`` (the user), and cannot resolve "gr.Request" as a string since
# gradio is imported inside build_app.

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from assistant.config import Settings
from assistant.conversation import Conversation, Role
from assistant.goals.model import GoalStatus
from assistant.ui.goal_handlers import (
    ExportFolder,
    change_goal_status,
    export_goal,
    goal_choices,
    goals_markdown,
    record_goal_progress,
    save_goal_form,
    show_goal,
)
from assistant.ui.handlers import (
    ChatMessages,
    chat_turn,
    search_knowledge,
    shared_agent,
    user_of,
)

log = logging.getLogger(__name__)

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
GOAL_FORM = (  # (label, elem_id, lines), in the order of goal_handlers.FORM_FIELDS
    ("Goal / Objectif", "goal-statement", 2),
    ("Why it matters / Pourquoi c'est important", "goal-why", 2),
    ("Success measures, one a line / Indicateurs de réussite, un par ligne", "goal-measures", 3),
    ("Target date / Échéance (30 June 2027, in 6 weeks, d'ici fin mars)", "goal-target", 1),
    ("First step / Première action", "goal-first-step", 1),
    ("First step by / Première action d'ici le", "goal-first-step-date", 1),
    ("Support from my mentor / Soutien attendu du mentor", "goal-support", 2),
)
STATUS_BUTTONS = (  # (label, elem_id, status)
    ("Achieved / Atteint", "goal-achieved", GoalStatus.ACHIEVED),
    ("Dropped / Abandonné", "goal-dropped", GoalStatus.DROPPED),
    ("Archive / Archiver", "goal-archived", GoalStatus.ARCHIVED),
    ("Back to active / Réactiver", "goal-active", GoalStatus.ACTIVE),
)
EXPORT_CACHE = (3600, 3600)
"""Gradio's copies of exported files are deleted hourly once an hour old, and at shutdown."""
EXAMPLES = [
    "What is the difference between coaching and mentoring?",
    "Help me set a goal",
    "Comment préparer ma première séance de mentorat ?",
]


def warm_up(settings: Settings) -> threading.Thread:
    """Start loading the embedded model, then the knowledge base (indexed on a fresh data
    directory) and its embedding model, in the background."""
    from assistant.model.llm import start_model_early

    start_model_early(settings)

    def prepare() -> None:
        try:
            shared_agent(settings).kb.warm_up()
        except Exception as exc:  # the first request meets it again and says so
            log.warning("warm-up failed (%s); the first request will retry", type(exc).__name__)

    thread = threading.Thread(target=prepare, name="app-warm-up", daemon=True)
    thread.start()
    return thread


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
        yield from chat_turn(
            agent, conversation, user_of(request, settings), role, message, chat or []
        )

    exports = ExportFolder()

    def on_goals(include_archived: bool, request: gr.Request) -> tuple[str, Any]:
        records = shared_agent(settings).records
        user = user_of(request, settings)
        choices = goal_choices(records, user)
        return goals_markdown(records, user, include_archived), gr.update(choices=choices)

    def on_pick(goal_id: str | None, request: gr.Request) -> tuple[str, ...]:
        card, values = show_goal(
            shared_agent(settings).records, user_of(request, settings), goal_id
        )
        return (card, "", *values)

    def on_save(  # one parameter per form field: Gradio passes the request by annotation
        goal_id: str | None,
        statement: str,
        why: str,
        measures: str,
        target: str,
        first_step: str,
        first_step_date: str,
        support: str,
        request: gr.Request,
    ) -> tuple[str, ...]:
        typed = (statement, why, measures, target, first_step, first_step_date, support)
        records = shared_agent(settings).records
        message, card, values = save_goal_form(records, user_of(request, settings), goal_id, typed)
        return (message, card, *values)

    def on_progress(
        goal_id: str | None, note: str, percent: float | None, request: gr.Request
    ) -> tuple[str, str, str, float | None]:
        records = shared_agent(settings).records
        return record_goal_progress(records, user_of(request, settings), goal_id, note, percent)

    def on_status(status: GoalStatus) -> Callable[[str | None, gr.Request], tuple[str, str]]:
        def handler(goal_id: str | None, request: gr.Request) -> tuple[str, str]:
            records = shared_agent(settings).records
            return change_goal_status(records, user_of(request, settings), goal_id, status)

        return handler

    def on_export(goal_id: str | None, fmt: str, request: gr.Request) -> str | None:
        records = shared_agent(settings).records
        return export_goal(records, user_of(request, settings), goal_id, fmt, exports)

    def on_search(query: str, language: str, audience: str) -> str:
        kb = shared_agent(settings).kb
        return search_knowledge(kb, query, LANGUAGES[language], AUDIENCES[audience])

    with gr.Blocks(title="Mentor Assistant", delete_cache=EXPORT_CACHE) as demo:
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
            archived = gr.Checkbox(
                label="Show archived / Afficher les archivés", elem_id="goals-archived"
            )
            refresh = gr.Button("Refresh / Actualiser")
            goals = gr.Markdown(elem_id="goals")
            picked = gr.Dropdown([], label="Goal / Objectif", elem_id="goal-picker")
            notice = gr.Markdown(elem_id="goal-notice")
            card = gr.Markdown(elem_id="goal-card")
            with gr.Accordion("Edit / Modifier", open=True, elem_id="goal-edit"):
                form = [
                    gr.Textbox(label=label, elem_id=elem_id, lines=lines, max_length=4000)
                    for label, elem_id, lines in GOAL_FORM
                ]
                save = gr.Button("Save / Enregistrer", variant="primary", elem_id="goal-save")
            with gr.Accordion("Progress / Suivi", open=True, elem_id="goal-progress"):
                note = gr.Textbox(
                    label="What happened / Ce qui s'est passé", max_length=2000, elem_id="goal-note"
                )
                percent = gr.Number(
                    label="% done / % réalisé (optional / facultatif)",
                    minimum=0,
                    maximum=100,
                    precision=0,
                    elem_id="goal-percent",
                )
                record = gr.Button("Record progress / Enregistrer le suivi", elem_id="goal-record")
            with gr.Row():
                status_buttons = [
                    (gr.Button(label, elem_id=elem_id, size="sm"), status)
                    for label, elem_id, status in STATUS_BUTTONS
                ]
            fmt = gr.Radio(["md", "ics"], value="md", label="Format", elem_id="export-format")
            download = gr.File(label="Export", elem_id="export-file")
            refresh.click(on_goals, [archived], [goals, picked])
            picked.change(on_pick, [picked], [card, notice, *form])
            save.click(on_save, [picked, *form], [notice, card, *form]).then(
                on_goals, [archived], [goals, picked]
            )
            record.click(on_progress, [picked, note, percent], [notice, card, note, percent]).then(
                on_goals, [archived], [goals, picked]
            )
            for button, status in status_buttons:
                button.click(on_status(status), [picked], [notice, card]).then(
                    on_goals, [archived], [goals, picked]
                )
            gr.Button("Export / Exporter", elem_id="export-button").click(
                on_export, [picked, fmt], download
            )
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
