"""Measurable: counts, scores, percentages, money, levels, frequencies, yes/no outcomes.

Numbers that only date the goal ("by 30 June": the caller masks deadlines out), give an age
("I'm 25", "à 30 ans", "children aged 5-13", « de plus de 65 ans »), a year, a time of day, years
of experience or the number of a bill or an article ("HB 1159") are not measures.
"""

from __future__ import annotations

import re

from assistant.language.number_words import NUMBER
from assistant.skills.smart.text import Signal, any_of, find, mask, words

_NUM = any_of(NUMBER["en"], NUMBER["fr"])
_DAY_NAMES = words(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
    "vendredi samedi dimanche"
)

_SCORE = re.compile(r"\b\d+(?:[.,]\d+)?\s?/\s?\d+\b")
_PERCENT = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b|pour\s?cent\b)")
_MONEY = re.compile(
    any_of(
        r"[$€£]\s?\d[\d,. ]*(?:\s?[km]\b)?",
        r"\b\d[\d,. ]*\s?(?:k|m)?\s?(?:€|\$|£|eur\b|euros?\b|dollars?\b|usd\b|gbp\b|pounds?\b"
        r"|k€|m€)",
    )
)
_LEVEL = re.compile(
    any_of(
        r"\b[abc][12]\b",
        r"\b(?:level|niveau|band|grade)\s+\d+",
        r"\b(?:toeic|toefl|ielts|delf|dalf|gmat|gre|sat)(?:\s+\w+)?\s+(?:of\s+|de\s+|a\s+)?\d+",
    )
)
# All of something countable, a threshold: "every expense", "each client", "tous les mails".
_EVERY = re.compile(
    any_of(
        r"\b(?:every|each)\s+(?!(?:other|single|time|now|so|one)\b)[a-z][\w-]+",
        r"\ball\s+(?:of\s+)?(?:my|the|our)\s+[a-z][\w-]+",
        r"\b(?:tous|toutes)\s+(?:les|mes|nos|ses)\s+(?!(?:jours|matins|soirs|semaines|mois|ans"
        r"|fois)\b)[a-z][\w-]+",
    )
)
_RELATIVE = re.compile(
    any_of(
        r"\b(?:double|triple|halve|doubler|tripler|(?:diviser|diminuer|reduire)\s+par\s+deux)\b",
        # a fraction: "d'un tiers", "de moitié", "by a third", "by half"
        r"\b(?:d'un|de|d'une?)\s+(?:tiers|quart|moitie)\b|\bby\s+(?:a\s+)?(?:third|quarter|half)\b",
        # a threshold of one: "more than one business day"
        r"\b(?:more|less|fewer)\s+than\s+(?:one|a|an)\s+(?!(?:few|little|bit|lot)\b)[a-z]\w+",
    )
)
_FREQUENCY = re.compile(
    any_of(
        # "three times a week", "deux fois par mois", "une fois à chaque réunion"
        rf"\b(?:once|twice|{_NUM}\s+times?|(?:une|{_NUM})\s+fois)\s+(?:a|an|per|each|every|par"
        r"|chaque|a\s+chaque|at\s+(?:each|every))\s+[\w-]+",
        # "one post a week", "un afterwork par mois"
        r"\b(?:one|a|an|un|une)\s+[\w-]+\s+(?:a|per|par|each|every)\s+(?:day|week|month|year|jour"
        r"|semaine|mois|an)\b",
        rf"\b(?:every|each|chaque)\s+(?:(?:other|single)\s+)?(?:day|morning|evening|night|week"
        rf"|weekday|month|jour|matin|soir|semaine|mois|{_DAY_NAMES}s?)\b",
        rf"\btous\s+les\s+(?:jours|matins|soirs|mois|{_DAY_NAMES}s)\b",
        r"\btoutes\s+les\s+semaines\b",
        # not the adjective of a way of life: "daily activities", « la vie quotidienne »
        r"\b(?:daily|weekly|monthly|quotidiennement|hebdomadaires?|quotidienne?s?|mensuelle?s?)\b"
        r"(?!\s+(?:activities|activity|life|living|routine|tasks|chores)\b)(?<!vie\squotidienne)",
        rf"\b(?:on|les)\s+{_DAY_NAMES}s\b",  # "on Sundays", "les dimanches"
        r"\bon\s+weekdays\b|\ben\s+semaine\b",
    )
)

# ------------------------------------------------------------- yes/no outcomes: verb + object

