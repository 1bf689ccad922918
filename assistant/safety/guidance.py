"""The safeguarding note above guidance about someone else's crisis: a mentor asking what to do
when a mentee speaks of suicide gets the guides' answer (the crisis screen lets that question
through, :func:`~assistant.safety.crisis.crisis_guidance`), headed by the emergency line and the
programme's safeguarding contact, decided by code."""

from __future__ import annotations

from assistant.config import Settings
from assistant.language.messages import message as say
from assistant.safety.crisis import crisis_guidance
from assistant.safety.resources import load_resources


def guidance_note(message: str, language: str, settings: Settings) -> str:
    """The note for a guidance question about someone else's crisis; "" for any other."""
    if crisis_guidance(message) is None:
        return ""
    resources = load_resources(settings.safety_resources)
    contact = resources.programme.safeguarding_contact.strip() or say(
        language, "safety.crisis.default_contact"
    )
    country = resources.country(settings.safety_country)
    emergency = country.emergency.get(language) or country.emergency.get("en", "")
    return "\n\n".join(
        part for part in (say(language, "safety.guidance", contact=contact), emergency) if part
    )
