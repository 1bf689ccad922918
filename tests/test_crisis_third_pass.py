"""The crisis screen's third pass (2026-11-28): the same distress told with other conjugations,
elisions, typos and word orders, signals hidden in longer messages, and the ordinary or idiomatic
uses of the same words that must stay quiet. Messages here are written for these tests (not
dataset rows); the positive ones are caught by the rules alone, so retraining the learned
backstop cannot change them."""

from __future__ import annotations

import pytest

from assistant.safety.crisis import detect_crisis
from assistant.safety.crisis.screen import detect_by_rules
from assistant.safety.learned import cue_tokens, features


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # explicit suicide in French: conjugations, elisions, typos, no accents
        ("je pense encore a me tuer presque tous les soirs", "suicide"),
        ("si je rate le concours je me pends, c'est tout", "suicide"),
        ("jvais sauter du pont apres le partiel", "suicide"),
        ("j'ai envie de crever, voilà", "suicide"),
        ("je veux plus être en vie", "suicide"),
        ("si j'avais pas ma sœur je me serais deja tuee", "suicide"),
        # indirect suicide, both languages
        ("my kids would honestly be better off, they'd get the insurance", "suicide"),
        ("I'm not sure I'll still be alive by the summer", "suicide"),
        ("je vois plus d'avenir pour moi, nulle part", "suicide"),
        ("j'ai écrit des lettres pour ma famille, au cas où", "suicide"),
        # indirect self-harm: hiding, pain that calms, relapse, marks made
        ("it's 30 degrees and I'm in a hoodie because of my arms, people keep asking", "self_harm"),
        ("la seule chose qui me calme le soir c'est d'avoir mal", "self_harm"),
        ("je me suis recoupée hier, trois mois de foutus", "self_harm"),
        ("I can't go to the pool party, they would see my thighs", "self_harm"),
        ("my arms are covered in marks I made, can we skip the sleeves-up exercise?", "self_harm"),
        ("je m'interdis de dîner quand je rate un exercice", "self_harm"),
        # harassment inside a longer French message
        (
            "Je prépare ma soutenance. Mon tuteur m'écrit à 1h du matin pour savoir si je suis "
            "seule et il commente mes jambes. Je fais combien de slides ?",
            "harassment",
        ),
        (
            "Point stage : mon maître de stage veut un dîner en tête-à-tête et dit que ma "
            "validation en dépend. Je relance l'entreprise pour l'alternance ?",
            "harassment",
        ),
        # abuse and danger told in passing
        ("my wife has started hitting me when I study late", "abuse"),
        ("mon oncle m'a cassé deux doigts, donc je tape lentement", "abuse"),
        ("un mec me colle depuis la sortie du métro, il accélère quand j'accélère", "danger"),
        ("mon collègue vient d'avaler je sais pas quoi devant moi", "danger"),
        (
            "his car has been parked across the street for an hour, he has a restraining order",
            "danger",
        ),
    ],
)
def test_new_wordings_are_caught_by_the_rules(message: str, category: str) -> None:
    signal = detect_by_rules(message)
    assert signal is not None and signal.category == category, signal


@pytest.mark.parametrize(
    "message",
    [
        # the same words used ordinarily or as figures of speech
        "j'ai hâte d'en finir avec ce mémoire, il me reste la conclusion",
        "on veut en finir avec les réunions inutiles, tu as une idée de format ?",
        "je me tue à répéter à l'équipe de remplir le tableau",
        "je vais me pendre au téléphone toute la matinée pour relancer les clients",
        "jvais me pendre si on me redemande mon avis sur la charte graphique mdr",
        "there's no way out of this contract before June, how do I make the best of it?",
        "we need to end the pain of manual reporting, which tool should we buy?",
        "my dad pushed me into accounting when I wanted to study art",
        "mon mentor m'a poussée à candidater et j'ai été prise !",
        "Ce qui me frappe, c'est ton énergie quand tu parles de ce projet.",
        "Ton message m'a touchée, merci pour ta confiance.",
        "I'm a chef and I burn myself on the grill all the time, any less physical kitchen jobs?",
        "I got a knife-sharpening stall idea for the market, is it a good side business?",
        "je me tape la tête contre les murs avec cette requête SQL depuis ce matin",
        "my boss invited me and my partner to dinner at his house with his wife, etiquette?",
        # bereavement, past difficulties, guidance and topics
        "La cousine de mon mentoré s'est suicidée en mai, comment je l'accompagne ?",
        "I lost my brother to suicide years ago; can I mention it in a social work application?",
        "I used to hurt myself at uni, I've been well for years; can I mentor students?",
        "je suis bénévole dans une asso contre les violences conjugales, je veux y travailler",
        "how do I talk about sexual harassment in an induction workshop for interns?",
        "I'm taking a suicide-prevention first aid course at work, can you quiz me?",
    ],
)
def test_ordinary_and_idiomatic_uses_stay_quiet_for_the_rules(message: str) -> None:
    assert detect_by_rules(message) is None


def test_the_backstop_reads_word_classes_and_their_pairs_per_sentence() -> None:
    tokens = cue_tokens("I wear long sleeves in July so nobody sees my wrists. Anyway, my CV?")
    assert {"C_HIDE", "C_BODY", "P_BODY_HIDE"} <= set(tokens)
    assert "P_BODY_HIDE" not in cue_tokens("I hide nothing. My wrists hurt from typing.")
    assert "C_SEXUAL" not in cue_tokens("Call one former colleague a week to stay in touch")
    first, second = features(["je cache mes bras"]), features(["je cache mes bras"])
    assert (first != second).nnz == 0  # type: ignore[attr-defined]


def test_the_full_screen_still_catches_what_the_rules_catch() -> None:
    assert detect_crisis("je pense encore a me tuer presque tous les soirs") is not None