_NOUN_EN = words(
    "exam test certification certificate degree diploma license licence job offer promotion "
    "internship contract client customer funding grant scholarship visa position role post "
    "award prize trophy medal competition hackathon deal placement apprenticeship master's "
    "masters mba phd bachelor's course training programme program bootcamp mooc thesis "
    "dissertation book novel draft manuscript marathon half-marathon triathlon 10k 5k website "
    "site app application product business company startup shop store podcast newsletter blog "
    "article paper report portfolio cv resume prototype mvp workshop event meetup conference "
    "talk presentation pitch campaign proposal version feature release video channel service "
    "interview raise rise mentor sponsor cofounder co-founder investor capes cfa pmp prince2 "
    "gmat gre acca cpa itil toeic toefl ielts deadline results findings roadmap budget strategy "
    "analysis study audit review plan chapter"
)
_NOUN_FR = words(
    "certificat certification diplome examen concours permis poste emploi job cdi cdd stage "
    "alternance contrat client financement bourse licence master doctorat these memoire bac "
    "toeic toefl ielts delf dalf marche formation cours module marathon semi-marathon "
    "triathlon livre roman manuscrit site application appli produit entreprise societe boite "
    "start-up startup boutique commerce podcast newsletter blog article rapport plan portfolio "
    "cv prototype mvp atelier evenement conference presentation pitch candidature dossier offre "
    "chaine video association cabinet activite micro-entreprise auto-entreprise demande partiel "
    "epreuve oral oraux rattrapage capes agregation crpe brevet echeance prix trophee medaille "
    "hackathon augmentation promotion mentor associe associee investisseur resultats bilan "
    "budget strategie chapitre etude audit entretien rendez-vous rdv"
)
_VERB_EN = words(
    "pass passing ace obtain get getting earn achieve receive secure land win gain complete "
    "finish graduate launch publish release ship submit sign open register incorporate found "
    "start create set-up build write deliver defend record file send hire close organise "
    "organize host run apply deploy delegate speak present find ask request negotiate take "
    "attend follow enrol enroll join"
)
_VERB_FR = words(
    "obtenir decrocher reussir valider passer remporter gagner signer terminer finir achever "
    "boucler lancer publier sortir soumettre deposer ouvrir creer monter immatriculer fonder "
    "rediger ecrire livrer soutenir envoyer organiser enregistrer courir recruter embaucher "
    "postuler candidater integrer deployer deleguer confier intervenir presenter trouver "
    "demander negocier suivre participer assister"
)
_DET_EN = r"(?:(?:the|my|a|an|our|first|one|both|his|her|their|at|to|for)\s+)*"
_DET_FR = r"(?:(?:le|la|les|l'|un|une|du|mon|ma|mes|notre|nos|son|sa|premier|premiere|au|aux"
_DET_FR += r"|a|pour|d'|de)\s*)*"
# "find some clients", "trouver des clients": no number, so nothing to check
_NO_PLURAL = r"(?!\s+(?:des|some|more|new|other|plus|de\s+nouveaux|de\s+nouvelles|d'autres)\b)"
# Words that may stand between a verb and its object, but not vague ones ("get better at…").
_ANY_WORDS = r"(?:(?!(?:better|more|less|plus|mieux|moins)\b)[\w'/-]+\s+){0,5}?"
_NOT_BETTER = r"(?!(?:better|more|new|good|meilleure?s?|bonne?s?|plus|nouveaux|nouvelles)\b)"
_ROLE = words(
    "manager lead leader director head senior partner ceo cto cfo coo vp principal architect "
    "consultant freelancer founder teacher trainer mentor coach nurse engineer developer "
    "designer analyst responsable chef directeur directrice associe associee freelance "
    "consultante formateur formatrice ingenieur developpeur developpeuse"
)
_NOT_A_ROLE_ADJ = r"(?!(?:[\w-]+\s+){0,2}?(?:better|good|great|stronger|more|real|true"
_NOT_A_ROLE_ADJ += r"|meilleure?|bon|bonne|vraie?|plus)\b)"

