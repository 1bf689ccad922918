"""What a message asks for, decided by code: confirmations, cancels, goal-setting requests.

Routing stays in code with the embedded model (a 1.5B model routes unreliably), so these are
small, tested, bilingual word lists over accent-folded text.
"""

from __future__ import annotations

import re

from assistant.language.text import fold

_YES = {
    "yes", "y", "yeah", "yep", "ok", "okay", "sure", "confirm", "confirmed", "save", "save it",
    "go ahead", "please do", "looks good", "that's right", "correct", "perfect",
    "oui", "o", "ouais", "d'accord", "dac", "ok pour moi", "confirmer", "je confirme",
    "enregistrer", "enregistre", "enregistrez", "vas-y", "allez-y", "c'est bon", "parfait",
    "exact", "c'est ca",
}  # fmt: skip
_NO = {
    "no", "n", "nope", "not now", "don't", "do not save", "cancel", "stop", "quit", "never mind",
    "non", "pas maintenant", "annuler", "annule", "arreter", "arrete", "laisse tomber",
    "ne pas enregistrer",
}  # fmt: skip
_CANCEL = {
    "cancel", "stop", "quit", "exit", "abort", "never mind", "forget it", "let's stop",
    "annuler", "annule", "arreter", "arrete", "on arrete", "laisse tomber", "abandonner",
}  # fmt: skip
_BACK = {"back", "go back", "previous", "undo", "retour", "revenir", "precedent", "en arriere"}

_GOAL_REQUEST = re.compile(
    r"\b(?:set|define|write|draft|make|create|formulate|clarify|turn .{0,40} into)\b.{0,40}"
    r"\b(?:goal|objective|aim)s?\b"
    r"|\bsmart goal\b|\bhelp me .{0,30}\bgoals?\b|\bnew goal\b|^/goal\b"
    r"|\b(?:definir|fixer|formuler|ecrire|rediger|clarifier|construire|preciser|creer)\b.{0,40}"
    r"\bobjectifs?\b|\bobjectif smart\b|\bnouvel objectif\b|\baide[rz]?[- ]moi .{0,30}objectifs?\b"
    r"|^/objectif\b"
)
_PUNCT = re.compile(r"[\s.!?,;:()«»\"]+")


def _normal(message: str) -> str:
    return _PUNCT.sub(" ", fold(message)).strip()


def is_yes(message: str) -> bool:
    """A short confirmation: "yes", "save it", "oui", "c'est bon"."""
    return _normal(message) in _YES


def is_no(message: str) -> bool:
    """A short refusal: "no", "not now", "non", "annuler"."""
    return _normal(message) in _NO


def is_cancel(message: str) -> bool:
    """The user wants to leave the current guided conversation."""
    return _normal(message) in _CANCEL


def is_back(message: str) -> bool:
    """The user wants to go back one step."""
    return _normal(message) in _BACK


# An aim stated as one ("je voudrais trouver un stage", "my goal is to...", "help me get
# promoted"): an opener, then a verb that is not about knowing or talking.
_AIM_OPENER = (
    r"(?:(?:hi|hello|bonjour|salut) )?(?:(?:so|well|ok|alors|bon|eh bien) )?"
    r"(?:i (?:would|d) (?:really )?(?:like|love) to|i (?:really )?(?:want|wanna|need|hope|plan"
    r"|intend|mean) to|i m (?:trying|aiming|hoping|planning|looking) to|i aim to"
    r"|my (?:goal|aim|objective|ambition|dream|plan) (?:is|would be) to"
    r"|(?:(?:can|could|would) you |please )?help me(?: to| with(?= \w+ing\b))?"
    r"|i need (?:some )?help (?:to|with(?= \w+ing\b))"
    r"|je (?:voudrais|veux|souhaite|souhaiterais|aimerais|compte|prevois de|reve de|espere)"
    r"|j aimerais|j ai envie de|j ai besoin d aide pour|je cherche a|je vise a|j essaie de"
    r"|mon (?:objectif|but|reve|ambition|projet) (?:est|c est|serait) d[e ]"
    r"|(?:aide[sz]?|aidez) moi a|(?:peux tu|pouvez vous|tu peux|vous pouvez) m aider a)"
)
_NOT_AN_AIM = (  # verbs of knowing, asking or talking; the other skills' requests
    r"(?:know|understand|ask|talk|chat|discuss|find out|read|see|hear|check|say|tell|share"
    r"|think|learn (?:more )?about|clarify|prepare (?:my|our|the|a) (?:next )?(?:session|meeting)"
    r"|a (?:session )?agenda|an agenda|a brief|classify|coach me|mentor me|with|the|this|that"
    r"|savoir|comprendre|connaitre|demander|parler|discuter|lire|voir|poser|dire|reflechir"
    r"|en savoir|preparer (?:ma|la|notre|une) (?:prochaine )?seance|classer|une question)\b"
)
_STATED_AIM = re.compile(rf"^{_AIM_OPENER} (?!{_NOT_AN_AIM})(?:\w+\W+){{1,}}\w+")


