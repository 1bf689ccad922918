"""The scripted role-play eval, run in CI: the poor trainee's reports flag advice without
permission and a low open-question share, the good trainee's flag neither, in both languages."""

from __future__ import annotations

import pytest

from evals.eval_roleplay import load_cases, missing_cases, report, run_scripted


def test_scripted_transcripts_separate_good_and_poor_trainees(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cases = load_cases()
    outcomes = run_scripted(cases)
    status = report(outcomes, missing_cases(cases))
    table = capsys.readouterr().out
    assert status == 0, table
    assert len(outcomes) >= 32
    assert "poor trainee flagged advice_without_permission: 16/16" in table
