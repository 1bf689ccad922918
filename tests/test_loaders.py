"""Each loader on a good file, and every kind of bad file getting a clear, specific error."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from assistant.retrieval.loaders import LoadError, load_document
from tests.helpers import make_pdf

MB = 1_000_000


def load(path: Path, max_bytes: int = 5 * MB):
    return load_document(path, path.name, max_bytes)


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "Programme handbook"
    document.add_heading("Programme handbook", level=1)
    document.add_paragraph("Welcome to the programme.")
    document.add_heading("Matching", level=2)
    document.add_paragraph("Mentors and mentees are matched on goals.")
    document.add_heading("Interviews", level=3)
    document.add_paragraph("Each pair meets for a short interview.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Cadence"
    table.rows[0].cells[1].text = "Monthly"
    document.save(str(path))
    return path


# --- good files -----------------------------------------------------------------------------


def test_markdown_front_matter_and_sections(tmp_path: Path) -> None:
    path = tmp_path / "grow.md"
    path.write_text(
        "---\ntitle: The GROW model\nlanguage: en\naudience: [mentor]\ntopics: [grow, goals]\n---\n"
        "# The GROW model\nIntro.\n## Reality\nWhere are you now?\n",
        encoding="utf-8",
    )
    doc = load(path)
    assert (doc.title, doc.language, doc.audience, doc.topics) == (
        "The GROW model",
        "en",
        ("mentor",),
        ("grow", "goals"),
    )
    assert [s.label for s in doc.sections] == ["", "Reality"]
    assert doc.kind == "markdown"


def test_markdown_without_front_matter_guesses_title_and_language(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Nos séances\nLe mentoré prépare les sujets de la séance.\n", "utf-8")
    doc = load(path)
    assert doc.title == "Nos séances"
    assert doc.language == "fr"
    assert doc.audience == ("mentee", "mentor", "trainer")


def test_plain_text_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "programme_rules.txt"
    path.write_bytes("Règles du programme : une séance par mois.".encode("cp1252"))
    doc = load(path)
    assert doc.title == "Programme rules"
    assert doc.sections[0].text.startswith("Règles du programme")
    assert doc.kind == "text"


def test_pdf_pages_become_sections(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "guide.pdf",
        ["Mentoring builds trust.", "Sessions need an agenda."],
        title="Mentor guide",
    )
    doc = load(path)
    assert doc.title == "Mentor guide"
    assert [s.label for s in doc.sections] == ["Page 1", "Page 2"]
    assert "agenda" in doc.sections[1].text


def test_docx_headings_and_tables(tmp_path: Path) -> None:
    doc = load(make_docx(tmp_path / "handbook.docx"))
    assert doc.title == "Programme handbook"
    labels = [s.label for s in doc.sections]
    assert "Matching" in labels and "Matching > Interviews" in labels
    assert any("Cadence | Monthly" in s.text for s in doc.sections)


def test_html_headings_kept_and_scripts_dropped(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Feedback tips</title><style>p{color:red}</style></head><body>"
        "<h1>Feedback</h1><p>Be specific.</p><script>alert('steal')</script>"
        "<h2>SBI</h2><p>Situation, behaviour, impact.</p></body></html>",
        encoding="utf-8",
    )
    doc = load(path)
    assert doc.title == "Feedback tips"
    text = " ".join(s.text for s in doc.sections)
    assert "alert" not in text and "color" not in text
    assert [s.label for s in doc.sections] == ["", "SBI"]


# --- bad files ------------------------------------------------------------------------------


def _expect(path: Path, fragment: str, max_bytes: int = 5 * MB) -> None:
    with pytest.raises(LoadError) as info:
        load(path, max_bytes)
    assert fragment in str(info.value)


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("")
    _expect(tmp_path / "empty.md", "empty")


def test_whitespace_only_file_has_no_text(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("   \n\n  ")
    _expect(tmp_path / "blank.txt", "no text")


def test_binary_disguised_as_markdown(tmp_path: Path) -> None:
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    _expect(tmp_path / "image.md", "binary")


def test_control_character_soup_is_binary(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 32)) * 50)
    _expect(tmp_path / "noise.txt", "binary")


def test_oversized_file(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 5000)
    _expect(tmp_path / "big.txt", "over the", max_bytes=10_000)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.md"
    path.write_text("# Secret")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, for whom chmod 000 does not deny reads: simulate the OS refusal.
    monkeypatch.setattr(Path, "read_bytes", deny)
    _expect(path, "permission denied")


def test_missing_file(tmp_path: Path) -> None:
    _expect(tmp_path / "gone.md", "not found")


def test_unsupported_type(tmp_path: Path) -> None:
    (tmp_path / "sheet.xlsx").write_bytes(b"PK")
    _expect(tmp_path / "sheet.xlsx", "unsupported file type .xlsx")


def test_text_pretending_to_be_pdf(tmp_path: Path) -> None:
    (tmp_path / "fake.pdf").write_text("I am not a PDF")
    _expect(tmp_path / "fake.pdf", "not a PDF")


def test_truncated_pdf(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", ["Some text " * 50]).read_bytes()
    (tmp_path / "broken.pdf").write_bytes(good[: len(good) // 3])
    with pytest.raises(LoadError) as info:
        load(tmp_path / "broken.pdf")
    assert "PDF" in str(info.value)


def test_password_protected_pdf(tmp_path: Path) -> None:
    _expect(make_pdf(tmp_path / "locked.pdf", ["secret"], password="pw"), "password")


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    (tmp_path / "fake.docx").write_text("plain text")
    _expect(tmp_path / "fake.docx", "not a valid DOCX")


def test_docx_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\x00" * 20_000_000)
    assert path.stat().st_size < 100_000
    _expect(path, "zip bomb", max_bytes=5 * MB)


def test_zip_without_word_parts(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    _expect(path, "DOCX is corrupt")


def test_invalid_front_matter(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\ntitle: [oops\n---\n# Body\ntext")
    _expect(tmp_path / "bad.md", "front matter")