_OUTCOMES = [
    rf"\b{_VERB_EN}{_NO_PLURAL}\s+{_DET_EN}{_ANY_WORDS}{_NOUN_EN}s?\b",
    rf"\b{_VERB_FR}{_NO_PLURAL}\s+{_DET_FR}{_ANY_WORDS}{_NOUN_FR}s?\b",
    # verbs of obtaining: whatever they get is a yes/no outcome ("obtenir mon habilitation")
    r"\b(?:obtain|earn|pass|land|secure|win|obtenir|decrocher|remporter|valider|reussir)\s+"
    rf"(?:my|the|a|an|our|le|la|l'|les|mon|ma|mes|un|une|notre)\s*{_NOT_BETTER}[a-z][\w-]{{2,}}",
    r"\b(?:start|open|launch|found|create|set\s+up|run)\s+(?:my|our)\s+own\s+[\w-]+",
    r"\b(?:creer|ouvrir|monter|lancer)\s+(?:mon|ma)\s+propre\s+[\w-]+",
    r"\b(?:m'installer|me\s+mettre|m'etablir)\s+a\s+mon\s+compte\b",
    r"\b(?:get|getting|be|being|become)\s+(?:promoted|certified|hired|published|accepted"
    r"|admitted|funded|licensed|chartered|elected|selected|shortlisted)\b|\bpromoted\s+to\b",
    r"\b(?:etre|devenir|me\s+faire)\s+(?:promue?|titularisee?|certifiee?|diplomee?|embauchee?"
    r"|recrutee?|admise?|publiee?|elue?|selectionnee?)\b",
    r"\bpromue?\s+(?:au|a|chef|manager|responsable)\b",
    r"\b(?:apply|applying)\s+(?:to|for)\b|\b(?:postuler|candidater)\s+(?:a|au|aux)\b",
    r"\b(?:stop|quit|give\s+up)\s+\w+ing\b|\barreter\s+(?:de\s+|d')\w+",
    r"\b(?:hire|recruit|recruter|embaucher)\s+(?:my|our|a|an|the|one|mon|ma|mes|un|une|le|la"
    r"|notre|first|premier|premiere)\s+\w+",
    r"\b(?:finish|complete|terminer|finir)\s+(?:reading|de\s+lire|la\s+lecture)\b",
    r"\b(?:get\s+out\s+of|be|become)\s+(?:debt|debt-free)\b|\bpay\s+off\s+(?:my|the|our)\s+\w+",
    r"\brembourser\s+(?:mon|ma|mes|le|la|les)\s+(?:pret|dette|credit)",
    r"\b(?:convince|persuade|convaincre|persuader)\s+\w+",
    r"\b(?:get|be)\s+(?:acquired|bought)\s+by\b|\bfaire\s+racheter\b",
    r"\b(?:move|transition|switch|pivot)\s+(?:in)?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:role|position|job)\b",
    r"\b(?:be|get|sit)\s+on\s+the\s+(?:[\w-]+\s+)?(?:committee|board)\b",
    r"\b(?:entrer|sieger|integrer)\s+(?:au|a\s+la|dans\s+le)\s+(?:comite|conseil|codir|comex)\b",
    rf"\b(?:become|becoming|devenir|passer)\s+{_NOT_A_ROLE_ADJ}(?:an?|the|un|une|le|la)?\s*"
    rf"(?:[\w-]+\s+){{0,2}}?{_ROLE}\b",
]
_OUTCOME = re.compile(any_of(*_OUTCOMES))
# Verifiable, but what it leads to is not named: measurable without making the goal specific.
_CHANGE = re.compile(
    any_of(
        r"\bchanger\s+(?:de\s+(?:metier|poste|job|travail|carriere|boite|secteur)"
        r"|d'(?:emploi|entreprise|employeur))\b",
        r"\b(?:change|switch|quit)\s+(?:my\s+)?(?:job|jobs|careers?|employer)\b",
    )
)
# "never again" / "zero" of something countable: a count of nought.
_ZERO = re.compile(
    r"\bnever\s+(?:again\s+)?(?:miss|be\s+late|forget|skip|break)\b"
    r"|\b(?:ne\s+plus\s+jamais|ne\s+jamais)\s+\w+|\bzero\s+\w+"
    r"|\b(?:disparition|eradication)\s+(?:du|de\s+la|des|de|d')\b"  # none left
)

# ------------------------------------------------------------- numbers that are not measures

