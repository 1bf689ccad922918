"""The Mentor workspace tab: my pairs, a pair's page (shared goals, sessions, open actions, the
prep brief), the agenda builder and its exports, the notes-and-actions form, and, for a mentee,
a share toggle on each of their goals.

Every event takes the signed-in user from the request (:meth:`AppServices.session`); the pair,
action and goal ids the page sends are only looked up through the caller's own access
(:mod:`assistant.ui.mentor_handlers`, :mod:`assistant.records.pairs`).
"""

from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.language.messages import message
from assistant.records.audit import audit
from assistant.records.copies import exports_dir
from assistant.records.pairs import FORMATS, PHASES
from assistant.skills.agenda.fill import FillResult, fill_agenda
from assistant.skills.agenda.skeleton import Agenda
from assistant.ui import mentor_handlers as h
from assistant.ui.goal_handlers import ExportFolder
from assistant.ui.services import AppServices
from assistant.ui.texts import Texts


def _choices(language: str, values: tuple[str, ...], prefix: str) -> dict[str, Any]:
    auto = (message(language, "mentor_ui.auto"), h.AUTO)
    return {"choices": [auto, *((message(language, f"{prefix}{v}"), v) for v in values)]}


def build_mentor_tab(services: AppServices, texts: Texts, language: gr.Radio) -> None:
    """The tab's components and events."""
    store = h.PairsStore(services.settings.records_path)
    exports = ExportFolder(exports_dir(services.settings.data_dir))

    def fill(agenda: Agenda) -> FillResult:
        return fill_agenda(
            agenda, services.agent().model(), parts=services.settings.agenda_parallel
        )

    def on_pairs(lang: str, request: gr.Request) -> tuple[str, Any]:
        user, _ = services.session(request, lang)
        return h.pairs_markdown(store(), user, lang), gr.update(
            choices=h.pair_choices(store(), user)
        )

    def on_pair(pair_id: str | None, lang: str, request: gr.Request) -> tuple[str, Any, Any]:
        user, _ = services.session(request, lang)
        pairs = store()
        goals, shared = h.share_state(pairs, user, pair_id)
        return (
            h.pair_page(pairs, user, pair_id, lang),
            gr.update(choices=h.action_choices(pairs, user, pair_id), value=None),
            gr.update(choices=goals, value=shared, visible=bool(goals)),
        )

    def on_build(
        pair_id: str | None,
        minutes: float,
        fmt: str | None,
        focus: str,
        phase: str | None,
        session: float | None,
        lang: str,
        request: gr.Request,
    ) -> Iterator[tuple[str, Agenda | None]]:
        user, _ = services.session(request, lang)
        yield from h.agenda_stream(
            store(), user, pair_id, minutes, fmt, focus, phase, session, fill, lang
        )

    def on_export(
        agenda: Agenda | None, kind: str, start: str, zone: str, lang: str, request: gr.Request
    ) -> str | None:
        user, _ = services.session(request, lang)
        path = h.export_agenda(user, agenda, kind, exports, start, zone)
        if path is not None:
            audit(services.settings.data_dir, "agenda-export", user, format=kind, where="web")
        return path

    def on_record(
        pair_id: str | None,
        day: str,
        minutes: float | None,
        notes: str,
        shared: str,
        lang: str,
        request: gr.Request,
    ) -> tuple[str, str, str]:
        user, _ = services.session(request, lang)
        notice, saved = h.record_session(store(), user, pair_id, day, minutes, notes, shared, lang)
        return notice, ("" if saved else notes), ("" if saved else shared)

    def on_action(
        pair_id: str | None, text: str, owner: str, due: str, lang: str, request: gr.Request
    ) -> tuple[str, str]:
        user, _ = services.session(request, lang)
        return h.add_action(store(), user, pair_id, text, owner, due, lang), ""

    def on_done(action_id: str | None, lang: str, request: gr.Request) -> str:
        user, _ = services.session(request, lang)
        return h.mark_done(store(), user, action_id, lang)

    def on_share(pair_id: str | None, chosen: list[str], lang: str, request: gr.Request) -> str:
        user, _ = services.session(request, lang)
        return h.set_shares(store(), user, pair_id, chosen, lang)

    refresh = texts.make(gr.Button, {"value": "mentor_ui.refresh"}, elem_id="mentor-refresh")
    listing = gr.Markdown(elem_id="mentor-pairs")
    picker = texts.make(
        gr.Dropdown,
        {"label": "mentor_ui.pair"},
        choices=[],
        allow_custom_value=True,  # the id is checked against the caller's pairs, never trusted
        elem_id="mentor-pair",
    )
    page = gr.Markdown(elem_id="mentor-page")
    shares = texts.make(
        gr.CheckboxGroup,
        {"label": "mentor_ui.share_label"},
        choices=[],
        visible=False,
        elem_id="mentor-shares",
    )
    share_save = texts.make(gr.Button, {"value": "mentor_ui.share_save"}, elem_id="share-save")
    notice = gr.Markdown(elem_id="mentor-notice")
    with texts.make(gr.Accordion, {"label": "mentor_ui.agenda_builder"}, open=True):
        with gr.Row():
            minutes = texts.make(
                gr.Slider,
                {"label": "mentor_ui.minutes"},
                minimum=15,
                maximum=120,
                step=5,
                value=45,
                elem_id="agenda-minutes",
            )
            fmt = texts.make(
                gr.Dropdown,
                worded=lambda lang: {
                    "label": message(lang, "mentor_ui.format"),
                    **_choices(lang, FORMATS, "mentor_ui.formats."),
                },
                value=h.AUTO,
                elem_id="agenda-format",
            )
            phase = texts.make(
                gr.Dropdown,
                worded=lambda lang: {
                    "label": message(lang, "mentor_ui.phase"),
                    **_choices(lang, PHASES, "agenda.phase."),
                },
                value=h.AUTO,
                elem_id="agenda-phase",
            )
            session = texts.make(
                gr.Number,
                {"label": "mentor_ui.session"},
                minimum=0,
                maximum=200,
                precision=0,
                value=0,
                elem_id="agenda-session",
            )
        focus = texts.make(
            gr.Textbox, {"label": "mentor_ui.focus"}, max_length=300, elem_id="agenda-focus"
        )
        build = texts.make(
            gr.Button, {"value": "mentor_ui.build"}, variant="primary", elem_id="agenda-build"
        )
        agenda_view = gr.Markdown(elem_id="agenda-view")
        built = gr.State(None)
        with gr.Row():
            kind = texts.make(
                gr.Radio,
                {"label": "mentor_ui.export_format"},
                choices=["md", "ics"],
                value="md",
                elem_id="agenda-export-format",
            )
            start = texts.make(gr.Textbox, {"label": "mentor_ui.start"}, elem_id="agenda-start")
            zone = texts.make(
                gr.Textbox, {"label": "mentor_ui.zone"}, value="UTC", elem_id="agenda-tz"
            )
        export = texts.make(gr.Button, {"value": "mentor_ui.export"}, elem_id="agenda-export")
        download = texts.make(gr.File, {"label": "mentor_ui.file"}, elem_id="agenda-file")
    with texts.make(gr.Accordion, {"label": "mentor_ui.after"}, open=True):
        with gr.Row():
            day = texts.make(gr.Textbox, {"label": "mentor_ui.date"}, elem_id="notes-date")
            length = texts.make(
                gr.Number,
                {"label": "mentor_ui.length"},
                value=45,
                minimum=1,
                maximum=600,
                precision=0,
                elem_id="notes-minutes",
            )
        private = texts.make(
            gr.Textbox, {"label": "mentor_ui.private_notes"}, lines=2, elem_id="notes-private"
        )
        shared = texts.make(
            gr.Textbox, {"label": "mentor_ui.shared_notes"}, lines=2, elem_id="notes-shared"
        )
        record = texts.make(gr.Button, {"value": "mentor_ui.record"}, elem_id="notes-record")
        with gr.Row():
            action_text = texts.make(
                gr.Textbox, {"label": "mentor_ui.action"}, max_length=500, elem_id="action-text"
            )
            owner = texts.make(
                gr.Radio,
                worded=lambda lang: {
                    "label": message(lang, "mentor_ui.owner"),
                    "choices": [
                        (message(lang, "agenda.owner.mentee"), "mentee"),
                        (message(lang, "agenda.owner.mentor"), "mentor"),
                    ],
                },
                value="mentee",
                elem_id="action-owner",
            )
            due = texts.make(gr.Textbox, {"label": "mentor_ui.due"}, elem_id="action-due")
        add = texts.make(gr.Button, {"value": "mentor_ui.add_action"}, elem_id="action-add")
        with gr.Row():
            open_actions = texts.make(
                gr.Dropdown,
                {"label": "mentor_ui.open_action"},
                choices=[],
                allow_custom_value=True,
                elem_id="action-picker",
            )
            done = texts.make(gr.Button, {"value": "mentor_ui.done"}, elem_id="action-done")

    show = ([picker, language], [page, open_actions, shares])
    refresh.click(on_pairs, language, [listing, picker], api_name="mentor_pairs")
    picker.change(on_pair, *show, api_name="mentor_pair")
    build.click(
        on_build,
        [picker, minutes, fmt, focus, phase, session, language],
        [agenda_view, built],
        api_name="mentor_agenda",
    )
    export.click(on_export, [built, kind, start, zone, language], download)
    record.click(
        on_record,
        [picker, day, length, private, shared, language],
        [notice, private, shared],
        api_name="mentor_record",
    ).then(on_pair, *show)
    add.click(
        on_action,
        [picker, action_text, owner, due, language],
        [notice, action_text],
        api_name="mentor_action",
    ).then(on_pair, *show)
    done.click(on_done, [open_actions, language], notice, api_name="mentor_done").then(
        on_pair, *show
    )
    share_save.click(on_share, [picker, shares, language], notice, api_name="mentor_share").then(
        on_pair, *show
    )
