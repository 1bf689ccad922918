"""``mentor pair ...``, ``mentor session add``, ``mentor action ...``: mentoring pairs, the
sessions held, the actions agreed and the goals a mentee shares with a pair.

Every command acts as the command line's user (``MENTOR_USER``, else the login name) and sees
only what :mod:`assistant.records.pairs` lets that user see. Ids may be shortened to their
first characters, as the listings show them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from assistant.cli.common import fail, settings_or_exit, user_errors
from assistant.config import current_user
from assistant.goals.model import GoalStatus
from assistant.records.pairs import (
    ACTION_STATUSES,
    Action,
    Cadence,
    MemberRole,
    Pair,
    PairFormat,
    Pairs,
    Phase,
)
from assistant.skills.agenda.phase import pair_reading

pair_app = typer.Typer(help="Mentoring pairs: add, list, show, set the phase, share goals.")
session_app = typer.Typer(help="Sessions held: record one with its notes.")
action_app = typer.Typer(help="Actions agreed in a pair: add one, mark it done or dropped.")
PairArg = Annotated[str, typer.Argument(help="The pair's id (or its start).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
out = Console()


def parse_day(text: str | None, what: str = "date") -> date:
    """An ISO date (YYYY-MM-DD); today when ``text`` is None."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise fail(f"the {what} must be a date like 2025-03-31") from exc


def open_pairs() -> tuple[Pairs, str]:
    """The pairs store and the user the command line acts as."""
    settings = settings_or_exit()
    with user_errors():
        return Pairs(settings.records_path), current_user(settings)


def find_pair(pairs: Pairs, caller: str, prefix: str) -> Pair:
    """One of ``caller``'s pairs from its id's first characters."""
    found = [p for p in pairs.list_pairs(caller) if p.id.startswith(prefix)]
    if len(found) != 1:
        raise fail(f"no pair of yours starts with {prefix!r}" if not found else "ambiguous id")
    return found[0]


def _find_action(pairs: Pairs, caller: str, prefix: str) -> Action:
    found = [
        action
        for pair in pairs.list_pairs(caller)
        for action in pairs.actions(caller, pair.id, ACTION_STATUSES)
        if action.id.startswith(prefix)
    ]
    if len(found) != 1:
        raise fail(f"no action of yours starts with {prefix!r}" if not found else "ambiguous id")
    return found[0]


@pair_app.command("add")
def add_pair(
    mentor: Annotated[str, typer.Argument(help="The mentor: you.")],
    mentees: Annotated[list[str], typer.Argument(help="The mentee, or a group's mentees.")],
    fmt: Annotated[
        str, typer.Option("--format", help="one-to-one, group, peer, reverse or e-mentoring.")
    ] = "one-to-one",
    start: Annotated[
        str | None, typer.Option("--start", help="Start date (default today).")
    ] = None,
    months: Annotated[int, typer.Option("--months", help="Expected length in months.")] = 6,
    cadence: Annotated[str, typer.Option("--cadence", help="weekly, fortnightly, monthly.")] = (
        "monthly"
    ),
    focus: Annotated[str, typer.Option("--focus", help="The mentee's focus.")] = "",
) -> None:
    """Add a pair you mentor and print its id."""
    pairs, caller = open_pairs()
    if mentor != caller:
        raise fail(f"you can only add pairs you mentor (you are {caller!r}: set MENTOR_USER)")
    with user_errors(), pairs:
        pair = pairs.add_pair(
            caller,
            mentees,
            format=choice(fmt, PairFormat),
            start=parse_day(start, "start date"),
            months=months,
            cadence=choice(cadence, Cadence),
            focus=focus,
        )
    typer.echo(pair.id)


