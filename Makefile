# The two commands of the README: `make run` and `make test`.
# Both create the virtual environment on first use and are quick afterwards:
# a stamp file per extra is rebuilt only when pyproject.toml changes.
# Recipes are silent (@) and print one line per step: set-up speaks only when something goes wrong
# (pip -qq still prints errors; apt-get's output is kept in a log shown only on failure).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEKG   := $(BIN)/sekg

STEP   := @printf '\n▸ %s\n'

.PHONY: run test test-fast test-reliability docs check build serve ui chromium bench bench-quick clean

run: $(VENV)/.stamp-run
	$(STEP) "checking the ontology"
	@$(SEKG) ontology check
	$(STEP) "building the graph from seeds/"
	@$(SEKG) build --report dist/build-report.json
	$(STEP) "validating the graph against the shapes"
	@$(SEKG) validate --brief
	$(STEP) "writing the dumps"
	@$(SEKG) dump --all dist
	$(STEP) "writing the ontology's documentation"
	@$(SEKG) ontology docs --out dist/ontology
	$(STEP) "starting the explorer"
	@$(SEKG) ui

test: $(VENV)/.stamp-dev chromium
	$(STEP) "running the test suite"
	@$(BIN)/python -m pytest

# Everything but the tests marked slow (browsers, load, faults, property tests): a few minutes.
test-fast: $(VENV)/.stamp-dev
	@$(BIN)/python -m pytest -m "not slow"

# The reliability suite alone (it is also part of `make test`), drawing new random documents each run.
test-reliability: $(VENV)/.stamp-dev chromium
	@HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest tests/reliability

# The browser test drives Debian's Chromium: Playwright's own browser download does not work here.
# fonts-nanum draws Hangul in screenshots (without a CJK font it shows empty boxes).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  printf '\n▸ %s\n' "installing Debian's Chromium and a Hangul font for the browser tests (first time only)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); log=$$(mktemp); \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-nanum; } \
	    >"$$log" 2>&1 || { cat "$$log"; rm -f "$$log"; exit 1; }; rm -f "$$log"; }

docs: $(VENV)/.stamp-run
	$(SEKG) ontology docs --out dist/ontology

check: $(VENV)/.stamp-run
	$(SEKG) ontology check

$(BIN)/python:
	$(STEP) "creating .venv (first time only)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -qq --upgrade pip

$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(STEP) "installing sekg and its dependencies into .venv (first time, or after pyproject.toml changed)"
	@$(BIN)/python -m pip install -qq -e '.[docs]'
	@touch $@

$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(STEP) "installing sekg with its test tools into .venv (first time, or after pyproject.toml changed)"
	@$(BIN)/python -m pip install -qq -e '.[dev]'
	@touch $@

build: $(VENV)/.stamp-run
	$(SEKG) build --report dist/build-report.json

serve: $(VENV)/.stamp-run
	$(SEKG) serve

ui: $(VENV)/.stamp-run
	$(SEKG) ui

# Benchmarks (bench/README.md): ratios against the raw store and rdflib, side by side in one run.
bench-quick: $(VENV)/.stamp-bench chromium
	$(BIN)/python -m bench.run --quick

bench: $(VENV)/.stamp-bench chromium
	$(BIN)/python -m bench.run --full

$(VENV)/.stamp-bench: pyproject.toml | $(BIN)/python
	$(STEP) "installing sekg with its benchmark tools into .venv"
	@$(BIN)/python -m pip install -qq -e '.[bench]'
	@touch $@

clean:
	rm -rf $(VENV) dist .pytest_cache data tests/screenshots
