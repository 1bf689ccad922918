"""The trainer's Programme tab and overview: uploads land under the data directory and report
each file's outcome; documents are listed and removed; the overview holds counts only; and a
mentee or mentor is refused by every handler, called directly or through the HTTP API."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import gradio as gr
import httpx
import pytest
import typer
from typer.testing import CliRunner

from assistant.cli.programme import programme_app
from assistant.config import Settings
from assistant.goals.model import GoalDraft, GoalStatus
from assistant.records.audit import who
from assistant.records.course_progress import StoredProgress
from assistant.records.logins import Logins
from assistant.records.overview import overview_csv, programme_overview
from assistant.records.pairs import Pairs
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.ui import programme_handlers as handlers
from assistant.ui.launch import launch_options
from assistant.ui.services import AppServices
from tests.fakes import HashingEmbedder
from tests.helpers import free_port
from tests.test_web_launch import gradio_loops  # noqa: F401  (a fixture)

PASSWORD = "correct horse battery"
SECRET = "Become head of the zorblax department"  # a goal's words: never in an overview
HANDBOOK = (
    "---\ntitle: Handbook\nlanguage: en\n---\n# Handbook\n\n## Badges\n\nBadges at reception.\n"
)
TRAINER, MENTEE, MENTOR = (SimpleNamespace(username=n) for n in ("tina", "amira", "marc"))


@pytest.fixture
def people(settings: Settings) -> Settings:
    with Logins(settings.records_path) as logins:
        logins.add("tina", PASSWORD, role="trainer")
        logins.add("amira", PASSWORD)
        logins.add("marc", PASSWORD, role="mentor")
    return settings


@pytest.fixture
def services(people: Settings) -> Iterator[AppServices]:
    fake = people.model_copy(update={"llm_backend": "fake"})
    app = AppServices(fake, lambda s: KnowledgeBase(s, embedder=HashingEmbedder()))
    yield app
    app.close()


def uploaded(tmp_path: Path, name: str, text: str | bytes) -> str:
    """A file as Gradio hands it over after an upload (a path on the server)."""
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return str(path)


# -- documents ---------------------------------------------------------------------------------


def test_a_trainer_uploads_documents_and_sees_each_files_outcome(
    services: AppServices, tmp_path: Path
) -> None:
    files = [
        uploaded(tmp_path, "handbook.md", HANDBOOK),
        uploaded(tmp_path, "broken.pdf", b"not a pdf at all"),
    ]
    report = handlers.upload_documents(services, TRAINER, files, "", "en")
    assert "“programme”" in report
    assert "| `handbook.md` | added |" in report
    assert "| `broken.pdf` | skipped |" in report and report.split("broken.pdf")[1].strip("| ")
    kept = handlers.uploads_dir(services.settings.data_dir) / "programme"
    assert sorted(p.name for p in kept.iterdir()) == ["handbook.md"], "a skipped new file goes"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o700
    assert stat.S_IMODE((kept / "handbook.md").stat().st_mode) == 0o600
    again = handlers.upload_documents(services, TRAINER, files[:1], "programme", "en")
    assert "| `handbook.md` | unchanged |" in again
    hits = services.agent().kb.search("badges reception")
    assert hits[0].source == str((kept / "handbook.md").resolve())

    log = (services.settings.data_dir / "audit.log").read_text(encoding="utf-8")
    line = next(x for x in log.splitlines() if "documents-uploaded" in x)
    assert who("tina") in line and "collection=programme" in line and "files=2" in line
    assert "tina" not in log and "Badges" not in log and "handbook" not in log


def test_a_bad_collection_name_is_refused(services: AppServices, tmp_path: Path) -> None:
    files = [uploaded(tmp_path, "handbook.md", HANDBOOK)]
    for name in ("../etc", "Has Space", "x" * 41):
        assert "A collection name" in handlers.upload_documents(
            services, TRAINER, files, name, "en"
        )
    assert not handlers.uploads_dir(services.settings.data_dir).exists()
    assert handlers.safe_file_name("../../.bashrc") == "bashrc"
    assert handlers.safe_file_name("C:\\x\\my plan;rm.md").endswith(".md")


def test_a_trainer_lists_collections_and_removes_one_document(
    services: AppServices, tmp_path: Path
) -> None:
    handlers.upload_documents(
        services, TRAINER, [uploaded(tmp_path, "handbook.md", HANDBOOK)], "policies", "fr"
    )
    listing = handlers.list_sources(services, TRAINER, "en")
    assert "**policies** (1 documents)" in listing and "`handbook.md`" in listing
    choices = handlers.removable_choices(services, TRAINER, "en")
    assert [label for label, _ in choices] == ["policies / handbook.md"]
    outcome = handlers.remove_document(services, TRAINER, choices[0][1], "en")
    assert outcome == "Removed “handbook.md” from “policies”."
    assert handlers.removable_choices(services, TRAINER, "en") == []
    assert not any(handlers.uploads_dir(services.settings.data_dir).rglob("*.md")), "copy gone"
    assert "no longer indexed" in handlers.remove_document(services, TRAINER, choices[0][1], "en")
    log = (services.settings.data_dir / "audit.log").read_text(encoding="utf-8")
    assert "document-removed" in log and "collection=policies files=1" in log


@pytest.mark.parametrize("visitor", [MENTEE, MENTOR])
def test_a_mentee_or_a_mentor_is_refused_by_every_handler(
    services: AppServices, tmp_path: Path, visitor: SimpleNamespace
) -> None:
    files = [uploaded(tmp_path, "handbook.md", HANDBOOK)]
    calls = [
        lambda: handlers.upload_documents(services, visitor, files, "programme", "en"),
        lambda: handlers.remove_document(services, visitor, "programme\n/any/file.md", "en"),
        lambda: handlers.list_sources(services, visitor, "en"),
        lambda: handlers.removable_choices(services, visitor, "en"),
        lambda: handlers.show_overview(services, visitor, "en"),
        lambda: handlers.export_overview(services, visitor, "en"),
    ]
    for call in calls:
        with pytest.raises(gr.Error, match="Only a trainer"):
            call()
    assert Path(files[0]).exists() and not handlers.uploads_dir(services.settings.data_dir).exists()
    log = (services.settings.data_dir / "audit.log").read_text(encoding="utf-8")
    assert log.count("programme-refused") == len(calls)


# -- overview ----------------------------------------------------------------------------------


def seeded(settings: Settings, today: date) -> None:
    """Two pairs, sessions in and out of the last 30 days, goals, course progress."""
    with Records(settings.records_path) as records:
        goal = records.save_goal("amira", GoalDraft(statement=SECRET))
        records.set_status("amira", goal.id, GoalStatus.ACHIEVED, note="Private note text")
        records.save_goal("bruno", GoalDraft(statement="Another goal"))
    with Pairs(settings.records_path) as pairs:
        pair = pairs.add_pair("marc", ["amira"], start=today - timedelta(days=90)).id
        pairs.add_pair("marc", ["bruno"], start=today - timedelta(days=90))
        for days_ago in (1, 29, 31):
            held_on = today - timedelta(days=days_ago)
            pairs.add_session(
                "marc", pair, held_on=held_on, phase="cultivation", notes="Private note text"
            )
    with StoredProgress(settings.records_path) as progress:
        progress.mark_done("marc", "what-mentoring-is")
        progress.mark_done("marc", "a-step-no-longer-in-the-course")


def test_the_overview_counts_and_never_shows_content(people: Settings) -> None:
    today = date(2025, 6, 30)
    seeded(people, today)
    overview = programme_overview(people.records_path, ["what-mentoring-is", "grow"], today)
    assert (overview.users, overview.pairs, overview.sessions_recent) == (4, 2, 2)
    assert overview.logins == {"mentee": 1, "mentor": 1, "trainer": 1}
    assert (overview.goals_set, overview.goals_achieved) == (2, 1)
    assert [(m.mentor, m.done, m.total) for m in overview.onboarding] == [("marc", 1, 2)]
    text = json.dumps(overview.to_json()) + overview_csv(overview)
    text += handlers.overview_markdown(overview, "fr")
    assert "zorblax" not in text and "Private note" not in text
    assert overview_csv(overview).splitlines()[:2] == ["measure,who,value", "users,,4"]
    assert "onboarding_steps_done,marc,1/2" in overview_csv(overview)


def test_the_csv_neutralises_names_a_spreadsheet_would_run(people: Settings) -> None:
    with Logins(people.records_path) as logins:
        logins.add("=cmd|calc", PASSWORD, role="mentor")
    overview = programme_overview(people.records_path, ["a"], date(2025, 6, 30))
    assert "'=cmd|calc" in overview_csv(overview)


def test_the_overview_in_the_tab_and_its_csv_export(services: AppServices) -> None:
    seeded(services.settings, date.today())
    shown = handlers.show_overview(services, TRAINER, "en")
    assert "| Mentoring pairs | 2 |" in shown and "| marc | 1 / 8 |" in shown
    path = Path(handlers.export_overview(services, TRAINER, "en"))
    assert path.is_relative_to(services.settings.data_dir / "web" / "exports")
    assert path.read_text(encoding="utf-8").startswith("measure,who,value\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_mentor_programme_stats(people: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(people.data_dir))
    seeded(people, date.today())
    app = typer.Typer()
    app.add_typer(programme_app, name="programme")
    result = CliRunner().invoke(app, ["programme", "stats", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["users"], data["pairs"], data["goals_achieved"]) == (4, 2, 1)
    assert data["onboarding"] == [{"mentor": "marc", "done": 1, "total": 8}]
    plain = CliRunner().invoke(app, ["programme", "stats"]).stdout
    assert "sessions_last_30_days\t2" in plain and SECRET not in plain


# -- through the HTTP API of a running app -----------------------------------------------------


@pytest.fixture
def served(
    people: Settings,
    monkeypatch: pytest.MonkeyPatch,
    gradio_loops: None,  # noqa: F811
) -> Iterator[str]:
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    from assistant.ui import build_app

    settings = people.model_copy(update={"web_port": free_port(), "llm_backend": "fake"})
    demo: Any = build_app(settings)
    demo.launch(**launch_options(settings), prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{settings.web_port}"
    finally:
        demo.close(verbose=False)


def call_api(client: httpx.Client, name: str, data: list[Any]) -> str:
    """Call the app's endpoint ``name`` as the page would; the event stream of its result."""
    started = client.post(f"/gradio_api/call/{name}", json={"data": data})
    assert started.status_code == 200, started.text
    event = started.json()["event_id"]
    return client.get(f"/gradio_api/call/{name}/{event}").text


