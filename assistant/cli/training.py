"""``mentor quiz``, ``mentor roleplay`` and ``mentor course``: the trainer's workspace on the
command line, a thin shell over :mod:`assistant.skills.training`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.common import fail, settings_or_exit, user_errors
from assistant.config import current_user
from assistant.language.messages import LANGUAGES, message
from assistant.model.llm import ModelUnavailableError, build_chat_model
from assistant.records.course_progress import StoredProgress
from assistant.skills.stance import StanceModelError
from assistant.skills.training import (
    NotEnoughTurns,
    QuizSession,
    RolePlay,
    TrainingDataError,
    draw,
    load_course,
    load_scenarios,
    persona,
)
from assistant.skills.training.course import Step, StepView
from assistant.skills.training.feedback import MIN_TURNS, describe
from assistant.skills.training.guides import cite
from assistant.skills.training.quiz import Marking, bundled_bank

Lang = Annotated[str, typer.Option("--lang", help="Language: en or fr.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON.")]
FEEDBACK_WORDS = {"feedback", "retour"}
QUIT_WORDS = {"quit", "exit", "stop", "quitter"}


@contextmanager
def _training_errors() -> Iterator[None]:
    """Expected failures as one ``Error:`` line on stderr and exit code 2."""
    try:
        yield
    except (TrainingDataError, ValueError, OSError, StanceModelError) as exc:
        raise fail(str(exc)) from exc


def _language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise fail(f"language must be one of {', '.join(LANGUAGES)}")
    return lang


def quiz(
    lang: Lang = "en",
    n: Annotated[int, typer.Option("--n", help="Number of questions.")] = 5,
    seed: Annotated[int | None, typer.Option("--seed", help="Draw the same questions.")] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Read answers from stdin, one a line; print JSON.")
    ] = False,
) -> None:
    """Stance quiz: is each mentor's turn [bold]coaching[/], [bold]mentoring[/] or
    [bold]neutral[/]? Each answer is explained; missed questions come back later.

    Examples:

      mentor quiz --lang fr --n 10

      printf 'c\\nm\\nn\\n' | mentor quiz --n 3 --seed 1 --json
    """
    language = _language(lang)
    with _training_errors():
        session = QuizSession(draw(bundled_bank(), language, n, seed))
    if json_out:
        answers = iter(sys.stdin.read().splitlines())
        while session.current is not None:
            answer = next(answers, None)
            if answer is None:
                break
            session.answer(answer)
        typer.echo(json.dumps(session.to_json(), ensure_ascii=False))
        return
    typer.echo(message(language, "training.quiz.intro", n=n))
    asked = 0
    while (question := session.current) is not None:
        retry = any(m.question.id == question.id for m in session.markings)
        if retry:
            typer.echo(
                "\n" + message(language, "training.quiz.again", situation=question.situation)
            )
        else:
            asked += 1
            typer.echo(
                "\n"
                + message(
                    language, "training.quiz.question", number=asked, situation=question.situation
                )
            )
        typer.echo(message(language, "training.quiz.utterance", text=question.utterance))
        answer = typer.prompt(
            message(language, "training.quiz.prompt"), default="", show_default=False
        )
        typer.echo(_explain(session.answer(answer), language))
    right, total = session.score()
    again, retried = session.second_chances()
    typer.echo(
        "\n"
        + message(
            language, "training.quiz.score", right=right, total=total, again=again, retried=retried
        )
    )


def _explain(marking: Marking, language: str) -> str:
    q = marking.question
    stance = message(language, f"stance.label.{q.answer}")
    verdict = "right" if marking.correct else "wrong"
    cues = ", ".join(message(language, f"stance.cue.{cue}") for cue in q.cues)
    cited = cite(q.source)
    lines = [
        message(language, f"training.quiz.{verdict}", stance=stance),
        q.explanation,
        message(language, "training.quiz.cues", cues=cues),
        message(language, "training.quiz.source", section=q.source.section, title=cited.title),
    ]
    if marking.comes_back:
        lines.append(message(language, "training.quiz.comes_back"))
    return "\n".join(lines)


def roleplay(
    scenario: Annotated[
        str | None, typer.Option("--scenario", help="Scenario name (none: list them).")
    ] = None,
    lang: Lang = "en",
    script: Annotated[
        Path | None,
        typer.Option("--script", help="Play the trainee's turns from FILE, one a line."),
    ] = None,
    json_out: Json = False,
) -> None:
    """Role-play: practise as the mentor while the assistant plays a mentee from a scenario.
    After six turns, type [bold]feedback[/] for a report on your own turns.

    Examples:

      mentor roleplay

      mentor roleplay --scenario unclear-goals --lang fr

      mentor roleplay --scenario missed-meeting --script turns.txt --json
    """
    language = _language(lang)
    with _training_errors():
        if scenario is None:
            for name, personas in load_scenarios().items():
                typer.echo(f"{name}\t{personas[language].title}")
            return
        chosen = persona(scenario, language)
        turns: Iterable[str] = _script_lines(script) if script else _typed()
    with _training_errors():
        settings = settings_or_exit()
        try:
            model = build_chat_model(settings)
        except ModelUnavailableError as exc:
            raise fail(str(exc)) from exc
        play = RolePlay(chosen, model)
        intro = message(language, "training.roleplay.intro", title=chosen.title, brief=chosen.brief)
        if not json_out:
            typer.echo(intro)
            typer.echo(
                message(language, "training.roleplay.help", mentee=chosen.mentee, min=MIN_TURNS)
            )
            typer.echo(f"\n{chosen.mentee}: {play.opening}")
        for said in turns:
            word = said.strip().lower()
            if word in QUIT_WORDS:
                typer.echo(message(language, "training.roleplay.stopped"))
                return
            if word in FEEDBACK_WORDS:
                _feedback(play, json_out)
                continue
            if not said.strip():
                continue
            turn = play.reply(said)
            if not json_out:
                note = ""
                if turn.replaced:
                    reason = message(language, f"training.roleplay.reason.{turn.replaced}")
                    note = "  " + message(language, "training.roleplay.replaced", reason=reason)
                typer.echo(f"{chosen.mentee}: {turn.text}{note}")


def _feedback(play: RolePlay, json_out: bool) -> None:
    language = play.persona.language
    try:
        report = play.feedback()
    except NotEnoughTurns:
        typer.echo(
            message(
                language, "training.roleplay.not_enough", min=MIN_TURNS, turns=play.trainee_turns()
            )
        )
        return
    if json_out:
        data = {**report.to_json(), "replaced": dict(play.replaced)}
        typer.echo(json.dumps(data, ensure_ascii=False))
    else:
        typer.echo("\n" + describe(report, play.persona.title))


def _script_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise ValueError(f"not found: {path}")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _typed() -> Iterator[str]:
    """The trainee's turns typed at the prompt, until end of input."""
    while True:
        try:
            yield typer.prompt("Mentor", prompt_suffix=": ")
        except (EOFError, typer.Abort):
            return


