"""The agenda and prep brief in chat: "prepare my next session with Sam", « prépare ma
prochaine séance avec Sam », "prep brief for my session with Sam".

Code decides everything but the words: the request is recognised by patterns, the pair is one
the signed-in user mentors (:mod:`assistant.records.pairs` filters by the caller) whose mentee's
name matches, and the reply is the brief (code's) or the agenda, streamed: its timed skeleton at
once, then the model's purposes and questions (:mod:`.fill`). No such pair, or several, gets a
clear reply naming the user's own pairs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from assistant.language.messages import message
from assistant.language.text import fold
from assistant.records.pairs import Pair, Pairs
from assistant.reply import Reply
from assistant.skills.agenda.brief import brief_markdown, compose_brief
from assistant.skills.agenda.fill import agenda_pieces, fill_agenda
from assistant.skills.agenda.phase import pair_reading
from assistant.skills.agenda.skeleton import Agenda, build_agenda
from assistant.skills.base import ALL_ROLES, SkillContext, Turn

DEFAULT_MINUTES = 45
Want = Literal["agenda", "brief"]
_DETERMINER = (
    r"(?:my|the|a|an|his|her|their|our|your|mon|ma|mes|le|la|les|un|une|son|sa|ses|notre|votre)"
)
_NAME = rf"(?:with|avec)\s+(?!{_DETERMINER}\b)(?P<name>[\w][\w.'-]*)"
_BRIEF = re.compile(
    r"\b(?:prep(?:aration)? brief|brief de preparation|fiche de preparation|"
    r"brief (?:for|pour) (?:my|ma|mon)|brief(?:ing)? (?:before|avant))\b"
)
_AGENDA = re.compile(
    r"\b(?:prepare|prep|plan|preparer?|prepare[zs]?|planifie)\b.{0,40}?"
    r"\b(?:session|meeting|seance|rencontre|rendez-vous|agenda|ordre du jour)\b"
)
_OWN = re.compile(r"\b(?:my|our|ma|mon|notre)\b")
_ASKS_HOW = re.compile(r"(?:how|what|why|when|should|comment|pourquoi|quand|que|qu'|quel|dois)\b")


@dataclass(frozen=True)
class Request:
    want: Want
    name: str  # the mentee's name as typed ("" when none was given)


def read_request(text: str) -> Request | None:
    """What the message asks for, if it asks for a session's agenda or prep brief."""
    folded = fold(" ".join(text.split()))
    named = re.search(_NAME, folded)
    name = named.group("name").strip(".'-") if named else ""
    if _BRIEF.search(folded):
        return Request("brief", name)
    asked = _AGENDA.search(folded)
    own = asked is not None and _OWN.search(asked.group()) and not _asks_how(folded, asked)
    if asked and (own or name):  # "how do I prepare my first session?" stays a question
        return Request("agenda", name)
    return None


def _asks_how(text: str, asked: re.Match[str]) -> bool:
    """Whether the clause holding the request is a question about preparing ("how do I
    prepare…", « je suis mentor : comment me préparer… »), not a request to prepare one."""
    clause = re.split(r"[:.!?;]", text[: asked.start()])[-1].strip()
    return _ASKS_HOW.match(clause) is not None


def matching_pairs(pairs: list[Pair], name: str) -> list[Pair]:
    """The pairs (mentored by the caller) with a mentee called ``name``: the whole login name,
    or its first part ("sam" for "sam.lee"), case and accents aside."""
    wanted = fold(name)
    found = []
    for pair in pairs:
        for mentee in pair.mentees:
            login = fold(mentee)
            if wanted in {login, re.split(r"[._\-\s@]", login)[0]}:
                found.append(pair)
                break
    return found


class SessionPrep:
    """Routes a mentor's "prepare my next session with X" to that pair's agenda or brief."""

    name = "session-prep"
    roles = ALL_ROLES  # the pair decides: only its mentor gets an agenda or a brief

    def __init__(self, context: SkillContext) -> None:
        self.context = context
        self._pairs: Pairs | None = None
        self._lock = threading.Lock()

    def pairs(self) -> Pairs:
        with self._lock:
            if self._pairs is None:
                self._pairs = Pairs(self.context.settings.records_path)
            return self._pairs

    def takes(self, turn: Turn) -> bool:
        return read_request(turn.message) is not None

    def respond(self, turn: Turn) -> Reply:
        request = read_request(turn.message)
        assert request is not None
        lang = turn.language if turn.language in ("en", "fr") else "en"
        store = self.pairs()
        mentored = [p for p in store.list_pairs(turn.user) if p.role == "mentor"]
        if not mentored:
            return Reply.fixed("answer", lang, message(lang, "mentor_ui.chat.no_pairs"))
        found = matching_pairs(mentored, request.name) if request.name else mentored
        if len(found) != 1:
            key = "no_pair" if not found else "several" if request.name else "which"
            listed = ", ".join(_label(p) for p in (found or mentored))
            text = message(lang, f"mentor_ui.chat.{key}", name=request.name, pairs=listed)
            return Reply.fixed("answer", lang, text)
        pair = found[0]
        agenda, brief_text = self._prepare(store, turn.user, pair, lang)
        if request.want == "brief":
            return Reply.fixed("answer", lang, brief_text)
        hint = "\n" + message(lang, "mentor_ui.chat.brief_hint", name=_label(pair)) + "\n"

        def pieces() -> Iterator[str]:
            yield from agenda_pieces(
                agenda,
                lambda a: fill_agenda(
                    a, self.context.model(), parts=self.context.settings.agenda_parallel
                ),
            )
            yield hint

        return Reply("answer", lang, pieces())

    def _prepare(self, store: Pairs, user: str, pair: Pair, lang: str) -> tuple[Agenda, str]:
        today = self.context.today()
        sessions = store.sessions(user, pair.id)
        actions = store.actions(user, pair.id)
        goals = store.shared_goals(user, pair.id)
        reading = pair_reading(pair, sessions, goals, today)
        agenda = build_agenda(
            DEFAULT_MINUTES,
            reading,
            format=pair.format,
            focus=pair.focus,
            language=lang,
            open_actions=actions,
            today=today,
        )
        brief = compose_brief(
            pair, sessions, actions, goals, reading, agenda, today=today, language=lang
        )
        return agenda, brief_markdown(brief)


def _label(pair: Pair) -> str:
    return f"{', '.join(pair.mentees)} ({pair.id[:8]})"
