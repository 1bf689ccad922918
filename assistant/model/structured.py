"""Ask the model for an object of a pydantic schema: JSON-schema ``response_format``, validate,
retry once with the validation error, then fail clearly.

Each request has the deadlines of a streamed answer (the chat model applies them, see
:func:`assistant.model.deadline.timely_chat_openai`): a stalled endpoint is the model being
unavailable, :class:`~assistant.model.llm.ModelUnavailableError`, as a refused one is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel, ValidationError

from assistant.model.llm import ModelUnavailableError, transport_errors

T = TypeVar("T", bound=BaseModel)


class StructuredOutputError(RuntimeError):
    """The model twice replied with something that does not fit the schema."""


def response_format(schema: type[BaseModel]) -> dict[str, object]:
    """The OpenAI-style ``response_format`` for ``schema`` (llama.cpp turns it into a grammar)."""
    return {
        "type": "json_schema",
        "json_schema": {
            "name": schema.__name__,
            "schema": schema.model_json_schema(),
            "strict": True,
        },
    }


def ask_structured(model: BaseChatModel, messages: Sequence[BaseMessage], schema: type[T]) -> T:
    """A validated ``schema`` instance from the model (two attempts at most)."""
    bound = model.bind(response_format=response_format(schema))
    conversation = list(messages)
    problem = ""
    for _attempt in range(2):
        try:
            reply = bound.invoke(conversation)
        except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError) as exc:
            # cut off at the token limit (or filtered): the JSON is unfinished, and asking again
            # would hit the same limit; callers fall back to what code can compose
            raise StructuredOutputError(
                f"the model's reply to {schema.__name__} was cut off ({exc.__class__.__name__})"
            ) from exc
        except transport_errors() as exc:
            raise ModelUnavailableError(f"{exc.__class__.__name__}: {exc}") from exc
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        try:
            return schema.model_validate_json(_strip_fence(text))
        except ValidationError as exc:
            problem = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'reply'}: {e['msg']}"
                for e in exc.errors()[:5]
            )
            conversation += [
                AIMessage(content=text),
                HumanMessage(
                    content=f"That reply does not match the required JSON schema ({problem}). "
                    "Reply again with only the corrected JSON object."
                ),
            ]
    raise StructuredOutputError(f"the model's reply did not fit {schema.__name__}: {problem}")


def _strip_fence(text: str) -> str:
    """Models sometimes wrap JSON in a ```json fence despite the response format."""
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[-1].rsplit("```", 1)[0]
    return text.strip()