@pair_app.command("list")
def list_pairs(as_json: JsonOption = False) -> None:
    """List the pairs you belong to, as mentor or mentee."""
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        found = pairs.list_pairs(caller)
    if as_json:
        typer.echo(json.dumps([_pair_dict(p) for p in found], ensure_ascii=False))
        return
    if not found:
        Console(stderr=True).print("No pairs yet. A mentor adds one with: mentor pair add")
        return
    table = Table("id", "you are", "mentor", "mentees", "format", "start", "months", "phase")
    for p in found:
        table.add_row(
            p.id[:8],
            p.role,
            p.mentor or "—",
            ", ".join(p.mentees),
            p.format,
            p.start.isoformat(),
            str(p.months),
            p.phase or "auto",
        )
    out.print(table)


@pair_app.command("show")
def show_pair(pair_id: PairArg, as_json: JsonOption = False) -> None:
    """Show a pair: its sessions with the notes you may read, open actions, shared goals."""
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        pair = find_pair(pairs, caller, pair_id)
        sessions = pairs.sessions(caller, pair.id)
        actions = pairs.actions(caller, pair.id)
        goals = pairs.shared_goals(caller, pair.id)
    reading = pair_reading(pair, sessions, goals, date.today())
    data = {
        **_pair_dict(pair),
        "next_session": {"number": reading.session_number, "phase": reading.phase},
        "sessions": [asdict(s) for s in sessions],
        "open_actions": [asdict(a) for a in actions],
        "shared_goals": [
            {
                "id": g.id,
                "statement": g.statement,
                "target_date": g.target_date,
                "status": g.status.value,
                "percent": g.percent,
            }
            for g in goals
        ],
    }
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, default=str))
        return
    typer.echo("\n".join(_show_lines(pair, data, reading.phase)))


def _show_lines(pair: Pair, data: dict[str, Any], phase: str) -> list[str]:
    """``mentor pair show`` as plain lines: the pair, sessions and notes, actions, goals."""
    mentees = ", ".join(pair.mentees) or "—"
    lines = [
        f"Pair {pair.id[:8]}: {pair.mentor or '—'} with {mentees} ({pair.format}, "
        f"{pair.cadence}, from {pair.start}, {pair.months} months); you are the {pair.role}",
        f"Focus: {pair.focus or '—'} · next session: {data['next_session']['number']}, "
        f"{phase} phase{' (set by the mentor)' if pair.phase else ''}",
        "",
        "Sessions:" if data["sessions"] else "No sessions yet.",
    ]
    for s in data["sessions"]:
        lines.append(f"  {s['number']}. {s['held_on']} · {s['minutes']} min · {s['phase']}")
        for note in s["notes"]:
            lines.append(f"     {'shared' if note['shared'] else 'private'}: {note['text']}")
    lines += ["", "Open actions:" if data["open_actions"] else "No open actions."]
    for a in data["open_actions"]:
        due = f"due {a['due']}" if a["due"] else "no due date"
        overdue = " [OVERDUE]" if a["due"] and a["due"] < date.today() else ""
        lines.append(f"  {a['id'][:8]} {a['text']} ({a['owner']}, {due}){overdue}")
    lines += ["", "Shared goals:" if data["shared_goals"] else "No shared goals."]
    for g in data["shared_goals"]:
        lines.append(f"  {g['id'][:8]} {g['statement']} ({g['status']}, target {g['target_date']})")
    return lines


@pair_app.command("phase")
def set_phase(
    pair_id: PairArg,
    phase: Annotated[
        str, typer.Argument(help="initiation, cultivation, separation, redefinition, or auto.")
    ],
) -> None:
    """Set the pair's phase yourself (mentor), or `auto` to let code derive it."""
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        pair = find_pair(pairs, caller, pair_id)
        pairs.set_phase(caller, pair.id, None if phase == "auto" else choice(phase, Phase))


@pair_app.command("share")
def share_goal(
    goal_id: Annotated[str, typer.Argument(help="Your goal's id (or its start).")],
    pair_id: PairArg,
) -> None:
    """Share one of your goals with a pair you are a mentee of (its mentor will see it)."""
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        pair = find_pair(pairs, caller, pair_id)
        pairs.share_goal(caller, _goal_id(pairs, caller, goal_id), pair.id)
    Console(stderr=True).print("Shared: the pair's mentor can now see this goal.")


