"""``mentor stance``: is a turn coaching, mentoring or neutral, and why; or the stance profile
of a whole transcript. A thin shell over :mod:`assistant.skills.stance`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.common import fail
from assistant.language.messages import message
from assistant.skills.stance import StanceModelError, StanceResult, classify, classify_lines
from assistant.skills.stance.profile import SpeakerProfile, profile_transcript


def stance(
    utterance: Annotated[
        str | None,
        typer.Argument(help="The helper's turn to classify (quote it).", show_default=False),
    ] = None,
    context: Annotated[
        str | None,
        typer.Option("--context", help="The other person's previous turn, if known."),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            help="Classify every line of FILE (one utterance a line; blank lines skipped).",
        ),
    ] = None,
    transcript: Annotated[
        Path | None,
        typer.Option(
            "--transcript",
            help="Profile a conversation: lines 'Speaker: text' (a line without a speaker "
            "continues the turn before).",
        ),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print JSON (with --file: one JSON line per utterance).")
    ] = False,
) -> None:
    """Tell a [bold]coaching[/] turn (open questions, reflections: the mentee finds the answer)
    from a [bold]mentoring[/] one (experience, advice, information, introductions) or a
    [bold]neutral[/] one (thanks, small talk, logistics), with a confidence and the cues.

    Examples:

      mentor stance "What options do you see?"

      mentor stance "Have you thought about asking your manager?" --context "I'm stuck." --json

      mentor stance --file turns.txt --json

      mentor stance --transcript session.txt
    """
    chosen = sum(x is not None for x in (utterance, file, transcript))
    if chosen != 1:
        raise fail("give exactly one of: an UTTERANCE, --file FILE or --transcript FILE")
    if context is not None and utterance is None:
        raise fail("--context goes with a single UTTERANCE")
    with _stance_errors():
        if utterance is not None:
            _one(utterance, context, json_out)
        elif file is not None:
            _many(_readable(file), json_out)
        elif transcript is not None:
            _profile(_readable(transcript), json_out)


@contextmanager
def _stance_errors() -> Iterator[None]:
    """Expected failures as one ``Error:`` line on stderr and exit code 2."""
    try:
        yield
    except (ValueError, OSError, StanceModelError) as exc:
        raise fail(str(exc)) from exc


def _readable(path: Path) -> Path:
    if not path.exists():
        raise fail(f"not found: {path}")
    if not path.is_file():
        raise fail(f"not a file: {path}")
    if not path.read_text(encoding="utf-8").strip():
        raise fail(f"the file is empty: {path}")
    return path


def _one(utterance: str, context: str | None, json_out: bool) -> None:
    result = classify(utterance, context)
    if json_out:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        typer.echo(describe(result))


def describe(result: StanceResult) -> str:
    """Two lines for a person, in the turn's language: the label and confidence, the cues."""
    lang = result.language
    label = message(lang, f"stance.label.{result.stance}")
    cues = ", ".join(message(lang, f"stance.cue.{cue}") for cue in result.cues)
    cues = cues or message(lang, "stance.no_cues")
    return "\n".join(
        (
            message(lang, "stance.result", stance=label, confidence=f"{result.confidence:.2f}"),
            message(lang, "stance.cues", cues=cues),
        )
    )


def _many(path: Path, json_out: bool) -> None:
    with path.open(encoding="utf-8") as lines:
        for record in classify_lines(lines):
            if json_out:
                typer.echo(json.dumps(record, ensure_ascii=False))
            else:
                typer.echo(f"{record['stance']}\t{record['confidence']:.2f}\t{record['text']}")


def _profile(path: Path, json_out: bool) -> None:
    with path.open(encoding="utf-8") as lines:
        turns, profiles = profile_transcript(lines)
    if json_out:
        data = {
            "speakers": [p.to_json() for p in profiles],
            "turns": [
                {"speaker": t.speaker, "text": t.text, "asked": t.asked, **t.result.to_json()}
                for t in turns
            ],
        }
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    language = turns[0].result.language
    for person in profiles:
        typer.echo(_profile_lines(person, language))


def _profile_lines(person: SpeakerProfile, lang: str) -> str:
    shares = {stance: f"{share:.0%}" for stance, share in person.shares().items()}
    return "\n".join(
        (
            message(lang, "stance.profile.heading", speaker=person.speaker, turns=person.turns),
            message(lang, "stance.profile.shares", **shares),
            message(
                lang,
                "stance.profile.questions",
                ratio=f"{person.open_question_ratio():.2f}",
                open=person.open_questions,
                questions=person.questions,
            ),
            message(lang, "stance.profile.unsolicited", count=person.unsolicited_advice),
        )
    )
