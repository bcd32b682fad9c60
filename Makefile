# orewatch — set-up, run, test, bench. Everything installs from this repository's own files.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= data/orewatch.duckdb

# PostgreSQL for the tests of the shared DuckLake store (they start a private cluster).
PG_INITDB = $(wildcard /usr/lib/postgresql/*/bin/initdb)
SUDO = $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: run test bench bench-memory venv postgres clean

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

## make postgres: install Debian's PostgreSQL when it is missing (nothing to do otherwise)
postgres:
	@if [ -z "$(PG_INITDB)" ]; then \
		echo "make: installing PostgreSQL (apt-get) for the DuckLake tests" >&2; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql >/dev/null; \
	fi

## make test: the whole test suite (real DuckDB files and DuckLake on a private PostgreSQL,
## Prefect test harness, a Dask scheduler and workers, HTTP on 127.0.0.1)
test: $(STAMP) postgres
	$(BIN)/python -m pytest

## make bench: throughput (ingest vs extract, extraction vs tokenization, ingest on 1 and 2
## Dask workers, per-task overhead) and peak memory of ingest and extract at 1k, 10k, 100k articles
bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/memory.py --sizes 1000 10000 100000

## make bench-memory: peak memory only (about 30 minutes on 2 cores)
bench-memory: $(STAMP)
	$(BIN)/python bench/memory.py --sizes 1000 10000 100000

clean:
	rm -rf $(VENV) data/*.duckdb data/*.duckdb.wal
