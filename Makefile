# orewatch — set-up, run, test, bench. Everything installs from this repository's own files.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= data/orewatch.duckdb
# Debian packages the browser tests need (Playwright drives this Chromium for the review page
# and the digest page; the font draws Chinese titles). Installed by `make test` when missing.
SYSTEM_PACKAGES := chromium fonts-wqy-microhei
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# PostgreSQL for the tests of the shared DuckLake store (they start a private cluster).
PG_INITDB = $(wildcard /usr/lib/postgresql/*/bin/initdb)

.PHONY: run test bench bench-memory bench-analysts venv postgres clean system-packages

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

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## make postgres: install Debian's PostgreSQL when it is missing (nothing to do otherwise)
postgres:
	@if [ -z "$(PG_INITDB)" ]; then \
		echo "make: installing PostgreSQL (apt-get) for the DuckLake tests" >&2; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	fi

## make test: the whole test suite (real DuckDB files and DuckLake on a private PostgreSQL,
## Prefect test harness, a Dask scheduler and workers, HTTP on 127.0.0.1, Chromium)
test: $(STAMP) system-packages postgres
	$(BIN)/python -m pytest

## make bench: throughput (ingest vs extract, extraction vs tokenization, ingest on 1 and 2
## Dask workers, per-task overhead), the review page's latency, peak memory of ingest and
## extract at 1k, 10k, 100k articles and of a night's ingest into 1,000,000, then the analysts'
## commands on 1,000,000 articles' worth of rows (bench-analysts: about 20 min to build the
## database, then 15-30 min of timings)
bench: $(STAMP) system-packages bench-analysts
	$(BIN)/python bench/run.py
	$(BIN)/python bench/review.py
	$(BIN)/python bench/memory.py --sizes 1000 10000 100000
	$(BIN)/python bench/memory.py --night-on bench/out/analysts-1000000.duckdb

## make bench-memory: peak memory only (about 30 minutes on 2 cores)
bench-memory: $(STAMP)
	$(BIN)/python bench/memory.py --sizes 1000 10000 100000

## make bench-analysts: every `orewatch trends` report, `orewatch search` and `orewatch export`
## timed on a database of 1,000,000 generated articles written with the bulk writer (kept in
## bench/out/analysts-1000000.duckdb, ~4 GB, for the night measured by `make bench`)
bench-analysts: $(STAMP)
	$(BIN)/python bench/analysts.py --keep

clean:
	rm -rf $(VENV) data/*.duckdb data/*.duckdb.wal
