# Two commands do everything on a fresh machine with Python 3.11+: `make book` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := book

PYTHON ?= python3
UV_VERSION := 0.13.9
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
JB_CACHE := .jupyter_cache
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export SOURCE_DATE_EPOCH := 1677715200

.PHONY: book html pdf data test bench clean distclean env lab

## env: create .venv and install the locked environment (skipped when up to date)
env: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required, found " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m xmgov fonts
	touch $@

## data: rebuild data/processed from data/raw and the hand-maintained inputs
data: $(STAMP)
	$(BIN)/python -m xmgov data

## html: build the web book into _build/html (notebooks cached in .jupyter_cache)
html: $(STAMP)
	$(BIN)/python -m xmgov data --check
	$(BIN)/jupyter-book build . --builder html -W -n --keep-going
	$(BIN)/python -m xmgov publish-figures

## pdf: build the PDF book into _build/pdf/ (WeasyPrint via sphinx-simplepdf, no TeX)
pdf: $(STAMP)
	$(BIN)/python -m xmgov pdf

## book: the web book and the PDF book
book: html pdf

## test: the whole test suite, which builds the book first
test: book
	$(BIN)/python -m pytest

## bench: time a clean build, a no-change rebuild, bare notebook execution and extraction
bench: $(STAMP)
	$(BIN)/python -m xmgov bench

## lab: open the chapters as notebooks in JupyterLab (jupytext reads the .md files)
lab: $(STAMP)
	$(BIN)/jupyter lab chapters/

## clean: remove the built site and PDF (the notebook cache is kept)
clean:
	rm -rf _build

## distclean: also remove the notebook cache and the environment
distclean: clean
	rm -rf $(JB_CACHE) $(VENV)
