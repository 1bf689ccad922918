"""The crisis screen itself: the category tables in order, then the learned backstop, with the
context rules deciding whether a match is the writer's (see the package docstring)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.safety.crisis import abuse, danger, harassment, self_harm, suicide
from assistant.safety.crisis.context import (
    OTHERS,
    about_writer,
    as_a_topic,
    away_for_a_reason,
    by_accident,
    in_the_past,
    is_guidance,
    joking,
    others_who,
    own_sentences,
)
from assistant.safety.learned import load_crisis_model
from assistant.safety.patterns import folded


@dataclass(frozen=True)
class CrisisSignal:
    """What was found: the category and the words that showed it."""

    category: str
    evidence: str


ORDER = (
    ("suicide", (suicide.CORE, suicide.MORE, suicide.WIDER, suicide.BROADER)),
    ("self_harm", (self_harm.CORE, self_harm.MORE, self_harm.WIDER, self_harm.BROADER)),
    ("harassment", (harassment.CORE, harassment.MORE, harassment.WIDER, harassment.BROADER)),
    ("abuse", (abuse.CORE, abuse.MORE, abuse.WIDER, abuse.BROADER)),
    ("danger", (danger.CORE, danger.MORE, danger.WIDER, danger.BROADER)),
)
"""The categories in the order they are tried, each with its tables."""


def detect_crisis(message: str) -> CrisisSignal | None:
    """The first crisis signal in ``message`` (English or French), or None: the rules first,
    then the learned backstop (:mod:`assistant.safety.learned`) for phrasings they miss.

    A guidance question (how should a mentor handle a mentee's self-harm? my mentee told me they
    think about suicide, what do I do?) is not a crisis unless the writer speaks of themselves
    ("I have been thinking about suicide, what do I do?", "…and honestly so am I") or someone
    is in danger right now (pills just taken, on the roof); such a message goes on to the guides
    (safeguarding and referral sections). The learned backstop then reads only the sentences
    that are not about someone else, so a writer at risk inside a guidance question still gets
    the safe reply."""
    return _screen(message)[0]


def crisis_guidance(message: str) -> str | None:
    """The crisis category a mentor asks guidance about ("my mentee told me she cuts herself,
    how should I respond?" -> ``self_harm``), when the screen lets the message through for that
    reason; None otherwise (no such subject, or a crisis the screen answers itself). What an
    answer may use to add the programme's safeguarding contact to grounded guidance."""
    return _screen(message)[1]


def detect_by_rules(message: str) -> CrisisSignal | None:
    """What the rules alone find in ``message`` (no learned backstop): what the backstop's
    training (``python -m evals.train_crisis``) measures it against."""
    return _screen(message, learned=False)[0]


# Texting elisions of « je » (« jveux plus être là », « chuis à bout », « jen peux plus »): the
# tables read them as the full forms, so each French pattern need not spell both.
_ELIDED_JE = re.compile(
    r"\b(?:j(veux|voudrais|vais|suis|peux|pense|pensais|me|te|sais|crois|dois|arrive)"
    r"|j(en|y|ai|avais|aurais)|chuis|chui)\b"
)


def texting(text: str) -> str:
    """Folded ``text`` with the texting elisions of « je » spelt out (« jveux » -> « je veux »)."""
    return _ELIDED_JE.sub(
        lambda m: f"je {m[1]}" if m[1] else f"j'{m[2]}" if m[2] else "je suis", text
    )


def _screen(message: str, learned: bool = True) -> tuple[CrisisSignal | None, str | None]:
    """(the crisis signal, or None; the category set aside as someone else's, or None)."""
    text = texting(folded(message))
    guidance = is_guidance(text)
    set_aside: str | None = None
    for category, patterns in ORDER:
        for match in (m for pattern in patterns for m in pattern.finditer(text)):
            if guidance and not about_writer(text, match.start(), match.group(0)):
                set_aside = set_aside or category
                continue  # "what should a mentor do if a mentee mentions self-harm?"
            if others_who(text, match.start(), match.group(0)):
                continue  # « je vois plein de jeunes qui se scarifient »
            if as_a_topic(text, match.start(), match.end()):
                continue  # "my mentee's father died by suicide last year"
            if category != "danger" and in_the_past(text):
                continue  # "I self-harmed as a teenager; I'm 31 now and doing well"
            if category == "self_harm" and by_accident(text, match.end()):
                continue  # « je me suis brûlé la main en cuisine »
            if category == "suicide" and away_for_a_reason(text, match.group(0)):
                continue  # "I won't be here next month, I'm moving to Berlin"
            if category == "suicide" and joking(text, match.start(), match.end()):
                continue  # « jvais me pendre si on me redemande mon avis sur le logo mdr »
            return CrisisSignal(category, match.group(0)), None
    model = load_crisis_model() if learned else None
    if model is not None:
        read = own_sentences(message) if guidance else message
        found = model.category(read) if read else None
        if found is not None:
            return CrisisSignal(found, ""), None
    if guidance and set_aside is None:
        set_aside = next((name for name, words in OTHERS if words.search(text)), None)
    return None, set_aside