# Gradio's queue summarises its events with a pandas option pandas now deprecates
@pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning")
def test_the_http_api_refuses_a_mentee_and_serves_a_trainer(served: str, tmp_path: Path) -> None:
    with httpx.Client(base_url=served, timeout=60) as mentee:
        assert mentee.post("/login", data={"username": "amira", "password": PASSWORD}).json()
        upload = mentee.post(
            "/gradio_api/upload", files={"files": ("handbook.md", HANDBOOK.encode())}
        )
        assert upload.status_code == 200, upload.text
        file_data = {"path": upload.json()[0], "meta": {"_type": "gradio.FileData"}}
        for name, data in (
            ("programme_upload", [[file_data], "programme", "en"]),
            ("programme_remove", ["programme\n/any/file.md", "en"]),
            ("programme_sources", ["en"]),
            ("programme_overview", ["en"]),
            ("programme_export", ["en"]),
        ):
            stream = call_api(mentee, name, data)
            assert "event: error" in stream and "Only a trainer" in stream, (name, stream)
    with httpx.Client(base_url=served, timeout=60) as trainer:
        assert trainer.post("/login", data={"username": "tina", "password": PASSWORD}).json()
        stream = call_api(trainer, "programme_overview", ["en"])
        assert "event: complete" in stream and "Mentor logins | 1" in stream
