"""What code accepts of the model's words for one agenda item (:func:`item_problems`) and across
an agenda (:func:`repeated_questions`).

An item's words are refused, with the reason, when: the purpose or a question is empty or too
long; there are too many questions; a line holds several questions ("X? Y? Z?") or none; no
question is open (what, how, which...); the words hold a link, an address, code or markup, an
instruction or a remark about the assistant; they are in the wrong language; a question
speaks of "your mentor" (the mentor asks them); and, in French, the words say "tu" (the
guides say "vous") or make an agreement slip between ``quel(le)(s)`` and its noun. A question
already asked earlier in the agenda is a repeat. Every refused item keeps the guides' wording
(:mod:`.fill`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.language.text import detect_language, fold
from assistant.safety.injection import looks_like_injection

MODEL_QUESTIONS = 2
"""Questions the model writes per item (the guides may give three; code may add the focus's)."""
MAX_PURPOSE_WORDS = 30
MAX_QUESTION_WORDS = 22
MAX_PURPOSE_CHARS = 240
MAX_QUESTION_CHARS = 160
MIN_CHARS = 8
LANGUAGE_NAMES = {"en": "English", "fr": "French"}

_LINK = re.compile(
    r"https?://|\bwww\.|\]\(|[\w.+-]+@[\w-]+\.\w|\b[\w-]+\.(?:com|org|net|io|fr|edu|gov)\b", re.I
)
_MARKUP = re.compile(r"```|[<>{}\[\]]|^\s*#")
_META = re.compile(
    r"\b(?:json|prompt|as an ai|language model|assistant|reply with|respond with|"
    r"ignore (?:all|the|previous|any)|system message|en tant qu'ia|modele de langage)\b"
)
_OPEN = {  # an open question asks with one of these words, wherever it stands
    "en": r"\b(?:what|how|which|where|when|who|whom|whose|why|tell me|describe|walk me)\b",
    "fr": r"(?:\bqu'|\bque\b|\bquel|\blequel|\blaquelle|\blesquel|\bquoi\b|\bcomment\b|"
    r"\bou\b|\bquand\b|\bqui\b|\bpourquoi\b|\bcombien\b|\bracont|\bdecri)",
}
_PARTNER = {  # the mentor asks the mentee these questions: "your mentor" is the speaker
    "en": re.compile(r"\byour (?:mentor|mentee)s?\b"),
    "fr": re.compile(r"\b(?:votre|vos|ton|ta|tes) (?:mentor|mentore|mentoree)s?\b"),
}
_ASKED = re.compile(r"(?<=[?？])\s+(?=\S)")
_TU = re.compile(r"(?<![\w-])(?:tu|te|toi|ton|ta|tes|t')(?![\w-])|-(?:tu|toi)\b")
"""Familiar French: the guides and the agenda address the mentee as "vous"."""

# Nouns an agenda's questions use most, by gender, for ``quel(le)s sont les/vos/nos …``.
_MASCULINE = (
    "resultats objectifs obstacles progres points besoins enjeux sujets apprentissages "
    "engagements echanges retours conseils freins moyens criteres succes defis projets "
    "changements souhaits premiers prochains principaux"
).split()
_FEMININE = (
    "actions options etapes ressources difficultes attentes competences questions priorites "
    "reussites lecons idees pistes forces solutions personnes prochaines premieres principales"
).split()
_MASC = "|".join(_MASCULINE)
_FEM = "|".join(_FEMININE)
_AGREEMENT = [
    re.compile(r"\bquelle (?:est|sera|etait) (?:le|ce|mon|ton) "),  # votre, notre: either
    re.compile(r"\bquel (?:est|sera|etait) (?:la|cette|ma|ta) "),
    re.compile(r"\bquelles (?:sont|seront|etaient) (?:les|vos|nos|ces) (?:" + _MASC + r")\b"),
    re.compile(r"\bquels (?:sont|seront|etaient) (?:les|vos|nos|ces) (?:" + _FEM + r")\b"),
]


def item_problems(purpose: str, questions: Sequence[str], language: str) -> list[str]:
    """Why one item's purpose and questions cannot be shown in a ``language`` agenda (empty:
    they can). Each reason is phrased for the model's corrective turn."""
    problems = []
    purpose, questions = purpose.strip(), [q.strip() for q in questions]
    if not MIN_CHARS <= len(purpose) <= MAX_PURPOSE_CHARS:
        problems.append(f"the purpose must be {MIN_CHARS} to {MAX_PURPOSE_CHARS} characters")
    if not 1 <= len(questions) <= MODEL_QUESTIONS:
        problems.append(f"give 1 to {MODEL_QUESTIONS} questions")
    for question in questions:
        marks = question.count("?") + question.count("？")
        if not MIN_CHARS <= len(question) <= MAX_QUESTION_CHARS:
            problems.append(f"each question must be {MIN_CHARS} to {MAX_QUESTION_CHARS} characters")
        elif marks == 0:
            problems.append(f"this is not a question (no question mark): {question[:60]!r}")
        elif marks > 1:
            problems.append(f"one question per line, not several: {question[:60]!r}")
    opener = re.compile(_OPEN.get(language, _OPEN["en"]))
    if questions and not any(opener.search(fold(q)) for q in questions):
        problems.append("at least one question must be open (what, how, which...)")
    if len({_key(q) for q in questions}) < len(questions):
        problems.append("the same question twice")
    text = " ".join([purpose, *questions])
    folded = fold(text)
    if _LINK.search(text) or _MARKUP.search(text):
        problems.append("no links, addresses, code or markup")
    if looks_like_injection(text) or _META.search(folded):
        problems.append("no instructions or remarks about the assistant")
    if detect_language(text) != language:
        problems.append(f"write in {LANGUAGE_NAMES.get(language, language)}")
    partner = _PARTNER.get(language)
    if partner is not None and any(partner.search(fold(q)) for q in questions):
        problems.append("the mentor asks the mentee these questions: no 'your mentor/mentee'")
    if language == "fr":
        problems += _french_problems(folded)
    return problems


def one_per_line(questions: Sequence[str]) -> list[str]:
    """The questions with a line that asks several ("What is it? Who knows?") split into one
    per line, the first :data:`MODEL_QUESTIONS` kept; a line with a sentence that asks nothing
    ("Who could help? I know someone.") stays whole."""
    lines: list[str] = []
    for question in questions:
        parts = [p.strip() for p in _ASKED.split(question.strip()) if p.strip()]
        lines += parts if all(p.endswith(("?", "？")) for p in parts) else [question.strip()]
    return lines[:MODEL_QUESTIONS]


def _french_problems(folded: str) -> list[str]:
    problems = []
    if _TU.search(folded):
        problems.append("vouvoyez le mentoré (« vous »), jamais « tu »")
    slip = next((m.group(0) for p in _AGREEMENT if (m := p.search(folded))), None)
    if slip:
        problems.append(f"accord de « quel » faux : « {slip.strip()} »")
    return problems


def _key(question: str) -> str:
    """A question reduced to its words, to find repeats."""
    return " ".join(re.findall(r"\w+", fold(question)))


def same_words(one: str, other: str) -> bool:
    """Whether two texts hold the same words, whatever the case, accents or punctuation."""
    return _key(one) == _key(other)


def repeated_questions(earlier: Iterable[Sequence[str]], questions: Sequence[str]) -> list[str]:
    """The ``questions`` already asked in the ``earlier`` items' questions (same words, whatever
    the case, accents or punctuation)."""
    seen = {_key(q) for item in earlier for q in item}
    return [q for q in questions if _key(q) in seen]
