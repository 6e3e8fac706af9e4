#!/usr/bin/env bash
# Regenerates tests/golden/news_triples.tsv from the current build (run after an intended change
# in tokenizer, tagger or extractor; review `git diff tests/golden` before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
build/cli/kgraph extract --format tsv samples/news > tests/golden/news_triples.tsv