def asks_for_a_goal(message: str) -> bool:
    """An explicit request to set or sharpen a goal ("help me set a SMART goal", « définir un
    objectif », "/goal")."""
    return bool(_GOAL_REQUEST.search(_normal(message)))


def states_an_aim(message: str) -> bool:
    """An aim said as one ("je voudrais trouver un stage", "I'd like to get promoted", "my goal
    is to...", "help me find an internship"); questions about knowing or talking ("I'd like to
    know what GROW is", « je voudrais savoir... ») are not."""
    return bool(_STATED_AIM.match(_normal(message).replace("'", " ").replace("-", " ")))


_CAPABILITIES = re.compile(
    r"^(?:(?:hi|hello|bonjour|salut) )?(?:help|aide|menu"
    r"|what (?:can|do) you (?:do|help with)(?: for me)?"
    r"|what are you(?: for)?|how can you help(?: me)?|who are you"
    r"|que (?:peux|pouvez|sais|savez)[- ](?:tu|vous) faire(?: pour moi)?"
    r"|qu est ce que (?:tu sais|vous savez|tu peux|vous pouvez) faire(?: pour moi)?"
    r"|a quoi (?:tu sers|servez vous)|comment (?:peux tu|pouvez vous) m aider|qui es tu)$"
)


def asks_capabilities(message: str) -> bool:
    """The user asks what the assistant can do ("what can you do?", « que sais-tu faire ? »)."""
    return bool(_CAPABILITIES.match(_normal(message).replace("'", " ").replace("-", " ")))


_IDEAS = re.compile(
    r"\b(?:ideas?|suggest\w*|inspiration|examples?|any tips?|advice|no clue|not sure|"
    r"(?:i )?don'?t know|idees?|suggestions?|conseils?|exemples?|pistes?|aucune idee|"
    r"(?:je )?(?:ne )?sais pas|give me (?:some |a few )?options|(?:any|what) options"
    r"|donne[sz]?[- ]moi (?:des |quelques )?(?:options|pistes)|quelles options"
    r"|propose[sz]?[- ]moi)\b"
)


def wants_ideas(message: str) -> bool:
    """The mentee asks for suggestions (permission for a mentoring-style answer)."""
    return bool(_IDEAS.search(_normal(message)))


_MENTORING_STANCE = re.compile(
    r"\b(?:just )?tell me what (?:you would|you d|to) do\b|\bwhat would you do\b"
    r"|\bgive me (?:your|some) (?:advice|opinion|honest opinion)\b|\bjust advise me\b"
    r"|\bmentor me\b|\bmentoring (?:mode|stance)\b"
    r"|\bdis[- ]moi (?:ce que (?:tu ferais|je dois faire)|quoi faire)\b"
    r"|\b(?:qu est ce que|que) (?:tu ferais|vous feriez) a ma place\b"
    r"|\bdonne[sz]?[- ]moi (?:ton|votre) (?:avis|conseil)\b|\bconseille[sz]?[- ]moi\b"
    r"|\b(?:mode|posture) (?:de )?mentorat\b"
)
_COACHING_STANCE = re.compile(
    r"\bhelp me think (?:it|this|that)? ?through\b|\bask me (?:some )?questions\b"
    r"|\bcoach me\b|\bcoaching (?:mode|stance)\b|\bdon t tell me what to do\b"
    r"|\baide[sz]?[- ]moi a (?:y )?reflechir\b|\bpose[sz]?[- ]moi des questions\b"
    r"|\bcoache[sz]?[- ]moi\b|\b(?:mode|posture) (?:de )?coaching\b"
    r"|\bne me dis pas quoi faire\b"
)


def stance_request(message: str) -> str | None:
    """The stance the user asks the assistant to take: "mentoring" ("just tell me what you
    would do", « dis-moi ce que tu ferais »), "coaching" ("help me think it through",
    « aide-moi à réfléchir »), or None."""
    text = _normal(message).replace("'", " ").replace("’", " ")
    if _COACHING_STANCE.search(text):
        return "coaching"
    if _MENTORING_STANCE.search(text):
        return "mentoring"
    return None
