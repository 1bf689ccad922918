"""Mentor Assistant: an offline-first conversational mentoring assistant.

The public Python API::

    from assistant import KnowledgeBase, SearchFilter, load_settings

    kb = KnowledgeBase(load_settings())
    kb.ingest([kb.settings.knowledge_dir])
    for hit in kb.search("preparing a first session", where=SearchFilter(language="en")):
        print(hit.citation)
"""

from assistant.config import Settings, load_settings
from assistant.retrieval import Hit, IngestReport, KnowledgeBase, QueryError, SearchFilter

__all__ = [
    "Hit",
    "IngestReport",
    "KnowledgeBase",
    "QueryError",
    "SearchFilter",
    "Settings",
    "load_settings",
]
__version__ = "0.1.0"
