"""The bundled knowledge base with the real embedding model, through the installed CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import mentor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    data = tmp_path_factory.mktemp("real") / "data"
    variables = {"MENTOR_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1"}
    result = mentor("ingest", "--json", env=variables)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["skipped"] == 0, report
    assert report["summary"]["added"] >= 20
    return variables


def _search(env: dict[str, str], *args: str) -> list[dict[str, object]]:
    result = mentor("search", *args, "--json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_first_session_question_finds_the_session_guides(env: dict[str, str]) -> None:
    hits = _search(env, "how do I prepare for my first mentoring session")
    assert hits[0]["source"] == "knowledge/en/first-session.md"
    assert all(h["title"] and h["source"] and "citation" in h for h in hits)


def test_french_question_finds_the_french_guide(env: dict[str, str]) -> None:
    hits = _search(env, "Quelle est la différence entre le mentorat et le coaching ?")
    assert hits[0]["source"] == "knowledge/fr/mentorat-et-coaching.md"
    assert hits[0]["language"] == "fr"


def test_language_and_audience_filters(env: dict[str, str]) -> None:
    hits = _search(env, "matching mentors and mentees", "--lang", "en", "--audience", "trainer")
    assert hits and all(h["language"] == "en" for h in hits)
    assert hits[0]["source"] == "knowledge/en/programme-design.md"


def test_reingest_is_a_no_op(env: dict[str, str]) -> None:
    result = mentor("ingest", "--json", env=env)
    report = json.loads(result.stdout)
    assert report["chunks_written"] == 0 and report["chunks_deleted"] == 0
    assert report["summary"]["added"] == report["summary"]["updated"] == 0


def test_many_queries_in_one_process(env: dict[str, str], tmp_path: Path) -> None:
    queries = tmp_path / "queries.txt"
    queries.write_text("What is reverse mentoring?\nComment formuler un objectif SMART ?\n")
    result = mentor("search", "--queries", str(queries), "--json", "--k", "3", env=env)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["query"] for r in rows] == [
        "What is reverse mentoring?",
        "Comment formuler un objectif SMART ?",
    ]
    assert rows[0]["hits"][0]["source"] == "knowledge/en/reverse-and-e-mentoring.md"
    assert rows[1]["hits"][0]["source"] == "knowledge/fr/objectifs-smart.md"
