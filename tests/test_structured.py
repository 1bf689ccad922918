"""Structured output: schema-constrained request, validation, one corrective retry."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage
from pydantic import BaseModel, Field

from assistant.config import load_settings
from assistant.model.fake import ScriptedChatModel
from assistant.model.llm import build_chat_model
from assistant.model.structured import StructuredOutputError, ask_structured
from tests.helpers import smollm2


class Goal(BaseModel):
    statement: str = Field(max_length=80)  # the grammar bounds it: the reply fits 256 tokens
    target_weeks: int = Field(ge=1, le=104)


def test_a_valid_reply_is_parsed_and_the_schema_was_requested() -> None:
    model = ScriptedChatModel(
        script=['```json\n{"statement": "Give 3 talks", "target_weeks": 8}\n```']
    )
    goal = ask_structured(model, [HumanMessage(content="draft a goal")], Goal)
    assert goal == Goal(statement="Give 3 talks", target_weeks=8)
    [(_, options)] = model.calls
    assert options["response_format"]["json_schema"]["name"] == "Goal"
    assert options["response_format"]["json_schema"]["schema"]["required"] == [
        "statement",
        "target_weeks",
    ]


def test_an_invalid_reply_is_retried_once_with_the_validation_error() -> None:
    model = ScriptedChatModel(
        script=[
            '{"statement": "Talks", "target_weeks": 0}',
            '{"statement": "Talks", "target_weeks": 6}',
        ]
    )
    assert ask_structured(model, [HumanMessage(content="go")], Goal).target_weeks == 6
    retry_prompt = model.calls[1][0][-1].content
    assert "target_weeks" in retry_prompt and "greater than or equal to 1" in retry_prompt


def test_two_invalid_replies_fail_clearly() -> None:
    model = ScriptedChatModel(script=["not json at all"])
    with pytest.raises(StructuredOutputError, match="did not fit Goal"):
        ask_structured(model, [HumanMessage(content="go")], Goal)
    assert len(model.calls) == 2


@pytest.mark.slow
def test_the_real_server_honours_the_json_schema(tmp_path) -> None:
    settings = load_settings(data_dir=tmp_path, embedded_model_file=smollm2(), llm_max_tokens=256)
    goal = ask_structured(
        build_chat_model(settings),
        [HumanMessage(content="Give a goal about public speaking and a number of weeks.")],
        Goal,
    )
    assert isinstance(goal, Goal)


@pytest.mark.slow
def test_a_reply_cut_off_at_the_token_limit_fails_clearly(tmp_path) -> None:
    class Essay(BaseModel):
        text: str = Field(min_length=200)  # the grammar forces more than 16 tokens

    settings = load_settings(data_dir=tmp_path, embedded_model_file=smollm2(), llm_max_tokens=16)
    with pytest.raises(StructuredOutputError, match="cut off"):
        ask_structured(
            build_chat_model(settings),
            [HumanMessage(content="Write about public speaking.")],
            Essay,
        )
