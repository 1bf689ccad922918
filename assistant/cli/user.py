"""``mentor user ...``: web logins and their roles, and each user's data (export, erasure).

Passwords are read hidden (or from standard input for scripts) and never printed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from assistant.cli.common import err, fail, settings_or_exit, user_errors
from assistant.config import Settings
from assistant.records.audit import audit
from assistant.records.copies import erase_copies
from assistant.records.logins import (
    DEFAULT_ROLE,
    LoginError,
    Logins,
    check_login_name,
    check_password,
    check_role,
)
from assistant.records.pairs import Pairs
from assistant.records.store import Records

user_app = typer.Typer(
    help="Web logins (add, list, role, passwd, remove) and users' data (export, erase).",
    no_args_is_help=True,
)
NameArg = Annotated[str, typer.Argument(help="The user's name (their login name).")]
PasswordStdin = Annotated[
    bool,
    typer.Option(
        "--password-stdin", help="Read the password from the first line of standard input."
    ),
]


RoleOpt = Annotated[
    str,
    typer.Option(
        "--role", help="mentee, mentor or trainer (a trainer manages the programme's documents)."
    ),
]


@user_app.command("add")
def add(name: NameArg, password_stdin: PasswordStdin = False, role: RoleOpt = DEFAULT_ROLE) -> None:
    """Add a web login with a role (default: mentee). Its goals are the same user's as
    `MENTOR_USER=NAME` on the command line. Once a login exists, the web app asks everyone to
    sign in."""
    settings = settings_or_exit()
    with user_errors(), Logins(settings.records_path) as logins:
        check_login_name(name)
        check_role(role)
        if name in logins:
            raise fail(
                f"there is already a login named {name!r}: to change its password, "
                f"run `mentor user passwd {name}`"
            )
        logins.add(name, _password(password_stdin), role)
    err.print(
        f"Added a login for {escape(name)} ({role}). Restart the web app if it runs without logins."
    )


@user_app.command("list")
def list_logins() -> None:
    """List the web logins, one a line: the name, a tab, the role."""
    settings = settings_or_exit()
    with user_errors(), Logins(settings.records_path) as logins:
        roles = logins.roles()
    if not roles:
        err.print(
            "No logins: the web app serves one local user on 127.0.0.1 only. "
            "Add one with `mentor user add NAME`."
        )
    for name, role in roles.items():
        typer.echo(f"{name}\t{role}")


@user_app.command("role")
def set_role(
    name: NameArg,
    role: Annotated[str, typer.Argument(help="mentee, mentor or trainer.")],
) -> None:
    """Change a login's role; it counts from the login's next request in the web app."""
    settings = settings_or_exit()
    with user_errors(), Logins(settings.records_path) as logins:
        _require_login(logins, name)
        logins.set_role(name, role)
    audit(settings.data_dir, "role-changed", name, role=role)
    err.print(f"{escape(name)} is now a {role}.")


@user_app.command("passwd")
def passwd(name: NameArg, password_stdin: PasswordStdin = False) -> None:
    """Change a login's password."""
    settings = settings_or_exit()
    with user_errors(), Logins(settings.records_path) as logins:
        _require_login(logins, name)
        logins.set_password(name, _password(password_stdin))
    err.print(f"Changed the password of {escape(name)}.")


@user_app.command("remove")
def remove(name: NameArg) -> None:
    """Remove a login only; the user's goals are kept (`mentor user erase` removes all)."""
    settings = settings_or_exit()
    with user_errors(), Logins(settings.records_path) as logins:
        _require_login(logins, name)
        logins.remove(name)
    err.print(
        f"Removed the login of {escape(name)}; their goals are kept "
        f"(`mentor user erase {escape(name)}` erases everything)."
    )


@user_app.command("export")
def export(
    name: NameArg,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
) -> None:
    """Everything stored about a user, as JSON: their goals with their history, and their
    login's dates (never its password hash)."""
    settings = settings_or_exit()
    data = _user_data(settings, name)
    audit(settings.data_dir, "data-export", name)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    with user_errors():
        _write_private(output, text)
    err.print(f"wrote {output}")


@user_app.command("erase")
def erase(
    name: NameArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Erase a user for good: their goals, progress notes and login, scrubbed from the file."""
    settings = settings_or_exit()
    data = _user_data(settings, name)
    notes = sum(len(goal["progress"]) for goal in data["goals"])
    what = _count(len(data["goals"]), "goal") + ", " + _count(notes, "progress note")
    if data["login"]:
        what += " and their login"
    if not yes:
        typer.confirm(f"Erase {name}: {what}? This cannot be undone", abort=True, err=True)
    with user_errors(), Records(settings.records_path) as records:
        records.erase_user(name)  # the login goes with the user (ON DELETE CASCADE)
        erase_copies(settings.data_dir, name)  # the web app's exports and cached copies
    audit(settings.data_dir, "erase", name, goals=len(data["goals"]), login=bool(data["login"]))
    err.print(f"Erased {escape(name)}: {what}.")


def _user_data(settings: Settings, name: str) -> dict[str, Any]:
    """Records' export of ``name`` plus their login's dates; exits when nothing is stored."""
    with (
        user_errors(),
        Records(settings.records_path) as records,
        Logins(settings.records_path) as logins,
    ):
        data = records.export_user(name)
        data["login"] = logins.describe(name)
    with user_errors(), Pairs(settings.records_path) as pairs:
        data["pairs"] = pairs.export_member(name)
    if data["user"]["created_at"] is None and data["login"] is None:
        raise fail(f"nothing is stored about {name!r}: see `mentor user list`")
    return data


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _require_login(logins: Logins, name: str) -> None:
    if name not in logins:
        raise fail(f"there is no login named {name!r}: see `mentor user list`")


def _password(from_stdin: bool) -> str:
    """The new password: the first line of stdin, or typed twice without echo."""
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise fail("no password on standard input (give it as the first line)")
        return check_password(line)
    while True:
        password = str(typer.prompt("New password", hide_input=True, err=True))
        try:
            check_password(password)
        except LoginError as exc:
            err.print(f"{exc}; try again")
            continue
        if typer.prompt("Repeat it", hide_input=True, err=True) == password:
            return password
        err.print("The two passwords differ; try again")


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` readable by its owner only (it holds personal data)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
        file.write(text)
