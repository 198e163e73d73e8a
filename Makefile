# The two commands of the README: `make run` and `make test`.
# Both create the virtual environment on first use and are quick afterwards:
# a stamp file per extra is rebuilt only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEKG   := $(BIN)/sekg

.PHONY: run test test-reliability docs check build serve ui chromium bench bench-quick clean

run: $(VENV)/.stamp-run
	$(SEKG) ontology check
	$(SEKG) build --report dist/build-report.json
	$(SEKG) validate
	$(SEKG) dump --all dist
	$(SEKG) ontology docs --out dist/ontology
	$(SEKG) ui

test: $(VENV)/.stamp-dev chromium
	$(BIN)/python -m pytest

# The reliability suite alone (it is also part of `make test`), drawing new random documents each run.
test-reliability: $(VENV)/.stamp-dev chromium
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest tests/reliability

# The browser test drives Debian's Chromium: Playwright's own browser download does not work here.
# fonts-nanum draws Hangul in screenshots (without a CJK font it shows empty boxes).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-nanum; }

docs: $(VENV)/.stamp-run
	$(SEKG) ontology docs --out dist/ontology

check: $(VENV)/.stamp-run
	$(SEKG) ontology check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	touch $@

$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

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
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@

clean:
	rm -rf $(VENV) dist .pytest_cache data tests/screenshots
