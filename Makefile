# The two commands of the README: `make run` and `make test`.
# Both create the virtual environment on first use and are quick afterwards:
# a stamp file per extra is rebuilt only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEKG   := $(BIN)/sekg

.PHONY: run test docs check build serve clean

run: $(VENV)/.stamp-run
	$(SEKG) ontology check
	$(SEKG) build --report dist/build-report.json
	$(SEKG) validate
	$(SEKG) dump --all dist
	$(SEKG) ontology docs --out dist/ontology

test: $(VENV)/.stamp-dev
	$(BIN)/python -m pytest

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

clean:
	rm -rf $(VENV) dist .pytest_cache data
