"""The model's words in an agenda: it fills each item's purpose and 1 to 3 questions through a
JSON schema (:class:`~assistant.skills.agenda.skeleton.AgendaFill`, prompts/agenda_fill.yaml);
code checks every item (count, non-empty, length, question marks, an open question, the
agenda's language, no link, no instruction), asks once more with the problems listed, and keeps
the guides' own wording for any item still invalid. Titles, minutes, order, citations and the
open actions stay code's (:func:`~assistant.skills.agenda.skeleton.apply_fill`).

:func:`agenda_pieces` streams an agenda: its timed skeleton first (at once, no model), then each
item's words once they are settled, then a line saying who wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import ValidationError

from assistant.config import Settings
from assistant.language.messages import message
from assistant.language.text import detect_language, fold
from assistant.model.llm import ModelUnavailableError, transport_errors
from assistant.model.prompts import load_prompt
from assistant.safety.injection import looks_like_injection
from assistant.skills.agenda.export import header_lines
from assistant.skills.agenda.skeleton import (
    MAX_QUESTIONS,
    Agenda,
    AgendaFill,
    AgendaItem,
    ItemFill,
    apply_fill,
)

MAX_PURPOSE_WORDS = 40
MAX_QUESTION_WORDS = 25
MAX_PURPOSE_CHARS = 300
MAX_QUESTION_CHARS = 180
MIN_CHARS = 8
TOKENS_PER_ITEM = 110
"""The reply's token budget per item (a purpose and up to three questions, in JSON)."""
TOKENS_BASE = 40
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
Wording = Literal["model", "mixed", "guides"]
NOT_READY = "not ready"
"""Why no model was asked: the configured model needs a long first setup (:func:`model_ready`)."""

_LINK = re.compile(
    r"https?://|\bwww\.|\]\(|[\w.+-]+@[\w-]+\.\w|\b[\w-]+\.(?:com|org|net|io|fr|edu|gov)\b", re.I
)
_MARKUP = re.compile(r"```|[<>{}\[\]]|^\s*#")
_META = re.compile(
    r"\b(?:json|prompt|as an ai|language model|assistant|reply with|respond with|"
    r"ignore (?:all|the|previous|any)|system message|en tant qu'ia|modele de langage)\b"
)
_OPEN = {  # an open question asks with one of these words, wherever it stands
    "en": r"\b(?:what|how|which|where|when|who|whom|whose|why|tell me|describe|walk me)\b",
    "fr": r"(?:\bqu'|\bque\b|\bquel|\blequel|\blaquelle|\blesquel|\bquoi\b|\bcomment\b|"
    r"\bou\b|\bquand\b|\bqui\b|\bpourquoi\b|\bcombien\b|\bracont|\bdecri)",
}


@dataclass(frozen=True)
class FillResult:
    """An agenda after the fill: how many model calls it took, the items left in the guides'
    wording (by index), what was wrong with the last reply, and why no model answered (if so)."""

    agenda: Agenda
    attempts: int
    kept: tuple[int, ...]
    problems: tuple[str, ...] = ()
    unavailable: str = ""

    @property
    def wording(self) -> Wording:
        if not self.kept:
            return "model"
        return "guides" if len(self.kept) == len(self.agenda.items) else "mixed"


def item_problems(fill: ItemFill, language: str) -> list[str]:
    """Why the model's words for one item cannot be shown (empty: they can)."""
    problems = []
    purpose, questions = fill.purpose.strip(), [q.strip() for q in fill.questions]
    if not MIN_CHARS <= len(purpose) <= MAX_PURPOSE_CHARS:
        problems.append(f"the purpose must be {MIN_CHARS} to {MAX_PURPOSE_CHARS} characters")
    if not 1 <= len(questions) <= MAX_QUESTIONS:
        problems.append(f"give 1 to {MAX_QUESTIONS} questions")
    for question in questions:
        if not MIN_CHARS <= len(question) <= MAX_QUESTION_CHARS:
            problems.append(f"each question must be {MIN_CHARS} to {MAX_QUESTION_CHARS} characters")
        elif "?" not in question and "？" not in question:
            problems.append(f"this is not a question (no question mark): {question[:60]!r}")
    opener = re.compile(_OPEN.get(language, _OPEN["en"]))
    if questions and not any(opener.search(fold(q)) for q in questions):
        problems.append("at least one question must be open (what, how, which...)")
    text = " ".join([purpose, *questions])
    if _LINK.search(text) or _MARKUP.search(text):
        problems.append("no links, addresses, code or markup")
    if looks_like_injection(text) or _META.search(fold(text)):
        problems.append("no instructions or remarks about the assistant")
    if detect_language(text) != language:
        problems.append(f"write in {LANGUAGE_NAMES.get(language, language)}")
    return problems


