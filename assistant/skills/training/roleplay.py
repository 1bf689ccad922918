"""Role-play: the assistant plays a mentee from a scenario while a trainee mentor practises, and
code keeps it in character.

Code owns the persona (:mod:`.scenarios`): the opening line, the facts and the hidden goal. The
model only phrases the mentee's next short turn (``prompts/roleplay_mentee.yaml``), and is not
told the hidden goal until it has been revealed. Every model turn is checked
(:func:`check_turn`); one that gives advice, breaks role, refuses, hands the trainee's question
back or repeats an earlier line, gives the hidden goal away before it was asked for, runs longer
than :data:`MAX_WORDS` words or :data:`MAX_SENTENCES` sentences, is empty, or does not arrive
(model down) is replaced by the scenario's next scripted line.

The hidden goal is revealed, with the scenario's own ``reveal`` line, when the trainee *asks
well* (:func:`asked_well`): an open question containing one of the scenario's topic stems, from
the trainee's :data:`REVEAL_FROM_TURN`-th turn on. After :data:`~.feedback.MIN_TURNS` trainee
turns, :meth:`RolePlay.feedback` gives the report (:mod:`.feedback`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.language.text import tokenize
from assistant.model.llm import ModelUnavailableError, stream_text
from assistant.model.prompts import load_prompt
from assistant.skills.stance.cues import find_cues
from assistant.skills.training.feedback import (
    MENTEE,
    TRAINEE,
    FeedbackReport,
    Line,
    Transcript,
    build_report,
)
from assistant.skills.training.rules import breaks_role, gives_advice, refuses
from assistant.skills.training.scenarios import Persona

REVEAL_FROM_TURN = 3
"""The first trainee turn (counting from 1) whose open question on the topic reveals the goal."""
MAX_WORDS = 60
MAX_SENTENCES = 4
HISTORY_LINES = 12
"""Lines of the conversation the model sees (the most recent)."""
REASONS = (
    "advice", "role_break", "refusal", "echo", "repeat", "reveal", "too_long", "empty",
    "model_unavailable", "no_model",
)  # fmt: skip
ECHO_SHARE = 0.6
"""Share of a draft's words taken from the trainee's turn, or from one of the mentee's own
earlier lines, from which it is an echo or a repeat rather than an answer."""
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")


@dataclass(frozen=True)
class MenteeTurn:
    """The mentee's reply, and why the model's draft was replaced (None when it was not)."""

    text: str
    replaced: str | None = None  # one of REASONS
    revealed: bool = False  # this turn reveals the hidden goal


def asked_well(text: str, persona: Persona, turn_number: int) -> bool:
    """Whether the trainee's turn ``turn_number`` earns the hidden goal: an open question on
    the scenario's topic, from turn :data:`REVEAL_FROM_TURN` on."""
    return (
        turn_number >= REVEAL_FROM_TURN
        and "open_question" in find_cues(text)
        and persona.on_topic(text)
    )


def check_turn(
    text: str,
    persona: Persona,
    revealed: bool,
    said: str = "",
    earlier: Sequence[str] = (),
) -> str | None:
    """Why a drafted mentee turn cannot be shown (one of :data:`REASONS`), or None. ``said`` is
    the trainee's turn it answers; ``earlier`` the mentee's lines so far."""
    if not text.strip():
        return "empty"
    if breaks_role(text):
        return "role_break"
    if refuses(text):
        return "refusal"
    if said and _taken_from(text, said, persona.language):
        return "echo"  # the trainee's own question handed back
    if any(_taken_from(text, line, persona.language) for line in earlier):
        return "repeat"
    if gives_advice(text):
        return "advice"
    if not revealed and persona.gives_away(text):
        return "reveal"
    if len(text.split()) > MAX_WORDS or len(_SENTENCE_END.findall(text.strip())) > MAX_SENTENCES:
        return "too_long"
    return None


