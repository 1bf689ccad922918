"""The model's words in an agenda: it fills each item's purpose and one or two questions through
a JSON schema (:class:`~assistant.skills.agenda.skeleton.AgendaFill`, prompts/agenda_fill.yaml);
code checks every item (:mod:`.checks`), asks once more for the items still invalid with their
problems listed, and keeps the guides' own wording for any item still invalid or repeating an
earlier question. Titles, minutes, order, citations, the open actions and the focus question stay
code's (:func:`~assistant.skills.agenda.skeleton.apply_fill`).

Speed: the model writes the session's substance only (:data:`MODEL_KINDS`; the opening and
closing items keep the guides' wording), the corrective retry is skipped when it would end past
:data:`COMPLETE_BUDGET_S`, and the items may be split into ``parts`` requests sent at once, for
an endpoint that serves several (with the embedded model on 2 cores, two were slower than one).

:func:`agenda_pieces` streams an agenda: its timed skeleton first (at once, no model), then each
item's words once they are settled, then a line saying who wrote them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import ValidationError

from assistant.config import Settings
from assistant.language.messages import message
from assistant.model.llm import ModelUnavailableError, transport_errors
from assistant.model.prompts import load_prompt
from assistant.skills.agenda.checks import (
    LANGUAGE_NAMES,
    MAX_PURPOSE_WORDS,
    MAX_QUESTION_WORDS,
    MODEL_QUESTIONS,
    item_problems,
    one_per_line,
    repeated_questions,
    same_words,
)
from assistant.skills.agenda.export import header_lines
from assistant.skills.agenda.skeleton import Agenda, AgendaFill, AgendaItem, ItemFill, apply_fill

MODEL_KINDS = frozenset({"core", "round_robin", "peer_exchange"})
"""The items the model writes: the session's substance. The check-in, the review of actions, the
agreed actions and the next meeting keep the guides' wording (and the reply is half as long)."""
TOKENS_PER_ITEM = 100
"""The reply's token budget per item (a purpose and up to two questions, in JSON)."""
TOKENS_BASE = 40
COMPLETE_BUDGET_S = 30.0
"""The complete agenda's target: no corrective retry that would end later than this."""
RETRY_PROMPT_S = 5.0
"""What a retry costs before its first word: re-reading the reply and the problems (about 300
tokens at ~60 a second on 2 cores)."""
Wording = Literal["model", "mixed", "guides"]
NOT_READY = "not ready"
"""Why no model was asked: the configured model needs a long first setup (:func:`model_ready`)."""


@dataclass(frozen=True)
class FillResult:
    """An agenda after the fill: how many model calls it took (per request, at most), the items
    the model was asked for but that keep the guides' wording (``kept``, by index) and those it
    was not asked for (``fixed``), what was wrong with the last replies, and why no model
    answered (if so)."""

    agenda: Agenda
    attempts: int
    kept: tuple[int, ...]
    problems: tuple[str, ...] = ()
    unavailable: str = ""
    fixed: tuple[int, ...] = ()  # items the model is not asked for (:data:`MODEL_KINDS`)

    @property
    def written(self) -> tuple[int, ...]:
        """The items in the model's words."""
        others = set(self.kept) | set(self.fixed)
        return tuple(n for n in range(len(self.agenda.items)) if n not in others)

    @property
    def wording(self) -> Wording:
        if not self.written:
            return "guides"
        return "mixed" if self.kept else "model"


@dataclass
class _Part:
    """One request's share of the items (their indexes) and what came of it."""

    indexes: tuple[int, ...]
    chosen: dict[int, ItemFill] = field(default_factory=dict)
    attempts: int = 0
    problems: list[str] = field(default_factory=list)
    unavailable: str = ""


