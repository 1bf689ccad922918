"""The `mentor` CLI, in-process with the fake embedder (the slow suite runs it for real)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.cli import common as cli_common
from assistant.retrieval import KnowledgeBase
from tests.fakes import HashingEmbedder

runner = CliRunner()


@pytest.fixture(autouse=True)
def fake_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, docs_dir: Path) -> None:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MENTOR_KNOWLEDGE_DIR", str(docs_dir))
    monkeypatch.setattr(
        cli_common,
        "KnowledgeBase",
        lambda settings: KnowledgeBase(settings, embedder=HashingEmbedder()),
    )


@pytest.fixture
def guides(write_guide: Callable[..., Path]) -> None:
    write_guide(
        "en/first.md",
        "Your first session",
        {
            "Preparing": "Before the first mentoring session, write down three topics to discuss.",
        },
    )
    write_guide(
        "fr/coaching.md",
        "Mentorat et coaching",
        {
            "Différences": "Le coach pose des questions ; le mentor partage son expérience.",
        },
        language="fr",
    )


def test_help_everywhere() -> None:
    for args in ([], ["--help"], ["ingest", "--help"], ["search", "--help"], ["status", "--help"]):
        result = runner.invoke(cli.app, args)
        assert "Usage" in result.output, args
    assert "--queries" in runner.invoke(cli.app, ["search", "--help"]).output


def test_ingest_defaults_to_the_knowledge_dir_and_reports_json(guides) -> None:
    result = runner.invoke(cli.app, ["ingest", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["summary"] == {
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "skipped": 0,
    }
    again = json.loads(runner.invoke(cli.app, ["ingest", "--json"]).stdout)
    assert again["summary"]["unchanged"] == 2 and again["chunks_written"] == 0


def test_ingest_reports_bad_files_and_strict_fails(guides, docs_dir: Path) -> None:
    (docs_dir / "bad.md").write_bytes(b"\x00\x01binary")
    result = runner.invoke(cli.app, ["ingest"])
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "binary" in result.stderr
    assert runner.invoke(cli.app, ["ingest", "--strict"]).exit_code == 1


def test_ingest_missing_path_is_a_clear_error() -> None:
    result = runner.invoke(cli.app, ["ingest", "no/such/folder"])
    assert result.exit_code == 2
    assert "not found: no/such/folder" in result.stderr


def test_search_json_fields(guides) -> None:
    runner.invoke(cli.app, ["ingest"])
    result = runner.invoke(
        cli.app, ["search", "prepare first mentoring session", "--json", "--k", "1"]
    )
    assert result.exit_code == 0, result.output
    [hit] = json.loads(result.stdout)
    assert {"text", "title", "section", "source", "score", "citation"} <= set(hit)
    assert (hit["title"], hit["section"]) == ("Your first session", "Preparing")


def test_search_lang_filter_and_plain_output(guides) -> None:
    runner.invoke(cli.app, ["ingest"])
    fr = json.loads(runner.invoke(cli.app, ["search", "mentor", "--lang", "fr", "--json"]).stdout)
    assert {h["language"] for h in fr} == {"fr"}
    plain = runner.invoke(cli.app, ["search", "coach questions"])
    assert "[1] Mentorat et coaching — Différences" in plain.stdout


def test_search_many_queries_one_json_line_each(guides, tmp_path: Path) -> None:
    runner.invoke(cli.app, ["ingest"])
    queries = tmp_path / "q.txt"
    queries.write_text("first session topics\n\nle coach pose des questions\n   \n")
    result = runner.invoke(cli.app, ["search", "--queries", str(queries), "--json"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["query"] for row in lines] == [
        "first session topics",
        "le coach pose des questions",
    ]
    assert lines[1]["hits"][0]["source"] == "knowledge/fr/coaching.md"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "   "], "the query is empty"),
        (["search"], "give either a QUERY or --queries FILE"),
        (["search", "x", "--lang", "de"], "language must be one of en, fr"),
        (["search", "x", "--queries", "q.txt"], "give either a QUERY or --queries FILE"),
    ],
)
def test_search_errors_are_clear(args: list[str], message: str) -> None:
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_invalid_setting_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTOR_CHUNK_SIZE", "ten")
    result = runner.invoke(cli.app, ["status"])
    assert result.exit_code == 2
    assert "MENTOR_CHUNK_SIZE" in result.stderr


def test_unreachable_chroma_server_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTOR_CHROMA_URL", "http://127.0.0.1:9")
    result = runner.invoke(cli.app, ["search", "goals"])
    assert result.exit_code == 2
    assert "cannot reach the Chroma server at http://127.0.0.1:9" in result.stderr


def test_status_lists_collections(guides) -> None:
    runner.invoke(cli.app, ["ingest"])
    result = runner.invoke(cli.app, ["status"])
    assert "collection guides" in result.stdout


def test_status_of_an_empty_store_says_how_to_fill_it() -> None:
    result = runner.invoke(cli.app, ["status"])
    assert result.exit_code == 0
    assert "none yet: `mentor ingest` indexes the bundled guides" in result.stdout


def test_the_first_question_on_a_fresh_machine_indexes_the_bundled_guides_first(
    guides, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")
    question = ["ask", "topics to discuss in the first mentoring session", "--json"]
    first = runner.invoke(cli.app, question)
    assert first.exit_code == 0, first.output
    assert "First run: indexing the bundled mentoring guides" in first.stderr
    assert "2 added" in first.stderr
    assert json.loads(first.stdout)["citations"][0]["title"] == "Your first session"
    again = runner.invoke(cli.app, question)
    assert again.exit_code == 0 and "First run" not in again.stderr


def test_ingesting_ones_own_folder_into_an_empty_store_adds_only_that_folder(
    guides, tmp_path: Path
) -> None:
    own = tmp_path / "programme"
    own.mkdir()
    (own / "rules.md").write_text("# Programme rules\n\n## Cadence\nPairs meet monthly.\n")
    assert runner.invoke(cli.app, ["ingest", str(own), "-c", "programme"]).exit_code == 0
    status = runner.invoke(cli.app, ["status"])
    assert "collection programme" in status.stdout and "collection guides" not in status.stdout


def test_ask_json_with_the_scripted_model(guides, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")
    runner.invoke(cli.app, ["ingest"])
    result = runner.invoke(
        cli.app, ["ask", "topics to discuss in the first mentoring session", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    # the fake model's sentence is in no guide: the guide's own words are the answer instead
    assert payload["answer"] == (
        "Here is what the guide “Your first session” says:\n"
        "> Before the first mentoring session, write down three topics to discuss. [1]"
    )
    assert payload["citations"][0] == {
        "number": 1,
        "title": "Your first session",
        "section": "Preparing",
        "source": "knowledge/en/first.md",
    }


def test_chat_answers_each_question_with_its_sources_until_an_empty_line(
    guides, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")
    result = runner.invoke(
        cli.app, ["chat"], input="topics to discuss in the first mentoring session\n\n"
    )
    assert result.exit_code == 0, result.output
    assert "write down three topics to discuss. [1]" in result.stdout
    assert "scripted answer" not in result.stdout  # unsupported by the guides: never shown
    assert "[1] Your first session — Preparing" in result.stdout
    assert "First run: indexing the bundled mentoring guides" in result.stderr


@pytest.mark.parametrize(("mode", "started"), [("quote", False), ("model", True)])
def test_ask_starts_the_model_early_only_when_it_will_phrase_the_answer(
    guides, monkeypatch: pytest.MonkeyPatch, mode: str, started: bool
) -> None:
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")
    monkeypatch.setenv("MENTOR_ANSWER_MODE", mode)
    runner.invoke(cli.app, ["ingest"])
    calls: list[object] = []
    monkeypatch.setattr(cli_common, "start_model_early", lambda *a, **k: calls.append(a))
    result = runner.invoke(cli.app, ["ask", "topics to discuss in the first mentoring session"])
    assert result.exit_code == 0, result.output
    assert "write down three topics to discuss. [1]" in result.stdout
    assert bool(calls) is started, "a quoted answer leaves both cores to the search"


def test_ask_when_the_model_is_down_prints_the_fixed_message(
    guides, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("MENTOR_ANSWER_MODE", "model")  # the answer needs the model
    runner.invoke(cli.app, ["ingest"])
    result = runner.invoke(cli.app, ["ask", "topics to discuss in the first mentoring session"])
    assert result.exit_code == 3
    assert "the language model is not responding" in result.stderr


def test_ask_rejects_an_empty_question() -> None:
    result = runner.invoke(cli.app, ["ask", "  "])
    assert result.exit_code == 2 and "the query is empty" in result.stderr
