"""The stance explainer in chat: "is this coaching or mentoring: 'What options do you see?'"
is routed here by code and answered with the classifier's label, its cues and a rewrite of the
sentence in the other stance.

The label and the cues come from :func:`assistant.skills.stance.classify`, never from the chat
model. The model only writes the rewrite, and the rewrite is shown only if the classifier reads
it in the stance asked for (otherwise the answer says no rewrite could be checked).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from langchain_core.messages import HumanMessage, SystemMessage

from assistant.language.messages import message
from assistant.language.text import fold
from assistant.model.llm import ModelUnavailableError, stream_text
from assistant.model.prompts import load_prompt
from assistant.reply import Reply
from assistant.safety.injection import looks_like_injection
from assistant.skills.base import ALL_ROLES, SkillContext, Turn
from assistant.skills.stance import StanceResult, classify

_ASKS = re.compile(
    r"\b(?:coaching|mentoring|mentorat)\s+(?:or|ou)\s+(?:du\s+|de\s+|le\s+)?"
    r"(?:coaching|mentoring|mentorat)\b"
)
_QUOTED = re.compile(r"[\"“«‘']\s*(.+?)\s*[\"”»’'](?:\s|$|[?.!:,;])")
_AFTER_COLON = re.compile(r"[:：]\s*(.+)$", re.S)
MIN_WORDS = 2
MAX_REWRITE_CHARS = 400
OTHER = {"coaching": "mentoring", "mentoring": "coaching"}


def utterance_to_classify(text: str) -> str | None:
    """The sentence a "coaching or mentoring?" question asks about: the quoted part, else what
    follows the colon; None when the message is not such a question."""
    if not _ASKS.search(fold(text).lower()):
        return None
    for pattern in (_QUOTED, _AFTER_COLON):
        match = pattern.search(text)
        if match:
            candidate = match.group(1).strip().strip("\"“”«»‘’' ")
            if len(candidate.split()) >= MIN_WORDS and not _ASKS.search(fold(candidate).lower()):
                return candidate
    return None


class StanceExplainer:
    """Classifies the sentence a user asks about and explains the verdict."""

    name = "stance"
    roles = ALL_ROLES

    def __init__(self, context: SkillContext) -> None:
        self.context = context

    def takes(self, turn: Turn) -> bool:
        return utterance_to_classify(turn.message) is not None

    def respond(self, turn: Turn) -> Reply:
        utterance = utterance_to_classify(turn.message)
        assert utterance is not None
        result = classify(utterance)
        return Reply("answer", turn.language, self._pieces(utterance, result, turn.language))

    def _pieces(self, utterance: str, result: StanceResult, language: str) -> Iterator[str]:
        yield verdict(utterance, result, language)
        target = OTHER.get(result.stance)
        if target is None:  # neutral: nothing to rewrite
            return
        rewrite = self._rewrite(utterance, target, language)
        if rewrite and classify(rewrite).stance == target:
            label = message(language, f"stance.label.{target}")
            yield "\n" + message(language, "stance.rewrite", stance=label, text=rewrite)
        else:
            yield "\n" + message(language, "stance.no_rewrite")

    def _rewrite(self, utterance: str, target: str, language: str) -> str:
        """The model's rewrite of ``utterance`` in the ``target`` stance ("" if none usable)."""
        prompt = load_prompt("stance_rewrite")
        user = prompt.render_user(
            utterance=utterance,
            language=language,
            target_name=message(language, f"stance.label.{target}"),
            target_hint=message(language, f"stance.hint.{target}"),
        )
        messages = [SystemMessage(content=prompt.system), HumanMessage(content=user)]
        try:
            text = "".join(stream_text(self.context.model(), messages))
        except ModelUnavailableError:
            return ""
        text = " ".join(text.split()).strip('"“”«» ')
        if not text or len(text) > MAX_REWRITE_CHARS or looks_like_injection(text):
            return ""
        return text


def verdict(utterance: str, result: StanceResult, language: str) -> str:
    """The classifier's answer in words: label, confidence and cues."""
    cues = message(language, "stance.and").join(
        message(language, f"stance.cue.{cue}") for cue in result.cues
    ) or message(language, "stance.no_cues")
    return message(
        language,
        "stance.verdict",
        text=utterance,
        stance=message(language, f"stance.label.{result.stance}"),
        confidence=round(result.confidence * 100),
        cues=cues,
    )
