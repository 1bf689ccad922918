"""The goal model: a SMART goal as a mentee drafts it, and as the records store keeps it.

The model (or a form) fills a :class:`GoalDraft`; code owns the rest: ids, owners, status,
timestamps, the order of milestones and the rule that no step falls after the target date.

Validation errors never echo the user's text (``hide_input_in_errors``), so an error that ends up
in a log holds no personal content.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

_CONFIG = ConfigDict(extra="forbid", hide_input_in_errors=True, str_strip_whitespace=True)

Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
"""One short, non-empty line of text (a success measure, an obstacle)."""

Language = Literal["en", "fr"]


class GoalStatus(StrEnum):
    """Where a goal stands. ``archived`` goals are kept but hidden from the default listing."""

    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"
    ARCHIVED = "archived"


class Milestone(BaseModel):
    """An intermediate step with its own due date."""

    model_config = _CONFIG

    description: str = Field(min_length=1, max_length=300)
    due: date
    done: bool = False


class ProgressEntry(BaseModel):
    """One line of a goal's history: a progress note, or a status change (``status`` set)."""

    model_config = _CONFIG

    at: AwareDatetime = Field(description="When it was recorded (UTC).")
    note: str = Field(default="", max_length=2000)
    percent: int | None = Field(default=None, ge=0, le=100)
    status: GoalStatus | None = Field(
        default=None, description="The status the goal moved to, when this entry records a change."
    )

    @field_validator("at")
    @classmethod
    def _in_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)


class GoalDraft(BaseModel):
    """Everything a person says about their goal; the part the chat model may fill."""

    model_config = _CONFIG

    statement: str = Field(min_length=1, max_length=500, description="The goal, in one sentence.")
    relevance: str = Field(default="", max_length=1000, description="Why it matters to the mentee.")
    success_measures: list[Line] = Field(
        default_factory=list, max_length=10, description="How we will know it is achieved."
    )
    target_date: date | None = Field(default=None, description="When it should be achieved.")
    milestones: list[Milestone] = Field(default_factory=list, max_length=20)
    first_step: str = Field(
        default="", max_length=500, description="The very next concrete action."
    )
    first_step_date: date | None = None
    obstacles: list[Line] = Field(default_factory=list, max_length=10)
    options: list[Line] = Field(
        default_factory=list, max_length=10, description="The ways forward the mentee considered."
    )
    chosen_option: str = Field(
        default="", max_length=300, description="The option the first step follows, if any."
    )
    support_needed: str = Field(
        default="", max_length=1000, description="The support wanted from the mentor."
    )
    review_date: date | None = Field(default=None, description="When to look at it again together.")
    language: Language = "en"

    @field_validator("milestones")
    @classmethod
    def _by_due_date(cls, value: list[Milestone]) -> list[Milestone]:
        return sorted(value, key=lambda milestone: milestone.due)

    @model_validator(mode="after")
    def _steps_before_target(self) -> GoalDraft:
        target = self.target_date
        if target is None:
            return self
        for number, milestone in enumerate(self.milestones, start=1):
            if milestone.due > target:
                raise ValueError(
                    f"milestone {number} is due {milestone.due.isoformat()}, after the target "
                    f"date {target.isoformat()}: move it earlier or move the target date"
                )
        if self.first_step_date is not None and self.first_step_date > target:
            raise ValueError(
                f"the first step is dated {self.first_step_date.isoformat()}, after the target "
                f"date {target.isoformat()}: move it earlier or move the target date"
            )
        return self


class Goal(GoalDraft):
    """A stored goal: a draft plus what the records store owns."""

    id: str = Field(pattern=r"^[0-9a-f]{32}$", description="uuid4 hex.")
    owner: str
    status: GoalStatus = GoalStatus.ACTIVE
    created_at: AwareDatetime
    updated_at: AwareDatetime
    progress: list[ProgressEntry] = Field(default_factory=list)

    @property
    def percent(self) -> int | None:
        """The latest progress percentage recorded, if any."""
        for entry in reversed(self.progress):
            if entry.percent is not None:
                return entry.percent
        return None

    def draft(self) -> GoalDraft:
        """The editable part of this goal (what :meth:`Records.update_goal` takes)."""
        return GoalDraft.model_validate(self.model_dump(include=set(GoalDraft.model_fields)))
