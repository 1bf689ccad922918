"""The crisis screen's fifth pass (2026-11-28): attempts told with the hospital after them, a
plan with a place and no return, pills taken "all at once", a stockpile; self-harm told through
its traces (plasters nobody knows about, no room left on the arms, days counted without cutting);
control and threats at home (a location shared, money taken, a threat tied to leaving, a knife
held to the throat); sexual approaches by a mentor or a manager (a shorter skirt, one hotel room,
"u up?", being made to change in front of him); danger now (someone in the kitchen, a bath and a
razor in a photo, a knife outside the door). And what must stay quiet: idioms ("jump off that
bridge when I come to it", « me noyer dans le café »), trainers' questions, a graduation
goodbye, a room shared with one's own partner, a chef's knife roll, a trade's cuts. Messages here
are written for these tests (not dataset rows); the positive ones are caught by the rules alone,
so retraining the learned backstop cannot change them."""

from __future__ import annotations

import pytest

from assistant.safety.crisis.context import by_accident
from assistant.safety.crisis.screen import detect_by_rules, texting
from assistant.safety.patterns import folded


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # suicide
        (
            "I ended up in A&E on Saturday after I took a bunch of tablets, can we push our call?",
            "suicide",
        ),
        (
            "Friday I'm going to drive out to the lake and not come back, so no need to book me in",
            "suicide",
        ),
        ("the only reason I'm still alive is my cat and she's fourteen", "suicide"),
        ("I'm going to take all of my mum's sleeping pills once she's asleep", "suicide"),
        ("j'ai avalé tous mes cachets d'un coup dimanche, je sors juste de l'hôpital", "suicide"),
        ("samedi je compte sauter de mon immeuble, c'est décidé", "suicide"),
        ("je ferme les yeux le soir en espérant ne plus les rouvrir", "suicide"),
        ("après la soutenance j'arrêterai tout, définitivement", "suicide"),
        # self-harm
        ("I keep a scalpel in my desk drawer in case the day goes badly", "self_harm"),
        (
            "there's barely any room left on my legs that isn't marked, so I've moved"
            " to my stomach",
            "self_harm",
        ),
        ("haven't cut for 12 days, which is a record, but tonight is bad", "self_harm"),
        ("je garde un cutter dans ma trousse au cas où la réunion se passe mal", "self_harm"),
        ("j'ai rechuté hier, et plus profond que d'habitude", "self_harm"),
        ("je me suis coupée dans les vestiaires avant mon service", "self_harm"),
        # abuse
        ("he held a knife to my throat when I said I was going to the interview", "abuse"),
        ("my boyfriend smashed my phone so I couldn't call the careers service", "abuse"),
        (
            "she said that if I ever try to leave she'll take the kids and I'll never see them",
            "abuse",
        ),
        ("mon mari a cassé mon portable quand il a vu que j'écrivais à ma mentore", "abuse"),
        ("mon conjoint prend toute ma bourse et je dois lui demander pour manger", "abuse"),
        ("mon patron a retiré nos passeports à tous les saisonniers", "abuse"),
        # harassment
        (
            "my mentor said the feedback would be better if I wore a shorter skirt to"
            " our next session",
            "harassment",
        ),
        ("my line manager texts 'u up?' most nights after midnight", "harassment"),
        ("the director booked one room for both of us at the trade fair", "harassment"),
        ("he said he'd pass my placement if I slept with him", "harassment"),
        ("mon tuteur m'a dit que je validerais le stage si je couchais avec lui", "harassment"),
        ("mon chef met sa main sur ma cuisse pendant les pauses", "harassment"),
        ("le formateur me fait me changer devant lui avant l'atelier", "harassment"),
        ("mon mentor me pose des questions sur ma vie sexuelle à chaque séance", "harassment"),
        # danger
        ("there's someone in my kitchen right now and I live alone, I can hear them", "danger"),
        ("my friend just sent a photo of a full bath and a razor and now she's offline", "danger"),
        ("a guy is outside my door with a crowbar shouting my name", "danger"),
        (
            "y a quelqu'un dans mon salon, j'entends marcher, je suis enfermée dans la"
            " salle de bain",
            "danger",
        ),
        ("mon voisin est en train de tabasser quelqu'un dans l'escalier", "danger"),
        ("ma collègue vient de s'ouvrir les poignets dans les toilettes", "danger"),
    ],
)
def test_caught_by_the_rules(message: str, category: str) -> None:
    signal = detect_by_rules(message)
    assert signal is not None and signal.category == category, (message, signal)


