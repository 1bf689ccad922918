"""The goal's fields, defined once: the name an edit uses, the :class:`GoalDraft` attribute,
the kind of value, the words people type for it in a chat edit, and the web form's rows.

``mentor goal edit``, the web form (order, element ids, heights) and the goal coach's card edits
all read this list; the labels people read are in the message catalogue (``goal.field.<name>``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.language.text import fold

FieldKind = Literal["text", "list", "date"]


@dataclass(frozen=True)
class GoalField:
    """One editable field of a goal."""

    name: str  # as typed in an edit: ``first-step=...``
    attribute: str  # the GoalDraft attribute it sets
    kind: FieldKind
    words: tuple[str, ...] = ()  # what people call it in a chat edit, folded ("echeance")
    form_lines: int = 0  # its height on the web form; 0: not on the form


GOAL_FIELDS: tuple[GoalField, ...] = (
    GoalField("statement", "statement", "text", ("goal", "objectif", "statement"), 2),
    GoalField("why", "relevance", "text", ("why", "pourquoi"), 2),
    GoalField("measures", "success_measures", "list", ("measure", "indicateur", "mesure"), 3),
    GoalField("target", "target_date", "date", ("date", "deadline", "target date", "echeance"), 1),
    GoalField("first-step", "first_step", "text", ("first step", "premiere action", "premiere etape"), 1),  # noqa: E501
    GoalField("first-step-date", "first_step_date", "date", ("first step date", "date de la premiere action"), 1),  # noqa: E501
    GoalField("review", "review_date", "date", ("review date", "date de bilan"), 1),
    GoalField("obstacles", "obstacles", "list", ("obstacle", "obstacles")),
    GoalField("options", "options", "list", ("options", "option", "options considered", "pistes", "options envisagees")),  # noqa: E501
    GoalField("support", "support_needed", "text", ("support", "soutien"), 2),
)  # fmt: skip
FORM_FIELDS: tuple[GoalField, ...] = tuple(f for f in GOAL_FIELDS if f.form_lines)
"""The web form's fields, in the order the handlers take and return their values."""


def field_called(words: str) -> GoalField | None:
    """The field someone means by ``words`` ("Échéance", "first step"), if any."""
    folded = fold(words).strip()
    return next((f for f in GOAL_FIELDS if folded in f.words or folded == f.name), None)
