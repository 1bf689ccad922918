"""Retrieval benchmark: our pipeline vs the plain LangChain pipeline, same files, same model,
measured side by side in one run.

Quality: recall@5 and MRR@10 on our question set (a hit is relevant when it comes from the
expected guide and lies under the expected heading, or under one of the question's ``also``
sections, added after reading them: "strict" counts the first label only; baseline chunks carry
no section, so they count when their character span overlaps the expected section: generous to
the baseline).
Speed: ingest throughput (chunks/s, model already loaded) and query latency p50/p95 (query
embedding included), on the bundled knowledge base and on a synthetic 10,000-chunk corpus.

    python -m evals.bench_retrieval                 # everything (several minutes)
    python -m evals.bench_retrieval --quality-only  # quality + latency on the knowledge base
    python -m evals.bench_retrieval --quality-only --external  # + documents written by others

With ``--external``, the public mentoring-programme documents of evals/datasets/external/docs
(written by others, openly licensed) are ingested beside our guides, as a programme would
ingest its own handbook (our pipeline: into the ``programme`` collection; the plain pipeline:
into the same store), and recall is measured on their questions as well as on ours.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import yaml

from assistant.config import BUNDLED_KNOWLEDGE_DIR, Settings, load_settings
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.chunking import chunk_document
from assistant.retrieval.embeddings import resolve_model_path
from assistant.retrieval.loaders import load_document
from assistant.retrieval.markdown import parse_sections, split_front_matter
from evals.datasets import DATASETS, RetrievalQuestion, load_retrieval_questions
from evals.sections import SectionMap

RESULTS = Path(__file__).resolve().parent / "results"
EXTERNAL = DATASETS / "external"


@dataclass(frozen=True)
class Result:
    guide: str  # path relative to the corpus root, e.g. "en/grow-model.md"
    sections: list[tuple[str, ...]]


class Pipeline(Protocol):
    name: str

    def ingest(self, root: Path) -> int: ...
    def search(self, query: str, k: int) -> list[Result]: ...
    def close(self) -> None: ...


class Ours:
    """Mentor Assistant: heading-aware chunks, dense + BM25 fused by reciprocal rank."""

    name = "mentor-assistant"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.kb: KnowledgeBase | None = None

    def ingest(self, root: Path) -> int:
        self.close()
        programme = root / "programme"
        if programme.is_dir():  # the external corpus: guides under knowledge/, others beside
            root = root / "knowledge"
        settings = self.settings.model_copy(update={"knowledge_dir": root})
        self.kb = KnowledgeBase(settings, embedder=getattr(self, "embedder", None))
        self.embedder = self.kb.embedder
        self.kb.embedder.embed(["warm up"])  # load the model outside the timed region
        written = self.kb.ingest([root]).chunks_written
        if programme.is_dir():
            written += self.kb.ingest([programme], collection="programme").chunks_written
        return written

    def search(self, query: str, k: int) -> list[Result]:
        assert self.kb is not None
        return [
            Result(_relative(h.source), [tuple(h.section.split(" > "))])
            for h in self.kb.search(query, k)
        ]

    def close(self) -> None:
        if self.kb is not None:
            self.kb.close()
            self.kb = None


def _relative(source: str) -> str:
    """A hit's file as the questions name it: ``en/x.md`` for a guide, ``programme/x.md`` for
    an external document (ingested from outside the guides: its source is an absolute path)."""
    if source.startswith("knowledge/"):
        return source.removeprefix("knowledge/")
    return f"programme/{Path(source).name}"


class PlainLangChain:
    """What a user would write: RecursiveCharacterTextSplitter + langchain_chroma.Chroma +
    HuggingFaceEmbeddings, with the same model and chunk size."""

    name = "plain-langchain"

    def __init__(self, settings: Settings, folder: Path) -> None:
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.folder = folder
        self.embeddings = HuggingFaceEmbeddings(
            model_name=resolve_model_path(settings.embedding_model),
            model_kwargs={"device": "cpu", "local_files_only": True},
        )
        self.splitter = RecursiveCharacterTextSplitter(
            chunk_size=settings.chunk_size,
            chunk_overlap=settings.chunk_overlap,
            add_start_index=True,
        )
        self.store: Any = None
        self.maps: dict[str, SectionMap] = {}
        self.runs = 0

    def ingest(self, root: Path) -> int:
        import chromadb
        from langchain_chroma import Chroma
        from langchain_core.documents import Document

        self.close()
        self.embeddings.embed_query("warm up")
        documents = []
        for path in sorted(root.rglob("*.md")):
            rel = path.relative_to(root).as_posix().removeprefix("knowledge/")
            text = path.read_text(encoding="utf-8")
            self.maps[rel] = SectionMap(text)
            documents.append(Document(page_content=text, metadata={"source": rel}))
        chunks = self.splitter.split_documents(documents)
        self.runs += 1
        self.store = Chroma.from_documents(
            chunks,
            self.embeddings,
            collection_name=f"plain-{self.runs}",
            persist_directory=str(self.folder / f"run-{self.runs}"),
            client_settings=chromadb.config.Settings(anonymized_telemetry=False),
        )
        return len(chunks)

    def search(self, query: str, k: int) -> list[Result]:
        results = []
        for doc in self.store.similarity_search(query, k=k):
            rel = doc.metadata["source"]
            start = int(doc.metadata["start_index"])
            results.append(
                Result(rel, self.maps[rel].paths_between(start, start + len(doc.page_content)))
            )
        return results

    def close(self) -> None:
        self.store = None


def is_relevant(result: Result, question: RetrievalQuestion, strict: bool = False) -> bool:
    """Whether ``result`` lies under a section labelled as answering ``question`` (``strict``:
    only its first label, ignoring the ``also`` sections added after reading them)."""
    return any(
        result.guide == guide and any(section in p for p in result.sections)
        for guide, section in question.relevant(strict)
    )


def quality(pipeline: Pipeline, questions: Sequence[RetrievalQuestion]) -> dict[str, Any]:
    """recall@5, MRR@10 and guide-level recall@5, overall and per language."""
    rows = []
    for q in questions:
        results = pipeline.search(q.question, 10)
        ranks = [i for i, r in enumerate(results, 1) if is_relevant(r, q)]
        strict = [i for i, r in enumerate(results, 1) if is_relevant(r, q, strict=True)]
        rows.append(
            {
                "lang": q.lang,
                "rank": ranks[0] if ranks else None,
                "strict_rank": strict[0] if strict else None,
                "guide_hit": any(r.guide == q.guide for r in results[:5]),
            }
        )

    def summary(subset: list[dict[str, Any]]) -> dict[str, float]:
        n = len(subset)
        return {
            "n": n,
            "recall@5": sum(1 for r in subset if r["rank"] and r["rank"] <= 5) / n,
            "recall@5_strict": sum(1 for r in subset if r["strict_rank"] and r["strict_rank"] <= 5)
            / n,
            "mrr@10": sum(1 / r["rank"] for r in subset if r["rank"]) / n,
            "guide_recall@5": sum(1 for r in subset if r["guide_hit"]) / n,
        }

    out: dict[str, Any] = {"all": summary(rows)}
    for lang in sorted({r["lang"] for r in rows}):
        out[lang] = summary([r for r in rows if r["lang"] == lang])
    out["misses"] = [
        q.question for q, r in zip(questions, rows, strict=True) if not r["rank"] or r["rank"] > 5
    ]
    return out


def latency(pipeline: Pipeline, queries: Sequence[str], n: int, k: int = 5) -> dict[str, float]:
    """Per-query wall time in ms (query embedding included), after a warm-up."""
    for q in queries[:10]:
        pipeline.search(q, k)
    samples = []
    for i in range(n):
        started = time.perf_counter()
        pipeline.search(queries[i % len(queries)], k)
        samples.append((time.perf_counter() - started) * 1000)
    return {
        "n": n,
        "p50_ms": float(np.percentile(samples, 50)),
        "p95_ms": float(np.percentile(samples, 95)),
        "mean_ms": statistics.fmean(samples),
    }


def timed_ingest(pipeline: Pipeline, root: Path) -> dict[str, float]:
    started = time.perf_counter()
    chunks = pipeline.ingest(root)
    seconds = time.perf_counter() - started
    return {"chunks": chunks, "seconds": seconds, "chunks_per_s": chunks / seconds}


def synthetic_corpus(source: Path, target: Path, chunks: int, settings: Settings) -> int:
    """Write Markdown guides recombining the knowledge base's sentences until our chunker would
    produce ``chunks`` chunks; returns that count."""
    rng = random.Random(13)
    pools: dict[str, list[str]] = {"en": [], "fr": []}
    for path in sorted(source.rglob("*.md")):
        front, body = split_front_matter(path.read_text(encoding="utf-8"))
        _, sections = parse_sections(body)
        for section in sections:
            sentences = re.split(r"(?<=[.!?])\s+", " ".join(section.text.split()))
            pools[str(front.get("language", "en"))] += [s for s in sentences if len(s) > 30]
    total, n = 0, 0
    while total < chunks:
        lang = "fr" if n % 4 == 3 else "en"
        parts = [f"---\ntitle: Synthetic guide {n}\nlanguage: {lang}\n---\n\n# Synthetic {n}\n"]
        for s in range(6):
            parts.append(f"## Topic {n}.{s}\n")
            for _ in range(3):
                parts.append(" ".join(rng.sample(pools[lang], rng.randint(4, 7))) + "\n")
        path = target / lang / f"synthetic-{n:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(parts), encoding="utf-8")
        document = load_document(path, path.name, 10_000_000)
        total += len(chunk_document(document, "x", settings.chunk_size, settings.chunk_overlap))
        n += 1
    return total


def external_corpus(knowledge: Path, target: Path) -> Path:
    """Our guides under ``knowledge/`` and the external documents under ``programme/``."""
    shutil.copytree(knowledge, target / "knowledge", ignore=shutil.ignore_patterns("training"))
    shutil.copytree(EXTERNAL / "docs", target / "programme")
    return target


def external_questions() -> list[RetrievalQuestion]:
    rows = yaml.safe_load((EXTERNAL / "questions.yaml").read_text(encoding="utf-8"))
    return [
        RetrievalQuestion(r["question"], r["lang"], f"programme/{r['guide']}", r["section"])
        for r in rows
    ]


def run(args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    questions = load_retrieval_questions()
    queries = [q.question for q in questions]
    results: dict[str, Any] = {"questions": len(questions), "pipelines": {}}
    with tempfile.TemporaryDirectory(prefix="mentor-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = (
            external_corpus(args.knowledge, tmp / "corpus") if args.external else args.knowledge
        )
        settings = load_settings(data_dir=tmp / "ours")
        pipelines: list[Pipeline] = [Ours(settings), PlainLangChain(settings, tmp / "plain")]
        for pipeline in pipelines:
            log(f"[{pipeline.name}] ingesting the knowledge base")
            entry: dict[str, Any] = {"kb_ingest": timed_ingest(pipeline, corpus)}
            entry["quality"] = quality(pipeline, questions)
            if args.external:
                entry["external"] = quality(pipeline, external_questions())
            entry["kb_latency"] = latency(pipeline, queries, args.latency_queries)
            results["pipelines"][pipeline.name] = entry
        if not args.quality_only:
            corpus = tmp / "synthetic"
            results["synthetic_chunks"] = synthetic_corpus(
                args.knowledge, corpus, args.synthetic_chunks, settings
            )
            for n, pipeline in enumerate(pipelines):
                if isinstance(pipeline, Ours):
                    pipeline.settings = load_settings(data_dir=tmp / f"ours-synthetic-{n}")
                log(f"[{pipeline.name}] ingesting {results['synthetic_chunks']} synthetic chunks")
                entry = results["pipelines"][pipeline.name]
                entry["synthetic_ingest"] = timed_ingest(pipeline, corpus)
                entry["synthetic_latency"] = latency(pipeline, queries, args.latency_queries)
        for pipeline in pipelines:
            pipeline.close()
    return results


def report(results: dict[str, Any]) -> str:
    lines = [
        f"Retrieval benchmark ({results['questions']} questions"
        + (
            f", synthetic corpus {results['synthetic_chunks']} chunks)"
            if "synthetic_chunks" in results
            else ")"
        ),
        "",
        "| pipeline | recall@5 | strict | MRR@10 | recall@5 en | recall@5 fr | guide recall@5 |"
        " KB ingest chunks/s | KB p50 / p95 ms | 10k ingest chunks/s | 10k p50 / p95 ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, e in results["pipelines"].items():
        q = e["quality"]
        syn_ingest = e.get("synthetic_ingest", {})
        syn_lat = e.get("synthetic_latency", {})
        lines.append(
            f"| {name} | {q['all']['recall@5']:.3f} | {q['all']['recall@5_strict']:.3f} | "
            f"{q['all']['mrr@10']:.3f} | "
            f"{q.get('en', {}).get('recall@5', 0):.3f} | "
            f"{q.get('fr', {}).get('recall@5', 0):.3f} | "
            f"{q['all']['guide_recall@5']:.3f} | {e['kb_ingest']['chunks_per_s']:.1f} "
            f"({e['kb_ingest']['chunks']} in {e['kb_ingest']['seconds']:.1f} s) | "
            f"{e['kb_latency']['p50_ms']:.1f} / "
            f"{e['kb_latency']['p95_ms']:.1f} | "
            + (
                f"{syn_ingest['chunks_per_s']:.1f} ({syn_ingest['chunks']} in "
                f"{syn_ingest['seconds']:.0f} s)"
                if syn_ingest
                else "-"
            )
            + " | "
            + (f"{syn_lat['p50_ms']:.1f} / {syn_lat['p95_ms']:.1f}" if syn_lat else "-")
            + " |"
        )
    if any("external" in e for e in results["pipelines"].values()):
        lines += [
            "",
            "Documents written by others (evals/datasets/external), beside our guides:",
            "",
            "| pipeline | questions | recall@5 | MRR@10 | recall@5 en | recall@5 fr |",
            "|---|---|---|---|---|---|",
        ]
        for name, e in results["pipelines"].items():
            x = e["external"]
            lines.append(
                f"| {name} | {x['all']['n']} | {x['all']['recall@5']:.3f} | "
                f"{x['all']['mrr@10']:.3f} | {x.get('en', {}).get('recall@5', 0):.3f} | "
                f"{x.get('fr', {}).get('recall@5', 0):.3f} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quality-only", action="store_true", help="skip the synthetic 10,000-chunk corpus"
    )
    parser.add_argument("--synthetic-chunks", type=int, default=10_000)
    parser.add_argument("--latency-queries", type=int, default=200)
    parser.add_argument("--knowledge", type=Path, default=BUNDLED_KNOWLEDGE_DIR)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--external", action="store_true", help="also documents written by others (see above)"
    )
    args = parser.parse_args(argv)
    results = run(args, lambda msg: print(msg, file=sys.stderr, flush=True))
    print(report(results))
    if args.show_misses:
        for name, e in results["pipelines"].items():
            print(f"\nmisses of {name}:", *e["quality"]["misses"], sep="\n  ")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"retrieval-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nfull results: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
