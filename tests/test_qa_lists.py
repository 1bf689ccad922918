"""List questions are answered with the guide's own items, found and composed by code."""

from __future__ import annotations

import pytest

from assistant.retrieval import Hit
from assistant.skills.qa import list_answer
from assistant.skills.qa.kinds import question_kind
from assistant.skills.qa.lists import find_lists, shorten


@pytest.mark.parametrize(
    ("question", "kind", "noun"),
    [
        ("What are the phases of a mentoring relationship?", "list", "phase"),
        ("Quels sont les niveaux de Kirkpatrick ?", "list", "niveau"),
        ("What questions can I ask at the Reality stage of GROW?", "list", "question"),
        ("Quelles questions poser à l'étape Réalité ?", "list", "question"),
        ("What should a mentoring agreement include?", "list", ""),
        ("What is reverse mentoring?", "definition", ""),
        ("Qu'est-ce que le mentorat inversé ?", "definition", ""),
        ("What is the difference between coaching and mentoring?", "comparison", ""),
        ("Quelle est la différence entre coaching et mentorat ?", "comparison", ""),
        ("How do I end a mentoring relationship?", "howto", ""),
        ("Which tax rate applies to my freelance income?", "other", ""),
        ("What warning signs suggest a mentee may be at risk of harm?", "list", "sign"),
        ("Quelles méthodes peut-on utiliser pour constituer les binômes ?", "list", "method"),
        ("What qualities should I look for in a good mentor?", "list", "qualit"),
        ("I'm a mentee - what should I get ready before our first meeting?", "list", ""),
        ("What kind of mentoring is that?", "other", ""),
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question: str, kind: str, noun: str) -> None:
    asked = question_kind(question)
    assert (asked.kind, asked.noun) == (kind, noun)


def hit(section: str, text: str, source: str = "knowledge/en/phases.md", lang: str = "en") -> Hit:
    return Hit(
        text=text,
        title="Phases of a mentoring relationship",
        section=section,
        source=source,
        score=1.0,
        language=lang,
        collection="guides",
        id=f"{source}#{section}",
    )


DOCUMENT = [
    hit("Why phases are useful", "Phases reassure both people that early awkwardness is normal."),
    hit("Kram's four phases", "Kram described four phases.\n- **Career functions**: sponsorship."),
    hit("Kram's four phases > Initiation", "The relationship begins. It takes months."),
    hit("Kram's four phases > Cultivation", "The longest and most productive phase."),
    hit("Kram's four phases > Separation", "A significant change ends the close bond."),
    hit("Kram's four phases > Redefinition", "The relationship ends or becomes peer-like."),
    hit(
        "What the mentor does",
        "In each phase the mentor:\n- **Rapport building**: listen.\n- **Moving on**: call.",
    ),
]


class Document:
    def document(self, of: Hit) -> list[Hit]:
        return [h for h in DOCUMENT if h.source == of.source]


def test_a_heading_that_counts_its_items_is_the_list_even_if_another_hit_ranks_higher() -> None:
    question = "What are the phases of a mentoring relationship?"
    found = find_lists(question, "phase", [DOCUMENT[6], DOCUMENT[0]], Document(), "en")
    assert [f.section for f in found] == ["Kram's four phases"]
    assert [i.head for i in found[0].items] == [
        "Initiation", "Cultivation", "Separation", "Redefinition"
    ]  # fmt: skip
    assert found[0].items[0].text == "The relationship begins. It takes months."


def test_bullets_introduced_by_a_line_naming_the_noun_are_a_list() -> None:
    reality = hit(
        "Reality",
        "Explore the facts.\n\nExample questions:\n- What is happening?\n- What have you tried?",
        source="knowledge/en/grow.md",
    )
    question = "What questions can I ask at the Reality stage?"
    found = find_lists(question, "question", [reality], Document(), "en")
    assert found[0].intro == "Example questions:"
    assert [i.text for i in found[0].items] == ["What is happening?", "What have you tried?"]


def test_a_list_named_with_another_word_for_the_same_items_is_found() -> None:
    question = "Quelles sont les étapes de la relation ?"
    found = find_lists(question, "etape", [DOCUMENT[2]], Document(), "fr")
    assert [f.section for f in found] == ["Kram's four phases"]


def test_a_list_of_what_to_avoid_answers_only_a_question_about_avoiding() -> None:
    listening = "knowledge/en/listening.md"
    avoid = hit(
        "Questions to avoid", "- Leading questions.\n- Rapid-fire questions.", source=listening
    )
    useful = hit(
        "Open questions that move things on",
        "- What is happening now?\n- What else could you do?",
        source=listening,
    )

    class Guide:
        def document(self, of: Hit) -> list[Hit]:
            return [avoid, useful]

    asked = "What questions help a mentee think for themselves?"
    found = find_lists(asked, "question", [avoid, useful], Guide(), "en")
    assert [f.section for f in found] == ["Open questions that move things on"]
    found = find_lists("Which questions should a mentor avoid?", "question", [useful, avoid],
                       Guide(), "en")  # fmt: skip
    assert [f.section for f in found] == ["Questions to avoid"]


def test_no_list_when_nothing_names_what_is_asked() -> None:
    assert find_lists("What are the levels?", "level", DOCUMENT[:2], Document(), "en") == []


def test_the_composed_answer_is_the_guide_items_each_cited() -> None:
    question = "What are the phases of a mentoring relationship?"
    found = find_lists(question, "phase", [DOCUMENT[2]], Document(), "en")
    reply = list_answer(found, "en")
    text = reply.complete()
    assert text.splitlines() == [
        "The guide “Phases of a mentoring relationship” sets these out under “Kram's four phases”:",
        "- **Initiation**: The relationship begins. It takes months. [1]",
        "- **Cultivation**: The longest and most productive phase. [1]",
        "- **Separation**: A significant change ends the close bond. [1]",
        "- **Redefinition**: The relationship ends or becomes peer-like. [1]",
    ]
    assert [s.section for s in reply.sources] == ["Kram's four phases"]


def test_a_french_question_answered_from_an_english_guide_says_so() -> None:
    found = find_lists("Quelles sont les phases ?", "phase", [DOCUMENT[2]], Document(), "fr")
    text = list_answer(found, "fr").complete()
    assert text.startswith("Seul un guide en anglais, « Phases of a mentoring relationship »")
    assert "- **Initiation** : The relationship begins." in text, "French sets a space before ':'"


def test_long_items_are_cut_at_a_sentence_or_a_word() -> None:
    assert shorten("One. Two three four five six.", 12) == "One."
    assert shorten("alpha beta gamma delta epsilon", 14) == "alpha beta…"


def test_a_noun_only_in_brackets_does_not_name_the_list() -> None:
    survey = hit(
        "Learning questions (Kirkpatrick level 2)",
        "- Rate 1-5: I learned a lot.\n- Open question: what do you do differently?",
        source="knowledge/en/templates.md",
    )
    assert find_lists("What are Kirkpatrick's levels?", "level", [survey], Document(), "en") == []
