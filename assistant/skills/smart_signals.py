"""The other signals the SMART checker reads: reasons, red flags, concreteness and vagueness.

Detectors work on folded text (lower case, no accents) in English and French together and
return folded spans (see :class:`assistant.skills.smart_measures.Signal`).
"""

from __future__ import annotations

import re
from datetime import date

from assistant.numbers import NUMBER, parse_number
from assistant.skills.smart_measures import Signal


def _words(text: str) -> str:
    return "(?:" + "|".join(sorted(text.split(), key=len, reverse=True)) + ")"


# ---------------------------------------------------------------- relevant: a stated reason

_PURPOSE_VERBS = _words(
    "prepare help support qualify become move transition switch apply position build grow "
    "increase improve reach secure land pivot advance progress strengthen show demonstrate make "
    "earn save fund pay afford enable allow ensure serve get be have stand lead take start open "
    "launch find attract win keep stay avoid reduce free spend feel give gain develop expand "
    "meet raise finance contribute boost prove step join access unlock catch impress convince "
    "balance cope handle manage protect recover rebuild regain restore return change set "
    "create lay strengthen sharpen broaden widen deepen cover replace hit understand discover "
    "see know connect network practise practice test validate check figure explore learn "
    "try reconnect spend enjoy focus free catch earn cut lower limit protect rest recharge "
    "sleep reduce clear pass obtain qualify support look sound come go do fill close fix "
    "solve address tackle speed accelerate shorten simplify streamline structure organise "
    "organize plan track measure monitor assess evaluate review compare choose decide "
    "identify spot catch detect prevent anticipate share spread inspire motivate engage "
    "retain attract convert sell grow diversify stabilise stabilize secure diversify "
    "establish maintain sustain preserve honour honor respect include welcome onboard "
    "integrate settle adapt adjust prepare qualify compete stand differentiate build "
    "bridge close narrow fill cover absorb pay repay clear renew refresh upgrade update "
    "modernise modernize digitise digitize automate scale hire replace free unblock unlock "
    "deliver hit meet beat break earn recoup break-even breakeven celebrate mark mentor "
    "coach teach train support guide back defend justify negotiate argue make"
)
_CONTROL = set(
    "want wants wanted like love need needs plan planning aim aiming hope hoping try trying "
    "going gonna have has had decide decided intend wish learn learning how able start begin "
    "continue manage expect commit committed ready ought used supposed about ask asked would "
    "mean prefer choose agree promise seek strive tend afraid willing eager is was be 's am "
    "are were goal objective dream aspiration wanna 'd i".split()
)
_REASON_EN = (
    r"so\s+(?:that\s+)?(?:i|i'm|i'll|we|we're|there|there's|it|my|our|they|people|he|she|the)\b"
    r"|so\s+as\s+to|or\s+else|otherwise|in\s+order\s+to|because|'cause|cause\s+i"
    r"|since\s+(?:i|i'm|i've|my|we|our)\b|as\s+(?:i|my|we|our)\s+(?:want|need|am|have|'m|plan"
    r"|will|would)|given\s+that|which\s+(?:will|would|should|could|means|is\s+(?:key|"
    r"important|essential|crucial|necessary|needed|required|vital|a\s+(?:must|requirement|"
    r"prerequisite|step)))|that\s+(?:will|would)\s+(?:help|allow|let|enable|make|give|open|get)"
    r"|(?:this|it)\s+(?:will|would)\s+(?:help|allow|let|enable|make|give|open|get|show)"
    r"|(?:helping|allowing|enabling)\s+me\s+to|as\s+(?:a\s+)?(?:first\s+)?step\s+(?:towards?|to)"
    r"|towards?\s+my|as\s+part\s+of|in\s+preparation\s+for|with\s+a\s+view\s+to"
    r"|(?:needed|required|necessary|essential|key|crucial)\s+(?:for|to)"
    r"|to\s+be\s+(?:eligible|ready|considered)"
    r"|for\s+(?:my|the|a|our)\s+(?:[\w-]+\s+){0,2}?(?:promotion|career|transition|application|"
    r"candidacy|job\s+search|future|next\s+role|new\s+role|move|job|work|role|business|studies|"
    r"health|retirement)\b"
)
_REASON_FR = (
    r"afin\s+(?:de|d'|que|qu')|pour\s+(?:pouvoir|que|qu')|parce\s+(?:que|qu')|sinon|faute\s+de"
    r"\s+quoi|dans\s+le\s+but\s+(?:de|d')|(?:ce|cela|ca|qui)\s+(?:me|nous)\s+permett\w*"
    r"|en\s+vue\s+(?:de|d'|du)|en\s+preparation\s+(?:de|du|d')|dans\s+l'optique\s+(?:de|d')"
    r"|dans\s+la\s+perspective\s+(?:de|d')|puisque|vu\s+que|etant\s+donne\s+que|histoire\s+de"
    r"|comme\s+(?:je|j'|mon|ma|nous)\s+\w+"
    r"|pour\s+(?:mon|ma|mes|notre|nos|l'|la|le)\s*(?:[\w-]+\s+){0,2}?(?:travail|boulot|poste|"
    r"carriere|entreprise|etudes|avenir|sante|candidature|reconversion|promotion|mission|"
    r"retraite|evolution|activite)\b"
)
# Both vocabularies apply to every goal (mixed-language goals are common), but French "car"
# ("because") only to French ones: in English it is a car.
_REASON = re.compile(rf"\b(?:{_REASON_EN}|{_REASON_FR})")
_FR_BECAUSE = re.compile(r"\bcar\b")
_TO_VERB = re.compile(rf"\b([\w']+)[\s,]+to\s+{_PURPOSE_VERBS}\b")
# A clause after a comma or dash that states the situation: "…, work is eating my evenings".
_EXPLANATION = re.compile(
    r"(?:,|;|:|\s[-–—]|\.)\s+(?:(?:i'm|i've|i\s+have|i\s+had|i\s+haven't|i\s+am|i\s+was|i\s+keep|"
    r"it's|it\s+is|this\s+is|that's|that\s+is|c'est|ce\s+serait|cela|ca|je\s+suis|j'ai|je\s+n'ai|"
    r"on\s+n'a|on\s+a)\b|(?:my|our|ma|mon|mes|notre|nos)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:m'|me\s+|"
    r"nous\s+|n')?(?:is|are|was|were|has|have|keeps|ne|n'|est|sont|etait|va|vont|a|ont)\b"
    r"|[a-z]+\s+(?:is|are|was|were|keeps)\s+\w+ing\b)"
)
# "convince the board to back…", "get my team to adopt…": the "to" is the verb's complement.
_OBJECT_CONTROL = re.compile(
    r"\b(?:convince|persuade|ask|encourage|allow|invite|tell|remind|force|get|help|push|expect|"
    r"teach|train|inspire|motivate|enable|urge|let)\s+(?!for\b|to\b)(?:[\w']+\s+){0,3}"
    r"[\w']+$"
)
_NOT_INFINITIVE = set(
    "premier premiere dernier derniere entier hiver metier cahier quartier dossier chantier "
    "atelier clavier papier loisir plaisir avenir desir soir espoir devoir savoir pouvoir lettre "
    "titre livre centre chiffre ordre cadre membre nombre offre autre votre notre leur sur "
    "contre entre manager leader master poster carriere affaire salaire partenaire stagiaire "
    "semestre trimestre memoire histoire culture lecture structure aventure voiture nature "
    "facture heure".split()
)
_POUR_VERB = re.compile(
    r"\bpour\s+((?:(?:mieux|enfin|ensuite|ne\s+plus|ne\s+pas|me|m'|se|s'|nous|vous|te|t'|lui|"
    r"les|la|le|l'|y|en)\s*)*)([a-z]+(?:er|ir|re|oir))\b"
)
_CLAUSE_END = re.compile(r"[.;!?\n]")
_RE_VERBS = set(
    "faire prendre apprendre comprendre reprendre entreprendre rendre vendre dire lire ecrire "
    "mettre permettre remettre reduire produire construire conduire suivre vivre atteindre "
    "rejoindre convaincre connaitre reconnaitre paraitre etre boire croire plaire battre "
    "combattre decrire inscrire introduire traduire resoudre repondre attendre defendre "
    "etendre detendre perdre".split()
)


