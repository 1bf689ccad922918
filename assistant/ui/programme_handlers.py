"""Handlers of the trainer's "Programme" tab: the programme's own documents and its overview.

Plain functions, testable without a browser. Each one first resolves the request to its login
and that login's role from the records file (:meth:`AppServices.role`) and refuses anyone but
a trainer, whatever the page shows: hiding the tab is a courtesy, this is the access control.

Uploaded files are copied to ``<data_dir>/programme/<collection>/`` (private to this account)
and ingested from there, so nothing stays in a temp folder; removing a document deletes its
entries from the knowledge base and that copy. Uploads, removals and refusals go to the audit
log: who (pseudonymised), the collection and counts, never a file's content.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from assistant.language.messages import message
from assistant.records.audit import audit
from assistant.records.copies import exports_dir, private_dir, web_cache_dir
from assistant.records.overview import Overview, overview_csv, programme_overview
from assistant.retrieval.ingest import IngestReport, source_id
from assistant.skills.training.course import load_course
from assistant.ui.goal_handlers import ExportFolder
from assistant.ui.services import AppServices

DEFAULT_COLLECTION = "programme"
COLLECTION_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
BUNDLED_PREFIX = "knowledge/"  # the bundled guides' source ids: not the programme's to remove
_SEPARATOR = "\n"  # between a collection and a source in a choice's value
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")


class Refused(PermissionError):
    """The caller may not do this (not a trainer, or a bad collection or document)."""


def uploads_dir(data_dir: Path) -> Path:
    """Where uploaded programme documents are kept: ``<data_dir>/programme``."""
    return data_dir / "programme"


def require_trainer(services: AppServices, request: Any, language: str, action: str) -> str:
    """The request's user if their login is a trainer; else the refusal (audited), as a
    Gradio error the page shows and the HTTP API returns."""
    user, role = services.role(request, language)
    if role != "trainer":
        audit(services.settings.data_dir, "programme-refused", user, action=action, role=role)
        import gradio as gr

        raise gr.Error(message(language, "programme.refused"), print_exception=False)
    return user


def check_collection(name: str | None, language: str) -> str:
    """``name`` (default :data:`DEFAULT_COLLECTION`) if it can name a collection."""
    name = (name or "").strip().lower() or DEFAULT_COLLECTION
    if not COLLECTION_NAME.fullmatch(name):
        raise Refused(message(language, "programme.bad_collection"))
    return name


def safe_file_name(original: str) -> str:
    """A file name to keep a copy under: the upload's own name without any folder, unusual
    characters replaced, never hidden, at most 100 characters (the suffix kept)."""
    name = _UNSAFE_NAME.sub("_", Path(original).name).lstrip(". ") or "document"
    stem, suffix = Path(name).stem, Path(name).suffix[:10]
    return (stem[: 100 - len(suffix)] or "document") + suffix


# -- documents ---------------------------------------------------------------------------------


def upload_documents(
    services: AppServices,
    request: Any,
    files: list[Any] | None,
    collection: str | None,
    language: str = "en",
) -> str:
    """Copy the uploaded ``files`` into the collection's folder and ingest them; Markdown of
    each file's outcome (added, updated, unchanged, skipped with the reason)."""
    user = require_trainer(services, request, language, "upload")
    try:
        name = check_collection(collection, language)
    except Refused as exc:
        return f"**{exc}**"
    paths = [Path(_file_path(f)) for f in files or []]
    if not paths:
        return message(language, "programme.no_files")
    settings = services.settings
    folder = private_dir(uploads_dir(settings.data_dir) / name)
    copies, new = [], set()
    for path in paths:
        target = folder / safe_file_name(path.name)
        if not target.exists():
            new.add(target)
        shutil.copyfile(path, target)
        target.chmod(0o600)
        copies.append(target)
        if path.resolve().is_relative_to(web_cache_dir(settings.data_dir).resolve()):
            path.unlink(missing_ok=True)  # Gradio's copy of the upload: ours is kept
    report = services.agent().kb.ingest(copies, name)
    for target in new:  # a new file that could not be read is not kept
        if _status(report, target, settings.knowledge_dir) == "skipped":
            target.unlink(missing_ok=True)
    audit(
        settings.data_dir,
        "documents-uploaded",
        user,
        collection=name,
        files=len(copies),
        added=report.count("added"),
        updated=report.count("updated"),
        skipped=report.count("skipped"),
    )
    return report_markdown(report, language)


def _file_path(item: Any) -> str:
    """The server path of one uploaded file, as Gradio hands it (a path or a FileData)."""
    if isinstance(item, str | Path):
        return str(item)
    if isinstance(item, dict):
        return str(item["path"])
    return str(item.path)


def _status(report: IngestReport, path: Path, knowledge_dir: Path) -> str:
    wanted = source_id(path, knowledge_dir)
    return next((f.status for f in report.files if f.source == wanted), "")


