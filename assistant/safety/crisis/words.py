"""Fragments the category tables share: how the writer names themselves (English, French) and
the parts of the body that self-harm and injuries are told about."""

from __future__ import annotations

I_FORMS = r"(?:i|i'?m|i am|i'?ve|i have|i was|i'?d|i would|i keep|i just|i really)"
JE_FORMS = r"(?:je|j'|j|moi)"
BODY = (
    r"(?:wrists?|arms?|forearms?|thighs?|legs?|ankles?|skin|hands?|palms?|fingers?|knuckles?"
    r"|stomach|belly|hips?|chest|face)"
)
CORPS = (
    r"(?:poignets?|bras|avant-bras|cuisses?|jambes?|chevilles?|peau|mains?|paumes?|doigts"
    r"|phalanges|ventre|hanches?|visage)"
)
