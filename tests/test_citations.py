"""Code, not the model, makes sure each sentence of an answer carries its [n]."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.reply import Source
from assistant.skills.citations import attribute, cite_as_you_go

QUESTION = "What is the difference between coaching and mentoring?"
SOURCES = [
    Source(1, "T", "S > Duration", "x", "Coaching is time-limited and tightly framed."),
    Source(2, "T", "S > Who sets the agenda", "x", "In mentoring, the mentee sets the agenda."),
]


def cite(text: str, size: int = 3) -> str:
    """Stream ``text`` in ``size``-character pieces through the citer and join the result."""
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    return "".join(cite_as_you_go(pieces, SOURCES, QUESTION, "en"))


def test_each_sentence_gets_the_source_it_rests_on_before_its_full_stop() -> None:
    assert cite("Coaching is time-limited and framed. The mentee sets the agenda. Thanks!") == (
        "Coaching is time-limited and framed [1]. The mentee sets the agenda [2]. Thanks!"
    )


@pytest.mark.parametrize("size", [1, 2, 5, 100])
def test_the_result_does_not_depend_on_how_the_stream_is_cut(size: int) -> None:
    assert cite("Coaching is tightly framed. The mentee sets the agenda.", size) == (
        "Coaching is tightly framed [1]. The mentee sets the agenda [2]."
    )


def test_citations_the_model_wrote_are_kept_and_not_doubled() -> None:
    assert cite("Coaching is tightly framed [1]. The mentee sets the agenda. [2] Done.") == (
        "Coaching is tightly framed [1]. The mentee sets the agenda. [2] Done."
    )


def test_a_numbered_list_whose_items_the_model_labelled_is_left_as_written() -> None:
    assert cite("1. [1] Coaching is time-limited.\n2. [2] The mentee sets the agenda.") == (
        "1. [1] Coaching is time-limited.\n2. [2] The mentee sets the agenda."
    )


def test_a_marker_naming_no_source_is_replaced_by_the_right_one_or_dropped() -> None:
    assert cite("Coaching is time-limited and framed [4]. Thanks for asking [7].") == (
        "Coaching is time-limited and framed [1]. Thanks for asking ."
    )


def test_brackets_that_are_not_markers_pass_through() -> None:
    assert cite("Coaching is time-limited and framed [see below] [12345") == (
        "Coaching is time-limited and framed [see below] [12345 [1]"
    )


def test_lines_without_a_full_stop_are_cited_at_their_end() -> None:
    assert cite("- Coaching: time-limited, framed\n- Mentoring: mentee sets the agenda\n") == (
        "- Coaching: time-limited, framed [1]\n- Mentoring: mentee sets the agenda [2]\n"
    )


def test_a_full_stop_inside_a_number_does_not_end_the_sentence() -> None:
    assert cite("Coaching lasts 3.5 months, time-limited and framed") == (
        "Coaching lasts 3.5 months, time-limited and framed [1]"
    )


def test_a_sentence_sharing_only_the_question_words_cites_nothing() -> None:
    assert cite("Coaching and mentoring differ. Hope that helps!") == (
        "Coaching and mentoring differ. Hope that helps!"
    )
    assert attribute("Coaching and mentoring differ", SOURCES, QUESTION, "en") is None


def test_the_words_are_streamed_as_they_come_only_the_full_stop_is_held() -> None:
    pieces = iter(["Coaching is tightly", " framed", ".", " The"])
    stream = cite_as_you_go(pieces, SOURCES, QUESTION, "en")
    assert next(stream) == "Coaching is tightly"
    assert next(stream) == " framed"
    assert next(stream) == " [1]. The"


def test_the_answer_stops_after_the_allowed_sentences_headings_aside() -> None:
    answer = (
        "Intro words are here now. 1. **Duration**:\nCoaching is time-limited and framed. "
        "The mentee sets the agenda. Invented extra claim goes here."
    )
    pieces = [answer[i : i + 4] for i in range(0, len(answer), 4)]
    assert "".join(cite_as_you_go(pieces, SOURCES, QUESTION, "en", limit=3)) == (
        "Intro words are here now. 1. **Duration**:\n"
        "Coaching is time-limited and framed [1]. The mentee sets the agenda [2]."
    )


def test_stopping_closes_the_model_stream() -> None:
    closed = []

    def model() -> Iterator[str]:
        try:
            yield from ["Coaching is short and framed. ", "More text follows here always. "] * 50
        finally:
            closed.append(True)

    "".join(cite_as_you_go(model(), SOURCES, QUESTION, "en", limit=1))
    assert closed == [True]


def test_a_sentence_repeating_an_earlier_one_is_dropped_and_ends_the_answer() -> None:
    assert cite(
        "Coaching is time-limited and framed. The mentee sets the agenda. "
        "Coaching is time-limited and framed [1]. More looping text follows here."
    ) == ("Coaching is time-limited and framed [1]. The mentee sets the agenda [2]. ")


def test_a_sentence_that_only_starts_like_an_earlier_one_is_shown_whole() -> None:
    assert cite(
        "Coaching is time-limited and framed. Coaching is time-limited, mentoring is not."
    ) == (
        "Coaching is time-limited and framed [1]. Coaching is time-limited, mentoring is not [1]."
    )


def test_only_a_possible_repeat_is_held_back_while_it_streams() -> None:
    pieces = iter(["The mentee sets the agenda. ", "The mentee", " sets", " goals too", "."])
    stream = cite_as_you_go(pieces, SOURCES, QUESTION, "en")
    assert next(stream) == "The mentee sets the agenda"
    assert next(stream) == " [2]. "  # "The mentee" and " sets" may be a repeat: held
    assert next(stream) == "The mentee sets goals too"  # released once it diverged
    assert "".join(stream) == " [2]."


FRENCH = [
    Source(
        1,
        "T",
        "Trop conseiller",
        "x",
        "Avant de donner votre avis, demandez « Quelles pistes voyez-vous ? » et laissez le "
        "silence s'installer.",
    ),
]


def cite_fr(text: str, size: int = 3, checked: bool = True) -> str:
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    question = "Comment moins conseiller mon mentoré ?"
    return "".join(
        cite_as_you_go(pieces, FRENCH, question, "fr", supported_at=0.5 if checked else None)
    )


@pytest.mark.parametrize("size", [1, 4, 100])
def test_a_question_quoted_inside_a_french_sentence_does_not_end_it(size: int) -> None:
    said = "Demandez « Quelles pistes voyez-vous ? » et laissez le silence s'installer."
    assert cite_fr(said, size) == (
        "Demandez « Quelles pistes voyez-vous ? » et laissez le silence s'installer [1]."
    )


def test_a_marker_goes_before_the_space_french_puts_ahead_of_a_question_mark() -> None:
    assert cite_fr("Quelles pistes voyez-vous, avant de donner votre avis ?") == (
        "Quelles pistes voyez-vous, avant de donner votre avis [1] ?"
    )


def test_a_quoted_question_that_ends_the_sentence_still_ends_it() -> None:
    said = "Demandez « Quelles pistes voyez-vous ? » Laissez le silence s'installer."
    assert cite_fr(said) == (
        "Demandez « Quelles pistes voyez-vous [1] ? » Laissez le silence s'installer [1]."
    )


def test_bold_after_a_dropped_sentence_keeps_both_its_asterisks() -> None:
    said = "Le ciel est bleu ce matin. **Quelles pistes voyez-vous** avant de donner votre avis ?"
    assert cite_fr(said, 2) == "**Quelles pistes voyez-vous** avant de donner votre avis [1] ?"


@pytest.mark.parametrize(
    "broken",
    [
        "Laissez le silence s'installer avant de donner votre avis [1] et .",
        "Demandez quelles pistes voyez-vous avant de donner votre avis de.",
    ],
)
def test_a_checked_sentence_that_breaks_off_on_a_linking_word_is_dropped(broken: str) -> None:
    kept = "Avant de donner votre avis, demandez quelles pistes il voit."
    assert cite_fr(f"{kept} {broken}") == (
        "Avant de donner votre avis, demandez quelles pistes il voit [1]. "
    )


def test_a_pronoun_joined_to_its_verb_is_not_a_sentence_broken_off() -> None:
    said = "Avant de donner votre avis, demandez quelles pistes voyez-vous, et laissez-les."
    assert cite_fr(said) == said[:-1] + " [1]."


def test_an_english_sentence_broken_off_on_and_is_dropped_but_moving_on_is_not() -> None:
    pieces = ["The mentee sets the agenda and. ", "In mentoring, the mentee sets the agenda."]
    checked = cite_as_you_go(pieces, SOURCES, QUESTION, "en", supported_at=0.5)
    assert "".join(checked) == "In mentoring, the mentee sets the agenda [2]."
    moving_on = ["In mentoring, the mentee sets the agenda, then moves on."]
    checked = cite_as_you_go(moving_on, SOURCES, QUESTION, "en", supported_at=0.5)
    assert "".join(checked) == "In mentoring, the mentee sets the agenda, then moves on [2]."


def test_a_checked_sentence_resting_on_one_word_a_source_happens_to_hold_is_dropped() -> None:
    """Made of the question's words and one word of the source, it would show with no [n]."""
    invented = "Conseillez moins votre mentoré, en silence."
    kept = "Avant de donner votre avis, demandez quelles pistes il voit."
    assert cite_fr(f"{invented} {kept}") == kept[:-1] + " [1]."


