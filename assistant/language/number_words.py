"""Numbers written as digits or as words, in English and French (on folded text).

``NUMBER["en"]`` / ``NUMBER["fr"]`` are regular-expression fragments that match one number
("12", "1.5", "three", "twenty-five", "vingt et un", "quatre-vingts", "une dizaine");
:func:`parse_number` turns such a match into its value. Articles ("a", "une") are not numbers
here: callers that accept "in a month" add them to their own pattern.

Why not a library: converters such as text2num or word2number rewrite a whole text into digits,
which loses the character spans the date and SMART rules need (to quote the user's own words
and mask a deadline out of the goal), and none of them gives a pattern to embed in a larger
rule or reads the approximate counts people write ("a couple", "une dizaine", "half").
"""

from __future__ import annotations

import re

_EN_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "half": 0.5, "couple": 2, "dozen": 12, "twice": 2, "once": 1,
}  # fmt: skip
_FR_WORDS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
    "million": 1_000_000, "millions": 1_000_000, "demi": 0.5, "demie": 0.5,
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "centaine": 100, "huitaine": 8,
}  # fmt: skip
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "cent": 100}
_MULTIPLIERS |= {"cents": 100, "mille": 1000, "millions": 1_000_000}

WORDS = {"en": _EN_WORDS, "fr": _FR_WORDS}

# Words that are a number on their own (not "half", "couple", "dozen": those need an article).
_EN_CORE = [w for w in _EN_WORDS if w not in {"half", "couple", "dozen", "zero", "once", "twice"}]
_FR_CORE = [w for w in _FR_WORDS if w not in {"un", "une", "demi", "demie", "zero"}]
_FR_CORE = [w for w in _FR_CORE if not w.endswith("aine")]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_DIGITS = r"\d+(?:[.,]\d+)?"
_EN_WORD = rf"(?:{_alternation(_EN_CORE)})"
_FR_WORD = rf"(?:{_alternation(_FR_CORE)})"
_FR_APPROX = r"(?:une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|centaine))"

NUMBER = {
    "en": rf"(?:{_DIGITS}|a\s+(?:dozen|couple)|{_EN_WORD}(?:[- ]{_EN_WORD})*)",
    "fr": rf"(?:{_DIGITS}|{_FR_APPROX}|{_FR_WORD}(?:(?:[- ]|\s+et\s+)(?:{_FR_WORD}|un|une))*)",
}
_SPLIT = re.compile(r"[\s-]+")


def parse_number(phrase: str, language: str) -> float | None:
    """The value of a number written as digits or words: ``"twenty-five"`` -> 25.

    Words add up, and hundred/thousand multiply what came before ("quatre-vingts" -> 80,
    "soixante-dix" -> 70, "two hundred" -> 200). Articles count as one ("a month" -> 1).
    """
    phrase = phrase.strip().lower()
    if re.fullmatch(_DIGITS, phrase):
        return float(phrase.replace(",", "."))
    words = WORDS.get(language, _EN_WORDS)
    total = current = 0.0
    seen = False
    tokens = _SPLIT.split(phrase)
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in {"a", "an", "of", "et", "and"} or (
            token in {"un", "une"} and following.endswith("aine")
        ):
            continue
        if token.startswith("vingt") and current == 4:  # quatre-vingt(s)
            current = 80
        elif token in _MULTIPLIERS:
            if _MULTIPLIERS[token] >= 1000:
                total += max(current, 1) * _MULTIPLIERS[token]
                current = 0
            else:
                current = max(current, 1) * _MULTIPLIERS[token]
        elif token in words:
            current += words[token]
        else:
            return None
        seen = True
    if not seen:
        return 1.0 if phrase in {"a", "an", "un", "une"} else None
    return total + current
