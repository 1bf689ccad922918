"""Specific: a concrete action or outcome and what it applies to, scored in a few points.

+2 a yes/no outcome that names what it is ("pass the PMP exam") or a concrete main clause
found by structure (:mod:`assistant.skills.smart.action`), but not a bare wish for something
generic ("find an internship", « trouver un stage »: no what, where or how many), +1 a count or
other quantity, +1 an action verb ("give", "animer"; "learn"/"apprendre" alone is not one), +1 a
named setting, tool, language or proper noun ("at team meetings", "Python", "Londres");
-2 a vague verb ("get better at", "improve", "work on", "progresser", "évoluer"), only -1 when
something is counted and nothing when it names its target ("improve X to 90%"), -1 a vague
comparative with no figure ("more", "davantage"), -1 a broad area with nothing counted
("career", "leadership", "réseau"). Specific from 2 up.
"""

from __future__ import annotations

import re

from assistant.skills.smart.text import Signal, any_of, words

SPECIFIC_FROM = 2

_VAGUE = re.compile(
    r"\b"
    + any_of(
        r"(?:get|be|become|feel|grow)\s+(?:a\s+)?(?:lot\s+)?(?:better|more|less|stronger|good"
        r"|great)",
        r"improve|improving|work\s+on|develop|grow|progress|evolve|enhance|boost|strengthen",
        r"focus\s+on|think\s+about|explore|look\s+into|level\s+up|upskill|learn\s+more|do\s+more",
        r"step\s+up|be\s+a\s+(?:better|good|great)|gain\s+(?:more\s+)?confidence",
        r"progresser|m'ameliorer|ameliorer|evoluer|developper|renforcer|me\s+perfectionner",
        r"travailler\s+(?:sur|mon|ma|mes|davantage)",
        r"(?:etre|devenir)\s+(?:plus|moins|un\s+meilleur|une\s+meilleure|meilleure?)",
        r"gagner\s+en|prendre\s+(?:confiance|de\s+l'assurance)|avancer|booster|me\s+faire\s+un",
        r"reflechir",
    )
    + r"\b"
)
_VAGUE_COMPARATIVE = re.compile(
    r"\b(?:more|less|better|stronger|happier|healthier|a\s+lot|plus|moins|mieux|davantage"
    r"|meilleure?s?|beaucoup)\b"
)
_BROAD = re.compile(
    r"\b(?:career|leadership|skills?|network(?:ing)?|confidence|communication|public\s+speaking"
    r"|management|health|fitness|life|balance|soft\s+skills|mindset|productivity|visibility"
    r"|carriere|competences?|reseau|confiance|prise\s+de\s+parole|sante|forme|vie|equilibre"
    r"|productivite|visibilite|culture\s+generale"
    # abstract qualities of a group or a service: "capacity", "quality", « les inégalités »
    r"|capacity|capacite|quality|qualite|availability|effectiveness|efficacite|equity|equite"
    r"|inequalities|inegalites|disparities|marginalisation|stigmatisation|autonomy|autonomie"
    r"|aches|pains|douleurs|opportunities|opportunites)\b"
    # "the leadership team" is a setting, not an area
    r"(?!\s+(?:team|meetings?|committee|board|workshop|course|training|programme|program"
    r"|equipe|comite|formation|atelier))"
)
_ACTION = {
    "en": re.compile(
        r"\b"
        + any_of(
            words(
                "give lead run present write publish read attend organise organize host call "
                "contact interview meet teach mentor train complete finish submit apply launch "
                "create build sign hire join enrol enroll register take practise practice speak "
                "deliver record delegate send pass obtain ship release open start stop quit walk "
                "swim cycle meditate save book schedule prepare draft redesign migrate automate "
                "document recruit exceed cap limit deploy lose reduce cut increase raise talk "
                "discuss ask negotiate find reach hit achieve sleep drink eat cook ride bike hike "
                "climb row relocate emigrate"
            ),
            r"set\s+up|reach\s+out|get\s+promoted|pay\s+off|move\s+to",
            r"(?:become|be|get)\s+(?:fluent|bilingual|conversational)",
        )
        + r"\b"
    ),
    "fr": re.compile(
        r"\b"
        + any_of(
            words(
                "animer presenter rediger ecrire publier lancer terminer finir suivre postuler "
                "candidater organiser creer lire participer assister recruter contacter "
                "rencontrer passer mediter obtenir decrocher signer ouvrir courir marcher nager "
                "economiser epargner rembourser envoyer preparer inscrire m'inscrire valider "
                "soumettre deposer former coacher accompagner planifier programmer monter quitter "
                "arreter depasser limiter parler deleguer deployer perdre reduire diminuer "
                "augmenter baisser demander negocier discuter trouver atteindre dormir boire "
                "manger cuisiner demenager s'installer m'installer randonner pedaler"
            ),
            r"prendre\s+la\s+parole|mettre\s+en\s+place|mettre\s+de\s+cote|devenir\s+bilingue",
            r"partir\s+vivre",
        )
        + r"\b"
    ),
}
_CONTEXT = re.compile(
    r"\b"
    + any_of(
        words(
            "team meeting meetings stand-up standup stand-ups standups client clients customer "
            "customers conference conferences colleague colleagues manager boss board committee "
            "student students class university school company department project website app "
            "linkedin github blog podcast newsletter english spanish german italian chinese "
            "japanese portuguese arabic python excel sql java javascript react figma tableau aws "
            "gym office revenue sales deadline deadlines exam exams email emails interview "
            "interviews entretien entretiens equipe reunion reunions collegue collegues comite "
            "etudiant etudiants classe universite ecole entreprise service projet site anglais "
            "espagnol allemand italien chinois japonais portugais arabe bureau ventes echeance "
            "echeances partiel examen examens mail mails"
        ),
        r"chiffre\s+d'affaires|salle\s+de\s+sport",
    )
    + r"\b"
)
# On the original text: an acronym (PMP, AWS) or a capitalised word inside the sentence.
_NAMED = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b|(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+")
_TARGET_KINDS = {"score", "percent", "money", "level"}
_NOT_CONCRETE_KINDS = {"outcome", "change"}  # outcomes score apart; "change" names nothing


def specificity(
    folded: str, original: str, language: str, measures: list[Signal], clause: Signal | None = None
) -> tuple[int, Signal | None]:
    """The concreteness score and the words that earned it most (an outcome, else an action).

    ``folded`` should have the reason clause masked out: "…, pour gagner en aisance" says why,
    not what, and its vague words must not count against the goal itself. ``clause`` is the
    goal's concrete action found by structure (:mod:`assistant.skills.smart.action`): it
    counts as much as an outcome.
    """
    score, best = 0, None
    outcomes = [m for m in measures if m.kind == "outcome"]
    counts = [m for m in measures if m.kind not in _NOT_CONCRETE_KINDS]
    action = _ACTION.get(language, _ACTION["en"]).search(folded)
    if clause and clause.kind == "wish":  # "find an internship": what, where, how many?
        outcomes = [m for m in outcomes if not clause.start <= m.start < clause.end + 1]
        action = None if action and action.start() == clause.start else action
        clause = None
    if outcomes or clause:
        score += 2
        best = outcomes[0] if outcomes else clause
    if counts:
        score += 1
    if action:
        score += 1
        best = best or Signal("action", action.start(), action.end())
    if _CONTEXT.search(folded) or _NAMED.search(original):
        score += 1
    if _VAGUE.search(folded) and not any(m.kind in _TARGET_KINDS for m in counts):
        score -= 1 if counts else 2
    elif _VAGUE_COMPARATIVE.search(folded) and not counts:
        score -= 1
    if _BROAD.search(folded) and not (outcomes or counts):
        score -= 1
    return score, best
