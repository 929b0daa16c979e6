# Communiqué — every entry point a contributor needs. The scripts install what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help serve test dist score categories tagger tagger-eval bench bench-peers bench-web bench-python fuzz fmt

help: ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

serve: ## build the site and serve it on http://127.0.0.1:8080/
	@scripts/serve.sh

test: ## every test: formatting, lints, unit, corpus, CLI and property tests
	@scripts/test.sh

dist: ## build the release site into dist/
	@scripts/dist.sh

score: ## score the CLI on ../shared/seeds and ../shared/devset (needs ../shared)
	@scripts/score.sh

categories: ## retrain the learned reading of demands' categories (data/categories.bin) from tests/corpus
	cargo run --locked --release --quiet --bin categories -- train tests/corpus data/categories.bin

tagger: ## train the part-of-speech tagger on ../shared's UD English EWT into data/tagger.bin
	@scripts/tagger.sh train

tagger-eval: ## UPOS accuracy of data/tagger.bin on the treebank's test split (needs ../shared)
	@scripts/tagger.sh eval

bench: ## engine MB/s on ~1 MB of distinct stories (criterion), one line vs paragraphs, 1.3 vs 5.2 MB
	cargo bench --bench analyze

bench-peers: ## the release CLI against wink-nlp in Node on the same ~1 MB of distinct stories
	@scripts/bench_peers.sh

bench-web: dist ## wasm engine and wink-nlp MB/s in Chromium on 5.2 MB of stories, a 1,000-file drop
	node e2e/bench.mjs

bench-python: ## analyze_many MB/s against the CLI on the same ~5 MB of stories, the Spark job's articles/s
	@scripts/python.sh
	.venv/bin/python python/bench.py

fuzz: ## run the cargo-fuzz target for five minutes (needs nightly)
	@scripts/fuzz.sh

fmt: ## format the code
	cargo fmt