def test_a_checked_lead_in_that_only_restates_the_question_is_kept() -> None:
    lead = "Pour moins conseiller votre mentoré :"
    assert cite_fr(lead) == lead


@pytest.mark.parametrize("size", [1, 3, 100])
def test_a_checked_sentence_headed_by_its_markers_has_them_at_its_end(size: int) -> None:
    said = "[2] In mentoring, the mentee sets the agenda.\n[1][2] Coaching is tightly framed.\n"
    pieces = [said[i : i + size] for i in range(0, len(said), size)]
    checked = "".join(cite_as_you_go(pieces, SOURCES, QUESTION, "en", supported_at=0.5))
    assert checked == (
        "In mentoring, the mentee sets the agenda [2].\nCoaching is tightly framed [1][2].\n"
    )
    french = "[1] Laissez le silence s'installer ?"
    assert cite_fr(french, size) == "Laissez le silence s'installer [1] ?"


def test_a_checked_sentence_with_words_no_source_holds_is_dropped() -> None:
    # Kram's phases are Initiation, Cultivation, Separation and Redefinition
    kram = [
        Source(
            1,
            "Phases",
            "Kram's four phases",
            "x",
            "Kram's four phases are Initiation, Cultivation, Separation and Redefinition.",
        )
    ]
    question = "How do Kram's phases line up with Clutterbuck's?"

    def checked(said: str) -> str:
        return "".join(cite_as_you_go([said], kram, question, "en", supported_at=0.5))

    invented = "Kram's four phases are Initiation, Exploration, Development and Integration."
    assert checked(invented) == "", "three phases no source names"
    assert checked("Kram's four phases are Initiation, Cultivation, Separation and Redefinition.")
    one_word = "Kram's phases are Initiation, Cultivation, Separation and finally Redefinition."
    assert checked(one_word), "one word of the model's own (a linking word) is allowed"


@pytest.mark.parametrize("size", [1, 100])
def test_a_list_item_headed_by_its_marker_has_it_at_its_end(size: int) -> None:
    said = "- [2] In mentoring, the mentee sets the agenda.\n"
    pieces = [said[i : i + size] for i in range(0, len(said), size)]
    checked = "".join(cite_as_you_go(pieces, SOURCES, QUESTION, "en", supported_at=0.5))
    assert checked == "- In mentoring, the mentee sets the agenda [2].\n"
