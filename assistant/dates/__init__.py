"""Dates: deadlines and time frames read from free text (rules, calendar words, periods)."""