_AGE = re.compile(
    any_of(
        r"\b(?:i'm|i\s+am|aged?|turn|turning|(?:at|by|before)\s+(?:age\s+)?|j'ai|a|avant|vers)\s+"
        r"\d{1,2}(?:\s+(?:years?\s+old|yo|ans))?(?=\s*(?:$|[,.;!?)]|and\b|et\b|but\b|mais\b))",
        r"\b\d{1,2}\s+(?:years?\s+old|yo)\b",
        r"\bj'ai\s+\d{1,2}\s+ans\b|\b(?:a|avant|vers)\s+\d{1,2}\s+ans\b",
    )
)
_NOT_A_MEASURE = re.compile(
    any_of(
        r"\b(?:19|20)\d\d\b",  # a year
        # who is meant, not how much: "children aged 5-13", "grades 6-12", « de plus de 65 ans »
        r"\baged?\s+\d+(?:\s*(?:-|to|a)\s*\d+)?|\bgrades?\s+\d+(?:\s*(?:-|to|a)\s*\d+)?",
        r"\b(?:de\s+)?(?:moins|plus)\s+de\s+(?:\d+|un|une)\s+ans?\b|\bde\s+\d+\s+a\s+\d+\s+ans\b",
        r"\b\d+\s+ans\s+et\s+plus\b|\b(?:a\s+)?l'age\s+de\s+\d+\s+ans\b|\bles\s+\d+-\d+\s+ans\b",
        # a name with a number: a bill, an article, a road ("HB 1159", « article 12 »)
        r"\b(?:hb|sb|hr|bill|loi|article|art|n°|rn)\s?\d+\b",
        r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d+\s*:\s*\d+\b",  # a time of day
        r"\b\d+\s+(?:years?|ans)\s+(?:of\s+experience|d'experience|d'anciennete)",
        r"\b(?:one|un|une)\s+(?:day|jour|of|des|d')\b",
        r"\b(?:in\s+(?:a|one|two)\s+words?|en\s+(?:un|deux)\s+mots?)\b",
    )
)
_COUNT = re.compile(rf"\b{_NUM}(?:[- ]?(?:k|h|min|km|kg)\b|\b)")
_ARTICLE_NUMBERS = {"un", "une", "one", "a", "an", "half", "demi", "demie", "zero"}
_QUANTITIES = (
    ("score", _SCORE),
    ("percent", _PERCENT),
    ("money", _MONEY),
    ("level", _LEVEL),
    ("relative", _RELATIVE),
    ("frequency", _FREQUENCY),
    ("every", _EVERY),
)
# A regularity ("every day") or an "all of" measures a behaviour one can count, not a state.
REGULAR_KINDS = {"frequency", "every"}
# Done or not: measures only what is done once, not an ongoing or directional behaviour.
YES_NO_KINDS = {"outcome", "change"}


def find_measures(text: str) -> list[Signal]:
    """Numbers with what they count, scores, percentages, money, levels, yes/no outcomes.

    Kinds: score, percent, money, level, relative (double, a fraction, "more than one day"),
    frequency, every ("every expense": all of something), count, outcome (a yes/no result that
    names what it is), change (a yes/no result that does not: "changer de métier"), zero ("never
    miss a deadline", « disparition du… »). Whether a kind measures the goal depends on its
    behaviour (:func:`assistant.skills.smart.checker.check_goal`): :data:`YES_NO_KINDS` measure
    only what is done once, :data:`REGULAR_KINDS` only a behaviour one can count.
    """
    text = mask(text, [(m.start(), m.end()) for m in _AGE.finditer(text)])
    text = mask(text, [(m.start(), m.end()) for m in _NOT_A_MEASURE.finditer(text)])
    found = [signal for kind, pattern in _QUANTITIES for signal in find(kind, pattern, text)]
    taken = mask(text, [(s.start, s.end) for s in found])
    found += [s for s in find("count", _COUNT, taken) if _is_count(taken[s.start : s.end])]
    found += find("outcome", _OUTCOME, text)
    found += find("change", _CHANGE, text)
    found += find("zero", _ZERO, text)
    return found


def _is_count(number: str) -> bool:
    """A count, not an article or "one" ("une dizaine" counts, "une" alone does not)."""
    tokens = number.split()
    return len(tokens) > 1 or tokens[0].split("-")[0] not in _ARTICLE_NUMBERS


_FUNCTION_WORD = (
    r"(?!(?:by|in|at|to|and|or|of|the|a|on|for|every|each|before|d'ici|en|et|ou|de|le|la|les"
    r"|pour|par|chaque|avant)\b)"
)


def count_phrase(text: str, signal: Signal) -> tuple[int, int]:
    """Stretch a bare count over what it counts: "three" -> "three 10-minute talks".

    At most two words follow; the phrase stops at punctuation, at a masked-out span (two
    spaces) and at function words, except "de"/"of" after "une dizaine"/"a dozen".
    """
    if signal.kind != "count":
        return signal.start, signal.end
    end = signal.end
    if hyphenated := re.match(r"-[\w-]+", text[end:]):  # "10-minute"
        end += hyphenated.end()
    separator = " "
    approximate = re.search(r"(?:aine|dozen|couple)$", text[signal.start : signal.end])
    if approximate and (of := re.match(r" (?:de|of) (?=\w)| d'(?=\w)", text[end:])):
        end, separator = end + of.end(), ""
    word = rf"{_FUNCTION_WORD}[\w'-]+"
    tail = re.match(rf"(?:{separator}{word}(?: {word})?)?", text[end:])
    return signal.start, end + (tail.end() if tail else 0)
