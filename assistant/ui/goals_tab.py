"""The My goals tab: the user's goals, a card, the edit form, progress, status and export."""

from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant.goals.fields import FORM_FIELDS
from assistant.goals.model import GoalStatus
from assistant.language.messages import message
from assistant.records.audit import audit
from assistant.records.copies import exports_dir
from assistant.ui.chat_tab import ChatTab
from assistant.ui.goal_handlers import (
    ExportFolder,
    change_goal_status,
    export_goal_file,
    format_choices,
    goal_choices,
    goals_markdown,
    record_goal_progress,
    save_goal_form,
    show_goal,
)
from assistant.ui.services import AppServices
from assistant.ui.texts import Texts

STATUS_BUTTONS = (  # (message key, elem_id, status)
    ("achieved", "goal-achieved", GoalStatus.ACHIEVED),
    ("dropped", "goal-dropped", GoalStatus.DROPPED),
    ("archive", "goal-archived", GoalStatus.ARCHIVED),
    ("active", "goal-active", GoalStatus.ACTIVE),
)


def _format_picker(language: str) -> dict[str, Any]:
    return {"choices": format_choices(language), "label": message(language, "ui.goals.format")}


def build_goals_tab(
    services: AppServices, texts: Texts, language: gr.Radio, chat: ChatTab | None = None
) -> None:
    """The tab's components and events (one value per form field, in ``FORM_FIELDS`` order).
    With ``chat``, the list refreshes itself after a chat turn that saved a goal."""
    exports = ExportFolder(exports_dir(services.settings.data_dir))

    def on_goals(include_archived: bool, lang: str, request: gr.Request) -> tuple[str, Any]:
        user, agent = services.session(request, lang)
        choices = goal_choices(agent.records, user)
        return goals_markdown(agent.records, user, include_archived, lang), gr.update(
            choices=choices
        )

    def on_chat_saved(
        saved: str | None, include_archived: bool, lang: str, request: gr.Request
    ) -> tuple[Any, Any]:
        if not saved:  # the turn saved no goal: the list stays as it is
            return gr.skip(), gr.skip()
        return on_goals(include_archived, lang, request)

    def on_pick(goal_id: str | None, lang: str, request: gr.Request) -> tuple[str, ...]:
        user, agent = services.session(request, lang)
        card, values = show_goal(agent.records, user, goal_id, lang)
        return (card, "", *values)

    def on_save(
        request: gr.Request, goal_id: str | None, lang: str, *typed: str
    ) -> tuple[str, ...]:
        user, agent = services.session(request, lang)
        notice, card, values = save_goal_form(agent.records, user, goal_id, typed, language=lang)
        return (notice, card, *values)

    def on_progress(
        goal_id: str | None, note: str, percent: float | None, lang: str, request: gr.Request
    ) -> tuple[str, str, str, float | None]:
        user, agent = services.session(request, lang)
        return record_goal_progress(agent.records, user, goal_id, note, percent, lang)

    def on_status(status: GoalStatus) -> Callable[[str | None, str, gr.Request], tuple[str, str]]:
        def handler(goal_id: str | None, lang: str, request: gr.Request) -> tuple[str, str]:
            user, agent = services.session(request, lang)
            return change_goal_status(agent.records, user, goal_id, status, lang)

        return handler

    def on_export(
        goal_id: str | None, fmt: str, lang: str, request: gr.Request
    ) -> tuple[str | None, str]:
        user, agent = services.session(request, lang)
        path, notice = export_goal_file(agent.records, user, goal_id, fmt, exports, language=lang)
        if path is not None:
            audit(services.settings.data_dir, "goal-export", user, format=fmt, where="web")
        return path, notice

    archived = texts.make(gr.Checkbox, {"label": "ui.goals.archived"}, elem_id="goals-archived")
    refresh = texts.make(gr.Button, {"value": "ui.goals.refresh"}, elem_id="goals-refresh")
    goals = gr.Markdown(elem_id="goals")
    picked = texts.make(
        gr.Dropdown, {"label": "ui.goals.picker"}, choices=[], elem_id="goal-picker"
    )
    notice = gr.Markdown(elem_id="goal-notice")
    card = gr.Markdown(elem_id="goal-card")
    with texts.make(gr.Accordion, {"label": "ui.goals.edit"}, open=True, elem_id="goal-edit"):
        form = [
            texts.make(
                gr.Textbox,
                {"label": f"goal.field.{field.name}"},
                lines=field.form_lines,
                max_length=4000,
                elem_id=f"goal-{field.name}",
            )
            for field in FORM_FIELDS
        ]
        save = texts.make(
            gr.Button, {"value": "ui.goals.save"}, variant="primary", elem_id="goal-save"
        )
    with texts.make(
        gr.Accordion, {"label": "ui.goals.progress"}, open=True, elem_id="goal-progress"
    ):
        note = texts.make(
            gr.Textbox, {"label": "ui.goals.note"}, max_length=2000, elem_id="goal-note"
        )
        percent = texts.make(
            gr.Number,
            {"label": "ui.goals.percent"},
            minimum=0,
            maximum=100,
            precision=0,
            elem_id="goal-percent",
        )
        record = texts.make(gr.Button, {"value": "ui.goals.record"}, elem_id="goal-record")
    with gr.Row():
        status_buttons = [
            (
                texts.make(gr.Button, {"value": f"ui.goals.{key}"}, elem_id=elem_id, size="sm"),
                status,
            )
            for key, elem_id, status in STATUS_BUTTONS
        ]
    fmt = texts.make(gr.Radio, worded=_format_picker, value="md", elem_id="export-format")
    download = texts.make(gr.File, {"label": "ui.goals.file"}, elem_id="export-file")
    listing = ([archived, language], [goals, picked])
    refresh.click(on_goals, *listing)
    picked.change(on_pick, [picked, language], [card, notice, *form])
    save.click(on_save, [picked, language, *form], [notice, card, *form]).then(on_goals, *listing)
    record.click(
        on_progress, [picked, note, percent, language], [notice, card, note, percent]
    ).then(on_goals, *listing)
    for button, status in status_buttons:
        button.click(on_status(status), [picked, language], [notice, card]).then(on_goals, *listing)
    texts.make(gr.Button, {"value": "ui.goals.export"}, elem_id="export-button").click(
        on_export, [picked, fmt, language], [download, notice]
    )
    if chat is not None:
        for turn in chat.turns:
            turn.then(on_chat_saved, [chat.saved, archived, language], [goals, picked])
