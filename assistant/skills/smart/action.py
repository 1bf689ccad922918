"""The goal's main action, found by structure rather than by a closed list of verbs.

A goal is usually typed as an infinitive or imperative clause, on its own or after "I want
to" / "je veux": "Refondre la page d'accueil…", "I'd like to repaint the spare room…". The
word that heads that clause is its verb (in French it must look like an infinitive: -er, -ir,
-re, -oir). The clause is a concrete action when

- its verb is not a vague one ("improve", "work on", "progresser") nor a copula ("be",
  "become", "être", "feel"): those say how to be, not what to do;
- something follows that the action applies to: the first content word after it is neither
  a broad area ("career", "réseau", "passion") nor filler ("something", "quelque chose");
- nothing in the clause is a bare comparative ("more", "better", "plus", "mieux"): "delegate
  more", "organiser mieux mes journées" say a direction, not an act.

Such an action is a **deliverable** (done or not: a yes/no outcome an observer can check)
unless its verb names a process with no end of its own ("prepare for", "practise", "réviser",
"speak English"): then it is only an **action**.
"""

from __future__ import annotations

import re

from assistant.language.number_words import NUMBER
from assistant.skills.smart.text import Signal, any_of

# Where the goal's clause starts: the text, a sentence, or what follows "I want to"/"je veux".
_CLAUSE_START = re.compile(
    any_of(
        r"^\s*",
        r"[.!?:;]\s+",
        r",\s+(?=(?:je|j'|i)\b)",
        r"\b(?:i|we)\s*(?:really\s+|also\s+|just\s+)?(?:want|wanna|would\s+like|'d\s+like"
        r"|need|plan|hope|intend|aim|have|am\s+going|'m\s+going|will|must|should)(?:\s+to)?\s+",
        r"\b(?:je\s+|j')(?:veux|voudrais|souhaite|souhaiterais|dois|vais|compte|aimerais"
        r"|espere|ai\s+envie\s+de|ai\s+besoin\s+de)\s+",
        r"\b(?:on|nous)\s+(?:veut|va|voulons|allons|doit|devons)\s+",
        r"\bun\s+jour,?\s+",
    )
)
_TOKEN = re.compile(r"[\w'-]+|[,;.!?:()\[\]]|\s{2,}")
_SKIP_BEFORE_VERB = set(
    "really also finally just then actually asap to please enfin vraiment aussi ne n' pas plus "
    "jamais me se te nous".split()
)
_NOT_A_VERB_EN = set(
    "i i'm i've i'd im my our the a an more less better to and so in on by this that it we you "
    "one some someday eventually since as if when maybe hopefully all every each no not never "
    "weekly daily monthly in two words".split()
)
_NOT_A_VERB_FR = set(
    "notre votre entre contre autre premier premiere dernier derniere hier plaisir avenir "
    "leur leurs pour sur".split()
)
_FR_INFINITIVE = re.compile(r"[a-z]{2,}(?:er|ir|re|oir)$")
# Vague verbs and copulas, each with the words after it that make it vague (None: always).
_VAGUE_HEAD: dict[str, set[str] | None] = {
    verb: None
    for verb in (
        "improve enhance develop grow boost strengthen work focus be become feel stay seem "
        "look learn understand master explore discover think reflect try keep continue care "
        "network progress evolve level upskill step catch deal figure embrace cultivate nurture "
        "ameliorer developper progresser evoluer renforcer travailler bosser etre devenir "
        "sentir apprendre comprendre maitriser explorer decouvrir reflechir essayer continuer "
        "avancer booster cultiver rattraper reseauter stay remain rester demeurer oser dare "
        "optimise optimize optimiser approfondir deepen broaden elargir expand"
    ).split()
} | {
    "get": set(
        "better good more less fit fitter organised organized into healthier stronger "
        "closer comfortable used back".split()
    ),
    "gagner": {"en"},
    "prendre": set("soin confiance recul de".split()),
    "take": {"care"},
    "change": set("my job jobs career careers".split()),
    "changer": {"de", "d'"},
}
_START = {"start", "begin", "commencer", "recommencer"}
_LEARN = {"learn", "apprendre"}  # vague alone, concrete with a count: "learn three songs"
_COUNTED = re.compile(rf"\b(?:{NUMBER['en']}|{NUMBER['fr']})\b")
# Verbs of a process with no end of its own: a concrete action, not a yes/no outcome.
_PROCESS = set(
    "prepare practise practice study revise rehearse train preparer pratiquer etudier reviser "
    "entrainer".split()
)
_SPEAK = {"speak", "parler"}
_LANGUAGE = set(
    "english spanish german italian chinese mandarin japanese portuguese arabic french anglais "
    "espagnol allemand italien chinois mandarin japonais portugais arabe francais fluently "
    "couramment".split()
)
_FUNCTION = set(
    "the a an my our your his her their its this that these those to for at in on of with from "
    "into onto up out off down back over about through by as and or all each every one "
    "le la les l' un une des du de d' mon ma mes ton ta tes son sa ses notre nos votre vos leur "
    "leurs ce cet cette ces a au aux en dans sur pour avec par chez vers et ou tout toute tous "
    "toutes chaque it them me myself moi-meme y".split()
)
_COMPARATIVE = set(
    "more less better worse harder faster smarter stronger happier healthier plus moins mieux "
    "davantage meilleur meilleure meilleurs meilleures pire real vrai vraie".split()
)
_FILLER = set(
    "something anything things stuff thing quelque chose choses trucs truc day days "
    "week weeks month months year years jour jours semaine semaines mois an ans morning "
    "evening matin soir weekend weekends week-end week-ends fois times lot".split()
)
_BROAD = set(
    "career leadership skills skill network networking confidence communication mindset life "
    "balance health fitness productivity visibility passion potential purpose future "
    "boundaries limits comfort self myself habits goals stress carriere competences competence "
    "reseau confiance communication sante forme vie equilibre productivite visibilite avenir "
    "limites zone confort soi moi habitudes objectifs management sport sports exercise exercice "
    "shape time temps motivation voie path way emotions feelings horizons meaning sens ownership "
    "knowledge connaissances organisation organization energy energie attitude happiness bonheur "
    "wellbeing bien-etre self-esteem estime point finances conflict conflicts relationships "
    "relations relationship presence impact influence image reputation brand marque potentiel "
    "creativity creativite mood humeur focus concentration discipline patience growth progress "
    "progres community".split()
)
# An English broad word used as a modifier of the noun after it.
_MODIFIES = re.compile(r"(?:career|leadership|health|fitness|communication|network) [a-z]{3,}")
_WINDOW = 7  # words after the verb that the clause may use to name its object


