"""Chat benchmark: a typical grounded answer with the default embedded model, against the raw
llama.cpp server answering the very same prompt (the physical floor), in one run.

* app start-to-ready: knowledge base opened, embedding model loaded, model server up and its
  prompt cache pre-filled;
* per question: time to first token and generation speed (tokens/s), for
  - "app, cold prompt": our whole path (retrieval, context selection, prompt, LangChain
    streaming) with the server's prompt cache disabled,
  - "raw server": the identical messages posted straight to llama.cpp, cache disabled too,
  - "app, as users get it": our path with the prompt cache on (the system prompt is reused);
* peak memory (max RSS of this process, which hosts the model server too).

    python -m evals.bench_llm [--questions N] [--model-file GGUF]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from assistant.config import BUNDLED_KNOWLEDGE_DIR, load_settings
from assistant.model.embedded import model_file
from assistant.model.llm import openai_client, start_embedded
from assistant.retrieval import KnowledgeBase
from assistant.skills.qa import answer_question, build_messages, retrieve
from evals.datasets import load_retrieval_questions

RESULTS = Path(__file__).resolve().parent / "results"


def raw_stream(address: str, messages: list[dict[str, str]], max_tokens: int) -> dict[str, float]:
    """POST the messages to llama.cpp directly; TTFT and tokens/s from the SSE stream."""
    body = {
        "messages": messages,
        "stream": True,
        "max_tokens": max_tokens,
        "temperature": 0.2,
        "cache_prompt": False,
    }
    started = time.perf_counter()
    first = None
    tokens = 0
    with httpx.stream("POST", f"{address}/v1/chat/completions", json=body, timeout=300) as reply:
        for line in reply.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            delta = json.loads(line[6:])["choices"][0]["delta"].get("content")
            if delta:
                tokens += 1
                first = first or time.perf_counter()
    end = time.perf_counter()
    assert first is not None, "the raw server produced no text"
    return {
        "ttft_s": first - started,
        "tokens": tokens,
        "tokens_per_s": (tokens - 1) / max(end - first, 1e-9),
    }


def app_stream(question: str, kb: KnowledgeBase, model: Any, language: str) -> dict[str, float]:
    started = time.perf_counter()
    answer = answer_question(question, kb, model, language)
    first = None
    tokens = 0
    for _ in answer:
        tokens += 1
        first = first or time.perf_counter()
    end = time.perf_counter()
    assert first is not None and answer.covered, question
    return {
        "ttft_s": first - started,
        "tokens": tokens,
        "tokens_per_s": (tokens - 1) / max(end - first, 1e-9),
    }


def same_messages(question: str, kb: KnowledgeBase, language: str) -> list[dict[str, str]]:
    """Exactly the messages the app sends for ``question`` (built by the same code)."""
    hits = retrieve(kb, question, language)
    _, messages = build_messages(question, hits, language, kb=kb)
    roles = {"system": "system", "human": "user"}
    return [{"role": roles[m.type], "content": str(m.content)} for m in messages]


def summary(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in rows) for key in rows[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=6, help="half English, half French")
    parser.add_argument("--model-file", default="", help="a GGUF instead of the bundled model")
    args = parser.parse_args(argv)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    pool = load_retrieval_questions()
    half = args.questions // 2
    questions = [q for q in pool if q.lang == "en"][:half] + [q for q in pool if q.lang == "fr"][
        : args.questions - half
    ]
    with tempfile.TemporaryDirectory(prefix="mentor-llm-bench-") as tmp:
        settings = load_settings(data_dir=Path(tmp), embedded_model_file=args.model_file)
        log("ingesting the knowledge base (not timed; its own process, as `mentor ingest`)")
        subprocess.run(
            [sys.executable, "-m", "assistant.cli.commands", "ingest", str(BUNDLED_KNOWLEDGE_DIR)],
            env={**os.environ, "MENTOR_DATA_DIR": tmp},
            check=True,
            stdout=subprocess.DEVNULL,
        )
        model_file(settings)  # assemble the bundled model file once (not timed)
        started = time.perf_counter()
        server = start_embedded(settings)  # first, as the app does (see start_embedded)
        kb = KnowledgeBase(settings)
        kb.warm_up()  # the embedding model and the lexical index, as the app loads them
        address = server.wait(600)
        ready_s = time.perf_counter() - started
        cold = openai_client(settings, f"{address}/v1", "embedded", "embedded").bind(
            extra_body={"cache_prompt": False}
        )
        warm = openai_client(settings, f"{address}/v1", "embedded", "embedded")
        rows: dict[str, list[dict[str, float]]] = {"app_cold": [], "raw_cold": [], "app_warm": []}
        # As users get it: a session of fresh questions; each shares only the system prompt with
        # what the server saw before (none of these prompts has been processed yet).
        for q in questions:
            log(f"question (app, cache on): {q.question[:60]}")
            rows["app_warm"].append(app_stream(q.question, kb, warm, q.lang))
        # The same prompt with the cache disabled on both sides; who goes first alternates.
        for n, q in enumerate(questions):
            log(f"question (raw vs app, no cache): {q.question[:60]}")
            messages = same_messages(q.question, kb, q.lang)
            pair = [
                ("raw_cold", lambda m=messages: raw_stream(address, m, settings.llm_max_tokens)),
                ("app_cold", lambda q=q: app_stream(q.question, kb, cold, q.lang)),
            ]
            for name, run in pair[:: -1 if n % 2 else 1]:
                rows[name].append(run())
        kb.close()
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    results = {
        "questions": len(questions),
        "start_to_ready_s": ready_s,
        "peak_rss_gb": peak_gb,
        **{name: summary(r) for name, r in rows.items()},
        "per_question": rows,
    }
    overhead = results["app_cold"]["ttft_s"] / results["raw_cold"]["ttft_s"] - 1
    print(f"Chat benchmark ({len(questions)} questions, medians)\n")
    print("| path | time to first token | tokens/s | answer tokens |\n|---|---|---|---|")
    for name, label in [
        ("raw_cold", "raw llama.cpp server, same prompt, no cache"),
        ("app_cold", "app, same prompt, no cache"),
        ("app_warm", "app as users get it (system prompt cached)"),
    ]:
        r = results[name]
        print(f"| {label} | {r['ttft_s']:.2f} s | {r['tokens_per_s']:.1f} | {r['tokens']:.0f} |")
    print(f"\napp overhead on time to first token: {overhead * 100:+.1f} %")
    print(f"start-to-ready: {ready_s:.1f} s; peak memory (RSS): {peak_gb:.2f} GB")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"llm-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"full results: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