def _read_reply(
    text: str, agenda: Agenda, indexes: Sequence[int]
) -> tuple[dict[int, ItemFill], list[str]]:
    """The valid items of one reply that should hold the items at ``indexes``, in order (by
    index), and the problems of the others."""
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[-1].rsplit("```", 1)[0]
    try:
        fill = AgendaFill.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "reply"
        return {}, [f"the reply does not match the JSON schema ({where}: {first['msg']})"]
    if len(fill.items) != len(indexes):
        return {}, [f"give exactly {len(indexes)} items, not {len(fill.items)}"]
    valid, problems = {}, []
    for n, written in zip(indexes, fill.items, strict=True):
        words = ItemFill(purpose=written.purpose, questions=one_per_line(written.questions))
        found = item_problems(words.purpose, words.questions, agenda.language)
        if written.title and not same_words(written.title, agenda.items[n].title):
            found.append(f"this entry is titled {written.title[:40]!r}: write the asked item")
        if found:
            problems.append(f"item {n + 1} ({agenda.items[n].title}): {'; '.join(found)}")
        else:
            valid[n] = words
    return valid, problems


def fill_messages(agenda: Agenda, indexes: Sequence[int] | None = None) -> list[BaseMessage]:
    """The prompt: the fixed system text, then the agenda's phase, format, focus and items, and
    which of them to write (all, or those at ``indexes``)."""
    prompt = load_prompt("agenda_fill")
    wanted = list(range(len(agenda.items)) if indexes is None else indexes)
    user = prompt.render_user(
        language_name=LANGUAGE_NAMES.get(agenda.language, agenda.language),
        phase=agenda.phase,
        plan=agenda.plan,
        session=agenda.session_number,
        format=agenda.format,
        focus=agenda.focus,
        count=len(agenda.items),
        items=[
            {"title": i.title, "minutes": i.minutes, "purpose": i.guide_purpose}
            for i in agenda.items
        ],
        wanted=[n + 1 for n in wanted],
        every=len(wanted) == len(agenda.items),
        max_purpose_words=MAX_PURPOSE_WORDS,
        max_question_words=MAX_QUESTION_WORDS,
        questions=MODEL_QUESTIONS,
    )
    return [SystemMessage(content=prompt.system), HumanMessage(content=user)]


def fill_format(count: int) -> dict[str, object]:
    """The ``response_format`` of a fill of ``count`` items: the shape of
    :class:`AgendaFill` with the number of items fixed, and no string length limits (llama.cpp
    turns a ``maxLength`` into a grammar that samples very slowly; code checks the lengths)."""
    item = {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "purpose": {"type": "string"},
            "questions": {
                "type": "array",
                "items": {"type": "string"},
                "minItems": 1,
                "maxItems": MODEL_QUESTIONS,
            },
        },
        "required": ["title", "purpose", "questions"],
        "additionalProperties": False,
    }
    schema = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": item, "minItems": count, "maxItems": count}
        },
        "required": ["items"],
        "additionalProperties": False,
    }
    return {
        "type": "json_schema",
        "json_schema": {"name": AgendaFill.__name__, "schema": schema, "strict": True},
    }


