#!/usr/bin/env bash
# Quick start (a): set everything up, then build the knowledge graph of the sample news articles
# and write it as out/news.jsonld, out/news.graphml, out/news.dot and the diagram out/news.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
kgraph=${KGRAPH_BUILD_DIR:-build}/cli/kgraph
mkdir -p out
"$kgraph" build samples/news \
  -o out/news.jsonld -o out/news.graphml -o out/news.dot -o out/news.svg
"$kgraph" stats out/news.jsonld
