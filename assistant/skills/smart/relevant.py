"""Relevant: the goal says why it matters (a purpose, a cause, the situation behind it).

The infinitive after "I want to" is the goal itself, not a purpose; "to" after "convince the
board" completes the verb. "Pour" followed by a verb is a purpose in French; followed by a
noun it is mostly not ("pour mon équipe"), except for a few nouns of direction ("pour ma
carrière"). French "car" (because) counts only in French goals.
"""

from __future__ import annotations

import re

from assistant.skills.smart.text import Signal, any_of, words

_PURPOSE_VERBS = words(
    "prepare help support qualify become move transition switch apply position build grow "
    "increase improve reach secure land pivot advance progress strengthen show demonstrate make "
    "earn save fund pay afford enable allow ensure serve get be have stand lead take start open "
    "launch find attract win keep stay avoid reduce free spend feel give gain develop expand "
    "meet raise finance contribute boost prove step join access unlock catch impress convince "
    "balance cope handle manage protect recover rebuild regain restore return change set "
    "create lay sharpen broaden widen deepen cover replace hit understand discover see know "
    "connect network practise practice test validate check figure explore learn try reconnect "
    "enjoy focus cut lower limit rest recharge sleep clear pass obtain look sound come go do "
    "fill close fix solve address tackle speed accelerate shorten simplify streamline "
    "structure organise organize plan track measure monitor assess evaluate review compare "
    "choose decide identify spot detect prevent anticipate share spread inspire motivate "
    "engage retain convert sell diversify stabilise stabilize establish maintain sustain "
    "preserve honour honor respect include welcome onboard integrate settle adapt adjust "
    "compete differentiate bridge narrow absorb repay renew refresh upgrade update modernise "
    "modernize digitise digitize automate scale hire unblock deliver beat break recoup "
    "break-even breakeven celebrate mark mentor coach teach train guide back defend justify "
    "negotiate argue"
)
# Words before "to" that make it part of the goal itself: "I want to…", "my goal is to…".
_CONTROL = set(
    "want wants wanted like love need needs plan planning aim aiming hope hoping try trying "
    "going gonna have has had decide decided intend wish learn learning how able start begin "
    "continue manage expect commit committed ready ought used supposed about ask asked would "
    "mean prefer choose agree promise seek strive tend afraid willing eager is was be 's am "
    "are were goal objective dream aspiration wanna 'd i".split()
)
_REASON_EN = any_of(
    r"so\s+(?:that\s+)?(?:i|i'm|i'll|we|we're|there|there's|it|my|our|they|people|he|she|the)\b",
    r"so\s+as\s+to|or\s+else|otherwise|in\s+order\s+to|because|'cause|cause\s+i",
    r"since\s+(?:i|i'm|i've|my|we|our)\b",
    r"as\s+(?:i|my|we|our)\s+(?:want|need|am|have|'m|plan|will|would)|given\s+that",
    r"which\s+(?:will|would|should|could|means)",
    r"which\s+is\s+(?:key|important|essential|crucial|necessary|needed|required|vital"
    r"|a\s+(?:must|requirement|prerequisite|step))",
    r"that\s+(?:will|would)\s+(?:help|allow|let|enable|make|give|open|get)",
    r"(?:this|it)\s+(?:will|would)\s+(?:help|allow|let|enable|make|give|open|get|show)",
    r"(?:helping|allowing|enabling)\s+me\s+to",
    r"as\s+(?:a\s+)?(?:first\s+)?step\s+(?:towards?|to)|towards?\s+my|as\s+part\s+of",
    r"in\s+preparation\s+for|with\s+a\s+view\s+to|to\s+be\s+(?:eligible|ready|considered)",
    r"(?:needed|required|necessary|essential|key|crucial)\s+(?:for|to)",
    r"for\s+(?:my|the|a|our)\s+(?:[\w-]+\s+){0,2}?(?:promotion|career|transition|application"
    r"|candidacy|job\s+search|future|next\s+role|new\s+role|move|job|work|role|business|studies"
    r"|health|retirement)\b",
)
_REASON_FR = any_of(
    r"afin\s+(?:de|d'|que|qu')|pour\s+(?:pouvoir|que|qu')|parce\s+(?:que|qu')",
    r"sinon|faute\s+de\s+quoi|dans\s+le\s+but\s+(?:de|d')",
    r"(?:ce|cela|ca|qui)\s+(?:me|nous)\s+permett\w*",
    r"en\s+vue\s+(?:de|d'|du)|en\s+preparation\s+(?:de|du|d')",
    r"dans\s+l'optique\s+(?:de|d')|dans\s+la\s+perspective\s+(?:de|d')",
    r"puisque|vu\s+que|etant\s+donne\s+que|histoire\s+de|comme\s+(?:je|j'|mon|ma|nous)\s+\w+",
    r"pour\s+(?:mon|ma|mes|notre|nos|l'|la|le)\s*(?:[\w-]+\s+){0,2}?(?:travail|boulot|poste"
    r"|carriere|entreprise|etudes|avenir|sante|candidature|reconversion|promotion|mission"
    r"|retraite|evolution|activite)\b",
)
_REASON = re.compile(rf"\b{any_of(_REASON_EN, _REASON_FR)}")
_FR_BECAUSE = re.compile(r"\bcar\b")
_TO_VERB = re.compile(rf"\b([\w']+)[\s,]+to\s+{_PURPOSE_VERBS}\b")
# A clause after a comma or dash that states the situation: "…, work is eating my evenings".
_EXPLANATION = re.compile(
    r"(?:,|;|:|\s[-–—]|\.)\s+"
    + any_of(
        r"(?:i'm|i've|i\s+have|i\s+had|i\s+haven't|i\s+am|i\s+was|i\s+keep|it's|it\s+is|this\s+is"
        r"|that's|that\s+is|c'est|ce\s+serait|cela|ca|je\s+suis|j'ai|je\s+n'ai|on\s+n'a|on\s+a"
        r"|on\s+(?:me|m'|nous|ne|n')|je\s+(?:suis|me\s+sens|n'en\s+peux))\b",
        r"(?:my|our|ma|mon|mes|notre|nos)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:m'|me\s+|nous\s+|n')?"
        r"(?:is|are|was|were|has|have|keeps|ne|n'|est|sont|etait|va|vont|a|ont)\b",
        r"[a-z]+\s+(?:is|are|was|were|keeps)\s+\w+ing\b",
    )
)
# "convince the board to back…", "get my team to adopt…": the "to" is the verb's complement.
_OBJECT_CONTROL = re.compile(
    r"\b(?:convince|persuade|ask|encourage|allow|invite|tell|remind|force|get|help|push|expect"
    r"|teach|train|inspire|motivate|enable|urge|let)\s+(?!for\b|to\b)(?:[\w']+\s+){0,3}[\w']+$"
)
_POUR_VERB = re.compile(
    r"\bpour\s+((?:(?:mieux|enfin|ensuite|ne\s+plus|ne\s+pas|me|m'|se|s'|nous|vous|te|t'|lui"
    r"|les|la|le|l'|y|en)\s*)*)([a-z]+(?:er|ir|re|oir))\b"
)
_NOT_INFINITIVE = set(
    "premier premiere dernier derniere entier hiver metier cahier quartier dossier chantier "
    "atelier clavier papier loisir plaisir avenir desir soir espoir devoir savoir pouvoir lettre "
    "titre livre centre chiffre ordre cadre membre nombre offre autre votre notre leur sur "
    "contre entre manager leader master poster carriere affaire salaire partenaire stagiaire "
    "semestre trimestre memoire histoire culture lecture structure aventure voiture nature "
    "facture heure".split()
)
_RE_VERBS = set(
    "faire prendre apprendre comprendre reprendre entreprendre rendre vendre dire lire ecrire "
    "mettre permettre remettre reduire produire construire conduire suivre vivre atteindre "
    "rejoindre convaincre connaitre reconnaitre paraitre etre boire croire plaire battre "
    "combattre decrire inscrire introduire traduire resoudre repondre attendre defendre "
    "etendre detendre perdre".split()
)
_CLAUSE_END = re.compile(r"[.;!?\n]")


