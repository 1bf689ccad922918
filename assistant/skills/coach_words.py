"""The mentee's own words, read by code for the goal coach: the aim inside an opening request,
meta-talk and hedges taken out, the obstacles of the Reality answer, the options of the Options
answer and the one the first step follows, and a stated start date that contradicts a deadline.

Everything here is small bilingual word lists over the text as typed; nothing is invented, only
kept or left out, so the card shows what the mentee said.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.dates.deadlines import parse_date
from assistant.language.text import fold, tokenize

# "help me set a goal", "can you help me define a SMART objective", « aide-moi à fixer un
# objectif »: the request itself, wherever it stands in the message
_REQUEST = re.compile(
    r"(?:(?:so|and|but|alors|et|donc)\s+)?(?:(?:can|could|would)\s+you\s+|please\s+|peux-tu\s+|"
    r"pouvez-vous\s+|tu\s+peux\s+|vous\s+pouvez\s+)?"
    r"(?:help\s+me\s+(?:to\s+)?|m['’]aider\s+à\s+|aide[sz]?-moi\s+à\s+|aidez-moi\s+à\s+|"
    r"i(?:\s+would|'d|’d)\s+like\s+to\s+|i\s+want\s+to\s+|je\s+(?:voudrais|veux)\s+)?"
    r"(?:set|define|write|draft|make|create|formulate|clarify|shape|"
    r"définir|definir|fixer|formuler|écrire|ecrire|rédiger|rediger|clarifier|construire|"
    r"préciser|preciser|créer|creer)\s+"
    r"(?:(?:a|an|my|one|some|un|une|mon|des|mes)\s+)?(?:new\s+|nouvel\s+)?(?:smart\s+)?"
    r"(?:goals?|objectives?|aims?|objectifs?)(?:\s+smart)?"
    r"(?:\s+(?:with\s+me|for\s+me|avec\s+moi|pour\s+moi))?\s*\??",
    re.IGNORECASE,
)
# what people say around an aim rather than the aim: "I just said it:", "well,", "I want to"
_META = re.compile(
    r"^(?:(?:i\s+(?:just\s+)?(?:said|told\s+you)(?:\s+it)?|as\s+i\s+(?:said|told\s+you)|"
    r"like\s+i\s+said|i\s+already\s+said(?:\s+it)?|je\s+(?:viens\s+de\s+le|l['’]ai)\s+dit|"
    r"comme\s+je\s+(?:l['’]ai\s+)?dit|je\s+l['’]ai\s+déjà\s+dit|"
    r"well|so|ok|okay|um+|uh+|hmm+|basically|honestly|alors|bon|eh\s+bien|euh+|bref|"
    r"hi|hello|bonjour|salut|"
    r"i(?:\s+would|'d|’d)\s+(?:really\s+)?(?:like|love)\s+to|i\s+(?:really\s+)?(?:want|need|hope|"
    r"plan|intend)\s+to|i\s+wanna|i['’]m\s+(?:trying|aiming|hoping|planning|looking)\s+to|"
    r"my\s+(?:goal|aim|objective|ambition|dream|plan)\s+(?:is|would\s+be)\s+to|"
    r"(?:(?:can|could|would)\s+you\s+|please\s+)?help\s+me(?:\s+(?:to|with))?|"
    r"je\s+(?:voudrais|veux|souhaite|souhaiterais|aimerais|compte|cherche\s+à|vise\s+à)|"
    r"j['’]aimerais|j['’]ai\s+envie\s+de|"
    r"mon\s+(?:objectif|but|rêve|ambition|projet)\s+(?:est|c['’]est|serait)\s+d[e'’]\s*|"
    r"(?:aide[sz]?|aidez)-moi\s+à|(?:peux-tu|pouvez-vous)\s+m['’]aider\s+à)"
    r")\b[\s,:;.!…-]*",
    re.IGNORECASE,
)
# "maybe", "try to", « peut-être »: a hedge weakens a commitment and leaves the card
_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|possibly|hopefully|probably|sort\s+of|kind\s+of|if\s+possible|"
    r"(?:at\s+least\s+)?try(?:ing)?\s+(?:to|and)|attempt\s+to|"
    r"peut-être|peut-etre|si\s+possible|éventuellement|eventuellement|probablement|"
    r"essayer\s+d[e'’]|tenter\s+d[e'’]|j['’]espère|j['’]essaie\s+d[e'’])(?=[\s,.;:!?]|$)[\s,]*",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"\s*(?:[;\n•]|(?<=[.!?…])\s|\.{3}|…|,\s*(?:but|mais)\s)\s*")
_OPTION_SPLIT = re.compile(r"\s*(?:[;\n•,/]|\s(?:or|ou|ou\s+bien|either)\s)\s*", re.IGNORECASE)
_OBSTACLE_CUES = frozenset(
    fold(word)
    for word in """
    no not never nothing nobody none without lack lacking can't cannot couldn't don't didn't
    won't isn't wasn't avoid avoided freeze froze frozen afraid fear scared nervous anxious worry
    worried stress stressed hard difficult struggle struggling stuck busy time blocked fail failed
    problem obstacle barrier rarely little few only shy panic doubt doubts lose losing lost prevents
    stops
    pas jamais rien aucun aucune personne sans manque peur stress stressé bloqué bloquée difficile
    dur mal échoué échec problème obstacle frein rarement peu seulement timide panique doute doutes
    évite évité angoisse inquiet inquiète débordé débordée temps perds perd trac freine empêche
    """.split()
)
_STARTS = re.compile(
    r"(?P<clause>\b(?:[\w'’-]+\s+){0,4}(?:starts?|begins?|will\s+start|is\s+starting|kicks\s+off|"
    r"commence|commencera|débute|débutera|démarre|démarrera)\s+(?P<when>[^,;.!?]{2,40}))",
    re.IGNORECASE,
)
_AIM_WORDS_MIN = 2
_DOMAIN_ONLY = re.compile(
    r"^(?:for|about|regarding|on|in|around|pour|sur|concernant|dans|autour\s+de)\b\s*"
    r"(?:\S+\s*){0,3}$",
    re.IGNORECASE,
)


def aim_in_opening(message: str) -> str:
    """The aim an opening message states, without the request or meta-talk ("I want to get
    better at presenting… help me set a goal" -> "get better at presenting"); "" if none."""
    text = _REQUEST.sub(" ", " ".join(message.split()))
    parts = [clean_words(part) for part in _CLAUSES.split(text)]
    aim = ", ".join(part for part in parts if tokenize(part))
    if _DOMAIN_ONLY.match(aim):  # "a goal for my studies": an area to ask about, not an aim
        return ""
    return aim if len(aim.split()) >= _AIM_WORDS_MIN else ""


def clean_words(text: str) -> str:
    """``text`` without leading meta-talk or trailing ellipses and punctuation."""
    text = " ".join(text.split()).strip(" .!?…,;:-")
    while (cleaned := _META.sub("", text, count=1).strip(" .!?…,;:-")) != text:
        text = cleaned
    return text


def drop_hedges(text: str) -> tuple[str, list[str]]:
    """``text`` without hedges ("Maybe present at the review 3 times" -> "present at the
    review 3 times"), and the hedges taken out, as written."""
    found = [match.group(0).strip(" ,") for match in _HEDGE.finditer(text)]
    if not found:
        return text, []
    kept = " ".join(_HEDGE.sub("", text).split()).strip(" ,;")
    return (kept, found) if len(kept.split()) >= _AIM_WORDS_MIN else (text, [])


def obstacles_in(reality: str) -> list[str]:
    """The parts of the Reality answer that name something in the way ("I froze", "no paying
    client yet"), as the mentee wrote them; at most ten."""
    parts = [p.strip(" .,;:") for p in _CLAUSES.split(reality) for p in p.split(", ")]
    found = [p for p in parts if p and set(fold(p).replace("'", " ").split()) & _OBSTACLE_CUES]
    return [p[:300] for p in found][:10]


def options_in(answer: str) -> list[str]:
    """The options the Options answer lists ("an online course, practice exams or a study
    group" -> three), as the mentee wrote them; at most ten."""
    parts = [clean_words(part) for part in _OPTION_SPLIT.split(answer.strip(" .!"))]
    return [part[:300] for part in parts if len(part) > 1][:10]


def chosen_option(options: list[str], first_step: str, language: str) -> str:
    """The option the first step follows: the one sharing most words with it ("" if none)."""
    step = set(tokenize(first_step, language))
    scored = [(len(step & set(tokenize(option, language))), option) for option in options]
    best = max(scored, default=(0, ""))
    return best[1] if best[0] else ""


def stated_start(text: str, language: str, today: date) -> tuple[str, date] | None:
    """A start the mentee states ("the internship starts in April", « le stage commence en
    avril »): the words, and the date they give; None when there is none."""
    for match in _STARTS.finditer(text):
        when = parse_date(match["when"], language, today)
        if when is not None:
            if not re.search(r"\d", match["when"]):  # "in April" starts on its first day
                when = when.replace(day=1)
            return match["clause"].strip(), when
    return None


def without_start(text: str) -> str:
    """``text`` without the stated start, so the deadline is read from the rest."""
    return " ".join(_STARTS.sub(" ", text).split()).strip(" ,;")
