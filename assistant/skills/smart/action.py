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
"speak English"): then it is only an **action**; or an ongoing or directional behaviour
("reduce", "track", "watch", "keep", "restart", "eat", "réduire", "suivre", "reprendre"): then it
is a **direction**, concrete but never done once and for all, so measurable only with a quantity.
A wish for something generic ("find an internship", "get a job", « trouver un stage ») is a
**wish**: done or not, but it does not say what, where or how many, so it is not specific; nor is
a behaviour applied only to generic things ("watch online videos on healthy living"): no action.

:func:`find_head` gives the goal's head verb even when vague, and says whether it is directional
(measurable only with a quantity) and whether the behaviour can be counted (a frequency such as
"every day" measures "walk" but not "be more positive").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.number_words import NUMBER
from assistant.skills.smart.text import Signal, any_of

# Where the goal's clause starts: the text, a sentence, or what follows "I want to"/"je veux".
_CLAUSE_START = re.compile(
    any_of(
        r"^\s*",
        r"[.!?:;]\s+",
        r",\s+(?=(?:je|j'|i)\b)",
        r"\b(?:i|we)\s*(?:really\s+|also\s+|just\s+)?(?:want|wanna|would\s+(?:like|love)|'d\s+like"
        r"|'d\s+love|need|plan|hope|intend|aim|wish|have|am\s+going|'m\s+going|will|must|should)"
        r"(?:\s+to)?\s+",
        r"\b(?:help\s+me|(?:my|our)\s+(?:goal|aim|objective|plan)\s+is)(?:\s+to)?\s+",
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:planning|hoping|trying|aiming|going)\s+(?:to|on)\s+"
        r"|(?=[a-z]+ing\b))",
        r"\b(?:il\s+(?:faut|faudrait)\s+que\s+(?:je|j')|je\s+(?:dois|devrais))\s*",
        r"\b(?:je\s+|j')(?:veux|voudrais|souhaite|souhaiterais|dois|vais|compte|aimerais"
        r"|espere|ai\s+envie\s+de|ai\s+besoin\s+de)\s+(?:bien\s+)?",
        r"\b(?:aide[sz]?-moi\s+a|m'aider\s+a|(?:mon|notre)\s+(?:but|objectif)\s+(?:est|serait)"
        r"\s+(?:de|d'))\s*",
        r"\b(?:on|nous)\s+(?:veut|va|voulons|allons|doit|devons)\s+",
        r"\bun\s+jour,?\s+",
        # after the subject of a modal: "our web apps should never lose…"
        r"\b(?:should|must|shall)\s+(?:never\s+|not\s+|always\s+)?",
    )
)
_MODALS = {"should", "must", "shall", "will", "can", "would", "could"}
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
_LY_VERBS = set("apply reply supply rely fly multiply comply bully tally rally".split())
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
        "optimise optimize optimiser approfondir deepen broaden elargir expand "
        # knowing, clarifying, coping, helping: a state to reach, nothing done or counted
        "know connaitre savoir identify identifier define definir clarify clarifier confirm "
        "confirmer structure structurer informer renseigner overcome surmonter cope ensure "
        "assurer help aider perceive percevoir prevent prevenir delay retarder"
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
    "faire": {"face"},
}
# Reflexive verbs that say how to be, not what to do: "s'organiser", "s'informer".
_VAGUE_REFLEXIVE = {"organiser", "informer", "renseigner"}
_START = {"start", "begin", "commencer", "recommencer"}
_LEARN = {"learn", "apprendre"}  # vague alone, concrete with a count: "learn three songs"
_COUNTED = re.compile(rf"\b(?:{NUMBER['en']}|{NUMBER['fr']})\b")
# Verbs of a process with no end of its own: a concrete action, not a yes/no outcome.
_PROCESS = set(
    "prepare practise practice study revise rehearse train preparer pratiquer etudier reviser "
    "entrainer".split()
)
# Ongoing or directional behaviours: never done once and for all.
_DIRECTIONAL = set(
    "reduce decrease lower cut increase improve enhance track monitor watch continue restart "
    "resume keep maintain limit minimise minimize maximise maximize practise practice progress "
    "eat drink sleep snack exercise walk jog meditate consume avoid save lose "
    "reduire diminuer baisser augmenter ameliorer suivre surveiller continuer reprendre "
    "recommencer maintenir garder limiter pratiquer progresser travailler manger boire dormir "
    "grignoter marcher mediter consommer eviter economiser epargner perdre maigrir".split()
)
# Directions with no behaviour of their own: "improve", "progresser" (even "every day").
_IMPROVE = set(
    "improve enhance develop grow boost strengthen work progress evolve level upskill optimise "
    "optimize deepen broaden expand cultivate nurture ameliorer developper progresser evoluer "
    "renforcer travailler bosser booster optimiser approfondir elargir cultiver avancer".split()
)
# Verbs followed by the behaviour they start or direct: "keep walking", "continuer à courir"
# (an ongoing behaviour: "start running" is a habit to take up, not something done once).
_CONTINUE = set(
    "continue keep restart resume start begin continuer reprendre recommencer commencer".split()
)
# ...except with these objects, where the verb names something done once.
_DONE_ONCE = {
    "suivre": set(
        "formation cours mooc programme module atelier certification stage master cursus "
        "parcours bootcamp".split()
    ),
    "reprendre": set(
        "entreprise societe boite commerce cabinet affaire activite restaurant magasin boutique "
        "boulangerie".split()
    ),
    "watch": {"final", "match", "game"},
}
# Verbs of getting: with a generic object alone ("find a job") the goal is a bare wish.
_WISH = set(
    "find get land secure have obtain trouver avoir obtenir decrocher acceder beneficier".split()
)
# Verbs of looking for: an activity, not an outcome ("rechercher une solution d'hébergement").
_SEEK = set("seek look search chercher rechercher".split())
# What a bare wish or a vague behaviour applies to when it names nothing in particular.
_GENERIC = set(
    "job jobs internship internships work position employment placement apprenticeship "
    "emploi travail boulot poste stage alternance cdi cdd place "
    "videos video content contents articles books podcasts tutorials resources information "
    "tips advice livres tutos tutoriels conseils ressources informations contenus "
    "online new good nice better decent proper stable real another some useful interesting free "
    "suitable adequate appropriate first 1st nouveau nouvel nouvelle bon bonne vrai vraie autre "
    "quelques utiles interessants adapte adaptee premier premiere 1er "
    "formation training course degree diplome "
    "healthy living lifestyle health wellbeing wellness sante bien-etre vie saine "
    "for about on sur a propos".split()
)
# Placeholders: whatever follows, they name no thing in particular ("une solution de transport",
# "a way to", "new things to do").
_PLACEHOLDER = set(
    "thing things solution solutions way ways option options opportunity opportunities idea "
    "ideas possibility possibilities chose choses moyen moyens piste pistes possibilite "
    "possibilites opportunite opportunites".split()
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
    "progres community capacity capacite quality qualite availability disponibilite "
    "effectiveness efficacite equity equite inequalities inegalites disparities disparites "
    "marginalisation stigmatisation autonomy autonomie aches pains douleurs conditions "
    "difficulties difficultes soins care demarches".split()
)
# An English broad word used as a modifier of the noun after it.
_MODIFIES = re.compile(r"(?:career|leadership|health|fitness|communication|network) [a-z]{3,}")
_PREPOSITIONS = set("for to on about in at with from pour sur avec dans".split())
_WINDOW = 7  # words after the verb that the clause may use to name its object
# The verbs whose gerund is read as the verb itself ("getting my degree": "get").
_KNOWN_VERBS = (
    set(_VAGUE_HEAD) | _DIRECTIONAL | _IMPROVE | _CONTINUE | _WISH | _SEEK | _PROCESS | _SPEAK
)


