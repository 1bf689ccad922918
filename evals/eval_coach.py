"""Scripted goal-coaching eval: mentee personas play through the coach; does each reach a
confirmed, saved SMART goal within the turn budget?

    python -m evals.eval_coach                 # scripted fake model (what CI runs), ~20 s
    python -m evals.eval_coach --model real    # the configured chat model (embedded: minutes)

Each persona (evals/datasets/coach/personas.yaml) answers whatever step the coach asks; at the
goal card it says yes. Checks per persona: a goal was saved, within ``max_turns`` turns, its
target date is the expected one, and the SMART checker finds it specific, measurable and
time-bound. A persona may also expect (each optional):

- ``expect_aim``: the aim the coach kept, in clean words (no meta-talk);
- ``never_asked``: steps the coach must not ask (the aim given in the first message);
- ``absent_words``: words the saved goal must not contain (hedges);
- ``expect_obstacles`` / ``expect_options`` / ``expect_chosen``: what the card keeps;
- ``expect_ideas``: asking for ideas gets cited ideas;
- ``expect_said``: words some reply of the coach must contain (a question about a date).

Exit code 1 if any persona fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from assistant.agent import Agent
from assistant.config import BUNDLED_KNOWLEDGE_DIR, load_settings
from assistant.conversation import Conversation
from assistant.goals.model import Goal
from assistant.model.llm import start_model_early
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.skills.coach_state import CoachState
from assistant.skills.smart import check_goal
from evals.datasets import DATASETS

TODAY = date(2026, 11, 23)  # the personas' dates are relative to this day
CONFIRM = {"en": "yes", "fr": "oui"}
REQUIRED = ("specific", "measurable", "time_bound")


@dataclass
class Outcome:
    persona: str
    turns: int
    saved: bool
    problems: list[str] = field(default_factory=list)
    statement: str = ""

    @property
    def ok(self) -> bool:
        return self.saved and not self.problems


def load_personas(path: Path = DATASETS / "coach" / "personas.yaml") -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def play(agent: Agent, persona: dict[str, Any], max_turns: int) -> Outcome:
    """One persona's whole conversation; the persona answers the step the coach is on."""
    user = f"persona-{persona['name']}"
    conversation = Conversation(user=user)
    asked: dict[str, int] = {}
    message = persona["opening"]
    turns, said, cited, aim = 0, [], False, ""
    while turns < max_turns:
        reply = agent.respond(conversation, message)
        reply.complete()
        said.append(reply.text)
        cited = cited or bool(reply.sources)
        turns += 1
        coach = conversation.guided
        if not isinstance(coach, CoachState):
            break
        aim = coach.answers.get("aim", aim)
        if coach.step == "confirm":
            message = CONFIRM[persona["language"]]
            continue
        answers = persona["answers"].get(coach.step, "I don't know")
        answers = answers if isinstance(answers, list) else [answers]
        n = asked.get(coach.step, 0)
        asked[coach.step] = n + 1
        message = answers[min(n, len(answers) - 1)]
    goals = agent.records.list_goals(user)
    outcome = Outcome(persona["name"], turns, saved=len(goals) == 1)
    if not goals:
        outcome.problems.append(f"no goal saved after {turns} turns")
        return outcome
    goal = goals[0]
    outcome.statement = goal.statement
    if goal.target_date != persona["expect_target"]:
        outcome.problems.append(f"target {goal.target_date}, expected {persona['expect_target']}")
    report = check_goal(goal.statement, goal.language, TODAY)
    outcome.problems += [f"not {c}" for c in REQUIRED if not report.verdicts[c].met]
    outcome.problems += _expectations(persona, goal, asked, said, cited, aim)
    return outcome


def _expectations(
    persona: dict[str, Any], goal: Goal, asked: dict[str, int], said: list[str], cited: bool,
    aim: str,
) -> list[str]:  # fmt: skip
    """What the persona's optional ``expect_*`` keys ask for and the conversation missed."""
    problems = []
    if "expect_aim" in persona and aim != persona["expect_aim"]:
        problems.append(f"aim kept as {aim!r}")
    problems += [f"asked {step}" for step in persona.get("never_asked", []) if step in asked]
    statement = goal.statement.lower()
    problems += [f"{w!r} kept" for w in persona.get("absent_words", []) if w in statement]
    for obstacle in persona.get("expect_obstacles", []):
        if not any(obstacle in kept for kept in goal.obstacles):
            problems.append(f"obstacle {obstacle!r} lost")
    if "expect_options" in persona and goal.options != persona["expect_options"]:
        problems.append(f"options {goal.options}")
    if "expect_chosen" in persona and goal.chosen_option != persona["expect_chosen"]:
        problems.append(f"chosen option {goal.chosen_option!r}")
    if persona.get("expect_ideas") and not cited:
        problems.append("no cited ideas")
    if "expect_said" in persona and not any(persona["expect_said"] in text for text in said):
        problems.append(f"never said {persona['expect_said']!r}")
    return problems


def run(agent_for: Callable[[Records], Agent], records_path: Path) -> list[Outcome]:
    data = load_personas()
    with Records(records_path) as records:
        agent = agent_for(records)
        return [play(agent, p, data["max_turns"]) for p in data["personas"]]


def report(outcomes: list[Outcome], out: Any = sys.stdout) -> int:
    print("| persona | turns | saved | problems | goal |\n|---|---|---|---|---|", file=out)
    for o in outcomes:
        problems = "; ".join(o.problems) or "—"
        print(f"| {o.persona} | {o.turns} | {o.saved} | {problems} | {o.statement} |", file=out)
    passed = sum(o.ok for o in outcomes)
    print(f"\n{passed}/{len(outcomes)} personas reached a confirmed SMART goal", file=out)
    return 0 if passed == len(outcomes) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=["fake", "real"], default="fake")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mentor-coach-eval-") as tmp:
        backend: dict[str, Any] = {"llm_backend": "fake"} if args.model == "fake" else {}
        settings = load_settings(data_dir=Path(tmp), **backend)
        start_model_early(settings)  # before the first embedding, as the app does
        with KnowledgeBase(settings) as kb:
            kb.ingest([BUNDLED_KNOWLEDGE_DIR])
            outcomes = run(
                lambda records: Agent(settings, kb, records, today=lambda: TODAY),
                settings.records_path,
            )
    return report(outcomes)


if __name__ == "__main__":
    raise SystemExit(main())