def _is_infinitive(before: list[str], word: str) -> bool:
    """After "pour", is ``word`` a verb? After an article ("pour la culture"), -re words are
    mostly nouns, so only -er/-ir/-oir words and common -re verbs count."""
    if word in _NOT_INFINITIVE:
        return False
    if before and before[-1] in {"le", "la", "les", "l'"}:
        return word in _RE_VERBS or word.endswith(("er", "ir", "oir"))
    return True


def find_reason(text: str, language: str) -> Signal | None:
    """The start of a purpose or cause clause ("so that…", "pour préparer…"), or None."""
    starts = [m.start() for m in _REASON.finditer(text)]
    if language == "fr":
        starts += [m.start() for m in _FR_BECAUSE.finditer(text)]
    starts += [m.start() + 1 for m in _EXPLANATION.finditer(text)]
    for m in _TO_VERB.finditer(text):
        complement = _OBJECT_CONTROL.search(text[max(0, m.start() - 60) : m.end(1)])
        if m.group(1) not in _CONTROL and m.start() > 0 and not complement:
            starts.append(m.start(0) + len(m.group(1)) + 1)
    for m in _POUR_VERB.finditer(text):
        if _is_infinitive(m.group(1).split(), m.group(2)):
            starts.append(m.start())
    if not starts:
        return None
    start = min(starts)
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    while start < len(text) and not text[start].isalnum():
        start += 1
    return Signal("reason", start, max(min(stop, start + 120), start))