def find_action(text: str, language: str) -> Signal | None:
    """The goal's concrete action in folded ``text``: kind "deliverable", "action",
    "direction" or "wish" (a deliverable that names nothing in particular)."""
    for start in _CLAUSE_START.finditer(text):
        found = _action_at(text, start.end(), language)
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class Head:
    """The head verb of the goal's main clause, vague or not."""

    verb: str
    start: int
    end: int  # where the clause ends: punctuation, a masked-out span, "and" or the text's end
    directional: bool  # an ongoing or directional behaviour: measurable only with a quantity
    countable: bool  # a behaviour one can count ("walk"), not a state or a wish ("be", "improve")


def find_head(text: str, language: str) -> Head | None:
    """The head verb of the first clause of folded ``text`` that has one."""
    for start in _CLAUSE_START.finditer(text):
        found = _head_at(text, start.end(), language)
        if found is not None:
            return found
    return None


def _head_at(text: str, position: int, language: str, directed: bool = False) -> Head | None:
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, position)]
    index = 0
    while index < len(tokens) and tokens[index][0] in _SKIP_BEFORE_VERB:
        index += 1
    if index >= len(tokens):
        return None
    _, start, _ = tokens[index]
    verb, reflexive = _verb_of(tokens, index, language)
    after = [w for w, _, _ in tokens[index + 1 : index + 1 + _WINDOW]]
    if not _is_verb(verb, language) or (after and after[0] in _MODALS):  # a subject
        return None
    clause_end = _clause_end(tokens, index)
    if verb in _CONTINUE and after:  # "keep walking", "continuer à courir": the second verb
        particle = 1 if after[0] in {"to", "a", "de", "d'", "par"} and len(after) > 1 else 0
        second = tokens[index + 1 + particle]
        if particle or language == "fr" or second[0].endswith("ing"):
            inner = _head_at(text, second[1], language, directed=True)
            if inner is not None:
                return Head(verb, start, inner.end, inner.directional, inner.countable)
    vague_verb = verb in _VAGUE_HEAD and (
        _VAGUE_HEAD[verb] is None or bool(after and after[0] in (_VAGUE_HEAD[verb] or ()))
    )
    vague_verb = vague_verb or (reflexive and verb in _VAGUE_REFLEXIVE) or verb in _SEEK
    directional = directed or _is_directional(verb, after, language) or verb in _IMPROVE | _SEEK
    directional = directional or _bare_comparative(after)  # "be more organised", "eat more fruit"
    countable = not vague_verb or (verb in _DIRECTIONAL and verb not in _IMPROVE)
    return Head(verb, start, clause_end, directional, countable)


