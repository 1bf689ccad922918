"""``mentor programme stats``: the programme overview for a trainer, aggregate counts only
(users, logins by role, pairs, recent sessions, goals set and achieved, each mentor's onboarding
steps); never the content of a goal, a note or an agenda (:mod:`assistant.records.overview`)."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer

from assistant.cli.common import settings_or_exit, user_errors
from assistant.records.overview import overview_csv, overview_rows, programme_overview
from assistant.skills.training.course import load_course

programme_app = typer.Typer(help="The programme as a whole (trainers).", no_args_is_help=True)


@programme_app.command("stats")
def stats(
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """Counts of the programme today: users, logins by role, pairs, sessions held in the last
    30 days, goals set and achieved, and each mentor's onboarding (course steps done).

    Examples:

      mentor programme stats

      mentor programme stats --json
    """
    settings = settings_or_exit()
    with user_errors():
        steps = [step.id for step in load_course().steps]
        overview = programme_overview(settings.records_path, steps, date.today())
    if json_out:
        typer.echo(json.dumps(overview.to_json(), ensure_ascii=False))
    elif csv_out:
        typer.echo(overview_csv(overview), nl=False)
    else:
        for measure, who, value in overview_rows(overview):
            typer.echo(f"{measure}\t{who}\t{value}" if who else f"{measure}\t{value}")
