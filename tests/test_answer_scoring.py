"""The answer-quality scorer (evals/answer_scoring.py) judges answers the way the issue asks,
independently of any model: these are its specifications."""

from __future__ import annotations

from evals.answer_scoring import (
    AnswerScore,
    is_bare,
    point_covered,
    score_answer,
    sentences,
    summarise,
    term_found,
    wrong_language_words,
)

ROW = {
    "id": "en-list-phases",
    "question": "What are the phases of a mentoring relationship?",
    "lang": "en",
    "kind": "list",
    "covered": True,
    "key_points": [
        {"point": "Initiation", "terms": [["initiation"]]},
        {"point": "Cultivation", "terms": [["cultivat"]]},
        {"point": "Separation and redefinition", "terms": [["separation"], ["redefin"]]},
    ],
    "contradictions": [{"point": "three phases", "terms": [["three phases"]]}],
}
PASSAGE = (
    "Kram described four phases: initiation, cultivation, separation and redefinition. "
    "Initiation lasts six months to a year."
)


def test_terms_match_at_word_starts_ignoring_case_and_accents() -> None:
    assert term_found("initiat", "The Initiation phase")
    assert term_found("reussite", "une Réussite")
    assert not term_found("tion", "initiation")


def test_a_key_point_needs_a_term_from_every_group() -> None:
    assert point_covered([["separation"], ["redefin"]], "Separation, then redefinition.")
    assert not point_covered([["separation"], ["redefin"]], "Separation only.")


def test_a_good_answer_covers_its_points_with_no_unsupported_sentence() -> None:
    answer = (
        "Kram described four phases: initiation, cultivation, separation and redefinition [1]. "
        "Initiation lasts six months to a year [1]."
    )
    score = score_answer(ROW, answer, True, [PASSAGE])
    assert (score.points_covered, score.points) == (3, 3)
    assert score.unsupported == [] and score.bare_lines == [] and score.contradictions == 0


def test_invented_sentences_bare_lines_and_contradictions_are_counted() -> None:
    answer = (
        "There are three phases [1].\n[1] [2] [3]\n"
        "The model was designed by NASA for astronauts in orbit [2]."
    )
    score = score_answer(ROW, answer, True, [PASSAGE])
    assert score.contradictions == 1
    assert score.bare_lines == ["[1] [2] [3]"]
    assert score.unsupported == [
        "There are three phases [1].",  # "three": the passage says four
        "The model was designed by NASA for astronauts in orbit [2].",
    ]


def test_a_heading_alone_is_a_bare_line() -> None:
    assert is_bare("**Progress making** [3]", ["Progress making"])
    assert not is_bare("Progress making is the main working phase.", ["Progress making"])


def test_a_trailing_marker_stays_with_its_sentence() -> None:
    assert sentences("One thing. [1] Another thing? [2]\n- item [1]") == [
        "One thing. [1]",
        "Another thing? [2]",
        "- item [1]",
    ]


def test_a_closing_quote_stays_with_its_question() -> None:
    line = "- **Explorer**: « Que se passe-t-il ? » ou « Qu'avez-vous essayé ? » [1]"
    assert sentences(line) == [line]
    assert not any(is_bare(s) for s in sentences(line))


def test_a_list_number_stays_with_its_item() -> None:
    quote = "> Then: 1. Stay calm and listen. 2. Take what they say seriously. In 1999. It began."
    assert sentences(quote) == [
        "> Then: 1. Stay calm and listen.",
        "2. Take what they say seriously.",
        "In 1999.",
        "It began.",
    ]
    assert not any(is_bare(s) for s in sentences(quote))


def test_english_words_in_a_french_answer_are_reported_but_not_in_quotations() -> None:
    answer = "Le mentee fixe un goal.\n> The mentee sets the goal [1]\nLe guide « The GROW model »."
    assert wrong_language_words(answer, "fr") == ["goal", "mentee"]


def test_not_covered_precision_and_recall() -> None:
    def s(expected: bool, said: bool) -> AnswerScore:
        return AnswerScore("x", "en", "k", expected, said)

    summary = summarise([s(False, False), s(False, True), s(True, False), s(True, True)])
    assert summary.not_covered_precision == 0.5  # 2 said "not covered", 1 rightly
    assert summary.not_covered_recall == 0.5  # 2 truly not covered, 1 said so


def test_a_wrong_not_covered_scores_no_key_point() -> None:
    score = score_answer(ROW, "The guides do not cover this.", False, [])
    assert summarise([score]).points == (0, 3)


def test_a_line_introducing_a_quoted_passage_claims_nothing_but_an_invented_one_still_counts() -> (
    None
):
    answer = (
        "Kram described four phases [1].\n\n"
        "Here is what the guide “Phases” says:\n"
        "> Kram described four phases: initiation, cultivation, separation and redefinition. [1]\n"
        "The model was designed by NASA for astronauts in orbit [1]:"
    )
    score = score_answer(ROW, answer, True, [PASSAGE])
    assert score.unsupported == ["The model was designed by NASA for astronauts in orbit [1]:"]
