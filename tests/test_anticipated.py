"""Questions anticipated at ingest give a programme's own documents the lift the bundled guides
get from their hand-written question sidecars: written once per section, kept while the
section is unchanged, pruned with it when it changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.model.anticipate import usable_questions
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.anticipated import anticipate

HANDBOOK = """---
title: Tremplin handbook
language: en
---

# Tremplin handbook

## Expenses

Travel to meetings is refunded up to 35 euros a month on receipts.

## Safeguarding

Report any concern to the safeguarding lead, Sandrine Oudin, within a day.
"""


def handbook(tmp_path: Path, text: str = HANDBOOK) -> Path:
    path = tmp_path / "handbook.md"  # outside the bundled guides: the programme's own file
    path.write_text(text, encoding="utf-8")
    return path


class Writer:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, title: str, section: str, text: str, language: str) -> list[str]:
        self.asked.append(section)
        return [f"What does the handbook say about {section.lower()}?", "Who pays my bus ticket?"]


def questions(kb: KnowledgeBase) -> dict[str, list[str]]:
    _, texts, metas = kb.store.all_chunks()
    out: dict[str, list[str]] = {}
    for text, meta in zip(texts, metas, strict=True):
        if meta.get("role") == "question":
            out.setdefault(str(meta["section"]), []).append(text)
            assert meta.get("generated") is True
    return out


def test_each_section_without_questions_gets_some_pointing_at_its_first_chunk(
    kb: KnowledgeBase, tmp_path: Path, write_guide: Callable[..., Path]
) -> None:
    write_guide("guide.md", "Bundled guide", {"Goals": "Set one goal at a time."})
    kb.ingest([kb.settings.knowledge_dir])
    kb.ingest([handbook(tmp_path)], collection="programme")
    writer = Writer()
    report = anticipate(kb, writer)
    assert writer.asked == ["Expenses", "Safeguarding"]  # the bundled guide is left alone
    assert (report.sections, report.written, report.failed) == (2, 4, 0)
    assert sorted(questions(kb)) == ["Expenses", "Safeguarding"]
    best = kb.search("Who pays my bus ticket?", 1)[0]
    assert best.source.endswith("handbook.md") and best.section in {"Expenses", "Safeguarding"}


def test_a_second_run_writes_nothing_and_an_unchanged_reingest_keeps_the_questions(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    path = handbook(tmp_path)
    kb.ingest([path], collection="programme")
    anticipate(kb, Writer())
    again = Writer()
    assert anticipate(kb, again).written == 0 and again.asked == []
    report = kb.ingest([path], collection="programme")
    assert report.count("unchanged") == 1
    assert len(questions(kb)["Expenses"]) == 2


def test_a_changed_section_loses_its_questions_and_gets_new_ones_on_the_next_run(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    path = handbook(tmp_path)
    kb.ingest([path], collection="programme")
    anticipate(kb, Writer())
    handbook(tmp_path, HANDBOOK.replace("35 euros", "40 euros"))
    kb.ingest([path], collection="programme")
    assert sorted(questions(kb)) == ["Safeguarding"]
    writer = Writer()
    anticipate(kb, writer)
    assert writer.asked == ["Expenses"]


def test_a_section_the_writer_has_nothing_for_is_counted_and_tried_again_later(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    kb.ingest([handbook(tmp_path)], collection="programme")
    report = anticipate(kb, lambda *args: [])
    assert (report.written, report.failed) == (0, 2)
    assert anticipate(kb, Writer()).written == 4


def test_only_short_single_questions_in_the_passage_language_are_kept() -> None:
    reply = (
        "1. How much travel is refunded each month?\n"
        "- Who is the safeguarding lead?\n"
        "Here are some questions:\n"
        "Quel est le plafond des frais ?\n"
        "Why? How?\n"
        "2. How much travel is refunded each month?"
    )
    assert usable_questions(reply, "en") == [
        "How much travel is refunded each month?",
        "Who is the safeguarding lead?",
    ]
