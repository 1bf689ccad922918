"""Achievable: true unless a red flag. Conservative on purpose: the default is achievable.

Three kinds of flag: ``absolute`` (perfection: "never make a mistake", "convince everyone",
"100%"), ``control`` (luck or other people's decisions: a prize, going viral, being bought by
Google) and ``pace`` (too much for the time given: fluency in weeks, a book in days, a million
in a month, doubling every month, a graduate on the executive committee within a year).
"""

from __future__ import annotations

import re
from datetime import date

from assistant.language.number_words import NUMBER, parse_number
from assistant.skills.smart.text import Signal, any_of, find

_ABSOLUTE = re.compile(
    r"\b"
    + any_of(
        r"never\s+(?:again\s+)?(?:make|miss|fail|be\s+late|forget|lose|get|have|feel|say"
        r"|procrastinate)",
        r"always\s+(?:be|win|get|succeed|say|finish|meet|hit|have|know|stay|feel)",
        r"every\s+single|not\s+(?:a\s+)?single",
        r"(?:zero|no|without\s+(?:any|a\s+single))\s+(?:mistakes?|errors?|typos?|stress"
        r"|failures?|bugs?)",
        r"(?:convince|please|impress|win\s+over)\s+(?:everyone|everybody|all\s+of)",
        r"everyone\s+(?:will|to)|everybody\s+(?:will|to)",
        r"perfect(?:ly)?|flawless(?:ly)?|100\s?%|a\s+hundred\s+percent",
        r"(?:ne\s+)?(?:plus\s+)?jamais\s+(?:plus\s+)?(?:d'erreur|de\s+faute|rater|manquer|echouer"
        r"|oublier|etre\s+en\s+retard|stresser|procrastiner)",
        r"(?:ne|n')\s*\w+\s+(?:plus\s+)?jamais|ne\s+(?:plus\s+)?jamais\s+\w+",
        r"tout\s+le\s+monde|(?:convaincre|satisfaire)\s+(?:tous|toutes|toute\s+l'|tout\s+le)",
        r"parfait(?:e|s|es|ement)?",
        r"sans\s+(?:aucune?\s+|la\s+moindre\s+)?(?:erreur|faute|echec|stress)s?",
        r"(?:zero|aucune?)\s+(?:erreur|faute|echec|stress)s?",
    )
    + r"\b"
)
_OUT_OF_CONTROL = re.compile(
    r"\b"
    + any_of(
        r"(?:win|winning|gagner|remporter)\s+(?:the\s+|a\s+|an\s+|le\s+|la\s+|un\s+|une\s+)?"
        r"(?:[\w-]+\s+){0,5}?(?:nobel|oscar|lottery|loto|jackpot|olympics?|olympic"
        r"|jeux\s+olympiques|world\s+cup|coupe\s+du\s+monde|prix|championship|championnat"
        r"|goncourt|pulitzer|grammy|medal|medaille|award|trophy|trophee)",
        r"go(?:es|ing)?\s+viral|devenir\s+virale?|faire\s+le\s+buzz",
        r"become\s+(?:famous|a\s+millionaire|a\s+billionaire|a\s+celebrity|a\s+star)",
        r"devenir\s+(?:celebre|millionnaire|milliardaire|une\s+star|riche)",
        r"(?:best|meilleure?s?)\s+(?:[\w-]+\s+){0,2}?(?:in\s+the\s+world|du\s+monde|au\s+monde)",
        r"(?:get|be)\s+(?:acquired|bought)\s+by|(?:faire|se\s+faire)\s+racheter",
        r"number\s+one\s+in\s+the|numero\s+(?:un|1)\s+(?:mondial|du\s+monde)",
        r"(?:get|be)\s+elected\s+president|unicorn|licorne",
    )
    + r"\b"
)
_SENIOR = r"\b(?:executive\s+committee|exec\s+team|board|comex|codir|ceo|pdg|c-level)\b"
_JUNIOR = r"\b(?:graduate|junior|intern|just\s+(?:joined|started)|jeune\s+diplomee?|stagiaire"
_JUNIOR += r"|vient\s+d'arriver)\b"
# (pattern, fewest days in which it is plausible)
_FAST_ONLY = [
    (r"\b(?:fluent|fluently|fluency|bilingual|native|bilingue|couramment|courant)\b", 90),
    (r"\b(?:[\w-]+\s+)?(?:book|novel|livre|roman|thesis|these|manuscript|manuscrit|album)\b", 14),
    (r"\b(?:ceo|pdg|director|directeur|directrice|vp|c-level|partner|associee?)\b", 180),
    (r"\b(?:marathon|ironman)\b", 21),
    (rf"{_SENIOR}(?=.*{_JUNIOR})|{_JUNIOR}(?=.*{_SENIOR})", 730),
]
# Growing by a factor again and again: exponential, out of reach within months.
_COMPOUNDING = re.compile(
    r"\b(?:double|triple|doubler|tripler)\s+(?:[\w'-]+\s+){0,3}?(?:every|each|chaque"
    r"|tous\s+les)\s+(?:week|month|semaine|mois)\b"
)
_AMOUNT = re.compile(
    rf"(?:(?P<currency>[$€£])\s?)?(?P<n>\d[\d,.]*|{NUMBER['en']}|{NUMBER['fr']})\s*"
    r"(?P<scale>k|m|million|millions|thousand|mille)?\b(?:\s*d'|\s+of\s+)?\s*"
    r"(?:(?:new|more|paying|github|youtube|instagram|linkedin|tiktok|nouveaux|nouvelles)\s+)?"
    r"(?P<what>[$€£]|euros?\b|dollars?\b|followers\b|abonnes\b|subscribers\b|clients\b"
    r"|customers\b|users\b|utilisateurs\b|stars\b|likes\b|views\b|downloads\b|vues\b"
    r"|telechargements\b|kg\b|kilos\b|pages\b|languages\b|langues\b|books\b|livres\b|seed\b"
    r"|round\b|revenue\b|chiffre\b)?"
)
_SCALE = {"k": 1e3, "thousand": 1e3, "mille": 1e3, "m": 1e6, "million": 1e6, "millions": 1e6}
_KIND = {"kg": "kg", "kilos": "kg", "pages": "pages", "books": "books", "livres": "books"}
_KIND |= {"languages": "languages", "langues": "languages"}
_MONEY = {"$", "€", "£", "euro", "euros", "dollar", "dollars", "seed", "round", "revenue"}
_MONEY |= {"chiffre"}
# the most one person can plausibly reach, per so many days
_LIMITS = {"money": (100_000, 30), "people": (1_000, 7), "kg": (2, 7), "pages": (25, 1)}
_LIMITS |= {"languages": (1, 120), "books": (5, 7)}


