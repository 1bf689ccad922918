"""Loading the evaluation datasets (YAML files under evals/datasets/)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

DATASETS = Path(__file__).resolve().parent / "datasets"


@dataclass(frozen=True)
class RetrievalQuestion:
    question: str
    lang: str
    guide: str  # path relative to knowledge/, e.g. "en/grow-model.md"
    section: str  # the exact heading under which the answer lies
    # Other (guide, section) pairs that answer the question as well, added after reading them;
    # each addition is dated and explained in the question's ``note``.
    also: tuple[tuple[str, str], ...] = ()
    note: str = ""

    def relevant(self, strict: bool = False) -> tuple[tuple[str, str], ...]:
        """The (guide, section) pairs that count as a hit (``strict``: the first label only)."""
        first = ((self.guide, self.section),)
        return first if strict else first + self.also


def load_retrieval_questions(folder: Path = DATASETS / "retrieval") -> list[RetrievalQuestion]:
    questions: list[RetrievalQuestion] = []
    for path in sorted(folder.glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")):
            also = tuple((a["guide"], a["section"]) for a in row.pop("also", None) or ())
            questions.append(RetrievalQuestion(**row, also=also))
    return questions


@dataclass(frozen=True)
class GoalStatement:
    text: str
    lang: str
    domain: str
    labels: dict[str, bool]  # one per SMART criterion
    note: str = ""


def load_goal_statements(split: str, folder: Path = DATASETS / "goals") -> list[GoalStatement]:
    """The labelled goal statements of ``split`` ("dev", "train" or "test"; see
    goals/GUIDELINES.md)."""
    rows = yaml.safe_load((folder / f"{split}.yaml").read_text(encoding="utf-8"))
    return [GoalStatement(**row) for row in rows]
