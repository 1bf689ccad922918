"""The crisis screen's fourth pass (2026-11-28): texting elisions of « je », a signal that is the
condition itself in a message with "lol", absences and goodbyes told with an everyday reason,
injuries told as accidents, other people's distress seen at work. Messages here are written for
these tests (not dataset rows); the positive ones are caught by the rules alone, so retraining
the learned backstop cannot change them."""

from __future__ import annotations

import pytest

from assistant.safety.crisis.screen import detect_by_rules, texting


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("jveux plus rien", "je veux plus rien"),
        ("chuis a bout", "je suis a bout"),
        ("jen peux plus", "j'en peux plus"),
        ("jai rate", "j'ai rate"),
        ("jean et jeudi", "jean et jeudi"),
    ],
)
def test_texting_elisions_are_spelt_out(folded: str, expected: str) -> None:
    assert texting(folded) == expected


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("jveux plus être là, c'est tout", "suicide"),
        ("why bother with the cv if i wont be around by june lol", "suicide"),
        ("je ne serai plus là après, tant pis", "suicide"),
        ("my mentor keeps asking what I'm wearing when he texts at night", "harassment"),
        ("j'ai ressorti mes lames hier soir", "self_harm"),
        ("my coach says we should have our sessions at his hotel from now on", "harassment"),
        ("il me menace si je vais voir les prud'hommes, et il garde mon passeport", "abuse"),
        ("my friend is calling me from the bridge and won't say where exactly", "danger"),
    ],
)
def test_caught_by_the_rules(message: str, category: str) -> None:
    signal = detect_by_rules(message)
    assert signal is not None and signal.category == category, message


@pytest.mark.parametrize(
    "message",
    [
        "I won't be here next month, I'm moving to Lisbon for the new role",
        "I won't be around for the next three sessions, family visit abroad",
        "je ne serai plus là après 18h, on peut avancer ?",
        "I want to take my life in a new direction, maybe data science",
        "I got hit with a big fine for late filing, how do I avoid that next year?",
        "I broke my arm skiing so I'll type slowly",
        "je me suis brûlée la main en cuisine hier, rien de grave",
        "je suis éducateur, je vois beaucoup de jeunes qui se scarifient, comment éviter l'usure ?",
        "I work with teenagers who self-harm, how do I look after myself?",
        "j'ai subi du harcèlement moral dans mon ancien poste, c'est derrière moi maintenant",
        "j'ai laissé des lettres de recommandation à mes stagiaires avant de partir",
        "my mentee mentioned she used to self-harm, she's fine now, should I bring it up?",
        "jvais me pendre si on me redemande de refaire le logo mdr",
    ],
)
def test_ordinary_or_guidance_stays_quiet(message: str) -> None:
    assert detect_by_rules(message) is None, message
