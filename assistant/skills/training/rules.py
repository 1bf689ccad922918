"""What code decides about a single role-play turn, as patterns over accent-folded text.

Trainee side (the feedback report): a *permission question* ("can I share an idea?", « puis-je
te proposer une idée ? »), a *goal question* ("what would you like to get out of today?"), a
*next-step question* ("what's your first step, and by when?"). Mentee side: a stated *aim*
("what I'd really like is…") and a *commitment* ("I'll email her on Monday").

Model side (the character guard): a turn that *gives advice* to the other person ("you should…",
« tu devrais… ») or *breaks role* (mentions being an AI, an assistant or a model, cites sources
like ``[1]``, or writes the mentor's lines).
"""

from __future__ import annotations

import re

from assistant.language.text import fold

PERMISSION = re.compile(
    r"\b(?:can i (?:share|offer|suggest|give|make|tell|add|propose|throw in)"
    r"|could i (?:share|offer|suggest|give|tell|add)|may i|mind if i|shall i\b"
    r"|would it help if i|would it be useful if i|would (?:it|that) help (?:if|to hear)"
    r"|would you like (?:me to|an idea|a suggestion|my|some|to hear)"
    r"|do you want (?:me to|my|an idea|a suggestion|some|to hear)"
    r"|(?:are|would) you (?:be )?open to (?:an idea|a suggestion|hearing|some)"
    r"|puis-je|est-ce que je peux (?:te|vous)|je peux (?:te|vous) (?:proposer|partager|donner"
    r"|faire|dire|raconter|suggerer)|veux-tu (?:que je|mon|une idee|un conseil)|veux-tu \?"
    r"|voulez-vous (?:que je|mon|une idee|un conseil)|voulez-vous \?|tu veux (?:que je|mon avis"
    r"|une idee|un conseil)|tu veux \?|vous voulez que je|(?:ca|cela) (?:t|vous)'aiderait"
    r"|(?:ca|cela) (?:t|vous)'interesse(?:rait)?|aimerais-tu (?:que je|mon)"
    r"|aimeriez-vous (?:que je|mon))"
)
GOAL_QUESTION = re.compile(
    r"\b(?:get out of|want to (?:achieve|get|leave|walk away|work on)|would you like (?:to|from)"
    r"|hope (?:to|for)|hoping|goal|aim\b|success look|useful for you|make (?:this|today|our)"
    r"|what do you (?:really )?want|what would you (?:want|choose|love)|ideal|objectif"
    r"|aimerais-tu|voudrais-tu|tu voudrais|tu aimerais|aimeriez-vous|souhaites|esperes"
    r"|attends de|attendez de|idealement|reussite|utile pour (?:toi|vous)|repartir avec"
    r"|retirer de|qu'est-ce que tu veux|que veux-tu|choisirais-tu)"
)
AIM = re.compile(
    r"\b(?:i want|i'd (?:like|love)|i would (?:like|love)|my goal|i hope|i'm hoping"
    r"|what i (?:really )?(?:want|need)|i think i want|i need to (?:decide|figure|know|find)"
    r"|j'aimerais|je voudrais|je veux|mon objectif|j'espere|ce que je veux|ce que j'aimerais"
    r"|je crois que je veux)"
)
NEXT_STEP_QUESTION = re.compile(
    r"\b(?:first step|next step|small step|what will you do|what are you going to do|by when"
    r"|when will you|when could you|commit|action|plan to|premier pas|prochaine etape"
    r"|premiere etape|petit pas|que vas-tu|qu'est-ce que tu vas|vas-tu faire|d'ici quand"
    r"|pour quand|quand vas-tu|quand pourrais-tu|t'engages|engagement|allez-vous faire"
    r"|que ferez-vous)\b"
)
COMMITMENT = re.compile(
    r"\b(?:i'll|i will|i'm going to|i am going to|i can do (?:it|that) by|je vais|je ferai"
    r"|je m'engage|j'appellerai|j'ecrirai|je lui (?:ecris|parle|ecrirai|parlerai))\b"
)
NOT_COMMITTED = re.compile(
    r"\b(?:think about it|see what happens|maybe|not sure|y reflechir|on verra|je verrai"
    r"|peut-etre|pas sur)\b"
)
ADVICE_TO_YOU = re.compile(
    r"\b(?:you should|you could try|you might (?:want|try|consider)|you need to|you ought"
    r"|i (?:would )?(?:suggest|recommend|advise)|i'd (?:suggest|recommend|advise)|my advice"
    r"|make sure you|have you (?:thought|considered|tried)|why don't you|tu devrais|tu pourrais"
    r" essayer|vous devriez|vous pourriez essayer|je te (?:conseille|recommande|suggere)"
    r"|je vous (?:conseille|recommande|suggere)|mon conseil|essaie de|essayez de"
    r"|as-tu pense|avez-vous pense|pourquoi ne pas"
    r"|it'?s important (?:to|that you)|it is important (?:to|that you)"
    r"|would be a great (?:step|idea) for you|i'?m glad you'?re"
    r"|il est important (?:de|que tu|que vous)|je suis content(?:e)? que tu)\b"
)
ROLE_BREAK = re.compile(
    r"\b(?:an ai|a\.?i\.? (?:model|assistant)|artificial intelligence|language model"
    r"|assistant|chatbot|as a mentee|role-?play|this exercise|simulation|une ia|l'ia"
    r"|intelligence artificielle|modele de langage|en tant que mentore?e?|jeu de role"
    r"|cet exercice|according to the guides?|selon les guides?|fake model)\b"
    r"|\[\d+\]|^\s*(?:mentor|trainee|formateur|participant|user|utilisateur)\s*:"
    r"|^\s*(?:\d+\.|[-*])\s",
    re.MULTILINE,
)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return bool(pattern.search(fold(text)))