def find_action(text: str, language: str) -> Signal | None:
    """The goal's concrete action (kind "deliverable" or "action") in folded ``text``."""
    for start in _CLAUSE_START.finditer(text):
        found = _action_at(text, start.end(), language)
        if found is not None:
            return found
    return None


def _action_at(text: str, position: int, language: str) -> Signal | None:
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, position)]
    tokens = tokens[: _WINDOW + 6]
    index = 0
    while index < len(tokens) and tokens[index][0] in _SKIP_BEFORE_VERB:
        index += 1
    if index >= len(tokens):
        return None
    verb, start, end = tokens[index]
    verb = verb.split("'", 1)[1] if re.match(r"[mst]'", verb) else verb
    after = [word for word, _, _ in tokens[index + 1 : index + 1 + _WINDOW]]
    if verb in _START and after:  # "start exercising", "commencer à courir": the second verb
        particle = 1 if after[0] in {"to", "a", "de", "d'", "par"} and len(after) > 1 else 0
        return _action_at(text, tokens[index + 1 + particle][1], language)
    if not _is_verb(verb, language):
        return None
    if verb in _LEARN and _COUNTED.search(" ".join(_clause(after))):
        return Signal("action", start, end)
    if _is_vague(verb, after) or not _names_object(after):
        return None
    process = verb in _PROCESS or (verb in _SPEAK and bool(_LANGUAGE.intersection(after[:3])))
    return Signal("action" if process else "deliverable", start, end)


def _is_verb(word: str, language: str) -> bool:
    if not re.fullmatch(r"[a-z][\w'-]*", word):
        return False
    if language == "fr":
        return bool(_FR_INFINITIVE.fullmatch(word)) and word not in _NOT_A_VERB_FR
    return word not in _NOT_A_VERB_EN and not word.endswith("ly")


def _is_vague(verb: str, after: list[str]) -> bool:
    if verb in _VAGUE_HEAD:
        triggers = _VAGUE_HEAD[verb]
        if triggers is None or (after and after[0] in triggers):
            return True
    return any(word in _COMPARATIVE for word in _clause(after))


def _clause(after: list[str]) -> list[str]:
    """The words of ``after`` up to punctuation or a masked-out span."""
    clause: list[str] = []
    for word in after:
        if not re.fullmatch(r"[\w'-]+", word):
            break
        clause.append(word)
    return clause


def _names_object(after: list[str]) -> bool:
    """The first content word after the verb is something the action applies to."""
    content = [
        re.sub(r"^[dl]'", "", word)
        for word in _clause(after)
        if word not in _FUNCTION and word not in _FILLER and not re.fullmatch(r"[dl]'", word)
    ]
    # A broad word may qualify the real object: "a career coaching session".
    while content and content[0] in _BROAD and len(content) > 1 and content[1] not in _BROAD:
        if not _MODIFIES.match(" ".join(content[:2])):
            break
        content = content[1:]
    return bool(content) and content[0] not in _BROAD and content[0] not in _FILLER
