"""Retrieval layer: loaders, chunking, embeddings, vector store, hybrid search, citations."""

from assistant.retrieval.filters import SearchFilter
from assistant.retrieval.ingest import FileOutcome, IngestReport
from assistant.retrieval.loaders import LoadError
from assistant.retrieval.search import Hit, KnowledgeBase, QueryError

__all__ = [
    "FileOutcome",
    "Hit",
    "IngestReport",
    "KnowledgeBase",
    "LoadError",
    "QueryError",
    "SearchFilter",
]
