"""``mentor goal ...``: check a goal against SMART, draft one in a guided chat, manage your goals.

Goals belong to the user the command line acts as (``MENTOR_USER``, else the login name).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from assistant.cli.common import (
    LanguageOption,
    check_options,
    fail,
    open_agent,
    settings_or_exit,
    user_errors,
)
from assistant.config import current_user
from assistant.conversation import Conversation
from assistant.goals.edits import (
    CLEAR,
    DATE_EXAMPLES,
    FIELDS,
    EditError,
    apply_edits,
    current_values,
    parse_assignment,
)
from assistant.goals.export import format_date, goal_ics, goal_markdown
from assistant.goals.model import Goal, GoalStatus
from assistant.records.audit import audit
from assistant.records.store import Records
from assistant.skills.goal_coaching import GoalCoaching
from assistant.skills.smart import SmartReport, check_draft, check_goal

goal_app = typer.Typer(
    help="SMART goals: check one, draft one with the coach, list, show, edit, export, track.",
    no_args_is_help=True,
)
FIRST_QUESTION = "What would you like to achieve? / Qu'aimeriez-vous atteindre ?"


@goal_app.command("check")
def check(
    text: Annotated[str | None, typer.Argument(help="The goal, in English or French.")] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", help="Check many goals: one per line in, one JSON line out."),
    ] = None,
    lang: LanguageOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdicts as JSON.")] = False,
) -> None:
    """Check a goal against the SMART criteria, without any model: a verdict per criterion,
    the words that justify it, and a suggestion for what is missing."""
    if (text is None) == (file is None):
        raise fail("give either a goal TEXT or --file FILE")
    check_options(lang)
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise fail(f"cannot read {file}: {exc}") from exc
        for line in lines:
            if line.strip():
                row = check_goal(line, lang).to_dict()
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    assert text is not None
    if not text.strip():
        raise fail("the goal is empty: write what you want to achieve")
    report = check_goal(text, lang)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        _print_report(report)


def _print_report(report: SmartReport) -> None:
    table = Table("criterion", "", "evidence", "suggestion", title=report.text, show_lines=True)
    for name, verdict in report.verdicts.items():
        mark = "[green]✓[/]" if verdict.met else "[red]✗[/]"
        table.add_row(name.replace("_", "-"), mark, verdict.evidence, verdict.suggestion)
    Console().print(table)


@goal_app.command("draft")
def draft(
    lang: LanguageOption = None,
) -> None:
    """Draft a SMART goal with the coach (Goal, Reality, Options, Will), one question at a
    time. Nothing is saved until you confirm the goal card."""
    check_options(lang)
    settings = settings_or_exit()
    out = Console()
    with user_errors(), open_agent(settings) as agent:
        conversation = Conversation(user=current_user(settings), role="mentee", language=lang)
        out.print("[bold]Goal coach[/] — “stop” or Ctrl-D to leave.")
        try:
            message = input(f"\n{FIRST_QUESTION}\nyou> ")
            reply = agent.respond(conversation, message, skill=GoalCoaching.name)
            while True:
                out.print(Markdown(reply.complete()))
                started = conversation.guided is not None
                if not started and reply.kind != "invalid":
                    break  # saved or stopped
                forced = None if started else GoalCoaching.name  # an empty first answer: again
                reply = agent.respond(conversation, input("\nyou> "), skill=forced)
        except EOFError:
            return


@goal_app.command("list")
def list_goals(
    all_: Annotated[bool, typer.Option("--all", help="Include archived goals.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the goals as JSON.")] = False,
) -> None:
    """List your goals (active, achieved and dropped; --all adds archived ones)."""
    settings = settings_or_exit()
    statuses = list(GoalStatus) if all_ else None
    with user_errors(), Records(settings.records_path) as records:
        goals = records.list_goals(current_user(settings), statuses)
    if as_json:
        typer.echo(json.dumps([g.model_dump(mode="json") for g in goals], ensure_ascii=False))
        return
    if not goals:
        Console(stderr=True).print("No goals yet. Draft one with: mentor goal draft")
        return
    table = Table("id", "goal", "target", "status", "progress")
    for goal in goals:
        target = format_date(goal.target_date, goal.language) if goal.target_date else "—"
        done = f"{goal.percent} %" if goal.percent is not None else ""
        table.add_row(goal.id[:8], goal.statement, target, goal.status.value, done)
    Console().print(table)


def _find(records: Records, owner: str, prefix: str) -> str:
    """A goal id from its first characters (as `list` shows them)."""
    matches = [g.id for g in records.list_goals(owner, list(GoalStatus)) if g.id.startswith(prefix)]
    if len(matches) != 1:
        raise fail(f"no goal of yours starts with {prefix!r}" if not matches else "ambiguous id")
    return matches[0]


@goal_app.command("show")
def show(goal_id: Annotated[str, typer.Argument(help="The goal's id (or its start).")]) -> None:
    """Show one of your goals as a card."""
    settings = settings_or_exit()
    owner = current_user(settings)
    with user_errors(), Records(settings.records_path) as records:
        goal = records.get_goal(owner, _find(records, owner, goal_id))
    Console().print(Markdown(goal_markdown(goal)))


@goal_app.command("export")
def export(
    goal_id: Annotated[str, typer.Argument(help="The goal's id (or its start).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or ics.")] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
) -> None:
    """Export a goal as Markdown, or its dates as an .ics calendar file."""
    if fmt not in {"md", "ics"}:
        raise fail("format must be md or ics")
    settings = settings_or_exit()
    owner = current_user(settings)
    with user_errors(), Records(settings.records_path) as records:
        goal = records.get_goal(owner, _find(records, owner, goal_id))
    text = goal_markdown(goal) if fmt == "md" else goal_ics(goal, datetime.now(UTC))
    audit(settings.data_dir, "goal-export", owner, format=fmt, where="cli")
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8", newline="")
    Console(stderr=True).print(f"wrote {output}")


@goal_app.command("progress")
def progress(
    goal_id: Annotated[str, typer.Argument(help="The goal's id (or its start).")],
    note: Annotated[str, typer.Argument(help="What happened.")],
    percent: Annotated[
        int | None, typer.Option("--percent", min=0, max=100, help="How far along (0-100).")
    ] = None,
) -> None:
    """Record progress on a goal."""
    settings = settings_or_exit()
    owner = current_user(settings)
    with user_errors(), Records(settings.records_path) as records:
        records.record_progress(owner, _find(records, owner, goal_id), note, percent)
    Console(stderr=True).print("progress recorded")


@goal_app.command("status")
def status(
    goal_id: Annotated[str, typer.Argument(help="The goal's id (or its start).")],
    new_status: Annotated[
        str, typer.Argument(help="active, achieved, dropped or archived.", metavar="STATUS")
    ],
    note: Annotated[str, typer.Option("--note", help="Why (kept in the history).")] = "",
) -> None:
    """Mark a goal achieved or dropped, archive it, or make it active again."""
    try:
        chosen = GoalStatus(new_status)
    except ValueError as exc:
        raise fail("status must be one of active, achieved, dropped, archived") from exc
    settings = settings_or_exit()
    owner = current_user(settings)
    with user_errors(), Records(settings.records_path) as records:
        records.set_status(owner, _find(records, owner, goal_id), chosen, note)
    Console(stderr=True).print(f"goal {goal_id} is now {chosen.value}")


_SET_HELP = (
    f"FIELD=VALUE, repeatable. Fields: {', '.join(FIELDS)}. Dates: {DATE_EXAMPLES}. "
    "Lists (measures, obstacles): separate with ';' or repeat. Milestones: "
    "milestone-add='first talk @ 30 April', milestone-remove=N, milestone-done=N (N as the card "
    f"lists them). An empty value or {CLEAR!r} clears a field."
)


@goal_app.command("edit")
def edit(
    goal_id: Annotated[str, typer.Argument(help="The goal's id (or its start).")],
    assignments: Annotated[
        list[str] | None, typer.Option("--set", help=_SET_HELP, metavar="FIELD=VALUE")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the saved goal and its SMART check as JSON.")
    ] = False,
) -> None:
    """Change a saved goal: with --set FIELD=VALUE, or field by field when no --set is given
    (Enter keeps the current value). The SMART check of the new statement follows, as advice;
    when anything is wrong, nothing is saved."""
    try:
        edits = [parse_assignment(text) for text in assignments or []]
    except EditError as exc:
        raise fail(str(exc)) from exc
    settings = settings_or_exit()
    owner = current_user(settings)
    today = date.today()
    with user_errors(), Records(settings.records_path) as records:
        goal = records.get_goal(owner, _find(records, owner, goal_id))
        try:
            draft = apply_edits(goal.draft(), edits or _ask(goal), today)
        except EditError as exc:
            raise fail(f"{exc} (nothing was saved)") from exc
        saved = records.update_goal(owner, goal.id, draft)
    report = check_draft(saved.draft(), today)
    if as_json:
        body = {"goal": saved.model_dump(mode="json"), "smart": report.to_dict()}
        typer.echo(json.dumps(body, ensure_ascii=False))
        return
    err = Console(stderr=True)
    err.print(f"saved goal {saved.id[:8]}")
    for warning in report.warnings():
        err.print(f"[yellow]SMART:[/] {escape(warning)}", highlight=False)


def _ask(goal: Goal) -> list[tuple[str, str]]:
    """Each field in turn, its current value as the default; then milestones to add."""
    typer.echo(f"Editing {goal.id[:8]}: Enter keeps a value, {CLEAR!r} clears it.", err=True)
    edits = [
        (name, typer.prompt(name, default=value, show_default=bool(value), err=True))
        for name, value in current_values(goal).items()
    ]
    for number, milestone in enumerate(goal.milestones, start=1):
        mark = "x" if milestone.done else " "
        typer.echo(
            f"milestone {number} [{mark}] {milestone.due}: {milestone.description}", err=True
        )
    while added := typer.prompt(
        "add a milestone (DESCRIPTION @ DATE, Enter to finish)",
        default="",
        show_default=False,
        err=True,
    ).strip():
        edits.append(("milestone-add", added))
    return edits
