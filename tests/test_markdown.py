"""Markdown parsing: front matter and heading-aware sections."""

import pytest

from assistant.retrieval.markdown import FrontMatterError, parse_sections, split_front_matter


def test_front_matter_is_read_and_removed() -> None:
    front, body = split_front_matter("---\ntitle: GROW\naudience: [mentor]\n---\n# GROW\ntext")
    assert front == {"title": "GROW", "audience": ["mentor"]}
    assert body == "# GROW\ntext"


def test_no_front_matter() -> None:
    assert split_front_matter("# Title\n---\n") == ({}, "# Title\n---\n")


@pytest.mark.parametrize("block", ["title: [unclosed", "- just\n- a list"])
def test_bad_front_matter_is_a_clear_error(block: str) -> None:
    with pytest.raises(FrontMatterError):
        split_front_matter(f"---\n{block}\n---\nbody")


def test_sections_carry_their_heading_path_and_h1_is_the_title() -> None:
    title, sections = parse_sections(
        "# The GROW model\nIntro.\n## Goal\nG text\n### Example questions\nQ text\n## Reality\nR"
    )
    assert title == "The GROW model"
    assert [(s.label, s.text) for s in sections] == [
        ("", "Intro."),
        ("Goal", "G text"),
        ("Goal > Example questions", "Q text"),
        ("Reality", "R"),
    ]


def test_hashes_inside_code_fences_are_not_headings() -> None:
    _, sections = parse_sections("## Setup\n```bash\n# not a heading\nmake\n```\nafter")
    assert len(sections) == 1
    assert sections[0].label == "Setup"
    assert "# not a heading" in sections[0].text


def test_heading_markup_is_cleaned() -> None:
    _, sections = parse_sections("## **Bold** `code` heading ##\ntext")
    assert sections[0].label == "Bold code heading"
