"""What the model reads: short pieces of the passages, chosen in code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.retrieval import KnowledgeBase
from assistant.skills.passages import PIECE_CHARS, PIECES, excerpt, numbered_sources, quote

QUESTION = "What is the difference between coaching and mentoring?"


def test_excerpt_keeps_the_most_relevant_sentences_within_budget() -> None:
    text = "Cats sleep a lot. Mentors share experience with mentees. The sky is blue."
    assert excerpt(text, "what do mentors share", "en", budget=45) == (
        "Mentors share experience with mentees."
    )


def test_excerpt_covers_each_word_of_the_question_before_repeating_one() -> None:
    text = (
        "Coaching is set. Coaching has a contract. Coaching is often paid. "
        "Mentoring is longer and looser."
    )
    assert excerpt(text, QUESTION, "en", budget=60) == (
        "Coaching is set. Mentoring is longer and looser."
    )


def test_a_sentence_too_long_for_the_room_left_is_cut_after_a_clause() -> None:
    text = (
        "Coaching is usually time-limited and tightly framed: a fixed number of sessions over a "
        "few months, often under a contract that names the objectives."
    )
    assert excerpt(text, QUESTION, "en", budget=70) == (
        "Coaching is usually time-limited and tightly framed…"
    )


def test_with_no_clause_to_cut_at_the_best_sentence_is_cut_at_a_word() -> None:
    cut = excerpt("Coaching " + "very " * 60 + "long.", QUESTION, "en", budget=40)
    assert cut.endswith("…") and len(cut) <= 40


def test_an_empty_passage_gives_an_empty_excerpt() -> None:
    assert excerpt("", QUESTION, "en") == ""


def test_list_items_stay_on_their_own_lines() -> None:
    text = "Intro about goals.\n\n- First item on goals.\n- Second item.\n- Third item on goals."
    assert excerpt(text, "goals", "en", budget=80) == (
        "Intro about goals.\n- First item on goals.\n- Third item on goals."
    )


def test_a_question_quoted_inside_a_sentence_does_not_end_it() -> None:
    opening = "Ouvrez l'échange : « Qu'en pensez-vous ? » ou « Comment l'avez-vous vécu ? »"
    text = opening + " Puis laissez le silence durer."
    assert excerpt(text, "comment ouvrir l'échange", "fr", budget=400) == opening


SBI = (
    "The SBI model gives feedback a simple structure. It has three steps:\n\n"
    '- **Situation**: when and where. "On Tuesday, at the review…"\n'
    '- **Behaviour**: what the person did, as a camera would see it. "…you showed the figures…"\n'
    '- **Impact**: the effect on you or others. "…and I saw people drift off."\n\n'
    "Feedback with SBI avoids two common mistakes: vagueness and judging the person.\n\n"
    "After SBI feedback, open the discussion: ask what the mentee intended."
)


def test_a_quotation_is_one_unbroken_run_from_where_the_section_speaks_of_the_question() -> None:
    quoted = quote(SBI, {"sbi", "feedback"}, "en", 400)
    assert quoted.startswith("The SBI model gives feedback a simple structure.")
    assert "…\n" not in quoted  # nothing left out in the middle


def test_a_quoted_list_keeps_every_item_before_any_items_example() -> None:
    quoted = quote(SBI, {"sbi", "feedback"}, "en", 230)
    lines = quoted.splitlines()
    assert [line.split("**")[1] for line in lines if line.startswith("- ")] == [
        "Situation",
        "Behaviour",
        "Impact",
    ]
    assert "Tuesday" not in quoted and "drift" not in quoted


def test_a_quoted_list_goes_past_the_budget_rather_than_lose_its_last_items() -> None:
    quoted = quote(SBI, {"sbi", "feedback"}, "en", 150)
    assert quoted.splitlines()[-1] == "- **Impact**: the effect on you or others."
    assert 150 < len(quoted) <= 300


def test_a_quotation_starts_later_when_only_a_later_run_holds_the_words() -> None:
    quoted = quote(SBI, {"discuss", "intend"}, "en", 120)
    assert quoted == "After SBI feedback, open the discussion: ask what the mentee intended."


@pytest.fixture
def compared(kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path]) -> KnowledgeBase:
    write_guide(
        "en/compared.md",
        "Mentoring and coaching compared",
        {
            "Side by side": """
                Both help a person grow. The differences show up in three places.

                ### Duration

                Coaching is time-limited. Mentoring tends to be longer and looser.

                ### Who sets the agenda

                In mentoring, the mentee sets the agenda. In coaching, a sponsor often does.

                ### Asking versus advising

                A coach asks questions. A mentor also shares experience and advice.
            """,
            "Consulting": "A consultant diagnoses a problem and delivers a solution. " * 8,
        },
    )
    kb.ingest([docs_dir])
    return kb


def test_an_introduction_is_expanded_into_its_subsections_in_document_order(
    compared: KnowledgeBase,
) -> None:
    [intro] = [h for h in compared.search(QUESTION, 10) if h.section == "Side by side"]
    sources = numbered_sources([intro], QUESTION, compared)
    assert [s.section for s in sources] == ["Side by side"]
    lines = sources[0].excerpt.splitlines()
    assert lines[0] == "The differences show up in three places."
    assert [line.split(":")[0] for line in lines[1:]] == [
        "- Duration",
        "- Who sets the agenda",
        "- Asking versus advising",
    ]
    assert "Coaching is time-limited. Mentoring tends to be longer and looser." in lines[1]


def test_a_subsection_already_inside_an_expanded_introduction_is_not_repeated(
    compared: KnowledgeBase,
) -> None:
    hits = compared.search(QUESTION, 10)
    sources = numbered_sources(hits, QUESTION, compared)
    assert [s.number for s in sources] == list(range(1, len(sources) + 1))
    sections = [s.section for s in sources]
    assert "Side by side" in sections
    assert not any(section.startswith("Side by side > ") for section in sections)


def test_the_context_never_exceeds_its_pieces(compared: KnowledgeBase) -> None:
    hits = compared.search(QUESTION, 10)
    sources = numbered_sources(hits, QUESTION, compared)
    pieces = sum(1 + s.excerpt.count("\n- ") for s in sources)
    assert pieces <= PIECES
    assert all(len(line) <= PIECE_CHARS for s in sources for line in s.excerpt.splitlines())


def test_without_a_knowledge_base_each_hit_is_one_piece(compared: KnowledgeBase) -> None:
    hits = compared.search(QUESTION, 3)
    sources = numbered_sources(hits, QUESTION)
    assert [s.section for s in sources] == [h.section for h in hits]
    assert all("\n- " not in s.excerpt for s in sources)