def _read_reply(text: str, agenda: Agenda) -> tuple[dict[int, ItemFill], list[str]]:
    """The valid items of one reply (by index) and the problems of the others."""
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[-1].rsplit("```", 1)[0]
    try:
        fill = AgendaFill.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "reply"
        return {}, [f"the reply does not match the JSON schema ({where}: {first['msg']})"]
    if len(fill.items) != len(agenda.items):
        return {}, [f"give exactly {len(agenda.items)} items, not {len(fill.items)}"]
    valid, problems = {}, []
    for n, words in enumerate(fill.items):
        found = item_problems(words, agenda.language)
        if found:
            problems.append(f"item {n + 1} ({agenda.items[n].title}): {'; '.join(found)}")
        else:
            valid[n] = words
    return valid, problems


def fill_messages(agenda: Agenda) -> list[BaseMessage]:
    """The prompt: the fixed system text, then the agenda's phase, format, focus and items."""
    prompt = load_prompt("agenda_fill")
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
        max_purpose_words=MAX_PURPOSE_WORDS,
        max_question_words=MAX_QUESTION_WORDS,
    )
    return [SystemMessage(content=prompt.system), HumanMessage(content=user)]


def fill_format(count: int) -> dict[str, object]:
    """The ``response_format`` of a fill of ``count`` items: the shape of
    :class:`AgendaFill` with the number of items fixed, and no string length limits (llama.cpp
    turns a ``maxLength`` into a grammar that samples very slowly; code checks the lengths)."""
    item = {
        "type": "object",
        "properties": {
            "purpose": {"type": "string"},
            "questions": {
                "type": "array",
                "items": {"type": "string"},
                "minItems": 1,
                "maxItems": MAX_QUESTIONS,
            },
        },
        "required": ["purpose", "questions"],
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


def fill_agenda(agenda: Agenda, model: BaseChatModel) -> FillResult:
    """``agenda`` with the model's words where they pass the checks (two calls at most)."""
    budget = TOKENS_BASE + TOKENS_PER_ITEM * len(agenda.items)
    bound = model.bind(response_format=fill_format(len(agenda.items)), max_completion_tokens=budget)
    conversation = fill_messages(agenda)
    chosen: dict[int, ItemFill] = {}
    problems: list[str] = []
    attempts = 0
    for _ in range(2):
        attempts += 1
        try:
            reply = bound.invoke(conversation)
        except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError):
            problems = ["the reply was cut off"]
            break  # asking again would hit the same limit
        except transport_errors() as exc:
            if attempts == 1:
                return FillResult(agenda, 0, tuple(range(len(agenda.items))), (), str(exc))
            break
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        valid, problems = _read_reply(text, agenda)
        for n, words in valid.items():
            chosen.setdefault(n, words)  # an item valid the first time keeps those words
        if len(chosen) == len(agenda.items):
            problems = []
            break
        conversation += [AIMessage(content=text), HumanMessage(content=_corrective(problems))]
    kept = tuple(n for n in range(len(agenda.items)) if n not in chosen)
    placeholder = ItemFill(purpose="-", questions=["-"])
    fill = AgendaFill(items=[chosen.get(n, placeholder) for n in range(len(agenda.items))])
    return FillResult(apply_fill(agenda, fill, frozenset(kept)), attempts, kept, tuple(problems))


def _corrective(problems: list[str]) -> str:
    listed = "\n".join(f"- {p}" for p in problems[:8])
    return (
        f"Some items cannot be used:\n{listed}\n"
        "Reply again with only the corrected JSON object, every item in the same order."
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
    if result.wording == "model":
        return message(lang, "mentor_ui.wording.model")
    if result.wording == "mixed":
        items = ", ".join(str(n + 1) for n in result.kept)
        return message(lang, "mentor_ui.wording.mixed", items=items)
    if result.unavailable == NOT_READY:
        return message(lang, "mentor_ui.wording.not_ready")
    if result.unavailable:
        return message(lang, "mentor_ui.wording.unavailable")
    if result.attempts:
        return message(lang, "mentor_ui.wording.rejected")
    return message(lang, "agenda.wording_guides")
