# orewatch — set-up, run, test, bench. Everything installs from this repository's own files.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= data/orewatch.duckdb

.PHONY: run test bench venv clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "make: $(PYTHON) not found (orewatch needs Python 3.11)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test]"
	@touch $@

venv: $(STAMP)

## make run: create .venv, install, ingest the bundled fixtures through the Prefect flow, print a summary
run: $(STAMP)
	@mkdir -p data
	$(BIN)/orewatch ingest --db $(DB)
	$(BIN)/orewatch status --db $(DB)

## make test: the whole test suite (real DuckDB files, Prefect test harness, HTTP on 127.0.0.1)
test: $(STAMP)
	$(BIN)/python -m pytest

## make bench: throughput benchmarks (ingest vs extract; extraction vs bare tokenization)
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) data/*.duckdb data/*.duckdb.wal
