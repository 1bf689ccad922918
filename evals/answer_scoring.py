"""Scoring answers by code: key points, unsupported sentences, bare lines, wrong-language words.

Used by :mod:`evals.eval_answers`; every function here is pure (text in, numbers out) so the
scorer is tested with hand-written answers (tests/test_answer_scoring.py) and its figures do not
depend on the model that wrote the answers.

- A key point is covered when each of its OR-groups of terms occurs in the answer (case and
  accents ignored, a term matching at the start of a word: "initiat" matches "initiation").
- A sentence is unsupported when fewer than half of its content words (the question's aside)
  occur in any one cited section's full text: stricter than what the model was shown, since the
  scorer reads the whole section.
- A bare line is a line that is only citation markers, or a heading with nothing said.
- Wrong-language words: English function words (or untranslated domain words) in a French
  answer, French function words in an English one, outside quotations of the guide.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.language.text import fold, tokenize

SUPPORT = 0.5
_MARKER = re.compile(r"\[\d+\]")
# a sentence ends at . ! ? … and a blank, or after the [n] that follows them, or at a line break
_SENTENCE = re.compile(
    r"(?<=[.!?…])(?<!\b\d\.)\s+(?!\[\d|[»”\"')])|(?<=[.!?…] \[\d\])\s+|(?<=[.!?…]\[\d\])\s+|\n+"
)  # ...not before a closing quote (« Que faire ? » [1] is one sentence), nor after a list
# number ("2. Take what they say seriously" is one sentence, not a bare "2.")
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EN_IN_FR = frozenset(
    "the and with your you what when which should mentee mentees measurable achievable relevant "
    "time-bound goal goals meeting meetings".split()
)
_FR_IN_EN = frozenset("le la les des et avec vous votre quand quel quelle doit mentoré".split())


def folded(text: str) -> str:
    return fold(text).lower().replace("’", "'")


def term_found(term: str, text: str) -> bool:
    """``term`` occurs in ``text`` at the start of a word (both folded)."""
    return re.search(r"(?<![\w])" + re.escape(folded(term)), folded(text)) is not None


def point_covered(groups: Sequence[Sequence[str]], text: str) -> bool:
    """Every OR-group has a term in ``text``."""
    return all(any(term_found(t, text) for t in group) for group in groups)


def sentences(answer: str) -> list[str]:
    """The answer's sentences and list lines, markers kept, blank ones dropped."""
    return [s.strip() for s in _SENTENCE.split(answer) if s.strip()]


def is_bare(line: str, headings: Sequence[str] = ()) -> bool:
    """A line that says nothing: only markers and punctuation, or a heading alone."""
    words = _WORDS.findall(_MARKER.sub(" ", line))
    if not words:
        return True
    plain = " ".join(words).lower()
    return len(words) <= 6 and any(plain == " ".join(_WORDS.findall(h)).lower() for h in headings)


def support(sentence: str, passages: Sequence[str], question: str, language: str) -> float:
    """The largest share of ``sentence``'s content words (the question's aside) that one passage
    holds; 1.0 for a sentence with no word of its own."""
    asked = set(tokenize(question, language))
    words = set(tokenize(_MARKER.sub(" ", sentence), language)) - asked
    if not words:
        return 1.0
    return max((len(words & set(tokenize(p, language))) / len(words) for p in passages), default=0)


def wrong_language_words(answer: str, language: str) -> list[str]:
    """Words of the other language in ``answer`` (quoted lines, "> …", aside)."""
    text = "\n".join(line for line in answer.splitlines() if not line.lstrip().startswith(">"))
    text = re.sub(r"[“«\"][^”»\"]*[”»\"]", " ", text)  # titles and quotations
    words = [w.lower() for w in _WORDS.findall(text)]
    foreign = _EN_IN_FR if language == "fr" else _FR_IN_EN
    return sorted({w for w in words if w in foreign})


