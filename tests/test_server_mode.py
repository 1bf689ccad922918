"""Server mode against a real `chroma run` process on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.retrieval import KnowledgeBase, SearchFilter
from tests.fakes import HashingEmbedder
from tests.helpers import mentor, start_chroma

pytestmark = pytest.mark.slow


@pytest.fixture
def chroma_url(tmp_path: Path) -> Iterator[str]:
    process, url = start_chroma(tmp_path / "chroma-server")
    yield url
    process.terminate()
    process.wait(timeout=20)


def test_ingest_and_search_through_a_chroma_server(
    chroma_url: str, tmp_path: Path, docs_dir: Path, write_guide: Callable[..., Path]
) -> None:
    write_guide("en/grow.md", "The GROW model", {"Will": "Agree a first step and a date."})
    write_guide(
        "fr/grow.md", "Le modèle GROW", {"Volonté": "Choisir un premier pas daté."}, language="fr"
    )
    settings = load_settings(
        data_dir=tmp_path / "data", knowledge_dir=docs_dir, chroma_url=chroma_url
    )
    assert settings.chroma_mode == "server"
    kb = KnowledgeBase(settings, embedder=HashingEmbedder())
    assert kb.ingest([docs_dir]).count("added") == 2
    assert not (tmp_path / "data" / "chroma").exists(), "nothing written to the embedded store"

    hits = kb.search("premier pas", where=SearchFilter(language="fr"))
    assert hits[0].citation == "Le modèle GROW — Volonté (knowledge/fr/grow.md)"
    assert kb.ingest([docs_dir]).chunks_written == 0

    # another process (a second machine) sees the same data and builds its own lexical index
    other = KnowledgeBase(
        load_settings(data_dir=tmp_path / "other", chroma_url=chroma_url, knowledge_dir=docs_dir),
        embedder=HashingEmbedder(),
    )
    assert other.search("first step date", k=1)[0].source == "knowledge/en/grow.md"
    (docs_dir / "en" / "grow.md").unlink()
    kb.ingest([docs_dir])
    assert kb.store.collection_counts() == {"guides": 1}
    other.close()
    kb.close()


def test_cli_against_a_chroma_server_with_the_real_model(
    chroma_url: str, tmp_path: Path, docs_dir: Path, write_guide: Callable[..., Path]
) -> None:
    write_guide(
        "en/agenda.md",
        "Session agendas",
        {
            "Opening": "Start the session with a check-in about how the mentee is doing.",
            "Closing": "End by confirming actions, owners and the date of the next meeting.",
        },
    )
    env = {
        "MENTOR_CHROMA_URL": chroma_url,
        "MENTOR_DATA_DIR": str(tmp_path / "data"),
        "MENTOR_KNOWLEDGE_DIR": str(docs_dir),
    }
    ingest = mentor("ingest", "--json", env=env)
    assert ingest.returncode == 0, ingest.stderr
    assert json.loads(ingest.stdout)["summary"]["added"] == 1
    result = mentor("search", "how should a session end", "--json", "--k", "1", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["section"] == "Closing"