def report_markdown(report: IngestReport, language: str) -> str:
    """A table of the files of an ingest: name, outcome, chunks, the reason when skipped."""
    say = _say(language)
    lines = [
        say("programme.report_heading", collection=report.collection),
        "",
        f"| {say('programme.column.file')} | {say('programme.column.result')} "
        f"| {say('programme.column.chunks')} | {say('programme.column.note')} |",
        "|---|---|---|---|",
    ]
    for outcome in report.files:
        note = " ".join(outcome.reason.split()).replace("|", "/")
        status = say(f"programme.status.{outcome.status}")
        lines.append(f"| `{Path(outcome.source).name}` | {status} | {outcome.chunks} | {note} |")
    return "\n".join(lines)


def programme_sources(kb: Any) -> dict[str, dict[str, int]]:
    """``{collection: {source: entries}}`` of everything indexed, sorted."""
    listing: dict[str, dict[str, int]] = {}
    for collection in sorted(kb.store.collection_counts()):
        hashes = kb.store.content_hashes(collection)
        listing[collection] = {source: len(ids) for source, ids in sorted(hashes.items())}
    return listing


def list_sources(services: AppServices, request: Any, language: str = "en") -> str:
    """Markdown of each collection's sources (file name, entries, source id)."""
    require_trainer(services, request, language, "list")
    listing = programme_sources(services.agent().kb)
    if not listing:
        return message(language, "programme.no_sources")
    blocks = []
    for collection, sources in listing.items():
        lines = [
            message(language, "programme.collection_heading", collection=collection, n=len(sources))
        ]
        lines += [f"- `{Path(s).name}` ({n}) <sub>{s}</sub>" for s, n in sources.items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def removable_choices(
    services: AppServices, request: Any, language: str = "en"
) -> list[tuple[str, str]]:
    """The documents a trainer may remove (all but the bundled guides), as dropdown choices:
    ``collection / file name`` shown, the collection and source id as the value."""
    require_trainer(services, request, language, "list")
    return [
        (f"{collection} / {Path(source).name}", f"{collection}{_SEPARATOR}{source}")
        for collection, sources in programme_sources(services.agent().kb).items()
        for source in sources
        if not source.startswith(BUNDLED_PREFIX)
    ]


def remove_document(
    services: AppServices, request: Any, choice: str | None, language: str = "en"
) -> str:
    """Remove the chosen document's entries from its collection, and its uploaded copy."""
    user = require_trainer(services, request, language, "remove")
    collection, _, source = (choice or "").partition(_SEPARATOR)
    if not source or source.startswith(BUNDLED_PREFIX):
        return message(language, "programme.pick_source")
    settings = services.settings
    removed = services.agent().kb.remove_source(source, collection)
    if not removed:
        return message(language, "programme.not_found")
    copy = Path(source)
    if copy.is_relative_to(uploads_dir(settings.data_dir).resolve()):
        copy.unlink(missing_ok=True)
    audit(settings.data_dir, "document-removed", user, collection=collection, files=1)
    return message(language, "programme.removed", name=copy.name, collection=collection)


# -- overview ----------------------------------------------------------------------------------


def current_overview(services: AppServices, today: date | None = None) -> Overview:
    """The programme's overview now (aggregate counts; see :mod:`assistant.records.overview`)."""
    steps = [step.id for step in load_course().steps]
    return programme_overview(services.settings.records_path, steps, today or date.today())


def overview_markdown(overview: Overview, language: str) -> str:
    """The overview as two small tables: the programme's counts, each mentor's onboarding."""
    say = _say(language)
    counts = [
        (say("programme.measure.users"), overview.users),
        *((say(f"programme.measure.logins_{r}"), n) for r, n in overview.logins.items()),
        (say("programme.measure.pairs"), overview.pairs),
        (say("programme.measure.sessions", days=overview.recent_days), overview.sessions_recent),
        (say("programme.measure.goals_set"), overview.goals_set),
        (say("programme.measure.goals_achieved"), overview.goals_achieved),
    ]
    lines = [say("programme.overview_heading", date=overview.on), "", "| | |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in counts]
    lines += ["", say("programme.onboarding_heading"), ""]
    if not overview.onboarding:
        lines.append(say("programme.no_mentors"))
    else:
        lines += [f"| {say('programme.column.mentor')} | {say('programme.column.steps')} |"]
        lines += ["|---|---|"]
        lines += [f"| {m.mentor} | {m.done} / {m.total} |" for m in overview.onboarding]
    return "\n".join(lines)


def show_overview(services: AppServices, request: Any, language: str = "en") -> str:
    """The overview as Markdown, for a trainer."""
    require_trainer(services, request, language, "overview")
    return overview_markdown(current_overview(services), language)


def export_overview(services: AppServices, request: Any, language: str = "en") -> str:
    """The overview as a CSV file in the trainer's export folder; returns its path."""
    user = require_trainer(services, request, language, "export")
    overview = current_overview(services)
    folder = ExportFolder(exports_dir(services.settings.data_dir))
    path = folder.write(user, f"programme-overview-{overview.on}.csv", overview_csv(overview))
    audit(services.settings.data_dir, "overview-export", user, format="csv")
    return str(path)


def _say(language: str) -> Any:
    return lambda key, **values: message(language, key, **values)