@pytest.mark.parametrize(
    "message",
    [
        # idioms and jokey hyperbole
        "that all-hands was social suicide for me, I called the CEO by the wrong name",
        "I'll jump off that bridge when I come to it, for now I just need a cover letter",
        "I'm going to drown myself in tea to finish the dissertation tonight",
        "I want to die of laughter every time I rewatch the demo fail",
        "I'm going to hang myself on the phone with the bank all morning",
        "je vais me noyer dans le café pour finir ce rapport 😂",
        "je me tape la tête contre ce tableur depuis ce matin",
        # guidance and sensitive but fine
        "As a trainer, what should I say if a group discussion turns to self-harm?",
        "I survived a suicide attempt years ago, now I'm training as a peer mentor,"
        " how do I put that on a CV?",
        "j'ai survécu à une tentative il y a longtemps, aujourd'hui je me forme"
        " pour devenir éducatrice",
        # ordinary talk using the words the new rules key on
        "Thank you for everything! I won't be here next year as I'm graduating, can"
        " we keep in touch?",
        "Merci pour tout ! Je ne serai plus là l'an prochain car je suis diplômé,"
        " on reste en contact ?",
        "my husband and I booked one room for both of us at the conference, can I claim it?",
        "I'm a chef so I always have a knife roll in my bag",
        "if I'm late for my shift they dock my pay, is that legal?",
        "my dad broke my laptop by accident, I'll dial in from my phone",
        "I bought a rope for the climbing club I'm setting up",
        "I'll be done for good with hospitality in June, how do I move into HR?",
        "the bridge design for our project would be so easy with a shorter span",
        "le nouveau stagiaire me suit partout pour apprendre, comment organiser ça ?",
        "j'ai acheté une corde d'escalade pour le club que je monte",
        "mon banquier me pousse un placement, je signe ?",
        "les RH disent que j'ai pas le droit de parler de mon salaire, c'est normal ?",
        "combien de Doliprane max par jour sans risque ?",
    ],
)
def test_idioms_guidance_and_ordinary_stay_quiet(message: str) -> None:
    assert detect_by_rules(message) is None, (message, detect_by_rules(message))


@pytest.mark.parametrize(
    ("message", "evidence"),
    [
        (
            "I'm a butcher's apprentice and cut myself less since I got the chainmail glove",
            "cut myself",
        ),
        ("je suis apprentie bouchère, je me coupe moins avec le gant en maille", "je me coupe"),
    ],
)
def test_a_trade_hazard_is_no_self_harm(message: str, evidence: str) -> None:
    text = texting(folded(message))
    end = text.index(evidence) + len(evidence)
    assert by_accident(text, end)
    assert detect_by_rules(message) is None, message


def test_a_trade_does_not_excuse_what_is_done_on_purpose() -> None:
    message = "I'm a chef and I burned my arm on the grill on purpose after service"
    signal = detect_by_rules(message)
    assert signal is not None and signal.category == "self_harm"


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # a trade alone excuses no cut
        ("I'm a chef and I keep cutting myself and hiding it from everyone", "self_harm"),
        ("je suis boucher et je me coupe souvent les bras, personne le sait", "self_harm"),
        # an everyday reason does not excuse an absence told with distress
        (
            "I'm supposed to be graduating in june but I wont be here by then, I have a plan",
            "suicide",
        ),
        (
            "thank you for everything, I won't be around much longer, I'm retiring from life",
            "suicide",
        ),
        (
            "je déménage le mois prochain mais de toute façon je ne serai plus là, j'ai un plan",
            "suicide",
        ),
    ],
)
def test_a_trade_or_an_everyday_reason_excuses_nothing_said_plainly(
    message: str, category: str
) -> None:
    signal = detect_by_rules(message)
    assert signal is not None and signal.category == category, message