def _bare_comparative(after: list[str]) -> bool:
    """A comparative that is not a threshold ("at least", "au moins", "less than 5")."""
    clause = " ".join(_clause(after))
    clause = re.sub(
        r"\b(?:at\s+(?:least|most)|au\s+(?:moins|plus)|(?:more|less|fewer)\s+than"
        r"|no\s+more|(?:plus|moins)\s+(?:de|d')|pas\s+plus)\b",
        " ",
        clause,
    )
    return any(word in _COMPARATIVE for word in clause.split())


def _clause_end(tokens: list[tuple[str, int, int]], index: int) -> int:
    end = tokens[index][2]
    for word, _, stop in tokens[index + 1 :]:
        if not re.fullmatch(r"[\w'-]+", word) or word in {"and", "et", "then", "puis"}:
            break
        end = stop
    return end


def _is_directional(verb: str, after: list[str], language: str) -> bool:
    if verb not in _DIRECTIONAL:
        return _uncounted_plural(after, language)
    objects = _DONE_ONCE.get(verb, set())
    return not objects.intersection(re.sub(r"^[dl]'", "", w) for w in _clause(after)[:3])


def _uncounted_plural(after: list[str], language: str) -> bool:
    """The action applies to an uncounted plural: "apply for jobs", "read books", « trouver
    des clients » say a direction, not something done once."""
    for word in _clause(after)[:3]:
        if word in {"some", "des", "d'autres", "more", "other", "new"}:
            return True
        if word in _PREPOSITIONS or (language == "fr" and word == "a"):  # « répondre à des… »
            continue
        if word in _FUNCTION or word in _FILLER or _COUNTED.fullmatch(word):
            return False  # "the", "my", "mes", "three": a definite or counted object
        plural = re.fullmatch(r"[a-z-]{3,}s", word)
        return bool(plural) and not re.search(r"(?:ss|us|is|ics|news)$", word)
    return False


