# Two commands matter: `make run` and `make test`. Everything else is a helper for them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
export THREADLINE_HOME ?= $(CURDIR)/var
# uv must never try to fetch an interpreter: this machine has no route to one.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

# Find a Python 3.12 interpreter: explicit PYTHON312, pyenv, then the usual names.
PYTHON312 ?= $(shell scripts/find-python312.sh)

.PHONY: help run test lint venv venv-dev demo clean ci-services
help:
	@echo "make run   - set up everything, load the demo corpus and serve on http://127.0.0.1:8000"
	@echo "make test  - set up the test environment and run ruff + the whole test suite"

$(UV):
	@if [ -z "$(PYTHON312)" ]; then echo "Python 3.12 is required but was not found (set PYTHON312=/path/to/python3.12)" >&2; exit 1; fi
	$(PYTHON312) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

venv: $(UV)
	$(UV) sync --frozen --no-dev --python $(PYTHON312)

venv-dev: $(UV)
	$(UV) sync --frozen --python $(PYTHON312)

run: venv
	$(VENV)/bin/threadline init
	$(VENV)/bin/threadline demo
	$(VENV)/bin/threadline serve --host 127.0.0.1 --port 8000

lint: venv-dev
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

test: venv-dev lint
	$(VENV)/bin/python -m pytest

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .ruff_cache
