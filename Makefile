# The two set-up commands: `make run` and `make test`. Both bootstrap .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= tidings.db

.PHONY: run test gold bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	# the seed article carries no date of its own: 2024-04-26 is when it was published
	$(BIN)/tidings run --db $(DB) --date 2024-04-26 examples

test: $(STAMP)
	$(BIN)/python -m pytest -q

# the edit loop: everything but the slow and the gold-set tests (`make test` runs all, as CI does)
.PHONY: check
check: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not gold"

gold: $(STAMP)
	$(BIN)/python -m pytest -q -m gold

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
