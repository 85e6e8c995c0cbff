# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-random fuzz mutation mutation-sample bench install clean

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

# The suite in a random order (pytest-randomly): the tests must not depend on each other's order.
test-random: $(STAMP)
	$(BIN)/python -m pytest -p randomly -n 2

# Every Hypothesis property with fresh random examples, 10x the CI count (see conftest.py).
# Run it before resolving an issue; turn each failure it finds into an @example.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -n 2 -m hypothesis tests textguard

# Mutation testing of textguard/checks/ and textguard/text/furniture.py (docs/quality.md): slow, not in `make test`.
# MUTATION_ARGS limits the run, e.g. MUTATION_ARGS='--max-children 1 "textguard.checks.numbers*"'.
MUTATION_STAMP := $(VENV)/.mutation
$(MUTATION_STAMP): $(STAMP)
	$(BIN)/python -m pip install -qq -e '.[mutation]'
	touch $(MUTATION_STAMP)

mutation: $(MUTATION_STAMP)
	HYPOTHESIS_PROFILE=mutation $(BIN)/mutmut run $(MUTATION_ARGS) || true
	$(BIN)/mutmut results --all true > mutation-results.txt || true
	$(BIN)/python bench/mutation_report.py mutation-results.txt

# A stratified random sample of the checks' mutants, for when `make mutation` cannot finish (docs/quality.md):
# needs the mutants/ and mutmut-stats.json of a `make mutation` (stop it after its stats). Resumable;
# `touch mutants/sample.stop` stops it. MUTATION_SAMPLE_ARGS, e.g. MUTATION_SAMPLE_ARGS='--children 1'.
mutation-sample: $(MUTATION_STAMP)
	nice -n 19 $(BIN)/python bench/mutation_sample.py all $(MUTATION_SAMPLE_ARGS)

# A report, not a test (see docs/performance.md): it exits 0 even when a target is missed.
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist reports *.egg-info mutants mutation-results.txt