def find_red_flags(text: str, today: date, due: date | None) -> list[Signal]:
    """Perfection/absolutes, luck or others' decisions, and too much in too little time."""
    flags = find("absolute", _ABSOLUTE, text)
    flags += find("control", _OUT_OF_CONTROL, text)
    flags += find("pace", _COMPOUNDING, text)
    if due is None:
        return flags
    days = max((due - today).days, 1)
    for pattern, minimum in _FAST_ONLY:
        if days < minimum and (m := re.search(pattern, text)):
            flags.append(Signal("pace", m.start(), m.end()))
    flags += [
        Signal("pace", m.start(), m.end()) for m in _AMOUNT.finditer(text) if _too_much(m, days)
    ]
    return flags


def _too_much(match: re.Match[str], days: int) -> bool:
    """An amount out of reach at that pace in the ``days`` available."""
    unit = match["what"] or match["currency"]
    if not unit:
        return False
    value = parse_number(match["n"].replace(",", ""), "en") or parse_number(match["n"], "fr")
    if not value:
        return False
    value *= _SCALE.get((match["scale"] or "").lower(), 1)
    kind = "money" if match["currency"] or unit in _MONEY else _KIND.get(unit, "people")
    limit, per_days = _LIMITS[kind]
    if kind == "languages":
        return value > 1 + days // per_days
    return value / max(days / per_days, 1) > limit
