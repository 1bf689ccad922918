"""The knowledge index's check, for ``mentor status``: its SQLite file passes SQLite's quick
check (read-only), and every Chroma collection opens, counts its vectors, returns a few of them
(from the start, the middle and the end) and searches with one, which reads the vector segment
files. Whatever fails is a finding, never an exception: a damaged index is reported with what
went wrong, and the way back is to index again (or to restore a backup).

The embedded store is probed in a child process: Chroma's core keeps segments it has read in
memory for the life of a process (a file damaged since would go unnoticed), and a damaged file
may crash it outright rather than raise. The child runs this file's code alone, so it imports
chromadb and nothing of the assistant; hence only the standard library at the top here.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.records.integrity import Finding

CHROMA_FILE = "chroma.sqlite3"
DETAIL_CHARS = 200
CHILD_TIMEOUT_S = 300.0
_CHILD = (  # this file's _main, run without importing the assistant (or running as __main__,
    # under which Chroma's core fails to start: "File exists")
    "import runpy, sys; sys.path.pop(0); "
    "runpy.run_path(sys.argv[1], run_name='mentor_index_probe')['_main'](sys.argv[2])"
)


def check_index(settings: Settings) -> Finding:
    """The embedded index under ``settings.chroma_path``, or the Chroma server's collections
    (a server that cannot be reached raises
    :class:`~assistant.retrieval.store.StoreUnavailableError`, as in any command)."""
    from assistant.records.integrity import Finding

    if settings.chroma_mode == "server":
        from assistant.retrieval.store import make_client

        client = make_client(settings)
        try:
            problem = probe(client)
        finally:
            _close(client)
        return Finding("index", "damaged" if problem else "ok", problem, settings.chroma_url)
    folder = settings.chroma_path
    where = str(folder)
    if not folder.is_dir() or not any(folder.iterdir()):
        return Finding("index", "absent", where=where)
    if not (folder / CHROMA_FILE).is_file():
        return Finding("index", "damaged", f"{CHROMA_FILE} is missing", where)
    problem = quick_check(folder / CHROMA_FILE) or _probe_in_child(folder)
    return Finding("index", "damaged" if problem else "ok", problem, where)


def quick_check(path: Path) -> str:
    """What SQLite's quick check found wrong in the file at ``path`` ("" if nothing)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = db.execute("PRAGMA quick_check").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return _short(exc)
    found = [str(row[0]) for row in rows]
    return "" if found == ["ok"] else "; ".join(found[:3])[:DETAIL_CHARS]


def probe(client: Any) -> str:
    """What went wrong reading each collection of a Chroma ``client`` ("" if nothing)."""
    try:
        for listed in client.list_collections():
            collection = client.get_collection(listed.name, embedding_function=None)
            count = int(collection.count())
            vector = None
            for offset in sorted({0, count // 2, count - 1} if count else set()):
                page = collection.get(
                    offset=offset, limit=1, include=["embeddings", "documents", "metadatas"]
                )
                if not page["ids"]:
                    return f"{listed.name}: no item at position {offset} of {count}"
                vector = page["embeddings"][0]
            if vector is not None:
                collection.query(query_embeddings=[vector], n_results=min(3, count))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # Chroma's errors, and its core's panics (BaseException)
        return _short(exc)
    return ""


def _probe_in_child(folder: Path) -> str:
    command = [sys.executable, "-c", _CHILD, __file__, str(folder)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return f"reading it did not finish in {CHILD_TIMEOUT_S:.0f} s"
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines:
        with contextlib.suppress(ValueError, KeyError, TypeError):
            return str(json.loads(lines[-1])["problem"])
    said = (done.stderr.strip().splitlines() or [""])[-1]
    return f"reading it stopped the check (exit code {done.returncode}) {said}".strip()[
        :DETAIL_CHARS
    ]


def _close(client: Any) -> None:
    with contextlib.suppress(Exception):  # a damaged store may not close cleanly
        client.close()


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:DETAIL_CHARS]


def _main(folder: str) -> None:
    """The child: probe the embedded store in ``folder``; print the problem as JSON."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    try:
        client = chromadb.PersistentClient(
            path=folder, settings=ChromaSettings(anonymized_telemetry=False)
        )
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # the store does not even open
        problem = _short(exc)
    else:
        problem = probe(client)
        _close(client)
    print(json.dumps({"problem": problem}))