def _taken_from(text: str, source: str, language: str) -> bool:
    words = tokenize(text, language)
    if not words:
        return False
    known = set(tokenize(source, language))
    return sum(word in known for word in words) >= ECHO_SHARE * len(words)


def tidy(text: str, persona: Persona) -> str:
    """The draft without a leading ``Name:`` and surrounding quotes or spaces."""
    text = text.strip()
    prefix = f"{persona.mentee}:"
    if text.lower().startswith(prefix.lower()):
        text = text[len(prefix) :].strip()
    return text.strip('"“”«» ').strip()


@dataclass
class RolePlay:
    """One role-play in progress. Per-user state: build one per trainee and session.

    ``model`` None plays the scripted lines only."""

    persona: Persona
    model: BaseChatModel | None = None
    lines: list[Line] = field(default_factory=list)
    revealed: bool = False
    replaced: Counter[str] = field(default_factory=Counter)
    _scripted: int = 0

    def __post_init__(self) -> None:
        if not self.lines:
            self.lines.append(Line(MENTEE, self.persona.opening))

    @property
    def opening(self) -> str:
        return self.lines[0].text

    @property
    def transcript(self) -> Transcript:
        return Transcript(self.persona.scenario, self.persona.language, tuple(self.lines))

    def trainee_turns(self) -> int:
        return sum(line.speaker == TRAINEE for line in self.lines)

    def reply(self, said: str) -> MenteeTurn:
        """Record the trainee's turn ``said`` and return the mentee's answer.
        Raises ValueError for an empty turn."""
        said = " ".join(said.split())
        if not said:
            raise ValueError("say something to the mentee first")
        self.lines.append(Line(TRAINEE, said))
        if not self.revealed and asked_well(said, self.persona, self.trainee_turns()):
            self.revealed = True
            turn = MenteeTurn(self.persona.reveal, revealed=True)
        else:
            turn = self._model_turn()
        self.lines.append(Line(MENTEE, turn.text))
        return turn

    def feedback(self) -> FeedbackReport:
        """The report on the trainee's turns; raises :class:`~.feedback.NotEnoughTurns`."""
        return build_report(self.transcript, self.persona)

    def _model_turn(self) -> MenteeTurn:
        if self.model is None:
            return self._scripted_turn("no_model")
        try:
            draft = tidy("".join(stream_text(self.model, self._messages())), self.persona)
        except ModelUnavailableError:
            return self._scripted_turn("model_unavailable")
        said = self.lines[-1].text if self.lines[-1].speaker == TRAINEE else ""
        earlier = [line.text for line in self.lines if line.speaker == MENTEE]
        reason = check_turn(draft, self.persona, self.revealed, said, earlier)
        return self._scripted_turn(reason) if reason else MenteeTurn(draft)

    def _scripted_turn(self, reason: str) -> MenteeTurn:
        lines = self.persona.lines
        text = lines[self._scripted % len(lines)]
        self._scripted += 1
        self.replaced[reason] += 1
        return MenteeTurn(text, replaced=reason)

    def _messages(self) -> list[BaseMessage]:
        """The persona in the system message, then the conversation as chat turns: the trainee
        speaks as the user, the mentee's lines are the model's own (a small model stays in the
        role it answers in, where a quoted transcript made it echo or answer as the mentor)."""
        prompt = load_prompt("roleplay_mentee")
        persona = self.persona
        brief = prompt.render_user(
            language=persona.language,
            name=persona.mentee,
            facts=list(persona.facts),
            hidden=persona.hidden_goal if self.revealed else "",
        )
        messages: list[BaseMessage] = [SystemMessage(prompt.system + "\n" + brief)]
        for line in self.lines[-HISTORY_LINES:]:
            turn = HumanMessage if line.speaker == TRAINEE else AIMessage
            messages.append(turn(line.text))
        if isinstance(messages[1], AIMessage):  # chat templates want the user to speak first
            messages.insert(1, HumanMessage("…"))
        return messages
