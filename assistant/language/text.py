"""Language-aware text normalisation for lexical search: accent folding, stop words, stemming.

French needs the lexical side of hybrid search (the embedding model is English-centred), so tokens
are folded (``é`` -> ``e``), stop words of both languages dropped, and words stemmed with the
Snowball stemmer of the text's language. Folding comes first so that French typed without
accents finds the same words; two endings the French stemmer keeps once the accents are gone are
then dropped, so that « ma mentorée » meets « mon mentoré » and « numéros » meets « numéro ».
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

SUPPORTED_LANGUAGES = ("en", "fr")
_STEMMER_NAMES = {"en": "english", "fr": "french"}

_EN_STOP = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves i'm it's don't can't what's let's us get got
""".split()

_FR_STOP = """
a ai aie aient aies ait as au aux avec avez avions avons c ce ceci cela celle celles celui ces cet
cette ceux d dans de des du elle elles en es est et etaient etais etait etant ete etes etre eu eux
fait fais faites il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre
nous on ont ou par pas peu peut plus pour qu que quel quelle quelles quels qui s sa sans se ses si
son sont sur t ta te tes toi ton tous tout toute toutes tu un une vos votre vous y
""".split()

STOP_WORDS = frozenset(_EN_STOP) | frozenset(_FR_STOP)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FR_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'")


def fold(text: str) -> str:
    """Lower-case and strip accents: ``Évaluer l'été`` -> ``evaluer l'ete``."""
    text = text.replace("’", "'").replace("œ", "oe").replace("Œ", "oe").lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMER_NAMES.get(language, "english"))


TOKENIZER_VERSION = "2"
"""Changes whenever :func:`tokenize` would split or stem a text differently: indexes built from
its tokens (BM25) are rebuilt when it differs from the one they were saved with."""


def tokenize(text: str, language: str = "en") -> list[str]:
    """Fold, split, drop stop words and stem ``text`` with the stemmer of ``language``."""
    folded = _FR_ELISION.sub(" ", fold(text))
    words = [w for w in _WORD.findall(folded) if w not in STOP_WORDS and len(w) > 1]
    stems: list[str] = _stemmer(language).stemWords(words)
    return [_french_ending(s) for s in stems] if language == "fr" else stems


def _french_ending(stem: str) -> str:
    """A folded French stem without the feminine ``-e`` of a past participle (``mentore``,
    ``maltraite``: the stemmer reads ``-ée`` only with its accent) or the plural ``-s`` of a
    noun in ``-o``/``-u`` (``numeros``)."""
    if len(stem) > 4 and stem.endswith("e"):
        stem = stem[:-1]
    if len(stem) > 4 and stem[-1] == "s" and stem[-2] in "ou":
        stem = stem[:-1]
    return stem


def detect_language(text: str) -> str:
    """Guess ``en`` or ``fr`` from stop-word counts and French letters (deterministic, cheap)."""
    words = re.findall(r"[a-zà-ÿœ']+", text.lower().replace("’", "'"))
    fr_hits = sum(1 for w in words if w in _FR_ONLY)
    en_hits = sum(1 for w in words if w in _EN_ONLY)
    fr_hits += 2 * len(re.findall(r"[éèêàùçœâîô]", text.lower()))
    return "fr" if fr_hits > en_hits else "en"


_EN_ONLY = frozenset(_EN_STOP) - frozenset(_FR_STOP)
_FR_ONLY = (frozenset(_FR_STOP) - frozenset(_EN_STOP)) | {"l'", "d'", "qu'", "est-ce"}
