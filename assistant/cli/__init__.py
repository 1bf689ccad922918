"""The ``mentor`` command line: a thin shell over the Python API, one module per command group
(:mod:`knowledge`: ingest, search, status; :mod:`chat`: ask, chat; :mod:`data`: backup,
restore; :mod:`stance`; :mod:`training`: quiz, roleplay, course; :mod:`pairs`: pair,
session, action; :mod:`agenda`: agenda, brief; :mod:`goal`; :mod:`user`)."""

import typer

from assistant.cli import agenda, chat, data, knowledge, stance, training
from assistant.cli.goal import goal_app
from assistant.cli.pairs import action_app, pair_app, session_app, share_goal, unshare_goal
from assistant.cli.programme import programme_app
from assistant.cli.user import user_app
from assistant.records.copies import private_files

app = typer.Typer(
    help="Mentor Assistant: mentoring guides, SMART goals and session prep, offline.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.callback()
def _private() -> None:
    """Files the commands create (records, vector store, exports) are this account's only."""
    private_files()


for command in (
    knowledge.ingest,
    knowledge.search,
    chat.ask,
    chat.chat,
    knowledge.status,
    data.backup,
    data.restore,
    stance.stance,
    training.quiz,
    training.roleplay,
    training.course,
    agenda.agenda,
    agenda.brief,
):
    app.command()(command)
goal_app.command("share")(share_goal)
goal_app.command("unshare")(unshare_goal)
app.add_typer(goal_app, name="goal")
app.add_typer(pair_app, name="pair")
app.add_typer(session_app, name="session")
app.add_typer(action_app, name="action")
app.add_typer(programme_app, name="programme")
app.add_typer(user_app, name="user")

__all__ = ["app"]
