"""The coaching-vs-mentoring stance classifier: what a trainer can rely on (issue 12)."""

from __future__ import annotations

import pytest

from assistant.skills.stance import CUES, STANCES, StanceResult, classify, classify_lines
from assistant.skills.stance.cues import find_cues
from assistant.skills.stance.profile import (
    asks_for_advice,
    parse_transcript,
    profile_transcript,
)

ACCEPTANCE = [
    ("What options do you see?", "coaching", "en"),
    (
        "When I was in your position I asked my manager for a stretch project; "
        "I'd suggest the same.",
        "mentoring",
        "en",
    ),
    ("Thanks, see you Thursday at 10.", "neutral", "en"),
    ("Quelles options vois-tu ?", "coaching", "fr"),
    (
        "Quand j'étais à ta place, j'ai demandé un projet ambitieux à ma responsable ; "
        "je te suggère de faire pareil.",
        "mentoring",
        "fr",
    ),
    ("Merci, à jeudi 10 h.", "neutral", "fr"),
]


@pytest.mark.parametrize(("text", "stance", "language"), ACCEPTANCE)
def test_the_acceptance_examples_get_their_stance_in_english_and_french(
    text: str, stance: str, language: str
) -> None:
    result = classify(text)
    assert (result.stance, result.language) == (stance, language)


@pytest.mark.parametrize(("text", "stance", "language"), ACCEPTANCE)
def test_every_answer_names_cues_of_its_own_label_first(
    text: str, stance: str, language: str
) -> None:
    result = classify(text)
    assert result.cues, "a label always comes with its cues"
    assert set(result.cues) <= set(CUES)
    families = {"coaching": 0, "mentoring": 6, "neutral": 13}
    first = CUES.index(result.cues[0])
    assert families[stance] <= first < families[stance] + (6 if stance != "neutral" else 3)


def test_the_sharp_cues_are_named() -> None:
    assert find_cues("What options do you see?") == ["open_question"]
    mentoring = find_cues(
        "When I was in your position I asked my manager for a stretch project; "
        "I'd suggest the same."
    )
    assert {"experience", "suggestion"} <= set(mentoring)
    assert "leading_question" in find_cues("Have you considered asking your manager?")
    assert "leading_question" in find_cues("As-tu pensé à demander à ta cheffe ?")
    assert "advice" in find_cues("Je te conseille de relancer le recruteur.")
    assert "network" in find_cues("I can put you in touch with Sam at Decathlon.")
    assert {"affirmation", "logistics"} <= set(find_cues("Merci, à jeudi 10 h."))


def test_advice_in_disguise_is_mentoring_and_an_open_what_is_coaching() -> None:
    assert classify("Have you thought about asking your manager?").stance == "mentoring"
    assert classify("T'as pensé à contacter l'association des anciens ?").stance == "mentoring"
    assert classify("What have you considered so far?").stance == "coaching"


