"""A deterministic, scripted chat model that records what it was asked (tests and demos)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field, PrivateAttr

DEFAULT_SCRIPT = ("According to the guides [1], this is a scripted answer from the fake model.",)


class ScriptedChatModel(BaseChatModel):
    """Replies with ``script`` in turn (cycling); ``calls`` keeps every prompt and its options."""

    script: Sequence[str] = Field(default=DEFAULT_SCRIPT)
    _turns: Iterator[str] = PrivateAttr()
    _calls: list[tuple[list[BaseMessage], dict[str, Any]]] = PrivateAttr(default_factory=list)

    def model_post_init(self, context: Any) -> None:
        self._turns = itertools.cycle(self.script)

    @property
    def _llm_type(self) -> str:
        return "scripted-fake"

    @property
    def calls(self) -> list[tuple[list[BaseMessage], dict[str, Any]]]:
        return self._calls

    def _next(self, messages: list[BaseMessage], kwargs: dict[str, Any]) -> str:
        self._calls.append((list(messages), dict(kwargs)))
        return next(self._turns)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = self._next(messages, kwargs)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        text = self._next(messages, kwargs)
        for n, word in enumerate(text.split(" ")):
            piece = word if n == 0 else " " + word
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))