@dataclass
class AnswerScore:
    """One answer, scored."""

    id: str
    lang: str
    kind: str
    covered_expected: bool
    covered_said: bool
    points: int = 0
    points_covered: int = 0
    contradictions: int = 0
    sentences: int = 0
    unsupported: list[str] = field(default_factory=list)
    bare_lines: list[str] = field(default_factory=list)
    foreign_words: list[str] = field(default_factory=list)
    first_token_s: float | None = None
    total_s: float | None = None

    @property
    def coverage(self) -> float | None:
        return self.points_covered / self.points if self.points else None


def score_answer(
    row: dict[str, Any],
    answer: str,
    covered_said: bool,
    cited_passages: Sequence[str],
    headings: Sequence[str] = (),
) -> AnswerScore:
    """Score ``answer`` to the question ``row`` (a row of answers/questions.yaml or
    external/questions.yaml); ``cited_passages`` are the full texts of the sections it cites."""
    lang = row["lang"]
    score = AnswerScore(
        row["id"], lang, row.get("kind", "external"), row.get("covered", True), covered_said
    )
    points = row.get("key_points") or []
    score.points = len(points)  # a wrong "not covered" keeps them in the denominator
    if not covered_said:
        return score
    score.points_covered = sum(point_covered(p["terms"], answer) for p in points)
    score.contradictions = sum(
        point_covered(c["terms"], answer) for c in row.get("contradictions") or []
    )
    body = [s for s in sentences(answer) if not s.lstrip().startswith(">")]
    lead = body[:1] if len(body) > 1 and body[0].rstrip().endswith(":") else []
    lead += quote_leads(answer)
    for sentence in body:
        if is_bare(sentence, headings):
            score.bare_lines.append(sentence)
            continue
        score.sentences += 1
        if sentence.strip() in lead or sentence in lead:
            continue  # "The guide … sets these out under …:" names a source, claims nothing
        if support(sentence, cited_passages, row["question"], lang) < SUPPORT:
            score.unsupported.append(sentence)
    score.foreign_words = wrong_language_words(answer, lang)
    return score


def quote_leads(answer: str) -> list[str]:
    """The lines that introduce a quoted passage ("Here is what the guide … says:" followed by
    "> …" lines): they name a source and claim nothing."""
    lines = [line.strip() for line in answer.splitlines() if line.strip()]
    return [
        line
        for line, after in itertools.pairwise(lines)
        if line.endswith(":") and after.startswith(">")
    ]


@dataclass
class Summary:
    """Figures over a set of scored answers."""

    answers: int
    coverage: float | None  # mean key-point coverage over covered questions answered
    points: tuple[int, int]  # key points covered / expected, over covered questions
    unsupported: tuple[int, int]  # unsupported sentences / sentences
    bare_lines: int
    answers_with_foreign_words: int
    not_covered_precision: float | None
    not_covered_recall: float | None
    contradictions: int
    first_token_p50: float | None
    total_p50: float | None


def summarise(scores: Sequence[AnswerScore]) -> Summary:
    covered = [s for s in scores if s.covered_expected]
    expected = sum(s.points for s in covered)
    got = sum(s.points_covered for s in covered)  # a wrong "not covered" scores 0 points
    said_not = [s for s in scores if not s.covered_said]
    truly_not = [s for s in scores if not s.covered_expected]
    hits = sum(not s.covered_expected for s in said_not)
    firsts = sorted(s.first_token_s for s in scores if s.first_token_s is not None)
    totals = sorted(s.total_s for s in scores if s.total_s is not None)
    return Summary(
        answers=len(scores),
        coverage=got / expected if expected else None,
        points=(got, expected),
        unsupported=(sum(len(s.unsupported) for s in scores), sum(s.sentences for s in scores)),
        bare_lines=sum(len(s.bare_lines) for s in scores),
        answers_with_foreign_words=sum(bool(s.foreign_words) for s in scores),
        not_covered_precision=hits / len(said_not) if said_not else None,
        not_covered_recall=hits / len(truly_not) if truly_not else None,
        contradictions=sum(s.contradictions for s in scores),
        first_token_p50=firsts[len(firsts) // 2] if firsts else None,
        total_p50=totals[len(totals) // 2] if totals else None,
    )
