"""`mentor status` checks the data directory: the records file (SQLite's integrity check) and the
knowledge index (its SQLite file, and each Chroma collection counted, read and searched). A
damaged part is named with how to recover, and the exit code is 1; a sound one says so."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.cli import common as cli_common
from assistant.config import Settings
from assistant.goals.model import GoalDraft
from assistant.records.integrity import check_records
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.integrity import check_index
from tests.fakes import HashingEmbedder

runner = CliRunner()


@pytest.fixture
def data(
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    docs_dir: Path,
    write_guide: Callable[..., Path],
) -> Settings:
    """A sound data directory: a goal in the records, two guides in the index."""
    monkeypatch.setenv("MENTOR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("MENTOR_KNOWLEDGE_DIR", str(docs_dir))
    monkeypatch.setenv("MENTOR_USER", "amira")
    monkeypatch.setattr(
        cli_common, "KnowledgeBase", lambda s: KnowledgeBase(s, embedder=HashingEmbedder())
    )
    write_guide("en/roles.md", "Roles", {"Mentor": "A mentor shares experience and advice."})
    write_guide("en/goals.md", "Goals", {"SMART": "A SMART goal has a deadline and a measure."})
    with KnowledgeBase(settings, embedder=HashingEmbedder()) as kb:
        kb.ingest([docs_dir])
    with Records(settings.records_path) as records:
        records.save_goal(
            "amira", GoalDraft(statement="Give 3 talks", target_date=date(2031, 1, 1))
        )
    return settings


def overwrite_middle(path: Path, pages: int = 2) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 - len(data) // 2 % 4096
    data[middle : middle + 4096 * pages] = b"\xff" * (4096 * pages)
    path.write_bytes(bytes(data))


def add_bulk(settings: Settings, n: int = 1200) -> Path:
    """A collection large enough for Chroma to keep its vectors in segment files (a small one
    lives in its log, and Chroma rebuilds the segment from it); returns the segment's folder."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    before = set(settings.chroma_path.iterdir()) if settings.chroma_path.is_dir() else set()
    client = chromadb.PersistentClient(
        path=str(settings.chroma_path), settings=ChromaSettings(anonymized_telemetry=False)
    )
    collection = client.get_or_create_collection("mentor-chunks-bulk", embedding_function=None)
    collection.add(
        ids=[f"c{i}" for i in range(n)],
        embeddings=np.random.default_rng(1).random((n, 16)).tolist(),
        documents=[f"passage {i} " + "words " * 40 for i in range(n)],
        metadatas=[{"collection": "bulk", "source": f"s{i}"} for i in range(n)],
    )
    client.close()
    [segment] = [p for p in settings.chroma_path.iterdir() if p.is_dir() and p not in before]
    return segment


def test_a_sound_data_directory_is_reported_ok(data: Settings) -> None:
    assert check_records(data.records_path).state == "ok"
    assert check_index(data).state == "ok"
    result = runner.invoke(cli.app, ["status"])
    assert result.exit_code == 0, result.output
    assert "records file and the knowledge index are sound" in result.stdout
    assert "collection guides" in result.stdout


def test_an_empty_data_directory_is_nothing_yet_not_damage(settings: Settings) -> None:
    assert check_records(settings.records_path).state == "absent"
    assert check_index(settings).state == "absent"
    assert not settings.chroma_path.exists(), "the check creates nothing"


def test_a_missing_vector_segment_file_is_a_damaged_index(data: Settings) -> None:
    segment = add_bulk(data)
    assert check_index(data).state == "ok"
    (segment / "header.bin").unlink()
    finding = check_index(data)
    assert finding.damaged and "hnsw" in finding.detail.lower()
    result = runner.invoke(cli.app, ["status"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    said = " ".join(result.stdout.split())
    assert f"The knowledge index {data.chroma_path} is damaged" in said
    assert "run `mentor ingest`" in said and "mentor restore FOLDER" in said


def test_a_truncated_vector_file_is_a_damaged_index(settings: Settings) -> None:
    segment = add_bulk(settings)
    with (segment / "data_level0.bin").open("r+b") as file:
        file.truncate(1000)
    assert check_index(settings).damaged


def test_overwritten_pages_of_the_index_database_are_found(settings: Settings) -> None:
    add_bulk(settings)
    overwrite_middle(settings.chroma_path / "chroma.sqlite3")
    finding = check_index(settings)
    assert finding.damaged and "malformed" in finding.detail


def test_the_index_is_sound_again_once_moved_aside_and_ingested_again(data: Settings) -> None:
    (add_bulk(data) / "header.bin").unlink()
    assert runner.invoke(cli.app, ["status"]).exit_code == 1
    shutil.move(data.chroma_path, data.data_dir / "chroma.damaged")
    assert runner.invoke(cli.app, ["ingest"]).exit_code == 0
    result = runner.invoke(cli.app, ["status"])
    assert result.exit_code == 0, result.output
    assert "collection guides" in result.stdout


def test_a_truncated_records_file_is_damaged(data: Settings) -> None:
    with Records(data.records_path) as records:
        for n in range(200):
            records.save_goal("amira", GoalDraft(statement=f"Give {n} talks " + "x" * 300))
    size = data.records_path.stat().st_size
    with data.records_path.open("r+b") as file:
        file.truncate(size // 2)
    finding = check_records(data.records_path)
    assert finding.damaged
    result = runner.invoke(cli.app, ["status"])
    assert result.exit_code == 1, result.output
    said = " ".join(result.stdout.split())
    assert f"The records file {data.records_path} is damaged" in said
    assert "restore a backup (`mentor restore FOLDER`)" in said