# ---------------------------------------------------------------- achievable: red flags

_ABSOLUTE = re.compile(
    r"\b(?:never\s+(?:again\s+)?(?:make|miss|fail|be\s+late|forget|lose|get|have|feel|say|"
    r"procrastinate)|always\s+(?:be|win|get|succeed|say|finish|meet|hit|have|know|stay|feel)|"
    r"every\s+single|not\s+(?:a\s+)?single|(?:zero|no|without\s+(?:any|a\s+single))\s+"
    r"(?:mistakes?|errors?|typos?|stress|failures?|bugs?)|(?:convince|please|impress|win\s+over)"
    r"\s+(?:everyone|everybody|all\s+of)|everyone\s+(?:will|to)|everybody\s+(?:will|to)|"
    r"perfect(?:ly)?|flawless(?:ly)?|100\s?%|a\s+hundred\s+percent|"
    r"(?:ne\s+)?(?:plus\s+)?jamais\s+(?:plus\s+)?(?:d'erreur|de\s+faute|rater|manquer|echouer|"
    r"oublier|etre\s+en\s+retard|stresser|procrastiner)|(?:ne|n')\s*\w+\s+(?:plus\s+)?jamais|"
    r"ne\s+(?:plus\s+)?jamais\s+\w+|"
    r"tout\s+le\s+monde|(?:convaincre|satisfaire)\s+tous|parfait(?:e|s|es|ement)?|sans\s+"
    r"(?:aucune?\s+|la\s+moindre\s+)?(?:erreur|faute|echec|stress)s?|(?:zero|aucune?)\s+"
    r"(?:erreur|faute|echec|stress)s?)\b"
)
_OUT_OF_CONTROL = re.compile(
    r"\b(?:(?:win|winning|gagner|remporter)\s+(?:the\s+|a\s+|an\s+|le\s+|la\s+|un\s+|une\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:nobel|oscar|lottery|loto|jackpot|olympics?|olympic|jeux\s+olympiques|"
    r"world\s+cup|coupe\s+du\s+monde|prix|championship|championnat|goncourt|pulitzer|grammy|"
    r"medal|medaille|award|trophy|trophee)|go(?:es|ing)?\s+viral|devenir\s+virale?|faire\s+le\s+"
    r"buzz|become\s+(?:famous|a\s+millionaire|a\s+billionaire|a\s+celebrity|a\s+star)|devenir\s+"
    r"(?:celebre|millionnaire|milliardaire|une\s+star|riche)|(?:best|meilleure?s?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in\s+the\s+world|du\s+monde|au\s+monde)|(?:get|be)\s+(?:acquired|bought)\s+by|(?:faire|se\s+faire)"
    r"\s+racheter|number\s+one\s+in\s+the|numero\s+(?:un|1)\s+(?:mondial|du\s+monde)|"
    r"(?:get|be)\s+elected\s+president|unicorn|licorne)\b"
)
_FAST_ONLY = [
    (r"\b(?:fluent|fluently|fluency|bilingual|native|bilingue|couramment|courant)\b", 90),
    (r"\b(?:[\w-]+\s+)?(?:book|novel|livre|roman|thesis|these|manuscript|manuscrit|album)\b", 14),
    (r"\b(?:ceo|pdg|director|directeur|directrice|vp|c-level|partner|associee?)\b", 180),
    (r"\b(?:marathon|ironman)\b", 21),
    (
        r"\b(?:executive\s+committee|exec\s+team|board|comex|codir|ceo|pdg|c-level)\b(?=.*\b(?:graduate"
        r"|junior|intern|just\s+(?:joined|started)|jeune\s+diplomee?|stagiaire|vient\s+d'arriver))|\b(?:"
        r"graduate|junior|intern|just\s+(?:joined|started)|jeune\s+diplomee?|stagiaire)\b(?=.*\b(?:executive"
        r"\s+committee|exec\s+team|board|comex|codir|ceo|pdg|c-level)\b)",
        730,
    ),
]
# Growing by a factor again and again: exponential, out of reach within months.
_COMPOUNDING = re.compile(
    r"\b(?:double|triple|doubler|tripler)\s+(?:[\w'-]+\s+){0,3}?(?:every|each|chaque|tous\s+les)\s+"
    r"(?:week|month|semaine|mois)\b"
)
_AMOUNT = re.compile(
    rf"(?:(?P<what2>[$€£])\s?)?(?P<n>\d[\d,.]*|{NUMBER['en']}|{NUMBER['fr']})\s*(?P<scale>k|m|"
    r"million|millions|thousand|mille)?\b(?:\s*d'|\s+of\s+)?\s*(?:(?:new|more|paying|github|"
    r"youtube|instagram|linkedin|tiktok|nouveaux|nouvelles)\s+)?(?P<what>[$€£]|euros?\b|dollars?\b|"
    r"followers\b|abonnes\b|subscribers\b|clients\b|customers\b|users\b|utilisateurs\b|stars\b|"
    r"likes\b|views\b|downloads\b|vues\b|telechargements\b|kg\b|kilos\b|pages\b|languages\b|"
    r"langues\b|books\b|livres\b|seed\b|round\b|revenue\b|chiffre\b)?"
)
# (most that one person can plausibly reach, per so many days)
_LIMITS = {"money": (100_000, 30), "people": (1_000, 7), "kg": (2, 7), "pages": (25, 1)}
_LIMITS |= {"languages": (1, 120), "books": (5, 7)}
_KIND = {"$": "money", "€": "money", "£": "money", "euro": "money", "euros": "money"}
_KIND |= {"dollar": "money", "dollars": "money", "kg": "kg", "kilos": "kg", "pages": "pages"}
_FUNDS = {"seed", "round", "revenue", "chiffre"}
_KIND |= {"languages": "languages", "langues": "languages", "books": "books", "livres": "books"}


