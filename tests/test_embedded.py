"""Assembling the bundled model file, and the real llama.cpp server path (small model)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.model.embedded import EmbeddedServer, ModelFileError, ModelSpec, assemble_model
from assistant.model.llm import build_chat_model, stream_text
from assistant.retrieval import KnowledgeBase
from assistant.skills.qa import answer_question, build_messages
from tests.helpers import mentor, smollm2


def _fake_parts(root: Path, monkeypatch: pytest.MonkeyPatch, blobs: list[bytes]) -> ModelSpec:
    names = []
    for n, blob in enumerate(blobs, start=1):
        package = root / f"fakepart_{root.name}_{n}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "data" / f"part{n:02d}.bin").write_bytes(blob)
        names.append(package.name)
    monkeypatch.syspath_prepend(str(root))
    whole = b"".join(blobs)
    return ModelSpec(
        "fake", "fake.gguf", len(whole), hashlib.sha256(whole).hexdigest(), tuple(names)
    )


def test_parts_are_joined_verified_and_reused(tmp_path: Path, monkeypatch) -> None:
    spec = _fake_parts(tmp_path / "pkgs", monkeypatch, [b"abc" * 1000, b"xyz" * 10])
    path = assemble_model(spec, tmp_path / "models")
    assert path.read_bytes() == b"abc" * 1000 + b"xyz" * 10
    stamp = path.stat().st_mtime_ns
    assert assemble_model(spec, tmp_path / "models").stat().st_mtime_ns == stamp


def test_a_corrupt_result_is_refused_and_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    spec = _fake_parts(tmp_path / "pkgs", monkeypatch, [b"abc", b"def"])
    wrong = ModelSpec(spec.name, spec.filename, spec.size, "0" * 64, spec.parts)
    with pytest.raises(ModelFileError, match="corrupt"):
        assemble_model(wrong, tmp_path / "models")
    assert list((tmp_path / "models").iterdir()) == []


def test_a_missing_part_says_how_to_fix_it(tmp_path: Path) -> None:
    spec = ModelSpec("x", "x.gguf", 1, "0" * 64, ("no_such_model_part_package",))
    with pytest.raises(ModelFileError, match="make install"):
        assemble_model(spec, tmp_path)


def test_a_missing_model_file_setting_is_reported(tmp_path: Path) -> None:
    server = EmbeddedServer(load_settings(embedded_model_file=str(tmp_path / "none.gguf")))
    with pytest.raises(ModelFileError, match="missing file"):
        server.wait(30)


# --- the real llama.cpp server, with the 98 MB SmolLM2 model (never assert on its wording) -----


@pytest.fixture
def small_kb(kb: KnowledgeBase, docs_dir: Path, write_guide) -> KnowledgeBase:
    write_guide(
        "en/coaching.md",
        "Mentoring and coaching",
        {
            "Differences": "A coach asks questions; a mentor shares experience and advice.",
        },
    )
    kb.ingest([docs_dir])
    return kb


@pytest.mark.slow
def test_embedded_server_streams_a_grounded_answer(small_kb: KnowledgeBase, tmp_path) -> None:
    settings = load_settings(
        data_dir=tmp_path / "d", embedded_model_file=smollm2(), llm_max_tokens=48
    )
    model = build_chat_model(settings)
    question = "what does a coach do differently from a mentor"
    _, messages = build_messages(question, small_kb.search(question, 3), "en", [], 0, small_kb)
    chunks = list(stream_text(model, messages))
    assert len(chunks) > 1, "the server streams the answer in pieces, not whole"
    answer = answer_question(question, small_kb, model, language="en")
    pieces = list(answer)  # checked sentence by sentence: one piece per sentence shown
    assert pieces and answer.text.strip()
    assert answer.sources[0].label == "Mentoring and coaching — Differences"


@pytest.mark.slow
def test_any_openai_compatible_server_works_with_no_code_change(
    small_kb: KnowledgeBase, tmp_path: Path
) -> None:
    """A second, independent llama.cpp server reached through OPENAI_BASE_URL."""
    other = EmbeddedServer(load_settings(embedded_model_file=smollm2(), embedded_context=1024))
    url = other.wait(60)
    try:
        settings = load_settings(
            llm_backend="openai", openai_base_url=f"{url}/v1", llm_max_tokens=32
        )
        answer = answer_question(
            "how does a coach help", small_kb, build_chat_model(settings), language="en"
        )
        assert answer.complete().strip()
    finally:
        other.stop()


@pytest.mark.slow
def test_cli_ask_json_with_the_real_server(tmp_path: Path) -> None:
    env = {
        "MENTOR_DATA_DIR": str(tmp_path / "data"),
        "MENTOR_EMBEDDED_MODEL_FILE": smollm2(),
        "MENTOR_LLM_MAX_TOKENS": "48",
    }
    assert mentor("ingest", env=env).returncode == 0
    result = mentor(
        "ask", "What is the difference between coaching and mentoring?", "--json", env=env
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["answer"].strip() and payload["covered"] is True
    assert payload["citations"][0]["source"] == "knowledge/en/mentoring-vs-coaching.md"


@pytest.mark.full_model
def test_the_bundled_model_answers_in_english_and_french(tmp_path: Path) -> None:
    """Opt-in (MENTOR_TEST_FULL_MODEL=1): the 1.1 GB default model, as a user gets it."""
    env = {"MENTOR_DATA_DIR": str(tmp_path / "data")}
    assert mentor("ingest", env=env).returncode == 0
    for question, source, language in [
        (
            "What is the difference between coaching and mentoring?",
            "knowledge/en/mentoring-vs-coaching.md",
            "en",
        ),
        (
            "Quelle est la différence entre le mentorat et le coaching ?",
            "knowledge/fr/mentorat-et-coaching.md",
            "fr",
        ),
    ]:
        result = mentor("ask", question, "--json", env=env, timeout=600)
        assert result.returncode == 0, result.stderr
        payload = json.loads(result.stdout)
        assert payload["covered"] and payload["answer"].strip()
        assert payload["citations"][0]["source"] == source
        assert re.search(r"\[\d\]", payload["answer"])  # inline markers, checked by code
        assert payload["language"] == language


@pytest.mark.slow
def test_the_answering_prompts_state_is_saved_once_and_restored_at_the_next_start(
    tmp_path: Path,
) -> None:
    import httpx

    from assistant.model.embedded import cache_file_name, prompt_cache_dir

    settings = load_settings(data_dir=tmp_path / "d", embedded_model_file=smollm2())
    system = "You answer questions about mentoring from the passages you are given."
    first = EmbeddedServer(settings, primary=system)
    first.wait(60)
    first.stop()
    saved = prompt_cache_dir(settings) / cache_file_name(Path(smollm2()), settings, system)
    assert saved.is_file() and saved.stat().st_size > 0
    assert oct(prompt_cache_dir(settings).stat().st_mode & 0o777) == "0o700"

    second = EmbeddedServer(settings, primary=system)
    url = second.wait(60)
    try:
        reply = httpx.post(
            f"{url}/v1/chat/completions",
            json={
                "messages": [
                    {"role": "system", "content": system},
                    {"role": "user", "content": "What is a mentor?"},
                ],
                "max_tokens": 1,
            },
            timeout=60,
        ).json()
        assert reply["usage"]["prompt_tokens_details"]["cached_tokens"] > 10
    finally:
        second.stop()


@pytest.mark.slow
def test_a_models_folder_where_nothing_can_be_written_only_loses_the_saved_state(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    (data / "models").mkdir(parents=True)
    (data / "models" / "prompt-cache").write_text("a file where the folder should be")
    settings = load_settings(data_dir=data, embedded_model_file=smollm2())
    server = EmbeddedServer(settings, primary="You answer questions about mentoring.")
    try:
        assert server.wait(60).startswith("http://")
    finally:
        server.stop()