def asks_permission(text: str) -> bool:
    """A question asking leave to share an idea, an experience or a suggestion."""
    return "?" in text and _found(PERMISSION, text)


def asks_goal(text: str) -> bool:
    """A question about what the mentee wants (from the conversation or beyond)."""
    return "?" in text and _found(GOAL_QUESTION, text)


def states_aim(text: str) -> bool:
    """The mentee says what they want."""
    return _found(AIM, text)


def asks_next_step(text: str) -> bool:
    """A question about the mentee's next step, action or commitment."""
    return "?" in text and _found(NEXT_STEP_QUESTION, text)


def commits(text: str) -> bool:
    """The mentee commits to an action ("I'll…", « je vais… »), without hedging."""
    return _found(COMMITMENT, text) and not _found(NOT_COMMITTED, text)


def gives_advice(text: str) -> bool:
    """The turn tells the other person what to do (not the mentee's own plans)."""
    return _found(ADVICE_TO_YOU, text)


REFUSAL = re.compile(
    r"\b(?:i'?m sorry,? but|i (?:can ?not|can't|am unable to|am not able to) (?:help|assist|do|"
    r"provide|answer|comply)|i (?:won't|will not) be able to|i'?m not able to help"
    r"|je suis desole,? mais|je ne (?:peux|suis) pas (?:en mesure de |capable de )?(?:t'|vous )?"
    r"(?:aider|faire|repondre)|je ne suis pas en mesure|je comprends que tu as une tache)"
)
"""A model's refusal ("I'm sorry, but I can't help with that", « je ne peux pas aider »):
never what a mentee says."""


def refuses(text: str) -> bool:
    """The turn is the model refusing, not the mentee speaking (see :data:`REFUSAL`)."""
    return _found(REFUSAL, text)


def breaks_role(text: str) -> bool:
    """The turn steps out of the mentee's character (see :data:`ROLE_BREAK`)."""
    return _found(ROLE_BREAK, text)
