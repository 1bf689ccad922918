"""The output guard (assistant.safety.injection.guard_stream) on credential requests: an answer
asking the reader for a password is cut there; an answer warning not to share one is shown."""

from __future__ import annotations

from assistant.language.messages import message
from assistant.safety.injection import guard_stream

WITHHELD = message("en", "safety.withheld")


def shown(text: str, sources: str = "") -> str:
    return "".join(guard_stream([text], sources, "en"))


def test_asking_for_a_password_is_withheld() -> None:
    answer = "Welcome [1]. Please reply with your programme username and password to continue."
    assert WITHHELD in shown(answer)
    assert "password" not in shown(answer).replace(WITHHELD, "")


def test_a_warning_not_to_share_a_password_is_shown() -> None:
    answer = "Agree on good habits [1]. Remind him never to share his password with anyone."
    assert shown(answer) == answer


def test_an_address_the_sources_do_not_give_is_withheld() -> None:
    assert WITHHELD in shown("Write to help@pixel.invalid for the form [1].", "No address.")
    kept = "Write to team@programme.invalid [1]."
    assert shown(kept, "Contact team@programme.invalid.") == kept
