# Two commands do everything on a fresh machine with Python 3.11+: `make book` and `make test`.
# `make help` lists the other targets.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := book

PYTHON ?= python3
# The editions built: English and Chinese (zh/). `make book EDITIONS=en` builds the English alone.
EDITIONS ?= en zh
UV_VERSION := 0.13.9
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
JB := $(BIN)/jupyter-book
JB_FLAGS := -W -n --keep-going
# Reproducible outputs: fixed hash seed, no display (figure files carry no dates: see xmgov.figures).
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help env book html pdf site print executed data data-check check test bench dist clean distclean lab print-en print-zh

help:
	@grep -E '^## ' Makefile | sed 's/^## /  /'

## env        create .venv and install the locked environment (skipped when up to date)
env: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required, found " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip sync --quiet --compile-bytecode --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m xmgov fonts
	touch $@

## data       rebuild data/processed from data/raw and the hand-maintained inputs
data: $(STAMP)
	$(BIN)/python -m xmgov data

## data-check fail if data/processed is not exactly what the inputs produce
data-check: $(STAMP)
	$(BIN)/python -m xmgov data --check

## html       build the web book into _build/html, the Chinese edition into _build/html/zh (stale
##            pages re-executed in parallel first)
html: $(STAMP)
	$(MAKE) --no-print-directory -j 2 data-check executed
	$(MAKE) --no-print-directory site

## pdf        build the PDF books (English, Chinese) into _build/pdf/ (sphinx-simplepdf +
##            WeasyPrint, no TeX; each skipped when nothing it is made from changed)
pdf: $(STAMP)
	$(MAKE) --no-print-directory -j 2 data-check executed
	$(MAKE) --no-print-directory -j 2 print

## book       the web books and the PDF books of both editions, built side by side once the pages
##            are executed (EDITIONS=en: the English alone)
book: $(STAMP)
	$(MAKE) --no-print-directory -j 2 data-check executed
	$(MAKE) --no-print-directory -j 3 site print

# Pages execute while the data are checked: a page run on stale data is re-run once `make data`
# changes them (its record holds the hashes of the tables it read), and the build stops anyway.
executed: $(STAMP)
	$(BIN)/python -m xmgov catalogue
	$(BIN)/python -m xmgov execute

# The Sphinx builds, from executed pages: each has its own output and environment. The Chinese
# edition's site goes into _build/html/zh/ after the English one; search indexes both.
site:
	rm -rf _build/html/_static _build/html/zh/_static  # Sphinx 7.4 does not overwrite changed static files
	$(JB) build . --builder html $(JB_FLAGS)
	$(if $(filter zh,$(EDITIONS)),$(BIN)/python -m xmgov site-zh)
	$(BIN)/python -m xmgov search

# One PDF per edition, each its own process: `make book` runs them beside the site (-j 3 on two
# cores keeps both busy, as one edition's site and PDF alone cannot).
print: $(addprefix print-,$(EDITIONS))

print-en print-zh: print-%:
	$(BIN)/python -m xmgov pdf --edition $*

## check      the unit tests alone, without building the book (tests marked `book` are left out)
check: $(STAMP)
	$(BIN)/python -m pytest -m "not book" -q

## test       the whole test suite, after building the book (what CI runs)
test: book
	$(BIN)/python -m pytest

## dist       the release in dist/xmgov-<version>/: the site and data package as zips, the PDF,
##            CITATION.cff, .zenodo.json, CHANGELOG.md, LICENSE.md and SHA256SUMS (after `make book`;
##            refuses to start when the versions disagree or CHANGELOG.md has no entry for this one)
dist: $(STAMP)
	$(BIN)/python -m xmgov dist --check
	$(MAKE) --no-print-directory book
	$(BIN)/python -m xmgov dist

## bench      time a clean build, a no-change rebuild, the PDF, bare execution and extraction
bench: $(STAMP)
	$(BIN)/python -m xmgov bench

## lab        open the chapters as notebooks in JupyterLab (jupytext reads the .md files)
lab: $(STAMP)
	$(BIN)/jupyter lab chapters/

## clean      remove the built site and PDF (the notebook cache and figures are kept)
clean:
	rm -rf _build

## distclean  also remove the notebook cache, figures, font cache and the environment
distclean: clean
	rm -rf .jupyter_cache _artifacts .cache $(VENV)
