"""Goal coaching: a GROW-shaped conversation (Goal, Reality, Options, Will) that ends in a goal
card the mentee confirms or edits before anything is saved.

Code owns the flow: which question comes next (skipping what the mentee already said, found by
the SMART checker), dates (parsed and checked in code), the order of steps, and the save, which
needs an explicit "yes". The model writes words in two places only: a SMART rewrite of the goal
sentence (checked again by code, which keeps its own composition if the rewrite loses a
criterion) and, when the mentee asks for ideas, suggestions grounded in the guides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from assistant.dates.deadlines import find_time_frame
from assistant.dates.problems import DateProblem, UnreadableDate, read_future_date
from assistant.dates.review import review_date
from assistant.goals.edits import EditError, apply_edits
from assistant.goals.export import draft_markdown, format_date
from assistant.goals.fields import field_called
from assistant.goals.model import GoalDraft
from assistant.language.intents import (
    is_back,
    is_cancel,
    is_no,
    is_yes,
    wants_ideas,
)
from assistant.language.messages import message
from assistant.language.text import fold, tokenize
from assistant.model.llm import ModelUnavailableError, stream_text
from assistant.model.prompts import load_prompt
from assistant.model.structured import StructuredOutputError, ask_structured
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase, SearchFilter
from assistant.safety.injection import safe_model_text
from assistant.safety.output import clean
from assistant.skills.citations import cite_as_you_go
from assistant.skills.coach_state import STEPS, CoachState
from assistant.skills.coach_words import (
    aim_in_opening,
    chosen_option,
    clean_words,
    drop_hedges,
    obstacles_in,
    options_in,
    stated_start,
    without_start,
)
from assistant.skills.passages import numbered_sources
from assistant.skills.qa import LANGUAGE_NAMES, retrieve
from assistant.skills.smart import CRITERIA, check_draft, check_goal

IDEA_PASSAGES = 3  # passages the general ideas are drawn from
_NONE = {"none", "nothing", "no", "n/a", "-", "aucun", "aucune", "rien", "non", "pas besoin"}
_EDIT = re.compile(r"^\s*([^:：]{2,40})\s*[:：]\s*(.+)$", re.DOTALL)
_AIM_WORDS = {"aim", "but"}  # the aim the card's goal sentence was written from
_HEDGED = {"aim", "measure", "first_step"}  # answers that reach the card as commitments


class GoalSentence(BaseModel):
    """What the model returns for the SMART rewrite."""

    statement: str = Field(min_length=5, max_length=400)


class GoalCoach:
    """Runs coaching conversations; holds no per-user state (that is in :class:`CoachState`)."""

    def __init__(
        self,
        model: Callable[[], BaseChatModel],
        kb: KnowledgeBase,
        records: Records | None,
        today: Callable[[], date] = date.today,
        country: str = "",
    ) -> None:
        self.model = model
        self.kb = kb
        self.records = records
        self.today = today
        self.country = country  # whose public holidays the review date avoids

    def say(self, state: CoachState, key: str, **variables: object) -> str:
        return message(state.language, f"coach.{key}", **variables)

    def start(self, state: CoachState, message: str) -> Reply:
        """Open the conversation. ``message`` is either a request ("help me set a goal", with
        or without the aim after it) or the aim itself."""
        state.turns += 1
        said = [self.say(state, "welcome")]
        if aim := aim_in_opening(message):  # "I want to X… help me set a goal" -> "X"
            said.append(self._absorb(state, "aim", aim)[1])
        return self._next(state, said)

    def step(self, state: CoachState, user: str, message: str) -> Reply:
        """Take the mentee's answer to the open question and move on."""
        state.turns += 1
        if is_cancel(message):
            state.finished = True
            return Reply.fixed("done", state.language, self.say(state, "stopped"))
        if state.step == "confirm":
            return self._confirm(state, user, message)
        if is_back(message):
            return self._back(state)
        if state.step == "options" and wants_ideas(message):
            return self._ideas(state)
        ok, said = self._absorb(state, state.step, message)
        if not ok:
            return Reply.fixed("coach", state.language, said)
        return self._next(state, [said])

    # --- the flow -----------------------------------------------------------------------

    def _next(self, state: CoachState, said: list[str]) -> Reply:
        """Ask the first step not answered yet, or show the card when all are."""
        for name in STEPS:
            if name not in state.answers:
                if not state.asked or state.asked[-1] != name:
                    state.asked.append(name)
                said.append(self._question(state, name))
                return Reply.fixed("coach", state.language, _join(said))
        return self._card(state, said)

    def _question(self, state: CoachState, name: str) -> str:
        """The question for step ``name``; the first step's names the options listed."""
        options = options_in(state.answers.get("options", ""))
        if name == "first_step" and len(options) > 1:
            listed = "; ".join(options)
            return self.say(state, "ask_first_step_options", options=listed)
        if name == "first_step" and options:
            return self.say(state, "ask_first_step_option", option=options[0])
        return self.say(state, f"ask_{name}")

    def _back(self, state: CoachState) -> Reply:
        """Reopen the previous question (its answer is cleared)."""
        if len(state.asked) > 1:
            state.asked.pop()
        previous = state.asked[-1] if state.asked else "aim"
        state.answers.pop(previous, None)
        if previous == "deadline":
            state.target_date = None
        if previous == "first_step_date":
            state.first_step_date = None
        return Reply.fixed("coach", state.language, self._question(state, previous))

    def _absorb(self, state: CoachState, name: str, text: str) -> tuple[bool, str]:
        """Record ``text`` as the answer to ``name``. Returns whether it could be used, and
        what to say: a reflection ("" for none), or the problem when it could not."""
        text = " ".join(text.split())
        if name == "deadline":
            return self._set_deadline(state, text)
        if name == "first_step_date":
            return self._set_first_step_date(state, text)
        if name == "support" and _is_none(text):
            state.answers[name] = ""
            return True, ""
        notes = []
        if name == "aim":
            text = clean_words(text) or text
        if name in _HEDGED:
            text, hedges = drop_hedges(text)
            if hedges:
                notes.append(self.say(state, "hedge_dropped", hedges=", ".join(hedges)))
        state.answers[name] = text
        if name == "first_step" and (frame := self._frame(state, text)) is not None:
            self._set_first_step_date(state, frame)
        if name in {"aim", "measure", "why"}:
            self._harvest(state, text)
        if name == "aim":
            notes.insert(0, self.say(state, "reflect_aim", aim=text))
        return True, _join(notes)

    def _harvest(self, state: CoachState, text: str) -> None:
        """Fill the other Goal-stage answers the mentee already gave in passing."""
        report = check_goal(text, state.language, self.today())
        verdicts = report.verdicts
        if "deadline" not in state.answers and report.due and report.due > self.today():
            state.target_date = report.due
            state.answers["deadline"] = verdicts["time_bound"].evidence
        if "measure" not in state.answers and verdicts["measurable"].met:
            state.answers["measure"] = verdicts["measurable"].evidence or text
        if "why" not in state.answers and verdicts["relevant"].met:
            state.answers["why"] = verdicts["relevant"].evidence

    def _frame(self, state: CoachState, text: str) -> str | None:
        found = find_time_frame(text, state.language, self.today())
        return found.evidence if found else None

    def _read(self, state: CoachState, text: str, allow_today: bool) -> date | str:
        """The date an answer gives, or what is wrong with it (unreadable, no such day, past)
        in the mentee's language; a date inside a longer answer is found too."""
        today = self.today()
        try:
            return read_future_date(text, state.language, today, allow_today=allow_today)
        except DateProblem as problem:
            frame = find_time_frame(text, state.language, today)
            if isinstance(problem, UnreadableDate) and frame and frame.due > today:
                return frame.due
            return problem.message(state.language)

    def _set_deadline(self, state: CoachState, text: str) -> tuple[bool, str]:
        due = self._read(state, without_start(text) or text, allow_today=False)
        if isinstance(due, str):
            return False, due
        if problem := self._start_before(state, text, due):
            return False, problem
        state.target_date = due
        state.answers["deadline"] = text
        if state.first_step_date and state.first_step_date > due:
            state.first_step_date = None
            state.answers.pop("first_step_date", None)
        return True, self.say(state, "reflect_deadline", date=format_date(due, state.language))

    def _start_before(self, state: CoachState, text: str, due: date) -> str:
        """A question when the mentee said something starts before the deadline ("the
        internship starts in April" with a deadline in June); asked once, "" otherwise."""
        if state.start_checked:
            return ""
        said = " ".join([state.answers.get("aim", ""), state.answers.get("measure", ""), text])
        start = stated_start(said, state.language, self.today())
        if start is None or not self.today() < start[1] < due:
            return ""
        state.start_checked = True
        date_said = format_date(due, state.language)
        return self.say(state, "start_contradiction", start=start[0], date=date_said)

    def _set_first_step_date(self, state: CoachState, text: str) -> tuple[bool, str]:
        when = self._read(state, text, allow_today=True)
        if isinstance(when, str):
            return False, when
        if state.target_date and when > state.target_date:
            target = format_date(state.target_date, state.language)
            return False, self.say(state, "first_step_after_target", target=target)
        state.first_step_date = when
        state.answers["first_step_date"] = text
        return True, ""

    # --- options: mentoring-style ideas, only when asked ---------------------------------

    def _ideas(self, state: CoachState) -> Reply:
        aim = state.statement or state.answers.get("aim", "")
        reality = state.answers.get("reality", "")
        hits = retrieve(self.kb, f"{aim} {reality}", state.language) or self.kb.search(
            self.say(state, "ideas_query"), IDEA_PASSAGES, SearchFilter(language=state.language)
        )  # nothing close to this aim: the guides' general ways forward
        if not hits:  # nothing to draw on: say so rather than repeat the question
            return Reply.fixed("coach", state.language, self.say(state, "no_ideas"))
        sources = numbered_sources(hits, aim, self.kb)
        prompt = load_prompt("goal_options")
        user = prompt.render_user(
            sources=sources,
            aim=aim,
            reality=reality or "-",
            language_name=LANGUAGE_NAMES[state.language],
        )
        messages = [SystemMessage(content=prompt.system), HumanMessage(content=user)]
        follow_up = "\n\n" + self.say(state, "offer_more")
        quoted = "\n".join(source.excerpt for source in sources)
        ideas = safe_model_text(stream_text(self.model(), messages), quoted, state.language)
        pieces = _then(cite_as_you_go(ideas, sources, aim, state.language), follow_up)
        return Reply("coach", state.language, pieces, sources)

    # --- the goal card --------------------------------------------------------------------

    def _card(self, state: CoachState, said: list[str]) -> Reply:
        if not state.statement:
            state.statement = self._sentence(state)
        state.draft = self._draft(state)
        return self._show(state, said)

    def _show(self, state: CoachState, said: list[str]) -> Reply:
        """The card as it stands, and what it still misses."""
        assert state.draft is not None
        report = check_draft(state.draft, self.today())
        said += [self.say(state, "card_intro"), draft_markdown(state.draft)]
        missing = [self.say(state, f"criteria.{c}") for c in report.missing]
        if missing:
            said.append(self.say(state, "card_missing", missing=", ".join(missing)))
        return Reply.fixed("confirm", state.language, _join(said), card=state.draft)

    def _draft(self, state: CoachState) -> GoalDraft:
        target = state.target_date
        answers = state.answers
        measure = answers.get("measure", "")
        options = options_in(answers.get("options", ""))
        return GoalDraft(
            statement=_clip(state.statement, 500),
            relevance=_clip(answers.get("why", ""), 1000),
            success_measures=[_clip(measure, 300)] if measure else [],
            target_date=target,
            first_step=_clip(answers.get("first_step", ""), 500),
            first_step_date=state.first_step_date,
            support_needed=_clip(answers.get("support", ""), 1000),
            obstacles=obstacles_in(answers.get("reality", "")),
            options=options,
            chosen_option=chosen_option(options, answers.get("first_step", ""), state.language),
            review_date=review_date(self.today(), target, self.country),
            language=state.language,
        )

    def _sentence(self, state: CoachState) -> str:
        """The model's SMART rewrite if it keeps every criterion code's composition meets."""
        composed = self._composed(state)
        try:
            rewrite = self._rewrite(state)
        except (ModelUnavailableError, StructuredOutputError):
            return composed
        today = self.today()
        kept = check_goal(composed, state.language, today).verdicts
        new = check_goal(rewrite, state.language, today)
        if (
            all(new.verdicts[c].met or not kept[c].met for c in CRITERIA)
            and new.due == state.target_date
            and _faithful(rewrite, composed, state)
        ):
            return rewrite
        return composed

    def _composed(self, state: CoachState) -> str:
        """The goal sentence built by code from the mentee's own words."""
        today = self.today()
        aim = state.answers.get("aim", "").rstrip(" .")
        measure = state.answers.get("measure", "").rstrip(" .")
        if measure and fold(measure) not in fold(aim):
            vague = not check_goal(aim, state.language, today).verdicts["specific"].met
            # a vague aim ("be better at speaking") gives way to its concrete measure
            parts = [measure] if vague else [aim, measure]
        else:
            parts = [aim]
        text = (" : " if state.language == "fr" else ": ").join(parts)
        text = text[:1].upper() + text[1:]
        if state.target_date and not check_goal(text, state.language, today).due:
            by = "d'ici le" if state.language == "fr" else "by"
            text += f", {by} {format_date(state.target_date, state.language)}"
        return text + "."

    def _rewrite(self, state: CoachState) -> str:
        prompt = load_prompt("goal_rewrite")
        target = state.target_date
        user = prompt.render_user(
            aim=state.answers.get("aim", ""),
            measure=state.answers.get("measure", "-"),
            target=format_date(target, state.language) if target else "-",
            why=state.answers.get("why", "-"),
            language_name=LANGUAGE_NAMES[state.language],
        )
        messages = [SystemMessage(content=prompt.system), HumanMessage(content=user)]
        return clean(ask_structured(self.model(), messages, GoalSentence).statement).strip()

    def _confirm(self, state: CoachState, user: str, message: str) -> Reply:
        assert state.draft is not None
        if is_yes(message):
            if self.records is None:
                return Reply.fixed("coach", state.language, self.say(state, "no_records"))
            goal = self.records.save_goal(user, state.draft)
            state.finished = True
            return Reply.fixed("done", state.language, self.say(state, "saved"), card=goal)
        edit = _EDIT.match(message)
        name = _edited_field(edit.group(1)) if edit else None
        if edit is None or name is None or is_no(message):
            return Reply.fixed("coach", state.language, self.say(state, "edit_help"))
        return self._edit(state, name, edit.group(2).strip())

    def _edit(self, state: CoachState, name: str, value: str) -> Reply:
        """Change one field of the card with the same parser as ``mentor goal edit``; every
        other field stays as it is (a new target date is also rewritten in the sentence)."""
        assert state.draft is not None
        try:
            draft = apply_edits(state.draft, [(name, value)], self.today())
        except EditError as error:
            said = self.say(state, "edit_failed", problem=error.message(state.language))
            return Reply.fixed("coach", state.language, said)
        if draft.review_date and draft.target_date and draft.review_date > draft.target_date:
            draft = draft.model_copy(update={"review_date": draft.target_date})
        state.draft, state.statement = draft, draft.statement
        return self._show(state, [self.say(state, "edit_done")])


def _edited_field(words: str) -> str | None:
    """The goal field "``words``: new value" changes on the card, if any."""
    if fold(words).strip() in _AIM_WORDS:
        return "statement"
    field = field_called(words)
    return field.name if field else None


def _faithful(rewrite: str, composed: str, state: CoachState) -> bool:
    """The rewrite keeps the mentee's numbers and adds hardly any words they did not say."""
    numbers = set(re.findall(r"\d+", state.answers.get("measure", "")))
    if not numbers <= set(re.findall(r"\d+", rewrite)):
        return False
    known = set(tokenize(" ".join([composed, *state.answers.values()]), state.language))
    words = [w for w in tokenize(rewrite, state.language) if not w.isdigit()]
    added = [w for w in words if w not in known]
    return len(added) <= max(2, len(words) // 5)


def _clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary (the records' field sizes)."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _is_none(text: str) -> bool:
    return fold(text).strip(" .!") in _NONE


def _join(parts: list[str]) -> str:
    return "\n\n".join(p for p in parts if p)


def _then(pieces: Iterator[str], tail: str) -> Iterator[str]:
    yield from pieces
    yield tail
