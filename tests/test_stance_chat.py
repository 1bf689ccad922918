"""In chat, "is this coaching or mentoring: …" is answered by the classifier (label and cues
from code), with a rewrite in the other stance that is shown only if the classifier agrees."""

from __future__ import annotations

import pytest

from assistant.agent import Agent
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.skills.stance import classify
from assistant.skills.stance.skill import utterance_to_classify


@pytest.mark.parametrize(
    ("message", "utterance"),
    [
        ("is this coaching or mentoring: 'What options do you see?'", "What options do you see?"),
        (
            "Is this coaching or mentoring: Have you thought about asking your manager?",
            "Have you thought about asking your manager?",
        ),
        ("« Quelles options vois-tu ? » : coaching ou mentorat ?", "Quelles options vois-tu ?"),
        (
            "Est-ce du coaching ou du mentorat : « Quand j'étais à ta place, j'ai appelé. »",
            "Quand j'étais à ta place, j'ai appelé.",
        ),
    ],
)
def test_the_sentence_asked_about_is_found(message: str, utterance: str) -> None:
    assert utterance_to_classify(message) == utterance


@pytest.mark.parametrize(
    "message",
    [
        "What is the difference between coaching and mentoring?",
        "Should I use coaching or mentoring with a new mentee?",
        "coaching or mentoring?",
    ],
)
def test_other_questions_about_the_two_stances_go_to_the_guides(message: str) -> None:
    assert utterance_to_classify(message) is None


def ask(settings, kb, records, script: list[str], message: str) -> tuple[str, ScriptedChatModel]:
    model = ScriptedChatModel(script=script)
    reply = Agent(settings, kb, records, model).respond(Conversation(user="amira"), message)
    return reply.complete(), model


def test_the_label_and_cues_come_from_the_classifier_and_a_checked_rewrite_follows(
    settings, kb: KnowledgeBase, records: Records
) -> None:
    text, model = ask(
        settings,
        kb,
        records,
        ["What options do you see for raising this with your manager?"],
        "is this coaching or mentoring: 'Have you thought about asking your manager?'",
    )
    expected = classify("Have you thought about asking your manager?")
    assert expected.stance == "mentoring"
    assert text.startswith(
        f"“Have you thought about asking your manager?”: a **mentoring** stance (confidence "
        f"{round(expected.confidence * 100)} %)."
    )
    assert "leading question (advice in disguise)" in text
    assert text.endswith(
        "In a coaching stance, it could be: “What options do you see for raising this with your "
        "manager?”"
    )
    assert len(model.calls) == 1  # the model wrote the rewrite only


def test_a_rewrite_the_classifier_does_not_read_in_the_other_stance_is_not_shown(
    settings, kb: KnowledgeBase, records: Records
) -> None:
    text, _ = ask(
        settings,
        kb,
        records,
        ["I'd suggest you ask your manager tomorrow."],  # still advice: not a coaching rewrite
        "Est-ce du coaching ou du mentorat : « Tu devrais demander à ta responsable. »",
    )
    assert "posture **mentorat**" in text
    assert "I'd suggest" not in text
    assert text.endswith(
        "(Aucune reformulation dans l'autre posture n'a pu être vérifiée cette fois.)"
    )