def find_red_flags(text: str, today: date, due: date | None) -> list[Signal]:
    """Perfection/absolutes, luck or others' decisions, and too much in too little time."""
    flags = [Signal("absolute", m.start(), m.end()) for m in _ABSOLUTE.finditer(text)]
    flags += [Signal("control", m.start(), m.end()) for m in _OUT_OF_CONTROL.finditer(text)]
    flags += [Signal("pace", m.start(), m.end()) for m in _COMPOUNDING.finditer(text)]
    if due is None:
        return flags
    days = max((due - today).days, 1)
    for pattern, minimum in _FAST_ONLY:
        if days < minimum and (m := re.search(pattern, text)):
            flags.append(Signal("pace", m.start(), m.end()))
    for m in _AMOUNT.finditer(text):
        if _too_much(m, days):
            flags.append(Signal("pace", m.start(), m.end()))
    return flags


def _too_much(match: re.Match[str], days: int) -> bool:
    """An amount that is out of reach at that pace (per ``days`` available)."""
    unit = match["what"] or match["what2"]
    if not unit:
        return False
    raw = match["n"].replace(" ", "").replace(",", "")
    value = parse_number(raw, "en") or parse_number(match["n"], "fr")
    if not value:
        return False
    scale = (match["scale"] or "").lower()
    value *= {"k": 1e3, "thousand": 1e3, "mille": 1e3, "m": 1e6, "million": 1e6}.get(scale, 1)
    value *= 1e6 if scale == "millions" else 1
    kind = _KIND.get(unit, "money" if match["what2"] or unit in _FUNDS else "people")
    limit, per_days = _LIMITS[kind]
    return (
        value / max(days / per_days, 1) > limit
        if kind != "languages"
        else value > 1 + (days // per_days)
    )


# ---------------------------------------------------------------- specific: concrete vs vague

_VAGUE = re.compile(
    r"\b(?:(?:get|be|become|feel|grow)\s+(?:a\s+)?(?:lot\s+)?(?:better|more|less|stronger|"
    r"good|great)|improve|improving|work\s+on|develop|grow|progress|evolve|enhance|boost|"
    r"strengthen|focus\s+on|think\s+about|explore|look\s+into|level\s+up|upskill|learn\s+more|"
    r"do\s+more|step\s+up|be\s+a\s+(?:better|good|great)|gain\s+(?:more\s+)?confidence|"
    r"progresser|m'ameliorer|ameliorer|evoluer|developper|travailler\s+(?:sur|mon|ma|mes|"
    r"davantage)|(?:etre|devenir)\s+(?:plus|moins|un\s+meilleur|une\s+meilleure|meilleure?)|"
    r"gagner\s+en|prendre\s+(?:confiance|de\s+l'assurance)|renforcer|me\s+perfectionner|"
    r"avancer|booster|me\s+faire\s+un|reflechir)\b"
)
# Comparatives with no figure: "more", "better", "plus", "davantage".
_VAGUE_COMPARATIVE = re.compile(
    r"\b(?:more|less|better|stronger|happier|healthier|a\s+lot|plus|moins|mieux|davantage|"
    r"meilleure?s?|beaucoup)\b"
)
_BROAD = re.compile(
    r"\b(?:career|leadership|skills?|network(?:ing)?|confidence|communication|public\s+speaking"
    r"|management|health|fitness|life|balance|soft\s+skills|mindset|productivity|visibility|"
    r"carriere|competences?|reseau|confiance|prise\s+de\s+parole|sante|forme|vie|equilibre|"
    r"productivite|visibilite|culture\s+generale)\b(?!\s+(?:team|meetings?|committee|board|"
    r"workshop|course|training|programme|program|equipe|comite|formation|atelier))"
)
_ACTION = {
    "en": re.compile(
        r"\b(?:give|lead|run|present|write|publish|read|attend|organi[sz]e|host|call|contact|"
        r"interview|meet|teach|mentor|train|complete|finish|submit|apply|launch|create|build|"
        r"set\s+up|sign|hire|join|enrol|enroll|register|take|practi[cs]e|speak|deliver|record|"
        r"delegate|send|reach\s+out|pass|obtain|get\s+promoted|ship|release|open|start|stop|quit|"
        r"walk|swim|cycle|meditate|save|pay\s+off|book|schedule|prepare|draft|redesign|migrate|"
        r"automate|document|recruit|exceed|cap|limit|deploy|lose|reduce|cut|increase|raise|"
        r"talk|discuss|ask|negotiate|find|reach|hit|achieve|sleep|drink|eat|cook|ride|bike|hike|climb|row|move\s+to|relocate|emigrate|"
        r"(?:become|be|get)\s+(?:fluent|bilingual|conversational)"
        r")\b"
    ),
    "fr": re.compile(
        r"\b(?:animer|presenter|rediger|ecrire|publier|lancer|terminer|finir|suivre|postuler|"
        r"candidater|organiser|creer|lire|participer|assister|recruter|contacter|rencontrer|"
        r"passer|mediter|obtenir|decrocher|signer|ouvrir|courir|marcher|nager|economiser|"
        r"epargner|rembourser|prendre\s+la\s+parole|envoyer|preparer|inscrire|m'inscrire|valider|"
        r"soumettre|deposer|mettre\s+en\s+place|mettre\s+de\s+cote|former|coacher|accompagner|"
        r"planifier|programmer|monter|quitter|arreter|depasser|limiter|parler|deleguer|deployer|"
        r"devenir\s+bilingue|perdre|reduire|diminuer|augmenter|baisser|demander|negocier|"
        r"discuter|trouver|atteindre|dormir|boire|manger|cuisiner|demenager|partir\s+vivre|s'installer|m'installer|randonner|pedaler)\b"
    ),
}
_CONTEXT = re.compile(
    r"\b(?:team|meetings?|stand-?ups?|clients?|customers?|conferences?|colleagues?|manager|boss"
    r"|board|committee|students?|class|university|school|company|department|project|website|"
    r"app|linkedin|github|blog|podcast|newsletter|english|spanish|german|italian|chinese|"
    r"japanese|portuguese|arabic|python|excel|sql|java|javascript|react|figma|tableau|aws|gym|"
    r"office|revenue|sales|deadlines?|exams?|emails?|interviews?|entretiens?|"
    r"equipe|reunions?|collegues?|comite|etudiants?|classe|universite|ecole|entreprise|service"
    r"|projet|site|anglais|espagnol|allemand|italien|chinois|japonais|portugais|arabe|bureau|"
    r"chiffre\s+d'affaires|ventes|echeances?|partiel|examens?|salle\s+de\s+sport|mails?)\b"
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b|(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+")
_OUTCOME_KINDS = {"outcome"}
_TARGET_KINDS = {"score", "percent", "money", "level"}
_NOT_CONCRETE_KINDS = {"change"}


def specificity(
    folded: str, original: str, language: str, measures: list[Signal]
) -> tuple[int, Signal | None]:
    """A small concreteness score (>= 2: specific) and the words that earned it most.

    ``folded`` should have the reason clause masked out: "…, pour gagner en aisance" says why,
    not what, and its vague words must not count against the goal itself.
    """
    score, best = 0, None
    outcomes = [m for m in measures if m.kind in _OUTCOME_KINDS]
    counts = [m for m in measures if m.kind not in _OUTCOME_KINDS | _NOT_CONCRETE_KINDS]
    action = _ACTION.get(language, _ACTION["en"]).search(folded)
    if outcomes:
        score += 2
        best = outcomes[0]
    if counts:
        score += 1
    if action:
        score += 1
        best = best or Signal("action", action.start(), action.end())
    if _CONTEXT.search(folded) or _ACRONYM.search(original):
        score += 1
    if _VAGUE.search(folded) and not any(m.kind in _TARGET_KINDS for m in counts):
        score -= 1 if counts else 2  # "improve X to 90%" names its target: not vague
    elif _VAGUE_COMPARATIVE.search(folded) and not counts:
        score -= 1
    if _BROAD.search(folded) and not (outcomes or counts):
        score -= 1
    return score, best
