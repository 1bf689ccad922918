"""The screens every turn passes before any skill, retrieval or model call: crisis first, then
injection, then scope. A screen returns a fixed reply to stop the turn, or None to let it
through."""

from __future__ import annotations

from collections.abc import Callable

from assistant.config import Settings
from assistant.language.messages import message as say
from assistant.reply import Reply
from assistant.safety.crisis import detect_crisis
from assistant.safety.hook import ContactHook
from assistant.safety.injection import looks_like_injection
from assistant.safety.resources import HelpLine, Resources, load_resources
from assistant.safety.scope import out_of_scope

Screen = Callable[[str, str], Reply | None]
"""A check run on every message before routing: (message, language) -> a reply, or None."""


class CrisisScreen:
    """A person in distress gets the fixed safe reply with help resources, never the model."""

    def __init__(self, resources: Resources, country: str = "", hook: ContactHook | None = None):
        self.resources = resources
        self.country = country
        self.hook = hook  # run when the screen fires, if MENTOR_SAFETY_HOOK is set

    def __call__(self, message: str, language: str) -> Reply | None:
        signal = detect_crisis(message)
        if signal is None:
            return None
        if self.hook is not None:
            self.hook.fire(signal.category)
        return Reply.fixed("safety", language, self.reply(signal.category, language))

    def reply(self, category: str, language: str) -> str:
        """The fixed reply for ``category``, with this programme's and country's resources."""
        contact = self.resources.programme.safeguarding_contact.strip() or say(
            language, "safety.crisis.default_contact"
        )
        country = self.resources.country(self.country)
        emergency = country.emergency.get(language) or country.emergency.get("en", "")
        lines = self.resources.lines_for(self.country, category, language)
        parts = [
            say(language, "safety.crisis.intro"),
            say(language, f"safety.crisis.{category}", contact=contact),
            emergency,
        ]
        if lines:
            parts.append(say(language, "safety.crisis.lines"))
            parts.append("\n".join(f"- {_line(line, language)}" for line in lines))
        if category in {"abuse", "danger", "self_harm", "suicide"}:
            parts.append(say(language, "safety.crisis.safeguarding", contact=contact))
        parts.append(say(language, "safety.crisis.not_me"))
        return "\n\n".join(part for part in parts if part)


class InjectionScreen:
    """A message that tries to change the assistant's instructions or role is refused."""

    def __call__(self, message: str, language: str) -> Reply | None:
        if not looks_like_injection(message):
            return None
        return Reply.fixed("refused", language, say(language, "safety.injection"))


class ScopeScreen:
    """Therapy, medical, legal or financial advice: a respectful referral; a guided
    conversation in progress stays where it was."""

    def __call__(self, message: str, language: str) -> Reply | None:
        kind = out_of_scope(message)
        if kind is None:
            return None
        return Reply.fixed("referral", language, say(language, f"safety.referral.{kind}"))


def safety_screens(settings: Settings) -> tuple[Screen, ...]:
    """The screens of a process, in order: crisis, injection, then scope."""
    resources = load_resources(settings.safety_resources)
    crisis = CrisisScreen(resources, settings.safety_country, ContactHook(settings))
    return (crisis, InjectionScreen(), ScopeScreen())


def _line(line: HelpLine, language: str) -> str:
    link = f" ({line.url})" if line.url and line.url.split("//")[-1] not in line.contact else ""
    colon = " : " if language == "fr" else ": "  # French puts a space before the colon
    return f"**{line.name}**{colon}{line.contact}{link}"
