"""What a reply streams is tidy whatever its parts left behind: at most one blank line in a row,
none before the first word."""

from __future__ import annotations

import pytest

from assistant.reply import Reply, without_blank_runs


def test_dropped_sentences_leave_at_most_one_blank_line() -> None:
    pieces = ["Ask open questions [1].", "\n", "\n", "\n", "\n\n", "Here is what the guide says:"]
    reply = Reply("answer", "en", iter(pieces))
    assert reply.complete() == "Ask open questions [1].\n\nHere is what the guide says:"


def test_no_blank_line_opens_a_reply() -> None:
    assert Reply("answer", "en", iter(["\n", " \n", "- first item"])).complete() == "- first item"


@pytest.mark.parametrize(
    ("before", "piece", "kept"),
    [
        ("One.", "\nTwo.", "\nTwo."),
        ("One.", "\n\nTwo.", "\n\nTwo."),
        ("One.\n", "\n\n\n- a\n- b", "\n- a\n- b"),
        ("One.\n\n", "\n", ""),
        ("- a\n", "  - nested", "  - nested"),
    ],
)
def test_line_breaks_are_kept_up_to_one_blank_line(before: str, piece: str, kept: str) -> None:
    assert without_blank_runs(before, piece) == kept