def _action_at(text: str, position: int, language: str) -> Signal | None:
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, position)]
    tokens = tokens[: _WINDOW + 6]
    index = 0
    while index < len(tokens) and tokens[index][0] in _SKIP_BEFORE_VERB:
        index += 1
    if index >= len(tokens):
        return None
    _, start, end = tokens[index]
    verb, reflexive = _verb_of(tokens, index, language)
    after = [word for word, _, _ in tokens[index + 1 : index + 1 + _WINDOW]]
    if verb in _START and after:  # "start exercising", "commencer à courir": the second verb
        particle = 1 if after[0] in {"to", "a", "de", "d'", "par"} and len(after) > 1 else 0
        return _action_at(text, tokens[index + 1 + particle][1], language)
    if verb in _CONTINUE and len(after) > 1:  # "keep walking every morning": a direction
        particle = 1 if after[0] in {"to", "a", "de", "d'"} else 0
        if particle or after[0].endswith("ing"):
            inner = _action_at(text, tokens[index + 1 + particle][1], language)
            return Signal("direction", inner.start, inner.end) if inner else None
    if not _is_verb(verb, language) or (after and after[0] in _MODALS):  # a subject
        return None
    if verb in _LEARN and _COUNTED.search(" ".join(_clause(after))):
        return Signal("action", start, end)
    if (
        _is_vague(verb, after)
        or (reflexive and verb in _VAGUE_REFLEXIVE)
        or not _names_object(after)
    ):
        return None
    directional = _is_directional(verb, after, language)
    if _names_nothing_in_particular(after):
        if verb in _WISH:
            return Signal("wish", start, end)
        if directional or verb in _SEEK:
            return None
    if verb in _SEEK:
        return Signal("action", start, end)
    if directional:
        return Signal("direction", start, end)
    process = verb in _PROCESS or (verb in _SPEAK and bool(_LANGUAGE.intersection(after[:3])))
    return Signal("action" if process else "deliverable", start, end)


def _names_nothing_in_particular(after: list[str]) -> bool:
    """Everything the clause applies to is generic: "a job", "un stage", "online videos on
    healthy living"."""
    content = [
        re.sub(r"^[dl]'", "", word)
        for word in _clause(after)
        if word not in _FUNCTION and not re.fullmatch(r"[dl]'", word)
    ]
    named = [word for word in content if word not in _GENERIC]
    return bool(content) and (not named or named[0] in _PLACEHOLDER)


def _verb_of(tokens: list[tuple[str, int, int]], index: int, language: str) -> tuple[str, bool]:
    """The verb at ``index`` without its reflexive pronoun ("m'inscrire": "inscrire"), as a
    base form for an English gerund ("getting": "get"), and whether it was reflexive."""
    word = tokens[index][0]
    elided = re.match(r"[mst]'", word) is not None
    verb = word.split("'", 1)[1] if elided else word
    reflexive = elided or (index > 0 and tokens[index - 1][0] in {"me", "se", "te", "nous"})
    if language != "fr" and verb.endswith("ing") and len(verb) > 5:
        stem = verb[:-3]
        for base in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""):
            if base in _KNOWN_VERBS:
                return base, reflexive
    return verb, reflexive


def _is_verb(word: str, language: str) -> bool:
    if not re.fullmatch(r"[a-z][\w'-]*", word):
        return False
    if language == "fr":
        return bool(_FR_INFINITIVE.fullmatch(word)) and word not in _NOT_A_VERB_FR
    return word not in _NOT_A_VERB_EN and (not word.endswith("ly") or word in _LY_VERBS)


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