def find_reason(text: str, language: str) -> Signal | None:
    """The reason clause: from its first word to the end of its sentence (120 characters at
    most), or None when the goal gives no reason."""
    starts = [m.start() for m in _REASON.finditer(text)]
    if language == "fr":
        starts += [m.start() for m in _FR_BECAUSE.finditer(text)]
    starts += [m.start() + 1 for m in _EXPLANATION.finditer(text)]
    for m in _TO_VERB.finditer(text):
        complement = _OBJECT_CONTROL.search(text[max(0, m.start() - 60) : m.end(1)])
        if m.group(1) not in _CONTROL and m.start() > 0 and not complement:
            starts.append(m.start(0) + len(m.group(1)) + 1)
    starts += [m.start() for m in _POUR_VERB.finditer(text) if _is_infinitive(m)]
    if not starts:
        return None
    start = min(starts)
    while start < len(text) and not text[start].isalnum():
        start += 1
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    return Signal("reason", start, max(min(stop, start + 120), start))


def _is_infinitive(match: re.Match[str]) -> bool:
    """After "pour", is it a verb? After an article ("pour la culture"), -re words are mostly
    nouns, so only -er/-ir/-oir words and common -re verbs count."""
    before, word = match.group(1).split(), match.group(2)
    if word in _NOT_INFINITIVE:
        return False
    if before and before[-1] in {"le", "la", "les", "l'"}:
        return word in _RE_VERBS or word.endswith(("er", "ir", "oir"))
    return True
