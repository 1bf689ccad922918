"""Whether the guides cover a question, decided by code beyond "a passage is close enough".

Two signals the similarity bar misses:

- a *name* the question is about (a model, a law, a study, a brand: a capitalised word past the
  sentence's start, or an acronym) that occurs nowhere in the indexed documents: the guides do
  not cover "What is the OSKAR model?" however close a passage on GROW may be;
- when the model's answer had no sentence the passages support, whether the best passage
  itself shares at least half of the question's own words (then it is quoted) or not (then the
  question is not covered: a recipe question near a guide on feedback gets no feedback quote).
"""

from __future__ import annotations

import re
from typing import Protocol

from assistant.language.text import SUPPORTED_LANGUAGES, tokenize

QUOTED_OVERLAP = 0.5  # share of the question's words the passage must hold to be quoted
_NAME = re.compile(r"(?<![.?!:;] )(?<!^)\b([A-Z][\w’'-]*[A-Za-z])")
_GENERIC = "mentor mentoring mentee mentees mentorat mentoré mentorée programme program"
# words of asking, not of the subject, that the stop-word lists keep ("puis-je", "en quoi
# consiste", "que faire"): a passage need not hold them to cover the question
_ASKING = "suis puis peux dois doit faut faire quoi comment pourquoi consiste consistent"
_NOT_TOPIC = {w for lang in SUPPORTED_LANGUAGES for w in tokenize(f"{_GENERIC} {_ASKING}", lang)}


class Vocabulary(Protocol):
    def knows(self, token: str) -> bool: ...


def unknown_names(question: str, vocabulary: Vocabulary) -> list[str]:
    """The names in ``question`` that no indexed document contains (in any language)."""
    unknown = []
    for match in _NAME.finditer(question.strip()):
        name = match.group(1)
        stems = {t for lang in SUPPORTED_LANGUAGES for t in tokenize(name, lang)}
        if stems and not any(vocabulary.knows(stem) for stem in stems):
            unknown.append(name)
    return unknown


def topic_words(text: str, language: str) -> set[str]:
    """The stems of ``text`` that say what it is about: neither stop words nor generic words
    ("mentor", "programme") nor words of asking ("puis-je", "en quoi consiste")."""
    return set(tokenize(text, language)) - _NOT_TOPIC


def passage_covers(question: str, passage: str, language: str, passage_language: str) -> bool:
    """Whether ``passage`` holds at least :data:`QUOTED_OVERLAP` of the question's
    :func:`topic_words`."""
    words = topic_words(question, language)
    if not words:
        return True
    held = set(tokenize(passage, passage_language)) | set(tokenize(passage, language))
    return len(words & held) / len(words) >= QUOTED_OVERLAP
