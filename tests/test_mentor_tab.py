"""The Mentor workspace tab: its handlers as plain functions (what each member sees and may do),
then the same access rules through the HTTP API of the real app on 127.0.0.1 with two logins
(ids sent by a client are never trusted: every lookup is the signed-in user's)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import icalendar
import pytest

from assistant.goals.model import GoalDraft
from assistant.model.fake import ScriptedChatModel
from assistant.records.logins import Logins
from assistant.records.pairs import Pairs
from assistant.skills.agenda.fill import FillResult, fill_agenda
from assistant.skills.agenda.skeleton import Agenda
from assistant.ui import mentor_handlers as h
from assistant.ui.goal_handlers import ExportFolder
from tests.test_web_launch import PASSWORD, gradio_loops  # noqa: F401  (a fixture)
from tests.test_web_sessions import Served, serve, with_logins  # noqa: F401  (fixtures)

TODAY = date(2025, 3, 20)
PRIVATE = "Seems tired of the migration; ask about workload"
SHARED = "Agreed to draft the team charter"
OTHER_PRIVATE = "Zoe's private worry about her manager"


@pytest.fixture
def pairs(tmp_path: Path) -> Iterator[Pairs]:
    with Pairs(tmp_path / "records.sqlite3", clock=lambda: datetime(2025, 3, 1, tzinfo=UTC)) as p:
        yield p


@pytest.fixture
def world(pairs: Pairs) -> dict[str, str]:
    """ann mentors sam (a session with a private and a shared note, an open action, a shared
    goal and an unshared one); bob mentors zoe (a private note)."""
    ours = pairs.add_pair("ann", ["sam"], start=date(2025, 1, 10), focus="tech lead")
    theirs = pairs.add_pair("bob", ["zoe"], start=date(2025, 1, 10))
    pairs.add_session(
        "ann", ours.id, held_on=date(2025, 2, 1), phase="initiation", notes=PRIVATE,
        shared_notes=SHARED,
    )  # fmt: skip
    pairs.add_session("bob", theirs.id, held_on=date(2025, 2, 2), phase="initiation",
                      notes=OTHER_PRIVATE)  # fmt: skip
    action = pairs.add_action("ann", ours.id, "Draft the charter", owner="mentee", due=None)
    shared = pairs.records.save_goal("sam", GoalDraft(statement="Lead the migration"))
    hidden = pairs.records.save_goal("sam", GoalDraft(statement="Find a new job quietly"))
    pairs.share_goal("sam", shared.id, ours.id)
    return {"ours": ours.id, "theirs": theirs.id, "action": action.id, "hidden": hidden.id}


def test_a_mentor_sees_their_pair_with_notes_goals_actions_and_the_brief(
    pairs: Pairs, world: dict[str, str]
) -> None:
    assert [i for _, i in h.pair_choices(pairs, "ann")] == [world["ours"]]
    page = h.pair_page(pairs, "ann", world["ours"], today=TODAY)
    assert PRIVATE in page and SHARED in page and "Lead the migration" in page
    assert "Draft the charter" in page and "Prep brief: session 2" in page
    assert "Find a new job quietly" not in page, "an unshared goal stays the mentee's"


def test_a_mentor_cannot_read_another_pairs_notes(pairs: Pairs, world: dict[str, str]) -> None:
    page = h.pair_page(pairs, "ann", world["theirs"], today=TODAY)
    assert OTHER_PRIVATE not in page and page.startswith("No such pair")
    assert h.action_choices(pairs, "ann", world["theirs"]) == []
    notice, saved = h.record_session(pairs, "ann", world["theirs"], "", 45, "x", "y", today=TODAY)
    assert not saved and notice.startswith("No such pair")
    assert h.add_action(pairs, "ann", world["theirs"], "Sneak in", "mentor", "").startswith("No")
    assert "No such" in h.mark_done(pairs, "bob", world["action"])
    assert not any(
        "Zoe" in text
        for text, _ in h.agenda_stream(
            pairs, "ann", world["theirs"], 45, None, "", None, None, None, today=TODAY
        )
    )


def test_a_mentee_sees_shared_notes_and_actions_never_the_private_notes(
    pairs: Pairs, world: dict[str, str]
) -> None:
    page = h.pair_page(pairs, "sam", world["ours"], today=TODAY)
    assert SHARED in page and "Draft the charter" in page
    assert PRIVATE not in page and "Prep brief" not in page
    notice, saved = h.record_session(pairs, "sam", world["ours"], "", 45, "x", "", today=TODAY)
    assert not saved and notice == "Only the pair's mentor can do that."


def test_a_mentee_toggles_sharing_of_their_own_goals_only(
    pairs: Pairs, world: dict[str, str]
) -> None:
    goals, shared = h.share_state(pairs, "sam", world["ours"])
    assert len(goals) == 2 and len(shared) == 1
    assert h.share_state(pairs, "ann", world["ours"]) == ([], []), "no toggles for the mentor"
    h.set_shares(pairs, "sam", world["ours"], [world["hidden"]])
    page = h.pair_page(pairs, "ann", world["ours"], today=TODAY)
    assert "Find a new job quietly" in page and "Lead the migration" not in page
    h.set_shares(pairs, "sam", world["ours"], [])
    assert "Find a new job" not in h.pair_page(pairs, "ann", world["ours"], today=TODAY)
    zoes = pairs.records.save_goal("zoe", GoalDraft(statement="Zoe's own goal"))
    assert h.set_shares(pairs, "sam", world["ours"], [zoes.id]).startswith("No such")
    assert h.set_shares(pairs, "ann", world["ours"], [world["hidden"]]).startswith("Only a mentee")


def test_notes_and_an_action_flow_into_the_next_brief_and_done_ones_leave(
    pairs: Pairs, world: dict[str, str]
) -> None:
    notice, saved = h.record_session(
        pairs, "ann", world["ours"], "2025-03-15", 30, "Quiet today", "Charter drafted", TODAY
    )  # fmt: skip
    assert saved and notice == "Session 2 recorded (2025-03-15)."
    assert h.add_action(pairs, "ann", world["ours"], "Book the demo", "mentor", "2025-03-18")
    page = h.pair_page(pairs, "ann", world["ours"], today=TODAY)
    brief = page.split("Prep brief")[1]
    assert "Charter drafted" in brief and "Book the demo" in brief and "OVERDUE" in brief
    assert h.mark_done(pairs, "ann", world["action"]) == "Done: Draft the charter"
    brief = h.pair_page(pairs, "ann", world["ours"], today=TODAY).split("Prep brief")[1]
    assert "Draft the charter" not in brief and "Book the demo" in brief
    bad, saved = h.record_session(pairs, "ann", world["ours"], "15/03", 30, "", "", today=TODAY)
    assert not saved and "2025-03-31" in bad


def test_the_agenda_builder_streams_the_skeleton_then_the_words_and_exports(
    pairs: Pairs, world: dict[str, str], tmp_path: Path
) -> None:
    def fill(agenda: Agenda) -> FillResult:
        return fill_agenda(agenda, ScriptedChatModel(script=["no JSON here"]))

    steps = list(
        h.agenda_stream(pairs, "ann", world["ours"], 60, "auto", "", "auto", 0, fill, today=TODAY)
    )
    (first, nothing_yet), (whole, agenda) = steps[0], steps[-1]
    assert nothing_yet is None and "Writing the purposes" in first
    assert agenda is not None and agenda.total_minutes == 60
    assert sum(i.minutes for i in agenda.items) == 60 and "Draft the charter" in whole
    assert "did not pass the checks" in whole

    folder = ExportFolder(tmp_path / "exports")
    md = h.export_agenda("ann", agenda, "md", folder)
    assert md and Path(md).read_text(encoding="utf-8").startswith("# Session agenda: 60")
    ics = h.export_agenda("ann", agenda, "ics", folder, "2025-03-21T14:00", "Europe/Paris")
    assert ics is not None
    event = next(iter(icalendar.Calendar.from_ical(Path(ics).read_bytes()).walk("VEVENT")))
    assert (event["DTEND"].dt - event["DTSTART"].dt).seconds == 3600
    assert str(event["DTSTART"].dt.tzinfo) == "Europe/Paris"
    assert h.export_agenda("ann", None, "md", folder) is None
    assert h.export_agenda("ann", agenda, "ics", folder, "soon", "UTC") is None


def test_without_a_pair_the_builder_works_from_a_phase(pairs: Pairs) -> None:
    steps = list(h.agenda_stream(pairs, "ann", None, 30, "group", "x", "separation", 0, None))
    agenda = steps[-1][1]
    assert agenda is not None and agenda.phase == "separation" and agenda.format == "group"
    assert "no model was used" in steps[-1][0]


# -- through the HTTP API of the running app -----------------------------------------------------


def call(client: httpx.Client, api: str, *data: Any) -> tuple[str, Any]:
    """Run an event through Gradio's HTTP API as the client's signed-in user; its last event
    ("complete" or "error") and data."""
    started = client.post(f"/gradio_api/call/{api}", json={"data": list(data)})
    assert started.status_code == 200, started.text
    event_id = started.json()["event_id"]
    kind, payload = "", None
    with client.stream("GET", f"/gradio_api/call/{api}/{event_id}") as stream:
        for line in stream.iter_lines():
            if line.startswith("event: "):
                kind = line.removeprefix("event: ")
            elif line.startswith("data: ") and kind in {"complete", "error"}:
                payload = json.loads(line.removeprefix("data: "))
                break
    return kind, payload


@pytest.fixture
def served_world(serve: Callable[..., Served]) -> tuple[Served, dict[str, str]]:  # noqa: F811
    app = serve()
    with Logins(app.settings.records_path) as logins:
        logins.add("carla", "a third long password")
    with Pairs(app.settings.records_path) as pairs:  # amira mentors bruno; carla mentors dan
        ours = pairs.add_pair("amira", ["bruno"], start=date(2025, 1, 10))
        theirs = pairs.add_pair("carla", ["dan"], start=date(2025, 1, 10))
        pairs.add_session("amira", ours.id, held_on=date(2025, 2, 1), phase="initiation",
                          notes=PRIVATE, shared_notes=SHARED)  # fmt: skip
        pairs.add_session("carla", theirs.id, held_on=date(2025, 2, 1), phase="initiation",
                          notes=OTHER_PRIVATE)  # fmt: skip
        hidden = pairs.records.save_goal("bruno", GoalDraft(statement="Find a new job quietly"))
    return app, {"ours": ours.id, "theirs": theirs.id, "hidden": hidden.id}


def test_the_http_api_applies_the_same_access_rules(
    served_world: tuple[Served, dict[str, str]],
) -> None:
    app, ids = served_world
    with app.client() as amira, app.client() as bruno, app.client() as carla:
        assert app.sign_in(amira, "amira", PASSWORD).status_code == 200
        assert app.sign_in(bruno, "bruno", "another long one").status_code == 200
        assert app.sign_in(carla, "carla", "a third long password").status_code == 200

        kind, data = call(amira, "mentor_pair", ids["ours"], "en")
        assert kind == "complete" and PRIVATE in data[0] and SHARED in data[0]
        assert "Find a new job quietly" not in data[0], "an unshared goal"

        kind, data = call(bruno, "mentor_pair", ids["ours"], "en")
        assert kind == "complete" and SHARED in data[0] and PRIVATE not in data[0]

        kind, data = call(carla, "mentor_pair", ids["ours"], "en")  # someone else's pair id
        assert kind == "complete" and data[0].startswith("No such pair")
        assert PRIVATE not in json.dumps(data) and SHARED not in json.dumps(data)

        kind, data = call(amira, "mentor_pair", ids["theirs"], "en")
        assert kind == "complete" and OTHER_PRIVATE not in json.dumps(data)

        kind, data = call(carla, "mentor_record", ids["ours"], "", 45, "mine now", "", "en")
        assert kind == "complete" and data[0].startswith("No such pair")
        kind, data = call(bruno, "mentor_record", ids["ours"], "", 45, "as mentee", "", "en")
        assert kind == "complete" and data[0] == "Only the pair's mentor can do that."

        kind, data = call(amira, "mentor_pairs", "en")
        assert kind == "complete" and ids["theirs"][:8] not in json.dumps(data)

    with Pairs(app.settings.records_path) as pairs:
        assert len(pairs.sessions("amira", ids["ours"])) == 1, "nothing was recorded"
