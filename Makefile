# The two set-up commands: `make run` and `make test`. Both bootstrap .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= tidings.db

.PHONY: run test gold bench clean browser train

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

PORT ?= 8000

# `make run PORT=8080`; a port in use is replaced by a free one, and the URL printed is the real one
run: $(STAMP)
	# the seed article carries no date of its own: 2024-04-26 is when it was published
	$(BIN)/tidings run --db $(DB) --date 2024-04-26 --port $(PORT) examples

# The dashboard tests drive Debian's Chromium: install it when we can (root with apt), otherwise stop
# with the command to run. Under `make test` a missing browser fails the tests instead of skipping them.
CHROMIUM := /usr/bin/chromium
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (Debian package) for the dashboard tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "error: the dashboard tests need $(CHROMIUM); run: sudo apt-get install chromium" >&2; \
	    exit 1; \
	  fi; \
	fi

test: $(STAMP) browser
	TIDINGS_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -q

# the edit loop: everything but the slow and the gold-set tests (`make test` runs all, as CI does)
.PHONY: check
check: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not gold"

gold: $(STAMP)
	$(BIN)/python -m pytest -q -m gold

# retrain the event model from ../shared (tune split) and print its check-split figures, then the event
# filter (it reads the model's revised events, so it follows the model)
train: $(STAMP)
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m tidings.learn.train \
		--check ../shared/gold/events/conflibert_train/cameo_class_check.tsv
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m tidings.learn.filter_train

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
