# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The gate passes: every bundled copy fails or passes exactly as its article.toml records.
demo: $(STAMP)
	$(BIN)/textguard scan fixtures/ --html reports/
	@echo
	@echo "Why a copy failed: open reports/index.html (one page per copy), or read its findings:"
	@echo "  $(BIN)/textguard check --article fixtures/putin-trump-locomotives round-trip"

test: $(STAMP)
	$(BIN)/python -m pytest

# A report, not a test (see docs/performance.md): it exits 0 even when a target is missed.
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist reports *.egg-info
