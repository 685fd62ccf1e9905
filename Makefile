# All set-up lives here: a fresh clone needs only `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install demo serve-demo test lint bench gazetteer clean system-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(VENV)/bin/sahelwatch demo --report demo-brief.html
	@echo "Browse the dashboard over the sample: make serve-demo (http://127.0.0.1:8000/)"

serve-demo: install
	$(VENV)/bin/sahelwatch demo --serve

lint: install
	$(VENV)/bin/ruff check src tests scripts benchmarks
	$(VENV)/bin/ruff format --check src tests scripts benchmarks
	$(VENV)/bin/mypy

test: install lint system-deps
	$(VENV)/bin/pytest

# Debian's chromium for the dashboard's browser tests (playwright drives it; never
# `playwright install`). A no-op when it is already there.
system-deps:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

bench: install
	$(PY) -m benchmarks.run $(BENCH_ARGS)

# Recompile the packaged gazetteer from ../shared/data (see scripts/build_gazetteer.py).
gazetteer: install
	$(PY) scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .ruff_cache .pytest_cache test-artifacts demo-brief.html
