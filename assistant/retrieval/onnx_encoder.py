"""The embedding model run by ONNX Runtime: the same weights, the same vectors, a quick start.

Loading sentence-transformers means importing torch and transformers and building the model:
5-8 s on 2 cores, paid by every fresh ``mentor ask`` before its first search. The same model
exported once to ONNX (``mentor ingest`` does it, with torch already loaded) is ready in about
half a second with ONNX Runtime and the ``tokenizers`` package, both already installed with
chromadb. An export is kept only if it gives the vectors sentence-transformers gives (checked
on sample texts in English and French when it is written), so the vector store does not care
which runtime wrote a vector: both share one collection.

Only models whose sentence-transformers pipeline is Transformer, mean pooling and
normalisation (the bundled all-MiniLM-L6-v2 is) are exported; anything else keeps torch.
``MENTOR_EMBEDDING_RUNTIME`` chooses: ``auto`` (the export when there is one), ``torch``,
``onnx`` (an error when there is none).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.retrieval.embeddings import (
    EmbeddingModelError,
    SentenceTransformerEmbedder,
    encode_in_batches,
    model_slug,
    profile_for,
    resolve_model_path,
)

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.retrieval.seams import Embedder

log = logging.getLogger(__name__)

SAMPLES = (
    "What is reverse mentoring?",
    "Qu'est-ce que le mentorat inversé ? Comment préparer la première séance ?",
    "A mentor shares experience, advice and network to help a less experienced person "
    "reach their goals; sessions are structured and followed up. " * 4,
)
"""Texts whose vectors an export must reproduce (short, French, longer than 128 pieces)."""
MAX_DIFFERENCE = 1e-4  # largest difference allowed in any coordinate of a sample's vector
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_MEAN_POOLING = (
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
)


def export_path(settings: Settings) -> Path:
    """Where the export of the configured model lives: named after the model and its weights
    (their size and modification time), so a changed model never meets a stale export."""
    model = Path(resolve_model_path(settings.embedding_model))
    weights = sorted(model.glob("*.safetensors")) or sorted(model.glob("*.bin"))
    stamp = (
        "|".join(f"{w.name}:{w.stat().st_size}:{w.stat().st_mtime_ns}" for w in weights)
        + f"|{settings.embedding_max_tokens}"
    )
    digest = hashlib.sha256(f"{model}|{stamp}".encode()).hexdigest()[:12]
    return settings.models_dir / f"embedding-{model_slug(settings.embedding_model)}-{digest}.onnx"


def exportable(model_path: str) -> bool:
    """Whether the model is a Transformer with mean pooling and normalisation, with a fast
    tokenizer file: what :class:`OnnxEmbedder` reproduces."""
    folder = Path(model_path)
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    kinds = tuple(str(m.get("type", "")) for m in modules)
    mean = pooling.get("pooling_mode_mean_tokens") and not any(
        v for k, v in pooling.items() if k.startswith("pooling_mode_") and "mean_tokens" not in k
    )
    return kinds == _MEAN_POOLING and bool(mean) and (folder / "tokenizer.json").exists()


def export_encoder(settings: Settings, reference: SentenceTransformerEmbedder) -> Path | None:
    """Write the ONNX export of ``reference``'s model (once; atomic) and return its path, or
    None when the model cannot be exported or the export's vectors differ from ``reference``'s
    (then torch keeps serving, as before)."""
    target = export_path(settings)
    if target.exists():
        return target
    if not exportable(reference.model_path):
        return None
    try:
        import torch
    except ImportError:  # pragma: no cover - sentence-transformers needs torch
        return None
    try:
        import onnx  # noqa: F401  (torch's exporter needs it)
    except ImportError:
        log.info("no ONNX export of the embedding model: the onnx package is missing")
        return None
    model = reference.transformer()

    class _Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    example = tuple(torch.ones((1, 4), dtype=torch.long) for _ in _INPUTS)
    axes = {name: {0: "batch", 1: "pieces"} for name in (*_INPUTS, "last_hidden_state")}
    try:
        # the tracer warns about every shape-dependent branch of the model; the check below
        # decides whether the export is right
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Encoder().eval(),
                example,
                str(partial),
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
        exported = OnnxEmbedder(
            partial, reference.model_path, reference.slug, reference.max_tokens, threads=1
        )
        wanted = reference.embed(list(SAMPLES))
        got = exported.embed(list(SAMPLES))
        if got.shape != wanted.shape or float(np.abs(got - wanted).max()) > MAX_DIFFERENCE:
            log.warning("the ONNX export of the embedding model differs from it: not used")
            partial.unlink(missing_ok=True)
            return None
        os.replace(partial, target)
        os.chmod(target, 0o600)
    except Exception as exc:  # the exporter's errors share no base class
        partial.unlink(missing_ok=True)
        log.warning("no ONNX export of the embedding model (%s)", type(exc).__name__)
        return None
    return target


class OnnxEmbedder:
    """Encodes texts into L2-normalised float32 vectors with ONNX Runtime: mean pooling over
    the exported transformer's last hidden state, as sentence-transformers does."""

    def __init__(
        self,
        onnx_file: Path,
        model_path: str,
        slug: str,
        max_tokens: int = 128,
        threads: int = 0,
        batch_size: int = 64,
    ) -> None:
        self.onnx_file = onnx_file
        self._model_path = model_path
        self._slug = slug
        self.max_tokens = max_tokens
        self.threads = threads
        self.batch_size = batch_size
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @property
    def slug(self) -> str:
        return self._slug

    @property
    def model_path(self) -> str:
        return self._model_path

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                import onnxruntime
                from tokenizers import Tokenizer

                tokenizer = Tokenizer.from_file(str(Path(self._model_path) / "tokenizer.json"))
                tokenizer.enable_truncation(self.max_tokens)
                tokenizer.no_padding()
                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = self.threads
                options.inter_op_num_threads = 1
                # no busy-waiting between calls: the chat model may be generating beside it
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                options.log_severity_level = 3
                self._session = onnxruntime.InferenceSession(
                    str(self.onnx_file), options, providers=["CPUExecutionProvider"]
                )
                self._tokenizer = tokenizer
            return self._session, self._tokenizer

    @property
    def dimension(self) -> int:
        return int(self.embed(["dimension"]).shape[1])

    def embed(self, texts: list[str]) -> np.ndarray:
        """Encode many texts; returns an ``(n, dim)`` float32 array in the input order (batched
        by length as :class:`SentenceTransformerEmbedder` does)."""
        session, tokenizer = self._load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)

        def encode(batch: list[str]) -> np.ndarray:
            encodings = tokenizer.encode_batch(batch)
            longest = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(batch), longest), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, encoding in enumerate(encodings):
                ids[row, : len(encoding.ids)] = encoding.ids
                mask[row, : len(encoding.ids)] = encoding.attention_mask
            types = np.zeros_like(ids)
            hidden = session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

        return encode_in_batches(texts, self.batch_size, encode)

    def embed_query(self, text: str) -> np.ndarray:
        """Encode one query (with the model's query prefix); returns a ``(dim,)`` vector."""
        return self.embed([profile_for(self._slug).query_prefix + text])[0]


