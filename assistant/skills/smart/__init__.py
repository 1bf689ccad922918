"""The SMART checker, one module per criterion, without any model.

:mod:`~assistant.skills.smart.checker` runs the pipeline (dates masked, reason found, main action,
measures, specificity, red flags); :mod:`specific`, :mod:`measurable`, :mod:`achievable`,
:mod:`relevant` and :mod:`time_bound` each judge one criterion; :mod:`action` finds the goal's main
clause and :mod:`text` holds what the rules share.
"""

from assistant.skills.smart.checker import CRITERIA, SmartReport, Verdict, check_draft, check_goal

__all__ = ["CRITERIA", "SmartReport", "Verdict", "check_draft", "check_goal"]
