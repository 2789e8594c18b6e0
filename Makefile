# Every target bootstraps .venv itself, so a fresh clone needs only Python 3.10+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Material prints an end-of-life banner on every build; it is in the closing notes, not needed here.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-fast update-outputs font bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

serve: $(STAMP) ## serve the site with live reload on http://127.0.0.1:8000/llm-roadmap/
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP) ## strict build into site/
	$(BIN)/mkdocs build --strict

test: $(STAMP) ## the whole suite: snippets, figures, build, links, content, browser
	$(BIN)/python -m pytest -n auto

test-fast: $(STAMP) ## everything but the browser tests
	$(BIN)/python -m pytest -n auto -m "not browser"

update-outputs: $(STAMP) ## rerun every snippet and figure script, rewriting .out and .svg files
	$(BIN)/python scripts/update_outputs.py

font: $(STAMP) ## re-subset the math font to the glyphs the built site uses
	$(BIN)/python scripts/subset_math_font.py

bench: $(STAMP) ## build time and the heaviest pages by gzip weight
	$(BIN)/python scripts/bench.py

clean:
	rm -rf site .cache