def export_for(settings: Settings, embedder: Embedder) -> Path | None:
    """Write the ONNX export of ``embedder``'s model when it runs on torch and the settings do
    not ask for torch (once: later processes then start without torch); its path, else None.
    Called after an ingest, and after the first run indexed the bundled guides."""
    if settings.embedding_runtime == "torch" or not isinstance(
        embedder, SentenceTransformerEmbedder
    ):
        return None
    return export_encoder(settings, embedder)


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for: the ONNX export when there is one (``auto``, the
    default) or when ``onnx`` is required, else sentence-transformers on torch."""
    runtime = settings.embedding_runtime
    torch_embedder = SentenceTransformerEmbedder.from_settings(settings)
    if runtime == "torch":
        return torch_embedder
    onnx_file = export_path(settings)
    if onnx_file.exists():
        try:
            import onnxruntime  # noqa: F401
            import tokenizers  # noqa: F401
        except ImportError:
            if runtime == "onnx":
                raise EmbeddingModelError(
                    "MENTOR_EMBEDDING_RUNTIME=onnx needs onnxruntime and tokenizers installed"
                ) from None
            return torch_embedder
        return OnnxEmbedder(
            onnx_file,
            torch_embedder.model_path,
            torch_embedder.slug,
            settings.embedding_max_tokens,
            settings.embedding_threads,
            settings.embedding_batch_size,
        )
    if runtime == "onnx":
        raise EmbeddingModelError(
            "MENTOR_EMBEDDING_RUNTIME=onnx but the embedding model has no ONNX export yet: run "
            "`mentor ingest` once (it writes one), or set MENTOR_EMBEDDING_RUNTIME=auto"
        )
    return torch_embedder