def course(
    lang: Lang = "en",
    step: Annotated[int | None, typer.Option("--step", help="Show step N (from 1).")] = None,
    done: Annotated[
        int | None, typer.Option("--done", help="Mark step N (from 1) done for you.")
    ] = None,
    json_out: Json = False,
) -> None:
    """The onboarding course for new mentors: the steps (yours done marked), one step's cited
    summary, key points, practice and the check that marks it done, or mark a step done
    (saved per user, `MENTOR_USER`, in the records file).

    Examples:

      mentor course

      mentor course --lang fr --step 3

      mentor course --done 1
    """
    language = _language(lang)
    with _training_errors():
        loaded = load_course()
        view = None if step is None else loaded.view(step, language)
        finished = None if done is None else loaded.view(done, language).id
    if finished is not None or view is None:
        settings = settings_or_exit()
        with user_errors(), StoredProgress(settings.records_path) as progress:
            user = current_user(settings)
            if finished is not None:
                progress.mark_done(user, finished)
            completed = progress.completed(user)
    if view is None:
        _outline(loaded.steps, language, json_out, completed)
    elif json_out:
        typer.echo(json.dumps(view.to_json(), ensure_ascii=False))
    else:
        typer.echo(_step_text(view))


def _outline(steps: tuple[Step, ...], language: str, json_out: bool, done: set[str]) -> None:
    if json_out:
        rows = [
            {
                "number": n,
                "id": s.id,
                "title": s.title[language],
                "minutes": s.minutes,
                "done": s.id in done,
            }
            for n, s in enumerate(steps, start=1)
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    typer.echo(
        message(
            language,
            "training.course.outline",
            steps=len(steps),
            minutes=sum(s.minutes for s in steps),
        )
    )
    for n, s in enumerate(steps, start=1):
        mark = message(language, "training.course.done_mark") if s.id in done else ""
        typer.echo(
            message(
                language,
                "training.course.outline_item",
                number=n,
                title=s.title[language],
                minutes=s.minutes,
                done=mark,
            )
        )


def _step_text(view: StepView) -> str:
    lang = view.language
    lines = [
        message(
            lang,
            "training.course.heading",
            number=view.number,
            total=view.total,
            title=view.title,
            minutes=view.minutes,
        ),
        "",
        message(lang, "training.course.read"),
    ]
    lines += [
        message(
            lang,
            "training.course.cited",
            n=n,
            title=s.title,
            section=s.ref.section,
            excerpt=s.excerpt,
        )
        for n, s in enumerate(view.sections, start=1)
    ]
    lines += ["", message(lang, "training.course.key_points")]
    lines += [f"- {point}" for point in view.key_points]
    lines.append("")
    if view.kind == "roleplay":
        lines.append(message(lang, "training.course.practice_roleplay"))
    else:
        lines.append(message(lang, "training.course.practice_quiz"))
        for n, q in enumerate(view.stance_questions, start=1):
            lines += [f"{n}. {q.situation}", f"   “{q.utterance}” (c / m / n)"]
        for n, c in enumerate(view.choice_questions, start=len(view.stance_questions) + 1):
            lines.append(f"{n}. {c.q}")
            lines += [f"   {chr(97 + i)}) {choice}" for i, choice in enumerate(c.choices)]
    lines += ["", message(lang, "training.course.done_when", check=view.done_when)]
    return "\n".join(lines)
