"""``mentor agenda`` and ``mentor brief``: a timed session agenda and a pair's prep brief, both
composed by code from the guides and the records, in English or French; the model may word the
agenda's purposes and questions (``--model``; checked, the guides' wording otherwise), and
stderr says whose words were used.

``mentor agenda`` works with a pair (its phase, format, focus and open actions are used) or
without one (a session number or a phase is then needed); ``--export md|ics`` writes the agenda
as Markdown or as a calendar event in an explicit time zone.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer
from rich.console import Console
from rich.markup import escape

from assistant.cli.common import (
    LanguageOption,
    check_options,
    fail,
    settings_or_exit,
    user_errors,
)
from assistant.cli.pairs import JsonOption, PairArg, choice, find_pair, open_pairs, parse_day
from assistant.model.llm import build_chat_model
from assistant.records.pairs import PairFormat, Phase
from assistant.skills.agenda.brief import brief_markdown, pair_brief
from assistant.skills.agenda.export import agenda_ics, agenda_markdown
from assistant.skills.agenda.fill import (
    NOT_READY,
    FillResult,
    agenda_pieces,
    fill_agenda,
    guides_only,
    model_ready,
    wording_note,
)
from assistant.skills.agenda.phase import reading_for
from assistant.skills.agenda.skeleton import Agenda, build_agenda, pair_agenda

err = Console(stderr=True)


def brief(
    pair_id: PairArg,
    as_json: JsonOption = False,
    lang: LanguageOption = None,
    on: Annotated[str | None, typer.Option("--date", help="Session date (default today).")] = None,
) -> None:
    """The prep brief for a pair's next session: notes since last time, open and overdue
    actions, shared goals, the phase's watch-outs and three questions, each with its source."""
    check_options(lang)
    language, today = lang or "en", parse_day(on)
    pairs, caller = open_pairs()
    with user_errors(), pairs:
        pair = find_pair(pairs, caller, pair_id)
        composed = pair_brief(
            pair,
            pairs.sessions(caller, pair.id),
            pairs.actions(caller, pair.id),
            pairs.shared_goals(caller, pair.id),
            today=today,
            language=language,
        )
    if as_json:
        typer.echo(json.dumps(composed.to_dict(), ensure_ascii=False))
    else:
        sys.stdout.write(brief_markdown(composed))


def agenda(
    minutes: Annotated[int, typer.Option("--minutes", help="Length: 15 to 120 minutes.")],
    pair_id: Annotated[
        str | None, typer.Option("--pair", help="A pair's id (or its start).")
    ] = None,
    session: Annotated[
        int | None, typer.Option("--session", help="Session number (1 = first).")
    ] = None,
    phase: Annotated[
        str | None,
        typer.Option("--phase", help="initiation, cultivation, separation or redefinition."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="one-to-one, group, peer, reverse or e-mentoring."),
    ] = None,
    focus: Annotated[str | None, typer.Option("--focus", help="The session's focus.")] = None,
    lang: LanguageOption = None,
    as_json: JsonOption = False,
    export: Annotated[str | None, typer.Option("--export", help="md or ics.")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the export here.")
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="ics: start, YYYY-MM-DDTHH:MM (default tomorrow 09:00)."),
    ] = None,
    zone: Annotated[
        str, typer.Option("--tz", help="ics: the time zone, e.g. Europe/Paris.")
    ] = "UTC",
    use_model: Annotated[
        bool | None,
        typer.Option(
            "--model/--no-model",
            help="Let the model word purposes and questions (default: when the configured "
            "model is ready) or keep the guides' wording.",
        ),
    ] = None,
) -> None:
    """A timed session agenda by code: minutes add up exactly, check-in and review of open
    actions first, agreed actions and the next meeting last, cited guide questions; the model
    words purposes and questions when it can (checked; the guides' wording otherwise)."""
    check_options(lang)
    if session is not None and phase is not None:
        raise fail("give --session or --phase, not both")
    if pair_id is None and session is None and phase is None:
        raise fail("give --pair, --session or --phase")
    if export not in {None, "md", "ics"}:
        raise fail("--export must be md or ics")
    language = lang or "en"
    skeleton = _build(minutes, pair_id, session, phase, fmt, focus, language)
    fill = _filler(use_model)
    results: list[FillResult] = []
    if export is None and not as_json:  # the skeleton at once, then the words
        for piece in agenda_pieces(skeleton, fill, results.append):
            sys.stdout.write(piece)
            sys.stdout.flush()
        err.print(f"[dim]{escape(wording_note(results[0]))}[/]")
        return
    result = _settled(skeleton, fill)
    built = result.agenda
    err.print(f"[dim]{escape(wording_note(result))}[/]")
    if export is None:
        typer.echo(json.dumps(built.to_dict(), ensure_ascii=False))
        return
    text = agenda_markdown(built) if export == "md" else agenda_ics(built, _start(at, zone))
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8", newline="")
    err.print(f"wrote {output}")


def _filler(use_model: bool | None) -> Callable[[Agenda], FillResult] | None:
    """How the words are filled: by the configured model (``--model``, or by default when it
    is ready without a long first setup), else None (the guides' wording)."""
    if use_model is False:
        return None
    settings = settings_or_exit()
    if use_model is None and not model_ready(settings):
        return lambda agenda: guides_only(agenda, NOT_READY)

    def fill(agenda: Agenda) -> FillResult:
        return fill_agenda(agenda, build_chat_model(settings), parts=settings.agenda_parallel)

    return fill


def _settled(skeleton: Agenda, fill: Callable[[Agenda], FillResult] | None) -> FillResult:
    """The fill's result (the stream consumed at once)."""
    results: list[FillResult] = []
    for _ in agenda_pieces(skeleton, fill, results.append):
        pass
    return results[0]


def _build(
    minutes: int,
    pair_id: str | None,
    session: int | None,
    phase: str | None,
    fmt: str | None,
    focus: str | None,
    language: str,
) -> Agenda:
    """The skeleton, from a pair's records when ``pair_id`` is given."""
    chosen_phase: Phase | None = choice(phase, Phase) if phase else None
    chosen_format: PairFormat | None = choice(fmt, PairFormat) if fmt else None
    with user_errors():
        if pair_id is None:
            reading = reading_for(session_number=session, phase=chosen_phase)
            return build_agenda(
                minutes,
                reading,
                format=chosen_format or "one-to-one",
                focus=focus or "",
                language=language,
            )
        pairs, caller = open_pairs()
        with pairs:
            pair = find_pair(pairs, caller, pair_id)
            return pair_agenda(
                pair,
                pairs.sessions(caller, pair.id),
                pairs.shared_goals(caller, pair.id),
                pairs.actions(caller, pair.id),
                minutes,
                today=date.today(),
                language=language,
                session=session,
                phase=chosen_phase,
                format=chosen_format,
                focus=focus,
            )


def _start(at: str | None, zone: str) -> datetime:
    """The event's start in time zone ``zone``."""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise fail(f"unknown time zone {zone!r} (try Europe/Paris or UTC)") from exc
    if at is None:
        tomorrow = datetime.now(UTC).astimezone(tz).date() + timedelta(days=1)
        return datetime.combine(tomorrow, time(9, 0), tzinfo=tz)
    try:
        moment = datetime.fromisoformat(at)
    except ValueError as exc:
        raise fail("--at must look like 2025-03-31T14:00") from exc
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