def split_items(count: int, parts: int) -> list[tuple[int, ...]]:
    """``count`` item indexes in at most ``parts`` consecutive runs of near-equal length (a run
    of fewer than three items is not worth a request of its own)."""
    parts = max(1, min(parts, count // 3))
    size, extra = divmod(count, parts)
    runs, start = [], 0
    for n in range(parts):
        end = start + size + (1 if n < extra else 0)
        runs.append(tuple(range(start, end)))
        start = end
    return runs


def fill_agenda(
    agenda: Agenda,
    model: BaseChatModel,
    *,
    parts: int = 1,
    budget_s: float = COMPLETE_BUDGET_S,
    clock: Callable[[], float] = time.monotonic,
) -> FillResult:
    """``agenda`` with the model's words where they pass the checks: the items split into
    ``parts`` requests sent at once, each asked twice at most (the retry only for its items
    still invalid, and only if it can end within ``budget_s``); a question repeating an earlier
    item's is dropped, and an item left without a valid set keeps the guides' wording."""
    start = clock()
    asked = [n for n, item in enumerate(agenda.items) if item.kind in MODEL_KINDS]
    asked = asked or list(range(len(agenda.items)))
    fixed = tuple(n for n in range(len(agenda.items)) if n not in asked)
    runs = [_Part(tuple(asked[i] for i in run)) for run in split_items(len(asked), parts)]

    def work(part: _Part) -> _Part:
        return _fill_part(agenda, model, part, start + budget_s, clock)

    if len(runs) == 1:
        work(runs[0])
    else:
        with ThreadPoolExecutor(max_workers=len(runs)) as pool:
            list(pool.map(work, runs))
    if all(part.unavailable for part in runs):
        return guides_only(agenda, runs[0].unavailable)
    chosen = {n: words for part in runs for n, words in part.chosen.items()}
    problems = [p for part in runs for p in part.problems]
    chosen, repeats = _without_repeats(agenda, chosen)
    kept = tuple(n for n in asked if n not in chosen)
    placeholder = ItemFill(purpose="-", questions=["-"])
    fill = AgendaFill(items=[chosen.get(n, placeholder) for n in range(len(agenda.items))])
    attempts = max(part.attempts for part in runs)
    filled = apply_fill(agenda, fill, frozenset(kept + fixed))
    return FillResult(filled, attempts, kept, tuple(problems + repeats), fixed=fixed)


def _fill_part(
    agenda: Agenda,
    model: BaseChatModel,
    part: _Part,
    deadline: float,
    clock: Callable[[], float],
) -> _Part:
    """Ask for ``part``'s items, then once more for those still invalid, if time allows."""
    wanted = list(part.indexes)
    conversation = fill_messages(agenda, wanted)
    for attempt in (1, 2):
        budget = TOKENS_BASE + TOKENS_PER_ITEM * len(wanted)
        bound = model.bind(response_format=fill_format(len(wanted)), max_completion_tokens=budget)
        asked = clock()
        part.attempts = attempt
        try:
            reply = bound.invoke(conversation)
        except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError):
            part.problems = ["the reply was cut off"]
            break  # asking again would hit the same limit
        except transport_errors() as exc:
            if attempt == 1:
                part.attempts, part.unavailable = 0, str(exc)
            break
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        valid, part.problems = _read_reply(text, agenda, wanted)
        part.chosen.update(valid)
        still = [n for n in wanted if n not in part.chosen]
        if not still or attempt == 2:
            break
        took = clock() - asked
        if clock() + RETRY_PROMPT_S + took * len(still) / len(wanted) > deadline:
            part.problems.append("no corrective retry: it would end past the time budget")
            break
        conversation += [
            AIMessage(content=text),
            HumanMessage(content=_corrective(part.problems, still, agenda)),
        ]
        wanted = still
    return part


def _without_repeats(
    agenda: Agenda, chosen: dict[int, ItemFill]
) -> tuple[dict[int, ItemFill], list[str]]:
    """``chosen`` without the questions an earlier item of the agenda (the model's or the
    guides') already asks; an item left with no valid set of questions is dropped."""
    kept: dict[int, ItemFill] = {}
    asked: list[Sequence[str]] = []
    problems = []
    for n, item in enumerate(agenda.items):
        words = chosen.get(n)
        if words is not None:
            repeats = repeated_questions(asked, words.questions)
            if repeats:
                rest = [q for q in words.questions if q not in repeats]
                words = ItemFill(purpose=words.purpose, questions=rest) if rest else None
                if words is not None and item_problems(words.purpose, rest, agenda.language):
                    words = None
                problems.append(f"item {n + 1} ({item.title}): repeats an earlier question")
        if words is not None:
            kept[n] = words
            asked.append(words.questions)
        else:
            asked.append(item.questions)
    return kept, problems


def _corrective(problems: list[str], still: Sequence[int], agenda: Agenda) -> str:
    listed = "\n".join(f"- {p}" for p in problems[:8])
    items = "; ".join(f"{n + 1}. {agenda.items[n].title}" for n in still)
    return (
        f"Some items cannot be used:\n{listed}\n"
        f"Reply again with only the corrected JSON object holding these {len(still)} items, "
        f"in this order: {items}."
    )


def guides_only(agenda: Agenda, unavailable: str = "") -> FillResult:
    """No model: every item keeps the guides' wording."""
    return FillResult(agenda, 0, tuple(range(len(agenda.items))), (), unavailable)


def model_ready(settings: Settings) -> bool:
    """Whether the configured model can answer without a long first setup: an endpoint or the
    fake is configured, or the embedded model's file is already there (assembling it from its
    parts is left to an explicit ``--model`` or the chat)."""
    if settings.llm_backend != "embedded":
        return True
    if settings.embedded_model_file:
        from pathlib import Path

        return Path(settings.embedded_model_file).is_file()
    from assistant.model.embedded import BUNDLED_MODEL

    return (settings.models_dir / BUNDLED_MODEL.filename).is_file()


# -- streaming -------------------------------------------------------------------------------


def agenda_pieces(
    agenda: Agenda,
    fill: Callable[[Agenda], FillResult] | None,
    done: Callable[[FillResult], None] | None = None,
) -> Iterator[str]:
    """The agenda as streamed Markdown: the timed skeleton (code, at once), then each item's
    words (the model's where ``fill`` gives valid ones, else the guides'), then who wrote them.
    ``done`` receives the fill's result before the items are streamed."""
    yield skeleton_markdown(agenda)
    result = guides_only(agenda) if fill is None else _safe_fill(fill, agenda)
    if done is not None:
        done(result)
    for number, item in enumerate(result.agenda.items, start=1):
        yield item_markdown(number, item, agenda.language)
    yield "\n_" + wording_note(result) + "_\n"


def _safe_fill(fill: Callable[[Agenda], FillResult], agenda: Agenda) -> FillResult:
    try:
        return fill(agenda)
    except ModelUnavailableError as exc:
        return guides_only(agenda, str(exc))


def skeleton_markdown(agenda: Agenda) -> str:
    """The heading, phase and plan, and each item's title and minutes (what code decides)."""
    lang = agenda.language
    lines = header_lines(agenda)
    lines.append("")
    start, colon = 0, " :" if lang == "fr" else ":"  # French sets a space before a colon
    for number, item in enumerate(agenda.items, start=1):
        end = start + item.minutes
        lines.append(f"{number}. **{item.title}**{colon} {item.minutes} min ({start}-{end})")
        start = end
    return "\n".join(lines) + "\n"


def item_markdown(number: int, item: AgendaItem, language: str) -> str:
    colon = " :" if language == "fr" else ":"
    lines = ["", f"## {number}. {item.title} ({item.minutes} min)", "", item.purpose, ""]
    lines += [f"{message(language, 'agenda.questions')}{colon}"]
    lines += [f"- {question}" for question in item.questions]
    sources = "; ".join(str(c) for c in item.citations)
    lines += ["", f"_{message(language, 'agenda.sources')}{colon} {sources}_"]
    return "\n".join(lines) + "\n"


def wording_note(result: FillResult) -> str:
    """Who wrote the purposes and questions, in the agenda's language."""
    lang = result.agenda.language
    items = ", ".join(str(n + 1) for n in result.written)
    if result.wording == "model":
        return message(lang, "mentor_ui.wording.model", items=items)
    if result.wording == "mixed":
        return message(lang, "mentor_ui.wording.mixed", items=items)
    if result.unavailable == NOT_READY:
        return message(lang, "mentor_ui.wording.not_ready")
    if result.unavailable:
        return message(lang, "mentor_ui.wording.unavailable")
    if result.attempts:
        return message(lang, "mentor_ui.wording.rejected")
    return message(lang, "agenda.wording_guides")
