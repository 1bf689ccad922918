"""The one chat-model seam: every backend is reached through LangChain's ``ChatOpenAI``.

``embedded`` talks to the bundled model served in-process by llama.cpp, ``openai`` to any
OpenAI-compatible endpoint, ``fake`` to a scripted model. Calls have explicit connect/read
timeouts and no automatic retries; failures become :class:`ModelUnavailableError`, whose
user-facing text is fixed (:func:`unavailable_message`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.config import Settings
from assistant.language.messages import message

EMBEDDED_STARTUP_WAIT_S = 120.0  # first run assembles the 1.1 GB model file (~10-20 s)


class ModelUnavailableError(RuntimeError):
    """The chat model could not be reached, timed out or failed mid-answer."""


def unavailable_message(language: str = "en") -> str:
    """The fixed message shown when the model is down or hangs."""
    return message(language, "model.unavailable")


def build_chat_model(settings: Settings) -> BaseChatModel:
    """The chat model chosen by ``settings.llm_backend``."""
    if settings.llm_backend == "fake":
        from assistant.model.fake import ScriptedChatModel

        return ScriptedChatModel()
    if settings.llm_backend == "embedded":
        try:
            # started here (not early): the question itself fills the prompt cache
            address = start_embedded(settings, warm=False).wait(EMBEDDED_STARTUP_WAIT_S)
        except Exception as exc:
            raise ModelUnavailableError(f"the embedded model could not start: {exc}") from exc
        return openai_client(settings, f"{address}/v1", "embedded", "embedded")
    if not settings.openai_base_url and not settings.openai_api_key.get_secret_value():
        raise ModelUnavailableError(
            "MENTOR_LLM_BACKEND=openai needs OPENAI_BASE_URL and/or OPENAI_API_KEY"
        )
    return openai_client(
        settings,
        settings.openai_base_url or None,
        settings.openai_api_key.get_secret_value() or "not-needed",
        settings.llm_model,
    )


def start_embedded(settings: Settings, warm: bool = True) -> Any:
    """Start (or find) the embedded server in the background, its prompt cache pre-filled with
    every fixed system prompt when ``warm``. Call it early (app or command start), before the
    first embedding: the first question then finds it ready, and the embedding model, told to
    keep to one thread here (unless ``embedding_threads`` says otherwise), does not slow it
    down. A one-question command does not warm: processing every system prompt (~900 tokens,
    ~15 s on 2 cores) would delay the one answer it waits for; it gets the question-answering
    prompt's saved state instead (see :class:`assistant.model.embedded.EmbeddedServer`)."""
    from assistant.model.embedded import embedded_server
    from assistant.model.prompts import load_prompt, system_prompts
    from assistant.model.threads import set_torch_threads

    if not settings.embedding_threads:
        set_torch_threads(1)
    primary = load_prompt("qa").system  # saved once, restored at every start
    return embedded_server(settings, system_prompts() if warm else (), primary)


def start_model_early(settings: Settings, warm: bool = True) -> None:
    """Start loading the embedded model now when it is the chat backend (no-op otherwise), so
    it loads while the knowledge base opens; see :func:`start_embedded`."""
    if settings.llm_backend == "embedded":
        start_embedded(settings, warm)


def openai_client(settings: Settings, base_url: str | None, key: str, model: str) -> Any:
    """``ChatOpenAI`` for an OpenAI-compatible endpoint, with the settings' timeouts, no retries,
    and the deadlines of :mod:`assistant.model.deadline` on every request (streamed or not)."""
    import httpx
    from pydantic import SecretStr

    from assistant.model.deadline import timely_chat_openai

    return timely_chat_openai(
        settings.llm_first_token_timeout_s,
        settings.llm_answer_timeout_s,
        base_url=base_url,
        api_key=SecretStr(key),
        model=model,
        temperature=settings.llm_temperature,
        max_completion_tokens=settings.llm_max_tokens,
        timeout=httpx.Timeout(settings.llm_timeout_s, connect=settings.llm_connect_timeout_s),
        max_retries=0,
        streaming=True,
    )


def transport_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean "the model endpoint failed" (down, hung, dropped, refused)."""
    import httpx
    import openai

    return (openai.APIError, httpx.HTTPError, OSError)


def stream_text(model: BaseChatModel, messages: Sequence[BaseMessage]) -> Iterator[str]:
    """Text pieces from the model; any transport failure, or a stream that is not what an
    OpenAI-compatible endpoint sends (garbage JSON or events), becomes ModelUnavailableError."""
    garbage: tuple[type[BaseException], ...] = (ValueError, KeyError, TypeError)
    try:
        for chunk in model.stream(list(messages)):
            if isinstance(chunk.content, str) and chunk.content:
                yield chunk.content
    except transport_errors() + garbage as exc:
        raise ModelUnavailableError(f"{exc.__class__.__name__}: {exc}") from exc
