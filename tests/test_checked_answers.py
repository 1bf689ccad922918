"""A model sentence no passage supports is never shown, and bare lines never are."""

from __future__ import annotations

import pytest

from assistant.reply import Source
from assistant.skills.citations import SUPPORTED, cite_as_you_go

QUESTION = "What is reverse mentoring?"
SOURCES = [
    Source(
        1,
        "Reverse and e-mentoring",
        "Reverse mentoring",
        "x",
        "In reverse mentoring a junior employee mentors a senior leader, often on digital skills.",
    ),
    Source(
        2,
        "Forms",
        "Group mentoring",
        "x",
        "Group mentoring brings one mentor and several mentees together.",
    ),
]


def checked(text: str, size: int = 4) -> str:
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    return "".join(cite_as_you_go(pieces, SOURCES, QUESTION, "en", supported_at=SUPPORTED)).strip()


def test_a_supported_sentence_is_shown_with_its_citation() -> None:
    assert checked("A junior employee mentors a senior leader on digital skills.") == (
        "A junior employee mentors a senior leader on digital skills [1]."
    )


def test_an_invented_sentence_is_dropped_and_the_supported_one_kept() -> None:
    answer = checked(
        "A junior employee mentors a senior leader. It was invented by NASA engineers in 1962 "
        "to train astronauts quickly."
    )
    assert answer == "A junior employee mentors a senior leader [1]."
    assert "NASA" not in answer


@pytest.mark.parametrize("bare", ["[1] [2] [3]", "**Reverse mentoring**", "Group mentoring"])
def test_marker_only_and_heading_only_lines_are_dropped(bare: str) -> None:
    answer = checked(f"{bare}\nA junior employee mentors a senior leader.")
    assert answer.strip() == "A junior employee mentors a senior leader [1]."


def test_when_no_sentence_passes_nothing_is_shown() -> None:
    assert checked("Reverse mentoring was created by Jack Welch at General Electric.") == ""


def test_nothing_is_shown_before_the_sentence_is_known_to_pass() -> None:
    stream = cite_as_you_go(
        iter(["A junior employee ", "mentors a senior ", "leader. ", "More?"]),
        SOURCES,
        QUESTION,
        "en",
        supported_at=SUPPORTED,
    )
    assert next(stream) == "A junior employee mentors a senior leader [1]. "
