"""What kind of answer a question asks for, decided by code (English and French).

The kind picks who writes the answer: a *list* question ("what are the phases…", « quels sont
les niveaux… ») is answered with the guide's own items, composed by code; every other kind is
phrased by the model and then checked sentence by sentence against the passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.language.text import fold

Kind = Literal["list", "definition", "comparison", "howto", "other"]

# Stems of the nouns that name the items of a list (folded: no accents, lower case).
LIST_NOUNS = (
    "phase", "stage", "step", "level", "question", "sign", "signal", "function", "benefit",
    "advantage", "principle", "rule", "tip", "mistake", "pitfall", "element", "component",
    "type", "kind", "form", "role", "criteri", "technique", "skill", "habit", "qualit",
    "responsibilit", "topic", "item", "point", "part", "model", "example", "idea", "way",
    "etape", "niveau", "signe", "fonction", "benefice", "avantage", "principe", "regle",
    "conseil", "erreur", "piege", "composante", "forme", "critere", "competence", "habitude",
    "qualite", "sujet", "exemple", "idee", "moyen", "facon", "modele", "method", "methode",
    "situation", "number", "numero", "resource", "ressource", "tool", "outil", "strateg",
    "reason", "raison", "activit", "warning", "trap",
)  # fmt: skip

# Stems that name the same items: a question about "étapes" finds a list of "phases".
SAME_ITEMS = (
    {"phase", "stage", "step", "etape"},
    {"level", "niveau"},
    {"sign", "signal", "signe", "warning"},
    {"mistake", "pitfall", "erreur", "piege", "trap"},
    {"tip", "conseil", "idea", "idee"},
    {"method", "methode", "way", "moyen", "facon", "technique", "strateg"},
    {"qualit", "skill", "competence"},
    {"benefit", "benefice", "advantage", "avantage"},
    {"number", "numero", "resource", "ressource"},
)

_LIST_ASK = re.compile(
    r"^(?:so |and |ok |alors |et )?(?:"
    r"(?:what|which) (?:are|were) |what (?:\w+ ){0,2}(?:questions|steps|stages|phases|levels)\b"
    r"|which (?:\w+ ){0,2}(?:questions|steps|stages|phases|levels)\b|list |name the "
    r"|give me (?:a few |some |the |\w+ )?(?:questions|examples|steps|tips|ideas)"
    r"|quel(?:le)?s (?:sont|questions|etapes|phases|niveaux)\b"
    r"|quel(?:le)?s \w+ (?:sont|puis-je|peut-on)"
    r"|liste|cite[sz]? |enumere|donne(?:-moi| moi)? (?:des|quelques|les) "
    r")"
)
# "What warning signs…", "Which roles…", « Quelles méthodes… », "In which situations…": a
# question word, then within a few words a plural noun naming list items.
_PLURAL_ASK = re.compile(
    r"^(?:in |dans |for |pour |on |sur )?(?:what|which|quel(?:le)?s)\b(?: \w+){0,3}? (\w+[sx])\b"
)
_CONTENTS_ASK = re.compile(
    r"\bwhat (?:should|can|could|do|does|goes) .*\b"
    r"(?:include|cover|contain|go in|put in|get ready|prepare|bring)\b"
    r"|\bque (?:doit|peut|faut-il) .*\b(?:contenir|comporter|inclure|mettre|preparer)\b"
)
_DEFINITION = re.compile(
    r"^(?:what(?:'s| is| does) (?:an? |the )?[\w' -]+(?: mean)?\??$|define |definition"
    r"|qu'est-ce (?:que|qu')|c'est quoi|que (?:veut dire|signifie)|definis|definir)"
)
_COMPARISON = re.compile(
    r"\b(?:difference|differ|versus|vs\.?|compared? (?:to|with)|rather than|as opposed to"
    r"|distingue|par rapport a|plutot que|se differencie|ou bien)\b"
)
_HOWTO = re.compile(r"^(?:how (?:do|can|should|to|would|could)|comment\b)")


@dataclass(frozen=True)
class QuestionKind:
    kind: Kind
    noun: str = ""  # for a list: the stem naming its items ("phase", "niveau")


def question_kind(question: str) -> QuestionKind:
    """The kind of answer ``question`` asks for; a list names the stem of what it lists."""
    text = fold(question).lower().strip()
    text = re.sub(r"\s+", " ", text.replace("’", "'"))
    if _COMPARISON.search(text):
        return QuestionKind("comparison")
    if _LIST_ASK.search(text) and (noun := list_noun(text)):
        return QuestionKind("list", noun)
    plural = _PLURAL_ASK.search(text)
    if plural and (noun := list_noun(plural.group(1))):
        return QuestionKind("list", noun)
    if _CONTENTS_ASK.search(text):
        return QuestionKind("list")
    if _DEFINITION.search(text):
        return QuestionKind("definition")
    if _HOWTO.search(text):
        return QuestionKind("howto")
    return QuestionKind("other")


def list_noun(text: str) -> str:
    """The first word of ``text`` (folded) that names list items, as its stem; "" if none."""
    for word in re.findall(r"[a-z]+", fold(text).lower()):
        for stem in LIST_NOUNS:
            if word.startswith(stem) and len(word) - len(stem) <= 4:
                return stem
    return ""


def same_items(noun: str) -> set[str]:
    """``noun`` and the stems naming the same items (see :data:`SAME_ITEMS`)."""
    for group in SAME_ITEMS:
        if noun in group:
            return set(group)
    return {noun} if noun else set()
