"""File loaders: Markdown, plain text, PDF, DOCX and HTML into :class:`Document`.

Every failure is a :class:`LoadError` whose message says what is wrong with the file and how to fix
it; ingestion reports it for that file and carries on with the others.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.language.text import SUPPORTED_LANGUAGES, detect_language
from assistant.retrieval.documents import AUDIENCES, Document, Section
from assistant.retrieval.markdown import FrontMatterError, parse_sections, split_front_matter
from assistant.safety.injection import reader_text, suspicious_parts

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx"}
_MAX_ZIP_RATIO = 100  # a DOCX expanding more than this is treated as a zip bomb


class LoadError(Exception):
    """A file that cannot be ingested, with a reason a user can act on."""


def load_document(path: Path, source: str, max_bytes: int) -> Document:
    """Read ``path`` into a :class:`Document` (``source`` is the id stored with its chunks)."""
    suffix = path.suffix.lower()
    loader = _LOADERS.get(suffix)
    if loader is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoadError(f"unsupported file type {suffix or '(none)'}; supported: {supported}")
    raw = _read_bytes(path, max_bytes)
    document = _screened(loader(raw, path, source, max_bytes), raw, suffix)
    if not any(s.text.strip() for s in document.sections):
        raise LoadError("no text found in the file (is it empty or a scanned image?)")
    sidecar = questions_sidecar(path)
    if sidecar.exists():
        document = attach_questions(document, _read_questions(sidecar, max_bytes))
    return document


def _screened(document: Document, raw: bytes, suffix: str) -> Document:
    """The document without invisible characters, with a note for each sign that its text
    carries instructions for the model (reported by ``mentor ingest``)."""
    seen = decode_text(raw) if suffix in TEXT_SUFFIXES else ""
    seen += "\n".join(section.text for section in document.sections)
    sections = [replace(s, text=reader_text(s.text)) for s in document.sections]
    notes = (*document.notes, *suspicious_parts(seen))
    return replace(document, sections=sections, notes=notes)


def questions_sidecar(path: Path) -> Path:
    """``guide.md`` -> ``guide.questions.yaml``: anticipated reader questions, by section."""
    return path.with_name(f"{path.stem}.questions.yaml")


def _read_questions(sidecar: Path, max_bytes: int) -> dict[str, list[str]]:
    import yaml

    try:
        data = yaml.safe_load(decode_text(_read_bytes(sidecar, max_bytes)))
    except yaml.YAMLError as exc:
        raise LoadError(f"{sidecar.name} is not valid YAML: fix or delete it") from exc
    except LoadError as exc:
        raise LoadError(f"{sidecar.name}: {exc}") from exc
    valid = isinstance(data, dict) and all(
        isinstance(v, list) and all(isinstance(q, str) for q in v) for v in data.values()
    )
    if not valid:
        raise LoadError(f"{sidecar.name} must map section headings to lists of questions")
    return {str(k): [q.strip() for q in v if q.strip()] for k, v in data.items()}


def attach_questions(document: Document, questions: dict[str, list[str]]) -> Document:
    """Key questions by section label. A key is a full heading path or a heading's own text; a
    parent heading without text of its own leads to its first subsection."""
    resolved: dict[str, tuple[str, ...]] = {}
    notes: list[str] = []
    for key, items in questions.items():
        label = _resolve_section(key, document.sections)
        if label is None:
            notes.append(f"questions for unknown or ambiguous section {key!r} ignored")
            continue
        resolved[label] = resolved.get(label, ()) + tuple(items)
    return replace(document, questions=resolved, notes=(*document.notes, *notes))


def _resolve_section(key: str, sections: list[Section]) -> str | None:
    labels = [s.label for s in sections]
    if key in labels:
        return key
    own = [label for label in labels if label.rsplit(" > ", 1)[-1] == key]
    if own:
        return own[0] if len(own) == 1 else None
    parents = {s.path[: s.path.index(key) + 1] for s in sections if key in s.path[:-1]}
    if len(parents) != 1:
        return None
    parent = parents.pop()
    return next(s.label for s in sections if s.path[: len(parent)] == parent)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit; "
                "split it or raise MENTOR_MAX_FILE_MB"
            )
        if size == 0:
            raise LoadError("file is empty")
        return path.read_bytes()
    except PermissionError as exc:
        raise LoadError("permission denied: make the file readable (chmod +r)") from exc
    except IsADirectoryError as exc:
        raise LoadError("is a directory, not a file") from exc
    except FileNotFoundError as exc:
        raise LoadError("file not found") from exc
    except OSError as exc:
        raise LoadError(f"cannot read the file ({exc.strerror or exc})") from exc


def decode_text(raw: bytes) -> str:
    """Decode text bytes, refusing binary content disguised behind a text extension."""
    head = raw[:8192]
    if b"\x00" in head:
        raise LoadError("looks like a binary file (contains NUL bytes), not text: check its type")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise LoadError("text is neither UTF-8 nor Windows-1252: re-save it as UTF-8")
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if sample and control / len(sample) > 0.05:
        raise LoadError("looks like a binary file (many control characters), not text")
    return text


def _metadata(front: dict[str, Any], fallback_title: str, body: str) -> dict[str, Any]:
    title = str(front.get("title") or fallback_title).strip() or fallback_title
    language = str(front.get("language") or front.get("lang") or "").lower()[:2]
    if language not in SUPPORTED_LANGUAGES:
        language = detect_language(body[:4000])
    audience = _as_tuple(front.get("audience")) or AUDIENCES
    audience = tuple(a for a in audience if a in AUDIENCES) or AUDIENCES
    return {
        "title": title,
        "language": language,
        "audience": audience,
        "topics": _as_tuple(front.get("topics")),
    }


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple):
        return ()
    return tuple(str(v).strip().lower() for v in value if str(v).strip())


def _title_from_name(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().capitalize() or path.name


def _load_markdown_text(text: str, path: Path, source: str, kind: str) -> Document:
    try:
        front, body = split_front_matter(text)
    except FrontMatterError as exc:
        raise LoadError(f"{exc}: fix or remove the block between the --- lines") from exc
    h1, sections = parse_sections(body)
    meta = _metadata(front, h1 or _title_from_name(path), body)
    return Document(source=source, sections=sections, kind=kind, **meta)


def _load_markdown(raw: bytes, path: Path, source: str, max_bytes: int) -> Document:
    return _load_markdown_text(decode_text(raw), path, source, "markdown")


def _load_text(raw: bytes, path: Path, source: str, max_bytes: int) -> Document:
    text = decode_text(raw).strip()
    meta = _metadata({}, _title_from_name(path), text)
    return Document(source=source, sections=[Section((), text)], kind="text", **meta)


def _load_html(raw: bytes, path: Path, source: str, max_bytes: int) -> Document:
    from assistant.retrieval.html import html_to_markdown

    text = decode_text(raw)
    title, markdown = html_to_markdown(text)
    document = _load_markdown_text(markdown, path, source, "html")
    if title:
        document = Document(**{**document.__dict__, "title": title})
    return document


def _load_pdf(raw: bytes, path: Path, source: str, max_bytes: int) -> Document:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not raw.lstrip()[:5].startswith(b"%PDF-"):
        raise LoadError("not a PDF (no %PDF header): check the file's real type")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise LoadError("PDF is password-protected: save an unprotected copy")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info_title = (reader.metadata.title if reader.metadata else None) or ""
    except LoadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise LoadError(f"PDF is corrupt or unreadable ({exc.__class__.__name__})") from exc
    body = "\n\n".join(pages)
    sections = [Section((f"Page {n}",), text) for n, text in enumerate(pages, 1) if text]
    meta = _metadata({"title": str(info_title).strip()}, _title_from_name(path), body)
    return Document(source=source, sections=sections, kind="pdf", **meta)


def _load_docx(raw: bytes, path: Path, source: str, max_bytes: int) -> Document:
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise LoadError("not a valid DOCX (it is not a zip archive): check the file") from exc
    if expanded > max(max_bytes, len(raw) * _MAX_ZIP_RATIO):
        raise LoadError("DOCX expands to an implausible size (zip bomb?): refusing to open it")
    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise LoadError(f"DOCX is corrupt or unreadable ({exc.__class__.__name__})") from exc
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = _docx_heading_level(style)
        lines.append(f"{'#' * level} {text}" if level else text)
        lines.append("")
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
        lines.append("")
    result = _load_markdown_text("\n".join(lines), path, source, "docx")
    core_title = (document.core_properties.title or "").strip()
    if core_title:
        result = Document(**{**result.__dict__, "title": core_title})
    return result


def _docx_heading_level(style: str) -> int:
    if style == "Title":
        return 1
    match = re.fullmatch(r"Heading (\d)", style)
    return int(match.group(1)) if match else 0


_LOADERS: dict[str, Callable[[bytes, Path, str, int], Document]] = {
    ".md": _load_markdown,
    ".markdown": _load_markdown,
    ".txt": _load_text,
    ".html": _load_html,
    ".htm": _load_html,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
}
