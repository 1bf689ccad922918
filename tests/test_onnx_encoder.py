"""The embedding model on ONNX Runtime: the same vectors as sentence-transformers, one shared
collection, and a process that searches without importing torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import load_settings
from assistant.retrieval.embeddings import (
    EmbeddingModelError,
    SentenceTransformerEmbedder,
    resolve_model_path,
)
from assistant.retrieval.onnx_encoder import (
    OnnxEmbedder,
    export_encoder,
    export_path,
    exportable,
    make_embedder,
)

ROOT = Path(__file__).resolve().parents[1]


def test_the_bundled_model_is_exportable_and_a_cls_pooled_one_is_not(tmp_path: Path) -> None:
    assert exportable(resolve_model_path(""))
    (tmp_path / "1_Pooling").mkdir()
    modules = [
        {"type": "sentence_transformers.models.Transformer"},
        {"type": "sentence_transformers.models.Pooling"},
        {"type": "sentence_transformers.models.Normalize"},
    ]
    (tmp_path / "modules.json").write_text(json.dumps(modules))
    (tmp_path / "tokenizer.json").write_text("{}")
    pooling = {"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False}
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    assert not exportable(str(tmp_path))
    pooling = {"pooling_mode_cls_token": False, "pooling_mode_mean_tokens": True}
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    assert exportable(str(tmp_path))
    (tmp_path / "tokenizer.json").unlink()
    assert not exportable(str(tmp_path))  # no fast tokenizer file: torch keeps serving


def test_without_an_export_auto_means_torch_and_onnx_is_a_clear_error(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    assert isinstance(make_embedder(settings), SentenceTransformerEmbedder)
    with pytest.raises(EmbeddingModelError, match="mentor ingest"):
        make_embedder(load_settings(data_dir=tmp_path, embedding_runtime="onnx"))


def test_the_export_is_named_after_the_model_and_how_much_of_a_text_it_reads(
    tmp_path: Path,
) -> None:
    short = export_path(load_settings(data_dir=tmp_path, embedding_max_tokens=128))
    long = export_path(load_settings(data_dir=tmp_path, embedding_max_tokens=256))
    assert short.parent == tmp_path / "models" and short.name.startswith("embedding-all-minilm")
    assert short != long


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data_dir = tmp_path_factory.mktemp("onnx")
    settings = load_settings(data_dir=data_dir, embedding_threads=1)
    written = export_encoder(settings, SentenceTransformerEmbedder.from_settings(settings))
    assert written is not None
    return data_dir, written


@pytest.mark.slow
def test_the_export_gives_sentence_transformers_vectors(exported: tuple[Path, Path]) -> None:
    data_dir, written = exported
    assert written.exists() and written.stat().st_mode & 0o777 == 0o600
    settings = load_settings(data_dir=data_dir, embedding_threads=1)
    onnx = make_embedder(settings)
    assert isinstance(onnx, OnnxEmbedder)
    torch_side = make_embedder(load_settings(data_dir=data_dir, embedding_runtime="torch"))
    assert isinstance(torch_side, SentenceTransformerEmbedder)
    assert onnx.slug == torch_side.slug  # one collection whichever runtime wrote a vector
    texts = [
        "How do I end a mentoring relationship well?",
        "Comment dire à mon mentor que les séances ne m'aident plus ?",
        "x",
        "Kram's cultivation phase lasts two to five years. " * 30,  # past 128 word pieces
    ]
    assert np.abs(onnx.embed(texts) - torch_side.embed(texts)).max() < 1e-5
    query = onnx.embed_query("reverse mentoring")
    assert query.shape == (384,) and abs(float(np.linalg.norm(query)) - 1.0) < 1e-5
    assert export_encoder(settings, torch_side) == written  # once: an export is kept


@pytest.mark.slow
def test_a_search_on_the_export_never_imports_torch(exported: tuple[Path, Path]) -> None:
    data_dir, _ = exported
    script = (
        "import sys\n"
        "from assistant.config import load_settings\n"
        "from assistant.retrieval import KnowledgeBase\n"
        "settings = load_settings(llm_backend='fake')\n"
        "with KnowledgeBase(settings) as kb:\n"
        "    kb.ingest([settings.knowledge_dir / 'en' / 'smart-goals.md'])\n"
        "    hits = kb.search('What does the M in SMART stand for?', 3)\n"
        "print(type(kb.embedder).__name__, 'torch' in sys.modules, len(hits))\n"
    )
    env = {**os.environ, "MENTOR_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["OnnxEmbedder", "False", "3"]


def test_an_export_is_written_only_for_a_torch_embedder_when_torch_is_not_asked_for(
    tmp_path: Path,
) -> None:
    from assistant.retrieval.onnx_encoder import export_for
    from tests.fakes import HashingEmbedder

    assert export_for(load_settings(data_dir=tmp_path), HashingEmbedder()) is None
    torch_only = load_settings(data_dir=tmp_path, embedding_runtime="torch")
    assert export_for(torch_only, SentenceTransformerEmbedder.from_settings(torch_only)) is None
    assert not export_path(torch_only).exists()


def test_the_first_run_indexing_also_prepares_the_quick_runtime(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A user who asks before ever running `mentor ingest` gets the ONNX export too."""
    from assistant.cli import common as cli_common
    from assistant.retrieval import KnowledgeBase
    from tests.fakes import HashingEmbedder

    guides = tmp_path / "guides"
    (guides / "en").mkdir(parents=True)
    (guides / "en" / "a.md").write_text("---\ntitle: A\n---\n\n## One\n\nSome text here.\n")
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=guides)
    exported: list[object] = []
    monkeypatch.setattr(cli_common, "KnowledgeBase", lambda s: KnowledgeBase(s, HashingEmbedder()))
    monkeypatch.setattr(cli_common, "export_for", lambda s, embedder: exported.append(embedder))
    with cli_common.open_knowledge_base(settings):
        pass
    assert len(exported) == 1
    with cli_common.open_knowledge_base(settings):
        pass
    assert len(exported) == 1, "once: an indexed knowledge base is not indexed again"
