"""Crisis and safeguarding signals in a message, English and French, decided by code.

Run on every message before retrieval and before any model call. Categories: ``suicide``,
``self_harm``, ``abuse`` (violence or abuse the writer suffers), ``harassment`` (sexual
approaches or harassment, by a mentor or anyone), ``danger`` (immediate danger, or a mentee at
risk that a mentor reports). The patterns read accent-folded text and speak of the writer ("I",
"me", "je") or of a real person at risk ("my mentee"): a question about how a mentor should
handle such a subject ("what should a mentor do if a mentee mentions self-harm?", "my mentee
told me they have been thinking about suicide, what do I do?") is guidance, not a crisis, unless
the writer says it of themselves too or someone is in danger right now; such a message goes on to
grounded answers from the guides (safeguarding and referral), and :func:`crisis_guidance` names
what it is about. A crisis word used as a subject (a policy, a thesis, a bereavement: "died by
suicide") is not a crisis either, nor are idioms ("this deadline is killing me", « je suis mort de
fatigue ») or everyday blocks (« je bloque dès que tout le monde me regarde »), nor a joke told as
one (« jvais me pendre si on me redemande mon avis sur le logo mdr »). Each category has the
original table (``CORE``) and broader ones (``MORE``, ``WIDER``, ``BROADER``: indirect wording,
signals told in passing inside a longer message, other conjugations, elisions and typos), built on
the dev, fresh and training rows, never on the test split.
When in doubt between a crisis and none, the screen answers as for a crisis: a false alarm costs
one fixed reply, a miss may cost much more. What the rules miss, a learned backstop may catch
(:mod:`assistant.safety.learned`); its evidence is empty.

The package: one module per category's tables (:mod:`.suicide`, :mod:`.self_harm`,
:mod:`.abuse`, :mod:`.harassment`, :mod:`.danger`, sharing :mod:`.words`), :mod:`.context` for
whose words they are (guidance questions, reports on someone else, subjects rather than lived
experience), and :mod:`.screen`, which runs them in order and then the backstop.
"""

from __future__ import annotations

from assistant.safety.crisis.screen import CrisisSignal, crisis_guidance, detect_crisis

__all__ = ["CrisisSignal", "crisis_guidance", "detect_crisis"]