@pair_app.command("unshare")
def unshare_goal(
    goal_id: Annotated[str, typer.Argument(help="Your goal's id (or its start).")],
    pair_id: PairArg,
) -> None:
    """Stop sharing one of your goals with a pair."""
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        pair = find_pair(pairs, caller, pair_id)
        was = pairs.unshare_goal(caller, _goal_id(pairs, caller, goal_id), pair.id)
    Console(stderr=True).print("No longer shared." if was else "It was not shared.")


@session_app.command("add")
def add_session(
    pair_id: PairArg,
    day: Annotated[str, typer.Option("--date", help="When it was held (YYYY-MM-DD).")],
    minutes: Annotated[int, typer.Option("--minutes", help="How long it lasted.")] = 45,
    notes: Annotated[str, typer.Option("--notes", help="Your private notes.")] = "",
    shared_notes: Annotated[
        str, typer.Option("--shared-notes", help="Notes the mentee(s) can read.")
    ] = "",
    phase: Annotated[
        str | None, typer.Option("--phase", help="The phase (default: derived by code).")
    ] = None,
) -> None:
    """Record a session you held as the pair's mentor; prints its id."""
    held_on = parse_day(day)
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        pair = find_pair(pairs, caller, pair_id)
        sessions = pairs.sessions(caller, pair.id)
        goals = pairs.shared_goals(caller, pair.id)
        chosen = (
            choice(phase, Phase) if phase else pair_reading(pair, sessions, goals, held_on).phase
        )
        session = pairs.add_session(
            caller,
            pair.id,
            held_on=held_on,
            phase=chosen,
            minutes=minutes,
            notes=notes,
            shared_notes=shared_notes,
        )
    typer.echo(session.id)
    Console(stderr=True).print(f"Session {session.number}, {session.phase} phase.")


@action_app.command("add")
def add_action(
    pair_id: PairArg,
    text: Annotated[str, typer.Argument(help="What will be done.")],
    owner: Annotated[str, typer.Option("--owner", help="mentor or mentee.")],
    due: Annotated[str | None, typer.Option("--due", help="Due date (YYYY-MM-DD).")] = None,
    assignee: Annotated[
        str | None, typer.Option("--assignee", help="In a group: which mentee.")
    ] = None,
) -> None:
    """Record an action agreed in the pair; prints its id."""
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        pair = find_pair(pairs, caller, pair_id)
        action = pairs.add_action(
            caller,
            pair.id,
            text,
            owner=choice(owner, MemberRole),
            due=parse_day(due, "due date") if due else None,
            assignee=assignee,
        )
    typer.echo(action.id)


@action_app.command("done")
def action_done(
    action_id: Annotated[str, typer.Argument(help="The action's id (or its start).")],
) -> None:
    """Mark an action done: it leaves the next brief and agenda."""
    _set_status(action_id, "done")


@action_app.command("drop")
def action_drop(
    action_id: Annotated[str, typer.Argument(help="The action's id (or its start).")],
) -> None:
    """Drop an action: it leaves the next brief and agenda."""
    _set_status(action_id, "dropped")


def _set_status(prefix: str, status: Any) -> None:
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        action = _find_action(pairs, caller, prefix)
        pairs.set_action_status(caller, action.id, status)
    Console(stderr=True).print(f"Action {action.id[:8]}: {status}.")


def _goal_id(pairs: Pairs, caller: str, prefix: str) -> str:
    found = [
        goal.id
        for goal in pairs.records.list_goals(caller, list(GoalStatus))
        if goal.id.startswith(prefix)
    ]
    if len(found) != 1:
        raise fail(f"no goal of yours starts with {prefix!r}" if not found else "ambiguous id")
    return found[0]


def choice(value: str, kind: Any) -> Any:
    """``value`` if it is one of the ``Literal`` type's values, else a one-line error."""
    allowed = kind.__args__
    if value not in allowed:
        raise fail(f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _pair_dict(pair: Pair) -> dict[str, Any]:
    return {**asdict(pair), "start": pair.start.isoformat(), "mentees": list(pair.mentees)}
