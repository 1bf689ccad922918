"""The chat model writes the questions a passage answers (for
:func:`assistant.retrieval.anticipated.anticipate`); code keeps only what reads as one short
question in the passage's language."""

from __future__ import annotations

import re

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.language.text import detect_language
from assistant.model.llm import ModelUnavailableError, stream_text
from assistant.model.prompts import load_prompt

COUNT = 4  # questions asked for per passage
PASSAGE_CHARS = 900  # of the passage, at most, in the prompt
_NUMBERING = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s*")
MIN_WORDS, MAX_WORDS = 3, 25


def write_questions(
    model: BaseChatModel, title: str, section: str, text: str, language: str
) -> list[str]:
    """Up to :data:`COUNT` questions ``text`` answers, in ``language``; [] if the model is
    unavailable or writes nothing usable."""
    prompt = load_prompt("anticipate")
    user = prompt.render_user(
        title=title, section=section, text=text[:PASSAGE_CHARS], language=language, count=COUNT
    )
    messages = [SystemMessage(content=prompt.system), HumanMessage(content=user)]
    try:
        reply = "".join(stream_text(model, messages))
    except ModelUnavailableError:
        return []
    return usable_questions(reply, language)


def usable_questions(reply: str, language: str) -> list[str]:
    """The lines of ``reply`` that are one question of a sensible length, in ``language``,
    without duplicates."""
    kept: list[str] = []
    for line in reply.splitlines():
        question = _NUMBERING.sub("", line).strip().strip('"“”«» ')
        words = len(question.split())
        if (
            question.endswith("?")
            and MIN_WORDS <= words <= MAX_WORDS
            and question.count("?") == 1
            and detect_language(question) == language
            and question.lower() not in {q.lower() for q in kept}
        ):
            kept.append(question)
    return kept[:COUNT]