def test_confidence_is_a_probability_and_the_probabilities_add_up() -> None:
    for text, _, _ in ACCEPTANCE:
        result = classify(text)
        assert 0.0 <= result.confidence <= 1.0
        assert set(result.probabilities) == set(STANCES)
        assert sum(result.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
        assert result.confidence == max(result.probabilities.values())


def test_the_same_turn_always_gets_the_same_answer() -> None:
    text = "Sounds like you're torn. What matters most to you here?"
    first = classify(text, "I don't know whether to stay or go.")
    assert all(classify(text, "I don't know whether to stay or go.") == first for _ in range(3))


def test_json_holds_exactly_the_public_fields() -> None:
    data = classify("What options do you see?").to_json()
    assert set(data) == {"stance", "confidence", "cues", "language"}


def test_an_empty_turn_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        classify("   ")


def test_lines_become_records_with_the_input_text_and_blank_lines_are_skipped() -> None:
    records = list(classify_lines(["What options do you see?\n", "\n", "Merci, à jeudi 10 h.\n"]))
    assert [r["text"] for r in records] == ["What options do you see?", "Merci, à jeudi 10 h."]
    assert [r["stance"] for r in records] == ["coaching", "neutral"]


TRANSCRIPT = """\
Mentee: I can't decide whether to take the job in Lyon.
Mentor: What matters most to you in this decision?
Mentee: Being close to my family, I think. What would you do?
Mentor: When I moved for a job I regretted it; I'd suggest staying close to home.
Mentee: OK.
Mentor: You should also negotiate remote days before you sign.
  Most companies accept two a week.
Mentor: Are you ready to decide by Friday?
"""


def test_a_transcript_profiles_each_speaker() -> None:
    turns, profiles = profile_transcript(TRANSCRIPT.splitlines())
    speakers = ["Mentee", "Mentor", "Mentee", "Mentor", "Mentee", "Mentor", "Mentor"]
    assert [t.speaker for t in turns] == speakers
    assert "Most companies" in turns[5].text, "an unnamed line continues the turn before"
    mentor = next(p for p in profiles if p.speaker == "Mentor")
    assert mentor.turns == 4
    assert mentor.stances == {"coaching": 2, "mentoring": 2, "neutral": 0}
    assert mentor.shares() == {"coaching": 0.5, "mentoring": 0.5, "neutral": 0.0}
    # two turns ask a question: one open ("What matters most…"), one closed ("ready by Friday?")
    assert (mentor.open_questions, mentor.questions, mentor.open_question_ratio()) == (1, 2, 0.5)
    # the story after "What would you do?" was asked for; the remote-days advice was not
    mentoring = [t for t in turns if t.speaker == "Mentor" and t.result.stance == "mentoring"]
    assert [t.asked for t in mentoring] == [True, False]
    assert mentor.unsolicited_advice == 1


def test_asking_for_advice_is_recognised_in_both_languages() -> None:
    assert asks_for_advice("What would you do in my place?")
    assert asks_for_advice("Tu ferais quoi, toi ?")
    assert not asks_for_advice("I had a rough week.")


def test_a_transcript_without_speakers_is_refused() -> None:
    with pytest.raises(ValueError, match="Speaker: text"):
        parse_transcript(["just some text", "more text"])
    with pytest.raises(ValueError, match="no 'Speaker: text' turn"):
        parse_transcript(["", "  "])


def test_results_are_plain_values() -> None:
    result = classify("Great job!")
    assert isinstance(result, StanceResult)
    assert result.stance == "neutral"


@pytest.mark.slow
def test_the_shipped_weights_are_what_training_rebuilds() -> None:
    """`python -m evals.train_stance` is deterministic and the shipped file is its output."""
    import numpy as np

    from assistant.skills.stance.classifier import load_model
    from evals.eval_stance import load_split
    from evals.train_stance import TRAINING, fit

    train = [row for name in TRAINING for row in load_split(name)]
    fitted = fit([r.text for r in train], [r.context for r in train], [r.label for r in train])
    shipped = load_model()
    assert np.allclose(fitted.coef_.astype(np.float32), shipped.weights, atol=1e-6)
    assert shipped.about["train_rows"] == len(train)


def test_formal_french_negative_questions_and_inversions_are_leading() -> None:
    """« ne… -il point ? », « n'est-ce pas ? », « avez-vous oublié… ? » imply their answer."""
    for text in (
        "Ne serait-il pas plus sage d'attendre la réponse de la banque ?",
        "Ce chiffre n'est-il point le double de celui de l'an dernier ?",
        "Tu sais bien que le patron n'aime pas les retards, n'est-ce pas ?",
        "Ne croyez-vous pas qu'un mot d'excuse suffirait ?",
        "Avez-vous oublié ce que la banque vous a répondu l'an dernier ?",
        "Savez-vous que les inscriptions ferment en mars ?",
        "Avez-vous songé à écrire au directeur ?",
        "Que diriez-vous d'un stage avant de vous engager ?",
        "Don't you think a short note to her would settle it?",
    ):
        assert "leading_question" in find_cues(text), text
    assert "leading_question" not in find_cues("Qu'avez-vous envisagé jusqu'ici ?")
    assert "leading_question" not in find_cues("Avez-vous le sentiment d'avoir été entendu ?")


def test_an_invitation_to_speak_is_an_open_question_not_advice() -> None:
    for text in (
        "Tell me about something you learned this month.",
        "Talk me through how you prepared.",
        "Dites-moi ce qui vous retient.",
        "Essaie donc de me dire ce que tu cherches.",
        "Décrivez-moi la journée de travail idéale.",
    ):
        cues = find_cues(text)
        assert cues[0] == "open_question" and "advice" not in cues, (text, cues)
    assert "advice" in find_cues("Tell me, you should call her today.")


def test_older_and_formal_phrasing_is_not_misread() -> None:
    assert "advice" not in find_cues("Je n'ai garde de vous reprocher cette faute.")
    assert "advice" in find_cues("Gardez en tête que le jury lit d'abord la conclusion.")
    assert "advice" in find_cues("Il faut que vous preniez l'habitude de tout noter.")
    assert "advice" in find_cues("Il ne s'agit pas de tout régler ce soir.")
    assert "logistics" not in find_cues("What I am hearing is that the product works.")
    assert "logistics" in find_cues("See you at 10 am.")
    assert "advice" not in find_cues("Let me reflect back what you said.")
    assert "autonomy_support" in find_cues("You are the experts; I trust your judgement.")
    assert "autonomy_support" in find_cues("Je vous fais confiance pour en décider.")


def test_formal_french_turns_get_their_stance() -> None:
    assert classify("Ne serait-il pas plus sage d'attendre la réponse de la banque ?").stance == (
        "mentoring"
    )
    assert classify("Que voyez-vous, aujourd'hui, qui vous retienne encore ici ?").stance == (
        "coaching"
    )
    assert (
        classify(
            "Quand j'étais jeune commis, j'ai tout accepté sans rien demander. Faites autrement."
        ).stance
        == "mentoring"
    )
